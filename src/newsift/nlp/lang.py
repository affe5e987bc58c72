"""A cheap language guess for text whose segment and article carry no language.

The clean stage normally labels languages (lingua); this guess only decides which spaCy pipeline
to run when it did not, so it favours speed over nuance: script first (Cyrillic, Arabic), then
function-word counts for Latin-script text. Word lists live in ``data/nlp/langguess.toml``.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    raw = resources.files("newsift.data").joinpath("nlp/langguess.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    stop = {lang: frozenset(words) for lang, words in data["stopwords"].items()}
    script = data["script"]
    return stop, frozenset(script["uk_markers"]), frozenset(script["fa_markers"])


def guess_lang(text: str, default: str = "en", sample: int = 2000) -> str:
    """Guess an ISO 639-1 code for ``text`` from its first ``sample`` characters."""
    head = text[:sample]
    cyr = arab = latin = 0
    for ch in head:
        if "\u0400" <= ch <= "\u04ff":
            cyr += 1
        elif "\u0600" <= ch <= "\u06ff":
            arab += 1
        elif (ch.isascii() and ch.isalpha()) or "\u00c0" <= ch <= "\u024f":
            latin += 1
    stop, uk_markers, fa_markers = _tables()
    if cyr > latin and cyr >= arab:
        low = head.lower()
        return "uk" if sum(low.count(m) for m in uk_markers) > cyr * 0.01 else "ru"
    if arab > latin:
        return "fa" if sum(head.count(m) for m in fa_markers) > arab * 0.02 else "ar"
    counts: dict[str, int] = dict.fromkeys(stop, 0)
    for word in _WORD.findall(head.lower()):
        for lang, words in stop.items():
            if word in words:
                counts[lang] += 1
    best = max(counts, key=lambda k: counts[k]) if counts else default
    return best if counts.get(best, 0) >= 2 else default
