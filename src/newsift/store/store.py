"""The newsift store: every document and what the stages found in it, in SQLite or PostgreSQL.

Durability: :meth:`Store.add_document` writes one document (with its segments, articles,
mentions, events and stage rejects) in one transaction and commits it, so a killed process
leaves each document either fully stored or absent; re-running skips what is stored
(``doc_id`` is a content hash). :meth:`Store.add_documents` does the same for a batch in one
transaction (all or nothing), for callers that want fewer commits.

Not stored: ``Document.sentences``, ``tokens``, ``ner`` (transient NLP data, cheap to
recompute). ``Document.stage_rejects`` go to the ``rejects`` table and are not re-attached to
documents read back (read them with :meth:`Store.iter_rejects`).

Text that a database cannot hold (NUL characters on PostgreSQL, lone surrogates anywhere) is
stored with each bad character replaced by U+FFFD, which keeps every offset valid; the
document's ``text_sha1`` is still that of the original text and a warning is recorded.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Table,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.pool import StaticPool

from newsift import __version__
from newsift.export.contract import EVENT_COLUMNS
from newsift.model import Article, Document, Event, Mention, Reject, Segment
from newsift.store import migrate
from newsift.store.schema import (
    MENTION_FIELDS,
    articles,
    documents,
    events,
    mentions,
    rejects,
    runs,
    segments,
    stage_stats,
)

SEGMENT_FIELDS: tuple[str, ...] = ("start", "end", "kind", "article", "lang")
ARTICLE_FIELDS: tuple[str, ...] = (
    "k",
    "title",
    "lang",
    "published",
    "published_precision",
    "published_start",
    "published_end",
    "published_basis",
    "author",
    "outlet",
)
_CHUNK = 500  # ids per IN (...) query: far below every backend's parameter limit
_PAGE = 200  # documents per streamed page in iter_documents
_SURROGATES = re.compile("[\ud800-\udfff]")
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


class StoredDocument(NamedTuple):
    """A document read back, with the stored hash of its text (valid even without the text)."""

    doc: Document
    text_sha1: str
    created_at: dt.datetime | None


def normalise_url(url: str | Path) -> URL:
    """Database URL from what a user may type: a URL, or a plain path meaning SQLite.

    ``postgresql://`` and ``postgres://`` pick the installed psycopg (3) driver.
    """
    raw = str(url)
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))
    parsed = make_url(raw)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _json_default(obj: Any) -> Any:
    """Make stage metadata JSON-safe instead of failing the whole document."""
    if isinstance(obj, dt.datetime | dt.date | dt.time):
        return obj.isoformat()
    if isinstance(obj, set | frozenset):
        return sorted(obj, key=repr)
    if isinstance(obj, decimal.Decimal):
        return float(obj)
    if isinstance(obj, bytes):
        return obj.decode("utf-8", "replace")
    return str(obj)


def _json_dumps(obj: Any) -> str:
    out = json.dumps(obj, ensure_ascii=False, default=_json_default)
    return _fix_str(out, nul=False)[0]


def _fix_str(value: str, nul: bool) -> tuple[str, int]:
    """Replace what the database cannot hold by U+FFFD (same length: offsets stay valid)."""
    fixed = 0
    if nul and "\x00" in value:
        fixed += value.count("\x00")
        value = value.replace("\x00", "\ufffd")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value, n = _SURROGATES.subn("\ufffd", value)
        fixed += n
    return value, fixed


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands datetimes back naive: they were written in UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


class Store:
    """Documents, rejects and run statistics in one SQL database (SQLite or PostgreSQL)."""

    def __init__(self, url: str | Path) -> None:
        self.url = normalise_url(url)
        self.backend = self.url.get_backend_name()
        if self.backend not in SUPPORTED_BACKENDS:
            raise ValueError(
                f"unsupported database {self.backend!r}: use sqlite:///PATH or postgresql://..."
            )
        self._engine = self._create_engine()
        try:
            self.migrated = migrate.upgrade(self._engine)
        except Exception:
            self._engine.dispose()
            raise

    # -- connection --------------------------------------------------------------------------

    def _create_engine(self) -> Engine:
        kwargs: dict[str, Any] = {"json_serializer": _json_dumps}
        if self.backend == "sqlite":
            database = self.url.database
            if not database or database == ":memory:":
                kwargs |= {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
            else:
                Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
                kwargs["connect_args"] = {"timeout": 30}
            engine = create_engine(self.url, **kwargs)
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return create_engine(self.url, pool_pre_ping=True, **kwargs)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url.render_as_string(hide_password=True)!r})"

    def _ordered(self, column: ColumnElement[Any]) -> ColumnElement[Any]:
        """Code-point order on both backends (PostgreSQL's default collation is locale-aware)."""
        return column.collate("C") if self.backend == "postgresql" else column

    def _insert_ignore(self, table: Table, key: str) -> Any:
        """INSERT ... ON CONFLICT (key) DO NOTHING, which both backends spell the same way."""
        if self.backend == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        stmt = dialect_insert(table).on_conflict_do_nothing(index_elements=[key])
        # psycopg closes the cursor of a non-returning INSERT before SQLAlchemy reads rowcount
        return stmt.execution_options(preserve_rowcount=True)

    # -- documents ---------------------------------------------------------------------------

    def known_ids(self, doc_ids: Iterable[str]) -> set[str]:
        """The subset of ``doc_ids`` already stored (one query per 500 ids)."""
        return set(self.stored_keys(doc_ids))

    def stored_keys(self, doc_ids: Iterable[str]) -> dict[str, str | None]:
        """For each of ``doc_ids`` already stored, the pipeline key it was stored under (None
        for documents stored before keys existed); one query per 500 ids."""
        wanted = list(dict.fromkeys(doc_ids))
        found: dict[str, str | None] = {}
        with self._engine.connect() as conn:
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i : i + _CHUNK]
                rows = conn.execute(
                    select(documents.c.doc_id, documents.c.pipeline_key).where(
                        documents.c.doc_id.in_(chunk)
                    )
                )
                found.update((r[0], r[1]) for r in rows)
        return found

    def add_document(
        self, doc: Document, pipeline_key: str | None = None, replace: bool = False
    ) -> bool:
        """Store one document and everything found in it, in one committed transaction.

        Returns False (writing nothing) when ``doc.doc_id`` is already stored, unless
        ``replace``: then the stored copy, its annotations and its stage rejects are deleted in
        the same transaction, so a killed run leaves either the old or the new copy, never both
        or neither. ``pipeline_key`` records what produced it (:mod:`newsift.fingerprint`).
        """
        with self._engine.begin() as conn:
            if replace:
                self._delete_document(conn, doc.doc_id)
            return self._insert_document(conn, doc, pipeline_key)

    def add_documents(self, docs: Iterable[Document]) -> list[bool]:
        """Store a batch in one transaction (all or nothing); one flag per document."""
        with self._engine.begin() as conn:
            return [self._insert_document(conn, doc) for doc in docs]

    @staticmethod
    def _delete_document(conn: Connection, doc_id: str) -> None:
        """Remove a document; its segments, articles, mentions and events go by cascade."""
        conn.execute(delete(rejects).where(rejects.c.doc_id == doc_id))
        conn.execute(delete(documents).where(documents.c.doc_id == doc_id))

    def _insert_document(
        self, conn: Connection, doc: Document, pipeline_key: str | None = None
    ) -> bool:
        nul = self.backend == "postgresql"
        text, n_fixed = _fix_str(doc.text, nul)
        warnings = list(doc.warnings)
        if n_fixed:
            warnings.append(
                f"store: {n_fixed} character(s) the database cannot hold stored as U+FFFD"
            )
        row = {
            "doc_id": doc.doc_id,
            "source": doc.source,
            "external_id": doc.external_id,
            "format": doc.format,
            "text": text,
            "text_sha1": doc.text_sha1,
            "meta": doc.meta or {},
            "duplicate_of": doc.duplicate_of,
            "error": doc.error,
            "warnings": warnings,
            "created_at": dt.datetime.now(dt.UTC),
            "pipeline_key": pipeline_key,
        }
        event_ids = self._event_ids(conn, doc)
        if event_ids != [e.event_id for e in doc.events]:
            row["warnings"] = [*warnings, "store: duplicate or empty event ids were renamed"]
        result = conn.execute(self._insert_ignore(documents, "doc_id").values(**_clean(row, nul)))
        if result.rowcount == 0:
            return False
        doc_id = doc.doc_id
        seg_rows = [
            _clean(
                {"doc_id": doc_id, "ordinal": i, **{f: getattr(s, f) for f in SEGMENT_FIELDS}}, nul
            )
            for i, s in enumerate(doc.segments)
        ]
        art_rows = [
            _clean(
                {"doc_id": doc_id, "ordinal": i, **{f: getattr(a, f) for f in ARTICLE_FIELDS}}, nul
            )
            for i, a in enumerate(doc.articles)
        ]
        men_rows = [
            _clean(
                {
                    "doc_id": doc_id,
                    "ordinal": i,
                    **{f: _finite(getattr(m, f)) for f in MENTION_FIELDS},
                },
                nul,
            )
            for i, m in enumerate(doc.mentions)
        ]
        ev_rows = []
        for i, (ev, event_id) in enumerate(zip(doc.events, event_ids, strict=True)):
            values = {c: _finite(getattr(ev, c)) for c in EVENT_COLUMNS}
            values |= {"event_id": event_id, "doc_id": doc_id, "ordinal": i}
            ev_rows.append(_clean(values, nul))
        for table, rows in (
            (segments, seg_rows),
            (articles, art_rows),
            (mentions, men_rows),
            (events, ev_rows),
        ):
            if rows:
                conn.execute(insert(table), rows)
        rej_rows = [_reject_row(r, r.doc_id or doc_id, nul) for r in doc.stage_rejects]
        if rej_rows:
            conn.execute(self._insert_ignore(rejects, "reject_id"), rej_rows)
        return True

    def _event_ids(self, conn: Connection, doc: Document) -> list[str]:
        """Event ids as given, made unique: empty ones become ``<doc_id>-e<n>``; an id used
        earlier in the document or by another stored document gets ``~<doc_id>[-n]`` appended,
        so a faulty events stage cannot make a whole document fail to store."""
        ids = [e.event_id or f"{doc.doc_id}-e{i + 1}" for i, e in enumerate(doc.events)]
        if not ids:
            return ids
        taken: set[str] = set()
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            taken.update(
                r[0]
                for r in conn.execute(select(events.c.event_id).where(events.c.event_id.in_(chunk)))
            )
        out: list[str] = []
        for event_id in ids:
            candidate, n = event_id, 1
            while candidate in taken:
                candidate = f"{event_id}~{doc.doc_id}" + (f"-{n}" if n > 1 else "")
                n += 1
            taken.add(candidate)
            out.append(candidate)
        return out

    def set_duplicate(self, doc_id: str, duplicate_of: str) -> bool:
        """Mark a stored document as a near-duplicate of another; False if it is not stored."""
        with self._engine.begin() as conn:
            result = conn.execute(
                update(documents)
                .where(documents.c.doc_id == doc_id)
                .values(duplicate_of=duplicate_of)
                .execution_options(preserve_rowcount=True)
            )
            return result.rowcount > 0

    def iter_documents(self, with_text: bool = True) -> Iterator[Document]:
        """Every stored document, complete, ordered by (source, external_id), streamed.

        ``with_text=False`` leaves ``text`` empty (so ``Document.text_sha1`` is not the stored
        one: use :meth:`iter_stored` when the hash is needed without the text).
        """
        for stored in self.iter_stored(with_text):
            yield stored.doc

    def iter_stored(self, with_text: bool = False) -> Iterator[StoredDocument]:
        """Like :meth:`iter_documents`, with the stored text hash and creation time.

        The ordered key list is streamed (``yield_per``); each page of 200 documents is then
        loaded with one query per table, so memory holds one page, never the corpus.
        """
        keys = select(documents.c.doc_id).order_by(
            self._ordered(documents.c.source),
            self._ordered(documents.c.external_id),
            documents.c.doc_id,
        )
        with self._engine.connect() as conn:
            result = conn.execution_options(yield_per=_PAGE).execute(keys)
            for page in result.partitions():
                yield from self._load_page(conn, [r[0] for r in page], with_text)

    def _load_page(
        self, conn: Connection, ids: Sequence[str], with_text: bool
    ) -> Iterator[StoredDocument]:
        cols = [c for c in documents.c if with_text or c.name != "text"]
        doc_rows = {
            r["doc_id"]: r
            for r in conn.execute(select(*cols).where(documents.c.doc_id.in_(ids))).mappings()
        }
        children = {
            table.name: _grouped(
                conn.execute(
                    select(table)
                    .where(table.c.doc_id.in_(ids))
                    .order_by(table.c.doc_id, table.c.ordinal)
                ).mappings()
            )
            for table in (segments, articles, mentions, events)
        }
        for doc_id in ids:
            r = doc_rows.get(doc_id)
            if r is None:  # deleted while we were reading
                continue
            doc = Document(
                doc_id=r["doc_id"],
                source=r["source"],
                external_id=r["external_id"],
                format=r["format"],
                text=r["text"] if with_text else "",
                meta=r["meta"] or {},
                segments=[
                    Segment(**{f: s[f] for f in SEGMENT_FIELDS})
                    for s in children["segments"][doc_id]
                ],
                articles=[
                    Article(**{f: a[f] for f in ARTICLE_FIELDS})
                    for a in children["articles"][doc_id]
                ],
                mentions=[
                    Mention(**{f: m[f] for f in MENTION_FIELDS})
                    for m in children["mentions"][doc_id]
                ],
                events=[
                    Event(**{c: e[c] for c in EVENT_COLUMNS}) for e in children["events"][doc_id]
                ],
                duplicate_of=r["duplicate_of"],
                error=r["error"],
                warnings=list(r["warnings"] or []),
            )
            yield StoredDocument(doc, r["text_sha1"], _utc(r["created_at"]))

    # -- rejects -----------------------------------------------------------------------------

    def add_reject(self, reject: Reject) -> bool:
        """Record a failed input or stage; False if this (source, stage, error) is stored."""
        nul = self.backend == "postgresql"
        with self._engine.begin() as conn:
            result = conn.execute(
                self._insert_ignore(rejects, "reject_id").values(
                    **_reject_row(reject, reject.doc_id, nul)
                )
            )
            return result.rowcount > 0

    def iter_rejects(self) -> Iterator[Reject]:
        """Every reject, ordered by (source, stage), streamed."""
        query = select(rejects.c.source, rejects.c.stage, rejects.c.error, rejects.c.doc_id)
        query = query.order_by(
            self._ordered(rejects.c.source),
            self._ordered(rejects.c.stage),
            self._ordered(rejects.c.error),
            rejects.c.reject_id,
        )
        with self._engine.connect() as conn:
            for r in conn.execution_options(yield_per=1000).execute(query):
                yield Reject(source=r.source, stage=r.stage, error=r.error, doc_id=r.doc_id)

    # -- runs --------------------------------------------------------------------------------

    def start_run(self, args: dict[str, Any]) -> int:
        """Record the start of a run; returns its id for :meth:`finish_run`."""
        with self._engine.begin() as conn:
            result = conn.execute(
                insert(runs).values(
                    started_at=dt.datetime.now(dt.UTC), version=__version__, args=args or {}
                )
            )
            return int(result.inserted_primary_key[0])

    def finish_run(
        self, run_id: int, stats: Mapping[str, Mapping[str, float]], counts: Mapping[str, int]
    ) -> None:
        """Record the end of a run: per-stage documents/errors/seconds and the run's counts."""
        rows = []
        for i, (stage, values) in enumerate(stats.items()):
            extra = {k: v for k, v in values.items() if k not in ("documents", "errors", "seconds")}
            rows.append(
                {
                    "run_id": run_id,
                    "stage": stage,
                    "ordinal": i,
                    "documents": int(round(values.get("documents", 0) or 0)),
                    "errors": int(round(values.get("errors", 0) or 0)),
                    "seconds": float(values.get("seconds", 0.0) or 0.0),
                    "extra": extra or None,
                }
            )
        with self._engine.begin() as conn:
            conn.execute(
                update(runs)
                .where(runs.c.run_id == run_id)
                .values(finished_at=dt.datetime.now(dt.UTC), counts=dict(counts))
            )
            conn.execute(delete(stage_stats).where(stage_stats.c.run_id == run_id))
            if rows:
                conn.execute(insert(stage_stats), rows)

    def last_run_stats(self) -> dict[str, Any]:
        """The newest run: ``run_id, version, started_at, finished_at`` (ISO 8601, UTC),
        ``seconds``, ``args``, ``counts`` and ``stages`` (stage -> documents/errors/seconds,
        in pipeline order); ``{}`` when no run was recorded."""
        with self._engine.connect() as conn:
            run = (
                conn.execute(select(runs).order_by(runs.c.run_id.desc()).limit(1))
                .mappings()
                .first()
            )
            if run is None:
                return {}
            stage_rows = conn.execute(
                select(stage_stats)
                .where(stage_stats.c.run_id == run["run_id"])
                .order_by(stage_stats.c.ordinal)
            ).mappings()
            stages = {
                s["stage"]: {
                    "documents": s["documents"],
                    "errors": s["errors"],
                    "seconds": s["seconds"],
                    **(s["extra"] or {}),
                }
                for s in stage_rows
            }
        started, finished = _utc(run["started_at"]), _utc(run["finished_at"])
        return {
            "run_id": run["run_id"],
            "version": run["version"],
            "started_at": started.isoformat() if started else None,
            "finished_at": finished.isoformat() if finished else None,
            "seconds": (finished - started).total_seconds() if started and finished else None,
            "args": run["args"],
            "counts": run["counts"] or {},
            "stages": stages,
        }

    def counts(self) -> dict[str, int]:
        """Row counts: documents, duplicates, errors (documents with one), segments, articles,
        mentions, events, rejects, runs."""
        queries = {
            "documents": select(func.count()).select_from(documents),
            "duplicates": select(func.count())
            .select_from(documents)
            .where(documents.c.duplicate_of.is_not(None)),
            "errors": select(func.count())
            .select_from(documents)
            .where(documents.c.error.is_not(None)),
            "segments": select(func.count()).select_from(segments),
            "articles": select(func.count()).select_from(articles),
            "mentions": select(func.count()).select_from(mentions),
            "events": select(func.count()).select_from(events),
            "rejects": select(func.count()).select_from(rejects),
            "runs": select(func.count()).select_from(runs),
        }
        with self._engine.connect() as conn:
            return {name: int(conn.execute(q).scalar_one()) for name, q in queries.items()}


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """WAL lets readers (export, report) run while a run writes; the busy timeout makes a
    second writer wait instead of failing; foreign keys are off by default in SQLite."""
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
    finally:
        cur.close()


def _clean(row: dict[str, Any], nul: bool) -> dict[str, Any]:
    """Strings the database can hold (see the module docstring); offsets are unchanged."""
    for key, value in row.items():
        if isinstance(value, str):
            row[key] = _fix_str(value, nul)[0]
    return row


def _reject_row(reject: Reject, doc_id: str | None, nul: bool) -> dict[str, Any]:
    return _clean(
        {
            "reject_id": reject.reject_id,
            "source": reject.source,
            "stage": reject.stage,
            "error": reject.error,
            "doc_id": doc_id,
            "created_at": dt.datetime.now(dt.UTC),
        },
        nul,
    )


def _grouped(rows: Iterable[Mapping[str, Any]]) -> defaultdict[str, list[Mapping[str, Any]]]:
    out: defaultdict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for r in rows:
        out[r["doc_id"]].append(r)
    return out
