"""Year offsets written with compound number words, and offsets in apposition with a date.

Cause (session 7, G:date): in an essay, "Trente-quatre ans plus tard, le 6 septembre 2007,
..." was read as "quatre ans plus tard" (the ten was lost), so the act had two dates, 1977
and 2007-09-06, and was told twice. A ten and a unit word make one number ("vingt-cinq",
"thirty-four", "vingt et un"), and an offset standing beside a date written with its year
names that date's time (the writer's own year is firmer than a count from an earlier date).
"""

from __future__ import annotations

import pytest

from newsift.time.resolve import parse_dates

ANCHOR = "2019-03-26"


def values(text: str, lang: str) -> dict[str, str | None]:
    return {e.text: e.value for e in parse_dates(text, lang, ANCHOR)}


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        (
            "fr",
            "En 1982, la ville fut rasée. Vingt-cinq ans plus tard, tout était à refaire.",
            "Vingt-cinq ans plus tard",
            "2007",
        ),
        (
            "fr",
            "L'usine ouvrit en 1960. Trente-deux ans plus tard, elle ferma.",
            "Trente-deux ans plus tard",
            "1992",
        ),
        (
            "en",
            "The dam was built in 1973. Forty-one years later, jihadists seized it.",
            "Forty-one years later",
            "2014",
        ),
        (
            "en",
            "The treaty was signed in 1920. Twenty six years later the troops left.",
            "Twenty six years later",
            "1946",
        ),
    ],
)
def test_a_ten_and_a_unit_make_one_number(lang: str, text: str, expr: str, value: str) -> None:
    assert values(text, lang)[expr] == value


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # counted from 1973 the offset is 2007: the written day agrees
        (
            "fr",
            "En 1973, la guerre éclata. Trente-quatre ans plus tard, le 6 septembre 2007, "
            "un raid détruisit le site.",
            "Trente-quatre ans plus tard",
            "2007",
        ),
        # counted from 1990 the offset would be 2011: the writer says 2014
        (
            "en",
            "Iraq invaded Kuwait in 1990. Twenty years later, in 2014, the jihadists came.",
            "Twenty years later",
            "2014",
        ),
        # with no earlier date the count starts at the publication; the year beside it wins
        (
            "fr",
            "Vingt et un ans plus tard, en 2015, la ville tomba de nouveau.",
            "Vingt et un ans plus tard",
            "2015",
        ),
        (
            "fr",
            "Il y a vingt-cinq ans, en 1993, les Kurdes se soulevaient.",
            "Il y a vingt-cinq ans",
            "1993",
        ),
    ],
)
def test_an_offset_beside_a_written_year_takes_it(
    lang: str, text: str, expr: str, value: str
) -> None:
    assert values(text, lang)[expr] == value


def test_an_offset_in_another_sentence_keeps_its_count() -> None:
    # near miss: the year of the next sentence is no apposition
    found = values(
        "En 2011, la révolte éclata. Trois ans plus tard, la ville tomba. En 2016, "
        "elle fut reprise.",
        "fr",
    )
    assert found["Trois ans plus tard"] == "2014"
    assert found["2016"] == "2016"
