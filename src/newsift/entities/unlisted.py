"""Villages the gazetteer lacks, named after a settlement noun ("les villages de la région de
Kx", "the village of Kx").

Small places of a war (villages, hamlets, a front's name) are often missing from GeoNames'
cities; left unfound, an event told there falls back on the bigger town named beside it as a
landmark ("au sud d'Erbil", "on the road to Mosul"). A capitalised name right after a
settlement noun (``data/places/unlisted.toml``) that no place mention covers is taken as a
village of its own: its own name, and the country, province and coordinates of the nearest
known place of the same article at precision 2 (ACLED's "near a known place": the village's
own coordinates are unknown, so the row must not claim them). Its later bare mentions in the
document are the same village.

A name opening a detached locative adjunct ("À Kx et à Ky, le même jour, ...", "Le 15 août, à
Kx, les hommes ...", "In Kx, ...") is such a village too (``locatives``): the adjunct closes on
the name, so it is no verb's dative. A village told "à une trentaine de km au nord de Y" /
"30 km north of Y" takes Y's point moved by that distance and bearing (``distance``).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from newsift.geo import moved
from newsift.model import Mention

EXTRACTOR = "places:unlisted"
# one to three capitalised words ("Tel Keppe", "Khan al-Assal", "al-Eis"), joined by spaces or
# hyphens, with lower-case Arabic articles inside
_NAME = re.compile(
    r"((?:(?:al|el|as|ash|ad|ar|az|at)[-‐])?[A-ZÀ-ÖØ-Þ][\w’'ʿʾ]*(?:[-‐][\w’'ʿʾ]+)*"
    r"(?:\s+(?:(?:al|el)[-‐])?[A-ZÀ-ÖØ-Þ][\w’'ʿʾ]*(?:[-‐][\w’'ʿʾ]+)*){0,2})"
)

# the same, for other readers of names the gazetteer lacks (places.PlaceFinder._quarters)
NAME_RE = _NAME


@cache
def not_names() -> frozenset[str]:
    """Capitalised words that are no place names (folded)."""
    return _data()[1]


@cache
def _data() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    d = _toml()
    # settlement nouns ("le village de") and spatial prepositions ("près de", "north of")
    lead = list(d["nouns"]) + list(d.get("spatial") or [])
    nouns = re.compile("(?:" + "|".join(f"(?:{p})" for p in lead) + ")")
    after = re.compile("(?:" + "|".join(f"(?:{p})" for p in d["appositions"]) + ")")
    return nouns, frozenset(w.casefold() for w in d.get("not_names") or []), after


@cache
def _toml() -> dict[str, Any]:
    raw = resources.files("newsift.data.places").joinpath("unlisted.toml").read_text("utf-8")
    return tomllib.loads(raw)


@cache
def _locative() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The detached locative adjunct's preposition (``locatives``) and what must follow its
    name for the adjunct to close (``locative_close``)."""
    d = _toml()
    lead = "|".join(f"(?:{p})" for p in d.get("locatives") or ["(?!)"])
    return re.compile(lead, re.MULTILINE), re.compile(d.get("locative_close") or "(?!)")


# a name right before an apposition, after a lower-case word ("à X, une bourgade"), never
# opening a sentence ("Hier, le village ...", "Meanwhile, the town ...")
_NAME_BEFORE = re.compile(
    r"(?:(?<=[a-zà-ÿ] )|(?<=[a-zà-ÿ][’']))"
    r"((?:(?:al|el|as|ash|ad|ar|az|at)[-‐])?[A-ZÀ-ÖØ-Þ][\w’'ʿʾ]*(?:[-‐][\w’'ʿʾ]+)*"
    r"(?:\s+(?:(?:al|el)[-‐])?[A-ZÀ-ÖØ-Þ][\w’'ʿʾ]*(?:[-‐][\w’'ʿʾ]+)*){0,1})(?=,)"
)


def _starts(body: str, base: int, nouns: re.Pattern[str], after: re.Pattern[str]) -> list[int]:
    """Where a name may start: after a settlement noun, or before an apposition naming one,
    or in a detached locative adjunct that closes right after the name ("À Kx, ...")."""
    out = [base + m.end() for m in nouns.finditer(body)]
    for m in _NAME_BEFORE.finditer(body):
        if after.match(body, m.end()):
            out.append(base + m.start(1))
    lead, close = _locative()
    for m in lead.finditer(body):
        n = _NAME.match(body, m.end())
        if n is not None and close.match(body, n.end()):  # the adjunct closes on the name
            out.append(base + m.end())
    return sorted(set(out))


