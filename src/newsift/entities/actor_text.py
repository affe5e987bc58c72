"""Tokens and match keys for actor aliases, the same for alias lists and article text.

Matching compares *keys*, not surface forms, so spelling variation is absorbed once here:

* Latin script: case-folded, accents stripped (État = etat), apostrophes inside a word
  removed (Kata’ib = Kata'ib = kataib), French elisions split off (l’armée -> l + armée),
  English possessive dropped (Russia's -> russia), transliterated Arabic articles before a
  hyphen unified (ad-, ash-, el-, ez- ... -> al).
* Cyrillic: lower case, ё -> е, and a light suffix stripper so case endings do not matter
  (сирийской армии = сирийская армия).
* Arabic script: diacritics and tatweel removed, alef/ya/ta marbuta variants unified, the
  article and attached particles stripped (والجيش -> جيش).

Case is kept on each token so short acronyms can be matched only in upper case ("IS" but
never "is").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_WORD = rf"[\w{_MARKS}]+"
_APOS = "'’ʼ`´"
TOKEN_RE = re.compile(
    rf"[^\W\d_](?:\.[^\W\d_])+\.?(?![^\W\d_])"  # U.S., U.N., U.S.A.
    rf"|{_WORD}(?:[{_APOS}]{_WORD})*"
)
_APOS_SPLIT = re.compile(rf"[{_APOS}]")
_LATIN_MAP = str.maketrans({"œ": "oe", "æ": "ae", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d"})
_ARABIC_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ی": "ي",
        "ک": "ك",
    }
)
_ARABIC_DIACRITICS = re.compile(f"[{_MARKS}]")
_ARABIC_PREFIX = re.compile(r"^(?:[وف]?[بكل]?ال|[وف]?لل)(?=..)")


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Arabic articles, Cyrillic endings (longest first), elisions -- from context.toml."""
    from newsift.entities.actors import load_context

    tok = load_context()["tokens"]
    endings = tuple(sorted(tok["cyrillic_endings"], key=len, reverse=True))
    return frozenset(tok["arabic_articles"]), endings, frozenset(tok["elisions"])


def _script(word: str) -> str:
    for ch in word:
        if "\u0400" <= ch <= "\u04ff":
            return "cyr"
        if "\u0600" <= ch <= "\u06ff":
            return "ar"
        if ch.isalpha():
            return "lat"
    return "lat"


def _cyr_stem(word: str) -> str:
    for end in _tables()[1]:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Script-aware key of one word (no apostrophes, no spaces)."""
    script = _script(word)
    if script == "ar":
        w = _ARABIC_DIACRITICS.sub("", word).translate(_ARABIC_MAP)
        return _ARABIC_PREFIX.sub("", w)
    if script == "cyr":
        w = word.lower().replace("ё", "е")
        return w if (word.isupper() and len(word) > 1) else _cyr_stem(w)
    w = unicodedata.normalize("NFKD", word.casefold().translate(_LATIN_MAP))
    return "".join(ch for ch in w if not unicodedata.combining(ch))


def arabic_alternative(key: str) -> str | None:
    """A second key for an Arabic word that may carry a one-letter particle (وداعش)."""
    if len(key) >= 4 and key[0] in "وفبلك" and _script(key) == "ar":
        return key[1:]
    return None


@dataclass(slots=True)
class Tok:
    """One word of matchable text: document offsets, folded key and case facts."""

    start: int
    end: int
    key: str
    raw: str
    possessive: bool = False

    @property
    def is_upper(self) -> bool:
        letters = [c for c in self.raw if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)

    @property
    def is_lower(self) -> bool:
        letters = [c for c in self.raw if c.isalpha()]
        return bool(letters) and all(c.islower() for c in letters)


def tokenize(
    text: str, start: int = 0, end: int | None = None, elisions: frozenset[str] | None = None
) -> list[Tok]:
    """Tokens of ``text[start:end]`` with document offsets (never crossing the range)."""
    if elisions is None:
        elisions = _tables()[2]
    out: list[Tok] = []
    stop = len(text) if end is None else end
    for m in TOKEN_RE.finditer(text, start, stop):
        s, word = m.start(), m.group()
        if "." in word and not any(c in word for c in _APOS):  # U.S.
            raw = word.replace(".", "")
            out.append(Tok(s, m.end(), fold(raw), raw))
            continue
        parts = _APOS_SPLIT.split(word)
        if len(parts) == 1:
            out.append(Tok(s, m.end(), _article_key(text, m.end(), word), word))
            continue
        pos = s
        while len(parts) > 1 and parts[0].casefold() in elisions:
            head = parts.pop(0)
            out.append(Tok(pos, pos + len(head), fold(head), head))
            pos += len(head) + 1
        if len(parts) > 1 and parts[-1].casefold() == "s":
            body = word[pos - s : len(word) - 2]
            out.append(Tok(pos, pos + len(body), fold(_APOS_SPLIT.sub("", body)), body, True))
            continue
        raw = word[pos - s :]
        joined = "".join(parts)
        out.append(Tok(pos, m.end(), _article_key(text, m.end(), joined), raw))
    return out


def _article_key(text: str, end: int, word: str) -> str:
    """Fold a word; a transliterated Arabic article before a hyphen becomes "al"."""
    key = fold(word)
    if key in _tables()[0] and end < len(text) and text[end] in "-‐‑–":
        return "al"
    return key


def key_of(text: str) -> tuple[str, ...]:
    """Keys of every token of a short string (an alias, a NER span)."""
    return tuple(t.key for t in tokenize(text))
