"""One dictionary of token-key sequences for every actor alias, country word and cue phrase.

Matching walks the article tokens once, left to right, and at each position tries the longest
known sequence starting with that token's key (a dict lookup per length), so its cost grows
with the text, not with the ~27,000 aliases. Case rules are checked per token: acronyms of up
to three letters only match in upper case ("IS", not "is"), longer ones never all in lower
case ("ISIS"/"Isis" but not "isis"), mixed-case ones exactly ("LeT", "FAMa").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from newsift.entities.actor_text import Tok, arabic_alternative, tokenize
from newsift.entities.actors import load_actor_kb, load_context, load_countries

# Entry kinds, by precedence when several entries share one key sequence.
ACTOR, GENERIC, NAME, CAPITAL, SEAT, DEMONYM, ADJ, AIR_AFTER, AIR_BEFORE = range(9)

ANY, UPPER, NOT_LOWER, EXACT, CAPITAL_FIRST = range(5)


def case_rule(raw: str, weak: bool = False) -> int:
    """How strictly a token of an alias must match the text's case.

    Weak aliases written with a capital ("~the Resistance", "~Observatory") also need one in
    the text: the capital is what makes the common word a name.
    """
    letters = [c for c in raw if c.isalpha()]
    if not letters or not any(c.isupper() or c.islower() for c in letters):
        return ANY  # scripts without case
    if all(c.isupper() for c in letters):
        return UPPER if len(letters) <= 3 else NOT_LOWER
    if any(c.isupper() for c in letters[1:]):
        return EXACT
    if weak and letters[0].isupper():
        return CAPITAL_FIRST
    return ANY


def case_ok(rule: int, tok: Tok, raw: str) -> bool:
    if rule == ANY:
        return True
    if rule == UPPER:
        return tok.is_upper
    if rule == NOT_LOWER:
        return not tok.is_lower
    if rule == CAPITAL_FIRST:
        return tok.raw[:1].isupper()
    return unicodedata.normalize("NFC", tok.raw) == unicodedata.normalize("NFC", raw)


@dataclass(frozen=True, slots=True)
class Entry:
    kind: int
    value: str  # actor id (ACTOR, SEAT), generic role, or ISO2 country code
    rules: tuple[int, ...]
    raws: tuple[str, ...]
    weak: bool = False
    needs_det: bool = False


@dataclass(slots=True)
class Match:
    """A matched sequence ``tokens[i:j]`` with the entries that accept it."""

    i: int
    j: int
    start: int
    end: int
    kind: int  # the entries' kind of highest precedence
    entries: list[Entry] = field(default_factory=list)  # every accepted entry, all kinds

    def of(self, kind: int) -> list[Entry]:
        return [e for e in self.entries if e.kind == kind]

    def has(self, kind: int) -> bool:
        return any(e.kind == kind for e in self.entries)


class ActorIndex:
    """Key sequences -> entries, plus the context word sets the linker needs."""

    def __init__(self) -> None:
        ctx = load_context()
        self.determiners = frozenset(ctx["tokens"]["determiners"])
        self.elisions = frozenset(ctx["tokens"]["elisions"])
        self.seqs: dict[tuple[str, ...], list[Entry]] = {}
        self.lengths: dict[str, list[int]] = {}
        kb = load_actor_kb()
        for actor in kb.values():
            for alias in actor.aliases:
                self._add(alias.text, ACTOR, actor.id, weak=alias.weak)
        for aid, names in ctx["seats"].items():
            if aid in kb:
                for text in names:
                    self._add(text, SEAT, aid)
        for role, per_lang in ctx["generic"].items():
            if not isinstance(per_lang, dict):
                continue
            for words in per_lang.values():
                for text in words:
                    self._add(text, GENERIC, role, generic=True)
        for iso, country in load_countries().items():
            for col in ("name_en", "name_fr", "name_ru", "name_ar", "name_de", "name_es"):
                for text in country.get(col):
                    self._add(text, NAME, iso)
            for text in country.get("capital"):
                self._add(text, CAPITAL, iso)
            for col in ("demonym_en", "demonym_fr"):
                for text in country.get(col):
                    self._add(text, DEMONYM, iso)
            for text in _adjectives(country.fields):
                self._add(text, ADJ, iso)
        air = ctx["air"]
        for text in air["nouns_after_adj"]:
            self._add(text, AIR_AFTER, "")
        for text in air["nouns_before_adj"]:
            self._add(text, AIR_BEFORE, "")
        # Ground fire and missiles name the country's armed forces, not its air force.
        for text in air.get("weapons_after_adj", []):
            self._add(text, AIR_AFTER, "military")
        for text in air.get("weapons_before_adj", []):
            self._add(text, AIR_BEFORE, "military")
        self.air_modifiers = frozenset(t.key for m in air["modifiers"] for t in tokenize(m))
        for key in self.lengths:
            self.lengths[key] = sorted(set(self.lengths[key]), reverse=True)

    def _add(
        self, text: str, kind: int, value: str, weak: bool = False, generic: bool = False
    ) -> None:
        toks = tokenize(text, elisions=self.elisions)
        needs_det = False
        if len(toks) > 1 and toks[0].key in self.determiners and toks[0].raw.islower():
            toks = toks[1:]
            needs_det = generic
        if not toks:
            return
        keys = tuple(t.key for t in toks)
        if len(keys) == 1 and len(keys[0]) < 2:
            return
        entry = Entry(
            kind=kind,
            value=value,
            rules=tuple(case_rule(t.raw, weak) for t in toks),
            raws=tuple(t.raw for t in toks),
            weak=weak,
            needs_det=needs_det,
        )
        bucket = self.seqs.setdefault(keys, [])
        if entry not in bucket:
            bucket.append(entry)
        self.lengths.setdefault(keys[0], []).append(len(keys))

    def tokenize(self, text: str, start: int, end: int) -> list[Tok]:
        return tokenize(text, start, end, self.elisions)

    def match(self, toks: list[Tok], text: str) -> list[Match]:
        """Greedy longest matches, left to right, never overlapping."""
        out: list[Match] = []
        n = len(toks)
        i = 0
        while i < n:
            found = self._match_at(toks, i, text)
            if found is None:
                i += 1
                continue
            out.append(found)
            i = found.j
        return out

    def _match_at(self, toks: list[Tok], i: int, text: str) -> Match | None:
        first = toks[i].key
        keys0 = [first]
        alt = arabic_alternative(first)
        if alt and alt not in self.lengths.get(first, ()):
            keys0.append(alt)
        for k0 in keys0:
            for length in self.lengths.get(k0, ()):
                j = i + length
                if j > len(toks) or not _contiguous(toks, i, j, text):
                    continue
                seq = (k0, *(t.key for t in toks[i + 1 : j]))
                entries = self.seqs.get(seq)
                if not entries:
                    continue
                ok = [e for e in entries if self._accepts(e, toks, i)]
                if not ok:
                    continue
                kind = min(e.kind for e in ok)
                return Match(i, j, toks[i].start, toks[j - 1].end, kind, ok)
        return None

    def _accepts(self, e: Entry, toks: list[Tok], i: int) -> bool:
        for off, (rule, raw) in enumerate(zip(e.rules, e.raws, strict=True)):
            if not case_ok(rule, toks[i + off], raw):
                return False
        if e.needs_det and not (i > 0 and toks[i - 1].key in self.determiners):
            return False
        return not (len(e.rules) == 1 and e.rules[0] == UPPER and _shouting(toks, i))


def _contiguous(toks: list[Tok], i: int, j: int, text: str) -> bool:
    """Tokens i..j-1 are separated by spaces/hyphens/slashes only, never by a line break."""
    for a, b in zip(toks[i : j - 1], toks[i + 1 : j], strict=True):
        gap = text[a.end : b.start]
        if len(gap) > 3 or "\n" in gap or any(c not in " \u00a0-‐‑–/'’" for c in gap):
            return False
    return True


def _shouting(toks: list[Tok], i: int) -> bool:
    """An upper-case acronym inside an all-caps headline ("IS THIS THE END") is not one."""
    near = [t for t in toks[max(0, i - 2) : i] + toks[i + 1 : i + 3] if len(t.raw) >= 3]
    return len(near) >= 2 and sum(t.is_upper for t in near) >= 2


def _adjectives(fields: dict[str, tuple[str, ...]]) -> list[str]:
    out: list[str] = []
    out += fields.get("adj_en", ())
    for a in fields.get("adj_fr_m", ()) + fields.get("adj_fr_f", ()):
        out += [a, a if a[-1:] in "sx" else a + "s"]
    out += fields.get("adj_ru", ())
    for a in fields.get("adj_ar", ()):
        out += [a, a + "ة"]
    for a in fields.get("adj_de", ()):
        if not a.endswith("-"):
            out += [a + "e", a + "en", a + "er", a + "es"]
    for a in fields.get("adj_es_m", ()) + fields.get("adj_es_f", ()):
        out += [a, a + "s" if a[-1:] in "aeiou" else a + "es"]
    return out


@lru_cache(maxsize=1)
def actor_index() -> ActorIndex:
    """The index, built once per process (about a second)."""
    return ActorIndex()
