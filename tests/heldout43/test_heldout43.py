"""Held-out set 43: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (952bce1) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.848, article-text F1 0.815, comment F1 0.825,
articles 8/8; events P 0.564 R 0.463 F1 0.508 (strict scorer); fields 25/36.
At the end of the session that wrote it: events P 0.554 R 0.463 F1 0.504. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=315,
    accuracy=0.82,
    text_f1=0.79,
    comment_f1=0.79,
    articles_ok=7,
    gold_events=67,
    precision=0.51,
    recall=0.42,
    f1=0.46,
    fields_right=23,
)
SHAPE = Shape(
    frozenset({"wayback_busra_harir_fr"}),
    two_articles=["blogger_quneitra_deraa_fr"],
    background=8,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
