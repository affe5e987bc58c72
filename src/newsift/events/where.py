"""Where an event happened: roles of place mentions that rule them out, and the story's town.

The events extractor ranks the places of a trigger's sentence (:meth:`ArticleExtractor.places`)
and falls back on earlier sentences and the article's focus. These helpers answer the questions
that ranking needs about one place mention, from the words around it
(``data/events/place_roles.toml``) and the parse: is it a sponsor of a deal, the origin of fire,
a speaker's place inside an attribution, a government named by its capital in a list, or a
quarter named after its city; and which town a story is about when its focus is a country.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.resources import LANGS, countries, data_toml, fold, place_identity

if TYPE_CHECKING:
    from newsift.events.extract import ArticleExtractor, SentView
    from newsift.events.index import DocIndex, MentionRef

# the attribution after a closing quotation mark: "», a insisté son porte-parole, ... depuis"
_QUOTE_TAIL = re.compile(
    r"^\s*,?\s*(?:a|ont|avait|avaient|a-t-il|a-t-elle|said|says|told|added|insisted|"
    r"\w+\s+(?:said|says|told|added))\b[^.;!?«»“”]*$"
)
_LIST_GAP = re.compile(r"^\s*(?:,|and|et|&)\s*(?:and|et)?\s*$")
_LOCATIVE_LEAD = re.compile(
    r"\b(?:in|at|near|into|inside|on|around|outside|à|au|aux|dans|près|en|sur|vers|autour)\s*"
    r"(?:the\s+|la\s+|le\s+|les\s+|l[’'])?$"
)


@dataclass(frozen=True, slots=True)
class PlaceRoles:
    sponsor: re.Pattern[str] | None
    origin: re.Pattern[str] | None
    came_from: re.Pattern[str] | None
    district: re.Pattern[str] | None
    around: re.Pattern[str] | None
    describes: re.Pattern[str] | None
    title: re.Pattern[str] | None
    source: re.Pattern[str] | None
    clitic: frozenset[str]
    viewpoint: re.Pattern[str] | None
    seat: re.Pattern[str] | None = None
    seat_after: re.Pattern[str] | None = None
    venue: re.Pattern[str] | None = None
    compared: re.Pattern[str] | None = None
    place_nouns: frozenset[str] = frozenset()
    speakers: re.Pattern[str] | None = None
    opinion: re.Pattern[str] | None = None
    opinion_joins: frozenset[str] = frozenset()
    addressee: re.Pattern[str] | None = None


def _ending(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" + ("" if p.endswith("$") else "$") for p in patterns))


@cache
def place_roles(lang: str) -> PlaceRoles:
    data = data_toml("place_roles.toml")
    d = data.get(lang if lang in LANGS else "en") or data["en"]
    source = d.get("source") or []
    return PlaceRoles(
        sponsor=_ending(d.get("sponsor") or []),
        origin=_ending(d.get("origin") or []),
        came_from=_ending(d.get("came_from") or []),
        district=_ending(d.get("district") or []),
        around=_ending(d.get("around") or []),
        describes=_ending(d.get("describes") or []),
        title=_ending(d.get("title") or []),
        source=re.compile("|".join(f"(?:{p})" for p in source)) if source else None,
        clitic=frozenset(fold(w) for w in d.get("clitic") or []),
        viewpoint=_starting(d.get("viewpoint") or []),
        seat=_ending(d.get("seat") or []),
        seat_after=_following(d.get("seat_after") or []),
        venue=_ending(d.get("venue") or []),
        compared=_ending(d.get("compared") or []),
        place_nouns=frozenset(fold(w) for w in d.get("place_nouns") or []),
        speakers=_ending(d.get("speakers") or []),
        opinion=_ending(d.get("opinion") or []),
        opinion_joins=frozenset(fold(w) for w in d.get("opinion_joins") or []),
        addressee=_ending(d.get("addressee") or []),
    )


def _following(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex for the text right after a place (`^` added)."""
    if not patterns:
        return None
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


def _starting(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex for the text from a sentence's start up to a place (`^` and `$` added)."""
    if not patterns:
        return None
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")$")


def _lead(x: ArticleExtractor, r: MentionRef, floor: int, width: int = 80) -> str:
    return x.ix.folded[max(floor, r.start - width) : r.start]


_SPONSOR_LIST_GAP = re.compile(
    r"^\s*(?:,|and|et|or|ou)\s*(?:(?:of|de|d[’']|du|des|la|le|les|l[’']|the)\s*)*$"
)


