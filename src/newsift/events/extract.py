"""Rule-based ACLED event extraction over one article: triggers, arguments, typing, modality.

For every sentence of an article's title and body, trigger words and phrases of the article's
language (data files) propose sub-event types; the dependency parse then decides who did what
to whom within the trigger's clause (subject side: actor1 and associated actors, object side:
actor2 and location), which date mention dates it, and whether the author asserts it or only
reports, denies, plans or speculates it. Candidates are then grouped so that one event stands
for one set of actors, one place and one day (ACLED precedence choosing the type), and repeats
within the article are merged (:mod:`newsift.events.merge`).

Places come from the trigger's own clause first (reference points such as "30 km north of X",
counterparts such as "an agreement with Russia", destinations and the places where someone
spoke are set aside), then an anaphor ("the town", "the capital"), the previous sentence of the
same story, the section heading or live-blog label, the article's town or main place. Dates
come from the trigger's own verb; "since 2015" starts a state, not an event. When no mention
names actor1, ACLED's generic actors fill it ("Unidentified Armed Group (X)", "Police Forces of
X" for arrests, "Protesters (X)"...).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache

from newsift.events import plans, referred, topic, where
from newsift.events.actors import (
    GRT,
    NON_STATE,
    NSO,
    ActorInfo,
    actor_info,
    ref_info,
    same_side,
    territory_by_inter,
)
from newsift.events.again import AgainRules
from newsift.events.earlier import EarlierActs
from newsift.events.entries import EntryDates
from newsift.events.essay import EssayRules
from newsift.events.eve import EventRelativeDays
from newsift.events.index import DocIndex, MentionRef
from newsift.events.kinds import KindRules
from newsift.events.means import MeansTyping
from newsift.events.missed import MissedRules, OverlookedRules
from newsift.events.past import BackgroundDates
from newsift.events.placing import PlacingRules
from newsift.events.prospective import HYPOTHETICAL, ProspectiveRules
from newsift.events.resources import (
    LANGS,
    Lexicon,
    ModalityCues,
    Quantities,
    Trigger,
    countries,
    country_by_name,
    fold,
    lexicon,
    modality_cues,
    place_cues,
    place_identity,
    quantities,
    schema,
)
from newsift.events.sides import SideRules
from newsift.events.story import (
    date_cues,
    forward_weekday,
    moves_story,
    named_past,
    relative_to_event,
    weekend_day,
    within_year,
)
from newsift.events.toll import SentenceToll, TollReader
from newsift.events.when import When, parse_value, weaker
from newsift.events.world import WorldTyping
from newsift.geo import haversine_km
from newsift.model import Article

CLAUSE_DEPS = frozenset(
    {"ROOT", "advcl", "ccomp", "xcomp", "relcl", "acl:relcl", "parataxis", "csubj", "root"}
)
CLAUSE_COMPLEMENTS = frozenset(
    {"ccomp", "xcomp", "parataxis", "advcl", "conj", "csubj", "acl", "relcl", "dep", "obj", "dobj"}
)
NESTED_DEPS = frozenset({"relcl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj"})
SUBJ_DEPS = frozenset({"nsubj", "csubj", "expl:subj", "nsubj:outer"})
# relative words that stand for the object of their clause ("que l'armée a chassés", "whom")
_OBJECT_RELATIVES = frozenset({"que", "qu'", "qu", "whom", "that", "which"})
PASS_SUBJ = frozenset({"nsubjpass", "nsubj:pass", "csubjpass", "csubj:pass"})
AGENT_DEPS = frozenset({"agent", "obl:agent"})
MOD_SUBJ_DEPS = frozenset({"amod", "poss", "nmod:poss"})
ANAPHORIC_DETS = frozenset(
    {"the", "this", "that", "these", "those", "l'", "le", "la", "les", "cette", "ce", "cet", "ces"}
)
FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "PART", "NUM"})
NAME_LABELS = frozenset({"ORG", "PERSON", "PER", "FAC", "WORK_OF_ART", "PRODUCT", "LAW"})
VERBAL = frozenset({"VERB", "AUX"})
# the word joining a period noun to the event it measures ("des semaines de combats")
_PERIOD_OF = frozenset({"de", "d'", "d’", "du", "des", "of"})
_LIST_GAP = re.compile(r"^[\s,;]*(?:,|and|et|&|to|au|à|through|-|–|—)?[\s,;]*(?:and|et)?\s*$", re.I)
_DIRECTION = re.compile(
    r"(?:direction|from the side|du côté|en provenance)\W*(?:\w+\W+){0,2}$", re.I
)
_LEAD = re.compile(
    r"^\s*(?:of|de|d'|du|des|in|on|at|à|en|the|la|le|les|l'|sur|contre|against|upon|\s)*\s*$"
)
_PLACE_LIST_GAP = re.compile(
    r"^\s*(?:,|and|et|or|ou|&)?\s*(?:,|and|et)?\s*(?:of|de|d'|du|des|in|à|the|la|le|l')?\s*$"
)
_RANGE_LEAD = re.compile(r"\b(?:entre|between|from)\b\W*(?:\w+\W+){0,2}$")
_RANGE_GAP = re.compile(r"\b(?:à|to|jusqu)\b")
_AND_GAP = re.compile(r"\b(?:et|and)\b|,")
_PASSIVE_BY = re.compile(r"^\s+\w+\s+by\b")  # "X backed by Y": X acts, Y backs it
_DIRECTION_AFTER = re.compile(r"^\W*(?:direction|axis|front)\b", re.I)
_CONDITIONAL_FR = re.compile(r"\w{2,}(?:rait|raient|rais|rions|riez)$")
_FUTURE_FR = re.compile(r"\w{3,}(?:ra|ront|rons|rez|rai)$")
_NOT_FUTURE_FR = frozenset({"contra", "ultra", "extra", "sera", "aura", "fera", "pourra"})
# future auxiliaries the ending pattern leaves out (``_NOT_FUTURE_FR``): "sera libérée", "aura pris"
_FUTURE_AUX_FR = frozenset({"sera", "seront", "aura", "auront"})
# ... and, where any verb counts (a condition on what is to come), "fera", "feront"
_FUTURE_FORMS_FR = _FUTURE_AUX_FR | {"fera", "feront"}
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
TERRITORY_SUBS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
NONVIOLENT = "Non-violent transfer of territory"
EXCESSIVE = "Excessive force against protesters"
# a negation word and the word after it ("sans combat", "without a fight", "no resistance")
NEGATED_FIGHT = re.compile(
    r"\b(?:sans|without|no|aucun|aucune|ohne|sin|без)\s+(?:a\s+|any\s+)?[\w-]+"
)
WEAPON_SUBS = frozenset(
    {
        "Suicide bomb",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Shelling/artillery/missile attack",
    }
)
FATAL_SUBS = frozenset(
    {"Excessive force against protesters", "Violent demonstration", "Mob violence"}
)


Dated = tuple[MentionRef, When]
STORY_WINDOW = 99  # sentences an undated event may be from the one that set the story's day
_NEG = frozenset({"not", "n't", "never", "no", "pas", "jamais", "aucun", "aucune"})

# a determiner just before a quotation that names an act ("une « marche »", "the 'March'")
_DETERMINER_END = re.compile(
    r"(?:^|[\s'])(?:une?|la|le|les|l'|cette|ce|sa|son|leur|a|an|the|this|their|its)$"
)


@dataclass(slots=True)
class Place:
    ref: MentionRef
    basis: str  # clause | sentence | anaphor | previous | focus
    precision: int


@dataclass(slots=True)
class Cand:
    """One candidate event before grouping (see the module docstring)."""

    sub: str
    trig: Trigger
    tok: int
    start: int  # trigger span
    end: int
    sent: int
    actor1: MentionRef | None = None
    assoc: list[MentionRef] = field(default_factory=list)
    actor2: MentionRef | None = None
    place: Place | None = None
    when: When | None = None
    date_basis: str = "none"  # clause | sentence | inherited | published | none
    fatalities: int | None = None
    toll_update: bool = False  # the figure is a raised toll ("the toll rose to 15")
    modality: str = "asserted"
    claimant: str | None = None
    confidence: float = 0.0
    ev_start: int = 0
    ev_end: int = 0
    dropped: str | None = None  # why a candidate is discarded
    title: bool = False  # told in the article's headline
    actor1_name: str | None = None  # a generic ACLED actor when no mention names one
    actor1_inter: int | None = None
    contested: list[str] = field(default_factory=list)  # who denies it (a later denial)
    launch: bool = False  # the launch of an operation: never the capture told elsewhere
    settled: bool = False  # typed by a rule of newsift.events.kinds: the learned typer keeps it

    def info1(self) -> ActorInfo | None:
        return _info(self.actor1)

    def info2(self) -> ActorInfo | None:
        return _info(self.actor2)


def _info(ref: MentionRef | None) -> ActorInfo | None:
    if ref is None:
        return None
    return ref_info(ref)


@dataclass(slots=True)
class SentView:
    """What the rules need of one sentence: its tokens, word set and folded text."""

    si: int
    start: int
    end: int
    toks: range
    words: frozenset[str]
    text: str  # folded sentence text


class ArticleExtractor(
    ProspectiveRules,
    WorldTyping,
    MeansTyping,
    EntryDates,
    EventRelativeDays,
    BackgroundDates,
    SideRules,
    EssayRules,
    MissedRules,
    AgainRules,
    KindRules,
    OverlookedRules,
    PlacingRules,
    EarlierActs,
):
    """Extracts candidate events from one article of a document (see module docstring)."""

    def __init__(self, ix: DocIndex, k: int | None, article: Article | None, lang: str) -> None:
        if ix.parsed and not any(
            ix.tokens[i].dep
            for s in ix.sentences
            if s.article == k
            for i in ix.sent_tokens.get(ix.sentences.index(s), ())
        ):
            ix = replace(ix, parsed=False)  # a blank pipeline (no parser for the language)
        self.ix = ix
        self.k = k
        self.article = article
        self.lang = lang if lang in LANGS else "en"
        self.lex: Lexicon = lexicon(self.lang)
        self.mod: ModalityCues = modality_cues(self.lang)
        self.qty: Quantities = quantities(self.lang)
        self._tolls = TollReader(ix, self.qty, self.lang)
        self._toll = SentenceToll()  # the reading of the sentence last given to fatalities()
        self.pc = place_cues(self.lang)
        self.sents = [
            si
            for si, s in enumerate(ix.sentences)
            if s.article == k and self._article_text(s.start) and si in ix.sent_tokens
        ]
        self.views = {si: self._view(si) for si in self.sents}
        self._ner: dict[int, list] = {}
        for n in ix.doc.ner:
            si = (
                ix.sentence_at(n.start)
                if not ix.tokens_in(n.start, n.end)
                else (ix.tokens[ix.tokens_in(n.start, n.end)[0]].sent)
            )
            if si is not None:
                self._ner.setdefault(si, []).append(n)
        self.published = parse_value(article.published) if article and article.published else None
        self.dcues = date_cues(self.lang)
        self.story: When | None = None  # the narrative's current day (see newsift.events.story)
        self._story_pos = -9  # the sentence position that set it
        self._pos = 0  # the sentence position being read
        self._story_walks = False  # set by a day told relative to the one before ("lendemain")
        self._lead_day: When | None = None
        self.focus = self._focus()
        self._sections = self._section_places()
        self.main_state_actor = self._main_state_actor()
        self._sentence_triggers: list[int] = []
        self._made: list[Cand] = []  # candidates made so far (earlier sentences)
        self._repeat_of: dict[int, int] = {}  # a verb of doing again -> the act it repeats

    # ------------------------------------------------------------------ helpers
    def _article_text(self, offset: int) -> bool:
        seg = self.ix.doc.segment_at(offset)
        if seg is None:
            return not self.ix.doc.segments
        return seg.kind in ("title", "body")

    def _view(self, si: int) -> SentView:
        s = self.ix.sentences[si]
        toks = self.ix.sent_tokens[si]
        words: set[str] = set()
        for i in toks:
            words.update(self.lex.forms(self.ix.low(i)))
            words.add(self.ix.lemma(i))
        return SentView(si, s.start, s.end, toks, frozenset(words), self.ix.folded[s.start : s.end])

    def cue(self, name: str, view: SentView | None = None, text: str | None = None) -> bool:
        """Is a word or phrase of cue set ``name`` in the sentence (or in ``text``)?"""
        words = self.lex.cue_words.get(name, frozenset())
        rx = self.lex.cue_phrases.get(name)
        if text is not None:
            toks = set(re.findall(r"\w+(?:-\w+)*", text))
            return bool(words & toks) or bool(rx and rx.search(text))
        assert view is not None
        return bool(words & view.words) or bool(rx and rx.search(view.text))

    def clause_cue(self, name: str, toks: frozenset[int]) -> bool:
        """Is a word or phrase of cue set ``name`` among the tokens ``toks`` (a clause)?"""
        if not toks:
            return False
        if self.tok_cue(name, toks):
            return True
        rx = self.lex.cue_phrases.get(name)
        if rx is None:
            return False
        start = min(self.ix.tokens[i].start for i in toks)
        end = max(self.ix.tokens[i].end for i in toks)
        return any(
            self.ix.tokens_in(m.start() + start, m.end() + start)[0] in toks
            for m in rx.finditer(self.ix.folded[start:end])
        )

    def tok_cue(self, name: str, toks: list[int] | frozenset[int] | range) -> bool:
        words = self.lex.cue_words.get(name, frozenset())
        lex = self.lex
        if lex.cue_stems.get(name) or lex.lang == "ar":
            return any(
                self.ix.lemma(i) in words
                or any(f in words for f in lex.forms(self.ix.low(i)))
                or lex.stem_cue(name, self.ix.low(i))
                for i in toks
            )
        return any(self.ix.low(i) in words or self.ix.lemma(i) in words for i in toks)

    # ------------------------------------------------------------------ triggers
    def triggers(self, view: SentView) -> list[Cand]:
        ix = self.ix
        hits: dict[int, list[tuple[Trigger, int, int]]] = {}
        finite: set[int] = set()  # tokens read as a verb through a guessed infinitive
        for i in view.toks:
            t = ix.tokens[i]
            keys = {*self.lex.forms(ix.low(i)), ix.lemma(i)}
            if ix.parsed and t.pos in FUNCTION_POS:
                continue
            if self.lex.stems:
                for trig in self.lex.stem_triggers(ix.low(i)):
                    hits.setdefault(i, []).append((trig, t.start, t.end))
            guessed = self._guessed_lemmas(i)  # "les canons pilonnaient/ADJ": pilonner
            for key in keys | guessed:
                for trig in self.lex.words.get(key, ()):
                    if (
                        trig.pos == "verb"
                        and ix.parsed
                        and t.pos not in VERBAL
                        and key not in guessed
                    ):
                        continue
                    if t.pos in VERBAL and key == ix.lemma(i) and self._agent_noun(i):
                        continue  # "contre l'occupant/VERB": the occupier, not occupying
                    if trig.pos == "noun" and ix.parsed and t.pos not in ("NOUN", "PROPN"):
                        continue
                    if ix.parsed and t.pos == "PROPN" and self._titlecase_inside(i, view):
                        continue  # "March" the month, "Strike Force" a name
                    if key in guessed:
                        finite.add(i)
                    hits.setdefault(i, []).append((trig, t.start, t.end))
        for rx, trig, needle in self.lex.phrases:
            if needle not in view.text:
                continue
            for m in rx.finditer(view.text):
                start, end = view.start + m.start(), view.start + m.end()
                toks = ix.tokens_in(start, end)
                head = self._trigger_head(toks)
                if head is not None:
                    hits.setdefault(head, []).append((trig, start, end))
        held = self.lex.cue_phrases.get("held")
        states = (
            [(view.start + m.start(), view.start + m.end()) for m in held.finditer(view.text)]
            if held is not None
            else []
        )
        cands: list[Cand] = []
        for i, found in sorted(hits.items()):
            if self._in_name(i):
                continue
            t = ix.tokens[i]
            if ix.parsed and t.dep in ("acl", "amod") and t.head != i and t.head in hits:
                continue  # "un accord négocié": the participle describes the event noun
            if any(s <= ix.tokens[i].start < e for s, e in states):
                # "la zone tenue par les rebelles": who holds ground, not an event -- unless a
                # return to control is only expected ("pourrait être sous contrôle")
                found = [x for x in found if x[0].prospective]
                if not found:
                    continue
            single = [x for x in found if x[2] - x[1] <= ix.tokens[i].end - ix.tokens[i].start]
            if (
                ix.parsed
                and ix.tokens[i].dep in ("compound", "amod")
                and (ix.tokens[i].pos not in VERBAL or not self._has_core_children(i))
                and len(single) == len(found)
                and not self._mistagged_participle(i)  # "had overrun/PROPN Rawa"
                and i not in finite  # "l'armée bombarda/ADV(amod) la mosquée": a simple past
            ):
                continue  # "battle tank", "attack submarine": a modifier, not an event
            ok: list[tuple[Trigger, int, int]] = []
            for trig, s, e in found:
                if (
                    trig.requires
                    and not any(self._cue_outside_motive(c, view) for c in trig.requires)
                    and not self._we_armed(i, trig.requires, view)  # "we entered Rawa"
                ):
                    continue
                if (
                    trig.unless
                    and any(
                        self._cue_outside_motive(c, view) and not self._only_self_cue(c, view, i)
                        for c in trig.unless
                    )
                    and not self._national_raid(i, trig, view)
                ):
                    continue
                if trig.object_not and self._object_of(i, trig.object_not):
                    continue  # "violer la trêve", "seized the opportunity": another sense
                if trig.head_not and ix.parsed and self.tok_cue(trig.head_not[0], [t.head]):
                    continue  # "ont violé la trêve": the truce is the object, not the event
                ok.append((trig, s, e))
            if any(t.requires for t, _, _ in ok):  # a satisfied context is the more specific
                # ... but so is a phrase over the word ("pushed IS out of Tal Afar")
                ok = [x for x in ok if x[0].requires or x[2] - x[1] > t.end - t.start]
            seen: set[str] = set()
            for trig, s, e in sorted(ok, key=lambda x: -x[0].weight):
                if trig.sub in seen:
                    continue
                seen.add(trig.sub)
                cands.append(Cand(sub=trig.sub, trig=trig, tok=i, start=s, end=e, sent=view.si))
        if any(not c.trig.alone for c in cands):
            # "l'artillerie a pilonné X avant que des chars ne franchissent la frontière": the
            # crossing is a step of the act the sentence tells, not an event of its own
            cands = [c for c in cands if not c.trig.alone]
        cands.extend(self._operation_cands(view, cands))  # "during Operation Just Cause"
        cands.extend(self._act_cands(view, cands))  # "Daech avait pris Palmyre"
        cands.extend(self._relative_takes(view, cands))  # "X, que l'EI avait prise en 2014"
        cands.extend(self._moves_toward(view, cands))  # "que l'armée pousse ensuite vers X"
        cands.extend(self._fall_nouns(view, cands))  # "après la chute de Hajin en décembre"
        cands.extend(self._clitic_takes(view, cands))  # "L'EI l'avait pris en mai 2015"
        cands.extend(self._air_power_strikes(view, cands))  # "la coalition a frappé X"
        cands.extend(self._repeats(view, cands))  # "..., et qui recommençait le 2 octobre"
        return cands

    def _object_of(self, i: int, cues: tuple[str, ...]) -> bool:
        """Is the object of trigger ``i`` (its direct object, passive subject, or a noun
        trigger's complement) a word of one of the cue sets ``cues``?"""
        ix = self.ix
        if not ix.parsed:
            return False
        deps = ("obj", "dobj", "nsubj:pass", "nsubjpass", "nmod", "pobj", "prep", "dep")
        for ch in ix.children[i]:
            if ix.tokens[ch].dep not in deps:
                continue
            toks = [ch]
            if ix.tokens[ch].dep == "prep":
                toks = [g for g in ix.children[ch] if ix.tokens[g].dep == "pobj"]
            if any(self.tok_cue(name, toks) for name in cues if name != "@actor"):
                return True
            if "@actor" in cues and any(
                r.head in toks for r in ix.in_sentence("actor", ix.tokens[i].sent)
            ):
                return True  # "destroy Daesh": a group is fought, not property destroyed
        return False

    def _has_core_children(self, i: int) -> bool:
        return any(
            self.ix.tokens[ch].dep in ("nsubj", "npadvmod", "dobj", "obj", "nsubjpass")
            for ch in self.ix.children[i]
        )

    def _titlecase_inside(self, i: int, view: SentView) -> bool:
        text = self.ix.text(self.ix.tokens[i].start, self.ix.tokens[i].end)
        return i != view.toks.start and text[:1].isupper() and not text.isupper()

    def _in_name(self, i: int) -> bool:
        """Is token ``i`` inside a named actor, organisation or person ("Popular
        Mobilization Units"): a name, not an event word."""
        t = self.ix.tokens[i]
        for kind in ("actor", "org", "person"):
            for r in self.ix.in_sentence(kind, t.sent):
                if r.start <= t.start and t.end <= r.end:
                    if kind == "actor" and not self.ix.doc.text[r.start : r.start + 1].isupper():
                        continue  # "frappes aériennes turques": a description, not a name
                    return True
        return any(
            n.start <= t.start and t.end <= n.end and n.label in NAME_LABELS
            for n in self._ner.get(t.sent, ())
        )

    def _trigger_head(self, toks: list[int]) -> int | None:
        if not toks:
            return None
        if not self.ix.parsed:
            return toks[0]
        content = [i for i in toks if self.ix.tokens[i].pos in ("VERB", "NOUN", "PROPN", "ADJ")]
        head = self.ix.span_head(toks)
        if head is not None and self.ix.tokens[head].pos in ("VERB", "NOUN", "PROPN", "ADJ"):
            return head
        return content[0] if content else head

    # ------------------------------------------------------------------ clause and roles
    def clause(self, i: int, view: SentView) -> tuple[int, frozenset[int]]:
        """The clause head of token ``i`` and the clause's tokens (nested clauses cut out)."""
        ix = self.ix
        if not ix.parsed:
            return i, frozenset(view.toks)
        j = next(
            (
                n
                for n in (i, *ix.ancestors(i))
                if ix.tokens[n].head == n
                or ix.tokens[n].dep in CLAUSE_DEPS
                or (ix.tokens[n].dep == "conj" and ix.tokens[n].pos in VERBAL)
            ),
            i,
        )
        keep = set(ix.subtree(j))
        for c in list(keep):
            tc = ix.tokens[c]
            if c != j and tc.dep in NESTED_DEPS and (tc.dep != "conj" or tc.pos in VERBAL):
                sub = ix.subtree(c)
                if i not in sub:
                    keep -= sub
            elif tc.dep == "acl" and tc.pos in VERBAL and tc.head != i and c != j:
                # "the town of Rawa, the last centre held by IS in Iraq": a description of
                # another noun, not the trigger's arguments
                sub = ix.subtree(c)
                if i not in sub:
                    keep -= sub
        return j, frozenset(keep)

    def role(self, ref: MentionRef, trig: int, head: int, clause: frozenset[int]) -> str:
        """``subj`` / ``obj`` / ``out`` for a mention relative to a trigger's clause."""
        ix = self.ix
        h = ref.head
        if h is None or h not in clause:
            return "out"
        if not ix.parsed:
            return "subj" if ref.end <= ix.tokens[trig].start else "obj"
        path: list[tuple[int, str]] = []
        for j in (h, *ix.ancestors(h)):
            if j == head:
                break
            path.append((j, ix.tokens[j].dep))
        deps = [d for _, d in path]
        if any(
            d in AGENT_DEPS and self._agent_of_event(ix.tokens[n].head, trig, head) for n, d in path
        ):
            return "subj"  # not "a defeat suffered by the army": another verb's agent
        if any(
            ix.low(c) in ("par", "by") and ix.tokens[c].dep in ("case", "prep")
            for n, _ in path[-2:]
            for c in ix.children[n]
        ) and any(ix.tokens[n].head == trig for n, _ in path):
            return "subj"
        on_trigger = [k for k, (n, _) in enumerate(path) if ix.tokens[n].head == trig]
        if trig != head and on_trigger:
            dep = path[on_trigger[0]][1]
            if ix.tokens[trig].pos in ("NOUN", "PROPN") and dep in MOD_SUBJ_DEPS:
                return "subj"
            if dep in SUBJ_DEPS:
                return "subj"
            return "obj"
        top = deps[-1] if deps else ""
        if top in ("aux", "auxpass", "aux:pass") and h < head and ref.m.text[:1].isupper():
            return "subj"  # "IS seized Tabqa": the group's name tagged as the verb "is"
        if top in PASS_SUBJ and (self._active_after_all(head) or self._motion_subject(head)):
            return "subj"  # "des avions ont frappé des positions": a mislabelled subject
        if top in PASS_SUBJ:
            return "obj"
        if top in SUBJ_DEPS:
            return "subj"
        if h == head or (trig == head and top in MOD_SUBJ_DEPS and ix.tokens[trig].pos != "VERB"):
            return "subj"
        return "obj"

    def _agent_of_event(self, verb: int, trig: int, head: int) -> bool:
        """Does an agent phrase on ``verb`` name who did the event: the trigger's own verb, its
        clause head, or a participle describing the trigger ("a missile fired by the
        Houthis", "une roquette tirée par les YPG")?"""
        t = self.ix.tokens[verb]
        return verb in (trig, head) or (t.dep in ("acl", "amod") and t.head == trig)

    def _active_after_all(self, verb: int) -> bool:
        """A "passive" subject of a verb with no passive auxiliary and a direct object (or a
        reflexive pronoun) is the parser's slip: the clause is active ("ont frappé des
        positions", "se sont emparées de")."""
        ix = self.ix
        kids = [ix.tokens[ch].dep for ch in ix.children[verb]]
        reflexive = any(  # "les factions se sont emparées de Sawran": a pronominal verb
            ix.low(ch) in ("se", "s'") and ix.tokens[ch].pos == "PRON" for ch in ix.children[verb]
        )
        return not any(d in ("aux:pass", "auxpass") for d in kids) and (
            reflexive or any(d in ("obj", "dobj") for d in kids)
        )

    # ------------------------------------------------------------------ arguments
    def _attribution_spans(self, view: SentView) -> list[tuple[int, int]]:
        """Character spans naming a source ("selon l'ONU", "..., the army said", "SOHR:"):
        the actors there report the event, they do not take part in it."""
        mod = self.mod
        spans: list[tuple[int, int]] = []
        if mod.attribution:
            for m in mod.attribution.finditer(view.text):
                tail = re.split(r"[,;:.«»“”\"]", view.text[m.end() : m.end() + 80])[0]
                spans.append((view.start + m.start(), view.start + m.end() + len(tail)))
        for rx in (mod.trailing, mod.trailing_before):
            m = rx.search(view.text) if rx is not None else None
            if m is not None:
                spans.append((view.start + m.start(), view.end))
        colon = view.text.find(":", 0, 45)
        if colon > 0:
            spans.append((view.start, view.start + colon))
        return spans

    def _backer(self, r: MentionRef, view: SentView) -> bool:
        """Does the actor only back the real actor ("coalition-backed forces", "soutenus par
        la Turquie", "при поддержке ВКС России")?"""
        pc = self.pc
        after = self.ix.folded[r.end : r.end + 30]
        if pc.backed and pc.backed.match(after) and not _PASSIVE_BY.match(after):
            return True  # "coalition-backed forces", not "forces backed by the coalition"
        return bool(pc.backer and pc.backer.search(self._lead(r, view.start)))

    def actors(self, c: Cand, view: SentView, head: int, clause: frozenset[int]) -> None:
        ix = self.ix
        sources = self._attribution_spans(view)
        refs = [
            r
            for r in ix.in_sentence("actor", view.si)
            if not any(s <= r.start and r.end <= e for s, e in sources)
            and not self._backer(r, view)
        ]
        subj: list[MentionRef] = []
        obj: list[MentionRef] = []
        media: list[MentionRef] = []
        orel = self._object_relative(c.tok, head) if ix.parsed else None
        if orel is not None:  # "les rebelles, que l'armée avait chassés de X": the army acted
            head = orel
            clause = frozenset(ix.subtree(orel))
        elif ix.parsed:  # "les rebelles, que l'armée avait chassés, ont repris X": not the army
            inner = [
                v
                for v in view.toks
                if ix.tokens[v].pos in (*VERBAL, "ADJ")
                and c.tok not in ix.subtree(v)
                and self._object_relative(v, v) == v
            ]
            cut = frozenset().union(*(ix.subtree(v) for v in inner)) if inner else frozenset()
            refs = [r for r in refs if r.head is None or r.head not in cut]
        for r in refs:
            info = _info(r)
            if info is not None and info.media:
                media.append(r)
                continue
            role = self.role(r, c.tok, head, clause)
            role = "obj" if role == "subj" and self._against(r, head) else role
            role = "obj" if role == "subj" and self._infinitive_object(r) else role
            if role == "subj":
                subj.append(r)
            elif role == "obj":
                obj.append(r)
        if not subj and ix.parsed and orel is None:
            t = ix.tokens[head]
            up_rel = self._object_relative(t.head, t.head) if t.dep == "conj" else None
            if up_rel is not None:
                # "Les rebelles, que l'armée avait chassés de X, ont repris Y" parsed with
                # "repris" coordinated to "chassés": the relative's antecedent acts
                subj = [r for r in refs if r.head == ix.tokens[up_rel].head][:1]
            elif t.dep in ("conj", "xcomp", "advcl") and t.head != head:
                up_head, up_clause = self.clause(t.head, view)
                for r in refs:
                    if (
                        r not in obj
                        and r not in media
                        and self.role(r, t.head, up_head, up_clause) == "subj"
                    ):
                        subj.append(r)
        if not subj and ix.parsed and self._pronoun_subject(head):
            # "SDF say they captured ...": the pronoun is the speaker
            for a in ix.ancestors(c.tok):
                if ix.lemma(a) in self.mod.speech:
                    up_head, up_clause = self.clause(a, view)
                    subj = [
                        r
                        for r in refs
                        if r not in media and self.role(r, a, up_head, up_clause) == "subj"
                    ][:1]
                    break
        if not subj and ix.parsed and self._pronoun_subject(head):
            # "Selon un commandant des FDS, elles s'apprêtent à lancer l'assaut": the source's
            # own side is the pronoun
            subj = self._source_side(c, view, sources)
        if not subj and ix.parsed:
            rel = [
                ch
                for ch in ix.children[head]
                if ix.tokens[ch].dep in SUBJ_DEPS and self.tok_cue("relative", [ch])
            ]
            if rel and ix.tokens[head].dep in ("relcl", "acl:relcl", "acl"):
                # "the Seventh Brigade from Tarhuna, which launched an offensive": the actor the
                # relative clause hangs on
                before = [r for r in refs if r.end <= ix.tokens[rel[0]].start and r not in media]
                subj = before[-1:]
        if not subj and ix.parsed:
            subj = self._apposed_subject([r for r in refs if r not in media], head)
            obj = [r for r in obj if r not in subj]
        if not subj and not ix.parsed:
            before = [r for r in refs if r.end <= c.start and r not in media]
            subj = before[-1:]
        if subj:
            c.actor1 = subj[0]
            key = subj[0].m.kb_id or subj[0].m.text
            for r in subj[1:]:
                if (r.m.kb_id or r.m.text) != key and not _overlaps(r, subj[0]):
                    c.assoc.append(r)
        for r in obj:
            if c.actor1 is not None and (
                (r.m.kb_id or r.m.text) == (c.actor1.m.kb_id or c.actor1.m.text)
                or _overlaps(r, c.actor1)
                or same_side(r.m.kb_id, c.actor1.m.kb_id)
            ):
                continue  # "les insurgés de Jaych al-Fateh": one side, not its own opponent
            c.actor2 = r
            break
        if c.actor2 is None and c.actor1 is None and not ix.parsed:
            after = [r for r in refs if r.start >= c.end and r not in media]
            c.actor2 = after[0] if after else None
        if orel is not None and c.actor2 is None:
            ante = [r for r in refs if r.head == ix.tokens[orel].head and r not in media]
            if ante and c.actor1 is not None and not same_side(ante[0].m.kb_id, c.actor1.m.kb_id):
                c.actor2 = ante[0]  # the side the relative's verb acted on
        if (
            c.trig.sub == "Non-violent transfer of territory"
            and c.actor2 is not None
            and c.actor2.head is not None
            and ix.parsed
            and any(
                ix.low(ch) in ("à", "aux", "to") and ix.tokens[ch].dep in ("case", "prep")
                for ch in (*ix.children[c.actor2.head], ix.tokens[c.actor2.head].head)
            )
        ):
            # "remise à l'armée", "handed over to the army": the receiver gains the ground
            c.actor1, c.actor2 = c.actor2, c.actor1

    def _apposed_subject(self, refs: list[MentionRef], head: int) -> list[MentionRef]:
        """The actor before an appositive the parser took for the subject: in "Les insurgés de
        Jaych al-Fateh, une coalition dominée par al-Nosra, ont pris X" / "The SDF, an alliance
        of Kurdish and Arab militias, took X" the subject is a common noun (no actor) right
        after a comma, and the actor before that comma hangs on the verb as a bare modifier
        (no preposition): that actor is who acted. Empty when the sentence has no such shape."""
        ix = self.ix
        for ch in ix.children[head]:
            if ix.tokens[ch].dep not in SUBJ_DEPS or ix.tokens[ch].pos != "NOUN" or ch < 1:
                continue
            if any(self._names_noun(r, ch) for r in refs):
                return []  # the subject phrase names an actor itself
            first = min(ix.subtree(ch))
            comma = first - 1
            if comma < 1 or ix.low(comma) != ",":
                continue
            cut = ix.tokens[comma].start
            before = [r for r in refs if r.end <= cut and not ix.folded[r.end : cut].strip()]
            if not before or before[-1].head is None:
                continue
            h = before[-1].head
            top = next((t for t in (h, *ix.ancestors(h)) if ix.tokens[t].head == head), None)
            if top is None or top > first:
                continue  # (``top``: the actor's word hanging on the verb)
            if any(ix.tokens[k].dep in ("case", "mark", "prep") for k in ix.children[top]):
                continue  # "Dans un communiqué de l'armée, ...": a phrase, not the subject
            return before[-1:]
        return []

    def _object_relative(self, tok: int, stop: int) -> int | None:
        """The verb of an object relative clause holding ``tok`` (``tok`` itself or an
        ancestor up to ``stop``): "les rebelles, que l'armée avait chassés", "the militants
        whom the army drove out" -- a verb describing a noun, with a subject of its own and
        the relative word as its object. Its subject did the act, its antecedent underwent
        it. None when ``tok`` is in no such clause."""
        ix = self.ix
        for j in (tok, *ix.ancestors(tok)):
            t = ix.tokens[j]
            if t.dep in ("acl", "relcl", "acl:relcl") and t.pos in (*VERBAL, "ADJ"):
                kids = ix.children[j]  # "délogés" is often tagged an adjective
                own_subject = any(ix.tokens[k].dep in SUBJ_DEPS for k in kids)
                rel_object = any(
                    ix.low(k) in _OBJECT_RELATIVES
                    and ix.tokens[k].dep in ("mark", "obj", "dobj")
                    and k < j
                    and self._after_antecedent(k, t.head)
                    for k in kids
                )
                return j if own_subject and rel_object else None
            if j == stop:
                return None
        return None

    def _after_antecedent(self, word: int, noun: int) -> bool:
        """Does relative word ``word`` follow noun ``noun``'s phrase (a comma may come
        between), as a relative pronoun does? Not a conjunction ("depuis que"), nor a speech
        verb's "que" after a day ("a promis dimanche que ...", parsed as a relative)."""
        ix = self.ix
        if ix.tokens[noun].pos not in ("NOUN", "PROPN", "PRON") or noun >= word:
            return False
        prev = word - 1
        if ix.low(prev) == "," and prev > noun:
            prev -= 1
        if prev not in ix.subtree(noun):
            return False
        up = ix.tokens[noun].head
        if up != noun and ix.lemma(up) in self.mod.speech:
            return False
        start = ix.tokens[noun].start
        return not any(d.start <= start < d.end for d in ix.mentions.get("date", []))

    def _names_noun(self, r: MentionRef, noun: int) -> bool:
        """Is ``r`` part of noun phrase ``noun`` itself ("les rebelles de l'ASL"), not of a
        clause describing it ("une coalition dominée par al-Nosra")?"""
        ix = self.ix
        if r.head is None:
            return False
        for j in (r.head, *ix.ancestors(r.head)):
            if j == noun:
                return True
            if ix.tokens[j].dep.startswith("acl"):
                return False
        return False

    def _pronoun_subject(self, head: int) -> bool:
        ix = self.ix
        return any(
            ix.tokens[ch].dep in SUBJ_DEPS and ix.tokens[ch].pos == "PRON"
            for ch in ix.children[head]
        )

    def _is_place_span(self, ref: MentionRef) -> bool:
        return any(
            p.start <= ref.start and ref.end <= p.end for p in self.ix.mentions.get("place", [])
        )

    def places(
        self, c: Cand, view: SentView, head: int, clause: frozenset[int]
    ) -> list[MentionRef]:
        """Place mentions of the sentence ranked for this trigger (best first).

        Places that name an actor (a capital or a vessel as subject), a counterpart ("an
        agreement with Russia"), or where someone spoke ("a speech in Canakkale") are left out;
        reference points ("30 km north of Baghdad") come after the place they locate."""
        ix = self.ix
        self._placed_elsewhere = False
        clause = clause | self._repeated_clause(c)  # "..., et qui recommençait le 2 octobre"
        subj_spans = [c.actor1, *c.assoc]
        out: list[tuple[tuple[int, ...], MentionRef]] = []
        trig_sub = ix.subtree(c.tok) if ix.parsed else frozenset()
        reported_clause = ix.parsed and any(
            ix.lemma(a) in self.mod.speech for a in ix.ancestors(c.tok)
        )
        quotes = [(s, e) for s, e in self._quote_spans(view) if not s <= c.start < e]
        speaker_side: set[int] = set()
        if ix.parsed:
            for a in [head, *ix.ancestors(c.tok)]:
                if ix.lemma(a) in self.mod.speech and ix.tokens[a].pos in VERBAL:
                    for ch in ix.children[a]:
                        if ix.tokens[ch].dep in SUBJ_DEPS and c.tok not in ix.subtree(ch):
                            speaker_side |= ix.subtree(ch)  # "la police de Kirkouk a annoncé"
        for r in ix.in_sentence("place", view.si):
            if topic.person_not_place(self, r):
                continue  # "Al-Baghdadi was killed": the IS leader, not the Anbar town
            if (
                any(a is not None and _overlaps(a, r) for a in subj_spans)
                and not (topic.located(self, r) and _precision(r) < 3)
            ) or _people(r):
                continue
            if any(s <= r.start < e for s, e in quotes):
                continue  # « Souvenez-vous de Benghazi ! »: a place of the quotation
            if r.head is not None and r.head in speaker_side and not topic.right_after(self, c, r):
                continue  # the speaker's own place, not where the event happened
            before = ix.folded[max(view.start, r.start - 40) : r.start]
            if _DIRECTION.search(before) or _DIRECTION_AFTER.match(ix.folded[r.end : r.end + 14]):
                continue
            lead = self._lead(r, view.start)
            if self.pc.partner and self.pc.partner.search(lead):
                continue  # "un accord avec Moscou": a counterpart, not where
            if self._speech_place(r, c.tok) and not topic.right_after(self, c, r):
                continue  # "lors d'un discours à Canakkale": where it was said
            if self._origin_place(r) or where.came_from(self, r, view):
                continue  # "the troops from Baghdad": where the actor comes from
            if self._capital_forces(r):
                continue  # "les troupes de Bagdad": the government whose troops act
            if not self._protest_like(c) and topic.people_place(self, r, view):
                continue  # "les bus des évacués de Foua": where the people come from
            if self._not_event_place(r, c, view, head):
                continue  # a sponsor, a speaker's place, a government, a city's quarter
            prec = _precision(r)
            ref = 1 if self.pc.reference and self.pc.reference.search(lead) else 0
            if where.origin(self, r, view) or where.around(self, r, view):
                ref = 1  # "tirée depuis la Syrie", "in the countryside of Aleppo": if no other
                if where.origin(self, r, view):
                    ref = 2  # where fire came from: after even the area it fell in
            if where.dateline(self, r, view):
                ref = max(ref, 1)  # "BAGHDAD, April 14 (Agency) -": where it was filed
            if topic.time_reference(self, r, view) and not 0 <= r.start - c.end <= 15:
                ref = max(ref, 1)  # "after the fall of Mosul": the time, not the place
            if self._evacuees_destination(r, view):
                self._placed_elsewhere = True
                continue  # "l'évacuation des combattants vers Jarablus": where they are taken
            if self._purpose_place(r, view):
                ref = max(ref, 2)  # "pour protéger Benghazi": what the move protects
            if self.pc.destination and self.pc.destination.search(lead):
                if where.in_other_clause(self, r, c.tok):
                    # "exécuté des civils qui tentaient de fuir vers Makhmour", "frappé un convoi
                    # qui se dirigeait vers Morek": where someone was heading, not the event
                    continue
                if self._leaves_from_elsewhere(c):
                    self._placed_elsewhere = True
                    continue  # "évacués vers Idlib": they left from elsewhere
                # "headed towards Darat Izza to set up an observation post": a base is set up
                # where the troops go
                ref = 0 if c.trig.sub == "Headquarters or base established" else 1
                if plans.own_destination(self, r, c):
                    ref = 0  # "se diriger vers Maaret puis Saraqeb": the move's own place
            if where.relative_antecedent(self, r, c.tok):
                out.append(((ref, 0, self._level(r), abs(r.start - c.start)), r))
                continue  # "Hit, a town which ISIS had seized in 2014": the town it tells of
            if plans.next_target(self, r, c):
                out.append(((ref, 0, self._level(r), abs(r.start - c.start)), r))
                continue  # "the next target is Jurf al-Sakhar"
            if ix.parsed and self._place_is_actor(r) and r is not self._label_place(view.si):
                if where.described_town(self, r, c.tok):
                    out.append(((ref, 1, self._level(r), abs(r.start - c.start)), r))
                    continue  # "Ramadi avait été la dernière ville à tomber": what fell
                if self._actor_above(r, c):
                    continue  # "Damas a salué l'accord, tout en prévenant que ...": who speaks
                if where.seat_agent(self, r):
                    continue  # "une opération condamnée par Bagdad": the government judging
                if self._patient_subject(r, c.tok, head):
                    scope = 1  # "Afrine tombe aux mains de ...": the place undergoes it
                else:
                    # "Washington installed ...", "the submarine Kolpino launched ...": actors;
                    # kept last, and only a town not named by a noun before it
                    prev = ix.tokens_in(max(view.start, r.start - 30), r.start)[-1:]
                    if (prev and ix.tokens[prev[0]].pos == "NOUN") or prec >= 3:
                        continue
                    if where.foreign_seat(self, r):
                        continue  # "une frappe que Washington avait présentée": a government
                    scope = 3
                out.append(((ref, scope, self._level(r), abs(r.start - c.start)), r))
                continue
            if (
                reported_clause
                and (r.head is None or r.head not in clause)
                and not where.told_activity_place(self, r)
                and not topic.right_after(self, c, r)
                and not self._reported_event_place(c, r)
            ):
                continue  # "..., Abadi told a conference in Baghdad": where it was said
            if r.head is not None and r.head in trig_sub:
                # "incendié des bus qui devaient évacuer les blessés de Kefraya": a place in a
                # clause nested under the trigger is less its own than one on the trigger
                scope = 1 if where.nested_below(self, r, c.tok) else 0
            elif r.head is not None and r.head in clause:
                scope = 1
            else:
                scope = 2
            out.append(((ref, scope, self._level(r), abs(r.start - c.start)), r))
        refs = [r for k, r in out if k[0] == 1]
        if refs:
            # "Kati Island north of Deir Ezzor" linked to a town 2,000 km away: the place a
            # reference point locates lies near it, else the link is wrong
            out = [(k, r) for k, r in out if k[0] == 1 or not any(_km(r, x) > 400 for x in refs)]
        home = (self.focus.m.country or "").upper() if self.focus is not None else ""
        if home and any((r.m.country or "").upper() == home for _, r in out):
            # "the Fallah area of Tripoli" linked to a town abroad: a place of the article's
            # country comes first
            rs = [r for _, r in out]
            out = [((k[0], where.home_rank(self, r, home, clause, rs), *k[1:]), r) for k, r in out]
        out.sort(key=lambda x: x[0])
        out = self._near_town_first(out, view)  # "à X, près de Hermel, dans la Békaa": Hermel
        # "sur le sud d'Idleb, notamment autour de Khan Cheikhoun": the town singled out
        return topic.singled_out(self, [r for _, r in out], view.start)

    def _protest_like(self, c: Cand) -> bool:
        """Is the candidate a protest or riot (whose people's town is the event's place)?"""
        return c.sub == "@protest" or schema().event_type.get(c.sub) in ("Protests", "Riots")

    def _not_event_place(self, r: MentionRef, c: Cand, view: SentView, head: int) -> bool:
        """Is the place a sponsor ("sous l'égide de la Russie"), inside an attribution
        ("according to a US official"), a government named by its capital ("the message from
        Washington, Tel Aviv and ..."), or a quarter after its city ("the Raqqa district of
        al-Qadisiyah")? See :mod:`newsift.events.where`."""
        if where.sponsor(self, r, view) or where.speaker_place(self, r, c.start, view):
            return True
        if where.seat(self, r):
            return True  # "l'OSDH, basé à Londres", "the London-based monitor"
        if where.opinion_seat(self, r):
            return True  # "personne, à Washington, ne ...": a government that reacts
        if where.venue(self, r, view):
            return True  # "un cessez-le-feu négocié à la base de Hmeimim": the talks' venue
        if where.in_title(self, r, view):
            return True  # "l'ambassadeur de Russie en Turquie"
        if where.viewpoint(self, r, view) or where.described_country(self, r, view):
            return True  # "Pour Damas, la prochaine étape", "Mossoul, deuxième ville d'Irak"
        if where.district_of_city(self, r, view):
            return True
        if topic.far_quarter(self, r, view):
            return True  # "le quartier de Qadissiya" of Tikrit linked to a town 300 km away
        patient = self.ix.parsed and self._patient_subject(r, c.tok, head)
        return not patient and where.metonymy_listed(self, r, view)

    def _level(self, r: MentionRef) -> int:
        """0 for a town or finer, 1 for a region, 2 for a whole country."""
        if _precision(r) < 3:
            return 0
        name = fold(r.m.name)
        return 2 if name in _country_names() or fold(r.m.text) in _country_names() else 1

    def _place_is_actor(self, r: MentionRef) -> bool:
        """Does the place itself fill a subject or agent slot (metonymy: "Damas accuse",
        "Washington installed", "bombed by the United States Army")?"""
        ix = self.ix
        if r.head is None or not ix.parsed:
            return False
        j = where.name_head(ix, r.head)
        t = ix.tokens[j]
        for _ in range(4):  # "the United States and the United Kingdom created": conjuncts
            if t.dep != "conj" or t.head == j:
                break
            j = t.head
            t = ix.tokens[j]
        if t.dep in SUBJ_DEPS:
            return not self._conjoined_after_pp(r)
        if t.dep in AGENT_DEPS:
            return True
        gov = ix.tokens[t.head]
        if t.dep == "pobj" and gov.dep in AGENT_DEPS:
            return True
        if t.dep in ("poss", "nmod:poss"):
            return True  # "Russia's submarine", "Turkey's operation"
        return (
            t.dep in ("obl", "nmod")
            and any(
                ix.low(ch) in ("par", "by") and ix.tokens[ch].dep in ("case", "prep")
                for ch in ix.children[j]
            )
            and gov.pos in VERBAL
            and ix.tokens[j].head != j
        )

    def _conjoined_after_pp(self, r: MentionRef) -> bool:
        """Does the place follow a coordinator closing a prepositional phrase ("les frappes sur
        le Sud et la Bekaa ont fait 558 morts", "strikes on Homs and Hama killed")? The parser
        may hang such a second conjunct on the verb as its subject; it is a place the phrase
        names, not an actor."""
        ix = self.ix
        k = min(r.toks) - 1
        while k >= 0 and ix.tokens[k].pos == "DET":
            k -= 1
        if k < 1 or ix.low(k) not in self.pc.coordinators:
            return False
        p = k - 1
        while p >= 0 and ix.tokens[p].pos == "PUNCT":
            p -= 1
        if p < 0:
            return False
        q = where.name_head(ix, p)
        tq = ix.tokens[q]
        if tq.dep == "pobj":
            preps = [tq.head]
        elif tq.dep in ("nmod", "obl", "obl:mod", "obl:arg"):
            preps = [ch for ch in ix.children[q] if ix.tokens[ch].dep in ("case", "prep")]
        else:
            return False
        return bool(preps) and not any(ix.low(i) in self.pc.owner_preps for i in preps)

    def _patient_subject(self, r: MentionRef, trig: int, head: int) -> bool:
        """Is the place the subject of the trigger's own intransitive verb ("Raqqa fell to",
        "Afrine tombe aux mains de"), so the place is what changed hands?"""
        ix = self.ix
        if r.head is None:
            return False
        verb = ix.tokens[r.head].head
        if verb not in (trig, head) or ix.tokens[verb].pos not in VERBAL:
            return False
        return not any(ix.tokens[ch].dep in ("dobj", "obj") for ch in ix.children[verb])

    def _speech_place(self, r: MentionRef, stop: int | None) -> bool:
        """Is the place attached to a speaking event -- governed by a speech verb ("said in
        Baghdad") or a speech noun ("un discours à Canakkale") -- rather than to the event
        told? The walk up the parse stops at the trigger ``stop`` and at other verbs."""
        ix = self.ix
        if not ix.parsed or r.head is None:
            return False
        for a in [r.head, *ix.ancestors(r.head)][1:4]:
            if a == stop:
                return False
            t = ix.tokens[a]
            lem = ix.lemma(a)
            if t.pos in VERBAL:
                kids = ix.children[r.head]
                case = {ix.low(ch) for ch in kids if ix.tokens[ch].dep in ("case", "prep")}
                if ix.tokens[r.head].dep == "pobj":
                    case.add(ix.low(ix.tokens[r.head].head))
                locative = bool(case & self.pc.locative)
                return locative and (lem in self.mod.speech or ix.low(a) in self.mod.speech)
            if t.pos == "NOUN" and self.pc.speech_nouns & {lem, ix.low(a)}:
                return True
            if t.pos not in ("NOUN", "PROPN", "ADP", "DET", "ADJ", "NUM"):
                return False
        return False

    def _origin_place(self, r: MentionRef) -> bool:
        """Is the place the origin of an armed actor ("troops from Baghdad", "fighters from
        Tarhuna")?"""
        ix = self.ix
        if not ix.parsed or r.head is None or ix.tokens[r.head].dep != "pobj":
            return False
        prep = ix.tokens[r.head].head
        noun = ix.tokens[prep].head
        return (
            ix.low(prep) == "from"
            and ix.tokens[noun].pos in ("NOUN", "PROPN")
            and (self.tok_cue("armed", [noun]) or self.tok_cue("nonstate", [noun]))
        )

    def _antecedent_ok(self, r: MentionRef, view_start: int) -> bool:
        """May a place of an earlier sentence stand for "the town" / "the area" later on?"""
        ix = self.ix
        if _people(r) or ix.parsed and (self._place_is_actor(r) or self._speech_place(r, None)):
            return False
        if where.seat(self, r):
            return False  # "l'OSDH, basé à Londres": the monitor's seat, not the story's place
        if self._road_end(r, view_start):
            return False  # "la route qui relie Raqqa à Mossoul": the road's ends
        if where.compared(self, r, view_start):
            return False  # "deuxième chef-lieu à tomber après Rakka": a comparison
        before = ix.folded[max(view_start, r.start - 40) : r.start]
        if _DIRECTION.search(before) or _DIRECTION_AFTER.match(ix.folded[r.end : r.end + 14]):
            return False  # "from the direction of al-Mayadin": where forces come from
        return not (self.pc.partner and self.pc.partner.search(self._lead(r, view_start)))

    def _lead(self, r: MentionRef, floor: int) -> str:
        """The folded text just before a mention (at most 60 characters, not before
        ``floor``)."""
        return self.ix.folded[max(floor, r.start - 60) : r.start]

    def _not_reference_points(self, refs: list[MentionRef], floor: int) -> list[MentionRef]:
        """Those of ``refs`` not written as a reference point that locates another place ("à
        l'est de Homs", "30 km north of Baghdad"; placing cues ``reference``)."""
        rx = self.pc.reference
        return [r for r in refs if not (rx and rx.search(self._lead(r, floor)))]

    def direct_places(self, c: Cand, ranked: list[MentionRef]) -> list[MentionRef]:
        """Places listed right after the trigger ("batailles d'Alep, de Deir Ezzor et
        d'Al-Mayadin", "liberated Raqqa and Tabqa"): each is its own event."""
        ix = self.ix
        after = sorted(
            (r for r in ranked if r.start >= c.end and _precision(r) < 3),
            key=lambda r: r.start,
        )
        if len(after) < 2:
            return []
        lead = ix.folded[c.end : after[0].start]
        if not _LEAD.match(lead):
            return []
        chain = [after[0]]
        for r in after[1:]:
            gap = ix.folded[chain[-1].end : r.start]
            if not _PLACE_LIST_GAP.match(gap):
                break
            chain.append(r)
        return _distinct_places(chain)

    def _listed_with(
        self, best: MentionRef, ranked: list[MentionRef], view: SentView, after: int
    ) -> list[MentionRef]:
        """The towns listed together with the chosen place ("in Manbij and Jarabulus", "sur
        Arbine, Zamalka et Aïn Tarma"), in text order, when there are several; a range
        ("between X and Y", "de X à Y") is one place, not a list."""
        ix = self.ix
        towns = sorted((r for r in ranked if _precision(r) < 3), key=lambda r: r.start)
        if best not in towns or len(towns) < 2:
            return []
        k = towns.index(best)
        lo = hi = k
        while lo > 0 and self._list_gap(towns[lo - 1], towns[lo]):
            lo -= 1
        while hi < len(towns) - 1 and self._list_gap(towns[hi], towns[hi + 1]):
            hi += 1
        chain = towns[lo : hi + 1]
        # "sur X, dans la province d'Anbar, et sur une base près de Y", "à X comme à Y": the
        # list goes on past appositions and short noun phrases (missed.py `_coordinated`)
        for r in towns[hi + 1 :]:
            if self._coordinated(chain[-1], r):
                chain.append(r)
            elif not self._apposed(chain[-1], r):
                break
        if len(chain) < 2 or (chain[0].start < after and not self._fronted(chain, view)):
            return []  # "les habitants de Douma, Harasta ou Mesraba vivent ...": not its places
        lead = ix.folded[max(view.start, chain[0].start - 25) : chain[0].start]
        gap = ix.folded[chain[0].end : chain[1].start]
        if len(chain) == 2 and (
            _RANGE_LEAD.search(lead)
            or (
                _RANGE_GAP.search(gap)
                and not _AND_GAP.search(gap)
                and not self._coordinated(chain[0], chain[1])  # "à X comme à Y"
            )
        ):
            return []  # "entre Homs et Hama", "de Homs à Hama": a road, one place
        return _distinct_places(chain)

    def _list_gap(self, a: MentionRef, b: MentionRef) -> bool:
        """Do places ``a`` and ``b`` follow each other in one list: a joiner between them, or
        only more items the gazetteer lacks ("X, Latamné et Y", see
        :func:`where.unknown_items_between`)?"""
        if _PLACE_LIST_GAP.match(self.ix.folded[a.end : b.start]):
            return True
        return where.unknown_items_between(self, a, b)

    def fallback_place(self, c: Cand, view: SentView, clause: frozenset[int]) -> Place | None:
        """No place in the sentence: an anaphor ("the town", "in the area") or a recent
        sentence's place, else the article's focus (precision lowered)."""
        fac = topic.facility_place(self, clause, view.si)  # "deployed to the airfield"
        fac = fac or self._facility_before(clause, view.si)  # "la base des blindés de X"
        if fac is not None:
            return Place(fac, "anaphor", max(_precision(fac), 2))
        clitic = where.clitic_anaphor(self, clause)  # "les forces en ont repris le contrôle"
        town = self._anaphor("anaphor_town", clause, c.tok) or clitic
        town = town or where.theme_noun(self, view.start) is not None  # "Le bourg, que ..."
        pos = self.sent_pos(view.si, 0)
        fled = self._fled_place(c, view, pos)  # "Avant de fuir, ... ont incendié": fled from
        if fled is not None:
            return Place(fled, "previous", max(_precision(fled), 2))
        area = self._anaphor("anaphor_area", clause)
        quoted = self._quoted_town_before(c, view) if town else None
        if quoted is not None:  # « massacrer Benghazi », ... aux portes de la ville
            return Place(quoted, "anaphor", _precision(quoted))
        if self.tok_cue("capital", clause):
            cap = self._capital()
            if cap is not None:
                return Place(cap, "anaphor", _precision(cap))
        for back in range(1, 4):
            if pos - back < 0:
                break
            si = self.sents[pos - back]
            if not self._same_section(si, view.si):
                break  # a heading stands between: another story
            start = self.ix.sentences[si].start
            if not self._same_entry(start, view.start):
                break  # another post of a channel or live page: its own place
            prev = [
                r
                for r in self.ix.in_sentence("place", si)
                if _precision(r) < 3
                and (
                    self._antecedent_ok(r, start)  # a town subject of "servait de": the topic
                    or (town and where.town_topic(self, r) and not where.seat(self, r))
                )
                and (c.modality in HYPOTHETICAL or not self._hypothetical_target(r))
                and not where.no_antecedent(self, r, clause)  # "Damas dément": a government
                and not self._far_abroad(r)  # "un porte-parole de l'Unesco à Paris"
            ]  # a target announced before is where a plan told next goes
            if all(self._refuge(r, start) for r in prev):
                prev = []  # "Les habitants ont fui vers Lattaquié": only where people fled to
            if len(prev) > 1:
                prev = self._not_reference_points(prev, start) or prev
            if not (town or clitic):  # "... en direction de Jarablous": not where it was
                prev = where.not_headed_for(self, prev, start)
            prev = self._towns_before_sites(prev) if town else prev  # "la cité", not T4 base
            if prev:
                r = prev[-1] if back == 1 else prev[0]
                if clitic or town:  # the sentence's subject town, not a later town in it
                    r = where.topic_place(self, prev) or r  # "Touz ..., est disputée. ... en"
                if town:
                    r = (self._story_town_over(r, pos) if back == 1 else None) or r
                    return Place(r, "anaphor", _precision(r))
                if area:
                    return Place(r, "anaphor", max(_precision(r), 2))
                if back == 1:
                    if self._town_focus() is not None and not self._same_story(c, si):
                        break  # an article about one town: a new kind of event happens there
                    return Place(r, "previous", max(_precision(r), 2))
                break
        heading = self._sections.get(view.si, (0, None))[1]
        label = heading is not None and heading.sent not in (None, *self._headings)
        label = label and self._label_place(heading.sent) is heading  # "Irak : ...", no heading
        story = where.story_town(self, heading) if label else None  # "... à Mossoul"
        if story is not None:
            return Place(story, "focus", max(_precision(story), 2))
        if heading is not None:
            return Place(heading, "focus", max(_precision(heading), 2))
        focus = self._town_focus()
        if focus is not None:
            return Place(focus, "focus", max(_precision(focus), 2))
        story = where.story_town(self, self.focus)  # a country in focus: the story's town
        if story is not None:
            return Place(story, "focus", max(_precision(story), 2))
        town = where.country_town(self, self.focus, view.si) if self.focus is not None else None
        if town is not None:  # the story's country: the town the article names in it
            return Place(town, "focus", max(_precision(town), 2))
        if self.focus is not None:
            return Place(self.focus, "focus", 3)
        return None

    def _capital(self) -> MentionRef | None:
        """ "The capital": the capital city of the article's country, when the article names
        it somewhere."""
        if self.focus is None:
            return None
        country = countries().get((self.focus.m.country or "").upper())
        if country is None or not country.capital:
            return None
        want = _plain(country.capital)
        for si in self.sents:
            for r in self.ix.in_sentence("place", si):
                if _plain(r.m.canonical or "") == want or _plain(r.m.text) == want:
                    return r
        return None

    def _section_places(self) -> dict[int, tuple[int, MentionRef | None]]:
        """Sentence -> (section number, the section heading's place). A heading is a short
        body line of its own without final punctuation ("Kenya – the good use of racism");
        the events of its section happen in its place unless they say otherwise."""
        out: dict[int, tuple[int, MentionRef | None]] = {}
        self._headings: set[int] = set()
        text = self.ix.doc.text
        section, place = 0, None
        metas = [g for g in self.ix.doc.segments if g.kind == "meta"]
        prev_end = -1
        for si in self.sents:
            sent = self.ix.sentences[si]
            body = text[sent.start : sent.end].strip()
            if (
                prev_end >= 0
                and any(prev_end <= g.start < sent.start for g in metas)
                and not where.just_after_heading(self, out)
            ):
                section, place = section + 1, None  # a dateline between: a new entry
            prev_end = sent.end
            label = self._label_place(si)
            if label is not None:
                place = label
            line_start = text.rfind("\n", 0, sent.start) + 1
            line_end = text.find("\n", sent.end)
            line_end = len(text) if line_end < 0 else line_end
            own_line = (
                not text[line_start : sent.start].strip() and not text[sent.end : line_end].strip()
            )
            heading = (
                own_line
                and not self._in_title(sent.start)
                and body
                and body[-1] not in ".!?…:;»\"”'’)"
                and len(body.split()) <= 14
            )
            if heading:
                self._headings.add(si)
                section += 1
                places = [
                    r
                    for r in self.ix.in_sentence("place", si)
                    if where.heading_place_ok(self, r, sent.start)
                ]
                place = places[0] if places else None
            out[si] = (section, place)
        return out

    def _label_place(self, si: int) -> MentionRef | None:
        """A place opening a sentence as its label ("EGYPT: at least 235 people ...",
        "Idlib: a convoy ...")."""
        sent = self.ix.sentences[si]
        text = self.ix.doc.text
        for r in self.ix.in_sentence("place", si):
            if not text[sent.start : r.start].strip() and re.match(r"\s*[:–—]", text[r.end :]):
                return r
        return None

    def _same_section(self, a: int, b: int) -> bool:
        return self._sections.get(a, (0, None))[0] == self._sections.get(b, (0, None))[0]

    def _same_story(self, c: Cand, si: int) -> bool:
        """Does sentence ``si`` tell an event of the same ACLED event type as ``c`` (or no
        event at all), so that the sentence of ``c`` goes on with its story?"""
        et = schema().event_type
        told = [x for x in self._made if x.sent == si and x.dropped is None]
        return not told or any(et.get(x.sub) == et.get(c.sub) for x in told)

    def _town_focus(self) -> MentionRef | None:
        """The article's focus when it is a town named in the title (an article about one
        town), else None."""
        f = self.focus
        if f is None or _precision(f) >= 3 or not self._title_places:
            return None
        key = place_identity(f.m)
        return f if key in self._title_places else None

    def _anaphor(
        self, kind: str, toks: frozenset[int] | list[int] | range, trig: int | None = None
    ) -> bool:
        """Is there an anaphoric place word ("the town", "la ville", "there") among ``toks``?
        A possessive ("its", "leur") counts only on a place noun ("its outskirts") or on the
        trigger itself ("sa libération")."""
        ix = self.ix
        words = self.lex.cue_words.get(kind, frozenset())
        place_nouns = self.lex.cue_words.get("anaphor_town", frozenset()) | self.lex.cue_words.get(
            "anaphor_area", frozenset()
        )
        for i in toks:
            if ix.low(i) not in words and ix.lemma(i) not in words:
                continue
            t = ix.tokens[i]
            if ix.parsed and t.pos in ("DET", "PRON") and t.dep in ("det", "poss", "nmod:poss"):
                h = t.head
                if h != trig and ix.low(h) not in place_nouns and ix.lemma(h) not in place_nouns:
                    continue
            return True
        return False

    def _focus(self) -> MentionRef | None:
        """The article's main place: the most weighted of its places (title and lead count
        more, towns more than countries; actor, counterpart and speech places not at all)."""
        scores: dict[object, tuple[float, MentionRef]] = {}
        self._title_places: set[object] = set()
        for si, title, lead in where.weighed_sentences(self):
            sent = self.ix.sentences[si]
            for r in self.ix.in_sentence("place", si):
                if not self._antecedent_ok(r, sent.start) and not title:
                    continue
                key = place_identity(r.m)
                if title and self._antecedent_ok(r, sent.start):
                    self._title_places.add(key)
                w = (2.0 if title else 1.5 if lead else 1.0) + (0.5 if _precision(r) < 3 else 0.0)
                old = scores.get(key)
                scores[key] = ((old[0] if old else 0.0) + w, old[1] if old else r)
        if not scores:
            return None
        return max(scores.values(), key=lambda x: x[0])[1]

    def _state_actor_of(self, c: Cand) -> MentionRef | None:
        """The article's most mentioned state force of the country the event is placed in
        (else the article's main state force)."""
        where = (c.place.ref.m.country or "").upper() if c.place is not None else ""
        if not where:
            return self.main_state_actor
        best: tuple[int, MentionRef] | None = None
        counts: dict[str, list[MentionRef]] = {}
        for si in self.sents:
            for r in self.ix.in_sentence("actor", si):
                info = _info(r)
                if (
                    info
                    and info.inter == 1
                    and not info.media
                    and (info.country or "").upper() == where
                ):
                    counts.setdefault(info.name, []).append(r)
        for refs in counts.values():
            if best is None or len(refs) > best[0]:
                best = (len(refs), refs[0])
        return best[1] if best else None

    def _main_state_actor(self) -> MentionRef | None:
        """The article's most mentioned state force (inter 1), if any."""
        counts: dict[object, tuple[int, MentionRef]] = {}
        for si in self.sents:
            for r in self.ix.in_sentence("actor", si):
                info = _info(r)
                if info is None or info.inter != 1 or info.media:
                    continue
                key = info.name
                old = counts.get(key)
                counts[key] = ((old[0] if old else 0) + 1, old[1] if old else r)
        if not counts:
            return None
        home = (self.focus.m.country or "").upper() if self.focus is not None else ""

        def rank(x: tuple[int, MentionRef]) -> tuple[int, int]:
            info = _info(x[1])
            local = info is not None and (info.country or "").upper() == home and bool(home)
            return (1 if local else 0, x[0])

        return max(counts.values(), key=rank)[1]

    def _in_title(self, offset: int) -> bool:
        seg = self.ix.doc.segment_at(offset)
        return seg is not None and seg.kind == "title"

    def dates(
        self, view: SentView, clause: frozenset[int]
    ) -> tuple[list[tuple[MentionRef, When]], list[tuple[MentionRef, When]]]:
        """Date mentions of the clause and of the rest of the sentence, parsed."""
        inside: list[tuple[MentionRef, When]] = []
        rest: list[tuple[MentionRef, When]] = []
        since = self.pc.since
        self._since_heads: set[int] = set()
        refs = self.ix.in_sentence("date", view.si)
        refs = [
            r
            for r in refs
            if not any(
                o is not r
                and o.start <= r.start
                and r.end <= o.end
                and (o.end - o.start) > (r.end - r.start)
                for o in refs
            )
        ]  # "17 и 18 ноября" holds "17": the longer mention speaks
        for r in refs:
            text = self.ix.folded[r.start : r.end]
            first = text.split(maxsplit=1)[0] + " " if text.strip() else ""
            if (
                since
                and (since.search(self._lead(r, view.start)[-30:]) or since.match(first))
                and not self._act_since_day(r)  # "avancent depuis lundi": the act's first day
            ):
                if r.head is not None:
                    self._since_heads.add(r.head)
                continue  # "fermé depuis 2015", "besieged since 2013": a state's start
            listed = bool(re.search(r"\d\D+(?:,|and|et)\D+\d", text))
            w = parse_value(r.m.value, listed=listed)
            if w is None:
                continue
            w = self._story_date(r, w, refs)
            if w is None:
                continue
            if r.head is not None and r.head in clause:
                inside.append((r, w))
            else:
                rest.append((r, w))
        return inside, rest

    def _story_date(self, r: MentionRef, w: When, refs: list[MentionRef]) -> When | None:
        """A date mention read against the story's timeline (:mod:`newsift.events.story`):
        a week-end is its Saturday, a bare weekday told after the story went back in time is
        resolved forward from the story's day, and a day told relative to an event ("au
        lendemain du lancement de l'opération") yields to another date of the sentence and is
        never a day after the publication (see :mod:`newsift.events.eve`)."""
        text = self.ix.doc.text[r.start : r.end]
        w = within_year(w, bool(r.m.anchor), self.published)  # "mardi" in a year-only article
        w = self._update_weekday(r, w)  # "MISE À JOUR, samedi 9h30 --": after publication
        w = weekend_day(w, text, self.dcues)
        if self._pos - self._story_pos == 1 and len(refs) == 1 and self._story_walks:
            # the previous sentence moved the story a day on from an earlier one ("Le 13
            # décembre ... Dès le lendemain ...") and this one names only a weekday
            w = forward_weekday(w, text, self.story, self.published, self.dcues)
        after = self.ix.doc.text[r.end : r.end + 40]
        if relative_to_event(text, after, self.dcues) and (
            any(o is not r and o.m.value for o in refs)
            or (self.published is not None and w.start > self.published.end)
        ):
            return None  # "au lendemain de la reprise de Kirkouk" is not tomorrow
        return w

    def _advance_story(self, dated: list[When]) -> None:
        """Move the narrative's current day with the dates a sentence told (in order)."""
        for w in dated:
            if moves_story(self.story, w, self.published) or self._update_day(w):
                self.story = w

    def _named_past(self, c: Cand, inside: list[Dated]) -> bool:
        """ "les attentats du 13 novembre" in an October article: a past event named by its
        year-less date (attached to the event noun), a reference, not an event of the story."""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].pos != "NOUN":
            return False
        own = set(ix.children[c.tok])
        return any(
            r.head is not None
            and (r.head in own or ix.tokens[r.head].head in own)
            and named_past(ix.doc.text[r.start : r.end], w, self.published)
            for r, w in inside
        )

    def _own_dates(self, c: Cand, found: list[Dated]) -> list[Dated]:
        """With several dates in a clause, keep those nearer (in the parse) to this trigger
        than to another trigger of the sentence ("entered on 8 November and, the next day,
        announced its liberation")."""
        ix = self.ix
        others = [t for t in self._sentence_triggers if t != c.tok]
        if len(found) < 2 or not ix.parsed or not others:
            return found
        verb = self._verb_of(c.tok)
        same_verb = [
            (r, w) for r, w in found if r.head is not None and self._verb_of(r.head) == verb
        ]
        if same_verb and len(same_verb) < len(found):
            return same_verb  # the date on the trigger's own verb
        kept: list[Dated] = []
        for r, w in found:
            if r.head is None:
                kept.append((r, w))
                continue
            mine = self._tree_distance(r.head, c.tok)
            if all(mine <= self._tree_distance(r.head, o) for o in others):
                kept.append((r, w))
        if kept or len({w.value for _r, w in found}) == 1:
            return kept or found
        # no date is nearer to this trigger than to another: the nearest one dates it
        # ("offensive pour reprendre Mossoul, tombée aux mains de l'EI en juin 2014")
        dist = [
            (
                self._tree_distance(r.head, c.tok) if r.head is not None else 99,
                abs(r.start - c.start),
            )
            for r, _w in found
        ]
        best = min(dist)
        return [x for x, d in zip(found, dist, strict=True) if d == best]

    def _free_dates(self, c: Cand, rest: list[Dated]) -> list[Dated]:
        """Dates of the sentence outside the trigger's clause that no other trigger owns
        ("signed by the brigade, which launched an offensive on August 26": the date is the
        offensive's)."""
        if not self.ix.parsed or not rest:
            return rest
        mine = self._verb_of(c.tok)
        others = {self._verb_of(t) for t in self._sentence_triggers if t != c.tok} - {mine}
        # "On October 17, the SDF announced that operations were over after they captured
        # ...": a noun trigger's nearest verb may be the statement over this trigger too
        others = {v for v in others if not self._said_on(v, c.tok)}
        # "ont repris Rutba, tombée aux mains de l'EI en 2015": that clause's own time
        rest = [x for x in rest if not self._date_of_other_clause(x[0], c)]
        kept = [
            x
            for x in rest
            if x[0].head is None
            or x[1].precision >= 3  # a year or a month frames the whole sentence
            or self._verb_of(x[0].head) not in others
            or self._fronted_for_conjuncts(x[0], mine)  # "On Monday, X pushed on and took"
            or self._dated_governor(x[0], c)  # "Mardi, ils ont quitté X sans combattre"
        ]
        # "said on Saturday that 41 were killed when gunmen attacked ... on Friday": the
        # statement's date is not the event's; a day told in the trigger's own dependent
        # clause (the attack it was part of) dates it
        statement = [x for x in kept if x[0].head is not None and self._said_on(x[0].head, c.tok)]
        if statement:
            own = self.ix.subtree(mine)
            nested = [
                x for x in rest if x[0].head is not None and x[0].head in own and x[1].precision < 3
            ]
            if nested:
                return nested
        return kept

    def _said_on(self, h: int, trig: int) -> bool:
        """Is token ``h`` (a date's head) on a speech verb that governs trigger ``trig``?"""
        verb = self._verb_of(h)
        return self.ix.lemma(verb) in self.mod.speech and verb in self.ix.ancestors(trig)

    def _verb_of(self, i: int) -> int:
        """The nearest verb at or above token ``i`` (``i`` itself when none)."""
        ix = self.ix
        for a in [i, *ix.ancestors(i)]:
            if ix.tokens[a].pos == "VERB":
                return a
        return i

    def _tree_distance(self, a: int, b: int) -> int:
        up_a = [a, *self.ix.ancestors(a)]
        up_b = [b, *self.ix.ancestors(b)]
        pos_b = {n: i for i, n in enumerate(up_b)}
        for i, n in enumerate(up_a):
            if n in pos_b:
                return i + pos_b[n]
        return 99

    def campaign(self, found: list[tuple[MentionRef, When]]) -> list[tuple[MentionRef, When]]:
        """Consecutive day dates written as a list ("November 1, November 2 and November 3")
        become one range dated by the first day (ACLED: one campaign, range in tags)."""
        if len(found) < 2:
            return found
        found = sorted(found, key=lambda x: x[0].start)
        out: list[list[tuple[MentionRef, When]]] = [[found[0]]]
        for r, w in found[1:]:
            pr, pw = out[-1][-1]
            gap = self.ix.folded[pr.end : r.start]
            if pw.precision == 1 and w.precision == 1 and _LIST_GAP.match(gap):
                out[-1].append((r, w))
            else:
                out.append([(r, w)])
        merged: list[tuple[MentionRef, When]] = []
        for group in out:
            if len(group) == 1:
                merged.append(group[0])
                continue
            first, last = group[0][1], group[-1][1]
            lo = min(first.start, last.start)
            hi = max(first.end, last.end)
            merged.append((group[0][0], When(lo.isoformat(), lo, hi, 1, hi.isoformat())))
        return merged

    # ------------------------------------------------------------------ modality
    def _subject_of_consequence(self, c: Cand, head: int) -> bool:
        """Is the trigger an event noun that is the subject of verb ``head``, a verb that tells
        what the event did or did not bring ("la reconquête de X n'a pas mis fin aux
        souffrances", "the fall of X did not end the war")? The negation of such a verb is
        about the consequence; only a verb of occurrence or confirmation (cue ``occur``: "n'a
        pas eu lieu", "did not happen", "n'a pas été confirmée") denies the event itself."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if t.pos != "NOUN" or t.head != head or c.tok > head:
            return False
        if t.dep not in SUBJ_DEPS:
            # the parse may hang a long subject on the verb as a modifier ("La reconquête de X
            # par Y, le 10 juillet, n'a pas ramené"/obl:mod): a bare noun phrase before a verb
            # with no subject of its own is that subject
            kids = ix.children[head]
            if any(ix.tokens[k].dep in SUBJ_DEPS or ix.tokens[k].dep == "nsubj:pass" for k in kids):
                return False
            if any(ix.tokens[k].dep in ("case", "prep", "mark") for k in ix.children[c.tok]):
                return False
            if ix.tokens[head].pos not in VERBAL:
                return False
        return not self.tok_cue("occur", [head, *ix.children[head]])

    def modality(self, c: Cand, view: SentView, head: int) -> None:
        """Set ``modality`` and ``claimant``; mark negated or prevented events as dropped."""
        ix, mod = self.ix, self.mod
        chain = [c.tok, *ix.ancestors(c.tok)] if ix.parsed else [c.tok]
        lemmas = [ix.lemma(i) for i in chain]
        lows = [ix.low(i) for i in chain]
        # negation on the trigger or its clause head
        negated = False
        if ix.parsed:
            for n in {c.tok, head}:
                if n != c.tok and self._subject_of_consequence(c, n):
                    continue  # "la reprise de X n'a pas ramené la paix": X was retaken
                for ch in ix.children[n]:
                    if ix.tokens[ch].dep in ("neg", "advmod", "det") and (
                        ix.low(ch)
                        in ("not", "n't", "never", "no", "pas", "jamais", "aucun", "aucune")
                    ):
                        negated = True
        negated = negated and not self._not_forgotten(c, head)  # "n'oublions pas l'enlèvement"
        if ix.parsed and any(
            ix.low(ch) in mod.without and ix.tokens[ch].start < c.start
            for ch in ix.children[c.tok]
            if ix.tokens[ch].dep in ("case", "prep", "mark", "advmod")
        ):
            negated = True  # "sans combat", "without a fight": no fight
        elif (
            ix.parsed
            and ix.tokens[c.tok].dep == "pobj"
            and ix.low(ix.tokens[c.tok].head) in (mod.without)
        ):
            negated = True
        denied = any(x in mod.deny for x in (*lemmas[1:], *lows[1:]))
        denied = denied or self._misread_denial(c)  # "dément/ADV avoir incendié"
        if not denied and ix.parsed:
            # "X denied reports of Y": the denial verb governs the trigger's noun phrase
            denied = any(
                ix.lemma(a) in mod.deny or ix.low(a) in mod.deny for a in ix.ancestors(head)
            )
        prevent = self.lex.cue_words.get("prevent", frozenset())
        top = len(self._plan_chain(chain))  # "l'accord éloigne l'offensive": the deal stands
        if self._prevented(chain[:top], lemmas[:top], prevent):
            c.dropped = "prevented"
            return
        if negated and not denied:
            c.dropped = "negated"
            return
        no_act = None if denied else self._no_act(c, chain)
        if no_act:
            c.dropped = no_act  # "rien ne semble pouvoir arrêter", "toute riposte entraînerait"
            return
        speaker = self._speaker(c, view, chain)
        if denied:
            c.modality = "denied"
            c.claimant = speaker or self._denier(chain, view) or None
            return
        # planned: a planning verb/noun above the trigger ("compte lancer une offensive")
        left = [i for i in view.toks if i < c.tok][-4:]
        left_words = {ix.low(i) for i in left} | {ix.lemma(i) for i in left}
        top = min(5, top)
        left_words |= self._plan_modifiers(chain)  # "le lancement prochain d'une opération"
        if (
            any(x in mod.plan for x in (*lemmas[1:top], *lows[1:top], *left_words))
            or (mod.plan_phrases and mod.plan_phrases.search(self._left(c, view, 60)))
            or self._called_for(c, chain)  # "a appelé à un rassemblement", "announced an offensive"
        ):
            c.modality = "planned"
            c.claimant = speaker or None
            return
        if self._future_action(c, chain) or self._future_in_past(c, chain):
            c.modality = "planned"
            c.claimant = speaker or None
            return
        if self._hearsay(c, view, chain):
            c.modality = "reported"  # "auraient été tués": the reporting conditional
            c.claimant = speaker or None
            return
        if self._speculative(c, view, chain, head):
            c.modality = "speculative"
            c.claimant = speaker or None
            return
        if speaker is not None and not self._told_before_speech(c, chain):
            c.modality = "reported"
            c.claimant = speaker or None

    def _future_action(self, c: Cand, chain: list[int]) -> bool:
        """Is the trigger's verb in the future ("l'armée reprendra Idlib", "will launch"),
        or, under a speech verb, in the conditional of a future in the past ("a affirmé que
        l'armée reprendrait la ville")? A stated intention is planned; a modal verb
        ("pourrait", "may") keeps it speculative."""
        ix, mod = self.ix, self.mod
        if not ix.parsed:
            return False
        verb = next((n for n in chain[:3] if ix.tokens[n].pos in VERBAL), None)
        if verb is None:
            return False
        auxes = [ch for ch in ix.children[verb] if ix.tokens[ch].dep.startswith("aux")]
        words = [verb, *auxes]
        if any(ix.lemma(n) in mod.modal or ix.low(n) in mod.modal for n in words):
            return False
        if self.lang == "en":
            return any(ix.low(n) in ("will", "shall", "'ll") for n in auxes)
        if self.lang != "fr":
            return False
        for n in words:
            low = ix.low(n)
            if low in _FUTURE_AUX_FR or (
                _FUTURE_FR.match(low) and low not in _NOT_FUTURE_FR and not self._simple_past_ra(n)
            ):
                return True
        if ix.lemma(verb) in ("avoir", "être"):
            return False
        if not auxes and self._conditional_form(verb, _CONDITIONAL_FR):
            # "les troupes entreraient dans X avant la fin du mois, affirme un officier": a
            # simple conditional of an act in a main clause is a future in the past, with or
            # without its speech verb (hearsay of a done act takes the compound "seraient
            # entrées"); below another verb, that verb must say or foretell it ("a fait savoir
            # que", "menaçait que"), not narrate ("s'emparaient du poste, que l'armée ne
            # reprendrait qu'à la fin de la guerre")
            above = [a for a in ix.ancestors(verb) if ix.tokens[a].pos in VERBAL]
            if not above or any(ix.lemma(a) in mod.foretell for a in above):
                return True
        cond = self._conditional_form(verb, _CONDITIONAL_FR) or self._passive_conditional(verb)
        if cond:
            return any(ix.lemma(a) in mod.speech for a in ix.ancestors(verb))
        return False

    def _left(self, c: Cand, view: SentView, width: int) -> str:
        return self.ix.folded[max(view.start, c.start - width) : c.end]

    def _speculative(self, c: Cand, view: SentView, chain: list[int], head: int) -> bool:
        ix, mod = self.ix, self.mod
        scope = set(chain[:4])
        if ix.parsed:
            for n in list(scope):
                scope.update(ch for ch in ix.children[n] if ix.tokens[ch].dep.startswith("aux"))
                scope.update(
                    ch for ch in ix.children[n] if ix.tokens[ch].dep in ("advmod", "aux:pass")
                )
        else:
            scope = set(ix.tokens_in(max(view.start, c.start - 40), c.end))
        for n in scope:
            low, lem = ix.low(n), ix.lemma(n)
            if low in mod.modal or lem in mod.modal or low in mod.future or lem in mod.future:
                return True
            if self.lang == "fr" and (ix.tokens[n].pos in VERBAL or not ix.parsed):
                if self._conditional_form(n, _CONDITIONAL_FR) and low not in ("mais",):
                    return True
                if (
                    _FUTURE_FR.match(low)
                    and low not in _NOT_FUTURE_FR
                    and ix.parsed
                    and not self._simple_past_ra(n)  # "s'empara": told as done
                ):
                    return True
        left = self._left(c, view, 50)
        return bool(
            (mod.modal_phrases and mod.modal_phrases.search(left))
            or (mod.future_phrases and mod.future_phrases.search(left))
        )

    def _speaker(self, c: Cand, view: SentView, chain: list[int]) -> str | None:
        """Who the sentence attributes the event to, if anyone (reported speech)."""
        ix, mod = self.ix, self.mod
        names = [
            *self.ix.in_sentence("actor", view.si),
            *self.ix.in_sentence("person", view.si),
            *self.ix.in_sentence("org", view.si),
        ]
        # "according to X" / "selon X"
        if mod.attribution:
            m = self._covering_attribution(c, view)  # not "visant selon Ankara des ..."
            if m and re.fullmatch(
                r"(?:reportedly|allegedly|purportedly|auraient|aurait)", m.group()
            ):
                return ""  # reported, by nobody named
            if m:
                start = view.start + m.end()
                tail = re.split(r"[,;:.«»“”\"]", view.text[m.end() : m.end() + 60])[0]
                end = start + len(tail)
                after = [r for r in names if start <= r.start < end]
                if after:
                    return after[0].m.name
                words = re.findall(r"\w+(?:-\w+)*", tail)
                if set(words) & mod.local:
                    return "local sources"
                if (
                    words
                    and words[0] in mod.sources | {"des", "les", "the", "some"}
                    and (set(words[:3]) & mod.sources)
                ):
                    return "sources"
                phrase = ix.text(start, end).strip(" \t'’")
                if words and len(phrase) <= 80:
                    return phrase
        # a closing attribution ("..., a annoncé le ministère de la Santé.", "..., the army
        # said.")
        for rx in (mod.trailing, mod.trailing_before):
            m = rx.search(view.text) if rx is not None else None
            if m is None or view.start + m.start() < c.end:
                continue
            start, end = view.start + m.start("who"), view.start + m.end("who")
            first = ix.tokens_in(start, end)[:1]
            if ix.parsed and first and ix.tokens[first[0]].pos in ("VERB", "AUX", "ADV", "ADP"):
                continue  # ", chanting slogans against ... States.": not a speaker
            for d in self.ix.in_sentence("date", view.si):
                if d.start <= start < d.end or (
                    start <= d.start < end and not ix.text(start, d.start).strip()
                ):
                    start = min(max(start, d.end), end)  # ", a déclaré mardi le ministre"
            inside = [r for r in names if start <= r.start and r.end <= end + 1]
            if inside:
                return inside[0].m.name
            words = re.findall(r"\w+(?:-\w+)*", view.text[m.start("who") : m.end("who")])
            if set(words) & mod.local and set(words) & mod.sources:
                return "local sources"
            phrase = re.sub(
                r"^(?:the|les|le|la|l['’]|une|un|des|an|a)\b\s*",
                "",
                ix.text(start, end).strip(),
                flags=re.I,
            )
            return phrase or None
        # a source label opening the sentence ("Russian MoD: six bombers struck ...")
        colon = view.text.find(":", 0, 45)
        if colon > 0 and view.start + colon < c.start:
            label = [
                r
                for r in names
                if r.end <= view.start + colon
                and r.m.kind in ("actor", "org")
                and not self._is_place_span(r)
            ]
            if label:
                return label[0].m.name
        # a speech verb governing the trigger ("X said ...", "a affirmé que ...")
        for k, n in enumerate(chain[1:], start=1):
            below = ix.tokens[chain[k - 1]]
            if (
                ix.parsed
                and below.dep not in CLAUSE_COMPLEMENTS
                and below.pos not in VERBAL
                and below.dep != "obl:arg"  # "des habitants signalaient de nouveaux bombardements"
            ):
                continue  # "cette victoire assure l'unité": not a report of the trigger
            if (ix.lemma(n) in mod.speech or ix.low(n) in mod.speech) and not self._reflexive(n):
                subj = (
                    [ch for ch in ix.children[n] if ix.tokens[ch].dep in SUBJ_DEPS]
                    if ix.parsed
                    else []
                )
                for s in subj:
                    sub = ix.subtree(s)
                    for r in names:
                        if r.head in sub:
                            return r.m.name
                    if self.tok_cue("relative", [s]) and ix.tokens[n].dep in (
                        "relcl",
                        "acl:relcl",
                    ):
                        # "..., a indiqué le ministère, qui affirme avoir détruit ...": the
                        # relative pronoun's antecedent speaks
                        up = ix.tokens[n].head
                        ups = [up]
                        if ix.tokens[up].pos in VERBAL:  # attached to the speaker's own verb
                            ups = [ch for ch in ix.children[up] if ix.tokens[ch].dep in SUBJ_DEPS]
                        for r in names:
                            if any(
                                r.head == u or r.start <= ix.tokens[u].start < r.end for u in ups
                            ):
                                return r.m.name
                    words = {ix.low(i) for i in sub}
                    if words & mod.sources:
                        return "local sources" if words & mod.local else "sources"
                    if ix.low(s) in mod.pronouns or ix.lemma(s) in mod.titles:
                        prev = self._previous_person(view)
                        if prev:
                            return prev
                    if ix.tokens[s].pos in ("NOUN", "PROPN") and len(sub) <= 8:
                        # "the army said ...": an unnamed speaker is still a claimant
                        text = ix.text(
                            min(ix.tokens[i].start for i in sub), max(ix.tokens[i].end for i in sub)
                        )
                        return re.sub(r"^(?:the|le|la|les|l['’])\s*", "", text, flags=re.I)
                return None
        # the event sits inside quotation marks
        text = ix.text(view.start, c.start)
        if text.count("«") > text.count("»") or text.count("“") > text.count("”"):
            prev = [r for r in names if r.start > c.end]
            if prev:
                return prev[0].m.name
        return self._tally_speaker(c, chain, names)  # "l'OSDH a fait état de la mort de ..."

    def _previous_person(self, view: SentView) -> str | None:
        pos = self.sent_pos(view.si, 0)
        for back in range(0, 3):
            if pos - back < 0:
                break
            si = self.sents[pos - back]
            people = self.ix.in_sentence("person", si)
            if people:
                return people[0].m.name
        return None

    # ------------------------------------------------------------------ typing
    def resolve_type(self, c: Cand, view: SentView, clause: frozenset[int]) -> None:
        """Turn rule types (@territory, @violence, @protest) into ACLED sub-event types."""
        self._world_pretype(c, view, clause)
        info1, info2 = c.info1(), c.info2()
        nxt = self._next_view(view)
        if c.sub == "@territory" and self._takes_a_position(c):
            c.sub = "Armed clash"  # "overran a police checkpoint": a fight, not ground
        if c.sub == "@territory":
            inter = info1.inter if info1 else None
            if info1 is None:  # "Daech pourrait tenter de reprendre la ville"
                ref, inter = self._chain_captor(c)
                c.actor1 = ref or c.actor1
            latter = self._latter_inter(c, clause)  # "depuis que ces derniers ont pris"
            if latter is not None and (inter is None or (inter == 1) != (latter == 1)):
                inter, c.actor1, c.assoc = latter, None, []
            if inter is None and self.ix.parsed:
                subj_side = self._subject_side(c, clause)
                if self.tok_cue("nonstate", subj_side):
                    inter = 2
            won = c.actor1 is None and self.cue("victory", view)
            c.sub = territory_by_inter(inter, other=GRT if won else NSO) or GRT
            if (
                self.cue("negotiated", view)
                and not self._fighting(view)
                and not self._calm_of_other_clause(c, view)  # "..., que X occupèrent sans"
            ):
                c.sub = "Non-violent transfer of territory"
        elif c.sub == "@loss":
            self._loss(c, clause)
        elif c.sub == "@violence":
            c.sub = self._violence(c, view, clause, info1, info2, nxt)
        elif c.sub == "@protest":
            c.sub = self._protest(c, view)
            c.settled = c.sub == "Attack"  # gunmen firing on a crowd: not a protest type
        if (
            c.sub == "Armed clash"
            and c.trig.weight < 0.8
            and self.clause_cue("negotiated", clause)
            and not self._fighting(view)
        ):
            c.sub = "Non-violent transfer of territory"  # "entered the town without a fight"
        if c.sub == "Armed clash" and self._mob_clash(c, view, nxt, info1, info2):
            c.sub = "Mob violence"
        if (
            c.sub == "Armed clash"
            and self.cue("victory", view)
            and c.trig.weight < 0.8
            and self.ix.parsed
            and self.ix.tokens[c.tok].pos == "NOUN"
            and not self._goes_on(c)
            and not self._launch(c)
        ):
            # "after the battles of X ... this new victory": the battles regained X
            c.sub = territory_by_inter(info1.inter if info1 else 1) or GRT
        self._world_posttype(c, clause)

    def _loss(self, c: Cand, clause: frozenset[int]) -> None:
        """ "Les jihadistes avaient perdu la ville": the subject lost ground to a side the text
        does not name. A non-state loser lost it to the state (its forces are actor1), a state
        force lost it to non-state fighters; the loser is actor2."""
        ix = self.ix
        info = c.info1()
        inter = info.inter if info else None
        if inter is None and ix.parsed:
            side = set(self._subject_side(c, clause))
            verb = self._verb_of(c.tok)
            if ix.tokens[verb].dep in ("relcl", "acl:relcl"):
                side.add(ix.tokens[verb].head)  # "les jihadistes, qui avaient perdu la ville"
            if self.tok_cue("nonstate", side):
                inter = 2
        self._to_other_side(c, inter)

    @staticmethod
    def _to_other_side(c: Cand, loser: int | None) -> None:
        """Ground a side lost went to the other side: a non-state loser's to the state, a
        state's to non-state fighters. The loser becomes actor2; the taker is not named."""
        c.actor2, c.actor1, c.assoc = c.actor1, None, []
        c.sub = territory_by_inter(1 if loser in NON_STATE else 2) or NSO

    def _goes_on(self, c: Cand) -> bool:
        """Is the fighting noun the subject of a verb of going on ("même si des combats
        sporadiques se poursuivaient")? Then it is a clash of its own, not the victory."""
        h = self.ix.tokens[c.tok].head
        return self.ix.tokens[c.tok].dep in SUBJ_DEPS and self.tok_cue("ongoing", [h])

    def _fighting(self, view: SentView) -> bool:
        """Does the sentence tell of fighting? A negated fight ("sans combat", "without a
        fight", "no resistance") tells of the opposite."""
        return self._fighting_text(view.text.lower())

    def _fighting_text(self, text: str) -> bool:
        """Does a lower-case stretch of text tell of fighting (negated fights set aside)?"""
        return self.cue("fighting", text=re.sub(NEGATED_FIGHT, " ", text))

    def _retype(self, c: Cand, view: SentView, clause: frozenset[int]) -> None:
        """Type rules that need the whole sentence: foiled attacks, riots against police or
        property."""
        self._world_retype(c, view, clause)
        self._means_retype(c, view, clause)
        self._air_power_retype(c)  # "Moscou a démenti avoir bombardé"
        self._kind_retype(c, view, clause)
        self._act_retype(c, view, clause)  # gassed, entries, invasions
        self._unopposed_retype(c, view)  # "entrés sans combat à X": a hand-over
        if c.sub in WEAPON_SUBS and self._live_cue("foiled", view):
            c.sub = "Disrupted weapons use"  # "defused a bomb before it could explode"
        if c.sub == "Mob violence" and self._riot_on_authority(c, view, clause):
            c.sub = "Violent demonstration"  # stones thrown at police, vehicles set on fire

    def _riot_on_authority(self, c: Cand, view: SentView, clause: frozenset[int]) -> bool:
        """Do rioters turn on the police, the state or property (ACLED: Violent
        demonstration) rather than on other people (Mob violence)?"""
        ix = self.ix
        if not ix.parsed:
            return self.cue("riot_target", view) and not self.cue("civilian", view)

        def on_verb(i: int) -> bool:
            h = ix.tokens[i].head
            if ix.tokens[i].dep == "pobj":
                h = ix.tokens[h].head
            return ix.tokens[h].pos in VERBAL

        objects = [
            i
            for i in view.toks
            if ix.tokens[i].dep in ("dobj", "obj", "pobj", "obl", "obl:arg", "iobj") and on_verb(i)
        ]
        hit = [i for i in objects if self.tok_cue("riot_target", [i])]
        people = [
            i
            for i in objects
            if self.tok_cue("civilian", [i])
            and not self.tok_cue("armed", [i])
            and not self.tok_cue("riot_target", [i])
        ]
        return bool(hit) and not people

    def _takes_a_position(self, c: Cand) -> bool:
        """Is what the territory verb takes a military position (a checkpoint, a post) rather
        than a place?"""
        ix = self.ix
        if not ix.parsed:
            return False
        objs = [ch for ch in ix.children[c.tok] if ix.tokens[ch].dep in ("dobj", "obj")]
        return bool(objs) and self.tok_cue("position", [objs[0]])

    def _next_view(self, view: SentView) -> SentView | None:
        pos = self.sent_pos(view.si, -1)
        if 0 <= pos < len(self.sents) - 1:
            return self.views[self.sents[pos + 1]]
        return None

    def _violence(
        self,
        c: Cand,
        view: SentView,
        clause: frozenset[int],
        info1: ActorInfo | None,
        info2: ActorInfo | None,
        nxt: SentView | None,
    ) -> str:
        ix = self.ix
        if self.cue("protest", view) and not self._protests_caused(c, view):
            return self._protest(c, view)
        if ix.parsed and ix.tokens[c.tok].pos in VERBAL:
            # "coalition warplanes killed dozens", "l'artillerie a tué": the means named as
            # the subject types the strike
            means = self._subject_side(c, clause)
            if self.tok_cue("aircraft", means):
                return "Air/drone strike"
            if self.tok_cue("air_raid", means) and not self.cue("ground_raid", view):
                return "Air/drone strike"  # "Russian raids killed": a state's raids fly
            if self.tok_cue("artillery", means):
                return "Shelling/artillery/missile attack"
        target = self._target(c.tok) if ix.parsed else frozenset(ix.tokens_in(c.end, view.end))
        subj_side = frozenset(clause) - target - {c.tok}
        firearm = self.tok_cue("firearm", view.toks) or (
            nxt is not None and self.tok_cue("firearm", nxt.toks)
        )
        if info2 is not None and info2.inter in (1, 2, 3, 4, 8):
            armed_target = True
        elif info2 is not None and info2.inter == 7:
            armed_target = False
        else:
            armed_target = self.tok_cue("armed", target) and not self.tok_cue("civilian", target)
        if not armed_target and self.attacked_ground(c) and not self.tok_cue("civilian", view.toks):
            armed_target = True  # "attaquaient les faubourgs nord de X": its defenders
        mob_actor = (info1 is not None and info1.inter == 5) or (
            info1 is None and self.tok_cue("mob", subj_side)
        )
        if mob_actor and not firearm:
            return "Mob violence"
        if armed_target and not self._captive_victims(c):  # "exécuté des soldats prisonniers"
            return "Armed clash"
        return "Attack"

    def _subject_side(self, c: Cand, clause: frozenset[int]) -> frozenset[int]:
        ix = self.ix
        out: set[int] = set()
        head = c.tok
        for n in [c.tok, *ix.ancestors(c.tok)[:2]]:
            for ch in ix.children[n]:
                if ix.tokens[ch].dep in SUBJ_DEPS or ix.tokens[ch].dep in AGENT_DEPS:
                    out |= ix.subtree(ch)
            if ix.tokens[n].dep in CLAUSE_DEPS:
                break
            head = n
        del head
        return frozenset(out & clause) if clause else frozenset(out)

    def _target(self, i: int) -> frozenset[int]:
        """Tokens naming who or what a violent act hit: objects, passive subjects and
        prepositional targets of the trigger, without its nested clauses."""
        ix = self.ix
        out: set[int] = set()
        kids = list(ix.children[i])
        t = ix.tokens[i]
        if t.pos == "NOUN" and t.dep in ("obj", "dobj") and t.head != i:
            # "lancé une attaque contre la base": the light verb carries the target
            kids += [
                ch
                for ch in ix.children[t.head]
                if ch != i and ix.tokens[ch].dep in ("obl", "obl:arg", "prep")
            ]
        for ch in kids:
            dep = ix.tokens[ch].dep
            if dep in (
                "dobj",
                "obj",
                "nsubjpass",
                "nsubj:pass",
                "prep",
                "obl",
                "obl:arg",
                "iobj",
                "nmod",
            ):
                sub = set(ix.subtree(ch))
                for n in list(sub):
                    if n != ch and ix.tokens[n].dep in NESTED_DEPS:
                        sub -= ix.subtree(n)
                out |= sub
        return frozenset(out)

    def _mob_clash(
        self,
        c: Cand,
        view: SentView,
        nxt: SentView | None,
        info1: ActorInfo | None,
        info2: ActorInfo | None,
    ) -> bool:
        """Clashes between party supporters, villagers or students without firearms are
        riots (Mob violence) in ACLED, not battles."""
        if c.trig.weight >= 0.85:
            return False
        if any(i is not None and i.inter in (1, 2, 8) for i in (info1, info2)):
            return False
        firearm = self.tok_cue("firearm", view.toks) or (
            nxt is not None and self.tok_cue("firearm", nxt.toks)
        )
        return not firearm and self.cue("mob", view)

    def _motive_tokens(self, view: SentView) -> frozenset[int]:
        """Tokens of the sentence's motive or accusation clauses (see :meth:`_motive`)."""
        ix = self.ix
        if not ix.parsed:
            return frozenset()
        out: set[int] = set()
        for i in view.toks:
            t = ix.tokens[i]
            if (
                t.pos in VERBAL
                and t.dep in ("advcl", "acl", "xcomp", "pcomp")
                and self.tok_cue("motive", [i])
            ):
                out |= ix.subtree(i)
        return frozenset(out)

    def _cue_outside_motive(self, name: str, view: SentView) -> bool:
        """Is a cue of set ``name`` in the sentence outside its motive clauses?"""
        if name == "aircraft" and self._only_air_base(view):
            return False  # "roquettes tirées sur la base aérienne": the target, not the weapon
        motive = self._motive_tokens(view)
        if not motive:
            return self.cue(name, view)
        return any(i not in motive for i in self._cue_tokens(name, view))

    def _only_self_cue(self, name: str, view: SentView, i: int) -> bool:
        """Is trigger token ``i`` the only word of cue set ``name`` in the sentence? A word is
        no exception to itself: "en attaquant les postes" (the verb) is not the football
        "attaquant" that the sport cue lists."""
        toks = self._cue_tokens(name, view)
        return bool(toks) and all(t == i for t in toks)

    def _national_raid(self, i: int, trig: Trigger, view: SentView) -> bool:
        """ "Des raids russes ont frappé à l'aube", "Russian raids struck at dawn": a raid noun
        a nationality qualifies is a state's air raid; the hour alone ("aube", "dawn") then does
        not make it a police or gang raid (the other ground-raid cues still do)."""
        ix = self.ix
        if not ix.parsed or "ground_raid" not in trig.unless or not self.tok_cue("air_raid", [i]):
            return False
        if self._nationality_of(i) is None:
            return False
        if any(self._cue_outside_motive(c, view) for c in trig.unless if c != "ground_raid"):
            return False
        hours = self.lex.cue_words.get("raid_hour", frozenset())
        motive = self._motive_tokens(view)
        return all(ix.low(t) in hours or t in motive for t in self._cue_tokens("ground_raid", view))

    def _cue_tokens(self, name: str, view: SentView) -> list[int]:
        """Tokens of the sentence that start a word or phrase of cue set ``name``."""
        ix = self.ix
        words = self.lex.cue_words.get(name, frozenset())
        out = [i for i in view.toks if ix.low(i) in words or ix.lemma(i) in words]
        rx = self.lex.cue_phrases.get(name)
        if rx is not None:
            for m in rx.finditer(view.text):
                toks = ix.tokens_in(view.start + m.start(), view.start + m.end())
                if toks:
                    out.append(toks[0])
        return sorted(set(out))

    def _live_cue(self, name: str, view: SentView) -> bool:
        """Is a cue of set ``name`` in the sentence other than as the grievance of a protest
        ("rallied to denounce the attack", "manifester contre les violences")?"""
        ix = self.ix
        toks = self._cue_tokens(name, view)
        if not ix.parsed:
            return bool(toks)
        single = self.lex.cue_words.get(name, frozenset())
        for i in toks:
            if ix.tokens[i].dep == "compound" and ix.low(i) in single:
                continue  # "riot police", "riot gear": a kind of unit, not a riot
            up = [i, *ix.ancestors(i)][:4]
            if not any(self.tok_cue("grievance", [a]) for a in up[1:]):
                return True
        return False

    def _protest(self, c: Cand, view: SentView) -> str:
        ix = self.ix
        lethal = self._live_cue("lethal", view)
        violent = self._live_cue("violent_demo", view) and self._protesters_violent(view)
        intervention = self._intervention_cue(view)
        nxt = self._next_view(view)
        if nxt is not None and not self._has_trigger_words(nxt):
            lethal = lethal or self._live_cue("lethal", nxt)
            intervention = intervention or self._live_cue("intervention", nxt)
        # who is violent: protesters as subjects, or protests as targets of violence
        protest_words = self.lex.cue_words.get("protest", frozenset())
        targeted = False
        if ix.parsed and (violent or lethal):
            for i in view.toks:
                if ix.low(i) in protest_words or ix.lemma(i) in protest_words:
                    dep = ix.tokens[i].dep
                    head = ix.tokens[i].head
                    hl = ix.lemma(head)
                    if dep in ("dobj", "obj", "pobj", "nsubjpass", "nsubj:pass") and (
                        hl in self.lex.cue_words.get("violent_demo", frozenset())
                        or hl in self.lex.cue_words.get("lethal", frozenset())
                        or hl in ("attack", "attaquer", "beat", "shoot", "fire", "charge")
                        or ix.tokens[head].dep in ("prep", "case")
                    ):
                        targeted = True
        if (lethal or targeted) and self.crowd_shooter(view) == "armed":
            return "Attack"  # unnamed gunmen, no state tie (CONVENTIONS section 4)
        if lethal and (targeted or self.tok_cue("armed", view.toks)):
            return "Excessive force against protesters"
        if targeted:
            return "Excessive force against protesters"
        if violent:
            return "Violent demonstration"
        if intervention:
            return "Protest with intervention"
        return "Peaceful protest"

    def _has_trigger_words(self, view: SentView) -> bool:
        return any(w in self.lex.words for w in view.words)

    # ------------------------------------------------------------------ fatalities
    def fatalities(self, view: SentView) -> int | None:
        """The event's death figure in the sentence: the lowest given ("dozens" = 12,
        "between 12 and 15" = 12), sides' dead summed, sub-counts, wounded and war tallies
        left out (see ``newsift.events.toll``); the reading stays in ``self._toll``."""
        self._toll = self._tolls.read(list(view.toks))
        return self._toll.value

    def _is_adj(self, i: int) -> bool:
        """Is token i an adjective (parsed documents only)?"""
        return self.ix.parsed and self.ix.tokens[i].pos == "ADJ"

    # ------------------------------------------------------------------ main
    def run(self) -> list[Cand]:
        out: list[Cand] = []
        self._made = out
        last_when: tuple[int, When] | None = None  # (sentence position, date)
        for pos, si in enumerate(self.sents):
            view = self.views[si]
            self._pos = pos
            last_when = self._entry_start(pos, view, last_when)  # a post or live entry
            self._claims(view, pos, out)
            self._denied_presence(view, pos, out)
            self._renewed_threat(view, pos, out)  # "Israel could strike again"
            self._denied_strike(view, pos, out)  # "dément avoir frappé l'hôpital de X"
            self._guessed_reach(view, pos, out)  # "les soldats pourraient atteindre X"
            self._threatened_strike(view, pos, out)  # "pourraient viser l'aéroport de X"
            cands = self.triggers(view) if si not in self._headings else []
            if not cands and si not in self._headings:
                self._toll_without_event(view, pos)
            if not cands:
                last_when = self._story_after(last_when, pos, view)
                continue
            fatal = self.fatalities(view)
            # a trigger that only frames a span of time ("neuf mois après le lancement de
            # l'offensive") owns no date of the sentence
            self._sentence_triggers = sorted({c.tok for c in cands if not self._since_start_of(c)})
            sentence_dates: list[When] = []
            for c in cands:
                for made in self._complete(c, view, fatal, last_when, pos):
                    out.append(made)
                    if made.date_basis in ("clause", "sentence") and made.when is not None:
                        sentence_dates.append(made.when)
            self._consequences_yield(out, view.si)
            self._plan_shadows(out, view.si)  # "s'apprête à lancer X contre Y, encerclé"
            last_when = self._story_after(last_when, pos, view, sentence_dates)
        kept = [c for c in out if c.dropped is None]
        return kept + self._told_again(kept)  # "and again on Friday": a copy on that day

    def _story_after(
        self,
        last_when: tuple[int, When] | None,
        pos: int,
        view: SentView,
        told: list[When] | None = None,
    ) -> tuple[int, When] | None:
        """The story's day after sentence ``view``: moved by the dates of its events (or, with
        none, by its date mentions) unless they are background (:func:`moves_story`)."""
        before = self.story
        found = self.dates(view, frozenset(view.toks))[0]
        if told:
            values = {w.value for w in told}
            found = [x for x in found if x[1].value in values] or found
        # a date in a clause describing a participant ("les jihadistes, qui avaient perdu la
        # ville le 19 novembre") is that participant's past, not the story's day
        found = [x for x in found if not self._describing(x[0])]
        found.sort(key=lambda x: x[0].start)
        self._advance_story([w for _r, w in found])
        if self._lead_day is None and self.story is not None and self.story.precision == 1:
            self._lead_day = self.story  # the day the story opened on
        if self.story is None or self.story is before:
            return last_when
        self._story_pos = pos
        rx = self.dcues.relative_day
        last = next((r for r, w in reversed(found) if w is self.story), None)
        self._story_walks = bool(
            rx and last is not None and rx.search(self.ix.folded[last.start : last.end])
        )
        return (pos, self.story)

    def _news_of_the_day(self, clause: frozenset[int]) -> bool:
        """Does the clause tell a part of the day with no day ("se sont rassemblés en fin de
        matinée") in an article whose story opened on its publication day, away from the
        sentence that told another day: then it is the publication day."""
        rx = self.dcues.day_part
        if rx is None or self.published is None or self._lead_day is None or not clause:
            return False
        if abs((self._lead_day.start - self.published.start).days) > 1:
            return False
        if self._pos - self._story_pos <= 1:
            # "Lundi, ... En fin de matinée, ...": that day's morning, the lead's day too
            # ("L'aviation a frappé mercredi ... Dans la soirée, ..." posted on Thursday)
            return False
        start = min(self.ix.tokens[i].start for i in clause)
        end = max(self.ix.tokens[i].end for i in clause)
        return bool(rx.search(self.ix.folded[start:end]))

    def _describing(self, r: MentionRef) -> bool:
        """Is the mention inside a relative clause (one that describes a noun)?"""
        ix = self.ix
        if not ix.parsed or r.head is None:
            return False
        for a in [r.head, *ix.ancestors(r.head)]:
            t = ix.tokens[a]
            if t.dep in ("relcl", "acl:relcl") and ix.tokens[t.head].dep not in ("ROOT", "root"):
                return True  # not a cleft ("ce sont les combattants ... qui ont chassé")
            if t.dep in ("ROOT", "root"):
                return False
        return False

    def _claims(self, view: SentView, pos: int, out: list[Cand]) -> None:
        """ "ISIS claimed the attack", "l'EI a revendiqué l'attentat": the claimant becomes
        actor1 of the latest violent event told just before that has no named actor1."""
        ix = self.ix
        toks = [i for i in view.toks if self.tok_cue("claim", [i])]
        if not toks or self.tok_cue("negation_words", view.toks):
            return
        claim = toks[0]
        actors = [r for r in ix.in_sentence("actor", view.si) if r.end <= ix.tokens[claim].start]
        if ix.parsed:
            subj = [
                r
                for r in ix.in_sentence("actor", view.si)
                if r.head is not None
                and ix.tokens[r.head].head == claim
                and ix.tokens[r.head].dep in SUBJ_DEPS
            ]
            actors = subj or actors[-1:]
        info = _info(actors[-1]) if actors else None
        if info is None or info.media or info.inter not in (1, 2, 3, 4, 8):
            return
        et = schema().event_type
        recent = [
            c
            for c in out
            if c.dropped is None
            and c.actor1 is None
            and et.get(c.sub) in ("Explosions/Remote violence", "Violence against civilians")
            and 0 < pos - self.sent_pos(c.sent, -9) <= 3
        ]
        if recent:
            target = recent[-1]
            target.actor1, target.actor1_name, target.actor1_inter = actors[-1], None, None

    def _after_cue(self, c: Cand) -> bool:
        """Is the trigger introduced by "after" ("after heavy fighting", "après de violents
        combats", "بعد معارك")?"""
        view = self.views[c.sent]
        lead = self.ix.folded[max(view.start, c.start - 30) : c.start]
        words = re.findall(r"[\w']+", lead)[-4:]
        rx = self.lex.cue_phrases.get("after")
        return bool(set(words) & self.lex.cue_words.get("after", frozenset())) or bool(
            rx and rx.search(lead)
        )

    def _consequences_yield(self, out: list[Cand], si: int) -> None:
        """A killing told as the outcome of a bombing or a strike is that event, not another
        one: kill/injure triggers give way to weapon-specific types of the same sentence."""
        et = schema().event_type
        here = [c for c in out if c.sent == si]
        if any(c.sub in TERRITORY_SUBS for c in here):
            for c in here:
                if c.sub == "Armed clash" and self._after_cue(c):
                    c.dropped = "background"  # "liberated X after fierce battles": one event
        if any(c.sub in TERRITORY_SUBS or c.sub == NONVIOLENT for c in here):
            for c in here:
                if (
                    c.sub in ("Air/drone strike", "Shelling/artillery/missile attack")
                    and c.trig.weight < 0.8
                    and self._after_cue(c)
                ):
                    c.dropped = "background"  # "under its control ... after the strikes"
        calm = [c for c in here if c.sub == NONVIOLENT and c.trig.weight >= 0.9]
        if calm:
            for c in here:
                if c.sub == "Armed clash" and (
                    c.trig.weight < 0.8 or any(c.start < x.end and x.start < c.end for x in calm)
                ):
                    c.dropped = "no fight"  # "withdrew without fighting ... troops entered"
        for c in here:
            if (
                c.trig.sub == "@violence"
                and len({x.sub for x in here}) > 1
                and self.ix.tokens[c.tok].pos == "NOUN"
                and self._after_cue(c)
            ):
                c.dropped = "cause"  # "riots after the death of a driver": the grievance
        here = [c for c in here if c.dropped is None]
        if any(c.sub == "Attack" for c in here):
            for c in here:
                if c.sub in TERRITORY_SUBS and c.trig.weight < 0.8:
                    c.dropped = "raid"  # "gunmen stormed a village and shot dead 14 farmers"
        if any(c.sub == "Disrupted weapons use" for c in here) and self._live_cue(
            "foiled", self.views[si]
        ):
            for c in here:
                if c.trig.sub == "@violence" or c.sub in WEAPON_SUBS:
                    c.dropped = "foiled"  # "shot dead a would-be suicide bomber"
        if any(et.get(c.sub) == "Explosions/Remote violence" for c in here):
            for c in here:
                if c.trig.sub == "@violence" and c.sub in ("Attack", "Armed clash"):
                    c.dropped = "consequence"
        topic.after_background(self, [c for c in out if c.sent == si])  # "after the fall of X"
        self._world_yields([c for c in out if c.sent == si])
        self._means_yields([c for c in out if c.sent == si])

    def complete_trigger(self, trig: Trigger, tok: int, si: int) -> list[Cand]:
        """The events a trigger found outside the rules (the learned typer's proposal) makes
        at token ``tok`` of sentence ``si``, as the only trigger of its sentence: the rules'
        own argument finding (actors, place, date, modality, fatalities) completes it and may
        drop it (``Cand.dropped``), with no story date inherited from earlier sentences."""
        view = self.views[si]
        t = self.ix.tokens[tok]
        c = Cand(sub=trig.sub, trig=trig, tok=tok, start=t.start, end=t.end, sent=si)
        pos = self.sents.index(si)
        self._pos = pos
        self._sentence_triggers = [tok]
        return self._complete(c, view, self.fatalities(view), None, pos)

    def _complete(
        self,
        c: Cand,
        view: SentView,
        fatal: int | None,
        last_when: tuple[int, When] | None,
        pos: int,
    ) -> list[Cand]:
        c.title = self._in_title(view.start)
        head, clause = self.clause(c.tok, view)
        head, clause = self._modal_clause(c, view, head, clause)
        if self._conditional(c, view, head, clause) or (
            plans.unreal(self, c) and not self._recalled_act(c)  # "qui se souvient que X tuèrent"
        ):
            return []
        if referred.recurrence_told(c, view, self.lang):
            return []  # "ce n'est pas la première fois que des roquettes frappent la ville"
        if referred.generic_doer(self.ix, c.tok, self.lang):
            return []  # "celui qui la conquiert hérite de ses haines": a maxim
        if (
            self._commentary(c)
            or (self._quoted_slogan(c, view) and not self._quoted_speech(c, view))
            or self._deal_content(c)
        ):
            return []  # not « pourraient abandonner X sans combattre »: speech, no slogan
        if topic.zone_named(self, c):
            return []  # "in the no-fly zone": a zone named as a place, not one declared
        if self._entry_reference(c, view):
            return []  # "within hours of entering the city": the entry told before
        self.actors(c, view, head, clause)
        self._speaker_actor(c)  # "we entered Rawa" in an interview: the speaker's force
        self._named_generic(c)
        self.modality(c, view, head)
        self._recalled_modality(c)  # "Remember X, the district the army retook in March?"
        if c.dropped:
            return []
        plans.hedge(self, c)  # "pourrait être la prochaine", "l'offensive lancée le 2 mars"
        if c.modality in ("asserted", "reported"):
            c.modality = plans.nominal_prospect(self, c) or c.modality  # "... will begin"
        elif plans.wished(self, c) or plans.described_under_plan(self, c):
            return []  # "he hoped to annex Andorra", "threatened military intervention"
        if plans.demanded(self, c):
            return []  # "exigeaient le retrait des milices": asked for, not told
        self._own_side(c, view, clause)
        if self._not_prospective(c, view) and not self._fall_told_done(c, clause):
            return []  # "se tourner vers" told as done: no operation announced
        if c.tok in self._toll.tally_tokens:
            return []  # "300,000 people have been killed since 2011": a war's tally
        if self._toll_of_earlier(c, fatal, pos):
            return []  # "ces raids ont tué onze civils": the toll of the raids already told
        if self._dead_of_earlier(c, view, clause, fatal, pos):
            return []  # "30 militants were killed in the fighting": the told fight's dead
        ranked = self._antecedent_first(c, self.places(c, view, head, clause))
        ranked = self._control_return(c, ranked)  # "repassait sous le contrôle de Bagdad"
        if self._refuge_of_withdrawal(c):
            return []  # "Mayadine, où s'était repliée sa direction": a refuge, not a hand-over
        ranked = self._not_refuges(c, ranked)  # "forcing it to pull back to Nubl"
        if not ranked and self._refuges_only:
            return []
        in_clause = [r for r in ranked if r.head is not None and r.head in clause]
        inside, rest = self.dates(view, clause)
        inside = [x for x in inside if not self._date_of_other_clause(x[0], c)]
        inside = [x for x in inside if not self._date_of_later_trigger(x[0], c, inside)]
        inside = inside or self._when_clause_dates(c, clause)  # "en août 2014, lorsque"
        inside = self._without_dateline_dates(inside, rest, view)  # "Beyrouth, dimanche -"
        if not inside and self._since_heads & clause and self._since_heads & self._own(c):
            return []  # "assiégées depuis 2013": a lasting state, not an event
        if not inside and self._since_state(c, clause):
            return []  # "encerclée depuis le printemps 2013": a season the time stage leaves
        if self._siege_state(c, bool(inside)):
            return []  # "deux villages encerclés par les rebelles": a lasting state
        inside = self.campaign(self._own_dates(c, inside))
        if self._undated_campaign(c, inside):
            return []  # "la campagne aérienne russe": background, not a strike
        inside = self._finest_dates(inside)  # "le mois dernier, le 23 mai": one day
        if self._named_past(c, inside) and not self._launched_campaign(c):
            return []  # "les attentats du 13 novembre": a past event named by its date
        verbal = self.ix.parsed and self.ix.tokens[c.tok].pos in VERBAL
        if c.trig.needs_arg and not (
            in_clause
            or inside
            or c.actor1
            or c.actor2
            or (verbal and self._has_core_children(c.tok) and self._has_subject(c, clause))
            or self._verb_subject(c)
            or self._anaphor("anaphor_town", clause, c.tok)
            or (verbal and ranked)
            or (verbal and rest)
            or (verbal and topic.facility_place(self, clause, view.si))
            or self._district_named(clause)  # "les combats se poursuivent dans le quartier"
        ):
            return []
        town_anaphor = self._anaphor("anaphor_town", clause, c.tok) or where.clitic_anaphor(
            self, clause
        )  # "la ville", "its", "en" ("les forces en ont repris le contrôle")
        if c.trig.requires_place and not (
            ranked
            or self._placed_elsewhere
            or town_anaphor
            or self._place_object(c)
            or topic.facility_place(self, clause, view.si)  # "reprendre la raffinerie"
            or self._unlisted_site(c, clause)  # "le contrôle de Wadi al-Kheil": not listed
            or self._district_told(c, clause)  # "le contrôle du quartier de X": the story's town
            or self._clitic_taken(c)  # "L'EI l'avait pris en mai 2015": the post just named
            or self._facility_before(clause, view.si)  # "les bâtiments de la base"
            or self._evacuation_began(c, view)  # "l'évacuation a commencé jeudi"
            or plans.told_area(self, c, clause)  # "entrera dans les quartiers évacués"
            or self._placeless_told(c)  # "l'armée reprendrait le point de passage": the story's
        ):
            return []
        if c.trig.town and not (
            any(_precision(r) < 3 for r in ranked)
            or town_anaphor
            or self._unlisted_site(c, clause)
            or self._district_told(c, clause)
            or self._clitic_taken(c)
            or self._evacuation_began(c, view)
            or plans.told_area(self, c, clause)  # "entrera dans les quartiers évacués"
        ):
            return []
        if (
            c.sub == "@protest"
            and self.ix.lemma(c.tok) in ("demonstrate", "manifester")
            and self._transitive(c.tok)
        ):
            return []  # "demonstrates the common features": to show, not to protest
        coming = c.modality in HYPOTHETICAL and self._under_modal(c)  # "expect to complete"
        coming = coming or self._announced(c)  # "l'armée prépare l'assaut": a new move
        coming = coming or self._new_prospect(c)  # "lanceraient ... l'assaut final": first told
        if (
            not coming
            and not self._district_named(clause)  # "les combats ... dans le quartier de X"
            and not self._own_denied_act(c)  # "a démenti avoir pris part à l'offensive"
            and self._part_denied(c) is None  # "a nié que ses soldats aient pris part à X"
            and self._anaphoric_mention(c, clause, in_clause, inside)
        ):
            return []  # "ISIS claimed the attack": a reference to an event already told
        if self._period_of(c):
            return []  # "after a week of clashes": a span of time, not one event
        if self._since_start_of(c):
            return []  # "depuis le début de l'offensive": a time frame, not an event told
        if self._outcome_clause(c):
            return []  # "clashes that have killed dozens": the clash's toll, not an event
        countries = [r for r in ranked if _precision(r) >= 3]
        if len(countries) >= 4 and len(countries) == len(ranked):
            return []  # a statement about many countries at once, not an event
        self._next_target(c)
        self.resolve_type(c, view, clause)
        if c.sub.startswith("@"):
            return []
        self._retype(c, view, clause)
        if self._kind_not_event(c, view, clause):
            return []  # the war's origin, mines left behind, an alliance described
        if self._vote_mentioned(c):
            return []  # "le référendum du 25 septembre devait ...": a vote named, not held
        if self._resumed_fighting(c):
            return []  # "les combats ont repris": the fighting resumed, nothing retaken
        if self._missed_not_event(c, view):
            return []  # troops sent or "redeployed"; "no NGO reported executions"
        if self._interception_claim(c, view):
            return []  # "la plupart des missiles ont été interceptés": the strike's outcome
        if self._act_not_event(c, view):
            return []  # "positions de combat", "spare them from a massacre"
        self._mark_launch(c)  # "l'offensive a été lancée le 23 mai": a clash that day
        if self._motive(c) and not self._stated_accusation(c):  # "des combattants accusent X"
            return []  # "accusing operators of helping US drone strikes": a grievance
        if self._denial_of_earlier(c, pos):
            return []  # "Moscou a démenti": the modality of the event told before stands
        if c.trig.target_subject and c.actor1 is not None:
            # "le convoi a essuyé des tirs", "came under fire": the subject is fired on
            c.actor2, c.actor1, c.assoc = c.actor2 or c.actor1, None, []
        info1 = c.info1()
        if info1 is not None and info1.inter == 7 and schema().event_type[c.sub] in VIOLENT_TYPES:
            # civilians are the victims of violence, never its perpetrators in ACLED's coding
            if c.actor2 is None:
                c.actor2 = c.actor1
            c.actor1 = None
        # location(s)
        variants: list[tuple[Place | None, When | None, str]] = []
        direct = self.direct_places(c, ranked)
        if len({w.value for _r, w in inside}) < len(inside):  # the same day said twice
            seen_days: set[str] = set()
            inside = [
                x for x in inside if not (x[1].value in seen_days or seen_days.add(x[1].value))
            ]
        if len(inside) >= 2:
            prev_date_end = view.start
            for r, w in sorted(inside, key=lambda x: x[0].start):
                filed = [p for p in in_clause if not where.dateline(self, p, view)] or in_clause
                filed = (
                    filed
                    or [  # "Rutba, which we liberated in May last year": its town
                        p for p in ranked[:1] if where.relative_antecedent(self, p, c.tok)
                    ]
                )
                before = [p for p in filed if p.end <= r.start] or filed
                towns = [p for p in before if _precision(p) < 3]
                place = self._dated_part_place(towns or before, prev_date_end, view.start)
                prev_date_end = r.end
                pl = (
                    Place(place, "clause", _precision(place))
                    if place
                    else self.fallback_place(c, view, clause)
                )
                variants.append((pl, w, "clause"))
        elif direct:
            w, basis = (inside[0][1], "clause") if inside else (None, "")
            for r in direct:
                variants.append((Place(r, "clause", _precision(r)), w, basis))
        else:
            own = self.ix.subtree(c.tok) if self.ix.parsed else frozenset()
            anaphor_obj = self.ix.parsed and (
                self._anaphor("anaphor_town", own - {c.tok})
                or self._anaphor("anaphor_area", own - {c.tok})
                or (self.tok_cue("capital", own - {c.tok}) and self._capital() is not None)
            )
            if anaphor_obj and not any(r.head in own for r in ranked):
                ranked = []
            elif anaphor_obj and self._only_governments(c, ranked):
                ranked = []  # "autour de la ville : ... pour que Washington daigne": the town
            elif ranked and all(where.foreign_government(self, r) for r in ranked):
                ranked = []  # "la victoire que Washington n'osait plus annoncer": the story's
            if where.theme_anaphor(self, c.tok, ranked, view.start):
                ranked = []  # "Le bourg, que l'EI avait conquis ...": the town told before
            listed: list[MentionRef] = []
            if ranked and where.country_aside(self, ranked[0], clause, view.si):
                ranked = []  # "... count on the United States" in a section on Catalonia
            if self._only_roads_by_unlisted(c, ranked, view, clause):
                ranked = []  # "le village voisin de X, ... la route de Damas": X, not Damascus
            town = where.same_country_town(
                self, [r for r in ranked if not self._purpose_place(r, view)]
            )
            if town is not None:
                ranked = [town, *(r for r in ranked if r is not town)]
            elif (
                ranked
                and not any(_precision(r) < 3 for r in ranked)
                and not (ranked[0] in in_clause and self._background_country(inside, rest))
            ):
                # "an attack in Syria"; not "En 2003, ... envahirent l'Irak" (a past country)
                town = where.country_town(self, ranked[0], view.si)
                if town is None and c.sub == "Agreement":  # a deal of a province: its town
                    town = where.province_town(self, ranked[0], view.si)
            if town is not None and town is not ranked[0]:
                place = Place(town, "focus", max(_precision(town), 2))
            elif ranked:
                best = ranked[0]
                basis = "clause" if best in in_clause else "sentence"
                place = Place(best, basis, _precision(best))
                listed = self._listed_with(best, ranked, view, c.start)
                listed = listed or self._also_targets(best, ranked, view)  # "ainsi que"
            else:
                place = self.fallback_place(c, view, clause)
                if place is not None and self._unlisted_site(c, clause):
                    place.precision = max(place.precision, 2)  # "Wadi al-Kheil": nearest town
            w, basis = (inside[0][1], "clause") if inside else (None, "")
            if listed:
                for r in listed:  # "sur Arbine, Zamalka et Aïn Tarma": one event per place
                    variants.append((Place(r, place.basis, _precision(r)), w, basis))
            else:
                variants.append((place, w, basis))
        variants = self._story_anaphor(c, view, clause, pos, variants)  # "la ville": its town
        made: list[Cand] = []
        for place, w, basis in variants:
            e = _copy(c)
            e.place = place
            # "Last month ..., the first of them on October 13": the day within the month
            free = self._finest_dates(self._free_dates(c, rest))
            if w is None and free:
                rest_sorted = sorted(free, key=lambda x: abs(x[0].start - c.start))
                w, basis = rest_sorted[0][1], "sentence"
            if w is None and self._news_of_the_day(clause):
                w, basis = weaker(self.published, 2), "published"  # "en fin de matinée"
            if w is None and self.published is not None and self._ongoing_advance(c):
                w, basis = weaker(self.published, 2), "published"  # "were closing in on X"
            if w is None and (after_entry := self._after_entry_date(e, view)) is not None:
                w, basis = after_entry, "sentence"  # "within hours of entering the city"
            if w is None and last_when is not None and pos - last_when[0] <= STORY_WINDOW:
                w, basis = weaker(last_when[1], 2), "inherited"
            if w is None and self.published is not None:
                w, basis = weaker(self.published, 2), "published"
            e.when = w
            e.date_basis = basis or "none"
            if fatal is not None and (
                schema().event_type.get(e.sub) in VIOLENT_TYPES or e.sub in FATAL_SUBS
            ):
                e.fatalities = fatal
                e.toll_update = self._toll.update
            if e.sub == "Government regains territory" and e.actor1 is None and not e.actor1_name:
                e.actor1 = self._state_actor_of(e)  # the government regains: its forces
            self._state_modifier(e)  # "a government air raid": the state's forces
            self._generic_actor1(e, clause)
            self._foreign_territory(e)
            e.ev_start, e.ev_end = self._evidence(view, c, clause)
            e.confidence = self._confidence(e, pos)
            made.append(e)
        self._settle_eve(made, c, view)  # "au lendemain de la reprise de Kirkouk"
        self._settle_dates(made, c, view, last_when, pos)
        self._essay_settle(made, c, view, self.sents[last_when[0]] if last_when else None)
        self._no_paragraph_year(made, c, pos)  # a denied or announced act: no essay year
        self._agreement_at_country(made, view, clause)  # "conclue entre Moscou et Washington"
        for e in made:
            self._stand_ins(e)
        return made

    # ------------------------------------------------------------------ not new events
    def _commentary(self, c: Cand) -> bool:
        """Is a nominal trigger the subject of a copula with a noun predicate ("La reprise
        de Homs est une victoire", "the capture of Mosul is a message")? That judges an
        event, it does not tell one."""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].pos not in ("NOUN", "PROPN"):
            return False
        if c.trig.sub == "@next":
            return False  # "la prochaine étape sera Idlib": the copula names the next move
        t = ix.tokens[c.tok]
        if t.dep not in SUBJ_DEPS or t.head == c.tok:
            return False
        pred = ix.tokens[t.head]
        if ix.lemma(t.head) in ("be", "être") and pred.pos in VERBAL:
            return any(
                ix.tokens[ch].dep in ("attr", "acomp") and ix.tokens[ch].pos == "NOUN"
                for ch in ix.children[t.head]
            )  # "the capture of Mosul is a message"
        return pred.pos in ("NOUN", "PROPN") and any(
            ix.tokens[ch].dep == "cop" for ch in ix.children[t.head]
        )

    def _quote_spans(self, view: SentView) -> list[tuple[int, int]]:
        """Character spans of the quotations of a sentence (« ... », “ ... ”, "...")."""
        text = self.ix.doc.text[view.start : view.end]
        spans: list[tuple[int, int]] = []
        for m in re.finditer(r"«[^»]{1,300}»|“[^”]{1,300}”|\"[^\"]{1,300}\"", text):
            spans.append((view.start + m.start(), view.start + m.end()))
        return spans

    def _quoted_slogan(self, c: Cand, view: SentView) -> bool:
        """Is the trigger inside a short quotation or an exclamation ("Libérez Alep !",
        « Vengeance pour Alep »)? A slogan is no event."""
        for s, e in self._quote_spans(view):
            if s <= c.start < e:
                inner = self.ix.doc.text[s + 1 : e - 1]
                if inner.strip(" \u00a0\u202f") == self.ix.doc.text[c.start : c.end]:
                    return False  # la « cessation des hostilités »: a term quoted
                if c.trig.sub == "@next" and "!" not in inner:
                    return False  # « La prochaine étape sera X », a déclaré ...: a plan told
                if "!" not in inner and self._quoted_name(c, s, inner):
                    return False  # une « marche d'un million », the "March of Return": a name
                # one or two words are scare quotes (sa « libération »): still the event
                return "!" in inner or 3 <= len(inner.split()) <= 6
        return False

    def _quoted_name(self, c: Cand, s: int, inner: str) -> bool:
        """Does the quotation open on the trigger word itself right after a determiner (une «
        marche d'un million », la « marche du retour », the "March of Return")? It names the
        act the sentence tells; a slogan stands on its own."""
        text = self.ix.doc.text
        lead = inner.lstrip(" \u00a0\u202f")
        if not lead.lower().startswith(text[c.start : c.end].lower()):
            return False
        before = self.ix.folded[max(0, s - 12) : s].rstrip(" \u00a0\u202f")
        return bool(_DETERMINER_END.search(before))

    def _deal_content(self, c: Cand) -> bool:
        """Is a nominal trigger the complement of an agreement noun ("un accord
        d'évacuation", "a ceasefire deal", "l'accord de retrait")? It says what the deal is
        about: the agreement is the event."""
        ix = self.ix
        if not ix.parsed or c.trig.sub == "Agreement":
            return False
        t = ix.tokens[c.tok]
        if t.pos not in ("NOUN", "PROPN") or t.head == c.tok:
            return False
        h = t.head

        def deal(k: int) -> bool:
            keys = (ix.low(k), ix.lemma(k))
            return any(trig.sub == "Agreement" for w in keys for trig in self.lex.words.get(w, ()))

        if t.dep in ("obj", "dobj") and ix.tokens[h].pos in VERBAL:
            # "un accord a permis l'évacuation", "the deal allowed the withdrawal"
            return any(
                ix.tokens[ch].dep in SUBJ_DEPS and ix.tokens[ch].pos == "NOUN" and deal(ch)
                for ch in ix.children[h]
            )
        if t.dep == "pobj":
            h = ix.tokens[h].head
        elif t.dep not in ("nmod", "compound", "obl"):
            return False
        return deal(h)

    def _toll_of_earlier(self, c: Cand, fatal: int | None, pos: int) -> bool:
        """A killing whose subject is a definite event noun ("ces raids ont tué", "the
        strikes killed") gives the toll of a violent event told in the two sentences before:
        the figure goes to that event."""
        ix = self.ix
        if not ix.parsed or c.trig.sub != "@violence" or ix.tokens[c.tok].pos not in VERBAL:
            return False
        subj = [ch for ch in ix.children[c.tok] if ix.tokens[ch].dep in SUBJ_DEPS]
        if not subj:
            return False
        s = subj[0]
        if ix.tokens[s].pos != "NOUN" or not (
            ix.low(s) in self.lex.words or ix.lemma(s) in self.lex.words
        ):
            return False
        dets = {ix.low(ch) for ch in ix.children[s] if ix.tokens[ch].dep in ("det", "poss")}
        if not dets & ANAPHORIC_DETS:
            return False
        et = schema().event_type
        for x, _back in self.earlier(pos, 2):
            if x.dropped is None and et.get(x.sub) in (*VIOLENT_TYPES,):
                if fatal is not None:
                    x.fatalities = fatal if x.fatalities is None else min(x.fatalities, fatal)
                return True
        return False

    def _dead_of_earlier(
        self, c: Cand, view: SentView, clause: frozenset[int], fatal: int | None, pos: int
    ) -> bool:
        """The dead counted with no act of their own ("au moins 12 soldats ont été tués dans
        les combats", "30 militants were killed in the fighting", "parmi les tués figurent",
        "dix civils y ont été tués") are the toll of the violent event told in that sentence or
        the three before (CONVENTIONS section 3: a summary toll is carried by its event, never
        a separate one): the figure goes to that event when it has none. A clause that names an
        act of its own ("tués dans des combats", "killed by a sniper", "in an air strike"), a
        place other than that event's or a day of its own other than its day is a new event."""
        ix = self.ix
        if not ix.parsed or c.trig.sub != "@violence":
            return False
        t = c.tok
        kids = ix.children[t]
        deps = {ix.tokens[k].dep for k in kids}
        among = any(ix.low(k) in self._tolls.cues.among for k in kids)  # "parmi les tués"
        passive = bool(deps & PASS_SUBJ) and ix.tokens[t].pos in VERBAL
        if not (among or passive) or deps & AGENT_DEPS:
            return False
        for k in kids:  # "in the fighting" is told; "in clashes", "dans un raid" are new acts
            for n in [k, *(g for g in ix.children[k] if ix.tokens[g].dep == "pobj")]:
                if ix.tokens[n].pos != "NOUN" or not (
                    ix.low(n) in self.lex.words or ix.lemma(n) in self.lex.words
                ):
                    continue
                dets = {ix.low(d) for d in ix.children[n] if ix.tokens[d].dep in ("det", "poss")}
                if not dets & ANAPHORIC_DETS:
                    return False
        et = schema().event_type
        told = None
        for x, _back in self.earlier(pos, 3, same_sentence=True):
            if x.tok != t and x.dropped is None and et.get(x.sub) in VIOLENT_TYPES:
                told = x
                break
        if told is None:
            return False
        own_places = {
            r.m.name
            for r in ix.in_sentence("place", view.si)
            if r.head is not None and r.head in clause
        }
        if own_places and (told.place is None or own_places - {told.place.ref.m.canonical}):
            return False  # "deux soldats ont été tués à Deraa": a killing of its own there
        for r in ix.in_sentence("date", view.si):
            if r.head is None or r.head not in clause or r.m.precision != "day" or not r.m.value:
                continue
            if told.when is None or str(r.m.value) != told.when.value:
                return False  # "trois civils ont été tués lundi": that day's own killing
        if fatal is not None and told.fatalities is None:
            told.fatalities = fatal
        return True

    def _toll_without_event(self, view: SentView, pos: int) -> None:
        """ "The death toll rose to 15", "le bilan s'est alourdi à 20 morts": a toll told
        without an event word is the toll of the violent event told in the three sentences
        before; a raised toll replaces its figure, another one fills a missing figure."""
        if not any(self.ix.low(i) in self._tolls.cues.toll for i in view.toks):
            return
        fatal = self.fatalities(view)
        if fatal is None:
            return
        et = schema().event_type
        for x, _back in self.earlier(pos, 3):
            if x.dropped is None and et.get(x.sub) in VIOLENT_TYPES:
                for y in self._made:  # every reading of that sentence's event
                    if (
                        y.sent == x.sent
                        and y.dropped is None
                        and et.get(y.sub) in VIOLENT_TYPES
                        and (self._toll.update or y.fatalities is None)
                    ):
                        y.fatalities, y.toll_update = fatal, self._toll.update
                return

    def _denial_of_earlier(self, c: Cand, pos: int) -> bool:
        """A denial of an event of the same kind told in the three sentences before ("X
        affirmait que des raids avaient tué 12 civils ... Moscou a démenti") is no new event:
        the event keeps the modality of its first telling."""
        if c.modality != "denied":
            return False
        blanket = self._blanket(c)
        mine = self._denied_places(c)  # not "à l'ouest d'Alep" beside "à Al-Atarib"
        for x, back in self.earlier(pos):
            if x.dropped is not None or x.modality == "denied":
                continue
            if mine and x.place is not None and (x.place.ref.m.canonical or "") not in mine:
                continue  # "denied any strike in Raqqa": not the strike told in Homs
            if self._other_doer(x, c) or self._other_day(x, c) or self._other_target(x, c):
                continue  # "Ankara a démenti avoir tiré" after Syrian raids: another event
            if self._new_denied_act(x, c):
                continue  # "a nié que l'aviation russe ait frappé" after strikes of no named doer
            same = self._same_denied(x, c, blanket)
            if back <= 3 and same:
                self._contest(x, c)
                return True  # "des raids ont tué 12 civils ... Moscou a démenti"
            if blanket and same:
                self._contest(x, c)
                return True  # "denied any clash": the clash told earlier in the article stands
            if mine and x.place is not None and x.sub == c.sub and self._same_day(x, c):
                self._contest(x, c)
                return True  # "denied any strike in al-Shafah on Friday": the strike told there
        return False

    def _own_mentions(self, c: Cand, kind: str) -> list[MentionRef]:
        """Mentions of ``kind`` in the denied trigger's own words (its phrase and, below the
        denial verb, the verb it hangs on: "carried out any strike in X on Friday")."""
        ix = self.ix
        if not ix.parsed:
            return []
        own = ix.subtree(c.tok)
        h = ix.tokens[c.tok].head
        if ix.lemma(h) not in self.mod.deny and ix.low(h) not in self.mod.deny:
            own |= ix.subtree(h)
        return [r for r in ix.in_sentence(kind, c.sent) if r.head is not None and r.head in own]

    def _blanket(self, c: Cand) -> bool:
        """Is the denied trigger a blanket one ("any attack", "toute frappe")?"""
        ix, words = self.ix, self.mod.blanket
        if not words:
            return False
        if self._own_mentions(c, "place") or self._own_mentions(c, "date"):
            return False  # "denied any strike in al-Shafah on Friday": a specific event
        if ix.parsed and any(ix.low(ch) in words for ch in ix.children[c.tok]):
            return True
        before = [i for i in self.views[c.sent].toks if i < c.tok][-1:]
        return bool(before) and ix.low(before[0]) in words

    def _country_name(self, c: Cand) -> str | None:
        """ACLED's name of the country the event is placed in."""
        iso = (c.place.ref.m.country or "").upper() if c.place is not None else ""
        if not iso and self.focus is not None:
            iso = (self.focus.m.country or "").upper()
        country = countries().get(iso)
        return country.name if country else None

    def _subject_words(self, c: Cand, clause: frozenset[int]) -> str:
        """The folded text of the trigger's subject side (with the trigger itself for a noun:
        "une bombe artisanale", "gunmen attacked")."""
        ix = self.ix
        if not ix.parsed:
            v = self.views[c.sent]
            return ix.folded[v.start : c.start]
        toks = set(self._subject_side(c, clause))
        if ix.tokens[c.tok].pos in ("NOUN", "PROPN"):
            toks |= {i for i in ix.subtree(c.tok) if i < c.tok or i == c.tok}
        if not toks:
            return ""
        return " ".join(ix.low(i) for i in sorted(toks))

    def _generic_actor1(self, c: Cand, clause: frozenset[int]) -> None:
        """ACLED's generic actors when no mention names actor1: "Unidentified Armed Group
        (X)" for unnamed perpetrators of violence, "Police Forces of X" for arrests and for
        security forces, "Military Forces of X" for unnamed troops, "Protesters (X)" and
        "Rioters (X)" for crowds."""
        et = schema().event_type.get(c.sub)
        info = c.info1()
        if c.trig.sub == "@loss" and c.sub != "Government regains territory":
            return  # the subject lost the ground: it names the loser, not the taker
        if info is None and c.actor1_name:
            return  # named by the event's own words ("des frappes russes")
        words = self._subject_words(c, clause)
        country = self._country_name(c)
        if not country:
            return

        def says(kind: tuple[frozenset[str], re.Pattern[str] | None]) -> bool:
            single, rx = kind
            return bool(single & set(words.split())) or bool(rx and rx.search(words))

        if info is None and self._foreign_agents(c, words, country):
            return
        if c.sub == "Arrests" and (
            info is None
            or (
                info.inter == 1 and says(self.pc.unnamed_police) and not says(self.pc.unnamed_state)
            )
        ):
            c.actor1, c.actor1_name, c.actor1_inter = None, f"Police Forces of {country}", 1
            return
        if (
            info is not None
            and info.name.startswith("Government of ")
            and et in (*VIOLENT_TYPES, "Battles")
        ):
            # ACLED: a state fights through its forces ("Russia struck", "Damas a bombardé")
            c.actor1, c.actor1_name = (
                None,
                "Military Forces of " + info.name[len("Government of ") :],
            )
            c.actor1_inter = 1
            return
        if (
            info is not None
            and info.kind == "government"
            and info.inter == 1
            and info.country
            and et in (*VIOLENT_TYPES, "Battles")
        ):
            # "the Defence Ministry said its jets struck": a ministry fights through its forces
            forces = actor_info(f"{info.country.lower()}-military", None)
            if forces.name:
                c.actor1, c.actor1_name, c.actor1_inter = None, forces.name, 1
                return
        if info is not None and info.kind == "person" and info.country:
            # a leader's decision or operation: ACLED codes the state, not the person
            name = countries().get(info.country.upper()) or None
            if name is not None:
                state = (
                    "Military Forces of" if et in (*VIOLENT_TYPES, "Battles") else "Government of"
                )
                c.actor1, c.actor1_name, c.actor1_inter = None, f"{state} {name.name}", 1
            return
        if c.sub == EXCESSIVE and info is not None and info.inter in (1, 3):
            return  # the force that fired on the crowd is the actor (CONVENTIONS section 4)
        if c.sub == EXCESSIVE and info is None:
            state = says(self.pc.unnamed_state) and not says(self.pc.unnamed_police)
            forces = "Military Forces of" if state else "Police Forces of"
            c.actor1_name, c.actor1_inter = f"{forces} {country}", 1
            return
        if et == "Riots" and info is not None and info.inter == 6:
            c.actor1, c.actor1_name, c.actor1_inter = None, f"Rioters ({country})", 5
            return  # protesters who burn or storm are rioters (ACLED)
        if info is not None and et in ("Protests", "Riots") and info.inter not in (5, 6):
            # ACLED: the crowd is the actor, the group it stands with is associated
            c.assoc.insert(0, c.actor1)  # type: ignore[arg-type]
            c.actor1 = None
            info = None
        if info is not None:
            return
        if c.sub == "Government regains territory":
            c.actor1_name, c.actor1_inter = f"Military Forces of {country}", 1
        elif et == "Protests":
            c.actor1_name, c.actor1_inter = f"Protesters ({country})", 6
        elif et == "Riots":
            c.actor1_name, c.actor1_inter = f"Rioters ({country})", 5
        elif says(self.pc.unnamed_police) and et in VIOLENT_TYPES:
            c.actor1_name, c.actor1_inter = f"Police Forces of {country}", 1
        elif says(self.pc.unnamed_state) and et in (*VIOLENT_TYPES, "Battles"):
            c.actor1_name, c.actor1_inter = f"Military Forces of {country}", 1
        elif self._state_aircraft(c, country):
            pass
        elif c.sub == "Air/drone strike":
            # aircraft belong to a state: no "armed group" guess, ACLED's unnamed state forces
            c.actor1_name, c.actor1_inter = "Unidentified Military Forces", 8
        elif (says(self.pc.unnamed_armed) and et in (*VIOLENT_TYPES, "Battles")) or (
            et in ("Explosions/Remote violence", "Violence against civilians")
            and c.modality not in ("planned", "speculative")
            and not self._has_subject(c, clause)
        ):
            c.actor1_name, c.actor1_inter = f"Unidentified Armed Group ({country})", 3
            self._unnamed_shelling(c, country)

    def _has_subject(self, c: Cand, clause: frozenset[int]) -> bool:
        """Does the trigger have a subject other than its own noun phrase ("the submarine
        Kolpino launched missiles" has one; "a car bomb exploded" has none)?"""
        ix = self.ix
        if not ix.parsed:
            return False
        own = ix.subtree(c.tok)
        side = self._subject_side(c, clause) - own
        return any(ix.tokens[i].pos in ("NOUN", "PROPN") for i in side)

    def _foreign_territory(self, c: Cand) -> None:
        """ACLED: a state force taking ground outside its own country is coded as "Non-state
        actor overtakes territory" (its own government regaining ground is the other type)."""
        if c.sub != "Government regains territory" or c.place is None:
            return
        info = c.info1()
        home = info.country if info is not None else None
        where = c.place.ref.m.country
        if where and self._recoded_home(c, where.upper()):  # "l'armée" of a wrong focus
            home = where
        c.sub = territory_by_inter(1, home=home, where=where) or GRT

    def _own(self, c: Cand) -> frozenset[int]:
        """The trigger's verb and what hangs on it (its clause head's direct dependents)."""
        ix = self.ix
        if not ix.parsed:
            return frozenset(self.views[c.sent].toks)
        t = c.tok
        if ix.tokens[t].pos not in VERBAL and ix.tokens[t].head != t:
            t = ix.tokens[t].head
        return frozenset({t, *ix.children[t]})

    def _anaphoric_mention(
        self, c: Cand, clause: frozenset[int], places: list[MentionRef], dates: list[Dated]
    ) -> bool:
        """A definite event noun with no place or date of its own ("the attack", "cette
        attaque") refers back to an event the article already told."""
        ix = self.ix
        own = referred.reacted_to(ix, c.tok, self.lang)
        if own is not None:  # "Paris et Riyad ont dénoncé l'attentat": the speakers' places
            places = [r for r in places if r.head in own]
            dates = [d for d in dates if d[0].head in own]
        if not ix.parsed or places or dates or ix.tokens[c.tok].pos != "NOUN":
            return False
        if c.end - c.start > ix.tokens[c.tok].end - ix.tokens[c.tok].start + 1:
            return False  # a phrase ("air strikes on X") is specific enough
        dets = {ix.low(ch) for ch in ix.children[c.tok] if ix.tokens[ch].dep in ("det", "poss")}
        return bool(dets & ANAPHORIC_DETS) and self.sents.index(c.sent) > 0

    def _motive(self, c: Cand) -> bool:
        """Is the trigger inside a subordinate clause or phrase giving a motive or an
        accusation ("..., accusing them of helping drone strikes", "en représailles aux
        frappes")?"""
        ix = self.ix
        if not ix.parsed:
            return False
        for a in ix.ancestors(c.tok)[:5]:
            t = ix.tokens[a]
            if t.dep in ("ROOT", "root"):
                return False
            if self.tok_cue("motive", [a]) and (
                t.pos not in VERBAL or t.dep in ("advcl", "acl", "xcomp", "pcomp", "obl", "nmod")
            ):
                return True
        return False

    def _outcome_clause(self, c: Cand) -> bool:
        """Is a killing or wounding told in a relative clause on another event noun ("an air
        strike that killed ten", "des combats qui ont fait dix morts")?"""
        ix = self.ix
        if not ix.parsed or c.trig.sub != "@violence":
            return False
        t = ix.tokens[c.tok]
        if t.dep not in ("relcl", "acl:relcl", "acl") or t.head == c.tok:
            return False
        head = t.head
        return head in self._sentence_triggers or any(
            head in (x.tok,) for x in self._made if x.sent == c.sent
        )

    def _since_start_of(self, c: Cand) -> bool:
        """Is a nominal trigger the event a time frame starts from ("tué 1 300 civils depuis
        le début de l'offensive", "since the start of the offensive", "nine months after the
        launch of the offensive")?"""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].pos != "NOUN":
            return False
        start = [a for a in ix.ancestors(c.tok)[:3] if ix.lemma(a) in self.dcues.frame_start]
        if not start:
            return False
        s = start[0]
        near = [*ix.children[s], ix.tokens[s].head]
        if any(ix.low(k) in self.dcues.since for k in near):
            return True
        # "neuf mois après le lancement de l'offensive": a span counted from its start
        if ix.tokens[s].pos in VERBAL:
            return False  # "two days after the announcement, the army launched an offensive"
        after = [k for k in ix.children[s] if k < s and self.tok_cue("after", [k])]
        return any(self.tok_cue("period", range(max(0, k - 3), k)) for k in after)

    def _placeless_told(self, c: Cand) -> bool:
        """Is a change of ground with no place of its own announced, reported by a source or
        denied ("un officier a assuré que l'armée reprendrait le point de passage", "the SDF
        said its fighters took the field")? Such a statement is news of the story's ground and
        is placed by ``fallback_place`` (the previous sentence's or the story's town, lower
        precision); an act asserted in the author's own voice with no place is a generality
        ("il a fallu un mois pour libérer toute la région") and stays dropped, as does a
        participle describing a noun ("les quartiers évacués", "the liberated areas"): a
        state, not a statement of an act."""
        if c.modality == "asserted":
            return False
        t = self.ix.tokens[c.tok]
        return not (self.ix.parsed and t.dep in ("amod", "acl") and t.pos in VERBAL)

    def _period_of(self, c: Cand) -> bool:
        """Is a nominal trigger the complement of a period noun framing another act ("after a
        week of clashes", "au terme de quatre jours d'assauts")? A period that a main verb
        takes as its object is the event itself ("la ville a connu trois jours
        d'affrontements", "the town saw a week of fighting")."""
        ix = self.ix
        t = ix.tokens[c.tok] if ix.parsed else None
        # "after weeks of shelling": the gerund the parse tags VERB is a noun there too
        if t is None or (t.pos != "NOUN" and not (t.pos == "VERB" and t.dep == "pobj")):
            return False
        h = ix.tokens[c.tok].head
        if ix.tokens[c.tok].dep == "pobj" and ix.low(h) in ("of",):
            h = ix.tokens[h].head
        elif not any(ix.low(ch) in _PERIOD_OF for ch in ix.children[c.tok]):
            return False  # "lancer dans les prochains jours l'assaut": a time, then the object
        return h != c.tok and self.tok_cue("period", [h]) and not self._period_told(h)

    def _period_told(self, h: int) -> bool:
        """Is the period noun ``h`` the object of a verb of a main clause ("la ville avait
        connu trois jours d'affrontements", "the town saw a week of fighting"), not of one
        framing another act ("après avoir subi des semaines de bombardements")?"""
        ix = self.ix
        t = ix.tokens[h]
        if t.dep not in ("obj", "dobj") or t.head == h:
            return False
        v = ix.tokens[t.head]
        if v.pos not in VERBAL or v.dep not in ("ROOT", "root", "conj", "ccomp"):
            return False
        kids = ix.children[t.head]
        if any(ix.tokens[k].dep.startswith("expl") or ix.low(k) == "it" for k in kids):
            return False  # "il aura fallu neuf mois de combats", "it took a week of fighting"
        return not self.tok_cue("after", [k for k in kids if k < t.head])

    def _transitive(self, i: int) -> bool:
        ix = self.ix
        return (
            ix.parsed
            and ix.tokens[i].pos in VERBAL
            and any(
                ix.tokens[ch].dep in ("dobj", "obj") and ix.tokens[ch].pos in ("NOUN", "PROPN")
                for ch in ix.children[i]
            )
        )

    def _conditional(self, c: Cand, view: SentView, head: int, clause: frozenset[int]) -> bool:
        """Triggers inside "if ..." / "as soon as ..." / "dès que ..." clauses are conditions,
        not events; so are purpose and capacity complements ("pour abattre le régime",
        "la capacité de reconquérir")."""
        ix = self.ix
        cond = self.lex.cue_words.get("condition", frozenset())
        rx = self.lex.cue_phrases.get("condition")
        if not ix.parsed:
            lead = ix.folded[max(view.start, c.start - 60) : c.start]
            return bool(rx and rx.search(lead)) or any(
                w in cond for w in re.findall(r"[\w']+", lead)[-6:]
            )
        t = ix.tokens[c.tok]
        if t.pos in VERBAL and t.dep in ("acl",) and self._infinitive_or_label(c.tok):
            if self._dated_participle(c):
                return False  # "la ville, tombée aux mains des rebelles en 2012": told in passing
            return self._accused_act(c) is None  # not "accusé X d'avoir enlevé": a claimed act
        if (
            t.pos in VERBAL
            and any(
                ix.low(ch) in ("pour", "afin") and ix.tokens[ch].dep in ("mark", "case")
                for ch in ix.children[c.tok]
            )
            and not self._waited_until(c)  # "il a fallu attendre le 18 août pour que ..."
        ):
            return True
        for n in [c.tok, *ix.ancestors(c.tok)]:
            tn = ix.tokens[n]
            if (
                tn.dep == "advcl"
                and any(ix.low(ch) in ("before", "avant") for ch in ix.children[n])
                and any(ix.lemma(ch) in ("could", "can", "pouvoir") for ch in ix.children[n])
            ):
                return True  # "before it could be detonated": it never was
            if tn.dep == "advcl" or n == head and tn.dep not in ("ROOT", "root"):
                sub = ix.subtree(n)
                start = ix.tokens[min(sub)].start
                lead = ix.folded[max(view.start, start - 20) : start + 20]
                marks = {ix.low(ch) for ch in ix.children[n] if ix.tokens[ch].dep == "mark"}
                joined = " ".join(  # "dès qu'": an elided mark the phrase regex misses
                    ix.low(ch) for ch in ix.children[n] if ix.tokens[ch].dep == "mark"
                )
                if (
                    marks & cond
                    or (rx and rx.search(lead))
                    or (rx and joined and rx.fullmatch(joined) and self._yet_to_come(n))
                ) and not (n in (c.tok, head) and self._past_when_clause(n, lead)):
                    return True  # not "lorsque l'EI s'empara de Mossoul": a told event
            if tn.dep in ("ROOT", "root"):
                if n in (c.tok, head) and self._opening_condition(n, view, cond, rx):
                    return True  # "Dès que X sera libérée, nous dit-on, ...": parsed as root
                break
        return False

    def _opening_condition(
        self, n: int, view: SentView, cond: frozenset[str], rx: re.Pattern[str] | None
    ) -> bool:
        """Does a condition word open the sentence right before root verb ``n``'s clause ("Dès
        que X sera libérée, nous dit-on, le désert sera sûr", parsed with "dès" a preposition
        of the subject), with no other verb before ``n`` and ``n`` not told in the past? The
        clause is then a condition of what follows, though the parse made it the main one."""
        ix = self.ix
        lead = ix.folded[view.start : ix.tokens[n].start].lstrip(" -–—«\"'\u00a0")
        first = re.match(r"[\w']+", lead)
        if not first or not (first.group() in cond or (rx is not None and rx.match(lead))):
            return False
        before = [i for i in view.toks if i < n and ix.tokens[i].pos in VERBAL]
        if any(ix.tokens[i].dep not in ("aux", "aux:pass", "cop") for i in before):
            return False
        return self._yet_to_come(n)

    def _yet_to_come(self, n: int) -> bool:
        """Is verb ``n`` (with its auxiliaries) in a future or conditional form ("sera
        libérée", "tomberait"), or, in English, a present ("is liberated", "falls": the
        tense of a condition on what is to come)? A past tells an act."""
        ix = self.ix
        words = [n, *(a for a in ix.children[n] if ix.tokens[a].dep.startswith("aux"))]
        lows = [ix.low(w) for w in words]
        if self.lang == "fr":
            return any(
                low in _FUTURE_FORMS_FR
                or (_FUTURE_FR.match(low) and low not in _NOT_FUTURE_FR)
                or _CONDITIONAL_FR.match(low)
                for low in lows
            )
        if self.lang != "en":
            return False
        if any(low in ("was", "were", "had", "did") for low in lows):
            return False
        verb = lows[0]
        return (
            verb == ix.lemma(n)
            or verb.endswith("s")
            or any(low in ("is", "are", "will", "'ll") for low in lows)
        )

    def _infinitive_or_label(self, i: int) -> bool:
        """An ``acl`` verb that is no event of its own: an infinitive ("the capacity to
        retake", "la capacité de reconquérir") or a participle describing the subject of
        another event ("armed groups fighting in X signed a truce")."""
        ix = self.ix
        if any(
            ix.tokens[ch].dep in ("aux", "mark") and ix.low(ch) in ("to", "de", "d'", "à", "pour")
            for ch in ix.children[i]
        ):
            return True
        noun = ix.tokens[i].head
        if ix.tokens[noun].dep not in SUBJ_DEPS:
            return False
        verb = ix.tokens[noun].head
        return verb != i and ix.lemma(verb) not in self.mod.speech

    def _evidence(self, view: SentView, c: Cand, clause: frozenset[int]) -> tuple[int, int]:
        """The sentence, or the trigger's clause when the sentence is very long."""
        start, end = view.start, view.end
        if end - start > 400 and self.ix.parsed and clause:
            start = min(self.ix.tokens[i].start for i in clause)
            end = max(self.ix.tokens[i].end for i in clause)
        text = self.ix.doc.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def _confidence(self, c: Cand, pos: int) -> float:
        conf = c.trig.weight * 0.8
        basis = c.place.basis if c.place else "none"
        conf += {"clause": 0.08, "sentence": 0.04, "anaphor": 0.02, "previous": -0.03}.get(
            basis, -0.12
        )
        conf += {"clause": 0.06, "sentence": 0.03, "inherited": -0.02, "published": -0.06}.get(
            c.date_basis, -0.12
        )
        if c.actor1 is not None:
            conf += 0.04
        if c.actor2 is not None:
            conf += 0.02
        if c.modality in ("speculative", "planned"):
            conf -= 0.1
        if pos == 0:
            conf += 0.03
        return round(min(0.99, max(0.05, conf)), 3)


