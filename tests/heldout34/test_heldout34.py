"""Held-out set 34: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (9587f63) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.882, article-text F1 0.942, comment F1 0.881,
articles 8/8; events P 0.604 R 0.525 F1 0.561 (strict scorer); fields 29/36.
At the end of the session that wrote it: events P 0.604 R 0.525 F1 0.561. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=238,
    accuracy=0.86,
    text_f1=0.92,
    comment_f1=0.85,
    articles_ok=7,
    gold_events=61,
    precision=0.56,
    recall=0.48,
    f1=0.52,
    fields_right=27,
)
SHAPE = Shape(
    frozenset({"depeche_frappes_kataeb_fr", "facebook_soleimani_fr"}),
    two_articles=["commentaires_taji_fr"],
    background=8,
    note="two dumps untitled, one with two articles",
    most_events=11,
    dated_denials=3,
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
