"""Missed events, session 6 wave B (sentences written for these tests, French and English).

Classes of phrasing, not instances:

* an act still going on, told in the active voice with "depuis <a recent day>" / "since <a
  recent day>" ("les troupes avancent depuis lundi vers X", "jets have pounded X since
  Monday") is the act begun that day; a participle or passive of a state ("assiégée depuis
  lundi", "besieged since Monday") or an old start ("depuis 2014") stays no event;
* fire on an air base ("roquettes tirées sur la base aérienne de X", "rockets fired at the X
  air base"): the aircraft word names the target, so it neither blocks the shelling nor makes
  the fire aerial; aircraft named beside it still do.
"""

from __future__ import annotations

import pytest
from helpers import GEO

from newsift.model import Event

PUB = "2016-04-20"
GEO.setdefault("Tikrit", {"geonameid": 99072, "lat": 34.6071, "lon": 43.6782, "country": "IQ"})
GEO.setdefault("Balad", {"geonameid": 98629, "lat": 34.0164, "lon": 44.1453, "country": "IQ"})
GEO.setdefault("Kweires", {"geonameid": 169999, "lat": 36.1885, "lon": 37.5805, "country": "SY"})
GEO.setdefault("Al-Eis", {"geonameid": 170998, "lat": 36.0358, "lon": 36.9489, "country": "SY"})

SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
CLASH = "Armed clash"


def _subs(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


def _has(events: list[Event], sub: str, place: str, date: str | None) -> bool:
    return any(
        e.sub_event_type == sub and e.location == place and e.event_date == date for e in events
    )


# ------------------------------------------------------------------ acts going on since a day
@pytest.mark.parametrize(
    ("text", "lang", "date", "sub", "place"),
    [
        (
            "Les volontaires et l'armée avancent depuis lundi vers Tikrit.",
            "fr",
            "lundi",
            CLASH,
            "Tikrit",
        ),
        (
            "Au nord, les soldats progressent vers Tikrit depuis lundi, selon l'état-major.",
            "fr",
            "lundi",
            CLASH,
            "Tikrit",
        ),
        ("Depuis lundi, les avions russes bombardent Al-Eis.", "fr", "lundi", AIR, "Al-Eis"),
        (
            "Depuis lundi, les avions russes ont multiplié les raids sur les collines d'Al-Eis.",
            "fr",
            "lundi",
            AIR,
            "Al-Eis",
        ),
        (
            "Since Monday, Russian jets have pounded the hills around Al-Eis.",
            "en",
            "Monday",
            AIR,
            "Al-Eis",
        ),
        ("Troops have been advancing on Tikrit since Monday.", "en", "Monday", CLASH, "Tikrit"),
    ],
)
def test_act_since_recent_day_is_dated_that_day(
    extract, text: str, lang: str, date: str, sub: str, place: str
) -> None:
    events = extract(
        text, lang=lang, places=[(place, place)], dates=[(date, "2016-04-18")], published=PUB
    )
    assert _has(events, sub, place, "2016-04-18"), _subs(events)


@pytest.mark.parametrize(
    ("text", "lang", "date", "value"),
    [
        ("Tikrit est assiégée depuis lundi par les jihadistes.", "fr", "lundi", "2016-04-18"),
        ("Tikrit has been besieged since Monday.", "en", "Monday", "2016-04-18"),
        ("Les jihadistes assiègent Tikrit depuis 2014.", "fr", "2014", "2014"),
    ],
)
def test_state_since_is_no_event(extract, text: str, lang: str, date: str, value: str) -> None:
    events = extract(
        text, lang=lang, places=[("Tikrit", "Tikrit")], dates=[(date, value)], published=PUB
    )
    assert not events, _subs(events)


# ------------------------------------------------------------------ fire on an air base
@pytest.mark.parametrize(
    ("text", "lang", "date", "place"),
    [
        (
            "Jeudi soir, au moins huit roquettes ont été tirées sur la base aérienne de Balad.",
            "fr",
            "Jeudi soir",
            "Balad",
        ),
        (
            "Les insurgés ont pilonné mardi la base aérienne de Kweires au mortier.",
            "fr",
            "mardi",
            "Kweires",
        ),
        (
            "On Thursday, eight rockets were fired at the Balad air base.",
            "en",
            "On Thursday",
            "Balad",
        ),
        (
            "Militants shelled the Kweires air base on Tuesday, a monitor said.",
            "en",
            "on Tuesday",
            "Kweires",
        ),
    ],
)
def test_fire_on_air_base_is_shelling(extract, text: str, lang: str, date: str, place: str) -> None:
    events = extract(
        text, lang=lang, places=[(place, place)], dates=[(date, "2016-04-14")], published=PUB
    )
    assert _has(events, SHELL, place, "2016-04-14"), _subs(events)
    assert not any(e.sub_event_type == AIR for e in events), _subs(events)


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Des avions russes ont bombardé jeudi la base aérienne de Balad.", "fr", "jeudi"),
        ("Coalition jets struck the Balad air base on Thursday.", "en", "on Thursday"),
    ],
)
def test_aircraft_hitting_air_base_stay_air_strike(
    extract, text: str, lang: str, date: str
) -> None:
    events = extract(
        text, lang=lang, places=[("Balad", "Balad")], dates=[(date, "2016-04-14")], published=PUB
    )
    assert _has(events, AIR, "Balad", "2016-04-14"), _subs(events)
