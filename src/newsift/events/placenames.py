"""Person links the actors stage made on place names, set aside for the events stage.

The actors stage runs before the places stage and links a name to a person by its letters
alone: "Ain al-Asad air base" holds "al-Asad" (Bashar al-Assad), the town "al-Baghdadi" is
Abu Bakr al-Baghdadi's surname. Once the places stage has read the same span as a place, a
person mention is a place name when it lies inside a longer place name ("Ain al-Asad air
base") or when a locative preposition introduces it ("in al-Baghdadi", "à al-Baghdadi").
"""

from __future__ import annotations

import re

from newsift.events.actors import actor_info
from newsift.model import Document

# a preposition of place right before a name: "in X", "near X", "à X", "près de X"
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|around|outside|inside|into|from|town of|village of|city of|à|a|dans|"
    r"vers|près de|pres de|autour de|ville de|village de|localité de|localite de|"
    r"région de|region de|base de|base d')|\bd')\s*$",
    re.I,
)


def person_place_names(doc: Document) -> set[int]:
    """The ``id`` of each person mention of ``doc`` that is really (part of) a place name."""
    places = [m for m in doc.mentions if m.kind == "place" and (m.precision or 1) <= 2]
    if not places:
        return set()
    out: set[int] = set()
    for m in doc.mentions:
        if m.kind != "actor" or not m.kb_id:
            continue
        if actor_info(m.kb_id, m.canonical or m.text).kind != "person":
            continue
        for p in places:
            if not (p.start <= m.start and m.end <= p.end):
                continue
            longer = p.end - p.start > m.end - m.start
            lead = doc.text[max(0, p.start - 20) : p.start]
            if longer or _LOCATIVE.search(lead):
                out.add(id(m))
                break
    return out
