"""ACLED's unit of account: one event per actors + place + day, repeats merged.

Within a sentence, candidates sharing actors, place and day are one event whose type ACLED's
precedence decides ("liberated ... after they had retaken" is one territory change; "lifted the
siege" beats the clash its "siege" suggests). Across an article, a later mention of the same
event (same type, same place, compatible actors, and the same day or no date of its own) is a
repeat: the row keeps the best evidence and the explicit date. One fight told from its two
sides is one event too: in a sentence, two battle rows at one place and day whose actor1 differ
("une attaque des rebelles ... repoussée par les Kurdes", "IS fighters overran X, pushing the
police back"), and across sentences a clash at the place and on the day of a capture (its
sub-steps, the assault that led to it): the territory change keeps actor1 (CONVENTIONS 3-4).
"""

from __future__ import annotations

from functools import cache

from newsift.events.actors import (
    CHANGES_OF_HANDS,
    GRT,
    more_specific,
    same_side,
    territory_by_inter,
)
from newsift.events.belligerent import (
    anaphoric_capturer,
    home_force_first,
    own_capturer,
    speaker_striker,
    story_belligerent,
)
from newsift.events.deals import deal_parties
from newsift.events.extract import Cand
from newsift.events.index import DocIndex
from newsift.events.resources import data_toml, fold, place_identity, schema
from newsift.events.story import BACKGROUND_DAYS
from newsift.events.when import When

TERRITORY = CHANGES_OF_HANDS
NVT = "Non-violent transfer of territory"
HYPOTHETICAL = frozenset({"speculative", "planned"})
# Means of remote violence that belong to different hands: aircraft and artillery to armies,
# suicide bombers, roadside bombs and grenades to armed groups. Told in different sentences,
# one of each is never one event.
STATE_MEANS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
GROUP_MEANS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})
WEAK_DATES = frozenset({"inherited", "published", "none"})
PLACE_RANK = {"clause": 0, "sentence": 1, "anaphor": 2, "previous": 3, "focus": 4}


def place_key(c: Cand) -> object:
    if c.place is None:
        return None
    m = c.place.ref.m
    return place_identity(m)


def actor_key(ref: object) -> object:
    if ref is None:
        return None
    m = ref.m  # type: ignore[attr-defined]
    return m.kb_id or fold(m.name)


def _kb_id(ref: object) -> str | None:
    return None if ref is None else ref.m.kb_id  # type: ignore[attr-defined]


def _one_side(a: object, b: object) -> bool:
    """Do two actor mentions name one side, by a bare word and by its name ("les rebelles"
    and "Jaich al-Fatah")? A repeat of an act told that way is one event, not two."""
    return same_side(_kb_id(a), _kb_id(b))


def _weak(c: Cand) -> bool:
    return c.date_basis in WEAK_DATES or c.when is None


def _dates_ok(a: Cand, b: Cand, same_sentence: bool) -> bool:
    if same_sentence and _background_beside(a, b):
        return False  # "ont repris Mossoul, tombée aux mains de l'EI en 2014": two events
    if _weak(a) or _weak(b):
        # a story day carried over ("inherited") is no wildcard for a day years away: "three
        # suicide bombers blew themselves up" is not the bombing "of September 2015"
        if same_sentence or a.when is None or b.when is None:
            return True
        if _guessed_place(a) or _guessed_place(b):
            return True
        return _apart_days(a.when, b.when) <= 31
    assert a.when is not None and b.when is not None
    if (
        same_sentence
        and a.sub == b.sub
        and a.modality == b.modality
        and (_day_in_range(a.when, b.when) or _day_in_range(b.when, a.when))
    ):
        return True  # "les raids de lundi et mardi": the days' row and the first day's are one
    return a.when.value == b.when.value and a.when.range_end == b.when.range_end


RANGE_DAYS = 14  # a span of named days ("lundi et mardi", "from 3 to 9 May"), not a season


