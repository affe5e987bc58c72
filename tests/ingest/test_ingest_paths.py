"""Folders, globs, archives and unreadable paths: a stable order, and a Reject for each failure.

A run over a messy folder must read the same documents in the same order every time, and
a broken link, a pipe or a corrupt archive must be reported without stopping the run.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from newsift.ingest import IngestStats, missing_inputs, read_inputs
from newsift.model import Document, Reject


def read(paths: list[str | Path], **settings: object) -> list[Document | Reject]:
    return list(read_inputs([str(p) for p in paths], settings or None))


def tree(root: Path) -> None:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "b.txt").write_text("Second file about Homs.")
    (root / "a.txt").write_text("First file about Aleppo.")
    (root / "sub" / "c.txt").write_text("Third file about Idlib.")
    (root / "sub" / "deeper" / "d.txt").write_text("Fourth file about Hama.")
    (root / ".secret.txt").write_text("hidden file")
    (root / ".hidden" / "e.txt").write_text("hidden folder")


def test_folder_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    tree(tmp_path)
    stats = IngestStats()
    items = list(read_inputs([str(tmp_path)], stats=stats))
    assert all(isinstance(i, Document) for i in items)
    assert [os.path.relpath(i.source, tmp_path) for i in items] == [
        "a.txt",
        "b.txt",
        "sub/c.txt",
        "sub/deeper/d.txt",
    ]
    assert stats.skipped["hidden file or folder"] == 2


def test_order_independent_of_arguments_and_no_duplicates(tmp_path: Path) -> None:
    tree(tmp_path)
    one = read([tmp_path / "sub", tmp_path / "a.txt", tmp_path])
    two = read([tmp_path, tmp_path / "a.txt"])
    assert [i.source for i in one] == [i.source for i in two]
    assert len(one) == 4


def test_glob_and_missing_inputs(tmp_path: Path) -> None:
    tree(tmp_path)
    pattern = str(tmp_path / "**" / "*.txt")
    items = read([pattern])
    assert sorted(os.path.basename(i.source) for i in items) == ["a.txt", "b.txt", "c.txt", "d.txt"]
    missing = str(tmp_path / "nope.txt")
    empty_glob = str(tmp_path / "*.warc")
    assert missing_inputs([str(tmp_path), pattern, missing, empty_glob]) == [missing, empty_glob]
    rejects = read([missing, empty_glob])
    assert [(r.source, r.error) for r in rejects] == [
        (missing, "no such file or folder"),
        (empty_glob, "no file matches this pattern"),
    ]


def test_broken_symlink_and_fifo_rejected_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Readable news text.")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block forever: must not be opened
    items = {os.path.basename(i.source): i for i in read([tmp_path])}
    assert isinstance(items["good.txt"], Document)
    dangling = items["dangling.txt"]
    assert isinstance(dangling, Reject) and dangling.error.startswith("broken symbolic link")
    pipe = items["pipe.txt"]
    assert isinstance(pipe, Reject) and pipe.error == "not a regular file (named pipe (FIFO))"
    assert not missing_inputs([str(tmp_path / "dangling.txt")])  # exists, reported when read


def test_symlink_loop_in_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some text.")
    (tmp_path / "loop").symlink_to(tmp_path)
    items = read([tmp_path])
    assert [os.path.basename(i.source) for i in items] == ["a.txt"]


def test_zip_members_by_extension(tmp_path: Path) -> None:
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("docs/b.txt", "Ceasefire holds in Daraa.")
        zf.writestr("docs/a.html", "<html><body><p>Clashes in Quneitra.</p></body></html>")
        zf.writestr("rows.jsonl", json.dumps({"id": "r1", "text": "Row text."}) + "\n")
        zf.writestr("inner.txt.gz", gzip.compress(b"Compressed member text."))
        zf.writestr("__MACOSX/docs/._b.txt", b"\x00\x05\x16\x07")
        zf.writestr("docs/", b"")
    items = read([path])
    assert all(isinstance(i, Document) for i in items), items
    assert [i.source for i in items] == [
        f"{path}/docs/a.html",
        f"{path}/docs/b.txt",
        f"{path}/inner.txt.gz",
        f"{path}/rows.jsonl#L1",
    ]
    by_source = {i.source: i for i in items if isinstance(i, Document)}
    assert by_source[f"{path}/docs/b.txt"].external_id == "b.txt"
    assert by_source[f"{path}/docs/a.html"].format == "html"
    assert by_source[f"{path}/inner.txt.gz"].text == "Compressed member text."
    assert by_source[f"{path}/rows.jsonl#L1"].external_id == "r1"


def test_zip_member_above_limit_and_corrupt_zip(tmp_path: Path) -> None:
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", "x" * 300_000)
        zf.writestr("small.txt", "A short dispatch.")
    big, small = read([path], max_bytes=100_000)
    assert isinstance(big, Reject) and big.source == f"{path}/big.txt"
    assert big.error == (
        "zip member is 300000 bytes, above the max_bytes limit of 100000 bytes (97.7 KiB)"
    )
    assert isinstance(small, Document)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(path.read_bytes()[:200])
    (rej,) = read([bad])
    assert isinstance(rej, Reject) and rej.error.startswith("not a valid zip archive")


def test_zip_inside_gzip(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("x.txt", "Nested archive text.")
    path = tmp_path / "nested.zip.gz"
    path.write_bytes(gzip.compress(buf.getvalue()))
    (doc,) = read([path])
    assert isinstance(doc, Document) and doc.text == "Nested archive text."
    assert doc.source == f"{path}/x.txt"


def test_corrupt_gzip(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"not really deflate data" * 10)
    (rej,) = read([path])
    assert isinstance(rej, Reject) and rej.source == str(path)
    assert rej.error.startswith(("corrupt gzip data", "truncated gzip")), rej.error


def test_folder_given_where_file_expected_via_glob(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()  # a folder named like a file: walked, and empty
    (tmp_path / "x.txt" / "y.txt").write_text("Inside a folder named x.txt.")
    items = read([str(tmp_path / "*.txt")])
    assert [os.path.basename(i.source) for i in items] == ["y.txt"]


def test_bad_settings_raise_before_reading(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown field 'txt'"):
        read_inputs([str(tmp_path)], {"field_map": {"txt": "body"}})
    with pytest.raises(ValueError, match="max_bytes"):
        read_inputs([str(tmp_path)], {"max_bytes": 0})


def test_folder_scan_skips_files_that_are_not_inputs_but_named_files_are_read(
    tmp_path: Path,
) -> None:
    from newsift.ingest import IngestStats, read_inputs
    from newsift.model import Document

    (tmp_path / "a.txt").write_text("Shelling hit the old city of Homs on Monday.", "utf-8")
    (tmp_path / "notes.md").write_text("# Notes about the corpus\n", "utf-8")
    (tmp_path / "build.py").write_text("print('not news')\n", "utf-8")
    (tmp_path / "story").write_text("Clashes erupted near Deraa overnight.", "utf-8")
    stats = IngestStats()
    docs = [d for d in read_inputs([str(tmp_path)], stats=stats) if isinstance(d, Document)]
    assert sorted(d.external_id for d in docs) == ["a.txt", "story"]
    assert stats.skipped["not an input format (in a folder)"] == 2
    named = [d for d in read_inputs([str(tmp_path / "notes.md")]) if isinstance(d, Document)]
    assert [d.external_id for d in named] == ["notes.md"]
