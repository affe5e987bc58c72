"""Channel exports: a dump of many short posts, each under its own stamp.

A messenger channel exported as text (Telegram Desktop: ``[21.07.17 06:10] Channel``, or
``Channel, [21.07.17 06:10]``) is one untitled article by the channel: the lines above the
first post (channel name, subscriber count, export range) are chrome, every post stamp and its
"forwarded from" line are the article's meta (the time stage anchors each post's relative
words on its own stamp), view counters are chrome, and a linked discussion after the last post
("Name: text", "↪ Name: text") is the comment thread. The channel is the outlet, the first
post's stamp the publication date.

Structure decides: at least three stamps of the same sender, each followed by prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsift.clean.dates import DateHit
from newsift.clean.lexicon import line_patterns
from newsift.clean.lines import Line

_D = r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4}|\d{2})"
_T = r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?(?:\s*[AaPp][Mm])?"
_STAMP = [
    re.compile(rf"^\[\s*{_D}[ ,T]+{_T}\s*\]\s*(?P<name>\S.{{0,80}})?$"),
    re.compile(rf"^(?P<name>\S.{{0,80}}?),\s*\[\s*{_D}[ ,T]+{_T}\s*\]$"),
    # a stamp alone on its line, or before the sender: "15.04.17, 16:03", "15.04.2017 16:03 - X"
    re.compile(rf"^{_D},?\s+{_T}(?:\s*[-–—|:]\s*(?P<name>\S.{{0,80}}))?$"),
]
# lines of a channel's own promotion ("Partagez ! Rejoignez-nous : t.me/x"): a post made only
# of them is chrome, its stamp too
_PROMO_KINDS = frozenset({"share", "boiler", "url", "nav", "donate", "cc"})
MIN_POSTS = 3
# a 12-hour clock: the stamp is written the US way, month first
_TWELVE_HOUR = re.compile(r"\d:\d{2}(?::\d{2})?\s*[AaPp]\.?[Mm]\b")
# chrome that reads like "Name: text" ("💳 Soutenir le canal : carte …"): never a comment
_CHROME = frozenset({"donate", "amount", "share", "nav"})
# emoji, flags and pictographs at the edges of a channel's name ("Front Syrien | Infos 🇸🇾")
_EDGE_SYMBOLS = re.compile(r"^[\W_]+|[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+$")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A post stamp: the sender and the day (offsets into the line's text)."""

    name: str
    day: date
    start: int
    end: int


@dataclass(slots=True)
class PostStream:
    """The labels of a channel export (line indices)."""

    name: str
    stamps: dict[int, Stamp]
    kinds: dict[int, str]  # "meta" | "body" | "comment" | "boilerplate"
    comment_starts: set[int]


def _words() -> dict[str, list[re.Pattern[str]]]:
    return line_patterns("posts.toml")


def _is(kind: str, text: str) -> bool:
    return any(p.match(text) for p in _words()[kind])


def stamp(text: str) -> Stamp | None:
    """A post stamp line ("[21.07.17 06:10] Channel"), else None."""
    for rx in _STAMP:
        m = rx.match(text)
        if not m:
            continue
        y = int(m["y"])
        y = y + 2000 if y < 100 else y
        d, mo = int(m["d"]), int(m["m"])
        if mo > 12 >= d or (_TWELVE_HOUR.search(m.group(0)) and d <= 12):
            d, mo = mo, d  # a US export: month first ("[7/21/17 6:10 AM]", "[7/6/17 6:10 PM]")
        try:
            day = date(y, mo, d)
        except ValueError:
            return None
        return Stamp((m["name"] or "").strip(), day, m.start("d"), m.end("y"))
    return None


def hit(st: Stamp) -> DateHit:
    """The stamp's day as the clean stage's date hit (for the article's publication date)."""
    return DateHit(st.day.isoformat(), "day", st.start, st.end)


