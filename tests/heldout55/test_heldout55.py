"""Held-out set 55: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (f3f2851) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.647, article-text F1 0.781, comment F1 0.597,
articles 8/8; events P 0.619 R 0.609 F1 0.614 (strict scorer); fields 19/36.
At the end of the session that wrote it: events P 0.625 R 0.625 F1 0.625. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=295,
    accuracy=0.62,
    text_f1=0.76,
    comment_f1=0.56,
    articles_ok=7,
    gold_events=64,
    precision=0.57,
    recall=0.56,
    f1=0.57,
    fields_right=17,
)
SHAPE = Shape(
    frozenset({"cloudflare_tall_rifaat_fr", "obsidian_jaramana_sahnaya_fr"}),
    two_articles=["europresse_manbij_tichrine_fr"],
    background=9,
    note="two dumps untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
