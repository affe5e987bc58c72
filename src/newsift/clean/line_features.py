"""Per-line features for the learned line corrector (``line_corrector.py``).

Why: the rule cleaner's errors on layouts it never saw follow a few generic shapes (furniture
left in a body, a comment head read as body, a dateline read as boilerplate). A classifier over
generic features of each line -- the rule kind of the line and of its +-2 non-blank neighbours,
its shape, position, token classes, the hits of the clean markers, distances to the rules'
titles and comment heads, repetition -- learns those shapes across many layouts.

The features use only the document's lines and the rule labels ("title:1", "body:2", "meta:1",
"comment", "boiler", "none"; the labels of ``newsift.eval.segments.line_labels``), so the
training table (built from the rules' outputs on the tuned sets by
``examples/tools/build_line_table.py``) and the pipeline compute them the same way. Each
feature has a name; the model reads its columns by name, so a marker section added later only
adds a column the model ignores.
"""

from __future__ import annotations

import bisect
import contextlib
import math
import re
import tomllib
from collections import Counter
from collections.abc import Collection
from functools import lru_cache
from importlib.resources import files
from typing import Any

KINDS = ("title", "body", "meta", "comment", "boiler")
RULE_KINDS = (*KINDS, "none")

# generic token classes (no document's strings)
RE_DATE = re.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+\w{3,10}\.?\s+\d{4}"
    r"|\w{3,10}\.?\s+\d{1,2},?\s+\d{4})\b"
)
RE_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b", re.I)
RE_URL = re.compile(r"https?://|www\.|\b\w+\.(?:com|org|net|fr|ru|info|io)\b", re.I)
RE_MAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
RE_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,}\b")
RE_COUNT = re.compile(r"^\W*\d[\d\s.,kKmM]*\s*\w{0,14}\W*$|\(\d+\)|\b\d+\s*(?:x|×)\b")
RE_BULLET = re.compile(r"^\s*(?:[-*•·–—►▪>]|\d{1,3}[.)]\s)")
RE_NUMSTART = re.compile(r"^\s*\d")
RE_HANDLE = re.compile(r"^\s*[@#]")
END_SENT = tuple(".!?…»\"”')")


@lru_cache(maxsize=1)
def marker_sections() -> tuple[tuple[str, tuple[tuple[bool, re.Pattern[str]], ...]], ...]:
    """Every section of ``data/clean/markers.toml`` as compiled patterns (all its string lists;
    a ``line`` list must match the whole line), sorted by section name."""
    raw = files("newsift.data.clean").joinpath("markers.toml").read_text("utf-8")
    out = []
    for sec, lists in sorted(tomllib.loads(raw).items()):
        pats: list[tuple[bool, re.Pattern[str]]] = []
        if isinstance(lists, dict):
            for key, vals in lists.items():
                if not isinstance(vals, list):
                    continue
                for v in vals:
                    if isinstance(v, str):
                        with contextlib.suppress(re.error):
                            pats.append((key == "line", re.compile(v, re.I)))
        out.append((sec, tuple(pats)))
    return tuple(out)


# a pattern opening on a repeated class (".{0,120}x", "[^.!?/]{1,50}\s/"): in an alternation
# it stops the engine from skipping to the positions where another branch's first
# character occurs, so it is searched on its own
_OPENS_ON_REPEAT = re.compile(r"^(?:\.|\[(?:\\.|[^\]])*\]|\\[wWsSdD])[*+?{]")


@lru_cache(maxsize=1)
def _section_matchers() -> tuple[tuple[tuple[bool, re.Pattern[str]], ...], ...]:
    """Per markers section, its search patterns and its whole-line patterns each joined into
    one alternation (a pattern that cannot be joined, e.g. with inline flags, stays alone;
    a search pattern opening on a repeat is tried alone, last): the same hits as trying them
    one by one, at a fraction of the cost."""
    out = []
    for _sec, pats in marker_sections():
        mine: list[tuple[bool, re.Pattern[str]]] = []
        alone: list[tuple[bool, re.Pattern[str]]] = []
        for whole in (False, True):
            group = [p for w, p in pats if w is whole]
            if not whole:
                alone += [(whole, p) for p in group if _OPENS_ON_REPEAT.match(p.pattern)]
                group = [p for p in group if not _OPENS_ON_REPEAT.match(p.pattern)]
            if not group:
                continue
            try:
                mine.append((whole, re.compile("|".join(f"(?:{p.pattern})" for p in group), re.I)))
            except re.error:
                mine += [(whole, p) for p in group]
        out.append(tuple(mine + alone))
    return tuple(out)


