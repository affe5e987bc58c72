"""Lines an outlet repeats on every page become boilerplate (RepeatedLinesStage)."""

from __future__ import annotations

import pytest

from newsift.clean.stage import CleanStage
from newsift.link.boilerplate import META_KEY, RepeatedLinesStage, normalise, outlet_of
from newsift.model import Article, Document, Segment

STORIES = [
    (
        "Manbij: the SDF crosses the Sajur river",
        "The Syrian Democratic Forces crossed the Sajur river at three points this morning, "
        "according to local activists, and are now less than ten kilometres from Manbij.",
        "The advance comes two days after coalition aircraft struck bridges on the road between "
        "Manbij and Jarabulus, cutting the supply lines of the garrison in the town.",
    ),
    (
        "Fallujah: the army enters the city centre",
        "Iraqi counter-terrorism troops entered the centre of Fallujah on Friday and raised the "
        "flag over the main government compound, a month after the offensive began.",
        "Thousands of civilians are still trapped in the northern districts, aid agencies said, "
        "and the camps south of the city are already full.",
    ),
    (
        "Raqqa countryside: the offensive stalls",
        "The offensive launched last week towards the north of Raqqa province has stalled near "
        "the village of Fatisah, where the militants dug a line of trenches and tunnels.",
        "Coalition aircraft carried out eleven strikes in the area on Tuesday, according to the "
        "coalition's daily report, most of them against fighting positions.",
    ),
    (
        "Aleppo: the Castello road is cut",
        "Government forces have cut the Castello road, the last route into the eastern districts "
        "of Aleppo, after taking the hills that overlook it from the west.",
        "Prices of bread and fuel doubled in the besieged districts within two days, residents "
        "said, and the local council began to ration flour.",
    ),
]
APPEAL = "This notebook is written by volunteers and lives on its readers' support."


def page(i: int, outlet: str = "Euphrates Notebook") -> str:
    title, p1, p2 = STORIES[i]
    return (
        f"{outlet}\nHome   About   Maps   Contact\n\n{title}\n\nPosted on June {i + 1}, 2016 "
        f"by Tom Ellery\n\n{p1}\n\n{APPEAL}\n\n{p2}\n\nTom\n\n"
        f"{i + 2} comments\n\nHassan Jaber says:\nJune {i + 1}, 2016 at 9:14 pm\n"
        "Thanks for the update, the map helps a lot with following the front.\nReply\n"
    )


@pytest.fixture(scope="module")
def clean() -> CleanStage:
    st = CleanStage()
    st.setup()
    return st


def cleaned(clean: CleanStage, text: str, name: str) -> Document:
    return clean.process(Document(name, f"dumps/{name}.txt", name, "txt", text))


def label_at(doc: Document, needle: str) -> str:
    seg = doc.segment_at(doc.text.index(needle))
    assert seg is not None
    return seg.kind


def assert_tiles(doc: Document) -> None:
    assert doc.segments[0].start == 0 and doc.segments[-1].end == len(doc.text)
    for a, b in zip(doc.segments, doc.segments[1:], strict=False):
        assert a.end == b.start and a.start < a.end


def test_repeated_appeal_becomes_boilerplate_from_the_third_page(clean: CleanStage) -> None:
    docs = [cleaned(clean, page(i), f"p{i}") for i in range(4)]
    assert all(label_at(d, APPEAL) == "body" for d in docs)  # the cleaner alone cannot tell
    out = list(RepeatedLinesStage().run(docs))
    # a stream: the first two pages keep their labels, later ones lose the appeal
    assert [label_at(d, APPEAL) for d in out] == ["body", "body", "boilerplate", "boilerplate"]
    for d in out:
        assert_tiles(d)
        # the byline, the signature and the dateline recur too, but belong to the post
        assert label_at(d, "Posted on June") == "meta"
        tom = d.segment_at(d.text.index("\nTom\n") + 1)
        assert tom is not None and tom.kind == "body"
        assert label_at(d, STORIES[int(d.doc_id[1])][1][:40]) == "body"
        # a comment is never cut out of its thread for its "Reply" line
        assert label_at(d, "Reply") == "comment"
    assert out[3].meta[META_KEY]["relabelled"] >= 1


