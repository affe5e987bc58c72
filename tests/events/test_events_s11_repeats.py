"""Repeats and second acts within an article (session 11, fixer E): see newsift.events.merge.

- A headline naming the outcome of an act ("... assassiné à X", "... killed in X") restates the
  body's act at that place even when the body tells it by its means (a strike): one row.
- A strike placed at a province is not the strike told at a town of another province ("frappes
  près de Homs ... d'autres frappes ont visé le nord de la province de Hama"): two rows; in the
  province the town lies in, it still may restate it.
- Raids told on two named days in one sentence ("lundi et mardi") are one row with the range.
(An act done again on another day: tests/events/test_events_again.py.)
Sentences written for these tests; mentions placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from helpers import GEO, make_doc

from newsift.model import Document, Event

_EXTRA: dict[str, dict[str, Any]] = {
    # public GeoNames facts for the places these tests name
    "Jaramana": {"geonameid": 169774, "lat": 33.4862, "lon": 36.3468, "country": "SY"},
    "Hama province": {
        "geonameid": 170016,
        "lat": 35.25,
        "lon": 37.0,
        "country": "SY",
        "precision": 3,
    },
    "Homs province": {
        "geonameid": 169575,
        "lat": 34.5781,
        "lon": 37.5655,
        "country": "SY",
        "precision": 3,
    },
    "Ariha": {"geonameid": 173193, "lat": 35.8137, "lon": 36.6086, "country": "SY"},
    "Erbil": {"geonameid": 95446, "lat": 36.1901, "lon": 44.0091, "country": "IQ"},
    "Iraqi Kurdistan": {"geonameid": 0, "lat": 36.4, "lon": 44.4, "country": "IQ", "precision": 3},
}
_ADMIN1 = {
    "Homs": "Homs",
    "Homs province": "Homs",
    "Hama province": "Hama",
    "Hama": "Hama",
    "Jaramana": "Rif-dimashq",
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def _run(process: Callable[[Document], list[Event]], text: str, **kw: Any) -> list[Event]:
    doc = make_doc(text, **kw)
    for m in doc.mentions:
        if m.kind == "place":
            m.admin1 = _ADMIN1.get(m.canonical or "")
    return process(doc)


def _rows(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


# ------------------------------------------------------------------ headline outcome
def test_fr_headline_killing_folds_into_the_bodys_strike(process) -> None:  # noqa: ANN001
    text = (
        "Des avions russes ont bombardé samedi soir un immeuble de Jaramana, dans la banlieue "
        "de Damas, tuant six personnes dont le commandant Abou Karim, selon une ONG."
    )
    events = _run(
        process,
        text,
        lang="fr",
        title="Le commandant Abou Karim assassiné à Jaramana",
        actors=[("avions russes", "Military Forces of Russia")],
        places=[("Jaramana", "Jaramana"), ("Jaramana@2", "Jaramana")],
        dates=[("samedi soir", "2016-03-12")],
        published="2016-03-13",
    )
    at = [e for e in events if e.location == "Jaramana"]
    assert len(at) == 1, _rows(events)
    assert at[0].event_type == "Explosions/Remote violence"
    assert at[0].event_date == "2016-03-12"


def test_en_headline_killing_folds_into_the_bodys_shelling(process) -> None:  # noqa: ANN001
    text = (
        "Rockets fired by militants hit a school in Jaramana on Tuesday morning, killing four "
        "children, state media said."
    )
    events = _run(
        process,
        text,
        lang="en",
        title="Four children killed in Jaramana",
        places=[("Jaramana", "Jaramana"), ("Jaramana@2", "Jaramana")],
        dates=[("Tuesday morning", "2017-11-07")],
        published="2017-11-08",
    )
    at = [e for e in events if e.location == "Jaramana"]
    assert len(at) == 1, _rows(events)
    assert at[0].event_date == "2017-11-07"


def test_headline_killing_elsewhere_stands_alone(process) -> None:  # noqa: ANN001
    text = "Des avions russes ont bombardé samedi soir un immeuble de Jaramana, selon une ONG."
    events = _run(
        process,
        text,
        lang="fr",
        title="Un officier assassiné à Homs",
        actors=[("avions russes", "Military Forces of Russia")],
        places=[("Homs", "Homs"), ("Jaramana", "Jaramana")],
        dates=[("samedi soir", "2016-03-12")],
        published="2016-03-13",
    )
    assert {e.location for e in events} == {"Homs", "Jaramana"}, _rows(events)


# ------------------------------------------------------------------ province vs town
def test_fr_other_strikes_in_another_province_are_a_second_event(process) -> None:  # noqa: ANN001
    text = (
        "Les avions russes ont frappé mercredi des positions rebelles près de Homs. D'autres "
        "frappes ont visé mercredi le nord de la province de Hama, selon des militants."
    )
    events = _run(
        process,
        text,
        lang="fr",
        actors=[("avions russes", "Military Forces of Russia")],
        places=[("Homs", "Homs"), ("province de Hama", "Hama province")],
        dates=[("mercredi", "2015-09-30"), ("mercredi@2", "2015-09-30")],
        published="2015-10-01",
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert {e.location for e in strikes} == {"Homs", "Hama province"}, _rows(events)


def test_en_strikes_in_the_towns_own_province_still_restate_it(process) -> None:  # noqa: ANN001
    text = (
        "Russian jets struck rebel positions near Homs on Wednesday. The strikes in Homs "
        "province killed at least 20 people, activists said."
    )
    events = _run(
        process,
        text,
        lang="en",
        actors=[("Russian jets", "Military Forces of Russia")],
        places=[("Homs", "Homs"), ("Homs province", "Homs province")],
        dates=[("Wednesday", "2015-09-30")],
        published="2015-10-01",
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1, _rows(events)


# ------------------------------------------------------------------ days of one campaign
def test_fr_raids_on_two_named_days_are_one_row(process) -> None:  # noqa: ANN001
    text = (
        "Les raids de l'aviation russe, lundi et mardi, sur les positions des rebelles à "
        "Ariha, ont ouvert la voie aux troupes, selon des officiers syriens."
    )
    events = _run(
        process,
        text,
        lang="fr",
        actors=[("aviation russe", "Military Forces of Russia")],
        places=[("Ariha", "Ariha")],
        dates=[("lundi", "2016-07-25"), ("mardi", "2016-07-26")],
        published="2016-07-28",
    )
    strikes = [
        e for e in events if e.sub_event_type == "Air/drone strike" and e.location == "Ariha"
    ]
    assert len(strikes) == 1, _rows(events)
    assert strikes[0].event_date == "2016-07-25"


def test_a_region_of_several_provinces_still_restates_a_towns_row(process) -> None:  # noqa: ANN001
    text = (
        "Les peshmergas ont repoussé mardi une attaque de l'EI près d'Erbil. Les combats "
        "au Kurdistan ont fait au moins dix morts, selon les autorités kurdes."
    )
    doc = make_doc(
        text,
        lang="fr",
        places=[("Erbil", "Erbil"), ("Kurdistan", "Iraqi Kurdistan")],
        dates=[("mardi", "2015-06-09")],
        published="2015-06-10",
    )
    for m in doc.mentions:
        if m.kind == "place":
            m.admin1 = {"Erbil": "Arbil", "Iraqi Kurdistan": "Iraqi Kurdistan"}[m.canonical or ""]
            if m.canonical == "Iraqi Kurdistan":
                m.kb_id = "region:Iraqi Kurdistan"
    events = process(doc)
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1, _rows(events)


def test_only_the_first_day_of_a_short_range_is_its_row() -> None:
    from newsift.events.merge import _day_in_range
    from newsift.events.when import parse_point, parse_value

    span = parse_value("2016-07-25/2016-07-26", listed=True)
    first, second = parse_point("2016-07-25"), parse_point("2016-07-26")
    assert span is not None and first is not None and second is not None
    assert _day_in_range(span, first)
    assert not _day_in_range(span, second)  # a later day: another act told with it
    season = parse_value("2016-06-01/2016-08-31")
    assert season is not None and not _day_in_range(season, parse_point("2016-06-01"))  # type: ignore[arg-type]
