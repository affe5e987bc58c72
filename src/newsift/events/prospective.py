"""Announced, conjectured and denied events: rules mixed into the article extractor.

An event the text announces ("l'armée compte porter l'offensive vers Idleb", "the next target
will be Tal Afar") or only conjectures ("la ville pourrait être reprise", "are expected to be
liberated within days") is written with modality ``planned`` or ``speculative``, at the place
it targets, with the type it would have, and with no date: not the day of the announcement, a
deadline ("d'ici au 10 octobre", "within days"), the previous sentence's day, the publication
date, nor even a day the text gives the act to come ("entrera jeudi": it has not happened).

A denial ("Moscou a démenti avoir largué des bombes sur Arbine") is the event with modality
``denied`` and the denier as claimant; the day the denial was made is not the event's. A
denial of an event already told (just before, or anywhere in the article at the place it
names: "Damas et Moscou ont démenti toute attaque", "denied any strike in al-Shafah on
Friday") adds no row: the earlier row keeps its modality and records who contests it (tag
``contested by: X``). A negated presence ("no Russian servicemen were in the area") is the
fight told before, denied for that actor.

:class:`ProspectiveRules` is a mixin of :class:`newsift.events.extract.ArticleExtractor`; it
uses the extractor's parse index (``ix``), lexicon (``lex``) and modality cues (``mod``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from newsift.events import plans
from newsift.events.actors import CHANGES_OF_HANDS, ActorInfo, ref_info
from newsift.events.index import DocIndex, MentionRef
from newsift.events.resources import Trigger, data_toml, fold, same_place, schema
from newsift.events.when import When, parse_value, weaker

if TYPE_CHECKING:
    from newsift.events.extract import Cand, SentView

HYPOTHETICAL = frozenset({"planned", "speculative"})
_REMOTE = "Explosions/Remote violence"
# what an announced operation becomes when the article's latest change of ground was a
# hand-over ("the next areas concerned would be X and Y"), else an offensive on the target
_HANDOVER = "Non-violent transfer of territory"
_TAKEOVER = "Non-state actor overtakes territory"
_GROUND = CHANGES_OF_HANDS | {"Armed clash"}
_SUBJ = frozenset({"nsubj", "csubj", "expl:subj", "nsubj:outer"})
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_OBJ = frozenset({"obj", "dobj"})
_VERBAL = frozenset({"VERB", "AUX"})
# what a threat with no means of its own repeats ("pourrait ensuite viser X" after rockets)
_THREAT_KINDS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"})
# verbs of holding people: their passive participle tells a state ("sont détenus", "held")
_HOLDING = frozenset({"détenir", "retenir", "séquestrer", "hold", "detain"})
_PASSIVE_AUX = frozenset({"aux:pass", "auxpass"})
_ARGS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj"})
_PERFECT_AUX = frozenset({"have", "avoir"})
_PURPOSE = frozenset({"pour", "afin", "to", "in order"})
_CLAUSE_EDGES = frozenset({"ccomp", "advcl", "xcomp", "parataxis", "conj", "csubj", "acl"})
# how the denied or accused act hangs below the verb of denial or accusation ("a démenti avoir
# pris part", "denied carrying out", "accuse X of executing", "accusé X d'avoir enlevé")
_COMPLEMENT = frozenset({"xcomp", "ccomp", "pcomp", "acl", "advcl", "obl", "obl:arg", "prep"})
# modal verbs of a guess ("Raqqa pourrait être la prochaine cible", "could be the next target")
_GUESS = frozenset({"pouvoir", "may", "might", "could", "can"})
_GUESS_WORDS = re.compile(r"\b(?:pourr\w+|could|may|might)\b")
# a "next target" ("la prochaine cible des kamikazes", "the next target of the bombers")
_NEXT_TARGET = re.compile(r"\b(?:prochaine?s? (?:cible|objectif)|next (?:target|objective))")
_TARGET_NOUNS = frozenset({"cible", "objectif", "target", "objective"})
_CONDITIONAL = re.compile(r"\w{2,}(?:rait|raient)$")
# a renewed act ("frapper à nouveau", "strike again")
# a condition between a renewed threat and a place ("… si Damas récidive", "if Damascus …")
_CONDITION = re.compile(r"(?:^|[^\w'])(?:si|s'il|s'ils|if|unless|à moins)(?!\w)")
# an aside between a town and the verb it is the subject of: "X, sur la route de Y, pourrait"
_ASIDE = re.compile(r"\s*,[^,;.:()«»\"]{2,90},\s*$")
_AGAIN = re.compile(r"\s*(?:again\b|à nouveau\b|de nouveau\b|encore\b)")
# where the victims of a killing stand below its verb or noun
_VICTIM = frozenset({"obj", "dobj", "nmod", "prep", "obl", "obl:arg"})
# "after" / "après" hanging an act the author tells on a speech verb
_AFTER = frozenset({"after", "après", "apres"})
# how an event got its date when the text gives it none of its own
_UNDATED_BASIS = frozenset({"published", "none", "inherited"})
# indicative auxiliaries of an act told as done, and French simple-past endings
_PAST_AUX = frozenset(
    {"a", "ont", "avait", "avaient", "eut", "eurent", "est", "sont", "était", "étaient", "fut",
     "furent", "had", "has", "have", "was", "were"}
)  # fmt: skip
_PAST_SIMPLE = re.compile(r"\w(?:èrent|irent|urent|ât|ît|ût)$|\w\w(?:ed)$")
# a hearsay word of the attribution cues ("aurait", "reportedly"): it needs the event's clause
_HEARSAY_WORD = re.compile(r"(?:aurait|auraient|reportedly|allegedly|purportedly)")
# the source's own description after a closing attribution ("d'après l'OSDH, une ONG ...")
_APPOSED_SOURCE = re.compile(r"\s*(?:une?\b|l['’]|la\b|le\b|les\b|an?\b|the\b|qui\b|which\b|who\b)")
# a relative pronoun opening a clause after the event
_RELATIVE = re.compile(
    r"(?<![\w'’])(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles|which|that|whose|where)(?!\w)"
)


@cache
def _words(lang: str, key: str) -> frozenset[str]:
    """One word list of ``data/events/modality.toml`` (``accuse``, ``captive``) for ``lang``."""
    d = data_toml("modality.toml").get(lang) or {}
    return frozenset(fold(w) for w in d.get(key) or [])


@cache
def _debunk_rx(words: frozenset[str]) -> re.Pattern[str]:
    """Whole-word pattern of a fact-check's verdict words ("faux", "intox", "fake")."""
    alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alt})(?!\w)")


def _verbs_among(ix: DocIndex, view: SentView, words: frozenset[str] | set[str]) -> list[int]:
    """The sentence's verbs (or verbal tags) whose lemma or form is one of ``words``: where the
    untriggered readings (a denied strike, a guessed reach, a threatened strike) start."""
    return [
        v for v in view.toks if ix.tokens[v].pos in _VERBAL and {ix.lemma(v), ix.low(v)} & words
    ]


def _same_place(x: Cand, c: Cand) -> bool:
    """Are two candidates placed at the same place (both placed)?"""
    if x.place is None or c.place is None:
        return False
    return same_place(x.place.ref.m, c.place.ref.m)


