"""Print where a newsift run disagrees with the held-out-62 gold: lines and article fields.

Why: `newsift eval` gives figures; this shows the failing lines (line, gold, predicted, text)
and the article fields (title, published, author, outlet) that differ, to group by cause
(tests/heldout_tools.py's `report`, pointed at this folder).
Run: .venv/bin/python tests/heldout62/report.py /tmp/h62-out/documents.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_tools import report  # noqa: E402

if __name__ == "__main__":
    report(HERE, sys.argv[1] if len(sys.argv) > 1 else "/tmp/h62-out/documents.jsonl")
