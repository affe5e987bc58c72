"""Posts embedded in a story and stamped at their foot date their own text only.

Class (session 17): a curated thread or a blog post quoting tweets puts each quoted post's
stamp under its text ("10 juin 2014 à 21:47", then "Répondre · Retweeter"); the stamps were
read as heading the text below them, so the curator's "Mercredi soir" after a Tuesday tweet
went back to the week before. The post is the paragraph above its stamp; the story's text after
it goes on from the page's day and its own previous date. Pages written for this test.
"""

from __future__ import annotations

from line_docs import dates, make_doc

from newsift.time.stage import TimeStage


def _thread(lang: str, lines: list[tuple[str, str, int | None]]) -> dict[str, str | None]:
    doc = make_doc(lines, lang=lang)
    TimeStage().process(doc)
    return dates(doc)


def test_quoted_posts_stamped_below_date_only_themselves_fr() -> None:
    got = _thread(
        "fr",
        [
            ("meta", "Publié le 20 mars 2015", 1),
            ("body", "Le fil de la semaine. Tout commence lundi : Baiji est encerclée.", 1),
            ("body", "", 1),
            ("body", "Des renforts arrivent ce soir par la route du nord.", 1),
            ("meta", "16 mars 2015 à 22:10", 1),
            ("boilerplate", "Répondre · Retweeter · Favori", None),
            ("body", "", 1),
            ("body", "Le lendemain, l'armée attaque. Mercredi soir, les jihadistes ont reculé.", 1),
            ("body", "", 1),
            ("body", "Les tirs ont repris ce matin près de la raffinerie.", 1),
            ("meta", "18 mars 2015 à 07:45", 1),
            ("boilerplate", "Répondre · Retweeter · Favori", None),
            ("body", "", 1),
            ("body", "Jeudi, trois soldats ont été tués par un obus.", 1),
        ],
    )
    assert got["ce soir"] == "2015-03-16"  # the post's own day
    assert got["Le lendemain"] == "2015-03-17"  # the curator's Monday, across the post
    assert got["Mercredi soir"] == "2015-03-18"  # from the page's day, not the post's
    assert got["ce matin"] == "2015-03-18"
    assert got["Jeudi"] == "2015-03-19"


def test_quoted_posts_stamped_below_date_only_themselves_en() -> None:
    got = _thread(
        "en",
        [
            ("meta", "Published March 20, 2015", 1),
            ("body", "What we know so far about the siege.", 1),
            ("body", "", 1),
            ("body", "Heavy shelling tonight near the refinery.", 1),
            ("meta", "March 16, 2015 at 10:10 PM", 1),
            ("boilerplate", "Reply · Retweet · Like", None),
            ("body", "", 1),
            ("body", "On Wednesday, militants attacked a checkpoint south of the town.", 1),
            ("body", "", 1),
            ("body", "Convoy hit on the road to Tikrit this morning.", 1),
            ("meta", "March 17, 2015 at 7:45 AM", 1),
            ("boilerplate", "Reply · Retweet · Like", None),
        ],
    )
    assert got["tonight"] == "2015-03-16"
    assert got["Wednesday"] == "2015-03-18"
    assert got["this morning"] == "2015-03-17"


def test_a_stamp_heading_its_post_still_dates_the_text_under_it() -> None:
    got = _thread(
        "fr",
        [
            ("meta", "[16.03.15 22:10] Canal Nord", 1),
            ("body", "Des renforts arrivent ce soir par la route du nord.", 1),
            ("meta", "[18.03.15 07:45] Canal Nord", 1),
            ("body", "Les tirs ont repris ce matin près de la raffinerie.", 1),
        ],
    )
    assert got["ce soir"] == "2015-03-16"
    assert got["ce matin"] == "2015-03-18"
