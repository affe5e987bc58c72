"""What runs inside a worker: a chain of document stages applied to one document.

The same function serves the local process pool, Ray, and the in-process path (workers=1), so
a stage behaves identically whichever engine runs it.
"""

from __future__ import annotations

import time
import traceback
from typing import Any

from newsift.model import Document, Reject
from newsift.stage import DocumentStage, build_stage

StageSpec = tuple[str, dict[str, Any]]
Timings = dict[str, list[float]]  # stage -> [documents, errors, seconds]


class StageChain:
    """Document stages built once (models loaded once) and applied in order."""

    def __init__(self, specs: list[StageSpec]) -> None:
        self.stages: list[DocumentStage] = []
        for name, settings in specs:
            stage = build_stage(name, settings)
            assert isinstance(stage, DocumentStage), name
            self.stages.append(stage)
        self._ready = False

    def setup(self) -> None:
        if not self._ready:
            for stage in self.stages:
                stage.setup()
            self._ready = True

    def apply(self, doc: Document, timings: Timings) -> Document:
        """Run every stage; a failing stage is recorded on the document, the rest still run."""
        self.setup()
        for stage in self.stages:
            t0 = time.perf_counter()
            failed = 0
            try:
                doc = stage.process(doc)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop a run
                failed = 1
                reason = f"{type(exc).__name__}: {exc}"
                where = traceback.extract_tb(exc.__traceback__)[-1]
                reason += f" (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})"
                doc.warnings.append(f"{stage.name} failed: {reason}")
                doc.error = doc.error or f"{stage.name}: {reason}"
                doc.stage_rejects.append(
                    Reject(source=doc.source, stage=stage.name, error=reason, doc_id=doc.doc_id)
                )
            row = timings.setdefault(stage.name, [0, 0, 0.0])
            row[0] += 1
            row[1] += failed
            row[2] += time.perf_counter() - t0
        return doc


_chains: dict[int, StageChain] = {}
_specs: list[list[StageSpec]] = []


def init_worker(groups: list[list[StageSpec]]) -> None:
    """Process-pool initializer: remember the stage groups; chains are built on first use."""
    _specs[:] = groups
    _chains.clear()


def chain(group: int) -> StageChain:
    if group not in _chains:
        _chains[group] = StageChain(_specs[group])
    return _chains[group]


def run_batch(group: int, docs: list[Document]) -> tuple[list[Document], Timings]:
    timings: Timings = {}
    c = chain(group)
    return [c.apply(d, timings) for d in docs], timings
