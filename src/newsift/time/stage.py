"""The time stage: every date expression of every article, anchored on its publication date.

For article k the anchor is, in order: the ``anchor_date`` setting (``--anchor-date``, basis
"user"), ``Article.published`` (clean stage), ``doc.meta["published"]`` (a JSONL/CSV row's
``published``; copied into the article with basis "given"), else a date inferred from the
article (:mod:`newsift.time.infer`; basis "inferred", with the span it came from). Articles
with no evidence at all borrow the year of the other articles of the same document.

Writes ``Mention(kind="date")`` with an ISO ``value``, ``precision``, ``anchor`` (for
relative expressions), ``confidence``, ``extractor="time:rules"`` and ``article=k``. A range
or list of consecutive days gives one mention per member date plus one "range" mention over
the whole span. Adjacent expressions that disagree ("Hier, lundi 21 novembre" with an anchor
of Tuesday 21) are reported in ``doc.warnings`` with halved confidence.
``doc.meta["time_anchors"]`` maps each article k (as a string) to the anchor used:
``{"anchor": ISO day, "precision": ..., "basis": ...}``; an anchor inferred from the text
also has ``"confidence"`` (0-1) and ``"reason"`` (which evidence gave it: "dateline without a
year", "latest year, raised to the story's bounds", ...), so a later stage can tell a pinned
day from a year guessed from its era. ``doc.meta["time_entries"]`` maps
each article k (as a string) that is a page of dated posts or live entries to its entries'
starts, ``[[offset, ISO day or None], ...]`` (None: a clock-stamped live entry of the page's
day), so that later stages date each entry's events by that entry.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from newsift.model import Article, Document, Mention
from newsift.stage import DocumentStage
from newsift.time.infer import CONTEXT_YEAR_REASON, GUESS_REASON, TOLD_DATE_REASON
from newsift.time.resolve import EXTRACTOR, DateExpr, parse_anchor, tag_spans
from newsift.time.stamps import better_stamp, head_zone, line_spans, tells_news

META_KEY = "time_anchors"
# inferred anchors that are only the earliest year an era name allows: an article takes them
# only when no other article of the document gives it a year
GUESSES = frozenset({GUESS_REASON})
ENTRIES_KEY = "time_entries"
# a date in the page address: /2017/11/21/, /2017-11-21-, /2017/11/
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/._-]|$)"
)


class TimeStage(DocumentStage):
    name = "time"

    def __init__(
        self,
        anchor_date: str | None = None,
        plausible_years: list[int] | tuple[int, int] | None = None,
        min_confidence: float = 0.0,
        **settings: Any,
    ) -> None:
        super().__init__(
            anchor_date=anchor_date,
            plausible_years=plausible_years,
            min_confidence=min_confidence,
            **settings,
        )
        self.anchor_date = anchor_date
        self.plausible_years = tuple(plausible_years) if plausible_years else None
        self.min_confidence = float(min_confidence)

    def process(self, doc: Document) -> Document:
        if doc.duplicate_of:
            return doc
        doc.mentions = [
            m for m in doc.mentions if not (m.kind == "date" and m.extractor == EXTRACTOR)
        ]
        ks = sorted({s.article for s in doc.article_segments() if s.article is not None})
        default_lang = doc.meta.get("lang") if isinstance(doc.meta.get("lang"), str) else None
        spans_of: dict[int, list[tuple[int, int, str]]] = {}
        anchors: dict[int, tuple[date | None, str | None, str]] = {}
        why: dict[int, tuple[float, str]] = {}  # inferred anchors: confidence, reason
        pending: list[int] = []
        for k in ks:
            art = doc.article(k)
            if art is None:
                art = Article(k=k)
                doc.articles.append(art)
                doc.articles.sort(key=lambda a: a.k)
            lang = art.lang or default_lang or "en"
            spans_of[k] = [(s.start, s.end, s.lang or lang) for s in doc.article_segments(k)]
            found = self._known_anchor(doc, art)
            if found is not None and found[2] == "dateline" and found[0] is not None:
                found = _second_hand_dateline(doc, art, lang, found)
            if found is not None:
                anchors[k] = self._swapped(doc, art, spans_of[k], found)
            elif not self._infer(doc, art, spans_of[k], None, anchors, why, guess=False):
                pending.append(k)
        for k in pending:  # no evidence of its own: borrow the years of the other articles
            hint = [a.year for a, _, _ in anchors.values() if a is not None]
            art = doc.article(k)
            if art is None or not self._infer(doc, art, spans_of[k], hint or None, anchors, why):
                anchors[k] = (None, None, "none")
        meta: dict[str, Any] = {}
        entries_meta: dict[str, list[list[Any]]] = {}
        for k in ks:
            anchor, prec, basis = anchors[k]
            meta[str(k)] = {
                "anchor": anchor.isoformat() if anchor else None,
                "precision": prec,
                "basis": basis,
            }
            if k in why:
                meta[str(k)]["confidence"], meta[str(k)]["reason"] = why[k]
            chrono: set[int] = set()
            resume: set[int] = set()
            entries = _entry_stamps(doc, k, anchor, chrono, resume)
            if entries:
                entries_meta[str(k)] = [[a, d.isoformat() if d else None] for a, d in entries]
            exprs = tag_spans(doc.text, spans_of[k], anchor, prec, entries, chrono, resume)
            self._write(doc, k, exprs, basis)
        doc.meta[META_KEY] = meta
        if entries_meta:
            doc.meta[ENTRIES_KEY] = entries_meta
        else:
            doc.meta.pop(ENTRIES_KEY, None)
        return doc

    # ------------------------------------------------------------------ anchors
    def _known_anchor(
        self, doc: Document, art: Article
    ) -> tuple[date | None, str | None, str] | None:
        if self.anchor_date:
            a, prec = parse_anchor(self.anchor_date)
            if a is not None:
                art.published, art.published_precision, art.published_basis = (
                    self.anchor_date,
                    prec,
                    "user",
                )
                art.published_start = art.published_end = None
                return a, prec, "user"
        if art.published:
            a, prec = parse_anchor(art.published)
            if a is not None:
                return a, art.published_precision or prec, art.published_basis or "metadata"
        given = doc.meta.get("published")
        if isinstance(given, str) and given.strip():
            a, prec = parse_anchor(given)
            if a is not None:
                art.published = (
                    a.isoformat() if prec == "day" else given.strip()[: 7 if prec == "month" else 4]
                )
                art.published_precision, art.published_basis = prec, "given"
                return a, prec, "given"
        return None

    def _swapped(
        self,
        doc: Document,
        art: Article,
        spans: list[tuple[int, int, str]],
        found: tuple[date | None, str | None, str],
    ) -> tuple[date | None, str | None, str]:
        """A day-first reading of a US month/day stamp that the article's own dateline
        contradicts ("08/07/2017" read as 8 July under "BEIRUT, Aug 7 -"): the swapped day,
        also written to the article (a warning says so)."""
        from newsift.time.infer import swapped_anchor

        a, prec, basis = found
        if a is None or prec != "day" or basis == "user":
            return found
        day = swapped_anchor(doc.text, spans, a)
        if day is None:
            return found
        doc.warnings.append(
            f"time: article {art.k}: publication {a.isoformat()} read as {day.isoformat()} "
            "(month and day swapped, as the dateline writes it)"
        )
        art.published = day.isoformat()
        return day, prec, basis

    def _infer(
        self,
        doc: Document,
        art: Article,
        spans: list[tuple[int, int, str]],
        hint: list[int] | None,
        anchors: dict[int, tuple[date | None, str | None, str]],
        why: dict[int, tuple[float, str]] | None = None,
        guess: bool = True,
    ) -> bool:
        from newsift.time.infer import infer_anchor

        if not spans:
            return False
        first = min(
            (s.article for s in doc.article_segments() if s.article is not None), default=None
        )
        url = doc.meta.get("url")
        m = _URL_DATE.search(url) if isinstance(url, str) and art.k == first else None
        if m:  # the address of the page dates its (first) article
            y, mo = int(m[1]), int(m[2])
            if m[3]:
                d = date(y, mo, int(m[3]))
                art.published, art.published_precision = d.isoformat(), "day"
                anchors[art.k] = (d, "day", "inferred")
            else:
                art.published, art.published_precision = f"{y:04d}-{mo:02d}", "month"
                anchors[art.k] = (parse_anchor(art.published)[0], "inferred", "inferred")
            art.published_basis, art.published_start, art.published_end = "inferred", None, None
            return True
        fetched, _ = parse_anchor(doc.meta.get("warc_date"))
        inf = (_chrome_broadcast(doc, spans, fetched) if art.k == first else None) or infer_anchor(
            doc.text,
            spans,
            hint,
            today=fetched,
            plausible_years=self.plausible_years,  # type: ignore[arg-type]
            context_years=_context_years(doc, art.k, spans[0][2]),
        )
        if inf is None or inf.reason in GUESSES:
            inf = _chrome_stamp(doc, art.k, spans[0][2], fetched) or inf
        # trust: a stamp of the page above its text, then its "last modified" footer, then a
        # dated first sentence of the text (the story's first day, not the page's)
        lang0 = spans[0][2]
        inf = _page_stamp(doc, art.k, lang0, fetched, inf) or inf
        if inf is None or (not guess and inf.reason in GUESSES):
            return False  # a guess from the era's bounds yields to the other articles' years
        if (inf.precision == "year" or inf.reason == TOLD_DATE_REASON) and tells_news(
            doc.text, spans
        ):
            # fail safe: no stamp and no dated day of the story's own, only years it tells or
            # dates it tells as over ("en 1982, l'armée avait écrasé ...", "le camp, qu'ils
            # avaient pris le 1er avril 2015"); its "jeudi" and "hier" are days of a page whose
            # date is unknown, not of that time: they are left unresolved rather than put there
            return False
        art.published, art.published_precision, art.published_basis = (
            inf.published,
            inf.precision,
            "inferred",
        )
        art.published_start, art.published_end = inf.start, inf.end
        if why is not None:
            why[art.k] = (inf.confidence, inf.reason)
        # a day inferred from a month-precision clue is only as good as that month
        anchors[art.k] = (inf.anchor, "day" if inf.precision == "day" else "inferred", "inferred")
        return True

    # ------------------------------------------------------------------ output
    def _write(self, doc: Document, k: int, exprs: list[DateExpr], basis: str) -> None:
        factor = 0.8 if basis == "inferred" else 1.0
        for e in exprs:
            if "inconsistent" in e.flags or "weekday_mismatch" in e.flags:
                doc.warnings.append(
                    f"time: article {k}: {e.text!r} at {e.start} gives {e.value}, "
                    "which disagrees with the date beside it"
                )
            if e.kind in ("range", "list"):
                for p in e.parts:
                    self._add(doc, k, p, factor)
            self._add(doc, k, e, factor)

    def _add(self, doc: Document, k: int, e: DateExpr, factor: float) -> None:
        if not e.is_mention:
            return
        conf = round(e.confidence * (factor if e.relative else 1.0), 3)
        if conf < self.min_confidence:
            return
        doc.mentions.append(
            Mention(
                start=e.start,
                end=e.end,
                text=e.text,
                kind="date",
                value=e.value,
                precision=e.precision,
                anchor=e.anchor if e.relative else None,
                confidence=conf,
                extractor=EXTRACTOR,
                article=k,
            )
        )


def _entry_stamps(
    doc: Document,
    k: int,
    anchor: date | None = None,
    chrono_out: set[int] | None = None,
    resume_out: set[int] | None = None,
) -> list[tuple[int, date | None]]:
    """The entries of article k when it is a page of dated posts or live entries.

    Posts: two or more meta lines of the article carrying a full day ("[21.07.17 06:10]
    Channel") with body between them: each post's relative words ("ce matin", "hier") are
    anchored on its own stamp. Live entries: two or more body lines opening on a clock time
    ("17:52 – …"): each entry starts afresh, so "à l'aube" never chains to a date another
    entry gave; a short day line over them ("Lundi 16 octobre") dates the entries under it
    (its year is the anchor's, or the one before when the day would fall after the anchor).
    Day separators alone on their lines ("4 février") date the posts under them even with no
    clock times; a chronology's or press review's item heads ("9 août 2012 : ...", "1. Mardi
    22 décembre 2015 — ...", two or more) date their own items (their offsets are added to
    ``chrono_out``: such items are written after their day, see :func:`tag_spans`). Embedded
    posts stamped at their foot (a tweet quoted in a story: its text, then "10 juin 2014 à
    21:47", then its "Répondre · Retweeter" bar) date their own paragraph only: the page's
    text after each goes on from the page's day (their ends are added to ``resume_out``).
    """
    from newsift.time.candidates import find_candidates

    segs = sorted(
        (s for s in doc.segments if s.article == k and s.kind in ("meta", "body")),
        key=lambda s: s.start,
    )
    posts: list[tuple[int, date | None]] = []
    day_lines: list[tuple[int, date | None]] = []  # "Lundi 16 octobre" over live entries
    lo = segs[0].start if segs else 0
    hi = segs[-1].end if segs else 0
    # a day line among the article's entries may have been taken for page chrome or body
    chrome = [s for s in doc.segments if s.kind == "boilerplate" and lo <= s.start < hi]
    # a feed's items: each item's <pubDate> line dates the item's text below it, also the
    # first one, which the cleaner may have set aside between the item's title and its text
    top = min((s.start for s in doc.segments if s.article == k), default=lo)
    head = [s for s in doc.segments if s.kind == "boilerplate" and top <= s.start < lo]
    for s in sorted([*head, *segs, *chrome], key=lambda s: s.start):
        for ln in line_spans(doc.text, s.start, s.end):
            fed = _feed_stamp(doc.text[ln[0] : ln[1]])
            if fed is not None:
                posts.append((ln[0], fed))
    chrono: list[tuple[int, date | None]] = []  # "9 août 2012 : ...": a chronology's items
    yearless: set[int] = set()  # the items whose head gives no year
    for s in sorted([*segs, *chrome], key=lambda s: s.start):
        for ln in line_spans(doc.text, s.start, s.end):
            line = doc.text[ln[0] : ln[1]]
            if s.kind in ("body", "meta"):
                head = _chrono_head(doc.text, ln, s.lang or "en", anchor)
                if head is not None:
                    chrono.append((ln[0], head))
                    if _chrono_head(doc.text, ln, s.lang or "en", None) is None:
                        yearless.add(ln[0])
                    continue
            if len(line.strip()) > 100:
                continue
            for c, _ in find_candidates(doc.text, [(ln[0], ln[1], s.lang or "en")]):
                sp = c.spec
                if c.start - ln[0] > 30:
                    break  # a stamp heads its line; a caption's date does not
                if s.kind != "meta" and (c.start - ln[0] > 1 or ln[1] - c.end > 2):
                    break  # outside the meta lines, only a line that is a date alone
                if sp.kind == "date" and sp.year and sp.month and sp.day:
                    if s.kind == "meta":
                        posts.append((ln[0], date(sp.year, sp.month, sp.day)))
                    elif _day_line(doc.text, ln[0]):
                        day_lines.append((ln[0], date(sp.year, sp.month, sp.day)))
                    break
                if (
                    sp.kind == "date"
                    and sp.year is None
                    and sp.month
                    and sp.day
                    and anchor is not None
                    and len(line.strip()) <= 40
                ):
                    day = _day_before(anchor, sp.month, sp.day)
                    if day is not None:
                        day_lines.append((ln[0], day))
                    break
    posts.sort(key=lambda x: x[0])
    embedded = _footer_posts(doc, k, posts) if anchor is not None else []
    if embedded:
        if resume_out is not None:
            resume_out.update(end for _, end, _ in embedded)
        posts = []  # their stamps head nothing: the text under them is the page's
    bodies = [s.start for s in segs if s.kind == "body"]
    ends = [p for p, _ in posts[1:]] + [len(doc.text)] if posts else []
    # a stamp heads a post only when body follows it before the next stamp
    spans = [(s.start, s.end) for s in segs if s.kind == "body"]
    # (a feed's stamp line may open the body segment that holds its item's text)
    headed = [
        p
        for p, e in zip(posts, ends, strict=True)
        if any(a < e and b > doc.text.find("\n", p[0]) > 0 for a, b in spans)
    ]
    out: list[tuple[int, date | None]] = list(headed) if len(headed) >= 2 else []
    entries = [
        (a, None)
        for s in segs
        if s.kind == "body"
        for a, b in line_spans(doc.text, s.start, s.end)
        if _CLOCK_ENTRY.match(doc.text, a, b)
    ]
    # a clock time alone on its line over the entry's text ("21h35", "[MAJ 18:05]")
    entries += [
        (a, None)
        for s in segs
        if s.kind == "meta" and any(x > s.start for x in bodies)
        for a, b in line_spans(doc.text, s.start, s.end)
        if _CLOCK_LINE.fullmatch(doc.text, a, b)
    ]
    if len(entries) >= 2:
        # the day lines (and single dated stamps) over the clock-stamped entries date them
        heads = [
            p
            for p in posts + day_lines
            if any(p[0] < x for x, _ in entries) and _day_line(doc.text, p[0])
        ]
        out = out + entries + [p for p in heads if p not in out]
    elif len(day_lines) >= 2 and not out:
        # day separators over posts with no clock ("4 février" then the day's messages): each
        # dates the text under it
        out = list(day_lines)
    if len(chrono) >= 2:
        # a chronology's dated items: each line's events are of its day, not of the last one
        if anchor is not None:
            chrono = _one_year_run(chrono, yearless, anchor)
        out = out + [p for p in chrono if p not in out]
        if chrono_out is not None:
            chrono_out.update(p for p, _ in chrono)
    for start, end, day in embedded:
        out += [(start, day), (end, anchor)]
    return sorted(out, key=lambda x: x[0])


def _footer_posts(
    doc: Document, k: int, posts: list[tuple[int, date | None]]
) -> list[tuple[int, int, date]]:
    """Posts of article k stamped at their foot: (post start, post end, day) for each stamp
    line right under a paragraph of the article's text and right above chrome that is not the
    article's (an embed's action bar, "View on Twitter"), when two or more stamps are such and
    every stamp after the first of them is such (a page's own "Publié le" above its text heads
    it). The post is the paragraph above its stamp."""
    text = doc.text
    segs = sorted(doc.segments, key=lambda s: s.start)
    out: list[tuple[int, int, date]] = []
    for pos, day in posts:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        above = text.rfind("\n", 0, pos)  # the newline ending the line above
        nxt = next((s for s in segs if s.start >= line_end and s.end > line_end + 1), None)
        par = text.rfind("\n\n", 0, above) if above > 0 else -1
        start = par + 2 if par >= 0 else 0
        foot = (
            day is not None
            and above > 0
            and text[above - 1 : above] != "\n"  # text right above the stamp, no blank line
            and (nxt is None or nxt.article != k)  # chrome right under it, not the story
            and any(s.article == k and s.kind == "body" and s.start <= start < s.end for s in segs)
        )
        if foot and day is not None:
            out.append((start, line_end + 1, day))
        elif out:
            return []  # a stamp heading text among the footed ones: no embed layout
    return out if len(out) >= 2 else []


def _chrono_head(text: str, ln: tuple[int, int], lang: str, anchor: date | None) -> date | None:
    """The day of a chronology item's head: a full day opening its line and followed by a
    colon or dash and the item's text ("9 août 2012 : l'armée ...", "March 3, 2016 - ..."); a
    yearless one takes the anchor's year (or the one before when it would fall after it)."""
    from newsift.time.candidates import find_candidates

    a, b = ln
    # after a bullet or an item number ("1. Mardi 22 décembre 2015 — ...")
    m = _CHRONO_LEAD.match(text, a, b)
    lead = m.end() if m else a
    for c, _ in find_candidates(text, [(a, b, lang)]):
        sp = c.spec
        if c.start != lead or sp.kind != "date" or not (sp.month and sp.day):
            return None
        if not _CHRONO_TAIL.match(text, c.end, b):
            return None
        if sp.year:
            try:
                return date(sp.year, sp.month, sp.day)
            except ValueError:
                return None
        return _day_before(anchor, sp.month, sp.day) if anchor is not None else None
    return None


def _one_year_run(
    heads: list[tuple[int, date | None]], yearless: set[int], anchor: date
) -> list[tuple[int, date | None]]:
    """Yearless chronology heads in order (oldest or newest first) within one year take one
    year: the anchor's when the run's earliest day is not after the anchor, else the year
    before. Resolving each head alone against the anchor pushed the days after a (possibly
    wrong) publication day a year back, splitting one month's chronology across two years."""
    run = [(p, d) for p, d in heads if p in yearless and d is not None]
    if len(run) < 2:
        return heads
    days = [(d.month, d.day) for _, d in run]
    if days != sorted(days) and days != sorted(days, reverse=True):
        return heads  # no ordered chronology
    if max(days)[0] - min(days)[0] > 3:
        return heads  # a long run may cross a year's end (December, then January)
    first = min(days)
    year = anchor.year if first <= (anchor.month, anchor.day) else anchor.year - 1
    fixed: dict[int, date] = {}
    for p, d in run:
        try:
            fixed[p] = date(year, d.month, d.day)
        except ValueError:
            return heads
    return [(p, fixed.get(p, d)) for p, d in heads]


_CHRONO_LEAD = re.compile(r"[ \t*•\-–—]*(?:\d{1,2}[.)][ \t]+)?")
# what follows a chronology item's date: a colon or a dash, then the item's text
_CHRONO_TAIL = re.compile(r"[ \t]*(?:[:–—|]|\s-)[ \t]+\S")


# an RSS/Atom date element alone on its line: "<pubDate>Mon, 29 Dec 2014 09:15:47 +0000</pubDate>"
_FEED_STAMP = re.compile(r"<(pubDate|dc:date|published|updated)>\s*([^<]{8,60}?)\s*</\1>", re.I)


def _feed_stamp(line: str) -> date | None:
    """The day of a feed item's date element (RFC 822 or ISO), or None."""
    m = _FEED_STAMP.fullmatch(line.strip())
    if m is None:
        return None
    from email.utils import parsedate_to_datetime

    value = m[2].strip()
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _chrome_stamp(doc: Document, k: int, lang: str, today: date | None) -> Any:
    """The stamp set aside as chrome right above article k's text, when the article gives no
    date of its own: a channel's or forum's date separator alone on its line ("19 septembre
    2017"), a feed item's <pubDate>. Only the chrome between the previous article and this
    one's first body line counts; the nearest stamp wins; a stamp after ``today`` is no stamp."""
    from newsift.time.candidates import find_candidates
    from newsift.time.grammar import full_day
    from newsift.time.infer import Inferred

    zone = head_zone(doc, k)
    if zone is None:
        return None
    prev, first = zone
    chrome = sorted(
        (s for s in doc.segments if s.kind == "boilerplate" and prev <= s.start and s.end <= first),
        key=lambda s: s.start,
        reverse=True,
    )
    today = today or date.today()
    for s in chrome:
        for a, b in reversed(line_spans(doc.text, s.start, s.end)):
            line = doc.text[a:b]
            day = _feed_stamp(line)
            if day is None and len(line.strip()) <= 40 and not re.search(_CLOCK, line):
                lead = a + len(line) - len(line.lstrip())
                for c, _ in find_candidates(doc.text, [(a, b, s.lang or lang)]):
                    alone = c.start - lead <= 1 and len(line.rstrip()) - (c.end - a) <= 2
                    if alone:
                        day = full_day(c.spec)
                    break
            if day is not None and day <= today:
                return Inferred(day, day.isoformat(), "day", None, None, 0.7, "chrome date line")
    return None


def _page_stamp(doc: Document, k: int, lang: str, today: date | None, inf: Any) -> Any:
    """The page's own date for article k when the body's own evidence ``inf`` allows it
    (:func:`newsift.time.stamps.fits`), in trust order: a full date on a header line of the
    page's furniture (a forum post's "Posté le: Dim 17 Sep 2017" above an undated dispatch, a
    page's "27 janv. 2016" under a body whose latest year is 2015); then its "last modified"
    footer ("Mis à jour le ...": a chronology or a wiki article is written after the last day
    it tells, never on its first item's day); then a dated first sentence of the text; then a
    report's cover month ("Septembre 2016"). Each stamp and the news test are read once."""
    from newsift.time.infer import Inferred
    from newsift.time.stamps import (
        fits,
        foot_stamp,
        head_month,
        head_stamps,
        month_fits,
        tells_news,
    )

    anchor, prec = (inf.anchor, inf.precision) if inf is not None else (None, None)
    # a year lent to yearless days by the text around them ("le 17 octobre passé" beside a
    # background "en juin 2014") is no better than a guess against a page's full stamp
    guessed = inf is not None and inf.reason in (*GUESSES, CONTEXT_YEAR_REASON)
    heads = head_stamps(doc, k, lang, today)
    foot = foot_stamp(doc, k, lang, today)
    news = bool(heads or foot) and tells_news(doc.text, doc_spans(doc, k, lang))
    fitting = [st for st in heads if fits(st.day, anchor, prec, guessed, news)]
    furniture = [st for st in fitting if not st.in_text]
    if furniture:
        return _stamped(furniture[0], 0.7, "header stamp")
    if foot is not None and fits(foot.day, anchor, prec, guessed, news):
        return _stamped(foot, 0.65, "footer stamp")
    if fitting:
        return _stamped(fitting[0], 0.7, "header stamp")
    month = head_month(doc, k, lang, today)
    if month is not None and month_fits(month.day, anchor, prec):
        last = month.day.replace(day=calendar.monthrange(month.day.year, month.day.month)[1])
        published = month.day.isoformat()[:7]
        return Inferred(last, published, "month", month.start, month.end, 0.6, "header month")
    return None


def _second_hand_dateline(
    doc: Document, art: Article, lang: str, found: tuple[date | None, str | None, str]
) -> tuple[date | None, str | None, str]:
    """The article's header stamp instead of a second-hand dateline (an edit's day, a quoted
    message's, a month heading inside the story: :func:`newsift.time.stamps.better_stamp`);
    the article's published fields follow."""
    day, prec, basis = found
    if day is None or prec not in ("day", "month"):
        return found
    fetched, _ = parse_anchor(doc.meta.get("warc_date"))
    st = better_stamp(doc, art.k, lang, day, prec, fetched)
    if st is None:
        return found
    art.published, art.published_precision = st.day.isoformat(), "day"
    art.published_start, art.published_end = st.start, st.end
    return st.day, "day", basis


def _stamped(st: Any, confidence: float, reason: str) -> Any:
    """A page stamp as the article's inferred publication day."""
    from newsift.time.infer import Inferred

    return Inferred(st.day, st.day.isoformat(), "day", st.start, st.end, confidence, reason)


def doc_spans(doc: Document, k: int, lang: str) -> list[tuple[int, int, str]]:
    """Article k's text spans (title, body) with their languages."""
    return [(s.start, s.end, s.lang or lang) for s in doc.article_segments(k)]


def _day_line(text: str, start: int) -> bool:
    """Is the line at ``start`` a short day line ("Lundi 16 octobre 2017"), not an update
    stamp with a clock time ("Mis à jour le 18/10/2017 à 09:00")?"""
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end].strip()
    return len(line) <= 40 and not re.search(_CLOCK, line)


def _day_before(anchor: date, month: int, day: int) -> date | None:
    """The day ``month``/``day`` of the anchor's year, or of the year before when it would
    fall after the anchor (a live page tells its past days)."""
    for year in (anchor.year, anchor.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= anchor:
            return d
    return None


_CLOCK = r"(?:[01]?\d|2[0-3])\s*[:hH.]\s*[0-5]\d"
# "[MAJ 18:05]", "Update 14:32": an update label before the clock time
_UPDATE = r"(?:\[\s*)?(?:(?:maj|màj|mise à jour|update|updated)\b\s*:?\s*(?:à\s*|at\s*)?)?"
# "7:05 pm", "11.15 a.m.": an English clock time
_AMPM = r"(?:\s?[ap]\.?\s?m\.?)?"
_CLOCK_ENTRY = re.compile(
    rf"[ \t]*{_UPDATE}{_CLOCK}{_AMPM}\s*(?:\]\s*(?:[-–—|:•]\s*)?|(?:[-–—|:•]|\s-)\s)", re.I
)
_CLOCK_LINE = re.compile(
    rf"[ \t]*{_UPDATE}{_CLOCK}{_AMPM}\s*\]?\s*(?:\(?(?:gmt|utc|bst|hec|heure de \w+)\)?)?\s*",
    re.I,
)


def _context_years(doc: Document, k: int, lang: str) -> list[int]:
    """Years of the full dates around article k: its meta lines ("Mis à jour le 2 avril 2015")
    and the page's comment stamps ("23 mars 2019 à 15:20"). A comment is written after the
    article, a meta line with it: either ties a yearless dateline to its year."""
    from newsift.time.candidates import find_candidates

    spans = [
        (s.start, s.end, s.lang or lang)
        for s in doc.segments
        if (s.kind == "meta" and s.article == k) or s.kind == "comment"
    ]
    if not spans:
        return []
    out: list[int] = []
    for c, _ in find_candidates(doc.text, spans):
        parts = c.spec.parts if c.spec.kind in ("range", "list") else [c]
        for p in parts:
            sp = p.spec
            if sp.kind == "date" and sp.year and sp.month and sp.day:
                out.append(sp.year)
    return out


def _chrome_broadcast(doc: Document, spans: list[tuple[int, int, str]], today: date | None) -> Any:
    """A broadcast line ("Diffusée le 12 mars 2015") in the chrome above the first article: a
    radio page's own day, also when the cleaner read the line as boilerplate."""
    from newsift.time.infer import broadcast_day

    start, lang = spans[0][0], spans[0][2]
    chrome = [
        (s.start, s.end, s.lang or lang)
        for s in doc.segments
        if s.kind == "boilerplate" and s.end <= start
    ]
    return broadcast_day(doc.text, chrome, today) if chrome else None
