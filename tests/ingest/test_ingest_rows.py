"""JSONL, CSV/TSV and JSON rows: one document per row, bad rows rejected, the rest still read.

Real datasets mix good and broken rows and name their columns freely; a broken row must cost
exactly one Reject, and the text offsets refer to the row's text field exactly as given.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

from newsift.ingest import read_inputs
from newsift.model import Document, Reject, content_id

ROW1 = {
    "id": "a1",
    "title": "Strikes on Douma",
    "text": "  Air strikes hit Douma on Monday.\r\nSeven civilians were killed.  ",
    "published": "2018-02-19",
    "url": "https://example.org/douma",
    "outlet": "Example Wire",
    "lang": "en",
    "location": "Rif Dimashq",
}
ROW2 = {"id": 2, "text": "Les forces ont repris Abou Kamal.", "published": "9 nov. 2017"}


def read(paths: list[Path], **settings: object) -> list[Document | Reject]:
    return list(read_inputs([str(p) for p in paths], settings or None))


def jsonl(rows: list[object]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows)


def test_jsonl_rows_and_meta(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    data = jsonl([ROW1, ROW2])
    path.write_bytes(data)
    docs = read([path])
    assert all(isinstance(d, Document) for d in docs) and len(docs) == 2
    first, second = docs
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == ROW1["text"]  # exactly as given: spaces and CRLF kept
    assert first.source == f"{path}#L1" and second.source == f"{path}#L2"
    assert first.external_id == "a1" and second.external_id == "2"
    assert first.format == "jsonl"
    assert first.doc_id == content_id(data.split(b"\n")[0])
    assert first.meta["published"] == "2018-02-19" and second.meta["published"] == "9 nov. 2017"
    assert first.meta["title"] == "Strikes on Douma"
    assert first.meta["url"] == "https://example.org/douma"
    assert first.meta["outlet"] == "Example Wire" and first.meta["lang"] == "en"
    assert first.meta["extra"] == {"location": "Rif Dimashq"}
    assert second.meta["title"] is None


def test_jsonl_malformed_rows_amid_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": "Shelling in Idlib."}),
        '{"id": "bad", "text": "unterminated',
        "",  # blank: skipped silently
        "[1, 2, 3]",
        json.dumps({"id": "notext", "title": "No body here"}),
        json.dumps({"id": "list", "text": ["a", "b"]}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "big", "text": "x" * 5000}),
        json.dumps({"id": "ok2", "text": "Clashes near Raqqa."}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = read([path], max_row_bytes=1000)
    docs = [i for i in items if isinstance(i, Document)]
    rejects = {i.source.rsplit("#", 1)[1]: i.error for i in items if isinstance(i, Reject)}
    assert [d.external_id for d in docs] == ["ok1", "ok2"]
    assert docs[1].source.endswith("#L9")
    assert set(rejects) == {"L2", "L4", "L5", "L6", "L7", "L8"}
    assert rejects["L2"].startswith("invalid JSON")
    assert rejects["L4"] == "row is a JSON list, not an object"
    assert rejects["L5"].startswith("no text field")
    assert rejects["L6"] == "text field 'text' is list, not a string"
    assert rejects["L7"] == "empty text (field 'text')"
    assert "max_row_bytes limit of 1000 bytes" in rejects["L8"]
    assert all(i.stage == "ingest" for i in items if isinstance(i, Reject))


def test_field_map_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "mapped.jsonl"
    path.write_bytes(
        jsonl([{"guid": "g7", "body": "Protest in Deraa.", "date": "2011-03-18", "text": "no"}])
    )
    fmap = {"text": "body", "published": "date", "id": "guid"}
    (doc,) = read([path], field_map=fmap)
    assert isinstance(doc, Document)
    assert doc.text == "Protest in Deraa."
    assert doc.meta["published"] == "2011-03-18" and doc.external_id == "g7"
    (rej,) = read([path], field_map={"text": "content"})
    assert isinstance(rej, Reject) and "no text field 'content'" in rej.error


def test_usual_column_names_without_field_map(tmp_path: Path) -> None:
    path = tmp_path / "aliases.jsonl"
    path.write_bytes(jsonl([{"headline": "H", "body": "Body text.", "date": "2017-01-02"}]))
    (doc,) = read([path])
    assert isinstance(doc, Document)
    assert (doc.text, doc.meta["title"], doc.meta["published"]) == ("Body text.", "H", "2017-01-02")
    assert doc.external_id == "aliases.jsonl#L1"  # no id column: file name and line


def test_truncated_gzip_jsonl_keeps_rows_before_the_break(tmp_path: Path) -> None:
    rows = [{"id": str(i), "text": f"Report number {i} from Aleppo. " * 20} for i in range(400)]
    data = gzip.compress(jsonl(rows))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: int(len(data) * 0.6)])
    items = read([path])
    docs = [i for i in items if isinstance(i, Document)]
    assert 50 < len(docs) < 400
    assert [d.external_id for d in docs] == [str(i) for i in range(len(docs))]
    assert isinstance(items[-1], Reject)
    assert items[-1].source == str(path)
    assert items[-1].error.startswith(f"truncated gzip after {len(docs)} rows")
    assert sum(isinstance(i, Reject) for i in items) == 1


def test_jsonl_with_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed-enc.jsonl"
    good = json.dumps({"text": "Déclaration du ministère."}, ensure_ascii=False).encode()
    bad = '{"text": "Caf\u00e9 d\u00e9truit"}'.encode("cp1252")
    path.write_bytes(good + b"\n" + bad + b"\n")
    first, second = read([path])
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == "Déclaration du ministère." and first.meta["encoding"] == "utf-8"
    assert second.text == "Café détruit" and second.meta["encoding"] == "cp1252"


CSV = (
    "id,title,text,published,outlet\r\n"
    '1,Attack,"Car bomb in Azaz, 12 dead.",2016-01-05,Wire\r\n'
    '2,Multi,"First line.\r\nSecond line, with ""quotes"".",2016-01-06,Wire\r\n'
    "3,Broken,too,many,fields,here\r\n"
    "4,NoText,,2016-01-07,Wire\r\n"
    "\r\n"
    "5,Last,Ceasefire announced.,2016-02-27,Wire,\r\n"
)


def test_csv_rows_broken_rows_rejected(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_bytes(CSV.encode())
    items = read([path])
    docs = [i for i in items if isinstance(i, Document)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [d.external_id for d in docs] == ["1", "2", "5"]
    assert docs[0].text == "Car bomb in Azaz, 12 dead."
    assert docs[1].text == 'First line.\r\nSecond line, with "quotes".'
    assert docs[1].source == f"{path}#L3"  # the line the record starts on
    assert docs[2].source == f"{path}#L8"  # after a blank line; trailing empty field tolerated
    assert docs[0].format == "csv" and docs[0].meta["published"] == "2016-01-05"
    assert docs[0].doc_id == content_id(CSV.encode().split(b"\r\n")[1])
    assert [(r.source.rsplit("#", 1)[1], r.error) for r in rejects] == [
        ("L5", "row has 6 fields, header has 5"),
        ("L6", "empty text (field 'text')"),
    ]


def test_csv_field_map_semicolons_and_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    content = "Ref;Corps;Date\n7;L’armée a repris la ville d’Alep.;22/12/2016\n"
    path.write_bytes(content.encode("cp1252"))
    (doc,) = read([path], field_map={"text": "Corps", "published": "Date", "id": "Ref"})
    assert isinstance(doc, Document)
    assert doc.text == "L’armée a repris la ville d’Alep."
    assert doc.meta["published"] == "22/12/2016" and doc.external_id == "7"


def test_csv_without_text_column_is_one_reject(tmp_path: Path) -> None:
    path = tmp_path / "nocol.csv"
    path.write_text("id,summary\n1,abc\n2,def\n")
    (rej,) = read([path])
    assert isinstance(rej, Reject) and rej.source == str(path)
    assert "no text field" in rej.error and "header: id, summary" in rej.error


def test_csv_unclosed_quote_does_not_swallow_the_file(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    filler = "".join(f"{i},word word word word\n" for i in range(40))
    path.write_text(f'id,text\n1,"Unclosed quote starts here\n{filler}')
    items = read([path], max_row_bytes=200)
    rejects = [i for i in items if isinstance(i, Reject)]
    docs = [i for i in items if isinstance(i, Document)]
    assert rejects and "max_row_bytes" in rejects[0].error
    assert rejects[0].source == f"{path}#L2"
    assert docs and docs[-1].external_id == "39"  # reading resumed after the bad record


def test_tsv_utf16_excel_export(tmp_path: Path) -> None:
    path = tmp_path / "export.tsv"
    content = "id\ttext\tlang\r\n1\tQuerelle à Homs.\tfr\r\n2\tTruce in Homs.\ten\r\n"
    path.write_bytes(content.encode("utf-16"))
    docs = read([path])
    assert [d.text for d in docs if isinstance(d, Document)] == [
        "Querelle à Homs.",
        "Truce in Homs.",
    ]
    assert [d.meta["lang"] for d in docs if isinstance(d, Document)] == ["fr", "en"]


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    path.write_text(json.dumps([ROW2, {"id": "x", "text": ""}]))
    doc, rej = read([path])
    assert isinstance(doc, Document) and doc.text == ROW2["text"]
    assert doc.source == f"{path}#item1"
    assert isinstance(rej, Reject) and rej.source == f"{path}#item2"


def test_row_ids_stable_across_reads(tmp_path: Path) -> None:
    path = tmp_path / "n.jsonl"
    path.write_bytes(jsonl([ROW1, ROW2, ROW1]))
    first = [d.doc_id for d in read([path]) if isinstance(d, Document)]
    second = [d.doc_id for d in read([path]) if isinstance(d, Document)]
    assert first == second
    assert first[0] == first[2] != first[1]  # identical rows, identical ids


def test_truncated_small_gzip_csv_keeps_rows(tmp_path: Path) -> None:
    """The break falls inside the first block read (the encoding sample): rows still kept."""
    body = "".join(f"{i},Dispatch {i} from Manbij.\n" for i in range(300))
    data = gzip.compress(f"id,text\n{body}".encode())
    path = tmp_path / "cut.csv.gz"
    path.write_bytes(data[: len(data) // 2])
    items = read([path])
    docs = [i for i in items if isinstance(i, Document)]
    assert docs and [d.external_id for d in docs] == [str(i) for i in range(len(docs))]
    assert all(d.text == f"Dispatch {d.external_id} from Manbij." for d in docs)  # no cut row
    assert isinstance(items[-1], Reject) and items[-1].error.startswith("truncated gzip after")


def test_empty_row_files_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("\n\n")
    (tmp_path / "b.csv").write_text("id,text\n")
    (tmp_path / "c.csv").write_text("")
    errors = [(os.path.basename(r.source), r.error) for r in read([tmp_path])]
    assert errors == [
        ("a.jsonl", "empty file (no rows)"),
        ("b.csv", "no rows after the CSV header"),
        ("c.csv", "empty file (no CSV header row)"),
    ]
