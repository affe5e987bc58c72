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

A background date never dates the story while the story has dates of its own: "depuis 2013"
(a lower bound), a pluperfect "qui avait conquis la ville en juin 2014", a participle "la
guerre déclenchée en 2011" (``tense.background`` of the language data). A wire dateline
without a year ("BEYROUTH, 4 juin (Agence) -") comes after every background period it tells,
takes its year from the page's own stamps or the story's own years, never from a background
one, and from the weekday it is given with or its lead names.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from newsift.time.candidates import clause_tense, find_candidates, sentences
from newsift.time.era import era_floor, pinned_years
from newsift.time.grammar import Cand, Spec, full_day
from newsift.time.lexicon import alt, load_lexicon

_ADJ_CHARS = set(" \t\n,()-–—:")
# the reason of an anchor that is only the earliest year the story's bounds allow (a guess the
# stage lets other articles' years override)
GUESS_REASON = "partial dates after the story's bounds"
# yearless days given the year of the text around them: the year is a guess a page stamp beats
CONTEXT_YEAR_REASON = "partial dates and the year of the context"
# yearless day stamps whose items' weekdays fix the year: better than a guess, weaker than a
# page's full stamp
WEEKDAY_YEAR_REASON = "yearless day stamps and the weekdays of their items"
# the latest full date is one the story tells as over before it ("qui avait pris le camp le 1er
# avril 2015", "the town, seized on 12 June 2014"): a bound of the page's day, not that day
TOLD_DATE_REASON = "latest dated expression, told as background"
# what may stand before a yearless dateline's date (a place, a comma) and after it
# "BEYROUTH, ", "BAAQOUBA (Irak), ": the place, with its country in brackets
_PLACE_NAME = r"[^\W\d][\w'’.\-]*(?:[ \-][\w'’.\-]+){0,3}"
# a city, with its region in brackets or its country after a comma ("TAL TAMR, Syria, Dec 11")
_DATELINE_PLACE = re.compile(
    rf"\s*(?:{_PLACE_NAME}(?:\s*\([^\W\d][^()\d]{{0,30}}\))?(?:\s*,\s*{_PLACE_NAME})?\s*,?\s*)?"
)
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[-–—:]")


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
    floor: int | None = None,
) -> tuple[int | None, float]:
    """The year of a partial date: where its weekday fits, nearest to ``ref``, never before
    the ``floor`` year the text's background and era names put it after (when one fits)."""
    if weekday is None:
        return (ref, 0.6) if ref is not None else (None, 0.0)
    lo, hi = plausible or (1990, today.year)
    if ref is not None:
        lo, hi = min(lo, ref - 8), max(hi, ref + 2)
    if floor is not None:
        hi = max(hi, min(floor + 1, today.year))
    years = [
        y
        for y in range(lo, hi + 1)
        if _valid(y, month, day) and date(y, month, day).weekday() == weekday
    ]
    years = [y for y in years if date(y, month, day) <= today]
    if floor is not None:
        years = [y for y in years if y >= floor] or years
    if not years:
        return None, 0.0
    if ref is not None:
        return min(years, key=lambda y: (abs(y - ref), -y)), 0.75
    return max(years), 0.4


def _first_day(s: Spec) -> date | None:
    if s.year is None:
        return None
    return date(s.year, s.month or 1, s.day or 1)


def _last_day(s: Spec) -> date | None:
    """The last day of a dated expression's period (a year's 31 December, a month's end)."""
    if s.year is None:
        return None
    if s.month is None:
        return date(s.year, 12, 31)
    return date(s.year, s.month, s.day or calendar.monthrange(s.year, s.month)[1])


_SEASON_START = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 22)}


def _season_start(s: Spec) -> date | None:
    """The first day of a dated season ("l'été 2013": 21 June 2013); a winter, which may
    begin in the year before, is bounded by the year's first day."""
    if s.year is None:
        return None
    month, day = _SEASON_START.get(s.code or "", (1, 1))
    return date(s.year, month, day)


