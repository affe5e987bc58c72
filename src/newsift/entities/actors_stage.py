"""The ``actors`` stage: link every actor named in article text to one KB id.

Evidence, strongest first (each mention carries its extractor and a confidence):

1. ``actors:alias`` -- an alias of the KB in any language/script (``actor_matcher``).
   Ambiguous aliases pick the actor whose country the article talks about; weak aliases
   ("rebels", "the Observatory") only count when that country is in the article.
2. ``actors:ner+fuzzy`` -- a spaCy ORG/PER/NORP/GPE span linked to an alias by exact key or
   rapidfuzz ratio; unlinked PER/ORG spans become ``person`` / ``org`` mentions
   (``actors:ner``, low confidence; spans that look like places are skipped).
3. ``actors:metonymy`` -- a capital or country name that is the subject of a speech/political
   verb is the government ("Moscow said"), of a military verb the armed forces; so is the
   agent of a passive ("annexed by Erbil"), a possessive capital ("Moscow's"), a source
   ("according to Moscow"), a coordinated name ("Damascus, Baghdad and Tehran coordinate")
   and "the Russians" / "les Américains"; seats of non-state authorities (Erbil, Sanaa)
   work like capitals; "<adjective> [Tu-22M3] bombers" / "avions russes" is that country's
   air force. Without a parse (blank pipelines) the next word's stem decides.
4. ``actors:context`` -- a generic reference ("the army", "l'armée", "the regime",
   "civilians") resolved to the country the article happens in (agency datelines aside), or
   to the country of a state force of the same role named just before ("Russian troops ...
   the troops"; a sponsor's air force, ministry or capital does not name "the army"), or
   "the troops from Baghdad".

Only title/body segments are read; documents marked as duplicates are skipped. Place
mentions are left to the places stage. Meta: ``doc.meta["actors.focus"]`` = ``{k: ISO2}``
(the country each article happens in); ``doc.meta["actors.generic_basis"]`` =
``{"start:end": "named" | "focus" | "regime"}`` (how each generic reference got its country;
the events stage recodes "focus" ones by the event's country).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Any

from newsift.entities.actor_matcher import (
    ACTOR,
    ADJ,
    AIR_AFTER,
    AIR_BEFORE,
    CAPITAL,
    DEMONYM,
    GENERIC,
    NAME,
    SEAT,
    UPPER,
    Match,
    actor_index,
)
from newsift.entities.actor_text import Tok, arabic_alternative, fold
from newsift.entities.actors import (
    Actor,
    load_actor_kb,
    load_context,
    load_countries,
    state_actor_id,
)
from newsift.entities.person_places import is_place_name
from newsift.model import Document, Mention, Segment, Token
from newsift.stage import DocumentStage

_STATE_INTER = 1
_LOCATION_ROLES = ("civilians", "protesters", "rioters")
_CONJ = frozenset(["and", "et", "und", "y", "e", "и", "و", "ve"])
# KB kinds an alliance noun in apposition can describe ("Les FDS, la coalition kurdo-arabe")
_FIGHTING_KINDS = frozenset(["armed_group", "coalition", "state_force"])


class _FuzzyIndex:
    """Alias strings (joined keys) blocked by token, for rapidfuzz look-ups of NER spans."""

    def __init__(self) -> None:
        idx = actor_index()
        self.strings: list[str] = []
        self.values: list[list[str]] = []
        self.by_token: dict[str, list[int]] = {}
        for keys, entries in idx.seqs.items():
            ids = list(dict.fromkeys(e.value for e in entries if e.kind == ACTOR and not e.weak))
            joined = " ".join(keys)
            if not ids or len(joined) < 5:
                continue
            n = len(self.strings)
            self.strings.append(joined)
            self.values.append(ids)
            for k in set(keys):
                if len(k) >= 3:
                    self.by_token.setdefault(k, []).append(n)

    def best(self, keys: tuple[str, ...], threshold: float) -> tuple[list[str], float] | None:
        from rapidfuzz import fuzz

        cands: set[int] = set()
        for k in keys:
            cands.update(self.by_token.get(k, ()))
        if not cands:
            return None
        query = " ".join(keys)
        best_i, best_s = -1, 0.0
        for i in cands:
            if self.strings[i].count(" ") != query.count(" "):
                continue  # spelling variants only: "Hassen Nasrallah", never a longer name
            s = fuzz.ratio(query, self.strings[i], score_cutoff=threshold)
            if s > best_s:
                best_i, best_s = i, s
        return (self.values[best_i], best_s) if best_i >= 0 else None


class _Spans:
    """Sorted, non-overlapping ``[start, end)`` intervals with a payload: overlap queries in
    O(log n) instead of a scan per NER span (long documents carry thousands of each)."""

    __slots__ = ("starts", "ends", "values")

    def __init__(self, items: list[tuple[int, int, int]]) -> None:
        items = sorted(items)
        self.starts = [s for s, _, _ in items]
        self.ends = [e for _, e, _ in items]
        self.values = [v for _, _, v in items]

    def overlapping(self, a: int, b: int) -> list[int]:
        out = []
        j = bisect.bisect_left(self.starts, b) - 1
        while j >= 0 and self.ends[j] > a:
            out.append(self.values[j])
            j -= 1
        return out

    def covers(self, a: int, b: int) -> bool:
        j = bisect.bisect_right(self.starts, a) - 1
        return j >= 0 and self.ends[j] >= b


class _Unit:
    """One title/body segment: its tokens and alias-index matches."""

    __slots__ = ("seg", "toks", "matches", "by_i")

    def __init__(self, seg: Segment, toks: list[Tok], matches: list[Match]) -> None:
        self.seg = seg
        self.toks = toks
        self.matches = matches
        self.by_i = {m.i: m for m in matches}


class ActorsStage(DocumentStage):
    """Actor mentions from aliases, NER hints, metonymy and generic references.

    Settings: ``fuzzy_threshold`` (rapidfuzz ratio, 0-100, for NER spans), ``unlinked``
    (emit person/org mentions for unlinked NER spans), ``generic`` (resolve "the army"...).
    """

    name = "actors"

    def __init__(
        self,
        fuzzy_threshold: float = 88.0,
        unlinked: bool = True,
        generic: bool = True,
        **settings: Any,
    ) -> None:
        super().__init__(**settings)
        self.fuzzy_threshold = float(fuzzy_threshold)
        self.unlinked = bool(unlinked)
        self.generic = bool(generic)
        self._fuzzy: _FuzzyIndex | None = None
        self._ctx: dict[str, Any] | None = None
        self._people: dict[str, dict[str, str]] = {}  # generic people role -> ISO2 -> actor id
        self._apposed: dict[tuple[str, ...], str] = {}

    def setup(self) -> None:
        self._load()

    def _load(self) -> None:
        if self._ctx is not None:
            return
        idx = actor_index()
        ctx = load_context()
        verbs = ctx["verbs"]
        self._ctx = {
            "speech": {fold(v) for lang in verbs["speech"].values() for v in lang},
            "political": {fold(v) for lang in verbs["political"].values() for v in lang},
            "military": {fold(v) for lang in verbs["military"].values() for v in lang},
            "prefix": tuple(fold(v) for lang in verbs["prefix"].values() for v in lang),
            "aux": {fold(v) for v in verbs["aux"]},
            "not_agentive": {fold(v) for v in verbs["not_agentive"]},
            "titles": {fold(t) for t in ctx["tokens"]["titles"]},
            "place_prefixes": frozenset(ctx["tokens"]["place_prefixes"]),
            "boilerplate": frozenset(fold(w) for w in ctx["tokens"]["boilerplate_words"]),
            "place_nouns": frozenset(fold(w) for w in ctx["tokens"]["place_nouns"]),
            "from_words": frozenset(fold(w) for w in ctx["generic"]["from_words"]),
            "regime_words": frozenset(fold(w) for w in ctx["generic"]["regime_words"]),
            "based_in": re.compile("|".join(ctx["generic"].get("based_in") or ["(?!)"])),
            "sources": [
                tuple(t.key for t in idx.tokenize(s, 0, len(s)))
                for s in ctx["tokens"]["source_markers"]
            ],
            "description_before": frozenset(
                fold(w) for w in ctx["tokens"].get("description_before", ())
            ),
            "anaphora_before": frozenset(fold(w) for w in ctx["tokens"].get("anaphora_before", ())),
        }
        self._fuzzy = _FuzzyIndex()
        self._people = {
            role: {iso.upper(): aid for iso, aid in table.items()}
            for role, table in (ctx.get("people_forces") or {}).items()
        }

    # ------------------------------------------------------------------ main
    def process(self, doc: Document) -> Document:
        doc.mentions = [m for m in doc.mentions if not m.extractor.startswith("actors:")]
        if doc.duplicate_of:
            return doc
        self._load()
        idx = actor_index()
        kb = load_actor_kb()
        segments = doc.article_segments()
        if not doc.segments and doc.text.strip():
            segments = [Segment(start=0, end=len(doc.text), kind="body", article=1)]
        units: list[_Unit] = []
        for seg in sorted(segments, key=lambda s: s.start):
            toks = idx.tokenize(doc.text, seg.start, seg.end)
            units.append(_Unit(seg, toks, idx.match(toks, doc.text)))
        arts: dict[int | None, list[_Unit]] = {}
        for u in units:
            arts.setdefault(u.seg.article, []).append(u)
        starts = [t.start for t in doc.tokens]
        out: list[Mention] = []
        focus_meta: dict[str, str] = {}
        doc.meta["actors.generic_basis"] = {}
        for k, us in arts.items():
            counts, first = self._country_evidence(doc.text, us, kb)
            focus = min(counts, key=lambda c: (-counts[c], first[c])) if counts else None
            mentioned = set(counts)
            found: list[Mention] = []
            self._apposed = {}
            for u in us:
                found += self._aliases(doc, u, kb, counts, mentioned, k, found)
            found += self._ner(doc, us, kb, counts, mentioned, k, found)
            found = [m for m in found if not _person_place(doc.text, m, kb)]
            for u in us:
                found += self._metonymy(doc, u, kb, k, starts)
                found += self._air(doc, u, kb, k)
            where = _location_focus(doc.text, us, found, self._ctx["based_in"]) or focus
            if where:
                focus_meta[str(k)] = where
            if self.generic and where:
                for u in us:
                    found += self._generic(doc, u, kb, k, where, found)
            out += found
        out.sort(key=lambda m: (m.start, -m.end))
        doc.mentions.extend(out)
        doc.meta["actors.focus"] = focus_meta
        return doc

    # --------------------------------------------------------------- evidence
    def _country_evidence(
        self, text: str, units: list[_Unit], kb: dict[str, Actor]
    ) -> tuple[Counter[str], dict[str, int]]:
        """How much each country is talked about in an article (names count double).

        "Britain-based", "US-backed": a name glued to a hyphen qualifies something else.
        """
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        weight = {NAME: 2, CAPITAL: 1, ADJ: 1, DEMONYM: 1}
        for u in units:
            for m in u.matches:
                isos: set[str] = set()
                if m.kind in weight and (_hyphenated(text, m) or self._based_in(text, m)):
                    continue
                if m.kind in weight:
                    isos = {e.value for e in m.of(m.kind)}
                    w = weight[m.kind]
                elif m.kind == ACTOR:
                    ids = {e.value for e in m.of(ACTOR) if not e.weak}
                    if len(ids) == 1:
                        actor = kb[next(iter(ids))]
                        isos = {actor.country} if actor.country else set()
                    w = 1
                for iso in isos:
                    counts[iso] += w
                    first.setdefault(iso, m.start)
        return counts, first

    def _based_in(self, text: str, m: Match) -> bool:
        assert self._ctx is not None
        return _seat(text, m, self._ctx["based_in"])

    # ----------------------------------------------------------------- aliases
    def _choose(
        self,
        ids: list[str],
        weak: set[str],
        kb: dict[str, Actor],
        counts: Counter[str],
        mentioned: set[str],
    ) -> str | None:
        """Pick one actor among candidates of one alias, by the article's countries."""
        keep = []
        for aid in ids:
            actor = kb[aid]
            if aid in weak and actor.countries and not (set(actor.countries) & mentioned):
                continue
            keep.append(aid)
        if not keep:
            return None
        if len(keep) == 1:
            return keep[0]

        def score(aid: str) -> float:
            a = kb[aid]
            home, theatre = counts.get(a.country or "", 0), sum(counts.get(c, 0) for c in a.scope)
            # A coalition is placed by its theatre: its leader (the US, Saudi Arabia) is
            # named in articles about other wars too.
            s = home + 2 * theatre if a.kind == "coalition" and a.scope else 2 * home + theatre
            return s + (0.5 if aid not in weak else 0.0)

        return max(keep, key=lambda aid: (score(aid), -keep.index(aid)))

    def _aliases(
        self,
        doc: Document,
        u: _Unit,
        kb: dict[str, Actor],
        counts: Counter[str],
        mentioned: set[str],
        k: int | None,
        before: list[Mention] | None = None,
    ) -> list[Mention]:
        out: list[Mention] = []
        named = {m.kb_id for m in before or ()}
        apposed = self._apposed  # alias words -> the actor an earlier "X, une coalition" told
        for m in u.matches:
            if m.kind != ACTOR:
                continue
            entries = m.of(ACTOR)
            ids = list(dict.fromkeys(e.value for e in entries))
            strong = {e.value for e in entries if not e.weak}
            weak = set(ids) - strong
            aid = self._choose(ids, weak, kb, counts, mentioned)
            if aid is None:
                continue
            if aid in weak and kb[aid].kind == "coalition" and not self._modifier(doc, m):
                # a common noun for an alliance ("coalition", "alliance") may describe any group
                how = self._described(doc.text, u, m, aid in named)
                key = tuple(t.key for t in u.toks[m.i : m.j])
                told = self._apposition(doc.text, u, m, [*(before or ()), *out])
                if told in kb and told != aid and kb[told].kind in _FIGHTING_KINDS:
                    # "Les FDS, la coalition kurdo-arabe soutenue par Washington, ...": the
                    # noun describes the actor just named, it is not the US-led coalition
                    apposed[key] = told
                    out.append(self._mention(doc, m.start, m.end, kb[told], 0.6, "actors:alias", k))
                    continue
                if how == "description":
                    continue
                if how == "anaphora":
                    # the group an apposition described, else the last armed group named
                    # ("Les rebelles ont pris Idleb ... tombée aux mains de la même coalition")
                    back = apposed.get(key) or next(
                        (
                            x.kb_id
                            for x in reversed([*(before or ()), *out])
                            if x.kb_id in kb and kb[x.kb_id].kind in ("armed_group", "coalition")
                        ),
                        None,
                    )
                    if back is not None and back in kb:
                        out.append(
                            self._mention(doc, m.start, m.end, kb[back], 0.6, "actors:alias", k)
                        )
                    continue
            named.add(aid)
            conf = 0.6 if aid in weak else 0.9
            if len(entries[0].rules) == 1 and entries[0].rules[0] == UPPER:
                conf -= 0.05  # short acronyms are the likeliest to collide
            if len(ids) > 1:
                conf -= 0.1
            out.append(self._mention(doc, m.start, m.end, kb[aid], conf, "actors:alias", k))
        return out

    def _described(self, text: str, u: _Unit, m: Match, named_before: bool) -> str | None:
        """How a weak alias (a common noun) is used when it does not name the actor:
        "description" ("une coalition dominée par al-Nosra", "another coalition") or
        "anaphora" ("la même coalition" with the actor not named before: it points back to a
        group told earlier); None when it names the actor."""
        assert self._ctx is not None
        words = [t.key for t in self._determiners(text, u, m)]
        if any(w in self._ctx["description_before"] for w in words):
            return "description"
        if not named_before and any(w in self._ctx["anaphora_before"] for w in words):
            return "anaphora"
        return None

    @staticmethod
    def _modifier(doc: Document, m: Match) -> bool:
        """Does the match only qualify the next noun ("a coalition air strike": the article
        goes with "strike", the alias names the coalition)?"""
        starts = [t.start for t in doc.tokens]
        root = _root_token(doc.tokens, starts, m.start, m.end)
        return root is not None and doc.tokens[root].dep in ("compound", "nn")

    @staticmethod
    def _determiners(text: str, u: _Unit, m: Match, n: int = 2) -> list[Tok]:
        """Up to ``n`` words right before a match (nearest first), with no punctuation between."""
        out: list[Tok] = []
        end = m.start
        for t in reversed(u.toks[max(0, m.i - n) : m.i]):
            if text[t.end : end].strip(" -"):  # "Kurdish-led" is one phrase
                break
            out.append(t)
            end = t.start
        return out

    def _apposition(self, text: str, u: _Unit, m: Match, found: list[Mention]) -> str | None:
        """The actor a description stands in apposition to: "Jaych al-Fateh, une coalition
        ..." -> Jaych al-Fateh's id (the mention ending right before the comma)."""
        dets = self._determiners(text, u, m, 4)  # "the Kurdish-Arab coalition"
        start = dets[-1].start if dets else m.start
        if not dets or not text[max(0, start - 4) : start].rstrip().endswith(","):
            return None  # "X, une coalition", "X, la coalition ...": a determiner after a comma
        cut = text.rfind(",", 0, start)
        prev = [x for x in found if x.end <= cut and not text[x.end : cut].strip()]
        return prev[-1].kb_id if prev and prev[-1].kb_id else None

    def _mention(
        self,
        doc: Document,
        s: int,
        e: int,
        actor: Actor,
        conf: float,
        extractor: str,
        k: int | None,
    ) -> Mention:
        return Mention(
            start=s,
            end=e,
            text=doc.text[s:e],
            kind="actor",
            kb_id=actor.id,
            canonical=actor.name,
            country=actor.country,
            confidence=round(conf, 3),
            extractor=extractor,
            article=k,
        )

    # --------------------------------------------------------------------- NER
    def _ner(
        self,
        doc: Document,
        units: list[_Unit],
        kb: dict[str, Actor],
        counts: Counter[str],
        mentioned: set[str],
        k: int | None,
        found: list[Mention],
    ) -> list[Mention]:
        assert self._ctx is not None and self._fuzzy is not None
        out: list[Mention] = []
        seg_spans = _Spans([(u.seg.start, u.seg.end, i) for i, u in enumerate(units)])
        taken = _Spans([(m.start, m.end, i) for i, m in enumerate(found)])
        matches = [m for u in units for m in u.matches]
        place_like = _Spans(
            [(m.start, m.end, 0) for m in matches if m.kind in (NAME, CAPITAL, ADJ, DEMONYM)]
        )
        place_names = _Spans([(m.start, m.end, 0) for m in matches if m.kind in (NAME, CAPITAL)])
        generic = _Spans([(m.start, m.end, 0) for m in matches if m.kind == GENERIC])
        all_toks = [t for u in units for t in u.toks]
        tok_starts = [t.start for t in all_toks]
        person_ids: dict[str, str | None] = {}
        for m in found:
            if m.kind == "actor" and m.kb_id and kb[m.kb_id].kind == "person" and " " in m.text:
                last = m.text.split()[-1].casefold()
                # Two people with one surname (the Barzanis): no guess.
                person_ids[last] = m.kb_id if person_ids.get(last, m.kb_id) == m.kb_id else None
        surnames = set(person_ids)
        for ner in doc.ner:
            label = ner.label.upper()
            if label not in ("PER", "PERSON", "ORG", "NORP", "GPE"):
                continue
            if not seg_spans.covers(ner.start, ner.end):
                continue
            if any(c in doc.text[ner.start : ner.end] for c in "\n,;"):
                continue
            over = taken.overlapping(ner.start, ner.end)
            if over:
                if label in ("PER", "PERSON") and len(over) == 1:
                    self._extend_person(doc, found[over[0]], ner.start, ner.end, kb)
                continue
            if place_like.covers(ner.start, ner.end):
                continue
            if generic.overlapping(ner.start, ner.end):
                continue  # "le ministère de la Défense": left to the generic resolver
            lo = bisect.bisect_left(tok_starts, ner.start)
            hi = bisect.bisect_left(tok_starts, ner.end)
            toks = [t for t in all_toks[lo:hi] if t.end <= ner.end]
            while toks and (
                toks[0].key in self._ctx["titles"] or toks[0].key in actor_index().determiners
            ):
                toks = toks[1:]
            if not toks:
                continue
            keys = tuple(t.key for t in toks)
            linked = self._link_keys(keys, kb, counts, mentioned)
            if linked is None and len(toks) == 1 and label in ("PER", "PERSON"):
                known = person_ids.get(toks[0].raw.casefold())
                linked = (known, 0.6) if known else None
            if linked is not None:
                aid, conf = linked
                s, e = toks[0].start, toks[-1].end
                out.append(self._mention(doc, s, e, kb[aid], conf, "actors:ner+fuzzy", k))
                continue
            if not self.unlinked or label in ("NORP", "GPE"):
                continue
            kind = "person" if label in ("PER", "PERSON") else "org"
            if not self._plausible(toks, kind, place_like, place_names, surnames):
                continue
            if kind == "person" and len(toks) > 1:
                surnames.add(toks[-1].raw.casefold())
            s, e = toks[0].start, toks[-1].end
            out.append(
                Mention(
                    start=s,
                    end=e,
                    text=doc.text[s:e],
                    kind=kind,
                    confidence=0.45,
                    extractor="actors:ner",
                    article=k,
                )
            )
        return out

    def _link_keys(
        self, keys: tuple[str, ...], kb: dict[str, Actor], counts: Counter[str], mentioned: set[str]
    ) -> tuple[str, float] | None:
        assert self._fuzzy is not None
        entries = [e for e in actor_index().seqs.get(keys, []) if e.kind == ACTOR]
        if entries:
            ids = list(dict.fromkeys(e.value for e in entries))
            weak = {e.value for e in entries if e.weak} - {e.value for e in entries if not e.weak}
            aid = self._choose(ids, weak, kb, counts, mentioned)
            return (aid, 0.8) if aid else None
        if sum(len(x) for x in keys) < 5:
            return None
        hit = self._fuzzy.best(keys, self.fuzzy_threshold)
        if hit is None:
            return None
        ids, score = hit
        aid = self._choose(ids, set(), kb, counts, mentioned)
        if aid is None:
            return None
        return aid, 0.5 + 0.35 * (score - self.fuzzy_threshold) / max(
            1.0, 100 - self.fuzzy_threshold
        )

    def _extend_person(
        self, doc: Document, m: Mention, s: int, e: int, kb: dict[str, Actor]
    ) -> None:
        """Widen a person alias ("Nasrallah") to the full NER name ("Hassen Nasrallah")."""
        assert self._ctx is not None
        if m.kb_id is None or kb[m.kb_id].kind != "person" or not (s <= m.start and m.end <= e):
            return
        toks = actor_index().tokenize(doc.text, s, e)
        while toks and toks[0].key in self._ctx["titles"]:
            toks = toks[1:]
        if not toks or len(toks) > 5 or toks[0].start >= m.start and toks[-1].end <= m.end:
            return
        if any(not t.raw[:1].isupper() for t in toks if t.start < m.start and t.key != "al"):
            return
        m.start, m.end = min(m.start, toks[0].start), max(m.end, toks[-1].end)
        m.text = doc.text[m.start : m.end]

    def _plausible(
        self,
        toks: list[Tok],
        kind: str,
        place_like: _Spans,
        place_names: _Spans,
        surnames: set[str],
    ) -> bool:
        """Reject NER spans that are more likely places, fragments, lists or noise.

        A person needs two words (or a surname already seen in full); an organisation two
        words or an acronym; neither may start like an Arabic place name ("al-", "Deir") or
        contain page furniture ("Tags", "GMT"). A person containing a country word, or an
        organisation containing a country or capital name, is a place list, not a name.
        """
        assert self._ctx is not None
        letters = "".join(t.raw for t in toks)
        if len(letters) < 3 or not any(c.isalpha() for c in letters):
            return False
        if toks[0].key in self._ctx["place_prefixes"] and len(toks) <= 3:
            return False
        if any(t.key in self._ctx["boilerplate"] for t in toks):
            return False
        if len(toks) == 1:
            if kind == "person" and toks[0].raw.casefold() not in surnames:
                return False
            if kind == "org" and not (toks[0].is_upper and len(toks[0].raw) >= 2):
                return False
        cased = any(c.isupper() or c.islower() for c in letters)
        if cased and not any(t.raw[:1].isupper() for t in toks):
            return False
        places = place_like if kind == "person" else place_names
        return not any(places.covers(t.start, t.end) for t in toks)

    # --------------------------------------------------------------- metonymy
    def _metonymy(
        self, doc: Document, u: _Unit, kb: dict[str, Actor], k: int | None, starts: list[int]
    ) -> list[Mention]:
        assert self._ctx is not None
        countries = load_countries()
        out: list[Mention] = []
        confirmed: dict[int, str] = {}  # doc token index -> verb class
        for m in u.matches:
            if m.kind not in (NAME, CAPITAL, SEAT, DEMONYM):
                continue
            iso = m.of(m.kind)[0].value  # an actor id for a SEAT
            if m.kind == DEMONYM:
                if not countries[iso].power or not u.toks[m.i].raw[:1].isupper():
                    continue
                if not (m.i > 0 and u.toks[m.i - 1].key in actor_index().determiners):
                    continue
            if _hyphenated(doc.text, m):
                continue  # "British-based", "US-backed", "Russian-made"
            if _dateline(doc.text, m):
                continue  # "MOSCOU, 3 mars (Agence) -": where the story was filed
            prev = u.toks[m.i - 1] if m.i > 0 else None
            if prev is not None and prev.key in self._ctx["place_nouns"]:
                continue  # "the capital Damascus"
            verdict = self._verb_class(doc, u, m, starts, confirmed)
            if verdict is None:
                if m.kind != DEMONYM:
                    continue
                verdict = ("government", 0.55)
            role, conf = verdict
            aid = iso if m.kind == SEAT else state_actor_id(iso, role)
            if aid not in kb:
                continue
            out.append(self._mention(doc, m.start, m.end, kb[aid], conf, "actors:metonymy", k))
        return out

    def _verb_class(
        self, doc: Document, u: _Unit, m: Match, starts: list[int], confirmed: dict[int, str]
    ) -> tuple[str, float] | None:
        """("government"|"military", confidence) if the name acts as an agent, else None."""
        assert self._ctx is not None
        c = self._ctx
        toks = u.toks
        last = toks[m.j - 1]
        seat = m.kind in (CAPITAL, SEAT)
        if last.possessive and seat:
            return "government", 0.65
        nxt = toks[m.j] if m.j < len(toks) else None
        named_thing = nxt is not None and nxt.raw[:1].isupper() and nxt.start - last.end <= 1
        for marker in c["sources"]:
            n = len(marker)
            if m.i >= n and tuple(t.key for t in toks[m.i - n : m.i]) == marker:
                # "according to Moscow" -- but not "according to Syria TV"
                return None if named_thing else ("government", 0.6)
        root = _root_token(doc.tokens, starts, m.start, m.end)
        if root is not None and doc.tokens[root].dep:
            tok = doc.tokens[root]
            dep = tok.dep.lower()
            head = doc.tokens[tok.head]
            if (dep == "pobj" and head.dep == "agent") or dep == "obl:agent":
                # "annexed by Erbil", "annoncé par Moscou": the government; "missiles tirés par
                # les États-Unis", "struck by Israel": a military verb's agent is the army
                verb = head if dep == "obl:agent" else doc.tokens[head.head]
                cls = "military" if fold(verb.lemma) in c["military"] else "government"
                confirmed[root] = cls
                return cls, 0.65
            lo = bisect.bisect_left(starts, m.start)
            before = doc.tokens[lo - 1] if lo > 0 and doc.tokens[lo - 1].sent == tok.sent else None
            after = _after(doc.tokens, starts, m.end, tok.sent)
            if before is not None and before.pos in ("ADP", "PROPN"):
                return None  # "near Damascus", "Idlib Russia Syria" (a list of tags)
            if after is not None and after.pos in ("NOUN", "PROPN"):
                return None  # "Syria fighting kills": the name modifies a noun
            if dep == "conj" and tok.head in confirmed:
                cls = confirmed[tok.head]
                confirmed[root] = cls
                return ("military" if cls == "military" else "government"), 0.7
            if dep == "poss" and seat:
                return "government", 0.65
            if dep in ("nsubj", "nsubj:pass", "nsubjpass"):
                head = doc.tokens[tok.head]
                lemma = fold(head.lemma)
                passive = dep != "nsubj"
                cls = None
                if lemma in c["military"] and not passive:
                    cls = "military"
                elif lemma in c["speech"] or lemma in c["political"]:
                    cls = "speech"
                elif not passive and head.pos == "VERB" and lemma not in c["not_agentive"]:
                    # any other action verb: a capital is likelier an actor than a country
                    confirmed[root] = "other"
                    return "government", (0.6 if seat else 0.55)
                if cls:
                    confirmed[root] = cls
                    return ("military" if cls == "military" else "government"), 0.75
            return None
        # No parse (blank pipeline or no nlp stage): look at the next words -- or, for
        # Arabic (verb-subject order: "قالت موسكو"), at the word before.
        if m.i > 0 and toks[m.i - 1].end >= m.start - 2:
            word = toks[m.i - 1].key
            forms = (word, arabic_alternative(word) or word)  # وقالت -> قالت
            if _is_arabic(word) and any(f.startswith(p) for f in forms for p in c["prefix"]):
                return "government", 0.65
        j = m.j
        while j < len(toks) and toks[j].key in c["aux"]:
            j += 1
        if j < len(toks) and j - m.j <= 2 and toks[j].start - last.end < 40:
            word = toks[j].key
            if any(word.startswith(p) for p in c["prefix"]):
                return "government", 0.65
            if word in c["military"]:
                return "military", 0.6
        return None

    # -------------------------------------------------------------- air force
    def _air(self, doc: Document, u: _Unit, kb: dict[str, Actor], k: int | None) -> list[Mention]:
        idx = actor_index()
        out: list[Mention] = []
        toks = u.toks
        for m in u.matches:
            if m.has(ADJ) and m.kind != ACTOR:
                j, steps = m.j, 0
                while j < len(toks) and steps <= 4:
                    nxt = u.by_i.get(j)
                    if nxt is not None and nxt.has(AIR_AFTER) and nxt.kind != ACTOR:
                        if _gap_ok(doc.text, toks, m.j, nxt.j):
                            out += self._air_mention(
                                doc, m, m.start, nxt.end, kb, k, _branch(nxt, AIR_AFTER)
                            )
                        break
                    t = toks[j]
                    # A model name may also be a French aircraft noun ("MiG", "Sukhoi").
                    bare = nxt is None or all(en.kind == AIR_BEFORE for en in nxt.entries)
                    if bare and (
                        t.key in idx.air_modifiers
                        or any(ch.isdigit() for ch in t.key)
                        or (len(t.raw) <= 3 and t.raw[:1].isupper())
                    ):
                        j, steps = j + 1, steps + 1
                        continue
                    break
            elif m.has(AIR_BEFORE) and m.kind != ACTOR:
                adj = u.by_i.get(m.j)
                if adj is None or not adj.has(ADJ) or adj.kind == ACTOR:
                    continue
                if not _gap_ok(doc.text, toks, m.i, adj.j):
                    continue
                branch = _branch(m, AIR_BEFORE)
                out += self._air_mention(doc, adj, m.start, adj.end, kb, k, branch)
                # "les aviations russes et syrienne": a coordinated adjective, same noun.
                j = adj.j
                while j + 1 < len(toks) and toks[j].key in _CONJ:
                    more = u.by_i.get(j + 1)
                    if more is None or not more.has(ADJ) or more.kind == ACTOR:
                        break
                    out += self._air_mention(doc, more, more.start, more.end, kb, k, branch)
                    j = more.j
        return out

    def _air_mention(
        self,
        doc: Document,
        adj: Match,
        s: int,
        e: int,
        kb: dict[str, Actor],
        k: int | None,
        branch: str = "air_force",
    ) -> list[Mention]:
        isos = list(dict.fromkeys(en.value for en in adj.of(ADJ)))
        if len(isos) != 1:
            return []
        aid = state_actor_id(isos[0], branch)
        if aid not in kb:
            aid = state_actor_id(isos[0], "military")
        if aid not in kb:
            return []
        return [self._mention(doc, s, e, kb[aid], 0.75, "actors:metonymy", k)]

    # ---------------------------------------------------------------- generic
    def _from_country(self, u: _Unit, m: Match) -> str | None:
        """ "the troops from Baghdad" -> IQ: a from/of phrase right after a generic reference."""
        assert self._ctx is not None
        if m.j + 1 >= len(u.toks) or u.toks[m.j].key not in self._ctx["from_words"]:
            return None
        nxt = u.by_i.get(m.j + 1)
        if nxt is None or nxt.kind not in (NAME, CAPITAL):
            return None
        isos = {e.value for e in nxt.of(nxt.kind)}
        return next(iter(isos)) if len(isos) == 1 else None

    def _regime(self, u: _Unit, m: Match) -> bool:
        """ "regime forces", "forces du régime": the local regime, not the last state named."""
        assert self._ctx is not None
        return any(t.key in self._ctx["regime_words"] for t in u.toks[m.i : m.j])

    def _generic(
        self,
        doc: Document,
        u: _Unit,
        kb: dict[str, Actor],
        k: int | None,
        focus: str,
        found: list[Mention],
    ) -> list[Mention]:
        out: list[Mention] = []
        state = sorted(
            (m.end, m.country, m.kb_id)
            for m in found
            if m.kind == "actor"
            and m.kb_id
            and m.country
            and kb[m.kb_id].inter == _STATE_INTER
            and kb[m.kb_id].kind in ("state_force", "government")
        )
        basis: dict[str, str] = doc.meta.setdefault("actors.generic_basis", {})
        for m in u.matches:
            if m.kind != GENERIC:
                continue
            role = m.of(GENERIC)[0].value
            iso, how = focus, "focus"
            origin = self._from_country(u, m)
            if role in self._people:  # "les forces kurdes": the people's force of the country
                aid = self._people[role].get((origin or focus or "").upper(), "")
                if aid in kb:
                    out.append(
                        self._mention(doc, m.start, m.end, kb[aid], 0.55, "actors:context", k)
                    )
                    basis[f"{m.start}:{m.end}"] = "named" if origin else "focus"
                continue
            if origin and role not in _LOCATION_ROLES:
                iso, how = origin, "named"
            elif role not in _LOCATION_ROLES and not self._regime(u, m):
                near = [
                    (end, c)
                    for end, c, aid in state
                    if end <= m.start and _same_role(kb[aid], role, kb)
                ]
                if (
                    near
                    and m.start - near[-1][0] <= _NEAR_CHARS
                    and "\n" not in doc.text[near[-1][0] : m.start]
                ):
                    iso, how = near[-1][1] or focus, "named"
            elif role not in _LOCATION_ROLES:
                how = "regime"
            aid = state_actor_id(iso, role)
            if aid in kb:
                out.append(self._mention(doc, m.start, m.end, kb[aid], 0.6, "actors:context", k))
                basis[f"{m.start}:{m.end}"] = how
        return out


