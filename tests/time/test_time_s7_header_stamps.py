"""A full date on a header line dates an article whose own stamp the cleaner did not know.

Class (session 7): pages whose day sits in furniture with other words on the line -- a video
page's view count and upload day, a forum post's "Posté le" header, an agency site's clock and
update stamp, a newsletter's title -- were dated from their body alone; a body telling an older
story put every weekday of the article in the wrong year.
"""

from __future__ import annotations

from datetime import date

from line_docs import dates, make_doc

from newsift.time.stage import TimeStage
from newsift.time.stamps import fits


def test_a_video_pages_upload_day_beats_the_bodys_older_year() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Chaîne Levant Direct", None),
            ("boilerplate", "9 812 vues  14 févr. 2017", None),
            (
                "body",
                "L'armée a repris jeudi le village, que les rebelles tenaient depuis mars 2015.",
                1,
            ),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2017-02-14"
    assert dates(doc)["jeudi"] == "2017-02-09"


def test_a_forum_posts_header_dates_the_dispatch_it_quotes() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Index du forum » Actualité", None),
            ("body", "Message Posté le: Sam 3 Fév 2018, 09:40    Sujet du message: Afrin", 1),
            ("body", "Rédacteur — Inscrit le: 14 Avr 2010 — Messages: 2210", 1),
            ("body", "Les forces turques ont bombardé vendredi un village au sud de la ville.", 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2018-02-03"  # not the member's 2010 sign-up day
    assert dates(doc)["vendredi"] == "2018-02-02"


def test_an_agency_clock_stamp_beats_a_background_september() -> None:
    doc = make_doc(
        [
            ("title", "Homs : les derniers combattants quittent le quartier", 1),
            ("boilerplate", "11:05 21.05.2017 (mis à jour 14:20 21.05.2017)   URL courte", None),
            (
                "body",
                "Les derniers bus ont quitté samedi le quartier, un an après l'accord conclu le "
                "12 septembre 2016 sous l'égide de Moscou.",
                1,
            ),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2017-05-21"
    assert dates(doc)["samedi"] == "2017-05-20"


def test_an_english_posted_line_dates_a_blog_post() -> None:
    doc = make_doc(
        [
            ("title", "Raqqa: the last pocket", 1),
            ("boilerplate", "Posted on October 18, 2017 by editor in Analysis", None),
            (
                "body",
                "The SDF said on Tuesday that the stadium had fallen, after clashes in 2016.",
                1,
            ),
        ],
        lang="en",
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2017-10-18"
    assert dates(doc)["Tuesday"] == "2017-10-17"


def test_an_archive_capture_years_later_is_not_the_articles_day() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Archived page captured 12 mars 2023 09:14:55", None),
            ("title", "Le siège est levé", 1),
            ("body", "L'armée est entrée le 5 septembre 2017 dans la ville assiégée.", 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published != "2023-03-12"
    assert (doc.articles[0].published or "").startswith("2017")


def test_a_stamp_never_overrides_a_day_the_body_pins() -> None:
    # "Hier, lundi 20 novembre" pins the day after; a reprint stamp a week later does not win
    assert not fits(date(2017, 11, 28), date(2017, 11, 21), "day", False)
    # only the year of a yearless dateline may be corrected by the header's own stamp
    assert fits(date(2018, 7, 17), date(2017, 7, 17), "day", False)


def test_a_stamp_older_than_the_bodys_latest_month_is_refused() -> None:
    assert not fits(date(2016, 3, 2), date(2017, 9, 6), "month", False)
    assert fits(date(2015, 5, 15), date(2015, 5, 31), "month", False)  # "MAI 2015" = month end
    assert not fits(date(2019, 1, 1), date(2015, 12, 31), "year", False)
