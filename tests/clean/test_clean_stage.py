"""CleanStage on plain-text dumps written for these tests (fixtures/), and on structured docs."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsift.clean import stage as stage_module
from newsift.clean.stage import CleanStage
from newsift.model import Document

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def clean() -> CleanStage:
    st = CleanStage()
    st.setup()
    return st


def _doc(text: str, fmt: str = "txt", **meta: object) -> Document:
    return Document(doc_id="t", source="t", external_id="t", format=fmt, text=text, meta=meta)


def _run(clean: CleanStage, name: str) -> tuple[Document, list[str], list[str]]:
    text = (FIXTURES / name).read_text("utf-8")
    doc = clean.process(_doc(text))
    labels = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if not stripped:
            labels.append("empty")
        else:
            pos = offset + raw.index(stripped[0])
            seg = doc.segment_at(pos)
            assert seg is not None
            labels.append(f"{seg.kind}:{seg.article}" if seg.article else seg.kind)
        offset += len(raw)
    return doc, text.splitlines(), labels


def _label_of(lines: list[str], labels: list[str], needle: str) -> str:
    idx = next(i for i, ln in enumerate(lines) if needle in ln)
    return labels[idx]


def _assert_tiles(doc: Document) -> None:
    """Segments cover every character once, in order."""
    assert doc.segments, "no segments"
    assert doc.segments[0].start == 0
    assert doc.segments[-1].end == len(doc.text)
    for a, b in zip(doc.segments, doc.segments[1:], strict=False):
        assert a.end == b.start and a.start < a.end
    for s in doc.segments:
        assert (s.article is not None) == (s.kind in ("title", "body", "meta"))


def test_thread_with_two_articles(clean: CleanStage) -> None:
    doc, lines, labels = _run(clean, "thread_en_two_articles.txt")
    _assert_tiles(doc)
    assert [a.title for a in doc.articles] == [
        "Rebels Lose Their Last Foothold In Wadi Barada Valley",
        "The Water War Around Damascus",
    ]
    # donation widget and appeal are boilerplate, the article body is article 1
    for needle in ("20 $", "Help Frontline Digest", "PayPal:", "BTC:", "Support Frontline"):
        assert _label_of(lines, labels, needle) == "boilerplate", needle
    assert _label_of(lines, labels, "On Saturday, government troops") == "body:1"
    # comment chrome is boilerplate; user names, replies and quoted lines are comments
    for needle in ("Notify of", "Inline Feedbacks", "Would love your thoughts"):
        assert _label_of(lines, labels, needle) == "boilerplate", needle
    for needle in ("Tom Baxter", "Water as a weapon", "For how long?", "nobody in particular"):
        assert _label_of(lines, labels, needle) == "comment", needle
    # the article pasted inside the thread: byline, caption, signature, footnotes
    assert _label_of(lines, labels, "by Nadia Farouk") == "body:2"
    assert _label_of(lines, labels, "JPEG – 41.2 kb") == "meta:2"
    assert labels[lines.index("Nadia Farouk")] == "body:2"
    assert _label_of(lines, labels, "[1] Statement") == "meta:2"
    # and the thread resumes after it
    assert _label_of(lines, labels, "Good article, thanks") == "comment"
    assert doc.articles[1].author == "Nadia Farouk"
    assert doc.articles[0].outlet == "Frontline Digest"
    assert doc.articles[0].published is None  # no date anywhere: left to the time stage


def test_french_blog_dateline_signature_comments(clean: CleanStage) -> None:
    doc, lines, labels = _run(clean, "blog_fr_dateline.txt")
    _assert_tiles(doc)
    assert len(doc.articles) == 1
    art = doc.articles[0]
    assert art.title == "Alep : la fin d'une bataille, pas celle d'une guerre"
    assert (art.published, art.published_precision, art.published_basis) == (
        "2016-12-14",
        "day",
        "dateline",
    )
    assert doc.text[art.published_start : art.published_end] == "14 décembre 2016"
    assert art.author == "Hervé de Saint-Aubin"
    assert art.lang == "fr"
    assert _label_of(lines, labels, "mercredi 14 décembre 2016") == "meta:1"
    assert _label_of(lines, labels, "Hervé de Saint-Aubin") == "body:1"
    assert _label_of(lines, labels, "5 commentaires") == "boilerplate"
    assert _label_of(lines, labels, "Accueil | Syrie") == "boilerplate"
    for needle in ("Marc D.", "> il ne faut pas", "Idleb sera la prochaine"):
        assert _label_of(lines, labels, needle) == "comment", needle
    assert _label_of(lines, labels, "© 2016") == "boilerplate"
    comments = [s for s in doc.segments if s.kind == "comment"]
    assert len(comments) >= 4  # one segment per comment at least
    assert all(s.lang == "fr" for s in comments)


@pytest.mark.parametrize(
    ("name", "lang", "published", "chrome"),
    [
        ("news_ru.txt", "ru", "2017-11-03", "Комментарии (2)"),
        ("news_ar.txt", "ar", "2017-11-01", "التعليقات"),
    ],
)
def test_russian_and_arabic_chrome(
    clean: CleanStage, name: str, lang: str, published: str, chrome: str
) -> None:
    doc, lines, labels = _run(clean, name)
    _assert_tiles(doc)
    assert len(doc.articles) == 1
    art = doc.articles[0]
    assert (art.lang, art.published) == (lang, published)
    assert labels[lines.index(chrome)] == "boilerplate"
    assert labels[1] == "boilerplate"  # the menu
    assert labels[-1] == "comment"
    assert sum(1 for x in labels if x == "body:1") == 2


def test_two_posts_on_one_page(clean: CleanStage) -> None:
    doc, lines, labels = _run(clean, "blog_two_posts_en.txt")
    _assert_tiles(doc)
    assert [a.title for a in doc.articles] == [
        "Palmyra changes hands for the third time",
        "Al-Bab: the race is over",
    ]
    assert [a.published for a in doc.articles] == ["2017-03-03", "2017-03-01"]
    assert [a.author for a in doc.articles] == ["Sam Whitfield", "Sam Whitfield"]
    assert _label_of(lines, labels, "Posted on March 1") == "meta:2"
    assert _label_of(lines, labels, "Turkish-backed rebels") == "body:2"


def test_failing_segmentation_keeps_the_document(
    clean: CleanStage, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("broken")

    monkeypatch.setattr(stage_module, "label_lines", boom)
    text = "Some title\n\nA paragraph of text that is long enough to be an article body."
    doc = clean.process(_doc(text))
    assert len(doc.segments) == 1
    seg = doc.segments[0]
    assert (seg.start, seg.end, seg.kind, seg.article) == (0, len(text), "body", 1)
    assert len(doc.articles) == 1
    assert any("segmentation failed" in w for w in doc.warnings)


def test_structured_document_keeps_its_text_as_article(clean: CleanStage) -> None:
    body = (
        "Syrian troops entered the town on Sunday after a week of fighting, the ministry said.\n"
        "Share on Facebook | Twitter\n"
        "Residents began to return to the eastern districts on Monday morning."
    )
    comment = "\nGreat news, finally!"
    text = "Army enters the town\n" + body + comment
    doc = clean.process(
        _doc(
            text,
            fmt="html",
            title="Army enters the town",
            published="2017-11-19T10:00:00Z",
            url="https://www.example-news.org/2017/11/town",
            comment_spans=[[len(text) - len(comment) + 1, len(text)]],
        )
    )
    _assert_tiles(doc)
    kinds = [s.kind for s in doc.segments]
    assert kinds == ["title", "body", "boilerplate", "body", "comment"]
    art = doc.articles[0]
    assert (art.title, art.published, art.published_precision) == (
        "Army enters the town",
        "2017-11-19",
        "day",
    )
    assert art.published_basis == "metadata"
    assert art.outlet == "example-news.org"


def test_jsonl_row_published_is_given(clean: CleanStage) -> None:
    doc = clean.process(
        _doc(
            "Rebels shelled the old city on Tuesday, killing three people.",
            fmt="jsonl",
            published="2016-05-03",
            outlet="SANA",
        )
    )
    art = doc.articles[0]
    assert (art.published, art.published_basis, art.outlet) == ("2016-05-03", "given", "SANA")
    assert [s.kind for s in doc.segments] == ["body"]


def test_random_text_always_tiles(clean: CleanStage) -> None:
    rng = random.Random(7)
    alphabet = "abc DEF xyz.,:;!?|$€0123456789 \n\n\r\t«»[]()–-@/" + "éàüжщ ث ج"
    for _ in range(40):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 600)))
        doc = clean.process(_doc(text))
        if not text:
            assert doc.segments == []
            continue
        _assert_tiles(doc)
        assert not doc.warnings, doc.warnings


def test_source_line_then_headline_opens_the_next_story(clean: CleanStage) -> None:
    doc, lines, labels = _run(clean, "two_items_no_byline_fr.txt")
    _assert_tiles(doc)
    assert [a.title for a in doc.articles] == [
        "Daraa : nouveaux combats près de la frontière jordanienne",
        "Hama : l'armée avance vers Souran",
    ]
    assert _label_of(lines, labels, "À lire aussi") == "boilerplate"
    # the body goes on after the "read also" link
    assert _label_of(lines, labels, "Le quartier est l'un") == "body:1"
    assert _label_of(lines, labels, "Source : agences") == "meta:1"
    assert _label_of(lines, labels, "Les jihadistes ont répondu") == "body:2"
    assert _label_of(lines, labels, "Mots-clés") == "meta:2"
