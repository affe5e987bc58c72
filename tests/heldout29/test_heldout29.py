"""Held-out set 29: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (0e0ecbd) before newsift ever ran on it, so it
measures generalisation. Blind (README, the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.833, article-text F1 0.886, comment F1 0.827, articles
8/8; events P 0.557 R 0.591 F1 0.574 (main's strict scorer); fields 32/36. The floors sit a
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
    lines=318,
    accuracy=0.81,
    text_f1=0.86,
    comment_f1=0.80,
    articles_ok=7,
    gold_events=66,
    precision=0.53,
    recall=0.56,
    f1=0.55,
    fields_right=30,
)
SHAPE = Shape(
    frozenset({"depeche_houla_fr"}),
    two_articles=["blog_oronte_waer_hama_fr"],
    note="the blog home page with two articles, the agency dispatch untitled",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
