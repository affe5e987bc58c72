"""TimeStage over Documents: anchors, write-back of inferred dates, mentions, warnings."""

from __future__ import annotations

from newsift.model import Article, Document, Segment
from newsift.time.stage import TimeStage


def make_doc(
    paragraphs: list[str],
    lang: str = "en",
    meta: dict | None = None,
    articles: list[Article] | None = None,
    ks: list[int] | None = None,
) -> Document:
    text = "\n".join(paragraphs)
    segs, pos = [], 0
    for i, p in enumerate(paragraphs):
        k = ks[i] if ks else 1
        segs.append(Segment(pos, pos + len(p), "title" if i == 0 else "body", k, lang))
        pos += len(p) + 1
    arts = (
        articles
        if articles is not None
        else [Article(k=k, lang=lang) for k in sorted(set(ks or [1]))]
    )
    return Document(
        "d1", "test", "t.txt", "txt", text, meta=meta or {}, segments=segs, articles=arts
    )


def dates(doc: Document) -> dict[str, tuple]:
    return {m.text: (m.value, m.precision, m.anchor) for m in doc.mentions if m.kind == "date"}


def test_given_published_date_anchors_relative_dates() -> None:
    doc = make_doc(
        ["Strikes on Idlib", "Yesterday jets struck a market. On November 3 the army advanced."],
        meta={"published": "2017-11-21"},
    )
    TimeStage().process(doc)
    got = dates(doc)
    assert got["Yesterday"] == ("2017-11-20", "day", "2017-11-21")
    assert got["November 3"] == ("2017-11-03", "day", "2017-11-21")
    art = doc.articles[0]
    assert (art.published, art.published_basis) == ("2017-11-21", "given")
    assert doc.meta["time_anchors"]["1"] == {
        "anchor": "2017-11-21",
        "precision": "day",
        "basis": "given",
    }
    m = next(m for m in doc.mentions if m.text == "Yesterday")
    assert (m.kind, m.extractor, m.article) == ("date", "time:rules", 1)
    assert doc.text[m.start : m.end] == "Yesterday"


def test_article_published_wins_over_meta_and_user_anchor_wins_over_all() -> None:
    arts = [
        Article(
            k=1,
            lang="en",
            published="2016-12-14",
            published_precision="day",
            published_basis="metadata",
        )
    ]
    doc = make_doc(
        ["Aleppo", "Yesterday rebels left."], meta={"published": "2017-11-21"}, articles=arts
    )
    TimeStage().process(doc)
    assert dates(doc)["Yesterday"][0] == "2016-12-13"
    doc = make_doc(
        ["Aleppo", "Yesterday rebels left."],
        meta={"published": "2017-11-21"},
        articles=[Article(k=1, lang="en", published="2016-12-14")],
    )
    TimeStage(anchor_date="2015-10-01").process(doc)
    assert dates(doc)["Yesterday"][0] == "2015-09-30"
    assert doc.articles[0].published_basis == "user"


def test_inferred_publication_date_is_written_back() -> None:
    body = (
        "L'armée a repris dimanche Albou Kamal, perdue en 2014. "
        "Hier, lundi 20 novembre, Poutine a reçu Assad à Sotchi."
    )
    doc = make_doc(["Albou Kamal", body], lang="fr")
    TimeStage().process(doc)
    art = doc.articles[0]
    assert (art.published, art.published_precision, art.published_basis) == (
        "2017-11-21",
        "day",
        "inferred",
    )
    assert doc.text[art.published_start : art.published_end] == "Hier, lundi 20 novembre"
    got = dates(doc)
    assert got["dimanche"][0] == "2017-11-19"
    assert got["Hier"][0] == "2017-11-20"


