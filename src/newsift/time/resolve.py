"""Finding date expressions and anchoring them: the pure-function API of newsift.time.

Public entry points (no stage or Document needed, so the events stage can call them):

* :func:`parse_dates` ``(text, lang, anchor=None) -> list[DateExpr]`` -- every date, duration
  and period expression of ``text``, resolved against ``anchor`` (the publication date).
  With ``anchor=None`` the anchor is inferred from the text (see :mod:`newsift.time.infer`);
  expressions that still cannot be resolved keep ``value=None``.
* :func:`tag_spans` -- the same over several ranges of one text (an article's title and
  body segments), carrying "the previous date" across them for "le lendemain".

Values are ISO 8601: day ``2017-11-03``, week ``2017-W45``, month ``2017-11``, year ``2017``,
range ``2017-11-01/2017-11-04``, duration ``P3Y``. ``timex_value`` is the TimeML value
(``2017-11-20TEV``, ``PRESENT_REF``, ``2017-Q3``, ``199``) used by the TimeML evaluation.

Resolution rules (newsift's own):

* a partial date ("November 3", "dimanche", "en octobre") takes the year/week from the anchor
  in the direction of the tense of its clause: past -> the most recent such date on or before
  the anchor (2 days of slack), future -> the next one, no tense marker -> the nearest,
  a future date counting three times its distance (news mostly reports the past);
  a weekday given with a date ("lundi 20 novembre") picks the year where they agree;
* "yesterday", "two days ago", "last week", "this month" count from the anchor;
* "le lendemain", "the next day", "two days later" count from the previous date of the text
  (falling back to the anchor, with lower confidence);
* adjacent expressions naming the same day ("Hier, lundi 20 novembre") are checked: when they
  disagree both are flagged ``inconsistent`` and their confidence halved;
* ranges ("du 1er au 4 novembre", "between 5 and 10 September", "2011-2014") and lists of
  dates ("On November 1, November 2 ... and November 4") give one expression per member date
  (in ``parts``) and the whole span as a range; a list only becomes a range when its dates
  are consecutive days.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from newsift.time.candidates import clause_tense, find_candidates, sentences
from newsift.time.grammar import Cand, Spec
from newsift.time.lexicon import Lexicon, alt, load_lexicon, movable_holidays

EXTRACTOR = "time:rules"
# a day and month without a year takes the year of a full date told before it on its line when
# it falls this many days after it at most (an essay's "Le 3 août 2014 ... le 15 août")
TOLD_YEAR_DAYS = 120
# ... and in the next paragraph, when it falls this many days after that date at most
NEXT_TOLD_DAYS = 31
MENTION_PRECISIONS = ("day", "week", "month", "year", "decade", "range", "duration")
PAST_SLACK = timedelta(days=2)


@dataclass(slots=True)
class DateExpr:
    """One date expression found in a text, with its anchored value."""

    start: int
    end: int
    text: str
    value: str | None  # ISO 8601 (see module doc); None when it cannot be resolved
    precision: str | None  # day|week|month|year|decade|range|duration|season|quarter|ref
    timex_type: str = "DATE"  # TimeML type: DATE|TIME|DURATION
    timex_value: str | None = None  # TimeML value
    anchor: str | None = None  # ISO anchor used when the expression is relative
    relative: bool = False
    confidence: float = 0.9
    rule: str = ""
    mod: str | None = None
    parts: list[DateExpr] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    lang: str = "en"
    kind: str = ""  # the Spec kind: date|weekday|relday|chain|ago|range|list|duration|...

    @property
    def is_mention(self) -> bool:
        """Whether it belongs in mentions.jsonl (an ISO value of a known precision)."""
        return self.value is not None and self.precision in MENTION_PRECISIONS

    def first_day(self) -> date | None:
        """The first day the value covers (for ordering and publication-date inference)."""
        return _bounds(self.value)[0] if self.value else None

    def last_day(self) -> date | None:
        return _bounds(self.value)[1] if self.value else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "precision": self.precision,
            "timex_type": self.timex_type,
            "timex_value": self.timex_value,
            "anchor": self.anchor,
            "confidence": self.confidence,
            "rule": self.rule,
            "flags": list(self.flags),
            "parts": [p.to_dict() for p in self.parts],
        }


# --------------------------------------------------------------------------- date helpers
def _bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last day covered by an ISO value (day, week, month, year, range)."""
    if not value:
        return None, None
    if "/" in value:
        a, b = value.split("/", 1)
        return _bounds(a)[0], _bounds(b)[1]
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            d = date.fromisoformat(value)
            return d, d
        if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
            d = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return d, d + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        if m := re.fullmatch(r"(\d{4})", value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None, None
    return None, None


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def parse_anchor(value: str | date | None) -> tuple[date | None, str | None]:
    """An anchor from ISO text ("2017-11-21", "2017-11", "2017", "2017-11-21T10:00Z").

    A month or year anchor is placed on its last day: past-tense partial dates then fall
    inside it ("November 3" with anchor "2017-11" -> 2017-11-03).
    """
    if value is None:
        return None, None
    if isinstance(value, date):
        return value, "day"
    s = str(value).strip()
    if m := re.match(r"(\d{4})-(\d\d)-(\d\d)", s):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])), "day"
        except ValueError:
            return None, None
    if m := re.match(r"(\d{4})(\d\d)(\d\d)(?!\d)", s):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])), "day"
        except ValueError:
            return None, None
    if m := re.fullmatch(r"(\d{4})-(\d\d)", s):
        y, mo = int(m[1]), int(m[2])
        if 1 <= mo <= 12:
            return date(y, mo, calendar.monthrange(y, mo)[1]), "month"
    if m := re.fullmatch(r"(\d{4})", s):
        return date(int(m[1]), 12, 31), "year"
    return None, None


