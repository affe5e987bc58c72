"""Held-out set 26: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (6e11ebc) before newsift ever ran on it, so it
measures generalisation. Blind (README, the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.884, article-text F1 0.938, comment F1 0.992, articles
7/8; events P 0.500 R 0.500 F1 0.500 (main's strict scorer); fields 30/36. The floors sit a
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
    lines=354,
    accuracy=0.86,
    text_f1=0.91,
    comment_f1=0.97,
    articles_ok=7,
    gold_events=68,
    precision=0.47,
    recall=0.47,
    f1=0.47,
    fields_right=28,
)
SHAPE = Shape(
    frozenset({"depeche_amerli_fr"}),
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
