"""Events' place, session 5 wave 2 (fixer P2): see newsift.events.where.province_town and
newsift.events.placing.PlacingRules._reported_event_place.

- A deal whose sentence names only a province ("les groupes armés du nord de la province de
  Homs") is placed at the town of that province the story is about, when the article names one.
- "la ville" with no other place after a town named in a quotation of the same sentence is
  that town (« massacrer Benghazi », ... aux portes de la ville).
- A place told inside the complement of a speech verb, on the event's side ("Rappelons que la
  région reste marquée par l'attentat de 2006 contre le mausolée, à Samarra"), is the event's
  place, not where it was said.
Sentences written for these tests; places are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from helpers import GEO, make_doc

from newsift.model import Document, Event

_EXTRA: dict[str, dict[str, Any]] = {
    # public GeoNames facts for the places these tests name
    "Al-Qusayr": {"geonameid": 173322, "lat": 34.5078, "lon": 36.5803, "country": "SY"},
    "Homs province": {
        "geonameid": 169575,
        "lat": 34.5781,
        "lon": 37.5655,
        "country": "SY",
        "precision": 3,
    },
    "Tikrit": {"geonameid": 90150, "lat": 34.6158, "lon": 43.6786, "country": "IQ"},
    "Samarra": {"geonameid": 91705, "lat": 34.1959, "lon": 43.8857, "country": "IQ"},
}
_ADMIN1 = {"Al-Qusayr": "Homs", "Homs province": "Homs", "Tikrit": "Salah ad Din"}


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


def test_fr_deal_of_a_province_goes_to_the_story_town(process) -> None:  # noqa: ANN001
    text = (
        "Les derniers rebelles ont quitté Qousseir lundi. L'accord de réconciliation avait été "
        "conclu le 2 mai entre les représentants des groupes armés du sud de la province de "
        "Homs et le gouvernement syrien."
    )
    events = _run(
        process,
        text,
        title="Qousseir : les rebelles s'en vont",
        places=[
            ("Qousseir@1", "Al-Qusayr"),
            ("Qousseir@2", "Al-Qusayr"),
            ("province de Homs", "Homs province"),
        ],
        dates=[("lundi", "2018-05-07"), ("le 2 mai", "2018-05-02")],
        lang="fr",
        published="2018-05-08",
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals and all(e.location == "Al-Qusayr" for e in deals), _rows(events)


def test_en_deal_of_a_province_goes_to_the_story_town(process) -> None:  # noqa: ANN001
    text = (
        "The last rebels left Qusayr on Monday. The reconciliation agreement had been reached "
        "on May 2 between representatives of the armed groups of southern Homs province and "
        "the Syrian government."
    )
    events = _run(
        process,
        text,
        title="Rebels leave Qusayr",
        places=[
            ("Qusayr@1", "Al-Qusayr"),
            ("Qusayr@2", "Al-Qusayr"),
            ("Homs province", "Homs province"),
        ],
        dates=[("on Monday", "2018-05-07"), ("on May 2", "2018-05-02")],
        published="2018-05-08",
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals and all(e.location == "Al-Qusayr" for e in deals), _rows(events)


def test_deal_of_a_province_without_a_town_stays_there(process) -> None:  # noqa: ANN001
    # must NOT fire: the article names no town of the province
    text = (
        "L'accord de réconciliation a été conclu le 2 mai entre les représentants des groupes "
        "armés du sud de la province de Homs et le gouvernement syrien."
    )
    events = _run(
        process,
        text,
        places=[("province de Homs", "Homs province")],
        dates=[("le 2 mai", "2018-05-02")],
        lang="fr",
        published="2018-05-08",
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals and all(e.location == "Homs province" for e in deals), _rows(events)


def test_fr_place_inside_a_recalled_fact_is_the_events(process) -> None:  # noqa: ANN001
    text = (
        "Les forces irakiennes encerclent Tikrit depuis une semaine. Rappelons que cette région "
        "reste marquée par l'attentat de février 2006 contre le mausolée d'al-Askari, à "
        "Samarra, qui avait plongé le pays dans la guerre confessionnelle."
    )
    events = _run(
        process,
        text,
        title="Tikrit : l'étau se resserre",
        places=[("Tikrit@1", "Tikrit"), ("Tikrit@2", "Tikrit"), ("Samarra", "Samarra")],
        dates=[("février 2006", "2006-02")],
        lang="fr",
        published="2015-03-12",
    )
    bombs = [e for e in events if e.event_date and e.event_date.startswith("2006")]
    assert bombs and all(e.location == "Samarra" for e in bombs), _rows(events)


_EXTRA.update(
    {
        "Benghazi": {"geonameid": 88319, "lat": 32.1149, "lon": 20.0686, "country": "LY"},
        "Tripoli": {"geonameid": 2210247, "lat": 32.8874, "lon": 13.1873, "country": "LY"},
    }
)


def test_fr_la_ville_after_a_quoted_town_is_that_town(process) -> None:  # noqa: ANN001
    text = (
        "Les rebelles tenaient déjà une partie de Tripoli. En mars 2011, pour empêcher les "
        "chars de « raser Benghazi », les avions français bombardèrent les colonnes "
        "loyalistes aux portes de la ville."
    )
    events = _run(
        process,
        text,
        places=[("Tripoli", "Tripoli"), ("Benghazi", "Benghazi")],
        dates=[("mars 2011", "2011-03")],
        lang="fr",
        published="2017-04-15",
    )
    strikes = [e for e in events if e.event_date == "2011-03"]
    assert strikes and all(e.location == "Benghazi" for e in strikes), _rows(events)


def test_en_the_city_after_a_quoted_town_is_that_town(process) -> None:  # noqa: ANN001
    text = (
        "Rebels already held part of Tripoli. In March 2011, to stop the tanks that would "
        '"crush Benghazi", French jets bombed the loyalist columns at the gates of the city.'
    )
    events = _run(
        process,
        text,
        places=[("Tripoli", "Tripoli"), ("Benghazi", "Benghazi")],
        dates=[("March 2011", "2011-03")],
        published="2017-04-15",
    )
    strikes = [e for e in events if e.event_date == "2011-03"]
    assert strikes and all(e.location == "Benghazi" for e in strikes), _rows(events)