class _Resolver:
    """Anchors candidates in text order, remembering the previous date for chains."""

    def __init__(self, text: str, anchor: date | None, anchor_precision: str | None) -> None:
        self.text = text
        self.anchor = anchor
        self.anchor_precision = anchor_precision or "day"
        self.prev: date | None = None  # the last day mentioned (for "le lendemain")
        self.prev_any: date | None = None  # the last point of any grain ("cette année-là")
        # the page's day over a chronology item anchored on its own day (see tag_spans)
        self.ceiling: date | None = None
        # the month of the last day or month told ("Le 5, ..." after "le 2 mars")
        self.prev_month: tuple[int, int] | None = None

    # -- confidence of an anchored expression
    def _rel_conf(self, base: float, needs_day: bool = True) -> float:
        """Confidence of an anchored value: a month-precision anchor fixes a year, not a day."""
        if self.anchor_precision == "day":
            return base
        return base * (0.6 if needs_day else 0.9)

    def resolve(self, c: Cand, lex: Lexicon, tense: str | None) -> DateExpr:
        s = c.spec
        e = DateExpr(
            c.start,
            c.end,
            self.text[c.start : c.end],
            None,
            None,
            s.timex_type,
            rule=c.rule,
            mod=s.mod,
            lang=lex.lang,
            kind=s.kind,
        )
        e.flags = ["with_weekday"] if s.weekday is not None and s.kind == "date" else []
        A = self.anchor  # noqa: N806
        iso_a = A.isoformat() if A else None
        k = s.kind
        if k == "date":
            self._date(e, s, tense)
        elif k == "weekday":
            e.relative, e.anchor = True, iso_a
            if A:
                d = _weekday_date(A, s.weekday or 0, s.direction, tense)
                e.value, e.precision, e.confidence = d.isoformat(), "day", self._rel_conf(0.85)
        elif k == "relday":
            e.relative, e.anchor = True, iso_a
            if A:
                d = A + timedelta(days=s.offset)
                e.value, e.precision, e.confidence = d.isoformat(), "day", self._rel_conf(0.9)
        elif k == "chain":
            base = self.prev or A
            e.relative, e.anchor = True, base.isoformat() if base else None
            if base:
                d = base + timedelta(days=s.offset)
                e.value, e.precision = d.isoformat(), "day"
                e.confidence = 0.8 if self.prev else 0.5
        elif k == "dom":
            self._day_of_month(e, s)
        elif k in ("ago", "in") and not s.n:  # "several years ago": TimeML's PAST_REF
            e.precision, e.confidence = "ref", 0.6
            e.timex_value = "PAST_REF" if k == "ago" else "FUTURE_REF"
        elif k in ("ago", "in"):
            e.relative, e.anchor = True, iso_a
            if k == "in" and tense == "past":
                e.timex_type, e.value, e.precision = (
                    "DURATION",
                    _duration(s.n or 1, s.unit or "day"),
                    "duration",
                )
            elif A:
                e.value, e.precision = _shift(A, s.unit or "day", s.offset)
                e.confidence = self._rel_conf(0.85)
        elif k == "chainunit":
            base = (self.prev or self.prev_any) if s.unit in ("day", "week") else self.prev_any
            base = base or A
            e.relative, e.anchor = True, base.isoformat() if base else None
            if base:
                unit = s.unit or "day"
                e.value, e.precision = _shift(base, unit, s.offset)
                e.confidence = 0.75 if base is not A else 0.5
        elif k == "relunit":
            e.relative, e.anchor = True, iso_a
            if A:
                e.value, e.precision = _shift(A, s.unit or "week", s.offset)
                if s.unit == "weekend":
                    e.timex_value = _weekend(A, s.offset)
                e.confidence = self._rel_conf(0.85)
        elif k == "duration":
            e.timex_type, e.precision = "DURATION", "duration"
            n = 1 if s.n is None else s.n
            e.value = _duration(n, s.unit or "day")
            e.timex_value = _duration(n, s.unit or "day", timex=True)
            e.confidence = 0.85
        elif k == "ref":
            e.precision, e.timex_value, e.confidence = "ref", s.code, 0.7
        elif k == "decade":
            y0 = (s.year or 0) * 10
            # background ("built in the 1980s"): decade precision, so no event takes it for
            # its day or month
            e.value, e.precision, e.timex_value = f"{y0}/{y0 + 9}", "decade", str(s.year)
        elif k == "season":
            self._season(e, s, tense)
        elif k == "quarter":
            y = s.year or (A.year if A else None)
            if y is not None:
                q = s.n or 1
                if s.year is None and A and tense == "past" and date(y, 3 * q - 2, 1) > A:
                    y -= 1
                last = date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
                e.value, e.precision = f"{y}-{3 * q - 2:02d}-01/{last.isoformat()}", "range"
                e.timex_value = f"{y}-Q{q}"
                e.relative, e.anchor = s.year is None, iso_a if s.year is None else None
        elif k in ("range", "list"):
            self._range(e, c, lex, tense)
        elif k == "night":
            self._night(e, c, lex, tense)
        elif k == "monthrel":
            e.kind, e.relative, e.anchor = "date", True, iso_a
            if A:
                y = A.year + s.offset
                if s.day is not None and _valid(y, s.month or 1, s.day):
                    e.value, e.precision = f"{y:04d}-{s.month:02d}-{s.day:02d}", "day"
                elif s.day is None:
                    e.value, e.precision = f"{y:04d}-{s.month:02d}", "month"
                e.confidence = self._rel_conf(0.85, needs_day=False)
        elif k == "holiday":
            self._holiday(e, s, tense)
        if e.timex_value is None and e.value is not None:
            e.timex_value = e.value
            if s.tod and e.precision == "day":
                e.timex_value = f"{e.value}T{s.tod}"
        # remember the previous point in time for "le lendemain"
        if e.value and e.precision in ("day", "range") and k != "decade":
            last = e.last_day() if k in ("range", "list", "night") else e.first_day()
            if last:
                self.prev = last
        if e.value and e.precision in ("day", "week", "month", "year"):
            self.prev_any = e.first_day()
        days = e.precision == "range" and re.fullmatch(r"[\d-]{10}/[\d-]{10}", e.value or "")
        if e.value and (e.precision in ("day", "month") or days) and k != "decade":
            first = e.last_day() if days else e.first_day()
            if first is not None:
                self.prev_month = (first.year, first.month)
        return e

    def _day_of_month(self, e: DateExpr, s: Spec) -> None:
        """ "Le 5, ..." after "le 2 mars" or under a "Novembre 2017 :" heading: that day of the
        month last told (of the anchor's month for "le 3 courant"); none when no month was
        told, or when the day would fall after the publication."""
        A = self.anchor  # noqa: N806
        base = (A.year, A.month) if s.direction == "this" and A else self.prev_month
        if base is None or s.day is None or not _valid(base[0], base[1], s.day):
            return
        d = date(base[0], base[1], s.day)
        if A is not None and d > A and self.anchor_precision == "day":
            return
        e.relative, e.anchor = True, date(base[0], base[1], 1).isoformat()
        e.value, e.precision, e.confidence = d.isoformat(), "day", 0.6

    def _night(self, e: DateExpr, c: Cand, lex: Lexicon, tense: str | None) -> None:
        """A night across two days is the range of both (CONVENTIONS: "the night of 6 to 7
        April" is 6..7 April). The morning day is found like a told day (a weekday: the last
        one on or before the anchor; a day without month: the previous date's month, else
        the anchor's); the night starts the day before it."""
        s = c.spec
        A = self.anchor  # noqa: N806
        e.kind, e.timex_type = "range", "DATE"
        end: date | None = None
        if s.unit == "weekday":
            e.relative, e.anchor = True, A.isoformat() if A else None
            if A is None:
                return
            end = _weekday_date(A, s.n or 0, None, tense)
            conf = self._rel_conf(0.85)
        elif s.month is not None:
            de = DateExpr(c.start, c.end, "", None, None, "DATE")
            self._date(de, Spec("date", year=s.year, month=s.month, day=s.n), tense)
            end = de.first_day() if de.precision == "day" else None
            e.relative, e.anchor, conf = de.relative, de.anchor, de.confidence
        else:
            base = self.prev or self.prev_any or A
            e.relative, e.anchor = True, base.isoformat() if base else None
            if base is None:
                return
            y, mo = base.year, base.month
            if base is A and A is not None and (s.n or 1) > A.day and tense != "future":
                y, mo = _add_months(y, mo, -1)  # a day past today's is last month's
            if not _valid(y, mo, s.n or 1):
                return
            end = date(y, mo, s.n or 1)
            conf = 0.75 if base is not A else 0.6
        if end is None:
            return
        start = end - timedelta(days=1)
        if s.day is not None and start.day != s.day:
            return
        p1 = DateExpr(c.start, c.end, e.text, start.isoformat(), "day", "DATE", lang=lex.lang)
        p2 = DateExpr(c.start, c.end, e.text, end.isoformat(), "day", "DATE", lang=lex.lang)
        for p in (p1, p2):
            p.relative, p.anchor, p.confidence, p.kind = e.relative, e.anchor, conf, "date"
            p.timex_value = p.value
        e.parts = [p1, p2]
        e.value, e.precision, e.confidence = f"{start.isoformat()}/{end.isoformat()}", "range", conf

    def _date(self, e: DateExpr, s: Spec, tense: str | None) -> None:
        A = self.anchor  # noqa: N806
        if s.year is not None and s.month is not None and s.day is not None:
            e.value, e.precision, e.confidence = (
                f"{s.year:04d}-{s.month:02d}-{s.day:02d}",
                "day",
                0.95,
            )
            if s.weekday is not None and date(s.year, s.month, s.day).weekday() != s.weekday:
                e.flags.append("weekday_mismatch")
                e.confidence = 0.5
            return
        if s.year is not None and s.month is not None:
            e.value, e.precision, e.confidence = f"{s.year:04d}-{s.month:02d}", "month", 0.95
            return
        if s.year is not None:
            e.value, e.precision, e.confidence = f"{s.year:04d}", "year", 0.9
            return
        e.relative = True
        e.anchor = A.isoformat() if A else None
        if A is None or s.month is None:
            return
        if s.day is not None:
            if s.direction in ("last", "next"):  # "le 15 février dernier"
                tense = "past" if s.direction == "last" else "future"
            y, conf = _pick_year(s.month, s.day, s.weekday, A, tense)
            if y is None:
                return
            C = self.ceiling  # noqa: N806
            if C is not None and y == A.year - 1 and _valid(A.year, s.month, s.day):
                same = date(A.year, s.month, s.day)
                if same <= C and (s.weekday is None or same.weekday() == s.weekday):
                    y = A.year  # told after the item's day, not after the page's
            e.value, e.precision = f"{y:04d}-{s.month:02d}-{s.day:02d}", "day"
            e.confidence = self._rel_conf(conf, needs_day=False)
            return
        y = _pick_month_year(s.month, A, s.direction, tense)
        e.value, e.precision = f"{y:04d}-{s.month:02d}", "month"
        e.confidence = self._rel_conf(0.8, needs_day=False)

    def _holiday(self, e: DateExpr, s: Spec, tense: str | None) -> None:
        """A movable feast ("Eid al-Fitr"): its first day in the year the tense points to."""
        A = self.anchor  # noqa: N806
        table = movable_holidays().get(s.code or "", {})
        if s.year is not None:
            d = table.get(s.year)
            if d is not None:
                e.value, e.precision, e.confidence = d.isoformat(), "day", 0.85
            return
        e.relative, e.anchor = True, A.isoformat() if A else None
        if A is None:
            return
        cands = {y: table[y] for y in (A.year - 1, A.year, A.year + 1) if y in table}
        y = _pick_nearest(cands, A, tense)
        if y is not None:
            e.value, e.precision = cands[y].isoformat(), "day"
            e.confidence = self._rel_conf(0.8, needs_day=False)

    def _season(self, e: DateExpr, s: Spec, tense: str | None) -> None:
        A = self.anchor  # noqa: N806
        y = s.year
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}.get(s.code or "", 6)
        if y is None and A is not None:
            y = A.year
            begins = date(y, start_month, 1)
            if s.direction == "last" or (s.direction is None and tense == "past"):
                if begins > A or (s.direction == "last" and begins + timedelta(days=90) > A):
                    y -= 1
            elif s.direction == "next" and begins <= A:
                y += 1
            e.relative, e.anchor = True, A.isoformat()
        if y is not None:
            e.precision, e.timex_value, e.confidence = "season", f"{y}-{s.code}", 0.7
        if s.year is None and y is not None and s.direction == "last" and tense == "past":
            # "chassé à l'été dernier", "drove it out last summer": a season of an act told
            # in the past dates it by its year (CONVENTIONS 7, as "l'été 2016" does)
            e.value, e.precision, e.confidence = f"{y:04d}", "year", 0.6
        if s.year is not None:
            # "au printemps 2011", "in the summer of 2014": the season's written year dates
            # the act (CONVENTIONS: a year, precision 3) and the chains after it
            e.value, e.precision, e.confidence = f"{s.year:04d}", "year", 0.8

    def _range(self, e: DateExpr, c: Cand, lex: Lexicon, tense: str | None) -> None:
        s = c.spec
        parts = list(s.parts)
        # the last member carries the month/year; fill the earlier ones from it
        last_spec = parts[-1].spec
        resolved: list[DateExpr] = []
        last_e = self.resolve(parts[-1], lex, tense)
        ld = last_e.first_day()
        for p in parts[:-1]:
            ps = p.spec
            if (
                ps.kind == "date"
                and ld is not None
                and ps.year is None
                and (ps.day is not None or ps.month is not None)
            ):
                fill = Spec(
                    "date",
                    year=ps.year
                    if ps.year is not None
                    else (last_spec.year if last_spec.year is not None else ld.year),
                    month=ps.month
                    if ps.month is not None
                    else (ld.month if ps.day is not None else None),
                    day=ps.day,
                    weekday=ps.weekday,
                )
                if fill.day is not None and fill.month is not None and fill.year is not None:
                    if not _valid(fill.year, fill.month, fill.day):
                        fill.day = None
                    elif date(fill.year, fill.month, fill.day) > ld and ps.year is None:
                        if ps.month is None:
                            fill.year, fill.month = _add_months(fill.year, fill.month, -1)
                        else:
                            fill.year -= 1
                ps = fill
            pe = self.resolve(Cand(p.start, p.end, ps, p.rule), lex, tense)
            if last_e.relative and ps is not p.spec:  # took its year from the last member
                pe.relative, pe.anchor = True, last_e.anchor
                pe.confidence = min(pe.confidence, last_e.confidence)
            resolved.append(pe)
        resolved.append(last_e)
        e.parts = resolved
        e.relative = any(p.relative for p in resolved)
        e.anchor = last_e.anchor
        values = [p for p in resolved if p.value]
        if len(values) != len(resolved):
            return
        first, last = values[0], values[-1]
        e.confidence = min(p.confidence for p in values)
        if s.kind == "list":
            days = [p.first_day() for p in values]
            if any(p.precision != "day" for p in values) or any(
                (b - a).days != 1 for a, b in zip(days, days[1:], strict=False) if a and b
            ):
                e.precision = "list"
                return
        if first.first_day() and last.last_day() and first.first_day() <= last.last_day():  # type: ignore[operator]
            e.value, e.precision = f"{first.value}/{last.value}", "range"


