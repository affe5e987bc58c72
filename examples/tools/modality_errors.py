"""List matched events whose modality (or sub-event type) disagrees with the gold, per set.

Usage: python examples/tools/modality_errors.py TAG SET... [--sub]
reads /tmp/ms-TAG-SET/events.csv like error_classes.py; prints one line per matched pair whose
modality differs (``--sub``: whose sub_event_type differs): gold -> pred, claimants, evidence.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from newsift.eval.events import evaluate_events

SETS = {
    "seeds": ("../shared/samples/seeds/gold", "../shared/samples/seeds"),
    "corpus": ("tests/gold/corpus", "examples/corpus"),
    "heldout": ("tests/heldout/events", "tests/heldout/events"),
}


def main(argv: list[str]) -> int:
    sub = "--sub" in argv
    args = [a for a in argv if a != "--sub"]
    tag, sets = args[0], args[1:]
    key_g, key_p = ("sub_event_type", "sub_event_type") if sub else ("modality", "modality")
    total: collections.Counter[str] = collections.Counter()
    for name in sets:
        gold_dir, docs_dir = SETS.get(name, (f"tests/{name}", f"tests/{name}"))
        res = evaluate_events(
            Path(gold_dir), Path(docs_dir), Path(f"/tmp/ms-{tag}-{name}/events.csv")
        )
        for doc in res["documents"]:
            if "missing" in doc:
                continue
            for i, j in doc["pairs"]:
                g, p = doc["gold_events"][i], doc["pred_events"][j]
                if (g.get(key_g) or "") == (p.get(key_p) or ""):
                    continue
                pair = f"{g.get(key_g)}->{p.get(key_p)}"
                total[pair] += 1
                print(
                    name,
                    doc["doc"][:22],
                    pair,
                    f"[{g.get('source')}|{p.get('claimant')}]",
                    "|",
                    (g.get("evidence") or "")[:110],
                    "||",
                    (p.get("evidence_text") or "")[:70],
                )
    for k, v in total.most_common():
        print(f"{v:4} {k}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
