"""Held-out set 60: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (2002135) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.818, article-text F1 0.840, comment F1 0.588,
articles 8/8; events P 0.719 R 0.657 F1 0.687 (strict scorer); fields 20/36.
At the end of the session that wrote it: events P 0.719 R 0.657 F1 0.687. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=274,
    accuracy=0.79,
    text_f1=0.82,
    comment_f1=0.55,
    articles_ok=7,
    gold_events=70,
    precision=0.67,
    recall=0.61,
    f1=0.64,
    fields_right=18,
)
SHAPE = Shape(
    frozenset({"eml_chute_ramadi_fr"}),
    two_articles=["filinfo_albunimr_hit_fr"],
    background=8,
    english=2,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
