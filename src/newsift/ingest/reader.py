"""One file (or archive member) -> documents: pick the format, open containers, guard errors.

Inputs nest (a .jsonl in a .gz in a .zip) and break in many ways; one dispatcher over a
re-openable "blob" keeps every format reader simple and turns every failure into a Reject.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import BinaryIO

from newsift.ingest.common import (
    STREAM_ERRORS,
    IngestError,
    IngestStats,
    Settings,
    base_name,
    describe_os_error,
    log,
    make_document,
    non_space_chars,
    read_limited,
    reject,
    too_large,
)
from newsift.model import Document, Reject

Opener = Callable[[], AbstractContextManager[BinaryIO]]

EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".warc": "warc",
    ".wet": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".tab": "csv",
    ".gz": "gzip",
    ".gzip": "gzip",
    ".bz2": "bzip2",
    ".xz": "xz",
    ".zip": "zip",
}
COMPRESSORS: dict[str, Callable[[BinaryIO], BinaryIO]] = {
    "gzip": lambda f: gzip.GzipFile(fileobj=f, mode="rb"),  # type: ignore[dict-item]
    "bzip2": lambda f: bz2.BZ2File(f, mode="rb"),  # type: ignore[dict-item]
    "xz": lambda f: lzma.LZMAFile(f, mode="rb"),  # type: ignore[dict-item]  # noqa: SIM115
}
MAX_DEPTH = 4  # archives inside archives


@dataclass(frozen=True, slots=True)
class Blob:
    """Something that can be (re)opened as bytes: a file, a decompressed file, a zip member."""

    source: str  # what Documents/Rejects name as their source
    name: str  # file name used to pick the format (the inner name for x.jsonl.gz)
    external_id: str  # the file name, for Document.external_id
    open: Opener
    size: int | None  # uncompressed size when known before reading
    compression: str | None = None  # "gzip", "zip", ... for messages
    depth: int = 0


def _open_file(path: str) -> Opener:
    return lambda: open(path, "rb")  # noqa: SIM115 - the caller's with-block closes it


def read_path(path: str, settings: Settings, stats: IngestStats) -> Iterator[Document | Reject]:
    """Every document of one path; a path that is not a readable regular file is one Reject."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            target = os.readlink(path)
            yield reject(path, f"broken symbolic link (target {target!r} does not exist)")
        else:
            yield reject(path, "no such file")
        return
    except OSError as exc:
        yield reject(path, f"cannot read: {describe_os_error(exc)}")
        return
    if stat.S_ISDIR(st.st_mode):
        yield reject(path, "is a folder where a file was expected")
        return
    if not stat.S_ISREG(st.st_mode):
        kind = (
            "named pipe (FIFO)"
            if stat.S_ISFIFO(st.st_mode)
            else "socket"
            if stat.S_ISSOCK(st.st_mode)
            else "device"
        )
        yield reject(path, f"not a regular file ({kind})")
        return
    name = base_name(path)
    blob = Blob(path, name, name, _open_file(path), st.st_size)
    yield from read_blob(blob, settings, stats)


def _kind(name: str) -> str | None:
    return EXTENSIONS.get(os.path.splitext(name.lower())[1])


def _sniff(blob: Blob) -> str:
    """Format of a file with an unknown extension, from its first bytes."""
    with blob.open() as f:
        head = f.read(4096)
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body.startswith(b"WARC/1."):
        return "warc"
    lower = body[:1024].lower()
    if lower.startswith((b"<!doctype html", b"<html")) or (
        lower.startswith(b"<") and (b"<html" in lower or b"<body" in lower)
    ):
        return "html"
    return "txt"


def read_blob(blob: Blob, settings: Settings, stats: IngestStats) -> Iterator[Document | Reject]:
    """Read one blob of any supported kind, with every failure turned into a Reject."""
    produced = 0
    try:
        kind = _kind(blob.name)
        if kind is None:
            kind = _sniff(blob)
        if kind in COMPRESSORS or kind == "zip":
            if blob.depth >= MAX_DEPTH:
                raise IngestError("archives nested too deeply")
            inner = (
                _read_zip(blob, settings, stats)
                if kind == "zip"
                else _decompressed(blob, kind, settings, stats)
            )
            for item in inner:  # errors inside members are guarded there: pass them on
                yield item
            return
        stats.inputs += 1
        for item in _read_format(kind, blob, settings, stats):
            produced += 1
            yield item
    except IngestError as exc:
        yield reject(blob.source, str(exc))
    except EOFError as exc:
        what = f"truncated {blob.compression or 'file'}"
        after = f" after {produced} rows" if produced else ""
        yield reject(blob.source, f"{what}{after}: {exc}")
    except STREAM_ERRORS as exc:
        if isinstance(exc, OSError) and not isinstance(exc, gzip.BadGzipFile) and exc.errno:
            msg = f"cannot read: {describe_os_error(exc)}"
        else:
            what = f"corrupt {blob.compression} data" if blob.compression else "read error"
            msg = f"{what}{f' after {produced} rows' if produced else ''}: {exc}"
        yield reject(blob.source, msg)
    except Exception as exc:  # noqa: BLE001 - one bad input must never stop the run
        log.warning("unexpected error reading %s", blob.source, exc_info=True)
        yield reject(blob.source, f"unexpected error: {type(exc).__name__}: {exc}")


