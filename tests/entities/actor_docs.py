"""Run the NLP and actors stages on one body text: the helper the actor tests share (their
fixtures are in conftest.py)."""

from __future__ import annotations

from newsift.entities.actors_stage import ActorsStage
from newsift.model import Article, Document, Segment
from newsift.nlp.stage import NlpStage


def run(nlp: NlpStage, actors: ActorsStage, body: str, lang: str) -> Document:
    """``body`` as one document of one article (a single body segment), parsed and its actors
    linked."""
    doc = Document(
        doc_id="a",
        source="test",
        external_id="t",
        format="txt",
        text=body,
        segments=[Segment(0, len(body), "body", 1, lang)],
        articles=[Article(k=1, lang=lang)],
    )
    nlp.process(doc)
    actors.process(doc)
    return doc