def test_article_without_years_borrows_the_year_of_its_neighbour() -> None:
    paras = [
        "First",
        "On November 3, forces liberated Deir Ezzor. On November 4, they secured the island.",
        "Second",
        "The referendum of 1 October 2017 failed.",
    ]
    doc = make_doc(paras, ks=[1, 1, 2, 2])
    TimeStage().process(doc)
    a1, a2 = doc.articles
    assert (a2.published, a2.published_basis) == ("2017-10", "inferred")
    assert (a1.published, a1.published_precision, a1.published_basis) == (
        "2017-11",
        "month",
        "inferred",
    )
    assert dates(doc)["November 4"][0] == "2017-11-04"


def test_ranges_give_members_and_range() -> None:
    doc = make_doc(
        ["Strikes", "On November 1, November 2, November 3 and November 4, bombers struck."],
        meta={"published": "2017-11-21"},
    )
    TimeStage().process(doc)
    vals = sorted((m.value, m.precision) for m in doc.mentions)
    assert vals == [
        ("2017-11-01", "day"),
        ("2017-11-01/2017-11-04", "range"),
        ("2017-11-02", "day"),
        ("2017-11-03", "day"),
        ("2017-11-04", "day"),
    ]


def test_inconsistency_is_warned() -> None:
    doc = make_doc(
        ["Sotchi", "Hier, lundi 13 novembre, Poutine a reçu Assad."],
        lang="fr",
        meta={"published": "2017-11-21"},
    )
    TimeStage().process(doc)
    assert any("disagrees" in w for w in doc.warnings)
    assert all(m.confidence <= 0.5 for m in doc.mentions)


def test_duplicates_are_skipped_and_reruns_do_not_duplicate() -> None:
    doc = make_doc(["T", "Yesterday jets struck."], meta={"published": "2017-11-21"})
    doc.duplicate_of = "other"
    TimeStage().process(doc)
    assert doc.mentions == []
    doc.duplicate_of = None
    stage = TimeStage()
    stage.process(doc)
    stage.process(doc)
    assert len(doc.mentions) == 1


def test_comments_are_not_read() -> None:
    doc = make_doc(["T", "Yesterday jets struck."], meta={"published": "2017-11-21"})
    doc.text += "\nOn November 9 I said so."
    doc.segments.append(Segment(len(doc.text) - 24, len(doc.text), "comment", None, "en"))
    TimeStage().process(doc)
    assert [m.text for m in doc.mentions] == ["Yesterday"]


def test_durations_become_mentions_but_references_do_not() -> None:
    doc = make_doc(
        ["T", "The siege lasted three years and is now over."], meta={"published": "2017-11-21"}
    )
    TimeStage().process(doc)
    assert dates(doc) == {"three years": ("P3Y", "duration", None)}


def test_date_in_the_page_address_dates_the_article() -> None:
    meta = {"url": "https://example.org/news/2017/11/21/abu-kamal-retaken.html"}
    doc = make_doc(["Abu Kamal", "Yesterday the army entered the town."], meta=meta)
    TimeStage().process(doc)
    art = doc.articles[0]
    assert (art.published, art.published_precision, art.published_basis) == (
        "2017-11-21",
        "day",
        "inferred",
    )
    assert dates(doc)["Yesterday"][0] == "2017-11-20"


def test_fetch_date_bounds_the_inferred_year() -> None:
    # 20 November is a Monday in 2006, 2017 and 2023; the page was fetched in 2018
    body = "Hier, lundi 20 novembre, Poutine a reçu Assad à Sotchi."
    doc = make_doc(["Sotchi", body], lang="fr", meta={"warc_date": "2018-01-05T10:00:00Z"})
    TimeStage().process(doc)
    assert doc.articles[0].published == "2017-11-21"


def test_plausible_years_setting_bounds_the_inferred_year() -> None:
    body = "Hier, lundi 20 novembre, Poutine a reçu Assad à Sotchi."
    doc = make_doc(["Sotchi", body], lang="fr")
    TimeStage(plausible_years=[2011, 2018]).process(doc)
    assert doc.articles[0].published == "2017-11-21"
