"""Held-out set 57: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (f3f2851) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.620, article-text F1 0.750, comment F1 0.437,
articles 6/8; events P 0.531 R 0.540 F1 0.535 (strict scorer); fields 12/36.
At the end of the session that wrote it: events P 0.531 R 0.540 F1 0.535. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=363,
    accuracy=0.59,
    text_f1=0.73,
    comment_f1=0.4,
    articles_ok=5,
    gold_events=63,
    precision=0.49,
    recall=0.49,
    f1=0.49,
    fields_right=10,
)
SHAPE = Shape(
    frozenset({"outlook_point_securite_deirezzor_fr"}),
    two_articles=["lemmy_hamrin_sourcedepaix_fr"],
    background=8,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
