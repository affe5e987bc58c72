"""Dated items of a page date what they tell (session 9).

Class: a chronology ("19 juillet 2012 : ...", "March 3, 2016 - ..."), a press review's numbered
section headings ("1. Mardi 22 décembre 2015 — ..."), day separators over a channel's posts: each
item's weekdays and relative days ("mardi", "la veille") count from the item's own day, not from
the page's stamp or the previous item. A date opening a sentence of running prose, or a single
dated line, is no such structure.
"""

from __future__ import annotations

from line_docs import dates, make_doc

from newsift.time.stage import TimeStage


def _run(parts: list[tuple[str, str, int | None]], lang: str = "fr") -> tuple[object, list]:
    doc = make_doc(parts, lang=lang)
    TimeStage(plausible_years=[2011, 2019]).process(doc)
    return doc, (doc.meta.get("time_entries") or {}).get("1", [])


def test_a_chronology_item_counts_la_veille_from_its_own_day() -> None:
    doc, entries = _run(
        [
            ("title", "Chronologie du siège", 1),
            ("body", "Une page de l'encyclopédie, copie du 3 janvier 2017.", 1),
            ("body", "19 juillet 2012 : des combats éclatent dans les quartiers de l'est.", 1),
            ("body", "27 novembre 2016 : les YPG prennent le quartier, abandonné la veille.", 1),
            ("body", "22 décembre 2016 : l'armée annonce avoir repris toute la ville.", 1),
        ]
    )
    assert [d for _, d in entries] == ["2012-07-19", "2016-11-27", "2016-12-22"]
    assert dates(doc)["la veille"] == "2016-11-26"


def test_an_english_timeline_with_dashes() -> None:
    doc, entries = _run(
        [
            ("title", "Timeline: the fall of the city", 1),
            ("body", "Published January 5, 2017", 1),
            ("body", "March 3, 2016 - Rebels storm the northern checkpoints.", 1),
            ("body", "November 15, 2016 - The army resumes its air raids the next day.", 1),
        ],
        lang="en",
    )
    assert [d for _, d in entries] == ["2016-03-03", "2016-11-15"]
    assert dates(doc)["the next day"] == "2016-11-16"


def test_a_press_review_numbered_headings_date_their_sections() -> None:
    doc, entries = _run(
        [
            ("title", "Revue de presse Irak", 1),
            ("body", "Revue de presse établie le 10 février 2016", 1),
            ("meta", "1. Mardi 22 décembre 2015 — Le franchissement", 1),
            ("body", "Les unités ont franchi mardi le fleuve sur des ponts flottants.", 1),
            ("meta", "2. Lundi 28 décembre 2015 — Le complexe gouvernemental", 1),
            ("body", "L'armée a annoncé lundi avoir repris le complexe.", 1),
        ]
    )
    assert [d for _, d in entries] == ["2015-12-22", "2015-12-28"]
    got = dates(doc)
    assert got["mardi"] == "2015-12-22"
    assert got["lundi"] == "2015-12-28"


def test_day_separators_without_clock_times_date_the_posts_under_them() -> None:
    doc, entries = _run(
        [
            ("title", "Front Sud Infos", 1),
            ("body", "Publié le 20 mars 2017", 1),
            ("body", "12 mars", 1),
            ("body", "Les rebelles ont attaqué hier les positions de l'armée.", 1),
            ("body", "18 mars", 1),
            ("body", "L'aviation a bombardé ce matin le quartier de Jobar.", 1),
        ]
    )
    assert [d for _, d in entries] == ["2017-03-12", "2017-03-18"]
    got = dates(doc)
    assert got["hier"] == "2017-03-11"
    assert got["ce matin"] == "2017-03-18"


def test_near_miss_prose_opening_on_a_date_is_no_item() -> None:
    _doc, entries = _run(
        [
            ("title", "La bataille de Jarablus", 1),
            ("body", "Publié le 1er mars 2017", 1),
            ("body", "Le 24 août 2016 au matin, les rebelles sont entrés dans la ville.", 1),
            ("body", "24 août 2016, une date que personne n'a oubliée : la ville est tombée.", 1),
        ]
    )
    assert entries == []


def test_near_miss_a_single_dated_line_is_no_chronology() -> None:
    _doc, entries = _run(
        [
            ("title", "Le bilan", 1),
            ("body", "Publié le 1er mars 2017", 1),
            ("body", "12 février 2017 : le jour où tout a basculé.", 1),
            ("body", "Les combats ont repris mardi dans le quartier.", 1),
        ]
    )
    assert entries == []
