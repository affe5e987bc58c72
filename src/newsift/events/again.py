"""An act done again on another day: another event (CONVENTIONS 3: one event per actors +
place + day), never a repeat of the first that the merge folds into it.

The news tells a second act by naming only the doing again, in two ways, both read here by the
extractor with one word list (``data/events/again.toml``):

* A verb of doing it again conjoined with a trigger's verb, with no object and a date of its
  own ("l'aviation avait bombardé X le 3 mars, et récidiva le 9 mars", "la même armée qui, en
  août 1925, faisait bombarder X, et qui recommençait le 2 octobre 1926") is a candidate of its
  own, completed like any trigger; its place is the repeated act's (:meth:`_repeated_clause`).
  Undated ("et récidiva peu après") it is the same event.
* A word of doing again ("again", "de nouveau", "recommençait") followed closely by a date, in
  the sentence of an act dated by its own words and after its trigger, with no act of its own
  in between, the date governed by the act's verb or a verb of doing again and not by a verb of
  saying ("struck X on Monday, and they did so again on Thursday"; not "a strike the ministry
  denied again on Thursday") is a copy of that finished act on that day (:meth:`_told_again`):
  same actors and place, its toll stays with the first.

Why in the extractor and not in the merge: both cases make candidates, which is the
extractor's work; the merge only groups what it is given and now receives the second acts as
candidates like any other, so "one event per actors + place + day" needs no exception there.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.resources import data_toml
from newsift.events.when import parse_value

if TYPE_CHECKING:
    from newsift.events.extract import Cand, SentView
    from newsift.events.index import DocIndex


@dataclasses.dataclass(frozen=True)
class AgainWords:
    verbs: frozenset[str]  # verbs of doing it again
    governing: frozenset[str]  # verbs that may govern a cue's date besides the act's own
    cue_rx: re.Pattern[str]
    gap: int


@cache
def again_words() -> AgainWords:
    conf = data_toml("again.toml").get("again", {})
    verbs = frozenset(conf.get("verbs", ()))
    cues = "|".join(f"(?:{c})" for c in conf.get("cues", ()))
    return AgainWords(
        verbs=verbs,
        governing=verbs | frozenset(conf.get("pro_verbs", ())),
        cue_rx=re.compile(cues or r"(?!)"),
        gap=int(conf.get("gap", 25)),
    )


class AgainRules:
    """Mixin of :class:`newsift.events.extract.ArticleExtractor` (see the module docstring)."""

    ix: DocIndex
    _repeat_of: dict[int, int]  # a verb of doing again -> the act it repeats

    def _repeats(self, view: SentView, cands: list[Cand]) -> list[Cand]:
        """A verb of doing it again conjoined with a trigger's verb and carrying a date of its
        own: the same act again on that day, a candidate of its own."""
        from newsift.events.extract import Cand

        ix = self.ix
        lemmas = again_words().verbs
        if not ix.parsed or not lemmas or not cands:
            return []
        taken = {c.tok for c in cands}
        dates = ix.in_sentence("date", view.si)
        out: list[Cand] = []
        for j in view.toks:
            t = ix.tokens[j]
            if j in taken or t.pos not in ("VERB", "AUX") or t.dep != "conj":
                continue
            if ix.lemma(j) not in lemmas and ix.low(j) not in lemmas:
                continue
            if any(ix.tokens[ch].dep in ("obj", "dobj") for ch in ix.children[j]):
                continue
            own = ix.subtree(j)
            if not any(r.head in own for r in dates):
                continue  # "et recommença": no day of its own, the same event
            for c in cands:
                if c.tok in own or t.head not in [c.tok, *ix.ancestors(c.tok)][:3]:
                    continue
                out.append(
                    Cand(sub=c.sub, trig=c.trig, tok=j, start=t.start, end=t.end, sent=view.si)
                )
                self._repeat_of[j] = c.tok
                break
        return out

    def _repeated_clause(self, c: Cand) -> frozenset[int]:
        """The tokens of the act a repeat candidate does again ("faisait bombarder X ..., et
        qui recommençait le 2 octobre"): its place is that act's place."""
        first = self._repeat_of.get(c.tok)
        return self.ix.subtree(first) if first is not None else frozenset()

    def _told_again(self, cands: list[Cand]) -> list[Cand]:
        """Copies of finished acts done again on a date a word of doing again announces ("and
        again on Friday"): one per sentence and day, the copy dated by its clause, its toll
        left with the first."""
        ix = self.ix
        words = again_words()
        dated = [
            c
            for c in cands
            if c.date_basis in ("clause", "sentence")
            and c.when is not None
            and c.modality in ("asserted", "reported")
            and not c.title
        ]
        out: list[Cand] = []
        done: set[tuple[int, str]] = set()
        for c in dated:
            assert c.when is not None
            told = {x.when.value for x in cands if x.sent == c.sent and x.when is not None}
            for d in ix.in_sentence("date", c.sent):
                w = parse_value(d.m.value)
                if w is None or d.start <= c.end or w.value in told or (c.sent, w.value) in done:
                    continue
                if w.start <= c.when.end and c.when.start <= w.end:
                    continue  # the same day or a span holding it: no other day
                lead = ix.folded[max(c.end, d.start - words.gap - 30) : d.start]
                cue = next(reversed(list(words.cue_rx.finditer(lead))), None)  # the last one
                if cue is None or len(lead) - cue.end() > words.gap or ";" in lead[cue.end() :]:
                    continue
                if any(x.sent == c.sent and c.end < x.start < d.start for x in cands if x is not c):
                    continue  # an act of its own between them takes the date
                if not self._governed_by_act(c, d, words.governing):
                    continue
                done.add((c.sent, w.value))
                out.append(
                    dataclasses.replace(
                        c,
                        when=w,
                        date_basis="clause",
                        fatalities=None,
                        toll_update=False,
                        assoc=list(c.assoc),
                        contested=list(c.contested),
                        ev_end=max(c.ev_end, d.end),
                    )
                )
        return out

    def _governed_by_act(self, c: Cand, d: object, verbs: frozenset[str]) -> bool:
        """Is date mention ``d`` governed by the act's own verb or a verb of doing again (not by
        a verb of saying: "jets struck X on Monday, the ministry said again on Friday")? Without
        a parse, yes."""
        ix = self.ix
        head = d.head  # type: ignore[attr-defined]
        if not ix.parsed or head is None:
            return True
        for t in [head, *ix.ancestors(head)][:6]:
            if t == c.tok:
                return True
            if ix.tokens[t].pos in ("VERB", "AUX"):
                return ix.lemma(t) in verbs
        return True
