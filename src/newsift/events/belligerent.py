"""The story's belligerent: actor1 of a fight that names no side, from the whole article.

tests/CONVENTIONS.md 5: actor1 is never empty when the text or the story gives it. A battle
told with no doer of its own -- the operation carried on or expected ("l'opération serait
étendue ensuite à X", "the next move could be a push toward X", "les troupes comptaient se
tourner vers X"), fighting told by its noun ("Clashes continued on Saturday around X", "La
bataille de X, lancée le 17 octobre") -- is fought by the side the article's battles are
about: the fighting side that is actor1 of most of the article's battle rows in the same
country (ties: the one nearest before), named in two battles or in one told at most three
sentences before (a single battle far back sets no story). The side must fit the type (a
state regains ground, a non-state side overtakes it). Only when the event's sentence names
no fighting side of its own (then the sentence's rules decide), and never for a counter-move
("une contre-offensive pour reprendre X": the story's losing side moves).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.actors import NON_STATE, ref_info, territory_by_inter
from newsift.events.index import DocIndex, MentionRef
from newsift.events.resources import data_toml, fold, schema
from newsift.events.sides import family_lead, fighter

if TYPE_CHECKING:
    from newsift.events.extract import Cand

_COUNTER = re.compile(r"\b(?:contre-?offensive|contre-?attaque|counter-?offensive|counter-?attack)")
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_FILLED = frozenset(
    {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    }
)


def _country(c: Cand) -> str:
    return (c.place.ref.m.country or "").upper() if c.place is not None else ""


_NEAR = 3  # sentences back a single battle still sets the story


def _fits(c: Cand, r: MentionRef) -> bool:
    """Can ``r`` be actor1 of ``c``'s type (a state regains ground, others overtake it)?"""
    inter = ref_info(r).inter
    if c.sub == "Government regains territory":
        return inter == 1
    if c.sub == "Non-state actor overtakes territory":
        return inter in NON_STATE
    return True


def _key(r: MentionRef) -> str:
    return r.m.kb_id or (r.m.name).lower()


def story_belligerent(events: list[Cand], ix: DocIndex | None) -> None:
    """Fill actor1 of the article's battles that name no side (module docstring)."""
    if ix is None or not ix.parsed:
        return
    et = schema().event_type
    battles = [
        c
        for c in events
        if et.get(c.sub) == "Battles" and c.actor1 is not None and fighter(c.actor1)
    ]
    if not battles:
        return
    for c in events:
        if c.sub not in _FILLED or c.actor1 is not None or c.actor1_name:
            continue
        if any(fighter(r) for r in ix.in_sentence("actor", c.sent)):
            continue  # the sentence names sides of its own
        sent = ix.sentences[c.sent]
        if _COUNTER.search(ix.folded[sent.start : sent.end]):
            continue
        where = _country(c)
        counts: dict[str, list[Cand]] = {}
        for b in battles:
            if where and _country(b) and _country(b) != where:
                continue
            if not _fits(c, b.actor1):  # type: ignore[arg-type]
                continue  # a regaining is the state's, an overtaking a non-state side's
            counts.setdefault(_key(b.actor1), []).append(b)  # type: ignore[arg-type]
        if not counts:
            continue

        def rank(rows: list[Cand], c: Cand = c) -> tuple[int, int]:
            before = [b.sent for b in rows if b.sent <= c.sent]
            return len(rows), max(before) if before else -1

        lead = max(counts.values(), key=rank)
        told, last = rank(lead)
        if told < 2 and (last < 0 or c.sent - last > _NEAR):
            continue  # one battle told far before: no story the conjecture carries on
        if len(counts) > 1:
            second = sorted((rank(v) for v in counts.values()), reverse=True)[1]
            if second[0] == told and second[1] < 0 and last < 0:
                continue  # two sides alike, none told before: no story side
        c.actor1 = lead[0].actor1


