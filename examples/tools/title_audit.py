"""Audit article titles of a run against the held-out sets' gold, to see how often a line of
page chrome (widget, account, masthead, list-navigation lines) is chosen over the headline.

Usage: python examples/tools/title_audit.py TAG [SET...] [-v]
reads /tmp/ms-TAG-SET/documents.jsonl (as written by measure.sh); SET is heldoutN (default:
every tests/heldoutN folder whose dumps have a NAME.lines.tsv). Per gold article with a
title: `right` when some predicted article of the dump carries exactly that title, `wrong` when
not and the predicted article at the same rank has another title, `missing` when it has none.
`spurious` counts predicted titles where the gold article has none (or no such article).
-v lists the wrong / missing / spurious ones (predicted vs gold).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

FIELDS = ("right", "wrong", "missing", "spurious")


def _norm(title: str | None) -> str | None:
    return re.sub(r"\s+", " ", title).strip() if title else None


def audit_set(tag: str, name: str, verbose: bool) -> dict[str, int] | None:
    """Counts for one set; None when the run or the gold is absent."""
    here = Path("tests") / name
    run = Path(f"/tmp/ms-{tag}-{name}/documents.jsonl")
    if not run.exists() or not list(here.glob("*.lines.tsv")):
        return None
    counts = dict.fromkeys(FIELDS, 0)
    for raw in run.read_text(encoding="utf-8").splitlines():
        doc = json.loads(raw)
        stem = Path(doc["source"]).stem
        gpath = here / f"{stem}.json"
        if not gpath.exists():
            continue
        arts = json.loads(gpath.read_text(encoding="utf-8"))["articles"]
        gold = [_norm(a["title"]) for a in arts]
        pred = [_norm(a.get("title")) for a in doc.get("articles", [])]
        found = set(pred)
        for k, g in enumerate(gold):
            p = pred[k] if k < len(pred) else None
            if g is None:
                if p is not None and p not in gold:
                    counts["spurious"] += 1
                    if verbose:
                        print(f"  {name}/{stem} #{k + 1} SPURIOUS got {p!r}")
                continue
            if g in found:
                counts["right"] += 1
                continue
            kind = "wrong" if p is not None else "missing"
            counts[kind] += 1
            if verbose:
                print(f"  {name}/{stem} #{k + 1} {kind.upper()} got {p!r}\n{'':8}gold {g!r}")
        for p in pred[len(gold) :]:
            if p is not None and p not in gold:
                counts["spurious"] += 1
                if verbose:
                    print(f"  {name}/{stem} extra SPURIOUS got {p!r}")
    return counts


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    tag, sets = args[0], args[1:]
    if not sets:
        found = [p.name for p in Path("tests").glob("heldout[0-9]*") if p.is_dir()]
        sets = sorted(found, key=lambda s: int(s[len("heldout") :]))
    total = dict.fromkeys(FIELDS, 0)
    for name in sets:
        counts = audit_set(tag, name, verbose)
        if counts is None:
            continue
        print(f"{name:10s} " + " ".join(f"{f} {counts[f]:2d}" for f in FIELDS))
        total = {f: total[f] + counts[f] for f in FIELDS}
    print(f"{'TOTAL':10s} " + " ".join(f"{f} {total[f]:3d}" for f in FIELDS))


if __name__ == "__main__":
    main(sys.argv[1:])
