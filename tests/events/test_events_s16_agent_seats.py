"""Events' place, session 16 (fixer L): a capital that is the agent of a passive ("une attaque
condamnée par Bagdad", "an offensive denounced by Baghdad") names the government that judges or
acts, never the place of the act; even the article's own capital is left for the act's own
place or the story's. A capital that undergoes the act ("Bagdad a été frappée") stays a place.
Sentences written for these tests; places are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any


def _rows(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


def test_fr_home_capital_as_agent_is_no_place(extract) -> None:  # noqa: ANN001
    text = (
        "La tension monte autour de Kirkouk. Mardi, des peshmergas ont attaqué un poste de la "
        "police fédérale, une opération aussitôt condamnée par Bagdad."
    )
    events = extract(
        text,
        places=[("Kirkouk", "Kirkuk"), ("Bagdad", "Baghdad")],
        dates=[("Mardi", "2017-10-10")],
        lang="fr",
        published="2017-10-11",
    )
    assert events, _rows(events)
    assert "Baghdad" not in {e.location for e in events}, _rows(events)


def test_en_home_capital_as_agent_is_no_place(extract) -> None:  # noqa: ANN001
    text = (
        "Tension is rising around Kirkuk. On Tuesday, Kurdish fighters attacked a federal police "
        "post, an assault swiftly condemned by Baghdad."
    )
    events = extract(
        text,
        places=[("Kirkuk", "Kirkuk"), ("Baghdad", "Baghdad")],
        dates=[("Tuesday", "2017-10-10")],
        lang="en",
        published="2017-10-11",
    )
    assert events, _rows(events)
    assert "Baghdad" not in {e.location for e in events}, _rows(events)


def test_fr_capital_struck_stays_the_place(extract) -> None:  # noqa: ANN001
    text = "Mardi, Bagdad a été frappée par trois attentats à la voiture piégée."
    events = extract(
        text,
        places=[("Bagdad", "Baghdad")],
        dates=[("Mardi", "2017-10-10")],
        lang="fr",
        published="2017-10-11",
    )
    assert events, _rows(events)
    assert {e.location for e in events} == {"Baghdad"}, _rows(events)
