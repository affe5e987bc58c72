"""Held-out set 46: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (952bce1) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.826, article-text F1 0.924, comment F1 0.843,
articles 7/8; events P 0.790 R 0.700 F1 0.742 (strict scorer); fields 18/36.
At the end of the session that wrote it: events P 0.797 R 0.729 F1 0.761. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=344,
    accuracy=0.8,
    text_f1=0.9,
    comment_f1=0.81,
    articles_ok=6,
    gold_events=70,
    precision=0.75,
    recall=0.65,
    f1=0.7,
    fields_right=16,
)
SHAPE = Shape(
    frozenset({"gab_jurd_arsal_fr"}),
    two_articles=["revue_presse_convoi_fr"],
    background=9,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
