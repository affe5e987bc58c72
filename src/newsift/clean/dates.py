"""Datelines: find a publication date on a short line ("mercredi 14 décembre 2016").

A full date parser (dateparser) is far too slow to run on every line of every dump, so this
module compiles one regular expression from the month names in ``data/clean/dates.toml`` and
only says whether a *line* is a dateline (a date plus filler words such as "Published on",
weekdays and clock times) and what date, precision and character span it holds.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

# A place name opening a dateline: one to four words, the first capitalised, then a comma.
_PLACE = re.compile(
    r"\s*(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ\u0600-\u06FF])[\w'’.\-]*(?:[ \-][\w'’.\-]+){0,3}\s*,\s*"
)
_NUMSEP = re.compile(r"\d[-/.]\d")
# the fields of a dateline: " – ", " — ", " - ", "|", " · " ("date – author – 3 comments")
_FIELD_SEP = re.compile(r"\s+[–—\-·•]\s+|\s*\|\s*")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# a period's connector between two dates ("du 12 au 18 octobre", "1 - 6 April", "June to July")
_RANGE_TO = r"(?:au|to|through|until|jusqu'au|jusqu’au|[-–—])"
# the text before a period's end: its first bound and the connector ("du 12 au ", "1 - ",
# "juin 2014 - "); a number that counts pages or issues ("Page 12 - ", "N° 9.812 - ") is none
_RANGE_END = re.compile(
    r"(?<![\w.,])(?<!page )(?<!p\. )(?<!n° )(?<!no )(?<!vol\. )"
    r"(?P<first>[0-3]?\d(?:er|st|nd|rd|th)?|(?:19|20)\d\d|[^\W\d_]{3,}\.?)\s*"
    + _RANGE_TO
    + r"\s*(?:le\s+|the\s+)?$",
    re.I,
)
_RANGE_START = re.compile(r"\s*" + _RANGE_TO + r"\s*(?:le\s+|the\s+)?", re.I)


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found on a line: ISO value, precision and the span (line-relative offsets)."""

    value: str
    precision: str  # "day" | "month" | "year"
    start: int
    end: int


def _trie_regex(words: list[str]) -> str:
    """One regular expression matching exactly ``words``, longest first, as a prefix trie.

    An alternation of 150 month names is tried name by name at every position of a line; the
    trie shares prefixes, so most positions fail on their first character.
    """
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        alts = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


