"""An edit's day is no publication, also a year or more after the source it records.

Class (session 17): a note-taking or wiki page recording a dispatch ("Date de la source :
26/03/2017", "Dernière modification : 2 avril 2018 14:07") was dated by its last edit, a year
after the story: every "samedi" and "le 17 mars" of the pasted dispatch went a year late. The
edit line ("Dernière modification", "Last modification") is second-hand; a header field saying
it dates the source beats it up to three years back. Pages written for this test.
"""

from __future__ import annotations

from line_docs import dates, make_doc

from newsift.clean.dates import find_date
from newsift.model import Document
from newsift.time.stage import TimeStage


def _page(lines: list[tuple[str, str, int | None]], edit_line: str, lang: str) -> Document:
    doc = make_doc(lines, lang=lang)
    art = doc.articles[0]
    start = doc.text.index(edit_line)
    colon = doc.text.index(":", start) + 2
    # the cleaner took the edit line for the page's dateline
    hit = find_date(edit_line)
    assert hit is not None
    art.published, art.published_precision = hit.value, "day"
    art.published_basis, art.published_start = "dateline", colon
    art.published_end = start + len(edit_line)
    TimeStage().process(doc)
    return doc


def test_a_source_date_field_beats_a_later_edit_fr() -> None:
    doc = _page(
        [
            ("title", "Frappe sur le quartier d'al-Rifai", 1),
            ("boilerplate", "Date de la source : 14/05/2016", None),
            ("meta", "Dernière modification : 9 juin 2017 10:02", 1),
            ("body", "Des avions ont frappé samedi le quartier d'al-Rifai, tuant six civils.", 1),
        ],
        "Dernière modification : 9 juin 2017 10:02",
        "fr",
    )
    assert doc.articles[0].published == "2016-05-14"
    assert dates(doc)["samedi"] == "2016-05-14"


def test_a_source_date_field_beats_a_later_edit_en() -> None:
    doc = _page(
        [
            ("title", "Strike on al-Rifai", 1),
            ("boilerplate", "Publication date: 14/05/2016", None),
            ("meta", "Last modification: June 9, 2017", 1),
            ("body", "Jets struck the al-Rifai district on Friday, killing six civilians.", 1),
        ],
        "Last modification: June 9, 2017",
        "en",
    )
    assert doc.articles[0].published == "2016-05-14"
    assert dates(doc)["Friday"] == "2016-05-13"
