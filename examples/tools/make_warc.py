"""Build examples/corpus/crawl-2017-11.warc.gz from the hand-written pages in warc_src/.

Why: newsift must read WARC archives as a crawler writes them (a warcinfo record, HTTP response
records with headers, and non-HTML responses that ingest has to skip). The pages are invented
for newsift; dates and record ids are fixed so re-running the script gives the same bytes.

Run: .venv/bin/python examples/tools/make_warc.py
"""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "warc_src"
OUT = HERE.parent / "corpus" / "crawl-2017-11.warc.gz"

# (target URI, source file, content type, WARC-Date, WARC-Record-ID)
RECORDS: list[tuple[str, str, str, str, str]] = [
    (
        "https://www.rafidain-monitor.net/robots.txt",
        "robots.txt",
        "text/plain",
        "2017-11-18T06:59:58Z",
        "<urn:uuid:6f1d2c8e-3b1a-4c55-9e0e-2a7b1f0c0001>",
    ),
    (
        "https://www.rafidain-monitor.net/en/iraq/2017/11/17/iraqi-forces-retake-rawa/",
        "rafidain_rawa_en.html",
        "text/html; charset=utf-8",
        "2017-11-18T07:00:04Z",
        "<urn:uuid:6f1d2c8e-3b1a-4c55-9e0e-2a7b1f0c0002>",
    ),
    (
        "https://www.levant-depeches.info/syrie/2017/11/12/abou-kamal-l-ei-reprend-l-essentiel-de-la-ville",
        "levant_depeches_abou_kamal_fr.html",
        "text/html; charset=UTF-8",
        "2017-11-12T11:02:37Z",
        "<urn:uuid:6f1d2c8e-3b1a-4c55-9e0e-2a7b1f0c0003>",
    ),
]


def _http_date(warc_date: str) -> str:
    """HTTP Date header matching the WARC-Date (both UTC)."""
    from datetime import datetime

    dt = datetime.strptime(warc_date, "%Y-%m-%dT%H:%M:%SZ")
    return dt.strftime("%a, %d %b %Y %H:%M:%S GMT")


def build(out: Path = OUT) -> Path:
    """Write the WARC file and return its path."""
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        info = writer.create_warcinfo_record(
            "crawl-2017-11.warc.gz",
            {
                "software": "newsift example corpus (examples/tools/make_warc.py)",
                "format": "WARC File Format 1.0",
                "description": "Invented pages for newsift tests; not a real crawl.",
            },
        )
        info.rec_headers.replace_header("WARC-Date", "2017-11-18T06:59:50Z")
        info.rec_headers.replace_header(
            "WARC-Record-ID", "<urn:uuid:6f1d2c8e-3b1a-4c55-9e0e-2a7b1f0c0000>"
        )
        writer.write_record(info)
        for uri, name, ctype, date, rec_id in RECORDS:
            body = (SRC / name).read_bytes()
            http_headers = StatusAndHeaders(
                "200 OK",
                [
                    ("Date", _http_date(date)),
                    ("Server", "nginx"),
                    ("Content-Type", ctype),
                    ("Content-Length", str(len(body))),
                ],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=http_headers,
                warc_headers_dict={"WARC-Date": date, "WARC-Record-ID": rec_id},
            )
            writer.write_record(record)
    return out


if __name__ == "__main__":
    print(build())
