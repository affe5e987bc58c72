"""Held-out set 48: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (5c17735) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.789, article-text F1 0.838, comment F1 0.754,
articles 7/8; events P 0.559 R 0.485 F1 0.520 (strict scorer); fields 20/36.
At the end of the session that wrote it: events P 0.559 R 0.485 F1 0.520 (integration of five
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
    lines=318,
    accuracy=0.76,
    text_f1=0.81,
    comment_f1=0.72,
    articles_ok=6,
    gold_events=68,
    precision=0.51,
    recall=0.44,
    f1=0.47,
    fields_right=18,
)
SHAPE = Shape(
    frozenset({"bluesky_chute_damas_fr", "whatsapp_manbij_fr"}),
    two_articles=["telegram_alep_hama_fr"],
    background=9,
    note="two dumps untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
