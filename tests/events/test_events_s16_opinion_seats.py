"""Events' place, session 16 (fixer L): a capital named as the seat of a government whose people
judge or react ("personne, à Washington, ne ...", "ni à Washington ni à Moscou", "tout le monde,
d'Ankara à Washington, ...", "nobody in Washington", "from Ankara to Washington") stands for that
government, never for the place of the act the sentence tells; the act's own place, or the
story's, is used instead. A capital where something happens ("à Ankara, un attentat") stays a
place. See place_roles.toml ``opinion``.
Sentences written for these tests; places are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any


def _rows(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


def test_fr_nobody_in_a_capital_is_no_place(extract) -> None:  # noqa: ANN001
    text = (
        "Mardi, les jihadistes ont attaqué les faubourgs de Kobané, et personne, à Washington, "
        "ne semble vouloir s'en émouvoir."
    )
    events = extract(
        text,
        places=[("Kobané", "Manbij"), ("Washington", "Washington")],
        dates=[("Mardi", "2014-10-07")],
        lang="fr",
        published="2014-10-08",
    )
    assert events, _rows(events)
    assert {e.location for e in events} == {"Manbij"}, _rows(events)


def test_fr_neither_capital_is_the_place(extract) -> None:  # noqa: ANN001
    text = (
        "Ni à Washington ni à Moscou, on ne s'est ému quand les rebelles ont pris mardi la ville "
        "de Jarablus."
    )
    events = extract(
        text,
        places=[("Washington", "Washington"), ("Moscou", "Moscow"), ("Jarablus", "Jarabulus")],
        dates=[("mardi", "2016-08-23")],
        lang="fr",
        published="2016-08-24",
    )
    assert events, _rows(events)
    assert {e.location for e in events} == {"Jarabulus"}, _rows(events)


def test_fr_range_of_capitals_is_no_place(extract) -> None:  # noqa: ANN001
    text = (
        "À l'automne, tout le monde, d'Ankara à Washington, donnait la ville pour perdue, et les "
        "jihadistes ont attaqué le 6 octobre les faubourgs est de Kobané."
    )
    events = extract(
        text,
        places=[("Ankara", "Ankara"), ("Washington", "Washington"), ("Kobané", "Manbij")],
        dates=[("6 octobre", "2014-10-06")],
        lang="fr",
        published="2014-10-20",
    )
    assert events, _rows(events)
    assert {e.location for e in events} == {"Manbij"}, _rows(events)


def test_en_nobody_in_a_capital_is_no_place(extract) -> None:  # noqa: ANN001
    text = (
        "On Tuesday, militants stormed the eastern suburbs of Kobani, and no one in Washington "
        "seemed to care."
    )
    events = extract(
        text,
        places=[("Kobani", "Manbij"), ("Washington", "Washington")],
        dates=[("Tuesday", "2014-10-07")],
        lang="en",
        published="2014-10-08",
    )
    assert events, _rows(events)
    assert {e.location for e in events} == {"Manbij"}, _rows(events)


def test_fr_attack_in_the_capital_stays_there(extract) -> None:  # noqa: ANN001
    text = (
        "Mardi, à Ankara, un kamikaze s'est fait exploser devant un commissariat, et personne "
        "n'a revendiqué l'attentat."
    )
    events = extract(
        text,
        places=[("Ankara", "Ankara")],
        dates=[("Mardi", "2016-02-16")],
        lang="fr",
        published="2016-02-17",
    )
    assert events, _rows(events)
    assert {e.location for e in events} == {"Ankara"}, _rows(events)
