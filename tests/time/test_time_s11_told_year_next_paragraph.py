"""A day and month without a year in the paragraph right after a full date of an older year
(session 11, fixer E): see newsift.time.resolve._in_told_year.

Cause: "Le 4 août 2013, les brigades fondaient sur les villages.\\nCes villages, l'armée les
reprit le 19 août." read the 19 August against the publication (2015, nine months back) while
the narration goes on in 2013. Only the next paragraph, only while the last date told is still in
that year, and only a day that the publication's year would put more than half a year back:
a recent day stays a news day. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from newsift.time.resolve import tag_spans


def values(text: str, lang: str, anchor: date) -> dict[str, str | None]:
    return {e.text: e.value for e in tag_spans(text, [(0, len(text), lang)], anchor, "day")}


def test_fr_next_paragraph_goes_on_in_the_told_year() -> None:
    text = (
        "Le 4 août 2013, des brigades venues du nord fondaient sur les villages de la "
        "montagne.\n\nCes villages, l'armée les reprit le 19 août, après deux semaines de "
        "combats."
    )
    assert values(text, "fr", date(2016, 5, 30))["19 août"] == "2013-08-19"


def test_en_next_paragraph_goes_on_in_the_told_year() -> None:
    text = (
        "On March 2, 2014, the militants stormed the border post.\n"
        "The army took it back on March 20, with heavy losses."
    )
    assert values(text, "en", date(2016, 1, 12))["March 20"] == "2014-03-20"


def test_a_recent_day_in_the_next_paragraph_stays_a_news_day() -> None:
    text = (
        "Le 4 août 2013, des brigades venues du nord fondaient sur les villages.\n\n"
        "Le 19 août, l'armée a lancé une nouvelle offensive sur la montagne."
    )
    assert values(text, "fr", date(2016, 9, 2))["19 août"] == "2016-08-19"


def test_a_day_chained_in_the_told_year_keeps_it() -> None:
    text = (
        "Le 4 août 2013, des brigades fondaient sur les villages. L'armée répondait le "
        "lendemain.\n\nLes villages furent repris le 19 août."
    )
    assert values(text, "fr", date(2016, 5, 30))["19 août"] == "2013-08-19"


def test_a_later_year_between_breaks_the_told_year() -> None:
    text = (
        "Le 4 août 2013, des brigades fondaient sur les villages, qui furent repris en "
        "2015.\n\nLes familles revinrent le 19 août."
    )
    # the last date told is 2015, not the full date's year: the next paragraph keeps its
    # own reading, not the older year
    assert values(text, "fr", date(2016, 5, 30))["19 août"] != "2013-08-19"


def test_two_paragraphs_later_keeps_the_publication_year() -> None:
    text = (
        "Le 4 août 2013, des brigades fondaient sur les villages.\n\n"
        "La montagne resta longtemps un champ de ruines.\n\n"
        "L'armée reprit les villages le 19 août."
    )
    assert values(text, "fr", date(2016, 5, 30))["19 août"] == "2015-08-19"
