"""Row formats (JSONL, CSV/TSV, JSON arrays): one document per row, streamed line by line.

Datasets are large and messy, so a bad row must cost one Reject and never the rest of the
file, no row may be held beyond max_row_bytes, and each row's id hashes its own raw bytes.
"""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

from newsift.ingest.common import (
    FIELDS,
    STREAM_ERRORS,
    IngestError,
    Settings,
    make_document,
    non_space_chars,
    reject,
    too_large,
)
from newsift.ingest.entities import decode_line, tidy_text
from newsift.ingest.text import LineDecoder, strip_bom
from newsift.model import Document, Reject

SAMPLE = 1 << 16  # first block, used to pick the file's encoding

# Column names tried, in order, for a newsift field the field_map does not name.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "uuid", "guid", "_id"),
    "text": (
        "text",
        "body",
        "content",
        "maintext",
        "article",
        "article_text",
        "full_text",
        "fulltext",
        "story",
    ),
    "title": ("title", "headline"),
    "published": (
        "published",
        "date",
        "published_at",
        "publish_date",
        "date_publish",
        "pubdate",
        "publication_date",
        "datetime",
    ),
    "url": ("url", "link", "source_url", "article_url"),
    "outlet": (
        "outlet",
        "publication",
        "publisher",
        "sitename",
        "site",
        "source_name",
        "domain",
        "newspaper",
        "media",
        "source",
    ),
    "lang": ("lang", "language"),
    "author": ("author", "authors", "byline"),
}


@dataclass(slots=True)
class Line:
    number: int  # 1-based physical line number
    raw: bytes | None  # bytes as read, terminator included; None when over max_row_bytes
    text: str
    encoding: str = "utf-8"  # the encoding this line was decoded with


class LineReader:
    """Physical lines of a binary stream, never more than max_row_bytes held at once."""

    def __init__(self, stream: BinaryIO, max_row_bytes: int) -> None:
        self.stream = stream
        self.limit = max_row_bytes
        self._error: BaseException | None = None  # a stream error met while reading ahead
        first = self._read_sample(stream)
        self.decoder = LineDecoder(first)
        self._buf = strip_bom(first)[0]
        self._pos = 0
        self.number = 0

    def _read_sample(self, stream: BinaryIO) -> bytes:
        """The first block; a truncated stream keeps what it decoded, the error comes later."""
        read = getattr(stream, "read1", stream.read)
        parts: list[bytes] = []
        total = 0
        try:
            while total < SAMPLE:
                chunk = read(SAMPLE - total)
                if not chunk:
                    break
                parts.append(chunk)
                total += len(chunk)
        except STREAM_ERRORS as exc:
            self._error = exc
        return b"".join(parts)

    @property
    def encoding(self) -> str:
        return self.decoder.encoding

    def _readline(self, size: int) -> bytes:
        if self._pos < len(self._buf):
            end = self._buf.find(b"\n", self._pos, self._pos + size)
            if end >= 0:
                line = self._buf[self._pos : end + 1]
                self._pos = end + 1
                return line
            if len(self._buf) - self._pos >= size:
                line = self._buf[self._pos : self._pos + size]
                self._pos += size
                return line
            if self._error is not None:  # the sample ended at a break: drop the partial line
                raise self._error
            head = self._buf[self._pos :]
            self._buf, self._pos = b"", 0
            return head + self.stream.readline(size - len(head))
        if self._error is not None:
            raise self._error
        return self.stream.readline(size)

    def __iter__(self) -> Iterator[Line]:
        if self.decoder.wide:
            yield from self._wide_lines()
            return
        while True:
            line = self._readline(self.limit + 2)  # room for "\r\n"
            if not line:
                return
            self.number += 1
            content = len(line) - (2 if line.endswith(b"\r\n") else line.endswith(b"\n"))
            if content > self.limit:
                while not line.endswith(b"\n"):  # drain the rest of the oversized line
                    line = self._readline(1 << 20)
                    if not line:
                        break
                yield Line(self.number, None, "")
                continue
            text, encoding = self.decoder.decode(line)
            yield Line(self.number, line, text, encoding)

    def _wide_lines(self) -> Iterator[Line]:
        """UTF-16/32 files (Excel's "Unicode text" export): decode incrementally, split on \\n."""
        encoding = self.decoder.encoding
        decoder = codecs.getincrementaldecoder(encoding)()
        unit = 4 if encoding.startswith("utf-32") else 2
        pending = ""
        skipping = False  # inside a line already reported as too large
        chunk: bytes = self._buf[self._pos :]
        self._buf, self._pos = b"", 0
        while True:
            pending += decoder.decode(chunk, final=not chunk)
            parts = pending.split("\n")
            pending = parts.pop()
            for part in parts:
                if skipping:
                    skipping = False
                    continue
                self.number += 1
                text = part + "\n"
                if len(part.rstrip("\r")) * unit > self.limit:
                    yield Line(self.number, None, "")
                else:
                    yield Line(self.number, text.encode(encoding), text, encoding)
            if len(pending) * unit > self.limit:
                if not skipping:
                    self.number += 1
                    yield Line(self.number, None, "")
                    skipping = True
                pending = ""
            if not chunk:
                if pending and not skipping:
                    self.number += 1
                    yield Line(self.number, pending.encode(encoding), pending, encoding)
                return
            chunk = self.stream.read(1 << 20)


