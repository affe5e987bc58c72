"""More header layouts whose full date dates an article the cleaner left undated.

Class (session 7): an e-mail's "Date:" header, a thread's first post line ("pseudo » mar. 14
févr. 2017 09:12") and a Hijri + Gregorian stamp written in Arabic on a French or English
page. The body alone ("jeudi", "depuis mars 2015") would put the article's days elsewhere.
"""

from __future__ import annotations

import pytest
from test_time_s7_header_stamps import dates, make_doc

from newsift.time.stage import TimeStage

BODY_FR = "L'armée a repris jeudi le village, que les rebelles tenaient depuis mars 2015."
BODY_EN = "The army retook the village on Thursday; rebels had held it since March 2015."


@pytest.mark.parametrize(
    ("lang", "header", "body", "weekday"),
    [
        (
            "fr",
            ["De : Cellule de veille <veille@exemple.org>", "Date : mar. 14 févr. 2017 09:12"],
            BODY_FR,
            "jeudi",
        ),
        (
            "en",
            ["From: Desk <desk@example.org>", "Date: Tue, 14 Feb 2017 09:12:33 +0300"],
            BODY_EN,
            "Thursday",
        ),
        ("fr", ["الثلاثاء 17 جمادى الأولى 1438 - 14 فبراير 2017"], BODY_FR, "jeudi"),
        ("en", ["Tuesday 17 Jumada al-Awwal 1438 | 14 فبراير 2017"], BODY_EN, "Thursday"),
    ],
)
def test_a_header_line_dates_the_article(
    lang: str, header: list[str], body: str, weekday: str
) -> None:
    doc = make_doc([*(("boilerplate", h, None) for h in header), ("body", body, 1)], lang)
    TimeStage().process(doc)
    assert doc.articles[0].published == "2017-02-14"
    assert dates(doc)[weekday] == "2017-02-09"


def test_a_threads_first_post_line_dates_it() -> None:
    doc = make_doc(
        [
            ("title", "Re: Alep, la situation", 1),
            ("body", "Karim_79 » mar. 14 févr. 2017 09:12", 1),
            ("body", BODY_FR, 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2017-02-14"


def test_a_hijri_year_alone_dates_nothing() -> None:
    # near miss: only the Hijri date; 1438 is no Gregorian year
    doc = make_doc([("boilerplate", "الثلاثاء 17 جمادى الأولى 1438", None), ("body", BODY_FR, 1)])
    TimeStage().process(doc)
    assert doc.articles[0].published != "1438-05-17"
    assert (doc.articles[0].published or "2015")[:4] >= "2015"
