"""Events' place, session 11 (fixer A): one sentence telling two acts, each with its own date
("hit a centre near X on 3 March, and the Y airbase east of Homs in May"): each dated part
takes the place of its own part, and a town that only locates another place ("east of Homs",
"à l'est de Homs") is not that part's place. Sentences written for this file; places and dates
placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO

_EXTRA: dict[str, dict[str, Any]] = {
    # public facts (GeoNames / the base's own point) for the places these tests name
    "Masyaf": {"geonameid": 167046, "lat": 35.0653, "lon": 36.3421, "country": "SY"},
    "Shayrat airbase": {
        "geonameid": 165303,
        "lat": 34.4903,
        "lon": 36.9100,
        "country": "SY",
        "precision": 2,
    },  # fmt: skip
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def _rows(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return sorted((e.sub_event_type, e.event_date, e.location) for e in events)


@pytest.mark.parametrize(
    ("text", "lang", "places", "dates"),
    [
        (
            "Israeli jets had already hit a research centre near Masyaf on 3 March, and the "
            "Shayrat airbase south-east of Homs in May.",
            "en",
            [("Masyaf", "Masyaf"), ("Shayrat airbase", "Shayrat airbase"), ("Homs", "Homs")],
            [("3 March", "2018-03-03"), ("May", "2018-05")],
        ),
        (
            "L'aviation israélienne avait déjà frappé un centre de recherche près de Masyaf le "
            "3 mars, puis la base de Chaayrate, au sud-est de Homs, en mai.",
            "fr",
            [("Masyaf", "Masyaf"), ("base de Chaayrate", "Shayrat airbase"), ("Homs", "Homs")],
            [("3 mars", "2018-03-03"), ("en mai", "2018-05")],
        ),
    ],
)
def test_each_dated_part_keeps_its_own_place(
    extract,  # noqa: ANN001
    text: str,
    lang: str,
    places: list[tuple[str, str]],
    dates: list[tuple[str, str]],
) -> None:
    events = extract(text, places=places, dates=dates, lang=lang, published="2018-09-18")
    strikes = [e for e in events if e.event_date == "2018-05"]
    assert strikes and all(e.location == "Shayrat airbase" for e in strikes), _rows(events)


def test_a_part_named_only_by_a_reference_town_keeps_it(extract) -> None:  # noqa: ANN001
    text = (
        "Israeli jets had already hit a depot near Masyaf on 3 March, and positions east of "
        "Homs in May."
    )
    events = extract(
        text,
        places=[("Masyaf", "Masyaf"), ("Homs", "Homs")],
        dates=[("3 March", "2018-03-03"), ("May", "2018-05")],
        published="2018-09-18",
    )
    may = [e for e in events if e.event_date == "2018-05"]
    assert may and may[0].location == "Homs", _rows(events)
