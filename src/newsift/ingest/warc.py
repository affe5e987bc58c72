"""WARC (web archive) files -> one document per archived HTML page (or WET text record).

FastWARC parses the records and the HTTP headers. This module adds what FastWARC leaves out:
it returns a record cut short by the end of the file without complaint, so each block is
checked against its declared Content-Length, and a broken gzip stream is turned into a clean
end of input. Either way the pages before the break are kept and the break reported once.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.stream_io import ChunkedReader
from fastwarc.warc import ArchiveIterator, HeaderMap, WarcRecord

from newsift.ingest.common import (
    STREAM_ERRORS,
    IngestError,
    IngestStats,
    Settings,
    TooLarge,
    make_document,
    non_space_chars,
    read_exact,
    reject,
    too_large,
)
from newsift.ingest.html import decode_html, extract
from newsift.ingest.text import decode_text
from newsift.model import Document, Reject

HTML_TYPES = ("text/html", "application/xhtml+xml")
HTTP_HEADROOM = 1 << 16  # a response record holds HTTP headers besides the page
DOC_TYPES = ("response", "resource", "conversion")
# Record ends are worked out from a header size re-counted from its fields, which is a few
# bytes off for unusually spaced headers: differences below this are not breaks.
SLACK = 16


class Truncated(Exception):
    """The archive ends inside a record."""


class _Source:
    """The caller's stream as FastWARC reads it: a read error ends the input, remembered."""

    def __init__(self, stream: BinaryIO) -> None:
        self.read1 = getattr(stream, "read1", stream.read)  # one block: nothing lost on error
        self.error: BaseException | None = None
        self.pos, self.head, self.tail = 0, b"", b""
        self.head = read_exact(self, 4096)  # to tell a WARC from another file; served first
        self.pos, self.tail = 0, b""

    def read(self, size: int = -1) -> bytes:
        if self.head:
            out, self.head = (self.head, b"") if size < 0 else (self.head[:size], self.head[size:])
        elif self.error is not None:
            return b""
        else:
            try:
                out = self.read1(size if size > 0 else 1 << 20)
            except STREAM_ERRORS as exc:  # truncated/corrupt gzip, I/O error
                self.error = exc
                return b""
        self.pos += len(out)
        self.tail = (self.tail + out)[-64:]
        return out

    def tell(self) -> int:
        return self.pos

    def close(self) -> None:
        """The caller closes its stream."""


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _record_size(record: WarcRecord, eol: int) -> int:
    """Bytes of a whole record, its header counted as written in the usual "Name: value" form."""
    headers = record.headers
    lines = sum(len(k) + len(v) + 2 + eol for k, v in headers.items_bytes())
    return (
        len(headers.status_line_bytes or b"") + eol + lines + eol + record.content_length + 2 * eol
    )


def _decompress(body: bytes, coding: str, limit: int) -> bytes:
    """Undo a Content-Encoding, never producing more than ``limit`` bytes."""
    if coding in ("gzip", "x-gzip", "deflate"):
        wbits = 47 if coding != "deflate" else (15 if body[:1] == b"\x78" else -15)
        out = zlib.decompressobj(wbits).decompress(body, limit + 1)
    elif coding == "br":
        import brotli

        out = brotli.Decompressor().process(body, output_buffer_limit=limit + 1)
    else:
        raise IngestError(f"unsupported HTTP Content-Encoding {coding!r}")
    if len(out) > limit:
        raise too_large("decompressed HTTP payload", None, limit)
    return out


def _payload(body: bytes, record: WarcRecord, limit: int) -> bytes:
    """The HTTP payload with chunking and Content-Encoding undone (tolerating archivers that
    stored it decoded already but kept the headers)."""
    http = record.http_headers
    if "chunked" in (http.get("Transfer-Encoding") or "").lower():
        with contextlib.suppress(OSError):  # not validly chunked: stored de-chunked already
            body = ChunkedReader(io.BytesIO(body)).read()
    coding = (http.get("Content-Encoding") or "").strip().lower()
    if coding and coding != "identity":
        try:
            body = _decompress(body, coding, limit)
        except TooLarge:
            raise
        except Exception as exc:  # noqa: BLE001 - zlib.error, brotli.error, unknown coding
            if body.lstrip()[:1] != b"<":
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
    record: WarcRecord,
    rtype: str,
    block: bytes,
    source: str,
    settings: Settings,
    stats: IngestStats,
) -> Document | Reject | None:
    """A response/resource/conversion record -> Document, Reject, or None (skipped, counted)."""
    headers = record.headers
    record_id = headers.get("WARC-Record-ID") or ""
    where = f"{source}#{record_id}"
    url = headers.get("WARC-Target-URI") or None
    content_type = headers.get("Content-Type") or ""
    if record.is_http_parsed:
        status = record.http_headers.status_code
        if status is None:
            return reject(where, "malformed HTTP response in WARC record (no status line)")
        if not 200 <= status < 300:
            stats.skip(f"warc: HTTP {status // 100}xx response")
            return None
        content_type = record.http_headers.get("Content-Type") or ""
    mime, charset = _content_type(content_type)
    if rtype == "conversion" and mime == "text/plain":  # Common Crawl WET: text already
        return _text_document(headers, block, where, record_id, charset, settings)
    if mime not in HTML_TYPES and not (not mime and block.lstrip()[:1] == b"<"):
        stats.skip("warc: non-HTML record")
        return None
    payload = block
    try:
        if record.is_http_parsed:
            payload = _payload(block, record, settings.max_bytes)
        html, encoding = decode_html(payload, charset)
        text, meta = extract(html, url, settings.max_bytes)
    except IngestError as exc:
        return reject(where, str(exc), block)
    if non_space_chars(text) < max(1, settings.min_text_chars):
        return reject(where, "HTML page without enough text", payload)
    meta.update(encoding=encoding, warc_date=headers.get("WARC-Date"))
    meta["url"] = url or meta.get("url")  # the archived address wins over <link rel=canonical>
    return make_document(payload, where, record_id or where, "warc", text, meta)


