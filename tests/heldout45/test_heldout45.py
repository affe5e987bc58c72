"""Held-out set 45: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (952bce1) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.903, article-text F1 0.938, comment F1 0.960,
articles 8/8; events P 0.692 R 0.652 F1 0.672 (strict scorer); fields 29/36.
At the end of the session that wrote it: events P 0.672 R 0.652 F1 0.662. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=237,
    accuracy=0.87,
    text_f1=0.91,
    comment_f1=0.93,
    articles_ok=7,
    gold_events=69,
    precision=0.64,
    recall=0.61,
    f1=0.63,
    fields_right=27,
)
SHAPE = Shape(
    frozenset({"forum_samarra_offensive_fr", "portail_depeche_jalawla_saadiya_fr"}),
    two_articles=["amp_karrada_balad_fr"],
    background=8,
    note="two dumps untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
