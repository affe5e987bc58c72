"""Documents whose structure is written in marks on their lines, read by those marks.

The structure pass reads a page by the look of its lines; some documents say outright what
each line is, and the look misleads it:

* **a press-database export** (Factiva field codes "HD", "PD", "LP", "TD"; LexisNexis "Body",
  "Length:", "Load-Date:"; ProQuest "Full text:", "Abstract:", "Publication date:"; French
  databases "Nom de la source", "Texte intégral") -- a bare code line such as "TD" looks like
  a user name, so the text block under it was read as a reader's comment. In an export (four
  or more distinct field labels and a text field), every text block is the article's body up
  to the next field line, the field lines with a value are the record's meta (its date field a
  date line), bare labels are chrome. A text block with no article above it in its record
  opens one.
* **a draft with tracked changes** printed with its margin balloons -- "Supprimé : …" (text
  the author removed), "Mis en forme : …", "Inséré : …" (a fragment the paragraph already
  holds) are chrome, never the article's words; "Commentaire [JD1] : …" is a reviewer's
  comment. Two balloons or more make a document such a draft; a balloon chosen as the title
  gives the title back to the headline above it.
* **a slide deck with speaker notes** -- a slide's timeline bullet ("• 30 décembre 2021 : bus
  attaqué près de Palmyre") and the note under it telling the same day ("Notes de l'orateur :
  Le 30 décembre 2021, …") are one fact told twice: the bullet is the note's outline, the
  article's meta, and the note its text. Two slide markers or more make a deck.
* **a wiki talk page** -- posts end on a signature (a talk link and a stamp with its time
  zone) and replies are indented with ":"; a signed or indented line is a comment, a "== … =="
  heading chrome; an unsigned block (a dispatch quoted for discussion) keeps its labels. Two
  signatures or more make a talk page.

Vocabulary in ``data/clean/marked.toml``; this pass only relabels lines the marks speak for.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsift.clean.lexicon import _load_toml
from newsift.clean.lines import Line
from newsift.clean.segment_model import ArticleInfo

if TYPE_CHECKING:
    from newsift.clean.segment_model import Labelled

MIN_FIELDS = 4  # distinct field labels that make a document a database export
MIN_BALLOONS = 2  # tracked-change balloons that make a document a draft
MIN_SIGNATURES = 2  # signed posts that make a document a talk page
MIN_SLIDES = 2  # slide markers that make a document a slide deck
MIN_VALUE_WORDS = 12  # a text field's value on its own line that is a paragraph, not a query
ARTICLE_KINDS = frozenset({"title", "body", "meta"})


class _Marks:
    """The compiled marks of ``marked.toml``."""

    def __init__(self) -> None:
        d = _load_toml("marked.toml")
        self.field: list[tuple[str, re.Pattern[str]]] = []
        for role in ("text", "title", "date", "meta"):
            codes = "|".join(map(re.escape, d[f"codes_{role}"]))
            # a code alone, or a code, one space and a value ("PD 23 October 2023")
            self.field.append((role, re.compile(rf"(?:{codes})(?=$| \S)")))
            named = "|".join(d[f"named_{role}"])
            # a name alone, or a name and a colon ("Full text: …", "Nom de la source")
            self.field.append((role, re.compile(rf"(?:{named})(?=\s*$|\s*:)", re.I)))
        self.end = _any(d["record_end"])
        self.chrome = _any(d["revision_chrome"])
        self.comment = _any(d["revision_comment"])
        links = "|".join(d["talk_link"])
        zones = "|".join(d["talk_zone"])
        self.signature = re.compile(
            rf"(?:\((?:{links})\)|[—–-]).{{0,60}}\d{{1,2}}[:h]\d{{2}}\b[^()]{{0,40}}"
            rf"\((?:{zones})\)\s*$"
        )
        self.wiki_heading = _any(d["wiki_heading"])
        self.slide = _any(d["slide_marker"])
        self.note = _any(d["speaker_note"])
        self.bullet = _any(d["bullet"])

    def ends(self, text: str) -> bool:
        """A record's last line ("End of Document", an accession number)."""
        return bool(text) and self.end.fullmatch(text) is not None

    def field_of(self, text: str) -> tuple[str, str, bool] | None:
        """(role, label, has a value) of a field line, else None."""
        for role, pat in self.field:
            m = pat.match(text)
            if m:
                rest = text[m.end() :].lstrip(" :")
                return role, m.group(0).lower(), bool(rest)
        return None


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@lru_cache(maxsize=1)
def _marks() -> _Marks:
    return _Marks()


def relabel(lines: list[Line], lab: Labelled) -> None:
    """Relabel the lines of the three marked kinds of document (see the module docstring)."""
    marks = _marks()
    _revisions(lines, lab, marks)
    _talk(lines, lab, marks)
    _export(lines, lab, marks)
    _deck(lines, lab, marks)


