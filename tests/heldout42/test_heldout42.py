"""Held-out set 42: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (99d420e) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.808, article-text F1 0.900, comment F1 0.731,
articles 7/8; events P 0.689 R 0.656 F1 0.672 (strict scorer); fields 21/36.
At the end of the session that wrote it: events P 0.689 R 0.656 F1 0.672 (session 12's wave:
dates, places, filters, triggers, repeats; none moved this set's matches). The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=224,
    accuracy=0.78,
    text_f1=0.88,
    comment_f1=0.7,
    articles_ok=6,
    gold_events=64,
    precision=0.64,
    recall=0.61,
    f1=0.63,
    fields_right=19,
)
SHAPE = Shape(
    frozenset({"section_spring_shield_fr"}),
    two_articles=["kiosque_hts_zinki_fr"],
    background=8,
    note="the agency dispatch untitled, one with two articles",
    dated_denials=1,
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
