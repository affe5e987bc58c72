"""Plain-text files: decoding, binary and empty rejects, size limits, stable document ids.

Offsets downstream refer to the decoded text, so the exact text (BOM removed, newlines kept)
matters as much as rejecting what is not text without reading too much of it.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from newsift.ingest import IngestStats, read_inputs
from newsift.model import Document, Reject, content_id

FRENCH = "Le café de l’été à Alep : les réfugiés reçoivent l’aide promise.\nDeuxième ligne.\n"


def read(paths: list[Path | str], **settings: object) -> list[Document | Reject]:
    return list(read_inputs([str(p) for p in paths], settings or None))


def one(path: Path, **settings: object) -> Document | Reject:
    items = read([path], **settings)
    assert len(items) == 1, items
    return items[0]


def test_utf8_text_read_as_is(tmp_path: Path) -> None:
    raw = "Titre été\r\n\r\nPremier paragraphe.\nSecond paragraphe.".encode()
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    doc = one(path)
    assert isinstance(doc, Document)
    assert (
        doc.text == "Titre été\r\n\r\nPremier paragraphe.\nSecond paragraphe."
    )  # newlines untouched
    assert doc.format == "txt"
    assert doc.source == str(path)
    assert doc.external_id == "a.txt"
    assert doc.doc_id == content_id(raw)
    assert doc.meta["encoding"] == "utf-8"
    assert doc.segments == [] and doc.articles == []


def test_bom_removed_and_offsets_refer_to_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + FRENCH.encode())
    doc = one(path)
    assert isinstance(doc, Document)
    assert doc.text == FRENCH
    start = doc.text.index("café")
    assert start == 3 and doc.text[start : start + 4] == "café"
    assert doc.text.splitlines()[1] == "Deuxième ligne."


def test_cp1252_decoded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(FRENCH.encode("cp1252"))
    doc = one(path)
    assert isinstance(doc, Document)
    assert doc.text == FRENCH
    assert "é" in doc.text and "’" in doc.text
    assert doc.meta["encoding"] == "cp1252"


def test_cyrillic_cp1251_not_mistaken_for_cp1252(tmp_path: Path) -> None:
    text = "Сирийская армия освободила город Дейр-эз-Зор от боевиков, сообщило агентство.\n"
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    doc = one(path)
    assert isinstance(doc, Document)
    assert doc.text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    raw = FRENCH.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    path.write_bytes(raw)
    doc = one(path)
    assert isinstance(doc, Document)
    assert doc.text == FRENCH  # BOM gone
    assert doc.meta["encoding"].startswith("utf-16")


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(FRENCH.encode("utf-16-le"))
    doc = one(path)
    assert isinstance(doc, Document) and doc.text == FRENCH


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \r\n\t\n   ", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary content (PNG image)"),
        (bytes(range(256)) * 64, "binary content"),
        (b"text\x00with\x00nul" * 50, "binary content"),
        (b"\x01\x02\x03\x04\x05\x06" * 300 + b"abc", "binary content"),
    ],
)
def test_not_text_rejected(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(content)
    rej = one(path)
    assert isinstance(rej, Reject)
    assert rej.stage == "ingest" and rej.source == str(path)
    assert rej.error.startswith(reason), rej.error


def test_min_text_chars(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("  Oui.  ")
    assert isinstance(one(path, min_text_chars=4), Document)
    rej = one(path, min_text_chars=5)
    assert isinstance(rej, Reject) and "min_text_chars is 5" in rej.error


def test_file_above_max_bytes_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Some news text line.\n" * 60_000)  # ~1.2 MB
    rej = one(path, max_bytes=1024 * 1024)
    assert isinstance(rej, Reject)
    assert "max_bytes limit of 1048576 bytes (1 MiB)" in rej.error
    assert str(path.stat().st_size) in rej.error
    assert isinstance(one(path, max_bytes=2 * 1024 * 1024), Document)


def test_huge_sparse_file_never_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB that take no disk space

    def no_read(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("a file above max_bytes must not be read")

    monkeypatch.setattr("newsift.ingest.reader.read_limited", no_read)
    rej = one(path)  # default limit 50 MiB
    assert isinstance(rej, Reject)
    assert rej.error == (
        "file is 209715200 bytes, above the max_bytes limit of 52428800 bytes (50 MiB)"
    )


def test_gzip_text_bigger_than_limit_when_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * (3 * 1024 * 1024)))
    assert path.stat().st_size < 1024 * 1024
    rej = one(path, max_bytes=1024 * 1024)
    assert isinstance(rej, Reject)
    assert rej.error == "decompressed content exceeds the max_bytes limit of 1048576 bytes (1 MiB)"


def test_gzip_text_and_truncated_gzip(tmp_path: Path) -> None:
    data = gzip.compress(FRENCH.encode() * 200)
    good = tmp_path / "a.txt.gz"
    good.write_bytes(data)
    doc = one(good)
    assert isinstance(doc, Document)
    assert doc.text == FRENCH * 200 and doc.format == "txt"
    assert doc.doc_id == content_id(FRENCH.encode() * 200)  # the decompressed bytes
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(data[: len(data) // 2])
    rej = one(cut)
    assert isinstance(rej, Reject) and rej.error.startswith("truncated gzip"), rej


def test_doc_id_stable_and_content_based(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FRENCH)
    (tmp_path / "copy.txt").write_text(FRENCH)
    (tmp_path / "other.txt").write_text(FRENCH + "x")
    first = read([tmp_path])
    second = read([tmp_path])
    ids = {d.source: d.doc_id for d in first if isinstance(d, Document)}
    assert ids == {d.source: d.doc_id for d in second if isinstance(d, Document)}
    assert ids[str(tmp_path / "a.txt")] == ids[str(tmp_path / "copy.txt")]
    assert ids[str(tmp_path / "a.txt")] != ids[str(tmp_path / "other.txt")]


def test_unknown_extension_sniffed(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# Report\n\nThe convoy reached Idlib on Monday.\n")
    (tmp_path / "page").write_text(
        "<!DOCTYPE html><html><head><title>T</title></head>"
        "<body><p>The convoy reached Idlib on Monday.</p></body></html>"
    )
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    named = [tmp_path / n for n in ("notes.md", "page", "scan.pdf")]  # folders skip .md/.pdf
    items = {os.path.basename(i.source): i for i in read(named)}
    assert isinstance(items["notes.md"], Document) and items["notes.md"].format == "txt"
    page = items["page"]
    assert isinstance(page, Document) and page.format == "html"
    assert "convoy reached Idlib" in page.text and "<p>" not in page.text
    pdf = items["scan.pdf"]
    assert isinstance(pdf, Reject) and pdf.error == "binary content (PDF document)"


def test_stats_counted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Une dépêche.")
    (tmp_path / "b.txt").write_bytes(b"")
    stats = IngestStats()
    items = list(read_inputs([str(tmp_path)], stats=stats))
    assert len(items) == 2
    assert (stats.documents, stats.rejects, stats.inputs) == (1, 1, 2)


def test_binary_refused_from_its_first_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "clip.dat"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(2 * 1024 * 1024))

    def no_read(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("binary content must be refused from its first bytes")

    monkeypatch.setattr("newsift.ingest.reader.read_limited", no_read)
    rej = one(path)
    assert isinstance(rej, Reject) and rej.error == "binary content (NUL bytes)"


def test_utf8_cut_mid_character_stays_utf8(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    raw = (FRENCH * 3).encode()
    path.write_bytes(raw + "é".encode()[:1])  # the file ends inside a two-byte character
    doc = one(path)
    assert isinstance(doc, Document)
    assert doc.text == FRENCH * 3 + "\ufffd"  # accents intact, only the cut byte replaced
    assert doc.meta["encoding"].startswith("utf-8")