def _day_in_range(span: When, day: When) -> bool:
    """Is ``day`` the first day of ``span``, a short range of days? One sentence telling
    "raids on Monday and Tuesday" reads a row for the range and one for its first day: one
    event (of one type, told with one modality: the strikes of a night and the interceptions
    a ministry reports that night are two). A row on a later day of the range is another act
    told with it ("entered the suburbs on the 8th and, the next day, announced its
    liberation")."""
    if span.range_end is None or span.precision > 2 or day.precision != 1:
        return False
    if day.range_end not in (None, day.value) or (span.end - span.start).days > RANGE_DAYS:
        return False
    return day.start == span.start


def _background_beside(a: Cand, b: Cand) -> bool:
    """In one sentence, is one candidate dated by its own clause long before the day the
    other (undated by its words) takes from the story? Then the first is a background event
    told in passing, not the same event (see :mod:`newsift.events.past`)."""
    if a.when is None or b.when is None or _weak(a) == _weak(b):
        return False
    strong, weak = (b, a) if _weak(a) else (a, b)
    assert strong.when is not None and weak.when is not None
    return (weak.when.start - strong.when.end).days > BACKGROUND_DAYS


def _apart_days(a: When, b: When) -> int:
    """Days between two dates' spans (0 when they overlap)."""
    if a.end < b.start:
        return (b.start - a.end).days
    if b.end < a.start:
        return (a.start - b.end).days
    return 0


# Means that never tell the same event across sentences: an air strike is not the suicide
# bombing or the roadside bomb told in another sentence of the same day and place.
_AIR = frozenset({"Air/drone strike"})
_GROUND_BOMBS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})


def _mode(c: Cand) -> str:
    if c.modality in HYPOTHETICAL:
        return "hypothetical"
    return "denied" if c.modality == "denied" else "factual"


# Strategic developments that are never the same event as a violent one told in the same
# sentence ("armed groups fighting in X signed a ceasefire": a clash and an agreement).
APART = frozenset(
    {"Agreement", "Other", "Headquarters or base established", "Change to group/activity"}
)


def _country_of(c: Cand) -> str | None:
    if c.place is None:
        return None
    return (c.place.ref.m.country or "").upper() or None


def _is_country(c: Cand) -> bool:
    """Is the event placed at a whole country (a country mention, not a town in it)?"""
    if c.place is None:
        return False
    p = c.place.ref.m.precision
    try:
        return int(p) >= 3
    except (TypeError, ValueError):
        return False


def _places_ok(a: Cand, b: Cand) -> bool:
    """Same place, or one of them placed only at the country the other lies in ("a missile
    attack on Saudi Arabia" restating "a missile landed in Jizan")."""
    if place_key(a) == place_key(b):
        return True
    if a.sub != b.sub or a.sent == b.sent:
        return False
    if _is_country(a) != _is_country(b):
        broad, fine = (a, b) if _is_country(a) else (b, a)
        if _outside_province(fine, broad):
            return False
        return _country_of(a) is not None and _country_of(a) == _country_of(b)
    return False


def _outside_province(fine: Cand, broad: Cand) -> bool:
    """Is ``broad`` a province (a wide place with a province of its own, not a country) that
    ``fine``'s town lies outside? "Russian jets struck near Homs ... Other strikes hit northern
    Hama province" tells two strikes, not one; only a country-wide mention, or a province the
    town lies in, may restate a town's event."""
    assert fine.place is not None and broad.place is not None
    if str(broad.place.ref.m.kb_id or "").startswith("region:"):
        return False  # a region of several provinces ("le Kurdistan"): no province to compare
    province, own = broad.place.ref.m.admin1, fine.place.ref.m.admin1
    return bool(province and own) and fold(str(province)) != fold(str(own))


FIGHT = TERRITORY | {"Armed clash"}


def _day(c: Cand) -> str | None:
    """The event's own day (ISO, day precision), if its date is one day."""
    if c.when is None or c.when.range_end not in (None, c.when.value):
        return None
    return c.when.value if len(c.when.value) == 10 else None


