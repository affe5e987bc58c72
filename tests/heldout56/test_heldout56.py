"""Held-out set 56: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (f3f2851) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.530, article-text F1 0.667, comment F1 0.364,
articles 7/8; events P 0.552 R 0.492 F1 0.520 (strict scorer); fields 15/36.
At the end of the session that wrote it: events P 0.552 R 0.492 F1 0.520. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=296,
    accuracy=0.51,
    text_f1=0.64,
    comment_f1=0.33,
    articles_ok=6,
    gold_events=65,
    precision=0.51,
    recall=0.45,
    f1=0.48,
    fields_right=13,
)
SHAPE = Shape(
    frozenset({"afpforum_masnaa_qousseir_fr"}),
    two_articles=["factiva_aeroports_mezzeh_en"],
    background=9,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
