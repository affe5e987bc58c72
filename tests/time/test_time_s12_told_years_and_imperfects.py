"""Year-less days in a narration of an older year, and French imperfects read as conditionals
(session 12, fixer D): see newsift.time.resolve._in_told_year and ``tense.not_future``.

Causes: (1) a year told alone ("Puis vint 1991. ... le 5 mars") gave no year to the days after
it, which fell in the publication's year; (2) a day a few days after a told full date, in the
next paragraph ("le 3 août 2014 ...\\n\\nLe 9 août, ..."), went to the publication's year when
that put it under half a year back, or when a duration ("pendant six jours") came between;
(3) "se retiraient", "tiraient" (imperfects of -irer verbs) matched the conditional ending
"-iraient", so "Le 20 octobre, les FDS se retiraient" went to the next October. Sentences
written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsift.time.resolve import tag_spans


def values(text: str, lang: str, anchor: date) -> dict[str, str | None]:
    return {e.text: e.value for e in tag_spans(text, [(0, len(text), lang)], anchor, "day")}


@pytest.mark.parametrize(
    ("text", "lang", "day", "want"),
    [
        (
            "Vint ensuite 1982. Au début de l'été, l'armée israélienne entra au Liban et, le "
            "14 juin, elle encerclait Beyrouth-Ouest.",
            "fr",
            "14 juin",
            "1982-06-14",
        ),
        (
            "Then came 1991: the uprising began in Ranya and, on March 7, the rebels took the "
            "city.",
            "en",
            "March 7",
            "1991-03-07",
        ),
    ],
)
def test_a_year_told_alone_gives_its_year_to_its_days(
    text: str, lang: str, day: str, want: str
) -> None:
    # read against the publication, the day would fall two days after it, or a year back
    assert values(text, lang, date(2018, 6, 12))[day] == want


def test_a_recent_day_after_a_year_told_alone_stays_a_news_day() -> None:
    text = "En 2014, la ville était tombée. Le 2 juin, l'armée l'a reprise après un long siège."
    assert values(text, "fr", date(2016, 6, 20))["2 juin"] == "2016-06-02"


def test_next_paragraph_days_after_a_told_day_keep_its_year() -> None:
    text = (
        "Mon frère est parti le 3 août 2014, quand les jihadistes sont arrivés au village. "
        "Nous sommes restés cachés pendant cinq jours.\n\n"
        "Le 10 août, les avions ont bombardé les positions au pied de la montagne."
    )
    assert values(text, "fr", date(2015, 11, 2))["10 août"] == "2014-08-10"


def test_a_day_months_after_the_told_day_in_the_next_paragraph_is_news() -> None:
    text = "Le 3 août 2014, les jihadistes prirent la ville.\n\nLe 10 octobre, l'armée a frappé."
    assert values(text, "fr", date(2015, 11, 2))["10 octobre"] == "2015-10-10"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Le 20 octobre, les combattants se retiraient de la ville sans combattre.", "2019-10-20"),
        ("Le 20 octobre, les soldats tiraient encore sur les faubourgs.", "2019-10-20"),
        (
            "Le 20 octobre, les combattants se retireraient de la ville, selon l'accord.",
            "2020-10-20",
        ),
        ("Le 20 octobre, les combattants sortiraient de la ville, selon l'accord.", "2020-10-20"),
    ],
)
def test_imperfects_of_irer_verbs_are_past(text: str, want: str) -> None:
    assert values(text, "fr", date(2019, 11, 16))["20 octobre"] == want
