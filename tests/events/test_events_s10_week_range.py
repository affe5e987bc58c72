"""A week is its Monday..Sunday, not its Monday (session 10, dates).

Class: "la semaine dernière", "a week earlier" gave an event dated on the week's Monday with no
range, so the event stood for that Monday alone: an act of the Saturday of that week ("had
liberated X just over a week earlier" of a Sunday dispatch) was a day off. CONVENTIONS section 7
writes "last week" as that Monday..Sunday, precision 2: the week's Sunday goes to the event's
range like a day range's last day; a single day or a month keep no range.
"""

from __future__ import annotations

import datetime as dt

from newsift.events.when import parse_value, weaker


def test_a_week_keeps_its_sunday_as_the_range_end() -> None:
    week = parse_value("2017-W41")
    assert week is not None
    assert (week.value, week.range_end, week.precision) == ("2017-10-09", "2017-10-15", 2)
    assert week.end == dt.date(2017, 10, 15)
    assert weaker(week, 3).range_end == "2017-10-15"


def test_near_misses_a_day_and_a_month_have_no_range() -> None:
    day, month = parse_value("2017-10-14"), parse_value("2017-10")
    assert day is not None and day.range_end is None
    assert month is not None and month.range_end is None
