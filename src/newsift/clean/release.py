"""Press releases: the genre line is no headline, the signatory is the author, the letterhead the
outlet.

A release (an association's, a party's, a ministry's) opens with its letterhead (the issuer's
name, an address), a genre line ("COMMUNIQUÉ DE PRESSE — pour diffusion immédiate", "PRESS
RELEASE"), a place-and-date line, then its own headline over the text, and closes on a signature
naming the body it speaks for and the signatory's role ("Pour le Collectif : Jeanne Roux,
porte-parole"). The structure pass takes the genre line (the first heading over the dateline)
for the title; here the headline between it and the text takes its place, the genre line
becomes chrome, the signature joins the article (its author) and the letterhead's name (written
as the text writes it) is the outlet.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.clean.lexicon import line_patterns
from newsift.clean.lines import Line

if TYPE_CHECKING:
    from newsift.clean.segmenter import ArticleInfo, Labelled

_SIGNATURE_REACH = 3  # non-empty lines after the text where a signature may stand
_LETTERHEAD_REACH = 4  # non-empty lines above the genre line where the issuer's name may stand


def _words() -> dict[str, list[re.Pattern[str]]]:
    return line_patterns("release.toml")


def is_genre(text: str) -> bool:
    """Whether a line only names the document's genre ("COMMUNIQUÉ DE PRESSE", "Statement")."""
    return any(p.match(text) for p in _words()["genre"])


def signatory(text: str) -> str | None:
    """The person a release's signature names ("Pour le Collectif : Jeanne Roux, porte-parole")."""
    if len(text) > 140 or text.rstrip()[-1:] in ".!?":
        return None
    for p in _words()["signature"]:
        m = p.match(text)
        if m:
            return m.group("name").strip(" .")
    return None


def relabel(lines: list[Line], lab: Labelled) -> None:
    """Fix the articles of a press release (see the module docstring)."""
    for art in lab.articles:
        t = art.title_line
        if t is None:
            continue
        if is_genre(lines[t].text):
            _retitle(lines, lab, art, t)
        else:
            # the genre line left in the header over the headline ("PRESS RELEASE")
            above = [j for j in range(max(0, t - 6), t) if lines[j].text][-_LETTERHEAD_REACH:]
            t = next((j for j in reversed(above) if is_genre(lines[j].text)), -1)
            if t < 0:
                continue
        _sign(lines, lab, art)
        if art.outlet is None:
            art.outlet = _letterhead(lines, lab, t)


def _retitle(lines: list[Line], lab: Labelled, art: ArticleInfo, t: int) -> None:
    """The headline between the genre line and the text replaces the genre line as title."""
    for j in range(t + 1, min(len(lines), t + 8)):
        ln = lines[j]
        if not ln.text or j in art.date_lines or lab.kinds[j] == "meta":
            continue
        if lab.kinds[j] == "body" or ln.kind == "prose":
            return  # the text came first: no headline of its own
        if ln.heading_like and not is_genre(ln.text):
            lab.kinds[j], lab.arts[j] = "title", art.k
            lab.kinds[t], lab.arts[t] = "boilerplate", None
            art.title_line = j
            art.first_line = min(art.first_line, j)
            return


def _sign(lines: list[Line], lab: Labelled, art: ArticleInfo) -> None:
    """A signature just under the text: article body, its name the author."""
    prose = [
        i
        for i, a in enumerate(lab.arts)
        if a == art.k and lab.kinds[i] == "body" and lines[i].kind == "prose"
    ]
    if not prose:
        return
    seen = 0
    for j in range(prose[-1] + 1, len(lines)):
        if not lines[j].text:
            continue
        seen += 1
        if seen > _SIGNATURE_REACH:
            return
        name = signatory(lines[j].text) if lab.kinds[j] in ("body", "boilerplate") else None
        if name:
            lab.kinds[j], lab.arts[j] = "body", art.k
            lines[j].author = name
            art.byline_lines.insert(0, j)
            art.last_line = max(art.last_line, j)
            return


def _letterhead(lines: list[Line], lab: Labelled, t: int) -> str | None:
    """The issuer's name over the genre line: a short line without digits, no sentence."""
    from newsift.clean.outlet import _case_from_text

    seen = 0
    for j in range(t - 1, -1, -1):
        ln = lines[j]
        if not ln.text:
            continue
        seen += 1
        if seen > _LETTERHEAD_REACH:
            return None
        text = ln.text
        if lab.arts[j] is not None or any(c.isdigit() for c in text) or "@" in text:
            continue
        if ln.kind in ("name", "heading", "short") and 2 <= len(text.split()) <= 6:
            if text[-1] in ".!?:":
                continue
            body = "\n".join(lines[i].text for i, a in enumerate(lab.arts) if a is not None)
            return _case_from_text(text, body) or (None if text.isupper() else text)
    return None