@cache
def _background_markers(lang: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in load_lexicon(lang).words("tense", "background"))


def _told_before(text: str, c: Cand, lang: str, sent: tuple[int, int]) -> bool:
    """Is the dated clause background: is the tense marker nearest to the date a pluperfect
    ("Tikrit était tombée aux mains de l'EI en juin 2014", "which ISIS had seized in June
    2014") or a participle describing a noun ("la guerre déclenchée en 2011"), rather than a
    marker of the story's own past ("ont repris", "took")? The same distances as
    :func:`newsift.time.candidates.clause_tense`; a background marker wins a tie."""
    bg = _background_markers(lang)
    if not bg:
        return False
    lex = load_lexicon(lang)
    s0, s1 = sent
    chunk = text[s0:s1]
    best: tuple[int, bool] | None = None
    groups = (
        (True, bg, 0),
        (False, lex.future, 0),
        (False, lex.past, 0),
        (False, lex.past_weak, 15),
    )
    for is_bg, pats, penalty in groups:
        for pat in pats:
            for m in pat.finditer(chunk):
                a, b = s0 + m.start(), s0 + m.end()
                if a < c.end and b > c.start:
                    continue
                dist = c.start - b if b <= c.start else a - c.end
                between = text[b : c.start] if b <= c.start else text[c.end : a]
                dist += 25 * len(re.findall(r"[,;:()—–]", between)) + penalty
                if a >= c.end:
                    dist += 8
                if best is None or dist < best[0]:
                    best = (dist, is_bg)
    return bool(best and best[1])


def _is_since(text: str, c: Cand, lang: str) -> bool:
    """A date after "depuis" / "since" ("encerclé depuis 2013"): the story is later than it,
    so it bounds the publication year from below and never gives it."""
    if c.spec.kind != "date" or c.spec.year is None:
        return False
    words = load_lexicon(lang).words("years", "since")
    if not words:
        return False
    before = text[max(0, c.start - 40) : c.start]
    own = load_lexicon(lang).words("years", "since_own")
    if own and re.search(rf"(?:^|\W){alt(own)}\s+$", before, re.IGNORECASE):
        return False  # "depuis le début de 2017": the story's own year
    return bool(
        re.search(
            rf"(?:^|\W){alt(words)}\s+(?:(?:le|la|l['’]|les|the|el|dem|den)\s*)?$",
            before,
            re.IGNORECASE,
        )
    )


def _lead_weekday(text: str, head: Cand, flat: list[tuple[Cand, str]]) -> int | None:
    """The weekday the dispatch's lead sentence names right after its dateline ("… ont quitté
    samedi …"): a wire story's lead tells the day it is filed on (or the day before)."""
    end = text.find("\n", head.end)
    end = len(text) if end < 0 else end
    stop = re.search(r"[.!?](?:\s|$)", text[head.end : end])
    end = head.end + stop.end() if stop else end
    for c, _ in flat:
        s = c.spec
        if (
            head.end <= c.start < end
            and s.weekday is not None
            and s.direction not in ("last", "next")
            and (s.kind == "weekday" or (s.kind == "date" and s.day is None))
        ):
            return s.weekday
    return None


def _broadcast_line(text: str, c: Cand, lang: str, spans: list[tuple[int, int, str]]) -> bool:
    """Does ``c`` follow a broadcast cue on a short line of its own ("Émission — diffusé le
    12 mars 2015 — 26 min", "Broadcast on March 12, 2015")?"""
    cues = load_lexicon(lang).words("broadcast", "before")
    span = next(((a, b) for a, b, _ in spans if a <= c.start < b), None)
    if not cues or span is None:
        return False
    line_start = max(text.rfind("\n", span[0], c.start) + 1, span[0])
    line_end = text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > 160:
        return False  # a sentence of the story, not a line of the page
    before = text[line_start : c.start]
    # the cue opens the line or follows a separator ("Le Journal — diffusé le …"), never a
    # sentence's words ("Une vidéo diffusée le 3 mars 2015 montre …")
    cue = re.compile(
        rf"^\W*(?:[^.!?\n]{{0,60}}?\s[—–|·•-]\s*)?(?:{alt(cues)})\s*[:\-–—]?\s*$",
        re.IGNORECASE,
    )
    return cue.search(before) is not None and len(before) <= 100


