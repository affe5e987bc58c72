"""Held-out set 54: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (66bfffe) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.623, article-text F1 0.571, comment F1 0.867,
articles 7/8; events P 0.711 R 0.492 F1 0.582 (strict scorer); fields 17/36.
At the end of the session that wrote it: events P 0.702 R 0.508 F1 0.589. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=334,
    accuracy=0.6,
    text_f1=0.55,
    comment_f1=0.83,
    articles_ok=5,
    gold_events=65,
    precision=0.66,
    recall=0.45,
    f1=0.54,
    fields_right=14,
)
SHAPE = Shape(
    frozenset({"gmail_fwd_kirkouk_fr"}),
    two_articles=["seenthis_altunkupri_hawija_fr"],
    background=9,
    dated_denials=2,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
