"""Reading the time stage's date values into event dates with ACLED time precision.

Date mentions carry ISO values (``2017-11-03``, ``2017-11``, ``2017``, ``2017-W45``, ranges
``2017-11-01/2017-11-04``, durations ``P3Y``). ACLED's ``time_precision`` is 1 for a day, 2 for
a week or a short range, 3 for a month or vaguer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_DECADE = re.compile(r"^(\d{3})X?$")


@dataclass(frozen=True, slots=True)
class When:
    """An event date: ``value`` as written to ``event_date`` and the span it stands for."""

    value: str  # "2017-11-03", "2017-11", "2017"
    start: dt.date
    end: dt.date
    precision: int  # ACLED time_precision: 1, 2 or 3
    range_end: str | None = None  # last day of a range or list (for tags)

    @property
    def year(self) -> int:
        return self.start.year


def _month_end(y: int, m: int) -> dt.date:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def parse_point(value: str) -> When | None:
    """One ISO point value (day, week, month, year) as a :class:`When`."""
    value = value.strip()
    try:
        if m := _DAY.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return When(d.isoformat(), d, d, 1)
        if m := _WEEK.match(value):
            # a week is its Monday..Sunday (CONVENTIONS section 7: "last week" = that Monday..
            # Sunday), never its Monday alone: the last day goes to the tags as a range's does
            d = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            last = d + dt.timedelta(days=6)
            return When(d.isoformat(), d, last, 2, last.isoformat())
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return When(f"{y:04d}-{mo:02d}", dt.date(y, mo, 1), _month_end(y, mo), 3)
        if m := _YEAR.match(value):
            y = int(m[1])
            return When(f"{y:04d}", dt.date(y, 1, 1), dt.date(y, 12, 31), 3)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return When(f"{y:04d}", dt.date(y, 1, 1), dt.date(y + 9, 12, 31), 3)
    except ValueError:
        return None
    return None


def parse_value(value: object, listed: bool = False) -> When | None:
    """A date mention's value as a :class:`When`; durations and unknown forms give ``None``.

    A range ``A/B`` is dated by its first day with the last day kept in ``range_end``; its
    precision is 1 when it is a list of named days (``listed``), 2 up to two weeks, else 3.
    """
    if not isinstance(value, str) or not value or value.startswith("P"):
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        first, last = parse_point(a), parse_point(b)
        if first is None or last is None or last.end < first.start:
            return first
        days = (last.end - first.start).days
        if first.precision == 1 and last.precision == 1:
            prec = 1 if listed else (2 if days <= 14 else 3)
        else:
            prec = 3
        return When(first.value, first.start, last.end, prec, last.end.isoformat())
    return parse_point(value)


def weaker(w: When, precision: int) -> When:
    """The same date with a coarser precision (inherited or publication dates)."""
    return When(w.value, w.start, w.end, max(w.precision, precision), w.range_end)


# modalities whose acts have not happened: the gold and ACLED's practice leave them undated
# (tests/CONVENTIONS.md section 7: "every planned and speculative event")
UNDATED_MODALITIES = frozenset({"planned", "speculative"})


def act_date(modality: str | None, w: When | None, published: dt.date | None = None) -> When | None:
    """The date written for an event: none for an announced or conjectured act, whatever day
    the announcement gives it ("doivent être évacués mercredi", "will be liberated in 2016");
    a conjecture about a day already past ("may have killed 12 civilians on Friday") keeps it."""
    if modality not in UNDATED_MODALITIES or w is None:
        return w
    if modality == "speculative" and published is not None and w.end <= published:
        return w
    return None
