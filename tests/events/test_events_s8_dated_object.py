"""A day between a verb and its object noun dates the act the noun names (session 8).

Class: "les milices, qui ont lancé le samedi 29 octobre leur propre offensive vers X, ..." --
the relative clause's verb, its day, then the event noun it governs. In long sentences the
parser may set the noun apart (a root of its own), and the day then looked like a relative
clause's describing another noun: the offensive lost its day and took the story's. The rule
reads the order of the words, whatever the parse made of the noun: verb, at most two words,
the day, at most three words (determiner, possessive, adjective), the noun, no punctuation
between. Near misses: a comma between the day and the noun, a noun far after the day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from helpers import full_pipeline, real_actor_kb

from newsift.events.past import BackgroundDates


@dataclass
class _Tok:
    start: int
    end: int
    pos: str
    head: int
    dep: str = "dep"


@dataclass
class _Doc:
    text: str


@dataclass
class _Ix:
    doc: _Doc
    tokens: list[_Tok]
    parsed: bool = True

    def ancestors(self, i: int) -> list[int]:
        out = []
        while self.tokens[i].head != i:
            i = self.tokens[i].head
            out.append(i)
        return out


@dataclass
class _Ref:
    start: int
    end: int
    head: int


@dataclass
class _Cand:
    tok: int
    extra: dict = field(default_factory=dict)


class _Reader(BackgroundDates):
    def __init__(self, ix: _Ix) -> None:
        self.ix = ix  # type: ignore[assignment]
        self.lang = "fr"

    def _verb_of(self, i: int) -> int:
        for a in [i, *self.ix.ancestors(i)]:
            if self.ix.tokens[a].pos == "VERB":
                return a
        return i


def _parse(text: str, words: list[tuple[str, str, int]]) -> _Ix:
    """Tokens of ``text`` from (word, pos, head index) triples, in order."""
    toks, pos = [], 0
    for i, (w, p, h) in enumerate(words):
        s = text.index(w, pos)
        toks.append(_Tok(s, s + len(w), p, i if h < 0 else h))
        pos = s + len(w)
    return _Ix(_Doc(text), toks)


def test_the_noun_a_misparse_set_apart_keeps_the_verbs_day() -> None:
    text = "les Hachd, qui ont lancé le samedi 29 octobre leur propre offensive vers Tal Afar"
    ix = _parse(
        text,
        [
            ("Hachd", "PROPN", 3),  # 0 -> lancé
            ("qui", "PRON", 3),
            ("ont", "AUX", 3),
            ("lancé", "VERB", 0),  # a relative clause on "Hachd"
            ("samedi", "NOUN", 3),
            ("offensive", "NOUN", -1),  # the misparse: a root of its own
        ],
    )
    ix.tokens[0].head = 0
    day = _Ref(text.index("samedi"), text.index("octobre") + len("octobre"), 4)
    assert _Reader(ix)._dated_object(day, _Cand(5))  # type: ignore[arg-type]


def test_near_misses_a_comma_or_a_far_noun_is_no_object() -> None:
    text = "les rebelles, qui ont pris la ville samedi, préparent une offensive"
    ix = _parse(
        text,
        [("rebelles", "NOUN", -1), ("pris", "VERB", 0), ("samedi", "NOUN", 1)]
        + [("offensive", "NOUN", -1)],
    )
    day = _Ref(text.index("samedi"), text.index("samedi") + 6, 2)
    assert not _Reader(ix)._dated_object(day, _Cand(3))  # type: ignore[arg-type]
    text = "les rebelles qui ont pris samedi la ville et toute la vallée annoncent une offensive"
    ix = _parse(
        text,
        [("rebelles", "NOUN", -1), ("pris", "VERB", 0), ("samedi", "NOUN", 1)]
        + [("offensive", "NOUN", -1)],
    )
    day = _Ref(text.index("samedi"), text.index("samedi") + 6, 2)
    assert not _Reader(ix)._dated_object(day, _Cand(3))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def run() -> Iterator[Callable[[str], list[dict]]]:
    pytest.importorskip("spacy")
    with real_actor_kb():
        yield full_pipeline()


@pytest.mark.parametrize(
    ("text", "sub", "day"),
    [
        (
            "Publié le 10 novembre 2016\n\nAu nord, les Peshmergas kurdes, qui ont déclenché le "
            "mardi 8 novembre leur propre assaut vers Bashiqa pour encercler la ville par l'est, "
            "continuent de progresser dans la plaine malgré les menaces d'Ankara.\n",
            "Armed clash",
            "2016-11-08",
        ),
        (
            "Publié le 10 novembre 2016\n\nÀ l'est, les Forces démocratiques syriennes, qui ont "
            "lancé le dimanche 6 novembre leur offensive vers Raqqa pour isoler la ville, "
            "poursuivent leur progression malgré les menaces d'Ankara.\n",
            "Armed clash",
            "2016-11-06",
        ),
        (
            "Posted on November 10, 2016\n\nKurdish fighters, who began on Monday an assault on "
            "Bashiqa from the east, say they now hold the grain silos.\n",
            "Armed clash",
            "2016-11-07",
        ),
        (
            "Publié le 10 novembre 2016\n\nLes rebelles, qui avaient pris Khan Touman en 2015, "
            "ont lancé mardi une offensive contre l'aéroport de Hama.\n",
            "Armed clash",
            "2016-11-08",
        ),
    ],
)
def test_a_launch_keeps_its_own_day_through_the_pipeline(run, text, sub, day) -> None:  # noqa: ANN001
    rows = [e for e in run(text) if e.get("sub_event_type") == sub]
    assert rows and rows[0].get("event_date") == day, rows