def test_other_outlets_do_not_count(clean: CleanStage) -> None:
    docs = [
        cleaned(clean, page(i, outlet=name), f"p{i}")
        for i, name in enumerate(
            ["Euphrates Notebook", "Tigris Notes", "Orontes Diary", "Tigris Notes"]
        )
    ]
    assert [outlet_of(d) for d in docs][:2] == [
        ("euphrates notebook", True),
        ("tigris notes", True),
    ]
    out = list(RepeatedLinesStage().run(docs))
    assert all(label_at(d, APPEAL) == "body" for d in out)


def test_copies_of_one_article_count_once(clean: CleanStage) -> None:
    docs = [cleaned(clean, page(0), f"c{i}") for i in range(4)]  # one post crawled four times
    out = list(RepeatedLinesStage().run(docs))
    assert all(label_at(d, APPEAL) == "body" for d in out)
    assert all(label_at(d, "The Syrian Democratic Forces") == "body" for d in out)


def test_prime_from_stored_documents(clean: CleanStage) -> None:
    first = list(RepeatedLinesStage().run([cleaned(clean, page(i), f"p{i}") for i in range(3)]))
    stored = [Document.from_dict(d.to_dict()) for d in first]
    for d in stored:
        d.text = ""  # the store hands documents to prime() without their text
    resumed = RepeatedLinesStage()
    resumed.prime(stored)
    (later,) = resumed.run([cleaned(clean, page(3), "p3")])
    assert label_at(later, APPEAL) == "boilerplate"


def test_memory_is_bounded() -> None:
    stage = RepeatedLinesStage(capacity=50)
    for i in range(40):
        text = "\n".join(f"line {i} {j} of a page" for j in range(10))
        doc = Document(f"d{i}", f"site/d{i}.txt", "x", "txt", text)
        doc.segments = [Segment(0, len(text), "body", 1)]
        doc.articles = [Article(k=1, outlet="Site")]
        stage.check(doc)
    assert len(stage.counts) <= 50
    assert len(stage.seen_articles) <= 50


def test_long_paragraphs_are_never_relabelled() -> None:
    para = " ".join(["word"] * 40) + "."
    stage = RepeatedLinesStage()
    docs = []
    for i in range(4):
        text = f"Story {i}\n{para}\nAnother paragraph number {i} of this story, a short one.\n"
        t_end = text.index("\n") + 1
        doc = Document(f"d{i}", "site/x.txt", "x", "txt", text)
        doc.segments = [Segment(0, t_end, "title", 1), Segment(t_end, len(text), "body", 1)]
        doc.articles = [Article(k=1, title=f"Story {i}", outlet="Site")]
        docs.append(stage.check(doc))
    assert docs[-1].segment_at(docs[-1].text.index("word")).kind == "body"


def test_normalise() -> None:
    assert normalise("  Support   US!  ") == "support us"
    assert normalise("November 19, 2017") != normalise("November 20, 2017")


def test_folder_is_a_weaker_outlet() -> None:
    """Without an outlet or a URL, the folder groups documents, and needs more of them."""
    stage = RepeatedLinesStage()
    labels = []
    for i in range(6):
        text = f"Story number {i} of the day\nSubscribe to the weekly letter for more.\nBody {i}.\n"
        cut = text.index("\n") + 1
        doc = Document(f"d{i}", f"dumps/d{i}.txt", "x", "txt", text)
        doc.segments = [Segment(0, cut, "title", 1), Segment(cut, len(text), "body", 1)]
        doc.articles = [Article(k=1, title=f"Story number {i} of the day")]
        assert outlet_of(doc) == ("folder:dumps", False)
        out = stage.check(doc)
        seg = out.segment_at(text.index("Subscribe"))
        assert seg is not None
        labels.append(seg.kind)
    assert labels == ["body"] * 4 + ["boilerplate"] * 2
