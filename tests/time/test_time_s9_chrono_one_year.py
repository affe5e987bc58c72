"""A chronology's yearless item heads keep one year (session 9, a blind-set regression).

Class: a timeline page whose items are "6 octobre : ...", "13 octobre : ..." with no year,
published (or read as published) in the middle of the month it tells. Each head used to be
resolved alone against the publication day, so the heads after it fell a year back and one
month's chronology was split across two years. An ordered run of yearless heads within one year
takes one year: the publication's when its earliest day is not after it, else the year before.
A run that crosses a year's end (December then January) keeps the old per-head reading.
"""

from __future__ import annotations

from line_docs import make_doc

from newsift.time.stage import TimeStage


def _entries(
    parts: list[tuple[str, str, int | None]], published: str, lang: str = "fr"
) -> list[str]:
    """The item days of a page whose header stamp (as the clean stage reads it) is
    ``published``."""
    doc = make_doc(parts, lang=lang)
    doc.articles[0].published = published
    doc.articles[0].published_precision = "day"
    doc.articles[0].published_basis = "header"
    TimeStage(plausible_years=[2011, 2019]).process(doc)
    return [d for _, d in (doc.meta.get("time_entries") or {}).get("1", [])]


def test_heads_after_the_publication_day_stay_in_its_year() -> None:
    got = _entries(
        [
            ("title", "Chronologie de l'offensive sur le Nord", 1),
            ("meta", "Publié le 9 octobre 2018", 1),
            ("body", "6 octobre : Ankara annonce une opération imminente à l'est du fleuve.", 1),
            ("body", "9 octobre : les premières frappes turques visent Ras al-Aïn.", 1),
            ("body", "13 octobre : les supplétifs syriens entrent dans Tal Abyad.", 1),
            ("body", "20 octobre : un cessez-le-feu de cinq jours est annoncé.", 1),
        ],
        "2018-10-09",
    )
    assert got == ["2018-10-06", "2018-10-09", "2018-10-13", "2018-10-20"]


def test_newest_first_timeline_in_english() -> None:
    got = _entries(
        [
            ("title", "Timeline: the battle for the city", 1),
            ("meta", "Last updated March 10, 2017", 1),
            ("body", "March 14 - Government troops reach the old souk.", 1),
            ("body", "March 8 - Rebels counter-attack on the southern front.", 1),
            ("body", "March 2 - The army launches its offensive on the eastern districts.", 1),
        ],
        "2017-03-10",
        lang="en",
    )
    assert got == ["2017-03-14", "2017-03-08", "2017-03-02"]


def test_a_run_all_after_the_publication_day_is_of_the_year_before() -> None:
    got = _entries(
        [
            ("title", "Chronologie", 1),
            ("meta", "Mis en ligne le 2 février 2017", 1),
            ("body", "3 mars : les rebelles lancent une offensive sur le quartier.", 1),
            ("body", "18 mars : l'armée reprend les collines au nord de la ville.", 1),
        ],
        "2017-02-02",
    )
    assert got == ["2016-03-03", "2016-03-18"]


def test_a_run_across_the_new_year_keeps_per_head_years() -> None:
    """Near miss: December then January is one winter across two years, not one year."""
    got = _entries(
        [
            ("title", "Chronologie de l'hiver", 1),
            ("meta", "Publié le 20 janvier 2017", 1),
            ("body", "12 décembre : les derniers quartiers rebelles tombent.", 1),
            ("body", "15 janvier : les évacués arrivent dans la province voisine.", 1),
        ],
        "2017-01-20",
    )
    assert got == ["2016-12-12", "2017-01-15"]
