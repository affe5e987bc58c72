"""Acts that made no candidate before session 12, each a class of phrasing in French and
English with a near miss that must stay no event (or keep its reading): troops landing or
crossing a border, gassing, poisoning a water source, proclaiming a state, taking possession
of a town, coming under fire (the subject is the target), an act told by a gerund ("en
attaquant les casernes": the verb is not the football "attaquant"), and an event noun that is
the subject of a negated consequence ("la reconquête de X n'a pas ramené la paix": X was
retaken). Sentences written for these tests (mentions placed by hand)."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO

from newsift.model import Event

_PLACES = {
    "Siirt": {"geonameid": 300822, "lat": 37.9274, "lon": 41.9403, "country": "TR"},
    "Famagusta": {"geonameid": 146617, "lat": 35.1174, "lon": 33.9416, "country": "CY"},
}
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}


@pytest.fixture(autouse=True)
def _places() -> None:
    """The places these tests name, in the helpers' table (set per test: other files edit it)."""
    for name, geo in _PLACES.items():
        GEO.setdefault(name, geo)


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.location, e.event_date) for e in events]


def subs(events: list[Event]) -> set[str]:
    return {e.sub_event_type for e in events}


# ---------------------------------------------------------------- a gerund act
def test_fr_gerund_attack_on_barracks_is_a_clash(extract) -> None:
    events = extract(
        "Le mouvement a lancé sa guérilla le 6 juin 1985 en attaquant les casernes de Siirt.",
        places=[("Siirt", "Siirt")],
        dates=[("6 juin 1985", "1985-06-06")],
        lang="fr",
        published="2019-10-10",
    )
    assert [(e.sub_event_type, e.location, e.event_date) for e in events] == [
        ("Armed clash", "Siirt", "1985-06-06")
    ], rows(events)


def test_en_gerund_attack_on_barracks_is_a_clash(extract) -> None:
    events = extract(
        "The movement began its insurgency on 6 June 1985 by attacking the barracks of Siirt.",
        places=[("Siirt", "Siirt")],
        dates=[("6 June 1985", "1985-06-06")],
        published="2019-10-10",
    )
    assert subs(events) == {"Armed clash"}, rows(events)


# ---------------------------------------------------------------- landings
@pytest.mark.parametrize(
    "text",
    [
        "En juillet 1974, les parachutistes turcs débarquèrent près de Famagusta et y "
        "établirent une tête de pont.",
        "Les troupes turques ont débarqué en juillet 1974 près de Famagusta.",
    ],
)
def test_fr_troops_landing_take_ground(extract, text: str) -> None:
    events = extract(
        text,
        places=[("Famagusta", "Famagusta")],
        dates=[("juillet 1974", "1974-07")],
        lang="fr",
        published="2019-10-28",
    )
    assert TERRITORY & subs(events), rows(events)


def test_fr_tourists_landing_are_no_event(extract) -> None:
    events = extract(
        "En juillet 1974, les premiers touristes débarquèrent près de Famagusta.",
        places=[("Famagusta", "Famagusta")],
        dates=[("juillet 1974", "1974-07")],
        lang="fr",
        published="2019-10-28",
    )
    assert events == [], rows(events)


def test_en_army_landing_takes_ground_rockets_landing_do_not(extract) -> None:
    events = extract(
        "Its army landed near Famagusta on 20 July 1974.",
        places=[("Famagusta", "Famagusta")],
        dates=[("20 July 1974", "1974-07-20")],
        published="2019-10-28",
    )
    assert TERRITORY & subs(events), rows(events)
    events = extract(
        "The first tourists landed near Famagusta on 20 July 1974.",
        places=[("Famagusta", "Famagusta")],
        dates=[("20 July 1974", "1974-07-20")],
        published="2019-10-28",
    )
    assert events == [], rows(events)


# ---------------------------------------------------------------- crossings
def test_fr_troops_crossing_the_border_clash_refugees_do_not(extract) -> None:
    events = extract(
        "Le 4 mai 2015, les troupes turques ont franchi la frontière près d'Idlib.",
        actors=[("troupes turques", "Military Forces of Turkey")],
        places=[("Idlib", "Idlib")],
        dates=[("4 mai 2015", "2015-05-04")],
        lang="fr",
        published="2015-05-05",
    )
    assert {e.event_type for e in events} == {"Battles"}, rows(events)
    events = extract(
        "Le 4 mai 2015, des milliers de réfugiés ont franchi la frontière près d'Idlib.",
        places=[("Idlib", "Idlib")],
        dates=[("4 mai 2015", "2015-05-04")],
        lang="fr",
        published="2015-05-05",
    )
    assert events == [], rows(events)


