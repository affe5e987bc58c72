"""Typing by the means used, and the reporting conditional, mixed into the extractor.

Why: ACLED types an event by how it was done. Rockets fired from helicopters are an air strike,
not shelling; any munition that releases chlorine or a coloured gas is a chemical weapon;
suicide attackers named as the means of a capture ("se sont emparés de X avec des kamikazes")
are the capture's, not a bombing of their own; a drone shot down ("a abattu un drone") is a
disrupted weapon, not a killing. French news tells hearsay in the conditional ("trois insurgés
auraient été tués, selon l'OSDH"): that is attribution (reported), not speculation, which
needs a modal or a prediction. English "would" under a speech verb ("officials said troops
would be deployed") is a future in the past: an announced plan.

The methods run on :class:`newsift.events.extract.ArticleExtractor`; the words come from the
language's trigger and modality files (cue sets ``aircraft``, ``chemical``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.events.actors import CHANGES_OF_HANDS, ref_info
from newsift.events.kinds import kind_words

if TYPE_CHECKING:
    from newsift.events.extract import Cand, SentView
    from newsift.events.index import DocIndex
    from newsift.events.resources import Lexicon, ModalityCues

FIRED = frozenset({"Shelling/artillery/missile attack"})
MUNITIONS = frozenset(
    {
        "Shelling/artillery/missile attack",
        "Air/drone strike",
        "Remote explosive/landmine/IED",
    }
)
# the sub-types in which ground changes hands, and the rule that picks one of them
TERRITORY = CHANGES_OF_HANDS | {"@territory"}
PROTESTS = frozenset({"Peaceful protest", "Protest with intervention"})
# prepositions naming the means of an act ("with suicide bombers", "avec des kamikazes")
MEANS_PREP = frozenset({"with", "avec", "using", "par"})
CONDITIONAL_FR = re.compile(r"\w{2,}(?:rait|raient)$")
SUBJ = ("nsubj", "nsubjpass", "nsubj:pass", "agent", "obl:agent", "csubj")
VERBAL = ("VERB", "AUX")


class MeansTyping:
    """Mixin: the means decides the type; the reporting conditional (module docstring)."""

    ix: DocIndex
    lex: Lexicon
    mod: ModalityCues
    lang: str

    if TYPE_CHECKING:

        def tok_cue(self, name: str, toks: list[int] | frozenset[int] | range) -> bool: ...
        def clause_cue(self, name: str, toks: frozenset[int]) -> bool: ...
        def _left(self, c: Cand, view: SentView, width: int) -> str: ...
        def _conditional_form(self, i: int, rx: object) -> bool: ...
        def _fighting(self, view: SentView) -> bool: ...
        def _subject_side(self, c: Cand, clause: frozenset[int]) -> frozenset[int]: ...

    # ------------------------------------------------------------------ typing
    def _firer(self, c: Cand) -> set[int]:
        """The subject of the trigger's verb, or of the verb a participle hangs on ("the
        helicopters fired rockets", "rockets fired by drones")."""
        ix = self.ix
        out: set[int] = set()
        for n in [c.tok, *ix.ancestors(c.tok)[:2]]:
            for ch in ix.children[n]:
                if ix.tokens[ch].dep in SUBJ:
                    out |= set(ix.subtree(ch))
            if out:
                break
        return out

    def _means_retype(self, c: Cand, view: SentView, clause: frozenset[int]) -> None:
        """Aircraft that fire make an air strike; a munition of gas makes a chemical attack."""
        ix = self.ix
        if not ix.parsed:
            return
        # (a named missile class -- cruise, ballistic -- stays a missile, whoever fired it)
        fired = c.sub in FIRED and c.trig.sub != "@violence" and c.trig.weight < 0.9
        if fired and self.tok_cue("aircraft", self._firer(c)):
            c.sub = "Air/drone strike"  # "military helicopters fired rockets into a village"
        if c.sub in MUNITIONS and "chemical" in self.lex.cue_words:
            near = frozenset(set(clause) | set(ix.subtree(c.tok)))
            near = near - self._chemical_labels(near)  # "le programme chimique syrien"
            if self.clause_cue("chemical", near) and not self._chemical_elsewhere(c):
                c.sub = "Chemical weapon"  # "barrel bombs that released a chlorine cloud"
        if c.sub in PROTESTS and self._march_on(c):
            c.sub = "Armed clash"  # "ses combattants marcheraient sur Ariha": an advance
        if (
            c.sub == "Armed clash"
            and c.trig.weight < 0.6
            and self.clause_cue("negotiated", frozenset(ix.subtree(c.tok)))
            and not self._fighting(view)
        ):
            c.sub = "Non-violent transfer of territory"  # "entered Kabul unopposed"

    def _march_on(self, c: Cand) -> bool:
        """Do armed men march on a place ("marcher sur Dabiq", "marched on Raqqa")? That is
        an advance, whatever a quotation between the verb and the place."""
        ix = self.ix
        if not self.tok_cue("march_verb", [c.tok]):
            return False
        places = {r.head for r in ix.mentions.get("place", []) if r.head is not None}
        onto = [
            ch
            for ch in ix.children[c.tok]
            if self.tok_cue("onto", [ch]) or any(self.tok_cue("onto", [g]) for g in ix.children[ch])
        ]
        if not any(set(ix.subtree(o)) & places for o in onto):
            return False
        subj = self._subject_side(c, frozenset())
        up = ix.tokens[c.tok].head
        if not subj and ix.tokens[c.tok].dep == "xcomp" and up != c.tok:
            # "les YPG s'apprêtent à marcher sur X": the subject of the verb it completes
            subj = frozenset(
                i for ch in ix.children[up] if ix.tokens[ch].dep in SUBJ for i in ix.subtree(ch)
            )
        armed = any(  # "les YPG s'apprêtent à marcher sur X": a named armed side
            r.head in subj and (info := ref_info(r)) and info.inter in (1, 2, 3, 4, 8)
            for r in ix.mentions.get("actor", [])
        )
        return armed or self.tok_cue("armed", subj) or self.tok_cue("nonstate", subj)

    def _chemical_labels(self, toks: frozenset[int]) -> frozenset[int]:
        """Gas words that only name a programme, a site or an arsenal ("un centre de recherche
        lié au programme chimique", "chemical weapons facilities") or an accusation of its own
        ("qui accuse le régime d'attaques chimiques"): the munition used is not chemical."""
        ix = self.ix
        frame = kind_words(self.lang).words.get("chem_frame", frozenset())
        out: set[int] = set()
        for i in toks:
            if not self.tok_cue("chemical", [i]):
                continue
            up = ix.ancestors(i)[:2]
            if any(ix.low(a) in frame or ix.lemma(a) in frame for a in up):
                out.add(i)
        return frozenset(out)

    def _chemical_elsewhere(self, c: Cand) -> bool:
        """Is the gas word in a clause of motive or reply ("in retaliation for the chemical
        attack")? Then the strike is not itself chemical."""
        ix = self.ix
        for i in ix.subtree(c.tok) if ix.tokens[c.tok].pos in VERBAL else ():
            if self.tok_cue("chemical", [i]):
                up = ix.ancestors(i)[:4]
                if any(self.tok_cue("motive", [a]) for a in up):
                    return True
        return False

    def _means_yields(self, here: list[Cand]) -> None:
        """Within one sentence: attackers named as the means of a capture are the capture; a
        move into a site made a base is the base; a drone or missile shot down is no killing."""
        ix = self.ix
        if not ix.parsed:
            return
        here = [c for c in here if c.dropped is None]
        for c in here:
            if self._background_noun(c):
                c.dropped = "background"  # "men suspected of kidnapping", "calls for rallies"
        here = [c for c in here if c.dropped is None]
        ground = {c.tok for c in here if c.sub in TERRITORY or c.trig.sub == "@territory"}
        if ground:
            for c in here:
                if c.sub != "Suicide bomb" or ix.tokens[c.tok].pos not in ("NOUN", "PROPN"):
                    continue
                preps = [ch for ch in ix.children[c.tok] if ix.low(ch) in MEANS_PREP]
                head = ix.tokens[c.tok].head
                if ix.low(head) in MEANS_PREP:
                    preps.append(head)
                if preps and any(g in ix.ancestors(c.tok)[:3] for g in ground):
                    c.dropped = "means"  # "ont pris la ville avec des kamikazes"
        for c in here:
            if c.sub == "Headquarters or base established" and self._existing_post(c):
                c.dropped = "existing"  # "le poste d'observation installé à X se trouve encerclé"
        if any(c.sub == "Headquarters or base established" for c in here):
            for c in here:
                if c.sub == "Armed clash" and c.trig.weight < 0.6:
                    c.dropped = "base"  # "moved into a plant and use it as a command post"
        disrupted = [c for c in here if c.sub == "Disrupted weapons use"]
        for d in disrupted:
            for c in here:
                if c.trig.sub == "@violence" and c.start < d.end and d.start < c.end:
                    c.dropped = "shot down"  # "a abattu un drone": a weapon, not a person

    def _existing_post(self, c: Cand) -> bool:
        """Is the post or base noun the subject of what happens to it ("the observation post
        set up at X is now encircled")? Then it already stood: no new base."""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].pos not in ("NOUN", "PROPN"):
            return False
        head = ix.tokens[c.tok].head
        return (
            ix.tokens[c.tok].dep in SUBJ
            and head != c.tok
            and not c.start <= ix.tokens[head].start < c.end
        )

    def _background_noun(self, c: Cand) -> bool:
        """Is the trigger a noun (or gerund) that only names what someone is suspected of
        or what someone called for ("two men suspected of child kidnapping", "after calls
        for anti-government rallies")? Then it is no event of the sentence."""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].pos not in ("NOUN", "VERB"):
            return False
        if ix.tokens[c.tok].pos == "VERB" and not ix.low(c.tok).endswith(("ing", "ant")):
            return False
        preps = MEANS_PREP | {"of", "for", "de", "à", "pour", "d'", "d’"}
        up = ix.ancestors(c.tok)[:3]
        if up and ix.low(up[0]) in preps and any(self.tok_cue("accusation", [a]) for a in up[1:]):
            return True
        # the words just before the noun phrase, whatever the parse ("calls for ... rallies")
        first = min(ix.subtree(c.tok))
        return first >= 2 and ix.low(first - 1) in preps and self.tok_cue("accusation", [first - 2])

    def _named_generic(self, c: Cand) -> None:
        """A generic noun read as actor1 and the name it introduces right after it ("la
        coalition « Jaych al-Fath »", "the alliance 'Army of Conquest'"): the name is the
        actor, not the generic noun's usual reading."""
        ref = c.actor1
        if ref is None or not ref.m.text[:1].islower() or " " in ref.m.text.strip():
            return
        text = self.ix.text
        for r in self.ix.mentions.get("actor", []):
            if r is ref or not 0 <= r.start - ref.end <= 4:
                continue
            if text(ref.end, r.start).strip(" «»\"“”'’:") == "":
                c.actor1 = r
                return

    # ------------------------------------------------------------------ modality
    def _scope(self, c: Cand, chain: list[int]) -> set[int]:
        ix = self.ix
        scope = set(chain[:4])
        for n in list(scope):
            scope.update(
                ch
                for ch in ix.children[n]
                if ix.tokens[ch].dep.startswith("aux") or ix.tokens[ch].dep == "advmod"
            )
        return scope

    def _hedged(self, c: Cand, view: SentView, scope: set[int]) -> bool:
        ix, mod = self.ix, self.mod
        for n in scope:
            low, lem = ix.low(n), ix.lemma(n)
            if low in mod.modal or lem in mod.modal or low in mod.future or lem in mod.future:
                return True
        left = self._left(c, view, 50)
        return bool(
            (mod.modal_phrases and mod.modal_phrases.search(left))
            or (mod.future_phrases and mod.future_phrases.search(left))
        )

    def _hearsay(self, c: Cand, view: SentView, chain: list[int]) -> bool:
        """A French conditional with no modal verb and no prediction ("auraient été tués",
        "aurait pris"; not the imperfect "entraient"): the journalist's conditional of
        attribution."""
        ix = self.ix
        if self.lang != "fr" or not ix.parsed or c.trig.prospective:
            return False  # "se dirigeraient vers X": a movement told only as expected
        scope = self._scope(c, chain)
        verbs = [n for n in scope if ix.tokens[n].pos in VERBAL]
        if not any(self._conditional_form(n, CONDITIONAL_FR) for n in verbs):
            return False
        return not self._hedged(c, view, scope)

    def _future_in_past(self, c: Cand, chain: list[int]) -> bool:
        """English "would" on the trigger's verb under a speech verb ("said troops would be
        deployed", "announced the offensive would begin"): an announced plan."""
        ix, mod = self.ix, self.mod
        if self.lang != "en" or not ix.parsed:
            return False
        verb = next((n for n in chain[:3] if ix.tokens[n].pos in VERBAL), None)
        if verb is None:
            return False
        auxes = [ch for ch in ix.children[verb] if ix.tokens[ch].dep.startswith("aux")]
        if not any(ix.low(a) == "would" for a in auxes):
            return False
        if any(ix.low(a) in ("have", "'ve") for a in auxes):
            return False  # "would have killed": a counterfactual
        up = ix.ancestors(verb)[:3]
        return any(ix.lemma(a) in mod.speech or ix.low(a) in mod.speech for a in up)
