"""Held-out set 61: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (2002135) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.856, article-text F1 0.911, comment F1 1.000,
articles 7/8; events P 0.562 R 0.621 F1 0.590 (strict scorer); fields 22/36.
At the end of the session that wrote it: events P 0.568 R 0.636 F1 0.600. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=278,
    accuracy=0.83,
    text_f1=0.89,
    comment_f1=0.97,
    articles_ok=6,
    gold_events=66,
    precision=0.52,
    recall=0.58,
    f1=0.54,
    fields_right=20,
)
SHAPE = Shape(
    frozenset({"gtranslate_jurf_alnasr_fr"}),
    two_articles=["courrier_zakho_sinjar_fr"],
    background=8,
    english=2,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
