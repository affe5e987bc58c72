"""Held-out set 32: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (9587f63) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.871, article-text F1 0.950, comment F1 0.815,
articles 8/8; events P 0.685 R 0.607 F1 0.643 (strict scorer); fields 25/36.
At the end of the session that wrote it: events P 0.685 R 0.607 F1 0.643. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=318,
    accuracy=0.85,
    text_f1=0.92,
    comment_f1=0.78,
    articles_ok=7,
    gold_events=61,
    precision=0.64,
    recall=0.56,
    f1=0.6,
    fields_right=23,
)
SHAPE = Shape(
    frozenset({"depeche_hmeimim_premieres_frappes_fr", "fil_hmeimim_drones_fr"}),
    two_articles=["blog_jisr_ichtabraq_fr"],
    background=7,
    note="two dumps untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
