"""Events' place, session 5 (fixer P): see newsift.events.where and newsift.events.placing.

- "la ville" / "the town" after a sentence whose subject (or opening town) is one town and
  whose nominal time reference names another ("depuis la chute de Manbij") is the subject town.
- A deal brokered at a military base ("négocié à la base de Hmeimim") is not placed there.
- An act told "before fleeing" is placed where the capture of the sentence before happened.
- A capture in a relative clause with two dates ("Baiji, which we liberated in October last
  year") stays at the relative clause's antecedent town.
Sentences written for these tests; places are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO

_EXTRA: dict[str, dict[str, Any]] = {
    # public GeoNames facts for the places these tests name
    "Deir Hafer": {"geonameid": 170785, "lat": 36.1569, "lon": 37.7078, "country": "SY"},
    "Hajin": {"geonameid": 174506, "lat": 34.6951, "lon": 40.8314, "country": "SY"},
    "Qamishli": {"geonameid": 173377, "lat": 37.0521, "lon": 41.2314, "country": "SY"},
    "Hmeimim airbase": {
        "geonameid": 169304,
        "lat": 35.4017,
        "lon": 35.9486,
        "country": "SY",
        "precision": 2,
    },
    "Baiji": {"geonameid": 97783, "lat": 34.9291, "lon": 43.4888, "country": "IQ"},
    "Tikrit": {"geonameid": 90150, "lat": 34.6158, "lon": 43.6786, "country": "IQ"},
    "Baghdad": {"geonameid": 98182, "lat": 33.3406, "lon": 44.4009, "country": "IQ"},
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def _rows(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


def test_fr_la_ville_is_the_subject_town_not_the_time_reference(extract) -> None:  # noqa: ANN001
    text = (
        "Deir Hafer, que l'EI avait prise en 2014, servait de base arrière aux jihadistes "
        "depuis la chute de Manbij. Selon une source militaire, les jihadistes ont lancé "
        "mardi trois voitures piégées conduites par des kamikazes contre les positions de "
        "l'armée à l'entrée est de la ville."
    )
    events = extract(
        text,
        actors=[("l'EI", "Islamic State"), ("les jihadistes", "Islamic State")],
        places=[("Deir Hafer", "Deir Hafer"), ("Manbij", "Manbij")],
        dates=[("2014", "2014"), ("mardi", "2017-03-07")],
        lang="fr",
        published="2017-03-08",
    )
    bombs = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert [e.location for e in bombs] == ["Deir Hafer"], _rows(events)


def test_en_the_town_is_the_opening_town_not_the_time_reference(extract) -> None:  # noqa: ANN001
    text = (
        "Hajin, which ISIS had held since 2014, served as a refuge for its leaders after the "
        "fall of Raqqa. According to a military source, the jihadists sent three car bombs "
        "driven by suicide bombers against army positions at the western entrance of the "
        "town on Tuesday."
    )
    events = extract(
        text,
        actors=[("ISIS", "Islamic State"), ("the jihadists", "Islamic State")],
        places=[("Hajin", "Hajin"), ("Raqqa", "Raqqa")],
        dates=[("2014", "2014"), ("Tuesday", "2018-04-03")],
        published="2018-04-05",
    )
    bombs = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert [e.location for e in bombs] == ["Hajin"], _rows(events)


def test_fr_the_town_stays_the_last_town_without_a_subject_town(extract) -> None:  # noqa: ANN001
    # must NOT fire: no town is the previous sentence's subject, the last town named stays
    text = (
        "L'armée a chassé les jihadistes de Manbij la semaine dernière et avance vers Deir "
        "Hafer. Mardi, les jihadistes ont lancé trois voitures piégées conduites par des "
        "kamikazes contre les positions de l'armée à l'entrée de la ville."
    )
    events = extract(
        text,
        actors=[("L'armée", "Military Forces of Syria"), ("les jihadistes", "Islamic State")],
        places=[("Manbij", "Manbij"), ("Deir Hafer", "Deir Hafer")],
        dates=[("Mardi", "2017-03-07")],
        lang="fr",
        published="2017-03-08",
    )
    bombs = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert [e.location for e in bombs] == ["Deir Hafer"], _rows(events)


def test_fr_ceasefire_brokered_at_a_base_is_not_placed_there(extract) -> None:  # noqa: ANN001
    text = (
        "Des affrontements ont opposé dimanche les forces kurdes aux forces gouvernementales "
        "à Qamichli. Un cessez-le-feu négocié sous l'égide des Russes à la base de Hmeimim "
        "est entré en vigueur lundi à midi."
    )
    events = extract(
        text,
        places=[("Qamichli", "Qamishli"), ("Hmeimim", "Hmeimim airbase")],
        dates=[("dimanche", "2016-04-24"), ("lundi", "2016-04-25")],
        lang="fr",
        published="2016-04-26",
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals and all(e.location == "Qamishli" for e in deals), _rows(events)


def test_en_truce_brokered_at_a_base_is_not_placed_there(extract) -> None:  # noqa: ANN001
    text = (
        "Kurdish forces and government troops clashed in Qamishli on Sunday. A ceasefire "
        "brokered by Russia at the Hmeimim air base came into force on Monday."
    )
    events = extract(
        text,
        places=[("Qamishli", "Qamishli"), ("Hmeimim", "Hmeimim airbase")],
        dates=[("Sunday", "2016-04-24"), ("Monday", "2016-04-25")],
        published="2016-04-26",
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert all(e.location != "Hmeimim airbase" for e in deals), _rows(events)


def test_fr_act_before_fleeing_is_at_the_town_just_recaptured(extract) -> None:  # noqa: ANN001
    text = (
        "Jeudi, l'armée irakienne a repris Baiji, au nord de Tikrit, après trois semaines de "
        "combats. Avant de fuir, les jihadistes ont incendié plusieurs puits de pétrole, selon "
        "des responsables. Bagdad a promis vendredi de reconstruire la raffinerie."
    )
    events = extract(
        text,
        actors=[
            ("l'armée irakienne", "Military Forces of Iraq"),
            ("les jihadistes", "Islamic State"),
        ],
        places=[("Baiji", "Baiji"), ("Tikrit", "Tikrit"), ("Bagdad", "Baghdad")],
        dates=[("Jeudi", "2016-08-25"), ("vendredi", "2016-08-26")],
        lang="fr",
        published="2016-08-27",
        title="Bagdad et le pétrole",
    )
    fires = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert [e.location for e in fires] == ["Baiji"], _rows(events)


def test_en_act_before_fleeing_is_at_the_town_just_recaptured(extract) -> None:  # noqa: ANN001
    text = (
        "On Thursday, Iraqi forces recaptured Baiji, north of Tikrit, after three weeks of "
        "fighting. Before fleeing, the jihadists set fire to several oil wells, officials said. "
        "Baghdad promised on Friday to rebuild the refinery."
    )
    events = extract(
        text,
        actors=[("Iraqi forces", "Military Forces of Iraq"), ("the jihadists", "Islamic State")],
        places=[("Baiji", "Baiji"), ("Tikrit", "Tikrit"), ("Baghdad", "Baghdad")],
        dates=[("Thursday", "2016-08-25"), ("Friday", "2016-08-26")],
        published="2016-08-27",
        title="Baghdad and the oil",
    )
    fires = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert fires and all(e.location == "Baiji" for e in fires), _rows(events)


def test_en_two_dated_relative_clause_keeps_its_town(extract) -> None:  # noqa: ANN001
    text = (
        "When ISIS took Mosul, I was a teacher in Baghdad. I was at Baiji, which we liberated "
        "in October last year."
    )
    events = extract(
        text,
        actors=[("ISIS", "Islamic State"), ("we", "Popular Mobilization Forces")],
        places=[("Mosul", "Mosul"), ("Baghdad", "Baghdad"), ("Baiji", "Baiji")],
        dates=[("October", "2016-10"), ("last year", "2016")],
        published="2017-03-03",
    )
    caps = [e for e in events if "liberated" in (e.evidence_text or "")]
    assert caps and all(e.location == "Baiji" for e in caps), _rows(events)