def _km(a: MentionRef, b: MentionRef) -> float:
    """Distance between two places in km (0 when either has no coordinates)."""
    if None in (a.m.lat, a.m.lon, b.m.lat, b.m.lon):
        return 0.0
    return haversine_km(a.m.lat, a.m.lon, b.m.lat, b.m.lon)  # type: ignore[arg-type]


def _people(r: MentionRef) -> bool:
    """A plural of a place name is a people ("the Kikuyus", "les Kurdes"), not a place."""
    text, name = fold(r.m.text), fold(r.m.canonical or "")
    if " " in text.strip():
        return False  # "the Omar oil fields": a plural facility name, not a people
    return bool(name) and len(text) > 3 and text[-1] == "s" and _plain(text[:-1]) == _plain(name)


def _plain(text: str) -> str:
    """Lower case without accents or punctuation ("Ṣan‘ā’" = "sana")."""
    text = unicodedata.normalize("NFKD", text)
    return re.sub(
        r"[\W_]+", "", "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    )


@cache
def _country_names() -> frozenset[str]:
    return frozenset(country_by_name())


def _copy(c: Cand) -> Cand:
    return Cand(
        sub=c.sub,
        trig=c.trig,
        tok=c.tok,
        start=c.start,
        end=c.end,
        sent=c.sent,
        actor1=c.actor1,
        assoc=list(c.assoc),
        actor2=c.actor2,
        modality=c.modality,
        claimant=c.claimant,
        title=c.title,
        actor1_name=c.actor1_name,
        actor1_inter=c.actor1_inter,
        launch=c.launch,
        settled=c.settled,
    )


def _overlaps(a: MentionRef, b: MentionRef) -> bool:
    return a.start < b.end and b.start < a.end


def _precision(ref: MentionRef | None) -> int:
    return 3 if ref is None else ref.geo_precision


def _distinct_places(chain: list[MentionRef]) -> list[MentionRef]:
    """One reference per place (GeoNames id, else folded name); a list needs two places."""
    seen: set[object] = set()
    out: list[MentionRef] = []
    for r in chain:
        key = place_identity(r.m)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out if len(out) >= 2 else []
