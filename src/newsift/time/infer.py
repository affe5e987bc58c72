"""Inferring a publication date from the article itself, when no metadata gives one.

Evidence, strongest first:

1. a relative day next to a full or partial date naming the same day -- "Hier, lundi
   20 novembre" means the article was written the day after Monday 20 November; the year is
   the one where 20 November is a Monday, nearest to the other years of the text (or to the
   ``years_hint``; failing both, the latest such year not after ``today``);
2. the latest date with a year in a clause that is not future tense ("le 1er octobre 2017"):
   the article is from that month or later -> published = that month (precision "month"),
   anchor = that day;
3. partial dates ("On November 4") with a year taken from the text's latest year or the hint
   (another article of the same document) -> that month;
4. only years ("in 2016") -> the latest year (precision "year").
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from newsift.time.candidates import clause_tense, find_candidates, sentences
from newsift.time.grammar import Cand, Spec
from newsift.time.lexicon import load_lexicon

_ADJ_CHARS = set(" \t\n,()-–—:")


@dataclass(slots=True)
class Inferred:
    """An inferred publication date and the evidence it rests on."""

    anchor: date  # the day relative expressions are resolved from
    published: str  # ISO value written to Article.published
    precision: str  # day | month | year
    start: int | None
    end: int | None
    confidence: float
    reason: str


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _flat(cands: list[tuple[Cand, str]]) -> list[tuple[Cand, str]]:
    out: list[tuple[Cand, str]] = []
    for c, lang in cands:
        if c.spec.kind in ("range", "list"):
            out.extend((p, lang) for p in c.spec.parts)
        else:
            out.append((c, lang))
    return out


def _year_for(
    month: int,
    day: int,
    weekday: int | None,
    ref: int | None,
    today: date,
    plausible: tuple[int, int] | None,
) -> tuple[int | None, float]:
    """The year of a partial date: where its weekday fits, nearest to ``ref``."""
    if weekday is None:
        return (ref, 0.6) if ref is not None else (None, 0.0)
    lo, hi = plausible or (1990, today.year)
    if ref is not None:
        lo, hi = min(lo, ref - 8), max(hi, ref + 2)
    years = [
        y
        for y in range(lo, hi + 1)
        if _valid(y, month, day) and date(y, month, day).weekday() == weekday
    ]
    years = [y for y in years if date(y, month, day) <= today]
    if not years:
        return None, 0.0
    if ref is not None:
        return min(years, key=lambda y: (abs(y - ref), -y)), 0.75
    return max(years), 0.4


def infer_anchor(
    text: str,
    spans: list[tuple[int, int, str]],
    years_hint: list[int] | None = None,
    *,
    today: date | None = None,
    plausible_years: tuple[int, int] | None = None,
) -> Inferred | None:
    """Infer the publication date of the article made of ``spans`` of ``text`` (or None)."""
    today = today or date.today()
    cands = find_candidates(text, spans)
    flat = _flat(cands)
    years = [
        c.spec.year
        for c, _ in flat
        if c.spec.kind == "date" and c.spec.year and c.spec.year <= today.year + 1
    ]
    ref_year = max(years) if years else (max(years_hint) if years_hint else None)
    sents = {s: sentences(text, s[0], s[1]) for s in ((a, b) for a, b, _ in spans)}

    def tense(c: Cand, lang: str) -> str | None:
        span = next(((a, b) for a, b, _ in spans if a <= c.start < b), None)
        if span is None:
            return None
        sent = next((s for s in sents[span] if s[0] <= c.start < s[1]), span)
        return clause_tense(text, c.start, c.end, load_lexicon(lang), sent)

    # 1. "Hier, lundi 20 novembre": a relative day beside a date of the same day
    for (a, _la), (b, _lb) in zip(flat, flat[1:], strict=False):
        gap = text[a.end : b.start]
        if len(gap) > 4 or not set(gap) <= _ADJ_CHARS:
            continue
        for rel, dat in ((a, b), (b, a)):
            rs, ds = rel.spec, dat.spec
            if rs.kind != "relday" or ds.kind != "date" or ds.day is None or ds.month is None:
                continue
            y, conf = (
                (ds.year, 0.9)
                if ds.year
                else _year_for(ds.month, ds.day, ds.weekday, ref_year, today, plausible_years)
            )
            if y is None or not _valid(y, ds.month, ds.day):
                continue
            pub = date(y, ds.month, ds.day) - timedelta(days=rs.offset)
            return Inferred(
                pub,
                pub.isoformat(),
                "day",
                min(a.start, b.start),
                max(a.end, b.end),
                conf,
                "relative day beside a date",
            )

    # 2. the latest dated day or month outside future clauses
    best: tuple[date, date, Cand] | None = None
    for c, lang in flat:
        s = c.spec
        if s.kind != "date" or s.year is None or s.month is None or s.year > today.year + 1:
            continue
        if tense(c, lang) == "future":
            continue
        if s.day is not None:
            first = last = date(s.year, s.month, s.day)
        else:
            first = date(s.year, s.month, 1)
            last = date(s.year, s.month, calendar.monthrange(s.year, s.month)[1])
        if best is None or last > best[1]:
            best = (first, last, c)
    if best is not None:
        first, last, c = best
        anchor = first if c.spec.day is not None else last
        return Inferred(
            anchor,
            f"{first.year:04d}-{first.month:02d}",
            "month",
            c.start,
            c.end,
            0.6,
            "latest dated expression",
        )

    # weekday + partial date ("lundi 20 novembre") fixes the year on its own
    for c, _lang in flat:
        s = c.spec
        if s.kind == "date" and s.year is None and s.day and s.month and s.weekday is not None:
            y, conf = _year_for(s.month, s.day, s.weekday, ref_year, today, plausible_years)
            if y is not None:
                d = date(y, s.month, s.day)
                return Inferred(
                    d,
                    f"{y:04d}-{s.month:02d}",
                    "month",
                    c.start,
                    c.end,
                    conf * 0.8,
                    "weekday and date",
                )

    # 3. partial dates with a year from the text or the hint
    partial = [
        (c, lang)
        for c, lang in flat
        if c.spec.kind == "date" and c.spec.year is None and c.spec.month and c.spec.day
    ]
    partial = [(c, lang) for c, lang in partial if tense(c, lang) != "future"]
    if partial and ref_year is not None:
        c, _ = max(partial, key=lambda x: (x[0].spec.month or 0, x[0].spec.day or 0))
        s: Spec = c.spec
        if s.month and s.day and _valid(ref_year, s.month, s.day):
            d = date(ref_year, s.month, s.day)
            return Inferred(
                d,
                f"{ref_year:04d}-{s.month:02d}",
                "month",
                c.start,
                c.end,
                0.4,
                "partial dates and the year of the context",
            )

    # 4. years only
    if years:
        y = max(years)
        c = next(c for c, _ in flat if c.spec.kind == "date" and c.spec.year == y)
        return Inferred(date(y, 12, 31), f"{y:04d}", "year", c.start, c.end, 0.3, "latest year")
    return None
