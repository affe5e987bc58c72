"""Days told relative to an event: "au lendemain de la reprise de Kirkouk", "on the eve of".

"Au lendemain de X" is not a day after the publication: it says the sentence's own time is the
day after event X. So the mention yields to the sentence's other date and is dropped when the
time stage put it after the publication (the story's day then dates the main clause), and the
event X named right after it ("la reprise de Kirkouk") happened that many days before the
sentence's time: one day before it for "lendemain" / "day after", one day after it for
"veille" / "eve". The words are
``relative_day`` and ``event_of`` of ``data/events/dates.toml`` (:mod:`newsift.events.story`).

A definite event named as past ("après les batailles d'Alep", "after the fall of Mosul") whose
own words give no day is left undated: the story's day is the main clause's, not its
(``earlier_event`` of ``dates.toml``).

An act told as following its doer's entry or capture ("a démenti avoir incendié des maisons
après son entrée", "denied looting shops after the recapture of the town") happened on the day
of that entry or capture told before at its place, not on the day it is reported or denied
(``entry_anchor`` of ``dates.toml``; tests/CONVENTIONS.md section 7).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.actors import CHANGES_OF_HANDS
from newsift.events.resources import data_toml
from newsift.events.story import relative_to_event
from newsift.events.when import When, parse_point

if TYPE_CHECKING:
    from newsift.events.extract import Cand, SentView
    from newsift.events.index import DocIndex
    from newsift.events.story import DateCues

# how far after the mention the event's noun may start ("au lendemain de la reprise de")
_EVENT_WINDOW = 40


@cache
def _anchor_lead(lang: str) -> re.Pattern[str] | None:
    """``anchor_lead`` of ``data/events/prospects.toml``: a length of time before "après"."""
    rx = (data_toml("prospects.toml").get(lang) or {}).get("anchor_lead")
    return re.compile(rx) if rx else None


class EventRelativeDays:
    """Mixin of :class:`newsift.events.extract.ArticleExtractor`: an event named after "au
    lendemain de" / "the day after" is dated from the sentence's time."""

    ix: DocIndex
    dcues: DateCues
    _pos: int

    if TYPE_CHECKING:

        def _confidence(self, c: Cand, pos: int) -> float: ...  # ArticleExtractor's

    def _eve_offset(self, c: Cand, view: SentView) -> int | None:
        """Days from event ``c`` to the sentence's time when ``c`` is the event a relative day
        is told from ("au lendemain de la reprise": +1), else None."""
        ix = self.ix
        for r in ix.in_sentence("date", view.si):
            if not r.end <= c.start <= r.end + _EVENT_WINDOW:
                continue
            text = ix.doc.text[r.start : r.end]
            after = ix.doc.text[r.end : r.end + _EVENT_WINDOW]
            cues = self.dcues
            if not relative_to_event(text, after, cues) or cues.event_of is None:
                continue
            m = cues.event_of.match(after.lower())
            if m is None or r.end + m.end() - 1 != c.start:
                continue  # the event must be the noun right after "au lendemain de"
            value = parse_point(str(r.m.value or ""))
            anchor = parse_point(str(r.m.anchor or ""))
            if value is None or anchor is None or value.precision != 1 or anchor.precision != 1:
                continue
            offset = (value.start - anchor.start).days
            if offset and abs(offset) <= 2:
                return offset
        return None

    def _entry_anchor_date(self, e: Cand, view: SentView) -> When | None:
        """The day of the entry or capture an act is told as following ("après son entrée"):
        the latest change of hands asserted or reported before this sentence at the act's
        place (at any place when the act has none); None when the act is not so told or no
        such change was dated by its own words."""
        rx = self.dcues.entry_anchor
        if rx is None or rx.search(self.ix.folded[e.start : view.end]) is None:
            return None
        here = e.place.ref.m.name if e.place is not None else None
        for m in reversed(getattr(self, "_made", [])):
            if (
                m.sent >= e.sent
                or m.dropped is not None
                or m.when is None
                or m.sub not in CHANGES_OF_HANDS
                or m.modality not in ("asserted", "reported")
                or m.date_basis not in ("clause", "sentence")
            ):
                continue
            there = m.place.ref.m.name if m.place is not None else None
            if here is None or there == here:
                return m.when
        return None

    def _named_as_past(self, c: Cand, view: SentView) -> bool:
        """Is ``c`` a definite event named after "après" / "after the" (see the docstring)?"""
        rx = self.dcues.earlier_event
        if rx is None:
            return False
        before = self.ix.doc.text[max(view.start, c.start - _EVENT_WINDOW) : c.start]
        return rx.search(before.lower()) is not None

    def _measure_of_time(self, c: Cand, view: SentView) -> bool:
        """Is nominal ``c`` only the measure of the sentence's time ("un mois après la chute
        d'Alep-Est", "un an après le massacre de X", "three years after the fall of Mosul"),
        its own phrase giving no day? The event is told elsewhere or not at all."""
        ix = self.ix
        rx = _anchor_lead(self.lang)  # type: ignore[attr-defined]
        if rx is None or (ix.parsed and ix.tokens[c.tok].pos not in ("NOUN", "PROPN")):
            return False
        before = ix.doc.text[max(view.start, c.start - _EVENT_WINDOW) : c.start]
        if rx.search(before.lower()) is None:
            return False
        return ix.parsed and not self._day_after_noun(c)

    def _day_after_noun(self, c: Cand) -> bool:
        """Does a date follow nominal ``c`` inside its phrase, or after it with no verb between
        ("la reprise de X par l'armée, le 12 janvier")? That is the event's own day."""
        ix = self.ix
        if not ix.parsed:
            return True
        own = ix.subtree(c.tok)
        for r in ix.in_sentence("date", c.sent):
            if r.start <= c.start:
                continue
            if r.head in own:
                return True
            between = ix.tokens_in(c.end, r.start)
            if r.start - c.end < 60 and not any(
                ix.tokens[i].pos in ("VERB", "AUX") for i in between
            ):
                return True
        return False

    def _dated_in_phrase(self, c: Cand) -> bool:
        """Does a date stand in the event noun's own phrase ("la prise de Raqqa dimanche")?"""
        ix = self.ix
        if not ix.parsed:
            return True  # no parse: keep the date rather than guess
        own = ix.subtree(c.tok)
        return any(r.head in own for r in ix.in_sentence("date", c.sent) if r.head is not None)

    def _settle_eve(self, made: list[Cand], c: Cand, view: SentView) -> None:
        """Date the event a relative day is told from: the sentence's time minus the offset;
        leave undated an earlier event the text names without its day."""
        if self._measure_of_time(c, view):
            for e in made:
                e.dropped = "time anchor"  # "un mois après la chute d'Alep-Est, ..."
            return
        offset = self._eve_offset(c, view)
        if offset is None:
            if self._named_as_past(c, view) and not (
                self._dated_in_phrase(c)
                or self._date_beside_noun(c)  # type: ignore[attr-defined]
                or self._day_after_noun(c)
            ):
                for e in made:
                    if e.when is not None:
                        e.when, e.date_basis = None, "none"
                        e.confidence = self._confidence(e, self._pos)
            return
        for e in made:
            if e.when is None:
                continue
            d = e.when.start - dt.timedelta(days=offset)
            e.when = When(d.isoformat(), d, d, 1)
            e.date_basis = "clause"
            e.confidence = self._confidence(e, self._pos)
