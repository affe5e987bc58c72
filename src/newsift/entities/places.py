"""Toponym finding and resolution over article text.

Two sources of candidates, one decision:

* a gazetteer scan of capitalised token n-grams (any script; Arabic has no capitals, so every
  Arabic word may start one), which works for languages without an NER model;
* NER spans labelled as locations that the scan missed.

Each candidate then gets (1) an *is-it-a-place* score from its evidence -- NER label (a hint:
"al-Qaim" tagged PERSON still passes with a locative cue), cue words ("near", "province",
"airport"), population, match quality, sentence position, common-word and lower-case-elsewhere
checks -- and (2) a *which-place* score per gazetteer entry: population prior, match quality,
the document's countries in focus (countries named in it, plus the press's default focus),
distance to the document's other places, and the kind the cue asks for (a division after
"province", the city after "city"). Resolution runs twice: the first pass fixes unambiguous
anchors, the second uses them as context, so "Tripoli" goes to Lebanon in a text about
Beirut and to Libya in one about Benghazi.
"""

from __future__ import annotations

import math
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from newsift.entities.airbases import airbase_features, airbase_names
from newsift.entities.gazetteer import (
    F_CURATED,
    F_PRIMARY,
    F_UPPER,
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    Gazetteer,
    Hit,
    skeleton_hash,
)
from newsift.entities.place_text import (
    ARTICLES,
    bare_key,
    final_vowel_variants,
    light_key,
    query_variants,
    script_of,
    skeleton_key,
    spelling_similarity,
)
from newsift.entities.unlisted import (
    EXTRACTOR as UNLISTED_EXTRACTOR,
)
from newsift.entities.unlisted import (
    NAME_RE,
    local_place,
    not_names,
    village_near,
    with_unlisted,
)
from newsift.geo import haversine_km
from newsift.geo import haversine_km_many as _km_to
from newsift.model import Mention

EXTRACTOR_NER = "places:ner+gazetteer"
EXTRACTOR_GAZ = "places:gazetteer"
LOC_LABELS = frozenset({"GPE", "LOC", "FAC", "LOCATION"})
PER_LABELS = frozenset({"PER", "PERSON"})
OTHER_LABELS = frozenset(
    {"ORG", "MISC", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"}
)
# Spans NER reads as dates or numbers ("Nov 25", "Mai 2017"): never a place.
DATE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})