def test_en_troops_crossing_into_a_town_clash_refugees_do_not(extract) -> None:
    events = extract(
        "On 4 May 2015, Turkish troops crossed into Idlib.",
        actors=[("Turkish troops", "Military Forces of Turkey")],
        places=[("Idlib", "Idlib")],
        dates=[("4 May 2015", "2015-05-04")],
        published="2015-05-05",
    )
    assert {e.event_type for e in events} == {"Battles"}, rows(events)
    events = extract(
        "On 4 May 2015, thousands of refugees crossed into Idlib.",
        places=[("Idlib", "Idlib")],
        dates=[("4 May 2015", "2015-05-04")],
        published="2015-05-05",
    )
    assert events == [], rows(events)


# ---------------------------------------------------------------- gassing
@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        (
            "En avril 1987, l'aviation irakienne avait gazé les villages autour de Kirkuk.",
            "fr",
            "avril 1987",
        ),
        (
            "In April 1987, the Iraqi air force gassed the villages around Kirkuk.",
            "en",
            "April 1987",
        ),
    ],
)
def test_gassing_is_a_chemical_weapon(extract, text: str, lang: str, date: str) -> None:
    events = extract(
        text,
        places=[("Kirkuk", "Kirkuk")],
        dates=[(date, "1987-04")],
        lang=lang,
        published="2018-03-16",
    )
    assert subs(events) == {"Chemical weapon"}, rows(events)


# ---------------------------------------------------------------- poisoning water
@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        (
            "Selon l'armée, les rebelles ont empoisonné le puits de Homs le 2 février.",
            "fr",
            "2 février",
        ),
        (
            "According to the army, the rebels poisoned the well of Homs on 2 February.",
            "en",
            "2 February",
        ),
    ],
)
def test_poisoning_a_well_is_an_event(extract, text: str, lang: str, date: str) -> None:
    events = extract(
        text,
        places=[("Homs", "Homs")],
        dates=[(date, "2017-02-02")],
        lang=lang,
        published="2017-02-05",
    )
    assert [e.location for e in events] == ["Homs"], rows(events)


def test_fr_poisoning_a_person_is_no_property_destruction(extract) -> None:
    events = extract(
        "Un opposant aurait été empoisonné à Homs le 2 février, selon sa famille.",
        places=[("Homs", "Homs")],
        dates=[("2 février", "2017-02-02")],
        lang="fr",
        published="2017-02-05",
    )
    assert "Looting/property destruction" not in subs(events), rows(events)


# ---------------------------------------------------------------- proclamations
@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        (
            "Le 8 avril 1992, les rebelles proclamaient à Benghazi un « émirat islamique ».",
            "fr",
            "8 avril 1992",
        ),
        (
            'On 8 April 1992, the rebels proclaimed in Benghazi an "Islamic emirate".',
            "en",
            "8 April 1992",
        ),
    ],
)
def test_proclaiming_a_state_is_other(extract, text: str, lang: str, date: str) -> None:
    events = extract(
        text,
        places=[("Benghazi", "Benghazi")],
        dates=[(date, "1992-04-08")],
        lang=lang,
        published="2019-01-01",
    )
    assert "Other" in subs(events), rows(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lundi, l'armée a proclamé sa victoire à Benghazi.", "fr"),
        ("Lundi, le califat autoproclamé a perdu ses derniers bureaux à Benghazi.", "fr"),
        ("On Monday, the army proclaimed its victory in Benghazi.", "en"),
        ("Lundi, l'armée a proclamé à Benghazi sa victoire sur l'État islamique.", "fr"),
        ("On Monday, the army proclaimed in Benghazi its victory over the Islamic State.", "en"),
        ("Lundi, on annonçait que les rebelles finiraient par proclamer un État à Benghazi.", "fr"),
    ],
)
def test_proclaiming_a_victory_is_no_other(extract, text: str, lang: str) -> None:
    events = extract(
        text,
        places=[("Benghazi", "Benghazi")],
        dates=[("Lundi" if lang == "fr" else "Monday", "2017-07-10")],
        lang=lang,
        published="2017-07-11",
    )
    assert "Other" not in subs(events), rows(events)


# ---------------------------------------------------------------- taking possession
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le gouverneur a annoncé que l'armée prendrait possession de Homs dès le départ des "
            "derniers combattants, en vertu de l'accord.",
            "fr",
        ),
        (
            "The governor said the army would take possession of Homs once the last fighters "
            "left under the deal.",
            "en",
        ),
    ],
)
def test_taking_possession_of_a_town_is_a_planned_hand_over(extract, text: str, lang: str) -> None:
    events = extract(
        text,
        actors=[("l'armée" if lang == "fr" else "the army", "Military Forces of Syria")],
        places=[("Homs", "Homs")],
        lang=lang,
        published="2017-01-20",
    )
    assert [(e.location, e.modality) for e in events] == [("Homs", "planned")], rows(events)
    assert events[0].event_type in ("Battles", "Strategic developments"), rows(events)


