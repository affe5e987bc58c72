"""The fail safe of a page with no date whose only full dates are told as over.

Class (session 16): a social page's post ("il y a 2 sem.", "2 years ago") or a copied text with
no stamp, whose only full date is one the story tells as background ("le camp, que Daech avait
envahi le 1er avril 2015"), was anchored on that date: its "jeudi" and "hier" landed days before
an act the same story says is long over. With no stamp and no dated day of the story's own, its
relative days stay unresolved; the told date itself keeps its value, and a story whose own act
carries the full date still anchors on it. Every page below is written for this test.
"""

from __future__ import annotations

from line_docs import dates, make_doc

from newsift.time.stage import TimeStage


def test_a_pluperfect_date_does_not_anchor_the_weekday_fr() -> None:
    doc = make_doc(
        [
            ("boilerplate", "karim.dz · il y a 2 sem.", None),
            (
                "body",
                "Des chars ont ouvert le feu jeudi sur le quartier de Hader, selon des militants.",
                1,
            ),
            ("body", "L'armée avait déjà bombardé le quartier le 12 mars 2016.", 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published is None
    got = dates(doc)
    assert got.get("jeudi") is None
    assert got.get("12 mars 2016") == "2016-03-12"


def test_a_background_date_does_not_anchor_yesterday_en() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Posted by levant_watch · 2 years ago", None),
            (
                "body",
                "Gunmen attacked a checkpoint near the camp yesterday, killing two guards.",
                1,
            ),
            ("body", "The camp, which ISIS had seized on 1 April 2015, is still besieged.", 1),
        ],
        lang="en",
    )
    TimeStage().process(doc)
    assert doc.articles[0].published is None
    got = dates(doc)
    assert got.get("yesterday") is None
    assert got.get("1 April 2015") == "2015-04-01"


def test_the_story_s_own_full_date_still_anchors_its_weekday() -> None:
    doc = make_doc(
        [
            (
                "body",
                "Des chars ont ouvert le feu jeudi sur le quartier de Hader, selon des militants.",
                1,
            ),
            ("body", "L'armée a bombardé le quartier le 12 mars 2016, tuant six civils.", 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2016-03"
    assert dates(doc).get("jeudi") == "2016-03-10"
