"""The clean stage: segments (title/body/meta/comment/boilerplate), articles and languages.

Plain-text dumps go through the full structure pass (``segmenter.py``); documents whose reader
already isolated the article (HTML, WARC, JSONL, CSV) keep their text as the article, with the
reader's comment spans as comments and obvious chrome lines as boilerplate.

A document whose segmentation fails is kept whole as one body segment with a warning.

Meta written: ``doc.meta["clean"] = {"keep": [[start, end], ...]}``, the character spans of
the lines that recur by nature across a site's pages (bylines, signatures, datelines, source
lines), so the corpus stage ``newsift.link.boilerplate`` never takes them for chrome.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from newsift.clean.dates import DateHit, day_month, find_date, publication_stamp
from newsift.clean.langguess import quick_language
from newsift.clean.lexicon import markers
from newsift.clean.line_corrector import DEFAULT_CHANGES
from newsift.clean.lines import Line, analyse
from newsift.clean.outlet import site_name
from newsift.clean.segmenter import ArticleInfo, Labelled, label_lines
from newsift.model import Article, Document, Segment
from newsift.stage import DocumentStage

DEFAULT_LANGUAGES = ("en", "fr", "ru", "ar", "de", "es", "uk", "it", "tr", "fa")
# A wire dispatch's opening: "PLACE (Country), date (AGENCY) -" before the first sentence.
_WIRE_DATELINE = re.compile(
    r"((?-i:[A-ZÀ-ÖØ-Þ]{3,}[\w'’\-]*|[A-ZÀ-ÖØ-Þ][\w'’\-]+[^.!?]{0,60}\([^()]{2,30}\))[^.!?]{0,60}?)"
    r"\s[-–—]\s"
)
_WIRE_AGENCY = re.compile(r"\(([^()]{2,30})\)\s*\Z")  # "… 13 novembre (AOP)": the agency
_ISO_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)(?:-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?)?")


class CleanStage(DocumentStage):
    """Tile each document into segments and describe its articles.

    Settings: ``languages`` (ISO 639-1 codes lingua may answer), ``min_lang_chars`` (letters a
    comment needs for its own language guess; shorter ones take the thread's language, and article
    segments take their article's). ``corrector`` (the learned line corrector's last pass over a
    plain dump's line kinds, ``line_corrector.py``), ``corrector_threshold`` (the probability
    it needs to overturn a rule kind), ``corrector_changes`` (the changes it may make,
    "body->boiler"...), ``corrector_cache_dir`` (its fitted arrays; "" = train
    at every setup).
    """

    name = "clean"

    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        self.languages: tuple[str, ...] = tuple(settings.get("languages", DEFAULT_LANGUAGES))
        self.min_lang_chars: int = int(settings.get("min_lang_chars", 100))
        self._detector: Any = None
        self._codes: dict[Any, str] = {}
        self._allowed = frozenset(self.languages)
        self.corrector: bool = bool(settings.get("corrector", True))
        self.corrector_threshold: float = float(settings.get("corrector_threshold", 0.9))
        self.corrector_cache_dir: str = str(settings.get("corrector_cache_dir", "~/.cache/newsift"))
        changes = settings.get("corrector_changes", DEFAULT_CHANGES)
        self.corrector_changes = frozenset(str(c) for c in changes)
        self._corrector: Any = None

    def setup(self) -> None:
        """Build the lingua detector once (low accuracy mode: fast, fine for paragraphs)."""
        if self._detector is not None:
            return
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        isos = [getattr(IsoCode639_1, c.upper()) for c in self.languages]
        builder = LanguageDetectorBuilder.from_iso_codes_639_1(*isos)
        self._detector = builder.with_low_accuracy_mode().with_preloaded_language_models().build()
        markers()
        if self.corrector and self._corrector is None:
            from newsift.clean.line_corrector import load_model

            self._corrector = load_model(self.corrector_cache_dir or None)

    # -- public ----------------------------------------------------------------------------
    def process(self, doc: Document) -> Document:
        self.setup()
        try:
            if doc.format == "txt" or doc.meta.get("extractor") == "tag-strip":
                # a plain dump, or a page the reader could only strip of its tags
                self._clean_txt(doc)
            else:
                self._clean_structured(doc)
        except Exception as exc:  # noqa: BLE001 - a bad document is kept whole, never lost
            doc.warnings.append(
                f"clean: segmentation failed ({type(exc).__name__}: {exc}); "
                "kept whole as one body segment"
            )
            lang = self.detect(doc.text[:2000]) or _meta_str(doc.meta, "lang")
            doc.segments = [Segment(0, len(doc.text), "body", 1, lang)] if doc.text else []
            doc.articles = [self._article_from_meta(doc, 1, lang)]
        return doc

    def guess(self, text: str) -> str | None:
        """Language of a comment or a thread: its function words or script when they are
        clear (``langguess``), else lingua."""
        return quick_language(text, self._allowed) or self.detect(text)

    def detect(self, text: str) -> str | None:
        """ISO 639-1 code of ``text`` (None when lingua cannot tell)."""
        if self._detector is None:
            self.setup()
        lang = self._detector.detect_language_of(text)
        if lang is None:
            return None
        code = self._codes.get(lang)
        if code is None:
            code = self._codes[lang] = lang.iso_code_639_1.name.lower()
        return code

    # -- plain text ------------------------------------------------------------------------
    def _clean_txt(self, doc: Document) -> None:
        lines = analyse(doc.text, markers())
        lab = label_lines(lines)
        if self._corrector is not None and lab.articles:
            from newsift.clean.line_corrector import relabel

            relabel(
                doc.text,
                lines,
                lab,
                self._corrector,
                self.corrector_threshold,
                self.corrector_changes,
            )
        if not lab.articles:
            # no prose at all: the document is kept as one article of whatever text it has
            lab = _whole_body(lines)
        self._finish(doc, lines, lab)

    # -- already-extracted documents -------------------------------------------------------
    def _clean_structured(self, doc: Document) -> None:
        lines = analyse(doc.text, markers())
        spans = [
            (int(s[0]), int(s[1]))
            for s in (doc.meta.get("comment_spans") or [])
            if isinstance(s, list | tuple) and len(s) == 2
        ]
        kinds = ["empty"] * len(lines)
        arts: list[int | None] = [None] * len(lines)
        art = ArticleInfo(k=1)
        title = _meta_str(doc.meta, "title")
        first_text = next((i for i, ln in enumerate(lines) if ln.text), None)
        comment_starts: set[int] = set()
        for i, ln in enumerate(lines):
            if not ln.text:
                continue
            mid = ln.start + ln.lead
            if any(a <= mid < b for a, b in spans):
                kinds[i] = "comment"
                if i == 0 or not any(a <= lines[i - 1].start < b for a, b in spans):
                    comment_starts.add(i)
                continue
            if i == first_text and title and ln.text.strip().lower() == title.strip().lower():
                kinds[i], arts[i] = "title", 1
                art.title_line = i
            elif ln.kind in ("cc", "cci", "share", "donate", "amount", "boiler", "nav"):
                kinds[i] = "boilerplate"
                if ln.kind == "donate" and ln.site and art.site is None:
                    art.site = ln.site
            elif ln.kind in ("caption", "caption_file", "footnote", "footnote_heading", "date"):
                kinds[i], arts[i] = "meta", 1
                if ln.kind == "date":
                    art.date_lines.append(i)
            else:
                kinds[i], arts[i] = "body", 1
                if ln.kind == "byline":
                    art.byline_lines.append(i)
        if not any(a == 1 for a in arts):
            # everything looked like chrome: an article is never emptied by the cleaner
            for i, ln in enumerate(lines):
                if ln.text and kinds[i] == "boilerplate":
                    kinds[i], arts[i] = "body", 1
        self._finish(doc, lines, Labelled(kinds, arts, [art], comment_starts))

    # -- shared ----------------------------------------------------------------------------
    def _finish(self, doc: Document, lines: list[Line], lab: Labelled) -> None:
        text = doc.text
        segs = _tile(text, lines, lab)
        # article languages from their own text (title + body), then per segment
        art_lang: dict[int, str | None] = {}
        for a in lab.articles:
            sample = " ".join(
                text[s.start : s.end] for s in segs if s.article == a.k and s.kind == "body"
            )[:300]
            art_lang[a.k] = self.detect(sample) if _letters(sample) >= 20 else None
        doc_lang = next((v for v in art_lang.values() if v), None) or _meta_str(doc.meta, "lang")
        for k, v in art_lang.items():
            if v is None:
                art_lang[k] = doc_lang
        parts: list[str] = []
        size = 0
        for s in segs:
            if s.kind == "comment" and size < 600:
                parts.append(text[s.start : min(s.end, s.start + 600 - size)])
                size += len(parts[-1])
        thread = " ".join(parts)
        thread_lang = (self.guess(thread) if _letters(thread) >= 40 else None) or doc_lang
        nearest: int | None = None
        for s in segs:
            if s.article is not None:
                nearest = s.article
            inherited = art_lang.get(nearest) if nearest is not None else doc_lang
            if s.kind != "comment":
                # article segments share their article's language; chrome inherits it too
                s.lang = (art_lang.get(s.article) if s.article is not None else None) or inherited
                continue
            # a comment long enough gets its own guess; short ones take the thread's language
            sample = text[s.start : min(s.end, s.start + 160)].strip()
            if _letters(sample) >= self.min_lang_chars:
                wide = text[s.start : min(s.end, s.start + 400)]
                s.lang = quick_language(wide, self._allowed) or self.detect(sample) or thread_lang
            else:
                s.lang = thread_lang
        doc.segments = segs
        # lines that recur by nature (an author signs every post, a desk every story): later
        # corpus stages must not take them for the site's chrome
        keep = sorted(
            {
                i
                for a in lab.articles
                for i in (*a.byline_lines, *a.signature_lines, *a.date_lines, *a.source_lines)
            }
        )
        doc.meta["clean"] = {"keep": [[lines[i].start + lines[i].lead, lines[i].end] for i in keep]}
        site = site_name(lines, lab.kinds, text, markers())
        doc.articles = [self._article(doc, lines, a, art_lang.get(a.k), site) for a in lab.articles]
        _page_dates(doc.articles, lab.articles)

    def _article(
        self,
        doc: Document,
        lines: list[Line],
        info: ArticleInfo,
        lang: str | None,
        site: str | None,
    ) -> Article:
        art = self._article_from_meta(doc, info.k, lang)
        if info.title_line is not None and (art.title is None or doc.format == "txt"):
            art.title = lines[info.title_line].text
        if art.published is None:
            # datelines (header first, then a closing one), dated bylines, "Source: X | date"
            dated = [
                *info.date_lines,
                *(i for i in info.byline_lines if lines[i].date),
                *info.source_lines,
            ]
            if info.lead_line is not None:
                dated.append(info.lead_line)  # "DAMAS, 3 nov 2017 (AFP) - …": the wire dateline
            for i in dated:
                ln = lines[i]
                if i == info.lead_line:
                    head = _WIRE_DATELINE.match(ln.text)
                    hit: DateHit | None = find_date(head.group(1)) if head else None
                else:
                    hit = ln.date or find_date(ln.text)
                if hit is None:
                    continue
                _date_from_line(art, ln, hit)
                break
        if art.published is None and info.lead_line is not None:
            _yearless_wire_date(art, lines, info)
        if art.published is None:
            # a publication stamp the page structure left among the chrome or the text: in the
            # header zone (from above the title to the lead), just under the article, within it
            top = info.title_line if info.title_line is not None else info.first_line
            bottom = info.lead_line if info.lead_line is not None else top
            zone = [
                *range(max(0, top - 3), bottom),
                *range(info.last_line + 1, info.last_line + 4),
                *range(bottom, info.last_line + 1),
            ]
            for i in zone:
                if i >= len(lines) or not lines[i].text:
                    continue
                ln = lines[i]
                hit = publication_stamp(ln.text)
                if hit is None:
                    continue
                _date_from_line(art, ln, hit)
                break
        if art.published is None and info.quoted:
            # a dispatch a post quotes with no date of its own: the post's day (no earlier)
            above = _stamp_above(lines, info)
            if above is not None:
                _date_from_line(art, lines[above[0]], above[1])
        if art.published is None:
            _header_dateline(art, lines, info)
        if art.author is None:
            for i in info.byline_lines:
                if lines[i].author:
                    art.author = lines[i].author
                    break
            if art.author:
                # "Rédaction | rubric" over the story, "La rédaction" under it: the desk as the
                # site signs it
                low = art.author.lower()
                fuller = [
                    lines[i].author
                    for i in info.byline_lines
                    if lines[i].author and lines[i].author.lower().endswith(" " + low)
                ]
                if fuller:
                    art.author = fuller[0]
        if art.author is None:
            art.author = next((lines[i].author for i in info.date_lines if lines[i].author), None)
        if art.author is None:
            for i in sorted(info.signature_lines):
                ln = lines[i]
                if ln.kind == "name" and ln.words >= 2:
                    art.author = ln.text
                    break
        if art.outlet is None:
            # an excerpt's own outlet ("Read the full story at X"), else the site's name
            art.outlet = info.outlet or info.site
        forum = info.quoted or info.in_post or info.in_thread
        if art.outlet is None:
            # a dispatch's agency line ("Agence X · 28/08/2016 · 17:55", "Agence X (AX)")
            # names its outlet
            art.outlet = next(
                (
                    lines[i].outlet
                    # an agency named alone ("Agence X (AX)") is the outlet of a dispatch a
                    # post carries; on a news site, the site stays the outlet
                    for i in (*info.date_lines, *(info.source_lines if forum else ()))
                    if lines[i].outlet
                ),
                None,
            )
        if art.outlet is None and info.quoted and info.lead_line is not None:
            # a dispatch a forum post quotes is the agency's ("… 13 novembre (AOP) -")
            head = _WIRE_DATELINE.match(lines[info.lead_line].text)
            agency = _WIRE_AGENCY.search(head.group(1)) if head else None
            art.outlet = agency.group(1) if agency else None
        if (
            art.outlet is None
            and (info.k == 1 or not info.in_thread)
            and not info.in_post
            and not info.quoted
        ):
            # a forum is not the outlet of the dispatch a member pasted into it
            art.outlet = site
        return art

    def _article_from_meta(self, doc: Document, k: int, lang: str | None) -> Article:
        """Title, date, author and outlet the reader gave (they describe the first article)."""
        art = Article(k=k, lang=lang)
        if k != 1:
            return art
        meta = doc.meta
        art.title = _meta_str(meta, "title")
        art.author = _meta_str(meta, "author")
        art.outlet = _meta_str(meta, "outlet") or _meta_str(meta, "sitename") or _domain(meta)
        published = _meta_str(meta, "published")
        if published:
            value, precision = _normalise_date(published)
            if value:
                art.published, art.published_precision = value, precision
                art.published_basis = "given" if doc.format in ("jsonl", "csv") else "metadata"
        return art


def _header_dateline(art: Article, lines: list[Line], info: ArticleInfo) -> None:
    """A full dateline left among the chrome right above the article's first paragraph
    ("15/04/2018 à 10h20 — Mis à jour …" over an AMP page's byline): it dates the article
    even when the structure did not make it the article's meta."""
    top = info.title_line if info.title_line is not None else info.first_line
    bottom = info.lead_line if info.lead_line is not None else top
    for i in range(max(0, top - 3), min(bottom, len(lines))):
        ln = lines[i]
        if ln.text and ln.kind == "date" and ln.date is not None and ln.date.precision == "day":
            _date_from_line(art, ln, ln.date)
            return


def _page_dates(arts: list[Article], infos: list[ArticleInfo]) -> None:
    """A piece of a print page or a digest with no date of its own takes the page's: the date
    line that stood above the first piece's title ("Le Courrier — vendredi 11 janvier 2019")
    dates the page, not only the piece under it."""
    if len(arts) < 2 or arts[0].published is None or arts[0].published_basis != "dateline":
        return
    first = infos[0]
    if first.title_line is None or not any(i < first.title_line for i in first.date_lines):
        return
    for art in arts[1:]:
        if art.published is None:
            art.published, art.published_precision = arts[0].published, arts[0].published_precision
            art.published_start, art.published_end = arts[0].published_start, arts[0].published_end
            art.published_basis = "dateline"


def _date_from_line(art: Article, ln: Line, hit: DateHit) -> None:
    """The article's publication date is ``hit``, found on line ``ln`` (offsets in the text)."""
    art.published, art.published_precision = hit.value, hit.precision
    art.published_start = ln.start + ln.lead + hit.start
    art.published_end = ln.start + ln.lead + hit.end
    art.published_basis = "dateline"


def _yearless_wire_date(art: Article, lines: list[Line], info: ArticleInfo) -> None:
    """A dispatch opening on "SINJAR (Irak), 13 novembre (AOP) -" with no year, quoted in a
    forum post: its day and month, the year of the post's stamp just above it (the latest year
    that does not put the dispatch after the post)."""
    ln = lines[info.lead_line] if info.lead_line is not None else None
    head = _WIRE_DATELINE.match(ln.text) if ln is not None else None
    if ln is None or head is None or find_date(head.group(1)) is not None:
        return
    dm = day_month(head.group(1))
    if dm is None:
        return
    above = _stamp_above(lines, info)
    if above is None:
        return
    stamp = date.fromisoformat(above[1].value)
    month, day, a, b = dm
    for year in (stamp.year, stamp.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= stamp:
            art.published, art.published_precision = d.isoformat(), "day"
            art.published_start = ln.start + ln.lead + head.start(1) + a
            art.published_end = ln.start + ln.lead + head.start(1) + b
            art.published_basis = "dateline"
            return


def _stamp_above(lines: list[Line], info: ArticleInfo) -> tuple[int, DateHit] | None:
    """The day-precise stamp of the post just above an article's title (within 8 lines)."""
    top = info.title_line if info.title_line is not None else info.first_line
    for i in range(top - 1, max(-1, top - 8), -1):
        hit = find_date(lines[i].text) if lines[i].text else None
        if hit is not None and hit.precision == "day":
            return i, hit
    return None


def _meta_str(meta: dict[str, Any], key: str) -> str | None:
    v = meta.get(key)
    if v is None:
        return None
    v = str(v).strip()
    return v or None


def _domain(meta: dict[str, Any]) -> str | None:
    url = _meta_str(meta, "url")
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    host = host.lower().removeprefix("www.")
    return host or None


def _normalise_date(value: str) -> tuple[str | None, str | None]:
    m = _ISO_DATE.match(value.strip())
    if m:
        if m.group("d"):
            return f"{m.group('y')}-{m.group('m')}-{m.group('d')}", "day"
        if m.group("m"):
            return f"{m.group('y')}-{m.group('m')}", "month"
        return m.group("y"), "year"
    hit = find_date(value)
    if hit:
        return hit.value, hit.precision
    return None, None


def _letters(s: str) -> int:
    return sum(map(str.isalpha, s))


def _whole_body(lines: list[Line]) -> Labelled:
    kinds = ["empty" if not ln.text else "body" for ln in lines]
    arts: list[int | None] = [1 if ln.text else None for ln in lines]
    return Labelled(kinds, arts, [ArticleInfo(k=1)], set())


def _tile(text: str, lines: list[Line], lab: Labelled) -> list[Segment]:
    """Segments from line labels: runs of equal labels; empty lines join the run before."""
    segs: list[Segment] = []
    cur: Segment | None = None
    for i, ln in enumerate(lines):
        kind = lab.kinds[i]
        if kind == "empty":
            continue
        k = lab.arts[i] if kind in ("title", "body", "meta") else None
        new_comment = kind == "comment" and i in lab.comment_starts
        if cur is not None and cur.kind == kind and cur.article == k and not new_comment:
            continue
        start = ln.start if segs else 0
        if cur is not None:
            cur.end = start
        cur = Segment(start=start, end=len(text), kind=kind, article=k)
        segs.append(cur)
    if not segs and text:
        segs.append(Segment(0, len(text), "boilerplate", None))
    if segs:
        segs[-1].end = len(text)
    return segs