class ProspectiveRules:
    """Rules for planned, speculative and denied events (see the module docstring)."""

    # ------------------------------------------------------------------ clause
    def _modal_clause(
        self, c: Cand, view: SentView, head: int, clause: frozenset[int]
    ) -> tuple[int, frozenset[int]]:
        """A modal or planning verb and the complement it governs are one clause ("la ville
        pourrait être reprise", "l'armée compte reprendre X", "commanders expect to complete
        the recapture"): the subject and places of the modal's clause are the event's."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            return head, clause
        if c.trig.prospective:
            # "pousser vers l'est pour desserrer l'étau autour de X": the purpose names the
            # target of the move
            for ch in ix.children[head]:
                if ix.tokens[ch].dep == "advcl" and any(
                    ix.low(m) in _PURPOSE for m in ix.children[ch] if ix.tokens[m].dep == "mark"
                ):
                    clause = clause | ix.subtree(ch)
        for _ in range(3):
            t = ix.tokens[head]
            if t.dep != "xcomp" or t.head == head or not self._modal_verb(t.head):
                break
            head, up = self.clause(t.head, view)  # type: ignore[attr-defined]
            clause = clause | up
        return head, clause

    def _under_modal(self, c: Cand) -> bool:
        """Is the trigger the complement of a modal or planning verb ("expect to complete the
        recapture", "compte porter l'offensive")? Then a definite event noun names the event
        to come, not one told before."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            return False
        for a in [c.tok, *ix.ancestors(c.tok)][:4]:
            t = ix.tokens[a]
            if t.dep == "xcomp" and t.head != a and self._modal_verb(t.head):
                return True
        return False

    def _modal_verb(self, i: int) -> bool:
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        if ix.tokens[i].pos not in _VERBAL:
            return False
        words = {ix.lemma(i), ix.low(i)}
        return bool(words & (mod.modal | mod.plan | mod.future))

    # ------------------------------------------------------------------ modality
    def _plan_chain(self, chain: list[int]) -> list[int]:
        """The part of the trigger's ancestor chain a planning or preventing verb may govern:
        not above a step where the trigger's phrase is the subject of a verb with an object of
        its own ("l'accord prévoit le transfert": the deal is made, the transfer is planned;
        "l'accord éloigne la perspective d'une offensive": the deal stands)."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            return chain
        for k in range(1, len(chain)):
            below, verb = ix.tokens[chain[k - 1]], chain[k]
            if below.dep in _SUBJ and any(
                ix.tokens[ch].dep in _OBJ and ix.tokens[ch].pos in ("NOUN", "PROPN")
                for ch in ix.children[verb]
            ):
                return chain[:k]
        return chain

    def _plan_modifiers(self, chain: list[int]) -> set[str]:
        """Words modifying the nouns above a nominal trigger ("the imminent launch of an
        operation", "le lancement prochain d'une opération"): a plan may sit there."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            return set()
        out: set[str] = set()
        for n in chain[1:5]:
            if ix.tokens[n].pos == "ADP":
                continue  # "the launch of an operation"
            if ix.tokens[n].pos not in ("NOUN", "PROPN"):
                break
            for ch in ix.children[n]:
                if ix.tokens[ch].dep in ("amod", "advmod"):
                    out |= {ix.low(ch), ix.lemma(ch)}
        return out

    def _called_for(self, c: Cand, chain: list[int]) -> bool:
        """Is the trigger a move someone calls for or announces, not one told as done? "Le
        Hachd a appelé ses partisans à un rassemblement devant l'ambassade", "urged supporters
        to rally", "called for protests" (a protest called for: ``call`` verbs); "l'armée a
        annoncé une contre-offensive pour reprendre X", "announced an offensive" (an operation
        noun, not its launch, or a protest: ``announce`` verbs). The move hangs on the verb
        directly or through one preposition; it is planned (CONVENTIONS §6), so undated."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed or len(chain) < 2:
            return False
        verb = chain[self._hung_on(chain)]
        if ix.tokens[verb].pos not in _VERBAL:
            return False
        if any(ix.low(ch) in ("off", "annuler") for ch in ix.children[verb]):
            return False  # "called off the march"
        words = {ix.lemma(verb), ix.low(verb)}
        protest = c.sub == "@protest"
        if protest and words & _words(self.lang, "call"):  # type: ignore[attr-defined]
            return True
        if not words & _words(self.lang, "announce"):  # type: ignore[attr-defined]
            return False
        if protest:
            return True
        return ix.tokens[c.tok].pos not in _VERBAL and self._operation_noun(c)

    def _hung_on(self, chain: list[int]) -> int:
        """The index in ``chain`` (the trigger and its heads) of the word the trigger hangs
        on, directly or through one preposition ("called for a rally": "called")."""
        ix = self.ix  # type: ignore[attr-defined]
        return 2 if len(chain) > 2 and ix.tokens[chain[1]].pos == "ADP" else 1

    def _operation_noun(self, c: Cand) -> bool:
        """Does the trigger name a military operation ("offensive", "opération de ratissage",
        "counter-offensive", which the English parser splits and may tag ADJ)?"""
        ix = self.ix  # type: ignore[attr-defined]
        ops = _words(self.lang, "operation")  # type: ignore[attr-defined]
        toks = {c.tok, *ix.trigger_tokens(c)}
        return any({ix.lemma(i), ix.low(i)} & ops for i in toks)

    def _no_act(self, c: Cand, chain: list[int]) -> str | None:
        """Why the trigger tells no act, if it does not: its verb's subject is a negative
        pronoun ("Rien ne semble pouvoir arrêter la spirale", "nothing can stop it"); it is
        caused, in the conditional, by a hypothetical subject ("toute riposte entraînerait
        des frappes sur X", "any attack would bring strikes on X"); or it is the act a
        promised or guessed answer answers ("ont promis de répondre aux frappes")."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        if not ix.parsed:
            return None
        nobody = _words(self.lang, "nobody")  # type: ignore[attr-defined]
        n = c.tok
        while ix.tokens[n].pos in _VERBAL:
            if any(ix.tokens[ch].dep in _SUBJ and ix.low(ch) in nobody for ch in ix.children[n]):
                return "negated"
            if ix.tokens[n].dep != "xcomp" or ix.tokens[n].head == n:
                break
            n = ix.tokens[n].head  # "rien ne semble | pouvoir | arrêter"
        head = chain[1] if len(chain) > 1 else c.tok
        if (
            ix.tokens[c.tok].pos not in _VERBAL
            and ix.tokens[c.tok].dep in _OBJ
            and self._hypothetical_cause(head)
        ):
            return "hypothetical"
        state = self._captive_state(c) or self._relief_entry(c)
        if state:
            return state
        answer = _words(self.lang, "respond")  # type: ignore[attr-defined]
        k = self._hung_on(chain)
        if len(chain) > k and {ix.lemma(chain[k]), ix.low(chain[k])} & answer:
            above = chain[k + 1 : k + 4]
            if any(
                ix.lemma(a) in mod.plan or ix.low(a) in mod.plan or self._modal_verb(a)
                for a in [chain[k], *above]
            ):
                return "answered"
        return None

    def _relief_entry(self, c: Cand) -> str | None:
        """Is the trigger a verb of entering whose subject is aid ("un convoi d'aide humanitaire
        est entré à X", "a Red Crescent aid convoy entered X")? Relief brought to a town is
        no fight for it."""
        ix = self.ix  # type: ignore[attr-defined]
        relief = _words(self.lang, "relief")  # type: ignore[attr-defined]
        entry = _words(self.lang, "entry")  # type: ignore[attr-defined]
        if not relief or ix.tokens[c.tok].pos not in _VERBAL:
            return None
        if ix.lemma(c.tok) not in entry and ix.low(c.tok) not in entry:
            return None
        for ch in ix.children[c.tok]:
            if ix.tokens[ch].dep in _SUBJ and any(ix.low(k) in relief for k in ix.subtree(ch)):
                return "relief"
        return None

    def _captive_state(self, c: Cand) -> str | None:
        """Does the trigger tell what became of people taken before rather than their taking?
        A captive noun subject of a verb of ``aftermath`` ("les otages sont rentrés", "the
        hostages were released") unless its own words date its taking ("otages capturés en
        février"); a participle of holding governed by such a verb ("restent détenus") or
        in a question governed by a predicate of ``unknown`` ("on ignore où ils sont
        détenus", "it is unknown where they are being held")."""
        ix = self.ix  # type: ignore[attr-defined]
        after = _words(self.lang, "aftermath")  # type: ignore[attr-defined]
        unknown = _words(self.lang, "unknown")  # type: ignore[attr-defined]
        captive = _words(self.lang, "captive")  # type: ignore[attr-defined]
        if not after or not captive:
            return None
        t = ix.tokens[c.tok]
        if t.pos in _VERBAL and ix.lemma(c.tok) in after:
            # "les deux otages ont été libérés mercredi": freed people, not a town taken back
            kids = [ch for ch in ix.children[c.tok] if ix.tokens[ch].dep in _ARGS]
            if any(ix.low(k) in captive or ix.lemma(k) in captive for k in kids):
                return "aftermath"
            return None
        if t.pos in _VERBAL:
            if ix.lemma(c.tok) not in _HOLDING and ix.low(c.tok) not in captive:
                return None
            h = t.head
            if t.dep == "xcomp" and ix.lemma(h) in after:
                return "aftermath"  # "quatre autres restent détenus"
            passive = any(ix.tokens[ch].dep in _PASSIVE_AUX for ch in ix.children[c.tok])
            if (
                t.dep == "ccomp"
                and passive
                and (
                    ix.lemma(h) in unknown
                    or any(ix.lemma(ch) in unknown for ch in ix.children[h] if ch != c.tok)
                )
            ):
                return "unknown"  # "on ignore où ils sont détenus"
            return None
        if ix.low(c.tok) not in captive and ix.lemma(c.tok) not in captive:
            return None
        if any(ix.tokens[ch].dep.startswith("acl") for ch in ix.children[c.tok]):
            return None  # "les otages capturés en février": their taking is told here
        n = c.tok
        for _ in range(3):
            tn = ix.tokens[n]
            if tn.head == n:
                return None
            if ix.tokens[tn.head].pos in _VERBAL:
                subj = tn.dep in _SUBJ or tn.dep in ("nsubj:pass", "nsubjpass")
                return "aftermath" if subj and ix.lemma(tn.head) in after else None
            if tn.dep not in ("nmod", "nummod", "appos"):
                return None
            n = tn.head  # "deux des otages": the number heads the subject
        return None

    def _hypothetical_cause(self, verb: int) -> bool:
        """Is ``verb`` in the conditional ("entraînerait", "would bring") with a subject under
        a determiner of any ("toute riposte", "any attack")?"""
        from newsift.events.extract import _CONDITIONAL_FR

        ix = self.ix  # type: ignore[attr-defined]
        if ix.tokens[verb].pos not in _VERBAL:
            return False
        auxes = [ch for ch in ix.children[verb] if ix.tokens[ch].dep.startswith("aux")]
        if self.lang == "fr":  # type: ignore[attr-defined]
            cond = any(self._conditional_form(w, _CONDITIONAL_FR) for w in [verb, *auxes])
        else:
            cond = any(ix.low(a) in ("would", "'d") for a in auxes)
        if not cond:
            return False
        hypo = _words(self.lang, "hypothetical")  # type: ignore[attr-defined]
        return any(
            ix.tokens[ch].dep in _SUBJ
            and any(ix.tokens[d].dep == "det" and ix.low(d) in hypo for d in ix.children[ch])
            for ch in ix.children[verb]
        )

    def _planned_operation(self, c: Cand) -> bool:
        """Is the candidate a planned military operation named by its noun ("une opération de
        ratissage", "a counter-offensive")? CONVENTIONS §6 types it ``Armed clash`` whatever
        a typer reads in the words around it."""
        return c.modality == "planned" and self._operation_noun(c)

    def _conditional_form(self, i: int, rx: object) -> bool:
        """Is token ``i`` a French conditional ("reprendrait", "serait") rather than an
        imperfect whose stem ends in r ("entraient", "tiraient", "ouvrait")?"""
        ix = self.ix  # type: ignore[attr-defined]
        low = ix.low(i)
        if not rx.match(low):  # type: ignore[attr-defined]
            return False
        lemma = ix.lemma(i)
        if lemma.endswith(("rer", "rir")) and len(lemma) > 4:
            # conditional: the infinitive is the stem ("entrerait", "ouvrirait", "mourrait")
            return low.startswith(lemma) or low.startswith(lemma[:-2] + "r")
        return True

    def _denier(self, chain: list[int], view: SentView) -> str | None:
        """The subject of the denial verb above the trigger ("Moscou a démenti ...")."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        if not ix.parsed:
            return None
        names = [*ix.in_sentence("actor", view.si), *ix.in_sentence("person", view.si)]
        for n in chain[1:]:
            if ix.lemma(n) not in mod.deny and ix.low(n) not in mod.deny:
                continue
            for ch in ix.children[n]:
                if ix.tokens[ch].dep not in _SUBJ:
                    continue
                sub = ix.subtree(ch)
                for r in names:
                    if r.head in sub:
                        return r.m.name
            return None
        return None

    # ------------------------------------------------------------------ triggers
    def _not_prospective(self, c: Cand, view: SentView) -> bool:
        """A trigger that only names an announced operation ("se tourner vers", "étendre
        l'opération à", "the next target") is no event when the text states it as done, nor
        when it targets only whole countries ("operations in Syria")."""
        if not c.trig.prospective:
            return False
        if c.sub == "@next" and c.modality in ("asserted", "reported") and not self._perfect(c):
            c.modality = "planned"  # "the next target, commanders say, is X": a plan told
        if c.sub == "@next" and c.modality == "planned" and self._guessed(c):
            c.modality = "speculative"  # "Raqqa pourrait être la prochaine cible": a guess
        if c.sub == "@next" and c.modality == "speculative" and not self._estimated(c):
            c.modality = "planned"  # "a répété que la prochaine cible serait X": told plan
        if c.modality not in HYPOTHETICAL or self._perfect(c):
            return True  # "aurait supervisé les opérations": a conjecture about the past
        places = self.ix.in_sentence("place", view.si)  # type: ignore[attr-defined]
        level = self._level  # type: ignore[attr-defined]
        return bool(places) and all(level(r) == 2 for r in places)

    def _estimated(self, c: Cand) -> bool:
        """Is a "next target" held only possible or expected ("pourrait être", "analysts
        expect X to be the next target", "il n'est pas exclu que")? A bare conditional ("le
        ministre a répété que la prochaine cible serait X") reports the plan: no guess."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        if self._guessed(c):
            return True
        near = [c.tok, *ix.ancestors(c.tok)[:4]] if ix.parsed else []
        if any(ix.lemma(n) in mod.modal or ix.low(n) in mod.modal for n in near):
            return True
        left = self._left(c, self.views[c.sent], 60)  # type: ignore[attr-defined]
        return bool(mod.modal_phrases and mod.modal_phrases.search(left))

    def _guessed(self, c: Cand) -> bool:
        """Is a "next target" under a modal verb of possibility ("Raqqa pourrait être la
        prochaine cible", "Idlib could be the next target")? That is a guess (speculative), not
        an announced move."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            left = self._left(c, self.views[c.sent], 40)  # type: ignore[attr-defined]
            return bool(_GUESS_WORDS.search(left))
        near = [c.tok, *ix.ancestors(c.tok)[:2]]
        for n in near:
            for k in [n, *ix.children[n]]:
                if k != n and ix.tokens[k].dep not in ("aux", "aux:tense", "aux:pass", "cop"):
                    continue
                if ix.lemma(k) in _GUESS or ix.low(k) in _GUESS:
                    return True
        return False

    # ------------------------------------------------------------------ accused and own acts
    def _accused_act(self, c: Cand) -> int | None:
        """The verb of accusation whose complement is the trigger ("Rights groups accuse some
        units of executing prisoners", "SANA a accusé les forces kurdes d'avoir enlevé ..."),
        else None. The act is told as claimed; the accusation's day is not its day."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            return None
        words = _words(self.lang, "accuse")  # type: ignore[attr-defined]
        if not words:
            return None
        for a in ix.ancestors(c.tok)[:4]:
            if ix.low(a) in words or ix.lemma(a) in words:
                return a if ix.tokens[a].pos in _VERBAL else None
            if ix.tokens[a].pos in _VERBAL and ix.tokens[a].dep in ("ROOT", "root"):
                return None
        return None

    def _own_denied_act(self, c: Cand) -> bool:
        """Does the denier deny an act of its own, told with no subject of its own under the
        denial ("Jaych al-Islam a démenti avoir pris part à l'offensive", "the group denied
        carrying out the attack")? Then it is a denied event of the denier's side, not the
        contest of an event told before by another side."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        if c.modality != "denied" or not ix.parsed:
            return False
        part = self._part_denied(c)
        if part is not None and ix.tokens[part].pos in ("NOUN", "PROPN"):
            up = ix.tokens[part].head
            if {ix.lemma(up), ix.low(up)} & mod.deny:
                return True  # "a démenti toute implication dans l'attentat": its own part
        k = c.tok
        for a in ix.ancestors(c.tok)[:4]:
            t = ix.tokens[a]
            if (
                a != c.tok
                and t.pos in _VERBAL
                and a != k
                and any(ix.tokens[ch].dep in _SUBJ for ch in ix.children[a])
                and not (ix.lemma(a) in mod.deny or ix.low(a) in mod.deny)
            ):
                return False  # "denied that its jets struck": a clause with its own subject
            if ix.lemma(a) in mod.deny or ix.low(a) in mod.deny:
                return ix.tokens[k].dep in _COMPLEMENT and any(
                    ix.tokens[ch].dep in _SUBJ for ch in ix.children[a]
                )
            k = a
        return False

    def _new_denied_act(self, x: Cand, c: Cand) -> bool:
        """Does the denial tell an act of its own, a complement clause with its own subject and
        a target it introduces ("a nié que ses avions aient frappé des quartiers résidentiels",
        "denied that guards shot a woman"), while the earlier event ``x`` has no known doer?
        Nothing makes them one act then (same side, same target): the denial is a denied
        event of its own. A definite target ("que ses avions aient frappé le village", "the
        convoy") or none but the place ("aient frappé Ramadi") points back to the act told."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        if x.actor1 is not None or c.modality != "denied" or not ix.parsed:
            return False
        if mod.definite is None:
            return False
        verb = self._clause_below_denial(c)
        if verb is None:
            return False
        acts = _words(self.lang, "generic_act")  # "mené la moindre frappe": the act, no target
        new = False
        for ch in ix.children[verb]:
            t = ix.tokens[ch]
            if ch == c.tok or t.pos != "NOUN" or t.dep not in _OBJ | {"obl", "obl:arg"}:
                continue
            if ix.low(ch) in acts or ix.lemma(ch) in acts:
                continue
            lo = min(ix.subtree(ch))
            before = ix.folded[max(0, ix.tokens[lo].start - 1) : t.start]
            if mod.definite.search(" " + before):
                return False  # "aient frappé le village": the village told before
            new = True
        return new

    def _clause_below_denial(self, c: Cand) -> int | None:
        """The verb of the denied act's clause when it has a subject of its own (a noun, not
        the denier's pronoun) and hangs below a verb of denial ("a nié que ses avions aient
        frappé", "denied that its jets struck"), else None (an infinitive "a nié avoir
        frappé" or a noun "a démenti toute frappe" is the denier's own act or a blanket)."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        chain = [c.tok, *ix.ancestors(c.tok)[:3]]
        for k, a in enumerate(chain):
            if {ix.lemma(a), ix.low(a)} & mod.deny:
                return None
            if ix.tokens[a].pos not in _VERBAL:
                continue
            subj = [ch for ch in ix.children[a] if ix.tokens[ch].dep in _SUBJ | {"nsubj:pass"}]
            if not subj or ix.tokens[subj[0]].pos not in ("NOUN", "PROPN"):
                return None
            above = chain[k + 1 : k + 3]
            if any({ix.lemma(u), ix.low(u)} & mod.deny for u in above):
                return a
            return None
        return None

    def _part_denied(self, c: Cand) -> int | None:
        """The participation word the denied trigger hangs on ("a démenti que des soldats
        américains aient pris part aux combats", "toute implication dans l'attentat", "denied
        any role in the attack"), below the denial, else None. Such a denial is about the
        named side's part in that act: a denied event of its own, not a contest."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        words = _words(self.lang, "part")  # type: ignore[attr-defined]
        if c.modality != "denied" or not ix.parsed or not words:
            return None
        for a in ix.ancestors(c.tok)[:3]:
            if {ix.lemma(a), ix.low(a)} & mod.deny:
                return None
            if ix.low(a) in words or ix.lemma(a) in words:
                return a
            if ix.tokens[a].pos in _VERBAL and any(
                ix.low(ch) in words and ix.tokens[ch].dep in _OBJ for ch in ix.children[a]
            ):
                return a  # "pris part aux combats": the verb with its object "part"
        return None

    def _misread_denial(self, c: Cand) -> bool:
        """ "Le Hachd dément avoir incendié des maisons", "le PKK nie avoir installé une base":
        the parser may take the present "dément" / "nie" for an adverb or a noun hanging on the
        denied verb; a denial word just before that verb, below it, is still the denial."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        if not ix.parsed:
            return False
        verb = c.tok if ix.tokens[c.tok].pos in _VERBAL else self._verb_of(c.tok)  # type: ignore[attr-defined]
        # on the verb, or on its subject ("Le Hachd dément/advmod(Hachd) avoir incendié")
        near = [verb, *(ch for ch in ix.children[verb] if ix.tokens[ch].dep in _SUBJ)]
        return any(
            ch < verb
            and ix.tokens[ch].pos not in _VERBAL
            and ix.tokens[ch].dep in ("advmod", "amod", "nmod", "obl", "dep", "nsubj", "obj")
            and (ix.low(ch) in mod.deny or ix.lemma(ch) in mod.deny)
            for n in near
            for ch in ix.children[n]
        )

    def _attributed_aside(self, c: Cand, at: int) -> bool:
        """Does the attribution starting at character ``at`` ("selon Ankara", "according to
        the monitor") qualify only a participle clause beside the event ("l'aviation turque
        bombardait le mont Sinjar, visant selon Ankara des « nids terroristes »", "explosions
        ont secoué Jableh, faisant 140 morts selon l'OSDH", "killing 12, according to X")? The
        author states the event; the source vouches for its target or toll only."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            return False
        view = self.views[c.sent]  # type: ignore[attr-defined]
        tok = next((i for i in view.toks if ix.tokens[i].start == at), None)
        if tok is None:
            return False
        if ix.doc.text[view.start : at].rstrip().endswith(",") and (
            "," not in ix.doc.text[at : view.end] or self._final_source(tok, view)
        ):
            return False  # "..., tuant 35 personnes, selon l'agence SANA.": the whole report
        above = ix.ancestors(c.tok)
        for n in ix.ancestors(tok)[:4]:
            t = ix.tokens[n]
            if n == c.tok or n in above:
                return False  # the attribution hangs on the event's own clause
            if t.pos in _VERBAL:
                low = ix.low(n)
                return (  # an adjunct of the main verb, not a noun's description ("un
                    # accord prévoyant la remise des armes, selon l'OSDH": the deal's terms)
                    t.dep in ("advcl", "conj", "xcomp")
                    and low.endswith(("ant", "ing"))
                    and c.tok not in ix.subtree(n)
                )
        return False

    def _tally_speaker(self, c: Cand, chain: list[int], names: list[MentionRef]) -> str | None:
        """Who reports the act as a count or a noun ("l'OSDH a fait état de la mort de 14
        civils dans des frappes", "the monitor recorded 30 air strikes") or ascribes it in a
        relative clause ("des frappes que l'OSDH attribue à l'aviation russe"): the subject
        of that verb (``tally`` and ``ascribe`` of data/events/modality.toml), else None."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            return None
        tally = _words(self.lang, "tally")  # type: ignore[attr-defined]
        ascribe = _words(self.lang, "ascribe")  # type: ignore[attr-defined]
        verbs = [n for n in chain[1:6] if self._says_tally(n, tally)]
        verbs += [
            ch
            for ch in ix.children[c.tok]
            if ix.tokens[ch].dep in ("relcl", "acl:relcl", "acl")
            and (ix.lemma(ch) in ascribe or ix.low(ch) in ascribe)
        ]
        for v in verbs[:1]:
            for s in (ch for ch in ix.children[v] if ix.tokens[ch].dep in _SUBJ):
                sub = ix.subtree(s)
                if ix.low(s) in ("que", "qu'", "which", "that", "qui"):
                    continue
                for r in names:
                    if r.head in sub:
                        return r.m.name
                if ix.tokens[s].pos in ("NOUN", "PROPN") and len(sub) <= 8:
                    first = min(ix.tokens[i].start for i in sub)
                    text = ix.text(first, max(ix.tokens[i].end for i in sub))
                    return re.sub(r"^(?:the|le|la|les|l['’])\s*", "", text, flags=re.I)
        return None

    def _says_tally(self, n: int, tally: frozenset[str]) -> bool:
        """Is token ``n`` a verb of ``tally``, or the noun of such a phrase with its verb below
        it (the parser makes "état" the head of "a fait état de")?"""
        ix = self.ix  # type: ignore[attr-defined]
        for w in tally:
            verb, _, noun = w.partition(" ")
            if noun and ix.low(n) == noun:
                if any(ix.lemma(ch) == verb for ch in ix.children[n]):
                    return True
                continue
            if ix.tokens[n].pos not in _VERBAL or (ix.lemma(n) != verb and ix.low(n) != verb):
                continue
            if not noun or any(ix.low(ch) == noun for ch in ix.children[n]):
                return True
        return False

    def _covering_attribution(self, c: Cand, view: SentView) -> re.Match[str] | None:
        """The first attribution cue of the sentence ("selon X", "d'après X", "according to
        X", a hearsay "aurait") whose scope takes in the event; cues that qualify another
        clause only are passed over: a participle beside the event ("faisant 140 morts selon
        l'OSDH"), a relative clause after it ("au terme de combats qui auraient fait dix
        morts, selon une source", "un dépôt dont l'explosion, d'après des habitants, aurait
        été entendue"), a conditional of another clause ("menace que l'on aurait tort de
        négliger"). The author states the event; the source vouches for the rest."""
        mod = self.mod  # type: ignore[attr-defined]
        if not mod.attribution:
            return None
        for m in mod.attribution.finditer(view.text):
            at = view.start + m.start()
            if _HEARSAY_WORD.fullmatch(m.group()) and not self._hearsay_covers(c, at):
                continue
            if self._attributed_aside(c, at) or self._relative_aside(c, view, m):
                continue
            return m
        return None

    def _hearsay_covers(self, c: Cand, at: int) -> bool:
        """Does the hearsay conditional at ``at`` ("aurait", "auraient") sit on the event's
        own clause or a clause above it ("l'armée aurait repris X", "auraient été tués", "il
        aurait déclaré que ...")? A conditional in a sibling or relative clause does not."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            return True
        tok = next((i for i in self.views[c.sent].toks if ix.tokens[i].start == at), None)  # type: ignore[attr-defined]
        if tok is None:
            return True
        verb = ix.tokens[tok].head if ix.tokens[tok].dep.startswith("aux") else tok
        return verb == c.tok or verb in ix.ancestors(c.tok) or c.tok in ix.subtree(verb)

    def _final_source(self, tok: int, view: SentView) -> bool:
        """Does the sentence end on the attribution starting at ``tok`` and its source's own
        description ("..., d'après l'OSDH, une ONG basée à Londres qui ...", "..., according
        to the monitor, which relies on ...")? Every later word hangs on the source."""
        ix = self.ix  # type: ignore[attr-defined]
        t = ix.tokens[tok]
        root = t.head if t.dep in ("case", "fixed", "mark") and t.head != tok else tok
        if ix.tokens[root].start < t.start:
            return False
        inside = ix.subtree(root) | ix.subtree(tok)
        tail = [
            i for i in view.toks if ix.tokens[i].start > t.start and ix.tokens[i].pos != "PUNCT"
        ]
        if tail and all(i in inside for i in tail):
            return True
        rest = ix.doc.text[t.start : view.end].split(",", 1)
        return len(rest) == 2 and bool(_APPOSED_SOURCE.match(rest[1]))

    def _relative_aside(self, c: Cand, view: SentView, m: re.Match[str]) -> bool:
        """Is the attribution ``m`` inside a relative clause opened after the event (by
        "qui", "dont", "où", "that", "which", ...) that is told in the conditional ("qui
        auraient fait dix morts, selon X", "that would have killed 20, according to X") or
        that the attribution qualifies with no comma ("dont la défense a intercepté une
        large part selon Moscou")? That clause only is attributed."""
        ix = self.ix  # type: ignore[attr-defined]
        at = view.start + m.start()
        if at <= c.end:
            return False
        rel = None
        for r in _RELATIVE.finditer(ix.doc.text, c.end, at):
            rel = r
        if rel is None:
            return False
        glued = not ix.doc.text[view.start : at].rstrip().endswith(",")
        if glued:
            return True
        span = [i for i in view.toks if ix.tokens[i].start >= rel.start()]
        if self.lang == "en":  # type: ignore[attr-defined]
            return any(ix.low(i) in ("would", "could", "might") for i in span)
        return any(
            ix.tokens[i].pos in _VERBAL and self._conditional_form(i, _CONDITIONAL) for i in span
        )

    def _captive_victims(self, c: Cand) -> bool:
        """Are the victims of a killing prisoners or captives ("exécuté des soldats faits
        prisonniers", "executing prisoners", "l'exécution de prisonniers")? Out of the fight,
        their killing is an Attack."""
        ix = self.ix  # type: ignore[attr-defined]
        words = _words(self.lang, "captive")  # type: ignore[attr-defined]
        if not ix.parsed or not words:
            return False
        for ch in ix.children[c.tok]:
            if ix.tokens[ch].dep not in _VICTIM or ch < c.tok:
                continue
            sub = list(ix.subtree(ch))
            # "des soldats blessés capturés lors de …": the parse may hang the participle
            # right after the victims on the main verb; it still describes them
            nxt = max(sub) + 1
            if nxt < len(ix.tokens) and ix.tokens[nxt].pos in _VERBAL | {"ADJ"}:
                sub.append(nxt)
            if any(ix.low(i) in words or ix.lemma(i) in words for i in sub):
                return True
        return False

    def _next_target(self, c: Cand) -> None:
        """ "The next target will be X", "les prochaines zones concernées seraient X et Y":
        the move the article has been telling, carried on to X -- a hand-over when the
        latest change of ground told before was one, else an offensive on X -- by the side
        that made that move when the sentence names none."""
        if c.sub != "@next":
            return
        c.sub = "Armed clash"
        ix = self.ix  # type: ignore[attr-defined]
        words = set(fold(ix.doc.text[c.start : c.end]).split())
        for x in reversed(self._made):  # type: ignore[attr-defined]
            if x.sent >= c.sent or x.dropped is not None or x.sub not in _GROUND:
                continue
            if x.sub == _HANDOVER and not words & _TARGET_NOUNS:  # a target is attacked
                c.sub = _HANDOVER
            if c.actor1 is None and not c.actor1_name and x.modality in ("asserted", "reported"):
                c.actor1, c.actor1_name, c.actor1_inter = x.actor1, x.actor1_name, x.actor1_inter
                c.assoc = list(x.assoc)
            break

    # ------------------------------------------------------------------ dates
    def _settle_dates(
        self,
        made: list[Cand],
        c: Cand,
        view: SentView,
        last_when: tuple[int, When] | None,
        pos: int,
    ) -> None:
        """An announced or conjectured event keeps only a day the text gives it; a denied
        event is not dated by the day of the denial (see the module docstring)."""
        if c.modality == "speculative" and self._dated_done(made, c):
            c.modality = "reported" if c.claimant else "asserted"  # "a été visé jeudi"
            for e in made:
                e.modality = c.modality
        self._prediction(made, c)  # "Mossoul serait libérée en 2016" told in 2015
        self._hedged_next_step(made, c, pos)  # "Prochaine étape : X. … pourrait être achevé"
        self._guessed_target(made, c)  # "X pourrait être la prochaine cible des kamikazes"
        self._accusation_beside_denial(made, c)  # "ont démenti et accusent X d'avoir détruit"
        if c.modality in HYPOTHETICAL and not self._perfect(c):
            self._entry_after_deal(made, c)  # "les forces entreraient dans le quartier"
            self._detached_subject(made, c)  # "X, sur la route de Y, pourrait être reprise"
            # an act to come has no day yet, not even one the text gives it ("entrera
            # jeudi", "doivent être évacués mercredi"): the gold leaves every plan undated
            for e in made:
                if e.when is not None:
                    e.when, e.date_basis = None, "none"
                    e.confidence = self._confidence(e, pos)  # type: ignore[attr-defined]
            return
        if c.modality != "denied":
            self._settle_accused(made, c, view, pos)
            self._debunked_claim(made, c, pos)
            return
        self._own_denied_place(made, c, view, pos)
        for e in made:
            if (
                e.when is not None
                and e.date_basis in ("inherited", "published")
                and not self._anchored(c, view)
            ):
                # "Jaych al-Islam a démenti avoir pris part à l'offensive": neither the story's
                # day nor the publication dates a denied act its words do not tie to them
                e.when, e.date_basis = None, "none"
                e.confidence = self._confidence(e, pos)  # type: ignore[attr-defined]
                continue
            if e.when is None or e.date_basis not in ("clause", "sentence"):
                continue
            refs = self._refs_of(e.when, view)
            if not refs or not all(
                self._on_denial(r, c)
                or self._on_claim(r, c)
                or (e.date_basis == "sentence" and not self._in_denied_words(r, c))
                for r in refs
            ):
                continue
            others = [
                (r, w)
                for r in self.ix.in_sentence("date", view.si)  # type: ignore[attr-defined]
                if not self._on_denial(r, c)
                and not self._on_claim(r, c)  # "comme l'affirmaient des secouristes la veille"
                and self._in_denied_words(r, c)  # not "X, qui mène depuis le 30 septembre ..."
                and (w := parse_value(r.m.value)) is not None
                and r.start >= view.start
            ]
            if others:
                e.when, e.date_basis = others[0][1], "sentence"
            elif (entry := self._entry_anchor_date(e, view)) is not None:  # type: ignore[attr-defined]
                e.when, e.date_basis = entry, "sentence"  # "après son entrée": the entry's day
            elif last_when is not None and pos - last_when[0] <= 3 and self._anchored(c, view):
                # "a démenti ... les incendies survenus lors de son arrivée": the act told before
                e.when, e.date_basis = weaker(last_when[1], 2), "inherited"
            else:  # the denial's day is not the act's, and nothing else in the text dates it
                e.when, e.date_basis = None, "none"
            e.confidence = self._confidence(e, pos)  # type: ignore[attr-defined]

    def _passive_conditional(self, verb: int) -> bool:
        """Is ``verb`` a participle under a simple conditional of "être" ("a répété que Raqqa
        serait libérée", "seraient repris avant la fin de l'année")? Under a speech verb that is
        a future in the past, an announced plan; "aurait été tuée" (compound) is hearsay."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed or self.lang != "fr":  # type: ignore[attr-defined]
            return False
        auxes = [k for k in ix.children[verb] if ix.tokens[k].dep.startswith("aux")]
        if any(ix.low(k) in ("été", "eu") or ix.lemma(k) == "avoir" for k in auxes):
            return False
        return any(
            ix.tokens[k].dep == "aux:pass" and ix.low(k) in ("serait", "seraient") for k in auxes
        )

    def _reflexive(self, n: int) -> bool:
        """Is the verb ``n`` reflexive ("le scénario s'est répété", "the pattern repeated
        itself")? A speech verb so used tells a recurrence, not a saying."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            return False
        return any(
            ix.low(ch) in ("se", "s'", "s’", "itself", "themselves") for ch in ix.children[n]
        )

    def _dated_done(self, made: list[Cand], c: Cand) -> bool:
        """Is a "speculative" act told as done on a day of its own clause, in a perfect with
        no modal or conditional in its own verb group ("D'après une source que j'ai pu joindre,
        la base a été visée jeudi par des roquettes")? The hedge belongs to another clause:
        the act is the author's or its source's, not a guess."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed or ix.tokens[c.tok].pos not in _VERBAL or not self._perfect(c):
            return False
        if not any(e.when is not None and e.date_basis == "clause" for e in made):
            return False
        if plans.possible(self, c) is not None:  # type: ignore[arg-type]
            return False  # "pourrait avoir été visée jeudi"
        mod = self.mod  # type: ignore[attr-defined]
        group = [c.tok, *(k for k in ix.children[c.tok] if ix.tokens[k].dep.startswith("aux"))]
        up = ix.tokens[c.tok].head
        if ix.tokens[c.tok].dep == "xcomp" and up != c.tok:
            group.append(up)  # "may have hit", "pourrait avoir tué"
        for k in group:
            low = ix.low(k)
            if {low, ix.lemma(k)} & (mod.modal | mod.future) or _CONDITIONAL.match(low):
                return False  # "aurait été visée", "may have been hit"
        return True

    def _detached_subject(self, made: list[Cand], c: Cand) -> None:
        """ "Plusieurs analystes estiment que X, sur la route de Y, pourrait être reprise", "X,
        the last town on the road, could be retaken within days": a change of hands to come in
        the passive, with no subject of its own because an aside between the town and the
        modal cut the parse (the town the modal's subject, or the modal hung on its name),
        happens at that town -- not at another place of the sentence or the aside."""
        ix = self.ix  # type: ignore[attr-defined]
        if c.sub not in CHANGES_OF_HANDS or not ix.parsed:
            return
        kids = ix.children[c.tok]
        if not any(ix.tokens[ch].dep in ("aux:pass", "auxpass") for ch in kids):
            return
        if any(ix.tokens[ch].dep in (*_SUBJ, "nsubj:pass", "nsubjpass") for ch in kids):
            return
        places = {r.head: r for r in ix.in_sentence("place", c.sent) if r.head is not None}
        up = ix.ancestors(c.tok)[:2]  # the modal, then the name it hangs on
        named = [ch for ch in ix.children[up[0]] if ix.tokens[ch].dep in _SUBJ] if up else []
        for a in (*named, *up):  # "X, à une heure d'Y, devrait être libérée": X the modal's
            r = places.get(a)
            if r is None or ix.tokens[a].pos != "PROPN" or r.geo_precision >= 3:
                continue
            self._place_all(made, r)
            return
        if not up:
            return
        start = ix.tokens[up[0]].start  # "X, sur la route de Y, pourrait": the town the aside
        for r in ix.in_sentence("place", c.sent):  # follows, whatever the parse made of it
            if r.geo_precision < 3 and _ASIDE.match(ix.folded[r.m.end : start]):
                self._place_all(made, r)
                return

    def _place_all(self, made: list[Cand], r: MentionRef) -> None:
        for e in made:
            if e.place is not None and e.place.ref is not r:
                e.place = replace(e.place, ref=r, basis="clause", precision=r.geo_precision)

    def _entry_after_deal(self, made: list[Cand], c: Cand) -> None:
        """ "Selon l'accord, les forces gouvernementales entreraient dans le quartier", "troops
        will enter the district": an announced entry, after an evacuation deal or a hand-over
        told earlier in the article, is the expected hand-over (``Non-violent transfer of
        territory``), not an offensive."""
        words = _words(self.lang, "entry")  # type: ignore[attr-defined]
        ix = self.ix  # type: ignore[attr-defined]
        if not words or not ({ix.lemma(c.tok), ix.low(c.tok)} & words):
            return
        deals = [
            x
            for x in self._made  # type: ignore[attr-defined]
            if x.dropped is None
            and x.sent < c.sent
            and x.sub in ("Agreement", _HANDOVER)
            and x.modality != "denied"
        ]
        if not deals:
            return
        for e in made:
            if e.sub == "Armed clash":  # an offensive: the hand-over (a retaking stays)
                e.sub = _HANDOVER

    def _told_before_speech(self, c: Cand, chain: list[int]) -> bool:
        """ "The army declared the city secure after retaking the camp", "a déclaré la ville
        sécurisée après avoir repris le camp": the act hangs on the speech verb by "after", so
        the author tells it (the declaration only follows it); it stays asserted. A clause
        the speech verb governs ("declared that it had retaken") stays reported."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        if not ix.parsed:
            return False
        after = False
        for k, n in enumerate(chain):
            if k and {ix.lemma(n), ix.low(n)} & mod.speech:
                return after
            t = ix.tokens[n]
            if ix.low(n) in _AFTER and t.dep in ("prep", "case", "mark"):
                after = True  # "… secure after retaking": the clause hangs on "after"
            elif any(
                ix.low(ch) in _AFTER and ix.tokens[ch].dep == "mark"
                for ch in self._with_causative(n)
            ):
                after = True  # "après avoir repris", "après avoir fait bombarder"
            elif (
                k
                and t.pos in _VERBAL
                and (not after or any(ix.tokens[ch].dep in _SUBJ for ch in ix.children[n]))
            ):
                return False  # the act is told by another verb's clause
        return False

    def _plan_shadows(self, out: list[Cand], si: int) -> None:
        """An announced or conjectured operation describes its target ("s'apprête à lancer
        une contre-offensive pour dégager l'aéroport, encerclé depuis des mois", "compte lancer
        d'ici quelques semaines une offensive sur X", "une opération pour nettoyer la zone,
        où des jihadistes se seraient repliés", "is preparing an assault on X, held by IS"):
        a trigger inside the plan's own phrase with no date of its own is part of the plan or
        a state of its target, no second event told as done."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            return
        here = [c for c in out if c.sent == si and c.dropped is None]
        plans_ = [c for c in here if c.modality in HYPOTHETICAL]
        if not plans_:
            return
        for c in here:
            if c.modality not in ("asserted", "reported") or c.date_basis not in _UNDATED_BASIS:
                continue
            for p in plans_:
                inside = c.tok in ix.subtree(p.tok) or self._right_after(p.tok, c.tok)
                if c.tok != p.tok and inside and not self._told_past(c):
                    c.dropped = "plan shadow"
                    break

    def _right_after(self, verb: int, noun: int) -> bool:
        """Is ``noun`` the object right after ``verb`` with no verb or punctuation between
        ("compte lancer d'ici quelques semaines une offensive", misparsed)?"""
        ix = self.ix  # type: ignore[attr-defined]
        if ix.tokens[verb].pos not in _VERBAL or not verb < noun <= verb + 8:
            return False
        return all(ix.tokens[i].pos not in (*_VERBAL, "PUNCT") for i in range(verb + 1, noun))

    def _told_past(self, c: Cand) -> bool:
        """Is the trigger a verb told as done in the indicative ("que l'EI avait conquise",
        "which ISIS had seized", "qui a été reprise")? A past act stays an event."""
        ix = self.ix  # type: ignore[attr-defined]
        t = ix.tokens[c.tok]
        if t.pos not in _VERBAL:
            return False
        auxes = [ix.low(ch) for ch in ix.children[c.tok] if ix.tokens[ch].dep.startswith("aux")]
        return any(a in _PAST_AUX for a in auxes) or bool(_PAST_SIMPLE.search(ix.low(c.tok)))

    def _with_causative(self, n: int) -> list[int]:
        """The children of verb ``n``, and those of a causative "faire" before it ("après
        avoir fait bombarder": the parser hangs "après" on "fait")."""
        ix = self.ix  # type: ignore[attr-defined]
        out = list(ix.children[n])
        for ch in ix.children[n]:
            if ix.lemma(ch) == "faire" and ix.tokens[ch].start < ix.tokens[n].start:
                out.extend(ix.children[ch])
        return out

    def _hedged_next_step(self, made: list[Cand], c: Cand, pos: int) -> None:
        """ "Prochaine étape : la ville de X. Selon un commandant, l'encerclement pourrait être
        achevé en quelques semaines", "Next step: X. It could be completed within weeks": a
        step announced with no verb of intention, whose only word in the next sentence is a
        guess (no place of its own), is speculative."""
        if c.modality != "planned":
            return
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        sents: list[int] = self.sents  # type: ignore[attr-defined]
        if pos + 1 >= len(sents) or not ix.parsed:
            return
        own = [i for i in self.views[c.sent].toks if ix.tokens[i].pos in _VERBAL]  # type: ignore[attr-defined]
        if any(ix.lemma(i) in mod.plan or ix.low(i) in mod.plan for i in own):
            return  # "l'armée s'apprête à marcher sur X": an intention stated
        nxt = self.views[sents[pos + 1]]  # type: ignore[attr-defined]
        if not _GUESS_WORDS.search(nxt.text) or ix.in_sentence("place", nxt.si):
            return
        for e in made:
            if e.modality == "planned":
                e.modality = "speculative"

    def _guessed_target(self, made: list[Cand], c: Cand) -> None:
        """ "On craint que Homs puisse être la prochaine cible des kamikazes", "Hama could be
        the next target of the bombers": an act (not only the "next target" words) planned
        only because it names the next target, under a modal verb of possibility, is a guess
        (speculative)."""
        if c.modality != "planned" or c.sub == "@next":
            return
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed or not _NEXT_TARGET.search(self.views[c.sent].text.lower()):  # type: ignore[attr-defined]
            return
        above = ix.ancestors(c.tok)[:2]
        if not any(ix.lemma(a) in _TARGET_NOUNS or ix.low(a) in _TARGET_NOUNS for a in above):
            return  # the act is not the one the "next target" names
        if not self._guessed(c):
            return
        for e in made:
            if e.modality == "planned":
                e.modality = "speculative"

    def _debunked_claim(self, made: list[Cand], c: Cand, pos: int) -> None:
        """ "Un autre message évoque une frappe sur un convoi … C'est FAUX": a claim a
        fact-check calls false (in its sentence or the next) is not dated by the event told
        before it; only its own words may give it a day."""
        if c.modality not in ("reported", "denied"):
            return
        words = _words(self.lang, "debunk")  # type: ignore[attr-defined]
        sents: list[int] = self.sents  # type: ignore[attr-defined]
        if not words or pos >= len(sents):
            return
        texts = [self.views[si].text for si in sents[pos : pos + 2]]  # type: ignore[attr-defined]
        if not any(_debunk_rx(words).search(t) for t in texts):
            return
        for e in made:
            if e.when is not None and e.date_basis in ("inherited", "published"):
                e.when, e.date_basis = None, "none"
                e.confidence = self._confidence(e, pos)  # type: ignore[attr-defined]

    def _prediction(self, made: list[Cand], c: Cand) -> None:
        """An act told with its own month or year after the publication ("Mossoul serait
        libérée en 2016" in an article of 2015, "will be retaken in 2017") has not happened:
        a prediction, speculative in the conditional or under a modal, else planned, and
        undated (a deadline is not the act's day)."""
        published = self.published  # type: ignore[attr-defined]
        if c.modality not in ("asserted", "reported") or published is None:
            return
        ahead = [
            e
            for e in made
            if e.when is not None
            and e.date_basis in ("clause", "sentence")
            and e.when.precision == 3
            and e.when.start > published.end
        ]
        if not ahead or len(ahead) != len(made):
            return
        ix = self.ix  # type: ignore[attr-defined]
        verb = self._verb_of(c.tok) if ix.parsed else c.tok  # type: ignore[attr-defined]
        group = [verb, *(ch for ch in ix.children[verb] if ix.tokens[ch].dep.startswith("aux"))]
        guess = any(
            ix.lemma(n) in self.mod.modal  # type: ignore[attr-defined]
            or (self.lang == "fr" and _CONDITIONAL.match(ix.low(n)))  # type: ignore[attr-defined]
            or ix.low(n) in ("would", "could", "might", "may")
            for n in group
        )
        c.modality = "speculative" if guess else "planned"
        for e in made:
            e.modality = c.modality
            e.when, e.date_basis = None, "none"

    def _accusation_beside_denial(self, made: list[Cand], c: Cand) -> None:
        """ "Les insurgés ont toujours démenti et accusent les raids du régime d'avoir détruit
        la station": the act is under the accusation, only coordinated with the denial; it is
        claimed (reported), not denied."""
        if c.modality != "denied":
            return
        verb = self._accused_act(c)
        if verb is None:
            return
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        t = ix.tokens[verb]
        if t.dep != "conj" or t.head == verb:
            return
        if ix.lemma(t.head) not in mod.deny and ix.low(t.head) not in mod.deny:
            return
        c.modality = "reported"
        for e in made:
            e.modality = "reported"

    def _no_paragraph_year(self, made: list[Cand], c: Cand, pos: int) -> None:
        """An essay's paragraph year does not date a denied, announced or guessed act (no
        day of its own words): those stay undated."""
        if c.modality not in HYPOTHETICAL and c.modality != "denied":
            return
        for e in made:
            if e.when is not None and e.date_basis == "paragraph":
                e.when, e.date_basis = None, "none"
                e.confidence = self._confidence(e, pos)  # type: ignore[attr-defined]

    def _own_denied_place(self, made: list[Cand], c: Cand, view: SentView, pos: int) -> None:
        """ "X a démenti avoir pris part à l'offensive", "denied taking part in the assault",
        "a nié que des militaires russes aient pris part à cette attaque": with no place in its
        own words, the denied part is in the act the definite noun names, told just before,
        not at a place describing the denier ("principal groupe de la Ghouta"). A generic noun
        ("l'attaque de mercredi contre X", "the attack") takes that act's type (the rocket
        fire told), and its day when the denial's own words give none."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        if mod.definite is None:
            return
        mine = self._own_denied_act(c)  # "a démenti avoir pris part": the denier's own part
        if not mine and self._part_denied(c) is None:
            return
        before = ix.folded[max(view.start, c.start - 12) : c.start]
        if not mod.definite.search(before):
            return
        own = ix.subtree(c.tok)
        placed = any(r.head in own for r in ix.in_sentence("place", view.si))
        # "cette attaque" points at one act told, and so at its day; "the assault", "les
        # combats au sol" name the kind of act only (its day stays unknown)
        words = re.findall(r"[\w']+", before)
        pointed = bool(words) and words[-1] in _words(self.lang, "demonstrative")
        if pointed and schema().event_type.get(c.sub) not in _VIOLENT:
            return  # "a nié avoir pris part à cet accord": the deal keeps its own place
        et = schema().event_type
        violent = _VIOLENT
        vague = _words(self.lang, "vague_act")
        generic = et.get(c.sub) in violent and (ix.low(c.tok) in vague or ix.lemma(c.tok) in vague)
        stem = ix.folded[c.start : c.end][:5]
        recent = list(self.earlier(pos, 6))  # type: ignore[attr-defined]
        # "ont attaqué un QG ... cette attaque": the act told with the same word comes first
        recent.sort(key=lambda xb: not ix.folded[xb[0].start : xb[0].end].startswith(stem))
        for x, back in recent:
            if x.dropped is None and x.modality != "denied" and x.place is not None:
                if placed and not all(_same_place(x, e) for e in made):
                    continue  # "l'attaque contre Taji": only an act told at that place
                if not self._same_day(x, c):
                    continue  # "la frappe du 27 février": not the shelling told on the 29th
                if self._same_denied(x, c, blanket=False) or (generic and et.get(x.sub) in violent):
                    for e in made:  # "toute implication dans l'attentat": that attack
                        if not placed:
                            e.place = replace(x.place, basis="previous")
                        if et.get(x.sub) == et.get(e.sub) or generic:
                            e.sub = x.sub  # the suicide bombing, not a bare "attentat"
                        own_day = e.when is not None and e.date_basis in ("clause", "sentence")
                        dated = x.when is not None and x.date_basis in ("clause", "sentence")
                        if e.sub == x.sub and dated and not own_day and pointed:
                            e.when, e.date_basis = x.when, "sentence"  # that act's day
                    return
                if x.sub in _GROUND and back <= 3 and not placed:
                    for e in made:
                        e.place = replace(x.place, basis="previous")
                    return

    def _settle_accused(self, made: list[Cand], c: Cand, view: SentView, pos: int) -> None:
        """An accused act ("accuse some units of executing prisoners", "a accusé lundi les
        forces kurdes d'avoir enlevé ...") keeps only a day its own words give: the day of the
        accusation, the story's day and the publication date are not the act's."""
        verb = self._accused_act(c)
        if verb is None:
            return
        ix = self.ix  # type: ignore[attr-defined]
        # the act's words: the accusation's complement that holds the trigger ("Damas d'avoir
        # mené le 7 avril une attaque"), not the accusation's own dependents ("a accusé lundi")
        k = c.tok
        while ix.tokens[k].head != verb and ix.tokens[k].head != k:
            k = ix.tokens[k].head
        own = ix.subtree(k)
        for e in made:
            if e.when is None:
                continue
            refs = self._refs_of(e.when, view) if e.date_basis in ("clause", "sentence") else []
            if any(r.head is not None and r.head in own for r in refs):
                continue  # "accused of executing prisoners on Friday": the act's own day
            e.when, e.date_basis = None, "none"
            e.confidence = self._confidence(e, pos)  # type: ignore[attr-defined]

    def _anchored(self, c: Cand, view: SentView) -> bool:
        """Do the denied act's words tie it to an event told just before ("lors de son
        arrivée", "during the offensive", a definite noun: "les incendies", "the fighting")?
        Only then does that event's day date it."""
        mod = self.mod  # type: ignore[attr-defined]
        folded = self.ix.folded  # type: ignore[attr-defined]
        # a definite noun alone ("denied that its troops took part in the fighting in X",
        # "participé aux raids sur Douma") names the act, not its day: the gold leaves it undated
        rest = folded[max(view.start, c.start) : view.end]
        return mod.anchor is not None and mod.anchor.search(rest) is not None

    def _perfect(self, c: Cand) -> bool:
        """Is the trigger's verb group perfect ("may have killed", "pourrait avoir repris")?
        A conjecture about the past keeps the dates of the past."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            return False
        mod = self.mod  # type: ignore[attr-defined]
        verb = self._verb_of(c.tok)  # type: ignore[attr-defined]
        if {ix.lemma(verb), ix.low(verb)} & (mod.speech | mod.plan | mod.deny):
            return False  # "a annoncé le lancement d'une opération": the statement's tense
        if self._above_clause(c.tok, verb):
            return False  # "a répété que la prochaine cible serait X": the saying's tense
        group = [verb]
        up = ix.tokens[verb].head
        if ix.tokens[verb].dep == "xcomp" and up != verb:
            if {ix.lemma(up), ix.low(up)} & (mod.speech | mod.plan | mod.deny):
                return False  # "has vowed to push on to X": the vow's tense, not the act's
            group.append(up)  # "pourrait avoir repris", "may have been"
        return any(
            ix.tokens[ch].dep.startswith("aux") and ix.lemma(ch) in _PERFECT_AUX
            for n in group
            for ch in ix.children[n]
        )

    def _above_clause(self, i: int, verb: int) -> bool:
        """Is ``verb`` above the clause of token ``i`` (a clausal complement or a parenthetical
        on the way up: "a redit que la prochaine étape serait X"), not its own verb group?"""
        ix = self.ix  # type: ignore[attr-defined]
        for a in [i, *ix.ancestors(i)]:
            if a == verb:
                return False
            if ix.tokens[a].dep in ("ccomp", "parataxis"):
                return True
        return False

    def _refs_of(self, w: When, view: SentView) -> list[MentionRef]:
        """The date mentions of the sentence that give ``w``."""
        out = []
        for r in self.ix.in_sentence("date", view.si):  # type: ignore[attr-defined]
            v = parse_value(r.m.value)
            if v is not None and v.value == w.value:
                out.append(r)
        return out

    def _on_claim(self, r: MentionRef, c: Cand) -> bool:
        """Does date mention ``r`` hang on a speech verb other than the denial, outside the
        denied act's words ("a démenti jeudi avoir largué des bombes sur X, comme l'affirmaient
        des secouristes la veille", "as activists had claimed on Monday")? It is the day of the
        claim, not of the act."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        if not ix.parsed or r.head is None:
            return False
        verb = self._verb_of(r.head)  # type: ignore[attr-defined]
        if verb == c.tok:
            return False
        words = {ix.lemma(verb), ix.low(verb)}
        return bool(words & mod.speech) and not words & mod.deny

    def _in_denied_words(self, r: MentionRef, c: Cand) -> bool:
        """Does date mention ``r`` stand in the denied act's own words (the trigger's phrase,
        or the clause of its own verb when that is not the denial)? A date of a relative
        clause on the denier ("le ministère, qui mène depuis le 30 septembre une campagne, a
        démenti que ...") or of an aside on the denial ("rappelant que ... depuis la
        mi-octobre", "following a claim made last week") is another act's time."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        if not ix.parsed or r.head is None:
            return True  # no parse: keep the date rather than guess
        verb = self._verb_of(c.tok)  # type: ignore[attr-defined]
        if ix.lemma(verb) in mod.deny or ix.low(verb) in mod.deny:
            verb = c.tok  # "a démenti toute frappe": the noun's phrase
        if r.head not in ix.subtree(verb):
            return False
        for a in [r.head, *ix.ancestors(r.head)]:
            if a == verb:
                return True
            if {ix.lemma(a), ix.low(a)} & mod.speech:
                return False  # "rappelant que ...", "following a claim made last week"
        return True

    def _on_denial(self, r: MentionRef, c: Cand) -> bool:
        """Does date mention ``r`` hang on the denial verb ("a démenti jeudi ...")?"""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        if not ix.parsed or r.head is None:
            return False
        if c.tok in ix.ancestors(r.head):
            return False  # "toute participation à la frappe du 27 février": the act's own day
        verb = self._verb_of(r.head)  # type: ignore[attr-defined]
        if verb == c.tok or verb not in ix.ancestors(c.tok):
            return False
        return ix.lemma(verb) in mod.deny or ix.low(verb) in mod.deny

    def _hypothetical_target(self, r: MentionRef) -> bool:
        """Is place ``r`` only the target of an announced or conjectured event ("les
        prochaines zones concernées seraient Makhmour et Khanaqin")? A later sentence's event
        does not happen there for that."""
        made: list[Cand] = self._made  # type: ignore[attr-defined]
        placed = [
            x
            for x in made
            if x.place is not None and x.place.ref is r and x.place.basis in ("clause", "sentence")
        ]
        return bool(placed) and all(x.modality in HYPOTHETICAL for x in placed)

    # ------------------------------------------------------------------ denials
    def _denied_presence(self, view: SentView, pos: int, out: list[Cand]) -> None:
        """ "Moscow insisted that no Russian servicemen were in the area", "aucun militaire
        russe n'a participé aux combats": the fight told just before, denied for that actor
        (a row of its own: another actor1, modality denied, claimant the speaker)."""
        ix, mod, lex = self.ix, self.mod, self.lex  # type: ignore[attr-defined]
        if not ix.parsed:
            return
        none_words = lex.cue_words.get("none_det", frozenset())
        actors = ix.in_sentence("actor", view.si)
        for r in actors:
            if r.head is None:
                continue
            noun = r.head
            t = ix.tokens[noun]
            if t.dep not in _SUBJ or not any(
                ix.low(ch) in none_words for ch in ix.children[noun] if ix.tokens[ch].dep == "det"
            ):
                continue
            if not self.tok_cue("presence", [t.head]):  # type: ignore[attr-defined]
                continue
            info = _actor_info(r)
            if info is None or info.inter not in (1, 2, 3, 8):
                continue
            speech = next(
                (
                    a
                    for a in ix.ancestors(noun)
                    if {ix.lemma(a), ix.low(a)} & (mod.speech | mod.deny)
                ),
                None,
            )
            if speech is None:
                continue
            claimant = None
            for ch in ix.children[speech]:
                if ix.tokens[ch].dep in _SUBJ:
                    sub = ix.subtree(ch)
                    named = [x for x in actors if x.head in sub]
                    if named:
                        claimant = named[0].m.name
            x = self._fight_before(pos, out)
            if x is None:
                return
            out.append(
                replace(
                    x,
                    sub="Armed clash",
                    actor1=r,
                    assoc=[],
                    actor2=None,
                    actor1_name=None,
                    actor1_inter=None,
                    modality="denied",
                    claimant=claimant,
                    sent=view.si,
                    title=False,
                    contested=[],
                    ev_start=view.start,
                    ev_end=view.end,
                    confidence=round(max(0.05, x.confidence - 0.1), 3),
                )
            )
            return

    def _renewed_threat(self, view: SentView, pos: int, out: list[Cand]) -> None:
        """ "Israel could strike again", "Israël pourrait frapper à nouveau": the act told just
        before, guessed to come again (a row of its own: speculative, undated, in the country
        of that act -- a threat names no target --, by the side the sentence names or the same
        doer). Only when the verb found no
        event of its own (its trigger wants a context the sentence lacks)."""
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed or not _AGAIN.search(view.text):
            return
        verb = None
        for i in view.toks:
            t = ix.tokens[i]
            if t.pos not in _VERBAL or ix.lemma(i) in _GUESS or ix.low(i) in _GUESS:
                continue
            near = [i, *ix.children[i], t.head]
            if not any(ix.lemma(n) in _GUESS or ix.low(n) in _GUESS for n in near):
                continue
            tail = ix.folded[t.end : min(view.end, t.end + 16)]
            if _AGAIN.match(tail):
                verb = i
                break
        if verb is None:
            return
        x = next(
            (
                x
                for x, _back in self.earlier(pos, 2)  # type: ignore[attr-defined]
                if x.dropped is None
                and x.modality in ("asserted", "reported")
                and x.place is not None
            ),
            None,
        )
        if x is None or x.tok == verb:
            self._guessed_return(view, pos, out, verb)
            return
        keys = {ix.lemma(verb), ix.low(verb)}
        lex = self.lex  # type: ignore[attr-defined]
        if not any(
            t.sub == x.sub or t.sub == x.trig.sub for k in keys for t in lex.words.get(k, ())
        ):
            self._guessed_return(view, pos, out, verb)
            return  # "could strike again" after a strike, not after a deal
        if any(c.tok == verb for c in self.triggers(view)):  # type: ignore[attr-defined]
            return  # the verb is an event of its own: the rules write it
        names = ix.in_sentence("actor", view.si)
        subj = {
            i
            for n in (verb, ix.tokens[verb].head)
            for ch in ix.children[n]
            if ix.tokens[ch].dep in _SUBJ
            for i in ix.subtree(ch)
        }
        actor = next((r for r in names if r.head in subj), None)
        if actor is None and any(ix.tokens[i].pos == "PROPN" for i in subj):
            return  # another side named but not linked: not the same doer
        place = x.place
        land = self._story_country(view)  # type: ignore[attr-defined]
        target = self._threat_target(view, verb)
        if target is not None:  # "pourrait frapper de nouveau, cette fois au cœur de Damas"
            place = replace(x.place, ref=target, basis="clause", precision=target.geo_precision)
        elif land is not None and (land.m.country or "").upper() == (
            (x.place.ref.m.country or "").upper()
        ):
            place = replace(x.place, ref=land, basis="focus", precision=3)  # a general threat
        out.append(
            replace(
                x,
                place=place,
                actor1=actor or x.actor1,
                assoc=[] if actor else list(x.assoc),
                actor2=x.actor2,
                when=None,
                date_basis="none",
                fatalities=None,
                toll_update=False,
                modality="speculative",
                claimant=self._speaker(x, view, [verb]) or None,  # type: ignore[attr-defined]
                sent=view.si,
                tok=verb,
                start=ix.tokens[verb].start,
                end=ix.tokens[verb].end,
                title=False,
                contested=[],
                launch=False,
                ev_start=view.start,
                ev_end=view.end,
                confidence=round(max(0.05, x.confidence - 0.15), 3),
            )
        )

    def _guessed_return(self, view: SentView, pos: int, out: list[Cand], verb: int) -> None:
        """ "Les cellules dormantes de l'EI pourraient frapper à nouveau à Hajin", "insurgents
        could regroup around Rutba and strike the highway again": an armed group (not aircraft)
        guessed to attack again at a named town, with no strike told before to repeat, is a
        speculative attack there (an ``Armed clash``, the group's means unstated), undated."""
        ix = self.ix  # type: ignore[attr-defined]
        words = _words(self.lang, "renew")  # type: ignore[attr-defined]
        if not words or not ({ix.lemma(verb), ix.low(verb)} & words):
            return
        if any(c.tok == verb for c in self.triggers(view)):  # type: ignore[attr-defined]
            return  # the verb is an event of its own: the rules write it
        up = ix.tokens[verb].head
        subj = {
            i
            for n in (verb, up)
            for ch in ix.children[n]
            if ix.tokens[ch].dep in _SUBJ
            for i in ix.subtree(ch)
        }
        if ix.tokens[verb].dep == "conj" and up != verb:
            subj |= {  # "could regroup ... and strike": the subject of the first verb
                i
                for n in (up, ix.tokens[up].head)
                for ch in ix.children[n]
                if ix.tokens[ch].dep in _SUBJ
                for i in ix.subtree(ch)
            }
        actor = next(
            (r for r in ix.in_sentence("actor", view.si) if r.head in subj),
            None,
        )
        info = _actor_info(actor) if actor is not None else None
        if info is None or info.inter not in (2, 3, 4):
            return  # a state's jets striking again are a strike: not this rule
        if self.tok_cue("aircraft", list(subj)):  # type: ignore[attr-defined]
            return
        target = self._threat_target(view, verb)
        if target is None:  # "could regroup around Rutba and strike the highway again"
            scope = ix.subtree(up if ix.tokens[verb].dep == "conj" else verb)
            target = next(
                (
                    r
                    for r in ix.in_sentence("place", view.si)
                    if r.head in scope and r.head not in subj and r.geo_precision < 3
                ),
                None,
            )
        if target is None:
            return
        c = self._synthetic(view, verb, "Armed clash", "renewed")
        made = self._complete(c, view, None, None, pos)  # type: ignore[attr-defined]
        for e in made:
            if e.modality != "speculative" or e.place is None:
                continue
            if e.place.ref is not target:
                e.place = replace(
                    e.place, ref=target, basis="clause", precision=target.geo_precision
                )
            out.append(e)

    def _denied_strike(self, view: SentView, pos: int, out: list[Cand]) -> None:
        """ "Le ministère russe de la Défense dément avoir frappé l'hôpital de X", "the Pentagon
        denied that the coalition struck government positions": a strike verb that names no
        means (so no trigger took it), denied by or for a state's forces or a coalition, is a
        denied air strike (states and coalitions strike from the air in these stories) --
        unless the sentence names artillery."""
        ix, mod = self.ix, self.mod  # type: ignore[attr-defined]
        words = _words(self.lang, "strike")  # type: ignore[attr-defined]
        if not ix.parsed or not words:
            return
        denials = [i for i in view.toks if {ix.lemma(i), ix.low(i)} & mod.deny]
        if not denials or self.tok_cue("artillery", view.toks):  # type: ignore[attr-defined]
            return
        taken: set[int] | None = None
        for v in _verbs_among(ix, view, words):
            t = ix.tokens[v]
            up = ix.ancestors(v)[:3]
            denial = next((d for d in up if d in denials), None)
            # "dément avoir frappé": the parser may take the present "dément" for an adverb
            # hanging on the denied verb
            misread = next((d for d in ix.children[v] if d in denials and d < v), None)
            if denial is None and misread is None:
                continue
            if taken is None:
                taken = {c.tok for c in self.triggers(view)}  # type: ignore[attr-defined]
            if v in taken:
                return  # a trigger took the verb: the rules write it
            doer = self._subject_actor(v, view)
            if doer is None and denial is not None:
                doer = self._subject_actor(denial, view)
            if doer is None and misread is not None:  # the denier named right before it
                doer = next(
                    (r for r in reversed(ix.in_sentence("actor", view.si)) if r.end <= t.start),
                    None,
                )
            info = _actor_info(doer) if doer is not None else None
            if info is None or not _state_or_coalition(info):
                continue
            c = self._synthetic(view, v, "Air/drone strike", "denied-strike")
            for e in self._complete(c, view, None, None, pos):  # type: ignore[attr-defined]
                if misread is not None and e.modality != "denied" and doer is not None:
                    e.modality, e.claimant = "denied", doer.m.name
                    e.when, e.date_basis = None, "none"
                if e.modality == "denied":
                    out.append(e)
            return

    def _guessed_reach(self, view: SentView, pos: int, out: list[Cand]) -> None:
        """ "Un officier estime que les soldats pourraient atteindre X d'ici dix jours",
        "government troops could reach X by the end of the month": an armed side guessed to
        reach a named town (a verb of arrival under a possibility modal, no trigger of its own)
        is a speculative change of hands there -- the state's forces regain it, a group takes
        it --, undated. Not a toll or a fighting noun that "could reach" anything."""
        ix = self.ix  # type: ignore[attr-defined]
        words = _words(self.lang, "reach")  # type: ignore[attr-defined]
        if not ix.parsed or not words or not _GUESS_WORDS.search(view.text.lower()):
            return
        for v in _verbs_among(ix, view, words):
            t = ix.tokens[v]
            near = [n for n in (*ix.children[v], t.head) if n != v]
            if not any(ix.lemma(n) in _GUESS or ix.low(n) in _GUESS for n in near):
                continue
            if any(c.tok == v for c in self.triggers(view)):  # type: ignore[attr-defined]
                return  # the verb is an event of its own: the rules write it
            actor = self._subject_actor(v, view)
            if actor is None and t.head != v:
                actor = self._subject_actor(t.head, view)  # "pourraient atteindre": on the modal
            info = _actor_info(actor) if actor is not None else None
            if info is None or info.media or info.inter not in (1, 2, 3, 4):
                continue
            objs = {i for ch in ix.children[v] if ix.tokens[ch].dep in _OBJ for i in ix.subtree(ch)}
            target = next(
                (
                    r
                    for r in ix.in_sentence("place", view.si)
                    if r.head in objs and r.geo_precision < 3
                ),
                None,
            )
            if target is None:
                continue
            sub = "Government regains territory" if info.inter == 1 else _TAKEOVER
            c = self._synthetic(view, v, sub, "guessed-reach")
            out.extend(self._undated_at(c, view, pos, target, ("speculative",)))
            return

    def _threatened_strike(self, view: SentView, pos: int, out: list[Cand]) -> None:
        """ "Les milices pourraient viser l'aéroport d'Erbil", "Ankara a menacé de frapper le
        camp de X", "the group vowed to keep striking X": a strike verb that names no means (so
        no trigger took it), said of a named place as a guess or a threat, is a speculative or
        planned act there, undated (CONVENTIONS §6-7). A threat names no means: the act is the
        kind the article told last by that side (the rockets it fired before), else by anyone,
        else an air strike for a state's or a coalition's forces and an armed clash for a
        group. Told as done, such a verb stays no event (its means unknown)."""
        ix = self.ix  # type: ignore[attr-defined]
        words = _words(self.lang, "strike") | _words(self.lang, "renew")  # type: ignore[attr-defined]
        if not ix.parsed or not words:
            return
        taken: set[int] | None = None
        for v in _verbs_among(ix, view, words):
            if any(x.tok == v and x.sent == view.si for x in out):
                continue  # a renewed threat or a denial took it
            if taken is None:
                taken = {c.tok for c in self.triggers(view)}  # type: ignore[attr-defined]
            if v in taken:
                return  # a trigger took the verb: the rules write it
            target = self._threat_target(view, v)
            if target is None or target.head is None or target.head not in ix.subtree(v):
                continue
            heads = [v, *ix.ancestors(v)[:3]]  # "pourraient viser", "vowed to keep striking"
            actor = next(filter(None, (self._subject_actor(h, view) for h in heads)), None)
            info = _actor_info(actor) if actor is not None else None
            subj = [
                i
                for h in heads
                for ch in ix.children[h]
                if ix.tokens[ch].dep in _SUBJ
                for i in ix.subtree(ch)
            ]
            # an armed word, or a pronoun taking up the side told before ("Ils ont promis de
            # frapper de nouveau X")
            armed = any(
                self.tok_cue(name, subj)  # type: ignore[attr-defined]
                for name in ("armed", "nonstate", "side_pronouns")
            )
            if not armed and (info is None or info.media or info.inter not in (1, 2, 3, 4, 8)):
                continue  # "rising prices could hit Baghdad": an armed side must be the doer
            sub = self._threat_kind(pos, actor)
            c = self._synthetic(view, v, sub, "threatened-strike")
            out.extend(self._undated_at(c, view, pos, target, ("speculative", "planned")))
            return

    def _undated_at(
        self, c: Cand, view: SentView, pos: int, target: MentionRef, modalities: tuple[str, ...]
    ) -> list[Cand]:
        """The completed events of a guessed or threatened act: only those of the given
        modalities with a place, pinned to the place the verb names, undated (CONVENTIONS §7)."""
        kept = []
        for e in self._complete(c, view, None, None, pos):  # type: ignore[attr-defined]
            if e.modality not in modalities or e.place is None:
                continue
            if e.place.ref is not target:
                e.place = replace(
                    e.place, ref=target, basis="clause", precision=target.geo_precision
                )
            e.when, e.date_basis = None, "none"
            kept.append(e)
        return kept

    def _threat_kind(self, pos: int, actor: MentionRef | None) -> str:
        """The kind of act a threat with no means names: that of the latest strike or fight
        the article told by the same side; else a state's or a coalition's forces strike from
        the air; else (a group, or a doer named only by a common noun) the latest strike or
        fight the article told, else an armed clash."""
        told = [
            x
            for x, _back in self.earlier(pos)  # type: ignore[attr-defined]
            if x.dropped is None
            and x.sub in _THREAT_KINDS
            and x.modality in ("asserted", "reported")
        ]
        info = _actor_info(actor) if actor is not None else None
        same = next((x for x in told if info and x.info1() and x.info1().name == info.name), None)
        if same is not None:
            return same.sub
        if info is not None and _state_or_coalition(info):
            return "Air/drone strike"
        return told[0].sub if told else "Armed clash"

    def _subject_actor(self, verb: int, view: SentView) -> MentionRef | None:
        """The actor mention standing as the subject of ``verb``."""
        ix = self.ix  # type: ignore[attr-defined]
        subj = {i for ch in ix.children[verb] if ix.tokens[ch].dep in _SUBJ for i in ix.subtree(ch)}
        return next((r for r in ix.in_sentence("actor", view.si) if r.head in subj), None)

    def _synthetic(self, view: SentView, tok: int, sub: str, label: str) -> Cand:
        """A candidate at token ``tok`` that no lexicon trigger made, for ``_complete``."""
        from newsift.events.extract import Cand as _Cand  # the extractor imports this module

        t = self.ix.tokens[tok]  # type: ignore[attr-defined]
        return _Cand(
            sub=sub,
            trig=Trigger(sub=sub, label=label),
            tok=tok,
            start=t.start,
            end=t.end,
            sent=view.si,
        )

    def _threat_target(self, view: SentView, verb: int) -> MentionRef | None:
        """The place a renewed threat names after its verb ("could strike again, this time in
        the heart of Damascus"): the guess is about that place, not the country."""
        ix = self.ix  # type: ignore[attr-defined]
        after = ix.tokens[verb].end
        for r in ix.in_sentence("place", view.si):
            if r.m.start < after or r.geo_precision >= 3 or r.head is None:
                continue
            if ix.tokens[r.head].dep in _SUBJ or _CONDITION.search(ix.folded[after : r.m.start]):
                continue  # "pourrait frapper de nouveau si Damas utilisait …": the government
            return r
        return None

    def _fight_before(self, pos: int, out: list[Cand]) -> Cand | None:
        """The violent event told in the six sentences before that the presence denial is
        about: the best attested one (the incident the story is about, not a side claim)."""
        et = schema().event_type
        violent = ("Battles", "Explosions/Remote violence", "Violence against civilians")
        recent = [
            x
            for x in out
            if x.dropped is None
            and x.modality != "denied"
            and x.place is not None
            and et.get(x.sub) in violent
            and 0 < pos - self.sent_pos(x.sent) <= 6  # type: ignore[attr-defined]
        ]
        level = self._level  # type: ignore[attr-defined]
        # "in the area": a town's incident before a whole country's
        return max(
            recent,
            key=lambda x: (x.place is not None and level(x.place.ref) < 2, x.confidence),
            default=None,
        )

    def _contest(self, x: Cand, c: Cand) -> None:
        """Record on the earlier event ``x`` who denies it (the denial adds no row); a day the
        denial gives the event ("denied any strike in al-Shafah on Friday") dates it when its
        first telling did not."""
        who = c.claimant or "a party"
        if who not in x.contested:
            x.contested.append(who)
        days = self._denied_days(c)
        if days and (x.when is None or x.date_basis in ("inherited", "published", "none")):
            x.when, x.date_basis = days[0], "sentence"

    def _denied_days(self, c: Cand) -> list[When]:
        """The dates in the denied event's own words, not the denial's ("a démenti jeudi")."""
        own = self._own_mentions(c, "date")  # type: ignore[attr-defined]
        out = [parse_value(r.m.value) for r in own if not self._on_denial(r, c)]
        return [w for w in out if w is not None]

    def _same_day(self, x: Cand, c: Cand) -> bool:
        """May the denied event be ``x`` by its day (no day given on one side, or the same)?"""
        days = self._denied_days(c)
        if not days or x.when is None or x.date_basis in ("inherited", "published", "none"):
            return True
        return any(abs((w.start - x.when.start).days) <= 1 for w in days)

    def _same_denied(self, x: Cand, c: Cand, blanket: bool) -> bool:
        """Is the denial ``c`` about the earlier event ``x``? The same kind of violence ("des
        raids ont tué 12 civils ... Moscou a démenti toute frappe"), any violence for a
        blanket denial ("toute attaque" after a chemical attack), the same sub-event type for
        other developments (a denied arson is not the referendum told before). A blanket
        denial of abuses ("toute exaction contre les familles") is only about violence
        against civilians, not the fight or bombing told before."""
        et = schema().event_type
        violent = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
        both = et.get(x.sub) in violent and et.get(c.sub) in violent
        if blanket and both:
            if self._abuse(c):
                return et.get(x.sub) == "Violence against civilians"
            if not self._generic_denied(c) and x.sub != c.sub:
                # "toute exécution de prisonniers" after arrests and disappearances: a denial
                # naming a specific act is about that act, not any violence told before
                return False
            if c.sub in ("@loss", "@territory") or (c.sub in _GROUND and c.sub != "Armed clash"):
                # "a démenti toute perte de positions autour de l'aéroport": only a change of
                # ground told at that place, not a strike nor a capture elsewhere
                return x.sub in _GROUND and _same_place(x, c)
            return True
        if both and x.sub != c.sub and not self._generic_denied(c):
            return False  # "a démenti toute exécution à X" after disappearances at X
        if x.sub != c.sub and et.get(x.sub) == et.get(c.sub) == _REMOTE:
            # "a démenti que des avions de la coalition aient frappé X" after a roadside bomb
            # there: a remote act's sub-type is its means, and another means is another act
            return False
        return et.get(x.sub) == et.get(c.sub) and (both or x.sub == c.sub)

    def _generic_denied(self, c: Cand) -> bool:
        """Is the denied trigger a word for any violence ("toute attaque", "any strike", "tout
        bombardement") rather than a specific act ("toute exécution", "any massacre")?"""
        words = _words(self.lang, "generic_act")  # type: ignore[attr-defined]
        ix = self.ix  # type: ignore[attr-defined]
        return not words or ix.low(c.tok) in words or ix.lemma(c.tok) in words

    def _abuse(self, c: Cand) -> bool:
        """Is the trigger a word of abuses ("exactions", "violations", "abuses")?"""
        words = _words(self.lang, "abuse")  # type: ignore[attr-defined]
        ix = self.ix  # type: ignore[attr-defined]
        return bool(words) and (ix.low(c.tok) in words or ix.lemma(c.tok) in words)

    def _announced(self, c: Cand) -> bool:
        """Is the trigger the object of a planning verb ("l'armée prépare l'assaut", "compte
        lancer l'offensive")? Its definite article then names the move announced, not an
        event told before."""
        if c.modality != "planned":
            return False
        ix = self.ix  # type: ignore[attr-defined]
        if not ix.parsed:
            return False
        plan = self.mod.plan  # type: ignore[attr-defined]
        for a in ix.ancestors(c.tok)[:3]:
            if ix.tokens[a].pos in _VERBAL and (ix.lemma(a) in plan or ix.low(a) in plan):
                return True
        return False

    def _new_prospect(self, c: Cand) -> bool:
        """Is a planned trigger the object of the verb that puts it ahead ("les FDS
        lanceraient dans les prochaines heures l'assaut final", "the army would launch the
        final push within days"), with no prospect of its kind told before? Its definite
        article then names the move announced, not an act told before; a subject ("peu
        croient que la trêve tiendra") is the act told, and a prospect told before ("prépare
        une offensive ... l'offensive pourrait commencer") is the one it repeats."""
        ix = self.ix  # type: ignore[attr-defined]
        if c.modality != "planned" or not ix.parsed:
            return False
        t = ix.tokens[c.tok]
        if t.dep not in ("obj", "dobj") or t.head == c.tok or ix.tokens[t.head].pos not in _VERBAL:
            return False
        et = schema().event_type
        for x in self._made:  # type: ignore[attr-defined]
            if x.dropped is not None or x.modality not in HYPOTHETICAL or x.sent == c.sent:
                continue
            if c.sub.startswith("@") or x.sub == c.sub or et.get(x.sub) == et.get(c.sub):
                return False  # "l'armée prépare une offensive ... l'offensive pourrait"
        return True

    def _other_day(self, x: Cand, c: Cand) -> bool:
        """Does the denial name its own day for the denied act ("a démenti mardi avoir
        bombardé dimanche soir") while the earlier event ``x`` was told on another day
        (samedi)? Then it denies another event."""
        if x.when is None or x.date_basis not in ("clause", "sentence"):
            return False
        days = self._denied_days(c)
        return bool(days) and all(w.value != x.when.value for w in days)

    def _other_doer(self, x: Cand, c: Cand) -> bool:
        """Does the denier deny its own act while the earlier event ``x`` had another doer
        ("l'aviation syrienne a mené 20 raids ... Ankara a démenti avoir tiré le moindre obus")?
        Then the denial tells a second event, recorded as denied, not a contest of ``x``. Doers
        of the same country ("des raids russes ... Moscou a démenti") are one side."""
        a = _actor_info(x.actor1) if x.actor1 else None
        b = _actor_info(c.actor1) if c.actor1 else None
        if b is not None and (a is None or a.kb_id != b.kb_id) and self._part_denied(c):
            return True  # "a démenti que des soldats américains aient pris part aux combats"
        if a is None or b is None or (a.kb_id and a.kb_id == b.kb_id):
            return False
        if b.inter in (2, 3, 4) and a.kb_id != b.kb_id and self._own_denied_act(c):
            return True  # "Jaych al-Islam a démenti avoir pris part à l'offensive" of a rival
        if b.inter == 1 and b.country and a.country != b.country:
            return True  # "a US official denied that American troops took part" after an IS raid
        if c.sub == "Air/drone strike" and b.inter in (1, 8) and a.inter in (2, 3):
            return True  # a denied air strike of a state is not an armed group's act told before
        if _rival_of_coalition(a, b) or _rival_of_coalition(b, a):
            return True  # "raids russes ... le Pentagone a démenti que la coalition ait frappé"
        if not a.country or not b.country or a.inter not in (1, 3) or b.inter not in (1, 3):
            return False  # a coalition or a group stands for several countries
        return a.country != b.country

    def _actor_above(self, r: MentionRef, c: Cand) -> bool:
        """Is place ``r`` the subject of a verb whose complement clause holds the trigger
        ("Damas a salué l'accord, tout en prévenant que la province reviendrait ...")? The
        place speaks or acts there; the event it tells of happens elsewhere."""
        ix = self.ix  # type: ignore[attr-defined]
        j = r.head
        if j is None or not ix.parsed:
            return False
        for _ in range(4):
            t = ix.tokens[j]
            if t.dep in ("flat", "flat:name", "compound", "appos", "fixed", "conj") and t.head != j:
                j = t.head
                continue
            break
        t = ix.tokens[j]
        if t.dep not in _SUBJ or t.head == j:
            return False
        verb = t.head
        if verb == c.tok or verb not in ix.ancestors(c.tok):
            return False
        if ix.lemma(verb) in self.mod.modal:  # type: ignore[attr-defined]
            return False  # "Azaz pourrait tomber": the town undergoes what may happen
        k = c.tok
        while k != verb:
            if ix.tokens[k].dep in _CLAUSE_EDGES:
                return True
            k = ix.tokens[k].head
        return False


def _actor_info(r: MentionRef) -> ActorInfo | None:
    return ref_info(r)


def _rival_of_coalition(a: ActorInfo, b: ActorInfo) -> bool:
    """Is ``a`` the multinational coalition and ``b`` the forces of a state outside it (Russia,
    Syria, Iran)? Their strikes are two events, whatever the order of telling."""
    if not (a.name or "").startswith("Global Coalition") or b.inter != 1 or not b.country:
        return False
    return b.country.upper() not in _coalition_members()


@cache
def _coalition_members() -> frozenset[str]:
    """``coalition_members`` of ``data/events/modality.toml``."""
    return frozenset(data_toml("modality.toml").get("coalition_members") or [])


def _state_or_coalition(info: ActorInfo) -> bool:
    """Is the actor a state's forces or government, or a multinational coalition?"""
    if info.inter == 1 or info.inter == 8:
        return True
    name = info.name or ""
    return name.startswith(("Military Forces of", "Government of", "Global Coalition")) or (
        "Ministry of Defen" in name
    )
