"""Schema migrations, applied by the store itself when it opens (no ``alembic.ini`` needed).

To add a migration during development::

    from alembic import command
    from newsift.store.migrate import alembic_config
    command.revision(alembic_config("sqlite:///scratch.db"), "what changed", autogenerate=True)

(upgrade the scratch database first), then review the file written to ``migrations/versions``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
_PG_LOCK_KEY = 0x6E657773  # "news": serialises concurrent first opens of one PostgreSQL db


def _escape(value: str) -> str:
    """Config options go through configparser interpolation: a literal % must be doubled."""
    return value.replace("%", "%%")


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    """An Alembic Config for the packaged migrations, bound to a URL or an open connection."""
    cfg = Config()
    cfg.set_main_option("script_location", _escape(str(MIGRATIONS_DIR)))
    if url:
        cfg.set_main_option("sqlalchemy.url", _escape(url))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> bool:
    """Bring the database to the newest revision; returns False when it already was (no-op).

    One transaction: on PostgreSQL DDL is transactional, so a failed migration leaves nothing
    behind; an advisory lock keeps two processes opening a fresh database from racing. SQLite
    takes a write lock for the DDL; a loser of the race sees the schema done and moves on.
    """
    head = head_revision()
    for attempt in range(2):
        try:
            with engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
                if current_revision(conn) == head:
                    return False
                command.upgrade(alembic_config(connection=conn), "head")
                return True
        except DBAPIError:
            if attempt:
                raise
            with engine.connect() as conn:
                if current_revision(conn) == head:
                    return False
    return False  # pragma: no cover - loop always returns or raises
