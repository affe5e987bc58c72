"""The ``out/`` output contract: file names, field names and their order (see DESIGN.md).

Kept in one dependency-free module so the store (events table) and the writers share the
exact same lists, and the tests can check them against the design document.
"""

from __future__ import annotations

#: ACLED's columns, in ACLED's order, then newsift's own (``out/events.csv``).
ACLED_COLUMNS: tuple[str, ...] = (
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
)
NEWSIFT_EVENT_COLUMNS: tuple[str, ...] = (
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
)
EVENT_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + NEWSIFT_EVENT_COLUMNS

#: ``out/documents.jsonl``: contract keys first, then newsift's extras.
DOCUMENT_KEYS: tuple[str, ...] = (
    "doc_id",
    "source",
    "external_id",
    "format",
    "text_sha1",
    "error",
    "duplicate_of",
    "segments",
    "articles",
)
DOCUMENT_EXTRA_KEYS: tuple[str, ...] = ("warnings",)
SEGMENT_KEYS: tuple[str, ...] = ("kind", "article", "start", "end", "lang")
ARTICLE_KEYS: tuple[str, ...] = (
    "k",
    "title",
    "lang",
    "published",
    "published_precision",
    "author",
    "outlet",
)
ARTICLE_EXTRA_KEYS: tuple[str, ...] = ("published_basis", "published_start", "published_end")

#: ``out/mentions.jsonl``.
MENTION_KEYS: tuple[str, ...] = (
    "doc_id",
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
    "geonameid",
    "confidence",
    "extractor",
)
MENTION_EXTRA_KEYS: tuple[str, ...] = ("article", "admin1", "anchor")

#: ``out/rejects.jsonl``.
REJECT_KEYS: tuple[str, ...] = ("source", "stage", "error")
REJECT_EXTRA_KEYS: tuple[str, ...] = ("doc_id",)

DOCUMENTS_FILE = "documents.jsonl"
EVENTS_FILE = "events.csv"
MENTIONS_FILE = "mentions.jsonl"
REJECTS_FILE = "rejects.jsonl"
