"""What was done decides the kind: act rules mixed into the extractor (session 4, wave 2).

Why: ACLED types by the act, and partisan news tells acts in words the core rules read as
another kind. "Daech avait pris Palmyre" takes a town (a capture of its own, even when the
same sentence goes on "et dynamité le temple"); blowing up a temple or a statue in held
ground is property destruction, not a bomb; an air force that "gassed" a town used a chemical
weapon, whatever the killing verb that follows; troops invading a country fight its army;
armed men who "entered" a town took it (an entry into its outskirts is a fight); "ses hommes
s'apprêtaient à marcher sur X" is an advance to come, not a protest; a town "tombée aux mains
de l'organisation terroriste" fell to the jihadists the article names; the launch of an
offensive with no named side is launched by the side of the story just told. Non-events: a
fight noun that only describes gear or positions ("positions de combat"), a massacre the
sentence says was spared.

The methods run on :class:`newsift.events.extract.ArticleExtractor`; the words come from
``data/events/acts.toml`` (one table per language) and the trigger files' cue sets.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.actors import NON_STATE, actor_info
from newsift.events.kinds import CLASH, GRT, IED, NSO, NVT
from newsift.events.resources import Trigger, data_toml

if TYPE_CHECKING:
    from newsift.events.extract import Cand, SentView
    from newsift.events.index import DocIndex, MentionRef
    from newsift.events.resources import Lexicon

LOOT = "Looting/property destruction"
CHEM = "Chemical weapon"
CAPTURES = (GRT, NSO, NVT)
GROUND = (GRT, NSO, NVT, CLASH)
PROTESTS = frozenset({"Peaceful protest", "Protest with intervention"})
VIOLENT_KINDS = frozenset(
    {
        "Attack",
        IED,
        "Shelling/artillery/missile attack",
        "Air/drone strike",
        "Grenade",
    }
)
VERBAL = ("VERB", "AUX")
OBJ_DEPS = ("obj", "dobj")
SUBJ_DEPS = ("nsubj", "nsubj:pass", "nsubjpass")
HYPOTHETICAL = ("planned", "speculative")
POSSESSIVE = frozenset({"ses", "leurs", "son", "leur", "his", "their", "its"})
JIHADIST_WORDS = frozenset(
    {
        "terroriste",
        "terroristes",
        "jihadiste",
        "jihadistes",
        "djihadiste",
        "djihadistes",
        "islamiste",
        "islamistes",
        "terrorist",
        "terrorists",
        "jihadist",
        "jihadists",
        "islamist",
        "islamists",
    }
)
ARMED_INTER = (1, 2, 3, 8)
# how far from the publication day an event is still the story told (not its background)
NEWS_DAYS = 92
# auxiliaries of an act in progress ("were entering the town")
PROGRESSIVE = frozenset({"was", "were", "is", "are"})


@cache
def act_words(lang: str) -> dict[str, frozenset[str]]:
    data = data_toml("acts.toml").get(lang, {})
    return {key: frozenset(items) for key, items in data.items()}


TAKE = Trigger(
    sub="@territory", weight=0.7, needs_arg=True, requires_place=True, town=True, label="acts"
)


class ActRules:
    """Mixin: kinds read from the act itself (see the module docstring)."""

    ix: DocIndex
    lex: Lexicon
    lang: str
    sents: list[int]
    views: dict[int, SentView]
    _made: list[Cand]

    if TYPE_CHECKING:

        def tok_cue(self, name: str, toks: list[int] | frozenset[int] | range) -> bool: ...
        def _subject_side(self, c: Cand, clause: frozenset[int]) -> frozenset[int]: ...
        def _launch(self, c: Cand) -> bool: ...
        def _article_actors(self) -> list[MentionRef]: ...

    # ------------------------------------------------------------------ words
    def _aw(self, name: str, toks: list[int] | frozenset[int] | range) -> bool:
        words = act_words(self.lang).get(name)
        if not words:
            return False
        return any(self.ix.low(i) in words or self.ix.lemma(i) in words for i in toks)

    def _town_heads(self) -> dict[int, MentionRef]:
        return {
            r.head: r
            for r in self.ix.mentions.get("place", [])
            if r.head is not None and r.geo_precision < 3
        }

    def _country_heads(self) -> set[int]:
        return {
            r.head
            for r in self.ix.mentions.get("place", [])
            if r.head is not None and r.geo_precision >= 3
        }

    def _objects(self, i: int) -> list[int]:
        ix = self.ix
        return [ch for ch in ix.children[i] if ix.tokens[ch].dep in OBJ_DEPS]

    # ------------------------------------------------------------------ candidates
    def _act_cands(self, view: SentView, cands: list[Cand]) -> list[Cand]:
        """ "Daech avait pris Palmyre", "the jihadists took Palmyra": a verb of taking whose
        direct object is a town is a capture, when no trigger already reads that verb."""
        from newsift.events.extract import Cand

        ix = self.ix
        if not ix.parsed or not act_words(self.lang).get("take"):
            return []
        taken = {c.tok for c in cands}
        towns = self._town_heads()
        out: list[Cand] = []
        for i in view.toks:
            if i in taken or ix.tokens[i].pos not in VERBAL or not self._aw("take", [i]):
                continue
            names = ("flat:name", "flat", "compound")
            objs = [
                o
                for o in self._objects(i)
                if o in towns
                or any(g in towns for g in ix.children[o] if ix.tokens[g].dep in names)
            ]
            if not objs:
                continue
            t = ix.tokens[i]
            out.append(
                Cand(sub="@territory", trig=TAKE, tok=i, start=t.start, end=t.end, sent=view.si)
            )
        return out

    # ------------------------------------------------------------------ types
    def _act_retype(self, c: Cand, view: SentView, clause: frozenset[int]) -> None:
        """Type corrections read from the act (module docstring)."""
        ix = self.ix
        if not ix.parsed:
            return
        if c.sub in VIOLENT_KINDS and self._gassed(c, view):
            c.sub, c.settled = CHEM, True  # "l'aviation avait gazé la ville, tuant ..."
        if c.sub == IED and self._monument_blown(c):
            c.sub, c.settled = LOOT, True  # "et dynamité le temple de Bêl"
        unnamed_clash = c.sub == CLASH and c.actor1 is None and not c.actor1_name
        if (c.sub in PROTESTS or unnamed_clash) and self._armed_march(c, view):
            c.sub, c.settled = CLASH, True  # "ses hommes s'apprêtaient à marcher sur Al-Bab"
        if c.sub == CLASH and self._town_entry(c, view):
            info = c.info1()
            inter = info.inter if info else c.actor1_inter
            if inter == 1:
                c.sub, c.settled = GRT, True
            elif inter in NON_STATE:
                c.sub, c.settled = NSO, True  # "Turkish-backed militias entered Afrin city"
        if c.sub in CAPTURES and self._country_invaded(c):
            c.sub, c.settled = CLASH, True  # "les troupes américaines envahirent l'Irak"
        if c.sub == GRT:
            self._unnamed_captor(c)
        if c.sub == CLASH and c.actor1 is None and not c.actor1_name:
            self._launcher(c)

    def _gassed(self, c: Cand, view: SentView) -> bool:
        """Is a verb of gassing the trigger, its governor or in its clause?"""
        ix = self.ix
        near = {c.tok, *ix.ancestors(c.tok)[:3], *ix.children[c.tok]}
        return any(ix.tokens[i].pos in VERBAL and self._aw("gas", [i]) for i in near)

    def _monument_blown(self, c: Cand) -> bool:
        """Is a monument or place of worship what was blown up ("dynamité le temple")?"""
        ix = self.ix
        if not self._aw("blast", [c.tok]):
            return False
        verbs = [c.tok]
        head = ix.tokens[c.tok].head
        if head != c.tok:
            verbs.append(head)  # "fait sauter la mosquée": the object hangs on "faire"
        return any(self._aw("heritage", [o]) for v in verbs for o in self._objects(v))

    def _onto_town(self, c: Cand) -> bool:
        ix = self.ix
        towns = self._town_heads()
        for ch in ix.children[c.tok]:
            if ch in towns or any(g in towns for g in ix.subtree(ch)):
                if self.tok_cue("onto", [ch]) or any(
                    self.tok_cue("onto", [g]) for g in ix.children[ch]
                ):
                    return True
                if ix.tokens[ch].dep in OBJ_DEPS and any(
                    self.tok_cue("onto", [g]) for g in ix.subtree(ch)
                ):
                    return True
        return False

    def _armed_march(self, c: Cand, view: SentView) -> bool:
        """Do a commander's men march on a town ("ses hommes s'apprêtaient à marcher sur X",
        "his men would march on X")? The possessor is the armed side the sentence names."""
        ix = self.ix
        if not self.tok_cue("march_verb", [c.tok]) or not self._onto_town(c):
            return False
        subj = self._subject_side(c, frozenset())
        if not subj:
            for a in ix.ancestors(c.tok)[:2]:  # "s'apprêtaient à marcher": the governor's
                subj = frozenset(
                    g
                    for ch in ix.children[a]
                    if ix.tokens[ch].dep in SUBJ_DEPS
                    for g in ix.subtree(ch)
                )
                if subj:
                    break
        if not (self._aw("men", subj) and any(ix.low(i) in POSSESSIVE for i in subj)):
            return self._national_marchers(c, subj)
        armed = self._armed_mention(view)
        if armed is None:
            return False
        c.actor1, c.actor1_name, c.actor1_inter = armed, None, None
        return True

    def _national_marchers(self, c: Cand, subj: frozenset[int]) -> bool:
        """ "Les chars irakiens pourraient marcher sur Erbil": armed nouns with a nationality
        adjective march for that country's forces."""
        if c.actor1 is not None or not (self.tok_cue("armed", subj) or self._aw("armour", subj)):
            return False
        nationality = getattr(self, "_nationality_of", None)
        if nationality is None:
            return False
        isos = {x for x in map(nationality, subj) if x is not None}
        if len(isos) != 1:
            return False
        info = actor_info(f"{next(iter(isos)).lower()}-military", None)
        if not info.name:
            return False
        c.actor1_name, c.actor1_inter = info.name, 1
        return True

    def _armed_mention(self, view: SentView) -> MentionRef | None:
        for r in self.ix.in_sentence("actor", view.si):
            info = actor_info(r.m.kb_id, r.m.canonical or r.m.text)
            if not info.media and info.inter in ARMED_INTER:
                return r
        return None

    def _town_entry(self, c: Cand, view: SentView) -> bool:
        """Did armed men enter a town itself ("entrées dans Jarablus", "entered the centre of
        Afrin city"), not its outskirts or an enclave? That entry took the town."""
        ix = self.ix
        if c.trig.weight >= 0.6 or not self._aw("enter", [c.tok]):
            return False
        if ix.tokens[c.tok].pos not in VERBAL:
            return False
        imperfect = ix.low(c.tok).endswith(("ait", "aient"))
        imperfect = imperfect and not ix.low(c.tok).endswith(("erait", "eraient"))  # conditional
        if imperfect or any(ix.low(ch) in PROGRESSIVE for ch in ix.children[c.tok]):
            return False  # "entraient dans Al-Qaïm", "were entering": still fighting their way
        towns = self._town_heads()
        for ch in ix.children[c.tok]:
            if ix.tokens[ch].dep not in ("obl", "obl:arg", "obl:mod", "obj", "dobj", "prep"):
                continue
            sub = ix.subtree(ch)
            town = [i for i in sub if i in towns]
            if not town:
                continue
            before = [i for i in sub if i < min(town)]
            return not self._aw("partial", before)
        return False

    def _country_invaded(self, c: Cand) -> bool:
        """Do a state's forces invade a country ("envahirent l'Irak")? They fight its army."""
        if not self._aw("invade", [c.tok]):
            return False
        info = c.info1()
        if info is None or info.inter != 1:
            return False
        countries = self._country_heads()
        return any(
            o in countries or any(g in countries for g in self.ix.subtree(o))
            for o in self._objects(c.tok)
        )

    def _unnamed_captor(self, c: Cand) -> None:
        """ "Ramadi était tombée aux mains de l'organisation terroriste": the captor phrase
        names no actor but a jihadist or rebel noun; the town fell to that side, the group the
        article names most for it, and the state force the parse gave is the loser."""
        ix = self.ix
        words = re.findall(r"\w+", ix.folded[c.start : c.end])
        if not words or words[-1] not in self.lex.cue_words.get("captor", frozenset()):
            return
        after = ix.folded[c.end : c.end + 40]
        if c.actor1 is not None and c.actor1.start >= c.end and c.actor1.start < c.end + 40:
            return  # "aux mains de l'EI": the actors rules named it
        tail = set(re.findall(r"[\w'-]+", after)[:4])
        nonstate = self.lex.cue_words.get("nonstate", frozenset())
        if not (tail & nonstate or tail & JIHADIST_WORDS):
            return
        from newsift.events.sides import family_lead

        generic = "jihadists-generic" if tail & JIHADIST_WORDS else "sy-opposition"
        lead = family_lead(self._article_actors(), generic)
        info = c.info1()
        if info is not None and info.inter == 1:
            c.actor2 = c.actor1
        c.actor1, c.actor1_name, c.actor1_inter = lead, None, (None if lead else 2)
        c.sub, c.settled = NSO, True

    def _launcher(self, c: Cand) -> None:
        """The launch of an offensive that names no side ("L'offensive avait été lancée le 31
        mai avec l'appui de la coalition"): the side of the ground events (captures, clashes)
        of the story told in the sentence just before (within two sentences) launched it."""
        if c.modality in HYPOTHETICAL or not self._launch(c):
            return
        try:
            pos = self.sents.index(c.sent)
        except ValueError:
            return
        if len(getattr(self, "_sentence_triggers", ())) > 1:
            return  # "lancée après la reprise de X": the sentence's own event tells the side
        before = set(self.sents[max(0, pos - 2) : pos])
        published = getattr(self, "published", None)
        for made in reversed(self._made):
            if made.sent not in before or made.actor1 is None or made.sub not in GROUND:
                continue  # the side on the ground: not the air force that struck
            if made.when is None or published is None:
                continue
            if abs((published.start - made.when.start).days) > NEWS_DAYS:
                continue  # "tombée aux mains de l'EI en 2014": background, not the story's side
            info = made.info1()
            if info is not None and info.inter in ARMED_INTER and not info.media:
                c.actor1 = made.actor1
                return

    # ------------------------------------------------------------------ places
    def _leaves_from_elsewhere(self, c: Cand) -> bool:
        """Does the trigger move people away, so that a destination ("vers X") is not where
        it happened: an evacuation, a deal on one, civilians taken along ("en emmenant avec
        eux 2 000 civils, vers Jarablus")?"""
        if c.trig.sub in (NVT, "Agreement"):
            return True
        if c.trig.sub != "Abduction/forced disappearance":
            return False
        return self._aw("take_along", self.ix.tokens_in(c.start, c.end) or [c.tok])

    # ------------------------------------------------------------------ non-events
    def _act_not_event(self, c: Cand, view: SentView) -> bool:
        """A fight noun that only describes gear ("positions de combat"), or a violent act
        the sentence says was spared ("to spare the civilians from a massacre")."""
        ix = self.ix
        if not ix.parsed:
            return False
        t = ix.tokens[c.tok]
        fight_noun = c.sub == CLASH and t.pos == "NOUN" and t.head != c.tok
        if fight_noun and t.dep in ("nmod", "compound"):
            det = any(ix.tokens[ch].dep == "det" for ch in ix.children[c.tok])
            if not det and self._aw("gear", [t.head]):
                return True
        if (
            t.pos == "NOUN"
            and c.sub in ("Attack", "Mob violence")
            and any(self._aw("spare", [a]) for a in ix.ancestors(c.tok)[:3])
        ):
            return True
        return c.sub == NVT and self._withdrawal_before_entry(c)

    def _withdrawal_before_entry(self, c: Cand) -> bool:
        """ "Militias entered Afrin after the YPG withdrew": a withdrawal told in a clause
        under a capture of the same sentence is that capture's circumstance, not a hand-over
        of its own."""
        ix = self.ix
        if not self._withdrawal(c):  # type: ignore[attr-defined]
            return False
        up = set(ix.ancestors(c.tok)[:3])
        return any(m.sent == c.sent and m.sub in (GRT, NSO) and m.tok in up for m in self._made)
