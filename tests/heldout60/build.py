"""Build the held-out-60 dumps and their gold from `src/NAME.src` and `gold_data.py`.

The format and the checks are tests/heldout_tools.py's (`build`, `parse`); this points them at
this folder. Run: .venv/bin/python tests/heldout60/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from gold_data import DOCS  # noqa: E402

from heldout_tools import build, parse  # noqa: E402

__all__ = ["parse"]  # this set's reader, used by its tests

if __name__ == "__main__":
    sys.exit(build(HERE, DOCS))
