"""``newsift eval time --timeml DIR``: date extraction scored on TimeML the TempEval-3 way.

Each ``.tml`` file gives a text (the content of ``<TEXT>`` with its tags removed; XML entities
decoded), a creation time (the ``TIMEX3`` with ``functionInDocument="CREATION_TIME"``, the
anchor) and gold ``TIMEX3`` spans. Only ``type="DATE"`` is scored, on both sides (a system
TIME such as "yesterday morning" or a DURATION is neither a hit nor a false alarm).

* strict span P/R/F1: exact same characters;
* relaxed span P/R/F1: overlapping spans (matched one to one, largest overlap first);
* value: over relaxed matches, the share with the gold ``value`` (accuracy), and TempEval-3's
  value F1 = relaxed F1 x value accuracy (equivalently 2*correct / (gold + system)).

Ranges and lists are scored through their member dates, as TimeML annotates them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsift.time.resolve import DateExpr, parse_dates

_TAG = re.compile(r"<(/?)([A-Za-z_][\w:.-]*)((?:\s+[^>]*?)?)\s*(/?)>", re.DOTALL)
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*(\"[^\"]*\"|'[^']*')")


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class TimeMLDoc:
    name: str
    text: str
    dct: str | None
    lang: str | None
    timexes: list[Timex] = field(default_factory=list)


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(v[1:-1]) for k, v in _ATTR.findall(raw)}


def read_timeml(path: Path) -> TimeMLDoc:
    """Text, creation time and TIMEX3 spans of one TimeML file."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct = None
    for m in re.finditer(r"<TIMEX3\b([^>]*)>", raw):
        a = _attrs(m.group(1))
        if a.get("functionInDocument") == "CREATION_TIME":
            dct = a.get("value")
            break
    lang_m = re.search(r"xml:lang\s*=\s*[\"']([a-zA-Z]{2})", raw)
    body_m = re.search(r"<TEXT\b[^>]*>(.*?)</TEXT>", raw, re.DOTALL)
    body = body_m.group(1) if body_m else raw
    parts: list[str] = []
    pos = 0
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[Timex] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs, selfclose = m.group(1), m.group(2), m.group(3), m.group(4)
        if name != "TIMEX3" or selfclose:
            continue
        if not closing:
            open_timex.append((length, _attrs(attrs)))
        elif open_timex:
            start, a = open_timex.pop()
            timexes.append(Timex(start, length, "", a.get("type", ""), a.get("value", "")))
    tail = html.unescape(body[pos:])
    parts.append(tail)
    text = "".join(parts)
    for t in timexes:
        t.text = text[t.start : t.end]
    return TimeMLDoc(path.name, text, dct, lang_m.group(1).lower() if lang_m else None, timexes)


_FR = re.compile(r"\b(?:le|la|les|des|du|et|est|une|dans|pour|qui)\b", re.IGNORECASE)
_EN = re.compile(r"\b(?:the|and|of|to|is|was|that|for|with)\b", re.IGNORECASE)


def guess_lang(text: str) -> str:
    """English or French, by counting function words (enough for a TimeML corpus)."""
    return "fr" if len(_FR.findall(text)) > len(_EN.findall(text)) else "en"


def system_dates(doc: TimeMLDoc, lang: str) -> list[DateExpr]:
    """newsift's DATE expressions of a TimeML text (ranges and lists as their members)."""
    out: list[DateExpr] = []
    for e in parse_dates(doc.text, lang, doc.dct):
        items = e.parts if e.kind in ("range", "list") and e.parts else [e]
        out.extend(x for x in items if x.timex_type == "DATE")
    return out


def _norm_value(v: str | None) -> str:
    return (v or "").strip().upper()


