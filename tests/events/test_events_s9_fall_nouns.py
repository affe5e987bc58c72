"""Missed events, session 9: a town's fall named by a noun with a date of its own (sentences
written for these tests, French and English).

The class: "après la chute de X en novembre", "la chute de X en juin 2014 aux mains de l'EI",
"after the fall of X in October 2017", "the fall of X on August 12 opened the road": background
told in passing, a capture of X on that date (CONVENTIONS section 3). The captor is only the
actor the noun's own phrase names ("aux mains de", "to"), never the subject of the main verb
(often the side that lost the town). Not events: an undated fall ("après la chute de X"), a
fall of no town ("la chute du régime en 2012", "the fall in prices in March").
"""

from __future__ import annotations

from helpers import at_place, show

CAPTURES = {"Non-state actor overtakes territory", "Government regains territory"}


def _captures(events, place: str) -> list:  # noqa: ANN001 - events of the extract fixture
    return [e for e in at_place(events, place) if e.sub_event_type in CAPTURES]


def test_fr_after_the_fall_in_november(extract) -> None:
    events = extract(
        "Les jihadistes se sont repliés vers Al-Mayadin après la chute de Deir ez-Zor en novembre.",
        lang="fr",
        actors=[("jihadistes", "Islamic State")],
        places=[("Al-Mayadin", "Al-Mayadin"), ("Deir ez-Zor", "Deir ez-Zor")],
        dates=[("novembre", "2017-11")],
        published="2018-01-10",
    )
    found = _captures(events, "Deir ez-Zor")
    assert [e.event_date for e in found] == ["2017-11"], show(events)
    assert found[0].actor1 != "Islamic State", show(events)  # the side that withdrew


def test_fr_fall_to_a_named_captor(extract) -> None:
    events = extract(
        "La chute de Mossoul en juin 2014 aux mains de l'État islamique a surpris le monde.",
        lang="fr",
        places=[("Mossoul", "Mosul")],
        actors=[("État islamique", "Islamic State")],
        dates=[("juin 2014", "2014-06")],
        published="2018-01-10",
    )
    found = _captures(events, "Mosul")
    assert [(e.event_date, e.actor1) for e in found] == [("2014-06", "Islamic State")], show(events)
    assert found[0].sub_event_type == "Non-state actor overtakes territory"


def test_en_after_the_fall_of_a_city_in_a_month(extract) -> None:
    events = extract(
        "After the fall of Raqqa in October 2017, the SDF turned east toward the Euphrates.",
        places=[("Raqqa", "Raqqa")],
        actors=[("SDF", "Syrian Democratic Forces")],
        dates=[("October 2017", "2017-10")],
        published="2018-01-10",
    )
    assert [e.event_date for e in _captures(events, "Raqqa")] == ["2017-10"], show(events)


def test_en_fall_on_a_day_as_subject(extract) -> None:
    events = extract(
        "The fall of Manbij on August 12 opened the road to Jarabulus.",
        places=[("Manbij", "Manbij"), ("Jarabulus", "Jarabulus")],
        dates=[("August 12", "2016-08-12")],
        published="2016-09-10",
    )
    assert [e.event_date for e in _captures(events, "Manbij")] == ["2016-08-12"], show(events)
    assert not _captures(events, "Jarabulus"), show(events)


# ------------------------------------------------------------------ near misses
def test_fr_undated_fall_is_no_event(extract) -> None:
    events = extract(
        "Après la chute de Mossoul, les jihadistes ont fui vers Raqqa avec leurs familles.",
        lang="fr",
        places=[("Mossoul", "Mosul"), ("Raqqa", "Raqqa")],
        published="2018-01-10",
    )
    assert not _captures(events, "Mosul"), show(events)


def test_fall_of_no_town_is_no_event(extract) -> None:
    events = extract(
        "The fall in prices in March hit the farmers of Idlib hard.",
        places=[("Idlib", "Idlib")],
        dates=[("March", "2016-03")],
        published="2016-09-10",
    )
    assert not _captures(events, "Idlib"), show(events)
