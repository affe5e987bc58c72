"""Held-out set 49: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (5c17735) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.950, article-text F1 0.957, comment F1 0.981,
articles 7/8; events P 0.686 R 0.574 F1 0.625 (strict scorer); fields 27/36.
At the end of the session that wrote it: events P 0.686 R 0.574 F1 0.625 (integration of five
branches). The floors sit a little below the lower of those figures: they are regression gates,
not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=318,
    accuracy=0.92,
    text_f1=0.93,
    comment_f1=0.95,
    articles_ok=6,
    gold_events=61,
    precision=0.64,
    recall=0.53,
    f1=0.58,
    fields_right=25,
)
SHAPE = Shape(
    frozenset({"facebook_erbil2021_fr", "instagram_zakho_fr"}),
    two_articles=["yahoo_kadhimi_fr"],
    background=8,
    note="two dumps untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