def _pick_year(
    month: int, day: int, weekday: int | None, A: date, tense: str | None
) -> tuple[int | None, float]:  # noqa: N803
    years = [y for y in (A.year - 1, A.year, A.year + 1) if _valid(y, month, day)]
    conf = 0.85
    if weekday is not None:
        fit = [y for y in years if date(y, month, day).weekday() == weekday]
        if fit:
            years, conf = fit, 0.9
        else:
            wide = [
                y
                for y in range(A.year - 8, A.year + 9)
                if _valid(y, month, day) and date(y, month, day).weekday() == weekday
            ]
            if not wide:
                return None, 0.0
            return min(wide, key=lambda y: (abs(y - A.year), -y)), 0.5
    if not years:
        return None, 0.0
    return _pick_nearest({y: date(y, month, day) for y in years}, A, tense), conf


def _pick_nearest(cands: dict[int, date], A: date, tense: str | None) -> int | None:  # noqa: N803
    """The year of the candidate day the tense points to (see the module doc)."""
    if not cands:
        return None
    if tense == "future":
        after = [y for y, d in cands.items() if d >= A]
        if after:
            return min(after)
    elif tense == "past":
        before = [y for y, d in cands.items() if d <= A + PAST_SLACK]
        if before:
            return max(before)
    # no tense marker: the nearest, a future date counting three times its distance (news
    # mostly reports the past)
    return min(cands, key=lambda y: (_biased((cands[y] - A).days), -y))


