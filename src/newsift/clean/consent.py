"""A paragraph of a cookie or data-protection notice (a consent wall saved with the page).

Such paragraphs are long, well-formed prose, so the line classes read them as an article's
body: a consent box over the story becomes its first article, the privacy box under it a
second one. Cues (French and English) in ``data/clean/consent.toml``.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib.resources import files

MIN_CHARS = 80  # a notice's paragraph; a short line about cookies is a button or a link


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    d = tomllib.loads((files("newsift.data") / "clean" / "consent.toml").read_text("utf-8"))
    strong = tuple(re.compile(p, re.IGNORECASE) for p in d["strong"])
    weak = tuple(re.compile(p, re.IGNORECASE) for p in d["weak"])
    return strong, weak


def consent_notice(text: str) -> bool:
    """Whether a line is a consent notice's paragraph: a strong cue (cookies, consent, personal
    data, GDPR) and one more cue, or three weak ones (partners, audience measurement,
    personalised ads, the reader's rights)."""
    if len(text) < MIN_CHARS:
        return False
    strong, weak = _cues()
    n_strong = sum(1 for p in strong if p.search(text))
    n_weak = sum(1 for p in weak if p.search(text))
    return (n_strong >= 1 and n_strong + n_weak >= 2) or n_weak >= 3
