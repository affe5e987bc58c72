"""The story's belligerent: actor1 of a fight that names no side, from the whole article.

tests/CONVENTIONS.md 5: actor1 is never empty when the text or the story gives it. A battle
told with no doer of its own -- the operation carried on or expected ("l'opération serait
étendue ensuite à X", "the next move could be a push toward X", "les troupes comptaient se
tourner vers X"), fighting told by its noun ("Clashes continued on Saturday around X", "La
bataille de X, lancée le 17 octobre") -- is fought by the side the article's battles are
about: the fighting side that is actor1 of most of the article's battle rows in the same
country (ties: the one nearest before). Only when the event's sentence names no fighting side
of its own (then the sentence's rules decide), and never for a counter-move ("une
contre-offensive pour reprendre X": the story's losing side moves).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.events.index import DocIndex, MentionRef
from newsift.events.resources import schema
from newsift.events.sides import _fighter

if TYPE_CHECKING:
    from newsift.events.extract import Cand

_COUNTER = re.compile(r"\b(?:contre-?offensive|contre-?attaque|counter-?offensive|counter-?attack)")
_FILLED = frozenset(
    {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}
)


def _country(c: Cand) -> str:
    return (c.place.ref.m.country or "").upper() if c.place is not None else ""


def _key(r: MentionRef) -> str:
    return r.m.kb_id or (r.m.canonical or r.m.text).lower()


def story_belligerent(events: list[Cand], ix: DocIndex | None) -> None:
    """Fill actor1 of the article's battles that name no side (module docstring)."""
    if ix is None or not ix.parsed:
        return
    et = schema().event_type
    battles = [
        c
        for c in events
        if et.get(c.sub) == "Battles" and c.actor1 is not None and _fighter(c.actor1)
    ]
    if not battles:
        return
    for c in events:
        if c.sub not in _FILLED or c.actor1 is not None or c.actor1_name:
            continue
        if any(_fighter(r) for r in ix.in_sentence("actor", c.sent)):
            continue  # the sentence names sides of its own
        sent = ix.sentences[c.sent]
        if _COUNTER.search(ix.folded[sent.start : sent.end]):
            continue
        where = _country(c)
        counts: dict[str, list[Cand]] = {}
        for b in battles:
            if where and _country(b) and _country(b) != where:
                continue
            counts.setdefault(_key(b.actor1), []).append(b)  # type: ignore[arg-type]
        if not counts:
            continue

        def rank(rows: list[Cand], c: Cand = c) -> tuple[int, int]:
            before = [b.sent for b in rows if b.sent <= c.sent]
            return len(rows), max(before) if before else -1

        lead = max(counts.values(), key=rank)
        if len(counts) > 1:
            second = sorted((rank(v) for v in counts.values()), reverse=True)[1]
            if second[0] == rank(lead)[0] and second[1] < 0 and rank(lead)[1] < 0:
                continue  # two sides alike, none told before: no story side
        c.actor1 = lead[0].actor1
