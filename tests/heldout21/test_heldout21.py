"""Held-out set 21: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (da92726) before newsift ever ran on it, so it
measures generalisation. Blind (README, the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.867, article-text F1 0.817, comment F1 0.943, articles
8/8; events P 0.478 R 0.478 F1 0.478 (main's strict scorer); fields 32/36. The floors sit a
little below those figures: they are regression gates, not targets. The shared checks live in
tests/heldout_kit.py (its `load_set` pops any cached `build`/`gold_data` module first); this
module keeps the set's own shape.
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
    lines=339,
    accuracy=0.84,
    text_f1=0.79,
    comment_f1=0.91,
    articles_ok=8,
    gold_events=67,
    precision=0.44,
    recall=0.44,
    f1=0.44,
    fields_right=30,
)
globals().update(make_tests(HERE, FLOORS))


def test_set_shape() -> None:
    """Eight dumps (7 French, 1 English), 15-160 lines, one with two articles, the agency
    dispatch and the X thread untitled."""
    check_set_shape(HERE, DOCS, {"depeche_waer_premier_convoi_fr", "thread_x_t4_tiyas_fr"})


def test_events_per_dump_and_modalities() -> None:
    """5-10 gold events per dump; every modality occurs; planned, speculative and denied
    events are undated; every non-asserted event names its claimant."""
    check_events_per_dump(DOCS)
    for e in all_events(DOCS):
        if e["modality"] in ("planned", "speculative", "denied"):
            assert e["time_precision"] == 3, e["evidence"]
        if e["modality"] != "asserted":
            assert e["source"], e["evidence"]


def test_background_years_differ_from_story_year() -> None:
    """At least five articles date a background event in a year before their publication."""
    assert background_articles(DOCS) >= 5
