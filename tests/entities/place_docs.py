"""Run the places stage on one sentence: the helper the place tests share."""

from __future__ import annotations

from newsift.entities.places_stage import PlacesStage
from newsift.model import Document, Mention, NerSpan, Segment


def place_mentions(
    st: PlacesStage, text: str, lang: str, ner: list[NerSpan] | None = None
) -> list[Mention]:
    """The place mentions the stage finds in ``text`` (one body segment of article 1), with
    ``ner`` standing in for the statistical model's spans."""
    doc = Document(
        doc_id="t",
        source="test",
        external_id="t",
        format="txt",
        text=text,
        segments=[Segment(0, len(text), "body", 1, lang)],
        ner=list(ner or []),
    )
    return [m for m in st.process(doc).mentions if m.kind == "place"]
