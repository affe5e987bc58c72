"""What bounds the year of an undated text: names of its era, and years it ties to its present.

A yearless dispatch or a transcript that lost its broadcast date still tells when it was
written: naming Hayat Tahrir al-Sham puts it on or after January 2017 (``era_markers.toml``,
and the start years of the named operations of ``data/events/operations.tsv``), and "l'an
dernier, en 2016" or "in 2014, three years ago" pins its year (2017) outright.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from newsift.time.grammar import Cand

# what may stand between a relative year and the year it names: "l'an dernier, en 2016",
# "in 2014, three years ago", "en juillet 2016, soit il y a un an"
_PAIR_GAP = re.compile(
    r"[\s,;:()\-–—]*(?:(?:en|in|soit|donc|c['’]est-à-dire|that is|i\.e\.|or|ou)[\s,;:()\-–—]+)*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Marker:
    """A name whose use puts a text on or after ``since``."""

    patterns: tuple[re.Pattern[str], ...]
    since: date
    context: tuple[re.Pattern[str], ...]
    note: str


def _compile(p: str) -> re.Pattern[str]:
    return re.compile(p.replace("'", "['’]"), re.IGNORECASE)


@cache
def markers() -> tuple[Marker, ...]:
    """The era markers of ``data/time/era_markers.toml`` and the named operations."""
    data = tomllib.loads(
        resources.files("newsift.data").joinpath("time", "era_markers.toml").read_text("utf-8")
    )
    out = [
        Marker(
            tuple(_compile(p) for p in m["patterns"]),
            date.fromisoformat(m["from"]),
            tuple(_compile(p) for p in m.get("context", [])),
            m.get("note", ""),
        )
        for m in data.get("marker", [])
    ]
    ops = resources.files("newsift.data").joinpath("events", "operations.tsv")
    for line in ops.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 7 or not cols[6].strip().isdigit():
            continue
        names = [
            re.escape(n.strip()).replace("'", "['’]").replace("’", "['’]")
            for n in cols[0].split("|")
            if n.strip()
        ]
        if not names:
            continue
        # "Opération Source de paix", "Operation Peace Spring": a name, not a common phrase
        pat = re.compile(
            r"\b(?:op[ée]ration|operation|op\.)\s+(?:" + "|".join(names) + r")\b", re.IGNORECASE
        )
        out.append(Marker((pat,), date(int(cols[6]), 1, 1), (), f"operation {cols[0]}"))
    return tuple(out)


def era_floor(text: str) -> tuple[date, str] | None:
    """The latest day the names of ``text`` say it cannot be earlier than, and the marker."""
    best: tuple[date, str] | None = None
    for m in markers():
        if best is not None and m.since <= best[0]:
            continue
        if not any(p.search(text) for p in m.patterns):
            continue
        if m.context and not any(p.search(text) for p in m.context):
            continue
        best = (m.since, m.note)
    return best


def pinned_years(text: str, cands: list[Cand]) -> list[int]:
    """Years of the text's present given by a year beside a relative year: "l'an dernier, en
    2016" -> 2017, "in 2014, three years ago" -> 2017, "cette année, en 2017" -> 2017."""
    out: list[int] = []
    for a, b in zip(cands, cands[1:], strict=False):
        for rel, dat in ((a, b), (b, a)):
            rs, ds = rel.spec, dat.spec
            if ds.kind != "date" or ds.year is None or ds.day is not None:
                continue
            if rs.unit != "year" or rs.kind not in ("relunit", "ago"):
                continue
            if rs.kind == "relunit" and rs.direction not in ("last", "this"):
                continue
            gap = text[a.end : b.start]
            if "\n" in gap or not _PAIR_GAP.fullmatch(gap):
                continue
            out.append(ds.year - rs.offset)
    return out
