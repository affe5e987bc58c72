"""Held-out set 40: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (99d420e) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.843, article-text F1 0.959, comment F1 0.792,
articles 7/8; events P 0.692 R 0.692 F1 0.692 (strict scorer); fields 25/36.
At the end of the session that wrote it: events P 0.692 R 0.692 F1 0.692 (session 12's wave:
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
    lines=274,
    accuracy=0.82,
    text_f1=0.93,
    comment_f1=0.76,
    articles_ok=6,
    gold_events=65,
    precision=0.65,
    recall=0.65,
    f1=0.65,
    fields_right=23,
)
SHAPE = Shape(
    frozenset({"traduit_frappes_russes_fr"}),
    two_articles=["newsletter_tabqa_barrage_fr"],
    background=9,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