def marker_hits(s: str) -> list[float]:
    """1.0 per markers section that one of its patterns hits in the (stripped) line."""
    hits = []
    for pats in _section_matchers():
        hit = 0.0
        if len(s) <= 300:
            for whole, p in pats:
                if (p.fullmatch(s) if whole else p.search(s)) is not None:
                    hit = 1.0
                    break
        hits.append(hit)
    return hits


@lru_cache(maxsize=1)
def feature_names() -> tuple[str, ...]:
    """Column names, in the order :func:`doc_features` fills them."""
    names: list[str] = []
    for off in (-2, -1, 0, 1, 2):
        names += [f"rule{off:+d}_{k}" for k in (*RULE_KINDS, "pad")]
    names += ["newart_prev", "newart_next"]
    names += [
        "len",
        "loglen",
        "words",
        "letters",
        "digits",
        "punct",
        "upper",
        "capwords",
        "end_sent",
        "end_colon",
        "blank_before",
        "blank_after",
    ]
    names += ["relpos", "relpos_chars", "bullet", "numstart", "handle"]
    names += ["date", "time", "url", "mail", "iban", "count"]
    names += [f"mk_{sec}" for sec, _ in marker_sections()]
    names += ["d_title", "d_title_abs", "d_comhead", "after_comhead", "d_body", "repeats"]
    return tuple(names)


def kind_of(label: str) -> str:
    """ "body:2" -> "body"."""
    return label.split(":", 1)[0]


def art_of(label: str) -> int | None:
    """ "body:2" -> 2; "comment" / "body:None" -> None."""
    tail = label.split(":", 1)[1] if ":" in label else "None"
    return None if tail in ("None", "") else int(tail)


@lru_cache(maxsize=2048)  # ~1 kB an entry: ~2 MB at most a worker
def line_shape(s: str) -> tuple[float, ...]:
    """The features of a stripped line that depend on its text alone (shape, token classes,
    marker hits), in :func:`feature_names` order less the context columns between them.

    Cached: a site's furniture (menus, footers, share bars) recurs line for line across its
    pages, and the marker searches are most of a line's cost."""
    size = len(s) or 1
    words = s.split()
    alpha = sum(map(str.isalpha, s))
    # a character is never both alphanumeric and a space: the rest is punctuation/symbols
    punct = len(s) - sum(map(str.isalnum, s)) - sum(map(str.isspace, s))
    head = (
        min(len(s), 1000) / 100.0,
        math.log1p(len(s)),
        min(len(words), 200) / 10.0,
        alpha / size,
        sum(map(str.isdigit, s)) / size,
        punct / size,
        sum(map(str.isupper, s)) / max(1, alpha),
        sum(w[:1].isupper() for w in words) / max(1, len(words)),
        1.0 if s.endswith(END_SENT) else 0.0,
        1.0 if s.endswith(":") else 0.0,
    )
    tail = (
        float(bool(RE_BULLET.match(s))),
        float(bool(RE_NUMSTART.match(s))),
        float(bool(RE_HANDLE.match(s))),
        float(bool(RE_DATE.search(s))),
        float(bool(RE_TIME.search(s))),
        float(bool(RE_URL.search(s))),
        float(bool(RE_MAIL.search(s))),
        float(bool(RE_IBAN.search(s))),
        float(bool(RE_COUNT.search(s))),
        *marker_hits(s),
    )
    return head + tail


_N_HEAD = 10  # line_shape's columns before blank_before/blank_after and the positions