def post_stream(lines: list[Line]) -> PostStream | None:
    """The labels of a channel export, or None when the dump is not one."""
    stamps = {
        i: st
        for i, ln in enumerate(lines)
        if ln.text and (st := stamp(ln.text)) and not _under_author(lines, i, st)
    }
    if len(stamps) < MIN_POSTS:
        return None
    names: dict[str, int] = {}
    for st in stamps.values():
        names[st.name] = names.get(st.name, 0) + 1
    name, count = max(names.items(), key=lambda x: x[1])
    if count < MIN_POSTS:
        return None
    order = sorted(stamps)
    kinds: dict[int, str] = {}
    starts: set[int] = set()
    prose_posts = 0
    for n, i in enumerate(order):
        kinds[i] = "meta"
        stop = order[n + 1] if n + 1 < len(order) else len(lines)
        body = counted = False
        j = i + 1
        while j < stop:
            t = lines[j].text
            if not t:
                j += 1
                continue
            if counted:
                kinds[j] = "boilerplate"  # "📢 Rejoignez notre chat" under a post's counter
            elif _is("forwarded", t) and not body:
                kinds[j] = "meta"
            elif _is("views", t):
                kinds[j] = "boilerplate"
                counted = body  # the post is over: what follows its counter is no part of it
                if n + 1 == len(order):
                    j += 1
                    break  # the last post ends at its counter: the discussion follows
            elif n + 1 == len(order) and body and _is("discussion", t):
                break
            else:
                kinds[j] = "body"
                body = True
            j += 1
        own = [x for x in range(i + 1, j) if kinds.get(x) == "body"]
        if own and all(lines[x].kind in _PROMO_KINDS or _promo(lines[x].text) for x in own):
            # the channel advertising itself: no post of the article
            for x in [i, *own]:
                kinds[x] = "boilerplate"
            body = False
        prose_posts += body
        if n + 1 == len(order):
            _discussion(lines, j, kinds, starts)
    if prose_posts < MIN_POSTS:
        return None
    if not name:
        name = _channel_name(lines, order[0]) or ""
    kept = {i: stamps[i] for i in order if kinds.get(i) == "meta"}
    return PostStream(name, kept, kinds, starts)


def _under_author(lines: list[Line], i: int, st: Stamp) -> bool:
    """Is a bare stamp a comment's header ("Nikolai_K" over "02.03.2017 20:15")? In a channel
    export a post's stamp follows a blank line or the previous post's view counter."""
    if st.name or i == 0:
        return False
    above = lines[i - 1].text
    return bool(above) and not _is("views", above) and len(above.split()) <= 4


def _promo(text: str) -> bool:
    """A line of the channel's self-promotion: an invitation with its own link."""
    return bool(_PROMO_LINK.search(text)) and _is("promo", text)


_PROMO_LINK = re.compile(r"(?:t\.me|telegram\.me|https?://|www\.)\S+|@\w{3,}", re.I)


def _channel_name(lines: list[Line], first: int) -> str | None:
    """The channel's name when the stamps carry none: the first line of the header above the
    first post, when it reads as a name (no digits, a few words, no sentence)."""
    for ln in lines[:first]:
        t = ln.text
        if not t:
            continue
        t = _EDGE_SYMBOLS.sub("", t).strip()  # "Front Syrien | Infos 🇸🇾": the flag is no part
        if not t or any(c.isdigit() for c in t) or len(t.split()) > 6 or t[-1] in ".!?:":
            return None
        return t
    return None


def _discussion(lines: list[Line], j: int, kinds: dict[int, str], starts: set[int]) -> None:
    """After the last post: the discussion heading (chrome), then "Name: text" comments; any
    other line is chrome (a footer)."""
    in_thread = False
    for i in range(j, len(lines)):
        t = lines[i].text
        if not t:
            continue
        if not in_thread and _is("discussion", t):
            kinds[i] = "boilerplate"
            in_thread = True
            continue
        if _is("comment", t) and not _is("views", t) and lines[i].kind not in _CHROME:
            kinds[i] = "comment"
            starts.add(i)
            in_thread = True
            continue
        kinds[i] = "boilerplate"
