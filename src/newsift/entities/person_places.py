"""A KB person's name that is really (part of) a place name, told by the words around it.

Why: the actors stage links names by their letters before any place is read, and many places
of the region carry a family or a leader's name: "in al-Baghdadi" (the town, not Abu Bakr
al-Baghdadi), "Ain al-Asad air base", "lac Assad", "Tell Abyad", "Deir Hafer". Such a name is a
place when a place word opens it ("Tell", "Deir", "Ain"), a facility or place noun follows it
("air base", "dam"), or a preposition of place introduces it and no given name or title
marks a person ("near al-Baghdadi", never "à Bachar el-Assad"). Word lists:
``data/actors/context.toml`` ``[person_places]`` (with ``tokens.titles``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsift.entities.actor_text import fold
from newsift.entities.actors import load_context

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.U)
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|an|at|az)[-‑]", re.I)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(fold(w)) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class _Words:
    before: re.Pattern[str]
    after: re.Pattern[str]
    heads: frozenset[str]
    titles: frozenset[str]


@cache
def _words() -> _Words:
    ctx = load_context()
    pp = ctx["person_places"]
    return _Words(
        before=re.compile(r"(?:^|[\s(«\"'’,])(?:" + _alternation(pp["locative_before"]) + r")\s*$"),
        after=re.compile(r"^\s*(?:" + _alternation(pp["facility_after"]) + r")\b"),
        heads=frozenset(fold(w) for w in pp["place_heads"]),
        titles=frozenset(fold(w) for w in ctx["tokens"]["titles"]),
    )


def _given_name(name: str, heads: frozenset[str]) -> bool:
    """Does the name hold more than a surname ("Bachar el-Assad", "Abu Bakr al-Baghdadi")?"""
    words = _WORD.findall(name)
    if len(words) < 2:
        return False
    first = fold(words[0])
    return first not in heads and not _ARTICLE.match(words[0])


def is_place_name(text: str, start: int, end: int) -> bool:
    """Is the person's name ``text[start:end]`` a place name (see the module docstring)?"""
    w = _words()
    name = text[start:end]
    words = _WORD.findall(name)
    if not words:
        return False
    tail = text[end : end + 40]
    if re.match(r"^['’]s\b", tail):
        return False  # "Assad's forces": the man's
    if fold(words[0]) in w.heads and words[0][:1].isupper():
        return True  # "Ain al-Asad", "Deir Hafer"
    lead = text[max(0, start - 30) : start]
    prev = _WORD.findall(lead)
    if prev and fold(prev[-1]) in w.titles:
        return False  # "président Assad", "leader al-Baghdadi"
    if (
        prev
        and fold(prev[-1]) in w.heads
        and prev[-1][:1].isupper()
        and re.search(re.escape(prev[-1]) + r"[ \t-]+$", lead)
    ):
        return True  # "Tell Abyad", "Ras al-Ain": the name goes on a place word
    if w.after.match(fold(tail)):
        return True  # "Ain al-Asad air base", "Assad dam"
    if _given_name(name, w.heads):
        return False  # "à Bachar el-Assad"
    m = w.before.search(fold(lead))
    if m is None:
        return False
    prep = m.group(0).strip(" («\"'’,")
    # French "à" takes people too ("a téléphoné à Assad"): only "à al-Baghdadi" is a place
    return prep not in ("à", "a") or bool(_ARTICLE.match(words[0]))
