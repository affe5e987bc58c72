"""A publication day read day-first from a US month/day stamp, contradicted by the dateline.

Cause (session 6): a chat log's post stamp "08/07/2017 9:12 AM" (US order) gave the article 8
July; its dispatch opens "BEIRUT, Aug 7 (Wire) -", so every weekday of the story fell a month
early. When the article's own yearless dateline names the swapped day, the time stage reads
the publication that way (with a warning) and the weekdays follow.
"""

from __future__ import annotations

from newsift.model import Article, Document, Segment
from newsift.time.stage import TimeStage


def run(body: str, published: str, lang: str = "en") -> tuple[Document, dict[str, str | None]]:
    title = "Army retakes the town"
    text = f"{title}\n{body}"
    segs = [
        Segment(0, len(title), "title", 1, lang),
        Segment(len(title) + 1, len(text), "body", 1, lang),
    ]
    art = Article(k=1, lang=lang, published=published, published_precision="day")
    art.published_basis = "dateline"
    doc = Document("d1", "test", "t.txt", "txt", text, segments=segs, articles=[art])
    TimeStage().process(doc)
    return doc, {m.text: m.value for m in doc.mentions if m.kind == "date"}


def test_us_stamp_swapped_by_the_dateline_en() -> None:
    doc, v = run(
        "BEIRUT, Aug 7 (Levant Wire) - The army said it retook the town on Sunday after a week "
        "of fighting.",
        "2017-07-08",
    )
    assert doc.articles[0].published == "2017-08-07"
    assert v["Sunday"] == "2017-08-06"
    assert any("swapped" in w for w in doc.warnings)


def test_dateline_with_full_month_name_en() -> None:
    _, v = run(
        "DAMASCUS, March 4 (Agency) - Jets struck rebel positions on Friday, a monitor said.",
        "2018-04-03",
    )
    assert v["Friday"] == "2018-03-02"


def test_french_dateline_swaps_too() -> None:
    doc, v = run(
        "BEYROUTH, 5 juin (Agence) - L'armée a repris samedi la localité, selon la télévision.",
        "2017-05-06",
        "fr",
    )
    assert doc.articles[0].published == "2017-06-05"
    assert v["samedi"] == "2017-06-03"


def test_dateline_agrees_nothing_changes() -> None:
    doc, _ = run(
        "BEIRUT, Aug 7 (Levant Wire) - The army said it retook the town on Sunday.", "2017-08-07"
    )
    assert doc.articles[0].published == "2017-08-07"
    assert not doc.warnings


def test_near_miss_other_dateline_day_keeps_the_stamp() -> None:
    # "Aug 9" is neither reading of 07/08: nothing says the stamp was misread
    doc, _ = run(
        "BEIRUT, Aug 9 (Levant Wire) - The army said it retook the town on Sunday.", "2017-07-08"
    )
    assert doc.articles[0].published == "2017-07-08"


def test_near_miss_date_inside_a_sentence_is_no_dateline() -> None:
    doc, _ = run(
        "The army said on Sunday it would hold the town until Aug 7, the governor said.",
        "2017-07-08",
    )
    assert doc.articles[0].published == "2017-07-08"
