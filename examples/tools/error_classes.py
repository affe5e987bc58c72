"""Classify event errors per gold set: near misses (one matching criterion off) vs plain
misses and spurious rows, to see where the points are before fixing anything.

Usage: python examples/tools/error_classes.py TAG SET... [-v]
reads /tmp/ms-TAG-SET/events.csv (as written by `newsift run ... --out /tmp/ms-TAG-SET`); SET is
seeds, corpus, heldout or heldoutN. G:missed / G:date / G:place / G:type are gold events not
matched (outright, or with exactly that criterion off against an unmatched prediction);
P:spurious / P:dup are unmatched predictions (P:dup: another row of a matched gold event).
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path
from typing import Any

from newsift.eval.events import date_distance, evaluate_events, same_place

SETS = {
    "seeds": ("../shared/samples/seeds/gold", "../shared/samples/seeds"),
    "corpus": ("tests/gold/corpus", "examples/corpus"),
    "heldout": ("tests/heldout/events", "tests/heldout/events"),
}


def near_miss(gold: dict[str, Any], pred: dict[str, Any]) -> str | None:
    """The one criterion that keeps ``gold`` and ``pred`` apart, if exactly one does."""
    same_type = gold.get("event_type") == pred.get("event_type")
    place = same_place(gold, pred)
    day = date_distance(gold, pred) is not None
    if same_type and place and not day:
        return "date"
    if same_type and day and not place:
        return "place"
    if place and day and not same_type:
        return "type"
    return None


def line(*parts: Any) -> str:
    return " ".join(str(p) for p in parts)


def classify(doc: dict[str, Any], verbose: bool) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    gold, pred = doc["gold_events"], doc["pred_events"]
    unmatched = set(doc["spurious"])
    matched_gold = {i for i, _ in doc["pairs"]}
    used: set[int] = set()
    for i in doc["missed"]:
        g = gold[i]
        cause = "missed"
        for j in unmatched:
            cat = near_miss(g, pred[j])
            if cat:
                cause = cat
                used.add(j)
                break
        counts["G:" + cause] += 1
        if verbose:
            where = (g.get("sub_event_type"), g.get("location"), g.get("date"), g.get("modality"))
            print(line(doc["doc"][:25], "G", cause, *where, "|", (g.get("evidence") or "")[:90]))
    for j in unmatched - used:
        p = pred[j]
        dup = any(
            gold[i].get("event_type") == p.get("event_type")
            and same_place(gold[i], p)
            and date_distance(gold[i], p) is not None
            for i in matched_gold
        )
        cause = "dup" if dup else "spurious"
        counts["P:" + cause] += 1
        if verbose:
            where = (p.get("sub_event_type"), p.get("location"), p.get("event_date"))
            text = (p.get("evidence_text") or "")[:90]
            print(line(doc["doc"][:25], "P", cause, *where, p.get("modality"), "|", text))
    return counts


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    tag, sets = args[0], args[1:]
    total: collections.Counter[str] = collections.Counter()
    for name in sets:
        gold_dir, docs_dir = SETS.get(name, (f"tests/{name}", f"tests/{name}"))
        pred = Path(f"/tmp/ms-{tag}-{name}/events.csv")
        res = evaluate_events(Path(gold_dir), Path(docs_dir), pred)
        counts: collections.Counter[str] = collections.Counter()
        for doc in res["documents"]:
            if "missing" not in doc:
                counts += classify(doc, verbose)
        total += counts
        print(f"{name:10}", " ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    print(f"{'TOTAL':10}", " ".join(f"{k}={v}" for k, v in sorted(total.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