def _biased(days: int) -> int:
    return 3 * days if days > 0 else -days


def _pick_month_year(month: int, A: date, direction: str | None, tense: str | None) -> int:  # noqa: N803
    y = A.year
    if direction == "last":
        return y if month < A.month else y - 1
    if direction == "next":
        return y if month > A.month else y + 1
    if direction == "this":
        return y
    if tense == "past":
        return y if month <= A.month else y - 1
    if tense == "future":
        return y if month >= A.month else y + 1
    options = {y - 1: month - A.month - 12, y: month - A.month, y + 1: month - A.month + 12}
    return min(options, key=lambda k: (_biased(options[k]), -k))


def _weekday_date(A: date, wd: int, direction: str | None, tense: str | None) -> date:  # noqa: N803
    delta_back = (A.weekday() - wd) % 7  # days back to the most recent such weekday (0 = today)
    if direction == "last":
        return A - timedelta(days=delta_back or 7)
    if direction == "next":
        return A + timedelta(days=((wd - A.weekday()) % 7) or 7)
    if direction == "this":
        return A - timedelta(days=A.weekday()) + timedelta(days=wd)
    if tense == "future":
        return A + timedelta(days=((wd - A.weekday()) % 7) or 7)
    return A - timedelta(days=delta_back)


def _shift(A: date, unit: str, n: int) -> tuple[str, str]:  # noqa: N803
    if unit == "day":
        return (A + timedelta(days=n)).isoformat(), "day"
    if unit in ("week", "weekend"):
        return _week(A + timedelta(weeks=n)), "week"
    if unit == "month":
        y, m = _add_months(A.year, A.month, n)
        return f"{y:04d}-{m:02d}", "month"
    if unit == "decade":
        return f"{A.year + 10 * n:04d}", "year"
    return f"{A.year + n:04d}", "year"


