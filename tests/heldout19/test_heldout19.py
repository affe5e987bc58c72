"""Held-out set 19: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (57448d2) before newsift ever ran on it, so it
measures generalisation. Blind (README, the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.949, article-text F1 0.950, comment F1 0.987, articles
8/8; events P 0.580 R 0.656 F1 0.615 (main's strict scorer); fields 29/36. The floors sit a
little below those figures: they are regression gates, not targets. The shared checks live in
tests/heldout_kit.py; this module keeps the set's own shape.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import (  # noqa: E402
    Floors,
    all_events,
    background_articles,
    check_events_per_dump,
    check_set_shape,
    load_set,
    make_tests,
)

_, DOCS = load_set(HERE)
FLOORS = Floors(
    lines=296,
    accuracy=0.93,
    text_f1=0.93,
    comment_f1=0.96,
    articles_ok=7,
    gold_events=61,
    precision=0.55,
    recall=0.62,
    f1=0.58,
    fields_right=27,
)
globals().update(make_tests(HERE, FLOORS))


def test_set_shape() -> None:
    """Eight dumps (7 French, 1 English), 15-160 lines, one with two articles, the agency
    dispatch and the Facebook post untitled."""
    check_set_shape(HERE, DOCS, {"depeche_qayyarah_fr", "facebook_hammam_alil_fr"})


def test_events_per_dump_and_modalities() -> None:
    """5-10 gold events per dump; every modality occurs; planned, speculative and denied
    events are undated here; undated events are never asserted."""
    check_events_per_dump(DOCS)
    for e in all_events(DOCS):
        if e["date"] is None:
            assert e["modality"] != "asserted", e["evidence"]


def test_background_years_differ_from_story_year() -> None:
    """At least five articles date a background event in a year before their publication."""
    assert background_articles(DOCS) >= 5
