"""WARC archives: one document per archived HTML page, other records skipped and counted.

Crawls are large and often cut short; the pages before a break must be kept and the break
reported once, and the HTTP layer (chunking, gzip) must be undone before extraction.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from newsift.ingest import IngestStats, read_inputs
from newsift.model import Document, Reject, content_id

ARTICLE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>{body} Officials said the operation would continue in the coming days, while aid"
    " groups warned that thousands of families had already fled toward the border.</p>"
    "<p>Reporters on the ground could not independently confirm the figures.</p>"
    "</article></body></html>"
)


def warc_record(
    rtype: str,
    record_id: str,
    block: bytes,
    uri: str = "",
    content_type: str = "application/http; msgtype=response",
) -> bytes:
    headers = [
        "WARC/1.1",
        f"WARC-Type: {rtype}",
        f"WARC-Record-ID: <urn:uuid:{record_id}>",
        "WARC-Date: 2018-03-01T12:00:00Z",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(block)}",
    ]
    if uri:
        headers.insert(2, f"WARC-Target-URI: {uri}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(body: bytes, content_type: str, extra: str = "", status: int = 200) -> bytes:
    head = f"HTTP/1.1 {status} OK\r\nContent-Type: {content_type}\r\n{extra}"
    return head.encode() + b"\r\n" + body


def page(title: str, body: str) -> bytes:
    return ARTICLE.format(title=title, body=body).encode()


def sample_warc() -> list[bytes]:
    info = warc_record(
        "warcinfo", "0000", b"software: test\r\n", content_type="application/warc-fields"
    )
    html = page("Assault on Afrin", "Turkish-backed forces entered Afrin on Sunday.")
    get = b"GET /afrin HTTP/1.1\r\nHost: example.org\r\n\r\n"
    request = warc_record(
        "request", "0001", get, "https://example.org/afrin", "application/http; msgtype=request"
    )
    response = warc_record(
        "response",
        "0002",
        http_response(html, "text/html; charset=utf-8"),
        "https://example.org/afrin",
    )
    image = warc_record(
        "response",
        "0003",
        http_response(b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
        "https://example.org/logo.png",
    )
    return [info, request, response, image]


def read(path: Path, stats: IngestStats | None = None) -> list[Document | Reject]:
    return list(read_inputs([str(path)], stats=stats))


def test_warc_html_record_read_non_html_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(sample_warc()))
    stats = IngestStats()
    (doc,) = read(path, stats)
    assert isinstance(doc, Document)
    assert doc.format == "warc"
    assert doc.external_id == "<urn:uuid:0002>"
    assert doc.source == f"{path}#<urn:uuid:0002>"
    assert doc.meta["url"] == "https://example.org/afrin"
    assert doc.meta["warc_date"] == "2018-03-01T12:00:00Z"
    assert doc.meta["title"] == "Assault on Afrin"
    assert "Turkish-backed forces entered Afrin on Sunday." in doc.text
    html = page("Assault on Afrin", "Turkish-backed forces entered Afrin on Sunday.")
    assert doc.doc_id == content_id(html)  # the HTTP payload, not the record
    assert stats.skipped["warc: non-HTML record"] == 1
    assert stats.skipped["warc: request record"] == 1
    assert stats.skipped["warc: warcinfo record"] == 1


def test_truncated_warc_keeps_records_before_the_break(tmp_path: Path) -> None:
    records = sample_warc()
    second = warc_record(
        "response",
        "0004",
        http_response(page("Raqqa", "The SDF said Raqqa was fully captured."), "text/html"),
        "https://example.org/raqqa",
    )
    data = b"".join(records) + second
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: len(data) - 200])
    items = read(path)
    assert len(items) == 2
    doc, rej = items
    assert isinstance(doc, Document) and doc.meta["url"] == "https://example.org/afrin"
    assert isinstance(rej, Reject) and rej.source == str(path)
    assert rej.error.startswith("truncated WARC after 4 records"), rej.error


def test_truncated_warc_gz(tmp_path: Path) -> None:
    records = sample_warc()
    more = [
        warc_record(
            "response",
            f"1{i:03d}",
            http_response(page(f"Report {i}", f"Shelling reported in district {i}."), "text/html"),
            f"https://example.org/r{i}",
        )
        for i in range(20)
    ]
    data = b"".join(gzip.compress(r) for r in records + more)  # one gzip member per record
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    full = read(path)
    assert len(full) == 21 and all(isinstance(i, Document) for i in full)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.7)])
    items = read(cut)
    docs = [i for i in items if isinstance(i, Document)]
    assert 5 < len(docs) < 21
    assert [d.doc_id for d in docs] == [d.doc_id for d in full[: len(docs)]]
    assert isinstance(items[-1], Reject) and items[-1].error.startswith("truncated WARC after")


def test_chunked_gzip_http_payload(tmp_path: Path) -> None:
    html = page("Ghouta", "Government forces advanced in eastern Ghouta.")
    gz = gzip.compress(html)
    chunked = (
        b"".join(
            f"{len(gz[i : i + 100]):x}\r\n".encode() + gz[i : i + 100] + b"\r\n"
            for i in range(0, len(gz), 100)
        )
        + b"0\r\n\r\n"
    )
    extra = "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"
    path = tmp_path / "enc.warc"
    path.write_bytes(
        warc_record("response", "0009", http_response(chunked, "text/html", extra), "https://g/")
    )
    (doc,) = read(path)
    assert isinstance(doc, Document)
    assert "Government forces advanced in eastern Ghouta." in doc.text
    assert doc.doc_id == content_id(html)


def test_deflate_and_redirects(tmp_path: Path) -> None:
    html = page("Homs", "Evacuation buses left the Waer district of Homs.")
    deflated = http_response(zlib.compress(html), "text/html", "Content-Encoding: deflate\r\n")
    moved = http_response(b"<html><body>Moved</body></html>", "text/html", status=301)
    path = tmp_path / "more.warc"
    path.write_bytes(
        warc_record("response", "0010", moved, "http://h/")
        + warc_record("response", "0011", deflated, "https://h/")
    )
    stats = IngestStats()
    (doc,) = read(path, stats)
    assert isinstance(doc, Document) and "Waer district" in doc.text
    assert stats.skipped["warc: HTTP 3xx response"] == 1


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("This is just text pretending to be an archive.\n")
    (rej,) = read(path)
    assert isinstance(rej, Reject) and rej.error.startswith("not a WARC file")


def test_test_archives_are_valid_warc_for_fastwarc() -> None:
    """Guard: the records built above are valid WARC for FastWARC itself, not just for us."""
    import io

    from fastwarc.warc import ArchiveIterator

    records = list(ArchiveIterator(io.BytesIO(b"".join(sample_warc())), parse_http=True))
    assert [r.record_id for r in records] == [f"<urn:uuid:000{i}>" for i in range(4)]
    assert records[2].http_content_type == "text/html"


def test_reads_a_warc_written_by_fastwarc(tmp_path: Path) -> None:
    import io

    from fastwarc.warc import WarcRecord, WarcRecordType

    buf = io.BytesIO()
    for i, ctype in enumerate(["text/html; charset=utf-8", "application/json"]):
        body = page(f"Page {i}", f"Convoy number {i} reached Aleppo.")
        rec = WarcRecord()
        rec.init_headers(
            WarcRecordType.response, f"uuid:00000000-0000-0000-0000-00000000000{i}".encode()
        )
        rec.headers["WARC-Target-URI"] = f"https://example.org/{i}"
        rec.headers["Content-Type"] = "application/http; msgtype=response"
        rec.set_bytes_content(http_response(body, ctype, f"Content-Length: {len(body)}\r\n"))
        rec.write(buf)
    path = tmp_path / "fw.warc.gz"
    path.write_bytes(gzip.compress(buf.getvalue()))
    (doc,) = read(path)
    assert isinstance(doc, Document)
    assert doc.external_id == "<urn:uuid:00000000-0000-0000-0000-000000000000>"
    assert "Convoy number 0 reached Aleppo." in doc.text
    assert doc.meta["warc_date"]


def test_wet_conversion_records_are_text_documents(tmp_path: Path) -> None:
    text = "Kurdish forces said they had taken the dam.\nTalks resume on Friday.\n"
    path = tmp_path / "crawl.warc.wet.gz"
    record = warc_record(
        "conversion", "0042", text.encode(), "https://k/", "text/plain; charset=utf-8"
    )
    path.write_bytes(gzip.compress(record))
    (doc,) = read(path)
    assert isinstance(doc, Document)
    assert doc.text == text and doc.format == "warc"
    assert doc.meta["url"] == "https://k/" and doc.doc_id == content_id(text.encode())


def test_garbage_between_records_skipped_once(tmp_path: Path) -> None:
    records = sample_warc()
    path = tmp_path / "dirty.warc"
    path.write_bytes(records[2] + b"garbage line\r\nmore garbage\r\n" + records[2])
    first, rej, second = read(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert isinstance(rej, Reject)
    assert rej.error.startswith("malformed WARC after 1 records: 28 bytes"), rej.error


def test_truncated_inside_a_skipped_record(tmp_path: Path) -> None:
    """A cut inside a record that is skipped unread must still be reported."""
    info, request, response, _ = sample_warc()
    path = tmp_path / "cut.warc"
    path.write_bytes(response + info + request[:-20])  # 16 bytes short of the request block
    doc, rej = read(path)
    assert isinstance(doc, Document)
    assert isinstance(rej, Reject)
    assert rej.error == "truncated WARC after 2 records: archive ends inside a request record"


def test_cut_inside_a_record_header(tmp_path: Path) -> None:
    records = sample_warc()
    path = tmp_path / "cut.warc"
    path.write_bytes(records[2] + records[3][:100])  # ends mid-header, before Content-Length
    doc, rej = read(path)
    assert isinstance(doc, Document) and isinstance(rej, Reject)
    assert rej.error == "truncated WARC after 1 records: archive ends inside a record header"


def test_gzip_cut_at_a_record_boundary(tmp_path: Path) -> None:
    """Every record whole but the gzip stream broken: pages kept, the break still reported."""
    data = gzip.compress(b"".join(sample_warc()))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:-6])  # only part of the gzip trailer is missing
    doc, rej = read(path)
    assert isinstance(doc, Document) and doc.meta["url"] == "https://example.org/afrin"
    assert isinstance(rej, Reject)
    assert rej.error.startswith("truncated WARC after 4 records: EOFError"), rej.error


def test_oversized_record_rejected_and_reading_goes_on(tmp_path: Path) -> None:
    records = sample_warc()
    big = page("Long", "Long report. " * 6000)
    path = tmp_path / "big.warc"
    path.write_bytes(
        warc_record("response", "0100", http_response(big, "text/html"), "https://l/") + records[2]
    )
    rej, doc = read_inputs([str(path)], {"max_bytes": 1000})
    assert isinstance(rej, Reject) and rej.source == f"{path}#<urn:uuid:0100>"
    assert "above the max_bytes limit of 1000 bytes" in rej.error
    assert isinstance(doc, Document) and doc.meta["url"] == "https://example.org/afrin"


def test_bad_http_headers_reject_only_that_record(tmp_path: Path) -> None:
    records = sample_warc()
    huge = http_response(page("X", "Y."), "text/html", "X-Junk: " + "a" * 40000 + "\r\n")
    lf_only = b"HTTP/1.0 200 OK\nContent-Type: text/html; charset=utf-8\n\n" + page(
        "Idlib", "Shelling was reported near Idlib."
    )
    path = tmp_path / "http.warc"
    path.write_bytes(
        warc_record("response", "0200", huge, "https://x/")
        + warc_record("response", "0201", lf_only, "https://idlib/")
        + records[2]
    )
    rej, idlib, afrin = read(path)
    assert isinstance(rej, Reject) and rej.source.endswith("#<urn:uuid:0200>")
    assert rej.error.startswith("malformed HTTP response in WARC record")
    assert isinstance(idlib, Document) and "Shelling was reported near Idlib." in idlib.text
    assert isinstance(afrin, Document)


def test_cut_at_the_start_of_a_record(tmp_path: Path) -> None:
    """FastWARC ignores a few stray bytes at the end; the reader must not."""
    records = sample_warc()
    path = tmp_path / "cut.warc"
    path.write_bytes(records[2] + records[3][:5])  # b"WARC/" and nothing more
    doc, rej = read(path)
    assert isinstance(doc, Document) and isinstance(rej, Reject)
    assert rej.error == (
        "truncated WARC after 1 records: 5 bytes after the last record are not a whole record"
    )


def test_lf_only_warc_reads_without_false_alarms(tmp_path: Path) -> None:
    """Some writers end lines with a bare LF; the record-end arithmetic must follow them."""

    def lf_record(record_id: str, uri: str, title: str) -> bytes:
        block = http_response(page(title, f"Fighting was reported near {title}."), "text/html")
        head = warc_record("response", record_id, block, uri).split(b"\r\n\r\n")[0]
        return head.replace(b"\r\n", b"\n") + b"\n\n" + block + b"\n\n"

    data = lf_record("0300", "https://a/", "Tabqa") + lf_record("0301", "https://b/", "Manbij")
    path = tmp_path / "lf.warc"
    path.write_bytes(data)
    docs = read(path)
    assert [d.meta["url"] for d in docs if isinstance(d, Document)] == ["https://a/", "https://b/"]
    assert len(docs) == 2
    path.write_bytes(data[:-40])
    first, rej = read(path)
    assert isinstance(first, Document) and isinstance(rej, Reject)
    assert rej.error.startswith("truncated WARC after 1 records: record 2 has"), rej.error


def test_reads_a_warc_written_by_warcio(tmp_path: Path) -> None:
    """Another writer's header layout: no spurious 'bytes that are not a record' rejects."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record("w.warc.gz", {"software": "newsift-test"}))
    for i in range(3):
        body = page(f"Bulletin {i}", f"Aid trucks number {i} crossed at Bab al-Hawa.")
        http = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        writer.write_record(
            writer.create_warc_record(
                f"https://w/{i}", "response", payload=io.BytesIO(body), http_headers=http
            )
        )
    path = tmp_path / "w.warc.gz"
    path.write_bytes(buf.getvalue())
    stats = IngestStats()
    docs = read(path, stats)
    assert [d.meta["url"] for d in docs if isinstance(d, Document)] == [
        f"https://w/{i}" for i in range(3)
    ]
    assert len(docs) == 3 and stats.skipped["warc: warcinfo record"] == 1