def _drop(lab: Labelled, i: int, kind: str) -> None:
    """Line ``i`` becomes ``kind`` (comment or boilerplate), outside every article."""
    k = lab.arts[i]
    lab.kinds[i], lab.arts[i] = kind, None
    if k is None:
        return
    for art in lab.articles:
        if art.k == k:
            for lst in (art.date_lines, art.byline_lines, art.signature_lines, art.source_lines):
                if i in lst:
                    lst.remove(i)
            if art.title_line == i:
                art.title_line = None
            if art.lead_line == i:
                art.lead_line = None


# -- tracked changes -------------------------------------------------------------------------
def _revisions(lines: list[Line], lab: Labelled, marks: _Marks) -> None:
    chrome = [i for i, ln in enumerate(lines) if ln.text and marks.chrome.match(ln.text)]
    comments = [i for i, ln in enumerate(lines) if ln.text and marks.comment.match(ln.text)]
    if len(chrome) + len(comments) < MIN_BALLOONS:
        return
    lost = {art.k: art.title_line for art in lab.articles if art.title_line in chrome}
    for i in chrome:
        _drop(lab, i, "boilerplate")
    for i in comments:
        _drop(lab, i, "comment")
    balloons = set(chrome) | set(comments)
    for art in lab.articles:
        if art.k in lost and art.title_line is None:
            _retitle(lines, lab, art, lost[art.k], balloons)


def _retitle(
    lines: list[Line], lab: Labelled, art: ArticleInfo, was: int | None, skip: set[int]
) -> None:
    """The headline over a balloon that was taken for the title: the nearest chrome line
    shaped as a heading above it, past balloons and a byline (which joins the article)."""
    if was is None:
        return
    byline: int | None = None
    for i in range(was - 1, -1, -1):
        ln = lines[i]
        if not ln.text or i in skip:
            continue
        if ln.kind == "byline" and byline is None:
            byline = i
            continue
        if lab.kinds[i] == "boilerplate" and ln.kind == "heading":
            lab.kinds[i], lab.arts[i] = "title", art.k
            art.title_line = i
            art.first_line = min(art.first_line, i)
            if byline is not None and lab.kinds[byline] == "boilerplate":
                lab.kinds[byline], lab.arts[byline] = "body", art.k
                art.byline_lines.append(byline)
        return


# -- wiki talk pages -------------------------------------------------------------------------
def _talk(lines: list[Line], lab: Labelled, marks: _Marks) -> None:
    signed = [i for i, ln in enumerate(lines) if ln.text and marks.signature.search(ln.text)]
    if len(signed) < MIN_SIGNATURES:
        return
    for i, ln in enumerate(lines):
        if not ln.text:
            continue
        if i in signed or ln.text.startswith(":"):
            _drop(lab, i, "comment")
            lab.comment_starts.add(i)
        elif marks.wiki_heading.fullmatch(ln.text):
            _drop(lab, i, "boilerplate")


# -- database exports ------------------------------------------------------------------------
def _export(lines: list[Line], lab: Labelled, marks: _Marks) -> None:
    fields = {i: f for i, ln in enumerate(lines) if ln.text and (f := marks.field_of(ln.text))}
    labels = {label for role, label, _ in fields.values() if role != "text"}
    if len(labels) < MIN_FIELDS or not any(r == "text" for r, _, _ in fields.values()):
        return
    start = 0  # first line of the current record
    i, n = 0, len(lines)
    while i < n:
        ln = lines[i]
        f = fields.get(i)
        if marks.ends(ln.text):
            start = i + 1  # a record's last line ("End of Document", an accession number)
        elif f is not None and f[0] == "title":
            start = i  # a record opens on its headline field
        if f is None or f[0] != "text":
            i += 1
            continue
        j = i + 1
        # a block runs to the next field or record end, or to a reader's comment opening
        # under it (a page with a few labelled fields over a thread is no export's record)
        while j < n and j not in fields and not marks.ends(lines[j].text):
            if j > i + 1 and j in lab.comment_starts:
                break
            j += 1
        if not _has_text(lines, ln, marks, i + 1, j):
            i = j  # a label over nothing, or a search form's query ("Text: X and Y")
            continue
        art = _record_article(lines, lab, start, i, j)
        if art is not None:
            _take(lab, art, i, "body" if f[2] else None)
            for b in range(i + 1, j):
                if lines[b].text:
                    _take(lab, art, b, "body")
            _record_fields(lines, lab, art, fields, start, i)
            _closing_fields(lines, lab, art, fields, j, marks)
        i = j


def _has_text(lines: list[Line], label: Line, marks: _Marks, first: int, stop: int) -> bool:
    """A text field holds text: lines under it, or a sentence-long value of its own."""
    if any(lines[b].text for b in range(first, stop)):
        return True
    return len(label.text.split()) >= MIN_VALUE_WORDS


