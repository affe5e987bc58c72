"""A chronology's items are written on the page's day, after their own (session 10).

Class: a yearless day later than an item's day ("entre le 9 et le 31 octobre" under the last
item, 22 October, of a page last changed on 5 November) was resolved against the item's day and
fell a year back; it keeps the item's year while it is not after the page's own day.
"""

from __future__ import annotations

from line_docs import dates, make_doc

from newsift.time.stage import TimeStage

RANGE = [2011, 2019]

CHRONO = [
    ("boilerplate", "Encyclopédie libre du Levant", None),
    ("title", "Chronologie de la bataille de la vallée (mars 2017)", 1),
    ("body", "Le 1er mars 2017, le gouvernement annonce une offensive contre la vallée.", 1),
    ("body", "4 mars : l'aviation bombarde les villages du nord de la vallée.", 1),
    ("body", "7 mars : les rebelles évacuent le village de Kfeir après deux jours de combats.", 1),
    ("body", "12 mars : un accord est conclu sous l'égide de notables locaux.", 1),
    ("body", "Bilan : au moins 40 civils tués entre le 4 et le 30 mars, selon une ONG.", 1),
]


def _run(parts: list[tuple[str, str, int | None]], lang: str = "fr") -> tuple[object, dict]:
    doc = make_doc(parts, lang=lang)
    TimeStage(plausible_years=RANGE).process(doc)
    return doc, doc.meta["time_anchors"]["1"]


def test_a_chronology_item_keeps_its_year_for_later_days_of_the_page() -> None:
    # the summary under the last item names days after it, not after the page's footer day
    doc, _ = _run(
        [
            *CHRONO[:-1],
            ("body", "Bilan : au moins 40 civils tués entre le 4 et le 30 mars, selon une ONG.", 1),
            ("boilerplate", "Dernière modification le 2 avril 2017.", None),
        ]
    )
    got = dates(doc)
    assert got["30 mars"] == "2017-03-30"
    assert got["12 mars"] == "2017-03-12"


def test_near_miss_a_later_day_after_the_page_goes_back_a_year() -> None:
    # the page is of 2 April: "le 20 avril" under a March item is the April before
    doc, _ = _run(
        [
            *CHRONO[:-1],
            ("body", "Un précédent accord, conclu le 20 avril, avait échoué.", 1),
            ("boilerplate", "Dernière modification le 2 avril 2017.", None),
        ]
    )
    assert dates(doc)["20 avril"] == "2016-04-20"