def _decompressed(
    blob: Blob, kind: str, settings: Settings, stats: IngestStats
) -> Iterator[Document | Reject]:
    """x.jsonl.gz -> the blob x.jsonl (streamed), read by its inner extension."""
    stem, ext = os.path.splitext(blob.name)
    inner_name = stem if ext.lower() in (".gz", ".gzip", ".bz2", ".xz") else blob.name + ".?"

    @contextmanager
    def opener() -> Iterator[BinaryIO]:
        with blob.open() as raw, COMPRESSORS[kind](raw) as stream:
            yield stream

    inner = Blob(blob.source, inner_name, blob.external_id, opener, None, kind, blob.depth + 1)
    yield from read_blob(inner, settings, stats)


def _read_zip(blob: Blob, settings: Settings, stats: IngestStats) -> Iterator[Document | Reject]:
    """Each member of a zip archive, sorted by name, as "archive.zip/member"."""
    with blob.open() as f:
        archive: BinaryIO = f
        if blob.compression is not None:  # zipfile seeks: hold a nested archive in memory
            archive = io.BytesIO(read_limited(f, settings.max_bytes, "zip archive"))
        try:
            zf = zipfile.ZipFile(archive)
        except zipfile.BadZipFile as exc:
            raise IngestError(f"not a valid zip archive: {exc}") from None
        with zf:
            members = sorted((i for i in zf.infolist() if not i.is_dir()), key=lambda i: i.filename)
            for info in members:
                parts = info.filename.split("/")
                if parts[0] == "__MACOSX" or any(p.startswith(".") for p in parts):
                    stats.skip("hidden file or folder")
                    continue
                source = f"{blob.source}/{info.filename}"
                if info.flag_bits & 0x1:
                    yield reject(source, "encrypted zip member")
                    continue
                name = parts[-1]
                member = Blob(
                    source,
                    name,
                    name,
                    lambda info=info: zf.open(info),  # type: ignore[misc]
                    info.file_size,
                    "zip",
                    blob.depth + 1,
                )
                yield from read_blob(member, settings, stats)


def _check_size(blob: Blob, settings: Settings) -> str:
    """Refuse a blob whose known size is above max_bytes; return how to name it in messages."""
    what = {None: "file", "zip": "zip member"}.get(blob.compression, "decompressed content")
    if blob.size is not None and blob.size > settings.max_bytes:
        raise too_large(what, blob.size, settings.max_bytes)
    return what


def _read_whole(blob: Blob, settings: Settings) -> bytes:
    """The blob's bytes, refused (before reading, when the size is known) above max_bytes."""
    what = _check_size(blob, settings)
    with blob.open() as f:
        return read_limited(f, settings.max_bytes, what)


def _check_length(text: str, raw: bytes, settings: Settings, empty: str) -> None:
    chars = non_space_chars(text)
    if chars == 0:
        raise IngestError(empty)
    if chars < settings.min_text_chars:
        raise IngestError(
            f"text too short ({chars} non-space characters; min_text_chars is "
            f"{settings.min_text_chars})"
        )


def _read_format(
    kind: str, blob: Blob, settings: Settings, stats: IngestStats
) -> Iterator[Document | Reject]:
    if kind == "warc":
        from newsift.ingest.warc import read_warc

        with blob.open() as f:
            yield from read_warc(f, blob.source, settings, stats)
        return
    if kind in ("jsonl", "csv"):
        from newsift.ingest.rows import read_csv, read_jsonl

        reader = read_jsonl if kind == "jsonl" else read_csv
        with blob.open() as f:
            yield from reader(f, blob.source, blob.external_id, settings)
        return
    if kind == "txt":  # a video named .txt, or an unknown binary: refuse without reading it all
        from newsift.ingest.text import binary_head

        _check_size(blob, settings)
        with blob.open() as f:
            reason = binary_head(f.read(4096))
        if reason is not None:
            raise IngestError(reason)
    raw = _read_whole(blob, settings)
    try:
        if kind == "json":
            from newsift.ingest.rows import read_json

            yield from read_json(raw, blob.source, blob.external_id, settings)
            return
        if kind == "html":
            yield _html_document(raw, blob, settings)
            return
        from newsift.ingest.entities import tidy_text
        from newsift.ingest.text import decode_text

        text, encoding = decode_text(raw)
        _check_length(text, raw, settings, "empty file")
        text, repairs = tidy_text(text)
        meta: dict[str, object] = {"encoding": encoding, **repairs}
        yield make_document(raw, blob.source, blob.external_id, "txt", text, meta)
    except IngestError as exc:  # name the bytes, so the reject carries the doc id
        yield reject(blob.source, str(exc), raw)


def _html_document(raw: bytes, blob: Blob, settings: Settings) -> Document:
    from newsift.ingest.html import decode_html, extract

    if not raw.strip():
        raise IngestError("empty file")
    html, encoding = decode_html(raw)
    text, meta = extract(html, None, settings.max_bytes)
    _check_length(text, raw, settings, "HTML without any visible text")
    meta["encoding"] = encoding
    return make_document(raw, blob.source, blob.external_id, "html", text, meta)