@cache
def _prefixes() -> frozenset[str]:
    raw = resources.files("newsift.data.places").joinpath("unlisted.toml").read_text("utf-8")
    return frozenset(w.casefold() for w in tomllib.loads(raw).get("prefixes") or [])


def _prefix_only(text: str, s: int, part: list[Mention]) -> bool:
    """Is ``part`` one mention of a name's first word only, a first word of village names that
    is no place alone ("Tell Burqan", "Khan al-Assal": unlisted.toml `prefixes`)? The gazetteer
    town read from that word gives way to the whole name."""
    if len(part) != 1 or part[0].start != s:
        return False
    word = text[part[0].start : part[0].end]
    return " " not in word and word.casefold() in _prefixes()


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


def _nearest(found: list[Mention], at: int, article: int | None) -> Mention | None:
    """The nearest known town (or place near one: "X, near Y") of the article's most named
    country (a country or region only when it names no town): a village is placed in the
    country the article is about, not in that of a foreign namesake named beside it."""
    same = [m for m in found if m.article == article and m.country and m.lat is not None]
    if not same:
        return None
    counts = Counter(m.country for m in same)
    home = max(
        counts,
        key=lambda cc: (counts[cc], -min(abs(m.start - at) for m in same if m.country == cc)),
    )
    same = [m for m in same if m.country == home]
    towns = [m for m in same if m.precision in (1, 2)] or same  # "near Y" is precision 2
    return min(towns, key=lambda m: abs(m.start - at))


# the words between a village and the place that locates it: "X, à l'est de Y", "X, dans la
# province de Y", "X, north of Y", "X in Y province"
_LOCATING_GAP = re.compile(r"^\s*,?\s*(?:[^\W\d]+[’']?\s*){0,6}$")


def _locating(text: str, found: list[Mention], end: int, article: int | None) -> Mention | None:
    """The known place right after a village's name, within a short phrase of the same
    clause ("Kx, à l'est de Hama", "Kx, in Anbar province"): it locates the village, so the
    village borrows its country and coordinates rather than those of the nearest town."""
    after = [
        m
        for m in found
        if m.article == article and m.country and m.lat is not None and 0 < m.start - end <= 45
    ]
    for m in sorted(after, key=lambda m: m.start):
        if _LOCATING_GAP.match(text[end : m.start]):
            return m
    return None


@cache
def _distance() -> tuple[list[re.Pattern[str]], dict[str, int], dict[str, int]]:
    """The distance-and-bearing phrases before a locating place (``distance``), with the
    approximate numbers and the bearings they use."""
    d = _toml()
    rxs = [re.compile(p, re.IGNORECASE) for p in d.get("distance") or []]
    approx = {k.casefold(): int(v) for k, v in (d.get("approx_km") or {}).items()}
    bearings = {k.casefold(): int(v) for k, v in (d.get("bearings") or {}).items()}
    return rxs, approx, bearings


# how far after the village's name its locating "N km north of Y" may end (same sentence)
_DISTANCE_SPAN = 110


def _moved(text: str, end: int, near: Mention) -> Mention:
    """``near`` moved by the distance and bearing the text gives between the village's name
    (ending at ``end``) and ``near`` ("Kx, tenue par les peshmergas, à une trentaine de km
    au nord de Y"): a village 30 km north of a town is not at the town (ACLED places it
    "near" the town; its approximate point is the town's moved 30 km north)."""
    gap = text[end : near.start]
    if near.lat is None or near.lon is None or not 0 < near.start - end <= _DISTANCE_SPAN:
        return near
    if any(ch in gap for ch in ".!?;\n"):
        return near
    rxs, approx, bearings = _distance()
    for rx in rxs:
        m = rx.search(gap)
        if m is None:
            continue
        parts = m.groupdict()
        km = (
            float(parts["n"])
            if parts.get("n")
            else float(approx.get((parts.get("word") or "").casefold(), 0))
        )
        if (parts.get("unit") or "").casefold() == "miles":
            km *= 1.609
        bearing = bearings.get((parts.get("dir") or "").casefold())
        if not km or bearing is None:
            return near
        lat, lon = moved(near.lat, near.lon, km, bearing)
        return replace(near, lat=round(lat, 5), lon=round(lon, 5))
    return near


# a village's own GeoNames entry near the place that locates it: (name, near) -> its mention
Listed = Callable[[str, Mention], Mention | None]