def one_fight(a: Cand, b: Cand, yielding: frozenset[int] | set[int] = frozenset()) -> bool:
    """Are ``a`` and ``b`` rows of one fight (ACLED: one event per actors + place + day),
    whoever each names as actor1? In one sentence: two battle rows (clash or change of
    hands) at the same place with the same date; two changes of hands of different kinds only
    when one is read from a yielding verb ("withdrew from X, which the army entered"): "seized
    in August, retaken ten days later" is two events. Across sentences: a clash at the place and
    on the day of a capture, neither a guess (CONVENTIONS 3: the sub-steps of a capture the
    same day at the same place are part of it; an assault launched that day is the capture)."""
    if a.sub not in FIGHT or b.sub not in FIGHT:
        return False
    if place_key(a) is None or place_key(a) != place_key(b) or _mode(a) != _mode(b):
        return False
    if a.sent == b.sent:
        apart = a.sub in TERRITORY and b.sub in TERRITORY and a.sub != b.sub
        if apart and not {id(a), id(b)} & yielding:
            return False
        if _weak(a) or _weak(b):
            return True  # the story's day, or none: the other row's day is the act's
        assert a.when is not None and b.when is not None
        return a.when.value == b.when.value and a.when.range_end == b.when.range_end
    if (a.sub in TERRITORY) == (b.sub in TERRITORY):
        return False  # lost and retaken on one day are two events
    capture, clash = (a, b) if a.sub in TERRITORY else (b, a)
    day = _day(capture)
    if day is None or _day(clash) != day or clash.title:
        return False
    if _guessed_place(capture) or _guessed_place(clash):
        return False
    if capture.title:
        return True  # the headline's capture, dated by the day the body tells
    if _weak(capture):
        return False
    return not _weak(clash) or abs(a.sent - b.sent) <= 3


def compatible(a: Cand, b: Cand, yielding: frozenset[int] | set[int] = frozenset()) -> bool:
    same_sentence = a.sent == b.sent
    if not _places_ok(a, b):
        return False
    if one_fight(a, b, yielding):
        return not (same_sentence and _background_beside(a, b))
    if same_sentence and a.sub != b.sub and (a.sub in APART or b.sub in APART):
        et = schema().event_type
        if et.get(a.sub) != et.get(b.sub):
            return False
    ka, kb = actor_key(a.actor1), actor_key(b.actor1)
    if ka is not None and kb is not None and ka != kb and not _one_side(a.actor1, b.actor1):
        return False
    if not _dates_ok(a, b, same_sentence):
        return False
    if _mode(a) != _mode(b):
        return False  # a prediction or a denial is not a repeat of what happened
    if same_sentence:
        return True
    if {a.sub, b.sub} & _AIR and {a.sub, b.sub} & _GROUND_BOMBS:
        return False  # "three suicide bombers blew themselves up ... the air force struck"
    if (a.launch and b.sub in TERRITORY) or (b.launch and a.sub in TERRITORY):
        return False  # "l'offensive avait été lancée le 23 mai": not the capture told elsewhere
    near = abs(a.sent - b.sent) <= 3
    if not near and _guessed_place(a) and _guessed_place(b):
        return False  # two events far apart, neither placed by its own words
    if a.sub == b.sub:
        return True
    if {a.sub, b.sub} & STATE_MEANS and {a.sub, b.sub} & GROUP_MEANS:
        return False  # "Russian jets struck ..." then "a suicide car bomb killed ...": two events
    if not _restatable(a, b):
        return False
    et = schema().event_type
    same_family = et.get(a.sub) == et.get(b.sub) or (a.sub in TERRITORY and b.sub in TERRITORY)
    return same_family and (_weak(a) or _weak(b)) and (near or not _guessed_place(a))


