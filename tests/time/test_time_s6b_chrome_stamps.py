"""A date set aside as chrome anchors an article that gives no date of its own.

Class (session 6, wave B): scrolls and feeds whose only stamp is a layout line the cleaner
reads as chrome -- a channel's or forum's day separator alone on its line over the posts, a
feed item's <pubDate> element between its title and its text -- left every weekday ("samedi",
"Monday evening", "ce mardi à l'aube") undated; and in a feed of two items, the second item's
weekdays were resolved on the first item's stamp.
"""

from __future__ import annotations

from line_docs import dates, make_doc

from newsift.model import Article, Document, Segment
from newsift.time.stage import TimeStage


def test_a_channel_day_separator_anchors_the_posts_weekdays_fr() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Canal Euphrate Infos", None),
            ("boilerplate", "12 430 abonnés", None),
            ("boilerplate", "", None),
            ("boilerplate", "14 mars 2018", None),
            ("body", "Les troupes ont repris samedi le contrôle du village.", 1),
            ("boilerplate", "👁 3,1K  08:12", None),
            ("body", "Ce mardi à l'aube, l'assaut a été lancé sur la ville voisine.", 1),
        ]
    )
    TimeStage().process(doc)
    got = dates(doc)
    assert got["samedi"] == "2018-03-10"  # 14 March 2018 is a Wednesday
    assert got["Ce mardi"] == "2018-03-13"
    assert doc.articles[0].published == "2018-03-14"


def test_a_forum_day_line_with_its_weekday_anchors_an_english_thread() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Forum > Middle East > Iraq front", None),
            ("boilerplate", "Thursday, 9 November 2017", None),
            ("body", "Militants shelled the market on Monday evening, a source said.", 1),
            ("body", "The army said it pushed them out of the district yesterday.", 1),
        ],
        lang="en",
    )
    TimeStage().process(doc)
    got = dates(doc)
    assert got["Monday evening"] == "2017-11-06"
    assert got["yesterday"] == "2017-11-08"


def test_each_feed_item_is_dated_by_its_own_pubdate() -> None:
    doc = make_doc(
        [
            ("boilerplate", "<channel>", None),
            ("boilerplate", "<lastBuildDate>Sat, 10 Feb 2018 18:00:00 +0000</lastBuildDate>", None),
            ("boilerplate", "<item>", None),
            ("title", "Le front se réchauffe", 1),
            ("boilerplate", "<pubDate>Fri, 09 Feb 2018 17:40:11 +0000</pubDate>", None),
            ("body", "Jeudi soir, des roquettes ont été tirées sur la base aérienne.", 1),
            ("boilerplate", "</item>", None),
            ("body", "La bourgade libérée", 1),
            ("body", "<pubDate>Tue, 02 Jan 2018 09:15:47 +0000</pubDate>", 1),
            ("body", "Les brigades ont repris dimanche la bourgade perdue en juin.", 1),
            ("body", "Samedi, un kamikaze avait fait exploser une voiture piégée.", 1),
        ]
    )
    TimeStage().process(doc)
    got = dates(doc)
    assert got["Jeudi soir"] == "2018-02-08"
    assert got["dimanche"] == "2017-12-31"
    assert got["Samedi"] == "2017-12-30"
    assert got["juin"] == "2017-06"


def test_an_iso_entry_stamp_in_an_atom_feed() -> None:
    doc = make_doc(
        [
            ("boilerplate", "<entry>", None),
            ("title", "Army enters the town", 1),
            ("boilerplate", "<published>2016-09-30T08:00:00Z</published>", None),
            ("body", "Troops entered the town on Tuesday after a week of fighting.", 1),
        ],
        lang="en",
    )
    TimeStage().process(doc)
    assert dates(doc)["Tuesday"] == "2016-09-27"


def test_no_chrome_stamp_when_the_article_has_its_publication() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Samedi 21 novembre 2026", None),  # the site's today line
            ("body", "Les troupes ont repris samedi le contrôle du village.", 1),
        ]
    )
    doc.articles[0].published, doc.articles[0].published_precision = "2017-09-19", "day"
    TimeStage().process(doc)
    assert dates(doc)["samedi"] == "2017-09-16"


def test_a_dated_caption_or_a_line_below_the_text_is_no_stamp() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Photo prise le 3 mai 2015 près du barrage par notre envoyé", None),
            ("body", "Les troupes ont repris samedi le contrôle du village.", 1),
            ("boilerplate", "14 mars 2018", None),  # below the text: not its stamp
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published != "2015-05-03"
    assert doc.articles[0].published != "2018-03-14"


def test_a_pubdate_line_opening_the_body_segment_still_heads_its_item() -> None:
    head, title = "<item>\n", "Retour au calme\n"
    stamp1 = "<pubDate>Wed, 10 Aug 2016 12:00:00 +0000</pubDate>"
    body1 = "Mardi, des obus sont tombés sur le marché."
    item2 = (
        "<pubDate>Thu, 04 Aug 2016 08:00:00 +0000</pubDate>\n<dc:creator>X</dc:creator>\n"
        "Hier, les combattants ont quitté le quartier assiégé."
    )
    text = f"{head}{title}{stamp1}\n{body1}\n{item2}"
    t = len(head)
    a = t + len(title)
    b = a + len(stamp1) + 1
    c = b + len(body1) + 1
    segs = [
        Segment(0, t, "boilerplate", None, "fr"),
        Segment(t, a, "title", 1, "fr"),
        Segment(a, b - 1, "boilerplate", None, "fr"),
        Segment(b, c - 1, "body", 1, "fr"),
        Segment(c, len(text), "body", 1, "fr"),
    ]
    doc = Document("d", "t", "t.txt", "txt", text, segments=segs, articles=[Article(k=1)])
    TimeStage().process(doc)
    got = dates(doc)
    assert got["Mardi"] == "2016-08-09"
    assert got["Hier"] == "2016-08-03"
