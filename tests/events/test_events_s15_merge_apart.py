"""Repeats across sentences (session 15): which types of one family may restate each other.

Two kinds of strategic development (a deal, an arrest, an interception) are never one act,
whatever day the story lends them; a foretold operation and a foretold fall of a town are two
statements of what may come.
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


def test_fr_deal_and_later_arrests_are_two_developments(run) -> None:
    events = run(
        "Le 8 avril, les rebelles ont signé à Saraqib un accord d'évacuation avec le "
        "gouvernement. La police a arrêté trois commerçants à Saraqib, selon un habitant.",
        lang="fr",
        places=[("Saraqib", "Saraqib"), ("Saraqib@2", "Saraqib")],
        dates=[("8 avril", "2016-04-08")],
        published="2016-04-12",
    )
    subs = {e.sub_event_type for e in events}
    assert {"Agreement", "Arrests"} <= subs, show(events)


def test_en_deal_and_later_arrests_are_two_developments(run) -> None:
    events = run(
        "On April 8, rebel commanders signed an evacuation deal with the government in "
        "Saraqib. Police detained three traders in Saraqib, a resident said.",
        places=[("Saraqib", "Saraqib"), ("Saraqib@2", "Saraqib")],
        dates=[("April 8", "2016-04-08")],
        published="2016-04-12",
    )
    subs = {e.sub_event_type for e in events}
    assert {"Agreement", "Arrests"} <= subs, show(events)


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