def _scalar(value: Any) -> str | None:
    """A meta value as a string: strings kept as given, numbers formatted, lists joined."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list) and value and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    return None


class FieldResolver:
    """newsift field -> the row's key, from the field_map or else the usual column names."""

    def __init__(self, field_map: Mapping[str, str]) -> None:
        self.field_map = dict(field_map)
        self._cache: dict[tuple[str, ...], dict[str, str | None]] = {}

    def resolve(self, keys: tuple[str, ...]) -> dict[str, str | None]:
        cached = self._cache.get(keys)
        if cached is not None:
            return cached
        lower: dict[str, str] = {}
        for key in keys:
            lower.setdefault(key.lower().strip(), key)
        found: dict[str, str | None] = {}
        for name in FIELDS:
            wanted = (self.field_map[name],) if name in self.field_map else ALIASES[name]
            found[name] = None
            for want in wanted:
                key = want if want in keys else lower.get(want.lower())
                if key is not None:
                    found[name] = key
                    break
        if len(self._cache) < 64:
            self._cache[keys] = found
        return found

    def missing_text(self) -> str:
        if "text" in self.field_map:
            column = self.field_map["text"]
            return f"no text field {column!r} (field_map text={column})"
        return f"no text field (looked for {', '.join(ALIASES['text'])}; set field_map text=NAME)"


def row_to_document(
    row: Mapping[str, Any],
    raw: bytes,
    source: str,
    fallback_id: str,
    fmt: str,
    settings: Settings,
    resolver: FieldResolver,
    encoding: str,
) -> Document | Reject:
    """One row (a JSON object or a CSV record as a dict) -> Document, or a Reject saying why."""
    cols = resolver.resolve(tuple(row))
    text_key = cols["text"]
    if text_key is None:
        return reject(source, resolver.missing_text(), raw)
    text = row[text_key]
    if not isinstance(text, str):
        kind = "null" if text is None else type(text).__name__
        return reject(source, f"text field {text_key!r} is {kind}, not a string", raw)
    chars = non_space_chars(text)
    if chars == 0:
        return reject(source, f"empty text (field {text_key!r})", raw)
    if chars < settings.min_text_chars:
        return reject(
            source,
            f"text too short ({chars} non-space characters; min_text_chars is "
            f"{settings.min_text_chars})",
            raw,
        )
    text, repairs = tidy_text(text)
    meta: dict[str, Any] = {"encoding": encoding, **repairs}
    for name in ("title", "published", "url", "outlet", "lang", "author"):
        key = cols[name]
        if key is not None:
            meta[name] = _scalar(row[key])
    if repairs.get("references_decoded") and isinstance(meta.get("title"), str):
        meta["title"] = decode_line(meta["title"])
    used = {k for k in cols.values() if k is not None}
    extra = {k: v for k, v in row.items() if k not in used}
    if extra:
        meta["extra"] = extra
    id_key = cols["id"]
    external_id = _scalar(row[id_key]) if id_key is not None else None
    return make_document(raw, source, external_id or fallback_id, fmt, text, meta)


def _line_body(raw: bytes) -> bytes:
    """A row's bytes without its line terminator (so LF and CRLF files give the same ids)."""
    if raw.endswith(b"\r\n"):
        return raw[:-2]
    return raw[:-1] if raw.endswith(b"\n") else raw


def _row_too_large(settings: Settings) -> str:
    return str(too_large("row", None, settings.max_row_bytes, "max_row_bytes"))


def read_jsonl(
    stream: BinaryIO, source: str, name: str, settings: Settings
) -> Iterator[Document | Reject]:
    """One document per line; blank lines skipped; every bad line one Reject ("path#L<n>")."""
    resolver = FieldResolver(settings.field_map)
    lines = LineReader(stream, settings.max_row_bytes)
    rows = 0
    for line in lines:
        where = f"{source}#L{line.number}"
        if line.raw is None:
            rows += 1
            yield reject(where, _row_too_large(settings))
            continue
        if not line.text.strip():
            continue
        rows += 1
        raw = _line_body(line.raw)
        try:
            obj = json.loads(line.text)
        except json.JSONDecodeError as exc:
            yield reject(where, f"invalid JSON: {exc.msg} (column {exc.colno})", raw)
            continue
        except RecursionError:
            yield reject(where, "invalid JSON: nested too deeply", raw)
            continue
        if not isinstance(obj, dict):
            kind = "null" if obj is None else type(obj).__name__
            yield reject(where, f"row is a JSON {kind}, not an object", raw)
            continue
        yield row_to_document(
            obj, raw, where, f"{name}#L{line.number}", "jsonl", settings, resolver, line.encoding
        )
    if not rows:
        yield reject(source, "empty file (no rows)")