_TOKEN_RE = re.compile(r"[^\W_](?:[\w’'ʼ\-]*[^\W_])?")
_ELISION_RE = re.compile(r"^(?:[dlDLjJ]|[qQ]u|[jJ]usqu|[lL]orsqu)['’ʼ](?=\w)")
_POSSESSIVE_RE = re.compile(r"['’]s$")
_PART_SPLIT_RE = re.compile(r"[-'’ʼ]")
_JOIN_RE = re.compile(r"^[ \t\u00a0]{1,2}$|^[ \t\u00a0]?-[ \t\u00a0]?$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CONNECTORS = _words("al el ad ar as az ash at an ez ul bin ibn bou abu de di del al-")
_FUNCTION_WORDS = _words(
    """the a an and or but of for on in at by with from as le la les un une et ou des du au aux
    der die das ein eine und oder im am el los las y o del con и в на с по из к у о от"""
)
_ARTICLE_WORDS = _words("la le les l the")  # before a landform noun: "la Montagne", "the Valley"
_CONNECTOR_MAX = max(len(w) for w in _CONNECTORS)
_NEVER_FIRST = _words(
    """the a an in at on of and or but from to for by with near after before as this that these
    while when if since
    dans à au aux et en de du des un une der die das und im am zu y los las con en
    в на и из к с по у о от"""
)
_DEMONYM_RE = re.compile(r"(?:ian|ians|ien|iens|ienne|iennes|ese|ish|ais|aise|isch|ische|ischen)$")
_LIST_JOIN_RE = re.compile(r"\s*(?:,|,?\s*(?:and|or|et|ou|und|oder|y|o|и|или|و)\b|\s*و)\s*", re.I)
_SENT_END = frozenset('.!?:;"«»“”\n')
_MAX_NGRAM = 5
_MAX_HITS = 40
# a transliteration match must be at least this alike to the place's name, vowels included
# (place_text.spelling_similarity: "Baaqouba"/Baqubah 1.0, "Deir Ezzor"/Dayr az Zawr 0.62,
# "Baloun"/Belen 0.60, "Khales"/Hillah 0.25)
_SAME_SPELLING = 0.62
_MIN_ACCEPT = 2.0
_CLOSE_BY_KM = 100.0  # "X, à quelques km": a loose reading farther than this is wrong
# "X, à l'ouest de Y", "X near Y": a reading of X farther than this from Y is no reading of it
# (a loose transliteration; a literal spelling may lie a little farther: "Raqqa, east of Aleppo")
_LOCATED_LOOSE_KM = 100.0
_LOCATED_LITERAL_KM = 250.0
_FAR_KM = 800.0  # a namesake this far from all of the text's other places is a different place
_SMALL_POP = 100_000  # ...when it is smaller than this (big cities are named anywhere)
_STRAY_MAX_POP = 200_000  # a foreign town smaller than this, far from the text's places...
_STRAY_NEXT_DOOR_KM = 60.0  # ...farther than this in a neighbouring country
_STRAY_FAR_KM = 300.0  # ...or than this elsewhere, is a stray namesake of a local village
_ABROAD_KM = 250.0  # a homonym abroad this far from the text's located places needs more evidence
# a quarter read farther than this from its city is a namesake elsewhere (see _quarters)
_QUARTER_KM = 15.0
_NUMBER_BEFORE_RE = re.compile(r"\d[\d\s,.]*$")
_NUMBER_AFTER_RE = re.compile(r"^\.?\s{0,2}\d")
_MEMO_MAX = 200_000  # surfaces whose filtered hits are remembered per worker (bounded memory)


def _load_cues() -> dict[str, dict[str, list[str]]]:
    text = resources.files("newsift.data.places").joinpath("cues.toml").read_text("utf-8")
    return tomllib.loads(text)


def _load_stopwords() -> frozenset[str]:
    text = resources.files("newsift.data.places").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(
        light_key(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _load_stopwords_written() -> frozenset[str]:
    """The stopwords as written (case-folded, accents kept)."""
    text = resources.files("newsift.data.places").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(
        " ".join(line.casefold().split())
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def _is_stopword(surface: str, folded: frozenset[str], written: frozenset[str]) -> bool:
    """A common word, unless the name carries an accent the word lacks ("Saná" is not "sana")."""
    if light_key(surface) not in folded:
        return False
    low = " ".join(surface.casefold().replace("’", "'").split())
    return low.isascii() or low in written or script_of(surface) != "lat"


def _data_lines(name: str) -> list[str]:
    """Non-comment, non-empty lines of a data file of this package."""
    text = resources.files("newsift.data.places").joinpath(name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _load_adjectives() -> dict[str, re.Pattern[str]]:
    """Per country, a pattern of its adjectives of nationality (country_adjectives.tsv)."""
    out: dict[str, re.Pattern[str]] = {}
    for line in _data_lines("country_adjectives.tsv"):
        cc, _, words = line.partition("\t")
        alts = "|".join(re.escape(w.strip()) for w in words.split("|") if w.strip())
        if alts:
            out[cc.strip().upper()] = re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)
    return out


def _load_keys(name: str) -> frozenset[str]:
    """A word list as light keys, with and without Arabic article words."""
    out: set[str] = set()
    for line in _data_lines(name):
        lk = light_key(line)
        out.update((lk, bare_key(lk)))
    return frozenset(out)


def _load_features() -> list[tuple[str, int, int, tuple[float, float] | None, str | None]]:
    """(name, GeoNames id, precision, own coordinates or None, own country or None) per name
    of features.tsv."""
    text = resources.files("newsift.data.places").joinpath("features.tsv").read_text("utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, gid, *rest = line.split("\t")
        precision = int(rest[0]) if rest and rest[0].strip() else 2
        coords = (float(rest[1]), float(rest[2])) if len(rest) >= 3 and rest[2].strip() else None
        cc = rest[3].strip().upper() or None if len(rest) >= 4 else None
        for name in names.split("|"):
            if name.strip():
                out.append((name.strip(), int(gid), precision, coords, cc))
    return out + airbase_features()


@cache
def feature_names() -> dict[str, str]:
    """A feature's name as written (casefolded) -> the name it is known by: the first name of
    its features.tsv line ("Al-Shafah", "Eastern Ghouta", "T4 airbase")."""
    out: dict[str, str] = {}
    for line in _data_lines("features.tsv"):
        names = [n.strip() for n in line.split("\t")[0].split("|") if n.strip()]
        for name in names:
            out.setdefault(name.casefold(), names[0])
    for name, canonical in airbase_names().items():
        out.setdefault(name, canonical)
    return out


@cache
def english_names() -> dict[int, str]:
    """GeoNames id -> the town's common English name (english_names.tsv: "Raqqa", not "Ar
    Raqqah"), the name events and reports show."""
    out: dict[int, str] = {}
    for line in _data_lines("english_names.tsv"):
        gid, name, *_ = line.split("\t")
        out[int(gid)] = name.strip()
    return out


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _has_article(name: str) -> bool:
    words = light_key(name).split()
    return len(words) > 1 and words[0] in ARTICLES


# how far from the place that locates it a village's own GeoNames entry may lie
_LISTED_VILLAGE_KM = 60.0
# and how big it may be: a bigger town the text names is read by the scan itself
_LISTED_VILLAGE_MAX_POP = 30000
# and how alike its spelling must be when only the consonant skeleton matched ("Rajo": Rājū)
_LISTED_VILLAGE_MIN_SIM = 0.75


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    cap: bool  # could start or end a name: capitalised (any part), Arabic, or a digit code
    connector: bool


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    hits: list[Hit]
    article: int | None = None
    segment_kind: str = "body"
    n_tokens: int = 1
    ner: str | None = None  # label of an NER span overlapping the candidate
    ner_longer_per: bool = False  # inside a longer PERSON span ("Bashar al-Assad")
    ner_longer_org: bool = False  # inside a longer ORG/MISC span ("Fateh al-Sham Front")
    ner_partial: bool = False  # a location span goes beyond it ("White" in "White House")
    ner_date: bool = False  # inside a date or number span with digits ("Nov" in "Nov 25")
    adjacent_cap: bool = False  # a capitalised non-function word touches it
    has_literal: bool = False  # some hit matches by light key, not only by skeleton
    sent_initial: bool = False
    cue: str | None = None  # near | province | city | feature | locative
    quarter: bool = False  # named as a city's quarter ("le quartier de X"): see _quarters
    span_start: int = 0  # mention span: the name, extended over feature/cue words
    span_end: int = 0
    evidence: float = 0.0
    best: int | None = None  # gazetteer row
    margin: float = 0.0
    loc_margin: float = 0.0  # margin over readings more than 100 km away
    notes: list[str] = field(default_factory=list)
    # a longer name matched by transliteration only, set aside for a literal prefix
    # ("Tal Rifaat" ~ Tall Rif'at behind "Tal" ~ At Tall): taken when NER or the region agree
    longer: Candidate | None = None
    coords: tuple[float, float] | None = None  # a facility's own point (features.tsv)
    # (hits, rows, context-free scores, countries): cached by _resolve for the second pass
    static: tuple[Any, ...] | None = field(default=None, compare=False, repr=False)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last ., !, ? or line break)."""
    return max(text.rfind(ch, 0, pos) for ch in ".!?\n") + 1


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (the next ., !, ? or line break, or the end)."""
    ends = [i for i in (text.find(ch, pos) for ch in ".!?\n") if i >= 0]
    return min(ends) if ends else len(text)


class PlaceFinder:
    """Finds and resolves toponyms in a document's article text (stateless across documents)."""

    def __init__(self, gazetteer: Gazetteer, focus: tuple[str, ...] = ("SY", "IQ"),
                 min_accept: float = _MIN_ACCEPT,
                 theatres: tuple[str, ...] | None = None) -> None:  # fmt: skip
        self.gaz = gazetteer
        self.focus = tuple(focus)
        # countries of the wars this press covers: never far-away namesakes (theatres.txt)
        self.theatres = frozenset(
            theatres if theatres is not None else (c.upper() for c in _data_lines("theatres.txt"))
        ) | frozenset(self.focus)
        self.min_accept = min_accept
        self._lookup_memo: dict[str, tuple[Hit, ...]] = {}
        # per-place columns as Python lists: read one place at a time in the hot loops
        self._kinds: list[int] = gazetteer.kind.tolist()
        self._pops: list[int] = gazetteer.pop.tolist()
        self._own_skel: list[int] = gazetteer.own_skel.tolist()
        self._own_letters: list[int] = gazetteer.own_letters.tolist()
        # per document: anchor lists and context dicts as arrays (keyed by id, list kept alive)
        self._arrays: dict[int, tuple[Any, ...]] = {}
        self._memo: dict[Any, Any] = {}  # per document: resolutions and distances
        self._located_cc: dict[int, str] = {}  # per document: country of each located place
        self._last_points: tuple[Any, ...] | None = None
        self._cell_heads: dict[int, dict[int, list[int]]] = {}
        codes = sorted(set(gazetteer.cc))
        self._cc_index = {cc: i for i, cc in enumerate(codes)}
        self._row_cc = np.fromiter(
            (self._cc_index[cc] for cc in gazetteer.cc), dtype=np.int32, count=len(gazetteer.cc)
        )
        self.stopwords = _load_stopwords()
        self._stopwords_written = _load_stopwords_written()
        self._focus_neighbours = frozenset(
            n for f in self.focus for n in gazetteer.neighbours.get(f, ())
        )
        self._near_cc = self._focus_neighbours | set(self.focus)
        cues = _load_cues()
        speaker = cues.get("speaker", {})
        self._speaker_before = re.compile(
            "(?:" + "|".join(speaker.get("before", []) or ["(?!)"]) + ")$", re.IGNORECASE
        )
        self._speaker_after = re.compile(
            "(?:" + "|".join(speaker.get("after", []) or ["(?!)"]) + ")", re.IGNORECASE
        )
        self._halves = frozenset(w.casefold() for w in cues.get("city_half", {}).get("after", []))
        quarter = cues.get("quarter", {})
        self._quarter_before = re.compile(
            "(?:" + "|".join(quarter.get("before", []) or ["(?!)"]) + ")$", re.IGNORECASE
        )
        self._quarter_name = re.compile(  # the cue in any case, the name capitalised
            "(?i:" + "|".join(quarter.get("before", []) or ["(?!)"]) + ")" + NAME_RE.pattern
        )
        self._quarter_after = re.compile(
            "(?:" + "|".join(quarter.get("after", []) or ["(?!)"]) + ")", re.IGNORECASE
        )
        site = cues.get("site_anaphor", {})
        dets = "|".join(re.escape(d) for d in site.get("determiners", [])) or "(?!x)x"
        self._site_anaphor_res: list[tuple[re.Pattern[str], re.Pattern[str]]] = []
        for group in site.get("groups", []):
            words = "|".join(
                re.escape(w).replace(r"\ ", r"\s+") for w in group.split("|") if w.strip()
            )
            self._site_anaphor_res.append((
                re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE),
                re.compile(rf"(?<!\w)(?i:{dets})(?:(?<=['’])|\s+)(?P<noun>(?i:{words}))(?!\w)"),
            ))  # fmt: skip
        self._site_not_after = re.compile("|".join(site.get("not_after", [])) or "(?!x)x")
        titles = [re.escape(w) for w in cues.get("person_title", {}).get("before", [])]
        self._title_before = re.compile(
            r"(?:^|[^\w.])(?:" + ("|".join(titles) or "(?!)") + r")\s+$", re.IGNORECASE
        )
        self._before: list[tuple[str, str]] = []
        self._after: list[tuple[str, str]] = []
        self._before_map: dict[str, str] = {}
        self._after_map: dict[str, str] = {}
        for kind in ("province", "city", "feature", "near", "locative"):
            for phrase in cues.get(kind, {}).get("before", []):
                p = phrase.casefold().replace("’", "'")
                self._before.append((p, kind))
                self._before_map.setdefault(p, kind)
            for phrase in cues.get(kind, {}).get("after", []):
                p = phrase.casefold()
                self._after.append((p, kind))
                self._after_map.setdefault(p, kind)
        self._function_words = (
            frozenset(w for phrase, _ in self._before + self._after for w in phrase.split())
            | _FUNCTION_WORDS
        )
        # Longest phrases first so "air base" wins over "base" and "north of" over "of".
        self._before.sort(key=lambda x: -len(x[0]))
        self._after.sort(key=lambda x: -len(x[0]))
        self._feature_of: dict[str, tuple[int, int, tuple[float, float] | None]] = {}
        gid_row: dict[int, int | None] = {}
        self._feature_cc: dict[str, str] = {}  # a facility's own country (features.tsv)
        for name, gid, precision, coords, cc in _load_features():
            if gid not in gid_row:
                gid_row[gid] = self._row_of_gid(gid)
            row = gid_row[gid]
            if row is not None:
                self._feature_of.setdefault(name.casefold(), (row, precision, coords))
                if cc:
                    self._feature_cc.setdefault(name.casefold(), cc)

        def phrases(kind: str, side: str) -> str:
            words = sorted(cues.get(kind, {}).get(side, []), key=len, reverse=True)
            return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!x)x"

        self._part_of_re = re.compile(
            rf"(?:['’]s)?\s+(?:{phrases('part_of', 'after')})\s+(?:the\s+)?", re.IGNORECASE
        )
        self._named_after_re = re.compile(
            rf"(?:['’]s)?\s+(?:{phrases('named_after', 'after')})(?!\w)", re.IGNORECASE
        )
        self._named_before_re = re.compile(
            rf"(?<!\w)(?:{phrases('named_after', 'before')})\s+(?:(?:al|el)[-\s])?$"
        )
        self._org_heads = frozenset(cues.get("inside_org", {}).get("before", []))
        self._vessel_after_re = re.compile(
            rf"\s+(?:{phrases('vessel', 'after')})(?!\w)", re.IGNORECASE
        )
        self._vessel_before_re = re.compile(
            rf"(?<!\w)(?:{phrases('vessel', 'before')})\s*[«\"“']?\s*$", re.IGNORECASE
        )
        self._months = _load_keys("calendar.txt")
        self._grid: dict[int, np.ndarray] | None = None
        self._not_settlements = _load_keys("not_settlements.txt")
        self._descriptive = _load_keys("descriptive_words.txt")
        self._landforms = _load_keys("landform_nouns.txt")
        self._peoples = _load_keys("peoples.txt")
        self._adjective_re = _load_adjectives()
        self._article_countries = frozenset(
            c.upper() for c in _data_lines("arabic_article_countries.txt")
        )
        bank = cues.get("river_bank", {})
        self._bank_words = frozenset(w.casefold() for w in bank.get("before", []))
        self._bank_after_re = re.compile(
            r"\s+(?:the\s+|la\s+|le\s+|l['’])?(?:"
            + "|".join(re.escape(w) for w in sorted(bank.get("after", []), key=len, reverse=True))
            + r")(?=[\s'’])",
            re.IGNORECASE,
        )
        road = cues.get("road", {})

        def alternation(words: list[str]) -> str:
            return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

        self._road_before_re = re.compile(
            rf"(?<!\w)(?:{alternation(road.get('before', []))})\s+"
            rf"(?:(?:{alternation(road.get('between', []))})\s*)?$",
            re.IGNORECASE,
        )
        self._road_after_re = re.compile(
            rf"\s+(?:{alternation(road.get('after', []))})(?!\w)", re.IGNORECASE
        )
        close = cues.get("close_by", {}).get("after", [])
        self._close_by_re = (
            re.compile(r"\s*,?\s*(?:" + "|".join(f"(?:{p})" for p in close) + ")", re.IGNORECASE)
            if close
            else None
        )
        located_by = cues.get("located_by", {}).get("after", [])
        self._located_by_re = (
            re.compile(
                r"\s*,?\s*(?:" + "|".join(f"(?:{p})" for p in located_by) + ")", re.IGNORECASE
            )  # fmt: skip
            if located_by
            else None
        )
        names = sorted(self._feature_of, key=len, reverse=True)
        self._feature_first = frozenset(n.split()[0] for n in names)
        self._feature_re = re.compile(
            # a plural names the same facility: "the Omar oil fields", "the T2 stations"
            r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?:s|es)?(?!\w)",
            re.IGNORECASE,
        )

    def _row_of_gid(self, gid: int) -> int | None:
        rows = np.nonzero(self.gaz.gid == gid)[0]
        return int(rows[0]) if rows.size else None

    # ------------------------------------------------------------------ tokens and candidates
    @staticmethod
    def tokenize(text: str, base: int) -> list[_Tok]:
        """Word tokens with the flags the scan needs (hot loop: plain words take a fast path)."""
        toks: list[_Tok] = []
        append = toks.append
        for m in _TOKEN_RE.finditer(text):
            s, e, t = m.start(), m.end(), m.group()
            marked = "'" in t or "’" in t or "ʼ" in t
            if marked:
                el = _ELISION_RE.match(t)
                if el:
                    s += el.end()
                    t = t[el.end() :]
                pm = _POSSESSIVE_RE.search(t)
                if pm:
                    e -= len(pm.group())
                    t = t[: pm.start()]
                if not t:
                    continue
            c0 = t[0]
            if c0.isdigit():
                cap = script_of(t) == "ar" or (
                    any(c.isalpha() for c in t) and any(c.isupper() for c in t)
                )
            elif c0.isupper() or "\u0600" <= c0 <= "\u06ff":
                cap = True
            elif marked or "-" in t:
                cap = any(p[:1].isupper() for p in _PART_SPLIT_RE.split(t) if p)
            else:
                cap = False
            append(
                _Tok(
                    base + s,
                    base + e,
                    t,
                    cap,
                    len(t) <= _CONNECTOR_MAX and t.casefold() in _CONNECTORS,
                )
            )
        return toks

    def _scan(self, doc_text: str, toks: list[_Tok]) -> list[Candidate]:
        out: list[Candidate] = []
        i, n = 0, len(toks)
        while i < n:
            tok = toks[i]
            if (
                not tok.cap
                or (tok.connector and not tok.text[:1].isupper())
                or tok.text.casefold() in _NEVER_FIRST
            ):
                i += 1
                continue
            found = None
            j_max = i
            acronym = tok.text.isupper() and len(tok.text) <= 4
            while not acronym and j_max + 1 < n and j_max - i + 1 < _MAX_NGRAM:
                gap = doc_text[toks[j_max].end : toks[j_max + 1].start]
                nxt = toks[j_max + 1]
                if not _JOIN_RE.match(gap) or not (nxt.cap or nxt.connector):
                    break
                j_max += 1
            for j in range(j_max, i - 1, -1):
                if not toks[j].cap:
                    continue
                surface = doc_text[tok.start : toks[j].end]
                hits = self._lookup(surface)
                if hits:
                    cand = Candidate(tok.start, toks[j].end, surface, hits, n_tokens=j - i + 1)
                    literal = any(not h.skeleton for h in hits)
                    if literal or j == i:
                        if found is None or literal:
                            if found is not None and found.end > cand.end:
                                cand.longer = found
                            found = cand
                        break
                    # Only a transliteration match for the long form ("Syria The" ~ Surat):
                    # keep it unless a shorter prefix matches literally.
                    found = found or cand
                    continue
                if j == i and "-" in surface:  # "US-led", "Damascus-based"
                    head = surface.split("-")[0]
                    rest = surface[len(head) + 1 :]
                    half = self._city_half(head, rest, tok.end)
                    if half is not None:
                        found = half
                        continue
                    if rest[:1].islower() and len(head) >= 2:
                        hits = self._lookup(head)
                        if hits:
                            found = Candidate(tok.start, tok.start + len(head), head, hits)
            if found:
                out.append(found)
                i = next(k for k in range(i, n) if toks[k].end >= found.end) + 1
            else:
                i += 1
        return out

    def _city_half(self, head: str, rest: str, end: int) -> Candidate | None:
        """ "Alep-Est", "Mosul-West": a city's half is the city itself, at geo_precision 2
        (the span keeps the half word)."""
        if rest.casefold() not in self._halves or len(head) < 3:
            return None
        hits = [h for h in self._lookup(head) if not h.skeleton]
        if not hits:
            return None
        return Candidate(
            end - len(head) - 1 - len(rest),
            end - len(rest) - 1,
            head,
            hits,
            notes=["precision:2", f"span_end:{end}"],
        )

    def _lookup(self, surface: str) -> list[Hit]:
        """Filtered gazetteer hits for a surface form (memoised: a pure function of it)."""
        cached = self._lookup_memo.get(surface)
        if cached is None:
            if len(self._lookup_memo) >= _MEMO_MAX:
                self._lookup_memo.clear()
            cached = self._lookup_memo[surface] = tuple(self._lookup_uncached(surface))
        return list(cached)

    def _lookup_uncached(self, surface: str) -> list[Hit]:
        hits = self._final_vowel_hits(surface, self.gaz.lookup(surface))
        if not any(not h.skeleton for h in hits):
            for variant in query_variants(surface):
                vh = self.gaz.lookup(variant)
                if any(not h.skeleton for h in vh) or (vh and not hits):
                    if not self._closer_than_variant(surface, hits, vh):
                        hits = vh
                    break
        # A short transliteration key collides easily ("Fallah" and Fallujah both give "fal"
        # through some alternate name): keep such a match only when the place's own name
        # folds to the same key.
        # Nor may a transliteration match be much longer or shorter than the place's own name
        # ("Al-Ayadiya" and Ede both fold to "ada"). Both checks read keys stored per place.
        if hits and script_of(surface) != "ar" and any(h.skeleton for h in hits):
            own_skel, own_letters = self._own_skel, self._own_letters
            sk = skeleton_key(surface)
            short = skeleton_hash(sk) if 0 < len(sk) <= 4 else None
            n = _letters(bare_key(light_key(surface)))
            hits = [
                h
                for h in hits
                if not h.skeleton
                or (
                    (short is None or own_skel[h.row] == short)
                    and 0.6 <= n / max(1, own_letters[h.row]) <= 1.7
                )
            ]
            hits = self._own_name_abroad(hits, skeleton_hash(sk))
            if script_of(surface) == "lat":
                hits = [h for h in hits if not h.skeleton or self._sounds_alike(surface, h.row)]
        # Acronym-like names ("US", "UAE") count only when written in capitals as listed.
        if hits and len(surface) <= 4:
            upper = surface.isupper()
            hits = [h for h in hits if (h.flags & F_UPPER) == (F_UPPER if upper else 0)]
        # Countries have curated names in every language: a skeleton-only match is a demonym
        # ("Syrian", "Iraqi") or noise, never the country.
        kinds, pops = self._kinds, self._pops
        hits = [h for h in hits if not (h.skeleton and kinds[h.row] == KIND_COUNTRY)]
        if len(hits) > _MAX_HITS:  # short skeletons collide a lot: keep the plausible ones
            keep = [h for h in hits if not h.skeleton or self.gaz.cc[h.row] in self._near_cc]
            rest = sorted(
                (h for h in hits if h.skeleton and self.gaz.cc[h.row] not in self._near_cc),
                key=lambda h: -pops[h.row],
            )
            hits = keep + rest[: max(0, _MAX_HITS - len(keep))]
        return hits

    def _final_vowel_hits(self, surface: str, hits: list[Hit]) -> list[Hit]:
        """A name whose literal readings are all small towns outside the press's theatres
        ("Koya": Kōya, Japan) is also read with the other writings of its final vowel, keeping
        the towns of the theatres that these spell literally (Koysinjaq, "Koye" in GeoNames):
        context then chooses between them."""
        g = self.gaz
        literal = [h for h in hits if not h.skeleton]
        if not literal or any(
            g.cc[h.row] in self.theatres
            or int(self._kinds[h.row]) != KIND_CITY
            or int(self._pops[h.row]) >= _STRAY_MAX_POP
            for h in literal
        ):
            return hits
        have = {h.row for h in hits}
        extra = [
            h
            for variant in final_vowel_variants(surface)
            for h in self.gaz.lookup(variant)
            if not h.skeleton
            and h.row not in have
            and g.cc[h.row] in self.theatres
            and int(self._kinds[h.row]) == KIND_CITY
        ]
        return hits + list({h.row: h for h in extra}.values())

    def _spelling(self, surface: str, row: int) -> float:
        """How alike ``surface`` is to the place's own or English name, vowels included (the
        best of both, and of the name's first words: "Baghouz" ~ Al Baghuz Fawqani)."""
        g = self.gaz
        words = len(surface.split())
        names = [g.names[row], english_names().get(int(g.gid[row]), "")]
        names += [" ".join(n.split()[: words + 1]) for n in names if len(n.split()) > words]
        return max(spelling_similarity(surface, n) for n in names if n)

    def _closer_than_variant(self, surface: str, hits: list[Hit], variant: list[Hit]) -> bool:
        """Does a loose match that is a spelling of the name itself come before the literal
        matches of a shortened variant ("Khales": Khalis, not Halle through "Khale")? Unless
        the variant names a country or a town of the press's theatres ("Syrias": Syria)."""
        if script_of(surface) != "lat" or not hits:
            return False
        g = self.gaz
        if any(
            not h.skeleton
            and (int(self._kinds[h.row]) != KIND_CITY or g.cc[h.row] in self.theatres)
            for h in variant
        ):
            return False
        return any(h.skeleton and self._sounds_alike(surface, h.row) for h in hits)

    def _sounds_alike(self, surface: str, row: int) -> bool:
        """Is a transliteration (skeleton) match a spelling of the place's own or English name,
        vowels included? The skeleton drops vowels, so "Khales" meets Hillah, "Kocho" Kisii
        and "Baloun" Belen: a different, often better-known place, not a spelling of it."""
        return self._spelling(surface, row) >= _SAME_SPELLING

    def _own_name_abroad(self, hits: list[Hit], sk_hash: int) -> list[Hit]:
        """Outside the theatres of the press, a loose transliteration match must fold to the
        place's own name, not to one of its many alternate names: an Aleppo quarter
        ("Soukkari") is not Adapazarı through its alias "Sakarya", a Syrian crossing
        ("Ramoussa") not Reims. Towns of the theatres keep their alias matches (their names
        are written in many transliterations)."""
        g = self.gaz
        return [
            h
            for h in hits
            if not h.skeleton
            or g.cc[h.row] in self.theatres
            or int(self._kinds[h.row]) != KIND_CITY
            or int(self._own_skel[h.row]) == sk_hash
        ]

    # ------------------------------------------------------------------ cues and evidence
    def _cue(self, text: str, seg_start: int, seg_end: int, c: Candidate) -> None:
        """Cue words right before/after the name (phrase lookups on the last/first words)."""
        c.span_start, c.span_end = c.start, c.end
        window = text[max(seg_start, c.start - 48) : c.start]
        c.quarter = bool(
            self._quarter_before.search(window)
            or self._quarter_after.match(text, c.end, min(seg_end, c.end + 50))
        )
        before = window.casefold().replace("’", "'")
        words = before.split()
        if before and not before[-1].isspace() and not before.endswith("'"):
            words = []  # glued to something else: "(Aleppo", "-Aleppo"
        # An article between cue and name: "near the", "dans la", "de l'".
        if words and words[-1] in ("the", "la", "le", "les", "l'"):
            words = words[:-1]
        elif words and words[-1].endswith("l'") and len(words[-1]) > 2:
            words[-1] = words[-1][:-2]
        for n in (4, 3, 2, 1):
            if len(words) < n:
                continue
            phrase = " ".join(words[-n:])
            kind = self._before_map.get(phrase)
            if kind is None:
                continue
            c.cue = kind
            if kind in ("province", "feature"):
                idx = before.rfind(phrase.split()[0])
                if idx >= 0:
                    c.span_start = max(seg_start, c.start - (len(before) - idx))
            break
        after = text[c.end : min(seg_end, c.end + 40)]
        skip = 0
        if after[:2] in ("'s", "’s"):
            after, skip = after[2:], 2
        if not after[:1].isspace():
            return
        lead = len(after) - len(after.lstrip())
        aw = after.casefold().split()
        for n in (3, 2, 1):
            if len(aw) < n:
                continue
            phrase = " ".join(w.strip(".,;:!?)\"'»”") for w in aw[:n])
            kind = self._after_map.get(phrase)
            if kind is None:
                continue
            if c.cue in (None, "locative") or kind in ("province", "feature"):
                c.cue = kind
                if kind != "locative":
                    c.span_end = c.end + skip + lead + len(phrase)
            break

    def _near_focus(self, cc: str, ctx_cc: dict[str, float]) -> bool:
        focus = set(self.focus) | {k for k, v in ctx_cc.items() if v > 0}
        return any(cc in self.gaz.neighbours.get(f, ()) for f in focus)

    def _adjacent_cap(self, text: str, toks: list[_Tok], k: int, c: Candidate) -> bool:
        """A capitalised word right before or after the name that is not a function word."""
        j = k + 1
        while j < len(toks) and toks[j].start < c.end:
            j += 1
        for idx, gap in ((k - 1, (k - 1 >= 0) and text[toks[k - 1].end : c.start]),
                         (j, j < len(toks) and text[c.end : toks[j].start])):  # fmt: skip
            if not gap or idx < 0 or idx >= len(toks) or not re.fullmatch(r"[ \u00a0]", gap):
                continue
            t = toks[idx]
            if not t.cap or script_of(t.text) == "ar" or t.text.isupper():
                continue
            low = t.text.casefold()
            if low in self._function_words or light_key(t.text) in self.stopwords:
                continue
            return True
        return False

    def _evidence(self, c: Candidate, doc_lower_words: set[str], pos_at: dict[int, str],
                  ctx_cc: dict[str, float], anchors: list[tuple[float, float, int]] | None = None,
                  own: tuple[dict[str, float], list[tuple[float, float, int]]] | None = None,
                  ) -> float:  # fmt: skip
        """How much the text says this candidate is a place. ``own`` is the context and the
        anchors that other names made (without this name's own mentions), for the checks that
        ask whether anything else in the text points to the place."""
        g = self.gaz
        ev = 0.0
        if c.ner in LOC_LABELS:
            ev += 2.5
        elif c.ner in PER_LABELS:
            ev -= 0.5 if c.cue else 1.5  # small models often tag Arabic toponyms as persons
        elif c.ner == "LANGUAGE":
            ev -= 4.0  # "English", "Catalan": a language is never a place
        elif c.ner in OTHER_LABELS:
            ev -= 0.7 if c.ner == "ORG" else 1.0
        if c.ner_date:
            ev -= 3.0  # "Nov" in "Nov 25": a date
        if c.ner_longer_per:
            ev -= 3.0
        if c.ner_longer_org:
            ev -= 1.5
        if c.ner_partial:
            ev -= 1.0
        if c.cue == "locative":
            ev += 1.0
        elif c.cue:
            ev += 1.8
        best = c.best if c.best is not None else c.hits[0].row
        hit = next((h for h in c.hits if h.row == best), c.hits[0])
        # a regional town on a long key (see _regional) is as good as a literal name, not better
        regional = "regional" in c.notes and self.gaz.cc[best] in self._near_cc
        if not (regional and hit.skeleton):
            ev += -1.0 if hit.skeleton else 1.0
        strong_cue = c.cue in ("locative", "near", "province", "city")
        if hit.skeleton and c.n_tokens == 1 and c.ner not in LOC_LABELS and not strong_cue:
            ev -= 1.5
        pop = int(g.pop[best])
        kind = int(g.kind[best])
        cc = g.cc[best]
        if kind != KIND_CITY:
            ev += 2.0
        elif pop >= 100_000:
            ev += 1.5
        elif pop >= 20_000:
            ev += 1.0
        elif pop >= 2_000:
            ev += 0.5
        in_focus = cc in self.focus or ctx_cc.get(cc, 0) > 0
        if in_focus:
            ev += 1.0
        elif kind == KIND_CITY and not self._near_focus(cc, ctx_cc):
            # Far from every country the text is about: a transliteration collision
            # ("Euphrates" ~ Ephrata) or a small namesake; big cities are named anywhere.
            if hit.skeleton:
                ev -= 4.0
            elif c.ner not in LOC_LABELS and pop < 500_000:
                ev -= 1.0
        elif kind == KIND_CITY and pop < 50_000 and c.ner not in LOC_LABELS and not c.cue:
            ev -= 1.0
        other_km = None
        supported = named = in_focus  # a theatre of the press / a country the text is about
        if own is not None:
            named = cc in self.focus or own[0].get(cc, 0.0) > 0
            if kind != KIND_CITY:  # a region of the text's countries or of their neighbours
                named = named or any(own[0].get(n, 0.0) > 0 for n in g.neighbours.get(cc, ()))
            supported = named or cc in self.theatres
            if kind == KIND_CITY:
                other_km = self._near_km(float(g.lat[best]), float(g.lon[best]), own[1], c.start)
        if anchors and kind == KIND_CITY:
            lat, lon = float(g.lat[best]), float(g.lon[best])
            near_km = self._near_km(lat, lon, anchors, c.start)
            if near_km is not None and near_km < 150:
                ev += 1.0  # close to the document's other places
            elif (
                near_km is not None
                and near_km > 1000
                and hit.skeleton
                and (
                    ctx_cc.get(cc, 0) <= 0
                    or (pop < _SMALL_POP and ctx_cc.get(cc, 0) < 0.5 * max(ctx_cc.values()))
                )
            ):
                # A transliteration collision far from everything else in the text, even in a
                # country it names in passing ("l'Euphrate" ~ Ephrata in a text naming the US).
                ev -= 3.0
        if (
            other_km is not None
            and other_km > _FAR_KM
            and pop < _SMALL_POP
            and not supported
            and "feature" not in c.notes
        ):
            # A small namesake far from the text's places, in a country nothing else in the
            # text points to: "the village of Salwa" in Idlib is not Salwá in Kuwait.
            _note(c, "far_namesake")
            ev -= 8.0
        elif own is not None and "feature" not in c.notes:
            ev -= self._abroad_penalty(c, best, hit.skeleton, own)
        if (
            hit.skeleton
            and kind == KIND_CITY
            and cc not in self.theatres
            and _has_article(c.text)
            and not _has_article(g.names[best])
        ):
            # "Al Kalassa" is an Arabic name: a loose match abroad without the article (Kilis)
            # is a collision, not a spelling
            _note(c, "article_abroad")
            ev -= 2.0
        elif (
            kind == KIND_CITY
            and _has_article(c.text)
            and not _has_article(g.names[best])
            and other_km is not None
            and other_km > _ABROAD_KM
            and (
                (hit.skeleton and pop < _SMALL_POP)
                or (not hit.skeleton and cc not in self._article_countries)
            )
        ):
            # An Arabic name ("al-X") read as a town without the article, far from the text's
            # places, is a quarter or village the gazetteer lacks (placed by find: local_place):
            # by a loose spelling a small town in any country ("celui d'al-Maadi" in an article
            # on Aleppo's quarters is no Madaya by Damascus), by an exact one a town of a
            # country the article never names, however big ("entre al-Mashhad et al-Sukkari"
            # in Aleppo is not Mashhad, Iran)
            _note(c, "article_far")
            ev -= 6.0
        if (
            own is not None
            and self._descriptive_only(c.text)
            and not self._local(kind, other_km, named)
        ):
            # "الصحراء الغربية" (the western desert) in an Iraqi text is not Western Sahara,
            # "the White House" is not Casablanca (Dar el Beida).
            _note(c, "description")
            ev -= 10.0
        elif kind == KIND_CITY and self._landform_only(c.text):
            # "la Montagne" for the Jabal Druze, "le Plateau" for the Golan: a common noun the
            # text capitalises for a region, not the French village GeoNames gives it to, even
            # in a text that names Paris (Montagne, Gironde; La Montagne, Loire-Atlantique)
            _note(c, "landform")
            ev -= 10.0
        if c.n_tokens > 1:
            ev += 0.5
        if c.adjacent_cap and c.ner not in LOC_LABELS and c.segment_kind != "title":
            ev -= 2.0  # part of a longer capitalised name: "Vladimir Putin", "Aleppo Media Center"
        script = script_of(c.text)
        lk = light_key(c.text)
        if script == "lat" and c.n_tokens == 1:
            if c.sent_initial and c.text.isalpha():
                ev -= 1.0
            if c.segment_kind == "title":
                ev -= 0.5
            if lk in doc_lower_words:
                ev -= 2.0
            pos = pos_at.get(c.start)
            if pos and pos not in ("PROPN", "X") and c.ner not in LOC_LABELS:
                ev -= 1.5
        if hit.skeleton and script == "lat" and c.n_tokens == 1 and _DEMONYM_RE.search(lk):
            ev -= 4.0  # "Syrian", "syrienne", "Turkish": an adjective, not a village
        if script == "ar" and not c.cue and c.n_tokens == 1:
            ev -= 1.0
        if _is_stopword(c.text, self.stopwords, self._stopwords_written) and not (
            c.ner in LOC_LABELS and c.cue
        ):
            ev -= 4.0
        letters = sum(ch.isalpha() for ch in c.text)
        if letters < 3 and not (hit.flags & (F_UPPER | F_CURATED)):
            ev -= 5.0
        return ev

    def _abroad_penalty(
        self, c: Candidate, row: int, skeleton: bool, own: tuple[dict[str, float], list[Any]]
    ) -> float:
        """A homonym in a country the document itself never points to, far from its places,
        while it clearly is about another country: Aleppo's "Hamdaniyeh" is not al-Hamdaniya
        (Iraq), Quneitra's "Hadar" not Hatra, an Aleppo quarter "Salah Eddin" not the Iraqi
        governorate. The press's default theatres do not count as the document's countries
        here; a loose (skeleton) match abroad needs much more than an exact one."""
        g = self.gaz
        cc = g.cc[row]
        kind = int(g.kind[row])
        ctx = own[0]
        if ctx.get(cc, 0.0) > 0 or kind == KIND_COUNTRY or not ctx:
            return 0.0
        home, weight = max(ctx.items(), key=lambda kv: kv[1])
        if home == cc or weight < 1.0:
            return 0.0
        if cc in self.theatres and home not in self.theatres:
            # A war's town in a text whose most named country is at peace: the writer's or the
            # addressee's own country ("nous demandons à la France", "Paris must act"), not
            # the story's -- a partisan site abroad writing about the war.
            return 0.0
        if kind == KIND_CITY and int(g.pop[row]) >= _SMALL_POP:
            return 0.0
        if kind != KIND_CITY and (c.cue == "province" or int(g.kind[row]) != KIND_ADMIN1):
            return 0.0
        lat, lon = float(g.lat[row]), float(g.lon[row])
        km = self._near_km(lat, lon, own[1], c.start)
        if km is None:  # no sure town: how far from the home country's centre
            hrow = g.country_row(home)
            km = None if hrow is None else haversine_km(lat, lon, g.lat[hrow], g.lon[hrow])
        if km is None or km < _ABROAD_KM:
            return 0.0
        _note(c, "abroad_homonym")
        return 4.0 if skeleton or kind != KIND_CITY else 2.5

    def _never(self, text: str, c: Candidate) -> bool:
        """Names that are not a populated place here: rivers and seas (not_settlements.txt),
        a month next to a number ("Nov 25", "25 Nov", "9 تشرين")."""
        if "feature" in c.notes:
            return False
        lk = light_key(c.text)
        if lk in self._not_settlements or bare_key(lk) in self._not_settlements:
            return True
        if self._people_word(lk):
            return True  # "the Kikuyus", "Catalan", "English": a people or a language
        words = c.text.casefold().split()
        if words and words[-1] in self._bank_words and self._bank_after_re.match(text, c.end):
            return True  # "the west bank of the Tigris": a river bank
        if self._speaker_before.search(text, max(0, c.start - 40), c.start) and (
            self._speaker_after.match(text, c.end)
        ):
            return True  # "X (en duplex de Samarra) :": where a reporter speaks from
        if c.n_tokens <= 2 and self._date_word(c):
            before = text[max(0, c.start - 8) : c.start]
            after = text[c.end : c.end + 4]
            if re.search(r"\d\s{0,2}$", before) or _NUMBER_AFTER_RE.match(after):
                return True
        return False

    def _people_word(self, lk: str) -> bool:
        """A people, group or language (peoples.txt), also in the plural ("Kikuyus")."""
        if lk in self._peoples:
            return True
        for suffix in ("es", "s"):
            if lk.endswith(suffix) and lk[: -len(suffix)] in self._peoples:
                return True
        return False

    def _date_word(self, c: Candidate) -> bool:
        """A month name or abbreviation (calendar.txt): "Nov", "Mai", "تشرين"."""
        words = light_key(c.text).split()
        return bool(words) and (" ".join(words) in self._months or words[0] in self._months)

    def _heads_in_cell(self, cell: int) -> dict[int, list[int]]:
        """Towns of one 1-degree cell by the (hashed) skeleton of their name's first word: a
        grid over the gazetteer, built on first use; each cell's dict once per worker."""
        if self._grid is None:
            g = self.gaz
            city = np.nonzero(g.kind == KIND_CITY)[0]
            lat_cell = np.floor(g.lat[city]).astype(np.int64)
            cells = lat_cell * 1000 + np.floor(g.lon[city]).astype(np.int64)
            order = np.argsort(cells, kind="stable")
            cells, city = cells[order], city[order]
            keys, first = np.unique(cells, return_index=True)
            bounds = [*first.tolist(), len(city)]
            self._grid = {
                int(k): city[bounds[i] : bounds[i + 1]] for i, k in enumerate(keys.tolist())
            }
        heads = self._cell_heads.get(cell)
        if heads is None:
            heads = defaultdict(list)
            rows = self._grid.get(cell)
            if rows is not None:
                keys = self.gaz.head_skel[rows]
                for r, key in zip(rows.tolist(), keys.tolist(), strict=True):
                    if key:
                        heads[key].append(r)
            self._cell_heads[cell] = heads
        return heads

    def _far_unsupported(self, row: int, ctx_cc: dict[str, float],
                         anchors: list[tuple[float, float, int]], start: int) -> bool:  # fmt: skip
        """A town far from the text's other places, in a country nothing else points to."""
        g = self.gaz
        if int(g.kind[row]) != KIND_CITY or g.cc[row] in self.theatres or ctx_cc.get(g.cc[row], 0):
            return False
        far = self._near_km(float(g.lat[row]), float(g.lon[row]), anchors, start)
        return far is not None and far > _FAR_KM

    def _prefer_near(self, c: Candidate, ctx_cc: dict[str, float],
                     anchors: list[tuple[float, float, int]]) -> bool:  # fmt: skip
        """A namesake far from the text's places (not a big city), in a country nothing else
        in the text points to, gives way to a namesake near them: "Saïda" east of Deraa is
        read as Sidon (Lebanon) next door, not Saïda (Algeria)."""
        g = self.gaz
        row = c.best
        if row is None or int(g.pop[row]) >= 500_000:
            return False
        if not self._far_unsupported(row, ctx_cc, anchors, c.start):
            return False
        # a literal spelling only, and near the text's places for sure (a distance known)
        return self._take_namesake(
            c, anchors, lambda h, km: not h.skeleton and km is not None, "near_namesake"
        )

    def _home_namesake(self, c: Candidate, ctx_cc: dict[str, float],
                       anchors: list[tuple[float, float, int]]) -> bool:  # fmt: skip
        """A town abroad, in a country nothing else in the text points to, gives way to a
        namesake in the text's own country near its places, even a loosely spelt one and
        even when the foreign town is big: "al-Mansoura, à l'ouest de Raqqa" is the Syrian
        village, not Egypt's Al Mansurah."""
        g = self.gaz
        row = c.best
        if row is None or int(g.kind[row]) != KIND_CITY or not ctx_cc:
            return False
        home, weight = max(ctx_cc.items(), key=lambda kv: kv[1])
        cc = g.cc[row]
        if cc == home or weight < 1.0 or ctx_cc.get(cc, 0.0) > 0 or cc in self.theatres:
            return False
        if anchors and not self._far_unsupported(row, ctx_cc, anchors, c.start):
            return False
        if int(g.pop[row]) >= _SMALL_POP and c.cue not in ("city", "near"):
            return False  # a big city abroad is named anywhere: only "le village de X" is home
        # any spelling, in the text's own country (near its places when they are known)
        return self._take_namesake(c, anchors, lambda h, _km: g.cc[h.row] == home, "home_namesake")

    def _stray_abroad(self, text: str, c: Candidate, ctx_cc: dict[str, float],
                      anchors: list[tuple[float, float, int]]) -> bool:  # fmt: skip
        """A town read abroad, in a country the text never points to (neither by name, nor by
        a sure place there, nor by an adjective in its sentence: "la ville libanaise de"), far
        from the text's located places, in a text clearly about another country: the name is a
        local village the gazetteer lacks, not its foreign namesake ("Saïda" east of Deraa is
        no Sidon; "al-Qaïrawan" west of Sinjar no Kairouan). A namesake at home near the
        text's places is taken; else the name is set aside (noted ``stray_abroad``), so that
        an event there falls back on the text's own places. Big cities, towns of the press's
        focus countries and of the other wars it covers (unless next door) are named anywhere."""
        g = self.gaz
        row = c.best
        if row is None or not anchors or "feature" in c.notes:
            return False
        if int(g.kind[row]) != KIND_CITY or int(g.pop[row]) >= _STRAY_MAX_POP:
            return False
        cc = g.cc[row]
        if ctx_cc:
            home, weight = max(ctx_cc.items(), key=lambda kv: kv[1])
        else:  # no country context yet: where the text's located places lie
            lying = Counter(self._located_cc.get(a[2], "") for a in anchors if a[2] != c.start)
            home, n = lying.most_common(1)[0] if lying else ("", 0)
            weight = float(n)
        if not home or cc == home or weight < 1.0 or ctx_cc.get(cc, 0.0) > 0:
            return False
        if cc in self.focus:
            return False
        next_door = cc in g.neighbours.get(home, ())
        if cc in self.theatres and not next_door:
            return False  # a town of a war this press covers is named anywhere
        km = self._near_km(float(g.lat[row]), float(g.lon[row]), anchors, c.start)
        limit = _STRAY_NEXT_DOOR_KM if next_door else _STRAY_FAR_KM
        if km is None or km <= limit:
            return False
        pattern = self._adjective_re.get(cc)
        if pattern is not None and pattern.search(
            text, _sentence_start(text, c.start), _sentence_end(text, c.end)
        ):
            return False

        def close_at_home(h: Hit, k: float | None) -> bool:  # a loose spelling only close by
            return g.cc[h.row] == home and k is not None and k < (150 if not h.skeleton else 60)

        if self._take_namesake(c, anchors, close_at_home, "home_namesake"):
            return False
        _note(c, "stray_abroad")
        return True

    def _told_country(self, text: str, c: Candidate, cands: list[Candidate]) -> bool:
        """A name of towns in several countries is the one whose country its own sentence or
        the sentence before points to, by an adjective or by name ("Le modèle libyen hante les
        chancelleries. Tripoli tomba en 2011" is Libya's capital, not Lebanon's Tripoli next to
        the text's Syrian towns): the local word outweighs the document's context. Read there
        (noted ``told_country``), the name is no namesake for the later checks to move."""
        g = self.gaz
        row = c.best
        # a reading in the press's focus countries stays: "les drones turcs ont frappé X" names
        # the strikers' country, not where X lies
        if row is None or int(g.kind[row]) != KIND_CITY or g.cc[row] in self.focus:
            return False
        by_cc: dict[str, int] = {}
        for h in c.hits:
            if h.skeleton or int(g.kind[h.row]) != KIND_CITY:
                continue
            cc = g.cc[h.row]
            if cc not in by_cc or g.pop[h.row] > g.pop[by_cc[cc]]:
                by_cc[cc] = h.row
        if len(by_cc) < 2:
            return False
        lo = _sentence_start(text, c.start)
        lo = _sentence_start(text, lo - 1) if lo > 0 else 0
        hi = _sentence_end(text, c.end)
        told = set()
        for cc in by_cc:
            pattern = self._adjective_re.get(cc)
            if pattern is not None and pattern.search(text, lo, hi):
                told.add(cc)
        for o in cands:
            if (
                lo <= o.start < hi
                and o is not c
                and o.best is not None
                and int(g.kind[o.best]) == KIND_COUNTRY
                and o.evidence >= self.min_accept
                and g.cc[o.best] in by_cc
            ):
                told.add(g.cc[o.best])
        if len(told) != 1 or g.cc[row] in told:
            return False
        c.best, c.margin = by_cc[told.pop()], 1.0
        _note(c, "told_country")
        return True

    def _take_namesake(
        self,
        c: Candidate,
        anchors: list[tuple[float, float, int]],
        keep: Callable[[Hit, float | None], bool],
        note: str,
    ) -> bool:
        """Read ``c`` as its most populous namesake town within 300 km of the text's places
        among the hits ``keep`` accepts (given the hit and its distance to those places, None
        when the text has none); False when there is none. The two cases above differ only in
        which namesakes they accept."""
        g = self.gaz
        best: int | None = None
        for h in c.hits:
            if int(g.kind[h.row]) != KIND_CITY:
                continue
            km = self._near_km(float(g.lat[h.row]), float(g.lon[h.row]), anchors, c.start)
            if (km is not None and km >= 300) or not keep(h, km):
                continue
            if best is None or g.pop[h.row] > g.pop[best]:
                best = h.row
        if best is None:
            return False
        c.best, c.margin = best, min(c.margin, 0.5)
        _note(c, note)
        return True

    def _head_of_longer(self, c: Candidate, ctx_cc: dict[str, float],
                        anchors: list[tuple[float, float, int]]) -> None:  # fmt: skip
        """A one-word name read as a far namesake that is the short form of a town near the
        text's places: "près de Taza" in a text about Kirkuk is Tāzah Khūrmātū (Iraq), not
        Taza (Morocco)."""
        g = self.gaz
        row = c.best
        if row is None or c.n_tokens != 1 or not c.text[:1].isupper() or _letters(c.text) < 4:
            return
        lk = light_key(c.text)
        if lk in self._descriptive or lk in self.stopwords:
            return
        hit = next((h for h in c.hits if h.row == row), None)
        if hit is None or hit.skeleton:  # a real name elsewhere, not a loose transliteration
            return
        if int(g.pop[row]) >= 500_000:  # big cities are named anywhere
            return
        if not self._far_unsupported(row, ctx_cc, anchors, c.start):
            return
        sk = skeleton_key(c.text)
        if len(sk) < 3:
            return
        sk_hash = skeleton_hash(sk)
        countries = {*self.focus, *(k for k, v in ctx_cc.items() if v > 0)}
        found: set[int] = set()
        for lat, lon, start in anchors:
            if start == c.start:
                continue
            la, lo = math.floor(lat), math.floor(lon)
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    found.update(self._heads_in_cell((la + dy) * 1000 + lo + dx).get(sk_hash, ()))
        heads = []
        for r in sorted(found):
            km = self._near_km(float(g.lat[r]), float(g.lon[r]), anchors, c.start)
            if g.cc[r] in countries and km is not None and km < 150:
                heads.append(r)
        # Outside the press's theatres the head must be a spelling of the name, vowels included:
        # an essay's passing Bucharest makes no "la Badiya" (a Syrian steppe) of Buda Crăciunești,
        # whose first word only shares its consonants.
        heads = [
            r
            for r in heads
            if g.cc[r] in self.theatres
            or spelling_similarity(c.text, g.names[r].split()[0]) >= _SAME_SPELLING
        ]
        if len(heads) > 2:  # a generic first word ("Tall", "Deir"), not a short name
            return
        scored = [
            # the closest spelling first ("Taza": Tāzah Khūrmātū before Ṭūz Khūrmātū)
            (SequenceMatcher(None, lk, light_key(g.names[r]).split()[0]).ratio(), int(g.pop[r]), r)
            for r in heads
        ]
        best = max(scored)[2] if scored else None
        if best is not None:
            c.hits = [Hit(best, 0, True)]
            c.static = None
            c.best, c.margin = best, 1.0
            _note(c, "head_of_longer")

    def _descriptive_only(self, surface: str) -> bool:
        """A name of two words or more made only of common descriptive words (directions,
        landforms, colours: descriptive_words.txt)."""
        words = light_key(surface).split()
        return len(words) >= 2 and all(w in self._descriptive for w in words)

    def _landform_only(self, surface: str) -> bool:
        """One landform noun, with or without its article ("la Montagne", "the Valley":
        landform_nouns.txt)."""
        words = light_key(surface).split()
        if words and words[0] in _ARTICLE_WORDS:
            words = words[1:]
        return len(words) == 1 and words[0] in self._landforms

    @staticmethod
    def _local(kind: int, near_km: float | None, in_focus: bool) -> bool:
        """The resolved place is where the text is: a town near its other places (or, with no
        other place to compare, in a country it is about); a country or division it is about."""
        if kind != KIND_CITY or near_km is None:
            return in_focus
        return near_km < 150

    # ------------------------------------------------------------------ resolution
    def _points(self, anchors: list[tuple[float, float, int]]) -> tuple[Any, ...]:
        """(lat, lon in radians, cos lat, starts) of an anchor list, built once per list."""
        last = self._last_points
        if last is not None and last[0] is anchors:
            return last
        got = self._arrays.get(id(anchors))
        if got is None or got[0] is not anchors:
            lat = np.radians(np.fromiter((a[0] for a in anchors), dtype=np.float64))
            lon = np.radians(np.fromiter((a[1] for a in anchors), dtype=np.float64))
            starts = np.fromiter((a[2] for a in anchors), dtype=np.int64)
            got = (anchors, lat, lon, np.cos(lat), starts, frozenset(starts.tolist()))
            self._arrays[id(anchors)] = got
        self._last_points = got
        return got

    def _ctx_vector(self, ctx_cc: dict[str, float]) -> np.ndarray:
        """A context dict as weights per country index (shares summing to 1), once per dict."""
        got = self._arrays.get(id(ctx_cc))
        if got is None or got[0] is not ctx_cc:
            vec = np.zeros(len(self._cc_index), dtype=np.float64)
            total = sum(ctx_cc.values())
            for cc, v in ctx_cc.items():
                i = self._cc_index.get(cc)
                if i is not None and total:
                    vec[i] = v / total
            got = (ctx_cc, vec)
            self._arrays[id(ctx_cc)] = got
        return got[1]

    def _near_km(self, lat: float, lon: float, anchors: list[tuple[float, float, int]],
                 skip_start: int) -> float | None:  # fmt: skip
        """Distance to the nearest anchor (other than the one at ``skip_start``), None if none."""
        if not anchors:
            return None
        _, alat, alon, acos, starts, start_set = self._points(anchors)
        mkey = (lat, lon, id(anchors), skip_start if skip_start in start_set else None)
        if mkey in self._memo:
            return self._memo[mkey]
        p1 = math.radians(lat)
        h = (
            np.sin((alat - p1) / 2) ** 2
            + math.cos(p1) * acos * np.sin((alon - math.radians(lon)) / 2) ** 2
        )
        h = h[starts != skip_start]
        km = (
            float(2 * 6371.0088 * math.asin(math.sqrt(min(1.0, max(0.0, float(h.min()))))))
            if h.size
            else None
        )
        self._memo[mkey] = km
        return km

    def _static_scores(self, c: Candidate) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """The context-free part of each hit's score (population, match quality, kind, the
        press's focus), computed once per candidate: both passes add the context to it."""
        g = self.gaz
        hits = c.hits
        c.has_literal = any(not h.skeleton for h in hits)
        rows = np.fromiter((h.row for h in hits), dtype=np.int64, count=len(hits))
        skel = np.fromiter((h.skeleton for h in hits), dtype=bool, count=len(hits))
        named = np.fromiter(
            (bool(h.flags & (F_PRIMARY | F_CURATED)) for h in hits), dtype=bool, count=len(hits)
        )
        kind = g.kind[rows]
        s = np.log10(np.maximum(g.pop[rows], 1000).astype(np.float64))
        if _has_article(c.text):  # "Al-Qaem": prefer places whose name has the article too
            s += np.fromiter(
                (0.7 if h.skeleton and _has_article(g.names[h.row]) else 0.0 for h in hits),
                dtype=np.float64,
                count=len(hits),
            )
        s += np.where(skel, -2.5 if c.has_literal else 0.0, 1.5)
        if skel.sum() > 1 and script_of(c.text) == "lat":
            # of several loose matches, the closest spelling ("Maadan": Ma'dan, not Mayadin);
            # a literal match keeps its lead
            sim = np.fromiter(
                (self._spelling(c.text, h.row) if h.skeleton else 0.0 for h in hits),
                dtype=np.float64,
                count=len(hits),
            )
            s += np.where(skel, 4.0 * (sim - sim[skel].max()), 0.0)
        s += np.where(named, 0.5, 0.0)
        s += np.where(kind == KIND_COUNTRY, 2.0, 0.0)
        if c.cue == "province":
            s += np.where(kind == KIND_ADMIN1, 3.0, np.where(kind == KIND_CITY, -0.5, 0.0))
        else:
            s += np.where(kind == KIND_ADMIN1, -1.5, 0.0)
        ccs = [g.cc[r] for r in rows.tolist()]
        focus, near = self.focus, self._focus_neighbours
        s += np.fromiter(
            (1.0 if cc in focus else (0.3 if cc in near else 0.0) for cc in ccs),
            dtype=np.float64,
            count=len(ccs),
        )
        return rows, s, ccs

    def _resolve(self, c: Candidate, ctx_cc: dict[str, float],
                 anchors: list[tuple[float, float, int]],
                 locate: bool = False) -> None:  # fmt: skip
        """Pick the gazetteer entry for a candidate (vectorised over its hits); with ``locate``,
        also how sure its location is (``loc_margin``)."""
        g = self.gaz
        if c.static is None:  # whoever changes c.hits resets c.static
            skey = (c.text, c.cue == "province", tuple(h.row for h in c.hits))
            static = self._memo.get(skey)  # the same name and hits: the same scores
            if static is None:
                static = self._memo[skey] = (c.hits, *self._static_scores(c))
            c.static = static
            c.has_literal = any(not h.skeleton for h in c.hits)
        # A name repeated in the text resolves the same way each time, unless this mention is
        # itself one of the anchors (which it must not count).
        rkey = (id(c.static), id(ctx_cc), id(anchors), locate)
        own_anchor = bool(anchors) and c.start in self._points(anchors)[5]
        if not own_anchor and rkey in self._memo:
            c.best, c.margin, c.loc_margin = self._memo[rkey]
            return
        _, rows, s0, _ = c.static
        if len(rows) == 1:  # one reading: nothing to weigh
            c.best, c.margin, c.loc_margin = int(rows[0]), 5.0, 5.0
            return
        kind = g.kind[rows]
        s = s0.copy()
        if ctx_cc:
            s += 3.0 * self._ctx_vector(ctx_cc)[self._row_cc[rows]]
        if anchors:
            _, alat, alon, acos, starts, _ = self._points(anchors)
            keep = starts != c.start
            if keep.any():
                alat, alon, acos = alat[keep][None, :], alon[keep][None, :], acos[keep][None, :]
                lat = np.radians(g.lat[rows])[:, None]
                lon = np.radians(g.lon[rows])[:, None]
                h = (
                    np.sin((alat - lat) / 2) ** 2
                    + np.cos(lat) * acos * np.sin((alon - lon) / 2) ** 2
                )
                dmin = (2 * 6371.0 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))).min(axis=1)
                bonus = np.where(dmin < 100, 1.5, np.where(dmin < 300, 0.8, 0.0))
                s += np.where(kind == KIND_COUNTRY, 0.0, bonus)
        order = np.argsort(-s)
        c.best = int(rows[order[0]])
        c.margin = float(s[order[0]] - s[order[1]]) if len(order) > 1 else 5.0
        if locate:
            # The margin over the best reading somewhere else: a city and its own division, or
            # two GeoNames entries of one town, are no doubt about where the place is.
            far = _km_to(float(g.lat[c.best]), float(g.lon[c.best]), g.lat[rows], g.lon[rows])
            rivals = s[far > 100.0]
            c.loc_margin = float(s[order[0]] - rivals.max()) if rivals.size else 5.0
        if not own_anchor:
            self._memo[rkey] = (c.best, c.margin, c.loc_margin)

    # ------------------------------------------------------------------ main entry
    def find(self, text: str, segments: list[Any], ner: list[Any] | None = None,
             tokens: list[Any] | None = None,
             actor_spans: list[tuple[int, int]] | None = None) -> list[Mention]:  # fmt: skip
        """Place mentions in the given (title/body) segments of ``text``.

        ``actor_spans`` are the names of organisations found before (the actors stage): a
        place strictly inside one ("سوريا" in "قوات سوريا الديمقراطية", the SDF) is part of
        the name, not a place; a span equal to the place ("Syria said") is kept.
        """
        self._arrays.clear()
        self._memo.clear()
        self._located_cc.clear()
        self._last_points = None
        cands: list[Candidate] = []
        lower_words: set[str] = set()
        seg_toks = [self.tokenize(text[seg.start : seg.end], seg.start) for seg in segments]
        for toks in seg_toks:
            lower_words.update(light_key(t.text) for t in toks if t.text.islower())
        for seg, toks in zip(segments, seg_toks, strict=True):
            found = self._prefer_longer(self._scan(text, toks), ner or [], lower_words)
            tok_starts = [t.start for t in toks]
            for c in found:
                c.article = seg.article
                c.segment_kind = seg.kind
                k = bisect_right(tok_starts, c.start) - 1
                prev = text[seg.start : c.start].rstrip()
                c.sent_initial = k <= 0 or not prev or prev[-1] in _SENT_END
                self._cue(text, seg.start, seg.end, c)
                c.adjacent_cap = self._adjacent_cap(text, toks, k, c)
            feats = self._features_in(text, seg, toks)
            found = [
                c for c in found if not any(f.start < c.end and c.start < f.end for f in feats)
            ]
            cands.extend(found)
            cands.extend(feats)
        self._ner_hints(text, segments, cands, ner or [])
        cands = [
            c
            for c in cands
            if not self._inside_name(text, c, actor_spans or []) and not self._never(text, c)
        ]
        pos_at = {t.start: t.pos for t in tokens or [] if getattr(t, "pos", None)}

        # Pass 1: the countries several names share as context; anchors are confident places.
        support = self._country_support(cands, lower_words)
        ctx: dict[str, float] = dict(support)
        for c in cands:
            if c.best is None:
                self._resolve(c, support, [], locate=True)
            c.evidence = self._evidence(c, lower_words, pos_at, support)
        anchors: list[tuple[float, float, int]] = []
        # Where the text is, for the checks of far namesakes: places whose location is sure
        # (a city and its division are one location), with the context each name added, so
        # that a name is not its own evidence.
        located: list[tuple[float, float, int]] = []
        added: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        located_key: dict[int, str] = {}
        named: dict[str, float] = defaultdict(float)  # countries the text names, sure or not
        for c in cands:
            row = c.best
            assert row is not None
            if c.evidence >= self.min_accept and int(self.gaz.kind[row]) == KIND_COUNTRY:
                named[self.gaz.cc[row]] += 1.0
                added[light_key(c.text)][self.gaz.cc[row]] += 1.0
            if c.evidence < self.min_accept + 0.5 or "feature" in c.notes:
                continue
            city = int(self.gaz.kind[row]) == KIND_CITY
            point = (float(self.gaz.lat[row]), float(self.gaz.lon[row]), c.start)
            if c.margin >= 1.0:
                w = 2.0 if not city else 1.0
                ctx[self.gaz.cc[row]] = ctx.get(self.gaz.cc[row], 0.0) + w
                added[light_key(c.text)][self.gaz.cc[row]] += w
                if city:
                    anchors.append(point)
            if c.loc_margin >= 1.0 and city:
                located.append(point)
                located_key[c.start] = light_key(c.text)
                self._located_cc[c.start] = self.gaz.cc[row]
        # Pass 2: with the document's countries and anchor places as context -- the context
        # other mentions of the same name did not make.
        mentions: list[Mention] = []
        cands.sort(key=lambda c: c.start)
        prev_end: int | None = None
        own: list[tuple[dict[str, float], list[tuple[float, float, int]]]] = []
        own_of: dict[str, tuple[dict[str, float], list[tuple[float, float, int]]]] = {}
        for c in cands:
            key = light_key(c.text)
            if key not in own_of:
                c_ctx = {cc: ctx.get(cc, 0.0) + named.get(cc, 0.0) for cc in {*ctx, *named}}
                c_ctx = {cc: v - added[key].get(cc, 0.0) for cc, v in c_ctx.items()}
                c_ctx = {cc: v for cc, v in c_ctx.items() if v > 1e-9}
                own_of[key] = (c_ctx, [a for a in located if located_key.get(a[2]) != key])
            c_ctx, c_anchors = own_of[key]
            own.append((c_ctx, c_anchors))
            if "feature" not in c.notes:
                self._resolve(c, ctx, anchors)
                if self._told_country(text, c, cands):
                    continue
                if not self._prefer_near(c, c_ctx, c_anchors) and not self._home_namesake(
                    c, c_ctx, c_anchors
                ):
                    self._head_of_longer(c, c_ctx, c_anchors)
                self._stray_abroad(text, c, c_ctx, c_anchors)
        held: list[Candidate] = []  # below the bar: see _named_again
        accepted: list[Candidate] = []
        located_at = self._located_far_names(text, cands)
        located_names: set[str] = set()  # of those, the names read as places (above the bar)
        for k, c in enumerate(cands):
            if "stray_abroad" in c.notes and not self._stray_close_by(text, c, own[k][1]):
                continue
            c.evidence = self._evidence(c, lower_words, pos_at, ctx, anchors, own[k])
            c.evidence -= self._borrowed(text, c, cands[k + 1 :], anchors)
            c.evidence -= self._road_name(text, c)
            if light_key(c.text) not in located_at:  # the same check, told by a town
                c.evidence -= self._close_by_far(text, c, own[k][1])
            if "close_by_near" in c.notes:  # the near village read, not its far namesake
                near_ev = self._evidence(c, lower_words, pos_at, ctx, anchors, own[k])
                c.evidence = max(c.evidence, near_ev)
            # A list of places: "retook al-Qaim and Rawa", "Mayadin, Hajin et Albou Kamal".
            if (
                c.evidence < self.min_accept
                and c.evidence >= self.min_accept - 1.5
                and prev_end is not None
                and not c.ner_date
                and _LIST_JOIN_RE.fullmatch(text[prev_end : c.start])
            ):
                c.evidence = self.min_accept
            if c.evidence < self.min_accept:
                held.append(c)
                continue
            if light_key(c.text) in located_at:
                located_names.add(light_key(c.text))
                continue  # a local place the gazetteer lacks: made below, at its locating town
            accepted.append(c)
            prev_end = c.end
        located_at = {k: v for k, v in located_at.items() if k in located_names}
        accepted = self._quarters(text, segments, accepted, held, ctx)
        mentions = [self._mention(text, c) for c in accepted]
        named_sites = [
            (m, m.text, False)
            for c, m in zip(accepted, mentions, strict=True)
            if "feature" in c.notes
        ]
        site_anaphors = self._site_anaphors(text, segments, named_sites)
        mentions += site_anaphors
        mentions += [self._mention(text, c) for c in self._named_again(text, held, accepted)]
        for c in held:  # an Arabic name read as a far town abroad: a local place unlisted
            if "article_far" in c.notes and c.evidence >= self.min_accept - 6.0:
                local = local_place(mentions, c.start, c.end, c.text, c.article)
                if local is not None:
                    mentions.append(local)
        mentions = with_unlisted(text, segments, mentions, actor_spans, self._listed_village)
        # a site the gazetteer lacks, named after its noun ("le camp de Kx"): "le camp" after
        # it is that site, not an earlier named one of the same kind
        unlisted_sites = [
            (m, _around(text, m.start, m.end), True)
            for m in mentions
            if m.extractor == UNLISTED_EXTRACTOR and m.confidence >= 0.6
        ]
        if any(_lead_noun(g, lead) for _, lead, _ in unlisted_sites
               for g, _ in self._site_anaphor_res):  # fmt: skip
            gone = {id(m) for m in site_anaphors}
            mentions = [m for m in mentions if id(m) not in gone]
            mentions += self._site_anaphors(text, segments, named_sites + unlisted_sites)
        mentions += self._located_villages(text, cands, located_at, mentions)
        mentions.sort(key=lambda m: m.start)
        return _dedupe(mentions)

    def _site_anaphors(self, text: str, segments: list[Any],
                       features: list[tuple[Mention, str, bool]]) -> list[Mention]:  # fmt: skip
        """The dam, le barrage: a definite site noun without a name of its own, after the
        article named a facility of that kind, is that facility (cues.toml [site_anaphor]).
        ``features`` gives each named site with the text that tells its kind: its own name
        (False), or the words right before a name the gazetteer lacks (True: the site noun
        must then close within a few words of the name, "le camp de réfugiés de Kx")."""
        if not features:
            return []
        out: list[Mention] = []
        for seg in segments:
            named = [(lb, m, lead) for m, lb, lead in features if m.article == seg.article]
            if not named:
                continue
            for group, pattern in self._site_anaphor_res:
                kind = [(lb, m) for lb, m, lead in named
                        if (_lead_noun(group, lb) if lead else
                            group.search(lb) or group.search(m.canonical or ""))]  # fmt: skip
                if not kind:
                    continue
                for hit in pattern.finditer(text, seg.start, seg.end):
                    if self._site_not_after.match(text, hit.end()):
                        continue
                    before = sorted(
                        (m for _, m in kind if m.end <= hit.start()), key=lambda m: m.end
                    )
                    if not before or any(m.start < hit.end() and hit.start() < m.end
                                         for _, m, _ in named):  # fmt: skip
                        continue
                    ante = before[-1]
                    if _other_site(group, text, ante.end, hit.start()):
                        continue  # "le camp de Kx" between, unresolved: not the earlier one
                    out.append(
                        replace(
                            ante,
                            start=hit.start("noun"),
                            end=hit.end(),
                            text=text[hit.start("noun") : hit.end()],
                            confidence=round(ante.confidence * 0.9, 3),
                        )
                    )
        return out

    def _quarters(self, text: str, segments: list[Any], accepted: list[Candidate],
                  held: list[Candidate], ctx: dict[str, float]) -> list[Candidate]:  # fmt: skip
        """Names told as a city's quarter ("le quartier d'al-Amiriya", "the X neighbourhood")
        are parts of the story's city: a reading farther than _QUARTER_KM from that city (a
        namesake town in Iraq or Iran for a quarter of Aleppo, a village of another province)
        is replaced by the city itself at geo_precision 2, as ACLED codes a neighbourhood.
        The city is the nearest town named in the quarter's sentence, else the one its
        article names most, in the country where the text's other places mostly lie. A
        quarter below the bar is taken too (the noun says it is a place); with no such city,
        a reading abroad is dropped. A quarter the gazetteer lacks altogether ("le quartier
        de Sakhour") is the city too, and so are its later bare mentions. A name told once as
        a quarter (by the noun before it or an apposition after it: "al-X, quartier alaouite
        de Homs") is that quarter at each mention in its article, in the city it was told in,
        even when features.tsv lists a town of that name elsewhere. Returns the accepted
        candidates, in text order."""
        quarters = [c for c in (*accepted, *held) if c.quarter and c.best is not None]
        # a name once told as a quarter is that quarter wherever its article names it again
        # ("à l'entrée d'al-X", "des roquettes sur al-X" after "al-X, quartier alaouite")
        told = {(c.article, light_key(c.text)) for c in quarters}
        again = []
        for c in (*accepted, *held):
            if not c.quarter and c.best is not None and (c.article, light_key(c.text)) in told:
                c.quarter = True
                again.append(c)
        quarters += again
        again_ids = {id(c) for c in again}
        city_of: dict[tuple[int | None, str], int] = {}  # ...and of the city it was told in
        unlisted = self._unlisted_quarters(text, segments, (*accepted, *held))
        if not quarters and not unlisted:
            return accepted
        g = self.gaz
        # the country the article's other places lie in (the quarter itself is no evidence)
        # a big city after a quarter noun is the city of the quarter before it ("al-X, quartier
        # alaouite de Homs"), which the loop below keeps as itself
        big = {
            id(c)
            for c in (*accepted, *held)
            if c.quarter and c.best is not None and int(g.pop[c.best]) >= _SMALL_POP
        }
        lying = Counter(
            g.cc[c.best] for c in accepted if (not c.quarter or id(c) in big) and c.best is not None
        )
        if not lying:
            return accepted
        home = max(lying, key=lambda cc: (lying[cc], ctx.get(cc, 0.0)))
        sure = {id(c) for c in accepted}
        cities = [
            c
            for c in (*accepted, *held)
            if (id(c) in sure or c.evidence >= self.min_accept - 1.0)  # a title's "Alep-Est"
            and (not c.quarter or id(c) in big)
            and c.best is not None
            and int(g.kind[c.best]) == KIND_CITY
            and g.cc[c.best] == home
            and "feature" not in c.notes
        ]
        cities_in: dict[int | None, list[Candidate]] = {}  # the cities each article names
        for c in cities:
            cities_in.setdefault(c.article, []).append(c)
        keep = {id(c) for c in accepted}
        for q in quarters:
            if q.ner_longer_per or q.ner_longer_org or q.ner_date:
                continue
            if "feature" in q.notes and "precision:1" not in q.notes:
                continue  # a facility, not a town that could be a namesake of a quarter
            key = (q.article, light_key(q.text))
            city = city_of.get(key) if id(q) in again_ids else None
            if city is None:
                city = self._quarter_city(text, q, cities_in.get(q.article, []))
                if city is not None:
                    city_of.setdefault(key, city)
            assert q.best is not None
            if city is None:
                if g.cc[q.best] != home and id(q) in keep:
                    keep.discard(id(q))  # a town abroad, in no city of the story
                continue
            lat, lon = float(g.lat[city]), float(g.lon[city])
            if haversine_km(lat, lon, float(g.lat[q.best]), float(g.lon[q.best])) <= _QUARTER_KM:
                continue  # the city itself, or a suburb listed as a town of its own
            if (
                int(g.kind[q.best]) == KIND_CITY
                and g.cc[q.best] == home
                and int(g.pop[q.best]) >= _SMALL_POP
            ):
                continue  # "Baba Amr, the Homs neighbourhood": the city whose quarter it is
            q.best, q.static = city, None
            if "feature" in q.notes:  # a listed town's own point and name are not the city's
                q.coords = None
                q.notes = [n for n in q.notes if not n.startswith(("precision:", "name:"))]
            _note(q, "quarter_of")
            _note(q, "precision:2")
            keep.add(id(q))
        added: list[Candidate] = []
        # a later bare mention of an unlisted quarter is in the city it was told in ("le
        # quartier de X, à Homs" ... "Damas a démenti avoir employé des gaz à X": Homs)
        told_in: dict[tuple[int | None, str], int] = {}
        for q in unlisted:
            if "quarter_told" in q.notes:
                city = self._quarter_city(text, q, cities_in.get(q.article, []))
                if city is not None:
                    told_in.setdefault((q.article, q.text), city)
        for q in unlisted:
            city = told_in.get((q.article, q.text))
            if city is None:
                city = self._quarter_city(text, q, cities_in.get(q.article, []))
            if city is not None:
                q.best, q.margin, q.evidence = city, 1.0, self.min_accept
                q.notes += ["quarter_of", "precision:2"]
                added.append(q)
        kept = [c for c in (*accepted, *held) if id(c) in keep]
        return sorted([*kept, *added], key=lambda c: c.start)

    def _unlisted_quarters(
        self, text: str, segments: list[Any], cands: tuple[Candidate, ...]
    ) -> list[Candidate]:
        """Quarters named after a quarter noun that no candidate covers ("le quartier de
        Sakhour"), and their later bare mentions in the document: candidates with no
        gazetteer reading (see _quarters)."""
        taken = [(c.start, c.end) for c in cands]
        skip = not_names()
        out: list[Candidate] = []
        names: dict[str, int | None] = {}
        told: set[int] = set()
        for seg in segments:
            for m in self._quarter_name.finditer(text, seg.start, seg.end):
                name = m.group(1).rstrip("’'")
                s, e = m.start(1), m.start(1) + len(name)
                if not name[:1].isupper() or name.split()[0].casefold() in skip or len(name) < 3:
                    continue
                if any(a < e and s < b for a, b in taken):
                    continue
                names.setdefault(name, seg.article)
                told.add(s)
        for name in names:
            rx = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
            for seg in segments:
                for m in rx.finditer(text, seg.start, seg.end):
                    if any(a < m.end() and m.start() < b for a, b in taken):
                        continue
                    c = Candidate(m.start(), m.end(), name, [], article=seg.article)
                    c.segment_kind, c.quarter = seg.kind, True
                    if m.start() in told:
                        c.notes.append("quarter_told")
                    out.append(c)
                    taken.append((m.start(), m.end()))
        return out

    def _quarter_city(self, text: str, q: Candidate, cities: list[Candidate]) -> int | None:
        """The city a quarter belongs to: the nearest one named in its sentence before it or
        right after it, else the one its article names most, a big city counting one more
        (on a tie, one named before the quarter -- the city the story is on -- then the
        nearer)."""
        if not cities:
            return None
        lo, hi = _sentence_start(text, q.start), _sentence_end(text, q.end)
        # before the quarter, or right after it ("le quartier de X à Homs", "X, a quarter of
        # Homs"); a city later in the sentence is rather its government ("orchestrée par Damas")
        same = [c for c in cities if lo <= c.start < q.start or 0 <= c.start - q.end <= 25]
        same = [c for c in same if c.start < hi]
        if same:
            return min(same, key=lambda c: abs(c.start - q.start)).best
        # a big city has quarters more often than a small town ("à l'est d'Alep" beside a
        # village named more often)
        counts = Counter(c.best for c in cities)
        big = {c.best: int(self.gaz.pop[c.best]) >= _SMALL_POP for c in cities if c.best}
        best = max(
            cities,
            key=lambda c: (
                counts[c.best] + big.get(c.best, False),
                c.start < q.start,
                -abs(c.start - q.start),
            ),
        )
        return best.best

    def _named_again(
        self, text: str, held: list[Candidate], accepted: list[Candidate]
    ) -> list[Candidate]:
        """Mentions below the bar of a name the same article places confidently elsewhere
        ("à Hajin", "the town of Hajin") in the countries the press covers or their
        neighbours: the statistical tagger often reads an Arabic town as a person where
        nothing else says where it is ("Hajin, que les FDS avaient reprise", "Soussa est
        tombée"), so one decision is taken per name and article -- the confident reading --
        unless this mention is inside a longer person or organisation name, touches another
        capitalised word, follows a title ("le général X"), or sits in a date."""
        sure: dict[tuple[int | None, str], int] = {}
        for c in accepted:
            row = c.best
            if row is None or "feature" in c.notes or int(self.gaz.kind[row]) != KIND_CITY:
                continue
            if self.gaz.cc[row] not in self._near_cc:
                continue  # a town abroad: its namesake reading needs its own evidence
            strong = c.ner in LOC_LABELS or c.cue in ("near", "province", "city", "locative")
            if strong and c.evidence >= self.min_accept:
                sure.setdefault((c.article, light_key(c.text)), row)
        out: list[Candidate] = []
        for c in held:
            row = sure.get((c.article, light_key(c.text)))
            if row is None or row not in {h.row for h in c.hits}:
                continue
            if c.ner_longer_per or c.ner_longer_org or c.ner_date or c.adjacent_cap:
                continue
            if c.evidence < self.min_accept - 3.5:
                continue  # much else says it is no place here
            if c.ner not in PER_LABELS and c.ner not in LOC_LABELS and c.ner is not None:
                continue  # "ORG", "MISC": a name of something else
            if self._title_before.search(text[max(0, c.start - 30) : c.start]):
                continue  # "le président Assad", "Abou Kamal" read as "Kamal": a person
            c.best = row
            _note(c, "named_again")
            out.append(c)
        return out

    def _listed_village(self, name: str, near: Mention) -> Mention | None:
        """The gazetteer's own town or village for a name the text calls a village ("Rajo, a
        hillside town near the border", "le village de Tell Wardiq") but the scan left
        unaccepted (a small place the NER missed or took for a person): the nearest entry of
        that name in the country of the place that locates it, within
        ``_LISTED_VILLAGE_KM`` of it and smaller than ``_LISTED_VILLAGE_MAX_POP`` (a bigger
        town the scan reads itself; a village the text calls so is not its big namesake). A
        name found nowhere near stays an unlisted village."""
        g = self.gaz
        if near.lat is None or near.lon is None or not near.country:
            return None
        best: tuple[float, int] | None = None
        for h in g.lookup(name):
            row = h.row
            if int(g.kind[row]) != KIND_CITY or g.cc[row] != near.country:
                continue
            if h.skeleton and spelling_similarity(name, g.names[row]) < _LISTED_VILLAGE_MIN_SIM:
                continue  # "le village de Sarkha" is no Sirghaya: a skeleton alone is too loose
            if int(g.pop[row]) >= _LISTED_VILLAGE_MAX_POP:
                continue  # "Saïda, une localité": no Suwayda, which the scan reads itself
            if near.geonameid is not None and int(g.gid[row]) == near.geonameid:
                continue  # the locating town itself
            km = haversine_km(near.lat, near.lon, float(g.lat[row]), float(g.lon[row]))
            if km <= _LISTED_VILLAGE_KM and (best is None or km < best[0]):
                best = (km, row)
        if best is None:
            return None
        row = best[1]
        gid = int(g.gid[row])
        return Mention(
            start=0,
            end=0,
            text=name,
            kind="place",
            kb_id=f"geonames:{gid}",
            canonical=english_names().get(gid, g.names[row]),
            precision=1,
            lat=float(g.lat[row]),
            lon=float(g.lon[row]),
            country=g.cc[row] or None,
            admin1=g.admin1_name(row),
            geonameid=gid,
            confidence=0.6,
            extractor="places:unlisted+gazetteer",
        )

    def _inside_name(self, text: str, c: Candidate, actor_spans: list[tuple[int, int]]) -> bool:
        """Part of an organisation's name: inside a longer actor span, or (Arabic, which has
        no NER here) a country between an organisation noun and a definite word ("قوات سوريا
        الديمقراطية", "مجلس سوريا الديمقراطية")."""
        for a, b in actor_spans:
            if a <= c.start and c.end <= b and (b - a) > (c.end - c.start):
                return True
            fuzzy = all(h.skeleton for h in c.hits) and "feature" not in c.notes
            if a == c.start and b == c.end and fuzzy:
                return True  # "Al-Qaïda" read as a town it only resembles (Cide): the actor
        if script_of(c.text) != "ar":
            return False
        if not any(int(self.gaz.kind[h.row]) == KIND_COUNTRY for h in c.hits if not h.skeleton):
            return False
        prev = re.search(r"(\S+)\s+$", text[max(0, c.start - 20) : c.start])
        nxt = re.match(r"\s+(\S+)", text[c.end : c.end + 30])
        return bool(
            prev
            and nxt
            and prev.group(1) in self._org_heads
            and nxt.group(1).startswith("ال")
            and not self.gaz.lookup(nxt.group(1))
        )

    def _borrowed(self, text: str, c: Candidate, after: list[Candidate],
                  anchors: list[tuple[float, float, int]]) -> float:  # fmt: skip
        """Penalty for a name borrowed from a place elsewhere (see cues.toml, named_after and
        part_of): "the Fallah area of Tripoli" read as a town far from Tripoli, "al-Quds
        hospital" read as Jerusalem in a text about Aleppo."""
        if c.best is None or int(self.gaz.kind[c.best]) == KIND_COUNTRY:
            return 0.0
        if self._vessel_after_re.match(text, c.end) or self._vessel_before_re.search(
            text[max(0, c.start - 40) : c.start]
        ):
            _note(c, "vessel")  # "the Kolpino submarine": a ship named after the town
            return 10.0
        lat, lon = float(self.gaz.lat[c.best]), float(self.gaz.lon[c.best])
        m = self._part_of_re.match(text, c.end)
        if m:
            whole = next((o for o in after if o.start == m.end() and o.best is not None), None)
            if whole is not None:
                row = whole.best
                assert row is not None
                km = haversine_km(lat, lon, float(self.gaz.lat[row]), float(self.gaz.lon[row]))
                if km > 50 and int(self.gaz.kind[row]) == KIND_CITY:
                    c.notes.append("part_of_far")
                    return 10.0
        before = text[max(0, c.start - 30) : c.start].casefold()
        if int(self.gaz.kind[c.best]) != KIND_CITY:
            return 0.0
        named = self._named_after_re.match(text, c.end) or self._named_before_re.search(before)
        others = [(a, b) for a, b, s in anchors if s != c.start]
        if named and others:
            near = min(haversine_km(lat, lon, a, b) for a, b in others)
            if near > 300:
                # "Hajjah Hospital" in Eastern Ghouta: a building named after a town; the
                # farther the town from the text's places, the surer
                c.notes.append("named_after")
                return 10.0 if near > _FAR_KM else 4.0
        return 0.0

    def _road_name(self, text: str, c: Candidate) -> float:
        """Penalty for a road's name read as a town it only resembles ("la route du Castello"
        as a village 120 km away, by its skeleton key): a road keeps exact town names ("la
        route de Palmyre") only."""
        if c.best is None or "feature" in c.notes:
            return 0.0
        hit = next((h for h in c.hits if h.row == c.best), None)
        if hit is None or not hit.skeleton:
            return 0.0
        before = text[max(0, c.start - 30) : c.start]
        if self._road_before_re.search(before) or self._road_after_re.match(text, c.end):
            c.notes.append("road")
            return 10.0
        return 0.0

    def _close_by_far(
        self, text: str, c: Candidate, anchors: list[tuple[float, float, int]]
    ) -> float:
        """Penalty for a loosely spelt reading (a skeleton match only, no literal spelling)
        that lies far from every other place of the text when a distance phrase right after
        the name says it is a short way off ("Soulouk, à une vingtaine de kilomètres au
        sud-est", "X, a few kilometres north of Y"): the namesake is in another province,
        and the village itself is not listed."""
        if c.best is None or self._close_by_re is None or "feature" in c.notes:
            return 0.0
        if c.has_literal or any(not h.skeleton for h in c.hits):
            return 0.0
        if not anchors:
            return 0.0
        close = self._close_by_re.match(text, c.end)
        if close is None:
            return 0.0
        said = [float(n.replace(",", ".")) for n in re.findall(r"\d+(?:[.,]\d+)?", close[0])]
        if any(n > _CLOSE_BY_KM / 1.6 for n in said):
            return 0.0  # "à 200 km de Damas": a distance the reading may well have
        g = self.gaz
        km = self._near_km(float(g.lat[c.best]), float(g.lon[c.best]), anchors, c.start)
        if km is None or km <= _CLOSE_BY_KM:
            return 0.0
        near = self._close_spelling(c, anchors)
        if near is not None:  # "Souloug" 20 km from Tell Abyad: Sulūk, not a far namesake
            c.hits = [Hit(near, 0, True)]
            c.static = None
            c.best, c.margin = near, 1.0
            c.notes.append("close_by_near")
            return 0.0
        c.notes.append("close_by_far")
        return 10.0

    def _located_far_names(self, text: str, cands: list[Candidate]) -> dict[str, Candidate]:
        """Names the text locates by a town right after them ("la colline de Kx, à l'ouest de
        Jisr al-Choghour", "Kx, north of Homs", cues.toml `located_by`) whose reading lies far
        from that town, with no namesake near it: a small place the gazetteer lacks, not its
        (often famous) namesake elsewhere ("Kabani" is no Kobani 200 km away). Returns the
        locating town's candidate by the name's light key; every mention of the name is then
        that local place (see _located_villages). A namesake near the town replaces a far
        reading instead."""
        if self._located_by_re is None:
            return {}
        g = self.gaz
        by_start = {c.start: c for c in cands}
        out: dict[str, Candidate] = {}
        for c in cands:
            if c.best is None or "feature" in c.notes or int(g.kind[c.best]) != KIND_CITY:
                continue
            if light_key(c.text).split()[0] in not_names():
                continue  # "près de Daech, au sud de Mossoul": no place name
            if c.adjacent_cap:
                continue  # "à Nabi Othmane, près de Hermel": the tail of a longer name
            m = self._located_by_re.match(text, c.end)
            y = by_start.get(m.end()) if m is not None else None
            if y is None or y is c or y.best is None or y.evidence < self.min_accept:
                continue
            if int(g.kind[y.best]) != KIND_CITY or "feature" in y.notes:
                continue
            ylat, ylon = float(g.lat[y.best]), float(g.lon[y.best])

            def km(row: int, ylat: float = ylat, ylon: float = ylon) -> float:
                return haversine_km(ylat, ylon, float(g.lat[row]), float(g.lon[row]))

            literal = any(not h.skeleton and h.row == c.best for h in c.hits)
            if km(c.best) <= (_LOCATED_LITERAL_KM if literal else _LOCATED_LOOSE_KM):
                continue
            near = [
                h
                for h in c.hits
                if int(g.kind[h.row]) == KIND_CITY
                and km(h.row) <= _LOCATED_LOOSE_KM
                and (not h.skeleton or self._sounds_alike(c.text, h.row))
            ]
            if near:  # "Saïda, à l'est de Deraa": the namesake near the town
                best = max(near, key=lambda h: (not h.skeleton, int(g.pop[h.row])))
                c.best, c.margin = best.row, 1.0
                _note(c, "located_near")
                continue
            _note(c, "located_far")
            out.setdefault(light_key(c.text), y)
        return out

    def _located_villages(self, text: str, cands: list[Candidate],
                          located_at: dict[str, Candidate],
                          mentions: list[Mention]) -> list[Mention]:  # fmt: skip
        """The mentions of the names _located_far_names set aside: each the local place of its
        own name at the coordinates of the town that locates it (precision 2), when that
        town's mention was accepted, and the name is not already part of a place the
        unlisted-village reader made ("the village of Tell Burqan")."""
        if not located_at:
            return []
        at = {(m.start, m.end): m for m in mentions}
        out: list[Mention] = []
        for c in cands:
            y = located_at.get(light_key(c.text))
            if y is None or any(m.start < c.end and c.start < m.end for m in mentions):
                continue
            near = at.get((y.span_start, y.span_end)) or next(
                (m for m in mentions if m.start <= y.start < m.end), None
            )
            if near is None or near.lat is None:
                continue
            out.append(village_near(c.start, c.end, text[c.start : c.end], near, c.article))
        return out

    def _stray_close_by(
        self, text: str, c: Candidate, anchors: list[tuple[float, float, int]]
    ) -> bool:
        """A name set aside as a stray namesake abroad, told a short way off ("Souloug, à une
        vingtaine de kilomètres au sud-est"): the town near the text's places whose spelling
        differs only by its velars is meant (see _close_spelling); the name is read there."""
        if self._close_by_re is None or c.has_literal or not anchors:
            return False
        if self._close_by_re.match(text, c.end) is None:
            return False
        near = self._close_spelling(c, anchors)
        if near is None:
            return False
        c.hits, c.static, c.best, c.margin = [Hit(near, 0, True)], None, near, 1.0
        c.notes = [n for n in c.notes if n != "stray_abroad"] + ["close_by_near"]
        return True

    def _close_spelling(self, c: Candidate, anchors: list[tuple[float, float, int]]) -> int | None:
        """A town within _CLOSE_BY_KM of the text's places whose name's skeleton equals the
        candidate's once the velar consonants (g, k, q, c) are one letter: French spellings
        write the Arabic ``k``/``q`` of a village with a ``g`` ("Souloug" for Sulūk)."""
        sk = _soft_velars(skeleton_key(c.text))
        if len(sk) < 4:
            return None
        self._heads_in_cell(0)  # builds the grid
        assert self._grid is not None
        g = self.gaz
        cells = {(math.floor(lat) + dy) * 1000 + math.floor(lon) + dx
                 for lat, lon, start in anchors if start != c.start
                 for dy in (-1, 0, 1) for dx in (-1, 0, 1)}  # fmt: skip
        best: tuple[float, int] | None = None
        for cell in cells:
            rows = self._grid.get(cell)
            if rows is None:
                continue
            for r in rows.tolist():
                if _soft_velars(skeleton_key(g.names[r])) != sk:
                    continue
                km = self._near_km(float(g.lat[r]), float(g.lon[r]), anchors, c.start)
                if km is not None and km <= _CLOSE_BY_KM and (best is None or km < best[0]):
                    best = (km, r)
        return best[1] if best is not None else None

    def _country_support(self, cands: list[Candidate], lower_words: set[str]) -> dict[str, float]:
        """Countries where several of the document's names have a namesake.

        "Derna", "Tripoli" and "Khoms" each have namesakes in several countries, but only Libya
        has all three: a country shared by several names is the document's country before
        any single name is resolved, and outweighs the press's default focus. Each name spreads
        one vote over the countries of its namesakes, half evenly and half by their population
        (half a vote for a transliteration match,
        which counts only with a cue or an NER location tag; an Arabic word, which may be a
        common word, only with a cue; a word also written in lower case, a person's name or a
        part of a longer name, not at all). A country needs a vote and a half, and a quarter of the
        votes of the leading country: English names have namesakes everywhere.
        """
        g = self.gaz
        total: dict[str, float] = defaultdict(float)
        seen: set[str] = set()
        for c in cands:
            key = light_key(c.text)
            if "feature" in c.notes or key in seen:
                continue
            if _is_stopword(c.text, self.stopwords, self._stopwords_written):
                continue
            script = script_of(c.text)
            if script == "ar" and c.n_tokens == 1 and not c.cue:
                continue
            if script != "ar" and c.n_tokens == 1 and key in lower_words:
                continue  # "Par Claire Duvivier": a common word
            if c.ner_longer_per or c.ner_longer_org or (c.ner in PER_LABELS and not c.cue):
                continue  # "Washington" the person, "Aleppo" in "Aleppo Media Center"
            literal = [h for h in c.hits if not h.skeleton]
            if literal:
                hits, w = literal, 1.0
            elif (c.cue or c.ner in LOC_LABELS) and len(skeleton_key(c.text)) >= 5:
                hits, w = c.hits, 0.5
            else:
                continue
            pops: dict[str, int] = {}
            for h in hits:
                cc, pop = g.cc[h.row], int(g.pop[h.row])
                if cc and (int(g.kind[h.row]) != KIND_CITY or pop >= 5_000):
                    pops[cc] = max(pops.get(cc, 0), pop)
            if not pops:
                continue
            seen.add(key)
            all_pop = sum(pops.values()) or 1
            for cc, pop in pops.items():  # half evenly, half by the namesakes' population
                total[cc] += w * (0.5 / len(pops) + 0.5 * pop / all_pop)
        if not total:
            return {}
        top = max(total.values())
        return {cc: v for cc, v in total.items() if v >= 1.5 and v >= top / 4}

    def _prefer_longer(self, cands: list[Candidate], ner: list[Any],
                       lower_words: set[str]) -> list[Candidate]:  # fmt: skip
        """Take the longer transliterated name over its literal prefix ("Jisr al-Choghour" over
        "Jisr", "Tal Rifaat" over "Tal") when it folds to a place's own name and NER tags
        exactly the longer span or the place is in the region this press covers."""
        spans = {(sp.start, sp.end) for sp in ner if str(sp.label).upper() in LOC_LABELS}
        out: list[Candidate] = []
        for c in cands:
            alt, c.longer = c.longer, None
            if alt is not None:
                if (alt.start, alt.end) in spans and self._own_name_hits(alt):
                    c = alt
                elif self._regional(alt) and not self._common_tail(c, alt, lower_words):
                    alt.notes.append("regional")
                    alt.hits = [  # the regional town, not a namesake across the world
                        h for h in self._own_name_hits(alt) if self.gaz.cc[h.row] in self._near_cc
                    ]
                    c = alt
            if out and c.start < out[-1].end:
                continue  # a word inside the longer name taken just before ("Rifaat")
            out.append(c)
        return out

    @staticmethod
    def _common_tail(short: Candidate, long: Candidate, lower_words: set[str]) -> bool:
        """The words the longer name adds include a common word ("Syria Is" in a headline):
        one written in lower case elsewhere in the document, or a function word."""
        tail = long.text[short.end - long.start :]
        for w in re.findall(r"[^\W\d_]+", tail):
            lk = light_key(w)
            if lk in lower_words or lk in _FUNCTION_WORDS or lk in _NEVER_FIRST:
                return True
        return False

    def _own_name_hits(self, c: Candidate) -> list[Hit]:
        """Hits whose own (GeoNames) name folds to the candidate's key, not only some
        alternate name: "Tal Rifaat" and Tall Rif'at, not "Bir al-Abed" and Baravat."""
        sk = skeleton_key(c.text)
        if len(sk) < 4:
            return []
        own = self.gaz.own_skel
        key = np.uint64(skeleton_hash(sk))
        return [h for h in c.hits if own[h.row] == key]

    def _regional(self, c: Candidate) -> bool:
        """A transliteration match of a town of the region this press covers, by its own name."""
        return any(
            self.gaz.cc[h.row] in self._near_cc and int(self.gaz.pop[h.row]) >= 1_000
            for h in self._own_name_hits(c)
        )

    def _features_in(self, text: str, seg: Any, toks: list[_Tok]) -> list[Candidate]:
        """Named facilities (features.tsv), tried only where a token starts one of the names."""
        out: list[Candidate] = []
        end = seg.start
        for tok in toks:
            if tok.start < end:
                continue
            m = None
            low = tok.text.casefold()
            if low in self._feature_first:
                m = self._feature_re.match(text, tok.start, seg.end)
            if m is None and "-" in low:  # "Al-Ghouta": a name after a hyphen
                at = tok.start
                for part in low.split("-")[:-1]:
                    at += len(part) + 1
                    m = self._feature_re.match(text, at, seg.end)
                    if m:
                        break
            if not m:
                continue
            row, precision, coords = self._feature_of[m.group(1).casefold()]
            s, e = m.start(), m.end()
            end = e
            c = Candidate(s, e, m.group(), [Hit(row, F_CURATED, False)], article=seg.article)
            c.segment_kind, c.n_tokens, c.cue = seg.kind, 2, "feature"
            c.span_start, c.span_end = s, e
            c.best, c.margin = row, 5.0
            c.notes.append("feature")
            c.notes.append(f"precision:{precision}")
            c.notes.append(f"name:{feature_names().get(m.group(1).casefold(), m.group(1))}")
            c.coords = coords
            if precision == 1:  # a town of its own: "al-X, quartier alaouite" says otherwise
                c.quarter = bool(
                    self._quarter_before.search(text[max(seg.start, s - 48) : s])
                    or self._quarter_after.match(text, e, min(seg.end, e + 50))
                )
            if m.group(1).casefold() in self._feature_cc:
                # "al-Tanf": a Syrian base whose nearest GeoNames place lies across the border
                c.notes.append(f"country:{self._feature_cc[m.group(1).casefold()]}")
            out.append(c)
        return out

    def _ner_hints(self, text: str, segments: list[Any], cands: list[Candidate],
                   ner: list[Any]) -> None:  # fmt: skip
        spans = [(seg.start, seg.end, seg) for seg in segments]
        # candidates by start, to find those a span overlaps without scanning them all
        ordered = sorted(range(len(cands)), key=lambda i: cands[i].start)
        starts = [cands[i].start for i in ordered]
        longest = max((c.end - c.start for c in cands), default=0)
        n_scanned = len(cands)
        for span in ner:
            label = str(span.label).upper()
            lo = bisect_left(starts, span.start - longest)
            hi = bisect_left(starts, span.end)
            near = sorted(ordered[lo:hi]) + list(range(n_scanned, len(cands)))
            over = [
                cands[i] for i in near if cands[i].start < span.end and span.start < cands[i].end
            ]
            for c in over:
                lo, hi = min(c.start, c.span_start or c.start), max(c.end, c.span_end or c.end)
                beyond = text[span.start : lo].strip(" -'’\"") + text[hi : span.end].strip(
                    " .,;:-'’\""
                )
                beyond = re.sub(r"(?i)^(the|la|le|les|l['’])\s*", "", beyond)
                longer = any(ch.isalpha() for ch in beyond)
                if longer and label in PER_LABELS:
                    c.ner_longer_per = True
                elif longer and label in OTHER_LABELS:
                    c.ner_longer_org = True
                elif longer and label in LOC_LABELS:
                    c.ner_partial = True
                    continue
                if label in DATE_LABELS and (
                    self._date_word(c)
                    or (
                        span.start <= c.start
                        and c.end <= span.end
                        and any(ch.isdigit() for ch in text[span.start : span.end])
                    )
                ):
                    # "Nov" in "Nov 25", "Le" in "Le 13 décembre": a date; not "Mayadeen" in
                    # "Mayadeen overnight"
                    c.ner_date = True
                if c.ner is None or label in LOC_LABELS:
                    c.ner = label
            if over or label not in LOC_LABELS:
                continue
            seg = next((s for a, b, s in spans if a <= span.start and span.end <= b), None)
            if seg is None:
                continue
            surface = text[span.start : span.end]
            start = span.start
            # an article before the name, not the first letters of one ("Lejat", "Lattaquié")
            m = re.match(r"(?i)(?:(?:the|la|le|les)\s+|l['’]\s*)", surface)
            if m:
                surface, start = surface[m.end() :], start + m.end()
            hits = self._lookup(surface) if surface else []
            if not hits:
                continue
            c = Candidate(start, span.end, surface, hits, article=seg.article, ner=label)
            c.segment_kind, c.n_tokens = seg.kind, len(surface.split())
            prev = text[seg.start : start].rstrip()
            c.sent_initial = not prev or prev[-1] in _SENT_END
            self._cue(text, seg.start, seg.end, c)
            cands.append(c)

    def _mention(self, text: str, c: Candidate) -> Mention:
        g = self.gaz
        row = c.best
        assert row is not None
        kind = int(g.kind[row])
        precision = 1
        if kind != KIND_CITY:
            precision = 3
        elif c.cue == "province":
            a1 = g.admin1_row(g.cc[row], g.a1[row])
            if a1 is not None:
                row, kind = a1, KIND_ADMIN1
            precision = 3
        elif c.cue in ("near", "feature"):
            precision = 2
        if kind == KIND_ADMIN1 and c.cue not in ("province",) and precision == 1:
            precision = 3
        gid = int(g.gid[row])
        canonical = english_names().get(gid, g.names[row])
        country = g.cc[row] or None
        admin1 = g.admin1_name(row)
        for note in c.notes:
            if note.startswith("country:") and note[8:] != country:
                country, admin1 = note[8:], None  # a facility's own country, not its place's
            if note.startswith("precision:"):
                precision = int(note.split(":", 1)[1])
            elif note.startswith("name:"):
                canonical = note.split(":", 1)[1]  # a facility: its own name
        start, end = c.span_start or c.start, c.span_end or c.end
        for note in c.notes:
            if note.startswith("span_end:"):  # "Alep-Est": the mention keeps the half word
                end = max(end, int(note[9:]))
        conf = 1 / (1 + math.exp(-(c.evidence - self.min_accept) * 0.8))
        conf *= 1 / (1 + math.exp(-c.margin))
        conf = 0.3 + 0.69 * conf
        lat, lon = c.coords or (float(g.lat[row]), float(g.lon[row]))
        own = c.coords is not None and precision == 1 and gid > 0
        if own:
            gid = 0  # a village of its own (features.tsv): not the GeoNames town it lies near
        return Mention(
            start=start,
            end=end,
            text=text[start:end],
            kind="place",
            # a region of several divisions (regions.tsv) has no GeoNames id of its own
            kb_id=(
                f"feature:{canonical}"
                if own
                else f"geonames:{gid}"
                if gid > 0
                else f"region:{g.names[row]}"
            ),
            canonical=canonical,
            precision=precision,
            lat=round(lat, 5),
            lon=round(lon, 5),
            country=country,
            admin1=admin1,
            geonameid=gid if gid > 0 else None,
            confidence=round(conf, 3),
            extractor=EXTRACTOR_NER if c.ner in LOC_LABELS else EXTRACTOR_GAZ,
            article=c.article,
        )


