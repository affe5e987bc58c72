"""An article's credit to its outlet: a closing "Outlet · outlet.example/path" line, or a
byline naming the outlet after the author ("By Jane Roe, Levant Wire") that the wire dateline
repeats ("BEIRUT, Aug 7 (Levant Wire) -").

A dispatch reposted outside its outlet (a chat channel's bot, a mailing list, a forum) keeps its
outlet only in such credits; the page's own chrome names the platform, never the outlet. The
closing line counts as a credit only when the name matches its link's host (letters of the name,
accents and spaces dropped, found in the host's first label), and the byline's tail only when
the dateline names the same outlet: no rubric, place or role is taken for an outlet.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from newsift.clean.lines import Line

if TYPE_CHECKING:
    from newsift.clean.segmenter import ArticleInfo, Labelled

_REACH = 3  # non-empty lines after the article where its credit may stand
_CREDIT = re.compile(
    r"(?:(?:source|via|lien|link|quelle|fuente)\s*:\s*)?"
    r"(?P<name>[^\W\d_][^·|•—–/:]{1,50}?)\s*[·|•—–\-:]\s*"
    r"(?:https?://)?(?:www\.)?(?P<host>[\w\-]+)(?:\.[\w\-]+)+(?:/\S*)?",
    re.I,
)
_BYLINE_TAIL = re.compile(r"[,;–—|]\s*(?P<outlet>[^,;–—|()]{3,50}?)\s*\.?$")


def _squash(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c))


def credit(text: str) -> str | None:
    """The outlet a credit line names ("Levant Wire · levantwire.example/sy/1708"), else None."""
    if len(text) > 160:
        return None
    m = _CREDIT.fullmatch(text.strip())
    if m is None:
        return None
    name = m.group("name").strip(" .")
    key = _squash(name)
    host = _squash(m.group("host"))
    return name if len(key) >= 4 and key in host else None


def relabel(lines: list[Line], lab: Labelled) -> None:
    """Read the credits of every article (see the module docstring)."""
    for art in lab.articles:
        own = [i for i, a in enumerate(lab.arts) if a == art.k]
        if not own:
            continue
        _closing_credit(lines, lab, art, max(own))
        if art.outlet is None:
            art.outlet = _byline_outlet(lines, art)
        if art.outlet is None:
            art.outlet = _header_agency(lines, art)


def _closing_credit(lines: list[Line], lab: Labelled, art: ArticleInfo, last: int) -> None:
    seen = 0
    for j in range(last + 1, len(lines)):
        if not lines[j].text:
            continue
        seen += 1
        if seen > _REACH or lab.kinds[j] not in ("boilerplate", "meta"):
            return
        name = credit(lines[j].text)
        if name is None:
            continue
        lab.kinds[j], lab.arts[j] = "meta", art.k
        art.source_lines.append(j)
        art.last_line = max(art.last_line, j)
        if art.outlet is None:
            art.outlet = name
        return


def _byline_outlet(lines: list[Line], art: ArticleInfo) -> str | None:
    lead = lines[art.lead_line].text[:160] if art.lead_line is not None else ""
    if not lead:
        return None
    for i in art.byline_lines:
        ln = lines[i]
        if not ln.author or ln.author not in ln.text:
            continue
        tail = ln.text[ln.text.index(ln.author) + len(ln.author) :]
        m = _BYLINE_TAIL.match(tail.strip()) if tail.strip() else None
        if m and f"({m.group('outlet')})" in lead:
            return m.group("outlet")
    return None


_LEAD_AGENCY = re.compile(r"^[^.!?]{0,80}?\(([^()]{2,40})\)\s*[-–—]\s")
_FIELD_SEP = re.compile(r"\s[·|•]\s")
_AGENCY_WORDS = re.compile(
    r"\b(?:agence|agency|presse|press|wire|news|nachrichtenagentur|agencia)\b", re.I
)


def _header_agency(lines: list[Line], art: ArticleInfo) -> str | None:
    """The agency a post's header names in full ("Posted by u/x · 6 hr. ago · Eastbridge Press
    Agency") when the dispatch's dateline names it short ("… Oct 20 (Eastbridge) —")."""
    if art.lead_line is None:
        return None
    m = _LEAD_AGENCY.match(lines[art.lead_line].text)
    if m is None:
        return None
    short = m.group(1).strip()
    top = art.title_line if art.title_line is not None else art.first_line
    for i in range(max(0, top - 4), top):
        for part in _FIELD_SEP.split(lines[i].text):
            part = part.strip()
            if re.search(r"\s[-–—]\s", part):
                continue  # "APN — Agence de Presse Nouvelle": the agency's own credit line
            if part.lower().startswith(short.lower()) and _AGENCY_WORDS.search(part):
                return part if len(part) <= 60 else None
    return None


_SECTION_KINDS = frozenset({"heading", "name"})
_ARROWS = "«»‹›←→⇐⇒<>▶◀|"
_SECTION_MAX_WORDS = 8


def section_headings(lines: list[Line], lab: Labelled) -> None:
    """A short heading between two parts of one article's text ("ANBAR: AL-BAGHDADI", "DIYALA",
    "Le contexte") is a section heading of the article, not chrome."""
    nonempty = [i for i, ln in enumerate(lines) if ln.text]
    for n in range(1, len(nonempty) - 1):
        i, before, after = nonempty[n], nonempty[n - 1], nonempty[n + 1]
        ln = lines[i]
        if lab.kinds[i] != "boilerplate" or ln.kind not in _SECTION_KINDS:
            continue
        k = lab.arts[after]
        if (
            k is None
            or lab.arts[before] != k
            or lab.kinds[before] != "body"
            or lab.kinds[after] != "body"
            or lines[after].kind != "prose"
            or len(ln.text.split()) > _SECTION_MAX_WORDS
            or ln.text[-1] in ".!?,;"
            or ln.text[0] in _ARROWS
            or ln.text[-1] in _ARROWS  # "Page suivante »": a pager
        ):
            continue
        lab.kinds[i], lab.arts[i] = "body", k