def read_json(
    raw: bytes, source: str, name: str, settings: Settings
) -> Iterator[Document | Reject]:
    """A .json file: an array of objects, an object holding one, or a single object.

    JSON Lines saved as .json are recognised (json reports "Extra data") and read as JSONL.
    """
    import io

    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise IngestError(f"JSON file is not valid UTF-8: {exc}") from None
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            yield from read_jsonl(io.BytesIO(raw), source, name, settings)
            return
        where = f"line {exc.lineno}, column {exc.colno}"
        raise IngestError(f"invalid JSON: {exc.msg} ({where})") from None
    resolver = FieldResolver(settings.field_map)
    items: list[Any] | None = obj if isinstance(obj, list) else None
    if isinstance(obj, dict):
        if resolver.resolve(tuple(obj))["text"] is not None:
            yield row_to_document(obj, raw, source, name, "jsonl", settings, resolver, "utf-8")
            return
        items = next(
            (v for v in obj.values() if isinstance(v, list) and v and isinstance(v[0], dict)),
            None,
        )
    if items is None:
        raise IngestError("JSON file holds no objects with a text field")
    for i, item in enumerate(items, 1):
        where = f"{source}#item{i}"
        encoded = json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")
        if not isinstance(item, dict):
            yield reject(where, f"item is a JSON {type(item).__name__}, not an object", encoded)
            continue
        yield row_to_document(
            item, encoded, where, f"{name}#item{i}", "jsonl", settings, resolver, "utf-8"
        )


class _RowTooLarge(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def _pick_delimiter(name: str, header: str) -> str:
    if name.lower().endswith((".tsv", ".tab")):
        return "\t"
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def read_csv(
    stream: BinaryIO, source: str, name: str, settings: Settings
) -> Iterator[Document | Reject]:
    """CSV/TSV with a header row; the delimiter of a .csv is guessed from the header line.

    A row (a record, which may span lines inside quotes) is rejected when its field count
    differs from the header's (extra empty trailing fields are tolerated), its text is
    missing, or it grows beyond max_row_bytes (an unclosed quote): then reading resumes at
    the next line.
    """
    csv.field_size_limit(max(csv.field_size_limit(), settings.max_row_bytes))
    resolver = FieldResolver(settings.field_map)
    lines = LineReader(stream, settings.max_row_bytes)
    source_lines = iter(lines)
    pending: list[Line] = []
    header: list[str] | None = None
    delimiter = ","
    rows = 0

    def feed() -> Iterator[str]:
        size = 0
        for line in source_lines:
            if line.raw is None:
                pending.clear()
                raise _RowTooLarge(line.number)
            if not pending:
                size = 0
            pending.append(line)
            size += len(line.raw)
            if size > settings.max_row_bytes:
                start = pending[0].number
                pending.clear()
                raise _RowTooLarge(start)
            yield line.text

    while True:
        pending.clear()
        if header is None:
            first = next(source_lines, None)
            while first is not None and first.raw is not None and not first.text.strip():
                first = next(source_lines, None)
            if first is None:
                yield reject(source, "empty file (no CSV header row)")
                return
            if first.raw is None:
                yield reject(source, "CSV header row exceeds max_row_bytes")
                return
            delimiter = _pick_delimiter(name, first.text)
            header = [h.strip() for h in next(csv.reader([first.text], delimiter=delimiter))]
            if resolver.resolve(tuple(header))["text"] is None:
                yield reject(source, f"{resolver.missing_text()}; header: {', '.join(header)}")
                return
        reader = csv.reader(feed(), delimiter=delimiter)
        try:
            for row in reader:
                taken, start = list(pending), pending[0].number if pending else lines.number
                pending.clear()
                where = f"{source}#L{start}"
                if not any(cell.strip() for cell in row):
                    continue
                rows += 1
                raw = _line_body(b"".join(line.raw or b"" for line in taken))
                if len(row) > len(header) and not any(c.strip() for c in row[len(header) :]):
                    row = row[: len(header)]
                if len(row) != len(header):
                    yield reject(where, f"row has {len(row)} fields, header has {len(header)}", raw)
                    continue
                legacy = [line.encoding for line in taken if line.encoding != lines.encoding]
                encoding = legacy[0] if legacy else lines.encoding
                record = dict(zip(header, row, strict=True))
                yield row_to_document(
                    record, raw, where, f"{name}#L{start}", "csv", settings, resolver, encoding
                )
            if not rows:
                yield reject(source, "no rows after the CSV header")
            return
        except _RowTooLarge as exc:
            rows += 1
            yield reject(f"{source}#L{exc.line}", _row_too_large(settings) + " (unclosed quote?)")
        except csv.Error as exc:
            rows += 1
            start = pending[0].number if pending else lines.number
            yield reject(f"{source}#L{start}", f"malformed CSV row: {exc}")
