"""Audit article boundaries of a run against the line gold of every tuning set.

Why: lost second articles, article text labelled boilerplate or comments, and comments read as
body cost whole groups of events at once; the events F1 hides which. For each set with line gold
(tests/heldoutNN/NAME.lines.tsv) this reads a run's /tmp/ms-TAG-heldoutNN/documents.jsonl and
counts: articles found vs gold (and documents whose count is wrong), gold title/body lines
labelled boilerplate or comment ("lost"), gold title/body lines given to the wrong article
("wrong k": two articles read as one, or one split), comment lines labelled article text, and
non-article lines labelled article text. `-v` lists the runs of wrong lines per document.

usage: python examples/tools/segment_audit.py TAG [heldoutNN ...] [-v] [--min-run N]
(no set names: every tests/heldoutNN folder with line gold).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from newsift.eval.segments import line_labels

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("title:", "body:")


def _sets(names: list[str]) -> list[str]:
    if names:
        return names
    found = []
    for d in (ROOT / "tests").glob("heldout[0-9]*"):
        if re.fullmatch(r"heldout\d+", d.name) and any(d.glob("*.lines.tsv")):
            found.append(d.name)
    return sorted(found, key=lambda s: int(s[7:]))


def _kind(label: str) -> str:
    return label.split(":")[0]


def audit_doc(here: Path, doc: dict[str, Any]) -> dict[str, Any] | None:
    """Counts and wrong-line runs of one document, or None if the set has no gold for it."""
    name = Path(doc["source"]).stem
    tsv = here / f"{name}.lines.tsv"
    if not tsv.exists():
        return None
    glabels = [r.split("\t")[1] for r in tsv.read_text(encoding="utf-8").splitlines()]
    text = (here / f"{name}.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    spans = [(s["start"], s["end"], s["kind"], s["article"]) for s in doc["segments"]]
    plabels = line_labels(text, spans)
    gold_arts = len(json.loads((here / f"{name}.json").read_text(encoding="utf-8"))["articles"])
    c = {"gold_arts": gold_arts, "pred_arts": len(doc["articles"]), "lines": 0, "ok": 0,
         "lost": 0, "wrong_k": 0, "comment_as_text": 0, "junk_as_text": 0}  # fmt: skip
    runs: list[tuple[int, int, str, str]] = []
    for i, (g, p) in enumerate(zip(glabels, plabels, strict=True), 1):
        if g == "empty":
            continue
        c["lines"] += 1
        c["ok"] += g == p
        if g.startswith(TEXT) and _kind(p) in ("boiler", "comment", "none"):
            c["lost"] += 1
        elif g.startswith(TEXT) and p.startswith(TEXT) and g.split(":")[1] != p.split(":")[1]:
            c["wrong_k"] += 1
        elif g == "comment" and p.startswith(TEXT):
            c["comment_as_text"] += 1
        elif g == "boiler" and p.startswith(TEXT):
            c["junk_as_text"] += 1
        if g != p and not (_kind(g) == _kind(p) == "meta"):
            if runs and runs[-1][1] == i - 1 and runs[-1][2:] == (g, p):
                runs[-1] = (runs[-1][0], i, g, p)
            else:
                runs.append((i, i, g, p))
    return {"name": name, "counts": c, "runs": runs, "lines": lines}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tag")
    ap.add_argument("sets", nargs="*")
    ap.add_argument("-v", action="store_true", help="list runs of wrong lines")
    ap.add_argument("--min-run", type=int, default=2, help="shortest run listed with -v")
    args = ap.parse_args()
    keys = ("lines", "ok", "lost", "wrong_k", "comment_as_text", "junk_as_text")
    tot = dict.fromkeys(keys + ("gold_arts", "pred_arts", "bad_count_docs"), 0)
    print(f"{'set':10s} {'arts g/p':>9s} {'badN':>4s} {'acc':>6s} {'lost':>5s} {'wrongk':>6s}"
          f" {'C>text':>6s} {'X>text':>6s}")  # fmt: skip
    for s in _sets(args.sets):
        here = ROOT / "tests" / s
        run = Path(f"/tmp/ms-{args.tag}-{s}/documents.jsonl")
        if not run.exists():
            print(f"{s:10s} (no run {run})")
            continue
        row = dict.fromkeys(tot, 0)
        detail: list[str] = []
        for raw in run.read_text(encoding="utf-8").splitlines():
            res = audit_doc(here, json.loads(raw))
            if res is None:
                continue
            c = res["counts"]
            for k in keys + ("gold_arts", "pred_arts"):
                row[k] += c[k]
            row["bad_count_docs"] += c["gold_arts"] != c["pred_arts"]
            long_runs = [r for r in res["runs"] if r[1] - r[0] + 1 >= args.min_run]
            if args.v and (long_runs or c["gold_arts"] != c["pred_arts"]):
                detail.append(f"  == {res['name']} articles gold {c['gold_arts']} "
                              f"got {c['pred_arts']}")  # fmt: skip
                for a, b, g, p in long_runs:
                    detail.append(f"    L{a}-{b} gold {g} got {p}: {res['lines'][a - 1][:70]}")
        for k in tot:
            tot[k] += row[k]
        acc = row["ok"] / row["lines"] if row["lines"] else 0.0
        print(f"{s:10s} {row['gold_arts']:>4d}/{row['pred_arts']:<4d} {row['bad_count_docs']:>4d}"
              f" {acc:6.3f} {row['lost']:5d} {row['wrong_k']:6d} {row['comment_as_text']:6d}"
              f" {row['junk_as_text']:6d}")  # fmt: skip
        for d in detail:
            print(d)
    acc = tot["ok"] / tot["lines"] if tot["lines"] else 0.0
    print(f"{'TOTAL':10s} {tot['gold_arts']:>4d}/{tot['pred_arts']:<4d} {tot['bad_count_docs']:>4d}"
          f" {acc:6.3f} {tot['lost']:5d} {tot['wrong_k']:6d} {tot['comment_as_text']:6d}"
          f" {tot['junk_as_text']:6d}")  # fmt: skip


if __name__ == "__main__":
    main()