def _weekend(A: date, n: int) -> str:  # noqa: N803
    return _week(A + timedelta(weeks=n)) + "-WE"


def _duration(n: int, unit: str, timex: bool = False) -> str:
    if n == 0:  # "several years": an unspecified number
        letter = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "hour": "H"}
        return ("PTX" if unit == "hour" else "PX") + letter.get(unit, "D")
    if unit == "hour":
        return f"PT{n}H"
    if unit == "decade":
        return f"P{n}DE" if timex else f"P{10 * n}Y"
    letter = {"day": "D", "week": "W", "weekend": "D", "month": "M", "year": "Y"}.get(unit, "D")
    if unit == "weekend":
        n *= 2
    return f"P{n}{letter}"


# --------------------------------------------------------------------------- public API
def tag_spans(
    text: str,
    spans: list[tuple[int, int, str]],
    anchor: date | str | None,
    anchor_precision: str | None = None,
    stamps: list[tuple[int, date | None]] | None = None,
    written_after: set[int] | None = None,
    resume: set[int] | None = None,
) -> list[DateExpr]:
    """Date expressions of several ranges of ``text`` (offsets into ``text``), in order.

    ``spans`` are ``(start, end, lang)``; "the previous date" carries over from one span to
    the next, as in an article's title and body paragraphs. ``stamps`` are ``(offset, day)``
    of the entries of a page of dated posts or live entries: from each offset on, relative
    words are anchored on the entry's own day (when it has one) and no earlier entry's date
    is "the previous date". Entries at offsets in ``written_after`` (a chronology's items) were
    written on the page's day, after their own: a yearless day later than the item's is of the
    item's year while it is not after the page's ``anchor`` ("entre le 9 et le 31 octobre"
    under a 22 October item of a page of 5 November). A stamp at an offset in ``resume`` ends
    an embedded post (a quoted tweet under its own stamp): from there on, the page's text goes
    on with the anchor and the previous date it had before the post.
    """
    a, prec = (
        parse_anchor(anchor)
        if not isinstance(anchor, date)
        else (anchor, anchor_precision or "day")
    )
    if isinstance(anchor, str) and anchor_precision:
        prec = anchor_precision
    res = _Resolver(text, a, prec)
    out: list[DateExpr] = []
    # the line and first day of its last full date, and whether it named only its year
    told_at: tuple[int, date, bool, bool] | None = None
    sents: dict[tuple[int, int], list[tuple[int, int]]] = {}
    marks = sorted(stamps or [], key=lambda x: x[0])
    main_day: dict[tuple[int, int], date] = {}  # a sentence's first day told in its own clause
    lead_day: date | None = None  # the first day told in a main clause of the text
    # the page's own state while an embedded post is read: restored at the post's end
    outside: tuple[date | None, str, date | None, date | None, date | None] | None = None
    for (c, lang), span in _with_span(find_candidates(text, spans), spans):
        while marks and marks[0][0] <= c.start:
            _pos, day = marks.pop(0)
            if resume and _pos in resume:
                if outside is not None:
                    res.anchor, res.anchor_precision, res.prev, res.prev_any, res.ceiling = outside
                outside = None
                continue
            if resume and marks and marks[0][0] in resume and outside is None:
                outside = (res.anchor, res.anchor_precision, res.prev, res.prev_any, res.ceiling)
            res.prev = res.prev_any = None  # a new entry: no chain across it
            chrono = day is not None and written_after is not None and _pos in written_after
            res.ceiling = a if chrono else None
            if day is not None:
                res.anchor, res.anchor_precision = day, "day"
        lex = load_lexicon(lang)
        if span not in sents:
            sents[span] = sentences(text, span[0], span[1])
        sent = next((s for s in sents[span] if s[0] <= c.start < s[1]), span)
        tense = clause_tense(text, c.start, c.end, lex, sent)
        if c.spec.kind == "weekday" and not c.spec.direction and _in_dateline(text, c, span):
            tense = "past"  # "BEYROUTH, dimanche (Agence) -": the last Sunday up to the anchor
        before = (res.prev, res.prev_any)
        if lead_day is not None and _chain_of_event(text, c, lex, sent):
            res.prev = lead_day  # "La veille du départ, ...": the eve of the headline's act
        e = res.resolve(c, lex, tense)
        told = _told_year(text, c, lang, e)
        if told == "since" or _since_day(text, c, lex):
            # "le plus meurtrier depuis 2003", "les combats, qui duraient depuis vendredi":
            # the bound of a span, no point the story is on (nor a base for "la veille")
            res.prev, res.prev_any = before
        elif told is not None:
            year_only = c.spec.month is None
            if not (year_only and told_at is not None and told_at[1].year == told.year):
                line = text.rfind("\n", span[0], c.start) + 1 or span[0]
                told_at = (line, told, year_only, _opens(text, sent[0], c.start))
        elif told_at is not None and _in_told_year(text, c, e, told_at, a, tense, _last_year(out)):
            res.prev = res.prev_any = e.first_day()
        if out:
            _appose_chain(text, out[-1], e, res)
            _appose_offset(text, out[-1], e)
        if (
            e.precision == "day"
            and e.kind != "chain"
            and (d0 := e.first_day()) is not None
            and not _since_day(text, c, lex)
        ):
            if _told_in_modifier(text, c, lex, sent):
                # "s'étaient emparés dimanche de X, au terme d'une offensive lancée vendredi":
                # the day of a phrase describing a noun is not the day the story is on; a
                # chain of the next sentence ("Le même jour") counts from the sentence's own
                if main_day.get(sent) is not None:
                    res.prev = main_day[sent]
            else:
                main_day[sent] = d0  # the last day the sentence tells in its own clauses
                lead_day = lead_day or d0  # the first: the day of the story's headline act
        out.append(e)
    if stamps:
        out = sorted(out + _entry_day_parts(text, spans, stamps, a, out), key=lambda e: e.start)
    _check_consistency(text, out)
    return out


