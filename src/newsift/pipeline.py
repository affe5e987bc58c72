"""The main job: ingest -> stages -> store -> export -> report.

The pipeline owns orchestration only: which stages run, where (workers or this process), and
what is recorded. It never looks inside a stage. Documents already in the store are skipped
before any work, which makes re-runs idempotent and lets a killed run resume where it stopped;
those stored by other code, models or settings (another :func:`pipeline_key`) are processed again
and replaced, so upgrading newsift and re-running refreshes the store.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsift.config import Config
from newsift.engine.worker import StageSpec, Timings
from newsift.fingerprint import pipeline_key
from newsift.model import Document, Reject
from newsift.stage import CorpusStage, DocumentStage, build_stage, stage_class

Progress = Callable[[int], None]


@dataclass
class RunSummary:
    """What one run did; ``rejected`` counts inputs and stage failures seen in this run."""

    documents_seen: int = 0
    documents_new: int = 0
    documents_skipped: int = 0  # already in the store, from the same pipeline
    documents_reprocessed: int = 0  # stored by other code or settings: processed and replaced
    rejected: int = 0
    stages: dict[str, dict[str, float]] = field(default_factory=dict)
    ingest: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    report: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents_seen": self.documents_seen,
            "documents_new": self.documents_new,
            "documents_skipped": self.documents_skipped,
            "documents_reprocessed": self.documents_reprocessed,
            "rejected": self.rejected,
            "seconds": round(self.seconds, 3),
            "stages": self.stages,
            "ingest": self.ingest,
            "outputs": self.outputs,
        }


def plan(stages: list[tuple[str, dict[str, Any]]]) -> list[list[StageSpec] | CorpusStage]:
    """Group consecutive document stages (one worker round-trip); corpus stages stand alone."""
    steps: list[list[StageSpec] | CorpusStage] = []
    for name, settings in stages:
        cls = stage_class(name)
        if issubclass(cls, DocumentStage):
            if steps and isinstance(steps[-1], list):
                steps[-1].append((name, settings))
            else:
                steps.append([(name, settings)])
        else:
            steps.append(build_stage(name, settings))  # type: ignore[arg-type]
    return steps


class _Clock:
    """Accumulates the time a corpus stage spends, excluding the time of its upstream."""

    def __init__(self) -> None:
        self.upstream = 0.0

    def wrap(self, it: Iterable[Document]) -> Iterator[Document]:
        src = iter(it)
        while True:
            t0 = time.perf_counter()
            try:
                doc = next(src)
            except StopIteration:
                self.upstream += time.perf_counter() - t0
                return
            self.upstream += time.perf_counter() - t0
            yield doc


class Pipeline:
    """Runs the configured stages over the documents the store does not hold yet.

    ``reprocess`` processes (and replaces) every input even when stored by this very pipeline.
    """

    def __init__(
        self, config: Config, store: Any, workers: int | None = None, reprocess: bool = False
    ) -> None:
        self.config = config
        self.store = store
        self.reprocess = reprocess
        self.key = pipeline_key(config.stages)
        self.workers = workers if workers else (config.run.get("workers") or os.cpu_count() or 1)
        self.timings: Timings = {}

    def _add_timings(self, timings: Timings) -> None:
        for name, (n, err, sec) in timings.items():
            row = self.timings.setdefault(name, [0, 0, 0.0])
            row[0] += n
            row[1] += err
            row[2] += sec

    def _corpus(self, stage: CorpusStage, docs: Iterable[Document]) -> Iterator[Document]:
        clock = _Clock()
        out = stage.run(clock.wrap(docs))
        while True:
            t0 = time.perf_counter()
            up0 = clock.upstream
            try:
                doc = next(out)
            except StopIteration:
                doc = None
            spent = time.perf_counter() - t0 - (clock.upstream - up0)
            self._add_timings({stage.name: [0 if doc is None else 1, 0, spent]})
            if doc is None:
                return
            yield doc

    def run(
        self,
        items: Iterable[Document | Reject],
        on_reject: Callable[[Reject], None],
        progress: Progress | None = None,
    ) -> RunSummary:
        """Process every new document of ``items``; store each as soon as it is finished.

        ``on_reject`` receives the inputs ingest could not read; a stage's failures travel
        with their document (``doc.stage_rejects``) and are stored with it.
        """
        summary = RunSummary()
        t_start = time.perf_counter()
        steps = plan(self.config.stages)
        groups = [s for s in steps if isinstance(s, list)]
        for stage in (s for s in steps if isinstance(s, CorpusStage)):
            stage.setup()
            prime = getattr(stage, "prime", None)
            if prime is not None:  # indexes of what earlier runs stored (resumed runs)
                prime(self.store.iter_documents(with_text=False))

        replace: set[str] = set()  # stored under another pipeline key: replaced when done

        def new_documents() -> Iterator[Document]:
            batch: list[Document] = []

            def flush() -> Iterator[Document]:
                stored = self.store.stored_keys(d.doc_id for d in batch)
                for d in batch:
                    current = d.doc_id in stored and stored[d.doc_id] == self.key
                    if d.doc_id in seen or (current and not self.reprocess):
                        summary.documents_skipped += 1
                        continue
                    seen.add(d.doc_id)
                    if d.doc_id in stored:
                        replace.add(d.doc_id)
                    yield d
                batch.clear()

            seen: set[str] = set()
            for item in items:
                if isinstance(item, Reject):
                    summary.rejected += 1
                    on_reject(item)
                    continue
                summary.documents_seen += 1
                batch.append(item)
                if len(batch) >= 64:
                    yield from flush()
            yield from flush()

        batch_size = int(self.config.run.get("batch", 8))
        with make_engine(
            self.config.run.get("engine", "local"), groups, self.workers, batch_size
        ) as engine:
            stream: Iterable[Document] = new_documents()
            gi = 0
            for step in steps:
                if isinstance(step, list):
                    stream = engine.map(gi, stream, self._add_timings)
                    gi += 1
                else:
                    stream = self._corpus(step, stream)
            for doc in stream:
                # stores doc.stage_rejects with the document; a replaced copy goes atomically
                again = doc.doc_id in replace
                self.store.add_document(doc, self.key, replace=again)
                if again:
                    summary.documents_reprocessed += 1
                else:
                    summary.documents_new += 1
                summary.rejected += len(doc.stage_rejects)
                if progress is not None:
                    progress(1)
        summary.stages = {
            name: {"documents": int(n), "errors": int(err), "seconds": round(sec, 4)}
            for name, (n, err, sec) in self.timings.items()
        }
        summary.seconds = time.perf_counter() - t_start
        return summary


class EngineError(RuntimeError):
    """The requested engine cannot run here (e.g. Ray is not installed)."""


def make_engine(name: str, groups: list[list[StageSpec]], workers: int, batch: int) -> Any:
    if name == "ray":
        try:
            import ray  # noqa: F401
        except ImportError:
            raise EngineError(
                "--engine ray needs Ray: pip install -c constraints.txt -e '.[ray]'"
            ) from None
        from newsift.engine.ray import RayEngine

        return RayEngine(groups, workers, batch)
    from newsift.engine.local import LocalEngine

    return LocalEngine(groups, workers, batch)


def run_job(
    inputs: Sequence[str],
    out_dir: Path,
    db_url: str,
    config: Config,
    workers: int | None = None,
    progress: Progress | None = None,
    report: bool = True,
    reprocess: bool = False,
) -> RunSummary:
    """newsift run: read inputs, process, store, then export out/ and the report."""
    from newsift.export import export_all
    from newsift.ingest import IngestStats, read_inputs
    from newsift.store import Store

    out_dir.mkdir(parents=True, exist_ok=True)
    store = Store(db_url)
    try:
        pipeline = Pipeline(config, store, workers, reprocess=reprocess)
        run_id = store.start_run(
            {
                "inputs": list(inputs),
                "out": str(out_dir),
                "db": db_url,
                "pipeline_key": pipeline.key,
            }
        )

        def on_reject(rej: Reject) -> None:
            store.add_reject(rej)

        ingest_stats = IngestStats()
        items = read_inputs(inputs, config.ingest, stats=ingest_stats)
        summary = pipeline.run(items, on_reject, progress)
        summary.ingest = ingest_stats.to_dict()
        counts = {
            "documents_seen": summary.documents_seen,
            "documents_new": summary.documents_new,
            "documents_skipped": summary.documents_skipped,
            "documents_reprocessed": summary.documents_reprocessed,
            "rejected": summary.rejected,
        }
        store.finish_run(run_id, summary.stages, counts)
        summary.outputs = export_all(store, out_dir)
        if report:
            summary.report = str(write_report_from_store(store, out_dir))
        (out_dir / "run_stats.json").write_text(
            json.dumps(summary.to_dict(), indent=2, sort_keys=True), "utf-8"
        )
        return summary
    finally:
        store.close()


def write_report_from_store(store: Any, out_dir: Path) -> Path:
    from newsift.report import write_report

    path = out_dir / "report.html"
    write_report(store.iter_documents(), store.iter_rejects(), store.last_run_stats(), path)
    return path
