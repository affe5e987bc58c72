"""Events' place, round 2: an event the sentence places only in a country happened in the town
the article names in that country ("a suspected gas attack in Syria" ... "hospitals in Idlib").
Sentences written for these tests; places are placed by hand (see helpers.make_doc)."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO, one

_EXTRA: dict[str, dict[str, Any]] = {
    # public GeoNames facts for the places these tests name
    "Hawija": {"geonameid": 390188, "lat": 35.3288, "lon": 43.7711, "country": "IQ"},
    "Ankara": {"geonameid": 323786, "lat": 39.9199, "lon": 32.8543, "country": "TR"},
    "Deir ez-Zor province": {
        "geonameid": 170792,
        "lat": 35.0,
        "lon": 40.5,
        "country": "SY",
        "precision": 3,
    },
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def test_a_country_level_event_goes_to_the_article_town(extract) -> None:  # noqa: ANN001
    text = (
        "An air strike in Syria killed 20 civilians on Tuesday, rescuers said. "
        "Doctors in Idlib treated dozens of wounded people after the raid."
    )
    events = extract(
        text,
        places=[("Syria", "Syria"), ("Idlib", "Idlib")],
        dates=[("Tuesday", "2017-04-04")],
    )
    e = one(events, "Air/drone strike")
    assert e.location == "Idlib", [(x.sub_event_type, x.location) for x in events]
    assert e.geo_precision == 2


def test_a_town_of_another_country_does_not_replace_the_country(extract) -> None:  # noqa: ANN001
    text = (
        "An air strike in Syria killed 20 civilians on Tuesday, rescuers said. "
        "The foreign ministry in Ankara called for an inquiry."
    )
    events = extract(
        text,
        places=[("Syria", "Syria"), ("Ankara", "Ankara")],
        dates=[("Tuesday", "2017-04-04")],
    )
    assert one(events, "Air/drone strike").location == "Syria"


def test_a_town_in_the_sentence_stays(extract) -> None:  # noqa: ANN001
    text = (
        "Doctors in Idlib treated wounded people on Monday. "
        "On Tuesday an air strike hit Saraqib in Syria, killing 20 civilians."
    )
    events = extract(
        text,
        places=[("Idlib", "Idlib"), ("Saraqib", "Saraqib"), ("Syria", "Syria")],
        dates=[("Monday", "2017-04-03"), ("Tuesday", "2017-04-04")],
    )
    assert one(events, "Air/drone strike").location == "Saraqib"


def test_a_town_of_the_country_in_the_same_sentence_is_finer(extract) -> None:  # noqa: ANN001
    text = "An air strike in Syria on Tuesday killed 20 civilians in the town of Saraqib."
    events = extract(
        text,
        places=[("Syria", "Syria"), ("Saraqib", "Saraqib")],
        dates=[("Tuesday", "2017-04-04")],
    )
    assert one(events, "Air/drone strike").location == "Saraqib"


def test_a_province_when_the_article_names_no_town(extract) -> None:  # noqa: ANN001
    text = (
        "A government raid in Syria killed 18 jihadists on Friday, a monitor said. "
        "The fighters had gathered in the province of Deir ez-Zor."
    )
    events = extract(
        text,
        places=[("Syria", "Syria"), ("Deir ez-Zor", "Deir ez-Zor province")],
        dates=[("Friday", "2014-09-05")],
    )
    e = next(x for x in events if x.fatalities == 18)
    assert e.location != "Syria", [(x.sub_event_type, x.location) for x in events]


def test_the_destination_of_fleeing_victims_is_not_the_place(extract) -> None:  # noqa: ANN001
    text = (
        "Les jihadistes contrôlent Hawija depuis 2014. Mardi, ils ont exécuté 20 civils qui "
        "tentaient de fuir vers Kirkouk."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Hawija", "Hawija"), ("Kirkouk", "Kirkuk")],
        dates=[("Mardi", "2016-06-14")],
    )
    found = [(x.sub_event_type, x.location) for x in events]
    assert found and all(x.location != "Kirkuk" for x in events), found


def test_where_a_struck_convoy_was_heading_is_not_the_place(extract) -> None:  # noqa: ANN001
    text = (
        "Lundi, l'aviation syrienne a frappé un convoi militaire qui se dirigeait vers Saraqib, "
        "au nord de Hama."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Saraqib", "Saraqib"), ("Hama", "Hama")],
        dates=[("Lundi", "2019-08-19")],
    )
    found = [(x.sub_event_type, x.location) for x in events]
    assert found and all(x.location != "Saraqib" for x in events), found
