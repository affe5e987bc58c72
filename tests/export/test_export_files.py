"""The out/ files: contract field order, CSV quoting, determinism, atomic replacement."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from pathlib import Path

import pytest

from newsift.export import OUTPUT_FILES, export_all
from newsift.export.contract import (
    ARTICLE_KEYS,
    DOCUMENT_KEYS,
    EVENT_COLUMNS,
    MENTION_KEYS,
    REJECT_KEYS,
    SEGMENT_KEYS,
)
from newsift.model import Article, Document, Event, Mention, Reject, Segment
from newsift.store import Store

DESIGN = Path("/work/shared/DESIGN.md")

# The events.csv columns as DESIGN.md lists them (typed from the design brief).
DESIGN_EVENT_COLUMNS = [
    "event_id",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "doc_id",
    "article",
    "lang",
    "modality",
    "claimant",
    "evidence_start",
    "evidence_end",
    "evidence_text",
    "geonameid",
    "extractor",
    "confidence",
]

TITLE_1 = 'Le "cessez-le-feu", rompu à Idlib'
BODY_1 = (
    "Idlib, 3 mars 2020 — Des bombardements ont frappé Saraqeb, tuant 5 civils, selon "
    "\"l'OSDH\", qui cite un témoin : « c'était, dit-il,\nl'enfer »."
)
TITLE_2 = "Бои под Сиракибом"
BODY_2 = "Турецкие военные сообщили, что 2 марта сбили два самолёта, в том числе Су-24."
TEXT = f"{TITLE_1}\n{BODY_1}\n\n{TITLE_2}\n{BODY_2}\nCommentaire: faux, tout ça!\n"


def _span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def two_article_document() -> Document:
    """A hand-built dump: two articles (fr, ru) and a comment, with mentions and events."""
    seg_bounds = []
    pos = 0
    for line in TEXT.splitlines(keepends=True):
        seg_bounds.append((pos, pos + len(line)))
        pos += len(line)
    # lines: title1, body1 (2 lines: it holds a newline), empty, title2, body2, comment
    segments = [
        Segment(seg_bounds[0][0], seg_bounds[0][1], "title", 1, "fr"),
        Segment(seg_bounds[1][0], seg_bounds[2][1], "body", 1, "fr"),
        Segment(seg_bounds[3][0], seg_bounds[3][1], "boilerplate", None, None),
        Segment(seg_bounds[4][0], seg_bounds[4][1], "title", 2, "ru"),
        Segment(seg_bounds[5][0], seg_bounds[5][1], "body", 2, "ru"),
        Segment(seg_bounds[6][0], seg_bounds[6][1], "comment", None, "fr"),
    ]
    assert segments[-1].end == len(TEXT)
    ev1 = _span('Des bombardements ont frappé Saraqeb, tuant 5 civils, selon "l\'OSDH"')
    ev1_quote = _span("« c'était, dit-il,\nl'enfer »")
    ev2 = _span("2 марта сбили два самолёта, в том числе Су-24")
    sar = _span("Saraqeb")
    date = _span("3 mars 2020")
    return Document(
        doc_id="c0ffee0000000001",
        source="corpus/syrie.txt",
        external_id="syrie.txt",
        format="txt",
        text=TEXT,
        segments=segments,
        articles=[
            Article(1, TITLE_1, "fr", "2020-03-03", "day", *date, "dateline", None, "AFP"),
            Article(2, TITLE_2, "ru", "2020-03", "month", None, None, "inferred", "Иван", None),
        ],
        mentions=[
            Mention(
                *sar,
                "Saraqeb",
                "place",
                "geonames:167046",
                "Saraqib",
                None,
                3,
                35.8624,
                36.8053,
                "SY",
                "Idlib",
                167046,
                None,
                0.9,
                "places.gazetteer",
                1,
            ),  # fmt: skip
            Mention(
                *date,
                "3 mars 2020",
                "date",
                value="2020-03-03",
                precision="day",
                anchor="2020-03-03",
                confidence=0.95,
                extractor="time",
                article=1,
            ),  # fmt: skip
            Mention(
                *_span("5 civils"), "5 civils", "number", value=5, extractor="numbers", article=1
            ),  # fmt: skip
        ],
        events=[
            Event(
                event_id="c0ffee0000000001-1",
                event_date="2020-03-03",
                year=2020,
                time_precision=1,
                event_type="Explosions/Remote violence",
                sub_event_type="Shelling/artillery/missile attack",
                actor1="Military Forces of Syria (2000-)",
                actor2="Civilians (Syria)",
                civilian_targeting="Civilian targeting",
                iso=760,
                country="Syria",
                admin1="Idlib",
                location="Saraqab",
                latitude=35.8624,
                longitude=36.8053,
                geo_precision=1,
                source="AFP",
                notes=TEXT[ev1[0] : ev1_quote[1]],  # quotes, commas, a newline, guillemets
                fatalities=5,
                doc_id="c0ffee0000000001",
                article=1,
                lang="fr",
                modality="reported",
                claimant="OSDH",
                evidence_start=ev1[0],
                evidence_end=ev1[1],
                evidence_text=TEXT[ev1[0] : ev1[1]],
                geonameid=167046,
                extractor="events.rules",
                confidence=0.8,
            ),
            Event(
                event_id="c0ffee0000000001-2",
                event_type="Battles",
                sub_event_type="Armed clash",
                doc_id="c0ffee0000000001",
                article=2,
                lang="ru",
                modality="asserted",
                evidence_start=ev2[0],
                evidence_end=ev2[1],
                evidence_text=TEXT[ev2[0] : ev2[1]],
                extractor="events.rules",
                confidence=0.4,
            ),
        ],
        warnings=["clean: mixed scripts"],
    )


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "newsift.db")
    yield s
    s.close()


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_event_columns_follow_design() -> None:
    assert list(EVENT_COLUMNS) == DESIGN_EVENT_COLUMNS
    assert [f.name for f in dataclasses.fields(Event)] == list(EVENT_COLUMNS)


def test_event_columns_match_design_document() -> None:
    if not DESIGN.exists():
        pytest.skip("/work/shared/DESIGN.md not available")
    section = DESIGN.read_text("utf-8").split("`events.csv`", 1)[1].split("`modality` is one", 1)[0]
    names = [
        n.strip()
        for chunk in re.findall(r"`([^`]+)`", section)
        for n in chunk.replace("\n", " ").split(",")
    ]
    assert names == list(EVENT_COLUMNS)


def test_empty_store_writes_header_only(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "out"
    counts = export_all(store, out)
    assert counts == {"documents": 0, "events": 0, "mentions": 0, "rejects": 0}
    assert (out / "events.csv").read_text("utf-8") == ",".join(DESIGN_EVENT_COLUMNS) + "\n"
    for name in ("documents.jsonl", "mentions.jsonl", "rejects.jsonl"):
        assert (out / name).read_bytes() == b""


def test_round_trip_store_to_files(store: Store, tmp_path: Path) -> None:
    doc = two_article_document()
    other = Document("0000000000000002", "corpus/another.jsonl::row 1", "r1", "jsonl", "Calme.")
    store.add_document(doc)
    store.add_document(other)
    store.add_reject(Reject("corpus/broken.warc.gz", "ingest", 'gzip: "bad" CRC, truncated'))
    out = tmp_path / "out"
    counts = export_all(store, out)
    assert counts == {"documents": 2, "events": 2, "mentions": 3, "rejects": 1}

    docs = _jsonl(out / "documents.jsonl")
    assert [d["doc_id"] for d in docs] == [other.doc_id, doc.doc_id]  # ordered by source
    d = docs[1]
    assert list(d)[: len(DOCUMENT_KEYS)] == list(DOCUMENT_KEYS)
    assert d["text_sha1"] == doc.text_sha1 and d["error"] is None and d["duplicate_of"] is None
    assert d["warnings"] == ["clean: mixed scripts"]
    assert [list(s) for s in d["segments"]] == [list(SEGMENT_KEYS)] * 6
    assert [(s["kind"], s["article"], s["start"], s["end"]) for s in d["segments"]] == [
        (s.kind, s.article, s.start, s.end) for s in doc.segments
    ]
    assert [list(a)[: len(ARTICLE_KEYS)] for a in d["articles"]] == [list(ARTICLE_KEYS)] * 2
    assert d["articles"][1]["title"] == TITLE_2 and d["articles"][1]["author"] == "Иван"
    assert d["articles"][0]["published_basis"] == "dateline"

    mentions = _jsonl(out / "mentions.jsonl")
    assert all(list(m)[: len(MENTION_KEYS)] == list(MENTION_KEYS) for m in mentions)
    assert [m["start"] for m in mentions] == sorted(m["start"] for m in mentions)
    for m in mentions:
        assert TEXT[m["start"] : m["end"]] == m["text"]
    place = next(m for m in mentions if m["kind"] == "place")
    assert (place["geonameid"], place["lat"], place["country"]) == (167046, 35.8624, "SY")
    number = next(m for m in mentions if m["kind"] == "number")
    assert number["value"] == 5 and number["lat"] is None and number["kb_id"] is None

    rows = _read_csv(out / "events.csv")
    assert rows[0] == DESIGN_EVENT_COLUMNS
    assert len(rows) == 3  # the newline inside a quoted field does not split a row
    events = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    first = events[0]
    assert first["evidence_text"] == doc.events[0].evidence_text
    assert first["notes"] == doc.events[0].notes and "\n" in first["notes"]
    start, end = int(first["evidence_start"]), int(first["evidence_end"])
    assert TEXT[start:end] == first["evidence_text"]
    assert (first["latitude"], first["fatalities"], first["iso"]) == ("35.8624", "5", "760")
    assert first["actor2"] == "Civilians (Syria)" and first["assoc_actor_1"] == ""
    assert events[1]["evidence_text"] == doc.events[1].evidence_text  # Cyrillic intact
    assert events[1]["event_date"] == "" and events[1]["doc_id"] == doc.doc_id

    rejects = _jsonl(out / "rejects.jsonl")
    assert rejects == [
        {
            "source": "corpus/broken.warc.gz",
            "stage": "ingest",
            "error": 'gzip: "bad" CRC, truncated',
            "doc_id": None,
        }
    ]
    assert list(rejects[0])[: len(REJECT_KEYS)] == list(REJECT_KEYS)


def test_csv_is_rfc4180_quoted(store: Store, tmp_path: Path) -> None:
    store.add_document(two_article_document())
    export_all(store, tmp_path)
    raw = (tmp_path / "events.csv").read_text("utf-8")
    evidence = two_article_document().events[0].evidence_text
    assert '"' + evidence.replace('"', '""') + '"' in raw
    assert list(csv.reader(io.StringIO(raw)))[1][EVENT_COLUMNS.index("evidence_text")] == evidence


def test_output_is_deterministic(tmp_path: Path) -> None:
    db = tmp_path / "newsift.db"
    with Store(db) as store:
        docs = [two_article_document()]
        for i in range(5):
            d = two_article_document()
            d.doc_id, d.source = f"{i:016x}", f"corpus/{'zyxwv'[i]}.txt"
            for ev in d.events:
                ev.event_id = ev.event_id.replace("c0ffee0000000001", d.doc_id)
            docs.append(d)
        for d in reversed(docs):
            store.add_document(d)
        store.add_reject(Reject("b", "ingest", "x"))
        store.add_reject(Reject("a", "ingest", "y"))
        export_all(store, tmp_path / "one")
    with Store(db) as store:  # re-opened: same store, same bytes
        export_all(store, tmp_path / "two")
    for name in OUTPUT_FILES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    assert len((tmp_path / "one" / "events.csv").read_bytes()) > 1000


def test_atomic_write_leaves_no_temporary_files(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    store.add_document(two_article_document())
    export_all(store, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
    before = {name: (out / name).read_bytes() for name in OUTPUT_FILES}

    store.add_document(Document("0000000000000009", "z.txt", "z.txt", "txt", "Nouveau."))

    def broken_rejects():
        raise OSError("disk full")
        yield  # pragma: no cover

    monkeypatch.setattr(store, "iter_rejects", broken_rejects)
    with pytest.raises(OSError, match="disk full"):
        export_all(store, out)
    # the failed export changed nothing and left nothing behind
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
    assert {name: (out / name).read_bytes() for name in OUTPUT_FILES} == before
