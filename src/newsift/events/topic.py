"""Places that cannot be where an article's event happened, judged against the article's story.

A quarter named after "quartier de" / "district of" with no city before it is a quarter of the
town the story is about; when the gazetteer links its name to a town far from that one ("le
quartier de Qadissiya" of Tikrit linked to al-Qadisiyah, 300 km away), the link is wrong and
the event belongs to the story's town (:meth:`ArticleExtractor.fallback_place`). A name a
person and a town share ("al-Baghdadi") is the town only after a locative word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.events.actors import actor_info
from newsift.events.where import _lead, place_roles

if TYPE_CHECKING:
    from newsift.events.extract import ArticleExtractor, SentView
    from newsift.events.index import MentionRef

QUARTER_KM = 30.0  # farther than this from the story's town, a "quarter" is not one of it


def far_quarter(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """Is ``r`` a quarter ("quartier de X", "the X district") linked to a place far from the
    town the article is about?"""
    rx = place_roles(x.lang).district
    if rx is None:
        return False
    lead = _lead(x, r, view.start, 40)
    own = x.ix.folded[r.start : r.end]  # the mention may hold the word: "quartier de Qadissiya"
    cuts = [0, *(k + 1 for k, ch in enumerate(own) if ch == " ")]
    if not any(rx.search(lead + own[:k]) for k in cuts):
        return False
    town = x._town_focus() or x.focus
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
            info = actor_info(a.m.kb_id, a.m.canonical or a.m.text)
            if info is not None and info.kind == "person":
                return True
    return False


def located(x: ArticleExtractor, r: MentionRef) -> bool:
    """Is the place introduced by a locative word ("fighting in al-Baghdadi")? Then it is a
    place even where the same name is a person's or an actor's."""
    lead = x.ix.folded[max(0, r.start - 16) : r.start]
    return bool(_LOCATIVE.search(lead))


def person_not_place(x: ArticleExtractor, r: MentionRef) -> bool:
    """Is the mention a person's name that a town shares ("Al-Baghdadi was killed in a US
    raid"), with no locative word making it the town?"""
    return _person_actor(x, r) and not located(x, r)