def _soft_velars(skeleton: str) -> str:
    """A skeleton key with g, q and c written k (see :meth:`PlaceFinder._close_spelling`)."""
    return skeleton.translate(_VELARS)


_VELARS = str.maketrans({"g": "k", "q": "k", "c": "k"})


# how far before an unlisted site's name its site noun may start ("au camp de réfugiés
# palestiniens de Kx")
_SITE_NOUN_WINDOW = 40
# the site noun, then at most four words up to the name ("camp de réfugiés de", "refugee camp of")
_LEAD_GAP = re.compile(r"(?:\s+[^\W\d]+[’']?){0,4}\s*$")
# after the name, at most two words before the site noun ("Kx refugee camp")
_TAIL_GAP = re.compile(r"(?:\s+[^\W\d]+){0,2}\s+$")


# a name right after a site noun ("camp de Kx", "the dam of Kx") or right before it ("Kx
# refugee camp", "Kx dam")
_NAME_AFTER_NOUN = re.compile(r"\s+(?:de\s+|d[’']\s*|du\s+|of\s+(?:the\s+)?)?[A-ZÀ-ÖØ-Þ]")
_NAME_BEFORE_NOUN = re.compile(
    r"(?<![\w’'-])(?!(?:Le|La|Les|The|This|That|Ce|Cet|Cette|Du|Au|Dans|In|At)\s)"
    r"[A-ZÀ-ÖØ-Þ][\w’'-]*\s+(?:(?:refugee|displacement|IDP)\s+)?$"
)


