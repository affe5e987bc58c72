"""The story's own timeline: which day an article's narrative is on, sentence after sentence.

An event with no date in its clause or sentence happened on the narrative's current day: the
last day the story established (a dateline, "lundi", "Le 13 décembre"), not a background date
("tombée aux mains de l'EI en juin 2014", "declared his caliphate in July 2014") and not a
statement's date. A month or a year moves the story only forward; told before the current day
(or long before the publication) it is background. A bare weekday told after the story went
back to an earlier week ("Le 13 décembre ... Dès le lendemain ... mercredi matin") is a day of
that week, resolved forward from the story's day. Language data: ``data/events/dates.toml``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from newsift.events.resources import data_toml
from newsift.events.when import When

# a month or year told this long before the publication is background, not the story's time
BACKGROUND_DAYS = 45
# a year-less day resolved this long before the publication names a past event by its date
NAMED_PAST_DAYS = 180
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class DateCues:
    """Compiled ``dates.toml`` of one language (see its header)."""

    weekdays: tuple[str, ...]
    deictic: tuple[str, ...]
    relative_day: re.Pattern[str] | None
    event_of: re.Pattern[str] | None
    weekend: re.Pattern[str] | None
    frame_start: frozenset[str]
    day_part: re.Pattern[str] | None
    since: frozenset[str]
    earlier_event: re.Pattern[str] | None = None
    entry_anchor: re.Pattern[str] | None = None


def _any(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@cache
def date_cues(lang: str) -> DateCues:
    data = data_toml("dates.toml")
    d = data.get(lang) or data["en"]
    return DateCues(
        weekdays=tuple(d.get("weekdays") or ()),
        deictic=tuple(d.get("deictic") or ()),
        relative_day=_any(d.get("relative_day") or []),
        event_of=re.compile(d["event_of"]) if d.get("event_of") else None,
        weekend=_any(d.get("weekend") or []),
        frame_start=frozenset(d.get("frame_start") or ()),
        day_part=_any(d.get("day_part") or []),
        since=frozenset(d.get("since") or ()),
        earlier_event=re.compile(d["earlier_event"]) if d.get("earlier_event") else None,
        entry_anchor=re.compile(d["entry_anchor"]) if d.get("entry_anchor") else None,
    )


def day(d: dt.date) -> When:
    return When(d.isoformat(), d, d, 1)


def moves_story(current: When | None, w: When, published: When | None) -> bool:
    """Does date ``w``, told in the narrative, become the story's current day?

    A day always does, unless it is after the publication ("d'ici mardi", "next week"): what
    is announced for later is not the story's day. A week, month or year does only when it is
    not background: after the current day when there is one, else not long before the
    publication.
    """
    if published is not None and w.start > published.end:
        return False
    if w.precision == 1:
        return True
    if current is not None:
        return w.start > current.end
    if published is not None:
        return w.end >= published.start - dt.timedelta(days=BACKGROUND_DAYS)
    return True


def weekday_of(text: str, cues: DateCues) -> int | None:
    """The weekday (0 = Monday) a bare weekday mention names ("mercredi matin"), else None."""
    words = re.findall(r"\w+", text.lower())
    if not words or any(w.isdigit() for w in words) or set(words) & set(cues.deictic):
        return None  # "jeudi 15 décembre" is a full date, "mercredi dernier" a deictic one
    hits = [i for i, name in enumerate(cues.weekdays) if name in words]
    return hits[0] if len(hits) == 1 else None


def forward_weekday(
    w: When, text: str, story: When | None, published: When | None, cues: DateCues
) -> When:
    """A bare weekday resolved from the story's day when the story went back in time.

    The time stage resolves "mercredi" from the publication date; when the narrative is on a
    day more than a week before that ("Le 13 décembre ... Dès le lendemain ... mercredi
    matin"), the weekday is the first such day on or after the story's day. A bare weekday in
    a dated article names by convention a day of the week before the publication, so when the
    time stage's reading lies there, the forward reading wins only if it names the story's day
    or the day after (the narrative goes on day by day); a weekday further on ("Dès le
    lendemain ... Mercredi, les FDS ont repris ...") is the publication's week.
    """
    if story is None or story.precision != 1 or w.precision != 1:
        return w
    wd = weekday_of(text, cues)
    if wd is None or (w.start - story.start).days <= 6:
        return w
    f = story.start + dt.timedelta(days=(wd - story.start.weekday()) % 7)
    if published is not None and f > published.end:
        return w
    if (
        published is not None
        and published.precision == 1
        and 0 <= (published.start - w.start).days <= 6
        and (f - story.start).days > 1
    ):
        return w
    return day(f)


def weekend_day(w: When, text: str, cues: DateCues) -> When:
    """A week-end mention dated by its Saturday (the time stage gives the ISO week)."""
    if w.precision != 2 or cues.weekend is None or not cues.weekend.search(text.lower()):
        return w
    sat = w.start + dt.timedelta(days=(5 - w.start.weekday()) % 7)
    return When(sat.isoformat(), sat, sat + dt.timedelta(days=1), 1)


def relative_to_event(text: str, after: str, cues: DateCues) -> bool:
    """Is the mention a day told relative to an event ("au lendemain du lancement de ...")?"""
    return bool(
        cues.relative_day
        and cues.event_of
        and cues.relative_day.search(text.lower())
        and cues.event_of.match(after.lower())
    )


def named_past(text: str, w: When, published: When | None) -> bool:
    """Is a year-less day far before the publication ("les attentats du 13 novembre" in an
    October article): a past event named by its date, not one the story tells?"""
    if published is None or w.precision != 1 or _YEAR.search(text):
        return False
    return (published.start - w.end).days > NAMED_PAST_DAYS


def within_year(w: When, anchored: bool, published: When | None) -> When:
    """A day resolved from a publication known only by its year ("mardi" in an article the
    time stage could date only "2014") is only known to lie in that year: the year, not a
    made-up day of its last week."""
    if not anchored or published is None or w.precision == 3 or published.precision != 3:
        return w
    if (published.end - published.start).days < 300:
        return w  # a month: its days are near enough
    return published
