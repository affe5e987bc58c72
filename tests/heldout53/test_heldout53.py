"""Held-out set 53: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (66bfffe) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.700, article-text F1 0.855, comment F1 0.561,
articles 6/8; events P 0.623 R 0.543 F1 0.580 (strict scorer); fields 16/36.
At the end of the session that wrote it: events P 0.623 R 0.543 F1 0.580. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=297,
    accuracy=0.68,
    text_f1=0.83,
    comment_f1=0.53,
    articles_ok=5,
    gold_events=70,
    precision=0.58,
    recall=0.5,
    f1=0.54,
    fields_right=14,
)
SHAPE = Shape(
    frozenset({"matrix_yarmouk_faim_fr"}),
    two_articles=["pressreader_ain_heloue_fr"],
    background=8,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