_NEAR_CHARS = 300  # how far back a named state force may lend its country to "the army"
_SIDE_BRANCHES = ("-air-force", "-navy", "-defence-ministry", "-foreign-ministry")


def _branch(noun: Match, kind: int) -> str:
    """The state branch a weapon noun names: "missiles turcs" -> military, "avions" -> air force."""
    return "military" if any(e.value == "military" for e in noun.of(kind)) else "air_force"


def _person_place(text: str, m: Mention, kb: dict[str, Actor]) -> bool:
    """Is ``m`` a KB person's name read inside a place name ("in al-Baghdadi", "Ain al-Asad
    air base", "Tell Abyad")? Then it names no actor (:mod:`newsift.entities.person_places`)."""
    actor = kb.get(m.kb_id) if m.kb_id else None
    return actor is not None and actor.kind == "person" and is_place_name(text, m.start, m.end)


def _same_role(actor: Actor, role: str, kb: dict[str, Actor]) -> bool:
    """May a named state actor lend its country to a generic reference of ``role``?

    "The army" after "Russian troops" is Russian, but after "Russian jets" / "l'aviation
    russe" (a sponsor's air force), "Moscow said" or "the Russian defence ministry" it is the
    army the article is about: only ground forces name the army's country, only governments
    the government's.
    """
    ground = actor.kind == "state_force" and not actor.id.endswith(_SIDE_BRANCHES)
    if role in ("military", "police"):
        return ground
    if role == "defence_ministry":  # "le commandement de l'armée"
        return ground or actor.id.endswith("-defence-ministry")
    if role in ("government", "foreign_ministry"):
        return actor.kind == "government" and not actor.id.endswith(_SIDE_BRANCHES[:3])
    return True