def _story_lead(events: list[Cand], ix: DocIndex, generic: str) -> MentionRef | None:
    """The group generic reference ``generic`` stands for: the family member most named in the
    sentences with events, else in the whole document ("les jihadistes" of a background clause
    in a document that names the Islamic State only in a sentence with no event of its own, or
    in its second article)."""
    refs = [r for si in {x.sent for x in events} for r in ix.in_sentence("actor", si)]
    return family_lead(refs, generic) or family_lead(ix.mentions.get("actor", []), generic)


def own_capturer(events: list[Cand], ix: DocIndex | None) -> None:
    """A capture whose trigger verb has an armed non-state subject of its own ("Tal Afar, une
    ville que les jihadistes avaient conquise en 2014", "que Jund al-Aqsa avait conquise")
    but whose actor1 is a state force borrowed from the main clause or the story: the verb's
    own subject took the ground (the group a generic name stands for, when the article names
    one), the row overtakes territory, the state force is the loser (actor2)."""
    if ix is None or not ix.parsed:
        return
    for c in events:
        if c.sub not in _TERRITORY or c.actor1 is None or c.tok < 0:
            continue
        info = ref_info(c.actor1)
        if info.inter != 1 or ix.tokens[c.tok].pos not in ("VERB", "AUX"):
            continue
        subjects = {ch for ch in ix.children[c.tok] if ix.tokens[ch].dep in ("nsubj", "nsubj:pass")}
        if not subjects or ix.tokens[c.tok].dep in ("conj", "xcomp"):
            continue
        subjects |= {ch for s in subjects for ch in ix.children[s] if ix.tokens[ch].dep == "conj"}
        own = [r for r in ix.in_sentence("actor", c.sent) if r.head in subjects and fighter(r)]
        states = [r for r in own if ref_info(r).inter == 1]
        if states:
            continue  # "l'armée syrienne et le Hezbollah ont repris": the state is a subject
        mine = own[0] if own else None
        if mine is None:
            continue
        got = ref_info(mine)
        if got.inter not in NON_STATE:
            continue
        lead = _story_lead(events, ix, mine.m.kb_id) if mine.m.kb_id else None
        c.actor2, c.actor1, c.assoc = c.actor1, lead or mine, []
        c.actor1_name, c.actor1_inter = None, None
        c.sub = territory_by_inter(got.inter) or c.sub


@cache
def _capture_anaphors() -> frozenset[str]:
    data = data_toml("local_sides.toml").get("capture_anaphors", {})
    return frozenset(fold(w) for w in data.get("words", ()))


_BACK = 4  # sentences back an anaphoric capturer may find the group it points to


def anaphoric_capturer(events: list[Cand], ix: DocIndex | None) -> None:
    """A capture whose verb's subject points back to an armed group ("Ceux-ci s'étaient
    emparés de Mossoul en 2014", "In February the group overran al-Baghdadi", "le groupe
    avait conquis la ville") but whose actor1 is a state force borrowed from the story (the
    army the article follows retakes towns; a town it lost was taken by the other side): the
    non-state armed group named last before the verb (the group a generic name stands for,
    when the article names one) overtook it, the state force is the loser (actor2). Not when
    the subject's own words name the state force, nor when no armed group is named before."""
    if ix is None or not ix.parsed:
        return
    words = _capture_anaphors()
    for c in events:
        if c.sub not in _TERRITORY or c.tok < 0 or ix.tokens[c.tok].pos not in ("VERB", "AUX"):
            continue
        info = ref_info(c.actor1) if c.actor1 is not None else None
        inter = info.inter if info is not None else c.actor1_inter
        if inter != 1:
            continue
        lead = _relative_subject(ix, c)  # "une ville dont l'EI s'était emparé en 2014"
        if lead is None:
            subjects = [
                ch for ch in ix.children[c.tok] if ix.tokens[ch].dep in ("nsubj", "nsubj:pass")
            ]
            if not subjects or fold(ix.low(subjects[0])) not in words:
                continue
            own = ix.subtree(subjects[0])
            if c.actor1 is not None and c.actor1.head in own:
                continue  # the subject names the state force itself
            lead = _named_group_before(events, ix, c)
        if lead is None:
            continue
        if c.actor1 is not None:
            c.actor2 = c.actor1
        c.actor1, c.assoc, c.actor1_name, c.actor1_inter = lead, [], None, None
        c.sub = territory_by_inter(ref_info(lead).inter) or c.sub


