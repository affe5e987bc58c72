"""Essays and background paragraphs: past events told by their year and their named operation.

Why: a long-form essay ("In 1861, Washington would not accept ... Lincoln put down the
secession", "his country was devastated during Operation Just Cause") narrates events decades
before its publication. Such an event with no date of its own took place in the year its
paragraph just named, not on the story's current day nor in the publication month; a date the
story reached in an earlier paragraph does not carry over a paragraph break (the essay moved on
to another subject: the event is then dated only by the publication, with a basis of its own,
"essay", so that it does not merge with the essay's dated past events). A named military
operation ("Operation Desert Storm", "l'opération Tempête du désert") says where and when the
clause's event happened when the sentence names no place and no date itself, and, told as the
time frame of a clause with no other event ("devastated during Operation Just Cause"), is an
event of its own. Also in essays: an event told after a dated event noun ("proclaimed
independence following the referendum of 1 October") takes that month, not the other event's
day; an event noun that is the content of a political project ("the project for the annexation
of X") is no event. In any article: a declared entity's given name ("an autonomous province,
named X") is the declaration's place, and a place named again by one capitalised word of its
full name ("the Panama Canal ... the Canal") is that place.

An article is an essay when it names at least ``ESSAY_YEARS`` distinct years at least two years
before its publication. Operations: ``data/events/operations.tsv``; the wording (temporal words
that frame an operation, words that name a declared entity, project nouns, "after" words,
determiners): ``data/events/essay.toml``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.index import MentionRef
from newsift.events.resources import Trigger, data_text, data_toml
from newsift.events.when import When, parse_value, weaker
from newsift.model import Mention

if TYPE_CHECKING:
    from newsift.events.extract import Cand, SentView
    from newsift.events.index import DocIndex

ESSAY_YEARS = 3  # distinct past years that make an article an essay
PAST_YEARS = 2  # how many years before the publication a year must be to count as past
_OPERATION = r"(?:op[ée]ration|operation)s?\s*(?:[«\"“‘']\s*)?"


@dataclass(frozen=True, slots=True)
class Operation:
    """One row of ``operations.tsv``."""

    name: str
    iso2: str
    country: str
    geonameid: int
    lat: float
    lon: float
    year: int
    sub: str


@cache
def operations() -> tuple[tuple[re.Pattern[str], Operation], ...]:
    """Each operation with a pattern for "Operation <name>" in any of its spellings."""
    text = data_text("operations.tsv")
    out: list[tuple[re.Pattern[str], Operation]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, iso2, country, gid, lat, lon, year, sub = line.split("\t")
        op = Operation(
            names.split("|")[0], iso2, country, int(gid), float(lat), float(lon), int(year), sub
        )
        alts = "|".join(re.escape(n) for n in sorted(names.split("|"), key=len, reverse=True))
        rx = re.compile(rf"\b{_OPERATION}(?:{alts})\b", re.IGNORECASE)
        out.append((rx, op))
    return tuple(out)


@cache
def _cues(lang: str) -> dict[str, object]:
    d = data_toml("essay.toml")
    return d.get(lang) or d["en"]


def _words_rx(words: list[str], tail: str) -> re.Pattern[str] | None:
    """The words (any case) followed by ``tail`` (case as written: a name stays capitalised)."""
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|\W)(?i:{alts}){tail}")


@cache
def _during(lang: str) -> re.Pattern[str] | None:
    """Words that make a following operation the time frame of a clause ("during")."""
    tail = r"\s*(?i:the\s+|l['’]\s*|la\s+)?$"
    return _words_rx(list(_cues(lang).get("during") or []), tail)


@cache
def _named(lang: str) -> re.Pattern[str] | None:
    """ "named X", "baptisée X": group 1 is the name (capitalised words)."""
    name = r"[A-ZÀ-Ý][\w’'-]+(?:\s+(?:[A-ZÀ-Ý][\w’'-]+|of|de|du|des))*"
    words = list(_cues(lang).get("named") or [])
    return _words_rx(words, rf"\s+[«\"“]?\s*({name})") if words else None


def _fold(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch)
    )


def year_of(op: Operation) -> When:
    y = op.year
    return When(f"{y:04d}", dt.date(y, 1, 1), dt.date(y, 12, 31), 3)


class EssayRules:
    """Mixin of :class:`newsift.events.extract.ArticleExtractor` (see the module docstring)."""

    ix: DocIndex
    lang: str
    sents: list[int]
    views: dict[int, SentView]
    published: When | None

    if TYPE_CHECKING:

        def _verb_of(self, i: int) -> int: ...

    # ------------------------------------------------------------------ operations
    def _operations_in(self, view: SentView) -> list[tuple[MentionRef, Operation]]:
        """The named operations of a sentence, each as a country place mention."""
        cached = getattr(self, "_ops_cache", None)
        if cached is None:
            cached = {}
            self._ops_cache = cached
        if view.si in cached:
            return cached[view.si]
        ix = self.ix
        text = ix.doc.text[view.start : view.end]
        found: list[tuple[MentionRef, Operation]] = []
        for rx, op in operations():
            for m in rx.finditer(text):
                start, end = view.start + m.start(), view.start + m.end()
                toks = ix.tokens_in(start, end)
                mention = Mention(
                    start=start,
                    end=end,
                    text=text[m.start() : m.end()],
                    kind="place",
                    kb_id=f"geonames:{op.geonameid}",
                    canonical=op.country,
                    precision=3,
                    lat=op.lat,
                    lon=op.lon,
                    country=op.iso2,
                    geonameid=op.geonameid,
                    extractor="events:operation",
                )
                found.append((MentionRef(mention, toks, ix.span_head(toks), view.si), op))
        cached[view.si] = found
        return found

    def _past_operation(self, op: Operation) -> bool:
        return self.published is not None and self.published.start.year - op.year >= 1

    def _operation_cands(self, view: SentView, cands: list[Cand]) -> list[Cand]:
        """A past operation named as the time frame of a clause that tells no other event
        ("his country was devastated during Operation Just Cause") is that event."""
        from newsift.events.extract import Cand

        rx = _during(self.lang)
        if rx is None:
            return []
        out: list[Cand] = []
        ix = self.ix
        for ref, op in self._operations_in(view):
            if not self._past_operation(op) or ref.head is None:
                continue
            if not rx.search(ix.doc.text[max(view.start, ref.start - 30) : ref.start]):
                continue
            if ix.parsed:
                verb = self._verb_of(ref.head)
                if any(self._verb_of(c.tok) == verb for c in cands if not c.trig.prospective):
                    continue  # "During Operation Desert Storm, they created no-fly zones"
            elif any(not c.trig.prospective for c in cands):
                continue
            trig = Trigger(sub=op.sub, weight=0.6, label="operation")
            out.append(
                Cand(
                    sub=op.sub, trig=trig, tok=ref.head, start=ref.start, end=ref.end, sent=view.si
                )
            )
        return out

    # ------------------------------------------------------------------ essays
    def _is_essay(self) -> bool:
        got = getattr(self, "_essay_cache", None)
        if got is None:
            got = False
            if self.published is not None:
                years: set[int] = set()
                for si in self.sents:
                    for r in self.ix.in_sentence("date", si):
                        w = parse_value(r.m.value)
                        if w is not None and self.published.start.year - w.end.year >= PAST_YEARS:
                            years.add(w.start.year)
                got = len(years) >= ESSAY_YEARS
            self._essay_cache = got
        return got

    def _paragraph_break(self, a: int, b: int) -> bool:
        """Is there a line break between sentences ``a`` and ``b`` (sentence indices)?"""
        lo, hi = sorted((a, b))
        s1, s2 = self.ix.sentences[lo], self.ix.sentences[hi]
        return "\n" in self.ix.doc.text[s1.end : s2.start] or any(
            "\n" in self.ix.doc.text[self.ix.sentences[s].start : self.ix.sentences[s].end]
            for s in range(lo + 1, hi)
        )

    def _paragraph_year(self, si: int) -> When | None:
        """The last past year or month told earlier in sentence ``si``'s paragraph."""
        if self.published is None:
            return None
        pos = self.sent_pos(si, -1)
        for prev in reversed(self.sents[:pos] if pos > 0 else []):
            if self._paragraph_break(prev, si):
                return None
            refs = self.ix.in_sentence("date", prev)
            for r in sorted(refs, key=lambda r: -r.start):
                w = parse_value(r.m.value)
                if w is None or w.precision < 3:
                    continue
                if self.published.start.year - w.end.year >= PAST_YEARS:
                    return w
        return None

    def _essay_settle(
        self, made: list[Cand], c: Cand, view: SentView, last_sent: int | None
    ) -> None:
        """Place and date of past events told in an essay or by a named operation (module
        docstring). ``last_sent`` is the sentence that set the inherited story date."""
        ops = [(r, op) for r, op in self._operations_in(view) if self._past_operation(op)]
        essay = self._is_essay()
        if essay and self._projected(c):
            made.clear()  # "the project for the annexation of Andorra": an aim, not an event
            return
        named = self._named_place(c, view, made)
        self._riot_toll(made, view)
        for e in made:
            if named is not None:
                from newsift.events.extract import Place

                e.place = Place(named, "clause", 3)
            if e.place is None or e.place.basis in ("focus", "previous"):
                back = self._named_back(c, view)
                if back is not None:
                    from newsift.events.extract import Place

                    e.place = Place(back, "anaphor", back.geo_precision)
            if ops and (e.place is None or e.place.basis in ("focus", "previous", "anaphor")):
                from newsift.events.extract import Place

                e.place = Place(ops[0][0], "clause", 3)
            if essay and e.date_basis in ("clause", "sentence") and e.when is not None:
                after = self._after_dated_event(c, view, e.when)
                if after is not None:
                    e.when = after  # "proclaimed independence after the referendum of 1 May"
            if e.date_basis not in ("inherited", "published", "none"):
                continue
            if ops:
                e.when, e.date_basis = year_of(ops[0][1]), "paragraph"
                continue
            if not essay:
                continue
            year = self._paragraph_year(view.si)
            if year is not None:
                e.when, e.date_basis = year, "paragraph"
            elif (
                e.date_basis == "inherited"
                and e.when is not None
                and last_sent is not None
                and self._paragraph_break(last_sent, view.si)
                and self.published is not None
            ):
                # a date the essay reached paragraphs ago: only the publication dates it
                # (a basis of its own: not a story day that merges with any other date)
                e.when, e.date_basis = weaker(self.published, 3), "essay"
            elif e.date_basis == "published" and e.when is not None:
                # the essay's present, not a wildcard that merges with its dated past events
                e.when, e.date_basis = weaker(e.when, 3), "essay"

    def _named_place(self, c: Cand, view: SentView, made: list[Cand]) -> MentionRef | None:
        """The entity a declaration creates and names ("created their own autonomous province,
        named Ezra", "une région autonome baptisée Ezra"): a place of its own, in the country
        the event was placed in."""
        if c.sub not in (_cues(self.lang).get("declared") or ()):
            return None
        rx = _named(self.lang)
        if rx is None:
            return None
        text = self.ix.doc.text
        stop = min(view.end, c.end + 80)
        m = rx.search(text, c.end, stop)
        if m is None or re.search(r"[.;:]", text[c.end : m.start(1)]):
            return None
        start, end = m.start(1), m.end(1)
        while end > start and text[end - 1] in "’'-":
            end -= 1
        for r in self.ix.in_sentence("place", view.si):
            if r.start <= start < r.end:
                return r  # a place the gazetteer knows
        base = next((e.place.ref.m for e in made if e.place is not None), None)
        if base is None:
            return None
        mention = Mention(
            start=start,
            end=end,
            text=text[start:end],
            kind="place",
            kb_id=f"named:{text[start:end]}",
            canonical=text[start:end],
            precision=3,
            lat=base.lat,
            lon=base.lon,
            country=base.country,
            admin1=base.admin1,
            extractor="events:named",
        )
        toks = self.ix.tokens_in(start, end)
        return MentionRef(mention, toks, self.ix.span_head(toks), view.si)

    def _after_dated_event(self, c: Cand, view: SentView, w: When) -> When | None:
        """The month of ``w`` when the day dates another event noun that this one follows
        ("proclaimed independence following the referendum of 1 October", "a proclamé
        l'indépendance après le référendum du 1er octobre"): this event came after that day."""
        ix = self.ix
        if not ix.parsed or w.precision != 1:
            return None
        words = set(_cues(self.lang).get("after") or ())
        others = {t for t in getattr(self, "_sentence_triggers", ()) if t != c.tok}
        for r in ix.in_sentence("date", view.si):
            v = parse_value(r.m.value)
            if r.head is None or v is None or v.value != w.value:
                continue
            chain = ix.ancestors(r.head)
            if c.tok not in chain:
                continue
            below = chain[: chain.index(c.tok)]
            noun = next((t for t in below if t in others), None)
            if noun is None:
                continue
            if any(ix.low(t) in words or ix.lemma(t) in words for t in below[below.index(noun) :]):
                y, m = w.start.year, w.start.month
                end = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
                return When(f"{y:04d}-{m:02d}", dt.date(y, m, 1), end, 3)
        return None

    def _named_back(self, c: Cand, view: SentView) -> MentionRef | None:
        """A place named again by one capitalised word of its name ("the Panama Canal ... the
        sovereignty of the Canal", "le canal de Suez ... le Canal"): that place, when one of
        the last three sentences named it in full."""
        ix = self.ix
        if not ix.parsed:
            return None
        dets = set(_cues(self.lang).get("determiners") or ())
        toks = list(view.toks)
        taken = [(r.start, r.end) for k in ix.mentions for r in ix.mentions[k] if r.sent == view.si]
        words: dict[str, int] = {}
        for n, i in enumerate(toks[1:], start=1):
            t = ix.tokens[i]
            surface = ix.doc.text[t.start : t.end]
            if t.pos not in ("NOUN", "PROPN") or not surface[:1].isupper() or len(surface) < 4:
                continue
            if ix.low(toks[n - 1]) not in dets or any(s <= t.start < e for s, e in taken):
                continue
            if n + 1 < len(toks) and ix.doc.text[ix.tokens[toks[n + 1]].start][:1].isupper():
                continue  # "the Canal Zone Authority": a longer name of its own
            words[_fold(surface)] = i
        if not words:
            return None
        pos = self.sent_pos(view.si, 0)
        for prev in reversed(self.sents[max(0, pos - 3) : pos + 1]):
            for r in sorted(ix.in_sentence("place", prev), key=lambda r: -r.start):
                if prev == view.si and r.start >= c.start:
                    continue
                name = [w for w in re.findall(r"\w+", _fold(r.m.text)) if len(w) > 2]
                if len(name) >= 2 and (name[0] in words or name[-1] in words):
                    return r
                after = re.match(r"[ \t]+([A-ZÀ-Ý]\w{3,})\b", ix.doc.text[r.end : r.end + 40])
                feature = {_fold(w) for w in _cues(self.lang).get("feature_words") or ()}
                if after and _fold(after.group(1)) in words and _fold(after.group(1)) in feature:
                    return self._place_with_word(r, r.end + after.end(), view)
        return None

    def _place_with_word(self, r: MentionRef, end: int, view: SentView) -> MentionRef:
        """A place whose gazetteer mention left out its last word ("the Panama Canal": only
        "Panama" found): the full name, in the place's country, at the place's coordinates."""
        m = r.m
        text = self.ix.doc.text[m.start : end]
        mention = Mention(
            start=m.start,
            end=end,
            text=text,
            kind="place",
            kb_id=f"named:{text}",
            canonical=f"{m.name}{text[len(m.text) :]}",
            precision=3,
            lat=m.lat,
            lon=m.lon,
            country=m.country,
            admin1=m.admin1,
            extractor="events:named",
        )
        toks = self.ix.tokens_in(m.start, end)
        return MentionRef(mention, toks, self.ix.span_head(toks), r.sent)

    def _projected(self, c: Cand) -> bool:
        """Is a nominal trigger the content of a political project ("supporting the project
        for the annexation of Andorra", "le projet d'annexion de l'Andorre")?"""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].pos not in ("NOUN", "PROPN"):
            return False
        words = set(_cues(self.lang).get("project") or ())
        up = ix.ancestors(c.tok)[:2]
        for a in up:
            if ix.lemma(a) in words or ix.low(a) in words:
                return True
            if ix.tokens[a].pos != "ADP":
                break
        # the parse may hang "for the annexation" on the verb: read the words before it
        i = c.tok - 1
        while i >= 0 and c.tok - i <= 3 and ix.tokens[i].pos in ("DET", "ADP"):
            i -= 1
        return i >= 0 and i < c.tok - 1 and (ix.lemma(i) in words or ix.low(i) in words)

    def _riot_toll(self, made: list[Cand], view: SentView) -> None:
        """The deaths a riot caused are the riot's ("the post-election violence killed a
        thousand people", "les violences post-électorales ont fait mille morts"): an Attack by
        no one or by rioters, in a sentence whose riot was already made, is that Mob violence."""
        riots = [
            x
            for x in getattr(self, "_made", ())
            if x.sent == view.si and x.sub == "Mob violence" and x.dropped is None
        ]
        if not riots:
            return
        for e in made:
            if e.sub != "Attack":
                continue
            info = e.info1()
            inter = info.inter if info is not None else e.actor1_inter
            if e.actor1 is not None and inter != 5:
                continue
            if any(
                r.place is not None
                and e.place is not None
                and r.place.ref is e.place.ref
                or r.place is None
                or e.place is None
                for r in riots
            ):
                e.sub = "Mob violence"
                e.trig = replace(e.trig, sub="Mob violence", plover=None)
