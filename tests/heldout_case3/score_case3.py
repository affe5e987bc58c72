"""Score newsift's event typing on the third blind CASE-2021-style set (snippets.jsonl here).

Why: the figures must be computed exactly as for tests/heldout_case2 (same pipeline run, same
most-confident-event choice, same weighted/macro F1), so this only points
tests/heldout_case2/score_case2.py at this folder's snippets; it adds a per-style split (ACLED
event notes vs newswire lines, the `style` field) since the set holds half of each.

Run: .venv/bin/python tests/heldout_case3/score_case3.py [SNIPPETS.jsonl] [--keep OUT_DIR] [--json]
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).parent
SNIPPETS = HERE / "snippets.jsonl"
CASE2 = HERE.parent / "heldout_case2" / "score_case2.py"


def _case2() -> ModuleType:
    """tests/heldout_case2/score_case2.py, loaded by path (tests are not a package)."""
    spec = importlib.util.spec_from_file_location("score_case2", CASE2)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(path: Path = SNIPPETS, keep: Path | None = None) -> dict[str, Any]:
    """score_case2's result for this set, plus accuracy per writing style."""
    res: dict[str, Any] = _case2().score(path, keep)
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    wrong = {e["id"] for e in res["errors"]}
    by_style: dict[str, dict[str, float | int]] = {}
    for style in sorted({r.get("style", "") for r in rows}):
        ids = [r["id"] for r in rows if r.get("style", "") == style]
        ok = sum(1 for i in ids if i not in wrong)
        by_style[style] = {"n": len(ids), "accuracy": ok / len(ids)}
    res["by_style"] = by_style
    return res


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
    for style, s in res["by_style"].items():
        print(f"  style {style or '-'}: accuracy {s['accuracy']:.3f} (n={s['n']})")
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
