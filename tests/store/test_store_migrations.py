"""Migrations build the schema from an empty database, match schema.py, and re-open is a no-op."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from newsift.model import Document
from newsift.store import Store, migrate, normalise_url
from newsift.store.schema import metadata

TABLES = {
    "documents",
    "segments",
    "articles",
    "mentions",
    "events",
    "rejects",
    "runs",
    "stage_stats",
    "alembic_version",
}


def test_migrations_create_schema_from_empty(store_url: str) -> None:
    url = normalise_url(store_url)
    if url.database and url.get_backend_name() == "sqlite":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
        store = Store(store_url)
        assert store.migrated is True
        store.close()
        with engine.connect() as conn:
            insp = inspect(conn)
            assert set(insp.get_table_names()) == TABLES
            assert migrate.current_revision(conn) == migrate.head_revision()
            for table in ("segments", "articles", "mentions", "events"):
                indexed = {tuple(ix["column_names"]) for ix in insp.get_indexes(table)}
                assert ("doc_id",) in indexed, table
                fks = insp.get_foreign_keys(table)
                assert [fk["referred_table"] for fk in fks] == ["documents"], table
            # the migration and schema.py describe the same tables, columns, types and indexes
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), metadata
            )
            assert diff == []
    finally:
        engine.dispose()


def test_reopen_is_a_no_op(store_url: str, monkeypatch) -> None:
    with Store(store_url) as store:
        store.add_document(Document("d000000000000001", "a.txt", "a.txt", "txt", "Bonjour."))
        before = store.counts()
    calls: list[object] = []
    monkeypatch.setattr(migrate.command, "upgrade", lambda *a, **k: calls.append(a))
    with Store(store_url) as again:
        assert again.migrated is False
        assert again.counts() == before
        assert [d.text for d in again.iter_documents()] == ["Bonjour."]
    assert calls == []  # no migration was even attempted


def test_documents_stored_before_pipeline_keys_upgrade_without_one(store_url: str) -> None:
    from alembic import command
    from sqlalchemy import text

    url = normalise_url(store_url)
    if url.database and url.get_backend_name() == "sqlite":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            command.upgrade(migrate.alembic_config(connection=conn), "0001")
            conn.execute(
                text(
                    "insert into documents (doc_id, source, external_id, format, text, "
                    "text_sha1, meta, warnings, created_at) values ('d1', 'a.txt', 'a.txt', "
                    "'txt', 'Bonjour.', 'x', '{}', '[]', CURRENT_TIMESTAMP)"
                )
            )
    finally:
        engine.dispose()
    with Store(store_url) as store:
        assert store.migrated is True
        assert store.stored_keys(["d1"]) == {"d1": None}  # the next run processes it again
        assert [d.text for d in store.iter_documents()] == ["Bonjour."]