class _DateReader:
    """Compiled patterns built once from the data file."""

    def __init__(self) -> None:
        data = tomllib.loads((files("newsift.data") / "clean" / "dates.toml").read_text("utf-8"))
        self.month_of: dict[str, int] = {}
        for forms in data["months"].values():
            for i, names in enumerate(forms, start=1):
                for name in names:
                    self.month_of.setdefault(name.lower(), i)
        names = sorted(self.month_of, key=len, reverse=True)
        # first word of every month name: a line without one skips the month-name patterns
        self.month_words = frozenset(n.split()[0] for n in names)
        self.word = re.compile(r"\w+")
        # a trie of the names: the engine rejects most positions at their first letter
        month = "(?P<mon>" + _trie_regex(names) + r")\.?"
        day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|ère|º|°|\.)?"
        year = r"(?P<year>(?:19|20)\d\d)"
        # (pattern, needs a month name)
        self.patterns: list[tuple[re.Pattern[str], bool]] = [
            # 2017-11-03, 2017/11/03, 2017.11.03 (time may follow)
            (
                re.compile(
                    r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/.](?P<mnum>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)"
                ),
                False,
            ),
            # 03/11/2017, 03.11.2017, 3-11-2017
            (
                re.compile(
                    r"(?<!\d)(?P<day>[0-3]?\d)[/.\-](?P<mnum>[0-3]?\d)[/.\-](?P<year>(?:19|20)\d\d)(?!\d)"
                ),
                False,
            ),
            # 14 décembre 2016, 1er novembre 2017, 14 декабря 2016 г.
            (
                re.compile(
                    rf"(?<!\w){day}\s+(?:de\s+)?{month}(?:,?\s+(?:de\s+)?{year})?(?!\w)", re.I
                ),
                True,
            ),
            # December 14, 2016 / Dec. 14 2016
            (re.compile(rf"(?<!\w){month}\s+{day},?\s+{year}(?!\d)", re.I), True),
            # 2017-10 (year-month)
            (
                re.compile(
                    r"(?<![\d-])(?P<year>(?:19|20)\d\d)[-/.](?P<mnum>0?[1-9]|1[0-2])(?![\d-])"
                ),
                False,
            ),
            # décembre 2016 (month precision)
            (re.compile(rf"(?<!\w){month}\s+(?:de\s+)?{year}(?!\d)", re.I), True),
        ]
        self.year_only = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)")
        # a day and a month with no year ("13 novembre", "Nov. 13"): a wire dateline's date
        self.day_month_patterns = [
            re.compile(rf"(?<!\w){day}\s+(?:de\s+)?{month}(?!\w)", re.I),
            re.compile(rf"(?<!\w){month}\s+{day}(?![\d\w])", re.I),
        ]
        fillers = {w.lower() for w in data["fillers"]["words"]}
        fillers |= {w.lower() for w in data["weekdays"]["names"]}
        self.fillers = fillers
        self.multiword_fillers = sorted((w for w in fillers if " " in w), key=len, reverse=True)
        self.time = re.compile(
            r"t\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?|\b\d{1,2}\s*[:h]\s*\d{2}(?:\s*[:]\s*\d{2})?(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*(?:h|[ap]\.?m\.?)(?!\w)",
            re.I,
        )
        self.token = re.compile(r"[^\s,;|/()\[\]·•–—:-]+")
        pub = sorted(data.get("published_words", {}).get("words", []), key=len, reverse=True)
        self.published_word = re.compile(
            r"^\W{0,3}(?:" + "|".join(re.escape(w) for w in pub) + r")(?!\w)", re.I
        )
        # "Inscrit le : 03 Mar 2003", "Member since Jan 5, 2011", "né le 2 mai 1970": a date
        # whose label says it is no publication's (a weekday may stand between them)
        other = sorted(data.get("not_published", {}).get("labels", []), key=len, reverse=True)
        days = [*data["weekdays"]["names"], *data.get("not_published", {}).get("weekdays", [])]
        weekday = "|".join(re.escape(w) for w in sorted(days, key=len, reverse=True))
        self.other_label = (
            re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(w) for w in other) + r")"
                r"[\s:.,\-–—]*(?:(?:le|on|the|du|depuis|since|en|in)\s*:?\s*)?"
                rf"(?:(?:{weekday})\.?,?\s*)?(?:[0-3]?\d(?:er|st|nd|rd|th)?\.?\s*)?$",
                re.I,
            )
            if other
            else None
        )
        fields = data.get("dateline_fields", {})
        self.field_labels = frozenset(w.lower() for w in fields.get("labels", []))
        self.count_words = frozenset(w.lower() for w in fields.get("counts", []))

    def find(self, line: str) -> DateHit | None:
        """The first (leftmost, longest) date expression in ``line``."""
        norm = line.translate(_DIGITS)
        best: tuple[int, int, re.Match[str]] | None = None
        words = self.word.findall(norm.lower())
        named = any(w in self.month_words for w in words)
        numeric = _NUMSEP.search(norm) is not None
        periods: list[tuple[int, int]] = []  # bounds of periods: no part of them is a stamp
        for pat, needs_name in self.patterns:
            if (needs_name and not named) or (not needs_name and not numeric):
                continue  # month names need a name; numeric dates need "2017-11", "03/11"
            for m in pat.finditer(norm):
                hit = self._value(m)
                if hit is None or self._other_date(norm, m.start()):
                    continue
                if any(a < m.end() and m.start() < b for a, b in periods):
                    continue
                if self._in_period(norm, m):
                    periods.append((m.start(), m.end()))
                    continue
                key = (m.start(), -(m.end() - m.start()))
                if best is None or key < (best[0], best[1]):
                    best = (key[0], key[1], m)
                break
        if best is None:
            return None
        m = best[2]
        value = self._value(m)
        assert value is not None
        if value[1] == "day" and m.groupdict().get("mnum") and _US_CLOCK.match(norm, m.end()):
            value = (_month_first(value[0], m), value[1])
        return DateHit(value[0], value[1], m.start(), m.end())

    def _in_period(self, text: str, m: re.Match[str]) -> bool:
        """Whether the date ``m`` is a bound of a period ("du 12 au 18 octobre 2017", "Reporting
        period: 1 - 6 April 2015", "Juin 2014 - juillet 2017"): a span of days or months the
        piece reports on, never the stamp of its publication."""
        before = _RANGE_END.search(text[max(0, m.start() - 30) : m.start()])
        if before is not None:
            first = before.group("first").lower().rstrip(".")
            if first[0].isdigit() or first in self.month_of:
                return True
        after = _RANGE_START.match(text, m.end())
        if after is None or after.end() == m.end():
            return False
        rest = text[after.end() : after.end() + 40]
        nxt = self.find(rest)
        return nxt is not None and nxt.start == 0

    def _other_date(self, text: str, start: int) -> bool:
        """Whether the date starting at ``start`` is labelled as no publication's date: a
        member's registration, a birth, a last visit ("Inscrit le: 03 Mar 2003")."""
        if self.other_label is None:
            return False
        return self.other_label.search(text[max(0, start - 40) : start]) is not None

    def _value(self, m: re.Match[str]) -> tuple[str, str] | None:
        groups = m.groupdict()
        year = int(groups["year"]) if groups.get("year") else None
        if groups.get("mon"):
            month = self.month_of.get(groups["mon"].lower().rstrip("."))
        elif groups.get("mnum"):
            month = int(groups["mnum"])
        else:
            month = None
        day = int(groups["day"]) if groups.get("day") else None
        if month is None or not 1 <= month <= 12:
            # numeric d/m swapped (US order): 11/23/2017
            if groups.get("mnum") and day and 1 <= day <= 12:
                month, day = day, int(groups["mnum"])
            else:
                return None
        if day is not None and not 1 <= day <= 31:
            return None
        if year is None:
            return None  # a day and month without a year is not a publication date
        if day is None:
            return f"{year:04d}-{month:02d}", "month"
        return f"{year:04d}-{month:02d}-{day:02d}", "day"

    def day_month(self, text: str) -> tuple[int, int, int, int] | None:
        """(month, day, start, end) of the first day-and-month in ``text``, year or not."""
        norm = text.translate(_DIGITS)
        best: tuple[int, int, int, int] | None = None
        for pat in self.day_month_patterns:
            for m in pat.finditer(norm):
                month = self.month_of.get(m.group("mon").lower().rstrip("."))
                day = int(m.group("day"))
                if month and 1 <= day <= 31:
                    if best is None or m.start() < best[2]:
                        best = (month, day, m.start(), m.end())
                    break
        return best

    def dateline(self, line: str, max_len: int = 90) -> DateHit | None:
        """A date when ``line`` is essentially a date (plus fillers, weekday, clock time)."""
        stripped = line.strip()
        if not stripped or len(stripped) > max_len:
            return None
        hit = self.find(line)
        if hit is None:
            norm = line.translate(_DIGITS)
            m = self.year_only.search(norm)
            rest = (norm[: m.start()] + " " + norm[m.end() :]) if m else ""
            if m and rest.strip().lower() in ("", "date", "date:", "année", "year"):
                return DateHit(m.group("year"), "year", m.start(), m.end())
            return None
        before = line[: hit.start]
        if not self._leftover(before + " " + line[hit.end :]):
            return hit
        # a closing dateline names the place first: "Sana'a, 16 June 2018", "Le Caire, le 3 mai"
        mp = _PLACE.match(before)
        if mp and not self._leftover(before[mp.end() :] + " " + line[hit.end :]):
            return hit
        return None

    def dated_fields(self, line: str, max_len: int = 140) -> tuple[DateHit, list[str]] | None:
        """A dateline that carries more fields after its date, and those fields.

        "samedi 13 août 2016 – Kevin Royer – 3 commentaires", "Mardi 29 décembre 2015 - 08:15 |
        Rubrique Défense | Lecture 4 min", "Publié le 23/03/2019 à 14:05 – Source : Agence": the
        first field is a dateline, every other one is short (a name, a rubric, a count, a clock
        time, a "label : value" pair), never a sentence.
        """
        stripped = line.strip()
        if not stripped or len(stripped) > max_len:
            return None
        parts = [p for p in _FIELD_SEP.split(stripped) if p.strip()]
        if not 2 <= len(parts) <= 5:
            return None
        hit = self.dateline(parts[0])
        if hit is None:
            return None
        rest: list[str] = []
        for p in parts[1:]:
            p = p.strip()
            if self.dateline(p) is not None or not self._leftover(p):
                continue  # "Mis à jour le 24/03/2019", "08:15"
            words = p.split()
            if len(words) > 6 or len(p) > 50 or any(c in p for c in '.!?;«»"“”'):
                return None
            rest.append(p)
        return hit, rest

    def is_field_label(self, word: str) -> bool:
        """Whether ``word`` opens a dateline field that names no person ("Rubrique", "Source")."""
        return word.lower().strip(":") in self.field_labels

    def is_count(self, field: str) -> bool:
        """ "3 commentaires", "Aucun commentaire", "Lecture 4 min": a count, not a name."""
        words = field.lower().split()
        return bool(words) and (
            any(w in self.count_words for w in words)
            and (any(c.isdigit() for c in field) or words[0] in self.field_labels)
        )

    def _leftover(self, rest: str) -> list[str]:
        """Words of ``rest`` that are neither dates, clock times nor dateline fillers."""
        rest = rest.translate(_DIGITS)
        for _ in range(3):  # "Publié le 22/11/2017 | Mis à jour le 22/11/2017"
            if not self.year_only.search(rest):
                break  # every date pattern needs a year
            more = self.find(rest)
            if more is None:
                break
            rest = rest[: more.start] + " " + rest[more.end :]
        rest = self.time.sub(" ", rest.lower())
        for phrase in self.multiword_fillers:
            rest = rest.replace(phrase, " ")
        return [
            t
            for t in self.token.findall(rest)
            if t not in self.fillers and t.strip(".") not in self.fillers
        ]


