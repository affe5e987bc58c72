"""Death tolls of one sentence: which of its figures are the event's own dead.

ACLED codes an event's fatalities as the deaths of that event only: the lowest figure where a
range or several figures are given ("between 12 and 15" -> 12), the sum of the sides' dead
("50 militants and eight civilians" -> 58), never a sub-count ("including 11 children"), a
wounded count ("killing 3 and wounding 12"), or a cumulative tally of a war or a campaign
("more than 300,000 people have been killed since 2011"). A toll may be given without a death
word ("the death toll rose to at least 112", "le bilan s'est alourdi à 20"); a raised toll is
an update that later supersedes the event's earlier figure (see ``newsift.events.merge``).

Figures are linked to a death word by word order (number ... death word, death word ...
number, with people nouns, adjectives and auxiliaries between) and, in a parsed sentence, by
the dependency parse (the counted noun is the subject or object of a kill verb, or conjoined
with one that is). Word lists: ``data/events/quantities.toml`` (``numbers``, ``fuzzy``,
``words`` and ``toll`` tables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from newsift.events.index import DocIndex
from newsift.events.resources import Quantities, data_toml, fold

SUBJ_OBJ = frozenset(
    {"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "attr", "oprd", "obl:agent", "appos"}
)
PREDICATE = frozenset({"amod", "acl"})  # "civilians killed", "personnes tuées"
RESULT = frozenset({"oprd", "xcomp", "acomp"})  # "left 11 people dead"
NUM_DEPS = frozenset({"nummod", "quantmod", "compound", "nmod", "advmod"})
CONJ = frozenset({"and", "et", "or", "ou", ",", ";", "but", "mais", "while", "tandis"})
ARTICLES = frozenset({"a", "an", "un", "une"})
_SPLIT = re.compile(r"[-\u2010\u2011]")


@dataclass(frozen=True, slots=True)
class TollCues:
    """The ``toll`` table of one language: single words and (folded) phrases."""

    toll: frozenset[str]
    update: frozenset[str]
    subset: frozenset[str]
    subset_phrases: tuple[tuple[str, ...], ...]
    among: frozenset[str]
    range: frozenset[str]
    between: frozenset[str]
    since: frozenset[str]
    since_phrases: tuple[tuple[str, ...], ...]
    not_tally: frozenset[str]
    superlative: frozenset[str]
    war: frozenset[str]
    span_units: frozenset[str]
    span_lead: frozenset[str]
    span_fill: frozenset[str]
    span_last: frozenset[str]
    war_preps: frozenset[str]
    units: frozenset[str]
    months: frozenset[str]
    victims: frozenset[str]
    persons: frozenset[str]


def _words(items: list[str]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    single = frozenset(fold(w) for w in items if " " not in w)
    multi = tuple(tuple(fold(w).split()) for w in items if " " in w)
    return single, multi


@cache
def toll_cues(lang: str) -> TollCues:
    data = data_toml("quantities.toml")
    d = (data.get(lang) or data["en"]).get("toll") or data["en"]["toll"]
    subset, subset_p = _words(d["subset"])
    since, since_p = _words(d["since"])
    return TollCues(
        toll=frozenset(fold(w) for w in d["toll"]),
        update=frozenset(fold(w) for w in d["update"]),
        subset=subset,
        subset_phrases=subset_p,
        among=frozenset(fold(w) for w in d["among"]),
        range=frozenset(fold(w) for w in d["range"]),
        between=frozenset(fold(w) for w in d["between"]),
        since=since,
        since_phrases=since_p,
        not_tally=frozenset(fold(w) for w in d["not_tally"]),
        superlative=frozenset(fold(w) for w in d["superlative"]),
        war=frozenset(w for x in d["war"] for w in fold(x).split()),
        span_units=frozenset(fold(w) for w in d["span_units"]),
        span_lead=frozenset(fold(w) for w in d["span_lead"]),
        span_fill=frozenset(fold(w) for w in d["span_fill"]),
        span_last=frozenset(fold(w) for w in d["span_last"]),
        war_preps=frozenset(fold(w) for w in d["war_preps"]),
        units=frozenset(fold(w) for w in d["units"]),
        months=frozenset(fold(w) for w in d["months"]),
        victims=frozenset(fold(w) for w in d["victims"]),
        persons=frozenset(fold(w) for w in d.get("persons", [])),
    )


@dataclass(slots=True)
class Figure:
    """A number of the sentence; positions index the sentence's token list."""

    value: int
    first: int
    last: int
    kind: str = ""  # death | injury | toll | "" (not about casualties)
    death_at: int | None = None  # position of the death (or toll) word it counts
    subset: bool = False  # "including 11 children"
    tally: bool = False  # "since 2011", "in the civil war"


