"""Store behaviour on SQLite and on a real PostgreSQL server (see conftest.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from newsift.model import (
    Article,
    Document,
    Event,
    Mention,
    NerSpan,
    Reject,
    Segment,
    Sentence,
    Token,
)
from newsift.store import Store, normalise_url

# Arabic, Cyrillic, French accents and an astral-plane character (one str index, 4 UTF-8
# bytes): offsets are Python str indices and must survive both backends unchanged.
TITLE_1 = "Frappes près d'Albou Kamal 🚀"
BODY_1 = (
    "Deir ez-Zor, 20 novembre 2017 — Des frappes aériennes ont touché Albou Kamal (البوكمال) "
    'mardi, a déclaré l\'OSDH, qui parle de « 12 morts ». "Nous avons vu, dit-il, la fumée."'
)
META_1 = "Par Jeanne Dupont, AFP"
TITLE_2 = "Силы правительства вошли в город"
BODY_2 = "Правительственные силы заявили о взятии Абу-Кемаля 19 ноября."
COMMENT = "commentaire: n'importe quoi !!!"


def build_document(doc_id: str = "0123456789abcdef", source: str = "corpus/dump.txt") -> Document:
    """A document using every stored field: two articles, a comment, mentions, two events."""
    parts = [TITLE_1, BODY_1, META_1, TITLE_2, BODY_2, COMMENT]
    text = "\n".join(parts) + "\n"
    kinds = [("title", 1, "fr"), ("body", 1, "fr"), ("meta", 1, "fr"), ("title", 2, "ru"),
             ("body", 2, "ru"), ("comment", None, "fr")]  # fmt: skip
    segments, pos = [], 0
    for part, (kind, k, lang) in zip(parts, kinds, strict=True):
        segments.append(Segment(pos, pos + len(part) + 1, kind, k, lang))
        pos += len(part) + 1
    assert segments[-1].end == len(text)

    def span(needle: str) -> tuple[int, int]:
        start = text.index(needle)
        return start, start + len(needle)

    place_s, place_e = span("Albou Kamal (البوكمال)")
    date_s, date_e = span("20 novembre 2017")
    num_s, num_e = span("12 morts")
    ev_s, ev_e = span("Des frappes aériennes ont touché Albou Kamal (البوكمال) mardi")
    ru_s, ru_e = span("Абу-Кемаля")
    return Document(
        doc_id=doc_id,
        source=source,
        external_id="dump.txt",
        format="txt",
        text=text,
        meta={"url": "https://example.org/a?x=1&y=é", "fetched": {"status": 200, "n": [1, 2.5]}},
        segments=segments,
        articles=[
            Article(
                1,
                TITLE_1,
                "fr",
                "2017-11-21",
                "day",
                *span("20 novembre 2017"),
                "dateline",
                "Jeanne Dupont",
                "AFP",
            ),  # fmt: skip
            Article(2, TITLE_2, "ru", "2017-11", "month", None, None, "inferred", None, None),
        ],
        sentences=[Sentence(0, 10, 1)],
        tokens=[Token(0, 6, "frappe", "NOUN", "ROOT", 0, 0)],
        ner=[NerSpan(place_s, place_e, "LOC", "spacy")],
        mentions=[
            Mention(
                place_s,
                place_e,
                text[place_s:place_e],
                "place",
                "geonames:170794",
                "Abu Kamal",
                None,
                3,
                34.4525,
                40.9186,
                "SY",
                "Deir ez-Zor",
                170794,
                None,
                0.9,
                "places.gazetteer",
                1,
            ),  # fmt: skip
            Mention(
                date_s,
                date_e,
                text[date_s:date_e],
                "date",
                None,
                None,
                {"start": "2017-11-20", "end": "2017-11-20"},
                "day",
                anchor="2017-11-21",
                confidence=0.8,
                extractor="time.dateparser",
                article=1,
            ),  # fmt: skip
            Mention(
                num_s,
                num_e,
                text[num_s:num_e],
                "number",
                value=12,
                precision=None,
                confidence=0.7,
                extractor="numbers",
                article=1,
            ),  # fmt: skip
            Mention(
                ru_s,
                ru_e,
                text[ru_s:ru_e],
                "place",
                value=1.5,
                precision="exact",
                extractor="places.gazetteer",
                article=2,
            ),  # fmt: skip
        ],
        events=[
            Event(
                event_id=f"{doc_id}-1",
                event_date="2017-11-21",
                year=2017,
                time_precision=1,
                event_type="Explosions/Remote violence",
                sub_event_type="Air/drone strike",
                actor1="Military Forces of Russia (2000-)",
                assoc_actor_1=None,
                inter1=8,
                actor2="Civilians (Syria)",
                assoc_actor_2="",
                inter2=7,
                interaction=78,
                civilian_targeting="Civilian targeting",
                iso=760,
                country="Syria",
                admin1="Deir ez-Zor",
                admin2="Abu Kamal",
                location="Abu Kamal",
                latitude=34.4525,
                longitude=40.9186,
                geo_precision=1,
                source="AFP; SOHR",
                source_scale="International",
                notes='On 21 November 2017, air strikes hit "Abu Kamal", killing 12.\nSecond line',
                fatalities=12,
                tags="",
                doc_id=doc_id,
                article=1,
                lang="fr",
                modality="reported",
                claimant="OSDH",
                evidence_start=ev_s,
                evidence_end=ev_e,
                evidence_text=text[ev_s:ev_e],
                geonameid=170794,
                extractor="events.rules",
                confidence=0.75,
            ),
            Event(
                event_id=f"{doc_id}-2",
                event_type="Strategic developments",
                sub_event_type="Government regains territory",
                doc_id=doc_id,
                article=2,
                lang="ru",
                modality="asserted",
                evidence_start=ru_s,
                evidence_end=ru_e,
                evidence_text=text[ru_s:ru_e],
                extractor="events.rules",
                confidence=0.5,
            ),
        ],
        duplicate_of="fedcba9876543210",
        error="time: dateparser crashed on one expression",
        warnings=["charset: guessed cp1252", "ünïcødé warning"],
        stage_rejects=[Reject(source, "time", "ValueError: bad date", doc_id)],
    )


def stored_view(doc: Document) -> dict:
    """What the store keeps: everything but the transient NLP data and stage_rejects."""
    data = doc.to_dict()
    for key in ("sentences", "tokens", "ner", "stage_rejects"):
        data.pop(key)
    return data


@pytest.fixture
def store(store_url: str):
    s = Store(store_url)
    yield s
    s.close()


def test_full_document_round_trip(store: Store) -> None:
    doc = build_document()
    assert store.add_document(doc) is True
    (back,) = list(store.iter_documents())
    assert stored_view(back) == stored_view(doc)
    assert back.text == doc.text and back.text_sha1 == doc.text_sha1
    assert back.sentences == [] and back.tokens == [] and back.ner == []
    # offsets still point at the same characters after the round trip
    for m in back.mentions:
        assert back.text[m.start : m.end] == m.text
    for ev in back.events:
        assert back.text[ev.evidence_start : ev.evidence_end] == ev.evidence_text
    assert type(back.mentions[2].value) is int and back.mentions[3].value == 1.5
    assert back.mentions[1].value == {"start": "2017-11-20", "end": "2017-11-20"}


def test_without_text_keeps_stored_hash(store: Store) -> None:
    doc = build_document()
    store.add_document(doc)
    (stored,) = list(store.iter_stored(with_text=False))
    assert stored.doc.text == ""
    assert stored.text_sha1 == doc.text_sha1
    assert stored.created_at is not None and stored.created_at.tzinfo is not None
    assert stored.doc.mentions == doc.mentions


def test_add_is_idempotent(store: Store) -> None:
    doc = build_document()
    assert store.add_document(doc) is True
    before = store.counts()
    assert before["documents"] == 1 and before["mentions"] == 4 and before["events"] == 2
    assert before["segments"] == 6 and before["articles"] == 2 and before["rejects"] == 1
    assert before["duplicates"] == 1 and before["errors"] == 1
    changed = build_document()
    changed.mentions = changed.mentions[:1]
    changed.error = None
    assert store.add_document(changed) is False
    assert store.counts() == before
    (back,) = list(store.iter_documents())
    assert len(back.mentions) == 4 and back.error == doc.error  # the first version stays


def test_replace_swaps_the_stored_copy_and_its_rejects(store: Store) -> None:
    doc = build_document()
    assert store.add_document(doc, "key-old") is True
    assert store.stored_keys([doc.doc_id, "missing"]) == {doc.doc_id: "key-old"}
    newer = build_document()
    newer.mentions = newer.mentions[:1]
    newer.events = newer.events[:1]
    newer.stage_rejects = []
    newer.error = None
    assert store.add_document(newer, "key-new", replace=True) is True
    counts = store.counts()
    assert counts["documents"] == 1 and counts["mentions"] == 1 and counts["events"] == 1
    assert counts["rejects"] == 0 and counts["errors"] == 0
    assert store.stored_keys([doc.doc_id]) == {doc.doc_id: "key-new"}
    (back,) = list(store.iter_documents())
    assert stored_view(back) == stored_view(newer)


def test_known_ids_batches(store: Store) -> None:
    docs = [build_document(f"{i:016x}", f"src/{i:04d}.txt") for i in range(3)]
    assert store.add_documents(docs) == [True, True, True]
    asked = [f"{i:016x}" for i in range(1200)]  # more than one IN (...) chunk
    assert store.known_ids(asked) == {d.doc_id for d in docs}
    assert store.known_ids([]) == set()
    assert store.add_documents([docs[0], build_document("ffff", "new.txt")]) == [False, True]


def test_failed_document_leaves_nothing(store: Store) -> None:
    bad = build_document("badbadbadbad0000")
    bad.mentions.append(Mention(None, None, "x", "place"))  # type: ignore[arg-type]
    with pytest.raises(IntegrityError):
        store.add_document(bad)
    assert store.known_ids([bad.doc_id]) == set()
    assert all(v == 0 for v in store.counts().values())


def test_rejects_are_idempotent_and_ordered(store: Store) -> None:
    rejects = [
        Reject("b.warc", "ingest", "truncated gzip member"),
        Reject("a.csv::row 7", "ingest", "row larger than 5 MiB"),
        Reject("b.warc", "clean", "no text"),
        Reject("a.csv::row 7", "clean", 'bad "quote", ok'),
    ]
    for r in rejects:
        assert store.add_reject(r) is True
    assert store.add_reject(Reject("b.warc", "ingest", "truncated gzip member")) is False
    assert store.counts()["rejects"] == 4
    got = list(store.iter_rejects())
    assert [(r.source, r.stage) for r in got] == sorted((r.source, r.stage) for r in rejects)
    # stage rejects of a document land in the same table, deduplicated by reject_id
    doc = build_document()
    store.add_reject(doc.stage_rejects[0])
    store.add_document(doc)
    assert store.counts()["rejects"] == 5


def test_iteration_order_is_code_point_order_across_pages(store: Store) -> None:
    sources = ["Zeta/a.txt", "alpha/a.txt", "Éclair/a.txt", "beta/b.txt", "Alpha/z.txt"]
    docs = [build_document(f"{i:016x}", s) for i, s in enumerate(sources)]
    docs += [
        Document(f"{1000 + i:016x}", f"bulk/{i % 7}", f"id-{i:03d}", "jsonl", f"row {i}")
        for i in range(450)  # more than two pages of the streamed read
    ]
    random.Random(4).shuffle(docs)
    assert all(store.add_documents(docs))
    got = [(d.source, d.external_id) for d in store.iter_documents(with_text=False)]
    assert got == sorted((d.source, d.external_id) for d in docs)
    assert got.index(("Zeta/a.txt", "dump.txt")) < got.index(("alpha/a.txt", "dump.txt"))


def test_set_duplicate(store: Store) -> None:
    a = build_document("aaaa000000000000")
    a.duplicate_of = None
    store.add_document(a)
    assert store.set_duplicate(a.doc_id, "bbbb000000000000") is True
    assert store.set_duplicate("missing", "x") is False
    assert next(store.iter_documents()).duplicate_of == "bbbb000000000000"


def test_event_ids_made_unique(store: Store) -> None:
    a, b = build_document("aaaa000000000000"), build_document("bbbb000000000000", "other.txt")
    for ev in b.events:
        ev.event_id = "aaaa000000000000-1"  # collides with a's first event and with itself
    b.events.append(Event(event_type="Battles", doc_id=b.doc_id))  # no id at all
    assert store.add_document(a) and store.add_document(b)
    stored_b = [d for d in store.iter_documents() if d.doc_id == b.doc_id][0]
    ids = [e.event_id for e in stored_b.events]
    assert len(set(ids)) == 3 and "aaaa000000000000-1" not in ids
    assert ids[2] == "bbbb000000000000-e3"
    assert any("event ids" in w for w in stored_b.warnings)


def test_runs_and_stage_stats(store: Store) -> None:
    assert store.last_run_stats() == {}
    first = store.start_run({"inputs": ["a.txt"]})
    store.finish_run(first, {"clean": {"documents": 1, "errors": 0, "seconds": 0.1}}, {"x": 1})
    run_id = store.start_run({"inputs": ["corpus/*.txt"], "out": "out"})
    assert run_id > first
    stats = {
        "clean": {"documents": 12, "errors": 1, "seconds": 0.25},
        "dedup": {"documents": 12, "errors": 0, "seconds": 0.01, "pairs": 3},
        "nlp": {"documents": 11, "errors": 0, "seconds": 3.5},
    }
    store.finish_run(run_id, stats, {"documents_new": 11, "rejected": 1})
    last = store.last_run_stats()
    assert last["run_id"] == run_id and last["args"]["out"] == "out"
    assert list(last["stages"]) == ["clean", "dedup", "nlp"]
    assert last["stages"]["dedup"] == {"documents": 12, "errors": 0, "seconds": 0.01, "pairs": 3}
    assert last["counts"] == {"documents_new": 11, "rejected": 1}
    assert last["seconds"] >= 0 and last["finished_at"] >= last["started_at"]
    store.finish_run(run_id, stats, {"documents_new": 11, "rejected": 1})  # twice: no clash
    assert store.counts()["runs"] == 2


def test_text_the_database_cannot_hold(store: Store) -> None:
    text = "a\x00b \ud83d c"  # a NUL and a lone surrogate
    doc = Document("nul0000000000000", "weird.bin", "weird.bin", "txt", text)
    doc.mentions = [Mention(4, 5, "\ud83d", "number")]
    assert store.add_document(doc)
    (stored,) = list(store.iter_stored(with_text=True))
    back = stored.doc
    assert len(back.text) == len(text) and stored.text_sha1 == doc.text_sha1
    assert back.text[4] == "\ufffd" and back.mentions[0].text == "\ufffd"
    if store.backend == "postgresql":
        assert back.text == "a\ufffdb \ufffd c"
    else:
        assert back.text == "a\x00b \ufffd c"
    assert any("U+FFFD" in w for w in back.warnings)


def test_plain_path_means_sqlite_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "newsift.db"
    with Store(str(path)) as store:
        assert store.backend == "sqlite"
        store.add_document(build_document())
    assert path.exists()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert "documents" in inspect(conn).get_table_names()
    engine.dispose()


def test_url_normalisation(tmp_path: Path) -> None:
    assert normalise_url("postgresql://u:p@h:5/db").drivername == "postgresql+psycopg"
    assert normalise_url("postgres://h/db").drivername == "postgresql+psycopg"
    assert normalise_url("sqlite:///x.db").database == "x.db"
    assert normalise_url(tmp_path / "a.db").database == str((tmp_path / "a.db").resolve())
    with pytest.raises(ValueError, match="unsupported database"):
        Store("mysql://h/db")
