"""Acts referred to, not told: reactions to an act already told, and an act said to recur.

Why: partisan pages surround each act with reactions and commentary. "Paris, Téhéran et Riyad
ont dénoncé l'attentat" and "Cairo and Doha condemned the attack" tell no new act: the noun
refers back to the one just told, and the capitals named are the speakers, not its place (a
definite event noun with a place or a date of its own is already kept apart by the extractor;
here the speakers' places do not count as the noun's own). "Ce n'est pas la première fois que
des missiles frappent la ville" / "It was not the first time missiles hit the city" say that
the story's act recurs: the earlier acts are told after the colon, if at all. "Celui qui la
conquiert hérite de ses haines", "whoever takes the city will have to fight the tribes" state a
maxim about no one in particular. All three fail safe: the rules only drop, and only where the
wording (``data/events/referred.toml``) says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.resources import data_toml

if TYPE_CHECKING:
    from newsift.events.extract import Cand, SentView
    from newsift.events.index import DocIndex

_OBJECTS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_AUX = frozenset({"aux", "aux:tense", "aux:pass", "auxpass"})
_RELATIVE = frozenset({"relcl", "acl:relcl"})
_CLIMB = frozenset({"xcomp", "conj", "dep", "advcl", "csubj"})  # to the verb whose doer it shares
_RELATIVE_WORDS = frozenset({"qui", "que", "qu'", "who", "that", "which"})
_BREAK = re.compile(r"[:;]")


@dataclass(frozen=True, slots=True)
class ReferredWords:
    reaction: frozenset[str]  # lemmas of verbs of reacting to an act
    recurrence: re.Pattern[str] | None  # frames that say an act recurs
    generic: frozenset[str]  # pronouns that name no one in particular


@cache
def referred_words(lang: str) -> ReferredWords:
    """The wording of ``lang`` (empty when the file has no table for it)."""
    conf = data_toml("referred.toml").get(lang, {})
    frames = conf.get("recurrence", [])
    rx = re.compile("|".join(f"(?:{f})" for f in frames)) if frames else None
    return ReferredWords(
        frozenset(conf.get("reaction", ())), rx, frozenset(conf.get("generic", ()))
    )


def reacted_to(ix: DocIndex, tok: int, lang: str) -> frozenset[int] | None:
    """The tokens of an event noun's own phrase when a verb of reaction takes it as its object
    ("ont condamné l'attaque", "the attack was condemned"); None otherwise."""
    if not ix.parsed:
        return None
    t = ix.tokens[tok]
    if t.pos != "NOUN" or t.dep not in _OBJECTS or t.head == tok:
        return None
    if ix.lemma(t.head) not in referred_words(lang).reaction:
        return None
    return ix.subtree(tok)


def recurrence_told(c: Cand, view: SentView, lang: str) -> bool:
    """Is the trigger inside a frame saying that an act recurs ("ce n'est pas la première fois
    que ...", "it was not the first time ..."), before any colon that opens the earlier acts?"""
    rx = referred_words(lang).recurrence
    if rx is None:
        return False
    before = view.text[: max(0, c.start - view.start)]
    frames = list(rx.finditer(before))
    return bool(frames) and not _BREAK.search(before[frames[-1].end() :])


def generic_doer(ix: DocIndex, tok: int, lang: str) -> bool:
    """Is the act's doer a pronoun that names no one ("celui qui la conquiert", "quiconque
    tiendra la ville devra la combattre", "whoever takes it"), the act told in a simple tense?"""
    generic = referred_words(lang).generic
    if not ix.parsed or not generic:
        return False
    if any(ix.tokens[k].dep in _AUX and ix.low(k) != "to" for k in ix.children[tok]):
        return False  # "celui qui a tiré sur la foule": someone did it
    cur = tok
    for _ in range(4):
        subjects = [k for k in ix.children[cur] if ix.tokens[k].dep in _SUBJECTS]
        clauses = [k for k in ix.children[cur] if ix.tokens[k].dep == "csubj"]
        subjects += [k for s in clauses for k in ix.children[s] if ix.tokens[k].dep in _SUBJECTS]
        if any(ix.low(k) in generic for k in subjects):
            return True  # "quiconque tiendra la ville", "whoever takes it will have to fight"
        t = ix.tokens[cur]
        if t.dep in _RELATIVE or (t.dep == "dep" and ix.low(t.head) in generic):
            return ix.low(t.head) in generic  # "celui qui la conquiert"
        if any(ix.low(k) not in _RELATIVE_WORDS for k in subjects):
            return False  # a doer of its own
        if t.dep not in _CLIMB or t.head == cur:
            return False
        cur = t.head
    return False
