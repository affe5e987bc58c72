"""Score newsift's event typing on CASE-2021-style snippets (tests/heldout/case_snippets.jsonl).

Why: CASE 2021 task 2 asks for the event sub-type of a short wire snippet. We run the whole
pipeline (`newsift run`) on the snippets as JSONL rows, take each snippet's most confident event
and compare its `sub_event_type` with the label ("none" when newsift finds no event). Reported:
accuracy and the support-weighted F1 over the gold labels, as scikit-learn's
f1_score(average="weighted") computes it, plus every error.

Run: .venv/bin/python tests/heldout/score_case.py [SNIPPETS.jsonl] [--keep OUT_DIR]
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
RUN_FIELDS = ("id", "text", "lang", "published")


def weighted_f1(gold: list[str], pred: list[str]) -> float:
    """Support-weighted mean of per-label F1 over the gold labels."""
    support = Counter(gold)
    total = 0.0
    for label, n in support.items():
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if p == label and g != label)
        fn = n - tp
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        total += n * f1
    return total / len(gold) if gold else 0.0


def run_pipeline(rows: list[dict[str, Any]], out: Path) -> dict[str, list[dict[str, str]]]:
    """Run `newsift run` on the rows; events.csv rows grouped by the input row id."""
    src = out / "snippets.jsonl"
    src.write_text(
        "".join(json.dumps({k: r[k] for k in RUN_FIELDS if k in r}) + "\n" for r in rows),
        encoding="utf-8",
    )
    exe = ROOT / ".venv" / "bin" / "newsift"
    subprocess.run(
        [
            str(exe),
            "run",
            str(src),
            "--out",
            str(out / "out"),
            "--db",
            str(out / "case.db"),
            "--quiet",
            "--no-report",
        ],
        check=True,
        cwd=ROOT,
    )
    ids: dict[str, str] = {}
    for line in (out / "out" / "documents.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            ids[d["doc_id"]] = str(d.get("external_id"))
    events: dict[str, list[dict[str, str]]] = {}
    with (out / "out" / "events.csv").open(encoding="utf-8", newline="") as fh:
        for ev in csv.DictReader(fh):
            events.setdefault(ids.get(ev["doc_id"], ev["doc_id"]), []).append(ev)
    return events


def top_type(events: list[dict[str, str]]) -> str:
    """sub_event_type of the most confident event, or "none"."""
    if not events:
        return "none"
    best = max(events, key=lambda e: float(e.get("confidence") or 0))
    return best.get("sub_event_type") or "none"


def score(path: Path, keep: Path | None = None) -> dict[str, Any]:
    """Accuracy, weighted F1 and errors of the most confident event's sub-type."""
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        events = run_pipeline(rows, out)
    gold = [r["sub_event_type"] for r in rows]
    pred = [top_type(events.get(r["id"], [])) for r in rows]
    errors = [
        {
            "id": r["id"],
            "gold": g,
            "pred": p,
            "n_events": len(events.get(r["id"], [])),
            "text": r["text"],
        }
        for r, g, p in zip(rows, gold, pred, strict=True)
        if g != p
    ]
    return {
        "snippets": len(rows),
        "accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(rows),
        "weighted_f1": weighted_f1(gold, pred),
        "no_event": pred.count("none"),
        "errors": errors,
    }


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    if keep is not None and str(keep) in args:
        args.remove(str(keep))
    path = Path(args[0]) if args else HERE / "case_snippets.jsonl"
    res = score(path, keep)
    print(
        f"{res['snippets']} snippets  accuracy {res['accuracy']:.3f}  "
        f"weighted F1 {res['weighted_f1']:.3f}  no event {res['no_event']}"
    )
    for e in res["errors"]:
        print(f"  {e['id']} gold={e['gold']!r} pred={e['pred']!r} ({e['n_events']} events)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
