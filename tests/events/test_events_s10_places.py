"""Events' place, session 10 (fixer P): where commentators speak from is no event's place.

"X could fall within weeks, military analysts in Damascus say", "..., estiment des diplomates
en poste à Bagdad": the city after the commentators is where they speak, not where the event
they comment on happens (place_roles.toml `speakers`); a city of the story's own country is
otherwise ranked first among the sentence's places. Sentences written for these tests; places
are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO

_EXTRA: dict[str, dict[str, Any]] = {
    # public GeoNames facts for the places these tests name
    "Damascus": {"geonameid": 170654, "lat": 33.5102, "lon": 36.2913, "country": "SY"},
    "Maskanah": {"geonameid": 167080, "lat": 35.9602, "lon": 38.0316, "country": "SY"},
    "Baghdad": {"geonameid": 98182, "lat": 33.3406, "lon": 44.4009, "country": "IQ"},
    "Hawija": {"geonameid": 390188, "lat": 35.3244, "lon": 43.7811, "country": "IQ"},
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def _places(events: list[Any]) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location) for e in events]


def test_en_analysts_city_is_not_the_place(extract) -> None:  # noqa: ANN001
    text = (
        "The Syrian army seized two villages east of Aleppo on Tuesday, a military source "
        "said. Maskanah, the last big jihadist bastion on the road to the Euphrates, could "
        "fall within weeks, military analysts in Damascus say, which would open the way to "
        "the lake."
    )
    events = extract(
        text,
        actors=[("Syrian army", "Military Forces of Syria")],
        places=[("Aleppo", "Aleppo"), ("Maskanah", "Maskanah"), ("Damascus", "Damascus")],
    )
    spec = [e for e in events if e.modality == "speculative"]
    assert spec and spec[0].location == "Maskanah", _places(events)


def test_fr_diplomats_city_is_not_the_place(extract) -> None:  # noqa: ANN001
    text = (
        "Les forces irakiennes ont repris deux villages au sud de Kirkouk mardi. Hawija, "
        "dernier grand bastion des jihadistes dans la région, pourrait tomber d'ici l'hiver, "
        "estiment des diplomates en poste à Bagdad, ce qui ouvrirait la route du nord."
    )
    events = extract(
        text,
        actors=[("forces irakiennes", "Military Forces of Iraq")],
        places=[("Kirkouk", "Kirkuk"), ("Hawija", "Hawija"), ("Bagdad", "Baghdad")],
        lang="fr",
    )
    assert events, "no event"
    assert all(e.location != "Baghdad" for e in events), _places(events)
