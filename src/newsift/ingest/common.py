"""Shared pieces of the readers: settings, run statistics, bounded reads, document building.

Every reader must bound memory and turn failures into ``Reject`` records, so the limits, the
error messages and the ``Document`` construction live here once instead of in each format.
"""

from __future__ import annotations

import logging
import lzma
import os
import zipfile
import zlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from newsift.model import Document, Reject, content_id

log = logging.getLogger("newsift.ingest")

STAGE = "ingest"
# What a broken compressed or archived stream raises while being read.
STREAM_ERRORS = (EOFError, zlib.error, lzma.LZMAError, zipfile.BadZipFile, OSError)
CHUNK = 1 << 20  # read size for streams: 1 MiB

# Defaults mirror [ingest] in data/default.toml, so a bare read_inputs(paths) behaves the same.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_ROW_BYTES = 5 * 1024 * 1024
DEFAULT_MIN_TEXT_CHARS = 1

FIELDS: tuple[str, ...] = ("id", "text", "title", "published", "url", "outlet", "lang", "author")
META_KEYS: tuple[str, ...] = (
    "url",
    "title",
    "published",
    "outlet",
    "lang",
    "author",
    "sitename",
    "warc_date",
    "encoding",
    "comment_spans",
)


class IngestError(Exception):
    """A reason to reject one input (file, member, row or record); the message is user-facing."""


class TooLarge(IngestError):
    """An input above a size limit; raised before reading beyond the limit."""


@dataclass(frozen=True, slots=True)
class Settings:
    """The [ingest] settings, validated once per run."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_row_bytes: int = DEFAULT_MAX_ROW_BYTES
    min_text_chars: int = DEFAULT_MIN_TEXT_CHARS
    field_map: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Settings:
        """Validate user settings; raise ValueError with a clear message on a bad value."""
        data = dict(data or {})

        def positive(key: str, default: int, minimum: int = 1) -> int:
            value = data.get(key, default)
            if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
                raise ValueError(f"[ingest] {key} must be an integer >= {minimum}, got {value!r}")
            return value

        fmap = data.get("field_map") or {}
        if not isinstance(fmap, Mapping):
            raise ValueError(f"[ingest] field_map must be a table of strings, got {fmap!r}")
        clean: dict[str, str] = {}
        for key, value in fmap.items():
            if key not in FIELDS:
                raise ValueError(
                    f"[ingest] field_map: unknown field {key!r} (known: {', '.join(FIELDS)})"
                )
            if not isinstance(value, str) or not value:
                raise ValueError(f"[ingest] field_map: column for {key!r} must be a name")
            clean[key] = value
        return cls(
            max_bytes=positive("max_bytes", DEFAULT_MAX_BYTES),
            max_row_bytes=positive("max_row_bytes", DEFAULT_MAX_ROW_BYTES),
            min_text_chars=positive("min_text_chars", DEFAULT_MIN_TEXT_CHARS, minimum=0),
            field_map=clean,
        )


@dataclass
class IngestStats:
    """What one read_inputs() run saw: counts for the run summary and the log.

    ``skipped`` counts things deliberately not turned into documents nor rejects, by reason
    (e.g. ``"warc: non-HTML response"``, ``"warc: request record"``, ``"hidden file"``).
    """

    inputs: int = 0  # files (or archive members) opened
    documents: int = 0
    rejects: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] += n

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "documents": self.documents,
            "rejects": self.rejects,
            "skipped": dict(sorted(self.skipped.items())),
        }


def human_size(n: int) -> str:
    """1048576 -> '1 MiB' (for messages that name a limit)."""
    size = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            text = f"{size:.1f}".rstrip("0").rstrip(".")
            return f"{text} {unit}"
        size /= 1024
    return f"{n} bytes"  # pragma: no cover


def too_large(what: str, size: int | None, limit: int, key: str = "max_bytes") -> TooLarge:
    bound = f"the {key} limit of {limit} bytes ({human_size(limit)})"
    if size is None:
        return TooLarge(f"{what} exceeds {bound}")
    return TooLarge(f"{what} is {size} bytes, above {bound}")


def read_limited(stream: BinaryIO, limit: int, what: str = "file") -> bytes:
    """Read a whole stream in chunks, never holding more than ``limit`` + 1 chunk's worth."""
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(CHUNK, limit + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        if total > limit:
            raise too_large(what, None, limit)
    return b"".join(parts)


def skip_bytes(stream: BinaryIO, n: int) -> int:
    """Discard ``n`` bytes in chunks; return how many were actually there (short = truncated)."""
    done = 0
    while done < n:
        chunk = stream.read(min(CHUNK, n - done))
        if not chunk:
            break
        done += len(chunk)
    return done


def read_exact(stream: BinaryIO, n: int) -> bytes:
    """Read ``n`` bytes (fewer only at end of stream)."""
    parts: list[bytes] = []
    done = 0
    while done < n:
        chunk = stream.read(min(CHUNK, n - done))
        if not chunk:
            break
        parts.append(chunk)
        done += len(chunk)
    return b"".join(parts)


def non_space_chars(text: str) -> int:
    return len(text) - sum(text.count(c) for c in " \t\n\r\f\v\u00a0\u200b\u3000\ufeff")


def make_document(
    raw: bytes, source: str, external_id: str, fmt: str, text: str, meta: Mapping[str, Any]
) -> Document:
    """A Document with every META_KEYS key present (None / [] when unknown)."""
    full: dict[str, Any] = {key: None for key in META_KEYS}
    full["comment_spans"] = []
    full.update({k: v for k, v in meta.items() if v is not None})
    return Document(
        doc_id=content_id(raw),
        source=source,
        external_id=external_id,
        format=fmt,
        text=text,
        meta=full,
    )


def reject(source: str, error: str, raw: bytes | None = None) -> Reject:
    return Reject(
        source=source,
        stage=STAGE,
        error=error,
        doc_id=content_id(raw) if raw else None,
    )


def describe_os_error(exc: OSError) -> str:
    """'permission denied' rather than '[Errno 13] Permission denied: '/x''."""
    if exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return str(exc) or type(exc).__name__


def base_name(path: str) -> str:
    return os.path.basename(path.rstrip("/")) or path
