"""WARC (web archive) files -> one document per archived HTML page (or WET text record).

A small streaming parser instead of fastwarc/warcio: it holds one record at a time (bounded by
max_bytes), and knows exactly where a truncated archive breaks, so the pages before it are kept.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from newsift.ingest.common import (
    IngestError,
    IngestStats,
    Settings,
    TooLarge,
    make_document,
    non_space_chars,
    read_exact,
    reject,
    skip_bytes,
    too_large,
)
from newsift.ingest.html import decode_html, extract
from newsift.ingest.text import decode_text
from newsift.model import Document, Reject

MAX_HEADER_BYTES = 1 << 16
HTML_TYPES = ("text/html", "application/xhtml+xml")
HTTP_HEADROOM = 1 << 16  # a response record holds HTTP headers besides the page


class Truncated(Exception):
    """The archive ends inside a record."""


class Malformed(Exception):
    """Bytes that are not a WARC record where one should start."""


def _read_headers(stream: BinaryIO) -> dict[str, str]:
    """Header lines up to the blank line, names lower-cased; continuation lines folded."""
    headers: dict[str, str] = {}
    total = 0
    last: str | None = None
    while True:
        line = stream.readline(MAX_HEADER_BYTES)
        if not line:
            raise Truncated("archive ends inside a record header")
        total += len(line)
        if total > MAX_HEADER_BYTES:
            raise Malformed("record header longer than 64 KiB")
        if line in (b"\r\n", b"\n"):
            return headers
        text = line.decode("utf-8", "replace").rstrip("\r\n")
        if text[:1] in (" ", "\t") and last is not None:
            headers[last] += " " + text.strip()
            continue
        name, sep, value = text.partition(":")
        if not sep:
            raise Malformed(f"bad header line {text[:60]!r}")
        last = name.strip().lower()
        headers[last] = value.strip()


def _split_http(block: bytes) -> tuple[int, dict[str, str], bytes]:
    """(status, headers lower-cased, body) of a raw HTTP response."""
    end = block.find(b"\r\n\r\n", 0, MAX_HEADER_BYTES)
    sep = 4
    if end < 0:
        end = block.find(b"\n\n", 0, MAX_HEADER_BYTES)
        sep = 2
    if end < 0:
        raise IngestError("malformed HTTP response in WARC record (no end of headers)")
    lines = block[:end].decode("latin-1").splitlines()
    status_line = lines[0].split() if lines else []
    if len(status_line) < 2 or not status_line[0].startswith("HTTP/"):
        raise IngestError(f"malformed HTTP status line {lines[0][:60] if lines else ''!r}")
    try:
        status = int(status_line[1])
    except ValueError:
        raise IngestError(f"malformed HTTP status line {lines[0][:60]!r}") from None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, block[end + sep :]


def _dechunk(body: bytes) -> bytes | None:
    """Undo HTTP chunked transfer coding; None when the body is not validly chunked."""
    out: list[bytes] = []
    pos = 0
    while True:
        eol = body.find(b"\r\n", pos)
        if eol < 0:
            return None
        try:
            size = int(body[pos:eol].split(b";")[0].strip(), 16)
        except ValueError:
            return None
        if size == 0:
            return b"".join(out)
        start = eol + 2
        if start + size > len(body):
            return None
        out.append(body[start : start + size])
        pos = start + size + 2


def _decompress(body: bytes, coding: str, limit: int) -> bytes:
    """Undo a Content-Encoding, never producing more than ``limit`` bytes."""
    if coding in ("gzip", "x-gzip", "deflate"):
        wbits = 47 if coding != "deflate" else (15 if body[:1] == b"\x78" else -15)
        dec = zlib.decompressobj(wbits)
        out = dec.decompress(body, limit + 1)
    elif coding == "br":
        import brotli

        out = brotli.Decompressor().process(body, output_buffer_limit=limit + 1)
    else:
        raise IngestError(f"unsupported HTTP Content-Encoding {coding!r}")
    if len(out) > limit:
        raise too_large("decompressed HTTP payload", None, limit)
    return out


def _payload(body: bytes, headers: dict[str, str], limit: int) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body) or body  # many archivers store the payload already de-chunked
    coding = headers.get("content-encoding", "").strip().lower()
    if coding and coding != "identity":
        try:
            body = _decompress(body, coding, limit)
        except TooLarge:
            raise
        except Exception as exc:  # noqa: BLE001 - zlib.error, brotli.error, unknown coding
            if body.lstrip()[:1] != b"<":  # some archivers store the payload decoded already
                raise IngestError(f"cannot undo Content-Encoding {coding}: {exc}") from None
    return body


def _content_type(value: str) -> tuple[str, str | None]:
    mime, *params = value.split(";")
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return mime.strip().lower(), charset


def _record_document(
    headers: dict[str, str],
    block: bytes,
    source: str,
    settings: Settings,
    stats: IngestStats,
) -> Document | Reject | None:
    """A response/resource record -> Document (HTML), Reject, or None (skipped, counted)."""
    record_id = headers.get("warc-record-id") or ""
    where = f"{source}#{record_id}"
    rtype = headers.get("warc-type", "").lower()
    if rtype == "response":
        if "application/http" not in headers.get("content-type", "application/http").lower():
            stats.skip("warc: non-HTTP response record")
            return None
        try:
            status, http, body = _split_http(block)
        except IngestError as exc:
            return reject(where, str(exc))
        if not 200 <= status < 300:
            stats.skip(f"warc: HTTP {status // 100}xx response")
            return None
        content_type = http.get("content-type", "")
    else:  # resource or conversion: the block is the document itself
        http, body = {}, block
        content_type = headers.get("content-type", "")
    mime, charset = _content_type(content_type)
    if rtype == "conversion" and mime == "text/plain":  # Common Crawl WET: text already
        return _text_document(headers, block, where, record_id, charset, settings)
    if mime not in HTML_TYPES and not (not mime and body.lstrip()[:1] == b"<"):
        stats.skip("warc: non-HTML record")
        return None
    try:
        payload = _payload(body, http, settings.max_bytes)
        html, encoding = decode_html(payload, charset)
        url = headers.get("warc-target-uri") or None
        text, meta = extract(html, url, settings.max_bytes)
    except IngestError as exc:
        return reject(where, str(exc), body)
    if non_space_chars(text) < max(1, settings.min_text_chars):
        return reject(where, "HTML page without enough text", payload)
    meta.update(encoding=encoding, warc_date=headers.get("warc-date"))
    meta["url"] = url or meta.get("url")  # the archived address wins over <link rel=canonical>
    return make_document(payload, where, record_id or where, "warc", text, meta)


def _text_document(
    headers: dict[str, str],
    block: bytes,
    where: str,
    record_id: str,
    charset: str | None,
    settings: Settings,
) -> Document | Reject:
    try:
        text, encoding = decode_text(block, charset)
    except IngestError as exc:
        return reject(where, str(exc), block)
    if non_space_chars(text) < max(1, settings.min_text_chars):
        return reject(where, "text record without enough text", block)
    meta = {
        "url": headers.get("warc-target-uri") or None,
        "warc_date": headers.get("warc-date"),
        "encoding": encoding,
        "extractor": "warc-conversion",
    }
    return make_document(block, where, record_id or where, "warc", text, meta)


def _resync(stream: BinaryIO, skipped: int) -> tuple[bytes, int]:
    """Skip to the next line that starts a record: (that line or b"" at the end, bytes skipped)."""
    while True:
        line = stream.readline(MAX_HEADER_BYTES)
        if not line or line.startswith(b"WARC/1."):
            return line, skipped
        skipped += len(line)


def read_warc(
    stream: BinaryIO, source: str, settings: Settings, stats: IngestStats
) -> Iterator[Document | Reject]:
    """Stream a WARC (gzip already undone by the caller); one record in memory at a time."""
    records = 0
    try:
        while True:
            line = stream.readline(MAX_HEADER_BYTES)
            if not line:
                return
            if not line.strip():
                continue
            if not line.startswith(b"WARC/"):
                if not records:
                    yield reject(source, f"not a WARC file: starts with {line[:40]!r}")
                    return
                found = line[:40]
                line, skipped = _resync(stream, len(line))
                yield reject(
                    source,
                    f"malformed WARC after {records} records: {skipped} bytes that are not a "
                    f"record (starting {found!r}) skipped",
                )
                if not line:
                    return
            headers = _read_headers(stream)
            try:
                length = int(headers.get("content-length", ""))
            except ValueError:
                raise Malformed("record without a valid Content-Length") from None
            rtype = headers.get("warc-type", "").lower()
            if rtype not in ("response", "resource", "conversion"):
                if skip_bytes(stream, length) < length:
                    raise Truncated(f"archive ends inside a {rtype or 'untyped'} record")
                records += 1
                stats.skip(f"warc: {rtype or 'untyped'} record")
                continue
            if length > settings.max_bytes + HTTP_HEADROOM:
                if skip_bytes(stream, length) < length:
                    raise Truncated("archive ends inside an oversized record")
                records += 1
                where = f"{source}#{headers.get('warc-record-id', '')}"
                yield reject(where, str(too_large("WARC record", length, settings.max_bytes)))
                continue
            block = read_exact(stream, length)
            if len(block) < length:
                raise Truncated(f"record {records + 1} has {len(block)} of {length} bytes")
            records += 1
            result = _record_document(headers, block, source, settings, stats)
            if result is not None:
                yield result
    except Truncated as exc:
        yield reject(source, f"truncated WARC after {records} records: {exc}")
    except Malformed as exc:
        yield reject(source, f"malformed WARC after {records} records: {exc}")
    except (EOFError, zlib.error, OSError) as exc:
        yield reject(source, f"truncated WARC after {records} records: {type(exc).__name__}: {exc}")