def _restatable(a: Cand, b: Cand) -> bool:
    """May two candidates of one family but different sub-event types, told in different
    sentences, name one act? Not, beyond :func:`one_fight`, a foretold clash and a foretold
    change of hands: "ses forces lanceraient une opération" and "la ville pourrait tomber"
    are two statements of what may come, often by two speakers, each an event of its own
    (CONVENTIONS 6). (Two kinds of strategic development kept apart the same way recovered
    one gold row for ten more predictions, the noise a merge had hidden: left as it was.)"""
    if (a.sub in TERRITORY) != (b.sub in TERRITORY) and {a.sub, b.sub} <= FIGHT:
        return _mode(a) != "hypothetical"
    return True


def _guessed_place(c: Cand) -> bool:
    """Is the event's place a guess (the article's focus, or none)?"""
    return c.place is None or c.place.basis == "focus"


def _absorb(keep: Cand, other: Cand) -> None:
    """Fold ``other`` into ``keep`` (keep = the group's best evidence so far)."""
    rank = schema().rank
    settled_means = keep.settled and keep.sub in STATE_MEANS and other.sub in STATE_MEANS
    k1, o1 = actor_key(keep.actor1), actor_key(other.actor1)
    # one fight told from both sides (not one side named twice: "les rebelles", "Jaich al-Fatah")
    sides = k1 is not None and o1 is not None and k1 != o1
    if sides and _one_side(keep.actor1, other.actor1):
        sides = False
        if more_specific(str(_kb_id(other.actor1)), str(_kb_id(keep.actor1))):
            keep.actor1, keep.actor1_name, keep.actor1_inter = other.actor1, None, None
            k1 = o1
    if sides and keep.sub in TERRITORY:
        pass  # a fight's lead keeps its change of hands (CONVENTIONS 4: it beats the clash)
    elif rank.get(other.sub, 99) < rank.get(keep.sub, 99) and not settled_means:
        _type_with_doer(keep, other)
        keep.sub = other.sub  # (mortar fire a rule settled stands against a merged air strike)
    if _weak(keep) and not _weak(other):
        keep.when, keep.date_basis = other.when, other.date_basis
    elif (
        keep.sent == other.sent
        and keep.when is not None
        and other.when is not None
        and _day_in_range(other.when, keep.when)
    ):
        keep.when = other.when  # the row of "lundi et mardi" keeps both days
    if other.place is not None and (
        keep.place is None or PLACE_RANK[other.place.basis] < PLACE_RANK[keep.place.basis]
    ):
        keep.place = other.place
    if keep.actor1 is None and other.actor1 is not None:
        keep.actor1, keep.actor1_name, keep.actor1_inter = other.actor1, None, None
    if keep.actor1 is None and keep.actor1_name is None:
        keep.actor1_name, keep.actor1_inter = other.actor1_name, other.actor1_inter
    if keep.actor2 is None:
        keep.actor2 = other.actor1 if sides else other.actor2
        if actor_key(keep.actor2) == k1:
            keep.actor2 = None
    known = {actor_key(r) for r in (keep.actor1, *keep.assoc)}
    for r in [] if sides else other.assoc:
        if actor_key(r) not in known:
            keep.assoc.append(r)
            known.add(actor_key(r))
    figures = [f for f in (keep.fatalities, other.fatalities) if f is not None]
    keep.fatalities = min(figures) if figures else None
    if (
        keep.modality != "asserted"
        and other.modality == "asserted"
        and other.sent != keep.sent
        and not _weak(other)
        and not other.title
    ):
        keep.modality, keep.claimant = "asserted", None  # the author states it elsewhere
    keep.confidence = round(min(0.99, max(keep.confidence, other.confidence) + 0.02), 3)
    keep.contested.extend(x for x in other.contested if x not in keep.contested)
    keep.title = keep.title and other.title  # told in the body too: a body event


