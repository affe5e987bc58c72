"""Held-out set 31: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (8483183) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.837, article-text F1 0.929, comment F1 0.862,
articles 7/8; events P 0.695 R 0.631 F1 0.661 (strict scorer); fields 28/36.
At the end of the session that wrote it: events P 0.690 R 0.615 F1 0.650. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=356,
    accuracy=0.81,
    text_f1=0.9,
    comment_f1=0.83,
    articles_ok=6,
    gold_events=65,
    precision=0.64,
    recall=0.57,
    f1=0.61,
    fields_right=26,
)
SHAPE = Shape(
    frozenset({"agence_qaryatayn_massacre_fr"}),
    two_articles=["categorie_palmyre_chute_fr"],
    background=6,
    note="the agency dispatch untitled, one with two articles",
    dated_denials=1,
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
