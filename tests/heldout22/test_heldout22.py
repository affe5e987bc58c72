"""Held-out set 22: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (e8a6619) before newsift ever ran on it, so it
measures generalisation. Blind (README, the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.931, article-text F1 0.910, comment F1 0.957, articles
8/8; events P 0.544 R 0.529 F1 0.536 (main's strict scorer); fields 31/36. The floors sit a
little below those figures: they are regression gates, not targets. The shared checks live in
tests/heldout_kit.py; this module keeps the set's own shape.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=288,
    accuracy=0.90,
    text_f1=0.88,
    comment_f1=0.93,
    articles_ok=7,
    gold_events=70,
    precision=0.50,
    recall=0.49,
    f1=0.50,
    fields_right=29,
)
SHAPE = Shape(
    frozenset({"depeche_tal_abyad_fr"}),
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
