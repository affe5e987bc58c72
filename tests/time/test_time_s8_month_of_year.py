"""A month joined to its year by "de l'année" / "of the year" (translated wire copy: "en juin
de l'année 2014") is that month of that year, not a yearless month of the publication's year
(session 8). Near miss: "juin de l'an dernier" keeps counting from the publication.
"""

from __future__ import annotations

import pytest

from newsift.time.resolve import parse_dates

FRIDAY = "2016-11-04"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "Daech a pris le contrôle de la ville en juin de l'année 2014.", "2014-06"),
        ("fr", "Les opérations ont commencé le 17 octobre de l'année 2015.", "2015-10-17"),
        ("fr", "La base, tombée en mars de l’an 2013, a été reprise.", "2013-03"),
        ("en", "The militants seized the town in June of the year 2014.", "2014-06"),
    ],
)
def test_month_of_the_year_is_that_years_month(lang: str, text: str, value: str) -> None:
    values = [e.value for e in parse_dates(text, lang, FRIDAY)]
    assert values == [value]


def test_near_miss_month_of_last_year_counts_from_the_publication() -> None:
    text = "Elle est tombée en juin de l'an dernier."
    values = [e.value for e in parse_dates(text, "fr", FRIDAY)]
    assert values == ["2015-06"]
