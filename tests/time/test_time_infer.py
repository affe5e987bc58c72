"""Inferring the publication date from the article when nothing else gives it."""

from __future__ import annotations

from datetime import date

from newsift.time.infer import infer_anchor

TODAY = date(2026, 1, 1)


def infer(text: str, lang: str = "en", hint: list[int] | None = None):  # noqa: ANN201
    return infer_anchor(text, [(0, len(text), lang)], hint, today=TODAY)


def test_yesterday_beside_a_weekday_date_gives_the_day_after() -> None:
    text = "Le régime a repris la ville en 2017. Hier, lundi 20 novembre, Poutine a reçu Assad."
    inf = infer(text, "fr")
    assert (inf.published, inf.precision) == ("2017-11-21", "day")
    assert text[inf.start : inf.end] == "Hier, lundi 20 novembre"


def test_the_weekday_picks_the_year_nearest_to_the_years_mentioned() -> None:
    # 20 November is a Monday in 2006, 2017 and 2023: the text's 2015 points to 2017
    text = "L'intervention russe a commencé en 2015. Hier, lundi 20 novembre, Poutine a reçu Assad."
    assert infer(text, "fr").published == "2017-11-21"


def test_latest_dated_expression_outside_future_clauses() -> None:
    text = (
        "The referendum of 1 October 2017 was rejected by Baghdad. Barzani resigned on "
        "29 October 2017. Elections will be held on 12 May 2018."
    )
    inf = infer(text)
    assert (inf.published, inf.precision) == ("2017-10", "month")
    assert inf.anchor == date(2017, 10, 29)
    assert text[inf.start : inf.end] == "29 October 2017"


def test_partial_dates_use_the_year_hint() -> None:
    text = (
        "On November 3, Syrian forces liberated Deir Ezzor. "
        "On November 4, the SAA secured the island."
    )
    assert infer(text) is None
    inf = infer(text, hint=[2017])
    assert (inf.published, inf.precision) == ("2017-11", "month")


def test_years_only() -> None:
    inf = infer("The war began in 2011 and Aleppo fell in 2016.")
    assert (inf.published, inf.precision) == ("2016", "year")


def test_nothing_to_go_on() -> None:
    assert infer("The army advanced on the town.") is None