def _told_year(text: str, c: Cand, lang: str, e: DateExpr) -> date | str | None:
    """The first day of a date written with its year ("Le 3 août 2014", "en novembre 2015",
    "Puis vint 1991."), "since" for a year after "depuis"/"since" (a bound of a comparison, not
    a time the text tells), else None."""
    from newsift.time.infer import _is_since

    s = c.spec
    if s.kind not in ("date", "season") or s.year is None or e.value is None:
        return None
    if _is_since(text, c, lang):
        return "since"
    if s.kind == "season":
        # "À l'été 1982", "in the summer of 1982": the season names its year as "En 1982" does
        return date(s.year, 1, 1)
    return e.first_day() if s.month is not None or e.precision == "year" else None


def _in_told_year(
    text: str,
    c: Cand,
    e: DateExpr,
    told_at: tuple[int, date, bool, bool],
    anchor: date | None,
    tense: str | None,
    last_year: int | None = None,
) -> bool:
    """Is ``e`` a day and month without a year ("Le 13 novembre") on the same line (paragraph)
    as an earlier full date of an older year ("Ce n'est qu'en novembre 2015 que ...", "Le 3
    août 2014, ...")? It is that year's, later the same year (not the publication year's);
    its value is rewritten. "le 25 avril dernier" and a day told in the future keep theirs.
    In the next paragraph, when the last date told before it (``last_year``) is still in that
    year, so is a day that the publication's year would put more than half a year back ("Le 4
    août 2013, les brigades attaquaient les villages.\nL'armée les reprit le 19 août."): the
    narration goes on in its year, not in a news day of months ago; so it does when the day
    follows a told day by a few weeks at most ("le 3 août 2014 ...\n\nLe 9 août, ..."). A year
    told alone earlier on the line ("Puis vint 1991. ... le 5 mars") gives its year to any of
    its days."""
    s = c.spec
    line, first, year_only, opens = told_at
    close = (
        not year_only
        and s.month is not None
        and s.day is not None
        and _valid(first.year, s.month, s.day)
        and 0 <= (date(first.year, s.month, s.day) - first).days <= NEXT_TOLD_DAYS
    )
    if text.rfind("\n", 0, c.start) + 1 > line and not (
        last_year == first.year
        and _next_paragraph(text, line, c.start)
        and (close or _far_read(e, anchor) or (opens and _old_year(first, anchor)))
    ):
        return False
    if (
        s.kind != "date"
        or s.year is not None
        or s.month is None
        or s.day is None
        or s.direction is not None
        or tense == "future"
        or anchor is None
        or first.year >= anchor.year
        or (not year_only and (s.month, s.day) < (first.month, first.day))
        or not _valid(first.year, s.month, s.day)
    ):
        return False
    if s.weekday is not None and date(first.year, s.month, s.day).weekday() != s.weekday:
        return False
    told = date(first.year, s.month, s.day)
    read = e.first_day()
    too_late = not year_only and (told - first).days > TOLD_YEAR_DAYS
    # under a year told alone, a day read after the publication is no news day either
    back = (anchor - read).days if read is not None else None
    news = back is not None and back <= 30 and (back >= 0 or not year_only)
    if too_late or news:
        # months after the told date, or a day of the last weeks before the publication ("La
        # ville était tombée en septembre 2014. Le 16 octobre, l'armée l'a reprise"): news
        return False
    e.value = f"{first.year:04d}-{s.month:02d}-{s.day:02d}"
    e.timex_value, e.anchor, e.precision = e.value, first.isoformat(), "day"
    return True


def _last_year(out: list[DateExpr]) -> int | None:
    """The year of the last date told so far (durations, "6 jours", skipped)."""
    for e in reversed(out):
        day = e.first_day()
        if day is not None:
            return day.year
    return None


