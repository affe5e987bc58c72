"""Per-language date words, loaded from ``newsift/data/time/<lang>.toml``.

The words live in data files so a language can be added or corrected without touching the
rules; this module only reads them and turns word lists into regex alternations.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

SUPPORTED: tuple[str, ...] = ("en", "fr", "de", "es", "ru", "ar")
DEFAULT_LANG = "en"

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "\u2010": "-", "\u2011": "-"})


def norm(text: str) -> str:
    """Lookup key for a matched word: lower case, plain apostrophes, single spaces."""
    return " ".join(text.translate(_APOS).casefold().split())


def word_regex(word: str) -> str:
    """One word or phrase as a regex: any whitespace between words, ' matches ’."""
    out: list[str] = []
    for ch in word:
        if ch == " ":
            out.append(r"\s+")
        elif ch in "'’":
            out.append("['’]")
        elif ch == "-":
            out.append(r"[-‐‑]\s*")
        else:
            out.append(re.escape(ch))
    body = "".join(out)
    if word and (word[-1].isalnum() or word[-1] == "_"):
        body += r"(?!\w)"
    return body


def alt(words: list[str] | set[str] | tuple[str, ...], *, capitalized: bool = False) -> str:
    """Regex alternation of words, longest first (so "the next day" beats "the next")."""
    uniq = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not uniq:
        return r"(?!x)x"  # matches nothing
    if capitalized:
        variants: list[str] = []
        for w in uniq:
            variants.extend({w[:1].upper() + w[1:], w.upper()})
        variants.sort(key=lambda w: (-len(w), w))
        return "(?-i:" + "|".join(word_regex(w) for w in variants) + ")"
    return "(?:" + "|".join(word_regex(w) for w in uniq) + ")"


@dataclass(slots=True)
class Lexicon:
    """The date words of one language (see data/time/README.md for each table)."""

    lang: str
    raw: dict[str, Any]
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)  # Monday = 0
    ambiguous_months: set[str] = field(default_factory=set)
    relative_days: dict[str, int] = field(default_factory=dict)
    negative_left: dict[str, list[str]] = field(default_factory=dict)
    chain_days: dict[str, int] = field(default_factory=dict)
    times_of_day: dict[str, str] = field(default_factory=dict)
    tod_phrases: dict[str, tuple[int, str]] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    units_dual: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)
    quarter_ordinals: dict[str, int] = field(default_factory=dict)
    month_parts: dict[str, str] = field(default_factory=dict)
    future: list[re.Pattern[str]] = field(default_factory=list)
    past: list[re.Pattern[str]] = field(default_factory=list)
    past_weak: list[re.Pattern[str]] = field(default_factory=list)
    past_override: list[re.Pattern[str]] = field(default_factory=list)
    # whole words a future pattern matches that are past forms ("retiraient": imperfect)
    not_future: list[re.Pattern[str]] = field(default_factory=list)
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)  # word -> (month, day)
    movable: dict[str, str] = field(default_factory=dict)  # word -> key of holidays.toml
    holiday_words: list[str] = field(default_factory=list)  # both, as written (for the regex)
    holiday_not_before: set[str] = field(default_factory=set)
    ref_not_before: set[str] = field(default_factory=set)

    @property
    def meta(self) -> dict[str, Any]:
        return self.raw.get("meta", {})

    def words(self, table: str, key: str) -> list[str]:
        return list(self.raw.get(table, {}).get(key, []))

    def opt(self, key: str, default: Any = None) -> Any:
        return self.meta.get(key, default)


