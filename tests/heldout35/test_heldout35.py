"""Held-out set 35: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (822278f) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.876, article-text F1 0.825, comment F1 0.987,
articles 7/8; events P 0.561 R 0.578 F1 0.569 (strict scorer); fields 21/36.
At the end of the session that wrote it: events P 0.561 R 0.578 F1 0.569. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=404,
    accuracy=0.85,
    text_f1=0.8,
    comment_f1=0.95,
    articles_ok=6,
    gold_events=64,
    precision=0.52,
    recall=0.53,
    f1=0.52,
    fields_right=19,
)
SHAPE = Shape(
    frozenset({"telegram_tal_abyad_akcakale_fr", "thread_dabiq_euphrate_fr"}),
    two_articles=["revue_manbij_feuille_de_route_fr"],
    background=9,
    note="two dumps untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
