"""Held-out set 50: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (5c17735) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.913, article-text F1 0.915, comment F1 0.887,
articles 8/8; events P 0.738 R 0.714 F1 0.726 (strict scorer); fields 23/36.
At the end of the session that wrote it: events P 0.750 R 0.714 F1 0.732 (integration of five
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
    lines=334,
    accuracy=0.87,
    text_f1=0.86,
    comment_f1=0.85,
    articles_ok=6,
    gold_events=63,
    precision=0.69,
    recall=0.67,
    f1=0.68,
    fields_right=21,
)
SHAPE = Shape(
    frozenset({"dailymotion_hama_chars_fr", "discord_qubeir_fr"}),
    two_articles=["scoopit_ghab_morek_fr"],
    background=7,
    note="two dumps untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
