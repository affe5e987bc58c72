"""Pages with no date of their own: a relative day is only as good as its anchor.

Class (session 17): a subtitle file (.srt), a slide deck's speaker notes, a note pasted under a
dated article have no publication date. Their hard-wrapped lines cut sentences in two, so a
year the story tells as over ("se souviennent de juillet 2018, quand l'EI / avait tué ...")
looked like the story's own and anchored every "vendredi" and "mercredi" in it. A line break
before a lower-case word now continues the sentence; the told year stays background and the
page's weekdays stay unresolved. Every page here is written for this test (names invented).
"""

from __future__ import annotations

from line_docs import dates, make_doc

from newsift.time.candidates import sentences
from newsift.time.stage import TimeStage

SRT_FR = """1
00:00:01,000 --> 00:00:04,200
Tout a commencé vendredi par l'enlèvement d'un berger
sur la route de Chahba.

2
00:00:04,300 --> 00:00:08,900
Mercredi, des hommes armés ont attaqué le village de Tha'la.

3
00:00:09,000 --> 00:00:13,500
Les habitants se souviennent de juin 2019, quand des jihadistes
avaient enlevé trente femmes dans la région."""

SRT_EN = """1
00:00:01,000 --> 00:00:03,900
On Friday, gunmen abducted a trader
on the road to the capital.

2
00:00:04,000 --> 00:00:07,500
Residents remember March 2016, when the group
had killed more than forty people in one day."""


def test_a_hard_wrapped_line_does_not_end_its_sentence() -> None:
    text = "ont rappelé juin 2019, quand des jihadistes\navaient enlevé trente femmes.\nMardi, ..."
    got = sentences(text, 0, len(text))
    assert got[0] == (0, text.index("femmes.") + len("femmes."))
    # a new line opening on a capital is still a new sentence (a title over its text)
    text = "Offensive sur Tabqa\nLes FDS ont avancé."
    assert len(sentences(text, 0, len(text))) == 2


def test_a_subtitle_file_leaves_its_weekdays_unresolved_fr() -> None:
    doc = make_doc([("body", SRT_FR, 1)])
    TimeStage().process(doc)
    assert doc.articles[0].published is None
    got = dates(doc)
    assert got.get("vendredi") is None
    assert got.get("Mercredi") is None
    assert got["juin 2019"] == "2019-06"


def test_a_subtitle_file_leaves_its_weekdays_unresolved_en() -> None:
    doc = make_doc([("body", SRT_EN, 1)], lang="en")
    TimeStage().process(doc)
    assert doc.articles[0].published is None
    assert dates(doc).get("Friday") is None


def test_a_note_pasted_under_a_dated_article_does_not_borrow_its_day() -> None:
    doc = make_doc(
        [
            ("meta", "Publié le 3 mars 2017", 1),
            ("title", "Offensive vers Tabqa", 1),
            ("body", "Les FDS ont lancé dimanche une offensive vers Tabqa.", 1),
            ("title", "Note de terrain", 2),
            ("body", "Jeudi, des hommes armés ont attaqué un barrage près de Manbij.", 2),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[1].published is None
    got = dates(doc)
    assert got["dimanche"] == "2017-02-26"
    assert got.get("Jeudi") is None
