"""Near-duplicates: syndicated copies point at the first version; signatures survive a resume."""

from __future__ import annotations

from newsift.link.dedup import DedupStage, article_text, shingles
from newsift.model import Document, Segment

STORY = (
    "Syrian government forces and their allies recaptured the town of Albu Kamal on Sunday, "
    "the last significant urban stronghold of the Islamic State group in Syria, after days of "
    "house to house fighting near the Iraqi border. A military source said engineering units "
    "were clearing mines and explosive devices left in the streets, while families who had fled "
    "to the desert began to return. The group still holds villages along the eastern bank of "
    "the Euphrates, where Kurdish-led forces backed by the coalition are advancing from the north."
)


def _doc(doc_id: str, text: str, segments: list[Segment] | None = None) -> Document:
    return Document(doc_id, doc_id, doc_id, "txt", text, segments=segments or [])


def test_copy_with_other_chrome_is_a_duplicate() -> None:
    original = _doc("a", STORY)
    chrome_before = "Support Our Site\nPayPal: x@y.org\n\n"
    chrome_after = "\n\nNotify of\nGreat article!"
    text = chrome_before + STORY + chrome_after
    start = len(chrome_before)
    copy = _doc(
        "b",
        text,
        [
            Segment(0, start, "boilerplate"),
            Segment(start, start + len(STORY), "body", 1),
            Segment(start + len(STORY), len(text), "comment"),
        ],
    )
    other = _doc("c", "Heavy rain flooded the streets of Beirut on Tuesday; schools were closed.")
    out = list(DedupStage(threshold=0.8).run([original, copy, other]))
    assert out[1].duplicate_of == "a"
    assert out[1].meta["dedup"]["jaccard"] >= 0.8
    assert out[0].duplicate_of is None and out[2].duplicate_of is None
    assert all(len(d.meta["minhash"]) == 128 for d in out)
    assert article_text(copy) == STORY


def test_a_different_story_is_not_a_duplicate() -> None:
    edited = STORY.replace("Albu Kamal", "Mayadin").split(". ")
    rewritten = ". ".join(reversed(edited))
    out = list(DedupStage().run([_doc("a", STORY), _doc("b", rewritten)]))
    assert out[1].duplicate_of is None


def test_prime_rebuilds_the_index_from_stored_signatures() -> None:
    first = list(DedupStage().run([_doc("a", STORY)]))[0]
    resumed = DedupStage()
    resumed.prime([first])
    copy = resumed.check(_doc("b", STORY + " (AFP)"))
    assert copy.duplicate_of == "a"


def test_copies_point_at_the_first_version() -> None:
    docs = [_doc(x, STORY + suffix) for x, suffix in (("a", ""), ("b", " Reuters"), ("c", " AP"))]
    out = list(DedupStage().run(docs))
    assert [d.duplicate_of for d in out] == [None, "a", "a"]


def test_shingles_of_short_text() -> None:
    assert shingles("Hello world") == {b"hello world"}
    assert shingles("") == set()
    assert len(shingles("one two three four five six")) == 2
