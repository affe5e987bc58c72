"""Repeats across sentences (session 15): which types of one family may restate each other.

A foretold operation and a foretold fall of a town are two statements of what may come. A
list of towns goes on past a name the gazetteer lacks.
Sentences written for these tests; mentions placed by hand.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import make_doc, show

from newsift.model import Document, Event

TERRITORY = {
    "Non-state actor overtakes territory",
    "Government regains territory",
    "Non-violent transfer of territory",
}


@pytest.fixture()
def run(process: Callable[[Document], list[Event]]) -> Callable[..., list[Event]]:
    def go(text: str, **kw: object) -> list[Event]:
        return process(make_doc(text, **kw))  # type: ignore[arg-type]

    return go


def test_fr_planned_operation_and_speculated_fall_stay_two(run) -> None:
    events = run(
        "Le ministre a annoncé que ses forces lanceraient bientôt une opération sur Saraqib. "
        "Selon plusieurs analystes, Saraqib pourrait tomber d'ici quelques semaines.",
        lang="fr",
        places=[("Saraqib", "Saraqib"), ("Saraqib@2", "Saraqib")],
        published="2016-04-16",
    )
    subs = sorted(e.sub_event_type for e in events if e.location == "Saraqib")
    assert any(s in TERRITORY for s in subs), show(events)
    assert "Armed clash" in subs, show(events)


def test_en_planned_operation_and_speculated_fall_stay_two(run) -> None:
    events = run(
        "The defence minister said his forces would soon launch an operation on Saraqib. "
        "According to several analysts, Saraqib could fall within weeks.",
        places=[("Saraqib", "Saraqib"), ("Saraqib@2", "Saraqib")],
        published="2016-04-16",
    )
    subs = sorted(e.sub_event_type for e in events if e.location == "Saraqib")
    assert any(s in TERRITORY for s in subs), show(events)
    assert "Armed clash" in subs, show(events)


def test_en_two_means_of_one_strike_still_merge(run) -> None:
    """Control: the restatement of a strike by another means of remote violence stays one."""
    events = run(
        "Russian jets struck Saraqib on Tuesday, a monitor said. The shelling of Saraqib "
        "killed nine civilians, rescuers said.",
        places=[("Saraqib", "Saraqib"), ("Saraqib@2", "Saraqib")],
        dates=[("Tuesday", "2016-04-12")],
        published="2016-04-13",
    )
    remote = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert len(remote) == 1, show(events)


# ------------------------------------------------------------------ a list past unknown names
def test_fr_list_goes_on_past_a_town_the_gazetteer_lacks(run) -> None:
    """ "a repris X, Y et Z" with Y unknown: X and Z are still two events, not X alone."""
    events = run(
        "Le 23 août, l'armée syrienne a repris Saraqib, Tell Mardikh et Kafr Nubl, trois "
        "localités tenues par les rebelles depuis 2012.",
        lang="fr",
        places=[("Saraqib", "Saraqib"), ("Kafr Nubl", "Kafr Nubl")],
        dates=[("23 août", "2019-08-23")],
        published="2019-08-25",
    )
    caps = {e.location for e in events if e.sub_event_type in TERRITORY}
    assert caps == {"Saraqib", "Kafr Nubl"}, show(events)


def test_en_list_goes_on_past_two_unknown_names(run) -> None:
    events = run(
        "On Friday, government troops recaptured Saraqib, Tell Mardikh, Abu Dhuhur and Kafr "
        "Nubl after weeks of fighting.",
        places=[("Saraqib", "Saraqib"), ("Kafr Nubl", "Kafr Nubl")],
        dates=[("Friday", "2019-08-23")],
        published="2019-08-25",
    )
    caps = {e.location for e in events if e.sub_event_type in TERRITORY}
    assert caps == {"Saraqib", "Kafr Nubl"}, show(events)