def unlisted_places(
    text: str,
    segments: list[Any],
    found: list[Mention],
    actor_spans: list[tuple[int, int]] | None = None,
    listed: Listed | None = None,
) -> tuple[list[Mention], list[Mention]]:
    """Mentions of villages the gazetteer lacks, to add to ``found`` (the place mentions),
    and the mentions of ``found`` they replace. ``listed`` finds the village's own entry when
    the gazetteer has it after all, near the place that locates it (a small village the text
    scan left unaccepted: "Rajo, a hillside town near ..."): its own coordinates then."""
    nouns, not_names, after = _data()
    taken = [(m.start, m.end) for m in found] + list(actor_spans or [])
    names: dict[str, Mention] = {}
    out: list[Mention] = []
    dropped: list[Mention] = []
    for seg in segments:
        body = text[seg.start : seg.end]
        for s in _starts(body, seg.start, nouns, after):
            n = _NAME.match(text, s, seg.end)
            if n is None:
                continue
            name = n.group(1).rstrip("’'")
            e = s + len(name)
            words = name.split()
            if words[0].casefold() in not_names or name.isupper() and len(name) <= 4:
                continue
            if len(name) < 3:
                continue
            # "the village of Tell Burqan": a gazetteer town read from the first word only
            part = [x for x in found if x.start < e and s < x.end]
            if part and len(words) > 1 and _prefix_only(text, s, part):
                found = [x for x in found if x not in part]
                dropped.extend(part)
                taken = [t for t in taken if (t[0], t[1]) not in {(x.start, x.end) for x in part}]
            if _overlaps(s, e, taken):
                continue
            near = _locating(text, found, e, seg.article) or _nearest(found, s, seg.article)
            if near is None or near.country is None:
                continue
            own = listed(name, near) if listed is not None else None
            if own is not None:
                mention = replace(own, start=s, end=e, text=name, article=seg.article)
            else:
                mention = _village(s, e, name, _moved(text, e, near), 0.6, seg.article)
            out.append(mention)
            taken.append((s, e))
            names.setdefault(name, mention)
    # later bare mentions of the same names ("autour de Kx", "occupé Makhmour et Kx")
    for name, first in names.items():
        rx = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
        for seg in segments:
            for m in rx.finditer(text, seg.start, seg.end):
                part = [x for x in found if x.start < m.end() and m.start() < x.end]
                if part and " " in name and _prefix_only(text, m.start(), part):
                    found = [x for x in found if x not in part]
                    dropped.extend(part)
                    spans = {(x.start, x.end) for x in part}
                    taken = [t for t in taken if (t[0], t[1]) not in spans]
                if _overlaps(m.start(), m.end(), taken):
                    continue
                if first.geonameid is not None:  # its own entry: the same village again
                    later = replace(first, start=m.start(), end=m.end(), article=seg.article)
                    out.append(replace(later, confidence=0.55))
                else:
                    out.append(_village(m.start(), m.end(), name, first, 0.55, seg.article))
                taken.append((m.start(), m.end()))
    return out, dropped


def with_unlisted(
    text: str,
    segments: list[Any],
    found: list[Mention],
    actor_spans: list[tuple[int, int]] | None = None,
    listed: Listed | None = None,
) -> list[Mention]:
    """``found`` with the villages the gazetteer lacks added (and the gazetteer town read
    from only the first word of such a village's name dropped)."""
    added, dropped = unlisted_places(text, segments, found, actor_spans, listed)
    gone = {id(m) for m in dropped}
    return [m for m in found if id(m) not in gone] + added


def local_place(
    found: list[Mention], start: int, end: int, name: str, article: int | None
) -> Mention | None:
    """A local place the gazetteer lacks, told by its name alone (a quarter or village whose
    only gazetteer reading is a far namesake abroad): its own name at the coordinates of the
    nearest known town of the article's most named country, precision 2; None when the
    article places nothing."""
    near = _nearest(found, start, article)
    if near is None or near.country is None:
        return None
    return _village(start, end, name, near, 0.55, article)


def village_near(start: int, end: int, name: str, near: Mention, article: int | None) -> Mention:
    """A local place the gazetteer lacks, located by the text at ``near`` ("Kx, à l'ouest de
    Y"): its own name at ``near``'s coordinates, precision 2."""
    return _village(start, end, name, near, 0.6, article)


def _village(
    start: int, end: int, name: str, near: Mention, conf: float, article: int | None
) -> Mention:
    """An unlisted village's mention: its own name, ``near``'s country, province and
    coordinates at precision 2 (borrowed coordinates: near a known place)."""
    return Mention(
        start=start,
        end=end,
        text=name,
        kind="place",
        kb_id=f"feature:{name}",
        canonical=name,
        precision=2,
        lat=near.lat,
        lon=near.lon,
        country=near.country,
        admin1=near.admin1,
        geonameid=None,
        confidence=conf,
        extractor=EXTRACTOR,
        article=article,
    )