def _weekdays(flat: list[tuple[Cand, str]]) -> set[int]:
    """The weekdays an article names ("mardi", "mercredi dernier"): its news days."""
    out: set[int] = set()
    for c, _ in flat:
        if c.spec.weekday is not None and c.spec.direction not in ("last", "next"):
            out.add(c.spec.weekday)
    return out


def _yearless_dateline(
    text: str, spans: list[tuple[int, int, str]], flat: list[tuple[Cand, str]]
) -> Cand | None:
    """A day and month without a year opening a paragraph of the article, after at most a
    place name ("BEYROUTH, 12 mars (Agence) -", "Damascus, March 12 (Agency) -").

    Bare heads with neither a place nor an agency ("9 octobre : ...", "October 3 - ...") on
    two or more lines are a chronology's items, not a dispatch's dateline: the first item's
    day is no publication day (the page was written after its last item)."""
    heads: list[tuple[Cand, bool]] = []  # (head, bare: no place, no agency)
    for c, _ in flat:
        s = c.spec
        if s.kind != "date" or s.year is not None or not (s.day and s.month):
            continue
        span = next(((a, b) for a, b, _ in spans if a <= c.start < b), None)
        if span is None:
            continue
        line_start = text.rfind("\n", span[0], c.start) + 1 or span[0]
        line_start = max(line_start, span[0])
        before = text[line_start : c.start]
        after = text[c.end : c.end + 40]
        tail = _DATELINE_TAIL.match(after)
        if len(before) <= 40 and _DATELINE_PLACE.fullmatch(before) and tail:
            heads.append((c, not before.strip() and "(" not in tail.group()))
    if sum(bare for _, bare in heads) >= 2:
        heads = [(c, bare) for c, bare in heads if not bare]
    return heads[0][0] if heads else None


def swapped_anchor(text: str, spans: list[tuple[int, int, str]], anchor: date) -> date | None:
    """The publication day read the other way round when a numeric stamp was read in the wrong
    order ("08/07/2017 9:12 AM", US month/day, read as 8 July): the article's own yearless
    dateline ("BEIRUT, Aug 7 (Wire) -") names the swapped day. None when nothing says so."""
    if anchor.day > 12 or anchor.day == anchor.month:
        return None
    head = _yearless_dateline(text, spans, _flat(find_candidates(text, spans)))
    if head is None or (head.spec.month, head.spec.day) != (anchor.day, anchor.month):
        return None
    return date(anchor.year, anchor.day, anchor.month)


def _told_fits(year: int, month: int, day: int, told: tuple[int, int, int]) -> bool:
    """Does a told day with its weekday fall on that weekday in the dispatch's year (or the
    year before, when its month and day come after the dispatch's)?"""
    m, d, wd = told
    y = year if (m, d) <= (month, day) else year - 1
    return _valid(y, m, d) and date(y, m, d).weekday() == wd


