"""Whole-document corrections of lines kept as article text that no article holds.

Run after the structure pass: it has decided where each article's text runs, and some lines
inside that run are the page's, not the author's:

* the site on its own funding or an upsell ("X ne vit que de ses lecteurs", "100%
  reader-funded", "Passez Premium") between two paragraphs: boilerplate;
* a rule ("——", "_____") between paragraphs: boilerplate;
* a printed page's running header or footer (a document turned from PDF into text): a line
  ending in a page number after a wide gap, and every line the pages repeat with it (the same
  words, other digits): boilerplate;
* a footnote marked by a superscript number or a back-link ("¹ …", "↑ …"): meta;
* a row of engagement counters under a post ("🔁 1 204  ❤ 2 987"), no word in it: meta;
* a label in capitals right over a headline (a rubric, "DANS LA MÊME CATÉGORIE"): boilerplate.

And one line the pass drops that is the author's: in a numbered thread ("1/9 …", "(2/8) …"),
the last posts carry the author's sign-off ("9/9 Fin du fil. Un café ?") and read as an
appeal; a post numbered like the thread's body posts is body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.clean.lexicon import line_match
from newsift.clean.lines import Line

if TYPE_CHECKING:
    from newsift.clean.segmenter import Labelled

_TEXT = frozenset({"body", "title"})
_QUOTE = re.compile(r"[«»“”\"]")
# "3/14 ", "(2/8) ", "14/14 🧵": a numbered post of a thread
_THREAD_NO = re.compile(r"\(?(\d{1,2})\s?/\s?(\d{1,2})\)?(?=\s|$)")
_DIGITS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")


def _match(kind: str, text: str) -> bool:
    return line_match("furniture.toml", kind, text) is not None


def _shape(text: str) -> str:
    """A line's words with its digits blanked: a running header on every page has one."""
    return " ".join(_DIGITS.sub("#", text).split()).lower()


def _counters(text: str) -> bool:
    """A row of counts with icons and no word ("🔁 1 204  ❤ 2 987", "💬 0  ❤ 9")."""
    return (
        len(text) <= 60
        and _LETTER.search(text) is None
        and any(c.isdigit() for c in text)
        and any(not c.isascii() and not c.isspace() for c in text)
    )


def relabel(lines: list[Line], lab: Labelled) -> None:
    """Apply the corrections of the module docstring to ``lab`` in place."""
    kinds = lab.kinds
    running = {_shape(ln.text) for ln in lines if ln.text and _match("page_tail", ln.text)}
    for i, ln in enumerate(lines):
        text = ln.text
        if not text or kinds[i] not in ("body", "meta"):
            continue
        if (
            kinds[i] == "body"
            and len(text) <= 300
            and ((_match("funding", text) and not _QUOTE.search(text)) or _match("rule", text))
        ):
            kinds[i], lab.arts[i] = "boilerplate", None
            continue
        if len(text) <= 160 and (_match("page_tail", text) or _shape(text) in running):
            kinds[i], lab.arts[i] = "boilerplate", None
            continue
        if kinds[i] == "body" and (_match("footnote", text) or _counters(text)):
            kinds[i] = "meta"
    _thread_posts(lines, lab)
    _kickers(lines, lab)


def _kickers(lines: list[Line], lab: Labelled) -> None:
    """A label in capitals right over a headline ("DÉFENSE", "DANS LA MÊME CATÉGORIE") is the
    page's rubric, never the text of the article above it."""
    for art in lab.articles:
        t = art.title_line
        if t is None or t == 0:
            continue
        above = lines[t - 1]
        if (
            above.text
            and lab.kinds[t - 1] in ("body", "meta")
            and above.text.isupper()
            and above.words <= 5
            and above.text[-1] not in ".!?»"
        ):
            lab.kinds[t - 1], lab.arts[t - 1] = "boilerplate", None


def _thread_posts(lines: list[Line], lab: Labelled) -> None:
    """Give a numbered thread's dropped posts back to the article its other posts are in."""
    numbered: dict[int, tuple[int, int]] = {}
    for i, ln in enumerate(lines):
        m = _THREAD_NO.match(ln.text) if ln.text else None
        if m and 1 <= int(m.group(1)) <= int(m.group(2)) and len(ln.text) > len(m.group(0)) + 10:
            numbered[i] = (int(m.group(1)), int(m.group(2)))
    for total in {t for _, t in numbered.values()}:
        posts = {i: k for i, (k, t) in numbered.items() if t == total}
        arts = {lab.arts[i] for i in posts if lab.kinds[i] == "body"}
        if len(arts) != 1 or len(posts) < max(3, total // 2):
            continue
        art = arts.pop()
        body = [i for i in posts if lab.kinds[i] == "body"]
        if len(body) < len(posts) / 2:
            continue
        for i in posts:
            if lab.kinds[i] == "boilerplate" and i > min(body):
                lab.kinds[i], lab.arts[i] = "body", art
