"""Held-out set 30: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (41252ba) before newsift ever ran on it, so it
measures generalisation. Blind (README, the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.953, article-text F1 0.979, comment F1 0.958, articles
8/8; events P 0.535 R 0.594 F1 0.563 (main's strict scorer); fields 31/36. The floors sit a
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
    lines=301,
    accuracy=0.93,
    text_f1=0.96,
    comment_f1=0.93,
    articles_ok=7,
    gold_events=64,
    precision=0.50,
    recall=0.56,
    f1=0.53,
    fields_right=29,
)
SHAPE = Shape(
    frozenset({"depeche_jurf_sakhar_fr"}),
    two_articles=["defilement_touz_hawija_fr"],
    background=6,
    note="the infinite-scroll page with two articles, the agency dispatch untitled",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