def _dateline_year(
    spec: Spec,
    floor: date | None,
    named: set[int],
    ref: int | None,
    today: date,
    plausible: tuple[int, int] | None,
    lead: int | None = None,
    told: list[tuple[int, int, int]] | None = None,
) -> int | None:
    """The year of a dated dispatch: after everything it tells in the past (``floor``), on
    the weekday its lead names (that day or the day after it) when one fits, else on a day of
    the week the story names, nearest to the context's year, else the first year after the
    background. ``told`` days with their weekday ("le mardi 10 octobre": month, day, weekday)
    fix the year as the dateline's own weekday does: a told day after the dateline's month and
    day is of the year before."""
    month, day = spec.month or 1, spec.day or 1
    lo, hi = plausible or (1990, today.year)
    if ref is not None:
        lo, hi = min(lo, ref - 1), max(hi, ref + 1)
    if floor is not None:
        hi = max(hi, min(floor.year + 1, today.year))
    years = [
        y
        for y in range(lo, hi + 1)
        if _valid(y, month, day)
        and date(y, month, day) <= today
        and (floor is None or date(y, month, day) >= floor)
    ]
    by_weekday = False
    if told:
        fit = [y for y in years if all(_told_fits(y, month, day, t) for t in told)]
        years, by_weekday = (fit, True) if fit else (years, False)
    if spec.weekday is not None:
        years = [y for y in years if date(y, month, day).weekday() == spec.weekday]
        by_weekday = True
    elif lead is not None and (
        fit := [y for y in years if (date(y, month, day).weekday() - lead) % 7 in (0, 1)]
    ):
        same = [y for y in fit if date(y, month, day).weekday() == lead]
        # "ont pris samedi …" then "Dimanche matin, …": the story reaches the day after its
        # lead's, so the dispatch is filed on that day
        nxt = [y for y in fit if date(y, month, day).weekday() == (lead + 1) % 7]
        if (lead + 1) % 7 in named and nxt:
            same = nxt
        if floor is not None and same and min(same) - min(fit) > 2:
            # after its background, the dispatch's next fitting year, not one years later
            same = []
        years, by_weekday = same or fit, True
    elif named:
        fit = [y for y in years if date(y, month, day).weekday() in named]
        years, by_weekday = (fit, True) if fit else (years, by_weekday)
    if not years:
        return None
    if ref is not None:
        return min(years, key=lambda y: (abs(y - ref), -y))
    if floor is not None:
        return min(years)
    if by_weekday:
        return max(years)  # "dimanche" and 12 March: the latest such year in range
    return None  # nothing ties the dispatch to a year


def broadcast_day(
    text: str, spans: list[tuple[int, int, str]], today: date | None = None
) -> Inferred | None:
    """The day of a broadcast line ("Diffusée le dimanche 12 mars 2015 de 12h00 à 12h30")
    among ``spans`` -- the page's chrome above a radio show's transcript, whose own date line
    the cleaner may have set aside with its menus."""
    return _broadcast_in(text, _flat(find_candidates(text, spans)), spans, today or date.today())


def _broadcast_in(
    text: str, flat: list[tuple[Cand, str]], spans: list[tuple[int, int, str]], today: date
) -> Inferred | None:
    """The first full date of ``flat`` that stands on a broadcast line, not after ``today``."""
    for c, lang in flat:
        d = full_day(c.spec)
        if d is None or d > today:
            continue
        if _broadcast_line(text, c, lang, spans):
            return Inferred(d, d.isoformat(), "day", c.start, c.end, 0.8, "broadcast line")
    return None