def _prf(hit_sys: int, n_sys: int, hit_gold: int, n_gold: int) -> dict[str, float]:
    p = hit_sys / n_sys if n_sys else 0.0
    r = hit_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def evaluate_timeml(timeml_dir: Path, lang: str | None = None) -> dict[str, Any]:
    """Score newsift's dates on every ``*.tml`` under ``timeml_dir`` (see the module doc)."""
    files = sorted(Path(timeml_dir).rglob("*.tml"))
    n_gold = n_sys = strict = relaxed = value_ok = 0
    errors: list[dict[str, Any]] = []
    per_lang: dict[str, int] = {}
    for path in files:
        doc = read_timeml(path)
        dlang = lang or doc.lang or guess_lang(doc.text)
        per_lang[dlang] = per_lang.get(dlang, 0) + 1
        gold = [t for t in doc.timexes if t.type == "DATE"]
        sys_ = system_dates(doc, dlang)
        n_gold += len(gold)
        n_sys += len(sys_)
        strict += sum(1 for g in gold if any(s.start == g.start and s.end == g.end for s in sys_))
        pairs = sorted(
            (
                (min(g.end, s.end) - max(g.start, s.start), gi, si)
                for gi, g in enumerate(gold)
                for si, s in enumerate(sys_)
                if min(g.end, s.end) > max(g.start, s.start)
            ),
            reverse=True,
        )
        used_g: set[int] = set()
        used_s: set[int] = set()
        for _, gi, si in pairs:
            if gi in used_g or si in used_s:
                continue
            used_g.add(gi)
            used_s.add(si)
            relaxed += 1
            g, s = gold[gi], sys_[si]
            if _norm_value(s.timex_value) == _norm_value(g.value):
                value_ok += 1
            else:
                errors.append(
                    {
                        "file": doc.name,
                        "kind": "value",
                        "gold": f"{g.text}={g.value}",
                        "system": f"{s.text}={s.timex_value}",
                    }
                )
        for gi, g in enumerate(gold):
            if gi not in used_g:
                errors.append(
                    {
                        "file": doc.name,
                        "kind": "missed",
                        "gold": f"{g.text}={g.value}",
                        "system": None,
                    }
                )
        for si, s in enumerate(sys_):
            if si not in used_s:
                errors.append(
                    {
                        "file": doc.name,
                        "kind": "spurious",
                        "gold": None,
                        "system": f"{s.text}={s.timex_value}",
                    }
                )
    acc = value_ok / relaxed if relaxed else 0.0
    rel = _prf(relaxed, n_sys, relaxed, n_gold)
    return {
        "files": len(files),
        "langs": per_lang,
        "gold": n_gold,
        "system": n_sys,
        "strict": _prf(strict, n_sys, strict, n_gold),
        "relaxed": rel,
        "value": {"accuracy": round(acc, 4), **_prf(value_ok, n_sys, value_ok, n_gold)},
        "errors": errors,
    }


def format_time(result: dict[str, Any], max_errors: int = 30) -> str:
    """A short plain-text report of :func:`evaluate_timeml`'s result."""
    langs = ", ".join(f"{k}:{v}" for k, v in sorted(result.get("langs", {}).items()))
    lines = [
        f"TimeML DATE expressions: {result['files']} files ({langs}), "
        f"gold {result['gold']}, system {result['system']}",
        f"{'':10}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for key, label in (("strict", "strict"), ("relaxed", "relaxed"), ("value", "value")):
        r = result[key]
        lines.append(f"{label:10}{100 * r['p']:8.1f}{100 * r['r']:8.1f}{100 * r['f1']:8.1f}")
    lines.append(f"value accuracy on relaxed matches: {100 * result['value']['accuracy']:.1f}%")
    errs = result.get("errors", [])
    if errs and max_errors:
        lines.append(f"errors ({len(errs)}, first {min(max_errors, len(errs))}):")
        for e in errs[:max_errors]:
            lines.append(f"  {e['file']}: {e['kind']}: gold {e['gold']} / system {e['system']}")
    return "\n".join(lines)
