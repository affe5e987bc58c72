"""Held-out set 33: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (9587f63) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.902, article-text F1 0.960, comment F1 0.866,
articles 7/8; events P 0.630 R 0.557 F1 0.591 (strict scorer); fields 24/36.
At the end of the session that wrote it: events P 0.618 R 0.557 F1 0.586. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=305,
    accuracy=0.88,
    text_f1=0.93,
    comment_f1=0.83,
    articles_ok=6,
    gold_events=61,
    precision=0.57,
    recall=0.51,
    f1=0.54,
    fields_right=22,
)
SHAPE = Shape(
    frozenset({"depeche_quneitra_reprise_fr"}),
    two_articles=["lettre_boukamal_kiswah_fr"],
    background=8,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
