"""Held-out set 37: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (7e17180) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.876, article-text F1 0.893, comment F1 0.857,
articles 7/8; events P 0.607 R 0.493 F1 0.544 (strict scorer); fields 22/36.
At the end of the session that wrote it: events P 0.614 R 0.507 F1 0.556. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=241,
    accuracy=0.85,
    text_f1=0.87,
    comment_f1=0.82,
    articles_ok=6,
    gold_events=69,
    precision=0.56,
    recall=0.45,
    f1=0.5,
    fields_right=20,
)
SHAPE = Shape(
    frozenset({"skyblog_sinjar_fr"}),
    two_articles=["depeches_telskuf_qandil_fr"],
    background=8,
    note="the teen blog untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