def infer_anchor(
    text: str,
    spans: list[tuple[int, int, str]],
    years_hint: list[int] | None = None,
    *,
    today: date | None = None,
    plausible_years: tuple[int, int] | None = None,
    context_years: list[int] | None = None,
) -> Inferred | None:
    """Infer the publication date of the article made of ``spans`` of ``text`` (or None).

    ``context_years`` are the years of full dates found around the article (its comments'
    stamps, its meta lines): a dateline without a year takes the nearest fitting one.
    """
    today = today or date.today()
    cands = find_candidates(text, spans)
    flat = _flat(cands)
    since = {id(c) for c, lang in flat if _is_since(text, c, lang)}
    dated = [
        c
        for c, _ in flat
        if c.spec.kind == "date" and c.spec.year and c.spec.year <= today.year + 1
    ]
    sents = {s: sentences(text, s[0], s[1]) for s in ((a, b) for a, b, _ in spans)}

    def sent_of(c: Cand) -> tuple[int, int] | None:
        span = next(((a, b) for a, b, _ in spans if a <= c.start < b), None)
        if span is None:
            return None
        return next((s for s in sents[span] if s[0] <= c.start < s[1]), span)

    def tense(c: Cand, lang: str) -> str | None:
        sent = sent_of(c)
        if sent is None:
            return None
        return clause_tense(text, c.start, c.end, load_lexicon(lang), sent)

    # background: "depuis 2013" (a lower bound), "la guerre déclenchée en 2011", "qui avait
    # conquis la ville en juin 2014": the story is later than these, never dated by them
    background = set(since)
    for c, lang in flat:
        if id(c) not in background and c.spec.kind == "date" and c.spec.year:
            sent = sent_of(c)
            if sent is not None and _told_before(text, c, lang, sent):
                background.add(id(c))

    def plausible(cs: list[Cand]) -> list[Cand]:
        lo, hi = plausible_years or (0, 9999)
        return [c for c in cs if lo <= (c.spec.year or 0) <= hi]

    # the story's own dates first, then (when nothing else dates it) the latest background,
    # a lower bound of the story; "après 2003", "depuis 1979": a year outside the plausible
    # range dates the article only when no plausible one is there
    strict = [c for c in dated if id(c) not in background]
    # "depuis 2013" is only a bound: it never stands in for the story's own dates
    bounded = [c for c in dated if id(c) not in since]
    own = next((cs for cs in (strict, bounded) if plausible(cs)), None)
    own = plausible(own) if own else (strict or bounded)
    own_ids = {id(c) for c in own}
    years = [c.spec.year for c in own if c.spec.year]
    ref_year = max(years) if years else (max(years_hint) if years_hint else None)
    # a partial date ("le 23 décembre") takes the story's own year, never a background one:
    # "depuis 2012" bounds the story, it does not put its December in 2012
    story_years = [c.spec.year for c in own if c.spec.year and id(c) not in background]
    partial_year = max(story_years) if story_years else (max(years_hint) if years_hint else None)
    # what the story cannot be earlier than: the end of every background period it tells
    # ("la guerre déclenchée en 2011": after 2011), the names of its era ("Hayat Tahrir
    # al-Sham": 2017 on) and a year it ties to its present ("l'an dernier, en 2016": 2017)
    pins = [y for y in pinned_years(text, [c for c, _ in flat]) if y <= today.year]
    low, strong = _story_floor(text, spans, flat, background, pins, today, tense)
    floor_year = low.year if low is not None else None
    # the years that lift a year of the story's own: a name of its era, a pinned year, a
    # background year later than it ("en 2014 ... assiégée depuis 2015": after 2015); a
    # background of the story's own year ("l'accord signé en 2017") does not
    lifted = [
        d.year
        for d in (_last_day(c.spec) for c, _ in flat if id(c) in background)
        if d is not None and d.year <= today.year
    ]
    lift_year = max([*lifted, *([strong.year] if strong else [])], default=None)

    def too_early(y: int) -> bool:
        """Is ``y``, a year of the story's own, earlier than its bounds allow?"""
        return floor_year is not None and lift_year is not None and y < min(lift_year, floor_year)

    if pins:
        partial_year = max(pins)
    if partial_year is not None and floor_year is not None and too_early(partial_year):
        partial_year = floor_year

    def raised(y: int, why: str) -> Inferred:
        """A year from the bounds alone: the latest year named is over before the story."""
        conf = 0.3 if pins and y == max(pins) else 0.2
        return Inferred(date(y, 12, 31), f"{y:04d}", "year", None, None, conf, why)

    # a wire dateline without a year: the page's own stamps, else the year the story ties to
    # its present, else the story's own years
    own_years = [c.spec.year for c in own if c.spec.year and id(c) not in background]
    ctx_year = (
        max(context_years)
        if context_years
        else max(pins)
        if pins
        else max(own_years)
        if own_years
        else None
    )

    # 0. a broadcast line ("Diffusé le jeudi 12 mars 2015", "Broadcast on March 12, 2015"):
    # a transcript's or radio page's own day, whatever the programme tells
    broadcast = _broadcast_in(text, flat, spans, today)
    if broadcast is not None:
        return broadcast

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
                else _year_for(
                    ds.month, ds.day, ds.weekday, ref_year, today, plausible_years, floor_year
                )
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

    # 3a. yearless day stamps heading the items of a channel export, a chronology or a page of
    # dated posts ("1 mars" over "ont repris vendredi ..."): the year where the items' weekdays
    # fall on their stamps' days, the first such year after the story's bounds
    if partial_year is None:
        fit = _stamps_weekday_year(
            text, spans, flat, low, today, plausible_years, lambda c, lang: tense(c, lang)
        )
        if fit is not None:
            d, c = fit
            return Inferred(
                d, f"{d.year:04d}-{d.month:02d}", "month", c.start, c.end, 0.35, WEEKDAY_YEAR_REASON
            )

    # 1b. a wire dateline without a year ("BAGDAD, 1er avril (Agence) -")
    head = _yearless_dateline(text, spans, flat)
    if head is not None:
        # a background date is over before the dispatch ("déclenchée en 2011": after 2011)
        past = [
            _last_day(c.spec) if id(c) in background else _first_day(c.spec)
            for c, lang in flat
            if c.spec.kind == "date" and c.spec.year and tense(c, lang) != "future"
        ]
        # "depuis l'été 2013": a season told in the past bounds the dispatch by its start
        past += [
            _season_start(c.spec)
            for c, lang in flat
            if c.spec.kind == "season" and c.spec.year and tense(c, lang) != "future"
        ]
        floor = max((d for d in [*past, low] if d is not None), default=None)
        y = _dateline_year(
            head.spec,
            floor,
            # "L'armée entrera jeudi": a weekday told in the future is no news day of the story
            _weekdays([(c, lang) for c, lang in flat if tense(c, lang) != "future"]),
            ctx_year,
            today,
            plausible_years,
            _lead_weekday(text, head, flat),
            [
                (c.spec.month, c.spec.day, c.spec.weekday)
                for c, lang in flat
                if c is not head
                and c.spec.kind == "date"
                and c.spec.year is None
                and c.spec.month
                and c.spec.day
                and c.spec.weekday is not None
                and tense(c, lang) != "future"
            ],
        )
        if y is None and head.spec.weekday is not None:
            # "mardi 14 octobre" fixes the year by itself; a background end ("depuis 2014")
            # is only a likely bound and yields to it
            y = _dateline_year(head.spec, None, set(), ctx_year, today, plausible_years)
        if y is not None:
            d = date(y, head.spec.month or 1, head.spec.day or 1)
            return Inferred(
                d, d.isoformat(), "day", head.start, head.end, 0.5, "dateline without a year"
            )

    # 2. the latest dated day or month outside future clauses
    best: tuple[date, date, Cand] | None = None
    for c, lang in flat:
        s = c.spec
        if s.kind != "date" or s.year is None or s.month is None or s.year > today.year + 1:
            continue
        if id(c) not in own_ids:
            continue  # "depuis juin 2014", "tombée en juin 2014": not the story's time
        if tense(c, lang) == "future":
            continue
        if s.day is not None:
            first = last = date(s.year, s.month, s.day)
        else:
            first = date(s.year, s.month, 1)
            last = date(s.year, s.month, calendar.monthrange(s.year, s.month)[1])
        if best is None or last > best[1]:
            best = (first, last, c)
    if best is not None and floor_year is not None and too_early(best[0].year):
        return raised(floor_year, "latest dated expression, raised to the story's bounds")
    if best is not None:
        first, last, c = best
        anchor = first if c.spec.day is not None else last
        told = id(c) in background
        return Inferred(
            anchor,
            f"{first.year:04d}-{first.month:02d}",
            "month",
            c.start,
            c.end,
            0.4 if told else 0.6,
            TOLD_DATE_REASON if told else "latest dated expression",
        )

    # weekday + partial date ("lundi 20 novembre") fixes the year on its own
    for c, _lang in flat:
        s = c.spec
        if s.kind == "date" and s.year is None and s.day and s.month and s.weekday is not None:
            y, conf = _year_for(
                s.month, s.day, s.weekday, ref_year, today, plausible_years, floor_year
            )
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
    if partial and partial_year is not None:
        c, _ = max(partial, key=lambda x: (x[0].spec.month or 0, x[0].spec.day or 0))
        s: Spec = c.spec
        if s.month and s.day and _valid(partial_year, s.month, s.day):
            d = date(partial_year, s.month, s.day)
            return Inferred(
                d,
                f"{partial_year:04d}-{s.month:02d}",
                "month",
                c.start,
                c.end,
                0.4,
                CONTEXT_YEAR_REASON,
            )

    # 3b. partial dates and no year of the story's own, but names that bound it ("l'ex-Front
    # al-Nosra"): the told days ("le 23 décembre", "le 14 janvier") run in order up to the
    # story, the first of them on or after the bound
    if partial and partial_year is None and strong is not None and low is not None:
        got = _chain_partials([c for c, _ in partial], low)
        if got is not None:
            d, c = got
            # a yearless dateline gives the dispatch's day; only its year is the guess
            told = head is not None and c.start == head.start
            return Inferred(
                d,
                d.isoformat() if told else f"{d.year:04d}-{d.month:02d}",
                "day" if told else "month",
                c.start,
                c.end,
                0.25,
                GUESS_REASON,
            )

    # 4. years only -- the story's own: a background year ("depuis 2013", "avaient pris la
    # ville en 2015") is over before the story and would date its "samedi" years early
    years = story_years
    if years:
        y = max(years)
        if floor_year is not None and too_early(y):
            return raised(floor_year, "latest year, raised to the story's bounds")
        c = next(c for c in own if c.spec.year == y)
        return Inferred(date(y, 12, 31), f"{y:04d}", "year", c.start, c.end, 0.3, "latest year")
    if pins:  # "l'an dernier, en 2016" and no other year of the story's own
        return raised(max(pins), "a year named beside a relative year")
    return None


