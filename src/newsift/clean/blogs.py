"""Blogging platforms: the publication a post appears in, a journal's owner and the entry's
subject line.

* A reading platform (Medium-style) heads a post with its author's name alone on a line, then
  "Publié dans <publication> · 12 min de lecture · <date>": the name is the author (part of
  the post), the publication the outlet (not the platform), and the author card under the post
  ("Écrit par <same name> — bio") is part of the post.
* A personal journal (LiveJournal-style) opens with "<user> — <journal title>": the user is the
  author and the journal the outlet of an entry that names neither; the entry's subject line is
  the short line right under its date line, over paragraphs several times longer, even when it
  ends with a full stop ("Baghouz, la fin ? Pas si vite.").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.clean.lexicon import line_match
from newsift.clean.lines import Line

if TYPE_CHECKING:
    from newsift.clean.segmenter import ArticleInfo, Labelled

_HEAD_REACH = 6  # lines above the title where a post's header may stand
_SUBJECT_MAX_WORDS = 12
_SUBJECT_MAX_CHARS = 90
_LEAD_RATIO = 2.5  # the paragraph under a subject line is this many times longer


def _match(kind: str, text: str) -> re.Match[str] | None:
    return line_match("blogs.toml", kind, text)


def relabel(lines: list[Line], lab: Labelled) -> None:
    """Read the blog headers of the first article (see the module docstring)."""
    if not lab.articles:
        return
    art = lab.articles[0]
    _published_in(lines, lab, art)
    _masthead(lines, lab, art)
    _subject(lines, lab, art)


def _published_in(lines: list[Line], lab: Labelled, art: ArticleInfo) -> None:
    top = art.title_line if art.title_line is not None else art.first_line
    for i in range(max(0, top - _HEAD_REACH), top):
        m = _match("published_in", lines[i].text) if lines[i].text else None
        if m is None or lines[i].date is None and not _has_date(lines[i].text):
            continue
        if art.outlet is None:
            art.outlet = m.group("pub").strip()
        lab.kinds[i], lab.arts[i] = "meta", art.k
        if i not in art.date_lines:
            art.date_lines.append(i)
        above = next((j for j in range(i - 1, -1, -1) if lines[j].text), None)
        if above is not None and lines[above].kind == "name" and lab.arts[above] is None:
            name = lines[above].text
            lab.kinds[above], lab.arts[above] = "body", art.k
            lines[above].author = name
            art.byline_lines.insert(0, above)
            art.first_line = min(art.first_line, above)
            _author_card(lines, lab, art, name)
        return


def _has_date(text: str) -> bool:
    from newsift.clean.dates import find_date

    return find_date(text) is not None


def _author_card(lines: list[Line], lab: Labelled, art: ArticleInfo, name: str) -> None:
    """The card under the post that names the same author ("Écrit par X — bio")."""
    own = [i for i, a in enumerate(lab.arts) if a == art.k]
    seen = 0
    for j in range(max(own) + 1, len(lines)):
        if not lines[j].text:
            continue
        seen += 1
        if seen > 4 or lab.kinds[j] == "comment":
            return
        if lines[j].kind == "byline" and lines[j].author == name:
            lab.kinds[j], lab.arts[j] = "body", art.k
            art.last_line = max(art.last_line, j)
            return


def _masthead(lines: list[Line], lab: Labelled, art: ArticleInfo) -> None:
    first = next((i for i, ln in enumerate(lines) if ln.text), None)
    if first is None or lab.arts[first] is not None or len(lines[first].text) > 80:
        return
    m = _match("masthead", lines[first].text)
    if m is None:
        return
    user = m.group("user")
    if not ("_" in user or any(c.isdigit() for c in user) or user.islower()):
        return
    if not any(lines[i].author for i in art.byline_lines):
        lines[first].author = user
        art.byline_lines.append(first)
    if art.outlet is None:
        art.outlet = m.group("journal").strip()


def _subject(lines: list[Line], lab: Labelled, art: ArticleInfo) -> None:
    if art.title_line is not None or not art.date_lines:
        return
    d = art.date_lines[0]
    body = [i for i in range(d + 1, len(lines)) if lines[i].text][:2]
    if len(body) < 2 or any(lab.kinds[i] != "body" for i in body):
        return
    head, lead = (lines[i] for i in body)
    if (
        len(head.text.split()) > _SUBJECT_MAX_WORDS
        or len(head.text) > _SUBJECT_MAX_CHARS
        or len(lead.text) < _LEAD_RATIO * len(head.text)
        or lead.kind != "prose"
        or head.kind in ("byline", "date")  # "par Nour Khaddour" signs, it does not title
    ):
        return
    lab.kinds[body[0]] = "title"
    art.title_line = body[0]
    if art.lead_line == body[0]:
        art.lead_line = body[1]


def post_divider(text: str) -> bool:
    """Whether a line divides two posts of a blog page ("— Article suivant —")."""
    return bool(text) and len(text) <= 90 and _match("divider", text) is not None