def sponsor(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """A sponsor or mediator of a deal, not its place ("l'accord, conclu sous l'égide de la
    Russie et de la Turquie": both), or a government a statement addresses (``addressee``)."""
    if addressee(x, r, view):
        return True
    rx = place_roles(x.lang).sponsor
    if rx is None:
        return False
    if rx.search(_lead(x, r, view.start)):
        return True
    prev = _place_before(x, r, view.si)
    if prev is None:
        return False
    gap = x.ix.folded[prev.end : r.start]
    return bool(_SPONSOR_LIST_GAP.match(gap)) and sponsor(x, prev, view)


def addressee(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """Is the place the party a statement accuses, blames, urges or warns ("l'armée a riposté,
    accusant Damas de", "accused Baghdad of", "a sommé Beyrouth de")? A country or capital in
    that slot names a government (a counterpart, like a sponsor), not where the act told in
    the sentence happened, whichever country the article is about."""
    rx = place_roles(x.lang).addressee
    return rx is not None and bool(rx.search(_lead(x, r, view.start, 40)))


def _place_before(x: ArticleExtractor, r: MentionRef, si: int) -> MentionRef | None:
    """The place named last before ``r`` in sentence ``si`` (the first item of a list that
    ``r`` may close: "sous l'égide de la Russie et de la Turquie")."""
    before = [p for p in x.ix.in_sentence("place", si) if p.end <= r.start]
    return max(before, key=lambda p: p.end) if before else None


def opinion_seat(x: ArticleExtractor, r: MentionRef, depth: int = 0) -> bool:
    """Is the place a capital or country named as the seat of a government whose people judge
    or react ("personne, à Washington, ne ...", "ni à Washington ni à Moscou", "tout le monde,
    d'Ankara à Washington", "no one in Washington")? It stands for that government, never for
    where the act told beside it happened; a seat joined to one such ("d'Ankara à Washington")
    is one too. Ordinary towns are kept: "personne à Manbij n'a oublié" may tell where."""
    if not (is_seat(r) or fold(r.m.name) in _country_folds()):
        return False
    roles = place_roles(x.lang)
    if roles.opinion is None or r.sent is None:
        return False
    floor = x.ix.sentences[r.sent].start
    if roles.opinion.search(_lead(x, r, floor)):
        return True
    if depth > 2:
        return False
    prev = _place_before(x, r, r.sent)
    if prev is None:
        return False
    gap = " ".join(x.ix.folded[prev.end : r.start].replace(",", " ").split())
    return gap in roles.opinion_joins and opinion_seat(x, prev, depth + 1)


def compared(x: ArticleExtractor, r: MentionRef, floor: int) -> bool:
    """Is the place named only as a comparison ("Idleb, deuxième chef-lieu à tomber après
    Rakka", "comme à Alep", "just as in Homs")? It is no antecedent of a later "la ville"."""
    rx = place_roles(x.lang).compared
    return rx is not None and bool(rx.search(_lead(x, r, floor, 120)))


def venue(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """Is the place a military base where a deal was brokered ("un cessez-le-feu négocié sous
    l'égide des Russes à la base de Hmeimim", "a truce brokered at the Hmeimim air base")? The
    talks' venue is not the place the deal covers (the town named before, the story's town)."""
    rx = place_roles(x.lang).venue
    if rx is None:
        return False
    m = rx.search(_lead(x, r, view.start, 120))
    if m is None:
        return False
    name = fold(r.m.name)
    return "base" in m.group(0) or "base" in name or "airport" in name


def seat(x: ArticleExtractor, r: MentionRef) -> bool:
    """Where an organisation or outlet sits, or whose media speak ("l'OSDH, basé à Londres",
    "the London-based monitor", "les médias du Golfe"): no event's place, in its own sentence
    nor as the antecedent of a later "the town"."""
    roles = place_roles(x.lang)
    focus = getattr(x, "focus", None)  # None while the focus itself is chosen
    home = (focus.m.country or "").upper() if focus is not None else ""
    if home and (r.m.country or "").upper() == home:
        return False  # "Tripoli-based militias" in a story on Libya: they fight at home
    if roles.seat is not None and roles.seat.search(x.ix.folded[max(0, r.start - 60) : r.start]):
        return True
    after = x.ix.folded[r.end : r.end + 60]
    return bool(roles.seat_after is not None and roles.seat_after.search(after))


def viewpoint(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """A government's point of view opening the sentence ("Pour Damas, la prochaine étape
    est ...", "For Moscow, ..."), not a place."""
    rx = place_roles(x.lang).viewpoint
    return bool(rx and rx.search(x.ix.folded[view.start : r.start]))


def origin(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """ "Une roquette tirée depuis la Syrie s'est abattue sur Reyhanli": where fire came from."""
    rx = place_roles(x.lang).origin
    return bool(rx and rx.search(_lead(x, r, view.start)))


def came_from(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """ "Des renforts venus de Bagdad ont repris l'université", "troops arriving from Damascus":
    where the troops came from, their base or the capital that sent them, not where they
    acted, even when nothing else in the sentence says where that was."""
    rx = place_roles(x.lang).came_from
    return bool(rx and rx.search(_lead(x, r, view.start)))


def described_country(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """A country named only to describe a town ("à Mossoul, la deuxième ville d'Irak",
    "Raqqa, the de facto capital of ISIS in Syria"): not a place of its own."""
    rx = place_roles(x.lang).describes
    return x._level(r) == 2 and bool(rx and rx.search(_lead(x, r, view.start, 50)))


def in_title(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """ "L'ambassadeur de Russie en Turquie", "the UN envoy to Syria": part of a title."""
    rx = place_roles(x.lang).title
    return bool(rx and rx.search(_lead(x, r, view.start, 60)))


def around(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """ "Al-Atarib, in the western countryside of Aleppo": the wider area a town lies in."""
    rx = place_roles(x.lang).around
    if rx is None or r.m.extractor == "places:unlisted":
        # "sept villages dans la région de Kx": a village the gazetteer lacks, read from that
        # very noun (entities/unlisted.py), is the place itself, not a wider area around it
        return False
    lead = _lead(x, r, view.start, 60)
    if rx.search(lead):
        return True
    # the mention may hold the area word itself: "Dahyan, in the northern province of Saada"
    own = x.ix.folded[r.start : r.end]
    cuts = [m.start() for m in re.finditer(r"(?<=\s)\S|(?<=[’'])", own)]
    return any(rx.search(lead + own[:i]) for i in cuts)


def district_of_city(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """ "The western Raqqa district of al-Qadisiyah": a quarter after "<city> district of", the
    event is placed in the city (another place mention right before the district word)."""
    rx = place_roles(x.lang).district
    if rx is None:
        return False
    lead = _lead(x, r, view.start, 40)
    m = rx.search(lead)
    if m is None:
        return False
    at = r.start - len(lead) + m.start()  # where "district of" starts
    return any(  # "Raqqa district" may be one mention: the city's span holds the word
        p is not r and p.start < at and not x.ix.folded[p.end : at].strip(" ,")
        for p in x.ix.in_sentence("place", view.si)
    )


def speaker_place(x: ArticleExtractor, r: MentionRef, trig_start: int, view: SentView) -> bool:
    """Is the place inside an attribution ("According to a US official quoted by the Pentagon,
    troops attacked ...", "selon un responsable américain") or where commentators speak from
    ("analysts in Beirut say", "des diplomates en poste à Genève"), without the trigger?"""
    quotes = x._quote_spans(view)
    quoted = [(s, e) for s, e in quotes if e - s > 12 and s <= trig_start < e]
    if quoted and not any(s <= r.start < e for s, e in quoted):
        return True  # « Nous avons repris la ville », a dit son porte-parole depuis X
    for _s, e in quotes:
        if e <= r.start and trig_start < e and _QUOTE_TAIL.match(x.ix.folded[e : r.start]):
            return True  # « Il ne s'agit pas d'une reddition », a insisté X, depuis Istanbul
    said_from = place_roles(x.lang).speakers  # "analysts in Beirut say": where they speak
    if said_from is not None:
        lead = _lead(x, r, view.start, 60)
        m = said_from.search(lead)
        if m is not None and not r.start - len(lead) + m.start() <= trig_start < r.end:
            return True
    rx = place_roles(x.lang).source
    if rx is None:
        return False
    text = view.text
    for m in rx.finditer(text):
        start = view.start + m.start()
        tail = re.split(r"[,;:«»“”\"]", text[m.end() : m.end() + 120])[0]
        end = view.start + m.end() + len(tail)
        if start <= r.start < end and not start <= trig_start < end:
            return True
    return False


def metonymy_listed(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """ "The message from Washington, Tel Aviv and their Kurdish proxies": a place listed with a
    capital the actors stage read as a government (a place and actor mention at once, not after
    a locative preposition) stands for a government too -- and so does that capital."""
    places = sorted(x.ix.in_sentence("place", view.si), key=lambda p: p.start)
    actors = x.ix.in_sentence("actor", view.si)

    def metonym(p: MentionRef) -> bool:
        if not any(
            a.start <= p.start and p.end <= a.end and not _person(a) and not x._media_name(a)
            for a in actors
        ):
            return False  # a person's or channel's name a town shares ("al-Baghdadi")
        return not _LOCATIVE_LEAD.search(_lead(x, p, view.start, 30))

    def seat(p: MentionRef) -> bool:
        names = {fold(p.m.canonical or ""), fold(p.m.text)}
        return bool(names & seats()) and not _LOCATIVE_LEAD.search(_lead(x, p, view.start, 30))

    if metonym(r):
        return True
    k = next((i for i, p in enumerate(places) if p is r), None)
    if k is None:
        return False
    for j in (k - 1, k + 1):
        if 0 <= j < len(places):
            a, b = (places[j], r) if j < k else (r, places[j])
            if not _LIST_GAP.match(x.ix.folded[a.end : b.start]):
                continue
            if metonym(places[j]) or (seat(r) and seat(places[j])):
                return True
    return False


def _person(a: MentionRef) -> bool:
    from newsift.events.actors import ref_info

    info = ref_info(a)
    return info is not None and info.kind == "person"


@cache
def seats() -> frozenset[str]:
    """Folded names of the cities that stand for governments: capitals and place_roles seats."""
    names = {fold(c.capital) for c in countries().values() if c.capital}
    names.update(fold(s) for s in data_toml("place_roles.toml").get("seats") or [])
    return frozenset(names)


def is_seat(r: MentionRef) -> bool:
    """Is the place a capital or seat of government, by its name or its canonical name?"""
    return not {fold(r.m.canonical or ""), fold(r.m.text)}.isdisjoint(seats())


def clitic_anaphor(x: ArticleExtractor, toks: frozenset[int]) -> bool:
    """A clitic pronoun standing for a place just named ("les forces irakiennes en avaient
    repris le contrôle")."""
    words = place_roles(x.lang).clitic
    if not words or not x.ix.parsed:
        return False
    return any(x.ix.low(i) in words and x.ix.tokens[i].pos == "PRON" for i in toks)


def topic_place(x: ArticleExtractor, prev: list[MentionRef]) -> MentionRef | None:
    """The place a sentence is about: the subject of its verb ("Touz Khourmatou, située entre
    Bagdad et Kirkouk, est disputée ..." -> Touz Khourmatou), if one of ``prev`` is."""
    ix = x.ix
    if not ix.parsed:
        return None
    for r in prev:
        if r.head is not None and ix.tokens[r.head].dep in (
            "nsubj",
            "nsubj:pass",
            "nsubjpass",
        ):
            return r
    # a town opening its sentence before a comma ("Mayadine, que l'EI avait conquise ...,
    # servait de refuge"), which the parser may leave as the root: the sentence's theme
    text = ix.doc.text
    for r in prev:
        start = ix.sentences[r.sent].start if r.sent is not None else r.start
        if text[start : r.start].strip(" \t\n\"«“'") or not text[r.end : r.end + 2].startswith(","):
            continue
        if r.geo_precision < 3 and _DATELINE_TAIL.match(text[r.end : r.end + 80]) is None:
            return r
    # the town the article is about (its most named, in three sentences at least), when the
    # sentence names it among others ("al-Qaryatayn est de ceux-là : un bourg entre Homs et
    # Palmyre ... Raqqa")
    focus = x.focus  # type: ignore[attr-defined]
    if focus is None or focus.geo_precision >= 3:
        return None
    key = place_identity(focus.m)
    sents = set(x.sents)  # type: ignore[attr-defined]
    told = {
        p.sent
        for p in ix.mentions.get("place", [])
        if p.sent in sents and place_identity(p.m) == key
    }
    if len(told) < 3:
        return None
    return next((r for r in prev if place_identity(r.m) == key), None)


def town_topic(x: ArticleExtractor, r: MentionRef) -> bool:
    """Is the place a town (not a capital or a seat of power, not a country or region) that is
    the subject of a verb that is no speech or act of a government ("Deir Hafer, que l'EI
    avait prise, servait de base", "Hajin served as a refuge")? Such a subject is what the
    sentence is about, and the antecedent of a later "la ville" / "the town", not a government
    named by metonymy ("Damas accuse", "Ankara a annoncé")."""
    ix = x.ix
    if r.geo_precision >= 3 or r.head is None or not ix.parsed:
        return False
    if is_seat(r):
        return False
    t = ix.tokens[name_head(ix, r.head)]
    if not t.dep.startswith("nsubj"):
        return False
    verb = t.head
    speech = x.mod.speech  # type: ignore[attr-defined]
    return ix.lemma(verb) not in speech and ix.low(verb) not in speech


def weighed_sentences(x: ArticleExtractor) -> Iterator[tuple[int, bool, bool]]:
    """The article's sentences as ``(index, in the title, in the lead)``: the lead is the first
    two body sentences; title and lead weigh more when a story's town is chosen."""
    body_seen = 0
    for si in x.sents:
        title = x._in_title(x.ix.sentences[si].start)
        yield si, title, not title and body_seen < 2
        body_seen += 0 if title else 1


def weighed_places(
    x: ArticleExtractor, keep: Callable[[MentionRef, int], bool], skip: int = -1
) -> dict[object, tuple[float, MentionRef]]:
    """The article's place mentions that ``keep(r, sentence index)`` accepts, weighed by
    where they are named (title 2, lead 1.5, elsewhere 1), summed per place (GeoNames id, else
    folded name) with its first mention; the sentence ``skip`` is left out. The story's town,
    a country's town and a province's town are the heaviest of such places under different
    filters."""
    scores: dict[object, tuple[float, MentionRef]] = {}
    for si, title, lead in weighed_sentences(x):
        if si == skip:
            continue
        for r in x.ix.in_sentence("place", si):
            if not keep(r, si):
                continue
            key = place_identity(r.m)
            w = 2.0 if title else 1.5 if lead else 1.0
            old = scores.get(key)
            scores[key] = ((old[0] if old else 0.0) + w, old[1] if old else r)
    return scores


def _heaviest(scores: dict[object, tuple[float, MentionRef]]) -> tuple[float, MentionRef] | None:
    """The first of the heaviest places (earlier wins ties), None when there is none."""
    return max(scores.values(), key=lambda v: v[0]) if scores else None


def story_town(x: ArticleExtractor, region: MentionRef | None) -> MentionRef | None:
    """The town a story is about when the place it falls back on is a country or region
    ("Irak : Abadi proclame la victoire à Mossoul" -> Mosul, not Iraq): the most weighted town
    of that country in the article (title and lead weigh more), when it is named in the title
    or lead or at least twice."""
    if region is None or region.geo_precision < 3:
        return None
    home = (region.m.country or "").upper()

    def keep(r: MentionRef, _si: int) -> bool:
        if r.geo_precision >= 3 or (r.m.country or "").upper() != home:
            return False
        if government_named(x, r):
            return False  # "les supplétifs d'Ankara": a government
        return not (x.ix.parsed and x._place_is_actor(r))  # "Damas accuse": a government

    best = _heaviest(weighed_places(x, keep))
    return best[1] if best is not None and best[0] >= 1.5 else None


def heading_place_ok(x: ArticleExtractor, r: MentionRef, start: int) -> bool:
    """May a place of a section heading be the place of its section? A place that could stand
    for a later "the town", or the name a heading opens with ("Catalonia – false secessionists
    and real conspirators": often parsed as a subject); not a byline's ("Par X, envoyé spécial
    à Damas" is no heading's topic, its place fails both)."""
    from newsift.events.extract import _people

    if x._antecedent_ok(r, start):
        return True
    opening = not x.ix.doc.text[start : r.start].strip(" \t\"'«“")
    return opening and not _people(r)


def country_aside(x: ArticleExtractor, r: MentionRef, clause: frozenset[int], si: int) -> bool:
    """Is the best place of the sentence a whole country named outside the event's clause, in
    a section whose heading names another place ("they believed they could count on the United
    States" in a section on Catalonia)? The section's place is then the better guess."""
    if x._level(r) < 2 or (r.head is not None and r.head in clause):
        return False
    heading = x._sections.get(si, (0, None))[1]
    if heading is None:
        return False
    same = heading.m.geonameid == r.m.geonameid and heading.m.geonameid is not None
    return not same and (heading.m.country or "") != (r.m.country or "")


def just_after_heading(x: ArticleExtractor, sections: dict[int, tuple[int, object]]) -> bool:
    """Was the last sentence seen a heading that opens with its place ("Catalonia – false
    secessionists ...")? A meta line right after it (a picture's caption) belongs to its
    section; it does not open a new entry as a dateline between two texts does (nor does a
    byline such as "Par X, envoyé spécial à Damas" make a section of its own)."""
    if not sections:
        return False
    last = next(reversed(sections))
    place = sections[last][1]
    if last not in x._headings or place is None:
        return False
    start = x.ix.sentences[last].start
    return not x.ix.doc.text[start : place.start].strip(" \t\"'«“")  # type: ignore[attr-defined]


def told_activity_place(x: ArticleExtractor, r: MentionRef) -> bool:
    """Under a speech verb, is the place that of an activity the speaker tells of ("la police
    a annoncé l'arrestation de 14 personnes lors d'une opération dans la ville de Hawija")
    rather than where the speaker spoke ("said in Baghdad", "a conference in Baghdad")? The
    place hangs from a noun of that activity (not a speech noun, not a word for a town) on
    its way up to the verb."""
    ix = x.ix
    if not ix.parsed or r.head is None or x._speech_place(r, None):
        return False
    place_nouns = x.lex.cue_words.get("anaphor_town", frozenset()) | x.lex.cue_words.get(
        "anaphor_area", frozenset()
    )
    for a in ix.ancestors(r.head)[:6]:
        t = ix.tokens[a]
        if t.pos in ("VERB", "AUX"):
            return False
        if t.pos == "NOUN" and a not in r.toks:
            lem = ix.lemma(a)
            if lem in x.pc.speech_nouns or lem in place_nouns or ix.low(a) in place_nouns:
                continue
            return True
    return False


_NESTED = frozenset({"relcl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis"})


def nested_below(x: ArticleExtractor, r: MentionRef, trig: int) -> bool:
    """Does a clause of its own (a relative or adverbial clause) stand between the place and
    the trigger that governs it ("des bus qui devaient évacuer les blessés de Kefraya")?"""
    ix = x.ix
    if r.head is None:
        return False
    for a in [r.head, *ix.ancestors(r.head)]:
        if a == trig:
            return False
        if ix.tokens[a].dep in _NESTED:
            return True
    return False


def country_town(x: ArticleExtractor, country: MentionRef, skip: int = -1) -> MentionRef | None:
    """The town an event placed only at country level happened in ("a suspected chemical
    attack in Syria" in an article whose body names the town): the most weighted town of that
    country in the article (title and lead weigh more, earlier wins ties), else its most
    weighted province ("the province of Deir Ezzor"). None when the article names neither. The
    event's own sentence ``skip`` is left out: its places were weighed there (a destination of
    evacuees, "transférés vers la province d'Idleb", is not where the deal was made)."""
    if x._level(country) < 2:
        return None
    home = (country.m.country or "").upper()

    def keep(town: bool) -> Callable[[MentionRef, int], bool]:
        def ok(r: MentionRef, si: int) -> bool:
            if (r.m.country or "").upper() != home or x._level(r) >= 2:
                return False
            if (r.geo_precision < 3) != town:
                return False
            # not a government, a speaker's place, where forces came from
            return x._antecedent_ok(r, x.ix.sentences[si].start)

        return ok

    best = _heaviest(weighed_places(x, keep(True), skip)) or _heaviest(
        weighed_places(x, keep(False), skip)
    )
    return best[1] if best is not None else None


def province_town(x: ArticleExtractor, region: MentionRef, skip: int = -1) -> MentionRef | None:
    """The town a deal placed only at a province is about ("l'accord conclu entre les groupes
    armés du nord de la province de Homs et le gouvernement" in a story about Rastan): the most
    weighted town of that province the article names outside the deal's sentence ``skip``
    (title and lead weigh more, earlier wins ties). None for a country or when the article
    names no town of the province."""
    if x._level(region) != 1:
        return None
    home = (region.m.country or "").upper()
    a1 = fold(region.m.admin1 or region.m.canonical or "")
    if not a1:
        return None

    def keep(r: MentionRef, si: int) -> bool:
        if r.geo_precision >= 3 or (r.m.country or "").upper() != home:
            return False
        return fold(r.m.admin1 or "") == a1 and x._antecedent_ok(r, x.ix.sentences[si].start)

    best = _heaviest(weighed_places(x, keep, skip))
    return best[1] if best is not None else None


def same_country_town(x: ArticleExtractor, ranked: list[MentionRef]) -> MentionRef | None:
    """When the best place of a sentence is a whole country, the first-ranked town of that
    country in the same sentence ("an attack in Syria ... the town of Salqin near Idlib"): a
    finer place the sentence itself gives."""
    if not ranked or x._level(ranked[0]) < 2:
        return None
    home = (ranked[0].m.country or "").upper()
    return next(
        (r for r in ranked[1:] if r.geo_precision < 3 and (r.m.country or "").upper() == home),
        None,
    )


def in_other_clause(x: ArticleExtractor, r: MentionRef, trig: int) -> bool:
    """Is the place inside a clause of its own (a relative or adverbial clause, a reported
    clause) that does not hold the trigger ("l'aviation a frappé un convoi qui se dirigeait
    vers Morek", "exécuté des civils qui tentaient de fuir vers Makhmour")? A destination there
    is where someone else was heading, not where the event happened; "Ankara a répété que les
    forces se dirigeraient vers Manbij" holds its trigger in the same clause."""
    ix = x.ix
    if not ix.parsed or r.head is None:
        return False
    for a in [r.head, *ix.ancestors(r.head)]:
        if a == trig:
            return False
        if ix.tokens[a].dep in _NESTED:
            return trig not in ix.subtree(a)
    return False


_COPULA_SUBJ = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "nsubj:outer"})
_PREDICATE_DEPS = frozenset({"attr", "acomp", "xcomp", "obj", "dobj", "oprd"})


def name_head(ix: DocIndex, j: int) -> int:
    """The token a multi-word name hangs from ("Deir ez-Zor", "Abu Kamal, the border town"):
    up through flat, compound, apposition and fixed links, at most four steps."""
    for _ in range(4):
        t = ix.tokens[j]
        if t.dep in ("flat", "flat:name", "compound", "appos", "fixed") and t.head != j:
            j = t.head
            continue
        break
    return j


def described_town(x: ArticleExtractor, r: MentionRef, c_tok: int) -> bool:
    """Is the place the subject of a copula whose predicate is a town noun holding the trigger
    ("Ramadi avait été la dernière ville à tomber aux mains de l'EI", "Ramadi was the last
    city to fall to ISIS")? The place is what fell, not a speaker or an actor above it."""
    ix = x.ix
    if r.head is None or not ix.parsed:
        return False
    j = name_head(ix, r.head)
    t = ix.tokens[j]
    if t.dep not in _COPULA_SUBJ or t.head == j:
        return False
    gov = t.head
    preds = [gov, *(k for k in ix.children[gov] if ix.tokens[k].dep in _PREDICATE_DEPS)]
    return any(
        n != c_tok
        and ix.tokens[n].pos == "NOUN"
        and x.tok_cue("anaphor_town", [n])
        and c_tok in ix.subtree(n)
        for n in preds
    )


_DATELINE_TAIL = re.compile(r"^\s*(?:,[^\n.;]{0,40}?)?(?:\([^)\n]{1,30}\)\s*)?[-–—]\s")


def dateline(x: ArticleExtractor, r: MentionRef, view: SentView) -> bool:
    """An agency dateline opening the sentence ("BAGHDAD, April 14, 2016 (Agency) - Iraqi
    forces on Wednesday recaptured Hit"): where the dispatch was filed, which the parse may
    read as the verb's subject; not the place a date of the clause pairs with."""
    return dateline_end(x, r, view) is not None


def dateline_end(x: ArticleExtractor, r: MentionRef, view: SentView) -> int | None:
    """Where the dateline that place ``r`` opens ends (after its dash), if it opens one."""
    text = x.ix.doc.text
    if text[view.start : r.start].strip(" \t\n\"«“'"):
        return None
    m = _DATELINE_TAIL.match(text[r.end : r.end + 80])
    return r.end + m.end() if m is not None else None


_RELATIVE = frozenset({"relcl", "acl:relcl"})


def relative_antecedent(x: ArticleExtractor, r: MentionRef, c_tok: int) -> bool:
    """Is the place the antecedent of the relative clause holding the trigger ("Hit, a town
    which ISIS had seized in 2014", "Hit, une ville que l'EI avait prise en 2014")? The clause
    tells of that place, even when a speech verb governs the sentence."""
    ix = x.ix
    j = r.head
    if j is None or not ix.parsed:
        return False
    rel = None
    for k, a in enumerate([c_tok, *ix.ancestors(c_tok)]):
        if ix.tokens[a].dep in _RELATIVE:
            rel = a
            break
        if k >= 3:
            return False
    if rel is None:
        return False
    noun = ix.tokens[rel].head
    if noun == j:
        return True
    tn, tj = ix.tokens[noun], ix.tokens[j]
    return (tn.dep == "appos" and tn.head == j) or (tj.dep == "appos" and tj.head == noun)


_SPEAKER_DEPS = frozenset({"nsubj", "nsubj:outer"})
_SPEAKER_AUX = frozenset({"a", "ont", "avait", "has", "have", "had", "a-t-il", "a-t-elle"})


def speaking_place(x: ArticleExtractor, r: MentionRef) -> bool:
    """Is the place the subject of a speech or denial verb ("Damas dément", "Moscow said",
    "Ankara a accusé")? A government named by its capital: no antecedent for "la ville" told
    next, which is the town the story spoke of before. Read from the parse, and from the word
    right after the name (a parser may take "dément" for an adverb)."""
    ix = x.ix
    verbs = set(x.mod.speech) | set(x.mod.deny)
    if r.head is not None and ix.parsed:
        j = name_head(ix, r.head)
        t = ix.tokens[j]
        if t.dep in _SPEAKER_DEPS and t.head != j and {ix.lemma(t.head), ix.low(t.head)} & verbs:
            return True
    after = ix.tokens_in(r.end, r.end + 40)[:2]
    if after and ix.low(after[0]) in _SPEAKER_AUX:
        after = after[1:]
    return bool(after) and bool({ix.lemma(after[0]), ix.low(after[0])} & verbs)


def foreign_seat(x: ArticleExtractor, r: MentionRef) -> bool:
    """Is the place the capital (or seat) of a country other than the one the article is about
    ("Washington" or "Moscou" in a story on Syria)? Acting as a subject, it is a foreign
    government, never where the event told happened."""
    if not is_seat(r):
        return False
    focus = getattr(x, "focus", None)  # None while the focus itself is chosen
    home = (focus.m.country or "").upper() if focus is not None else ""
    return bool(home) and (r.m.country or "").upper() != home


_UNDERGOER_DEPS = frozenset({"obj", "dobj", "iobj", "nsubj:pass", "nsubjpass", "pobj"})


def foreign_government(x: ArticleExtractor, r: MentionRef) -> bool:
    """Is the place a foreign capital (``foreign_seat``) standing bare, with no preposition and
    not as an object ("la victoire que Washington n'osait plus annoncer", "le jour où Moscou
    préférait se taire")? It names a government that speaks, judges or acts, not where the
    sentence's act happened; "à Moscou", "l'accord d'Alger", "l'OTAN bombardait Tripoli" or
    "Ankara a été frappée" stay places. The parser often misses the subject role in relative
    clauses, hence the test on what the name lacks; a name right after a verb is its object
    whatever the parse says ("l'onde de choc a atteint Ankara")."""
    if not foreign_seat(x, r) or r.head is None or not x.ix.parsed:
        return False
    ix = x.ix
    j = name_head(ix, r.head)
    if ix.tokens[j].dep in _UNDERGOER_DEPS:
        return False
    before = ix.tokens_in(max(0, r.start - 30), r.start)[-1:]
    if before and ix.tokens[before[0]].pos in ("VERB", "AUX"):
        return False
    return not any(ix.tokens[ch].dep in ("case", "prep") for ch in ix.children[j])


_AGENT_DEPS = frozenset({"agent", "obl:agent"})
_AGENT_WORDS = frozenset({"par", "by"})


def seat_agent(x: ArticleExtractor, r: MentionRef) -> bool:
    """Is the place a capital that is the agent of a passive ("une opération condamnée par
    Bagdad", "an assault condemned by Baghdad")? It names the government that judges or acts,
    the article's own as well as a foreign one, never where the act happened. The agent mark
    itself is required ("par"/"by" right before): "passer par Damas" is a route, which the
    parser may also label an agent."""
    if not is_seat(r) or r.head is None or not x.ix.parsed:
        return False
    ix = x.ix
    j = name_head(ix, r.head)
    t = ix.tokens[j]
    agent = t.dep in _AGENT_DEPS or (t.dep == "pobj" and ix.tokens[t.head].dep in _AGENT_DEPS)
    if not agent:
        return False
    before = ix.tokens_in(max(0, r.start - 12), r.start)[-1:]
    return bool(before) and ix.low(before[0]) in _AGENT_WORDS


# words of a small settlement: "le village lui-même", "la localité" never stand for a capital
_SMALL_PLACE = frozenset(
    {"village", "localité", "bourg", "bourgade", "hameau", "hamlet", "town", "locality"}
)


def no_antecedent(x: ArticleExtractor, r: MentionRef, clause: frozenset[int]) -> bool:
    """Can a place of an earlier sentence NOT be what "la ville" / "le village" of the event's
    ``clause`` stands for? A capital that speaks ("Damas dément": a government), or a capital
    when the anaphor names a village or small town ("le village lui-même" after "les routes
    qui descendent vers Damas"). A town only headed for stays a fair antecedent ("avance vers
    Deir Hafer ... à l'entrée de la ville")."""
    if speaking_place(x, r) or government_named(x, r):
        return True
    small = any(x.ix.low(i) in _SMALL_PLACE for i in clause)
    return small and is_seat(r)


def government_named(x: ArticleExtractor, r: MentionRef) -> bool:
    """Does the place's own sentence name it as a government, not a place: a capital after a
    group it leads, backs or speaks for ("les supplétifs d'Ankara", "backed by Washington", "les
    démentis de Moscou") or after a sponsor cue ("sous l'égide de Moscou")? Such a capital is no
    place for the events told in the next sentences either."""
    if not is_seat(r):
        return False
    if x._capital_forces(r) or opinion_seat(x, r):
        return True
    rx = place_roles(x.lang).sponsor
    floor = x.ix.sentences[r.sent].start if r.sent is not None else 0
    return rx is not None and bool(rx.search(_lead(x, r, floor)))


def pointed_abroad(x: ArticleExtractor, r: MentionRef, home: str) -> bool:
    """Does the article itself point to the country of ``r``, a place outside the article's
    ``home`` country -- by naming that country, or two of its towns? Then ``r`` is a real town
    abroad ("l'OTAN avait pilonné Syrte" in an essay naming Libya, "l'EI s'était emparé de
    Ramadi" beside Mossoul), the place of its own clause's event, not a foreign namesake of a
    local place that the article's own country should outrank. The places stage already sets
    aside small namesakes abroad that the text never points to."""
    cc = (r.m.country or "").upper()
    if not cc or cc == home.upper() or _precision_of(r) >= 3:
        return False
    if is_seat(r):
        return False  # "la coalition menée par Washington": a foreign capital is its government
    sents = set(x.sents)
    names = _country_folds()
    towns: set[object] = set()
    for p in x.ix.mentions.get("place", []):
        if p.sent not in sents or (p.m.country or "").upper() != cc:
            continue
        if _precision_of(p) >= 3:
            if fold(p.m.name) in names:
                return True  # "la Libye", "Iraq"
            continue
        towns.add(place_identity(p.m))
    if len(towns) >= 2:
        return True
    adjective = _adjectives().get(cc)  # "une armée irakienne" in the sentence
    if adjective is None or r.sent is None:
        return False
    sent = x.ix.sentences[r.sent]
    return bool(adjective.search(x.ix.doc.text, sent.start, sent.end))


def _precision_of(r: MentionRef) -> int:
    return r.geo_precision


@cache
def _country_folds() -> frozenset[str]:
    return frozenset(fold(c.name) for c in countries().values())


def home_rank(
    x: ArticleExtractor,
    r: MentionRef,
    home: str,
    clause: frozenset[int],
    refs: list[MentionRef],
) -> int:
    """0 for a place of the article's ``home`` country, or of a country the article points to
    (:func:`pointed_abroad`) unless a home place lies in the trigger's ``clause`` ("À
    Beyrouth, où les évêques enlevés près d'Alep ...", "Al-Qaïm, la ville voisine d'Abou
    Kamal, côté syrien, avait été libérée"); 1 for another place abroad: a doubtful foreign
    link ("the Fallah area of Tripoli" read in Libya) comes after the home places of its
    sentence."""
    if (r.m.country or "").upper() == home:
        return 0
    if not pointed_abroad(x, r, home):
        return 1
    at_home = [p for p in refs if (p.m.country or "").upper() == home]
    return 1 if any(p.head is not None and p.head in clause for p in at_home) else 0


def not_headed_for(x: ArticleExtractor, prev: list[MentionRef], floor: int) -> list[MentionRef]:
    """The places of an earlier sentence without those only headed for ("le dernier convoi a
    quitté le quartier d'al-Waer en direction de Jarablous", "fled towards Turkey"), when
    another place stays: the sentence happened where it left from, so a later sentence without
    a place ("L'accord, conclu le 13 mars ...") tells of that place, not of the destination."""
    rx = x.pc.destination  # type: ignore[attr-defined]
    if rx is None or len(prev) < 2:
        return prev
    kept = [r for r in prev if not rx.search(x.ix.folded[max(floor, r.start - 60) : r.start])]
    return kept or prev


@cache
def _adjectives() -> dict[str, re.Pattern[str]]:
    """Per country, its adjectives of nationality (``data/places/country_adjectives.tsv``)."""
    from importlib import resources

    text = resources.files("newsift.data.places").joinpath("country_adjectives.tsv")
    out: dict[str, re.Pattern[str]] = {}
    for line in text.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cc, _, words = line.partition("\t")
        alts = "|".join(re.escape(w.strip()) for w in words.split("|") if w.strip())
        if alts:
            out[cc.strip().upper()] = re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)
    return out


# a sentence opening on a bare place noun and a comma: "Le bourg, que ...", "Ce quartier
# populaire, que ...", "The town, which ..."
_THEME_NOUN = re.compile(
    r"\W*(?:le|la|l[’']|ce|cet|cette|the|this)\s*([^\W\d]+)(?:\s+[^\W\d][\w-]*){0,2}\s*,"
)


def theme_anaphor(x: ArticleExtractor, trig: int, ranked: list[MentionRef], start: int) -> bool:
    """Does the sentence open on a bare place noun ("Le bourg, que l'EI avait conquis en 2015
    ...", "Ce quartier populaire, que les rebelles avaient investi", "The town, which ISIS
    seized") while the trigger's own clause names no place but in clauses nested below it
    ("l'offensive qui lui avait livré Palmyre")? The noun is the sentence's theme and stands
    for the place told before, not for the places of those nested clauses."""
    ix = x.ix
    end = theme_noun(x, start)
    if end is None or not ix.parsed:
        return False
    own = ix.subtree(trig)
    for r in ranked:
        if r.start < end:
            return False
        if r.head is not None and r.head in own and not nested_below(x, r, trig):
            return False  # "le bourg, que l'EI avait pris à Hama": its own place
    return True


def theme_noun(x: ArticleExtractor, start: int) -> int | None:
    """Where the bare place noun opening the sentence at ``start`` ends ("Le bourg, que ...",
    "The town, which ..."), if one opens it: the sentence's theme is the place told before, a
    "la ville" for every event of the sentence."""
    m = _THEME_NOUN.match(x.ix.folded, start)
    if m is None or fold(m.group(1)) not in place_roles(x.lang).place_nouns:
        return None
    return m.end()


# One name the gazetteer did not find, as a list writes it: capitalised words, with Arabic
# article prefixes ("Latamné", "Tell Shamiram", "Jouret al-Chiyah", "al-Kishkiyah").
_NAME_ITEM = (
    r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|es)[-‐]\s?)?[^\W\d_a-zß-ÿ][\w’'-]*"
    r"(?:[\s-](?:(?:al|el|ad|ar|as|ash|at|az|an|ed|es)[-‐])?[^\W\d_a-zß-ÿ][\w’'-]*){0,2}"
)


@cache
def _unknown_items_gap(lang: str) -> re.Pattern[str] | None:
    """The text between two listed places that holds only the list's joiners and further
    items (``list_joiners`` and ``list_leads`` of place_roles.toml around names)."""
    d = data_toml("place_roles.toml")
    d = d.get(lang if lang in LANGS else "en") or d["en"]
    joiners, leads = d.get("list_joiners") or [], d.get("list_leads") or []
    if not joiners:
        return None
    join = "|".join(re.escape(w) for w in joiners)
    sep = rf"(?:\s*,\s*(?:(?:{join})\s+)?|\s+(?:{join})\s+)"
    lead = rf"(?:(?:{'|'.join(leads)})\s*)?" if leads else ""
    return re.compile(rf"^{sep}(?:{lead}{_NAME_ITEM}{sep})*{lead}$")


def unknown_items_between(x: ArticleExtractor, a: MentionRef, b: MentionRef) -> bool:
    """Are there, between the listed places ``a`` and ``b``, only a list's joiners and more
    items of it that the gazetteer does not know ("a repris Kafr Zita, Latamné et Morek",
    "seized X, Tell Y and Z")? Then the list goes on to ``b``:
    one event per place it can name, not the first town alone (CONVENTIONS 3: several towns
    taken are several events). No verb and no other mention (a person, a group) between."""
    rx = _unknown_items_gap(x.lang)
    if rx is None or b.sent != a.sent or b.start - a.end > 80:
        return False
    if not rx.match(x.ix.doc.text[a.end : b.start]):
        return False
    if any(x.ix.tokens[i].pos in ("VERB", "AUX") for i in x.ix.tokens_in(a.end, b.start)):
        return False
    return not any(
        r.start < b.start and r.end > a.end
        for refs in x.ix.mentions.values()
        for r in refs
        if r.sent == a.sent and r is not a and r is not b
    )
