"""The fail safe of a page with no date: its relative days stay unresolved.

Class (session 15): a chat export whose only stamp is "Aujourd'hui à 14:02" (Discord, a
messaging app's copy) was anchored on a year its story tells ("la ville a été rasée en 1991"):
every "jeudi" of the page landed in December of that year. With no stamp and no dated day, a
story that names days from its own day ("jeudi", "hier", "on Tuesday") keeps them unresolved
rather than put them in a told year; a story of years alone keeps its year. Every page below is
written for this test (names invented).
"""

from __future__ import annotations

from line_docs import dates, make_doc

from newsift.time.stage import TimeStage


def test_an_undated_chat_does_not_anchor_its_weekdays_on_a_told_year_fr() -> None:
    doc = make_doc(
        [
            ("boilerplate", "# veille-irak", None),
            ("boilerplate", "Nadir#2231 — Aujourd'hui à 10:12", None),
            ("body", "Des miliciens ont incendié jeudi trois maisons à Tal Afar.", 1),
            ("body", "La ville a été rasée en 1991 par l'armée.", 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published is None
    assert dates(doc).get("jeudi") is None


def test_an_undated_chat_does_not_anchor_its_weekdays_on_a_told_year_en() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Mara — Today at 3:04 PM", None),
            ("body", "Gunmen stormed a checkpoint on Tuesday, killing four.", 1),
            ("body", "The town fell in 2003.", 1),
        ],
        lang="en",
    )
    TimeStage().process(doc)
    assert doc.articles[0].published is None
    assert dates(doc).get("Tuesday") is None


def test_a_story_of_years_without_relative_days_keeps_its_year() -> None:
    doc = make_doc(
        [
            ("title", "Mossoul, une ville et ses sièges", 1),
            ("body", "En 2017, la coalition a repris la vieille ville après neuf mois.", 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2017"
