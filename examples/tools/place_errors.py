"""List the gold events lost only to their place (type and day match an unmatched prediction,
the place is off), with predicted vs gold place and the distance, to count place errors by
class over many sets before fixing resolution.

Usage: python examples/tools/place_errors.py TAG SET... [--all]
reads /tmp/ms-TAG-SET/events.csv like error_classes.py; SET is seeds, corpus, heldout or
heldoutN; ``--all`` for every tuning set (seeds, corpus, heldout and each tests/heldoutN
folder with a README, i.e. heldout2..46 in session 14).
Prints one tab-separated row per place error: set, doc, gold location, predicted location,
predicted geo_precision, km, evidence; then a histogram of distances.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path
from typing import Any

from error_classes import SETS, near_miss

from newsift.eval.events import as_float, evaluate_events, haversine_km


def distance(gold: dict[str, Any], pred: dict[str, Any]) -> float | None:
    """Kilometres between the gold point and the predicted point, when both have one."""
    g = as_float(gold.get("lat")), as_float(gold.get("lon"))
    p = as_float(pred.get("latitude")), as_float(pred.get("longitude"))
    if None in g or None in p:
        return None
    return haversine_km(g[0], g[1], p[0], p[1])  # type: ignore[arg-type]


def rows(tag: str, name: str) -> list[tuple[Any, ...]]:
    gold_dir, docs_dir = SETS.get(name, (f"tests/{name}", f"tests/{name}"))
    res = evaluate_events(Path(gold_dir), Path(docs_dir), Path(f"/tmp/ms-{tag}-{name}/events.csv"))
    out = []
    for doc in res["documents"]:
        if "missing" in doc:
            continue
        gold, pred, free = doc["gold_events"], doc["pred_events"], set(doc["spurious"])
        for i in doc["missed"]:
            for j in sorted(free):
                if near_miss(gold[i], pred[j]) == "place":
                    free.discard(j)
                    p = pred[j]
                    km = distance(gold[i], p)
                    out.append(
                        (
                            name,
                            doc["doc"][:30],
                            gold[i].get("location"),
                            p.get("location"),
                            p.get("geo_precision"),
                            "?" if km is None else round(km),
                            (p.get("evidence_text") or "")[:140].replace("\n", " "),
                        )
                    )
                    break
    return out


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    tag, sets = args[0], args[1:]
    if "--all" in argv:
        numbered = sorted(
            int(p.name[7:])
            for p in Path("tests").glob("heldout[0-9]*")
            if p.name[7:].isdigit() and (p / "README.md").exists()
        )
        sets = ["seeds", "corpus", "heldout"] + [f"heldout{n}" for n in numbered]
    bins: collections.Counter[str] = collections.Counter()
    for name in sets:
        for r in rows(tag, name):
            print("\t".join(str(x) for x in r))
            km = r[5]
            bins["?" if km == "?" else "<100" if km < 100 else "<300" if km < 300 else ">=300"] += 1
    print("TOTAL", sum(bins.values()), dict(bins))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
