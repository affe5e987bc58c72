"""Events' place, session 11 (fixer A): which earlier place a sentence without its own place
goes on with. Where people fled to ("les habitants ont fui vers Dohouk", "residents fled to
Dohuk") is a refuge, and a town far abroad named in passing ("un porte-parole de l'Unesco à
Paris", "we met him in Paris") is a speaker's or visitor's city: neither is the place of the
next sentence's act ("la ville elle-même est tombée", "the bulldozers razed it"). Sentences
written for this file; places and dates placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO

_EXTRA: dict[str, dict[str, Any]] = {
    # public GeoNames facts for the places these tests name
    "Tall Kayf": {"geonameid": 98463, "lat": 36.4897, "lon": 43.1194, "country": "IQ"},
    "Dohuk": {"geonameid": 98845, "lat": 36.8671, "lon": 42.9885, "country": "IQ"},
    "Al-Qaryatayn": {"geonameid": 172883, "lat": 34.2297, "lon": 37.2406, "country": "SY"},
    "Paris": {"geonameid": 2988507, "lat": 48.8534, "lon": 2.3488, "country": "FR"},
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def _rows(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return sorted((e.sub_event_type, e.event_date, e.location) for e in events)


@pytest.mark.parametrize(
    ("text", "lang", "actor", "places", "dates", "day"),
    [
        (
            "Vendredi, les combattants de l'EI ont attaqué le poste de contrôle de Tall Kayf. "
            "Les habitants chrétiens ont fui vers Dohouk sous les obus. Dimanche, la ville "
            "elle-même est tombée aux mains de l'EI.",
            "fr",
            [("EI", "Islamic State"), ("EI@2", "Islamic State")],
            [("Tall Kayf", "Tall Kayf"), ("Dohouk", "Dohuk")],
            [("Vendredi", "2014-08-01"), ("Dimanche", "2014-08-03")],
            "2014-08-03",
        ),
        (
            "On Friday ISIS fighters attacked the checkpoint of Tall Kayf. Christian families "
            "fled in panic to Dohuk. On Sunday the town itself fell to ISIS.",
            "en",
            [("ISIS", "Islamic State"), ("ISIS@2", "Islamic State")],
            [("Tall Kayf", "Tall Kayf"), ("Dohuk", "Dohuk")],
            [("On Friday", "2014-08-01"), ("On Sunday", "2014-08-03")],
            "2014-08-03",
        ),
    ],
)
def test_where_people_fled_is_no_antecedent(
    extract,  # noqa: ANN001
    text: str,
    lang: str,
    actor: list[tuple[str, str]],
    places: list[tuple[str, str]],
    dates: list[tuple[str, str]],
    day: str,
) -> None:
    events = extract(
        text, actors=actor, places=places, dates=dates, lang=lang, published="2014-08-04"
    )
    fell = [e for e in events if e.event_date == day]
    assert fell and all(e.location == "Tall Kayf" for e in fell), _rows(events)


@pytest.mark.parametrize(
    ("text", "lang", "actor", "places", "dates"),
    [
        (
            "L'EI a pris Al-Qaryatayn le 5 août. Le prieur du monastère s'est évadé depuis, "
            "selon un porte-parole de l'Unesco à Paris. Les bulldozers de l'EI l'ont rasé le "
            "20 août.",
            "fr",
            [("EI", "Islamic State"), ("EI@2", "Islamic State")],
            [("Al-Qaryatayn", "Al-Qaryatayn"), ("Paris", "Paris")],
            [("le 5 août", "2015-08-05"), ("20 août", "2015-08-20")],
        ),
        (
            "ISIS seized Al-Qaryatayn on August 5. The monastery's prior has since escaped; "
            "we met him in Paris last week. ISIS bulldozers razed it on August 20.",
            "en",
            [("ISIS", "Islamic State"), ("ISIS@2", "Islamic State")],
            [("Al-Qaryatayn", "Al-Qaryatayn"), ("Paris", "Paris")],
            [("on August 5", "2015-08-05"), ("on August 20", "2015-08-20")],
        ),
    ],
)
def test_a_far_city_named_in_passing_is_no_antecedent(
    extract,  # noqa: ANN001
    text: str,
    lang: str,
    actor: list[tuple[str, str]],
    places: list[tuple[str, str]],
    dates: list[tuple[str, str]],
) -> None:
    events = extract(
        text, actors=actor, places=places, dates=dates, lang=lang, published="2015-08-22"
    )
    razed = [e for e in events if e.event_date == "2015-08-20"]
    assert razed and all(e.location == "Al-Qaryatayn" for e in razed), _rows(events)