def _other_site(group: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name another site of ``group``'s kind (a site noun with a
    name of its own) that no mention resolved? A later "le camp" is then that one, which the
    gazetteer lacks, not the site named before it."""
    for m in group.finditer(text, start, end):
        if _NAME_AFTER_NOUN.match(text, m.end()) or _NAME_BEFORE_NOUN.search(
            text, max(start, m.start() - 30), m.start()
        ):
            return True
    return False


def _around(text: str, start: int, end: int) -> str:
    """The words before and after a name, joined by NUL (read by ``_lead_noun``)."""
    w = _SITE_NOUN_WINDOW
    return text[max(0, start - w) : start] + "\0" + text[end : end + w]


def _lead_noun(group: re.Pattern[str], label: str) -> bool:
    """Is a name told as a site of ``group``'s kind by its own words? ``label`` is the text
    before the name, NUL, the text after it: the site noun closes the first within a few
    linking words ("le camp de Kx") or opens the second within two ("Kx refugee camp"), with
    no sentence break between ("le camp. Kx" is not)."""
    lead, _, tail = label.partition("\0")
    for m in group.finditer(lead):
        if _LEAD_GAP.match(lead, m.end()):
            return True
    return any(_TAIL_GAP.fullmatch(tail, 0, m.start()) for m in group.finditer(tail))


def _note(c: Candidate, note: str) -> None:
    if note not in c.notes:
        c.notes.append(note)


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions overlapping an earlier, longer one (a feature span vs its place name)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


def country_weights(mentions: list[Mention]) -> dict[str, float]:
    """Share of place mentions per country (for callers that want the document's focus)."""
    w: dict[str, float] = defaultdict(float)
    for m in mentions:
        if m.country:
            w[m.country] += 1.0
    return dict(w)
