"""The data model every stage reads and writes.

Stages never talk to each other directly: they annotate a :class:`Document` and pass it on.
All offsets are Python ``str`` indices into ``Document.text`` (half-open ``[start, end)``),
so every fact can be traced back to the exact characters that support it.

Plain dataclasses keep documents cheap to pickle between worker processes and trivial to
serialise (``to_dict`` / ``from_dict``) for the store and the ``out/`` files.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, Self

SegmentKind = Literal["title", "body", "meta", "comment", "boilerplate"]
SEGMENT_KINDS: tuple[str, ...] = ("title", "body", "meta", "comment", "boilerplate")
ARTICLE_KINDS: tuple[str, ...] = ("title", "body", "meta")
MentionKind = Literal["actor", "place", "person", "org", "date", "number"]
MENTION_KINDS: tuple[str, ...] = ("actor", "place", "person", "org", "date", "number")
Modality = Literal["asserted", "reported", "denied", "planned", "speculative"]
MODALITIES: tuple[str, ...] = ("asserted", "reported", "denied", "planned", "speculative")


def content_id(raw: bytes) -> str:
    """Stable document id: the first 16 hex digits of the SHA-256 of the raw bytes.

    Hashing the bytes as received (not the decoded text) makes re-runs idempotent even when
    encoding detection changes between versions.
    """
    return hashlib.sha256(raw).hexdigest()[:16]


class _Record:
    """Mixin: plain-dict round trip for dataclasses (nested records handled by subclasses)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Segment(_Record):
    """A character range of the text with its role; segments tile the whole text."""

    start: int
    end: int
    kind: str  # one of SEGMENT_KINDS
    article: int | None = None  # article index k (1, 2, ...) for title/body/meta
    lang: str | None = None  # ISO 639-1, None when too short to tell


@dataclass(slots=True)
class Article(_Record):
    """Metadata of article k of a document (a dump may hold several articles)."""

    k: int
    title: str | None = None
    lang: str | None = None
    published: str | None = None  # ISO 8601: "2017-11-21", "2017-11" or "2017"
    published_precision: str | None = None  # "day" | "month" | "year"
    published_start: int | None = None  # span of text the date came from, if any
    published_end: int | None = None
    published_basis: str | None = None  # "metadata" | "given" | "dateline" | "inferred" | "user"
    author: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Sentence(_Record):
    start: int
    end: int
    article: int | None = None


@dataclass(slots=True)
class Token(_Record):
    """One token of the NLP parse; ``head`` is the index of the head token in Document.tokens."""

    start: int
    end: int
    lemma: str
    pos: str
    dep: str
    head: int
    sent: int  # index into Document.sentences


@dataclass(slots=True)
class NerSpan(_Record):
    """A named-entity hint from a statistical model: a label, not a verdict."""

    start: int
    end: int
    label: str  # the model's label (PER, LOC, GPE, ORG, ...)
    extractor: str


@dataclass(slots=True)
class Mention(_Record):
    """A span tagged actor/place/person/org/date/number and linked to a knowledge base."""

    start: int
    end: int
    text: str
    kind: str  # one of MENTION_KINDS
    kb_id: str | None = None  # newsift actor id, "geonames:<id>", ...
    canonical: str | None = None
    value: Any = None  # ISO date / range / duration for dates, number for numbers
    precision: Any = None  # dates: "day"|"week"|"month"|"year"|...; places: 1|2|3
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    geonameid: int | None = None
    anchor: str | None = None  # dates: the anchor date used to resolve a relative expression
    confidence: float = 1.0
    extractor: str = ""
    article: int | None = None

    @property
    def name(self) -> str:
        """The name to show and compare: the knowledge base's canonical one, else the text."""
        return self.canonical or self.text


@dataclass(slots=True)
class Event(_Record):
    """One ACLED-style event with its provenance (evidence span, extractor, confidence)."""

    event_id: str = ""
    event_date: str | None = None
    year: int | None = None
    time_precision: int | None = None  # ACLED: 1 day, 2 week/range, 3 month or vaguer
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str | None = None
    iso: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str | None = None
    source_scale: str | None = None
    notes: str | None = None
    fatalities: int | None = None
    tags: str | None = None
    # newsift's own
    doc_id: str = ""
    article: int | None = None
    lang: str | None = None
    modality: str = "asserted"
    claimant: str | None = None
    evidence_start: int = 0
    evidence_end: int = 0
    evidence_text: str = ""
    geonameid: int | None = None
    extractor: str = ""
    confidence: float = 0.0


@dataclass(slots=True)
class Reject(_Record):
    """An input (file, row, record) or a stage that failed: recorded, never silently dropped."""

    source: str
    stage: str
    error: str
    doc_id: str | None = None

    @property
    def reject_id(self) -> str:
        return hashlib.sha256(
            f"{self.source}\x00{self.stage}\x00{self.error}".encode()
        ).hexdigest()[:16]


_LISTS: dict[str, type[_Record]] = {
    "segments": Segment,
    "articles": Article,
    "sentences": Sentence,
    "tokens": Token,
    "ner": NerSpan,
    "mentions": Mention,
    "events": Event,
}


@dataclass(slots=True)
class Document(_Record):
    """One input document and everything the stages found in it."""

    doc_id: str
    source: str  # path or URL it was read from ("path::row 12" for a row of a file)
    external_id: str  # the id the input gave (row id, WARC-Record-ID), else the file name
    format: str  # "txt" | "html" | "warc" | "jsonl" | "csv"
    text: str  # the decoded text every offset refers to
    meta: dict[str, Any] = field(default_factory=dict)  # fetch metadata: url, title, published
    segments: list[Segment] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    ner: list[NerSpan] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    duplicate_of: str | None = None  # doc_id of the earlier near-duplicate, if any
    error: str | None = None  # first stage failure, if any (the document is still kept)
    warnings: list[str] = field(default_factory=list)
    stage_rejects: list[Reject] = field(default_factory=list)  # stage failures to record

    @property
    def text_sha1(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def article_segments(self, k: int | None = None) -> list[Segment]:
        """Title and body segments (of article k, or of every article): the text facts come from."""
        return [
            s
            for s in self.segments
            if s.kind in ("title", "body") and (k is None or s.article == k)
        ]

    def article(self, k: int) -> Article | None:
        return next((a for a in self.articles if a.k == k), None)

    def segment_at(self, offset: int) -> Segment | None:
        for s in self.segments:
            if s.start <= offset < s.end:
                return s
        return None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        data = dict(data)
        for name, kind in _LISTS.items():
            data[name] = [kind.from_dict(x) for x in data.get(name) or []]
        data["stage_rejects"] = [Reject.from_dict(x) for x in data.get("stage_rejects") or []]
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})
