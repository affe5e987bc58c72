"""The line markers of ``data/clean/markers.toml``, compiled once per process."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

_F = re.I | re.U


_META = set("\\.^$*+?{}[]()|")


def _required_literal(pattern: str) -> str | None:
    """The longest plain run of letters every match of ``pattern`` must contain, if any.

    Only text outside groups and classes counts, and a run followed by a quantifier loses
    its last character; a pattern with a top-level ``|`` has no required literal.
    """
    depth = 0
    top: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            top.append("\x00")
            i += 2
            continue
        if c == "{" and depth == 0:
            close = pattern.find("}", i)
            lo = pattern[i + 1 : close].split(",")[0] if close > i else ""
            top.append("?" if lo.strip() in ("", "0") else "+")  # a quantifier, never text
            i = close + 1 if close > i else i + 1
            continue
        if c in "([":
            depth += 1
            top.append("\x00")
        elif c in ")]":
            depth -= 1
            top.append("\x00")
        elif depth == 0:
            if c == "|":
                return None
            top.append(c)
        else:
            top.append("\x00")
        i += 1
    runs: list[str] = []
    cur = ""
    flat = "".join(top)
    for c in flat:
        if c not in _META and c != "\x00":
            cur += c
            continue
        if c in "?*" and cur:
            cur = cur[:-1]  # the run's last character is optional
        runs.append(cur)
        cur = ""
    runs.append(cur)
    best = max((r.strip().lower() for r in runs), key=len, default="")
    return best if len(best) >= 3 else None


_WORD = re.compile(r"\w+")
# An outlet's name in a staff byline: one to five capitalised words ("Sana'a Monitor").
_CAP = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]*"
_ORG = rf"(?-i:{_CAP}(?:\s+(?:de|du|des|la|le|of|the|al|el|{_CAP})){{0,4}})"
_WITH = "avec|with|mit|con|с|مع|and|et"


@lru_cache(maxsize=64)
def _line_keys(text: str) -> frozenset[str]:
    """Three- and four-letter starts of the words of a line (shared by every matcher)."""
    words = _WORD.findall(text.lower())
    return frozenset([w[:4] for w in words] + [w[:3] for w in words])


class Prefiltered:
    """A set of patterns run only on lines holding a word that starts like their literal.

    Big alternations of words are slow to try at every position of every line; a set test on
    the starts of the line's words rules most lines out first, and only the patterns whose
    literal the line may hold are tried (grouped by that literal's first word). The literal a
    pattern requires is assumed to start a word (true of every marker in the data files);
    patterns without a usable literal always run. Callers use the result as a yes/no.
    """

    def __init__(self, patterns: list[str], full: bool) -> None:
        by_key: dict[str, list[str]] = {}
        without: list[str] = []
        for p in patterns:
            lit = _required_literal(p)
            first = _WORD.match(lit) if lit else None
            if first and len(first.group()) >= 3:
                by_key.setdefault(first.group()[:4], []).append(p)
            else:
                without.append(p)
        build = _full if full else _any
        self.keys = frozenset(by_key)
        self.groups: dict[str, re.Pattern[str]] = {
            k: pat for k, ps in by_key.items() if (pat := build(ps)) is not None
        }
        self.without = build(without)
        self.full = full

    def _run(self, pat: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
        if pat is None:
            return None
        return pat.match(text) if self.full else pat.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        m = self._run(self.without, text)
        if m is not None:
            return m
        for key in self.keys.intersection(_line_keys(text)):
            m = self._run(self.groups[key], text)
            if m is not None:
                return m
        return None

    search = match


def _full(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\Z", _F)


def _any(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), _F)


@dataclass(frozen=True)
class Markers:
    """Compiled marker patterns (see the data file for what each list means)."""

    comment_chrome: re.Pattern[str]
    comment_inline: re.Pattern[str]
    thread_end: Prefiltered
    donate_any: Prefiltered
    donate_line: re.Pattern[str]
    address: frozenset[str]
    address_cased: frozenset[str]
    speaker: frozenset[str]
    wallet: re.Pattern[str]
    amount: re.Pattern[str]
    share_words: frozenset[str]
    share_fillers: frozenset[str]
    share_line: re.Pattern[str]
    caption: re.Pattern[str]
    caption_file: re.Pattern[str]
    caption_tail: re.Pattern[str]
    caption_credit: re.Pattern[str]
    footnote: re.Pattern[str]
    footnote_heading: re.Pattern[str]
    byline: re.Pattern[str]
    translator: Prefiltered
    source: re.Pattern[str]
    boiler: Prefiltered
    nav_words: frozenset[str]
    commenter: Prefiltered
    staff_byline: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    comment_form: Prefiltered
    tags: re.Pattern[str]
    read_at: tuple[re.Pattern[str], ...]
    rights: re.Pattern[str]
    agencies: frozenset[str]
    agency_name: re.Pattern[str]  # "Agence Levant Presse (ALP)": a name with an agency word


def _load_toml(name: str) -> dict:
    return tomllib.loads((files("newsift.data") / "clean" / name).read_text("utf-8"))


@lru_cache(maxsize=8)
def line_patterns(name: str) -> dict[str, list[re.Pattern[str]]]:
    """A data/clean TOML file of whole-line regex lists, compiled (case-insensitive, anchored
    at the end; callers match at the start): list name -> patterns."""
    return {
        k: [re.compile(rf"(?:{p})$", re.IGNORECASE) for p in v]
        for k, v in _load_toml(name).items()
        if isinstance(v, list)
    }


def line_match(name: str, kind: str, text: str) -> re.Match[str] | None:
    """The first of ``line_patterns(name)[kind]`` that matches ``text`` at its start."""
    for p in line_patterns(name)[kind]:
        m = p.match(text)
        if m:
            return m
    return None


@lru_cache(maxsize=1)
def markers() -> Markers:
    """Load and compile the markers (cached: one compile per process)."""
    d = _load_toml("markers.toml")
    caption_lines: list[str] = d["caption"]["line"]
    # A name: capitalised words with the usual particles ("Antoine de Lacoste", "Ibn al-Athir").
    name = (
        r"(?P<name>(?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’.\-]*|[\u0600-\u06FF]+)"
        r"(?:\s+(?:(?:de|du|des|la|le|van|von|der|den|da|di|del|della|dos|al|el|ibn|bin|ben|y)\s+)?"
        r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’.\-]*|[\u0600-\u06FF]+)){0,4})"
    )
    prefixes = "|".join(sorted(d["byline"]["prefix"], key=len, reverse=True))
    staff = "|".join(d["byline"]["staff"])
    agencies = "|".join(d["byline"]["agencies"])
    # "Par X, Beyrouth", "By X | date", Blogger's "Publié par X à 22:15"
    # (a hyphen after the name only with a space before it: "Jean-Marc D." is one name)
    tail = r"(?:\s*[,|–—/(].{0,80}|\s+-.{0,80}|\s+(?i:à|a|at|um|alle|a las|в)\s+\d.{0,80})?"
    byline = re.compile(rf"(?i:{prefixes})\s*[:：]?\s+{name}{tail}\s*\Z", re.U)
    return Markers(
        comment_chrome=_full(d["comment_chrome"]["line"]),  # type: ignore[arg-type]
        comment_inline=_full(d["comment_chrome_inline"]["line"]),  # type: ignore[arg-type]
        thread_end=Prefiltered(d["thread_end"]["line"], full=True),
        donate_any=Prefiltered(d["donate"]["any"], full=False),
        donate_line=_full(d["donate"]["line"]),  # type: ignore[arg-type]
        address=frozenset(w.lower() for w in d["donate"]["address"]),
        address_cased=frozenset(d["donate"]["address_cased"]),
        speaker=frozenset(w.lower() for w in d["donate"].get("speaker", [])),
        wallet=re.compile("|".join(d["wallet"]["any"])),
        amount=_full(d["amount"]["line"]),  # type: ignore[arg-type]
        share_words=frozenset(w.lower() for w in d["share"]["words"]),
        share_fillers=frozenset(w.lower() for w in d["share"]["fillers"]),
        share_line=_full(d["share"]["line"]),  # type: ignore[arg-type]
        caption=_full(caption_lines),  # type: ignore[arg-type]
        caption_file=_full(caption_lines[:1]),  # type: ignore[arg-type]
        caption_tail=re.compile(
            r"(?:^|(?<=[.!?…»)”\"])\s)(?:" + "|".join(d["caption"]["tail"]) + r")\s*\Z", _F
        ),
        caption_credit=re.compile(
            r"(?:(?<=[.!?…»)”\"])\s)(?:" + "|".join(d["caption"]["credit"]) + r")\s*\Z", _F
        ),
        footnote=_full(d["footnote"]["line"]),  # type: ignore[arg-type]
        footnote_heading=_full(d["footnote"]["heading"]),  # type: ignore[arg-type]
        byline=byline,
        translator=Prefiltered(d["translator"]["any"], full=False),
        source=_full(d["source"]["line"]),  # type: ignore[arg-type]
        boiler=Prefiltered(
            [
                f"{p}\\s*[:：]?" if "|" not in p else f"(?:{p})\\s*[:：]?"
                for p in d["boiler"]["line"]
            ],
            full=True,
        ),
        nav_words=frozenset(w.lower() for w in d["boiler"]["nav_words"]),
        commenter=Prefiltered(d["commenter"]["line"], full=True),
        comment_form=Prefiltered(d["comment_form"]["line"], full=True),
        tags=_full(d["tags"]["line"]),  # type: ignore[arg-type]
        read_at=tuple(re.compile(rf"(?:{p})\Z", _F) for p in d["outlet"]["read_at"]),
        rights=re.compile("|".join(d["outlet"]["rights"]), _F),
        agencies=frozenset(a.lower() for a in d["byline"]["agencies"]),
        agency_name=re.compile(
            rf"(?=.{{0,60}}\Z)(?=.*\b(?i:{'|'.join(d['byline']['agency_words'])})\b)"
            rf"{_CAP}(?:\s+(?:de|du|des|la|le|of|the|al|el|{_CAP})){{1,5}}"
            r"(?:\s+\([A-Z]{2,6}\))?\Z"  # "Agence Orient Presse (AOP)": its initials after it
        ),
        staff_byline=re.compile(
            rf"(?:(?:{prefixes})\s+.{{0,30}}\b(?:{staff})\b.{{0,40}}|.{{0,15}}\b(?:{staff})\b.{{0,15}}"
            # "Libya Daily Monitor staff", "Rédaction Syrie-Actu, avec AFP"
            rf"|{_ORG}\s+(?:{staff})|(?:{staff})\s+(?-i:{_CAP})(?:\s+[\w'’.\-]+){{0,3}}"
            rf"(?:\s*[,–—-]\s*(?:{_WITH})\s.{{1,40}})?"
            # "Le Courrier du Soir avec AFP": the paper and the agency
            rf"|{_ORG}\s+(?:{_WITH})\s+(?:{agencies}))\Z",
            re.I,
        ),
        byline_prefix=re.compile(rf"(?:{prefixes})\s*[:：]?\s+(?:the\s+)?", re.I),
    )