_REL = frozenset({"dont", "que", "qu'", "qu’", "which", "that", "whom"})


def _relative_subject(ix: DocIndex, c: Cand) -> MentionRef | None:
    """The armed non-state group standing between a relative pronoun and the capture verb it
    introduces ("Hit, une ville dont l'État islamique s'était emparé", "a town which IS had
    overrun"), however the parse attached it: the relative clause's own subject."""
    verb = ix.tokens[c.tok]
    sent = ix.sent_tokens.get(c.sent)
    if sent is None:
        return None
    rel = next(
        (i for i in range(c.tok - 1, max(sent.start, c.tok - 8) - 1, -1) if ix.low(i) in _REL),
        None,
    )
    if rel is None:
        return None
    lo = ix.tokens[rel].end
    if c.actor1 is not None and lo <= c.actor1.start < verb.start:
        return None
    for r in ix.in_sentence("actor", c.sent):
        if lo <= r.start and r.end <= verb.start and fighter(r) and ref_info(r).inter in NON_STATE:
            return r
    return None


def _named_group_before(events: list[Cand], ix: DocIndex, c: Cand) -> MentionRef | None:
    """The armed non-state group named last before ``c``'s trigger, within ``_BACK``
    sentences (a generic "les jihadistes" stands for the group the article names most)."""
    start = ix.tokens[c.tok].start
    for si in range(c.sent, max(-1, c.sent - _BACK - 1), -1):
        refs = [r for r in ix.in_sentence("actor", si) if r.start < start]
        for r in reversed(refs):
            got = ref_info(r)
            if got.inter not in NON_STATE or not fighter(r):
                continue
            if r.m.kb_id:
                lead = _story_lead(events, ix, r.m.kb_id)
                if lead is not None:
                    return lead
            return r
    return None


_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_UNNAMED_STRIKER = frozenset({"Unidentified Military Forces"})


@cache
def _speaker_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = data_toml("local_sides.toml").get("speaker_strikes", {})
    return (
        frozenset(fold(w) for w in data.get("lemmas", ())),
        frozenset(fold(w) for w in data.get("possessives", ())),
        frozenset(fold(w) for w in data.get("pronouns", ())),
    )


def speaker_striker(events: list[Cand], ix: DocIndex | None) -> None:
    """A strike told by its own author ("The Russian defence ministry said its jets had killed
    dozens of fighters", "la coalition affirme avoir effectué une centaine de frappes", "the
    coalition said its aircraft had carried out 19 strikes"): the speaker, a state force, a
    government or a coalition, struck, when the strike names no doer of its own in the
    sentence (its actor1 is unnamed or borrowed from another sentence). Between the strike and
    the verb of saying only the speaker's own aircraft ("its jets", "ses avions"), a pronoun
    for it, or no subject at all (an infinitive) may be the doer."""
    if ix is None or not ix.parsed:
        return
    for c in events:
        if c.sub not in _STRIKES or c.tok < 0 or c.modality == "denied":
            continue
        if c.actor1 is not None and c.actor1.sent == c.sent:
            continue  # a doer of the sentence's own
        if c.actor1 is None and c.actor1_name and c.actor1_name not in _UNNAMED_STRIKER:
            continue
        speaker = _own_teller(ix, c)
        if speaker is None or (c.actor1 is not None and _key(c.actor1) == _key(speaker)):
            continue
        if c.actor2 is not None and _key(c.actor2) == _key(speaker):
            continue
        c.actor1, c.actor1_name, c.actor1_inter, c.assoc = speaker, None, None, []


