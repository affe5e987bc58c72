"""Channel exports whose posts end with their stamp: the one news post among chrome posts.

A messenger channel saved from its desktop app's HTML export puts each post's stamp and view
counter UNDER the post ("…text" / "27.06.2018 07:41:58" / "👁 5,9K"), not above it as the
text export does (:mod:`newsift.clean.posts`). When such a dump carries fewer than three posts
of prose (a pinned donation appeal, a poll, a video stub and one dispatch), the dispatch is the
page's one article: its first short line over a blank is its headline, the stamp under it its
publication, the channel's name (the first header line that is not the messenger's own) its
outlet; the other posts, every other stamp and counter, and the header are chrome.

Structure decides: at least two bare stamps each right above a view counter, and one post
with at least two lines of prose.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.clean.lines import Line
from newsift.clean.posts import _EDGE_SYMBOLS, _is, hit, stamp

if TYPE_CHECKING:
    from newsift.clean.segmenter import Labelled

MIN_FOOTERS = 2
MIN_PROSE_LINES = 2
# local kinds that end the search for the first post's top (header chrome)
_HEADER_KINDS = frozenset({"share", "donate", "amount", "nav", "user", "url", "boiler", "cc"})


def _footers(lines: list[Line]) -> list[tuple[int, int]]:
    """(first line, last line) of every post footer: a bare stamp over a view counter (the
    desktop export), or a view counter right over a bare stamp (the channel's web preview,
    "👁 8.9K" / "01.10.2019 18:00"); the stamp line is whichever of the two is not the counter."""
    out: list[tuple[int, int]] = []
    for i, ln in enumerate(lines):
        st = stamp(ln.text) if ln.text else None
        if st is None or st.name:
            continue
        j = i + 1
        while j < len(lines) and not lines[j].text:
            j += 1
        if j < len(lines) and _is("views", lines[j].text):
            out.append((i, j))
        elif i > 0 and lines[i - 1].text and _is("views", lines[i - 1].text):
            out.append((i - 1, i))
    return out


def _stamp_line(lines: list[Line], foot: tuple[int, int]) -> int:
    """The stamp's line of a footer (the other one is the view counter)."""
    a, b = foot
    return b if _is("views", lines[a].text) else a


def _first_top(lines: list[Line], end: int) -> int:
    """Where the first post begins: back from its stamp over its blocks, up to header chrome."""
    top = end
    for i in range(end - 1, -1, -1):
        ln = lines[i]
        if not ln.text:
            continue
        if ln.kind in _HEADER_KINDS or _is("app", ln.text):
            break
        top = i
    return top


def channel_name(lines: list[Line], first: int) -> str | None:
    """The channel's name: the first line of the page that is not the messenger's own, when
    it is no count, link or sentence (emoji and flags at its edges dropped)."""
    for ln in lines[:first]:
        t = ln.text
        if not t or _is("app", t):
            continue
        t = _EDGE_SYMBOLS.sub("", t).strip()
        if not t or any(c.isdigit() for c in t) or len(t.split()) > 6 or t[-1] in ".!?:":
            return None
        return t
    return None


def role_author(text: str) -> str | None:
    """The person a role byline names ("Par notre correspondant à Deraa, Issam K.")."""
    for pat in _words_role():
        m = pat.fullmatch(text)
        if m:
            return m.group("name").strip()
    return None


def _words_role() -> list[re.Pattern[str]]:
    from newsift.clean.posts import _words

    return _words()["role_byline"]


def footed_post(lines: list[Line]) -> Labelled | None:
    """The labels of a footed channel export with one news post, else None."""
    from newsift.clean.segmenter import ArticleInfo, Labelled

    feet = _footers(lines)
    bare = sum(1 for ln in lines if ln.text and (st := stamp(ln.text)) and not st.name)
    if len(feet) < MIN_FOOTERS or 2 * len(feet) < bare:
        return None  # most stamps head their post's text: a text export (posts.py)
    posts: list[tuple[int, int, int, int]] = []  # (first, last, stamp, footer's last line)
    prev_end = -1
    for top, c in feet:
        if prev_end < 0:
            first = _first_top(lines, top)
        else:
            # lines glued under the previous footer (a share bar) are that post's footer
            first = prev_end + 1
            while first < top and lines[first].text:
                first += 1
        body = [i for i in range(first, top) if lines[i].text]
        if body:
            posts.append((body[0], body[-1], _stamp_line(lines, (top, c)), c))
        prev_end = c
    prose = [sum(1 for i in range(a, b + 1) if lines[i].kind == "prose") for a, b, _, _ in posts]
    if not posts or max(prose) < MIN_PROSE_LINES or sum(p >= MIN_PROSE_LINES for p in prose) > 1:
        return None  # no news post, or several (a channel of dispatches: posts.py's job)
    a, b, s, _c = posts[prose.index(max(prose))]
    kinds = ["empty" if not ln.text else "boilerplate" for ln in lines]
    arts: list[int | None] = [None] * len(lines)
    art = ArticleInfo(k=1, first_line=a, last_line=s)
    nonempty = [i for i in range(a, b + 1) if lines[i].text]
    head = nonempty[0]
    titled = (
        len(nonempty) > 1
        and lines[head].kind != "prose"
        and len(lines[head].text) <= 140
        and head + 1 < len(lines)
        and not lines[head + 1].text
    )
    for i in nonempty:
        kinds[i], arts[i] = "body", 1
    if titled:
        kinds[head] = "title"
        art.title_line = head
    for i in nonempty:
        name = role_author(lines[i].text) if i != head or not titled else None
        if name:
            lines[i].author = name
            art.byline_lines.append(i)
            break
    kinds[s], arts[s] = "meta", 1
    st = stamp(lines[s].text)
    if st is not None:
        lines[s].date = hit(st)
    art.date_lines = [s]
    art.lead_line = next(
        (i for i in nonempty if lines[i].kind == "prose" and i not in art.byline_lines), None
    )
    art.site = channel_name(lines, feet[0][0])
    return Labelled(kinds, arts, [art], set())
