"""Documents made of labelled lines, for the time tests that need a page's layout."""

from __future__ import annotations

from newsift.model import Article, Document, Segment


def make_doc(parts: list[tuple[str, str, int | None]], lang: str = "fr") -> Document:
    """A document from (kind, line, article) triples, one line each, with no publication."""
    text = "\n".join(line for _, line, _ in parts)
    segs, pos = [], 0
    for kind, line, k in parts:
        segs.append(Segment(pos, pos + len(line), kind, k, lang))
        pos += len(line) + 1
    ks = sorted({k for _, _, k in parts if k is not None})
    return Document(
        "d",
        "t",
        "t.txt",
        "txt",
        text,
        segments=segs,
        articles=[Article(k=k, lang=lang) for k in ks],
    )


def dates(doc: Document) -> dict[str, str | None]:
    """Each date mention's text and ISO value."""
    return {m.text: m.value for m in doc.mentions if m.kind == "date"}