def _chain_partials(cands: list[Cand], low: date) -> tuple[date, Cand] | None:
    """Yearless days told in the past, put in calendar order across a new year (the widest
    gap between two of them is where the chronology starts: 23 December, then 14 January),
    their first on or after ``low``: the last of them and its year."""
    days = sorted({(c.spec.month or 0, c.spec.day or 0) for c in cands})
    if not days or any(not (1 <= m <= 12) for m, _ in days):
        return None
    ordinals = [date(2001, m, min(d, 28 if m == 2 else d)).timetuple().tm_yday for m, d in days]
    gaps = [(ordinals[(i + 1) % len(days)] - ordinals[i]) % 365 or 365 for i in range(len(days))]
    cut = max(range(len(days)), key=lambda i: gaps[i])
    order = days[cut + 1 :] + days[: cut + 1]  # chronological
    first_m, first_d = order[0]
    year = low.year
    if not _valid(year, first_m, first_d) or date(year, first_m, first_d) < low:
        year += 1
    y = year
    prev = order[0]
    for md in order[1:]:
        if md < prev:
            y += 1  # across a new year
        prev = md
    last_m, last_d = order[-1]
    if not _valid(y, last_m, last_d):
        return None
    c = next(c for c in cands if (c.spec.month, c.spec.day) == (last_m, last_d))
    return date(y, last_m, last_d), c


