"""Lines that recur across the documents of one outlet are boilerplate.

Why: the clean stage reads one page at a time; a site's own chrome (its tagline, a donation
appeal, a newsletter box, a disclaimer) can look like a headline or a paragraph on one page,
but it comes back on every page of that site. This corpus stage runs right after ``clean``:

* each document belongs to an *outlet*: its first article's outlet, else its URL's domain,
  else the folder it was read from (a weaker grouping: a folder may hold many sites, so a
  line must recur in more documents, ``min_docs_folder``);
* its short lines (at most ``max_words`` words, normalised: case, spaces, digits) are counted
  once per document, per outlet, in a bounded LRU of 48-bit keys (``capacity`` entries, so
  memory stays bounded however large the corpus: a line that stops recurring is forgotten,
  one that recurs with each page of its site stays);
* once a line has been seen in ``min_docs`` documents of its outlet, its occurrences in the
  current document (and every later one) are relabelled ``boilerplate`` when the clean stage
  put them in an article's title or body, and a comment segment at the edge of a thread made
  only of such lines is relabelled too. Never touched: lines longer than ``max_words`` words,
  meta lines (a dateline or "Source: AFP" recurs by nature), the lines the clean stage lists
  in ``doc.meta["clean"]["keep"]`` (bylines, signatures, translator credits: an author signs
  every post), and an article's last body line.

Limitation: it is a stream, so the first documents of an outlet (before a line reaches
``min_docs``) keep their labels. :meth:`RepeatedLinesStage.prime` counts documents stored by
an earlier run (from ``doc.meta["repeated_lines"]``), so a resumed or incremental run knows
them from its first document; a whole-corpus second pass would need the corpus twice.
Copies of one article (same title and opening) count once, so reposts of a story do not turn
its short paragraphs into chrome.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from newsift.model import Document, Segment
from newsift.stage import CorpusStage

META_KEY = "repeated_lines"
ARTICLE_KINDS = ("title", "body", "meta")
_SPACE = re.compile(r"\s+")
_EDGE = " \t.,;:!?|·•-–—»«›‹\"'“”()[]*"


def normalise(line: str) -> str:
    """The form lines are compared in: NFKC, lower case, single spaces, no edge punctuation.

    Digits are kept: "November 19, 2017" must not match every other dateline of the month.
    """
    s = unicodedata.normalize("NFKC", line).lower()
    return _SPACE.sub(" ", s).strip(_EDGE)


def line_key(outlet: str, norm: str) -> int:
    """A 48-bit key of (outlet, normalised line): small in memory and in stored metadata."""
    digest = hashlib.blake2b(f"{outlet}\x00{norm}".encode(), digest_size=6).digest()
    return int.from_bytes(digest, "big")


def outlet_of(doc: Document) -> tuple[str, bool]:
    """The outlet a document's chrome belongs to (lower case), and whether it is a real one
    (an article's outlet or a URL's domain) rather than the folder the file was read from."""
    for art in doc.articles:
        if art.outlet:
            return art.outlet.strip().lower(), True
    url = doc.meta.get("url")
    if isinstance(url, str) and url.strip():
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
        host = host.lower().removeprefix("www.")
        if host:
            return host, True
    source = doc.source.split("::", 1)[0]
    if "://" in source:
        host = (urlsplit(source).hostname or "").lower().removeprefix("www.")
        if host:
            return host, True
    return "folder:" + (str(PurePath(source).parent) or "."), False


class RepeatedLinesStage(CorpusStage):
    """Relabel as boilerplate the short lines that recur across one outlet's documents.

    Settings: ``min_docs`` (3: documents of an outlet a line must appear in),
    ``min_docs_folder`` (5: the same when the outlet is only the folder, which may hold pages
    of many sites), ``max_words``
    (25: longer lines are paragraphs, never relabelled), ``capacity`` (200000 counted lines
    kept, least recently seen forgotten first), ``min_chars`` (3: shorter lines are ignored).
    """

    name = "boilerplate"

    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        self.min_docs = int(settings.get("min_docs", 3))
        self.max_words = int(settings.get("max_words", 25))
        self.capacity = int(settings.get("capacity", 200_000))
        self.min_chars = int(settings.get("min_chars", 3))
        self.min_docs_folder = int(settings.get("min_docs_folder", 5))
        self.counts: OrderedDict[int, int] = OrderedDict()
        self.seen_articles: OrderedDict[int, None] = OrderedDict()

    # -- counting ------------------------------------------------------------------------
    def _bump(self, key: int) -> int:
        n = self.counts.pop(key, 0) + 1
        self.counts[key] = n  # most recently seen last
        if len(self.counts) > self.capacity:
            self.counts.popitem(last=False)
        return n

    def _first_copy(self, key: int) -> bool:
        """Whether an article (outlet + title + opening) is seen for the first time."""
        if key in self.seen_articles:
            self.seen_articles.move_to_end(key)
            return False
        self.seen_articles[key] = None
        if len(self.seen_articles) > self.capacity:
            self.seen_articles.popitem(last=False)
        return True

    def count(self, keys: Iterable[int], article_key: int | None) -> None:
        """Count one document's distinct line keys (skipped for a copy of a counted article)."""
        if article_key is not None and not self._first_copy(article_key):
            return
        for key in set(keys):
            self._bump(key)

    def prime(self, docs: Iterable[Document]) -> None:
        """Count documents stored by an earlier run (their keys are in ``meta``)."""
        for doc in docs:
            info = doc.meta.get(META_KEY)
            if not isinstance(info, dict):
                continue
            keys = [int(k) for k in info.get("keys") or []]
            art = info.get("article")
            self.count(keys, int(art) if art is not None else None)

    # -- one document --------------------------------------------------------------------
    def _lines(self, doc: Document) -> list[tuple[int, int, str]]:
        """(start, end, stripped text) of every non-empty line of the text."""
        out: list[tuple[int, int, str]] = []
        pos = 0
        for raw in doc.text.splitlines(keepends=True):
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                out.append((pos + lead, pos + lead + len(stripped), stripped))
            pos += len(raw)
        return out

    def _article_key(self, outlet: str, doc: Document) -> int | None:
        parts = [doc.text[s.start : s.end] for s in doc.segments if s.kind in ("title", "body")]
        if not parts:
            return None
        return line_key(outlet, normalise(" ".join(parts))[:300])

    def check(self, doc: Document) -> Document:
        """Count the document's lines, then relabel those its outlet repeats."""
        if not doc.text or not doc.segments:
            return doc
        outlet, real = outlet_of(doc)
        need = self.min_docs if real else self.min_docs_folder
        lines = self._lines(doc)
        keyed: list[tuple[int, int, str, int | None]] = []
        for start, end, text in lines:
            norm = normalise(text)
            short = len(text.split()) <= self.max_words and len(norm) >= self.min_chars
            keyed.append((start, end, text, line_key(outlet, norm) if short else None))
        keys = [k for *_, k in keyed if k is not None]
        art_key = self._article_key(outlet, doc)
        doc.meta[META_KEY] = {"outlet": outlet, "keys": sorted(set(keys)), "article": art_key}
        self.count(keys, art_key)
        recurring = [
            (start, end)
            for start, end, _, k in keyed
            if k is not None and self.counts.get(k, 0) >= need
        ]
        if recurring:
            n = self._relabel(doc, recurring, lines)
            if n:
                doc.meta[META_KEY]["relabelled"] = n
        return doc

    def _relabel(
        self, doc: Document, spans: list[tuple[int, int]], lines: list[tuple[int, int, str]]
    ) -> int:
        """Cut the recurring lines out of article segments and thread edges; count them."""
        segs = doc.segments
        keep = _keep_spans(doc)
        # comment segments at the edge of a thread (not between two comments)
        edge = set()
        for i, s in enumerate(segs):
            if s.kind != "comment":
                continue
            before = segs[i - 1].kind if i > 0 else None
            after = segs[i + 1].kind if i + 1 < len(segs) else None
            if before != "comment" or after != "comment":
                edge.add(i)
        # an article keeps at least one body line
        body_lines: dict[int, int] = {}
        for start, _end in self._body_line_spans(doc, lines):
            k = self._segment_index(segs, start)
            if k is not None and segs[k].article is not None:
                body_lines[segs[k].article] = body_lines.get(segs[k].article, 0) + 1
        recurring = set(spans)
        cuts: list[tuple[int, int]] = []
        whole: set[int] = set()  # comment segments made only of recurring lines
        for i in edge:
            inside = [ln for ln in lines if segs[i].start <= ln[0] < segs[i].end]
            if inside and all((a, b) in recurring for a, b, _ in inside):
                whole.add(i)
        for start, end in spans:
            k = self._segment_index(segs, start)
            if k is None or any(a <= start < b for a, b in keep):
                continue
            s = segs[k]
            if s.kind in ("boilerplate", "meta") or (s.kind == "comment" and k not in whole):
                continue
            if s.kind == "body" and s.article is not None:
                if body_lines.get(s.article, 0) <= 1:
                    continue
                body_lines[s.article] -= 1
            cuts.append((start, end))
        if not cuts:
            return 0
        doc.segments = _cut(doc.text, segs, cuts)
        self._fix_titles(doc)
        return len(cuts)

    def _body_line_spans(
        self, doc: Document, lines: list[tuple[int, int, str]]
    ) -> list[tuple[int, int]]:
        segs = doc.segments
        out = []
        for start, end, _ in lines:
            k = self._segment_index(segs, start)
            if k is not None and segs[k].kind == "body":
                out.append((start, end))
        return out

    @staticmethod
    def _segment_index(segs: list[Segment], offset: int) -> int | None:
        lo, hi = 0, len(segs)
        while lo < hi:  # segments tile the text in order: binary search
            mid = (lo + hi) // 2
            if segs[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(segs) and segs[lo].start <= offset < segs[lo].end:
            return lo
        return None

    @staticmethod
    def _fix_titles(doc: Document) -> None:
        """An article whose title line became chrome has no title from the text any more."""
        titled = {s.article for s in doc.segments if s.kind == "title"}
        for art in doc.articles:
            if art.k not in titled and art.title and doc.format == "txt":
                art.title = None

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self.check(doc)


def _keep_spans(doc: Document) -> list[tuple[int, int]]:
    """Line spans the clean stage asks to keep (``doc.meta["clean"]["keep"]``)."""
    info = doc.meta.get("clean")
    spans = info.get("keep") if isinstance(info, dict) else None
    out: list[tuple[int, int]] = []
    for span in spans or []:
        if isinstance(span, list | tuple) and len(span) == 2:
            out.append((int(span[0]), int(span[1])))
    return out


def _cut(text: str, segs: list[Segment], cuts: list[tuple[int, int]]) -> list[Segment]:
    """Segments with the line spans ``cuts`` turned into boilerplate (still a tiling).

    A cut line takes the whitespace up to the next line with it, as the clean stage's
    segments do; neighbouring boilerplate merges.
    """
    marks = sorted(cuts)
    out: list[Segment] = []

    def push(start: int, end: int, kind: str, article: int | None, lang: str | None) -> None:
        if start >= end:
            return
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == kind
            and last.article == article
            and kind == "boilerplate"
        ):
            last.end = end
            return
        out.append(Segment(start, end, kind, article, lang))

    mi = 0
    for s in segs:
        pos = s.start
        while mi < len(marks) and marks[mi][0] < s.end:
            a, b = marks[mi]
            if a < pos:
                mi += 1
                continue
            # the cut runs to the start of the next non-space character (or the segment end)
            stop = b
            while stop < s.end and text[stop].isspace():
                stop += 1
            push(pos, a, s.kind, s.article, s.lang)
            push(a, stop, "boilerplate", None, s.lang)
            pos = stop
            mi += 1
        push(pos, s.end, s.kind, s.article, s.lang)
    if out:
        out[0].start = 0
    return out