# a 12-hour clock right after a numeric date ("08/07/2017 9:12 AM", "3/4/2016, 11:05 p.m."):
# the stamp is written the US way, month first, whatever the page's language
_US_CLOCK = re.compile(
    r"\s*,?\s*(?:at\s+|à\s+|[-–—·|]\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?[Mm](?![^\W\d_])"
)


def _month_first(iso: str, m: re.Match[str]) -> str:
    """The day of a numeric "D/M/Y" match read as "M/D/Y" (when both orders are days)."""
    first, second = int(m.group("day")), int(m.group("mnum"))
    if m.start("day") > m.start("mnum") or not (first <= 12 and second <= 31):
        return iso  # "2017-08-07" (ISO order) or a first number no month can be
    return f"{iso[:4]}-{first:02d}-{second:02d}"


@lru_cache(maxsize=1)
def reader() -> _DateReader:
    return _DateReader()


def find_date(line: str) -> DateHit | None:
    """The first date (with a year) in ``line``, or None."""
    return reader().find(line)


def dateline(line: str) -> DateHit | None:
    """The date of ``line`` when the line is a dateline, else None."""
    return reader().dateline(line)


def day_month(text: str) -> tuple[int, int, int, int] | None:
    """(month, day, start, end) of the first day and month named in ``text`` (no year needed:
    "SINJAR, 13 novembre (AOP) -"), or None."""
    return reader().day_month(text)


def dated_fields(line: str) -> tuple[DateHit, list[str]] | None:
    """A dateline followed by short fields (author, rubric, count), and those fields."""
    return reader().dated_fields(line)


def is_field_label(word: str) -> bool:
    """Whether ``word`` opens a dateline field naming no person ("Rubrique", "Source")."""
    return reader().is_field_label(word)


def is_count(field: str) -> bool:
    """Whether a dateline field is a count ("3 commentaires", "Aucun commentaire")."""
    return reader().is_count(field)


def publication_stamp(line: str) -> DateHit | None:
    """The date of a short line that says it dates the publication ("Publié le 23/03/2019 à
    14:05 – Source : Agence", "Posted on March 23, 2019 in News"), else None."""
    r = reader()
    if len(line) > 160 or not r.published_word.search(line.strip()):
        return None
    return r.find(line)


def is_filler(word: str) -> bool:
    """Whether ``word`` may stand next to a date on a dateline ("le", "on", "am", "published")."""
    return word.lower() in reader().fillers
