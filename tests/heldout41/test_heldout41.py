"""Held-out set 41: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (99d420e) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.807, article-text F1 0.875, comment F1 0.779,
articles 7/8; events P 0.773 R 0.567 F1 0.654 (strict scorer); fields 25/36.
At the end of the session that wrote it: events P 0.739 R 0.567 F1 0.642 (session 12's wave:
dates, places, filters, triggers, repeats; none moved this set's matches). The floors sit a
little below the lower of those figures: they are regression gates, not targets.
Session 13 (s13S2, article boundaries): the SPIP page's second article (title, dateline, seven
body lines) was labelled boilerplate; it is now found (articles 8/9 -> 9/9, lost body lines
13 -> 3), so its dated events reach the event stages: 4 more predictions, none matched yet
(places and dates of its history paragraph), P 0.739 -> 0.680 with R unchanged 0.567. The
precision floor goes 0.69 -> 0.67 for that gain in segments, not for a loss.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=254,
    accuracy=0.78,
    text_f1=0.85,
    comment_f1=0.74,
    articles_ok=6,
    gold_events=60,
    precision=0.67,  # s13S2: 0.69 -> 0.67, see below
    recall=0.52,
    f1=0.6,
    fields_right=23,
)
SHAPE = Shape(
    frozenset({"rewrite_boukamal_fr"}),
    two_articles=["spip_zahreddine_siege_fr"],
    background=7,
    note="the agency dispatch untitled, one with two articles",
    dated_denials=1,
)
globals().update(make_tests(HERE, FLOORS, SHAPE))
