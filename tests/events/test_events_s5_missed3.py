"""Missed events, wave 3 (sentences written for these tests).

A fall with its date between the verb and "aux mains de" / "to" ("était tombée le 3 mars
2016 aux mains de l'EI") is a capture that day.
"""

from __future__ import annotations

from helpers import at_place, one

from newsift.model import Event

PUB = "2018-01-20"
TERRITORY = {
    "Non-state actor overtakes territory",
    "Government regains territory",
    "Non-violent transfer of territory",
}


def _subs(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.sub_event_type, e.location, e.event_date, e.modality) for e in events]


def test_fr_fell_with_date_before_captor(extract) -> None:
    events = extract(
        "Rappel : Saraqib était tombée le 3 mars 2016 aux mains de l'EI, après un long siège.",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("3 mars 2016", "2016-03-03")],
        published=PUB,
    )
    e = one(at_place(events, "Saraqib"))
    assert e.sub_event_type in TERRITORY, _subs(events)
    assert e.event_date == "2016-03-03"


def test_fr_base_fell_with_date_before_captor(extract) -> None:
    events = extract(
        "La base aérienne de Saraqib a été attaquée hier. Rappel : cette base était tombée "
        "le 3 mars 2016 aux mains de l'EI, après un long siège.",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("hier", "2018-01-19"), ("3 mars 2016", "2016-03-03")],
        published=PUB,
    )
    got = [e for e in at_place(events, "Saraqib") if e.sub_event_type in TERRITORY]
    assert [e.event_date for e in got] == ["2016-03-03"], _subs(events)


def test_en_base_fell_with_date_before_captor(extract) -> None:
    events = extract(
        "The air base of Saraqib was shelled yesterday. This base had fallen to the jihadists "
        "on March 3, 2016, after a long siege.",
        places=[("Saraqib", "Saraqib")],
        dates=[("yesterday", "2018-01-19"), ("March 3, 2016", "2016-03-03")],
        published=PUB,
    )
    got = [e for e in at_place(events, "Saraqib") if e.sub_event_type in TERRITORY]
    assert [e.event_date for e in got] == ["2016-03-03"], _subs(events)


def test_fr_prices_at_this_market_no_capture(extract) -> None:
    events = extract(
        "La base aérienne de Saraqib a été attaquée hier. Les prix de ce marché sont tombés le 3 "
        "mars 2016.",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("hier", "2018-01-19"), ("3 mars 2016", "2016-03-03")],
        published=PUB,
    )
    assert not [e for e in events if e.sub_event_type in TERRITORY], _subs(events)


def test_fr_siege_broken_without_article(extract) -> None:
    events = extract(
        "Selon source militaire, unités de l'armée syrienne ont brisé mardi blocus de villes de "
        "Kafr Nubl et Saraqib.",
        lang="fr",
        places=[("Kafr Nubl", "Kafr Nubl"), ("Saraqib", "Saraqib")],
        dates=[("mardi", "2018-01-16")],
        published=PUB,
    )
    for town in ("Kafr Nubl", "Saraqib"):
        e = one(at_place(events, town))
        assert e.sub_event_type in TERRITORY, _subs(events)
