"""Held-out set 23: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (4c48c21) before newsift ever ran on it, so it
measures generalisation. Blind (README, the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.816, article-text F1 0.769, comment F1 0.933, articles
7/8; events P 0.417 R 0.391 F1 0.403 (main's strict scorer); fields 25/36. The floors sit a
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
    lines=305,
    accuracy=0.79,
    text_f1=0.74,
    comment_f1=0.90,
    articles_ok=6,
    gold_events=64,
    precision=0.38,
    recall=0.36,
    f1=0.37,
    fields_right=23,
)
SHAPE = Shape(
    frozenset({"depeche_mayadine_fr", "telegram_baghouz_fr"}),
    background=6,
    note="one with two articles, the agency dispatch and the Telegram export untitled",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