def _type_with_doer(keep: Cand, other: Cand) -> None:
    """A row that takes another family's type from ``other`` takes its doer too: "l'armée,
    appuyée par l'aviation russe, a repris X" reads a strike from the backer's aircraft and
    a capture from the verb; the capture wins by precedence, and so does its side. The type
    and actor1 of a row come from one reading; the backer stays an associate."""
    et = schema().event_type
    if et.get(keep.sub) == et.get(other.sub) or keep.sub.startswith("@"):
        return
    if keep.sub in TERRITORY and other.sub in TERRITORY:
        return  # one change of hands told twice: the type follows the taker, not the reverse
    if other.actor1 is None and not other.actor1_name:
        return
    if keep.actor1 is not None and actor_key(keep.actor1) != actor_key(other.actor1):
        keep.assoc = [keep.actor1, *(r for r in keep.assoc if r is not keep.actor1)]
    if keep.actor2 is not None and actor_key(keep.actor2) == actor_key(other.actor1):
        keep.actor2 = None  # the strike's "target" was the capturer backed by it
    keep.actor1, keep.actor1_name, keep.actor1_inter = (
        other.actor1,
        other.actor1_name,
        other.actor1_inter,
    )


def retype_territory(c: Cand) -> None:
    """Re-decide a merged territory change by its merged actor1, as the typing rules do for a
    single mention: a fall told without its taker ("Kobané libérée") is typed as the state
    regaining it; once a repeat naming the rebels who took it is merged in, a non-state
    actor1 regains nothing for a government, it overtakes the ground."""
    if c.sub != GRT:
        return
    info = c.info1()
    inter = info.inter if info is not None else c.actor1_inter
    c.sub = territory_by_inter(inter, other=GRT) or GRT


def _truce_parties(here: list[Cand]) -> None:
    """ "Des affrontements avaient opposé X à Y, avant qu'une trêve ne soit conclue sous
    l'égide de la Russie": a truce that names no party of its own, told in the sentence of a
    fight with both sides named, is between those sides."""
    et = schema().event_type
    fights = [
        c
        for c in here
        if et.get(c.sub) == "Battles" and c.actor1 is not None and c.actor2 is not None
    ]
    if len(fights) != 1:
        return
    for c in here:
        if c.sub == "Agreement" and c.actor1 is None and c.actor1_name is None:
            c.actor1, c.actor2 = fights[0].actor1, fights[0].actor2


@cache
def _yielding_lemmas() -> frozenset[str]:
    return frozenset(data_toml("merge.toml").get("yielding", {}).get("lemmas", ()))


@cache
def _entering_lemmas() -> frozenset[str]:
    return frozenset(data_toml("merge.toml").get("entering", {}).get("lemmas", ()))


_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_NOUN_LINKS = frozenset(
    {"nmod", "compound", "flat", "flat:name", "amod", "appos", "conj", "pobj", "prep"}
)


def _subject_verb(ix: DocIndex, head: int | None) -> int | None:
    """The verb whose subject the mention headed by ``head`` is (also as the noun's
    complement or conjunct: "les unités du Hachd", "X et Y"), else None."""
    t = head
    for _ in range(4):
        if t is None or t < 0:
            return None
        tok = ix.tokens[t]
        if tok.dep in _SUBJECT_DEPS:
            if tok.head == t:
                return None
            verb = ix.tokens[tok.head]
            return verb.head if verb.dep.startswith("aux") else tok.head  # "a" tagged as a verb
        relcl = next((ch for ch in ix.children[t] if ix.tokens[ch].dep.startswith("acl")), None)
        if relcl is not None and ix.lemma(relcl) in _entering_lemmas():
            return relcl  # "les unités du Hachd y sont entrées" parsed as a relative clause
        if tok.dep not in _NOUN_LINKS or tok.head == t:
            return None
        t = tok.head
    return None


# a side leaving the place itself ("the last convoy left the town", "que les jihadistes venaient
# d'évacuer"); "withdrew to spare the civilians" or "abandoned within hours" (a rout: the
# ground was taken) before an entry is no hand-over
_LEAVING = frozenset({"quitter", "évacuer", "leave", "evacuate", "vacate"})