def _story_floor(
    text: str,
    spans: list[tuple[int, int, str]],
    flat: list[tuple[Cand, str]],
    background: set[int],
    pins: list[int],
    today: date,
    tense: Callable[[Cand, str], str | None],
) -> tuple[date | None, date | None]:
    """The first day the story can be on: the day after the latest background period it tells
    in the past, the first day of its era's names, the first day of a pinned year; and the
    latter two alone (a bound from names and pins, not from a background of unknown age)."""
    ends = [
        d + timedelta(days=1)
        for c, lang in flat
        if id(c) in background
        and c.spec.kind == "date"
        and c.spec.year
        and c.spec.year <= today.year
        and tense(c, lang) != "future"
        and (d := _last_day(c.spec)) is not None
    ]
    era = era_floor("\n".join(text[a:b] for a, b, _ in spans))
    named = [d for d in [*([era[0]] if era else []), *(date(y, 1, 1) for y in pins)] if d <= today]
    found = [d for d in ends if d <= today] + named
    return max(found, default=None), max(named, default=None)


def _stamp_line(text: str, c: Cand, spans: list[tuple[int, int, str]]) -> bool:
    """Is the yearless date ``c`` a stamp heading its line: alone on it ("1 mars", "March 10"),
    or opening an item ("9 août : ...", "10 March - ...")?"""
    span = next(((a, b) for a, b, _ in spans if a <= c.start < b), None)
    if span is None:
        return False
    line_start = max(text.rfind("\n", 0, c.start) + 1, 0)
    if text[line_start : c.start].strip(" \t*•-–—[(") != "":
        return False
    end = text.find("\n", c.end)
    rest = text[c.end : len(text) if end < 0 else end]
    return not rest.strip(" \t)]") or bool(re.match(r"\s*[:\-–—|]\s", rest))


