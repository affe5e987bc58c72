"""Held-out set 39: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (99d420e) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.826, article-text F1 0.906, comment F1 0.691,
articles 8/8; events P 0.659 R 0.483 F1 0.558 (strict scorer); fields 26/36.
At the end of the session that wrote it: events P 0.659 R 0.483 F1 0.558 (session 12's wave:
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
    lines=316,
    accuracy=0.8,
    text_f1=0.88,
    comment_f1=0.66,
    articles_ok=7,
    gold_events=60,
    precision=0.61,
    recall=0.44,
    f1=0.51,
    fields_right=24,
)
SHAPE = Shape(
    frozenset({"mastodon_convoi_urum_fr", "pipermail_evacuation_alep_fr"}),
    two_articles=["club_alep_chute_fr"],
    background=9,
    note="two dumps untitled, one with two articles",
    dated_denials=1,
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
