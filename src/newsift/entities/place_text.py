"""Name normalisation for place matching: a literal "light" key and a transliteration "skeleton".

Both the gazetteer index and the text scanner call these functions, so any spelling that
reduces to the same key collides. The light key only folds case, accents and punctuation
("Deir ez-Zor" -> "deir ez zor"); the skeleton also drops Arabic articles, folds common
transliteration variants and collapses vowels, so "Abu Kamal", "al-Bukamal", "Albou Kamal"
and "Ālbū Kamāl" all give "bakamal", and "Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor" give
"darzar". Cyrillic is transliterated to Latin before the skeleton, so "Дейр-эз-Зор" joins the
same key; Arabic script keeps its letters with article and proclitics removed.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER_RE = re.compile(r"[a-z]")
# Apostrophe-like marks vanish inside a word (Dar'a -> dara); other punctuation splits words.
_APOS_RE = re.compile(r"['’‘`´ʼʻʿʾ\u02bc\u02bb\u02be\u02bf]")
_SPLIT_RE = re.compile(r"[^\w]+|_")
_AR_DIACRITICS_RE = re.compile(r"[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]")
_AR_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"}
)

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip
_CYR_TABLE = str.maketrans(_CYR)

# Arabic definite article and its assimilated forms, as separate words after splitting.
_ARTICLE_WORDS = "al el ad ar as az ash at an ath adh ez es er ed et en ul il ud"
ARTICLES = frozenset(_ARTICLE_WORDS.split(" "))
_SUN_PREFIX_RE = re.compile(r"^[ae]([tdrzsn])\1")  # "Ezzor", "Arraqqa": glued article
_ABU_RE = re.compile(r"^(?:al|a)?b(?:ou|u|o)(?=[a-z]{2})|^(?:al|a)b(?:ou|u)$")
_DIGRAPHS = (
    ("kh", "h"), ("gh", "g"), ("dh", "z"), ("th", "t"), ("sh", "s"), ("ch", "s"), ("ph", "f"),
    ("dj", "j"), ("dz", "z"), ("ts", "s"), ("q", "k"), ("c", "k"), ("x", "ks"),
)  # fmt: skip
_VOWEL_W_RE = re.compile(r"(?<=[aeiouy])w(?![aeiouy])")
_VOWELS_RE = re.compile(r"[aeiouy]+")
_REPEAT_RE = re.compile(r"(.)\1+")
_AR_PROCLITIC_ART_RE = re.compile(r"^(?:و|ف|ب|ك|ل)?(?:ال|لل)")


def script_of(text: str) -> str:
    """'ar', 'cyr' or 'lat' by the first letter found (names are single-script in practice)."""
    for ch in text:
        if ch.isalpha():
            if _ARABIC_RE.match(ch):
                return "ar"
            if _CYRILLIC_RE.match(ch):
                return "cyr"
            return "lat"
    return "lat"


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def light_key(name: str) -> str:
    """Case, accents, apostrophes and punctuation folded; words kept in order."""
    text = name.casefold()
    if _ARABIC_RE.search(text):
        text = _AR_DIACRITICS_RE.sub("", text).translate(_AR_FOLD)
    else:
        text = _strip_marks(text).replace("ё", "е")
        # NFKD splits "й" into "и" + breve, which is fine: the index uses the same fold.
    text = _APOS_RE.sub("", text)
    text = _SPLIT_RE.sub(" ", text)
    return " ".join(text.split())


def _latin_token_skeleton(tok: str, index: int) -> str:
    if index > 0:
        tok = _SUN_PREFIX_RE.sub(r"\1\1", tok)
    tok = _ABU_RE.sub("bu", tok)
    return tok


def _latin_skeleton(words: list[str]) -> str:
    if len(words) > 1:
        words = [w for i, w in enumerate(words) if i == len(words) - 1 or w not in ARTICLES]
    text = "".join(_latin_token_skeleton(w, i) for i, w in enumerate(words))
    text = text.replace("ou", "u").replace("ee", "i").replace("oo", "u")
    for a, b in _DIGRAPHS:
        text = text.replace(a, b)
    text = _VOWEL_W_RE.sub("a", text)
    text = _VOWELS_RE.sub("a", text)
    text = _REPEAT_RE.sub(r"\1", text)
    if len(text) > 3 and text.endswith("ah"):
        text = text[:-1]
    if len(text) > 3 and text.endswith("a"):
        text = text[:-1]
    return text


def _arabic_skeleton(words: list[str]) -> str:
    out = []
    for w in words:
        stripped = _AR_PROCLITIC_ART_RE.sub("", w)
        out.append(stripped if len(stripped) >= 2 else w)
    return "".join(out)


@lru_cache(maxsize=200_000)
def skeleton_key(name: str) -> str:
    """Transliteration-folded key (see module docstring); '' when nothing is left."""
    light = light_key(name)
    if not light:
        return ""
    script = script_of(light)
    if script == "ar":
        return _arabic_skeleton(light.split())
    if script == "cyr":
        light = light.translate(_CYR_TABLE)
    words = [w for w in light.split() if w]
    if not words or not all(_LATIN_LETTER_RE.search(w) or w.isdigit() for w in words):
        return ""
    return _latin_skeleton(words)


_CYR_ENDINGS = ("ами", "ями", "ого", "ому", "ом", "ем", "ой", "ей", "ах", "ях", "ую", "ию")
_CYR_VOWEL_END = "аеуыиюяо"
# Russian noun endings of the oblique cases -> nominative endings to try, longest first
# (feminine -а/-я, -ия; masculine hard and soft stems). Written for newsift.
_CYR_CASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ией", ("ия",)), ("ии", ("ия", "ий")), ("ию", ("ия",)), ("ой", ("а",)),
    ("ей", ("я", "ь")), ("ом", ("",)), ("ем", ("ь", "й", "")), ("ём", ("ь",)),
    ("у", ("а", "")), ("ю", ("я", "ь", "й")), ("е", ("а", "", "я", "ь", "й")),
    ("ы", ("а",)), ("и", ("а", "я", "ь")), ("а", ("",)), ("я", ("ь", "й")),
)  # fmt: skip
_AR_PROCLITICS = "وبلفك"


def bare_key(light: str) -> str:
    """A light key without Arabic article words: "al sukhnah" and "as sukhnah" -> "sukhnah"."""
    words = light.split()
    if len(words) < 2:
        return light
    # An article counts only before another word: "Russia At" keeps its "at".
    kept = [w for i, w in enumerate(words) if i == len(words) - 1 or w not in ARTICLES]
    return " ".join(kept)


def query_variants(surface: str) -> list[str]:
    """Extra surface forms to try for inflected or prefixed words: Russian case endings
    ("в Идлибе", "Дамаском"), Arabic proclitics glued to the name ("والطبقة", "بدير")."""
    out: list[str] = []
    script = script_of(surface)
    if script == "cyr":
        low = surface.lower()
        # Case endings back to the nominative first ("Пальмиру" -> "Пальмира", "Сухне" ->
        # "Сухна", "в Сирии" -> "Сирия"), then bare stems ("Идлибе" -> "Идлиб").
        for end, repl in _CYR_CASES:
            if len(end) == 1 and low[-2:-1] in _CYR_VOWEL_END:
                break  # "Самое", "Новая": adjective endings, not a noun's case
            if low.endswith(end) and len(low) - len(end) >= 3:
                stem = surface[: -len(end)]
                out.extend(stem + r for r in repl)
                break
        for end in _CYR_ENDINGS:
            if low.endswith(end) and len(low) - len(end) >= 3:
                out.append(surface[: -len(end)])
                break
        if low[-1:] in _CYR_VOWEL_END and len(low) >= 5:
            out.append(surface[:-1])
            if low[-2:-1] in _CYR_VOWEL_END:
                out.append(surface[:-2])
    elif script == "lat":
        # "Syrias", "Aleppos": possessives whose apostrophe was lost in extraction.
        if len(surface) > 4 and surface.endswith("s") and surface[-2:-1].islower():
            out.append(surface[:-1])
    elif script == "ar":
        first, sep, rest = surface.partition(" ")
        if len(first) > 3 and first[0] in _AR_PROCLITICS:
            if first[1:3] == "ال":
                out.append(first[1:] + sep + rest)
            elif first.startswith("لل"):
                out.append("ال" + first[2:] + sep + rest)
            else:
                out.append(first[1:] + sep + rest)
    return out


# Latin endings of an Arabic or Kurdish final vowel (ta marbuta, Kurdish "e"): one name is
# written Koya, Koye, Kuyah or Koyeh.
_FINAL_VOWELS = ("ah", "eh", "a", "e", "é")


def final_vowel_variants(surface: str) -> list[str]:
    """The other Latin writings of a name's final Arabic/Kurdish vowel ("Koya" -> "Koye",
    "Koyah", "Koyeh"), for a name whose literal readings are all far abroad."""
    if script_of(surface) != "lat" or " " in surface.strip():
        return []
    low = surface.lower()
    end = next((e for e in _FINAL_VOWELS if low.endswith(e)), None)
    if end is None or len(low) - len(end) < 2 or low[-len(end) - 1] in "aeioué":
        return []
    stem = surface[: -len(end)]
    return [stem + e for e in _FINAL_VOWELS[:4] if e != end]


# Spelling conventions folded before two Latin spellings of a name are compared letter by
# letter (French "ou", "ch"; English "w", "y"; q/c/k; doubled letters): unlike the skeleton,
# the vowels stay, so "Baaqouba" ~ "Baqubah" but "Khales" !~ "Hillah".
_SPELL_FOLD = (
    ("w", "u"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"), ("kh", "k"), ("gh", "g"),
    ("ch", "sh"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("q", "k"), ("c", "k"), ("j", "dj"),
)  # fmt: skip


def spelling_key(name: str) -> str:
    """A Latin name with articles, spaces and spelling conventions folded, vowels kept."""
    words = [w for w in light_key(name).split() if w not in ARTICLES]
    text = "".join(words)
    for a, b in _SPELL_FOLD:
        text = text.replace(a, b)
    text = _REPEAT_RE.sub(r"\1", text)
    if len(text) > 3 and text.endswith("h"):
        text = text[:-1]
    if len(text) > 3 and text[-1] in "ae":
        text = text[:-1]
    return text


def spelling_similarity(a: str, b: str) -> float:
    """0..1: how alike two Latin spellings of a name are once conventions are folded."""
    ka, kb = spelling_key(a), spelling_key(b)
    if not ka or not kb:
        return 0.0
    return SequenceMatcher(None, ka, kb).ratio()
