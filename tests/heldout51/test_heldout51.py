"""Held-out set 51: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (66bfffe) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.648, article-text F1 0.603, comment F1 0.753,
articles 6/8; events P 0.727 R 0.588 F1 0.650 (strict scorer); fields 15/36.
At the end of the session that wrote it: events P 0.758 R 0.691 F1 0.723. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=389,
    accuracy=0.62,
    text_f1=0.58,
    comment_f1=0.72,
    articles_ok=5,
    gold_events=68,
    precision=0.68,
    recall=0.54,
    f1=0.61,
    fields_right=12,
)
SHAPE = Shape(
    frozenset({"liveuamap_mosul_airport_en", "notion_jadida_fr"}),
    two_articles=["googlealertes_rive_gauche_fr"],
    background=7,
    dated_denials=2,
    note="two dumps untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
