"""Write the ``out/`` files from the store: documents.jsonl, events.csv, mentions.jsonl,
rejects.jsonl (field names and order: :mod:`newsift.export.contract`, from DESIGN.md).

Streaming: one pass over the stored documents feeds the three per-document files at once, so
memory holds one page of documents. Atomic: each file is written to a hidden temporary file
in ``out_dir`` and moved over the old one (``os.replace``) only when every file is complete;
a failure leaves the previous files untouched and no temporary file behind. Deterministic:
the store's order (source, external_id), mentions sorted by offset, fixed key order, so the
same store always gives byte-identical files.
"""

from __future__ import annotations

import contextlib
import csv
import json
import math
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from newsift.export.contract import (
    ARTICLE_EXTRA_KEYS,
    ARTICLE_KEYS,
    DOCUMENTS_FILE,
    EVENT_COLUMNS,
    EVENTS_FILE,
    MENTION_EXTRA_KEYS,
    MENTION_KEYS,
    MENTIONS_FILE,
    REJECT_EXTRA_KEYS,
    REJECT_KEYS,
    REJECTS_FILE,
    SEGMENT_KEYS,
)
from newsift.model import Document, Event, Mention, Reject

if TYPE_CHECKING:
    from newsift.store import Store

OUTPUT_FILES: tuple[str, ...] = (DOCUMENTS_FILE, EVENTS_FILE, MENTIONS_FILE, REJECTS_FILE)


def export_all(store: Store, out_dir: Path) -> dict[str, int]:
    """Write every output file from ``store`` into ``out_dir``; returns rows written per kind
    (``documents``, ``events``, ``mentions``, ``rejects``)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {"documents": 0, "events": 0, "mentions": 0, "rejects": 0}
    with atomic_files(out_dir, OUTPUT_FILES) as files:
        docs_f, mentions_f = files[DOCUMENTS_FILE], files[MENTIONS_FILE]
        events_csv = csv.writer(files[EVENTS_FILE], lineterminator="\n")
        events_csv.writerow(EVENT_COLUMNS)
        for stored in store.iter_stored(with_text=False):
            doc = stored.doc
            docs_f.write(_line(document_record(doc, stored.text_sha1)))
            counts["documents"] += 1
            for m in sorted(doc.mentions, key=lambda m: (m.start, m.end)):
                mentions_f.write(_line(mention_record(doc.doc_id, m)))
                counts["mentions"] += 1
            for ev in doc.events:
                events_csv.writerow(event_row(ev, doc.doc_id))
                counts["events"] += 1
        for rej in store.iter_rejects():
            files[REJECTS_FILE].write(_line(reject_record(rej)))
            counts["rejects"] += 1
    return counts


def document_record(doc: Document, text_sha1: str | None = None) -> dict[str, Any]:
    """One ``documents.jsonl`` object (contract keys, then ``warnings``)."""
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "external_id": doc.external_id,
        "format": doc.format,
        "text_sha1": text_sha1 if text_sha1 is not None else doc.text_sha1,
        "error": doc.error,
        "duplicate_of": doc.duplicate_of,
        "segments": [{k: getattr(s, k) for k in SEGMENT_KEYS} for s in doc.segments],
        "articles": [
            {k: getattr(a, k) for k in ARTICLE_KEYS + ARTICLE_EXTRA_KEYS} for a in doc.articles
        ],
        "warnings": list(doc.warnings),
    }


def mention_record(doc_id: str, m: Mention) -> dict[str, Any]:
    """One ``mentions.jsonl`` object (contract keys, then ``article, admin1, anchor``)."""
    record: dict[str, Any] = {"doc_id": doc_id}
    for key in MENTION_KEYS[1:] + MENTION_EXTRA_KEYS:
        record[key] = getattr(m, key)
    return record


def event_row(ev: Event, doc_id: str | None = None) -> list[str]:
    """One ``events.csv`` row in EVENT_COLUMNS order; null is the empty string."""
    row = [_cell(getattr(ev, c)) for c in EVENT_COLUMNS]
    if doc_id and not ev.doc_id:
        row[EVENT_COLUMNS.index("doc_id")] = doc_id
    return row


def reject_record(rej: Reject) -> dict[str, Any]:
    return {k: getattr(rej, k) for k in REJECT_KEYS + REJECT_EXTRA_KEYS}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    return str(value)


def _json_safe(value: Any) -> Any:
    """NaN/inf are not JSON: written as null."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value


def _line(record: dict[str, Any]) -> str:
    return json.dumps(_json_safe(record), ensure_ascii=False, allow_nan=False) + "\n"


@contextlib.contextmanager
def atomic_files(out_dir: Path, names: Sequence[str]) -> Iterator[dict[str, IO[str]]]:
    """Open hidden temporary files in ``out_dir``; on success fsync them and move each over
    its final name, on failure delete them (the old files stay as they were)."""
    handles: dict[str, IO[str]] = {}
    tmp_paths: dict[str, str] = {}
    try:
        for name in names:
            fd, tmp_paths[name] = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
            handles[name] = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115
        yield handles
        mode = 0o666 & ~_umask()  # mkstemp creates 0600; outputs are ordinary files
        for f in handles.values():
            f.flush()
            os.fsync(f.fileno())
            os.fchmod(f.fileno(), mode)
            f.close()
        for name, tmp in tmp_paths.items():
            os.replace(tmp, out_dir / name)
        _fsync_dir(out_dir)
    finally:
        for f in handles.values():
            f.close()
        for tmp in tmp_paths.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _fsync_dir(path: Path) -> None:
    """Make the renames durable (POSIX); harmless to skip where directories cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
