"""Reading the gold format of DESIGN.md (``NAME.lines.tsv``, ``NAME.json``, ``NAME.txt``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOLD_LINE_LABELS = ("title", "body", "meta", "comment", "boiler", "empty")


def read_text(path: Path) -> str:
    """A plain-text document as the output contract defines it: UTF-8, BOM removed, newlines
    untouched (so ``text.splitlines()`` numbers the lines the gold numbers)."""
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:
        return fh.read()


def read_gold_lines(path: Path) -> dict[int, str]:
    """``line_number -> label`` from a ``NAME.lines.tsv`` (numbered from 1)."""
    out: dict[int, str] = {}
    for raw in Path(path).read_text("utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        num, _, label = raw.partition("\t")
        if not num.strip().isdigit():
            continue  # a header row
        label = label.strip()
        base = label.split(":", 1)[0]
        if base not in GOLD_LINE_LABELS:
            raise ValueError(f"{path}: line {num}: unknown label {label!r}")
        out[int(num)] = label
    return out


def read_gold_json(path: Path) -> dict[str, Any]:
    """The ``NAME.json`` of a gold document (articles, comments count)."""
    return json.loads(Path(path).read_text("utf-8"))
