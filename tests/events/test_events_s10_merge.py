"""Merge of repeats (session 10). Sentences written for these tests; mentions placed by hand.

One act told twice, once by a bare word for a non-state side and once by its name ("les
rebelles" / "Jaich al-Fatah", "jihadists" / "the Islamic State"), is one event with the named
actor; two different named sides stay two, and so do a state's forces and a militia the KB
files under them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from helpers import GEO, actor_mentions, kb_entries, make_doc, show

from newsift.events.actors import more_specific, same_side
from newsift.model import Document, Event

GEO.setdefault("Palmyra", {"geonameid": 170654, "lat": 34.5604, "lon": 38.2673, "country": "SY"})

EXTRA = {
    # kb id: (canonical name, inter, country, kind)
    "sy-rebels": ("Opposition Rebels (Syria)", 2, "SY", "armed_group"),
    "sy-jaf": ("Jaysh al-Fatah", 2, "SY", "coalition"),
    "jihadists": ("Unidentified Armed Group", 2, None, "armed_group"),
    "is": ("Islamic State", 2, None, "armed_group"),
    "sdf": ("Syrian Democratic Forces", 2, "SY", "armed_group"),
    "sy-army": ("Military Forces of Syria", 1, "SY", "state_force"),
    "sy-tiger": ("Tiger Forces", 1, "SY", "state_force"),
    "sy-pmf": ("National Defence Forces", 3, "SY", "militia"),
}
PARENTS = {"sy-jaf": "sy-rebels", "sy-tiger": "sy-army", "sy-pmf": "sy-army"}
TERRITORY = {
    "Non-state actor overtakes territory",
    "Government regains territory",
    "Non-violent transfer of territory",
}


@pytest.fixture()
def extra_actors() -> dict[str, dict[str, Any]]:
    return kb_entries(EXTRA, PARENTS)


@pytest.fixture()
def run(process: Callable[[Document], list[Event]]) -> Callable[..., list[Event]]:
    def go(text: str, extra: list[tuple[str, str]], **kw: object) -> list[Event]:
        doc: Document = make_doc(text, **kw)  # type: ignore[arg-type]
        doc.mentions += actor_mentions(doc.text, extra, EXTRA)  # type: ignore[arg-type]
        doc.mentions.sort(key=lambda m: (m.start, -m.end))
        return process(doc)

    return go


# ------------------------------------------------------------------ one side, two names
def test_same_side_by_family_and_catch_all() -> None:
    assert same_side("sy-jaf", "sy-rebels") and same_side("sy-rebels", "sy-jaf")
    assert not same_side("sy-tiger", "sy-army")  # state forces: not merged on the KB's tree
    assert not same_side("sy-pmf", "sy-army")
    assert same_side("jihadists", "is")
    assert not same_side("is", "sdf")  # two named sides
    assert not same_side("jihadists", "sy-army")  # a catch-all for armed groups is no army
    assert not same_side(None, "is")
    assert more_specific("sy-jaf", "sy-rebels") and not more_specific("sy-rebels", "sy-jaf")
    assert more_specific("is", "jihadists") and not more_specific("jihadists", "is")


def test_fr_capture_told_by_bare_word_then_by_name(run) -> None:
    events = run(
        "Les rebelles ont pris mardi la ville de Saraqib. Selon un porte-parole, Jaich "
        "al-Fatah a pris le contrôle de Saraqib après quatre jours de combats.",
        [("rebelles", "sy-rebels"), ("Jaich al-Fatah", "sy-jaf")],
        lang="fr",
        places=[("Saraqib", "Saraqib"), ("Saraqib@2", "Saraqib")],
        dates=[("mardi", "2016-04-12")],
        published="2016-04-14",
    )
    caps = [e for e in events if e.sub_event_type in TERRITORY]
    assert len(caps) == 1, show(events)
    assert caps[0].actor1 == "Jaysh al-Fatah" and caps[0].event_date == "2016-04-12"
    assert caps[0].actor2 != "Opposition Rebels (Syria)"  # not a fight between the two names


def test_en_capture_told_by_catch_all_then_by_name(run) -> None:
    events = run(
        "Jihadists seized the town of Palmyra on Wednesday, a monitor said. The Islamic State "
        "took full control of Palmyra after a week of fighting, the group said.",
        [("Jihadists", "jihadists"), ("Islamic State", "is")],
        places=[("Palmyra", "Palmyra"), ("Palmyra@2", "Palmyra")],
        dates=[("Wednesday", "2015-05-20")],
        published="2015-05-21",
    )
    caps = [e for e in events if e.sub_event_type in TERRITORY]
    assert len(caps) == 1, show(events)
    assert caps[0].actor1 == "Islamic State"


def test_two_named_sides_are_not_one_side(run) -> None:
    """Two named groups each told taking ground at one place on different days stay apart."""
    events = run(
        "The Islamic State seized Palmyra on May 20. The Syrian Democratic Forces took "
        "Palmyra on June 2, a spokesman said.",
        [("Islamic State", "is"), ("Syrian Democratic Forces", "sdf")],
        places=[("Palmyra", "Palmyra"), ("Palmyra@2", "Palmyra")],
        dates=[("May 20", "2015-05-20"), ("June 2", "2015-06-02")],
        published="2015-06-03",
    )
    caps = [e for e in events if e.sub_event_type in TERRITORY]
    assert len(caps) == 2, show(events)
