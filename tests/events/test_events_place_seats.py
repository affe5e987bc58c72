"""Events' place, session 4 (fixer P): places that are not where an event happened.

- A city named as an organisation's or outlet's seat ("l'OSDH, basé à Londres", "the
  London-based monitor", "les médias du Golfe") is never an event's place, nor the antecedent
  of a later sentence's event.
- An agency dateline ("BAGHDAD, April 14 (Agency) -") the parse reads as the verb's subject
  does not beat the town the clause names.
- "Ramadi avait été la dernière ville à tomber ..." / "Hit, a town which ISIS had seized":
  the subject of a town predicate, or the antecedent of a relative clause, is what fell.
Sentences written for these tests; places are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO

_EXTRA: dict[str, dict[str, Any]] = {
    # public GeoNames facts for the places these tests name
    "London": {"geonameid": 2643743, "lat": 51.5085, "lon": -0.1257, "country": "GB"},
    "Beirut": {"geonameid": 276781, "lat": 33.8933, "lon": 35.5016, "country": "LB"},
    "Baghdad": {"geonameid": 98182, "lat": 33.3406, "lon": 44.4009, "country": "IQ"},
    "Hit": {"geonameid": 95788, "lat": 33.6366, "lon": 42.8277, "country": "IQ"},
    "Ramadi": {"geonameid": 98717, "lat": 33.4258, "lon": 43.2994, "country": "IQ"},
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def _where(events: list[Any], sub: str) -> list[str | None]:
    return [e.location for e in events if e.sub_event_type == sub]


def test_fr_seat_of_a_monitor_is_not_the_next_events_place(extract) -> None:  # noqa: ANN001
    text = (
        "Les rebelles ont pris jeudi la ville de Saraqeb, au sud-est d'Idleb. "
        "Selon l'Observatoire syrien des droits de l'homme, basé à Londres, au moins 30 "
        "combattants ont péri. L'assaut avait été précédé par l'explosion d'une voiture piégée "
        "conduite par un kamikaze."
    )
    events = extract(
        text,
        places=[("Saraqeb", "Saraqib"), ("Idleb", "Idlib"), ("Londres", "London")],
        dates=[("jeudi", "2016-05-05")],
        lang="fr",
    )
    where = [e.location for e in events]
    assert "London" not in where, [(e.sub_event_type, e.location) for e in events]
    assert _where(events, "Suicide bomb") == ["Saraqib"]


def test_en_based_seat_is_not_a_place(extract) -> None:  # noqa: ANN001
    text = (
        "Government forces shelled Saraqib on Monday, killing five civilians, the London-based "
        "Syrian Observatory for Human Rights said. A Beirut-based television channel said a car "
        "bomb also exploded at a checkpoint."
    )
    events = extract(
        text,
        places=[("Saraqib", "Saraqib"), ("London", "London"), ("Beirut", "Beirut")],
        dates=[("Monday", "2016-05-02")],
    )
    where = {e.location for e in events}
    assert not where & {"London", "Beirut"}, [(e.sub_event_type, e.location) for e in events]


def test_a_city_where_the_strike_happened_is_kept(extract) -> None:  # noqa: ANN001
    # must NOT fire: "à Londres" here is where the event happened, no seat phrase
    text = "Un attentat à la voiture piégée a tué trois personnes mardi à Londres."
    events = extract(
        text, places=[("Londres", "London")], dates=[("mardi", "2017-03-21")], lang="fr"
    )
    assert "London" in {e.location for e in events}


def test_dateline_does_not_beat_the_town_of_the_clause(extract) -> None:  # noqa: ANN001
    text = (
        "BAGHDAD, April 14, 2016 (Agency) - Iraqi forces on Wednesday recaptured Hit, a town "
        "which ISIS had seized in October 2014, a military spokesman said."
    )
    events = extract(
        text,
        actors=[("Iraqi forces", "Military Forces of Iraq"), ("ISIS", "Islamic State")],
        places=[("BAGHDAD", "Baghdad"), ("Hit", "Hit")],
        dates=[
            ("April 14, 2016", "2016-04-14"),
            ("Wednesday", "2016-04-13"),
            ("October 2014", "2014-10"),
        ],
    )
    assert set(_where(events, "Government regains territory")) == {"Hit"}, [
        (e.sub_event_type, e.location, e.event_date) for e in events
    ]
    assert set(_where(events, "Non-state actor overtakes territory")) <= {"Hit"}


def test_fr_town_that_fell_is_its_place_not_a_later_clause(extract) -> None:  # noqa: ANN001
    text = (
        "Ramadi avait été la dernière grande ville à tomber aux mains de l'EI, en mai 2015, "
        "un an après la proclamation du califat à Mossoul."
    )
    events = extract(
        text,
        actors=[("EI", "Islamic State")],
        places=[("Ramadi", "Ramadi"), ("Mossoul", "Mosul")],
        dates=[("mai 2015", "2015-05")],
        lang="fr",
    )
    assert _where(events, "Non-state actor overtakes territory") == ["Ramadi"], [
        (e.sub_event_type, e.location) for e in events
    ]


def test_home_based_militias_fight_at_home(extract) -> None:  # noqa: ANN001
    # must NOT fire: "Misrata-based militias" in a story on Libya are no outlet's seat
    text = "Misrata-based militias clashed with a rival brigade on Sunday, residents said."
    events = extract(
        text,
        places=[("Misrata", "Misrata")],
        dates=[("Sunday", "2018-09-02")],
    )
    assert _where(events, "Armed clash") == ["Misrata"], [
        (e.sub_event_type, e.location) for e in events
    ]