def _own_teller(ix: DocIndex, c: Cand) -> MentionRef | None:
    """The actor subject of the verb of saying the strike hangs under, when nothing else on
    the way up may have struck (see :func:`speaker_striker`)."""
    lemmas, poss, prons = _speaker_words()
    i = c.tok
    for _ in range(5):
        t = ix.tokens[i]
        if t.pos in ("VERB", "AUX") and i != c.tok and fold(ix.lemma(i)) in lemmas:
            return _subject_actor(ix, i, c.sent)
        if t.pos in ("VERB", "AUX"):
            for ch in ix.children[i]:
                if ix.tokens[ch].dep not in ("nsubj", "nsubj:pass", "nsubjpass"):
                    continue
                if fold(ix.low(ch)) in prons:
                    continue
                if any(fold(ix.low(g)) in poss for g in ix.children[ch]):
                    continue  # "its jets", "ses avions": the speaker's own aircraft
                return None  # a doer of its own
        if t.head == i or t.sent != c.sent:
            return None
        i = t.head
    return None


def _subject_actor(ix: DocIndex, verb: int, si: int) -> MentionRef | None:
    """The state force, government or coalition that is the subject of ``verb``."""
    subjects = [ch for ch in ix.children[verb] if ix.tokens[ch].dep in ("nsubj",)]
    if len(subjects) != 1:
        return None
    own = ix.subtree(subjects[0])
    for r in ix.in_sentence("actor", si):
        if r.head not in own:
            continue
        info = ref_info(r)
        if info.media or info.kind in ("person", "party", "agency", "org"):
            return None
        if info.inter == 1 or info.kind in ("state_force", "government", "coalition"):
            return r
        return None
    return None


_AND = re.compile(
    r"^\s*(?:,|et|and|ainsi que|as well as)\s*(?:les |le |la |l'|l’|des |du |the )?\s*$"
)


def _home_forces(iso2: str) -> frozenset[str]:
    return frozenset({f"{iso2.lower()}-military", f"{iso2.lower()}-police"})


def home_force_first(events: list[Cand], ix: DocIndex | None) -> None:
    """ "Les forces irakiennes et le Hachd ont repris X", "the army and the PMF retook X":
    of two allies named together, the state force of the event's country named first leads
    (actor1) and the other is its associate, whichever of them the parse made the subject
    (CONVENTIONS 5: assoc_actor_1 holds the allies named with actor1)."""
    if ix is None:
        return
    for c in events:
        if c.actor1 is None or c.actor1.sent is None or c.place is None:
            continue
        where = (c.place.ref.m.country or "").upper()
        if not where or c.actor1.m.kb_id in _home_forces(where):
            continue
        before = [
            r
            for r in ix.in_sentence("actor", c.actor1.sent)
            if r.end <= c.actor1.start and _AND.match(ix.folded[r.end : c.actor1.start])
        ]
        if not before:
            continue
        lead = before[-1]
        home = lead.m.kb_id in _home_forces(where)
        ground = c.sub in _TERRITORY and fighter(lead) and ref_info(c.actor1).inter != 1
        if not home and not (ground and not (lead.m.kb_id or "").endswith("-air-force")):
            continue  # the country's army leads its allies; of others, the ground taker
        if c.actor2 is not None and _key(c.actor2) == _key(lead):
            continue
        c.assoc = [c.actor1, *(r for r in c.assoc if _key(r) not in (_key(lead), _key(c.actor1)))]
        c.actor1, c.actor1_name, c.actor1_inter = lead, None, None
        if c.sub in _TERRITORY:
            info = ref_info(lead)
            c.sub = territory_by_inter(info.inter, home=info.country, where=where) or c.sub
