"""Acts that made no candidate before session 12, each a class of phrasing in French and
English with a near miss that must stay no event (or keep its reading): troops landing or
crossing a border, gassing, poisoning a water source, proclaiming a state, taking possession
of a town, coming under fire (the subject is the target), an act told by a gerund ("en
attaquant les casernes": the verb is not the football "attaquant"), and an event noun that is
the subject of a negated consequence ("la reconquête de X n'a pas ramené la paix": X was
retaken). Sentences written for these tests (mentions placed by hand)."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO

from newsift.model import Event

_PLACES = {
    "Siirt": {"geonameid": 300822, "lat": 37.9274, "lon": 41.9403, "country": "TR"},
    "Famagusta": {"geonameid": 146617, "lat": 35.1174, "lon": 33.9416, "country": "CY"},
}
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}


@pytest.fixture(autouse=True)
def _places() -> None:
    """The places these tests name, in the helpers' table (set per test: other files edit it)."""
    for name, geo in _PLACES.items():
        GEO.setdefault(name, geo)


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.location, e.event_date) for e in events]


def subs(events: list[Event]) -> set[str]:
    return {e.sub_event_type for e in events}


# ---------------------------------------------------------------- a gerund act
def test_fr_gerund_attack_on_barracks_is_a_clash(extract) -> None:
    events = extract(
        "Le mouvement a lancé sa guérilla le 6 juin 1985 en attaquant les casernes de Siirt.",
        places=[("Siirt", "Siirt")],
        dates=[("6 juin 1985", "1985-06-06")],
        lang="fr",
        published="2019-10-10",
    )
    assert [(e.sub_event_type, e.location, e.event_date) for e in events] == [
        ("Armed clash", "Siirt", "1985-06-06")
    ], rows(events)


def test_en_gerund_attack_on_barracks_is_a_clash(extract) -> None:
    events = extract(
        "The movement began its insurgency on 6 June 1985 by attacking the barracks of Siirt.",
        places=[("Siirt", "Siirt")],
        dates=[("6 June 1985", "1985-06-06")],
        published="2019-10-10",
    )
    assert subs(events) == {"Armed clash"}, rows(events)

