"""Syndication feeds saved as text: an RSS 2.0 or Atom file, one article per item.

A feed dump (``<rss>``/``<channel>``/``<item>`` or ``<feed>``/``<entry>``) carries every post
in its own item: the item's title is the article's title, its ``pubDate``/``published`` its
publication day, its ``dc:creator``/``author`` the author, its categories meta, and the text
lines inside its ``content:encoded``/``description``/``content`` block the body. The feed's own
``<title>`` (before the first item, its tagline after a dash dropped) is the outlet. Tag lines
(``<item>``, ``<link>…</link>``, ``]]></content:encoded>``) are chrome, and so is an item
without a body of prose (a donation appeal, a page link).

Structure decides: an XML root of a feed in the first lines and at least one item.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from newsift.clean.dates import DateHit
from newsift.clean.lines import Line

if TYPE_CHECKING:
    from newsift.clean.segmenter import Labelled

_ROOT = re.compile(r"^<(?:\?xml\b|rss\b|feed\b|rdf:RDF\b)", re.I)
_OPEN_ITEM = re.compile(r"^<(?:item|entry)\b[^>]*>$", re.I)
_CLOSE_ITEM = re.compile(r"^</(?:item|entry)>$", re.I)
# a line made only of tags and CDATA brackets ("<title>", "]]></content:encoded>")
_TAG_ONLY = re.compile(r"^(?:\s*(?:<[^<>]+>|<!\[CDATA\[|\]\]>))+\s*$")
# an element whole on its line: "<pubDate>Fri, 06 Mar 2015 …</pubDate>", CDATA inside or not
_ELEMENT = re.compile(
    r"<(?P<tag>[\w:.-]+)(?:\s[^<>]*)?>\s*(?:<!\[CDATA\[)?(?P<val>.*?)(?:\]\]>)?\s*</(?P=tag)>",
    re.S,
)
_OPENER = re.compile(r"^<(?P<tag>[\w:.-]+)(?:\s[^<>]*)?>\s*(?:<!\[CDATA\[)?$")
# an element opened with its first text on the line and closed on a later line:
# "<description>Au terme de trois semaines ..." (escaped descriptions one paragraph a line)
_OPEN_TEXT = re.compile(r"^<(?P<tag>[\w:.-]+)(?:\s[^<>]*)?>\s*(?:<!\[CDATA\[)?(?P<val>[^<\s].*)$")
# a text line that closes the element it continues: "... al-Cham.</description>"
_CLOSES = re.compile(r"(?:\]\]>)?\s*</(?P<tag>[\w:.-]+)>\s*$")
_DATE_TAGS = frozenset({"pubdate", "published", "updated", "dc:date", "issued", "created"})
_AUTHOR_TAGS = frozenset({"dc:creator", "author", "creator"})
_BODY_TAGS = frozenset({"content:encoded", "description", "content", "summary"})
_META_TAGS = frozenset({"category", "dc:subject"}) | _DATE_TAGS | _AUTHOR_TAGS
# a tagline after the site's name: "Le Veilleur du Tigre — Irak, Syrie, résistances"
_TAGLINE = re.compile(r"\s+[—–|-]\s+|\s*[:|]\s+")
MIN_BODY_LINES = 2
MIN_BODY_CHARS = 300


def _is_feed(lines: list[Line]) -> bool:
    head = [ln.text for ln in lines if ln.text][:4]
    if not any(_ROOT.match(t) for t in head):
        return False
    return any(_OPEN_ITEM.match(ln.text) for ln in lines if ln.text)


def _day(value: str) -> date | None:
    """An RFC 822 (RSS) or ISO 8601 (Atom) stamp's day."""
    value = value.strip()
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value[:10]).date()
    except ValueError:
        return None


