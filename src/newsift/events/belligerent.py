"""The story's belligerent: actor1 of a fight that names no side, from the whole article.

tests/CONVENTIONS.md 5: actor1 is never empty when the text or the story gives it. A battle
told with no doer of its own -- the operation carried on or expected ("l'opération serait
étendue ensuite à X", "the next move could be a push toward X", "les troupes comptaient se
tourner vers X"), fighting told by its noun ("Clashes continued on Saturday around X", "La
bataille de X, lancée le 17 octobre") -- is fought by the side the article's battles are
about: the fighting side that is actor1 of most of the article's battle rows in the same
country (ties: the one nearest before), named in two battles or in one told at most three
sentences before (a single battle far back sets no story). The side must fit the type (a
state regains ground, a non-state side overtakes it). Only when the event's sentence names
no fighting side of its own (then the sentence's rules decide), and never for a counter-move
("une contre-offensive pour reprendre X": the story's losing side moves).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.events.actors import NON_STATE, ref_info, territory_by_inter
from newsift.events.index import DocIndex, MentionRef
from newsift.events.resources import schema
from newsift.events.sides import _fighter, family_lead

if TYPE_CHECKING:
    from newsift.events.extract import Cand

_COUNTER = re.compile(r"\b(?:contre-?offensive|contre-?attaque|counter-?offensive|counter-?attack)")
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_FILLED = frozenset(
    {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    }
)


def _country(c: Cand) -> str:
    return (c.place.ref.m.country or "").upper() if c.place is not None else ""


_NEAR = 3  # sentences back a single battle still sets the story


def _fits(c: Cand, r: MentionRef) -> bool:
    """Can ``r`` be actor1 of ``c``'s type (a state regains ground, others overtake it)?"""
    inter = ref_info(r).inter
    if c.sub == "Government regains territory":
        return inter == 1
    if c.sub == "Non-state actor overtakes territory":
        return inter in NON_STATE
    return True


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
            if not _fits(c, b.actor1):  # type: ignore[arg-type]
                continue  # a regaining is the state's, an overtaking a non-state side's
            counts.setdefault(_key(b.actor1), []).append(b)  # type: ignore[arg-type]
        if not counts:
            continue

        def rank(rows: list[Cand], c: Cand = c) -> tuple[int, int]:
            before = [b.sent for b in rows if b.sent <= c.sent]
            return len(rows), max(before) if before else -1

        lead = max(counts.values(), key=rank)
        told, last = rank(lead)
        if told < 2 and (last < 0 or c.sent - last > _NEAR):
            continue  # one battle told far before: no story the conjecture carries on
        if len(counts) > 1:
            second = sorted((rank(v) for v in counts.values()), reverse=True)[1]
            if second[0] == told and second[1] < 0 and last < 0:
                continue  # two sides alike, none told before: no story side
        c.actor1 = lead[0].actor1


def own_capturer(events: list[Cand], ix: DocIndex | None) -> None:
    """A capture whose trigger verb has an armed non-state subject of its own ("Tal Afar, une
    ville que les jihadistes avaient conquise en 2014", "que Jund al-Aqsa avait conquise")
    but whose actor1 is a state force borrowed from the main clause or the story: the verb's
    own subject took the ground (the group a generic name stands for, when the article names
    one), the row overtakes territory, the state force is the loser (actor2)."""
    if ix is None or not ix.parsed:
        return
    for c in events:
        if c.sub not in _TERRITORY or c.actor1 is None or c.tok < 0:
            continue
        info = ref_info(c.actor1)
        if info.inter != 1 or ix.tokens[c.tok].pos not in ("VERB", "AUX"):
            continue
        subjects = {ch for ch in ix.children[c.tok] if ix.tokens[ch].dep in ("nsubj", "nsubj:pass")}
        if not subjects or ix.tokens[c.tok].dep in ("conj", "xcomp"):
            continue
        subjects |= {ch for s in subjects for ch in ix.children[s] if ix.tokens[ch].dep == "conj"}
        own = [r for r in ix.in_sentence("actor", c.sent) if r.head in subjects and _fighter(r)]
        states = [r for r in own if ref_info(r).inter == 1]
        if states:
            continue  # "l'armée syrienne et le Hezbollah ont repris": the state is a subject
        mine = own[0] if own else None
        if mine is None:
            continue
        got = ref_info(mine)
        if got.inter not in NON_STATE:
            continue
        refs = [r for si in {x.sent for x in events} for r in ix.in_sentence("actor", si)]
        lead = family_lead(refs, mine.m.kb_id) if mine.m.kb_id else None
        c.actor2, c.actor1, c.assoc = c.actor1, lead or mine, []
        c.actor1_name, c.actor1_inter = None, None
        c.sub = territory_by_inter(got.inter) or c.sub
