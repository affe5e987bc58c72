"""Stages used by end-to-end tests through a config's ``module:Class`` path (as plug-ins are)."""

from __future__ import annotations

import time

from newsift.model import Document
from newsift.stage import DocumentStage


class Slow(DocumentStage):
    """Takes ``seconds`` per document, so a test can kill a run while it is under way."""

    def process(self, doc: Document) -> Document:
        time.sleep(float(self.settings.get("seconds", 0.05)))
        return doc


class Explode(DocumentStage):
    """Fails on documents that contain ``marker``: a stage bug met in the middle of a run."""

    def process(self, doc: Document) -> Document:
        if str(self.settings.get("marker", "BOOM")) in doc.text:
            raise RuntimeError("stage bug on this document")
        return doc