def _inner(ln: Line, val_start: int, val: str) -> None:
    """Make the line's text the element's value (offsets kept consistent)."""
    lead = len(val) - len(val.lstrip())
    val = val.strip()
    ln.lead += val_start + lead
    ln.text = val
    ln.end = ln.start + ln.lead + len(val)


def _site(lines: list[Line], first_item: int) -> str | None:
    for ln in lines[:first_item]:
        m = _ELEMENT.search(ln.text) if ln.text else None
        if m and m["tag"].lower() == "title" and m["val"].strip():
            name = _TAGLINE.split(m["val"].strip(), maxsplit=1)[0].strip()
            return name or None
    return None


def feed_items(lines: list[Line]) -> Labelled | None:
    """The labels of a feed dump (one article per item with a prose body), else None."""
    from newsift.clean.segmenter import ArticleInfo, Labelled

    if not _is_feed(lines):
        return None
    kinds = ["empty" if not ln.text else "boilerplate" for ln in lines]
    arts: list[int | None] = [None] * len(lines)
    articles: list[ArticleInfo] = []
    items: list[tuple[int, int]] = []
    start: int | None = None
    for i, ln in enumerate(lines):
        if _OPEN_ITEM.match(ln.text):
            start = i
        elif _CLOSE_ITEM.match(ln.text) and start is not None:
            items.append((start, i))
            start = None
    if not items:
        return None
    site = _site(lines, items[0][0])
    for a, b in items:
        block: str | None = None  # the element whose text lines follow
        title: int | None = None
        body: list[int] = []
        meta: list[tuple[int, str, str, int]] = []  # (line, tag, value, value offset)
        for i in range(a + 1, b):
            t = lines[i].text
            if not t:
                continue
            m = _ELEMENT.search(t)
            if m and _TAG_ONLY.match(t[: m.start()] or "<x>"):
                tag = m["tag"].lower()
                if tag == "title" and m["val"].strip():
                    title = i
                    meta.append((i, tag, m["val"], m.start("val")))
                elif tag in _META_TAGS:
                    meta.append((i, tag, m["val"], m.start("val")))
                block = None
                continue
            o = _OPENER.match(t)
            if o:
                block = o["tag"].lower()
                continue
            if _TAG_ONLY.match(t):
                block = None
                continue
            o = _OPEN_TEXT.match(t)
            if o and block is None:
                block = o["tag"].lower()
            elif block is None and title is None and not body and not t.startswith("<"):
                # a bare line heading the item (its <title> tags lost in the copy)
                title = i
                continue
            if block == "title" and title is None:
                title = i
            elif block in _BODY_TAGS:
                body.append(i)
            c = _CLOSES.search(t)
            if c and block is not None and c["tag"].lower() == block:
                block = None
        prose = [i for i in body if lines[i].kind == "prose"]
        chars = sum(len(lines[i].text) for i in body)
        if len(prose) < MIN_BODY_LINES and chars < MIN_BODY_CHARS:
            continue  # an item without a story: chrome
        k = len(articles) + 1
        top = title if title is not None else body[0]
        art = ArticleInfo(k=k, first_line=top, last_line=body[-1])
        art.site = site
        for i, tag, val, off in meta:
            if tag == "title":
                if i == title:
                    _inner(lines[i], off, val)
                continue
            kinds[i], arts[i] = "meta", k
            if tag in _DATE_TAGS and not art.date_lines:
                day = _day(val)
                if day is not None:
                    lines[i].date = DateHit(day.isoformat(), "day", off, off + len(val))
                    art.date_lines.append(i)
            elif tag in _AUTHOR_TAGS and val.strip() and not art.byline_lines:
                lines[i].author = val.strip()
                art.byline_lines.append(i)
        if title is not None:
            kinds[title], arts[title] = "title", k
            art.title_line = title
        for i in body:
            kinds[i], arts[i] = "body", k
        art.lead_line = prose[0] if prose else body[0]
        articles.append(art)
    if not articles:
        return None
    return Labelled(kinds, arts, articles, set())
