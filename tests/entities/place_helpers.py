"""Run the places stage on one written body and find the mention over a name (shared by the
places tests; the ``places`` fixture of conftest.py is the stage)."""

from __future__ import annotations

from newsift.entities.places_stage import PlacesStage
from newsift.model import Document, Mention, Segment


def places_in(st: PlacesStage, text: str, lang: str) -> list[Mention]:
    """The place mentions of ``text`` read as one article body in ``lang``."""
    doc = Document(
        doc_id="t",
        source="test",
        external_id="t",
        format="txt",
        text=text,
        segments=[Segment(0, len(text), "body", 1, lang)],
    )
    return [m for m in st.process(doc).mentions if m.kind == "place"]


def mention_on(mentions: list[Mention], text: str, name: str) -> Mention | None:
    """The mention covering the first occurrence of ``name`` in ``text``."""
    start = text.index(name)
    return next((m for m in mentions if m.start <= start < m.end), None)
