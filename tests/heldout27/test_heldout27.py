"""Held-out set 27: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (f464700) before newsift ever ran on it, so it
measures generalisation. Blind (README, the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.933, article-text F1 0.923, comment F1 0.979, articles
7/8; events P 0.581 R 0.632 F1 0.606 (main's strict scorer); fields 26/36. The floors sit a
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
    lines=358,
    accuracy=0.91,
    text_f1=0.90,
    comment_f1=0.95,
    articles_ok=7,
    gold_events=68,
    precision=0.55,
    recall=0.60,
    f1=0.57,
    fields_right=24,
)
SHAPE = Shape(
    frozenset({"depeche_khan_touman_fr"}),
    two_articles=["blog_nubl_kuweires_fr"],
    note="the blog home with two articles, the agency dispatch untitled",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