def _stamps_weekday_year(
    text: str,
    spans: list[tuple[int, int, str]],
    flat: list[tuple[Cand, str]],
    low: date | None,
    today: date,
    plausible: tuple[int, int] | None,
    tense: Callable[[Cand, str], str | None],
) -> tuple[date, Cand] | None:
    """The latest stamp's day in the year where the weekdays told under yearless day stamps
    fall on their stamp's day (or the day before it: "dans la nuit de dimanche à lundi"), and
    the stamp; None unless two stamps or more fall on their weekdays in that year and the
    weekdays mostly fit. A weekday with its own date, a future or "last/next" one is
    no evidence."""
    stamps = [
        c
        for c, _ in flat
        if c.spec.kind == "date"
        and c.spec.year is None
        and c.spec.month
        and c.spec.day
        and c.spec.weekday is None
        and _stamp_line(text, c, spans)
    ]
    if len(stamps) < 2:
        return None
    told: list[tuple[int, int, frozenset[int]]] = []  # stamp month, day, weekdays told under it
    for i, st in enumerate(stamps):
        nxt = stamps[i + 1].start if i + 1 < len(stamps) else len(text)
        for c, lang in flat:
            sp = c.spec
            if not st.end <= c.start < nxt or sp.kind not in ("weekday", "night"):
                continue
            if sp.weekday is None or sp.direction in ("last", "next") or sp.day is not None:
                continue
            if tense(c, lang) == "future":
                continue
            # "la nuit de dimanche à lundi" is told on either day
            wds = {sp.weekday, (sp.weekday + 1) % 7} if sp.kind == "night" else {sp.weekday}
            told.append((st.spec.month or 1, st.spec.day or 1, frozenset(wds)))
    if len({(m, d) for m, d, _ in told}) < 2:
        return None
    lo, hi = plausible or (1990, today.year)
    if low is not None:
        lo = max(lo, low.year)
    last = max(stamps, key=lambda c: (c.spec.month or 0, c.spec.day or 0))
    scores: dict[int, float] = {}
    for y in range(lo, hi + 1):
        if not _valid(y, last.spec.month or 1, last.spec.day or 1):
            continue
        if date(y, last.spec.month or 1, last.spec.day or 1) > today:
            continue
        score, days = 0.0, set()
        for m, d, wd in told:
            if not _valid(y, m, d):
                continue
            day = date(y, m, d)
            if day.weekday() in wd:
                score, days = score + 1, days | {(m, d)}
            elif (day - timedelta(days=1)).weekday() in wd:
                score += 0.5  # told the day after: "samedi" under a Sunday stamp
        if len(days) >= 2:
            scores[y] = score
    if not scores:
        return None
    best = max(scores.values())
    years = sorted(y for y, v in scores.items() if v == best)
    if best < 0.5 * len(told):
        return None  # the weekdays are not the stamps' days: items tell other days
    # after the story's bounds, the first fitting year; with no bound, the latest in range (as
    # a weekday beside a yearless dateline does)
    y = years[0] if low is not None else years[-1]
    return date(y, last.spec.month or 1, last.spec.day or 1), last
