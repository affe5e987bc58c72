"""Ingest: turn input paths (files, folders, globs, archives) into Documents or Rejects.

The pipeline needs one stream of documents in a stable order whatever the input formats, with
bounded memory, and with every unreadable input recorded as a Reject instead of stopping a run.

Public interface (called by the pipeline and the CLI):

* :func:`missing_inputs` -- the arguments that match nothing.
* :func:`read_inputs` -- every document of every input, sorted by path.
* :class:`IngestStats` / :data:`last_stats` -- what the last run read and skipped
  (e.g. ``skipped["warc: non-HTML record"]``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from newsift.ingest.common import IngestStats, Settings, log
from newsift.ingest.paths import expand_inputs, missing_inputs
from newsift.model import Document, Reject

__all__ = ["IngestStats", "check_ingest_settings", "last_stats", "missing_inputs", "read_inputs"]

last_stats: IngestStats = IngestStats()
"""Statistics of the most recent read_inputs() call, updated while its iterator runs."""


def check_ingest_settings(settings: dict[str, Any] | None) -> None:
    """Raise ValueError with a clear message when the [ingest] settings are invalid."""
    Settings.from_dict(settings)


def read_inputs(
    paths: Sequence[str],
    settings: dict[str, Any] | None = None,
    *,
    stats: IngestStats | None = None,
) -> Iterator[Document | Reject]:
    """Every document of every input, in a stable order (sorted paths).

    Failures come as ``Reject(source, stage="ingest", error=reason)`` and the run goes on.
    ``settings`` is the [ingest] table (max_bytes, max_row_bytes, min_text_chars, field_map);
    a bad value raises ValueError here, before anything is read. Counts of what was read and
    skipped go to ``stats`` (and to the module's ``last_stats``).
    """
    global last_stats
    parsed = Settings.from_dict(settings)
    run_stats = stats if stats is not None else IngestStats()
    last_stats = run_stats
    return _read_all(list(paths), parsed, run_stats)


def _read_all(
    paths: list[str], settings: Settings, stats: IngestStats
) -> Iterator[Document | Reject]:
    from newsift.ingest.reader import read_path

    for item in expand_inputs(paths, stats):
        results = [item] if isinstance(item, Reject) else read_path(item, settings, stats)
        for result in results:
            if isinstance(result, Reject):
                stats.rejects += 1
                log.info("rejected %s: %s", result.source, result.error)
            else:
                stats.documents += 1
            yield result
    if stats.skipped:
        log.info("ingest skipped: %s", dict(stats.skipped))
