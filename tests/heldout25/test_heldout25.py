"""Held-out set 25: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (112d19d) before newsift ever ran on it, so it
measures generalisation. Blind (README, the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.922, article-text F1 0.958, comment F1 0.937, articles
7/8; events P 0.705 R 0.589 F1 0.642 (main's strict scorer); fields 25/36. The floors sit a
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
    lines=346,
    accuracy=0.90,
    text_f1=0.93,
    comment_f1=0.91,
    articles_ok=6,
    gold_events=73,
    precision=0.66,
    recall=0.55,
    f1=0.60,
    fields_right=23,
)
SHAPE = Shape(
    frozenset({"depeche_wadi_barada_fr"}),
    two_articles=["rss_ghouta_orientale_fr"],
    note="one with two articles (the RSS feed), the agency dispatch untitled",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
