"""An act done again on another day is another event (CONVENTIONS 3: one event per actors +
place + day), not a repeat merged into the first: newsift.events.again, words in
data/events/again.toml. Both ways the news tells it:

- a verb of doing it again conjoined with the act's verb, with a date of its own ("et récidiva
  le 9 mars", "et qui recommençait le 2 octobre 1926") is a candidate of its own, at the first
  act's place; undated ("et récidiva peu après") it is the same event;
- a word of doing again followed by a date ("and they did so again on Thursday") copies the
  dated act onto that day, unless a verb of saying governs the date ("a strike the ministry
  denied again on Thursday") or no such word stands before it ("et qui se taisait le 9 juin").

Gathered in session 12 from test_events_s11_repeats.py (fixer E) and
test_events_s11_lists_history.py (fixer C). Sentences written for these tests; mentions placed
by hand (see helpers.make_doc).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from helpers import GEO, make_doc

from newsift.model import Document, Event

_EXTRA: dict[str, dict[str, Any]] = {
    # public GeoNames facts for the places these tests name
    "Ariha": {"geonameid": 173193, "lat": 35.8137, "lon": 36.6086, "country": "SY"},
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def _run(process: Callable[[Document], list[Event]], text: str, **kw: Any) -> list[Event]:
    return process(make_doc(text, **kw))


def _rows(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


def test_one_word_list_and_no_speech_verb() -> None:
    from newsift.events.again import again_words

    words = again_words()
    assert words.verbs <= words.governing
    assert "réitérer" not in words.governing  # "a réitéré ses menaces": words, not an act
    assert words.cue_rx.search("and again on friday")


# ------------------------------------------------------------------ a verb of doing it again
def test_fr_repeat_with_its_own_date_is_a_second_event(extract) -> None:  # noqa: ANN001
    text = "L'aviation avait bombardé Hama le 3 mars 2012, et récidiva le 9 mars 2012."
    events = extract(
        text,
        places=[("Hama", "Hama")],
        dates=[("3 mars 2012", "2012-03-03"), ("9 mars 2012", "2012-03-09")],
        lang="fr",
        published="2021-02-14",
    )
    got = sorted((e.event_date, e.location) for e in events)
    assert got == [("2012-03-03", "Hama"), ("2012-03-09", "Hama")], got


def test_fr_repeat_in_a_relative_keeps_the_first_place(extract) -> None:  # noqa: ANN001
    text = (
        "La même armée qui, en août 1925, faisait bombarder Hama par son aviation, et qui "
        "recommençait le 2 octobre 1926, prétendait apporter la civilisation à Homs."
    )
    events = extract(
        text,
        places=[("Hama", "Hama"), ("Homs", "Homs")],
        dates=[("août 1925", "1925-08"), ("2 octobre 1926", "1926-10-02")],
        lang="fr",
        published="2021-02-14",
    )
    got = sorted((e.event_date, e.location) for e in events)
    assert ("1926-10-02", "Hama") in got, got


def test_fr_undated_repeat_is_the_same_event(extract) -> None:  # noqa: ANN001
    text = "L'aviation avait bombardé Hama le 3 mars 2012, et récidiva peu après."
    events = extract(
        text,
        places=[("Hama", "Hama")],
        dates=[("3 mars 2012", "2012-03-03")],
        lang="fr",
        published="2021-02-14",
    )
    assert [(e.event_date, e.location) for e in events] == [("2012-03-03", "Hama")]


def test_fr_act_done_again_on_another_day_is_a_second_event(process) -> None:  # noqa: ANN001
    text = (
        "La même aviation russe qui, en mai 2016, bombardait le marché d'Ariha pour briser la "
        "résistance des rebelles, et qui recommençait le 9 juin, alors même que la trêve "
        "était signée."
    )
    events = _run(
        process,
        text,
        lang="fr",
        actors=[("aviation russe", "Military Forces of Russia")],
        places=[("Ariha", "Ariha")],
        dates=[("mai 2016", "2016-05"), ("9 juin", "2016-06-09")],
        published="2016-06-20",
    )
    days = sorted(e.event_date or "" for e in events if e.location == "Ariha")
    assert days == ["2016-05", "2016-06-09"], _rows(events)


# ------------------------------------------------------------------ a word of doing again
def test_en_struck_again_on_another_day_is_a_second_event(process) -> None:  # noqa: ANN001
    text = "Russian jets struck the market of Ariha on Monday, and they did so again on Thursday."
    events = _run(
        process,
        text,
        lang="en",
        actors=[("Russian jets", "Military Forces of Russia")],
        places=[("Ariha", "Ariha")],
        dates=[("Monday", "2016-05-02"), ("Thursday", "2016-05-05")],
        published="2016-05-07",
    )
    days = sorted(e.event_date or "" for e in events if e.location == "Ariha")
    assert days == ["2016-05-02", "2016-05-05"], _rows(events)


def test_a_second_date_without_a_word_of_doing_again_makes_no_copy(process) -> None:  # noqa: ANN001
    text = (
        "La même aviation russe qui, en mai 2016, bombardait le marché d'Ariha pour briser la "
        "résistance des rebelles, et qui se taisait le 9 juin, alors même que la trêve "
        "était signée."
    )
    events = _run(
        process,
        text,
        lang="fr",
        actors=[("aviation russe", "Military Forces of Russia")],
        places=[("Ariha", "Ariha")],
        dates=[("mai 2016", "2016-05"), ("9 juin", "2016-06-09")],
        published="2016-06-20",
    )
    days = [e.event_date for e in events if e.sub_event_type == "Air/drone strike"]
    assert days == ["2016-05"], _rows(events)


def test_en_a_date_a_speech_verb_governs_again_makes_no_copy(process) -> None:  # noqa: ANN001
    text = (
        "Russian jets struck the market of Ariha on Monday, a strike the ministry denied "
        "again on Thursday."
    )
    events = _run(
        process,
        text,
        lang="en",
        actors=[("Russian jets", "Military Forces of Russia")],
        places=[("Ariha", "Ariha")],
        dates=[("Monday", "2016-05-02"), ("Thursday", "2016-05-05")],
        published="2016-05-07",
    )
    days = [e.event_date for e in events if e.sub_event_type == "Air/drone strike"]
    assert "2016-05-05" not in days, _rows(events)
