"""Held-out set 62: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (2002135) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.725, article-text F1 0.739, comment F1 0.696,
articles 8/8; events P 0.620 R 0.508 F1 0.559 (strict scorer); fields 22/36.
At the end of the session that wrote it: events P 0.620 R 0.508 F1 0.559. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=247,
    accuracy=0.7,
    text_f1=0.71,
    comment_f1=0.66,
    articles_ok=7,
    gold_events=61,
    precision=0.57,
    recall=0.46,
    f1=0.51,
    fields_right=20,
)
SHAPE = Shape(
    frozenset({"trello_soueida_frappes_fr"}),
    two_articles=["qwant_nassib_tanf_fr"],
    background=9,
    english=2,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
