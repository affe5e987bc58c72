"""Held-out set 52: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (66bfffe) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.755, article-text F1 0.827, comment F1 0.717,
articles 7/8; events P 0.600 R 0.629 F1 0.614 (strict scorer); fields 20/36.
At the end of the session that wrote it: events P 0.609 R 0.629 F1 0.619. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=298,
    accuracy=0.73,
    text_f1=0.8,
    comment_f1=0.68,
    articles_ok=6,
    gold_events=62,
    precision=0.55,
    recall=0.58,
    f1=0.57,
    fields_right=18,
)
SHAPE = Shape(
    frozenset({"evernote_tabqa_repli_fr", "irc_jaadin_su22_fr"}),
    two_articles=["msn_tabqa_colere_euphrate_fr"],
    background=8,
    note="two dumps untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
