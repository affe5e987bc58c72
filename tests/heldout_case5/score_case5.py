"""Score newsift's event typing on the fifth blind CASE-2021-style set (snippets.jsonl here).

Why: the figures must be computed exactly as for the earlier blind sets (same `newsift run`,
same most-confident-event choice, same weighted/macro F1, per-type P/R, confusion pairs and
per-style split), so this only points tests/heldout_case4/score_case4.py (itself built on
score_case3.py, score_case2.py and tests/heldout/score_case.py) at this folder's snippets. Unlike
the earlier sets, this one follows ACLED's label mix, so weighted F1 is the headline figure.

Run: .venv/bin/python tests/heldout_case5/score_case5.py [SNIPPETS.jsonl] [--keep OUT_DIR] [--json]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).parent
SNIPPETS = HERE / "snippets.jsonl"
CASE4 = HERE.parent / "heldout_case4" / "score_case4.py"


def _case4() -> ModuleType:
    """tests/heldout_case4/score_case4.py, loaded by path (tests are not a package)."""
    spec = importlib.util.spec_from_file_location("score_case4", CASE4)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(path: Path = SNIPPETS, keep: Path | None = None) -> dict[str, Any]:
    """score_case4's result (accuracy, weighted/macro F1, per type, pairs, by style)."""
    res: dict[str, Any] = _case4().score(path, keep)
    return res


def main(argv: list[str]) -> int:
    args = list(argv)
    if not any(a.endswith(".jsonl") for a in args[1:]):
        args.insert(1, str(SNIPPETS))
    return int(_case4().main(args))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