def _entry_after_departure(c: Cand, ix: DocIndex | None) -> None:
    """An entry into a place the other side has just left, told in one sentence ("Turkish-
    backed fighters entered Ras al-Ain, hours after the last convoy of the SDF left the town",
    "les rebelles sont entrés dans X, que les FDS venaient d'évacuer"): ground changing hands
    without a fight (CONVENTIONS 4), the side that left is actor2."""
    if c.sub not in TERRITORY or c.sub == NVT or c.actor1 is None or ix is None:
        return
    if not ix.parsed or c.tok < 0 or ix.lemma(c.tok) not in _entering_lemmas():
        return
    if ix.lemma(c.tok) in ("reprendre", "retake", "prendre", "take"):
        return  # a capture verb, not an entry
    own = actor_key(c.actor1)
    for r in ix.in_sentence("actor", c.sent):
        if actor_key(r) == own or r is c.actor1:
            continue
        v = _subject_verb(ix, r.head)
        if v is not None and ix.lemma(v) not in _yielding_lemmas():
            # "que les jihadistes venaient d'évacuer": the verb's complement yields
            v = next((x for x in ix.children[v] if ix.tokens[x].dep == "xcomp"), v)
        if v is None or v == c.tok or ix.lemma(v) not in _yielding_lemmas():
            continue
        if ix.lemma(v) not in _LEAVING:
            continue  # a defence or a tactical withdrawal, not the place left to the entrant
        c.sub, c.actor2 = NVT, r
        return


@cache
def _denying_lemmas() -> frozenset[str]:
    return frozenset(data_toml("merge.toml").get("denying", {}).get("lemmas", ()))


def _denier_side(c: Cand, ix: DocIndex | None) -> None:
    """A denied act whose words name no doer (no actor1, or ACLED's unidentified forces) is
    the denier's: the subject of the denial verb of its sentence, when it is a state or an
    armed side ("la coalition a démenti que ses avions aient frappé X", "the Turkish general
    staff denied any shelling of X"); a ministry or a government stands for its forces (the
    events stage writes a state fighting through its forces)."""
    if c.modality != "denied" or ix is None or not ix.parsed:
        return
    if c.actor1 is not None or (c.actor1_name and not c.actor1_name.startswith("Unidentified")):
        return
    for r in ix.in_sentence("actor", c.sent):
        verbs = (_subject_verb(ix, t) for t in (r.head, *r.toks))
        v = next((x for x in verbs if x is not None), None)
        if v is None or ix.lemma(v) not in _denying_lemmas():
            continue
        info = _info_of(r)
        if info is None or info.media or info.inter not in (1, 2, 3, 4, 8):
            return
        if info.kind == "person":
            return
        c.actor1, c.actor1_name, c.actor1_inter = r, None, None
        if c.actor2 is r or actor_key(c.actor2) == actor_key(r):
            c.actor2 = None
        return


def _info_of(r: object) -> object:
    from newsift.events.actors import actor_info

    m = r.m  # type: ignore[attr-defined]
    return actor_info(m.kb_id, m.name)


def _hand_over_entrant(c: Cand, ix: DocIndex | None) -> None:
    """A hand-over whose actor1 is the subject of a yielding verb ("les peshmergas ont quitté
    Sinjar sans combattre, et les unités du Hachd y sont entrées"; "que les Peshmerga venaient
    d'évacuer"): the armed side that is the subject of an entering verb of the same sentence
    (merge.toml) takes the ground, so it is actor1 and the side that left actor2."""
    if c.sub != NVT or c.actor1 is None or ix is None or not ix.parsed:
        return
    verb = _subject_verb(ix, c.actor1.head)
    if verb is None or ix.lemma(verb) not in _yielding_lemmas():
        return
    own = actor_key(c.actor1)
    for r in ix.in_sentence("actor", c.sent):
        if actor_key(r) == own or r is c.actor1:
            continue
        v = _subject_verb(ix, r.head)
        if v is None or v == verb or ix.lemma(v) not in _entering_lemmas():
            continue
        c.actor1, c.actor2, c.assoc = r, c.actor1, []
        c.actor1_name, c.actor1_inter = None, None
        return


