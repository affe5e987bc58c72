"""The parties of a local deal, decided with the whole article's evidence.

tests/CONVENTIONS.md codes a deal (ceasefire, surrender or evacuation deal) and a departure
carried out under it with the government party as actor1, the armed opposition as actor2. A
clause often names only one side ("l'accord conclu avec les chefs de Faylaq al-Rahman", "the
first buses carrying rebels left the district", "un accord a été conclu ... avec les
autorités"), or names the broker first ("l'accord, parrainé par la Russie, conclu entre ...").
When the deal's place is in a country whose state the article names, and the only party the
clause gives is that country's armed opposition (``data/events/deals.toml``), the state is the
other party: the article's most named state force of that country (the events stage writes a
state party of a deal as its government). A party that is the state itself, told as actor2,
becomes actor1; a foreign broker is never actor1 when the state it brokered for is named.
Deals between other sides (Kurdish forces and the Islamic State, two foreign capitals) are
left as the clause tells them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.actors import in_family, ref_info
from newsift.events.index import DocIndex, MentionRef
from newsift.events.resources import countries, data_toml

if TYPE_CHECKING:
    from newsift.events.extract import Cand

DEAL = "Agreement"


@cache
def _leaving() -> frozenset[str]:
    return frozenset((data_toml("deals.toml").get("departures") or {}).get("lemmas", ()))


@cache
def _data() -> tuple[dict[str, frozenset[str]], re.Pattern[str]]:
    data = data_toml("deals.toml")
    opposition = {k.upper(): frozenset(v) for k, v in (data.get("opposition") or {}).items()}
    words = (data.get("brokers") or {}).get("words", ())
    brokers = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*", re.I)
    return opposition, brokers


def opposition_of(ref: MentionRef | None, iso2: str) -> bool:
    """Is ``ref`` the armed opposition of country ``iso2`` (deals.toml)?"""
    if ref is None:
        return False
    families = _data()[0].get(iso2)
    return bool(families) and in_family(ref.m.kb_id, families)  # type: ignore[arg-type]


def _state_of(ref: MentionRef | None, iso2: str) -> bool:
    if ref is None:
        return False
    info = ref_info(ref)
    return info.inter == 1 and not info.media and (info.country or "").upper() == iso2


def _broker(ix: DocIndex, ref: MentionRef) -> bool:
    """ "sous l'égide de la Russie", "Russian-brokered", "parrainé par Moscou": the broker."""
    sent = ix.sentences[ref.sent] if ref.sent is not None else None
    lo = max(sent.start if sent else 0, ref.start - 40)
    before = ix.folded[lo : ref.start]
    after = ix.folded[ref.end : ref.end + 12]
    return bool(_data()[1].search(before)) or bool(re.match(r"^-?(?:brokered|sponsored)", after))


def _article_state(ix: DocIndex, sents: set[int], iso2: str) -> MentionRef | None:
    """The article's most named state force (or government) of ``iso2``, the first on a tie."""
    counts: dict[str, list[MentionRef]] = {}
    for si in sorted(sents):
        for r in ix.in_sentence("actor", si):
            if _state_of(r, iso2):
                name = ref_info(r).name
                counts.setdefault(name, []).append(r)
    if not counts:
        return None
    return max(counts.values(), key=lambda rs: (len(rs), -rs[0].start))[0]


def deal_parties(events: list[Cand], ix: DocIndex | None) -> None:
    """Give each deal of an article its government party as actor1 (module docstring)."""
    if ix is None or not events:
        return
    arts = {ix.sentences[c.sent].article for c in events if 0 <= c.sent < len(ix.sentences)}
    sents = {i for i, s in enumerate(ix.sentences) if s.article in arts}
    for c in events:
        if c.sub != DEAL or c.place is None or c.actor1_name:
            continue
        iso2 = (c.place.ref.m.country or "").upper()
        if iso2 not in _data()[0]:
            continue
        _settle(c, ix, sents, iso2)


def _settle(c: Cand, ix: DocIndex, sents: set[int], iso2: str) -> None:
    a1, a2 = c.actor1, c.actor2
    if _state_of(a1, iso2) or _foreign_party(ix, c, iso2):
        return
    if a1 is not None and not (_broker(ix, a1) and _state_of(a2, iso2)):
        departing = (
            "departure_vehicle" in c.trig.requires
            or (c.tok >= 0 and ix.lemma(c.tok) in _leaving())
            or (a2 is not None and a2.m.kb_id == a1.m.kb_id)  # the same rebels on both sides
        )
        if not (departing and opposition_of(a1, iso2)):
            return  # the side that accepts or announces it keeps it
    if _state_of(a2, iso2):
        rebels = a1 if opposition_of(a1, iso2) else _rebels_in(ix, c, iso2)
        c.actor1, c.actor2, c.assoc = a2, rebels, []
        return
    rebels = next(
        (r for r in (a1, a2) if opposition_of(r, iso2)),
        None,
    ) or _rebels_in(ix, c, iso2)
    if rebels is None:
        return
    state = _article_state(ix, sents, iso2)
    c.actor1, c.actor2, c.assoc = state, rebels, []
    if state is None:  # the state the rebels of its country deal with, unnamed in the article
        c.actor1_name, c.actor1_inter = f"Government of {countries()[iso2].name}", 1


def _foreign_party(ix: DocIndex, c: Cand, iso2: str) -> bool:
    """Does the deal's sentence name a foreign state other than as a broker ("la cessation
    des hostilités conclue entre Moscou et Washington")? Then the deal is between capitals."""
    for r in ix.in_sentence("actor", c.sent):
        if r.m.extractor == "actors:context":
            continue  # "l'armée", "les autorités": a generic that only guessed its country
        info = ref_info(r)
        if info.inter != 1 or info.media or not info.country or info.country.upper() == iso2:
            continue
        if not _broker(ix, r):
            return True
    return False


def _rebels_in(ix: DocIndex, c: Cand, iso2: str) -> MentionRef | None:
    """The first armed opposition of ``iso2`` named in the deal's sentence, not as broker."""
    return next(
        (r for r in ix.in_sentence("actor", c.sent) if opposition_of(r, iso2)),
        None,
    )
