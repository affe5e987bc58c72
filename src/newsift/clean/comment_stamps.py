"""The stamps and poster names that head a comment or a forum post, read on one line.

Pure functions of a line's text (no page context): a stamp ("2 hours ago", "il y a 3 ans", a
date), the name beside it ("Samira B. 24/06/2017 13:47", "par Gaspard » mar. 13 déc."), a
social network's "Name @handle · 9 avr." head, a forum's profile line. The pass decides which
of them recur into comment heads (:mod:`newsift.clean.comment_heads`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsift.clean.dates import day_month, find_date
from newsift.clean.lines import Line

_HAS_DIGIT = re.compile(r"\d")
_AGO = re.compile(
    r"\d+\s*(?:years?|months?|weeks?|days?|hours?|minutes?|ans?|mois|semaines?|jours?|heures?)"
    r"\b|\bil y a\b|\bago\b|назад",
    re.I,
)


def stamp_line(ln: Line) -> bool:
    """A comment's time stamp on its own line: a date, or "2 hours ago", "il y a 3 ans"."""
    if ln.kind == "date":
        return True
    return len(ln.text) <= 40 and ln.words <= 6 and _AGO.search(ln.text) is not None


def carries_stamp(ln: Line) -> bool:
    """A short line carrying a comment's time stamp."""
    if len(ln.text) > 80 or ln.kind == "prose":
        return False
    return ln.date is not None or stamp_in(ln.text)


@lru_cache(maxsize=8192)
def stamp_in(text: str) -> bool:
    """Whether a short line holds a date or a relative stamp (cached: stamps recur)."""
    if _AGO.search(text) is not None:
        return True
    return _HAS_DIGIT.search(text) is not None and find_date(text) is not None


# what may stand around a stamp and a poster's name on a head line: separators, clock times,
# post numbers, weekday abbreviations ("mar.", "Mon,")
_HEAD_REST = re.compile(
    r"#\s*\d+|\d{1,2}\s?[:h]\s?\d{2}(?:\s?[ap]\.?m\.?)?|[|»«·•–—,↳→]|\s-\s"
    r"|(?<!\S)[a-zà-ÿ]{2,4}\.(?=\s|$)|(?<!\S)[A-Z][a-z]{2},(?=\s|$)"
)
_DATE_LEAD = frozenset({"le", "on", "am", "el", "il", "à", "at", "the"})
_NAME_PARTICLES = frozenset({"de", "du", "des", "la", "le", "van", "von", "der", "da", "di", "al"})
_SCORE = re.compile(r"(?<!\S)[+-]?\d[\d\s.,]*\s*(?:points?|pts|votes?)(?=\s|$|[·•|])", re.I)
_REDDIT_USER = re.compile(r"u/[\w-]{3,}")
_LOWER_WORD = re.compile(r"^[a-zß-öø-ÿа-яё][a-zß-öø-ÿа-яё'’]*$")


def _stamp_name(text: str, date_start: int) -> str | None:
    """The poster's name on a "name stamp" head line, or None: one to four capitalised or
    user-name tokens before the stamp, after at most two lower-case words ("par", "posted by"),
    with only separators between the name and the stamp ("Publié le 24/03/2018" has a verb)."""
    before = text[:date_start]
    if ":" in before:
        return None  # "Date d'inscription : 12/03/2009": a profile field
    # "u/name · 38 points · il y a 3 h" (Reddit): the post's score is no part of the name
    before = _SCORE.sub(" ", before)
    tokens = _HEAD_REST.sub(" ", before).split()
    if len(tokens) >= 2 and tokens[-1].startswith("@") and not tokens[-2].startswith("@"):
        tokens = tokens[:-1]  # "Salim R. @salimr@inst.example · date": a handle after a name
    lead = 0
    while lead < len(tokens) and lead < 2 and _LOWER_WORD.match(tokens[lead]):
        lead += 1
    name = tokens[lead:]
    # "Farid de Bizerte — le 02/08/2016": the article before the date is no part of the name
    while name and name[-1].lower() in _DATE_LEAD:
        name = name[:-1]
    if not 1 <= len(name) <= 4:
        return None
    for n, t in enumerate(name):
        t = t.removeprefix("@")  # "@Yassine Bel.": a handle
        if len(t) > 2 and t[0] in "([" and t[-1] in ")]":
            t = t[1:-1]  # "(Anonyme)", "[Guest]": a blog's unnamed commenter
        if 0 < n < len(name) - 1 and t.lower() in _NAME_PARTICLES:
            continue  # "Farid de Bizerte"
        if _REDDIT_USER.fullmatch(t):
            continue  # "u/orontes": a Reddit user name
        if not (t[:1].isupper() or "_" in t or any(c.isdigit() for c in t)):
            return None
    return " ".join(name)


_AFTER_AGO = frozenset({"ago", "назад", "edited", "modifié", "modifiée", "bearbeitet"})


def _words_after(text: str, end: int) -> int:
    """Words (of letters) after a relative stamp: a head ends there ("3 days ago · edited"),
    a heading goes on ("134 jours de résistance")."""
    return sum(1 for w in re.findall(r"[^\W\d_]{2,}", text[end:]) if w.lower() not in _AFTER_AGO)


# "Name @handle · 9 avr.", "Name @handle · 3 h", "Name @handle@inst.example · 2d": the head of
# a post on a social network (name, handle, separator, a short stamp with a digit)
_HANDLE_HEAD = re.compile(
    r"(?P<name>[^@·•|]{1,40}?)\s+@[\w.]{2,30}(?:@[\w.\-]+)?\s*[·•|]\s*(?P<stamp>[^·•|]{1,30})"
)
_SHORT_AGO = re.compile(r"\d{1,2}\s?(?:h|min|m|s|d|j|sem|w|mo)\.?", re.I)


def _handle_head(text: str) -> str | None:
    """The poster's name on a social post head ("Jane D. @jane_d · 9 avr."), else None."""
    if len(text) > 90 or "@" not in text:
        return None
    m = _HANDLE_HEAD.fullmatch(text.strip())
    if m is None:
        return None
    stamp = m.group("stamp").strip()
    if not (
        day_month(stamp) is not None
        or _SHORT_AGO.fullmatch(stamp) is not None
        or _AGO.search(stamp) is not None
    ):
        return None
    return _stamp_name(m.group("name") + " 1", len(m.group("name")) + 1)


_FIELD_GAP = re.compile(r"\s{3,}|\s[|·•]\s")
_PROFILE_FIELD = re.compile(r"\d|:")


def profile_name(text: str) -> str | None:
    """The poster on a forum post's profile line, its name then its fields set apart by wide
    gaps or bars ("Bear_Watcher   Member   Posts: 611", "Kestrel | Modérateur | Messages :
    8 907"): the first field when it is a user name and a later one is a count or a
    "label: value" field. None for anything else."""
    if len(text) > 120:
        return None
    fields = [f.strip() for f in _FIELD_GAP.split(text) if f.strip()]
    if len(fields) < 2 or not any(_PROFILE_FIELD.search(f) for f in fields[1:]):
        return None
    name = fields[0]
    if len(name) > 32 or len(name.split()) > 3 or ":" in name:
        return None
    if not _stamp_name(name + " 1", len(name) + 1):
        return None
    return name


def _name_after_stamp(text: str, date_start: int, date_end: int) -> str | None:
    """The poster's name after a stamp that opens the line ("13/10/2017 10:02, par X")."""
    if _HEAD_REST.sub(" ", text[:date_start]).strip():
        return None
    after = text[date_end:]
    if ":" in after:
        return None
    return _stamp_name(after + " 1", len(after) + 1)