def merge(cands: list[Cand], ix: DocIndex | None = None) -> list[Cand]:
    """Group candidates into events: first within each sentence (ACLED precedence), then
    repeats across the article (document order kept by first mention); a headline that
    restates an event of the body is folded into it. With the document's index ``ix``, a
    row read from a yielding verb (withdrew, repelled) never carries a fight's actor1."""
    yielding: set[int] = set()
    if ix is not None and ix.parsed:
        words = _yielding_lemmas()
        yielding = {id(c) for c in cands if c.tok >= 0 and ix.lemma(c.tok) in words}
    by_sentence: dict[int, list[Cand]] = {}
    for c in cands:
        by_sentence.setdefault(c.sent, []).append(c)
    firsts: list[Cand] = []
    for sent in sorted(by_sentence):
        _truce_parties(by_sentence[sent])
        firsts.extend(_group(by_sentence[sent], yielding))
    events = _fold_titles(_group(firsts, yielding))
    own_capturer(events, ix)  # a capture's own non-state subject over a borrowed state
    anaphoric_capturer(events, ix)  # "the group overran X": the group named before
    for c in events:
        _denier_side(c, ix)
        _entry_after_departure(c, ix)
        _hand_over_entrant(c, ix)
        retype_territory(c)  # once every repeat has brought in its actors
    deal_parties(events, ix)  # a deal's government party, from the whole article
    story_belligerent(events, ix)  # a battle naming no side: the article's belligerent
    home_force_first(events, ix)  # "l'armée et le Hachd ont repris": the army leads
    speaker_striker(events, ix)  # "the ministry said its jets struck": the speaker's strike
    return events


def _title_fit(e: Cand, b: Cand) -> tuple[int, int, int, float]:
    """How well body event ``b`` fits headline event ``e`` (lower is better)."""
    return (
        0 if b.sub == e.sub else 1,
        0 if place_key(b) == place_key(e) else 1,
        0 if actor_key(b.actor1) == actor_key(e.actor1) else 1,
        -b.confidence,
    )


# ACLED event types of violence: a headline may name the outcome ("assassiné à X", "killed in
# X") of the act whose means the body tells (a strike, a bombing, a clash)
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
TITLE_DAYS = 7  # a headline's act lies within a week of the body's told day


def _title_outcome_of(e: Cand, b: Cand) -> bool:
    """Does headline event ``e`` restate body event ``b`` under another type of violence?
    "Samir K. assassiné à Jaramana" over "des missiles israéliens ont frappé un immeuble de
    Jaramana": the headline names the killing, the body the strike; one act (CONVENTIONS 3:
    repeats merge). Same place by its own name, same modality, a day close to the body's;
    a change of hands in a headline is a claim of its own and is never folded this way."""
    et = schema().event_type
    if e.sub in TERRITORY or b.sub in TERRITORY or _mode(b) != _mode(e):
        return False
    if et.get(e.sub) not in VIOLENT_TYPES or et.get(b.sub) not in VIOLENT_TYPES:
        return False
    if place_key(e) is None or place_key(e) != place_key(b) or _guessed_place(b):
        return False
    if e.when is None or b.when is None:
        return True
    return _apart_days(e.when, b.when) <= TITLE_DAYS


def _fold_titles(events: list[Cand]) -> list[Cand]:
    """A headline event restates a body event of the same ACLED event type (the body has the
    place and the day), or, with none, the violent act at its place whose outcome it names
    (:func:`_title_outcome_of`): it merges into the best such body event instead of standing
    alone."""
    et = schema().event_type
    body = [e for e in events if not e.title]
    out: list[Cand] = []
    for e in events:
        if not e.title:
            out.append(e)
            continue
        same = [b for b in body if et.get(b.sub) == et.get(e.sub) and _mode(b) == _mode(e)]
        same = same or [b for b in body if _title_outcome_of(e, b)]
        if not same:
            out.append(e)
            continue

        target = min(same, key=lambda b: _title_fit(e, b))
        target.confidence = round(min(0.99, target.confidence + 0.02), 3)
        if e.fatalities is not None and (target.fatalities is None or e.toll_update):
            target.fatalities = e.fatalities  # "Death toll from Aleppo bombing rises to 126"
        if target.actor1 is None:
            target.actor1 = e.actor1
    return out


