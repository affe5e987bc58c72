"""The notes under a reblogging blog's post: replies are comments, likes and bare reblogs chrome.

A reblogging blog (Tumblr and its like) prints a post's "notes" under it, one a line, each
opening with the reader's handle and what they did: "handle a dit : …" / "handle said: …",
"handle replied to other: …", "handle reblogged this and added: …" carry text (comments);
"handle liked this", "handle reblogged this from other" carry none (chrome). Two or more such
lines after an article are its notes. A reblog line over the post ("blog reblogged this from
poster") names the blog (the outlet) and the post's original poster (the author), whose handle
then stands alone over the quoted text ("poster:"), a part of the post.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.clean.lexicon import line_match
from newsift.clean.lines import Line

if TYPE_CHECKING:
    from newsift.clean.segmenter import Labelled

MIN_NOTES = 2


def _match(kind: str, text: str) -> re.Match[str] | None:
    return line_match("notes.toml", kind, text)


def relabel(lines: list[Line], lab: Labelled) -> None:
    """Label a blog post's notes and read its reblog line (see the module docstring)."""
    if not lab.articles:
        return
    _reblog(lines, lab)
    art = lab.articles[-1]
    own = [i for i, a in enumerate(lab.arts) if a == art.k and lab.kinds[i] in ("body", "title")]
    if not own:
        return
    notes: list[tuple[int, str]] = []
    for i in range(own[0] + 1, len(lines)):
        t = lines[i].text
        if not t or lab.kinds[i] == "comment":
            continue
        kind = next((k for k in ("said", "action") if _match(k, t)), None)
        if kind is not None:
            notes.append((i, kind))
        elif notes and lab.arts[i] is not None and lines[i].kind == "prose":
            return  # the article goes on after them: lines of its text, no notes
    if len(notes) < MIN_NOTES or not any(kind == "said" for _, kind in notes):
        return
    start = notes[0][0]
    for i in range(start - 3, start):
        if i > own[0] and _COUNT.fullmatch(lines[i].text):
            lab.kinds[i], lab.arts[i] = "boilerplate", None  # "412 notes"
    for i, kind in notes:
        lab.kinds[i], lab.arts[i] = ("comment" if kind == "said" else "boilerplate"), None
        if kind == "said":
            lab.comment_starts.add(i)
    art.last_line = max(i for i, a in enumerate(lab.arts) if a == art.k)


_COUNT = re.compile(r"[\d\s.,]+\s*[kK]?\s*(?:notes?|notas?|notizen)", re.I)


def _reblog(lines: list[Line], lab: Labelled) -> None:
    """The reblog line over the first article: its blog is the outlet, its source the author,
    and the source's handle alone over the text ("poster:") joins the post."""
    art = lab.articles[0]
    top = art.title_line if art.title_line is not None else art.first_line
    for i in range(0, top):
        m = _match("reblog", lines[i].text) if lines[i].text else None
        if m is None:
            continue
        source = m.group("source")
        if art.outlet is None:
            art.outlet = m.group("name")
        for j in range(top, min(len(lines), top + 4)):
            if lines[j].text.rstrip(" :") == source and lines[j].text.endswith(":"):
                lab.kinds[j], lab.arts[j] = "body", art.k
                lines[j].author = source
                art.byline_lines.insert(0, j)
                return
        return
