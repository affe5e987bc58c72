"""Events' place, session 5 wave 3 (fixer P3): see newsift.events.where and newsift.events.topic.

- A capital named only as where reinforcements come from ("once reinforcements from Baghdad
  arrive", "une fois les renforts de Damas arrivés") is no place of the planned offensive: the
  town to be retaken is.
- A town's name that a person shares is still the town right after a verb of retaking ground
  ("to retake al-Baghdadi").
Sentences written for these tests; places are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO, make_doc

_EXTRA: dict[str, dict[str, Any]] = {
    # public GeoNames facts for the places these tests name
    "Hit": {"geonameid": 95788, "lat": 33.6416, "lon": 42.8251, "country": "IQ"},
    "Baghdad": {"geonameid": 98182, "lat": 33.3406, "lon": 44.4009, "country": "IQ"},
    "Palmyra": {"geonameid": 163345, "lat": 34.5601, "lon": 38.2803, "country": "SY"},
    "Damascus": {"geonameid": 170654, "lat": 33.5102, "lon": 36.2913, "country": "SY"},
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def _rows(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


def test_en_reinforcements_origin_is_no_event_place(process) -> None:  # noqa: ANN001
    text = (
        "Officers said on Monday that the army would launch a counter-offensive to retake Hit "
        "within days, once reinforcements from Baghdad arrive."
    )
    doc = make_doc(
        text,
        places=[("Hit", "Hit"), ("Baghdad", "Baghdad")],
        dates=[("on Monday", "2015-03-02")],
        published="2015-03-03",
    )
    events = process(doc)
    assert events and not [e for e in events if e.location == "Baghdad"], _rows(events)


def test_fr_reinforcements_origin_is_no_event_place(process) -> None:  # noqa: ANN001
    text = (
        "Selon un officier, l'armée pourrait reprendre Palmyre d'ici quelques jours, une fois "
        "les renforts de Damas sur place."
    )
    doc = make_doc(
        text,
        places=[("Palmyre", "Palmyra"), ("Damas", "Damascus")],
        lang="fr",
        published="2016-03-10",
    )
    events = process(doc)
    assert not [e for e in events if e.location == "Damascus"], _rows(events)


def test_capital_where_the_fighting_is_stays(process) -> None:  # noqa: ANN001
    # must NOT fire: the reinforcements clash in the capital itself
    text = "On Monday, army reinforcements clashed with Islamic State fighters in Baghdad."
    doc = make_doc(
        text,
        places=[("Baghdad", "Baghdad")],
        dates=[("On Monday", "2015-03-02")],
        published="2015-03-03",
    )
    events = process(doc)
    assert events and all(e.location == "Baghdad" for e in events), _rows(events)


_ROAD_GEO: dict[str, dict[str, Any]] = {
    "Rabia border crossing": {
        "geonameid": 90393,
        "lat": 36.8,
        "lon": 42.1,
        "country": "IQ",
        "precision": 2,
    },
    "Syria": {"geonameid": 163843, "lat": 35.0, "lon": 38.0, "country": "SY", "precision": 3},
}


@pytest.fixture
def _road_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _ROAD_GEO.items():
        monkeypatch.setitem(GEO, name, geo)


@pytest.mark.usefixtures("_road_places")
def test_fr_where_the_road_leads_is_no_event_place(process) -> None:  # noqa: ANN001
    text = (
        "Mardi, les peshmergas ont repris le poste-frontière de Rabia, sur la route de la Syrie, "
        "après deux jours de combats."
    )
    doc = make_doc(
        text,
        places=[("poste-frontière de Rabia", "Rabia border crossing"), ("Syrie", "Syria")],
        dates=[("Mardi", "2014-09-30")],
        lang="fr",
        published="2014-10-01",
    )
    events = process(doc)
    assert events and all(e.location == "Rabia border crossing" for e in events), _rows(events)


@pytest.mark.usefixtures("_road_places")
def test_en_where_the_road_leads_is_no_event_place(process) -> None:  # noqa: ANN001
    text = (
        "On Tuesday, Kurdish fighters recaptured the Rabia border post, on the road to Syria, "
        "after two days of clashes."
    )
    doc = make_doc(
        text,
        places=[("Rabia border post", "Rabia border crossing"), ("Syria", "Syria")],
        dates=[("On Tuesday", "2014-09-30")],
        published="2014-10-01",
    )
    events = process(doc)
    assert events and all(e.location == "Rabia border crossing" for e in events), _rows(events)


@pytest.mark.usefixtures("_road_places")
def test_a_country_fought_in_stays(process) -> None:  # noqa: ANN001
    # must NOT fire: the country is where the clashes happened, no road leads there
    text = "Mardi, des combats ont opposé les peshmergas aux jihadistes en Syrie."
    doc = make_doc(
        text,
        places=[("Syrie", "Syria")],
        dates=[("Mardi", "2014-09-30")],
        lang="fr",
        published="2014-10-01",
    )
    events = process(doc)
    assert events and all(e.location == "Syria" for e in events), _rows(events)