FAR_READ_DAYS = 180  # a yearless day read this far before the publication is no news day
OLD_YEAR_YEARS = 2  # a date told this many years before the publication is an essay's past


def _opens(text: str, sent_start: int, at: int) -> bool:
    """Does the date at ``at`` open its sentence, after at most three words and no comma ("En
    1982, ...", "À l'été 1982, ...", "Le 4 septembre 2013, ...")? Such a date frames the
    narration; one inside a clause ("la source, tombée aux mains des rebelles en 2012, ...")
    is an aside the story does not go on in."""
    lead = text[sent_start:at]
    return "," not in lead and len(re.findall(r"\w+", lead)) <= 3


def _old_year(first: date, anchor: date | None) -> bool:
    """Is ``first`` a date told years before the publication ("En 1982", "À l'été 1982", "Le 4
    septembre 2013")? An essay's next paragraph goes on in that year ("\n\nLe 12 août,
    l'aviation pilonne ..."): its yearless days are that year's even when the publication's
    year would read them a few weeks or months back or ahead (a news day, and a day months
    after a told day, are still left to the publication by ``_in_told_year``)."""
    return anchor is not None and first.year <= anchor.year - OLD_YEAR_YEARS


def _next_paragraph(text: str, line: int, at: int) -> bool:
    """Is offset ``at`` on the paragraph right after the one starting at ``line`` (blank lines
    between them allowed)?"""
    end = text.find("\n", line)
    own = text.rfind("\n", 0, at) + 1
    return 0 <= end < own and not text[end:own].strip()


def _far_read(e: DateExpr, anchor: date | None) -> bool:
    """Does ``e``'s value (read against the publication) lie more than half a year back?"""
    read = e.first_day()
    return anchor is not None and read is not None and (anchor - read).days > FAR_READ_DAYS


def _in_dateline(text: str, c: Cand, span: tuple[int, int]) -> bool:
    """Is ``c`` a dispatch's dateline day, opening a line after at most a place name and
    followed by a dash ("BEYROUTH, dimanche (Agence) -")? It dates the dispatch, whatever the
    tense of the story it opens."""
    from newsift.time.infer import _DATELINE_PLACE, _DATELINE_TAIL

    line_start = max(text.rfind("\n", span[0], c.start) + 1, span[0])
    before = text[line_start : c.start]
    return (
        len(before) <= 40
        and _DATELINE_PLACE.fullmatch(before) is not None
        and _DATELINE_TAIL.match(text[c.end : c.end + 40]) is not None
    )


def _entry_day_parts(
    text: str,
    spans: list[tuple[int, int, str]],
    stamps: list[tuple[int, date | None]],
    anchor: date | None,
    found: list[DateExpr],
) -> list[DateExpr]:
    """ "À l'aube", "overnight" in a live entry or a post whose sentence names no day: the
    entry's own day (a live page tells today's news; a post, its stamp's day)."""
    marks = sorted(stamps, key=lambda x: x[0])
    out: list[DateExpr] = []
    for start, end, lang in spans:
        words = load_lexicon(lang).words("live", "day_parts")
        if not words:
            continue
        rx = re.compile(rf"(?<!\w){alt(words)}", re.IGNORECASE)
        for m in rx.finditer(text, start, end):
            entry = [x for x in marks if x[0] <= m.start()]
            if not entry:
                continue
            day = next((d for _, d in reversed(entry) if d is not None), anchor)
            if day is None:
                continue
            sent = next(
                (x for x in sentences(text, start, end) if x[0] <= m.start() < x[1]), (start, end)
            )
            if any(sent[0] <= e.start < sent[1] or e.start < m.end() <= e.end for e in found):
                continue  # the sentence dates itself ("ce matin à l'aube", "le 14 janvier")
            out.append(
                DateExpr(
                    m.start(),
                    m.end(),
                    m.group(0),
                    day.isoformat(),
                    "day",
                    anchor=day.isoformat(),
                    relative=True,
                    confidence=0.6,
                    rule="entry_day_part",
                    lang=lang,
                    kind="relday",
                )
            )
    return out


def _appose_chain(text: str, a: DateExpr, b: DateExpr, res: _Resolver) -> None:
    """ "La veille, dimanche": a chained day in apposition with a weekday.

    When the chained day falls on that weekday, the weekday names it ("Le 2 novembre ... Le
    lendemain, vendredi" is 3 November, not the Friday before publication). Otherwise the
    chain counted from a date the writer did not mean: the weekday (anchored on the
    publication date) is the firmer evidence, and it becomes the previous date for the next
    chain.
    """
    pair = {a.kind, b.kind}
    if pair != {"chain", "weekday"} or not a.value or not b.value or a.value == b.value:
        return
    gap = text[a.end : b.start]
    if b.start - a.end > 4 or not re.fullmatch(r"[\s,()\-–—:]*", gap):
        return
    chain, wd = (a, b) if a.kind == "chain" else (b, a)
    cd, wdd = chain.first_day(), wd.first_day()
    if cd is None or wdd is None:
        return
    if cd.weekday() == wdd.weekday():  # "Le lendemain, vendredi": the weekday of that day
        wd.value, wd.timex_value, wd.anchor = chain.value, chain.timex_value, chain.anchor
        wd.flags.append("confirmed")
        return
    chain.value = chain.timex_value = wd.value
    chain.anchor = wd.anchor
    chain.confidence = min(chain.confidence, wd.confidence)
    chain.flags.append("weekday_corrected")
    res.prev = wdd


@cache
def _of_event(lang: str) -> re.Pattern[str] | None:
    pats = load_lexicon(lang).words("chain_base", "of_event")
    return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE) if pats else None


