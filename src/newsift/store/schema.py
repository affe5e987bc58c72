"""Table definitions of the store (SQLAlchemy Core), the same for SQLite and PostgreSQL.

This module describes the *current* schema for queries; the migrations in ``migrations/versions``
create it. ``tests/store`` checks that the two agree (Alembic's autogenerate comparison).

Not stored: ``Document.sentences``, ``tokens`` and ``ner``. They are transient NLP data, large
(one row per token) and cheap to recompute; every stored fact keeps its character offsets into
``documents.text`` instead.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeEngine

from newsift.export.contract import EVENT_COLUMNS

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

#: JSON that maps Python ``None`` to SQL NULL (not the JSON literal ``null``).
NullableJSON = JSON(none_as_null=True)


def _doc_fk(nullable: bool = False) -> Column:
    return Column(
        "doc_id",
        String,
        ForeignKey("documents.doc_id", ondelete="CASCADE"),
        nullable=nullable,
        index=True,
    )


documents = Table(
    "documents",
    metadata,
    Column("doc_id", String, primary_key=True),
    Column("source", Text, nullable=False),
    Column("external_id", Text, nullable=False),
    Column("format", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("text_sha1", String, nullable=False),
    Column("meta", JSON, nullable=False),
    Column("duplicate_of", String, nullable=True),
    Column("error", Text, nullable=True),
    Column("warnings", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("pipeline_key", String, nullable=True),  # newsift.fingerprint.pipeline_key
    Index("ix_documents_source_external_id", "source", "external_id", "doc_id"),
)

segments = Table(
    "segments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("ordinal", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String, nullable=False),
    Column("article", Integer, nullable=True),
    Column("lang", String, nullable=True),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("ordinal", Integer, nullable=False),
    Column("k", Integer, nullable=False),
    Column("title", Text, nullable=True),
    Column("lang", String, nullable=True),
    Column("published", String, nullable=True),
    Column("published_precision", String, nullable=True),
    Column("published_start", Integer, nullable=True),
    Column("published_end", Integer, nullable=True),
    Column("published_basis", String, nullable=True),
    Column("author", Text, nullable=True),
    Column("outlet", Text, nullable=True),
)

#: Mention fields in model order (``value`` and ``precision`` hold any JSON value).
MENTION_FIELDS: tuple[str, ...] = (
    "start",
    "end",
    "text",
    "kind",
    "kb_id",
    "canonical",
    "value",
    "precision",
    "lat",
    "lon",
    "country",
    "admin1",
    "geonameid",
    "anchor",
    "confidence",
    "extractor",
    "article",
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("ordinal", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("kb_id", String, nullable=True),
    Column("canonical", Text, nullable=True),
    Column("value", NullableJSON, nullable=True),
    Column("precision", NullableJSON, nullable=True),
    Column("lat", Float, nullable=True),
    Column("lon", Float, nullable=True),
    Column("country", String, nullable=True),
    Column("admin1", Text, nullable=True),
    Column("geonameid", Integer, nullable=True),
    Column("anchor", String, nullable=True),
    Column("confidence", Float, nullable=True),
    Column("extractor", String, nullable=True),
    Column("article", Integer, nullable=True),
)

#: SQL type of every event column; the column order is the output contract's (EVENT_COLUMNS).
_TEXT, _STR, _INT, _FLOAT = Text, String, Integer, Float
EVENT_COLUMN_TYPES: dict[str, type[TypeEngine]] = {
    "event_id": _STR,
    "event_date": _STR,
    "year": _INT,
    "time_precision": _INT,
    "event_type": _TEXT,
    "sub_event_type": _TEXT,
    "actor1": _TEXT,
    "assoc_actor_1": _TEXT,
    "inter1": _INT,
    "actor2": _TEXT,
    "assoc_actor_2": _TEXT,
    "inter2": _INT,
    "interaction": _INT,
    "civilian_targeting": _TEXT,
    "iso": _INT,
    "country": _TEXT,
    "admin1": _TEXT,
    "admin2": _TEXT,
    "location": _TEXT,
    "latitude": _FLOAT,
    "longitude": _FLOAT,
    "geo_precision": _INT,
    "source": _TEXT,
    "source_scale": _TEXT,
    "notes": _TEXT,
    "fatalities": _INT,
    "tags": _TEXT,
    "doc_id": _STR,
    "article": _INT,
    "lang": _STR,
    "modality": _STR,
    "claimant": _TEXT,
    "evidence_start": _INT,
    "evidence_end": _INT,
    "evidence_text": _TEXT,
    "geonameid": _INT,
    "extractor": _STR,
    "confidence": _FLOAT,
}
assert tuple(EVENT_COLUMN_TYPES) == EVENT_COLUMNS, "event columns out of sync with the contract"


def _event_column(name: str) -> Column:
    if name == "event_id":
        return Column(name, String, primary_key=True)
    if name == "doc_id":
        return _doc_fk()
    return Column(name, EVENT_COLUMN_TYPES[name](), nullable=True)


events = Table(
    "events",
    metadata,
    *[_event_column(name) for name in EVENT_COLUMNS],
    Column("ordinal", Integer, nullable=False),
)

rejects = Table(
    "rejects",
    metadata,
    Column("reject_id", String, primary_key=True),
    Column("source", Text, nullable=False),
    Column("stage", String, nullable=False),
    Column("error", Text, nullable=False),
    Column("doc_id", String, nullable=True, index=True),  # no FK: input rejects have no document
    Column("created_at", DateTime(timezone=True), nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("run_id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=True),
    Column("version", String, nullable=False),
    Column("args", JSON, nullable=False),
    Column("counts", NullableJSON, nullable=True),
)

stage_stats = Table(
    "stage_stats",
    metadata,
    Column(
        "run_id",
        Integer,
        ForeignKey("runs.run_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("stage", String, primary_key=True),
    Column("ordinal", Integer, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("errors", Integer, nullable=False),
    Column("seconds", Float, nullable=False),
    Column("extra", NullableJSON, nullable=True),
)
