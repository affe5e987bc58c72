"""Score newsift's event typing on the blind CASE-2021-style set (snippets.jsonl here).

Why: tests/heldout/score_case.py runs the pipeline and gives accuracy and weighted F1; a set
with every ACLED sub-type also needs macro F1, per-type precision/recall and the confusion
pairs, to see which distinctions the rules miss. This reuses score_case.py's pipeline run and
top-event choice, so both sets are scored the same way.

Run: .venv/bin/python tests/heldout_case2/score_case2.py [SNIPPETS.jsonl] [--keep OUT_DIR] [--json]
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).parent
SNIPPETS = HERE / "snippets.jsonl"
BASE = HERE.parent / "heldout" / "score_case.py"


def _base() -> ModuleType:
    """tests/heldout/score_case.py, loaded by path (tests are not a package)."""
    spec = importlib.util.spec_from_file_location("score_case", BASE)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def per_type(gold: list[str], pred: list[str]) -> dict[str, dict[str, float | int]]:
    """Precision, recall, F1 and support for every gold label."""
    out: dict[str, dict[str, float | int]] = {}
    for label in sorted(set(gold)):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        out[label] = {"p": prec, "r": rec, "f1": f1, "support": tp + fn, "tp": tp, "fp": fp}
    return out


def score(path: Path = SNIPPETS, keep: Path | None = None) -> dict[str, Any]:
    """Accuracy, weighted and macro F1, per-type P/R and confusion pairs."""
    base = _base()
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        events = base.run_pipeline(rows, out)
    gold = [r["sub_event_type"] for r in rows]
    pred = [base.top_type(events.get(r["id"], [])) for r in rows]
    types = per_type(gold, pred)
    pairs = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
    errors = [
        {
            "id": r["id"],
            "gold": g,
            "pred": p,
            "n_events": len(events.get(r["id"], [])),
            "text": r["text"],
            "note": r.get("note", ""),
        }
        for r, g, p in zip(rows, gold, pred, strict=True)
        if g != p
    ]
    return {
        "snippets": len(rows),
        "accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(rows),
        "weighted_f1": base.weighted_f1(gold, pred),
        "macro_f1": sum(t["f1"] for t in types.values()) / len(types),
        "no_event": pred.count("none"),
        "per_type": types,
        "pairs": [{"gold": g, "pred": p, "n": n} for (g, p), n in pairs.most_common()],
        "errors": errors,
    }


def main(argv: list[str]) -> int:
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    args = [a for a in argv[1:] if not a.startswith("--") and (keep is None or a != str(keep))]
    res = score(Path(args[0]) if args else SNIPPETS, keep)
    if "--json" in argv:
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return 0
    print(
        f"{res['snippets']} snippets  accuracy {res['accuracy']:.3f}  weighted F1 "
        f"{res['weighted_f1']:.3f}  macro F1 {res['macro_f1']:.3f}  no event {res['no_event']}"
    )
    for label, t in res["per_type"].items():
        print(f"  {label:38s} P {t['p']:.2f}  R {t['r']:.2f}  F1 {t['f1']:.2f}  n={t['support']}")
    print("confusion pairs (gold -> pred):")
    for pr in res["pairs"]:
        print(f"  {pr['n']}  {pr['gold']} -> {pr['pred']}")
    for e in res["errors"]:
        print(f"  {e['id']} {e['gold']!r} -> {e['pred']!r} ({e['n_events']} ev): {e['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
