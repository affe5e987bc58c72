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

from newsift.geo import haversine_km, moved
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
def _camp_nouns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A bare camp noun ("le camp de Kx": ``camp_nouns``) and the words of an article about
    refugees (``camp_story``) where it names a camp, not a side."""
    d = _toml()
    return _alternation("camp_nouns"), re.compile(d.get("camp_story") or "(?!)")


def _camp_articles(text: str, segments: list[Any]) -> set[Any]:
    """The articles about refugees or the displaced (``camp_story``), where "le camp de Kx"
    names a camp."""
    story = _camp_nouns()[1]
    return {seg.article for seg in segments if story.search(text, seg.start, seg.end)}


@cache
def _small_nouns() -> re.Pattern[str]:
    """The nouns of a small settlement (``small_nouns``): after one, a far reading abroad of
    the name gives way to a village the gazetteer lacks."""
    return _alternation("small_nouns")


# how far from every other place of its article a reading abroad must lie to give way
_ABROAD_KM = 300.0


def _far_abroad(m: Mention, found: list[Mention]) -> bool:
    """Is ``m`` (a small settlement's name read in the gazetteer) a town of a country its
    article names nowhere else, far from every other place the article names? Then it is a
    namesake, not the village the text tells of."""
    if m.geonameid is None or m.country is None or m.lat is None or m.lon is None:
        return False
    others = [
        x
        for x in found
        if x.article == m.article and x.geonameid != m.geonameid and x.country is not None
    ]
    if not others or any(x.country == m.country for x in others):
        return False
    return all(
        x.lat is not None
        and x.lon is not None
        and x.precision != 3
        and haversine_km(m.lat, m.lon, x.lat, x.lon) > _ABROAD_KM
        or x.precision == 3
        for x in others
    )


def _sentence_town(text: str, found: list[Mention], at: int, article: int | None) -> Mention | None:
    """The nearest town named in the same sentence as ``at`` ("les camps de Kx et Ky, à
    Beyrouth"): where a village read abroad by mistake is, whatever country the article
    names most."""
    towns = [
        m
        for m in found
        if m.article == article
        and m.precision in (1, 2)
        and m.lat is not None
        and not _SENTENCE_BREAK.search(text, min(m.end, at), max(m.start, at))
    ]
    return min(towns, key=lambda m: abs(m.start - at)) if towns else None


_SENTENCE_BREAK = re.compile(r"[.!?\n]")


@cache
def _suffixes() -> re.Pattern[str]:
    """A site noun right after a name, with no comma ("the Kx refugee camp": ``suffixes``)."""
    return _alternation("suffixes")


@cache
def _toml() -> dict[str, Any]:
    raw = resources.files("newsift.data.places").joinpath("unlisted.toml").read_text("utf-8")
    return tomllib.loads(raw)


def _alternation(key: str, flags: int = 0) -> re.Pattern[str]:
    """Any one of the patterns listed under ``key`` in unlisted.toml (matching nothing when
    the list is absent)."""
    return re.compile("|".join(f"(?:{p})" for p in _toml().get(key) or ["(?!)"]), flags)


@cache
def _locative() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The detached locative adjunct's preposition (``locatives``) and what must follow its
    name for the adjunct to close (``locative_close``)."""
    close = _toml().get("locative_close") or "(?!)"
    return _alternation("locatives", re.MULTILINE), re.compile(close)


# a name right before an apposition, after a lower-case word ("à X, une bourgade"), never
# opening a sentence ("Hier, le village ...", "Meanwhile, the town ...")
_NAME_BEFORE = re.compile(
    r"(?:(?<=[a-zà-ÿ] )|(?<=[a-zà-ÿ][’']))"
    r"((?:(?:al|el|as|ash|ad|ar|az|at)[-‐])?[A-ZÀ-ÖØ-Þ][\w’'ʿʾ]*(?:[-‐][\w’'ʿʾ]+)*"
    r"(?:\s+(?:(?:al|el)[-‐])?[A-ZÀ-ÖØ-Þ][\w’'ʿʾ]*(?:[-‐][\w’'ʿʾ]+)*){0,1})(?=,)"
)


# the same name before a site noun with no comma between ("the Kx refugee camp")
_NAME_BEFORE_NOUN = re.compile(_NAME_BEFORE.pattern.removesuffix("(?=,)"))


def _starts(
    body: str, base: int, nouns: re.Pattern[str], after: re.Pattern[str], camps: bool = False
) -> list[int]:
    """Where a name may start: after a settlement noun (a bare camp noun too when ``camps``:
    an article about refugees), or before an apposition naming one, or in a detached locative
    adjunct that closes right after the name ("À Kx, ...")."""
    out = [base + m.end() for m in nouns.finditer(body)]
    if camps:
        out += [base + m.end() for m in _camp_nouns()[0].finditer(body)]
    for m in _NAME_BEFORE.finditer(body):
        if after.match(body, m.end()):
            out.append(base + m.start(1))
    suffix = _suffixes()
    for m in _NAME_BEFORE_NOUN.finditer(body):  # "the Kx refugee camp"
        if suffix.match(body, m.end()):
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
    country the article is about, not in that of a foreign namesake named beside it. The
    capital is not passed over: a suburb the gazetteer lacks ("Haret Hreik") is most often in
    it, and another town of the country is no nearer a guess."""
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
# province de Y", "X, north of Y", "X in Y province", "X (Liban)"
_LOCATING_GAP = re.compile(r"^\s*[,(]?\s*(?:[^\W\d]+[’']?\s*){0,6}$")


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
            if m.precision == 3 and not m.admin1:  # "Kx (Liban)": the country's nearest town
                towns = [x for x in found if x.country == m.country and x is not m]
                near = _nearest(towns, end, article)
                return near if near is not None and near.precision in (1, 2) else m
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


def _forget(
    gone: list[Mention],
    found: list[Mention],
    dropped: list[Mention],
    taken: list[tuple[int, int]],
) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Readings given up for a village the gazetteer lacks: they leave ``found`` and free
    their spans in ``taken``, and go to ``dropped`` (which the caller drops from the stage's
    mentions)."""
    dropped.extend(gone)
    spans = {(x.start, x.end) for x in gone}
    return [x for x in found if x not in gone], [t for t in taken if (t[0], t[1]) not in spans]


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
    camp_articles = _camp_articles(text, segments)
    for seg in segments:
        body = text[seg.start : seg.end]
        small = {seg.start + m.end() for m in _small_nouns().finditer(body)}
        camps = {seg.start + m.end() for m in _camp_nouns()[0].finditer(body)}
        for s in _starts(body, seg.start, nouns, after, seg.article in camp_articles):
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
                found, taken = _forget(part, found, dropped, taken)
            # "le village de Kx" read as a town abroad, far from the story: a namesake
            far = [x for x in found if x.start < e and s < x.end] if s in small else []
            # a camp is placed at the town its own sentence names ("..., à Beyrouth")
            town = _sentence_town(text, found, s, seg.article) if s in camps else None
            if len(far) == 1 and _far_abroad(far[0], found):
                same = [x for x in found if x.geonameid == far[0].geonameid]
                found, taken = _forget(same, found, dropped, taken)
                town = _sentence_town(text, found, s, seg.article)
            if _overlaps(s, e, taken):
                continue
            near, at = _locating(text, found, e, seg.article) or town, e
            if near is None:  # "à Kx, ..." here, "le camp Kx, au nord de Y" further on
                near, at = _located_elsewhere(text, segments, found, name, e)
            near = near or _nearest(found, s, seg.article)
            if near is None or near.country is None:
                continue
            own = listed(name, near) if listed is not None else None
            if own is not None:
                mention = replace(own, start=s, end=e, text=name, article=seg.article)
            else:
                mention = _village(s, e, name, _moved(text, at, near), 0.6, seg.article)
            out.append(mention)
            taken.append((s, e))
            names.setdefault(name, mention)
    # later bare mentions of the same names ("autour de Kx", "occupé Makhmour et Kx")
    for name, first in names.items():
        rx = _name_rx(name)
        for seg in segments:
            for m in rx.finditer(text, seg.start, seg.end):
                part = [x for x in found if x.start < m.end() and m.start() < x.end]
                if part and " " in name and _prefix_only(text, m.start(), part):
                    found, taken = _forget(part, found, dropped, taken)
                if _overlaps(m.start(), m.end(), taken):
                    continue
                if first.geonameid is not None:  # its own entry: the same village again
                    later = replace(first, start=m.start(), end=m.end(), article=seg.article)
                    out.append(replace(later, confidence=0.55))
                else:
                    out.append(_village(m.start(), m.end(), name, first, 0.55, seg.article))
                taken.append((m.start(), m.end()))
    return out, dropped


def _located_elsewhere(
    text: str, segments: list[Any], found: list[Mention], name: str, end: int
) -> tuple[Mention | None, int]:
    """The place that locates another mention of the same village name in the document ("Kx,
    au nord de Y", "Kx, north of Y"), and where that mention ends: a village read first with
    no locating phrase is placed by the one the text gives it later, not guessed from the
    nearest town; like its later bare mentions, in any segment (a comment names the village an
    article locates); the located mention nearest to this one. (None, ``end``) when no mention
    of it is located."""
    rx = _name_rx(name)
    located = [
        (abs(m.end() - end), near, m.end())
        for seg in segments
        for m in rx.finditer(text, seg.start, seg.end)
        if m.end() != end
        and (near := _locating(text, found, m.end(), seg.article)) is not None
        and _spatial_gap(text[m.end() : near.start])
    ]
    if not located:
        return None, end
    _, near, at = min(located, key=lambda x: x[0])  # the nearest: a title's list is far
    return near, at


def _spatial_gap(gap: str) -> bool:
    """Do the words between a name and a place end with a spatial relation ("Kx, au nord de
    ", "Kx, near ": ``spatial``) or one of containment ("Kx, dans le ": ``located_by``)? A
    bare comma also joins lists ("Taji, Jurf al-Sakhar, Kerbala") and clauses ("contre Taji,
    sans convaincre Washington")."""
    return any(x.end() == len(gap) for rx in _gap_links() for x in rx.finditer(gap))


@cache
def _gap_links() -> tuple[re.Pattern[str], ...]:
    """The ``spatial`` and ``located_by`` patterns of unlisted.toml, compiled once."""
    return tuple(_alternation(key, re.IGNORECASE) for key in ("spatial", "located_by"))


def _name_rx(name: str) -> re.Pattern[str]:
    """A village's name as a whole word (no letter, digit or hyphen on either side)."""
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")


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
