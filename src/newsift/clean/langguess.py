"""A fast language guess for comments, before (and instead of) lingua when it is clear.

Why: a comment-heavy page holds dozens of comments, and lingua costs about as much as the
whole structure pass for each of them. Most comments vote clearly for one language through
their function words ("the", "les", "und") or their script (Cyrillic, Arabic); only the
unclear ones go to lingua. The words live in ``data/clean/function_words.toml``.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib.resources import files

_WORDS = re.compile(r"\w+['’]?")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
MIN_VOTES = 2.0  # weighted function words a guess needs
MARGIN = 2.0  # ...and how many times more than the runner-up


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[tuple[str, float], ...]], dict[str, re.Pattern[str]]]:
    """Each function word with the languages it votes for and its weight: a word listed by k
    languages ("la": fr, es, it) gives each of them 1/k of a vote."""
    d = tomllib.loads((files("newsift.data") / "clean" / "function_words.toml").read_text("utf-8"))
    owners: dict[str, list[str]] = {}
    for code, words in d["latin"].items():
        for w in {w.lower() for w in words}:
            owners.setdefault(w, []).append(code)
    votes = {w: tuple((c, 1.0 / len(codes)) for c in codes) for w, codes in owners.items()}
    scripts = {
        code: re.compile(f"[{re.escape(letters)}]", re.I) for code, letters in d["scripts"].items()
    }
    return votes, scripts


def quick_language(text: str, allowed: frozenset[str] | set[str]) -> str | None:
    """The language of ``text`` when its script or function words leave no doubt, else None."""
    latin_words, marks = _tables()
    words = _WORDS.findall(text.lower())
    cyr = len(_CYRILLIC.findall(text))
    arab = len(_ARABIC.findall(text))
    total = sum(map(len, words))  # letters and digits: a close enough count of the letters
    lat = total - cyr - arab
    if total < 20:
        return None
    if cyr >= 0.8 * total:
        code = "uk" if marks["uk"].search(text) else "ru"
        return code if code in allowed else None
    if arab >= 0.8 * total:
        code = "fa" if marks["fa"].search(text) else "ar"
        return code if code in allowed else None
    if lat < 0.8 * total:
        return None
    votes: dict[str, float] = {}
    for w in words:
        for code, weight in latin_words.get(w.replace("’", "'"), ()):
            if code in allowed:
                votes[code] = votes.get(code, 0.0) + weight
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    best, n = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    if n >= MIN_VOTES and n >= MARGIN * runner:
        return best
    return None
