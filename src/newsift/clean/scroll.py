"""Channel pages copied from a messenger's web view: day separators and counter-timed posts.

A channel scrolled in a browser and copied as text has no "[date time] Sender" stamps: the
header (channel name, subscriber count, pinned message) comes first, then a day separator
alone on its line ("19 septembre 2017", "September 19, 2017"), then the posts, each closed by
its view counter and clock ("👁 9,8K  07:12"). The channel's dispatches are one article by the
channel: the first post's short opening line over a blank is its headline, the day separator
its publication, the channel's name (the header's first line, arrows and the tagline after its
emoji dropped) its outlet; separators and counters are meta; "forwarded from" lines, the
header and everything after the last counter (polls, the channel's footer) are chrome.

Structure decides: a day separator before the first of at least two counter-and-clock lines,
and prose in the posts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.clean.dates import DateHit, dateline
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
    seps = {i: h for i in range(counters[-1]) if (h := _separator(lines[i].text)) is not None}
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
        kinds[i], arts[i] = "meta", 1
    lines[first_sep].date = seps[first_sep]
    art.date_lines = [first_sep]
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
    return Labelled(kinds, arts, [art], set())
