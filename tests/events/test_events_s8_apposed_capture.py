"""Missed events, session 8: a capture told in a relative clause on a noun in apposition to a
place (sentences written for these tests, French and English).

The class: "X, le quartier que les rebelles avaient pris en 2013", "X, the district the army
retook in March", "X, la bourgade que Daech avait conquise" -- background told in passing. The
relative clause hangs on the apposed noun (quartier, district, bourgade), not on the place
itself, yet it describes the place: a capture of X, dated by the clause. Not events: a relative
clause of another verb on the apposed noun ("the town the army visited").
"""

from __future__ import annotations

from helpers import at_place

from newsift.model import Event

PUB = "2016-04-20"
CAPTURES = {"Non-state actor overtakes territory", "Government regains territory"}


def _subs(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.sub_event_type, e.location, e.event_date, e.modality) for e in events]


def _captures(events: list[Event], location: str) -> list[Event]:
    return [e for e in at_place(events, location) if e.sub_event_type in CAPTURES]


def test_fr_quarter_apposed_taken_by_rebels(extract) -> None:
    events = extract(
        "Les habitants reviennent à Saraqib, la bourgade que les rebelles avaient envahie en 2013.",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("2013", "2013")],
        published=PUB,
    )
    assert "2013" in [e.event_date for e in _captures(events, "Saraqib")], _subs(events)


def test_fr_apposed_noun_with_pluperfect_and_month(extract) -> None:
    events = extract(
        "Kafr Nubl, le quartier que les jihadistes avaient pris en juin 2014, est calme.",
        lang="fr",
        places=[("Kafr Nubl", "Kafr Nubl")],
        dates=[("juin 2014", "2014-06")],
        published=PUB,
    )
    assert "2014-06" in [e.event_date for e in _captures(events, "Kafr Nubl")], _subs(events)


def test_en_district_the_army_retook_in_march(extract) -> None:
    events = extract(
        "Remember Hama, the district the army retook in March after a long siege.",
        places=[("Hama", "Hama")],
        dates=[("March", "2016-03")],
        published=PUB,
    )
    found = [e for e in events if e.sub_event_type in CAPTURES and e.event_date == "2016-03"]
    assert [e.location for e in found] == ["Hama"], _subs(events)


def test_en_town_which_the_jihadists_had_taken(extract) -> None:
    events = extract(
        "Idlib, the provincial capital which the jihadists had taken in 2015, is calm.",
        places=[("Idlib", "Idlib")],
        dates=[("2015", "2015")],
        published=PUB,
    )
    assert "2015" in [e.event_date for e in _captures(events, "Idlib")], _subs(events)


# ------------------------------------------------------------------ near miss
def test_en_town_the_army_visited_is_no_capture(extract) -> None:
    events = extract(
        "Manbij, the town the minister visited in March, is calm.",
        places=[("Manbij", "Manbij")],
        dates=[("March", "2016-03")],
        published=PUB,
    )
    assert not _captures(events, "Manbij"), _subs(events)
