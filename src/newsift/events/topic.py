"""Places that cannot be where an article's event happened, judged against the article's story.

A quarter named after "quartier de" / "district of" with no city before it is a quarter of the
town the story is about; when the gazetteer links its name to a town far from that one ("le
quartier de Qadissiya" of Tikrit linked to al-Qadisiyah, 300 km away), the link is wrong and
the event belongs to the story's town (:meth:`ArticleExtractor.fallback_place`). A name a
person and a town share ("al-Baghdadi") is the town only after a locative word.

The extractor's place and trigger rules ask these module functions, each of one question: a
town singled out of an area (:func:`singled_out`), where people only come from
(:func:`people_place`), a place inside an earlier event named as a time reference
(:func:`time_reference`, :func:`after_background`), a zone named as a place rather than
declared (:func:`zone_named`), a facility named by its kind (:func:`facility_place`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.actors import ref_info
from newsift.events.resources import data_toml
from newsift.events.where import _lead, place_roles

if TYPE_CHECKING:
    from newsift.events.extract import ArticleExtractor, Cand, SentView
    from newsift.events.index import MentionRef

_QUARTER = re.compile(
    r"\b(?:quartier|district|neighbou?rhood|quarter)\s+(?:of\s+|d[eu']\s*)\S*\s*$"
)
QUARTER_KM = 30.0  # farther than this from the story's town, a "quarter" is not one of it


@cache
def _lead_cue(lang: str, key: str) -> re.Pattern[str] | None:
    """The patterns of ``key`` in ``data/events/place_topic.toml`` for ``lang``, as one
    pattern that must end where the place mention starts (None when the language has none)."""
    pats = data_toml("place_topic.toml").get(lang, {}).get(key) or []
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in pats) + ")$") if pats else None


def far_quarter(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """Is ``r`` a quarter ("quartier de X", "the X district") linked to a place far from the
    town the article is about?"""
    rx = place_roles(x.lang).district
    if rx is None:
        return False
    lead = _lead(x, r, view.start, 40)
    own = x.ix.folded[r.start : r.end]  # the mention may hold the word: "quartier de Qadissiya"
    cuts = [0, *(k + 1 for k, ch in enumerate(own) if ch == " ")]
    if not any(rx.search(lead + own[:k]) and _QUARTER.search(lead + own[:k]) for k in cuts):
        return False  # "la banlieue de Hama" is Hama's outskirts, not a quarter named Hama
    town = x._town_focus() or x.focus
    # not MentionRef.geo_precision: a town with no precision given is not trusted to be a
    # town here (geo_precision would read it as one), so the default is 3
    if town is None or (town.m.precision or 3) >= 3:
        return False
    if town is None or town is r or r.m.lat is None or town.m.lat is None:
        return False
    from newsift.events.extract import _km

    return _km(r, town) > QUARTER_KM


# a locative or partitive word right before a name makes it a place ("most of al-Baghdadi",
# "in al-Baghdadi", "à al-Baghdadi")
_LOCATIVE = re.compile(
    r"(?:^|\W)(?:in|of|at|near|into|inside|around|outside|from|to|on|à|au|aux|de|d'|du|dans|"
    r"près de|autour de|sur|vers|en)\s*$"
)


def _person_actor(x: ArticleExtractor, r: MentionRef) -> bool:
    """Does an actor mention of a person cover exactly the place's span ("al-Baghdadi", the
    IS leader, and the Anbar town)?"""
    for a in x.ix.in_sentence("actor", r.sent):
        if a.start == r.start and a.end == r.end:
            if x.ix.folded[a.start : a.end] not in (a.m.canonical or "").lower():
                continue  # "Ain al-Asad" linked to Bashar al-Assad: a loose link, not his name
            info = ref_info(a)
            if info is not None and info.kind == "person":
                return True
    return False


def located(x: ArticleExtractor, r: MentionRef) -> bool:
    """Is the place introduced by a locative word ("fighting in al-Baghdadi")? Then it is a
    place even where the same name is a person's or an actor's."""
    lead = x.ix.folded[max(0, r.start - 16) : r.start]
    return bool(_LOCATIVE.search(lead))


# a verb of taking ground right before the name: what is retaken is a town, not the person
_RETAKEN = re.compile(
    r"(?:^|\W)(?:retake|retakes|retaking|retook|retaken|recapture|recaptures|recapturing|"
    r"recaptured|liberate|liberates|liberating|liberated|reprendre|reprend|reprennent|"
    r"reprise|repris|reconquérir|reconquis|libérer|libéré|libérée)\s*$"
)


def person_not_place(x: ArticleExtractor, r: MentionRef) -> bool:
    """Is the mention a person's name that a town shares ("Al-Baghdadi was killed in a US
    raid"), with no locative word ("in", or a verb of retaking ground: "to retake
    al-Baghdadi") making it the town?"""
    if not _person_actor(x, r) or located(x, r):
        return False
    return not _RETAKEN.search(x.ix.folded[max(0, r.start - 16) : r.start])


