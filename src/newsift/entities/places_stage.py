"""The ``places`` stage: toponyms in article text, linked to GeoNames with coordinates.

Settings (``[stages.places]``):
  focus = ["SY", "IQ"]   countries this press is mostly about (a weak resolution prior; the
                         countries a document names weigh more)
  min_accept = 2.0       evidence needed to call a candidate a place (higher = more precise)
  theatres = [...]       countries of the wars covered, never read as far-away namesakes
                         (default: data/places/theatres.txt)
  cache_dir = ""         where the gazetteer index lives (default $NEWSIFT_CACHE or
                         ~/.cache/newsift); built there on first use

Reads the actor and org mentions already in ``doc.mentions`` (the actors stage runs first):
a toponym inside a longer organisation name is not a place.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsift.model import Document
from newsift.stage import DocumentStage

EXTRACTOR_PREFIX = "places:"


class PlacesStage(DocumentStage):
    name = "places"

    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        self.focus = tuple(str(c).upper() for c in settings.get("focus", ("SY", "IQ")))
        self.min_accept = float(settings.get("min_accept", 2.0))
        theatres = settings.get("theatres")
        self.theatres = tuple(str(c).upper() for c in theatres) if theatres else None
        cache = settings.get("cache_dir") or None
        self.cache_dir = Path(cache).expanduser() if cache else None
        self._finder: Any = None

    def setup(self) -> None:
        from newsift.entities.gazetteer import get_gazetteer
        from newsift.entities.places import PlaceFinder

        if self._finder is None:
            gaz = get_gazetteer(self.cache_dir)
            self._finder = PlaceFinder(
                gaz, focus=self.focus, min_accept=self.min_accept, theatres=self.theatres
            )

    def process(self, doc: Document) -> Document:
        if doc.duplicate_of:
            return doc
        segments = doc.article_segments()
        # Re-running the stage replaces its own mentions, never another stage's.
        doc.mentions = [
            m
            for m in doc.mentions
            if not (m.kind == "place" and m.extractor.startswith(EXTRACTOR_PREFIX))
        ]
        if not segments:
            return doc
        if self._finder is None:
            self.setup()
        actors = [(m.start, m.end) for m in doc.mentions if m.kind in ("actor", "org")]
        with _no_cycle_collection():
            found = self._finder.find(doc.text, segments, doc.ner, doc.tokens, actors)
        doc.mentions.extend(m for m in found if not postal_address(doc.text, m.start, m.end))
        return doc


# a postal address: "BP 4127, 69241 Lyon Cedex 04", "75008 Paris", "Lyon Cedex": a five-digit
# postcode right before the town, or "Cedex" right after it
_POSTCODE_BEFORE = re.compile(r"(?<![\d.,])(?<!\d )\d{5}[ \t]+$")
_CEDEX_AFTER = re.compile(r"^[ \t]+cedex\b", re.IGNORECASE)


def postal_address(text: str, start: int, end: int) -> bool:
    """Is the place at ``[start, end)`` the town of a postal address (a publisher's or a
    charity's, in a page's donation box or imprint)? Nothing happened there: no event may take
    it as its place, nor may a later sentence's "la ville" read it as its town."""
    return bool(
        _POSTCODE_BEFORE.search(text, max(0, start - 12), start)
        or _CEDEX_AFTER.match(text[end : end + 10])
    )


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while one document is resolved.

    Resolution allocates many short-lived objects and makes no reference cycles, yet in a
    worker that holds the spaCy models (some 700,000 tracked objects) those allocations
    trigger full collections that scan the models each time: a third of the stage's time.
    The collector is switched back on (if it was on) before returning; what the document
    left behind is collected by the next collection as usual.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
