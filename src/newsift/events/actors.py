"""Actor facts the events stage needs (inter code, country, media or not), by actor KB id.

The actors stage owns the knowledge base; this module only reads it through its public loader
``newsift.entities.actors.load_actor_kb()`` and tolerates its absence (or an unknown record
shape) by falling back on the canonical name's ACLED conventions ("Military Forces of X" is a
state force, "Civilians (X)" civilians...), so events still get inter codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsift.events.index import MentionRef

_STATE = re.compile(
    r"^(military|police|government|armed) forces? of|^government of|^military forces|"
    r"^police forces|^ministry|air force|navy|^national guard|gendarmerie",
    re.I,
)
_BY_NAME: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"^civilians\b", re.I), 7),
    (re.compile(r"^protesters\b", re.I), 6),
    (re.compile(r"^rioters\b", re.I), 5),
    (re.compile(r"militia|tribal|ethnic|clan", re.I), 4),
    (re.compile(r"^unidentified armed group", re.I), 3),
)
# ACLED inter codes of non-state armed actors: rebels (2), political militias (3), identity
# militias (4). A territory change by one of them is "Non-state actor overtakes territory".
NON_STATE = frozenset({2, 3, 4})
_MEDIA_WORDS = ("media", "outlet", "news", "agency", "press", "newspaper", "broadcaster")


@dataclass(frozen=True, slots=True)
class ActorInfo:
    kb_id: str | None
    name: str
    inter: int | None
    country: str | None  # ISO alpha-2
    parent: str | None
    media: bool
    kind: str = ""  # the KB's kind ("state_force", "armed_group", "person", ...), if known


def _field(rec: Any, *names: str) -> Any:
    for name in names:
        if isinstance(rec, dict) and name in rec:
            return rec[name]
        if hasattr(rec, name):
            return getattr(rec, name)
    return None


@cache
def _kb() -> Any:
    try:
        from newsift.entities.actors import load_actor_kb  # type: ignore[import-not-found]
    except Exception:  # noqa: BLE001 - the actors stage is optional for this module
        return None
    try:
        return load_actor_kb()
    except Exception:  # noqa: BLE001 - a broken KB must not stop event extraction
        return None


def _record(kb_id: str) -> Any:
    kb = _kb()
    if kb is None:
        return None
    for getter in ("get", "by_id", "lookup"):
        fn = getattr(kb, getter, None)
        if callable(fn):
            try:
                rec = fn(kb_id)
            except Exception:  # noqa: BLE001
                rec = None
            if rec is not None:
                return rec
    for attr in ("actors", "by_kb_id", "records"):
        table = getattr(kb, attr, None)
        if isinstance(table, dict) and kb_id in table:
            return table[kb_id]
    return None


def _inter_from_name(name: str) -> int | None:
    if _STATE.search(name):
        return 1
    for rx, code in _BY_NAME:
        if rx.search(name):
            return code
    return None


@cache
def actor_info(kb_id: str | None, canonical: str | None) -> ActorInfo:
    """What the events stage needs to know about one linked actor."""
    rec = _record(kb_id) if kb_id else None
    name = canonical or ""
    inter: int | None = None
    country = parent = None
    media = False
    if rec is not None:
        name = str(_field(rec, "acled", "acled_name") or _field(rec, "canonical", "name") or name)
        raw = _field(rec, "inter", "inter_code", "inter1")
        try:
            inter = int(raw) if raw not in (None, "") else None
        except (TypeError, ValueError):
            inter = None
        country = _field(rec, "country", "iso2")
        parent = _field(rec, "parent")
        kind = str(_field(rec, "type", "kind", "category", "actor_type") or "").lower()
        media = any(w in kind for w in _MEDIA_WORDS)
        # ACLED names state units by their state force ("Tiger Forces" -> Military Forces of X)
        if kind == "state_force" and parent and not _field(rec, "acled"):
            up = _record(str(parent))
            up_kind = str(_field(up, "kind") or "") if up is not None else ""
            if up is not None and up_kind == "state_force" and _field(up, "inter") == 1:
                name = str(_field(up, "acled") or _field(up, "name") or name)
    if inter is None and not media:
        inter = _inter_from_name(name)
    if not media and kb_id and re.search(r"(^|[:._/-])(media|outlet)", kb_id, re.I):
        media = True
    kind_name = ""
    if rec is not None:
        kind_name = str(_field(rec, "type", "kind", "category", "actor_type") or "").lower()
    return ActorInfo(kb_id, name, inter, country, parent, media, kind_name)


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: both inter codes joined, lower first; one actor gives X0."""
    if inter1 is None and inter2 is None:
        return None
    if inter1 is None or inter2 is None:
        return int(f"{inter1 or inter2}0")
    lo, hi = sorted((inter1, inter2))
    return int(f"{lo}{hi}")


GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
#: the sub-types in which ground changes hands
CHANGES_OF_HANDS = frozenset({GRT, NSO, NVT})


def territory_by_inter(
    inter: int | None,
    unknown: str | None = GRT,
    other: str | None = NSO,
    *,
    home: str | None = None,
    where: str | None = None,
    foreign: str | None = NSO,
) -> str | None:
    """The territory sub-type of a capture by a side of ACLED inter code ``inter``: a state
    force (1) regains ground for its government, a non-state armed actor (NON_STATE)
    overtakes it. A state force in a country not its own (``home`` and ``where``, ISO alpha-2
    codes, both known and different) gets ``foreign``: ACLED codes its capture as a non-state
    take-over, and its entry into a town as a fight (the caller says which).
    ``unknown`` is the type when the side is not known, ``other`` for any other code (rioters,
    civilians, external forces); ``None`` for either says the capture reading does not hold."""
    if inter == 1:
        if home and where and home.upper() != where.upper():
            return foreign
        return GRT
    if inter in NON_STATE:
        return NSO
    return unknown if inter is None else other


def ref_info(ref: MentionRef) -> ActorInfo:
    """``actor_info`` of a linked mention: its KB id, else its canonical name or surface."""
    return actor_info(ref.m.kb_id, ref.m.name)


def in_family(kb_id: str | None, families: frozenset[str]) -> bool:
    """Is ``kb_id`` one of ``families`` or a unit under one (its KB parents, followed up)?"""
    seen: set[str] = set()
    cur = kb_id
    while cur and cur not in seen:
        if cur in families:
            return True
        seen.add(cur)
        cur = actor_info(cur, None).parent
    return False


def _generic(info: ActorInfo) -> bool:
    """Is the actor a catch-all for a kind of fighter ("les jihadistes": ACLED's
    "Unidentified Armed Group"), not one named side?"""
    return info.name.startswith("Unidentified")


def same_side(a: str | None, b: str | None) -> bool:
    """Do two different actor KB ids name one non-state side, told once by a bare word and
    once by its name? Either is a member of the other ("les rebelles" and "Jaich al-Fatah"),
    or one is a catch-all for armed groups and the other a named armed group ("les
    jihadistes" and "l'EI"). Never a state's forces: the army and a militia backing it (a
    unit of it in the KB) are told apart by ACLED."""
    if not a or not b or a == b:
        return bool(a) and a == b
    ia, ib = actor_info(a, None), actor_info(b, None)
    if ia.inter not in NON_STATE or ib.inter not in NON_STATE:
        return False  # a state's forces and the militias fighting with them are two actors
    if _generic(ia) != _generic(ib):
        return True
    return in_family(a, frozenset({b})) or in_family(b, frozenset({a}))


def more_specific(a: str, b: str) -> bool:
    """Of two ids of one side (``same_side``), does ``a`` name it more precisely than ``b``
    (a member of ``b``, or a named group where ``b`` is a catch-all)?"""
    if in_family(a, frozenset({b})) and not in_family(b, frozenset({a})):
        return True
    return _generic(actor_info(b, None)) and not _generic(actor_info(a, None))