def _record_article(
    lines: list[Line], lab: Labelled, start: int, label: int, stop: int
) -> ArticleInfo | None:
    """The article of the record a text block belongs to: the one with a line nearest above
    the block in the record (else in the block), else a new one."""
    for i in (*range(label - 1, start - 1, -1), *range(label + 1, stop)):
        k = lab.arts[i]
        if k is not None and lab.kinds[i] in ARTICLE_KINDS:
            return next(a for a in lab.articles if a.k == k)
    if not any(lines[b].text for b in range(label + 1, stop)):
        return None
    art = ArticleInfo(k=max((a.k for a in lab.articles), default=0) + 1)
    art.first_line, art.last_line = label, stop - 1
    lab.articles.append(art)
    lab.articles.sort(key=lambda a: a.first_line)
    lab.renumber()
    return art


def _take(lab: Labelled, art: ArticleInfo, i: int, kind: str | None) -> None:
    """Line ``i`` joins ``art`` as ``kind`` (None: a bare label, chrome)."""
    if kind is None:
        if lab.arts[i] is not None or lab.kinds[i] == "comment":
            _drop(lab, i, "boilerplate")
            lab.comment_starts.discard(i)
        return
    if lab.arts[i] == art.k and lab.kinds[i] in ARTICLE_KINDS:
        return
    _join(lab, art, i, kind)


def _join(lab: Labelled, art: ArticleInfo, i: int, kind: str) -> None:
    """Line ``i`` becomes ``kind`` of ``art`` (no longer a comment's first line), inside the
    article's line range."""
    lab.comment_starts.discard(i)
    lab.kinds[i], lab.arts[i] = kind, art.k
    art.first_line = min(art.first_line, i)
    art.last_line = max(art.last_line, i)


def _record_fields(
    lines: list[Line],
    lab: Labelled,
    art: ArticleInfo,
    fields: dict[int, tuple[str, str, bool]],
    start: int,
    stop: int,
) -> None:
    """The record's field lines above its text: a valued field is its meta, its date field a
    date line, a bare label chrome; a bare title label's next line is the headline."""
    for i in range(start, stop):
        f = fields.get(i)
        if f is None:
            continue
        role, _, valued = f
        if not valued:
            nxt = next((b for b in range(i + 1, stop) if lines[b].text), None)
            if role == "title" and nxt is not None and nxt not in fields:
                _headline(lab, art, nxt)
            if lab.kinds[i] != "boilerplate":
                _drop(lab, i, "boilerplate")
            continue
        if i in art.byline_lines:
            continue  # a byline field ("BY …", "Byline: …") stays the article's byline
        if art.title_line == i:
            art.title_line = None
        _join(lab, art, i, "meta")
        if role == "date" and not art.date_lines:
            art.date_lines.append(i)


def _headline(lab: Labelled, art: ArticleInfo, i: int) -> None:
    """Line ``i``, under a bare headline label, is the record's title (a field line the
    structure pass took for it goes back to the record's meta)."""
    old = art.title_line
    if old == i:
        return
    if old is not None:
        lab.kinds[old] = "meta"
    _join(lab, art, i, "title")
    art.title_line = i


def _closing_fields(
    lines: list[Line],
    lab: Labelled,
    art: ArticleInfo,
    fields: dict[int, tuple[str, str, bool]],
    first: int,
    marks: _Marks,
) -> None:
    """The valued fields right under a text block (subjects, accession number, "Load-Date:")
    up to the record's end line are its meta too."""
    for i in range(first, len(lines)):
        ln = lines[i]
        if not ln.text:
            continue
        f = fields.get(i)
        end = marks.ends(ln.text)
        if (f is None and not end) or (f is not None and (f[0] in ("text", "title") or not f[2])):
            return
        _join(lab, art, i, "meta")
        if end:
            return


# -- slide decks -----------------------------------------------------------------------------
_HEAD = re.compile(r"\s+[:–—]\s+|:\s+")


def _deck(lines: list[Line], lab: Labelled, marks: _Marks) -> None:
    slides = [i for i, ln in enumerate(lines) if ln.text and marks.slide.match(ln.text)]
    if len(slides) < MIN_SLIDES:
        return
    for a, b in zip(slides, [*slides[1:], len(lines)], strict=True):
        notes = " ".join(
            lines[i].text.lower() for i in range(a + 1, b) if marks.note.match(lines[i].text)
        )
        if not notes:
            continue
        for i in range(a + 1, b):
            m = marks.bullet.match(lines[i].text)
            if m is None or lab.arts[i] is None or lab.kinds[i] != "body":
                continue
            head = _HEAD.split(lines[i].text[m.end() :], maxsplit=1)[0].strip().lower()
            if any(c.isdigit() for c in head) and head in notes:
                lab.kinds[i] = "meta"  # the note's outline: its fact is told by the note