def _gap_ok(text: str, toks: list[Tok], i: int, j: int) -> bool:
    """Tokens i..j-1 sit on one line, separated by spaces or hyphens only."""
    for a, b in zip(toks[i : j - 1], toks[i + 1 : j], strict=True):
        gap = text[a.end : b.start]
        if len(gap) > 2 or any(c not in " \u00a0-‐‑–" for c in gap):
            return False
    return True


def _after(tokens: list[Token], starts: list[int], end: int, sent: int) -> Token | None:
    """The NLP token right after offset ``end`` in the same sentence, if any."""
    i = bisect.bisect_left(starts, end)
    return tokens[i] if i < len(tokens) and tokens[i].sent == sent else None


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _hyphenated(text: str, m: Match) -> bool:
    """A name glued to a hyphen ("Britain-based", "US-Russia brokered") qualifies a word."""
    dashes = ("-", "‐", "‑")
    return text[m.end : m.end + 1] in dashes or text[max(0, m.start - 1) : m.start] in dashes


_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|-|–|—|\d)")
_DATELINE_DATED = re.compile(r"\s*(?:,\s*\d|\()")


def _dateline(text: str, m: Match) -> bool:
    """Is the name an agency dateline ("BEYROUTH, 18 mars (AFP) -", "DAMASCUS (Reuters) -")?
    The desk's city says where the story was filed, not where it happens."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if text[line_start : m.start].strip():
        return False
    if text[m.start : m.end].isupper():
        return bool(_DATELINE_AFTER.match(text, m.end))
    return bool(_DATELINE_DATED.match(text, m.end))


def _seat(text: str, m: Match, based_in: re.Pattern[str]) -> bool:
    """Is the place named as an organisation's seat ("l'OSDH, basé à Londres")? It then says
    nothing of where the article happens (``based_in`` of context.toml)."""
    return bool(based_in.search(fold(text[max(0, m.start - 30) : m.start])))


def _location_focus(
    text: str, units: list[_Unit], found: list[Mention], based_in: re.Pattern[str]
) -> str | None:
    """The country an article happens in: country and capital names used as places.

    Names that were read as actors ("the United States said") do not count; ties go to the
    first named. Used for generic references ("civilians", "the army").
    """
    actor_spans = {(m.start, m.end) for m in found if m.extractor == "actors:metonymy"}
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for u in units:
        for m in u.matches:
            if m.kind in (NAME, CAPITAL) and (m.start, m.end) not in actor_spans:
                if _hyphenated(text, m) or _dateline(text, m) or _seat(text, m, based_in):
                    continue
                for iso in {e.value for e in m.of(m.kind)}:
                    counts[iso] += 1
                    first.setdefault(iso, m.start)
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], first[c]))


def _root_token(tokens: list[Token], starts: list[int], s: int, e: int) -> int | None:
    """Index of the syntactic head of the NLP tokens inside [s, e), if any."""
    lo = bisect.bisect_left(starts, s)
    hi = bisect.bisect_left(starts, e)
    if lo >= hi:
        return None
    inside = range(lo, hi)
    for i in inside:
        if not (lo <= tokens[i].head < hi) or tokens[i].head == i:
            return i
    return lo
