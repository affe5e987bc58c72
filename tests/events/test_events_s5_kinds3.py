"""Kinds of session 5, wave 3 (newsift.events.kinds): explosions whose suicide bombers the next
sentence names, a gassing verb the parser folds into a name, men arrested who then vanished
(a forced disappearance). Sentences written for these tests
(mentions placed by hand)."""

from __future__ import annotations

from typing import Any

from newsift.model import Event


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.location, e.event_date) for e in events]


def subs(events: list[Event]) -> list[str]:
    return [e.sub_event_type for e in events]


def test_fr_explosions_then_suicide_bombers(extract) -> None:
    text = (
        "Trois explosions ont frappé jeudi le marché central de Manbij, faisant 40 morts. "
        "Des kamikazes se sont fait exploser près des étals ; l'EI a revendiqué l'attaque."
    )
    events = extract(
        text,
        actors=[("l'EI", "Islamic State")],
        places=[("Manbij", "Manbij")],
        dates=[("jeudi", "2016-05-12")],
        lang="fr",
        published="2016-05-13",
    )
    assert "Suicide bomb" in subs(events), rows(events)
    assert "Remote explosive/landmine/IED" not in subs(events), rows(events)


def test_fr_explosions_without_bombers_stay_remote(extract) -> None:
    text = (
        "Trois explosions ont frappé jeudi le marché central de Manbij, faisant 40 morts. "
        "Les secours ont dégagé les blessés toute la nuit."
    )
    events = extract(
        text,
        places=[("Manbij", "Manbij")],
        dates=[("jeudi", "2016-05-12")],
        lang="fr",
        published="2016-05-13",
    )
    assert "Suicide bomb" not in subs(events), rows(events)


def test_fr_aviation_gassed_town(extract) -> None:
    text = (
        "Le 2 avril 1987, l'aviation irakienne gaza Kirkuk, tuant plus de cent villageois kurdes."
    )
    events = extract(
        text,
        places=[("Kirkuk", "Kirkuk")],
        dates=[("2 avril 1987", "1987-04-02")],
        lang="fr",
        published="2017-10-20",
    )
    assert "Chemical weapon" in subs(events), rows(events)
    assert "Air/drone strike" not in subs(events), rows(events)


def test_en_strike_on_gaza_is_no_gassing(extract) -> None:
    text = "On Monday Israeli jets struck Gaza City, killing four people."
    events = extract(
        text,
        places=[("Gaza", "Kilis")],
        dates=[("On Monday", "2014-07-14")],
        lang="en",
        published="2014-07-15",
    )
    assert "Chemical weapon" not in subs(events), rows(events)


def test_fr_arrested_then_vanished_is_a_disappearance(extract) -> None:
    text = (
        "Mardi, une centaine de jeunes gens de Manbij ont disparu après avoir été arrêtés "
        "par des miliciens à un barrage, selon leurs familles."
    )
    events = extract(
        text,
        places=[("Manbij", "Manbij")],
        dates=[("Mardi", "2016-06-07")],
        lang="fr",
        published="2016-06-10",
    )
    assert "Arrests" not in subs(events), rows(events)


def test_en_plain_arrest_stays_an_arrest(extract) -> None:
    text = "On Tuesday police arrested twelve men in Manbij, a spokesman said."
    events = extract(
        text,
        places=[("Manbij", "Manbij")],
        dates=[("On Tuesday", "2016-06-07")],
        lang="en",
        published="2016-06-10",
    )
    assert "Abduction/forced disappearance" not in subs(events), rows(events)
