"""The store: documents and everything found in them, in SQLite (default) or PostgreSQL.

Schema changes go through Alembic migrations (``store/migrations``), applied when a
:class:`Store` opens.
"""

from newsift.store.store import Store, StoredDocument, normalise_url

__all__ = ["Store", "StoredDocument", "normalise_url"]