def _invert(groups: list[list[str]], base: int) -> dict[str, int]:
    return {norm(w): i + base for i, ws in enumerate(groups) for w in ws}


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (an unsupported language falls back to English)."""
    if lang not in SUPPORTED:
        lang = DEFAULT_LANG
    text = resources.files("newsift.data").joinpath("time", f"{lang}.toml").read_text("utf-8")
    raw = tomllib.loads(text)
    meta = raw.get("meta", {})
    lex = Lexicon(lang=lang, raw=raw)
    lex.months = _invert(meta.get("months", []), 1)
    lex.weekdays = _invert(meta.get("weekdays", []), 0)
    lex.ambiguous_months = {norm(w) for w in meta.get("ambiguous_months", [])}
    lex.relative_days = {norm(k): v for k, v in raw.get("relative_days", {}).items()}
    lex.negative_left = {
        norm(k): [norm(x) for x in v] for k, v in raw.get("negative_left", {}).items()
    }
    lex.chain_days = {norm(k): v for k, v in raw.get("chain_days", {}).items()}
    lex.times_of_day = {
        norm(w): code for code, ws in raw.get("times_of_day", {}).items() for w in ws
    }
    lex.tod_phrases = {norm(k): (v[0], v[1]) for k, v in raw.get("tod_phrases", {}).items()}
    lex.units = {norm(w): u for u, ws in raw.get("units", {}).items() for w in ws}
    lex.units_dual = {norm(w): u for u, ws in raw.get("units_dual", {}).items() for w in ws}
    lex.numbers = {norm(k): v for k, v in raw.get("numbers", {}).items()}
    lex.refs = {norm(w): code for code, ws in raw.get("refs", {}).items() for w in ws}
    lex.seasons = {norm(w): code for code, ws in raw.get("seasons", {}).items() for w in ws}
    lex.quarter_ordinals = {
        norm(k): v for k, v in raw.get("quarters", {}).get("ordinals", {}).items()
    }
    lex.month_parts = {norm(w): mod for mod, ws in raw.get("month_parts", {}).items() for w in ws}
    flags = re.IGNORECASE
    lex.future = [re.compile(p, flags) for p in raw.get("tense", {}).get("future", [])]
    lex.past = [re.compile(p, flags) for p in raw.get("tense", {}).get("past", [])]
    lex.past_weak = [re.compile(p, flags) for p in raw.get("tense", {}).get("past_weak", [])]
    lex.past_override = [
        re.compile(p, flags) for p in raw.get("tense", {}).get("past_override", [])
    ]
    lex.not_future = [re.compile(p, flags) for p in raw.get("tense", {}).get("not_future", [])]
    hol = raw.get("holidays", {})
    for md, ws in hol.get("fixed", {}).items():
        mo, d = (int(x) for x in md.split("-"))
        lex.holidays.update({norm(w): (mo, d) for w in ws})
        lex.holiday_words.extend(ws)
    for key, ws in hol.get("movable", {}).items():
        lex.movable.update({norm(w): key for w in ws})
        lex.holiday_words.extend(ws)
    lex.holiday_not_before = {norm(w) for w in hol.get("not_before", [])}
    lex.ref_not_before = {norm(w) for w in raw.get("refs_context", {}).get("not_before", [])}
    return lex


def alt_as_written(words: list[str]) -> str:
    """Case-sensitive alternation of words as written, capitalised or in capitals.

    For names whose case matters ("Christmas Day", but also "the first day of the year").
    """
    variants = {v for w in words if w for v in (w, w[:1].upper() + w[1:], w.upper())}
    if not variants:
        return r"(?!x)x"
    ordered = sorted(variants, key=lambda w: (-len(w), w))
    return "(?-i:" + "|".join(word_regex(w) for w in ordered) + ")"


@cache
def movable_holidays() -> dict[str, dict[int, date]]:
    """Movable feasts by year (``newsift/data/time/holidays.toml``): key -> year -> first day."""
    text = resources.files("newsift.data").joinpath("time", "holidays.toml").read_text("utf-8")
    out: dict[str, dict[int, date]] = {}
    for key, table in tomllib.loads(text).items():
        out[key] = {int(y): date.fromisoformat(v) for y, v in table.items()}
    return out
