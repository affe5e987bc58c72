"""Held-out set 44: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (952bce1) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.800, article-text F1 0.875, comment F1 0.841,
articles 8/8; events P 0.623 R 0.576 F1 0.598 (strict scorer); fields 18/36.
At the end of the session that wrote it: events P 0.635 R 0.606 F1 0.620. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=275,
    accuracy=0.78,
    text_f1=0.85,
    comment_f1=0.81,
    articles_ok=7,
    gold_events=66,
    precision=0.58,
    recall=0.53,
    f1=0.55,
    fields_right=16,
)
SHAPE = Shape(
    frozenset({"depeche_akrama_ecole_fr", "quora_horloge_homs_fr"}),
    two_articles=["mail_waer_treve_fr"],
    background=9,
    note="two dumps untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
