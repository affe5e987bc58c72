"""Held-out set 58: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (f3f2851) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.839, article-text F1 0.856, comment F1 0.720,
articles 8/8; events P 0.630 R 0.657 F1 0.643 (strict scorer); fields 24/36.
At the end of the session that wrote it: events P 0.630 R 0.657 F1 0.643. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=299,
    accuracy=0.81,
    text_f1=0.83,
    comment_f1=0.69,
    articles_ok=7,
    gold_events=70,
    precision=0.59,
    recall=0.61,
    f1=0.6,
    fields_right=22,
)
SHAPE = Shape(
    frozenset({"diplomatie_conseils_samarra_baiji_fr", "netvibes_fallouja_ramadi_fr"}),
    two_articles=["paperli_iraqdaily_qaim_talafar_fr"],
    background=9,
    note="two dumps untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