# ---------------------------------------------------------------- coming under fire
@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Lundi, le convoi de la Croix-Rouge a essuyé des tirs près d'Aleppo.", "fr", "Lundi"),
        ("On Monday, the Red Cross convoy came under fire near Aleppo.", "en", "Monday"),
    ],
)
def test_coming_under_fire_the_subject_is_the_target(
    extract, text: str, lang: str, day: str
) -> None:
    events = extract(
        text,
        places=[("Aleppo", "Aleppo")],
        dates=[(day, "2016-10-03")],
        lang=lang,
        published="2016-10-04",
    )
    assert [e.location for e in events] == ["Aleppo"], rows(events)
    assert events[0].event_type in ("Violence against civilians", "Battles"), rows(events)
    assert "Croix" not in (events[0].actor1 or "") and "Cross" not in (events[0].actor1 or "")


# ---------------------------------------------------------------- negated consequence
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La reconquête de Mossoul par les forces irakiennes, le 10 juillet 2017, n'a pas "
            "ramené la paix.",
            "fr",
        ),
        ("The recapture of Mosul by Iraqi forces on 10 July 2017 did not bring peace.", "en"),
    ],
)
def test_an_event_noun_subject_of_a_negated_consequence_stands(
    extract, text: str, lang: str
) -> None:
    events = extract(
        text,
        actors=[
            ("forces irakiennes" if lang == "fr" else "Iraqi forces", "Military Forces of Iraq")
        ],
        places=[("Mossoul" if lang == "fr" else "Mosul", "Mosul")],
        dates=[("10 juillet 2017" if lang == "fr" else "10 July 2017", "2017-07-10")],
        lang=lang,
        published="2018-07-10",
    )
    assert [(e.sub_event_type, e.event_date, e.modality) for e in events] == [
        ("Government regains territory", "2017-07-10", "asserted")
    ], rows(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'assaut contre Mossoul n'a pas eu lieu mardi.", "fr"),
        ("The assault on Mosul did not take place on Tuesday.", "en"),
    ],
)
def test_an_event_noun_that_did_not_happen_is_no_event(extract, text: str, lang: str) -> None:
    events = extract(
        text,
        places=[("Mossoul" if lang == "fr" else "Mosul", "Mosul")],
        dates=[("mardi" if lang == "fr" else "Tuesday", "2016-10-18")],
        lang=lang,
        published="2016-10-19",
    )
    assert [e for e in events if e.modality == "asserted"] == [], rows(events)


# ---------------------------------------------------------------- a clause of time
@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Mes parents ont fui le 10 juin 2014 quand l'EI a pris Mossoul.", "fr", "10 juin 2014"),
        ("My parents fled on 10 June 2014 when IS captured Mosul.", "en", "10 June 2014"),
    ],
)
def test_a_capture_in_a_clause_of_time_is_not_prevented_by_fleeing(
    extract, text: str, lang: str, day: str
) -> None:
    events = extract(
        text,
        actors=[("EI" if lang == "fr" else "IS", "Islamic State")],
        places=[("Mossoul" if lang == "fr" else "Mosul", "Mosul")],
        dates=[(day, "2014-06-10")],
        lang=lang,
        published="2020-03-02",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Non-state actor overtakes territory", "2014-06-10")
    ], rows(events)


def test_fr_fleeing_to_escape_an_attack_still_prevents_it(extract) -> None:
    # near miss: the attack is the complement of "échapper", not a clause of time
    events = extract(
        "Lundi, les habitants ont fui Mossoul pour échapper à un massacre.",
        places=[("Mossoul", "Mosul")],
        dates=[("Lundi", "2014-06-09")],
        lang="fr",
        published="2014-06-10",
    )
    assert [e for e in events if e.event_type == "Violence against civilians"] == [], rows(events)


# ---------------------------------------------------------------- a crossing as a step
def test_fr_a_crossing_after_a_shelling_is_a_step_of_it(extract) -> None:
    # the crossing is a fallback (`alone`): with the shelling told, it is no event of its own
    events = extract(
        "Mercredi, l'artillerie turque a pilonné les positions de l'EI autour d'Idlib, avant "
        "que des chars ne franchissent la frontière.",
        actors=[("artillerie turque", "Military Forces of Turkey"), ("EI", "Islamic State")],
        places=[("Idlib", "Idlib")],
        dates=[("Mercredi", "2016-08-24")],
        lang="fr",
        published="2016-08-25",
    )
    assert "Armed clash" not in subs(events), rows(events)
    assert "Shelling/artillery/missile attack" in subs(events), rows(events)
