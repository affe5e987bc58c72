"""Typing rules for world news wording (CASE 2021 / ACLED style), mixed into the extractor.

Why: wire snippets from every conflict region word ACLED's distinctions in ways the core
rules of :mod:`newsift.events.extract` read wrongly. The territory verbs (seize, storm, hand
over, surrender) change ground only when they take a place; their object decides otherwise
(people: an abduction or an arrest, weapons: disrupted weapons use, goods or a protest's
building: no territory event). Rioters who clash or a crowd that burns a house make a riot,
not a battle or looting; a protest that is only where someone was going is no protest; "before
dispersing" is no intervention; a coup is "Other"; a deal under which a town is handed over
is the handover's context; weapons seized or defused are not used.

The methods run on :class:`newsift.events.extract.ArticleExtractor` (``self.ix``, cue
helpers); all words come from the language's trigger file (cue sets named below).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsift.events.extract import Cand, SentView
    from newsift.events.index import DocIndex
    from newsift.events.resources import Lexicon

OBJ_DEPS = ("dobj", "obj")
PASSIVE_SUBJ = ("nsubjpass", "nsubj:pass")
TERRITORY = "@territory"
NVT = "Non-violent transfer of territory"
TERRITORY_TYPES = ("Government regains territory", "Non-state actor overtakes territory")
WEAPONS = frozenset(
    {
        "Suicide bomb",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Shelling/artillery/missile attack",
        "Air/drone strike",
        "Chemical weapon",
    }
)
PROTEST_SUBS = frozenset(
    {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
    }
)
# words that govern the frame of a deal ("under a deal", "as part of an accord")
DEAL_FRAME = frozenset({"under", "part", "line", "accordance", "terms", "per", "pursuant"})
# states whose forces arrest rather than abduct
STATE_INTER = 1


class WorldTyping:
    """Mixin: object-, subject- and frame-sensitive typing (see the module docstring)."""

    ix: DocIndex
    lex: Lexicon

    if TYPE_CHECKING:

        def tok_cue(self, name: str, toks: list[int] | frozenset[int] | range) -> bool: ...
        def cue(self, name: str, view: SentView | None = None, text: str | None = None) -> bool: ...
        def _live_cue(self, name: str, view: SentView) -> bool: ...
        def _cue_tokens(self, name: str, view: SentView) -> list[int]: ...
        def _subject_side(self, c: Cand, clause: frozenset[int]) -> frozenset[int]: ...

    # ------------------------------------------------------------------ objects
    def _object_head(self, c: Cand) -> int | None:
        """The token naming what a territory or handover verb takes: its direct object, the
        passive subject, a phrasal trigger's object, or a nominal trigger's "of" complement."""
        ix = self.ix
        if not ix.parsed:
            return None
        toks = ix.trigger_tokens(c)
        heads = [c.tok, *toks]
        for h in heads:
            for ch in ix.children[h]:
                if ix.tokens[ch].dep in OBJ_DEPS or ix.tokens[ch].dep in PASSIVE_SUBJ:
                    return ch
        if ix.tokens[c.tok].pos in ("NOUN", "PROPN"):
            for ch in ix.children[c.tok]:
                if ix.tokens[ch].dep == "prep" and ix.low(ch) == "of":
                    objs = [g for g in ix.children[ch] if ix.tokens[g].dep == "pobj"]
                    if objs:
                        return objs[0]
        return None

    def _object_core(self, o: int) -> list[int]:
        """The object noun and, for a quantity or a container ("dozens of students", "a cache
        of rifles", "200 head of cattle"), the noun of its "of" complement."""
        ix = self.ix
        out = [o] + [ch for ch in ix.children[o] if ix.tokens[ch].dep == "conj"]
        for ch in ix.children[o]:
            if ix.tokens[ch].dep == "prep" and ix.low(ch) == "of":
                out += [g for g in ix.children[ch] if ix.tokens[g].dep == "pobj"]
        return out

    def _object_kind(self, c: Cand) -> str | None:
        """place | people | weapons | goods | building, or None when the verb takes nothing
        the rules can read."""
        ix = self.ix
        if "territory_object" not in self.lex.cue_words:
            return None  # a language whose trigger file does not name place objects
        o = self._object_head(c)
        if o is None:
            return None
        core = self._object_core(o)
        named = set(core) | {
            ch for k in core for ch in ix.children[k] if ix.tokens[ch].dep in ("compound", "appos")
        }
        places = ix.mentions.get("place", [])
        actors = {r.head for r in ix.mentions.get("actor", []) if r.head is not None}
        if any(r.head in named for r in places if r.head is not None) and o not in actors:
            return "place"  # "captured Raqqa", "the town of Ber" (not "a station in Gao")
        if self.tok_cue("territory_object", core):
            return "place"
        if self.tok_cue("weapons_object", core):
            return "weapons"
        if self.tok_cue("goods_object", core):
            return "goods"
        if ix.tokens[o].pos == "PRON" and ix.low(o) in ("him", "her", "them", "us", "me"):
            return "people"
        people = any(r.head is not None and r.head in core for r in ix.mentions.get("person", []))
        if people or (
            self.tok_cue("civilian", core)
            and not self.tok_cue("building_object", core)
            and not self.tok_cue("armed", core)
        ):
            return "people"
        if self.tok_cue("building_object", core):
            return "building"
        return None

    def _place_object(self, c: Cand) -> bool:
        """Does a territory or handover trigger take a place noun ("handed over the base"),
        which places the event even when the place's name was not resolved, or people or
        weapons (then an abduction, an arrest or a seizure, which need no place)?"""
        if c.sub != TERRITORY and not (
            c.sub == NVT and self.tok_cue("handover_verb", self.ix.trigger_tokens(c))
        ):
            return False
        kind = self._object_kind(c)
        if kind == "place":
            o = self._object_head(c)
            return o is not None and self.tok_cue("site_object", self._object_core(o))
        return kind in ("people", "weapons")

    # ------------------------------------------------------------------ before typing
    def _world_pretype(self, c: Cand, view: SentView, clause: frozenset[int]) -> None:
        """Territory and handover verbs read by their object; a protest named only as
        someone's destination is no protest event."""
        handover = c.sub == NVT and self.tok_cue("handover_verb", self.ix.trigger_tokens(c))
        if c.sub == TERRITORY or handover:
            kind = self._object_kind(c)
            o = self._object_head(c) if kind == "goods" else None
            if o is not None and c.start <= self.ix.tokens[o].start < c.end:
                kind = None  # "raised the flag over X": the phrase names its own object
            if kind == "people" and c.trig.weight >= 0.9:
                kind = None  # "recaptured Bulo Burde": a recapture takes ground, whatever NER says
            if kind == "people":
                if c.sub == NVT:
                    c.sub = "@none"  # "handed him over to the prosecution"
                    return
                info = c.info1()
                subj = self._subject_side(c, clause) | self._conj_subject(c)
                state = (info is not None and info.inter == STATE_INTER) or (
                    self.tok_cue("state_force", subj) and not self.tok_cue("nonstate", subj)
                )
                c.sub = "Arrests" if state else "Abduction/forced disappearance"
            elif c.sub == NVT:
                if kind is None and self.ix.lemma(c.tok) in ("surrender", "surrendered"):
                    c.sub = "@none"  # "fighters surrendered to the army": not ground
            elif kind == "weapons":
                c.sub = "Disrupted weapons use"  # "seized a cache of rifles"
            elif kind == "goods":
                c.sub = "@none"  # "seizing leaflets", "recovering 200 head of cattle"
            elif kind == "building" and (
                self.cue("protest", view)
                or self.cue("rioter", view)
                or self.tok_cue(
                    "mob_subject", self._subject_side(c, clause) | self._conj_subject(c)
                )
            ):
                c.sub = "@none"  # "protesters stormed the council office": the protest types it
            elif kind == "building" and self.cue("coup", view):
                c.sub = "Other"  # "seized the state broadcaster" in a coup
        elif c.sub == "@protest" and self._destination_only(c):
            c.sub = "@none"
        elif c.trig.sub == "Abduction/forced disappearance" and self._object_kind(c) in (
            "goods",
            "weapons",
        ):
            c.sub = "@none"  # "carried off medicines and solar panels": looting, not people

    def _destination_only(self, c: Cand) -> bool:
        """Is the protest word only where someone was going ("on his way to a rally",
        "heading to an opposition rally")?"""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].pos not in ("NOUN", "PROPN"):
            return False
        t = ix.tokens[c.tok]
        if t.dep != "pobj" or ix.low(t.head) not in ("to", "for", "towards", "toward"):
            return False
        up = ix.ancestors(t.head)[:2]
        return any(self.tok_cue("en_route", [a]) for a in up)

    # ------------------------------------------------------------------ after typing
    def _conj_subject(self, c: Cand) -> frozenset[int]:
        """The trigger verb's subject, or that of the first verb of its coordination
        ("rioters looted shops and clashed with police")."""
        ix = self.ix
        if not ix.parsed:
            return frozenset()
        out: set[int] = set()
        n = c.tok
        for _ in range(4):
            for ch in ix.children[n]:
                if ix.tokens[ch].dep in ("nsubj", "nsubjpass", "nsubj:pass", "agent"):
                    out |= ix.subtree(ch)
            if out or ix.tokens[n].dep not in ("conj", "advcl") or ix.tokens[n].head == n:
                break
            n = ix.tokens[n].head
        return frozenset(out)

    def _verb_subject(self, c: Cand) -> bool:
        """Does a verbal trigger with an object have a noun subject of its own ("a crowd set
        fire to the house", "rebels seized 30 women" after a first verb), or a pronoun standing
        for the noun subject of the speech verb above it ("the factions said they had
        merged")? A trigger noun that is the object of a verb has that verb's subject ("the
        groups announced their merger")."""
        ix = self.ix
        if not ix.parsed:
            return False
        t = ix.tokens[c.tok]
        if t.pos == "NOUN" and t.dep in OBJ_DEPS and t.head != c.tok:
            return any(
                ix.tokens[ch].dep == "nsubj" and ix.tokens[ch].pos in ("NOUN", "PROPN")
                for ch in ix.children[t.head]
            )
        if t.pos not in ("VERB", "AUX") or not any(
            ix.tokens[ch].dep in ("nsubj", "npadvmod", "dobj", "obj", "nsubjpass")
            for ch in ix.children[c.tok]
        ):
            return False
        subj = self._conj_subject(c) - {c.tok}
        if any(ix.tokens[i].pos in ("NOUN", "PROPN") for i in subj):
            return True
        pron = [i for i in subj if ix.tokens[i].pos == "PRON" and ix.low(i) in ("they", "it")]
        if pron and ix.tokens[c.tok].dep == "ccomp":
            up = ix.tokens[c.tok].head
            return any(
                ix.tokens[ch].dep == "nsubj" and ix.tokens[ch].pos in ("NOUN", "PROPN")
                for ch in ix.children[up]
            )
        return False

    def _world_posttype(self, c: Cand, clause: frozenset[int]) -> None:
        """Rioters or protesters who clash make a riot (then typed by its target)."""
        if c.sub == "Armed clash" and self.ix.parsed:
            subj = self._subject_side(c, clause) | self._conj_subject(c)
            if self.tok_cue("rioter", subj) and not self.tok_cue("nonstate", subj):
                c.sub = "Mob violence"

    def _world_retype(self, c: Cand, view: SentView, clause: frozenset[int]) -> None:
        """Property burnt or a person set ablaze by a crowd is mob violence, not looting by
        an armed group."""
        if c.sub == "Looting/property destruction" and self.ix.parsed:
            subj = self._subject_side(c, clause) | self._conj_subject(c)
            if (
                self.tok_cue("mob_subject", subj)
                and not self.tok_cue("armed", subj)
                and not self.tok_cue("nonstate", subj)
            ):
                c.sub = "Mob violence"
        if c.sub == "Air/drone strike" and c.trig.weight < 0.9 and self._live_cue("foiled", view):
            c.sub = "Disrupted weapons use"  # "foiled a suicide attack ... shooting a bomber"

    def _time_clause(self, i: int) -> bool:
        """Is verb ``i`` the head of a clause of time ("quand l'EI a pris Mossoul", "when IS
        seized Mosul")? Such a clause tells when the main verb happened: the act it tells took
        place, whatever the main verb (fled, failed, escaped)."""
        ix = self.ix
        return any(
            ix.tokens[ch].dep in ("mark", "advmod") and ch < i and self.tok_cue("time_clause", [ch])
            for ch in ix.children[i]
        )

    def _prevented(self, chain: list[int], lemmas: list[str], prevent: frozenset[str]) -> bool:
        """Is the trigger the complement of a verb of preventing ("stopped them from
        attacking", "failed to take")? A verb only coordinated with it is not ("stopped a bus
        ... and executed three of them")."""
        ix = self.ix
        for k in range(1, min(4, len(chain))):
            if ix.parsed and ix.tokens[chain[k - 1]].dep == "conj":
                return False
            if ix.parsed and self._time_clause(chain[k - 1]):
                return False  # "ont fui quand l'EI a pris Mossoul": when it happened
            if lemmas[k] in prevent:
                return True
        return False

    def _protesters_violent(self, view: SentView) -> bool:
        """Is some violence of the sentence the protesters' own? Injuries the police cause
        while charging a sit-in ("baton-charged ..., injuring several") are not."""
        ix = self.ix
        if not ix.parsed:
            return True
        for i in self._cue_tokens("violent_demo", view):
            subj: set[int] = set()
            for n in [i, *ix.ancestors(i)[:3]]:
                for ch in ix.children[n]:
                    if ix.tokens[ch].dep in ("nsubj", "agent"):
                        subj |= ix.subtree(ch)
                if subj or ix.tokens[n].dep not in ("advcl", "conj", "xcomp", "acl"):
                    break
            if not subj or not self.tok_cue("state_force", frozenset(subj)):
                return True
        return False

    def _intervention_cue(self, view: SentView) -> bool:
        """Intervention cues of the sentence, but not protesters dispersing of their own
        accord ("before dispersing peacefully")."""
        ix = self.ix
        if not self._live_cue("intervention", view):
            return False
        if not ix.parsed:
            return True
        toks = self._cue_tokens("intervention", view)
        for i in toks:
            if ix.lemma(i) == "disperse" and not any(
                ix.tokens[ch].dep in (*OBJ_DEPS, *PASSIVE_SUBJ, "auxpass", "aux:pass")
                for ch in ix.children[i]
            ):
                continue
            return True
        return False

    # ------------------------------------------------------------------ one sentence
    def _march_reading(self, here: list[Cand]) -> None:
        """One word read both as a protest and as an advance ("a silent march through Dhaka
        on Tuesday", "troops marching on Raqqa"): armed men advance, others protest."""
        ix = self.ix
        if not ix.parsed:
            return
        for a in here:
            if a.trig.sub != "Armed clash" or a.trig.weight >= 0.8:
                continue
            for p in here:
                if p is a or p.sub not in PROTEST_SUBS or p.tok != a.tok:
                    continue
                subj = self._subject_side(p, frozenset()) | self._conj_subject(p)
                if self.tok_cue("armed", subj) or self.tok_cue("nonstate", subj):
                    p.dropped = "advance"
                else:
                    a.dropped = "march"

    def _world_yields(self, here: list[Cand]) -> None:
        """Within one sentence: a coup's arrests and seizures are the coup; weapons named as
        what was seized or defused were not used; the deal under which ground changes hands
        is the handover's frame, not a second event."""
        ix = self.ix
        here = [c for c in here if c.dropped is None]
        if not here:
            return
        if any(c.sub in ("Abduction/forced disappearance", "Sexual violence") for c in here):
            for c in here:
                if c.sub in TERRITORY_TYPES and c.trig.weight < 0.8:
                    c.dropped = "raid"  # "stormed a village and seized 30 women"
        self._march_reading(here)
        if ix.parsed and any(c.sub in PROTEST_SUBS for c in here):
            for c in here:
                if c.sub in PROTEST_SUBS or c.sub == "Arrests":
                    continue
                up = ix.ancestors(c.tok)[:4]
                if any(self.tok_cue("grievance", [a]) for a in up):
                    c.dropped = "grievance"  # "a sit-in to demand action on rape"
        coup = [c for c in here if c.sub == "Other" and c.trig.weight >= 0.9]
        if coup:
            for c in here:
                if c.sub in ("Arrests", "Government regains territory") or (
                    c.sub == "Non-state actor overtakes territory"
                ):
                    c.dropped = "coup"  # "took power, detaining the president"
        disrupted = [c for c in here if c.sub == "Disrupted weapons use"]
        if disrupted and ix.parsed:
            seized: set[int] = set()
            for d in disrupted:
                head = d.tok
                if ix.tokens[head].pos not in ("VERB", "AUX") and ix.tokens[head].head != head:
                    head = ix.tokens[head].head
                seized |= ix.subtree(head)
            for c in here:
                if c.sub in WEAPONS and c.tok in seized and c.tok not in {d.tok for d in disrupted}:
                    c.dropped = "disrupted"  # "seized rifles and grenades": none was thrown
        deals = [c.tok for c in here if c.sub == "Agreement" and c.dropped is None]
        if deals and ix.parsed:
            for c in here:
                if c.sub in (NVT, "Change to group/activity") and any(
                    d in ix.ancestors(c.tok)[:3] for d in deals
                ):
                    c.dropped = "term"  # "pledged to stop hostilities and to withdraw": a term
        if ix.parsed and any(c.sub != "Agreement" for c in here):
            for c in here:
                if c.sub == "Agreement" and ix.tokens[c.tok].pos in ("NOUN", "PROPN"):
                    up = ix.ancestors(c.tok)[:3]
                    if any(ix.low(a) in DEAL_FRAME for a in up):
                        c.dropped = "frame"  # "under a deal brokered by Russia, rebels handed..."
