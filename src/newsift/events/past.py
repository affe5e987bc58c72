"""Dates of background clauses belong to those clauses, never to the sentence's main event.

"Les forces irakiennes ont repris Rutba, tombée aux mains des jihadistes en 2015", "The army
shelled Hit, a town captured by ISIS in 2014", "Iraqi forces recaptured Rutba, which ISIS had
seized in June 2014": the year dates the capture told in passing (an event of its own, dated
by it), not the recapture. A date whose path up the parse to the trigger crosses a clause that
describes a noun (relative or participial clause) or a clause in the pluperfect is another
time's (for a participle describing a noun, a month, a year or a day right after it: a day
further on is more often the parser's attachment); the main event then keeps the story's day.
Pluperfect auxiliaries and French participle endings: ``pluperfect_aux``, ``participle`` in
``data/events/dates.toml``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.resources import data_toml
from newsift.events.when import parse_value

if TYPE_CHECKING:
    from newsift.events.extract import Cand
    from newsift.events.index import DocIndex, MentionRef

_RELATIVE = frozenset({"relcl", "acl:relcl"})
# punctuation that ends a verb phrase: a date and a noun across it are not verb and object
_BREAK = re.compile(r"[,;:.()«»\"“”\[\]—–]")
# the links a trigger may hang on a dated verb by and still be told at that verb's time
# ("ont quitté X sans combattre", "entered the town after shelling it", "pushed on, taking")
_MANNER = frozenset({"advcl", "xcomp", "obl", "obl:arg", "obl:mod", "prep", "pcomp", "pobj"})


@cache
def _since_frame(lang: str) -> re.Pattern[str] | None:
    d = data_toml("dates.toml").get(lang) or {}
    return re.compile(d["since_frame"], re.IGNORECASE) if d.get("since_frame") else None


@cache
def _cues(lang: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    data = data_toml("dates.toml")
    d = data.get(lang) or data["en"]
    aux = frozenset(w.lower() for w in d.get("pluperfect_aux") or ())
    return aux, re.compile(d["participle"]) if d.get("participle") else None


class BackgroundDates:
    """Mixin of :class:`newsift.events.extract.ArticleExtractor` (see the module docstring)."""

    ix: DocIndex
    lang: str

    if TYPE_CHECKING:

        def _verb_of(self, i: int) -> int: ...  # ArticleExtractor's

    def _pluperfect_verb(self, i: int) -> bool:
        """Does token ``i`` carry a pluperfect auxiliary ("avait conquise", "had seized")?"""
        ix = self.ix
        aux = _cues(self.lang)[0]
        return any(
            ix.tokens[ch].dep.startswith("aux") and ix.low(ch) in aux for ch in ix.children[i]
        )

    def _bare_participle(self, i: int) -> bool:
        """Is token ``i`` a past participle with no auxiliary ("Rutba, tombée aux mains")?"""
        ix = self.ix
        rx = _cues(self.lang)[1]
        return (
            rx is not None
            and ix.tokens[i].pos == "VERB"
            and bool(rx.search(ix.low(i)))
            and not any(ix.tokens[ch].dep.startswith("aux") for ch in ix.children[i])
        )

    def _date_of_other_clause(self, r: MentionRef, c: Cand) -> bool:
        """Is date ``r`` told in a describing or pluperfect clause that the trigger of ``c`` is
        not part of ("Rutba, tombée aux mains des jihadistes en 2015")?"""
        ix = self.ix
        if self._since_frame_date(r, c):
            return True  # "la plus lourde perte depuis son entrée en Syrie en 2016"
        if not ix.parsed or r.head is None:
            return False
        if self._dated_object(r, c):
            return False  # "qui ont lancé le samedi 29 octobre leur offensive": its own day
        trigger_side = {c.tok, *ix.ancestors(c.tok)}
        value = parse_value(r.m.value)
        long_ago = value is not None and value.precision >= 3
        first = r.toks[0] if r.toks else r.head
        for a in [r.head, *ix.ancestors(r.head)]:
            if a in trigger_side:
                return False
            t = ix.tokens[a]
            if self._colon_between(a, r, c):
                return False  # "Ce qu'on ne peut discuter, c'est la suite : dans la nuit du
                # 6 au 7 avril, 59 missiles ...": a parse across the colon, not the act's clause
            if t.dep in _RELATIVE and t.head != c.tok:
                return True  # describes another noun ("the attack that hit ..." is its own)
            if t.dep == "acl" and t.head != c.tok and (long_ago or 0 < first - a <= 3):
                # "a town captured by ISIS in 2014", "l'accord conclu jeudi"; a day far from the
                # participle is more often the parser's attachment ("struck vehicles used by
                # the attackers in the mountains ... on Friday night")
                return True
            if t.pos in ("VERB", "AUX") and self._pluperfect_verb(a):
                return True
            if t.dep == "advcl" and a > c.tok and self._bare_participle(a):
                return True  # after the event, not "Lancée le 18 février, l'offensive a ..."
        return False

    def _dated_object(self, r: MentionRef, c: Cand) -> bool:
        """Is the trigger a noun right after date ``r``, the date right after its verb ("qui
        ont lancé le samedi 29 octobre leur propre offensive", "which launched on Friday its
        assault")? The act is that verb's object, dated by it, whatever the parse made of
        the noun (a long sentence's parse may set it apart as a root of its own)."""
        ix = self.ix
        trig = ix.tokens[c.tok]
        if trig.pos != "NOUN" or trig.start < r.end or r.head is None:
            return False
        text = ix.doc.text
        gap = text[r.end : trig.start]
        verb = self._verb_of(r.head)
        if verb == r.head or ix.tokens[verb].end > r.start:
            return False
        lead = text[ix.tokens[verb].end : r.start]
        return (
            len(gap.split()) <= 3
            and not _BREAK.search(gap)
            and len(lead.split()) <= 2
            and not _BREAK.search(lead)
        )

    def _since_frame_date(self, r: MentionRef, c: Cand) -> bool:
        """Is date ``r`` the time of a noun phrase opened by "depuis"/"since" ("depuis son
        entrée en Syrie en 2016", "since the start of the war in 2011") that the trigger of
        ``c`` is not part of? It bounds a comparison or a state, it dates no act of the
        sentence but the one told inside it ("since the latter captured X in 2015")."""
        rx = _since_frame(self.lang)
        if rx is None:
            return False
        si = self.ix.sentence_at(r.start)
        lo = max(self.ix.sentences[si].start if si is not None else 0, r.start - 80)
        m = rx.search(self.ix.doc.text[lo : r.start])
        return m is not None and not lo + m.start() <= c.start < r.start

    def _colon_between(self, a: int, r: MentionRef, c: Cand) -> bool:
        """Is there a colon after token ``a`` and before both date ``r`` and the trigger of
        ``c``? What follows a colon is a clause of its own; an attachment of the date to a
        word before it is the parser's."""
        text = self.ix.doc.text
        end = self.ix.tokens[a].end
        lo = min(r.start, c.start)
        return end <= lo and ":" in text[end:lo]

    def _fronted_for_conjuncts(self, r: MentionRef, verb: int) -> bool:
        """Is date ``r`` told before two coordinated verbs, one of them ``verb`` ("On Monday,
        government forces pushed on and recaptured the town")? It dates both."""
        ix = self.ix
        if not ix.parsed or r.head is None:
            return False
        other = self._verb_of(r.head)
        t = ix.tokens[verb]
        linked = (t.dep == "conj" and t.head == other) or (
            ix.tokens[other].dep == "conj" and ix.tokens[other].head == verb
        )
        return linked and r.end <= min(ix.tokens[verb].start, ix.tokens[other].start)

    def _dated_governor(self, r: MentionRef, c: Cand) -> bool:
        """Is date ``r`` on a verb that governs the trigger of ``c`` through adverbial links
        only ("Mardi, les peshmergas ont quitté Sinjar sans combattre", "On Friday the army
        entered the town after shelling it for hours")? The governing act's day is the
        trigger's too; a describing clause, a reported speech or a pluperfect on the way is
        another time's ("retook X on Monday, which ISIS had seized")."""
        ix = self.ix
        if not ix.parsed or r.head is None:
            return False
        verb = self._verb_of(r.head)
        if verb == c.tok or verb not in ix.ancestors(c.tok):
            return False
        if ix.lemma(verb) in self.mod.speech:  # type: ignore[attr-defined]
            return False  # "a annoncé mardi avoir repris": the statement's day
        si = ix.sentence_at(r.start)
        days = [
            o
            for o in (ix.in_sentence("date", si) if si is not None else [])
            if o.head is not None and self._verb_of(o.head) == verb
        ]
        if len(days) > 1:
            return False  # "on Saturday and Sunday": the governing act's span, merged with it
        i = c.tok
        while i != verb:
            t = ix.tokens[i]
            if ix.tokens[i].pos in ("VERB", "AUX") and self._pluperfect_verb(i):
                return False
            if t.dep not in _MANNER and not (i == c.tok and t.pos in ("NOUN", "PROPN")):
                return False
            if t.head == i:
                return False
            i = t.head
        return True