@dataclass(slots=True)
class SentenceToll:
    figures: list[Figure] = field(default_factory=list)
    value: int | None = None  # the event's figure
    update: bool = False  # told as a raised toll ("rose to", "s'est alourdi")
    tally_tokens: frozenset[int] = frozenset()  # token ids of a war tally's death words
    toll_word: bool = False  # the sentence names a toll ("death toll", "bilan")


class TollReader:
    """Reads the figures of a sentence (``toks``: its token ids) against a language's lists."""

    def __init__(self, ix: DocIndex, q: Quantities, lang: str) -> None:
        self.ix, self.q, self.cues = ix, q, toll_cues(lang)

    # ------------------------------------------------------------------ numbers
    def _word_value(self, low: str) -> int | None:
        """A number word, hyphenated compounds too ("thirty-five", "vingt-deux")."""
        got = self.q.values.get((low,))
        if got is not None:
            return got
        parts = [p for p in _SPLIT.split(low) if p and p != "et"]
        if len(parts) < 2 or not all((p,) in self.q.values for p in parts):
            return None
        vals = [self.q.values[(p,)] for p in parts]
        if len(vals) == 2 and vals[0] < 10 and vals[1] == 20:
            return vals[0] * 20  # quatre-vingt(s)
        if all(v < 100 for v in vals):
            return sum(vals)
        return None

    def _in_date(self, f: Figure, lows: list[str], toks: list[int]) -> bool:
        """Is the number a day of a date (inside a date mention, or next to a month)?"""
        if toks:
            start = self.ix.tokens[toks[f.first]].start
            for r in self.ix.mentions.get("date", []):
                if r.start <= start < r.end:
                    return True
        if lows[f.first] in ARTICLES or not lows[f.first].isdigit():
            return False
        near = [lows[k] for k in (f.first - 1, f.last + 1) if 0 <= k < len(lows)]
        for w in near:
            if w in self.cues.months:
                k = f.first - 1 if w == lows[f.first - 1] else f.last + 1
                text = self.ix.doc.text[self.ix.tokens[toks[k]].start : self.ix.tokens[toks[k]].end]
                if w != "may" or text[:1].isupper():
                    return True
        return False

    def numbers(self, lows: list[str], toks: list[int] | None = None) -> list[Figure]:
        q = self.q
        n = len(lows)
        out: list[Figure] = []
        i = 0
        while i < n:
            got: Figure | None = None
            for size in range(min(q.longest, n - i), 1, -1):
                key = tuple(lows[i : i + size])
                if key in q.values:
                    got = Figure(q.values[key], i, i + size - 1)
                    break
            if got is None:
                w = self._word_value(lows[i])
                digits = lows[i].replace(",", "").replace("\u202f", "").replace(" ", "")
                if w is not None:
                    got = Figure(w, i, i)
                elif digits.isdigit() and not (1900 <= int(digits) <= 2100 and len(digits) == 4):
                    got = Figure(int(digits), i, i)
                    while (
                        len(digits) <= 3
                        and got.last + 1 < n
                        and len(lows[got.last + 1]) == 3
                        and lows[got.last + 1].isdigit()
                    ):  # "300 000": a thin-space group split into two tokens
                        digits += lows[got.last + 1]
                        got.value, got.last = int(digits), got.last + 1
            if got is None:
                i += 1
                continue
            j = got.last
            # "twenty five", "trente et un": tens then units
            if got.value in range(20, 100, 10) and lows[j].isalpha() and j + 1 < n:
                k = j + 2 if lows[j + 1] in ("et", "-") and j + 2 < n else j + 1
                unit = self._word_value(lows[k])
                if unit is not None and 1 <= unit <= 9:
                    got.value += unit
                    j = got.last = k
            # "2 thousand", "two hundred"
            if j + 1 < n and got.value < 1000:
                mult = q.values.get((lows[j + 1],))
                if mult in (100, 1000, 1000000) and lows[j + 1] not in ARTICLES:
                    got.value *= mult
                    got.last = j + 1
            i = got.last + 1
            after = lows[got.last + 1] if got.last + 1 < n else ""
            if got.first == got.last and not lows[got.first].isdigit() and after.isdigit():
                continue  # "some 80 people", "a 100 metres": the word only modifies the number
            if toks and self._in_date(got, lows, toks):
                continue  # "7 July 2015", "Sunday 9 Oct": a day of the month
            nxt = lows[got.last + 1 : got.last + 3]
            if nxt[:1] == ["-"] and nxt[1:] and nxt[1].rstrip("s") in self.cues.units:
                continue  # "the five-year conflict", "a 10-year-old boy": not a count
            out.append(got)
        return self._ranges(out, lows)

    def _ranges(self, figs: list[Figure], lows: list[str]) -> list[Figure]:
        """ "12 to 15", "between 12 and 15", "entre 12 et 15": one figure, the lowest."""
        c = self.cues
        out: list[Figure] = []
        for f in figs:
            prev = out[-1] if out else None
            if prev is not None and f.first == prev.last + 2:
                link = lows[prev.last + 1]
                opened = prev.first > 0 and lows[prev.first - 1] in c.between
                if link in c.range or (link in ("and", "et") and opened):
                    prev.value = min(prev.value, f.value)
                    prev.last = f.last
                    continue
            out.append(f)
        return out

    # ------------------------------------------------------------------ reading
    def read(self, toks: list[int]) -> SentenceToll:
        ix, c = self.ix, self.cues
        lows = [ix.low(i) for i in toks]
        lems = [ix.lemma(i) for i in toks]
        figs = self.numbers(lows, toks)
        st = SentenceToll(figures=figs)
        st.toll_word = any(w in c.toll for w in lows)
        if not figs:
            return st
        for f in figs:
            self._link(f, toks, lows, lems)
        self._subsets(figs, toks, lows)
        self._tolls(st, toks, lows)
        self._tallies(st, toks, lows)
        st.update = st.toll_word and any(
            w in c.update or m in c.update for w, m in zip(lows, lems, strict=True)
        )
        st.value = self._value(figs, toks)
        st.tally_tokens = frozenset(
            toks[f.death_at] for f in figs if f.tally and f.death_at is not None
        )
        return st

    def _death(self, low: str, lem: str) -> bool:
        return low in self.q.death or lem in self.q.death

    def _injury(self, low: str, lem: str) -> bool:
        return low in self.q.injury or lem in self.q.injury

    def _dead_and_hurt(self, k: int, lows: list[str]) -> bool:
        """ "19 killed and injured", "des dizaines de morts et de blessés": one count of both."""
        nxt = [w for w in lows[k + 1 : k + 4] if w not in ("de", "d'", "des")]
        return len(nxt) >= 2 and nxt[0] in ("and", "or", "et", "ou") and nxt[1] in self.q.injury

    def _link(self, f: Figure, toks: list[int], lows: list[str], lems: list[str]) -> None:
        """Is the figure a count of dead (or of wounded), by word order, then by the parse?"""
        self._link_words(f, toks, lows, lems)
        if f.kind == "death" and f.death_at is not None and self._dead_and_hurt(f.death_at, lows):
            f.kind, f.death_at = "injury", None

    def _link_words(self, f: Figure, toks: list[int], lows: list[str], lems: list[str]) -> None:
        ix, q = self.ix, self.q
        n = len(toks)
        article = lows[f.first] in ARTICLES or (f.value == 1 and f.first == f.last)
        k = f.last + 1
        while k < n and k - f.last <= 7:
            if lows[k] in CONJ:
                break  # "killed 12 civilians and wounded 30": the next verb is another count
            if self._injury(lows[k], lems[k]):
                nxt = lows[k + 1] if k + 1 < n else ""
                if nxt.isdigit() or (nxt,) in q.values:
                    break  # "killed 30 people injured 90": the wounded are counted after
                f.kind = "injury"
                return
            if self._death(lows[k], lems[k]) and lows[k] not in self.cues.toll:
                if k > f.last + 1 and lows[k].endswith(("ing", "ant")):
                    return  # "two besieged towns killing 100": the participle's own count
                victims = any(w in self.cues.victims for w in lows[f.last + 1 : k])
                if victims or not self._has_object(toks[k]):
                    f.kind, f.death_at = "death", k
                return  # "two bombers killed 30 soldiers": the count is the killers'
            pos = ix.tokens[toks[k]].pos if ix.parsed else ""
            if (
                lows[k] in q.filler
                or lems[k] in q.filler
                or lows[k] in self.cues.persons
                or pos in ("ADJ", "ADV")
                or (pos == "PROPN" and not article)
            ):
                k += 1
            elif pos == "NOUN" and not article and (k == f.last + 1 or lows[k - 1] not in q.filler):
                k += 1  # the counted noun ("41 worshippers were killed"), compounds
            elif pos == "PUNCT" and lows[k] in ("-", "–"):
                k += 1
            else:
                break
        # death word ... number ("killing 5", "the death of a soldier")
        k, steps = f.first - 1, 0
        if k >= 0 and lows[k] in self.cues.between:
            k -= 1  # "killed between 12 and 15"
        while k >= 0 and steps < 4 and (lows[k] in q.filler or lows[k] in ("of", "de")):
            if lows[k] in ("and", "et") and steps == 0:
                break  # "killed 5 and 12 ...": the second figure reads on its own
            k -= 1
            steps += 1
        if k >= 0 and self._injury(lows[k], lems[k]):
            f.kind = "injury"  # "blessant six autres personnes", "wounding 30"
            return
        if k >= 0 and self._death(lows[k], lems[k]) and lows[k] not in self.cues.toll:
            f.kind, f.death_at = "death", k
            return
        if ix.parsed and (not article or lows[f.first] not in ARTICLES):
            self._link_parse(f, toks)

    def _has_object(self, v: int) -> bool:
        """Has verb ``v`` a direct object (so its subject is the agent, not the dead)?"""
        ix = self.ix
        return (
            ix.parsed
            and ix.tokens[v].pos == "VERB"
            and any(ix.tokens[ch].dep in ("dobj", "obj") for ch in ix.children[v])
        )

    def _link_parse(self, f: Figure, toks: list[int]) -> None:
        ix = self.ix
        where = {t: p for p, t in enumerate(toks)}
        t = toks[f.last]
        tok = ix.tokens[t]
        h = tok.head if tok.dep in NUM_DEPS and tok.head != t else t
        seen = 0
        while seen < 4 and h in where:
            seen += 1
            low, lem = ix.low(h), ix.lemma(h)
            if self._injury(low, lem):
                f.kind = "injury"
                return
            if self._death(low, lem) and low not in self.cues.toll and h != t:
                f.kind, f.death_at = "death", where[h]
                return
            mates = [ch for ch in ix.children[h] if ix.tokens[ch].dep == "conj"]
            for ch in [x for m in (h, *mates) for x in ix.children[m]]:
                # "9 soldiers and allied militiamen killed": the predicate of the pair
                if ch in where and ix.tokens[ch].dep in PREDICATE:
                    if self._injury(ix.low(ch), ix.lemma(ch)):
                        f.kind = "injury"
                        return
                    if self._death(ix.low(ch), ix.lemma(ch)):
                        if self._has_object(ch):
                            return  # "two towns killing 100 people": not the dead
                        f.kind, f.death_at = "death", where[ch]
                        return  # "civilians killed", "11 people dead"
            if any(
                ix.tokens[ch].dep in PREDICATE
                and ix.tokens[ch].pos == "VERB"
                and not self._death(ix.low(ch), ix.lemma(ch))
                for ch in ix.children[h]
            ):
                return  # "and millions displaced": the noun has its own predicate
            d = ix.tokens[h].dep
            up = ix.tokens[h].head
            if d == "conj" and up in where:
                h = up
                continue
            if d in ("pobj", "nmod") and up in where and self._of(h):
                h = ix.tokens[up].head if d == "pobj" else up  # "a total of 14", "la mort de 3"
                continue
            if d == "nsubj" and self._has_object(up) and low not in self.cues.victims:
                return  # the subject of "killed 30 soldiers" did the killing
            if d in SUBJ_OBJ and up in where:
                v = up
                if self._injury(ix.low(v), ix.lemma(v)):
                    f.kind = "injury"
                    return
                if self._death(ix.low(v), ix.lemma(v)) and ix.low(v) not in self.cues.toll:
                    f.kind, f.death_at = "death", where[v]
                    return
                for ch in ix.children[v]:  # "left 11 people dead"
                    if (
                        ch in where
                        and ch != h
                        and ix.tokens[ch].dep in RESULT
                        and self._death(ix.low(ch), ix.lemma(ch))
                    ):
                        f.kind, f.death_at = "death", where[ch]
                        return
            return

    def _of(self, h: int) -> bool:
        """Is noun ``h`` the complement of "of" / "de" ("a total of 14 fighters")?"""
        ix = self.ix
        t = ix.tokens[h]
        if t.dep == "pobj":
            return ix.low(t.head) == "of"
        return any(
            ix.tokens[ch].dep == "case" and ix.low(ch) in ("de", "d'", "des", "du")
            for ch in ix.children[h]
        )

    def _subsets(self, figs: list[Figure], toks: list[int], lows: list[str]) -> None:
        """ "including 11 children", "dont 3 enfants", "six children were among 19 dead",
        "5 of them children", and the rest of a list opened that way."""
        c, q, ix = self.cues, self.q, self.ix
        n = len(lows)
        prev: Figure | None = None
        for f in figs:
            lead = lows[max(0, f.first - 4) : f.first]
            opened = any(w in c.subset for w in lead[-3:]) or any(
                tuple(lead[-len(p) - k : len(lead) - k]) == p
                for p in c.subset_phrases
                for k in range(0, 3)
                if len(lead) >= len(p) + k
            )
            after = lows[f.last + 1 : f.last + 6]
            among = False
            for k, w in enumerate(after, start=f.last + 1):
                if w in c.among:
                    among = True
                    break
                if self._death(w, ix.lemma(toks[k])):
                    break  # "16 morts parmi les civils": among whom they died, not a part
                pos = ix.tokens[toks[k]].pos if ix.parsed else ""
                if not (w in q.filler or w in c.persons or pos in ("NOUN", "ADJ", "PROPN")):
                    break
            of_them = tuple(after[:2]) in (("of", "them"), ("of", "whom"))
            listed = False
            if prev is not None and prev.subset:
                gap = range(prev.last + 1, f.first)
                listed = all(
                    lows[k] in (",", "and", "et", "-") + tuple(q.filler)
                    or (ix.parsed and ix.tokens[toks[k]].pos in ("NOUN", "ADJ", "PROPN"))
                    for k in gap
                    if k < n
                ) and not any(self._death(lows[k], ix.lemma(toks[k])) for k in gap)
            if opened or among or of_them or listed:
                f.subset = True
            prev = f

    def _tolls(self, st: SentenceToll, toks: list[int], lows: list[str]) -> None:
        """ "the death toll ... rose to at least 112", "putting the toll at 70": the first
        figure after a toll noun, when no death word claims it."""
        c = self.cues
        marks = [p for p, w in enumerate(lows) if w in c.toll]
        if not marks:
            return
        for f in st.figures:
            if f.kind or f.subset or lows[f.first] in ARTICLES:
                continue
            before = [m for m in marks if m < f.first and f.first - m <= 20]
            if before and not any(
                g.kind == "death" and before[-1] < g.first < f.first for g in st.figures
            ):
                f.kind, f.death_at = "toll", before[-1]
                break

    def _tallies(self, st: SentenceToll, toks: list[int], lows: list[str]) -> None:
        """A figure counted "since 2011", "depuis le début du conflit", or over a whole war
        ("killed in the civil war", "the death toll from the conflict") is a tally."""
        c = self.cues
        dead = [f for f in st.figures if f.kind in ("death", "toll") and not f.subset]
        if not dead:
            return
        n = len(lows)
        marks: list[int] = []
        for p, w in enumerate(lows):
            starts = w in c.since or any(
                tuple(lows[p : p + len(ph)]) == ph for ph in c.since_phrases
            )
            if not starts:
                continue
            if any(x in c.superlative for x in lows[max(0, p - 3) : p]):
                continue  # "the worst since 2015"
            nxt = [x for x in lows[p + 1 : p + 3] if x not in ("the", "le", "l'", "la", "ce")]
            if nxt and nxt[0] in c.not_tally:
                continue  # "since dawn": the same day
            marks.append(p)
        wars = [
            p for p, w in enumerate(lows) if w in c.war and not self._war_is_actor(p, toks, lows)
        ]
        spans = [p for p, w in enumerate(lows) if w in c.span_units and self._span_lead(p, lows)]
        spans += self._long_ranges(toks)
        for p in marks + spans:
            for f in self._scope(p, dead, toks, n):
                f.tally = True
        for p in wars:
            for f in self._war_scope(p, dead, toks):
                f.tally = True

    def _long_ranges(self, toks: list[int]) -> list[int]:
        """Positions of date mentions spanning more than two months ("from March 2011 to
        June 2016"): a figure counted over them is a tally."""
        where = {t: q for q, t in enumerate(toks)}
        out: list[int] = []
        for r in self.ix.mentions.get("date", []):
            if r.head not in where:
                continue
            m = re.fullmatch(r"(\d{4})(?:-(\d\d))?.*/(\d{4})(?:-(\d\d))?.*", str(r.m.value or ""))
            if m:
                a = int(m[1]) * 12 + int(m[2] or 1)
                b = int(m[3]) * 12 + int(m[4] or 12)
                if b - a > 2:
                    out.append(where[r.head])
        return out

    def _span_lead(self, p: int, lows: list[str]) -> bool:
        """ "in five years", "over the past three days", "en deux ans": a running period."""
        j = p - 1
        plural = lows[p].endswith("s") or lows[p] in ("mois",)
        counted = j >= 0 and (lows[j].isdigit() or (lows[j],) in self.q.values) and plural
        if not counted and not (j >= 0 and lows[j] in self.cues.span_last):
            return False
        j -= 1
        while j >= 0 and lows[j] in self.cues.span_fill:
            j -= 1
        return j >= 0 and lows[j] in self.cues.span_lead

    def _war_scope(self, p: int, dead: list[Figure], toks: list[int]) -> list[Figure]:
        """The figures a war word speaks of: "the war has killed 300,000", "killed in
        Syria's civil war", "the toll of the conflict"; never a clause that names its day
        ("killed 12 rebels on Monday in the war against IS" is an event)."""
        ix = self.ix
        if not ix.parsed:
            return []
        where = {t: q for q, t in enumerate(toks)}
        h = toks[p]
        told = [
            ch
            for ch in ix.children[h]
            if ch in where
            and ix.tokens[ch].dep in ("relcl", "acl", "acl:relcl")
            and self._death(ix.low(ch), ix.lemma(ch))
        ]  # "the conflict which has killed 280,000"
        for _ in range(0 if told else 4):
            tok = ix.tokens[h]
            if tok.head == h or tok.head not in where:
                return []
            d, up = tok.dep, tok.head
            if d in ("compound", "amod", "flat", "fixed"):
                h = up  # "civil war", "guerre civile"
                continue
            if d == "pobj":  # "killed in Syria's war", "the toll of the conflict"
                if ix.low(up) not in self.cues.war_preps or ix.tokens[up].head == up:
                    return []
                h = ix.tokens[up].head
            elif d in ("nmod", "obl", "obl:mod"):  # "tués pendant la guerre"
                if not any(
                    ix.tokens[ch].dep == "case" and ix.low(ch) in self.cues.war_preps
                    for ch in ix.children[h]
                ):
                    return []
                h = up
            elif d in ("nsubj", "poss"):  # "the war has killed", "the war's toll"
                h = up
            else:
                return []
            break
        else:
            if not told:
                return []
        if told:
            h = told[0]
        dated = self._dated_to_day(ix.subtree(h))
        out = []
        for f in dead:
            at = toks[f.death_at] if f.death_at is not None else None
            if at is not None and (at == h or ix.tokens[at].head == h) and not dated:
                out.append(f)
        return out

    def _war_is_actor(self, p: int, toks: list[int], lows: list[str]) -> bool:
        """ "war planes", "crisis group": the word names a thing, not the war."""
        nxt = lows[p + 1] if p + 1 < len(lows) else ""
        return nxt in ("planes", "plane", "jets", "crimes", "crime", "monitor", "zone", "zones")

    def _scope(self, p: int, dead: list[Figure], toks: list[int], n: int) -> list[Figure]:
        """The figures a tally word at position ``p`` ("since", "in five years") speaks of."""
        ix = self.ix
        if not ix.parsed:
            near = min(dead, key=lambda f: abs((f.death_at or f.first) - p))
            return [near]
        where = {t: q for q, t in enumerate(toks)}
        # climb from the marker to the verb (or toll noun) it modifies
        h = toks[p]
        for _ in range(5):
            tok = ix.tokens[h]
            if tok.head == h or tok.head not in where:
                break
            h = tok.head
            if tok.dep in ("mark", "advcl") or ix.tokens[h].pos in ("VERB", "AUX"):
                if tok.dep == "mark":
                    continue  # "since the conflict began": the clause's head, then up
                break
            if ix.low(h) in self.cues.toll:
                break
        for _ in range(3):  # "killed and (millions) displaced since 2011": shared by both
            if ix.tokens[h].dep not in ("conj", "acl") or ix.tokens[h].head not in where:
                break
            h = ix.tokens[h].head
        sub = ix.subtree(h)
        out = []
        for f in dead:
            at = toks[f.death_at] if f.death_at is not None else None
            if toks[f.last] in sub or (at is not None and (at == h or at in sub)):
                out.append(f)
        return out

    def _dated_to_day(self, sub: frozenset[int]) -> bool:
        """Does a date mention of these tokens name a day (or a weekday, "yesterday")?"""
        for r in self.ix.mentions.get("date", []):
            if r.head is not None and r.head in sub:
                value = str(r.m.value or "")
                if len(value) >= 10 or re.search(r"\d{4}-W\d\d-\d", value):
                    return True
        return False

    def _value(self, figs: list[Figure], toks: list[int]) -> int | None:
        """The lowest of the event's figures, conjoined counts of one death word summed."""
        own = [f for f in figs if f.kind in ("death", "toll") and not f.subset and not f.tally]
        if not own:
            return None
        groups: dict[object, int] = {}
        for f in own:
            key: object = ("at", f.death_at) if self._conjoined(f, own, toks) else id(f)
            groups[key] = groups.get(key, 0) + f.value
        return min(groups.values())

    def _conjoined(self, f: Figure, own: list[Figure], toks: list[int]) -> bool:
        """Is another figure counted by the same death word in a coordination ("killed 50
        militants and eight civilians", "45 jihadistes et 20 combattants ont été tués")?"""
        ix = self.ix
        mates = [g for g in own if g is not f and g.death_at == f.death_at and g.kind == "death"]
        if not mates or f.kind != "death" or not ix.parsed:
            return False
        for g in mates:
            a, b = (f, g) if f.first < g.first else (g, f)
            gap = range(a.last + 1, b.first)
            if gap and all(
                ix.low(toks[k]) in ("and", "et", ",", "-")
                or ix.tokens[toks[k]].pos in ("NOUN", "PROPN", "ADJ")
                for k in gap
            ):
                return True  # "50 militants and eight civilians", "10 children 5 women"
        return False
