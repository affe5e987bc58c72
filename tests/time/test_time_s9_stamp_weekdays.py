"""Yearless day stamps whose items tell weekdays (session 9).

Class: a channel export's day separators ("4 février"), a chronology's item heads ("October 3 -")
or a page of dated posts carry no year, and nothing else in the text gives one. The weekdays told
under each stamp ("ont pris dimanche", "on Tuesday", "dans la nuit de dimanche à lundi") fall on
the stamp's day (or the day before it) in one year only: that year dates the page, the first
such year after the story's bounds (an era name such as the SDF), else the latest in range.
"""

from __future__ import annotations

from line_docs import dates, make_doc

from newsift.time.infer import WEEKDAY_YEAR_REASON
from newsift.time.stage import TimeStage

RANGE = [2011, 2019]


def _run(parts: list[tuple[str, str, int | None]], lang: str = "fr") -> tuple[object, dict]:
    doc = make_doc(parts, lang=lang)
    TimeStage(plausible_years=RANGE).process(doc)
    return doc, doc.meta["time_anchors"]["1"]


def test_a_channel_export_takes_the_year_its_separators_weekdays_fit() -> None:
    doc, anchor = _run(
        [
            ("title", "Canal Front Nord", 1),
            ("body", "4 février", 1),
            ("body", "Les FDS ont pris dimanche le village de Tell Ahmar après deux jours.", 1),
            ("body", "12 février", 1),
            ("body", "Des obus sont tombés lundi sur le marché, selon un habitant.", 1),
            ("body", "17 février", 1),
            ("body", "Les combattants ont quitté samedi le dernier quartier de la ville.", 1),
        ]
    )
    assert anchor["reason"] == WEEKDAY_YEAR_REASON
    assert doc.articles[0].published == "2018-02"
    got = dates(doc)
    assert got["dimanche"] == "2018-02-04"
    assert got["samedi"] == "2018-02-17"


def test_an_english_chronology_with_item_heads() -> None:
    doc, anchor = _run(
        [
            ("title", "Timeline of the battle", 1),
            ("body", "October 3 - SDF units stormed the grain silos on Tuesday.", 1),
            ("body", "October 9 - The militants shelled the northern suburbs on Monday night.", 1),
            ("body", "October 15 - Civilians were evacuated by bus on Sunday, activists said.", 1),
        ],
        lang="en",
    )
    assert anchor["reason"] == WEEKDAY_YEAR_REASON
    assert doc.articles[0].published == "2017-10"
    assert dates(doc)["Sunday"] == "2017-10-15"


def test_a_night_from_one_day_to_the_next_counts_for_the_stamp_after_it() -> None:
    doc, anchor = _run(
        [
            ("title", "Le fil de la coalition", 1),
            ("body", "6 juin", 1),
            ("body", "Des jihadistes ont attaqué mercredi un poste de la police.", 1),
            ("body", "11 juin", 1),
            (
                "body",
                "D'après l'OSDH, la coalition internationale anti-Daech a bombardé dans la nuit "
                "de dimanche à lundi un immeuble de la vieille ville.",
                1,
            ),
        ]
    )
    assert anchor["reason"] == WEEKDAY_YEAR_REASON
    assert doc.articles[0].published == "2018-06"


def test_with_no_bound_the_latest_fitting_year_in_range() -> None:
    doc, anchor = _run(
        [
            ("title", "Live updates", 1),
            ("body", "4 February", 1),
            ("body", "Rebels shelled the airport on Saturday, a monitor said.", 1),
            ("body", "12 February", 1),
            ("body", "Government troops entered the town on Sunday.", 1),
        ],
        lang="en",
    )
    assert anchor["reason"] == WEEKDAY_YEAR_REASON
    assert doc.articles[0].published == "2017-02"


def test_near_miss_yearless_dates_inside_running_text_are_no_stamps() -> None:
    _doc, anchor = _run(
        [
            ("title", "La bataille de la ville", 1),
            (
                "body",
                "Les FDS avaient lancé l'offensive le 4 février. Dimanche, elles ont pris le "
                "village ; le 12 février, des obus sont tombés lundi sur le marché.",
                1,
            ),
        ]
    )
    assert anchor.get("reason") != WEEKDAY_YEAR_REASON


def test_near_miss_weekdays_that_are_not_the_stamps_days() -> None:
    _doc, anchor = _run(
        [
            ("title", "Canal Front Nord", 1),
            ("body", "4 février", 1),
            ("body", "Les FDS ont pris jeudi le village de Tell Ahmar.", 1),
            ("body", "12 février", 1),
            ("body", "Des obus sont tombés samedi sur le marché.", 1),
            ("body", "17 février", 1),
            ("body", "Les combattants ont quitté lundi le dernier quartier.", 1),
        ]
    )
    assert anchor.get("reason") != WEEKDAY_YEAR_REASON