def _chain_of_event(text: str, c: Cand, lex: Lexicon, sent: tuple[int, int]) -> bool:
    """Does a sentence open on a chained day of a named event ("La veille du départ, ...",
    "The day after the assault, ...")? ``chain_base.of_event``. The event is the one the
    story leads with; the last day told may be a background's."""
    if c.spec.kind != "chain":
        return False
    rx = _of_event(lex.lang)
    if rx is None or text[sent[0] : c.start].strip(" \t\n«\"'“(-–—"):
        return False
    return bool(rx.match(text[c.end : c.end + 40]))


def _since_day(text: str, c: Cand, lex: Lexicon) -> bool:
    """Is a day the start of a span ("qui duraient depuis vendredi", "since Friday")? The
    story is later than it. ``years.since`` words (not ``since_own``)."""
    s = c.spec
    if not (s.kind == "weekday" or (s.kind == "date" and s.day is not None)):
        return False
    words = lex.words("years", "since")
    if not words:
        return False
    before = text[max(0, c.start - 30) : c.start]
    return bool(
        re.search(
            rf"(?:^|\W)(?:{'|'.join(re.escape(w) for w in words)})\s+(?:(?:le|the)\s+)?$",
            before,
            re.IGNORECASE,
        )
    )


@cache
def _modifier_leads(lang: str) -> re.Pattern[str] | None:
    pats = load_lexicon(lang).words("chain_base", "modifier")
    return re.compile("|".join(f"(?:{p})$" for p in pats), re.IGNORECASE) if pats else None


def _told_in_modifier(text: str, c: Cand, lex: Lexicon, sent: tuple[int, int]) -> bool:
    """Is the date told in a participle or relative phrase describing a noun ("une offensive
    lancée vendredi", "an offensive which began on Friday")? ``chain_base.modifier``."""
    rx = _modifier_leads(lex.lang)
    if rx is None:
        return False
    lead = text[max(sent[0], c.start - 60) : c.start]
    return bool(rx.search(lead))


_APPOSE_GAP = re.compile(
    r"[\s,()\-–—:]*(?:(?:en|le|in|on|soit|that is|i\.e\.)[\s,]+)?", re.IGNORECASE
)


def _appose_offset(text: str, a: DateExpr, b: DateExpr) -> None:
    """ "Trente-quatre ans plus tard, le 6 septembre 2007", "Il y a vingt ans, en 1997": an
    offset in apposition with a date written with its year names that date's time. When the
    offset, counted from a date the writer did not mean (or from the publication), lands
    elsewhere, the written year is the firmer evidence."""
    if a.kind not in ("chainunit", "ago") or b.kind != "date" or b.relative:
        return
    if not a.value or not b.value or not re.match(r"\d{4}", b.value):
        return
    if not _APPOSE_GAP.fullmatch(text[a.end : b.start]):
        return
    grain = {"year": 4, "month": 7, "day": 10}.get(a.precision or "")
    if grain is None or len(b.value) < grain or a.value[:grain] == b.value[:grain]:
        return
    a.value = a.timex_value = b.value[:grain]
    a.flags.append("apposed_date")


def _with_span(items: list[tuple[Cand, str]], spans: list[tuple[int, int, str]]):  # noqa: ANN202
    for item in items:
        c = item[0]
        span = next(((s, e) for s, e, _ in spans if s <= c.start < e), (c.start, c.end))
        yield item, span


_ADJ = re.compile(r"[\s,()\-–—:]*(?:\w{1,3}\s+)?", re.UNICODE)
_DAYLIKE = {"relday", "ago", "weekday"}


def _names_day(x: DateExpr) -> bool:
    """A relative day ("hier", "two days ago", "Monday") or a dated day naming its weekday."""
    return x.kind in _DAYLIKE or (x.kind == "date" and "with_weekday" in x.flags)


def _check_consistency(text: str, exprs: list[DateExpr]) -> None:
    """Adjacent expressions naming one day ("Hier, lundi 20 novembre") must agree."""
    for a, b in zip(exprs, exprs[1:], strict=False):
        if a.precision != "day" or b.precision != "day" or not a.value or not b.value:
            continue
        gap = text[a.end : b.start]
        if (
            b.start - a.end > 6
            or not _ADJ.fullmatch(gap)
            or re.search(r"\b(?:and|et|und|y|и|or|ou)\b", gap)
        ):
            continue
        kinds = {a.kind, b.kind}
        if not (_names_day(a) and _names_day(b)) or len(kinds) == 1 and "date" not in kinds:
            continue
        if kinds <= {"ago", "weekday"} and "relday" not in kinds:
            continue
        if a.value == b.value:
            for x in (a, b):
                x.confidence = max(x.confidence, 0.95)
                if "confirmed" not in x.flags:
                    x.flags.append("confirmed")
        else:
            for x in (a, b):
                x.confidence = round(x.confidence * 0.5, 3)
                if "inconsistent" not in x.flags:
                    x.flags.append("inconsistent")


def parse_dates(
    text: str, lang: str = "en", anchor: date | str | None = None, *, infer: bool = True
) -> list[DateExpr]:
    """Every date expression of ``text`` in language ``lang``, anchored on ``anchor``.

    ``anchor`` is the publication date (``date`` or ISO text, day/month/year precision).
    When it is None and ``infer`` is true, it is inferred from the text itself
    (:func:`newsift.time.infer.infer_anchor`). Returns :class:`DateExpr` in text order;
    ranges and lists carry their member dates in ``parts``.
    """
    spans = [(0, len(text), lang)]
    prec = None
    if anchor is None and infer:
        from newsift.time.infer import infer_anchor

        found = infer_anchor(text, spans)
        if found is not None:
            anchor, prec = found.anchor, found.precision
    return tag_spans(text, spans, anchor, prec)