def group_toll(g: list[Cand]) -> tuple[int | None, bool]:
    """The figure of a group of mentions of one event: the lowest of one sentence (ACLED's
    rule for differing figures), the first sentence's otherwise (the lead gives the event's
    toll; later figures are often parts of it), replaced by a later raised toll ("the death
    toll rose to 15"). Returns the figure and whether it is a raised toll."""
    fig: int | None = None
    sent, update = -1, False
    for c in sorted(g, key=lambda x: (x.sent, x.start)):
        if c.fatalities is None:
            continue
        if fig is None or (c.toll_update and c.sent != sent):
            fig, sent, update = c.fatalities, c.sent, c.toll_update
        elif c.sent == sent:
            fig = min(fig, c.fatalities)
    return fig, update


def _fight_lead(g: list[Cand], yielding: set[int]) -> Cand | None:
    """The row that speaks for a fight whose rows name different actor1: a change of hands
    before a clash, then a row not read from a yielding verb, then a body row with its own
    date, then the one placed by its own clause, then the surest. A capture that absorbed the
    clash of another sentence speaks for it too (its evidence, not the fighting's)."""
    sides = len({actor_key(x.actor1) for x in g if x.actor1 is not None}) > 1
    told_apart = len({x.sent for x in g}) > 1 and any(x.sub in TERRITORY for x in g)
    if not sides and not (told_apart and any(x.sub == "Armed clash" for x in g)):
        return None
    return min(
        g,
        key=lambda x: (
            x.sub not in TERRITORY,
            id(x) in yielding,
            x.title,
            _weak(x),
            PLACE_RANK[x.place.basis] if x.place is not None else 9,
            -x.confidence,
            x.sent,
            x.start,
        ),
    )


def _entrant(best: Cand, g: list[Cand], yielding: set[int]) -> Cand | None:
    """The row of a one-sentence fight group whose actor1 moved in, when the group's lead (a
    change of hands) was read from a yielding verb ("sont entrées à Dibis, que les Peshmerga
    venaient d'évacuer"): the lead keeps its type, the entrant becomes actor1."""
    if id(best) not in yielding or best.sub not in TERRITORY or best.actor1 is None:
        return None
    own = actor_key(best.actor1)
    return next(
        (
            x
            for x in g
            if x is not best
            and x.sent == best.sent
            and id(x) not in yielding
            and x.actor1 is not None
            and actor_key(x.actor1) != own
        ),
        None,
    )


def _group(cands: list[Cand], yielding: set[int] | None = None) -> list[Cand]:
    groups: list[list[Cand]] = []
    for c in cands:
        for g in groups:
            if all(compatible(x, c, yielding or set()) for x in g):
                g.append(c)
                break
        else:
            groups.append([c])
    out: list[Cand] = []
    for g in groups:
        best = _fight_lead(g, yielding or set()) or max(
            g,
            key=lambda x: (not _weak(x), x.confidence, -schema().rank.get(x.sub, 99)),
        )
        toll = group_toll(g)  # read before absorbing changes the best's figure
        entrant = _entrant(best, g, yielding or set())
        for other in g:
            if other is not best:
                _absorb(best, other)
        if entrant is not None:  # the side moving in holds the ground, the yielder is actor2
            best.actor1, best.actor2, best.assoc = (
                entrant.actor1,
                best.actor1,
                list(entrant.assoc),
            )
        best.fatalities, best.toll_update = toll
        out.append(best)
    out.sort(key=lambda c: (c.ev_start, c.start))
    return out
