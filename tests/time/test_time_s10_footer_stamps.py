"""Pages stamped only under their text, and chronology heads that are no dateline (session 10).

Classes: (1) a wiki or portal page whose only stamp is a "last modified" / "Mis à jour le" line
under its text: it dates the page (a chronology is written after its last item), never the first
item's day nor a dated first sentence of the text; an archive's capture line, a comment's stamp
and a footer older than the story's own dates are no such stamp; (2) bare yearless item heads
("9 octobre : ...") on several lines are a chronology, not a dispatch's yearless dateline.
"""

from __future__ import annotations

from datetime import date

from line_docs import dates, make_doc

from newsift.time.infer import infer_anchor
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


def test_a_last_modified_footer_dates_a_chronology_page() -> None:
    doc, anchor = _run(
        [
            *CHRONO,
            ("boilerplate", "Catégories : Guerre en Syrie | 2017", None),
            (
                "boilerplate",
                "La dernière modification de cette page a été faite le 2 avril 2017 à 10:15.",
                None,
            ),
            ("boilerplate", "Contenu sous licence libre. Faire un don.", None),
        ]
    )
    assert anchor["reason"] == "footer stamp"
    assert doc.articles[0].published == "2017-04-02"
    got = dates(doc)
    assert got["7 mars"] == "2017-03-07"


def test_an_english_last_edited_footer() -> None:
    doc, anchor = _run(
        [
            ("title", "Timeline of the siege (2016)", 1),
            ("body", "The siege began on May 2, 2016, after the last road was cut.", 1),
            ("body", "Fighters shelled the market on Sunday, residents said.", 1),
            ("boilerplate", "This page was last edited on 20 May 2016, at 08:02.", None),
        ],
        lang="en",
    )
    assert anchor["reason"] == "footer stamp"
    assert doc.articles[0].published == "2016-05-20"
    assert dates(doc)["Sunday"] == "2016-05-15"


def test_near_misses_an_archive_capture_and_an_older_footer_are_no_stamp() -> None:
    doc, anchor = _run(
        [
            *CHRONO,
            (
                "boilerplate",
                "Page archivée le 3 janvier 2021 — capture de la Wayback Machine",
                None,
            ),
        ]
    )
    assert anchor.get("reason") != "footer stamp"
    assert doc.articles[0].published != "2021-01-03"
    # a footer before the story's own first full day cannot date it
    doc, anchor = _run(
        [*CHRONO, ("boilerplate", "Dernière mise à jour le 5 juin 2015", None)],
    )
    assert anchor.get("reason") != "footer stamp"


def test_a_comment_stamp_under_the_text_is_no_footer() -> None:
    doc = make_doc(
        [
            *CHRONO,
            ("comment", "Karim — publié le 9 mai 2019 à 12:00", None),
            ("comment", "Merci pour ce travail.", None),
        ]
    )
    TimeStage(plausible_years=RANGE).process(doc)
    assert doc.articles[0].published != "2019-05-09"


def test_bare_yearless_item_heads_are_no_dateline() -> None:
    text = "\n".join(line for _, line, _ in CHRONO[1:])
    inf = infer_anchor(
        text, [(0, len(text), "fr")], None, today=date(2026, 1, 1), plausible_years=(2011, 2019)
    )
    assert inf is not None and inf.reason != "dateline without a year"
    assert inf.published == "2017-03"


def test_near_miss_one_wire_dateline_still_dates_the_dispatch() -> None:
    text = (
        "HOMS, 9 octobre (Agence) - Les rebelles ont quitté samedi le dernier quartier, "
        "tenu depuis 2014, a annoncé le gouverneur."
    )
    inf = infer_anchor(
        text, [(0, len(text), "fr")], None, today=date(2026, 1, 1), plausible_years=(2011, 2019)
    )
    assert inf is not None and inf.reason == "dateline without a year"
