"""Held-out set 36: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (7e17180) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.855, article-text F1 0.898, comment F1 0.856,
articles 8/8; events P 0.678 R 0.635 F1 0.656 (strict scorer); fields 23/36.
At the end of the session that wrote it: events P 0.700 R 0.667 F1 0.683. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=318,
    accuracy=0.83,
    text_f1=0.87,
    comment_f1=0.82,
    articles_ok=7,
    gold_events=63,
    precision=0.63,
    recall=0.59,
    f1=0.61,
    fields_right=21,
)
SHAPE = Shape(
    frozenset({"tumblr_qamishli_assyriens_fr"}),
    two_articles=["courriel_qamishli_hassake_fr"],
    background=7,
    note="the Tumblr chain untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
