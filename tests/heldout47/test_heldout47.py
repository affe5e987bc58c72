"""Held-out set 47: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (5c17735) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.709, article-text F1 0.753, comment F1 0.475,
articles 7/8; events P 0.655 R 0.559 F1 0.603 (strict scorer); fields 23/36.
At the end of the session that wrote it: events P 0.655 R 0.559 F1 0.603 (integration of five
branches). The floors sit a little below the lower of those figures: they are regression gates,
not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=320,
    accuracy=0.68,
    text_f1=0.73,
    comment_f1=0.44,
    articles_ok=6,
    gold_events=68,
    precision=0.61,
    recall=0.51,
    f1=0.56,
    fields_right=21,
)
SHAPE = Shape(
    frozenset({"skyblog_falloujah_novembre_fr", "tumblr_retrait_americain_fr"}),
    two_articles=["pipermail_najaf_sadr_city_fr"],
    background=7,
    note="two dumps untitled, one with two articles",
    dated_denials=2,
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