def singled_out(x: ArticleExtractor, ranked: list[MentionRef], start: int) -> list[MentionRef]:
    """``ranked`` with a town singled out of an area named before it ("sur le sud d'Idleb,
    notamment autour de Khan Cheikhoun") moved first: the event is placed in that town."""
    rx = _lead_cue(x.lang, "including")
    if rx is None or len(ranked) < 2:
        return ranked
    first = ranked[0]
    for r in ranked[1:]:
        # not MentionRef.geo_precision: a place with no precision is no town singled out
        if r.start <= first.start or (r.m.precision or 3) >= 3:
            continue
        if rx.search(x.ix.folded[max(start, r.start - 50) : r.start]):
            return [r, *(p for p in ranked if p is not r)]
    return ranked


_LIST_GAP = re.compile(r"^\s*(?:,|and|et|&|or|ou)\s*(?:(?:de|d'|du|des|of|the|la|le|l')\s*)*$")


def people_place(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """Does the place only say where people come from ("les bus des évacués de Foua et
    Kefraya", "residents of Douma"), alone or listed after such a place?"""
    rx = _lead_cue(x.lang, "people_of")
    if rx is None:
        return False
    places = sorted(x.ix.in_sentence("place", view.si), key=lambda p: p.start)
    k = next((i for i, p in enumerate(places) if p is r), None)
    if k is None:
        return False
    while True:
        p = places[k]
        if rx.search(x.ix.folded[max(view.start, p.start - 60) : p.start]):
            return True
        if k == 0 or not _LIST_GAP.match(x.ix.folded[places[k - 1].end : p.start]):
            return False
        k -= 1


def right_after(x: ArticleExtractor, c: Cand, r: MentionRef) -> bool:
    """Is the place introduced by a locative word just after the trigger ("burned to death
    some 40 people in al-Baghdadi, the town's police chief told")? Then it is the event's
    place, whatever a misparse attaches it to (the speaker, the speech verb)."""
    return 0 <= r.start - c.end <= 40 and located(x, r)


_IN = frozenset({"in", "into", "inside", "within", "dans", "en", "au", "aux"})


def zone_named(x: ArticleExtractor, c: Cand) -> bool:
    """Is a nominal strategic-development trigger ("no-fly zone", "autonomous regions",
    "zone de désescalade") only a place something happens in ("the regrouping of the
    population in the no-fly zone", "federalise the country into three autonomous regions")?
    Declaring or creating a zone is an event; naming one as a place is not."""
    ix = x.ix
    if c.sub != "Other" or not ix.parsed or ix.tokens[c.tok].pos not in ("NOUN", "PROPN"):
        return False
    t = ix.tokens[c.tok]
    if any(ix.low(ch) in _IN and ix.tokens[ch].dep == "case" for ch in ix.children[c.tok]):
        return True
    return t.dep == "pobj" and t.head != c.tok and ix.low(t.head) in _IN


_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def after_background(x: ArticleExtractor, here: list[Cand]) -> None:
    """ "In June, IS had overrun most of Salahuddin province after the fall of Mosul": a
    change of hands named after "after" / "après" is the time reference of the event the
    sentence tells, an earlier event of its own, not this one; it must not lend the told
    event its place or type (merged with it), so it is dropped when another event remains."""
    live = [c for c in here if c.dropped is None]
    for c in live:
        if c.sub not in _TERRITORY or x.ix.tokens[c.tok].pos not in ("NOUN", "PROPN"):
            continue
        if not x._after_cue(c):
            continue
        if any(o is not c and o.start != c.start and not x._after_cue(o) for o in live):
            c.dropped = "background"


def time_reference(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """Is the place inside an earlier event named as a time reference ("IS overran
    Salahuddin province after the fall of Mosul")?"""
    rx = _lead_cue(x.lang, "time_ref")
    return bool(rx and rx.search(x.ix.folded[max(view.start, r.start - 50) : r.start]))


@cache
def _facilities(lang: str) -> list[list[str]]:
    return [
        [w.lower() for w in g]
        for g in data_toml("place_topic.toml").get(lang, {}).get("facility") or []
    ]


def facility_place(x: ArticleExtractor, toks: frozenset[int], si: int) -> MentionRef | None:
    """ "Troops would be deployed to the airfield", "Daech pourrait reprendre la raffinerie":
    a facility named by its kind with a definite article, and no place of its own, is the
    facility of that kind named earlier in the article (its place mention)."""
    ix = x.ix
    groups = _facilities(x.lang)
    if not groups or not toks:
        return None
    kinds: list[list[str]] = []
    own: list[str] = []
    for i in sorted(toks):
        low = ix.low(i)
        if i == 0 or ix.low(i - 1) not in ("the", "la", "le", "l'", "l’", "les"):
            continue
        found = [g for g in groups if low in g]
        kinds.extend(found)
        own.extend([low] if found else [])
    if not kinds:
        return None
    pos = x.sents.index(si) if si in x.sents else 0
    # "l'aéroport": the latest airport named before, then the latest of its kind ("la base")
    for words in (own, [w for g in kinds for w in g]):
        for back in range(1, pos + 1):  # the latest such facility named before, anywhere above
            for r in reversed(ix.in_sentence("place", x.sents[pos - back])):
                # the mention, its name, and the words just before it ("la raffinerie de Baïji")
                lead = x.ix.folded[max(0, r.start - 25) : r.start]
                names = f"{lead} {x.ix.folded[r.start : r.end]} {(r.m.canonical or '').lower()}"
                if any(w in names for w in words):
                    return r
    return None
