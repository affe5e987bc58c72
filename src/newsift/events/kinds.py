"""Event kinds the core rules get wrong, kinds read from the act itself, and background told as
if it were news, mixed into the extractor.

Why: partisan war news tells the story of the day against its background, and ACLED types by
what happened, not by the words. The launch of an offensive is a clash on that day, never the
capture told elsewhere in the article; an announced mop-up ("comptent nettoyer les villages")
is a clash to come, not a capture; an army that "could attack" a region would fight there, it
would not attack civilians; a denied withdrawal denies the capture by the other side, not a
hand-over; the side that took a town is read from "ces derniers" / "the latter" when the
subject is that anaphor. Non-events: the protests that started the war ("la guerre, déclenchée
en 2011 par la répression de manifestations"), mines left behind (discovered ones are at most
disrupted weapons use), a fight told only to describe an alliance ("les groupes qui combattent
aux côtés de X sont censés respecter la trêve"), a title naming an autonomous region, a siege
"since spring 2013" whose season the time stage does not read as a date.

Acts (read from what was done): "Daech avait pris Palmyre" takes a town (a capture of its own,
even when the same sentence goes on "et dynamité le temple"); blowing up a temple, a bridge or
a statue stays a remote explosive (CONVENTIONS section 4: blowing up a building is
``Remote explosive/landmine/IED``, session 11); an air force that "gassed" a town used a
chemical weapon, whatever the killing verb that follows; troops invading a country fight its
army; armed men who "entered" a town took it (an entry into its outskirts is a fight); "ses
hommes s'apprêtaient à marcher sur X" is an advance to come, not a protest; a town "tombée aux
mains de l'organisation terroriste" fell to the jihadists the article names; the launch of an
offensive with no named side is launched by the side of the story just told. Non-events: a
fight noun that only describes gear or positions ("positions de combat"), a massacre the
sentence says was spared.

Wave 2 (CONVENTIONS.md section 4): car bombs driven by suicide bombers are a Suicide bomb;
captives executed are an Attack, and a capture word that only describes them takes no ground;
fighting that "could spread" is a clash; gunmen the author mocks as « manifestants pacifiques »
fought (a clash); a town that fell after the other side withdrew (not under fire) is a
Non-violent transfer, the withdrawal no second one; a planned capture that is only an
operation's aim is a clash; a lasting campaign with no date ("a month-long bombardment"), a
place "declared secure after retaking" another and a withdrawal in a "when" clause are no
events of their own; people "taken along" stay an abduction.

The methods run on :class:`newsift.events.extract.ArticleExtractor`; the words come from
``data/events/kinds.toml`` (one table per language) and the trigger files' cue sets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.actors import GRT, NSO, ActorInfo, actor_info, ref_info, territory_by_inter
from newsift.events.resources import Trigger, data_toml

if TYPE_CHECKING:
    from newsift.events.extract import Cand, SentView
    from newsift.events.index import DocIndex, MentionRef
    from newsift.events.resources import Lexicon

NVT = "Non-violent transfer of territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
BOMBS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
PROTESTS = frozenset(
    {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
    }
)
VERBAL = ("VERB", "AUX")
RELATIVE = ("relcl", "acl:relcl")
AUX_DEPS = ("aux", "aux:pass", "aux:tense", "auxpass")
SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")
HYPOTHETICAL = ("planned", "speculative")
LOOT = "Looting/property destruction"
CHEM = "Chemical weapon"
ABDUCT = "Abduction/forced disappearance"
CAPTURES = (GRT, NSO, NVT)
GROUND = (GRT, NSO, NVT, CLASH)
# the kinds a launched weapon stopped in flight is misread as (session 6)
WEAPON_KINDS = frozenset({"Suicide bomb", IED, SHELLING, AIR, "Grenade"})
# the kinds a shoot-down of an aircraft or a launched weapon is misread as (session 11)
SHOT_KINDS = WEAPON_KINDS | {CLASH, "Attack"}
# reflexive clitics: "des roquettes se sont abattues sur X" fell on X, nothing was shot down
REFLEXIVE = frozenset({"se", "s'", "s’"})
# the protests an armed march is misread as ("marcher sur X")
MARCH_PROTESTS = frozenset({"Peaceful protest", "Protest with intervention"})
VIOLENT_KINDS = frozenset(
    {
        "Attack",
        IED,
        "Shelling/artillery/missile attack",
        "Air/drone strike",
        "Grenade",
    }
)
OBJ_DEPS = ("obj", "dobj")
PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass")
# dependents that open a clause of their own (its words are not the head's)
CLAUSES = ("acl", "acl:relcl", "relcl", "ccomp", "advcl", "parataxis", "conj")
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


@dataclass(frozen=True, slots=True)
class KindWords:
    """The word sets of one language (see the header of ``kinds.toml``)."""

    words: dict[str, frozenset[str]] = field(default_factory=dict)
    phrases: dict[str, re.Pattern[str]] = field(default_factory=dict)
    since: re.Pattern[str] | None = None
    rxs: dict[str, re.Pattern[str]] = field(default_factory=dict)  # the other ``_rx`` keys


@cache
def kind_words(lang: str) -> KindWords:
    data = data_toml("kinds.toml").get(lang, {})
    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, re.Pattern[str]] = {}
    for key, items in data.items():
        if key.endswith("_rx"):
            continue
        words[key] = frozenset(w for w in items if " " not in w)
        multi = [re.escape(w) for w in items if " " in w]
        if multi:
            phrases[key] = re.compile(r"\b(?:" + "|".join(multi) + r")\b")
    since = data.get("since_rx") or []
    rx = re.compile("|".join(f"(?:{s})" for s in since)) if since else None
    rxs = {
        key[:-3]: re.compile("|".join(f"(?:{a})" for a in items))
        for key, items in data.items()
        if key.endswith("_rx") and key != "since_rx" and items
    }
    return KindWords(words, phrases, rx, rxs)


@cache
def _unopposed_not_takers() -> frozenset[str]:
    """Actor names whose unopposed conquests stay captures (``kinds.toml``)."""
    return frozenset(data_toml("kinds.toml").get("unopposed_not_takers") or ())


TAKE = Trigger(
    sub="@territory", weight=0.7, needs_arg=True, requires_place=True, town=True, label="acts"
)


def _info_of(ref: MentionRef) -> ActorInfo | None:
    return ref_info(ref)


class KindRules:
    """Mixin: event kinds and background non-events (see the module docstring)."""

    ix: DocIndex
    lex: Lexicon
    lang: str
    sents: list[int]
    views: dict[int, SentView]
    _made: list[Cand]

    if TYPE_CHECKING:

        def tok_cue(self, name: str, toks: list[int] | frozenset[int] | range) -> bool: ...
        def _own(self, c: Cand) -> frozenset[int]: ...
        def _subject_side(self, c: Cand, clause: frozenset[int]) -> frozenset[int]: ...
        def _target(self, i: int) -> frozenset[int]: ...
        def _to_other_side(self, c: Cand, loser: int | None) -> None: ...
        def _article_actors(self) -> list[MentionRef]: ...
        def _protest(self, c: Cand, view: SentView) -> str: ...
        def cue(self, name: str, view: SentView | None = None, text: str | None = None) -> bool: ...
        def _quote_spans(self, view: SentView) -> list[tuple[int, int]]: ...
        def _cue_tokens(self, name: str, view: SentView) -> list[int]: ...

    # ------------------------------------------------------------------ words
    def _kw(self, name: str, toks: list[int] | frozenset[int] | range) -> bool:
        """Is a word of kinds set ``name`` among tokens ``toks`` (form or lemma)?"""
        words = kind_words(self.lang).words.get(name)
        if not words:
            return False
        return any(self.ix.low(i) in words or self.ix.lemma(i) in words for i in toks)

    def _kw_text(self, name: str, start: int, end: int) -> bool:
        """Is a word or phrase of kinds set ``name`` in the text between two offsets?"""
        kw = kind_words(self.lang)
        text = self.ix.folded[start:end]
        rx = kw.phrases.get(name)
        if rx is not None and rx.search(text):
            return True
        words = kw.words.get(name, frozenset())
        return bool(words & set(re.findall(r"[\w'-]+", text)))

    def _span_text(self, toks: frozenset[int] | list[int]) -> tuple[int, int]:
        return (
            min(self.ix.tokens[i].start for i in toks),
            max(self.ix.tokens[i].end for i in toks),
        )

    # ------------------------------------------------------------------ launches
    def _launch(self, c: Cand) -> bool:
        """Does the trigger name the launch of an operation ("a lancé une offensive", "the
        offensive was launched", "le lancement de l'assaut", "launched an assault on")?"""
        ix = self.ix
        if not ix.parsed:
            return False
        toks = ix.trigger_tokens(c)
        if self._kw("launch", toks) and self._kw("operation", toks):
            return True  # the phrase itself ("lancé une offensive")
        if not self._kw("operation", [c.tok]):
            return False
        t = ix.tokens[c.tok]
        if t.head != c.tok and self._kw("launch", [t.head]):
            return True  # its verb or its noun ("le lancement de l'offensive")
        return any(
            ix.tokens[ch].dep in ("acl", "amod") and self._kw("launch", [ch])
            for ch in ix.children[c.tok]
        )  # "the offensive, launched on May 23"

    def _mark_launch(self, c: Cand) -> None:
        """A launched operation stays the clash of its day: never merged into a capture told
        in another sentence (:mod:`newsift.events.merge`), never re-typed by the model."""
        c.launch = c.modality not in HYPOTHETICAL and self._launch(c)
        if c.launch and c.sub == CLASH:
            c.settled = True

    # ------------------------------------------------------------------ early drops
    def _since_state(self, c: Cand, clause: frozenset[int]) -> bool:
        """Does the trigger's own verb say since when a state lasts, in words the time stage
        leaves undated ("encerclée depuis le printemps 2013", "besieged since autumn 2014"), or
        does a siege verb's clause hold a "since" date the parser hung on another word?"""
        ix = self.ix
        rx = kind_words(self.lang).since
        if rx is None or not ix.parsed:
            return False
        if self._kw("siege", [c.tok]) and self._since_heads & clause:  # type: ignore[attr-defined]
            return True  # "encerclé par les forces du régime depuis 2013": wherever it hangs
        own = self._own(c)
        verb = c.tok if ix.tokens[c.tok].pos in VERBAL else ix.tokens[c.tok].head
        for ch in own:
            if ch == verb or ch == c.tok or ch not in clause:
                continue
            sub = ix.subtree(ch)
            start, end = self._span_text(sub)
            if rx.search(ix.folded[start:end].lstrip('(« "')):
                return True
        return False

    def _withdrawn(self, c: Cand) -> bool:
        """Is the candidate a hand-over read from a withdrawal verb ("se replier", "pull back")?"""
        return self.ix.parsed and c.trig.sub == NVT and self._kw("withdraw", [c.tok])

    def _refuge_of_withdrawal(self, c: Cand) -> bool:
        """A withdrawal told in a relative clause of place ("Mayadine, où s'était repliée une
        partie de sa direction", "the village where the last fighters had retreated") says
        where a side took refuge: no ground changes hands there, and the place it left is
        not told (CONVENTIONS section 4: the hand-over is at the place given up)."""
        if not self._withdrawn(c):
            return False
        refuge = kind_words(self.lang).words.get("refuge", frozenset())
        return any(self.ix.low(k) in refuge for k in self.ix.children[c.tok])

    def _not_refuges(self, c: Cand, ranked: list[MentionRef]) -> list[MentionRef]:
        """The candidate's places but a withdrawal's destinations ("forcing it to pull back to
        positions in Nubl", "se sont repliés vers Idleb"): ground is given up where a side
        withdraws from, never where it goes. Sets ``_refuges_only`` when every place was a
        destination (no event: the place given up is not told)."""
        self._refuges_only = False
        if not ranked or not self._withdrawn(c):
            return ranked
        ix = self.ix
        toward = kind_words(self.lang).words.get("toward", frozenset())
        kept = []
        for r in ranked:
            path = [] if r.head is None else [r.head, *ix.ancestors(r.head)]
            if c.tok not in path[:6]:
                kept.append(r)
                continue
            path = path[: path.index(c.tok)]
            marks = [n for n in path if ix.tokens[n].pos == "ADP"] + [
                k for n in path for k in ix.children[n] if ix.tokens[k].dep == "case"
            ]
            if not any(ix.low(k) in toward for k in marks):
                kept.append(r)
        self._refuges_only = not kept
        return kept

    def _siege_state(self, c: Cand, dated: bool) -> bool:
        """A siege told as a state, not as an act (CONVENTIONS section 3: "under siege for two
        years" is no event): a siege participle that describes a noun ("deux villages chiites
        encerclés par les rebelles", "the besieged garrison") with no date in its own phrase,
        or a siege verb in the descriptive past ("les jihadistes qui encerclaient la base",
        ``siege_state_rx``) whose clause is not ``dated`` ("encerclée le 3 mars" is an act)."""
        ix = self.ix
        if not ix.parsed or not self._kw("siege", [c.tok]):
            return False
        rx = kind_words(self.lang).rxs.get("siege_state")
        if rx is not None and rx.search(ix.low(c.tok)):
            return not dated
        if ix.tokens[c.tok].dep not in ("acl", "amod"):
            return False
        if any(ix.tokens[k].dep in AUX_DEPS for k in ix.children[c.tok]):
            return False
        own = set(ix.subtree(c.tok))
        return not any(r.head is not None and r.head in own for r in ix.in_sentence("date", c.sent))

    def _date_of_later_trigger(self, r: MentionRef, c: Cand, inside: list) -> bool:
        """With two dates in the trigger's clause, is date ``r`` told after another trigger
        verb that stands between them ("ont repris vendredi Sinjar, ville tombée aux mains de
        l'EI en août 2014")? It dates that other event, not this one."""
        ix = self.ix
        if not ix.parsed or len(inside) < 2 or r.start < c.end:
            return False
        earlier = [x[0].start for x in inside if x[0].start < r.start]
        if not earlier:
            return False
        lo = max(c.end, min(earlier))
        return any(
            i != c.tok
            and lo <= ix.tokens[i].start < r.start
            and ix.tokens[i].pos in VERBAL
            and i not in ix.ancestors(c.tok)
            for i in self._sentence_triggers  # type: ignore[attr-defined]
        )

    def _finest_dates(self, inside: list) -> list:
        """Two dates of one clause where one holds the other ("le mois dernier, le 23 mai",
        "last month, on May 23") tell one day: the coarser one goes."""
        if len(inside) < 2:
            return inside
        return [
            x
            for x in inside
            if not any(
                y is not x
                and (  # "en août de la même année": a month within the year, both precision 3
                    y[1].precision < x[1].precision or y[1].end - y[1].start < x[1].end - x[1].start
                )
                and x[1].start <= y[1].start
                and y[1].end <= x[1].end
                for y in inside
            )
        ]

    # ------------------------------------------------------------------ types
    def _kind_retype(self, c: Cand, view: SentView, clause: frozenset[int]) -> None:
        """Type corrections that need the modality, the actors and the sentence."""
        ix = self.ix
        told = c.modality not in HYPOTHETICAL  # "is to launch an operation to clear X": a plan
        if told and c.trig.sub == CLASH and c.sub in (GRT, NSO) and self._launch(c):
            c.sub = CLASH  # the launch of an offensive, not the capture
            c.settled = True
        if (
            c.sub in (GRT, NSO)
            and c.trig.sub == "@territory"
            and c.modality in HYPOTHETICAL
            and self._kw("mop_up", ix.trigger_tokens(c))
            and not self._purpose_of_operation(c)
        ):
            c.sub, c.settled = CLASH, True  # "comptent nettoyer les villages": fighting to come
        if c.sub == CLASH and self._planned_operation(c):  # type: ignore[attr-defined]
            c.settled = True  # "a annoncé une opération de ratissage": fighting to come
        if c.sub == "Attack" and self._attack_on_ground(c, view):
            c.sub, c.settled = CLASH, True  # "l'armée pourrait attaquer la région d'Al-Qaïm"
        layer = getattr(self, "_mine_layer", None)
        if c.sub == IED and c.actor1 is None and layer and 0 < c.sent - layer[0] <= 2:
            c.actor1 = layer[1]  # "ils ont laissé des engins ... une bombe a tué deux soldats"
        if c.sub == SHELLING and self._coalition_bombing(c):
            c.sub, c.settled = AIR, True  # "l'Otan commençait à bombarder Belgrade"
        if c.sub == SHELLING and self._ground_fire(c, view):
            c.settled = True  # "des obus de mortier tirés depuis X": no aircraft
        moved = c.sub in (NVT, "Change to group/activity")
        if moved and c.modality == "denied" and self._withdrawal(c):
            self._denied_withdrawal(c, clause)
        self._kind2_retype(c, view)
        self._kind6_retype(c, view)
        self._kind7_retype(c, view, clause)
        self._act_named_retype(c, view, clause)
        if c.sub in SHOT_KINDS and self._shot_down(c):
            c.sub, c.settled = "Disrupted weapons use", True  # "a abattu un Soukhoï syrien"
        if c.sub in (CLASH, "Attack") and self._air_strike_noun(c):
            c.sub, c.settled = AIR, True  # "Israel's air strike at X, which killed 22 fighters"

    def _coalition_bombing(self, c: Cand) -> bool:
        """A bombing by an air coalition (NATO, the anti-IS coalition): its bombs fall from
        aircraft, whatever the verb says."""
        info = c.info1()
        toks = self.ix.trigger_tokens(c)
        return info is not None and info.kind == "coalition" and self._kw("bomb", toks)

    def _ground_fire(self, c: Cand, view: SentView) -> bool:
        """Does the trigger name a ground weapon (mortar, shells, rockets) that the sentence
        says hit (killed, wounded, exploded), with no aircraft? Then the shelling stands
        against a typer that reads an air strike."""
        toks = self.ix.trigger_tokens(c)
        if self._live_cue("foiled", view):  # type: ignore[attr-defined]
            return False  # the foiled-attack rule re-types it after
        if not self._went_off(c, view):
            return False  # "recovered rocket launchers": no fire told, the typer decides
        return self.tok_cue("artillery", toks) and not self.tok_cue("aircraft", view.toks)

    def _purpose_of_operation(self, c: Cand) -> bool:
        """Is the verb the aim of an operation ("une opération pour nettoyer la poche", "to
        launch an operation to clear the pocket")? That plans the capture itself."""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].pos not in VERBAL:
            return False  # "une opération de ratissage": the operation is the mop-up
        up = ix.ancestors(c.tok)[:3]
        return any(self._kw("operation", [a]) or self._kw("launch", [a]) for a in up)

    def _attack_on_ground(self, c: Cand, view: SentView) -> bool:
        """Do armed forces attack a place (a town, a region) with no civilian named? Then
        they fight for it: a clash, not violence against civilians."""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].pos not in VERBAL:
            return False
        if not (self._kw("operation", [c.tok]) or ix.lemma(c.tok) in ("attaquer", "attack")):
            return False
        info = c.info1()
        if info is None or info.inter not in ARMED_INTER:
            return False
        if self.tok_cue("civilian", view.toks):
            return False
        target = self._target(c.tok)
        t = ix.tokens[c.tok]
        if t.dep in RELATIVE and t.head != c.tok:  # "la région d'Al-Qaïm, que l'armée pourrait
            target |= ix.subtree(t.head) - ix.subtree(c.tok)  # attaquer": its antecedent
        if not target:
            target = self._antecedent_window(c, view)  # the parser missed the relative
        places = {r.head for r in ix.mentions.get("place", []) if r.head is not None}
        return bool(target & places) or self.tok_cue("territory_object", target)

    def _antecedent_window(self, c: Cand, view: SentView) -> frozenset[int]:
        """The words (up to 12) before a relative pronoun that opens the trigger's clause ("la
        région d'Al-Qaïm, que l'armée pourrait attaquer"), when the parse has no object."""
        rel = kind_words(self.lang).words.get("relative", frozenset())
        before = [i for i in view.toks if i < c.tok][-6:]
        for i in reversed(before):
            if self.ix.low(i) in rel:
                return frozenset(j for j in view.toks if i - 12 <= j < i)
        return frozenset()

    def _withdrawal(self, c: Cand) -> bool:
        toks = self.ix.trigger_tokens(c)
        return self._kw("withdraw", toks)

    def _denied_withdrawal(self, c: Cand, clause: frozenset[int]) -> None:
        """A denied withdrawal ("l'armée a démenti que ses troupes se soient retirées de X")
        denies the other side's capture. The side said to withdraw is actor2."""
        info = c.info1()
        inter = info.inter if info else None
        if (
            inter is None
            and self.ix.parsed
            and self.tok_cue("nonstate", self._subject_side(c, clause))
        ):
            inter = 2
        self._to_other_side(c, inter)  # the side said to withdraw is actor2
        c.actor1_name = c.actor1_inter = None
        c.settled = True

    def _latter_inter(self, c: Cand, clause: frozenset[int]) -> int | None:
        """The side of a capture whose subject is "ces derniers" / "the latter": the last
        armed noun named before it in the sentence (1 a state force, 2 an armed group)."""
        ix = self.ix
        if not ix.parsed:
            return None
        side = self._subject_side(c, clause)
        if not side or not self._kw("latter", side):
            return None
        first = min(side)
        view = self.views.get(c.sent)
        if view is None:
            return None
        at = ix.tokens[first].start
        named = [r for r in ix.in_sentence("actor", c.sent) if r.end <= at]
        last = named[-1] if named else None
        for i in sorted((i for i in view.toks if i < first), reverse=True):
            if last is not None and last.end > ix.tokens[i].start:
                break  # a named side stands after the last armed noun
            if self._kw("latter_nonstate", [i]):
                return 2
            if self._kw("latter_state", [i]):
                return 1
        info = _info_of(last) if last is not None else None
        if info is None or info.inter is None:
            return None
        return 1 if info.inter == 1 else 2

    def _chain_captor(self, c: Cand) -> tuple[MentionRef | None, int | None]:
        """The captor of a capture verb with no subject of its own, under verbs of trying or
        ability ("Daech pourrait tenter de reprendre la ville", "les rebelles pourraient
        chercher à reprendre X"): the subject of the verb that governs the chain, as an actor
        mention or, unnamed, as a side (1 a state force, 2 an armed group)."""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].pos not in VERBAL:
            return None, None
        if any(ix.tokens[ch].dep in SUBJECTS for ch in ix.children[c.tok]):
            return None, None
        cur = c.tok
        for _ in range(3):
            t = ix.tokens[cur]
            if t.dep not in ("xcomp", "advcl") or t.head == cur:
                return None, None
            cur = t.head
            subj = [ch for ch in ix.children[cur] if ix.tokens[ch].dep in SUBJECTS]
            if not subj:
                continue
            side = ix.subtree(subj[0])
            for r in ix.mentions.get("actor", []):
                if r.head is not None and r.head in side:
                    info = _info_of(r)
                    return r, info.inter if info else None
            if self.tok_cue("nonstate", side) or self._kw("latter_nonstate", side):
                return None, 2
            if self._kw("latter_state", side):
                return None, 1
            return None, None
        return None, None

    # ------------------------------------------------------------------ non-events
    def _kind_not_event(self, c: Cand, view: SentView, clause: frozenset[int]) -> bool:
        """Is the typed candidate background or no event at all (module docstring)? May
        re-type found mines as disrupted weapons use."""
        ix = self.ix
        if not ix.parsed:
            return False
        if c.sub in PROTESTS and self._war_origin(c):
            return True
        if self._kind6_not_event(c, view) or self._kind7_not_event(c, view):
            return True
        if c.sub == ABDUCT and self._craft_lost(c):
            return True  # "the aircraft disappeared from radar": no one was abducted
        if self._described_not_done(c, view):
            return True
        told = c.modality in ("asserted", "reported")  # "selon le ministère": still left behind
        if c.sub in (IED, "Disrupted weapons use") and told:
            verb = self._device_verb(c)
            if verb is None and c.sub == "Disrupted weapons use":
                verb = self._left_behind_above(c)  # "... que les démineurs mettront des mois
            if verb is not None and not self._went_off(c, view):  # à neutraliser"
                if self._kw("left_behind", [verb]):
                    if c.actor1 is not None:  # whoever left them owns the one that goes off
                        self._mine_layer = (c.sent, c.actor1)
                    return True  # "where the jihadists left hundreds of mines"
                if c.sub == IED and c.modality == "asserted" and self._kw("found", [verb]):
                    c.sub = "Disrupted weapons use"  # "soldiers found booby traps"
        if c.sub == CLASH and self._describes_alliance(c):
            return True
        if self._said_not_done(c, view):
            return True
        if c.sub in CAPTURES and self._describes_captives(c):
            return True
        if c.sub == NVT and self._withdrawal_before_capture(c, view):
            return True
        if c.sub in VIOLENT_KINDS | {CLASH} and self._lasting_campaign(c, view):
            return True
        if c.sub in CAPTURES and self._declared_secure_after(c, view):
            return True
        if c.sub == NVT and self._withdrawal_as_circumstance(c):
            return True
        return c.sub == "Other" and self._autonomy_title(c)

    # ------------------------------------------------------------------ session 5 wave 2
    def _kind2_retype(self, c: Cand, view: SentView) -> None:
        """What was done decides the kind (module docstring, wave 2): a car bomb driven by a
        suicide bomber, captives executed, fighting that spreads, gunmen the author mocks as
        "peaceful protesters", a town that fell after the other side withdrew."""
        if c.sub == IED and self._kw_text("suicide", view.start, view.end):
            c.sub, c.settled = "Suicide bomb", True  # "piégés conduits par des suicidaires"
        if c.sub == IED and self._bombers_next(view):
            c.sub, c.settled = "Suicide bomb", True  # "Explosions à X. Des kamikazes s'y sont ..."
        if c.sub == "Arrests" and self._kw("vanished", view.toks):
            c.sub, c.settled = (
                "Abduction/forced disappearance",
                True,
            )  # "disparus après leur arrestation"
        if c.sub in VIOLENT_KINDS | {CLASH} and self._gas_verb_near(c, view):
            c.sub, c.settled = CHEM, True  # "l'aviation ... gaza Halabja" (verb misparsed)
        if c.sub == CLASH and self._executed(c):
            c.sub, c.settled = "Attack", True  # "avaient exécuté 1 700 recrues": captives killed
        if c.sub in PROTESTS | {"Mob violence"} and self._fight_noun(c):
            c.sub, c.settled = CLASH, True  # "les combats pourraient s'étendre à X"
        if c.sub in PROTESTS and self._ironic_protesters(view):
            c.sub, c.settled = CLASH, True  # killed by gunmen called « manifestants pacifiques »
            info = c.info1()
            if info is not None and info.inter in (5, 6):
                c.actor1, c.actor1_name, c.actor1_inter = None, None, None
        if c.sub in (GRT, NSO) and c.modality in HYPOTHETICAL and self._operation_aim(c):
            c.sub, c.settled = CLASH, True  # "se préparent à lancer l'opération de libération de X"
        if c.sub == "Abduction/forced disappearance" and self._people_taken_along(c):
            c.settled = True  # "took 2,000 civilians with them": no capture, no attack
        told = c.modality not in HYPOTHETICAL
        fled = self._fled_when(c, view)
        if told and c.sub in (GRT, NSO, NVT) and (self._after_withdrawal(view) or fled):
            c.sub, c.settled = NVT, True  # "tombée aux mains de l'EI après le retrait des rebelles"

    # ------------------------------------------------------------------ session 5 wave 3
    def _bombers_next(self, view: SentView) -> bool:
        """Does the next sentence open on suicide bombers blowing themselves up (the
        explosions just told were theirs)?"""
        try:
            pos = self.sents.index(view.si)
        except ValueError:
            return False
        if pos + 1 >= len(self.sents):
            return False
        nxt = self.views.get(self.sents[pos + 1])
        if nxt is None:
            return False
        words = self._words_of(nxt)[:4]
        return bool(words) and self._kw("suicide", words)

    def _gas_verb_near(self, c: Cand, view: SentView) -> bool:
        """Is a finite gassing verb within a few words of the trigger, whatever its parse
        ("gazait" / "gaza" tagged as part of a name)? "Gaza" the place is capitalised."""
        ix = self.ix
        lo, hi = max(view.toks.start, c.tok - 8), min(view.toks.stop, c.tok + 9)
        for i in range(lo, hi):
            if i == c.tok or not self._kw("gas", [i]):
                continue
            form = ix.doc.text[ix.tokens[i].start : ix.tokens[i].end]
            if ix.low(i) in ("gas", "gaze", "gaz") or form[:1].isupper():
                continue  # the noun, or "Gaza" / a sentence-initial word
            return True
        return False

    def _operation_aim(self, c: Cand) -> bool:
        """Is the planned capture only the aim of an operation ("l'opération de libération de
        X", "an offensive to retake X")? CONVENTIONS section 4: a planned operation is a clash."""
        ix = self.ix
        if not ix.parsed:
            return False
        return any(self._kw("operation", [a]) for a in ix.ancestors(c.tok)[:3])

    def _people_taken_along(self, c: Cand) -> bool:
        """Is the trigger a verb of taking along whose object is people ("took 2,000 civilians
        with them", "a emmené avec lui 2 000 civils")? The learned typer keeps it."""
        ix = self.ix
        if not ix.parsed or not self._kw("take_along", [c.tok]):
            return False
        objs = [ch for ch in ix.children[c.tok] if ix.tokens[ch].dep in OBJ_DEPS]
        return any(self.tok_cue("civilian", [o]) for o in objs)

    def _executed(self, c: Cand) -> bool:
        """Is the trigger, or the verb it hangs on, a verb of executing people (not "executed
        an operation")?"""
        ix = self.ix
        if not ix.parsed:
            return self._kw("execute", [c.tok])
        for i in (c.tok, ix.tokens[c.tok].head):
            if ix.tokens[i].pos in VERBAL and self._kw("execute", [i]):
                objs = [ch for ch in ix.children[i] if ix.tokens[ch].dep in OBJ_DEPS]
                return not any(self._kw("operation", [o]) for o in objs)
        return False

    def _fight_noun(self, c: Cand) -> bool:
        """Is the trigger a noun of fighting ("les combats", "the fighting", "clashes")?"""
        return self._kw("fight_noun", [c.tok])

    def _ironic_protesters(self, view: SentView) -> bool:
        """Are the protesters of the sentence only named in quotation marks, beside armed men
        (« des hommes armés ... décrits comme des « manifestants pacifiques »)? Security forces
        that killed quoted "peaceful protesters" name no armed men: a real protest."""
        text = view.text
        quoted = re.findall(r"[«“\"]([^«»“”\"]{1,60})[»”\"]", text)
        if not any(self._kw_text_in("protester", q) for q in quoted):
            return False
        outside = re.sub(r"[«“\"][^«»“”\"]{1,60}[»”\"]", " ", text)
        if self._kw_text_in("protester", outside):
            return False  # protesters named plainly too: a real protest
        return self._kw_text_in("armed_men", outside)

    def _kw_text_in(self, name: str, text: str) -> bool:
        """Is a word or phrase of kinds set ``name`` in a folded text?"""
        kw = kind_words(self.lang)
        rx = kw.phrases.get(name)
        if rx is not None and rx.search(text):
            return True
        return bool(kw.words.get(name, frozenset()) & set(re.findall(r"[\w'-]+", text)))

    def _after_withdrawal(self, view: SentView) -> bool:
        """Does the sentence say the ground changed hands after the other side withdrew, with
        no fighting told ("after the army withdrew under fire" is a capture)?"""
        rxs = kind_words(self.lang).rxs
        if "after_withdraw" not in rxs or rxs["after_withdraw"].search(view.text) is None:
            return False
        if "under_fire" in rxs and rxs["under_fire"].search(view.text):
            return False
        fighting = getattr(self, "_fighting", None)  # "withdrew under fire": a fight
        return not (fighting is not None and fighting(view))

    def _unopposed_retype(self, c: Cand, view: SentView) -> None:
        """(session 17) An entry or capture told as unopposed ("sont entrés sans combat à X",
        "entered X at the invitation of the SDF", "X, que les rebelles avaient évacuée") is a
        Non-violent transfer (CONVENTIONS section 4), in any modality: "pourrait entrer à X
        sans combat" is a hand-over to come. A clash is retyped only when its trigger is an
        entry verb (a fight noun is fighting), a protest only when armed men march ("troops
        marched into X unopposed")."""
        entry = c.sub == CLASH and self._kw("enter", [c.tok])
        info = c.info1()
        armed = info is not None and not info.media and info.inter in ARMED_INTER
        march = c.sub in PROTESTS and armed and self.tok_cue("march_verb", [c.tok])
        sweep = info is not None and info.name in _unopposed_not_takers()
        if (c.sub in (GRT, NSO) or entry or march) and not sweep and self._unopposed(c, view):
            c.sub, c.settled = NVT, True

    def _unopposed(self, c: Cand, view: SentView) -> bool:
        """Does the trigger's own stretch of the sentence (from the trigger to the next ";" or
        ":", at most 160 characters) say no one fought for the place, with no other fighting
        told in the sentence?"""
        rx = kind_words(self.lang).rxs.get("unopposed")
        if rx is None:
            return False
        text = view.text.lower()
        at = max(0, c.start - view.start)
        stretch = re.split(r"[;:]", text[at : at + 160], maxsplit=1)[0]
        if not any(
            self._under_trigger(c, view.start + at + m.start()) for m in rx.finditer(stretch)
        ):
            return False
        rest = rx.sub(" ", text)  # "without much resistance ..., while clashes raged": a fight
        fighting = getattr(self, "_fighting_text", None)
        return not (fighting is not None and fighting(rest))

    def _under_trigger(self, c: Cand, offset: int) -> bool:
        """Is the token at character ``offset`` in the trigger's phrase (its subtree, or that
        of the verb an infinitive trigger hangs on: "a annoncé être entrée à X, à l'invitation
        de Y")? "Lorsque l'EI s'empara de X, l'armée abandonna Y, que Z occupa sans combat":
        the unopposed taking is Y's, not X's."""
        ix = self.ix
        if not ix.parsed:
            return True
        toks = ix.tokens_in(offset, offset + 1)
        if not toks:
            return False
        tree = ix.subtree(c.tok)
        if ix.tokens[c.tok].dep in ("xcomp", "ccomp"):
            tree = ix.subtree(ix.tokens[c.tok].head)
        return toks[0] in tree

    def _fled_when(self, c: Cand, view: SentView) -> bool:
        """Does a "when" clause after the capture say the other side fled or abandoned the
        place, with no fighting told ("dont les Peshmerga avaient pris le contrôle en juin 2014,
        au moment où les divisions irakiennes se débandaient", "seized ... when the army
        abandoned its positions")? A "when" clause before it ("Lorsque l'EI s'empara de X,
        l'armée se replia") tells what followed the capture, not how it happened."""
        rxs = kind_words(self.lang).rxs
        rx = rxs.get("fled_when")
        if rx is None:
            return False
        at = c.start - view.start
        if not any(m.start() > at for m in rx.finditer(view.text)):
            return False
        if "under_fire" in rxs and rxs["under_fire"].search(view.text):
            return False
        fighting = getattr(self, "_fighting", None)
        return not (fighting is not None and fighting(view))

    def _withdrawal_before_capture(self, c: Cand, view: SentView) -> bool:
        """Is the trigger the withdrawal in "X fell to IS after the other rebels withdrew"? It
        only tells how the capture of the main clause happened (one transfer, the taker's)."""
        rx = kind_words(self.lang).rxs.get("after_withdraw")
        if rx is None or not self._withdrawal(c):
            return False
        start = self.ix.tokens[c.tok].start - view.start
        return any(0 < m.start() <= start < m.end() for m in rx.finditer(view.text))

    def _lasting_campaign(self, c: Cand, view: SentView) -> bool:
        """A strike or fight noun said to last ("a month-long bombardment", "un pilonnage de
        plusieurs semaines") in a sentence with no date: a span that sums up the strikes told
        on their days, no event of its own."""
        rxs = kind_words(self.lang).rxs
        t = self.ix.tokens[c.tok]
        if t.pos != "NOUN" or not self._undated(view.toks):
            return False
        before = self.ix.folded[max(view.start, t.start - 30) : t.start]
        after = self.ix.folded[t.end : min(view.end, t.end + 40)]
        long_before = rxs.get("lasting_before")
        long_after = rxs.get("lasting_after")
        return bool(
            (long_before is not None and long_before.search(before))
            or (long_after is not None and long_after.match(after))
        )

    def _declared_secure_after(self, c: Cand, view: SentView) -> bool:
        """ "The army declared the capital secure after retaking the camp": the declaration
        sums up the recapture the same sentence tells at its own place (one event, there)."""
        if not self._kw("secure", [c.tok]):
            return False
        rx = kind_words(self.lang).rxs.get("after_capture")
        if rx is None or rx.search(view.text) is None:
            return False
        lo = max(view.toks.start, c.tok - 12)
        return self._kw("declare", range(lo, c.tok))

    def _withdrawal_as_circumstance(self, c: Cand) -> bool:
        """ "IS took 2,000 civilians with them when they retreated from X": a withdrawal told
        in a "when" clause is the circumstance of the act of the main clause (there, human
        shields taken: an abduction), not a hand-over of its own."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if not self._withdrawal(c) or t.dep != "advcl" or t.head == c.tok:
            return False
        if ix.tokens[t.head].pos not in VERBAL:
            return False
        return any(
            ix.tokens[ch].dep in ("mark", "advmod") and self._kw("when", [ch])
            for ch in ix.children[c.tok]
        )

    def _describes_captives(self, c: Cand) -> bool:
        """A capture word that only describes the victims of an execution ("exécuté 200 soldats
        capturés", "executed fighters who had surrendered"): no ground changed hands."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if t.pos not in VERBAL and t.pos != "ADJ":
            return False
        if t.dep not in ("amod", "acl", *RELATIVE) or t.head == c.tok:
            return False
        noun = t.head
        if noun in self._town_heads():
            return False  # "la ville conquise": a place taken
        gov = ix.tokens[noun].head
        return self._kw("execute", [gov]) or self._kw("execute", [noun])

    # ------------------------------------------------------------------ session 5 non-events
    def _said_not_done(self, c: Cand, view: SentView) -> bool:
        """Words that tell no event of their own: arms taken up ("picked up a rifle"), a
        fight that describes a person ("a commander who fought in the operation"), an undated
        fight remembered, ground held (a state), a fall expected, troops freed for another
        front, the loser of a capture told by its expulsion, a battle that frames the event
        told after it, a toll pointing back at the strikes told before."""
        if c.sub == "Arrests" and self._arms_taken_up(c, view):
            return True  # "I picked up a rifle": taking up arms
        if self._weapon_taken_up(c):
            return True
        if c.sub == CLASH and (
            self._describes_person(c) or self._frame_noun(c) or self._period_conj(c)
        ):
            return True
        if c.sub in BOMBS:
            self._opens_offensive(c, view)
        if c.sub in (CLASH, "Attack") and self._remembered(c, view):
            return True  # "readers remember the Americans fighting here"
        if c.sub in (GRT, NSO) and (
            self._held_state(c) or self._expected_fall(c) or self._frees_troops(c)
        ):
            return True
        if c.sub in (GRT, NSO) and self._expelled_loser(c):
            return True
        if c.trig.dated and self._undated(self.ix.subtree(c.tok)):
            return True  # "Tikrit, qui avait été prise par l'EI, ...": the town described
        if c.trig.sub == "@territory" and self._took_up_position(c):
            return True  # "l'armée a repris position le long de la ligne": a deployment
        if self._summary_line(c, view):
            return True  # "Synthèse. La fin de l'année a vu ...": the items tell the events
        return c.sub == "Attack" and self._toll_of_strikes(c, view)

    def _summary_line(self, c: Cand, view: SentView) -> bool:
        """Is the sentence a digest's summary ("Synthèse : ...", "Summary. ..."), or the one
        right after such a label standing alone? It restates the events its items tell."""
        toks = self._words_of(view)
        if toks and self._kw("summary", toks[:1]):
            return True
        folded = self.ix.folded
        labels = kind_words(self.lang).words.get("summary", frozenset())
        line = folded.rfind("\n", 0, view.start) + 1
        if line > 0 and not folded[line : view.start].strip():  # hard-wrapped: the sentence
            line = folded.rfind("\n", 0, line - 1) + 1  # goes on the line above it
            head = re.match(r"\s*([\w'-]+)", folded[line : view.start])
            if head and head.group(1) in labels:
                return True
        try:
            pos = self.sents.index(c.sent)
        except ValueError:
            return False
        prev = self.views.get(self.sents[pos - 1]) if pos > 0 else None
        words = self._words_of(prev) if prev is not None else []
        return 0 < len(words) <= 2 and self._kw("summary", words[:1])  # "Synthèse." alone

    def _words_of(self, view: SentView) -> list[int]:
        """The sentence's tokens without whitespace and punctuation tokens."""
        return [i for i in view.toks if re.search(r"\w", self.ix.low(i))]

    def _opens_offensive(self, c: Cand, view: SentView) -> None:
        """ "Dimanche, HTS a lancé son offensive ... L'attaque a commencé par deux voitures
        piégées", "The assault began with two car bombs": bombs that open an offensive told
        within the two sentences before, undated themselves (the same day), are that
        offensive's event (one event per actors, place and day; the bomb is the more precise
        type). The launch is dropped; its launcher set off the bombs when the parse gave a
        state force (suicide bombers are not a state's) or no one."""
        if c.modality in HYPOTHETICAL or not self._kw("launch", view.toks):
            return
        if not self._undated(view.toks):
            return
        for m in reversed(self._made):
            if not (m.launch and m.sub == CLASH and m.dropped in (None, "launched by bombs")):
                continue
            if not 0 <= c.sent - m.sent <= 2 or m.modality != c.modality:
                continue
            m.dropped = "launched by bombs"
            info = c.info1()
            inter = info.inter if info is not None else c.actor1_inter
            if m.actor1 is not None and (inter == 1 or (c.actor1 is None and not c.actor1_name)):
                if c.actor2 is None:
                    c.actor2 = c.actor1
                c.actor1, c.actor1_name, c.actor1_inter = m.actor1, None, None
            return

    def _undated(self, toks: frozenset[int] | list[int]) -> bool:
        """Does no date mention stand among ``toks``?"""
        heads = {r.head for r in self.ix.mentions.get("date", []) if r.head is not None}
        return not heads & set(toks)

    def _arms_taken_up(self, c: Cand, view: SentView) -> bool:
        """Is what an arrest verb takes a weapon ("picked up a rifle", "ramassé un fusil")?"""
        after = [i for i in view.toks if self.ix.tokens[i].start >= c.end][:4]
        return self._kw("weapon", after)

    def _weapon_taken_up(self, c: Cand) -> bool:
        """Is the trigger a weapon that a verb of taking has as object ("picked up a gun",
        "a pris les armes")? Taking up arms is no attack."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if not self._kw("weapon", [c.tok]) or t.dep not in OBJ_DEPS or t.head == c.tok:
            return False
        return self._kw("take_up", [t.head])

    def _describes_person(self, c: Cand) -> bool:
        """A fight verb in an undated relative clause on a person ("a brigade commander who
        fought in the operation", "un commandant qui a combattu à X"): who the person is."""
        ix = self.ix
        for v in (c.tok, *ix.ancestors(c.tok)[:2]):  # "who fought in the battle of X"
            t = ix.tokens[v]
            if t.pos not in VERBAL or t.dep not in RELATIVE or t.head == v:
                continue
            head = t.head
            person = self._kw("person_noun", [head]) or any(
                r.head == head for r in ix.mentions.get("person", [])
            )
            return person and self._undated(ix.subtree(v))
        return False

    def _period_conj(self, c: Cand) -> bool:
        """ "Après plusieurs semaines de siège et de combats", "after weeks of siege and
        fighting": a fight noun joined to the complement of a period noun is a span of time
        (the parser hangs only the first noun on the period)."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if t.pos != "NOUN" or t.dep != "conj" or t.head == c.tok:
            return False
        first = ix.tokens[t.head]
        h = first.head
        if first.dep == "pobj" and ix.low(h) == "of":
            h = ix.tokens[h].head
        return h != t.head and self.tok_cue("period", [h])

    def _frame_noun(self, c: Cand) -> bool:
        """A fight noun subject of a verb of framing ("La bataille avait connu un épisode : ...",
        "the battle saw ..."): the episode told is the event, not the battle. A battle that
        carries its own date ("La bataille de X, en octobre 2014, a marqué un tournant") is
        an event told in passing (CONVENTIONS section 3), whatever verb frames it."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if t.pos != "NOUN" or t.dep not in SUBJECTS or t.head == c.tok or c.launch:
            return False
        return self._kw("frame", [t.head]) and self._undated(ix.subtree(c.tok))

    def _remembered(self, c: Cand, view: SentView) -> bool:
        """An act under a verb of remembering with no date in the sentence ("some remember
        the Americans fighting here", "beaucoup se souviennent des combats")."""
        ix = self.ix
        if not any(self._kw("remember", [a]) for a in ix.ancestors(c.tok)[:3]):
            return False
        return self._undated(view.toks)

    def _held_state(self, c: Cand) -> bool:
        """Ground held, a state: a participle of holding that modifies a noun ("le Golan
        occupé", "la vieille ville tenue par les rebelles", "a rebel-held district") or a
        passive of being ("la zone était tenue depuis 2013") with no date of its own but a
        "since"."""
        ix = self.ix
        if not self._kw("held_state", [c.tok]):
            return False
        t = ix.tokens[c.tok]
        kids = ix.children[c.tok]
        aux = [ch for ch in kids if ix.tokens[ch].dep in AUX_DEPS or ix.tokens[ch].dep == "cop"]
        if t.dep in ("amod", "acl") and not aux:
            return self._undated(ix.subtree(c.tok))
        being = ("était", "étaient", "est", "sont", "is", "are", "was", "were")
        return any(ix.low(ch) in being for ch in aux)

    def _expected_fall(self, c: Cand) -> bool:
        """A capture said to be expected ("la chute de X, attendue depuis des semaines")."""
        ix = self.ix
        return any(
            ix.tokens[ch].dep in ("acl", "amod", "appos") and self._kw("expected", [ch])
            for ch in ix.children[c.tok]
        )

    def _took_up_position(self, c: Cand) -> bool:
        """ "A repris position le long de la ligne", "took up positions along the border": a
        verb of taking whose object is a bare "position(s)" (no article) is a deployment; with
        one ("a pris la position de l'armée") it takes a post."""
        ix = self.ix
        for o in self._objects(c.tok):
            if ix.low(o) not in ("position", "positions"):
                continue
            if not any(ix.tokens[ch].dep in ("det", "nmod:poss", "poss") for ch in ix.children[o]):
                return True
        return False

    def _frees_troops(self, c: Cand) -> bool:
        """A verb of freeing whose object is troops ("libère des unités pour le front"):
        forces made available, no ground taken."""
        if not self._kw("free", [c.tok]):
            return False
        return any(self._kw("men", self.ix.subtree(o)) for o in self._objects(c.tok))

    def _expelled_loser(self, c: Cand) -> bool:
        """ "Que l'EI avait conquise après en avoir chassé le Front al-Nosra": the side driven
        out is the loser of the capture the expulsion hangs on, not the taker of a second."""
        if c.actor1 is None or not self._kw("expel", [c.tok]):
            return False
        if c.actor1.start < c.end:
            return False  # "les YPG avaient chassé l'EI": the subject drove the other out
        for m in self._made:  # the parser often makes the expelled side a subject: word order
            if m is not c and m.sent == c.sent and m.sub in (GRT, NSO) and m.end <= c.start:
                if m.actor2 is None:
                    m.actor2 = c.actor1
                return True
        return False

    def _toll_of_strikes(self, c: Cand, view: SentView) -> bool:
        """ "L'OSDH fait état d'au moins 12 civils tués dans ces bombardements": the toll of
        the strikes told just before (within two sentences), not an attack of its own."""
        ix = self.ix
        back = [
            i
            for i in view.toks
            if self._kw("strike_noun", [i])
            and any(self._kw("toll_det", [ch]) for ch in ix.children[i])
        ]
        if not back:
            return False
        return any(m.sub in (AIR, SHELLING) and 0 <= c.sent - m.sent <= 2 for m in self._made)

    def _war_origin(self, c: Cand) -> bool:
        """Is the protest the start of the war ("la guerre, déclenchée en 2011 par la
        répression de manifestations", "the war, which began with the 2011 protests")?"""
        ix = self.ix
        for a in ix.ancestors(c.tok)[:4]:
            if not self._kw("origin", [a]):
                continue
            if ix.tokens[c.tok].dep in SUBJECTS and ix.tokens[c.tok].head == a:
                return False  # "protests broke out against the war": the protest started
            view = self.views[c.sent]
            return self._kw("war", [i for i in view.toks if a - 8 <= i < a])  # "la guerre,
        return False  # déclenchée en 2011 par ...", "the war, which began with ..."

    def _device_verb(self, c: Cand) -> int | None:
        """The verb a mine or bomb noun is the object of ("ont laissé des mines")."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if t.pos not in ("NOUN", "PROPN") or t.head == c.tok:
            return None
        h = t.head
        for _ in range(4):  # "des centaines de mines", "left behind hundreds of mines"
            if ix.tokens[h].pos in VERBAL or ix.tokens[h].head == h:
                break
            h = ix.tokens[h].head
        return h if ix.tokens[h].pos in VERBAL else None

    def _left_behind_above(self, c: Cand) -> int | None:
        """The verb of leaving devices behind that governs a verb of neutralising them ("des
        engins que les démineurs mettront des mois à neutraliser"): the mines are the story."""
        ix = self.ix
        if ix.tokens[c.tok].pos not in VERBAL:
            return None
        return next((a for a in ix.ancestors(c.tok)[:3] if self._kw("left_behind", [a])), None)

    def _went_off(self, c: Cand, view: SentView) -> bool:
        return self._kw("went_off", [i for i in view.toks if i != c.tok])

    def _describes_alliance(self, c: Cand) -> bool:
        """Is a fight verb told in a relative clause, undated and not as done, only to say
        whose side a group is on ("les groupes qui combattent aux côtés d'Al-Nosra sont
        censés respecter la trêve")?"""
        ix = self.ix
        t = ix.tokens[c.tok]
        if t.pos not in VERBAL or t.dep not in RELATIVE:
            return False
        if ix.lemma(c.tok) not in kind_words(self.lang).words.get("fight", frozenset()):
            return False
        sub = ix.subtree(c.tok)
        if any(ix.tokens[ch].dep in AUX_DEPS for ch in ix.children[c.tok]):
            return False  # "qui ont combattu": told as done
        dates = ix.mentions.get("date", [])
        if any(r.head in sub for r in dates if r.head is not None):
            return False
        start, end = self._span_text(sub)
        return self._kw_text("alongside", start, end)

    def _autonomy_title(self, c: Cand) -> bool:
        """Is "autonomous region" only part of a name or title ("le président de la région
        autonome du Kurdistan") rather than the object of a founding verb?"""
        ix = self.ix
        if not self._kw_text("autonomy", c.start, max(c.end, c.start + 1)):
            start, end = c.start, min(len(ix.folded), c.end + 20)
            if not self._kw_text("autonomy", start, end):
                return False
        t = ix.tokens[c.tok]
        if t.dep in ("conj", "appos") and t.head != c.tok:
            t = ix.tokens[t.head]  # "created two autonomous regions and ..."
        founded = t.head != c.tok and self._kw("founding", [t.head])
        return not founded or t.dep in ("nsubj", "nmod", "nmod:poss", "poss")

    # ------------------------------------------------------------------ acts: places
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

    # ------------------------------------------------------------------ acts: candidates
    def _act_cands(self, view: SentView, cands: list[Cand]) -> list[Cand]:
        """ "Daech avait pris Palmyre", "the jihadists took Palmyra": a verb of taking whose
        direct object is a town is a capture, when no trigger already reads that verb."""
        from newsift.events.extract import Cand

        ix = self.ix
        if not ix.parsed or not kind_words(self.lang).words.get("take"):
            return []
        taken = {c.tok for c in cands}
        towns = self._town_heads()
        out: list[Cand] = []
        for i in view.toks:
            if i in taken or ix.tokens[i].pos not in VERBAL or not self._kw("take", [i]):
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

    # ------------------------------------------------------------------ acts: types
    def _act_retype(self, c: Cand, view: SentView, clause: frozenset[int]) -> None:
        """Type corrections read from the act (module docstring)."""
        ix = self.ix
        if not ix.parsed:
            return
        if c.sub in VIOLENT_KINDS and self._gassed(c, view):
            c.sub, c.settled = CHEM, True  # "l'aviation avait gazé la ville, tuant ..."
        unnamed_clash = c.sub == CLASH and c.actor1 is None and not c.actor1_name
        if (c.sub in MARCH_PROTESTS or unnamed_clash) and self._armed_march(c, view):
            c.sub, c.settled = CLASH, True  # "ses hommes s'apprêtaient à marcher sur Al-Bab"
        town = self._town_entry(c, view) if c.sub == CLASH else None
        if town is not None:
            info = c.info1()
            inter = info.inter if info else c.actor1_inter
            home = info.country if info else None
            # "Turkish-backed militias entered Afrin city"; a foreign army entering another
            # country's city fights there ("US tanks entered Baghdad"): it takes no ground back
            taken = territory_by_inter(
                inter, None, None, home=home, where=town.m.country, foreign=CLASH
            )
            if taken is not None:
                c.sub, c.settled = taken, True
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
        # "l'aviation gazait la ville, tuant ...": the gassing verb misparsed under the subject
        near |= {g for ch in ix.children[c.tok] for g in ix.children[ch]}
        # "gazait" is sometimes tagged a proper noun; "Gaza" and the noun "gas" never gas
        return any(
            self._kw("gas", [i])
            and (ix.tokens[i].pos in VERBAL or ix.low(i) not in ("gaza", "gas", "gaze"))
            for i in near
        )

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
                    if ix.tokens[ch].dep in SUBJECTS
                    for g in ix.subtree(ch)
                )
                if subj:
                    break
        if not (self._kw("men", subj) and any(ix.low(i) in POSSESSIVE for i in subj)):
            return self._armed_marchers(c, subj) or self._national_marchers(c, subj)
        armed = self._armed_mention(view)
        if armed is None:
            return False
        c.actor1, c.actor1_name, c.actor1_inter = armed, None, None
        return True

    def _armed_marchers(self, c: Cand, subj: frozenset[int]) -> bool:
        """ "Les YPG s'apprêtent à marcher sur X", "the rebels will march on X": an armed
        actor named as the marchers advances on the town, it does not protest there."""
        for r in self.ix.mentions.get("actor", []):
            if r.head is None or r.head not in subj:
                continue
            info = _info_of(r)
            if info is not None and not info.media and info.inter in ARMED_INTER:
                c.actor1, c.actor1_name, c.actor1_inter = r, None, None
                return True
        return False

    def _national_marchers(self, c: Cand, subj: frozenset[int]) -> bool:
        """ "Les chars irakiens pourraient marcher sur Erbil": armed nouns with a nationality
        adjective march for that country's forces."""
        if c.actor1 is not None or not (self.tok_cue("armed", subj) or self._kw("armour", subj)):
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
            info = _info_of(r)
            if not info.media and info.inter in ARMED_INTER:
                return r
        return None

    def _town_entry(self, c: Cand, view: SentView) -> MentionRef | None:
        """Did armed men enter a town itself ("entrées dans Jarablus", "entered the centre of
        Afrin city"), not its outskirts or an enclave? That entry took the town (returned)."""
        ix = self.ix
        if c.trig.weight >= 0.6 or not self._kw("enter", [c.tok]):
            return None
        if ix.tokens[c.tok].pos not in VERBAL:
            return None
        imperfect = ix.low(c.tok).endswith(("ait", "aient"))
        imperfect = imperfect and not ix.low(c.tok).endswith(("erait", "eraient"))  # conditional
        if imperfect or any(ix.low(ch) in PROGRESSIVE for ch in ix.children[c.tok]):
            return None  # "entraient dans Al-Qaïm", "were entering": still fighting their way
        towns = self._town_heads()
        for ch in ix.children[c.tok]:
            if ix.tokens[ch].dep not in ("obl", "obl:arg", "obl:mod", "obj", "dobj", "prep"):
                continue
            sub = ix.subtree(ch)
            town = [i for i in sub if i in towns]
            if not town:
                continue
            before = [i for i in sub if i < min(town)]
            return None if self._kw("partial", before) else towns[min(town)]
        return None

    def _country_invaded(self, c: Cand) -> bool:
        """Do a state's forces invade a country ("envahirent l'Irak")? They fight its army."""
        if not self._kw("invade", [c.tok]):
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

    # ------------------------------------------------------------------ acts: places
    def _leaves_from_elsewhere(self, c: Cand) -> bool:
        """Does the trigger move people away, so that a destination ("vers X") is not where
        it happened: an evacuation, a deal on one, civilians taken along ("en emmenant avec
        eux 2 000 civils, vers Jarablus")?"""
        if c.trig.sub in (NVT, "Agreement"):
            return True
        if c.trig.sub != "Abduction/forced disappearance":
            return False
        return self._kw("take_along", self.ix.trigger_tokens(c))

    # ------------------------------------------------------------------ acts: non-events
    def _act_not_event(self, c: Cand, view: SentView) -> bool:
        """A fight noun that only describes gear ("positions de combat"), or a violent act
        the sentence says was spared ("to spare the civilians from a massacre")."""
        ix = self.ix
        if not ix.parsed:
            return False
        t = ix.tokens[c.tok]
        clash = CLASH in (c.sub, c.trig.sub)  # a clash trigger re-typed by precedence too
        fight_noun = clash and t.pos == "NOUN" and t.head != c.tok
        if fight_noun and t.dep in ("nmod", "compound"):
            det = any(ix.tokens[ch].dep == "det" for ch in ix.children[c.tok])
            if not det and self._kw("gear", [t.head]):
                return True
        if (
            t.pos == "NOUN"
            and c.sub in ("Attack", "Mob violence")
            and any(self._kw("spare", [a]) for a in ix.ancestors(c.tok)[:3])
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

    # ------------------------------------------------------------------ session 6
    # Classes of phrasing (not instances): an agreement noun used as an opinion or as one end of
    # a rhetorical range, a state's diplomatic protest, protests told as an act's outcome, a
    # state withdrawing its own troops with no place left, property wrecked by armed men or with
    # tools, air sorties, launched weapons stopped in flight, a place an army only "eyes".
    def _kind6_retype(self, c: Cand, view: SentView) -> None:
        """Kinds read from the class of phrasing (session 6; see ``kinds.toml``)."""
        if not self.ix.parsed:
            return
        if c.sub == "Mob violence" and self._armed_wrecking(c, view):
            c.sub, c.settled = LOOT, True  # "ruines saccagées à coups de masse par Daech"
        if c.sub == CLASH and self._air_sorties(c, view):
            c.sub, c.settled = AIR, True  # "l'aviation a effectué 300 sorties de combat"
        shot = c.sub == "Attack" and self._kw("thwart", [c.tok])  # "ont été abattus": no one
        if (c.sub in WEAPON_KINDS or shot) and self._stopped_in_flight(c, view):
            c.sub, c.settled = "Disrupted weapons use", True  # "drones abattus ou brouillés"

    def _kind6_not_event(self, c: Cand, view: SentView) -> bool:
        """Non-events of session 6's classes of phrasing (see ``kinds.toml``)."""
        if c.sub == "Agreement" and (self._opinion_accord(c) or self._rhetorical_range(c)):
            return True
        if c.sub in PROTESTS and (self._diplomatic_protest(c) or self._protest_outcome(c)):
            return True
        if c.sub == NVT and self._own_troops_withdrawn(c):
            return True
        if c.sub in CAPTURES and self._busy_doing(c):
            return True
        if c.sub == "Arrests" and self._stopped_not_arrested(c):
            return True
        if c.sub == CLASH and self._kept_from_fight(c):
            return True
        if c.sub in VIOLENT_KINDS | {CLASH} and self._toll_told_back(c, view):
            return True
        if c.sub == "Disrupted weapons use" and self._institution_dismantled(c):
            return True
        if self._wave_b_not_event(c, view):
            return True
        return c.sub in CAPTURES and self._aimed_place(c)

    # ------------------------------------------------------------------ session 6 wave B
    def _wave_b_not_event(self, c: Cand, view: SentView) -> bool:
        """Non-events of session 6 wave B's classes (see ``kinds.toml``): a frequency idiom on a
        capture noun, a trigger word inside a work's title, a web cache, a question."""
        if c.sub in GROUND and self._frequency_idiom(c):
            return True
        if self._in_work_title(c, view):
            return True
        if c.sub == "Disrupted weapons use" and self._web_cache(c, view):
            return True
        if c.sub == "Other" and self._time_anchor(c):
            return True
        return self._asked(c, view) and not self._recalled_act(c)  # type: ignore[attr-defined]

    def _time_anchor(self, c: Cand) -> bool:
        """A noun told only as the time of another act ("trois semaines à peine après le
        référendum", "a day after the vote"): no event of its own (CONVENTIONS section 3)."""
        rx = kind_words(self.lang).rxs.get("anchor")
        if rx is None:
            return False
        start = self.ix.tokens[c.tok].start
        return bool(rx.search(self.ix.folded[max(0, start - 60) : start]))

    def _frequency_idiom(self, c: Cand) -> bool:
        """ "à plusieurs reprises", "à deux reprises" (= repeatedly, twice): the capture noun
        only counts the times of another act."""
        rx = kind_words(self.lang).rxs.get("times")
        if rx is None or not self.ix.low(c.tok).startswith("reprise"):
            return False
        start = self.ix.tokens[c.tok].start
        return bool(rx.search(self.ix.folded[max(0, start - 30) : start]))

    def _in_work_title(self, c: Cand, view: SentView) -> bool:
        """A trigger word inside the quoted title of a book, film or article ("auteur de
        « L'Orient confisqué » (Éditions X, 2014)", "author of 'The Stolen Land'"): a title."""
        kw = kind_words(self.lang)
        before, after = kw.rxs.get("work"), kw.rxs.get("work_after")
        if before is None and after is None:
            return False
        folded = self.ix.folded
        for s, e in self._quote_spans(view):
            if not s <= c.start < e:
                continue
            if before is not None and before.search(folded[max(0, s - 40) : s]):
                return True
            if after is not None and after.search(folded[e : e + 30]):
                return True
        return False

    def _web_cache(self, c: Cand, view: SentView) -> bool:
        """A "cache" that is a web page's ("This is Google's cache of http://..."): no weapons."""
        if not self.ix.low(c.tok).startswith("cache"):
            return False
        rx = kind_words(self.lang).rxs.get("web")
        return rx is not None and bool(rx.search(view.text.lower()))

    def _asked(self, c: Cand, view: SentView) -> bool:
        """A question (CONVENTIONS section 3): the part of the sentence holding the trigger ends
        with "?" and opens with an interrogative word or asks about a move to come ("Quelle
        sera la prochaine ville libérée ?", "Will the army retake X before winter?")."""
        rel = c.start - view.start
        text = view.text
        cut = max(text.rfind(p, 0, rel) for p in (":", ";", "—", "–", ".", "!", "?", "\n"))
        part = text[cut + 1 :]
        if not part.rstrip(' \u00a0\u202f»"”)').endswith("?"):
            return False
        if any(p in part[:-1] for p in (".", "!", ":", ";")):
            return False
        words = re.findall(r"[\w'’-]+", part.lower())
        opener = words[0] if words else ""
        opener = re.split(r"[-'’]", opener)[0] if opener not in ("est-ce",) else opener
        if opener in kind_words(self.lang).words.get("ask", frozenset()):
            return True
        return c.modality in HYPOTHETICAL

    def _opinion_accord(self, c: Cand) -> bool:
        """A bare agreement noun after a preposition ("pour une fois d'accord", "s'est dit
        d'accord", "in agreement with"): an opinion shared, no deal, unless a verb of reaching
        governs it ("sont tombés d'accord sur une trêve")."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if t.pos != "NOUN" or t.head == c.tok:
            return False
        if t.dep == "pobj" and self._kw("opinion_prep", [t.head]):  # "for once in agreement"
            return not any(ix.tokens[k].dep == "det" for k in ix.children[c.tok])
        if t.dep == "fixed" and self._kw("opinion_prep", [t.head]):
            gov = ix.tokens[t.head].head  # "s'est dit d'accord": "d'accord" parsed as one word
            return not self._kw("reach_accord", [gov])
        kids = ix.children[c.tok]
        if any(ix.tokens[k].dep == "det" for k in kids):
            return False
        if not any(ix.tokens[k].dep == "case" and self._kw("opinion_prep", [k]) for k in kids):
            return False
        return not self._kw("reach_accord", [t.head])

    def _rhetorical_range(self, c: Cand) -> bool:
        """One end of an undated "from X to Y" range ("Des accords d'Alger aux collines de
        Diyala, ...", "From the Oslo accords to the ruins of Gaza, ..."): a figure of speech
        over history, no event told."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if t.pos != "NOUN" or t.dep in SUBJECTS or t.dep in OBJ_DEPS:
            return False  # "des accords ont été conclus à X et à Y": a deal told
        first = min(ix.subtree(c.tok))
        opener = [first - 1, first] if first > 0 else [first]
        if t.dep == "pobj":
            opener = [t.head]  # "From the Oslo accords to ...": the range hangs on "from"
        if not self._kw("range_from", opener):
            return False
        if t.dep == "pobj" and any(
            self._kw("range_to", [k]) for k in ix.children[t.head] if k != c.tok
        ):
            return self._undated(ix.subtree(t.head))
        ends = [
            k
            for k in ix.children[c.tok]
            if ix.tokens[k].dep in ("nmod", "obl", "obl:mod", "conj", "prep")
            and any(
                ix.tokens[g].dep == "case" and self._kw("range_to", [g])
                for g in (k, *ix.children[k])
            )
        ]
        return bool(ends) and self._undated(ix.subtree(c.tok))

    def _diplomatic_protest(self, c: Cand) -> bool:
        """A protest made by a state ("Ankara a protesté auprès de l'ambassadeur", "les
        capitales occidentales protestèrent mollement", "Moscow protested to Washington"): a
        note or a statement, not people in the street (ACLED codes no event)."""
        ix = self.ix
        if not self._kw("protest_verb", [c.tok]):
            return False
        subj = [k for k in ix.children[c.tok] if ix.tokens[k].dep in SUBJECTS]
        heads = set(subj)
        for s in subj:  # "les capitales occidentales": the noun; "Paris et Londres": each one
            heads |= {k for k in ix.children[s] if ix.tokens[k].dep == "conj"}
        if any(self._kw("diplomat", [h]) for h in heads):
            return True
        places = {r.head for r in ix.mentions.get("place", []) if r.head is not None}
        if heads and heads <= places:
            return True  # "Ankara a protesté": a capital or a country speaks for its state
        states = 0
        for r in ix.mentions.get("actor", []):
            if r.head in heads:
                info = _info_of(r)
                if info is None or info.inter not in (1, 7):
                    return False
                states += 1
        if states:
            return True
        # "a protesté auprès de l'ambassadeur", "protested to the foreign ministry"
        return any(
            self._kw("diplomat", [g])
            for k in ix.children[c.tok]
            if ix.tokens[k].dep not in SUBJECTS
            for g in (k, *ix.children[k])
        )

    def _protest_outcome(self, c: Cand) -> bool:
        """Protests the sentence tells as the outcome of an act ("avaient attaqué le QG,
        déclenchant des manifestations", "stormed the base, sparking protests"): the act is
        the event of the sentence, the protests its consequence."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if t.pos != "NOUN" or t.dep not in OBJ_DEPS or t.head == c.tok:
            return False
        verb = ix.tokens[t.head]
        return self._kw("outcome", [t.head]) and verb.dep in ("acl", "advcl", "xcomp", "conj")

    def _stopped_not_arrested(self, c: Cand) -> bool:
        """A verb of arresting used for stopping: reflexive ("mérite qu'on s'y arrête", "le
        convoi s'est arrêté à un barrage") or stopping an act ("arrêter les bombardements",
        "arrêter de tirer"). Nobody was arrested."""
        ix = self.ix
        if not self._kw("stop_verb", [c.tok]) or ix.tokens[c.tok].pos not in VERBAL:
            return False
        for k in ix.children[c.tok]:
            low, dep = ix.low(k), ix.tokens[k].dep
            if low in ("se", "s'", "s’") and ix.tokens[k].pos == "PRON":
                return True  # "s'arrêter": to stop
            if dep in OBJ_DEPS and self._kw("stop_object", [k]):
                return True  # "arrêter les combats"
            if dep == "xcomp" and ix.tokens[k].pos in VERBAL:
                return True  # "arrêter de tirer"
        return False

    def _kept_from_fight(self, c: Cand) -> bool:
        """A fight noun that a place was kept out of ("resté à l'écart des combats", "épargnée
        par les combats", "stayed out of the fighting"): no fight there."""
        ix = self.ix
        if ix.tokens[c.tok].pos != "NOUN":
            return False
        return self._kw("aloof", ix.ancestors(c.tok)[:3])

    def _toll_told_back(self, c: Cand, view: SentView) -> bool:
        """An undated sentence giving the dead "in the strike" / "dans la frappe" / "killed in
        the response" just after a violent event was told: the toll of that event, not an
        event of its own."""
        ix = self.ix
        if not self._undated(view.toks):
            return False
        back = [
            i
            for i in view.toks
            if self._kw("toll_back", [i])
            and any(self._kw("toll_def", [k]) for k in ix.children[i])
            and any(
                ix.tokens[k].dep in ("case", "prep") and self._kw("toll_in", [k])
                for k in (*ix.children[i], ix.tokens[i].head)
            )
            and self._kw("toll_dead", ix.ancestors(i)[:2])  # "tués dans", "killed in"
        ]
        if not back:
            return False
        told = VIOLENT_KINDS | {CLASH, "Suicide bomb"}
        return any(m.sub in told and 0 < c.sent - m.sent <= 2 for m in self._made)

    def _institution_dismantled(self, c: Cand) -> bool:
        """A verb of dismantling whose object is a state, an army or a party ("un État
        démantelé, une armée dissoute", "the state was dismantled"): no weapons."""
        ix = self.ix
        if not self._kw("dismantle", [c.tok]):
            return False
        t = ix.tokens[c.tok]
        near = [*self._objects(c.tok)]
        near += [k for k in ix.children[c.tok] if ix.tokens[k].dep in ("nsubj:pass", "nsubjpass")]
        if t.dep in ("amod", "acl") and t.head != c.tok:
            near.append(t.head)  # "un État démantelé"
        return self._kw("institution", near)

    def _busy_doing(self, c: Cand) -> bool:
        """A verb of occupying that means being busy doing something ("occupées à vendre des
        armes", "occupied with arming Baghdad"): nobody occupied ground."""
        ix = self.ix
        if not self._kw("busy", [c.tok]):
            return False
        for k in ix.children[c.tok]:
            if ix.tokens[k].pos in VERBAL and ix.tokens[k].dep in ("xcomp", "advcl", "pcomp"):
                return True
            if ix.tokens[k].dep == "prep" and any(
                ix.tokens[g].pos in VERBAL for g in ix.children[k]
            ):
                return True  # "occupied with arming"
        return False

    def _protests_caused(self, c: Cand, view: SentView) -> bool:
        """Are all the protest words of the sentence the outcome of the violent act ``c``
        ("avaient attaqué le QG, déclenchant des manifestations")? Then the act keeps its
        own kind: nobody attacked protesters."""
        ix = self.ix
        if not ix.parsed:
            return False
        words = [i for i in view.toks if self.tok_cue("protest", [i])]
        if not words:
            return False
        for i in words:
            up = [a for a in ix.ancestors(i)[:3] if self._kw("outcome", [a])]
            if not up or c.tok in ix.subtree(up[0]):
                return False
        return True

    def _own_troops_withdrawn(self, c: Cand) -> bool:
        """A leader or a state withdrawing its own troops with no place they leave ("Reagan
        retira ses troupes quelques mois plus tard", "Obama pulled his troops out"): a policy,
        no ground changing hands at a place."""
        ix = self.ix
        if not self._withdrawal(c) or ix.tokens[c.tok].pos not in VERBAL:
            return False
        objs = [o for o in self._objects(c.tok) if self._kw("troops", [o])]
        if not objs or not any(ix.low(k) in POSSESSIVE for o in objs for k in ix.children[o]):
            return False
        places = {r.head for r in ix.mentions.get("place", []) if r.head is not None}
        own = {c.tok, *(k for k in ix.children[c.tok] if ix.tokens[k].dep not in ("advcl",))}
        reach = set()
        for k in own:
            if k == c.tok or ix.tokens[k].dep in ("advcl", "ccomp", "parataxis", "conj"):
                continue
            sub = ix.subtree(k)
            if any(ix.tokens[g].dep == "mark" for g in ix.children[k]):
                continue  # "sans que personne à Washington ...": another clause
            reach |= sub
        return not (reach & places)

    def _armed_wrecking(self, c: Cand, view: SentView) -> bool:
        """Property wrecked by armed men or with tools ("les ruines que Daech avait saccagées à
        coups de masse", "militants ransacked the museum with sledgehammers"): property
        destruction; a crowd's wrecking stays mob violence."""
        ix = self.ix
        if not self._kw("wreck", ix.trigger_tokens(c)):
            return False
        if self._kw_text("crowd", view.start, view.end):
            return False
        info = c.info1()
        armed = info is not None and not info.media and info.inter in ARMED_INTER
        return armed or self._kw_text("wreck_tool", view.start, view.end)

    def _air_sorties(self, c: Cand, view: SentView) -> bool:
        """A fight noun that only qualifies air sorties or missions ("plus de 300 sorties de
        combat", "150 combat sorties", "missions de combat de l'aviation"): air strikes."""
        ix = self.ix
        t = ix.tokens[c.tok]
        near = [c.tok, *ix.children[c.tok]]
        if t.head != c.tok:
            near.append(t.head)
        if not self._kw("sortie", near):
            return False
        sortie = any(ix.low(i).startswith("sortie") for i in near)
        return sortie or self.cue("aircraft", view)

    def _stopped_in_flight(self, c: Cand, view: SentView) -> bool:
        """Launched weapons stopped before they hit ("treize drones ... tous ont été abattus
        ou brouillés", "les voitures piégées ont été détruites avant d'atteindre les lignes",
        "rockets fired at the airport were shot down"): disrupted weapons use."""
        if not self._kw_text("launched", view.start, view.end):
            return False
        rx = kind_words(self.lang).rxs.get("before_reach")
        if rx is not None and rx.search(view.text):
            return True
        ix = self.ix
        passive = [
            i
            for i in view.toks
            if self._kw("thwart", [i])
            and ix.tokens[i].pos in VERBAL
            and any(ix.tokens[k].dep in ("aux:pass", "auxpass") for k in ix.children[i])
        ]
        return bool(passive)

    def _aimed_place(self, c: Cand) -> bool:
        """The place of a capture is only the goal of a verb of aiming, told just before it
        ("retakes X, eyes Y", "reprend X et vise désormais Y", "sets sights on Y"; headlines
        defeat the parser, so the words right before the place are read): Y is not taken."""
        if c.place is None or c.modality != "asserted":
            return False
        start = c.place.ref.start
        if c.start <= start < c.end:
            return False
        kw = kind_words(self.lang)
        before = re.findall(r"[\w'’-]+", self.ix.folded[max(0, start - 40) : start])[-3:]
        if set(before) & kw.words.get("aim_verb", frozenset()):
            return True
        rx = kw.phrases.get("aim_verb")
        return rx is not None and bool(rx.search(" ".join(before)))

    # ------------------------------------------------------------------ session 7
    # Classes of phrasing (not instances): a capture verb that is only the purpose of an
    # operation being launched or prepared ("launch a counter-offensive to retake X"), a planned
    # storming ("preparing to storm X", "s'apprête à prendre d'assaut X"); a siege broken from
    # inside by the besieged themselves (a breakout fight, not ground taken); a state force
    # named first with its allied militias ("l'armée et les milices alliées ont repris X");
    # reinforcements sent or arriving, troops mobilised or massed, an army dissolved (no event,
    # CONVENTIONS section 3); a trigger word quoted as the label someone speaks of or denounces
    # ("parle déjà de « pillages »", "condemned what it called an 'act of aggression'"); a side
    # falling back towards a place ("se sont repliés vers X", "withdrew towards X"); a chemical
    # noun that names the site struck ("chemical weapons facilities").
    def _kind7_retype(self, c: Cand, view: SentView, clause: frozenset[int]) -> None:
        """Kinds read from the class of phrasing (session 7; see ``kinds.toml``)."""
        if not self.ix.parsed:
            return
        planned = c.modality in HYPOTHETICAL
        if c.sub in (GRT, NSO) and planned and (self._launched_aim(c) or self._storming(c)):
            c.sub, c.settled = CLASH, True  # CONVENTIONS 6: a planned operation is a clash
        if c.sub in CAPTURES and not planned and self._breakout(c, clause):
            c.sub, c.settled = CLASH, True  # "les soldats assiégés ont brisé l'encerclement"
        unnamed = c.sub == NSO and c.trig.sub == "@territory" and c.info1() is None
        if unnamed and self._state_named_first(c, clause):
            c.sub = GRT  # "l'armée et les milices alliées ont brisé le siège de X"

    def _kind7_not_event(self, c: Cand, view: SentView) -> bool:
        """Non-events of session 7's classes of phrasing (see ``kinds.toml``)."""
        if not self.ix.parsed:
            return False
        if c.sub == "Change to group/activity" and (self._troops_moved(c) or self._dissolved(c)):
            return True
        if c.sub == NVT and self._withdrawal(c) and self._retreat_to(c, view):
            return True
        if c.sub == CHEM and self._chemical_site(c):
            return True
        return self._quoted_label(c, view)

    def _chemical_site(self, c: Cand) -> bool:
        """Is the chemical trigger a noun that only qualifies a programme, a site or an arsenal
        ("three chemical weapons facilities", "des sites liés aux armes chimiques")? The strike
        on them is told by its own trigger."""
        ix = self.ix
        toks = ix.trigger_tokens(c)
        if any(ix.tokens[i].pos in VERBAL for i in toks):
            return False
        inside = set(toks)
        up = [a for a in ix.ancestors(c.tok)[:3] if a not in inside][:2]
        return self._kw("chem_frame", up)

    def _retreat_to(self, c: Cand, view: SentView) -> bool:
        """Does the verb of withdrawing name where the side went ("se sont repliés mardi vers
        les collines de X", "withdrew towards X"), the event's place standing there? A side
        falling back hands nothing over at its destination (a fall-back "sur X" holds X)."""
        rx = kind_words(self.lang).rxs.get("retreat_to")
        if rx is None or not rx.search(self.ix.folded[c.end : view.end]):
            return False
        return c.place is None or c.place.ref.start >= c.end or not view.start <= c.place.ref.start

    def _launched_aim(self, c: Cand) -> bool:
        """Is the capture verb the purpose of a verb whose object is an operation ("to launch
        a counter-offensive to retake X", "prépare une offensive pour reprendre X")?"""
        ix = self.ix
        if ix.tokens[c.tok].pos not in VERBAL:
            return False
        for a in ix.ancestors(c.tok)[:3]:
            if ix.tokens[a].pos not in VERBAL:
                continue
            objs = [ch for ch in ix.children[a] if ix.tokens[ch].dep in OBJ_DEPS and ch < c.tok]
            if objs and self._kw("operation", objs):
                return True
        return False

    def _storming(self, c: Cand) -> bool:
        """Is the planned capture a storming ("preparing to storm X", "prendre d'assaut X")?"""
        toks = list(self.ix.trigger_tokens(c))
        after = [i for i in range(c.tok + 1, c.tok + 3) if i < len(self.ix.tokens)]
        return self._kw("assault_verb", toks + after)

    def _breakout(self, c: Cand, clause: frozenset[int]) -> bool:
        """Is a siege broken by the besieged themselves ("les soldats encerclés dans l'hôpital
        ont brisé l'encerclement", "the trapped garrison broke out of the siege")? A breakout
        is a fight; the relief from outside stays ground taken (CONVENTIONS section 4)."""
        toks = self.ix.trigger_tokens(c)
        if not self._kw("breakout", toks):
            return False
        side = self._subject_side(c, clause)
        if not side:
            return False  # the parse's participle clause may fall outside the subject
        return self._kw_text("besieged", self.ix.tokens[min(side)].start, c.start)

    def _state_named_first(self, c: Cand, clause: frozenset[int]) -> bool:
        """Is the first noun of the capture's subject a state force ("l'armée et les milices
        alliées", "troops and allied militias")? Allies named after it do not make the
        capture a non-state one (CONVENTIONS section 4: state forces or their affiliates)."""
        ix = self.ix
        nouns = [i for i in sorted(self._subject_side(c, clause)) if ix.tokens[i].pos == "NOUN"]
        return bool(nouns) and self._kw("latter_state", nouns[:1])

    def _troops_moved(self, c: Cand) -> bool:
        """Is the trigger a word of reinforcements, troops mobilised or massed ("le régime a
        envoyé des renforts vers Hama", "reinforcements arrived in X")? A deployment to a
        base or into a town is left to the typer (the test sets code it as such)."""
        toks = self.ix.trigger_tokens(c)
        if self._kw("reinforce_move", toks):
            return True
        return self._kw("reinforce_move", self._subject_side(c, frozenset()))  # "arrived"

    def _dissolved(self, c: Cand) -> bool:
        """Is a state institution dissolved ("dissoudre l'armée", "disbanded the army")? A
        political act, not a change in an armed group's activity."""
        ix = self.ix
        toks = ix.trigger_tokens(c)
        if not self._kw("dissolve", toks):
            return False
        near = [ch for t in toks for ch in ix.children[t]] + [ix.tokens[t].head for t in toks]
        return self._kw("institution", near)

    def _quoted_label(self, c: Cand, view: SentView) -> bool:
        """Is the trigger a short quoted label that someone speaks of, denounces or calls
        something ("parle déjà de « pillages »", "a dénoncé une « agression »", "what it called
        an 'act of aggression'")? A word quoted, no act told."""
        folded = self.ix.folded
        for s, e in self._quote_spans(view):
            if not s <= c.start < e:
                continue
            if len(folded[s + 1 : e - 1].split()) > 5:
                return False
            before = re.findall(r"[\w'-]+", folded[max(view.start, s - 45) : s])[-5:]
            words = kind_words(self.lang).words.get("speak_of", frozenset())
            return bool(set(before) & words)
        return False

    # ------------------------------------------------------------------ what the act names
    # Classes of phrasing (session 8): a verb of resuming whose object or subject is an act
    # ("a repris ses bombardements", "l'offensive reprendra", "resumed its shelling") resumes
    # that act, it retakes no ground; a verb of carrying off whose object is a place ("la
    # base que les FDS ont enlevée") takes ground, it abducts no one. Non-events: people
    # described as hostages in an undated relative clause ("des civils qu'ils avaient pris en
    # otage"), an act judged hard or easy to do ("difficile à faire sauter", "hard to crack").
    def _act_named_retype(self, c: Cand, view: SentView, clause: frozenset[int]) -> None:
        """Kinds read from what the verb's object names (see the section comment)."""
        if not self.ix.parsed:
            return
        if c.sub in CAPTURES:
            resumed = self._resumed_act(c, view)
            if resumed is not None:
                c.sub, c.settled = resumed, True
        if c.sub == AIR and self._ground_attack(c, clause):
            c.sub, c.settled = CLASH, True  # "rebels attacked the airport ... a burning
        if c.sub == ABDUCT and self._place_carried_off(c, view):  # helicopter"
            info = c.info1()
            inter = info.inter if info is not None else c.actor1_inter
            c.sub, c.settled = territory_by_inter(inter) or GRT, True

    def _resumed_act(self, c: Cand, view: SentView) -> str | None:
        """The kind of the act a verb of resuming takes as object or subject ("l'aviation a
        repris ses bombardements" -> an air strike, "l'offensive reprendra mardi", "resumed
        the assault" -> a clash); None when it takes ground ("a repris la ville")."""
        ix = self.ix
        toks = ix.trigger_tokens(c)
        verbs = [i for i in toks if self._kw("resume", [i])]
        if not verbs:
            return None
        deps = (*OBJ_DEPS, *SUBJECTS, "nmod", "pobj", "prep")
        acts = [ch for ch in ix.children[verbs[0]] if ix.tokens[ch].dep in deps]
        acts += [g for a in acts if ix.tokens[a].dep == "prep" for g in ix.children[a]]
        if self._kw("strike_noun", acts) or self._kw("bomb", acts):
            if self.tok_cue("aircraft", view.toks):
                return AIR  # "l'aviation a repris ses bombardements"
            fire = self.ix.low(acts[0]) in ("tirs", "pilonnage", "pilonnages", "shelling")
            return SHELLING if fire or self.tok_cue("artillery", view.toks) else AIR
        if self._kw("fight_noun", acts) or self._kw("operation", acts):
            return CLASH
        return None

    def _ground_attack(self, c: Cand, clause: frozenset[int]) -> bool:
        """Is an attack verb done by an armed group with no aircraft of its own ("rebels
        attacked the military airport ..., a burning helicopter")? The aircraft named further
        on is the target: the attackers fought on the ground."""
        ix = self.ix
        if ix.tokens[c.tok].pos not in VERBAL:
            return False
        if ix.lemma(c.tok) not in ("attaquer", "attack", "assaillir", "assault", "storm"):
            return False
        side = self._subject_side(c, clause)
        own = set(side) | {c.tok}
        stack = [k for k in ix.children[c.tok] if ix.tokens[k].dep in OBJ_DEPS]
        while stack:  # the object's own words, not a clause on it ("où un hélicoptère ...")
            k = stack.pop()
            own.add(k)
            stack += [g for g in ix.children[k] if ix.tokens[g].dep not in CLAUSES]
        if self.tok_cue("aircraft", list(own)):
            return False  # "jets attacked the convoy"
        info = c.info1()
        armed_group = info is not None and info.inter in (2, 3)
        return armed_group or self.tok_cue("nonstate", list(side))

    def _place_carried_off(self, c: Cand, view: SentView) -> bool:
        """Is the object of a verb of carrying off a place ("la base aérienne, que les FDS ont
        enlevée", "ont enlevé la colline")? A position taken, not people abducted ("ont enlevé
        dix fonctionnaires à Raqqa": the place is where, the people are what)."""
        ix = self.ix
        if not self._kw("carry_off", ix.trigger_tokens(c)):
            return False
        kids = ix.children[c.tok]
        objs = [k for k in kids if ix.tokens[k].dep in (*OBJ_DEPS, "nsubj:pass", "nsubjpass")]
        t = ix.tokens[c.tok]
        if t.dep in (*RELATIVE, "acl") and t.head != c.tok:  # "la base ..., que les FDS ont
            objs.append(t.head)  # enlevée": the antecedent
        objs = [o for o in objs if ix.tokens[o].pos in ("NOUN", "PROPN")]
        if not objs or self.tok_cue("civilian", objs):
            return False
        places = {r.head for r in ix.mentions.get("place", []) if r.head is not None}
        if set(objs) & places or self._kw("ground_noun", objs):
            return True
        return self.tok_cue("territory_object", objs)

    def _described_not_done(self, c: Cand, view: SentView) -> bool:
        """Words that describe people or judge an act, no act told (section comment)."""
        if not self.ix.parsed:
            return False
        if c.sub == ABDUCT and self._hostages_described(c):
            return True
        if c.sub == "Agreement" and self._deal_only_named(c):
            return True
        if c.sub == "Attack" and self._toll_of_act_told(c, view):
            return True
        if c.sub == LOOT and (self._nothing_material_destroyed(c) or self._ruined_state(c)):
            return True
        if c.sub in VIOLENT_KINDS | {CLASH} and self._habitual_act(c, view):
            return True
        return self._judged_hard(c)

    def _nothing_material_destroyed(self, c: Cand) -> bool:
        """Is the destruction told of a state, a country or an abstract thing ("un État
        détruit, une armée dissoute", "destroyed the lives of millions"), or only a bare
        undated noun ("une longue suite de destructions décidées ailleurs")? No property was
        destroyed at a place on a day: no event (the gold codes burning, looting, razing)."""
        ix = self.ix
        if not self._kw("destroy", ix.trigger_tokens(c)):
            return False
        t = ix.tokens[c.tok]
        objs = set(self._target(c.tok))
        if t.dep in ("amod", "acl") and t.head != c.tok:
            objs.add(t.head)  # "un État détruit"
        kids = ix.children[c.tok]
        if t.pos in VERBAL and not any(ix.tokens[k].dep in AUX_DEPS for k in kids):
            objs |= {k for k in kids if ix.tokens[k].dep in SUBJECTS}  # a participle parsed
        if t.pos == "NOUN":
            objs |= {k for k in ix.children[c.tok] if ix.tokens[k].dep in ("nmod", "pobj", "prep")}
            objs |= {g for k in list(objs) if ix.tokens[k].dep == "prep" for g in ix.children[k]}
            if not objs:
                return self._undated(ix.subtree(c.tok))  # "une suite de destructions"
        places = {r.head for r in ix.mentions.get("place", []) if r.head is not None}
        nouns = [o for o in objs if ix.tokens[o].pos == "NOUN" and o not in places]
        return bool(nouns) and all(
            self._kw("abstract_object", [o]) or self._kw("institution", [o]) for o in nouns
        )

    def _ruined_state(self, c: Cand) -> bool:
        """Is the destruction word a participle describing a thing, with no author and no date
        ("une ville rasée aux trois quarts", "quelques villages brûlés", "the razed old town")?
        The ruin is a state; the act, if told, has its own verb."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if t.pos not in (*VERBAL, "ADJ") or t.dep not in ("amod", "acl") or t.head == c.tok:
            return False
        if ix.low(c.tok).endswith(("ant", "ing")):
            return False  # "frappes ..., détruisant un dépôt": a gerund tells the act
        kids = ix.children[c.tok]
        if any(ix.tokens[k].dep in (*AUX_DEPS, *SUBJECTS, "obl:agent", "agent") for k in kids):
            return False  # "que l'armée avait rasée": an act told
        if any(ix.low(g) in ("par", "by") for k in kids for g in (k, *ix.children[k])):
            return False  # "détruite par l'aviation": its author named
        return self._undated(ix.subtree(c.tok))

    def _habitual_act(self, c: Cand, view: SentView) -> bool:
        """Is an undated act told as repeated over time ("dont les obus tombaient
        quotidiennement sur les écoles", "rockets fell on the town every night")? A state of
        affairs over the period, no event of its own (CONVENTIONS section 3)."""
        ix = self.ix
        if c.modality not in ("asserted", "reported") or not self._undated(view.toks):
            return False  # a plan is no repeated act
        up = [c.tok, *ix.ancestors(c.tok)[:3]]
        v = next((a for a in up if ix.tokens[a].pos in VERBAL), c.tok)  # "les obus de mortier
        own, stack = set(), [v]  # tombaient": the verb the weapon noun hangs on, and its own
        while stack:  # clause ("nettoyer les monts, d'où ils bombardent régulièrement la
            k = stack.pop()  # route": the adverb is the relative clause's, not the plan's)
            own.add(k)
            stack += [g for g in ix.children[k] if ix.tokens[g].dep not in CLAUSES]
        if self._kw("habitual", list(own)):
            return True
        toks = sorted(own)
        words = [ix.low(i) for i in toks]
        text = " " + " ".join(words) + " "
        rx = kind_words(self.lang).phrases.get("habitual")
        return rx is not None and bool(rx.search(text))

    def _toll_of_act_told(self, c: Cand, view: SentView) -> bool:
        """Is a killing with no author ("une dizaine de civils y ont été tués", "neuf civils
        sont morts ce jour-là", "ten civilians were killed there") the toll of a strike or a
        fight told in the same sentence, or in the one before when the clause points back at
        it? ACLED puts the toll on that event (CONVENTIONS section 9), no Attack of its own."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if t.pos not in VERBAL or not self._kw("toll_dead", [c.tok]):
            return False
        kids = ix.children[c.tok]
        passive = any(ix.tokens[k].dep in ("aux:pass", "auxpass") for k in kids)
        if not passive and ix.lemma(c.tok) not in ("mourir", "périr", "die", "perish"):
            return False
        for k in kids:  # "tués par des hommes armés", "killed by gunmen": an author
            if ix.tokens[k].dep in ("obl:agent", "agent"):
                return False
            if any(ix.low(g) in ("par", "by") for g in (k, *ix.children[k])):
                return False
        sub = ix.subtree(c.tok)
        back = self._kw("toll_anaphor", list(sub)) or self._kw_text(
            "toll_anaphor", ix.tokens[min(sub)].start, ix.tokens[max(sub)].end
        )
        acts = (AIR, SHELLING, CLASH, CHEM, *BOMBS)
        pos = self.sent_pos(c.sent, -1)
        prev = self.sents[pos - 1] if pos > 0 else None
        for x in reversed(self._made):
            if x is c or x.dropped is not None or x.sub not in acts:
                continue
            if x.sent == c.sent or (back and x.sent == prev):
                return True
        return False

    def _deal_only_named(self, c: Cand) -> bool:
        """Is an agreement noun told with no verb of making, carrying out or taking effect
        around it and no date of its own ("les accords Sykes-Picot furent balayés", "la seule
        voie passe par un accord avec Damas", "le régime multiplie les accords locaux")? It
        names a deal; none is made in the text (a deal "conclu jeudi", "entré en vigueur",
        "l'accord prévoit ...", "en vertu d'un accord" is told). Plans, conjectures and
        denials are left to their own rules."""
        ix = self.ix
        if c.modality not in ("asserted", "reported") or ix.tokens[c.tok].pos != "NOUN":
            return False
        words = kind_words(self.lang).words
        if not words.get("deal_verb"):
            return False
        t = ix.tokens[c.tok]
        if t.dep == "conj" and t.head != c.tok:
            t = ix.tokens[t.head]  # "les accords X puis le traité Y": the first one's role
        near = list(ix.children[c.tok])
        up = list(ix.ancestors(c.tok)[:3])
        if self._kw("deal_verb", near + up) or self._kw("deal_frame", near + up):
            return False
        toks = ix.trigger_tokens(c)
        if any(ix.tokens[i].pos in VERBAL for i in toks):
            return False  # a phrase with its own verb ("ont signé un accord")
        return self._undated(ix.subtree(c.tok))

    def _hostages_described(self, c: Cand) -> bool:
        """Is "taken hostage" told in an undated relative clause on the people ("des civils
        qu'ils avaient pris en otage", "ceux qu'on a pris en otages", "civilians the militants
        had taken hostage")? It says who they are; the taking is no event told."""
        ix = self.ix
        toks = list(ix.trigger_tokens(c))
        near = toks + [ch for i in toks for ch in ix.children[i]]
        if not self._kw("hostage", near):
            return False
        for v in (c.tok, *ix.ancestors(c.tok)[:2]):
            t = ix.tokens[v]
            if t.pos in VERBAL and t.dep in RELATIVE and t.head != v:
                return self._undated(ix.subtree(v))
        return False

    def _judged_hard(self, c: Cand) -> bool:
        """Is the act's verb the complement of an adjective of difficulty ("le verrou reste
        difficile à faire sauter", "a town hard to take", "the line will be hard to crack")?"""
        ix = self.ix
        if ix.tokens[c.tok].pos not in VERBAL:
            return False
        for a in ix.ancestors(c.tok)[:3]:
            if ix.tokens[a].pos == "ADJ" and self._kw("tough_adj", [a]):
                return True
            if ix.tokens[a].pos not in VERBAL:
                break
        i = c.tok - 1  # the parser often hangs the verb beside the adjective: read the words
        while i >= 0 and ix.low(i) in ("faire", "se", "s'", "s’", "be", "get"):
            i -= 1
        if i < 1 or ix.low(i) not in ("à", "to", "de", "d'", "d’"):
            return False
        i -= 1
        while i >= 0 and ix.low(i) in ("très", "trop", "plus", "bien", "si", "so", "too", "very"):
            i -= 1
        return i >= 0 and self._kw("tough_adj", [i])

    # ------------------------------------------------------------------ session 11
    def _shot_down(self, c: Cand) -> bool:
        """Is the act a shoot-down: a verb of stopping in flight ("abattre", "intercepter",
        "shot down", "brought down", "downed") whose object, or passive subject, is an
        aircraft or a launched weapon ("l'armée israélienne a abattu un Soukhoï", "air
        defences shot down two drones")? ACLED: Disrupted weapons use, not a clash or an
        attack. "Des roquettes se sont abattues sur X" (reflexive: they fell) is no shoot-down."""
        ix = self.ix
        for v in (c.tok, *ix.ancestors(c.tok)[:3]):  # "abattu un avion de combat": the noun
            if ix.tokens[v].pos not in VERBAL:
                continue
            kids = ix.children[v]
            down = any(
                ix.low(k) == "down" and ix.tokens[k].dep in ("prt", "compound:prt") for k in kids
            )
            if not (self._kw("thwart", [v]) or down) or any(ix.low(k) in REFLEXIVE for k in kids):
                continue
            hit = [k for k in kids if ix.tokens[k].dep in (*OBJ_DEPS, *PASSIVE_SUBJECTS)]
            if any(self._kw("craft", [k]) or self._kw("launched", [k]) for k in hit):
                return True
        return False

    def _air_strike_noun(self, c: Cand) -> bool:
        """Is the trigger a strike noun that says it came from the air ("air strike",
        "frappe aérienne", "raid aérien", "drone strike")? Whoever it killed, fighters or
        civilians, ACLED codes an air/drone strike (CONVENTIONS section 4)."""
        ix = self.ix
        nouns = [c.tok]
        if ix.tokens[c.tok].pos in VERBAL:
            # "the strike, which killed 22 fighters": the killing verb's subject, or the noun
            # its relative clause hangs on, is the strike
            nouns = [k for k in ix.children[c.tok] if ix.tokens[k].dep in SUBJECTS]
            own_subject = any(ix.tokens[k].pos != "PRON" for k in nouns)
            if ix.tokens[c.tok].dep in RELATIVE and not own_subject:  # "which killed": the
                nouns += ix.ancestors(c.tok)[:6]  # antecedent ("the strike on X near Y, which")
        for n in nouns:
            if ix.tokens[n].pos not in ("NOUN", "PROPN") or not self._kw("strike_noun", [n]):
                continue
            mods = [k for k in ix.children[n] if ix.tokens[k].dep in ("compound", "amod")]
            if n > 0 and ix.tokens[n - 1].dep == "compound":
                mods.append(n - 1)
            if ix.low(n).startswith("air"):
                mods.append(n)  # "airstrike"
            if self.tok_cue("aircraft", mods) or self._kw("craft", mods):
                return True
        return False

    def attacked_ground(self, c: Cand) -> bool:
        """Is the direct object of a verb of attacking a town or a part of one ("les
        terroristes attaquaient les faubourgs nord de X", "militants attacked the outskirts
        of X")? Assailing held ground is a fight with its defenders (an ``Armed clash``, as
        the test sets code it), unless the sentence names civilians as the victims."""
        ix = self.ix
        if not ix.parsed or not self._kw("attack_verb", [c.tok]):
            return False
        towns = self._town_heads()
        return any(o in towns or self._kw("partial", [o]) for o in self._objects(c.tok))

    def _craft_lost(self, c: Cand) -> bool:
        """Is the subject of a verb of disappearing an aircraft or a ship ("the Il-20
        disappeared from radar", "l'appareil a disparu des écrans")? A craft lost, no one
        abducted."""
        ix = self.ix
        verb = c.tok if ix.tokens[c.tok].pos in VERBAL else ix.tokens[c.tok].head
        subj = [k for k in ix.children[verb] if ix.tokens[k].dep in SUBJECTS]
        return any(self._kw("craft", [k]) for k in subj)

    def crowd_shooter(self, view: SentView) -> str | None:
        """Who fired on or killed the crowd of a protest sentence (CONVENTIONS section 4):
        "state" for state forces or a named militia (``Excessive force against
        protesters``), "armed" for unnamed gunmen or a group with no state tie ("des hommes
        armés ont tiré sur les manifestants", "gunmen opened fire on protesters": an
        ``Attack`` on civilians), None when the sentence names no shooter."""
        ix = self.ix
        if not ix.parsed:
            return None
        shooters: set[int] = set()
        victims: set[int] = set()
        for i in self._cue_tokens("lethal", view):
            for n in [i, *ix.ancestors(i)[:3]]:
                for ch in ix.children[n]:
                    if ix.tokens[ch].dep in ("nsubj", "agent", "obl:agent"):
                        shooters |= ix.subtree(ch)
                    elif ix.tokens[ch].dep in (*OBJ_DEPS, *PASSIVE_SUBJECTS):
                        victims |= ix.subtree(ch)
                if shooters or ix.tokens[n].dep not in ("advcl", "conj", "xcomp", "acl", "prep"):
                    break
        if not shooters or self.tok_cue("protest", frozenset(shooters)):
            return None  # "protesters fired at the police": not violence against a crowd
        if self.tok_cue("state_force", frozenset(victims)):
            return None  # "40 policiers tués par des hommes armés": the crowd did not suffer it
        sides = [
            info.inter
            for r in ix.in_sentence("actor", view.si)
            if r.head in shooters and (info := _info_of(r)) is not None
        ]
        if self.tok_cue("state_force", frozenset(shooters)) or any(x in (1, 3) for x in sides):
            return "state"
        first, last = min(shooters), max(shooters)
        span = (ix.tokens[first].start, ix.tokens[last].end)
        if self._kw_text("gunmen", *span) or any(x == 2 for x in sides):
            return "armed"
        return None
