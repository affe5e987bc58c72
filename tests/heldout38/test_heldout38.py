"""Held-out set 38: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (7e17180) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.917, article-text F1 0.930, comment F1 0.945,
articles 8/8; events P 0.879 R 0.718 F1 0.791 (strict scorer); fields 28/36.
At the end of the session that wrote it: events P 0.881 R 0.732 F1 0.800. The floors sit a
little below the lower of those figures: they are regression gates, not targets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=324,
    accuracy=0.89,
    text_f1=0.91,
    comment_f1=0.91,
    articles_ok=7,
    gold_events=71,
    precision=0.83,
    recall=0.67,
    f1=0.75,
    fields_right=26,
)
SHAPE = Shape(
    frozenset({"depeche_securite_nationale_fr"}),
    two_articles=["overblog_yarmouk_frappes_fr"],
    background=7,
    note="the agency dispatch untitled, one with two articles",
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
