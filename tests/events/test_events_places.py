"""Where an event happened: the place in its own clause, else its sentence, else the place the
story is about -- never a sponsor, a speaker's place, the origin of fire, a government named by
its capital, a city's quarter instead of the city, or a country instead of the story's town.
Sentences written for these tests; places are placed by hand (see helpers.make_doc)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from helpers import GEO, one

_EXTRA: dict[str, dict[str, Any]] = {
    # public GeoNames facts for the places these tests name
    "Washington": {"geonameid": 4140963, "lat": 38.8951, "lon": -77.0364, "country": "US"},
    "Tel Aviv": {"geonameid": 293397, "lat": 32.0809, "lon": 34.7806, "country": "IL"},
    "Tuz Khurmatu": {"geonameid": 90026, "lat": 34.8864, "lon": 44.6325, "country": "IQ"},
    "Baghdad": {"geonameid": 98182, "lat": 33.3406, "lon": 44.4009, "country": "IQ"},
    # a namesake the linker may pick: al-Qadisiyah governorate of Iraq
    "Al Qadisiyah": {"geonameid": 99022, "lat": 31.824, "lon": 44.9241, "country": "IQ"},
    "Khasham": {"geonameid": 167899, "lat": 35.2954, "lon": 40.2706, "country": "SY"},
    "Hawija": {"geonameid": 390188, "lat": 35.3288, "lon": 43.7711, "country": "IQ"},
    "Rawa": {"geonameid": 92004, "lat": 34.4686, "lon": 41.9171, "country": "IQ"},
    "Damascus": {"geonameid": 170654, "lat": 33.5102, "lon": 36.2913, "country": "SY"},
    "Turkey": {"geonameid": 298795, "lat": 39.0, "lon": 35.0, "country": "TR", "precision": 3},
    "Harasta": {"geonameid": 169897, "lat": 33.5586, "lon": 36.365, "country": "SY"},
    "Istanbul": {"geonameid": 745044, "lat": 41.0138, "lon": 28.9497, "country": "TR"},
    "Catalonia": {"geonameid": 3336901, "lat": 41.8, "lon": 1.5, "country": "ES", "precision": 3},
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def fr(extract, text: str, **kwargs: object):  # noqa: ANN001, ANN201
    return extract(text, lang="fr", **kwargs)


def test_a_sponsor_of_the_deal_is_not_its_place(extract) -> None:
    text = (
        "Les derniers combattants rebelles se sont retranchés dans l'est d'Alep. Mercredi, un "
        "accord d'évacuation a été conclu sous l'égide de la Russie."
    )
    events = fr(
        extract,
        text,
        places=[("Alep", "Aleppo"), ("Russie", "Russia")],
        dates=[("Mercredi", "2016-12-13")],
    )
    e = one(events, "Agreement")
    assert e.location == "Aleppo", [(x.sub_event_type, x.location) for x in events]


def test_under_the_auspices_of_a_country_in_english(extract) -> None:
    text = (
        "The last rebels are holed up in eastern Aleppo. On Wednesday, an evacuation agreement "
        "was reached under the auspices of Russia."
    )
    events = extract(
        text,
        places=[("Aleppo", "Aleppo"), ("Russia", "Russia")],
        dates=[("Wednesday", "2016-12-13")],
    )
    assert one(events, "Agreement").location == "Aleppo"


def test_a_place_inside_an_attribution_is_the_speakers(extract) -> None:
    text = (
        "Pro-government fighters gathered near Khasham on Tuesday. According to a US official "
        "quoted by the Pentagon, some 500 of them attacked a headquarters of the SDF on "
        "Wednesday."
    )
    events = extract(
        text,
        places=[("Khasham", "Khasham"), ("US", "United States")],
        dates=[("Tuesday", "2018-02-06"), ("Wednesday", "2018-02-07")],
    )
    violent = ("Battles", "Violence against civilians")
    located = {x.location for x in events if x.event_type in violent}
    assert located == {"Khasham"}, [(x.sub_event_type, x.location) for x in events]


def test_a_rocket_fired_from_a_country_is_placed_where_it_fell(extract) -> None:
    text = (
        "Les avions turcs ont bombardé samedi des positions kurdes en Syrie. Dimanche, une "
        "roquette tirée depuis la Syrie s'est abattue sur une maison de Kilis, tuant un réfugié."
    )
    events = fr(
        extract,
        text,
        places=[("Syrie", "Syria"), ("Syrie@2", "Syria"), ("Kilis", "Kilis")],
        dates=[("Dimanche", "2018-01-21")],
    )
    e = one(events, "Shelling/artillery/missile attack")
    assert e.location == "Kilis"


def test_the_origin_of_fire_stays_when_nothing_else_is_named(extract) -> None:
    text = "Mardi, des obus tirés depuis Alep ont tué deux civils."
    events = fr(
        extract,
        text,
        places=[("Alep", "Aleppo")],
        dates=[("Mardi", "2016-12-13")],
    )
    assert one(events, "Shelling/artillery/missile attack").location == "Aleppo"


def test_capitals_listed_together_are_governments(extract) -> None:
    text = (
        "Army units entered Deir ez-Zor on Friday. On Saturday, warplanes sent by Washington, "
        "Tel Aviv and their Kurdish proxies bombed the army units."
    )
    events = extract(
        text,
        places=[
            ("Deir ez-Zor", "Deir ez-Zor"),
            ("Washington", "Washington"),
            ("Tel Aviv", "Tel Aviv"),
        ],
        dates=[("Friday", "2018-02-09"), ("Saturday", "2018-02-10")],
    )
    e = one(events, "Air/drone strike")
    assert e.location == "Deir ez-Zor"


def test_a_capital_after_a_locative_is_a_place(extract) -> None:
    text = "On Saturday, a car bomb exploded in Baghdad and in Tel Aviv, killing four people."
    events = extract(
        text,
        places=[("Baghdad", "Baghdad"), ("Tel Aviv", "Tel Aviv")],
        dates=[("Saturday", "2018-02-10")],
    )
    assert {x.location for x in events} <= {"Baghdad", "Tel Aviv"}
    assert "Baghdad" in {x.location for x in events}


def test_a_quarter_named_after_its_city_is_placed_in_the_city(extract) -> None:
    text = (
        "Iraqi troops pressed on in Mosul. Across the border, on Wednesday, SDF fighters "
        "captured the western Raqqa district of al-Qadisiyah."
    )
    events = extract(
        text,
        actors=[("SDF", "Syrian Democratic Forces")],
        places=[("Mosul", "Mosul"), ("Raqqa", "Raqqa"), ("al-Qadisiyah", "Al Qadisiyah")],
        dates=[("Wednesday", "2017-06-21")],
    )
    e = one(events, "Non-state actor overtakes territory")
    assert e.location == "Raqqa"


def test_a_clitic_pronoun_stands_for_the_previous_sentences_town(extract) -> None:
    text = (
        "Touz Khourmatou, située entre Bagdad et Kirkouk, est disputée par le gouvernement et "
        "les Kurdes. Les forces irakiennes en avaient repris le contrôle le 16 octobre."
    )
    events = fr(
        extract,
        text,
        places=[
            ("Touz Khourmatou", "Tuz Khurmatu"),
            ("Bagdad", "Baghdad"),
            ("Kirkouk", "Kirkuk"),
        ],
        dates=[("16 octobre", "2017-10-16")],
    )
    e = one(events, "Government regains territory")
    assert e.location == "Tuz Khurmatu"


def test_the_storys_town_beats_the_country_of_a_label(extract) -> None:
    title = "Irak : le Premier ministre proclame la victoire à Mossoul"
    text = (
        "Le chef du gouvernement a salué les forces d'élite. Lundi, deux femmes kamikazes se "
        "sont fait exploser au milieu de civils, tuant trois personnes."
    )
    events = fr(
        extract,
        text,
        title=title,
        places=[("Irak", "Iraq"), ("Mossoul", "Mosul")],
        dates=[("Lundi", "2017-07-10")],
    )
    e = one(events, "Suicide bomb")
    assert e.location == "Mosul" and e.geo_precision == 2


# ------------------------------------------------------------------ essays: sections
_ESSAY = (
    "United States – secession at the service of pillage\n"
    "In 1861, President Lincoln crushed the secession of the South in the United States.\n"
    "Catalonia – false secessionists and real conspirators\n"
    "Catalonia Today, the magazine of the movement, is written for its foreign friends.\n"
    "Some people believe that the independentists are pacifists. They are wrong. In 1926, "
    "their founder attempted a coup d'État with a hundred Italian mercenaries.\n"
    "Relying on the Parliament, they proclaimed independence after the referendum of 1 "
    "October 2017, as they believed they could count on the United States.\n"
)


def _essay_events(nlp_stage, events_stage):  # noqa: ANN001, ANN202
    """The essay above with its picture caption marked as a meta line (as the clean stage
    labels captions), parsed and run through the events stage."""
    from helpers import make_doc

    doc = make_doc(
        _ESSAY,
        places=[
            ("United States", "United States"),
            ("United States@2", "United States"),
            ("Catalonia", "Catalonia"),
            ("United States@3", "United States"),
        ],
        dates=[("1861", "1861"), ("1926", "1926"), ("1 October 2017", "2017-10-01")],
    )
    body = next(s for s in doc.segments if s.kind == "body")
    cap_start = doc.text.index("Catalonia Today")
    cap_end = doc.text.index("\n", cap_start)
    doc.segments = [
        replace(body, end=cap_start),
        replace(body, start=cap_start, end=cap_end, kind="meta"),
        replace(body, start=cap_end),
    ]
    nlp_stage.process(doc)
    events_stage.process(doc)
    return doc.events


def test_a_caption_under_a_heading_keeps_the_sections_place(nlp_stage, events_stage) -> None:
    events = _essay_events(nlp_stage, events_stage)
    coup = [e for e in events if e.event_date == "1926"]
    assert coup and {e.location for e in coup} == {"Catalonia"}, [
        (e.sub_event_type, e.location, e.event_date) for e in events
    ]


def test_a_country_outside_the_clause_yields_to_the_sections_place(nlp_stage, events_stage) -> None:
    events = _essay_events(nlp_stage, events_stage)
    vote = [e for e in events if (e.event_date or "").startswith("2017-10")]
    assert vote and {e.location for e in vote} == {"Catalonia"}, [
        (e.sub_event_type, e.location, e.event_date) for e in events
    ]


# ------------------------------------------------------------------ more roles
def test_every_sponsor_listed_is_a_sponsor(extract) -> None:
    text = (
        "Les derniers rebelles se sont retranchés dans l'est d'Alep. Mardi, un accord "
        "d'évacuation a été conclu sous l'égide de la Russie et de la Turquie."
    )
    events = fr(
        extract,
        text,
        places=[("Alep", "Aleppo"), ("Russie", "Russia"), ("Turquie", "Turkey")],
        dates=[("Mardi", "2016-12-13")],
    )
    assert one(events, "Agreement").location == "Aleppo"


def test_a_governments_viewpoint_opening_the_sentence_is_not_a_place(extract) -> None:
    text = (
        "L'armée a repris mardi le contrôle d'Alep. Pour Damas, la prochaine étape est "
        "fixée : l'armée compte lancer une offensive."
    )
    events = fr(
        extract,
        text,
        places=[("Alep", "Aleppo"), ("Damas", "Damascus")],
        dates=[("mardi", "2016-12-20")],
    )
    assert "Damascus" not in {e.location for e in events}, [
        (e.sub_event_type, e.location) for e in events
    ]


def test_the_place_of_an_operation_a_speaker_tells_of(extract) -> None:
    text = (
        "Un camion piégé a explosé mardi à Touz Khourmatou, tuant 23 personnes. Lundi, la "
        "police de Kirkouk a annoncé l'arrestation de 14 personnes soupçonnées d'appartenir à "
        "des cellules de l'EI, dont un chef chargé de la logistique, lors d'une opération dans "
        "la ville de Hawija."
    )
    events = fr(
        extract,
        text,
        places=[
            ("Touz Khourmatou", "Tuz Khurmatu"),
            ("Kirkouk", "Kirkuk"),
            ("Hawija", "Hawija"),
        ],
        dates=[("mardi", "2017-11-21"), ("Lundi", "2017-11-20")],
    )
    assert one(events, "Arrests").location == "Hawija"


def test_where_a_speaker_spoke_is_still_not_the_place(extract) -> None:
    text = (
        "Les forces irakiennes ont repris mardi Rawa. Le Premier ministre a annoncé jeudi à "
        "Bagdad la libération de toute la province."
    )
    events = fr(
        extract,
        text,
        places=[("Rawa", "Rawa"), ("Bagdad", "Baghdad")],
        dates=[("mardi", "2017-11-17"), ("jeudi", "2017-11-19")],
    )
    assert "Baghdad" not in {e.location for e in events}, [
        (e.sub_event_type, e.location) for e in events
    ]


def test_the_countryside_a_town_lies_in_is_not_the_place(extract) -> None:
    text = (
        "Air strikes on a market in the rebel-held town of Saraqib, in the eastern countryside "
        "of Idlib, killed at least 20 people on Monday."
    )
    events = extract(
        text,
        places=[("Saraqib", "Saraqib"), ("Idlib", "Idlib", 2)],
        dates=[("Monday", "2017-11-13")],
    )
    assert {e.location for e in events} == {"Saraqib"}, [
        (e.sub_event_type, e.location) for e in events
    ]


def test_a_base_is_set_up_where_the_troops_head(extract) -> None:
    text = (
        "Idlib: a Turkish military convoy crossed into Syria overnight and headed towards "
        "Saraqib to set up a new observation post."
    )
    events = extract(
        text,
        actors=[("Turkish military", "Military Forces of Turkey")],
        places=[("Idlib", "Idlib"), ("Syria", "Syria"), ("Saraqib", "Saraqib")],
        dates=[("overnight", "2017-11-22")],
    )
    assert one(events, "Headquarters or base established").location == "Saraqib"


def test_a_country_describing_a_town_is_not_a_place(extract) -> None:
    text = (
        "Le Premier ministre a proclamé lundi la victoire à Mossoul, la deuxième ville d'Irak, "
        "après neuf mois de combats."
    )
    events = fr(
        extract,
        text,
        title="Irak : la victoire proclamée à Mossoul",
        places=[("Irak", "Iraq"), ("Mossoul@2", "Mosul"), ("Irak@2", "Iraq")],
        dates=[("lundi", "2017-07-10")],
    )
    assert "Iraq" not in {e.location for e in events}, [
        (e.sub_event_type, e.location) for e in events
    ]


def test_a_city_and_district_word_in_one_mention_still_wins(extract) -> None:
    text = (
        "Iraqi troops pressed on in Mosul. Across the border, on Wednesday, SDF fighters "
        "captured the western Raqqa district of al-Qadisiyah."
    )
    events = extract(
        text,
        actors=[("SDF", "Syrian Democratic Forces")],
        places=[
            ("Mosul", "Mosul"),
            ("Raqqa district", "Raqqa"),
            ("al-Qadisiyah", "Al Qadisiyah"),
        ],
        dates=[("Wednesday", "2017-06-21")],
    )
    assert one(events, "Non-state actor overtakes territory").location == "Raqqa"


def test_where_a_spokesman_spoke_after_a_quote_is_not_the_place(extract) -> None:
    text = (
        "Les rebelles ont accepté vendredi l'évacuation de Harasta. « Ce n'est pas une "
        "reddition », a insisté leur porte-parole, depuis Istanbul."
    )
    events = fr(
        extract,
        text,
        places=[("Harasta", "Harasta"), ("Istanbul", "Istanbul")],
        dates=[("vendredi", "2018-03-22")],
    )
    assert "Istanbul" not in {e.location for e in events}, [
        (e.sub_event_type, e.location) for e in events
    ]


def test_a_place_in_a_persons_title_is_not_the_place(extract) -> None:
    text = (
        "Lundi soir, l'onde de choc a atteint Ankara : l'ambassadeur de Russie en Syrie a été "
        "abattu par un policier lors d'un vernissage."
    )
    events = fr(
        extract,
        text,
        places=[("Ankara", "Ankara"), ("Russie", "Russia"), ("Syrie", "Syria")],
        dates=[("Lundi soir", "2016-12-19")],
    )
    assert events and {e.location for e in events} == {"Ankara"}, [
        (e.sub_event_type, e.location) for e in events
    ]
