"""Held-out set 59: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (2002135) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.889, article-text F1 0.926, comment F1 0.867,
articles 7/8; events P 0.581 R 0.545 F1 0.562 (strict scorer); fields 23/36.
At the end of the session that wrote it: events P 0.581 R 0.545 F1 0.562. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=287,
    accuracy=0.86,
    text_f1=0.9,
    comment_f1=0.83,
    articles_ok=6,
    gold_events=66,
    precision=0.54,
    recall=0.5,
    f1=0.52,
    fields_right=21,
)
SHAPE = Shape(
    frozenset({"appli_bir_el_abed_fr"}),
    two_articles=["rss_tripoli_mosquees_fr"],
    background=8,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