def _text_document(
    headers: HeaderMap,
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
        "url": headers.get("WARC-Target-URI") or None,
        "warc_date": headers.get("WARC-Date"),
        "encoding": encoding,
        "extractor": "warc-conversion",
    }
    return make_document(block, where, record_id or where, "warc", text, meta)


def read_warc(
    stream: BinaryIO, source: str, settings: Settings, stats: IngestStats
) -> Iterator[Document | Reject]:
    """Stream a WARC (gzip already undone by the caller); one record in memory at a time."""
    src = _Source(stream)
    start = src.head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start.startswith(b"WARC/"):
        if src.error is not None:
            yield reject(source, f"truncated WARC after 0 records: {_describe(src.error)}")
        elif start:
            yield reject(source, f"not a WARC file: starts with {start[:40]!r}")
        return
    eol = 2 if b"\r\n" in start[:12] else 1  # CRLF as the standard says, or bare LF
    records = 0
    end: int | None = 0  # where the previous record ended (None: unknown)
    headerless: str | None = None  # a record without Content-Length: cut, unless more follow
    # quirks_mode: skip bytes that are not a record (and accept LF line ends) instead of failing
    archive = ArchiveIterator(src, parse_http=False, quirks_mode=True, stream_detect=False)
    try:
        for record in archive:
            if end is not None and record.stream_pos - end > SLACK:
                yield reject(
                    source,
                    f"malformed WARC after {records} records: {record.stream_pos - end} bytes "
                    "that are not a record skipped",
                )
            if headerless is not None:
                yield reject(headerless, "WARC record without a Content-Length")
                headerless = None
            headers = record.headers
            where = f"{source}#{headers.get('WARC-Record-ID') or ''}"
            if not (headers.get("Content-Length") or "").strip().isdigit():
                headerless, end = where, None  # FastWARC then skips its block as not a record
                continue
            length = record.content_length
            end = record.stream_pos + _record_size(record, eol)
            rtype = (headers.get("WARC-Type") or "").lower()
            ctype = (headers.get("Content-Type") or "application/http").lower()
            non_http = rtype == "response" and "application/http" not in ctype
            if rtype not in DOC_TYPES or non_http or length > settings.max_bytes + HTTP_HEADROOM:
                if record.reader.consume() < length:
                    raise Truncated(f"archive ends inside a {rtype or 'untyped'} record")
                records += 1
                if rtype not in DOC_TYPES:
                    stats.skip(f"warc: {rtype or 'untyped'} record")
                elif non_http:
                    stats.skip("warc: non-HTTP response record")
                else:
                    yield reject(where, str(too_large("WARC record", length, settings.max_bytes)))
                continue
            bad_http = None
            if rtype == "response":
                try:
                    record.parse_http(quirks_mode=True)  # content_length: now the bytes after
                except OSError as exc:  # e.g. HTTP headers over 32 KiB: this record only
                    bad_http = f"malformed HTTP response in WARC record: {exc}"
            # after parse_http the reader starts at 0 again (or mid-way, if it failed)
            block = read_exact(record.reader, record.content_length - record.reader.tell())
            if record.reader.tell() < record.content_length:
                got = length - record.content_length + record.reader.tell()
                raise Truncated(f"record {records + 1} has {got} of {length} bytes")
            records += 1
            result = (
                reject(where, bad_http, block)
                if bad_http
                else _record_document(record, rtype, block, source, settings, stats)
            )
            if result is not None:
                yield result
        if headerless is not None:
            raise Truncated("archive ends inside a record header")
        if src.error is not None:
            raise Truncated(_describe(src.error))
        # A last record cut inside its header: FastWARC drops it or makes up a Content-Length.
        rest = src.pos - (end or 0)
        if rest < -SLACK:
            raise Truncated(f"the last record lacks {-rest} bytes")
        if rest > 0 and (rest > len(src.tail) or src.tail[-rest:].strip()):
            raise Truncated(f"{rest} bytes after the last record are not a whole record")
    except Truncated as exc:
        yield reject(source, f"truncated WARC after {records} records: {exc}")
    except OSError as exc:  # FastWARC's own parse errors (e.g. a header over 32 KiB)
        yield reject(source, f"malformed WARC after {records} records: {exc}")