def doc_features(lines: list[str], rule: list[str]) -> tuple[Any, list[int]]:
    """Feature rows (a float array, one row per non-blank line) and those lines' indexes.

    The text-only columns come from :func:`line_shape` (once per distinct line); the context
    columns (neighbours' rule kinds, article changes, blank lines, positions, distances) are
    computed for the whole document at once."""
    import numpy as np

    stripped = [ln.strip() for ln in lines]
    idx = [i for i, s in enumerate(stripped) if s]
    n = len(idx)
    width = len(feature_names())
    out = np.zeros((n, width), dtype=float)
    if n == 0:
        return out, idx
    rk = [kind_of(rule[i]) for i in idx]
    ra = [art_of(rule[i]) for i in idx]
    col = 0
    # the rule kind of the line and of its +-2 non-blank neighbours, one-hot ("pad" off the
    # document's ends)
    codes = {k: c for c, k in enumerate((*RULE_KINDS, "pad"))}
    pad = codes["pad"]
    kinds = np.full(n + 4, pad, dtype=np.int64)
    kinds[2 : n + 2] = [codes.get(k, -1) for k in rk]
    eye = np.vstack([np.eye(len(codes)), np.zeros((1, len(codes)))])  # -1: an unknown kind
    for off in (-2, -1, 0, 1, 2):
        out[:, col : col + len(codes)] = eye[kinds[2 + off : n + 2 + off]]
        col += len(codes)
    out[1:, col] = [
        1.0 if ra[j] is not None and ra[j - 1] not in (None, ra[j]) else 0.0 for j in range(1, n)
    ]
    out[:-1, col + 1] = [
        1.0 if ra[j] is not None and ra[j + 1] not in (None, ra[j]) else 0.0 for j in range(n - 1)
    ]
    col += 2
    shapes = np.array([line_shape(stripped[i]) for i in idx], dtype=float)
    out[:, col : col + _N_HEAD] = shapes[:, :_N_HEAD]
    col += _N_HEAD
    blank = [not s for s in stripped]
    out[:, col] = [1.0 if i == 0 or blank[i - 1] else 0.0 for i in idx]
    out[:, col + 1] = [1.0 if i + 1 >= len(lines) or blank[i + 1] else 0.0 for i in idx]
    col += 2
    total_chars = sum(len(ln) + 1 for ln in lines) or 1
    char_pos = np.cumsum([0] + [len(ln) + 1 for ln in lines[:-1]])
    out[:, col] = np.arange(n) / max(1, n - 1)
    out[:, col + 1] = char_pos[idx] / total_chars
    col += 2
    rest = shapes.shape[1] - _N_HEAD
    out[:, col : col + rest] = shapes[:, _N_HEAD:]
    col += rest
    titles = [j for j in range(n) if rk[j] == "title"]
    bodies = [j for j in range(n) if rk[j] == "body"]
    comheads = [j for j in range(n) if rk[j] == "comment" and (j == 0 or rk[j - 1] != "comment")]
    counts = Counter(stripped[i] for i in idx)
    for j in range(n):
        dt = _signed(titles, j)
        k = bisect.bisect_right(comheads, j)  # comment heads at or before j
        out[j, col : col + 6] = (
            dt,
            abs(dt),
            float(min(50, j - comheads[k - 1])) if k else 50.0,
            1.0 if k else 0.0,
            abs(_signed(bodies, j)),
            float(counts[stripped[idx[j]]] > 1),
        )
    if col + 6 != width:
        raise AssertionError("feature columns and names disagree")
    return out, idx


def _signed(targets: list[int], j: int) -> float:
    """Signed distance (in non-blank lines, clipped to 50) from the nearest target to j (the
    earlier one on a tie); ``targets`` ascending."""
    if not targets:
        return 50.0
    k = bisect.bisect_left(targets, j)
    if k == len(targets) or (k > 0 and j - targets[k - 1] <= targets[k] - j):
        t = targets[k - 1]
    else:
        t = targets[k]
    return float(max(-50, min(50, j - t)))


def correct_labels(
    rule: list[str],
    idx: list[int],
    proba: Any,
    classes: list[str],
    threshold: float,
    fixed: tuple[str, ...] = ("title",),
    allow: Collection[str] | None = None,
) -> list[str]:
    """The rule labels with the model's kind where it disagrees with probability > threshold.

    Kinds only: an overturned line keeps the rule's article number k, else takes its nearest
    article-labelled neighbour's (else 1); boiler and comment lines have none. A ``fixed`` kind
    is neither overturned nor given (titles: they are where the rules cut the articles); with
    ``allow`` (changes "rule->model" such as "body->boiler") only those changes are made."""
    import numpy as np

    out = list(rule)
    rk = [kind_of(out[i]) for i in idx]
    arts = [art_of(out[i]) for i in idx]
    for j, i in enumerate(idx):
        c = int(np.argmax(proba[j]))
        kind, p = classes[c], float(proba[j, c])
        if kind == rk[j] or p <= threshold or kind in fixed or rk[j] in fixed:
            continue
        if allow is not None and f"{rk[j]}->{kind}" not in allow:
            continue
        if kind in ("title", "body", "meta"):
            k = arts[j]
            step = 1
            while k is None and step < len(idx):
                for jj in (j - step, j + step):
                    if 0 <= jj < len(idx) and arts[jj] is not None:
                        k = arts[jj]
                        break
                step += 1
            out[i] = f"{kind}:{k or 1}"
        else:
            out[i] = kind
    return out
