"""Channel pages copied from a messenger's web view: day separators and counter-timed posts.

A channel scrolled in a browser and copied as text has no "[date time] Sender" stamps: the
header (channel name, subscriber count, pinned message) comes first, then a day separator
alone on its line ("19 septembre 2017", "September 19, 2017"; the web view drops the current
year: "1 mars", "March 10"), then the posts, each closed by its view counter and clock
("👁 9,8K  07:12"). The channel's dispatches are one article by the channel: the first post's
short opening line over a blank is its headline, the first separator with a year its
publication, the channel's name (the header's first line, arrows and the tagline after its
emoji dropped) its outlet; separators and counters are meta (a separator without its year
stays text, for the time stage to read its day); "forwarded from" lines, the header and
everything after the last counter (polls, the channel's footer) are chrome, but for the
channel's linked discussion under its heading ("Discussion du canal · 3 commentaires"):
comments, each closed by its clock.

Structure decides: a day separator before the first of at least two counter-and-clock lines,
and prose in the posts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.clean.dates import DateHit, dateline, day_month, is_filler
from newsift.clean.lines import Line
from newsift.clean.posts import _is

if TYPE_CHECKING:
    from newsift.clean.segmenter import Labelled

MIN_COUNTERS = 2
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$")
# the channel name's edge: arrows before it, the first pictograph/flag after it
_ARROWS = re.compile(r"^[\s←⬅◀<‹«↩︎️]+")
_PICTO = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF|•·]")


def _counter(text: str) -> bool:
    """A view counter with the post's clock ("👁 9,8K  07:12")."""
    if not text or len(text) > 40 or not _CLOCK.search(text):
        return False
    return _is("views", _CLOCK.sub("", text).strip())


def _separator(text: str) -> DateHit | None:
    """A day named alone on its line."""
    if not text or len(text) > 40:
        return None
    hit = dateline(text)
    if hit is None or hit.precision != "day" or hit.start > 2 or hit.end < len(text) - 2:
        return None
    return hit


def _bare_day(text: str) -> bool:
    """A day separator without its year ("1 mars", "March 10", "mardi 12 mars")."""
    if not text or len(text) > 30:
        return False
    dm = day_month(text)
    if dm is None:
        return False
    rest = (text[: dm[2]] + " " + text[dm[3] :]).split()
    return all(is_filler(w) for w in rest)


def _discussion(lines: list[Line], kinds: list[str], after: int) -> set[int]:
    """Label the linked discussion after the last post (its heading chrome, then comments,
    each closed by a clock line); return the lines that open a comment."""
    head = next(
        (
            i
            for i in range(after + 1, len(lines))
            if lines[i].text and _is("discussion", lines[i].text)
        ),
        None,
    )
    if head is None:
        return set()
    starts: set[int] = set()
    opening = True
    for i in range(head + 1, len(lines)):
        t = lines[i].text
        if not t:
            continue
        kinds[i] = "comment"
        if opening:
            starts.add(i)
        opening = _CLOCK.fullmatch(t.strip()) is not None
    return starts


def _name(lines: list[Line], first: int) -> str | None:
    for ln in lines[:first]:
        if not ln.text or _is("app", ln.text):
            continue
        t = _ARROWS.sub("", ln.text)
        t = _PICTO.split(t, maxsplit=1)[0].strip(" -–—:")
        if not t or any(c.isdigit() for c in t) or len(t.split()) > 6 or t[-1] in ".!?":
            return None
        return t
    return None


def scroll_page(lines: list[Line]) -> Labelled | None:
    """The labels of a channel's web-view scroll, else None."""
    from newsift.clean.segmenter import ArticleInfo, Labelled

    counters = [i for i, ln in enumerate(lines) if _counter(ln.text)]
    if len(counters) < MIN_COUNTERS:
        return None
    seps: dict[int, DateHit | None] = {}
    for i in range(counters[-1]):
        hit = _separator(lines[i].text)
        if hit is not None or _bare_day(lines[i].text):
            seps[i] = hit
    if not seps or min(seps) >= counters[0]:
        return None
    first_sep = min(seps)
    body = [
        i
        for i in range(first_sep + 1, counters[-1])
        if lines[i].text and i not in seps and i not in counters
    ]
    if sum(lines[i].kind == "prose" for i in body) < MIN_COUNTERS:
        return None
    kinds = ["empty" if not ln.text else "boilerplate" for ln in lines]
    arts: list[int | None] = [None] * len(lines)
    art = ArticleInfo(k=1, first_line=first_sep, last_line=counters[-1])
    for i in (*seps, *counters):
        # a separator without its year stays text: the time stage reads the day it tells
        # (with the year the story's own words give), the clean stage cannot date it
        kinds[i], arts[i] = ("meta" if i not in seps or seps[i] is not None else "body"), 1
    dated = next((i for i in sorted(seps) if seps[i] is not None), None)
    if dated is not None:
        lines[dated].date = seps[dated]
        art.date_lines = [dated]
    for i in body:
        if _is("forwarded", _ARROWS.sub("", lines[i].text).lstrip("↪➡️ ")):
            continue
        kinds[i], arts[i] = "body", 1
    head = body[0]
    if (
        lines[head].kind != "prose"
        and len(lines[head].text) <= 140
        and head + 1 < len(lines)
        and not lines[head + 1].text
    ):
        kinds[head] = "title"
        art.title_line = head
    art.lead_line = next((i for i in body if lines[i].kind == "prose"), None)
    art.site = _name(lines, first_sep)
    starts = _discussion(lines, kinds, counters[-1])
    return Labelled(kinds, arts, [art], starts)
