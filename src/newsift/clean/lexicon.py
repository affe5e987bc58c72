"""The line markers of ``data/clean/markers.toml``, compiled once per process."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

_F = re.I | re.U


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
    donate_any: re.Pattern[str]
    donate_line: re.Pattern[str]
    wallet: re.Pattern[str]
    amount: re.Pattern[str]
    share_words: frozenset[str]
    share_fillers: frozenset[str]
    share_line: re.Pattern[str]
    caption: re.Pattern[str]
    caption_file: re.Pattern[str]
    footnote: re.Pattern[str]
    footnote_heading: re.Pattern[str]
    byline: re.Pattern[str]
    translator: re.Pattern[str]
    source: re.Pattern[str]
    boiler: re.Pattern[str]
    nav_words: frozenset[str]
    commenter: re.Pattern[str]
    staff_byline: re.Pattern[str]
    comment_form: re.Pattern[str]
    tags: re.Pattern[str]


def _load_toml(name: str) -> dict:
    return tomllib.loads((files("newsift.data") / "clean" / name).read_text("utf-8"))


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
    byline = re.compile(rf"(?i:{prefixes})\s*[:：]?\s+{name}\s*(?:[,|–—\-/(].{{0,80}})?\Z", re.U)
    return Markers(
        comment_chrome=_full(d["comment_chrome"]["line"]),  # type: ignore[arg-type]
        comment_inline=_full(d["comment_chrome_inline"]["line"]),  # type: ignore[arg-type]
        donate_any=_any(d["donate"]["any"]),  # type: ignore[arg-type]
        donate_line=_full(d["donate"]["line"]),  # type: ignore[arg-type]
        wallet=re.compile("|".join(d["wallet"]["any"])),
        amount=_full(d["amount"]["line"]),  # type: ignore[arg-type]
        share_words=frozenset(w.lower() for w in d["share"]["words"]),
        share_fillers=frozenset(w.lower() for w in d["share"]["fillers"]),
        share_line=_full(d["share"]["line"]),  # type: ignore[arg-type]
        caption=_full(caption_lines),  # type: ignore[arg-type]
        caption_file=_full(caption_lines[:1]),  # type: ignore[arg-type]
        footnote=_full(d["footnote"]["line"]),  # type: ignore[arg-type]
        footnote_heading=_full(d["footnote"]["heading"]),  # type: ignore[arg-type]
        byline=byline,
        translator=_any(d["translator"]["any"]),  # type: ignore[arg-type]
        source=_full(d["source"]["line"]),  # type: ignore[arg-type]
        boiler=_full([f"(?:{p})\\s*[:：]?" for p in d["boiler"]["line"]]),  # type: ignore[arg-type]
        nav_words=frozenset(w.lower() for w in d["boiler"]["nav_words"]),
        commenter=_full(d["commenter"]["line"]),  # type: ignore[arg-type]
        comment_form=_full(d["comment_form"]["line"]),  # type: ignore[arg-type]
        tags=_full(d["tags"]["line"]),  # type: ignore[arg-type]
        staff_byline=re.compile(
            rf"(?:(?:{prefixes})\s+.{{0,30}}\b(?:{staff})\b.{{0,40}}|.{{0,15}}\b(?:{staff})\b.{{0,15}})\Z",
            re.I,
        ),
    )
