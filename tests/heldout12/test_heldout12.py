"""Held-out set 12: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (f373281) before newsift ever ran on it, so it
measures generalisation. Blind (README, code of 787b919): segments acc 0.871, article-text F1
0.912, comment F1 0.915, articles 8/8; events P 0.507 R 0.507 F1 0.507 (main's strict scorer);
fields 24/36. The floors sit a little below those figures: they are regression gates, not
targets. The shared checks live in tests/heldout_kit.py (whose `load_set` pops any cached
`build`/`gold_data` module of another set); this module keeps the set's own shape.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, load_set, make_tests  # noqa: E402

_, DOCS = load_set(HERE)
NAMES = sorted(DOCS)
FLOORS = Floors(
    lines=295,
    accuracy=0.85,
    text_f1=0.89,
    comment_f1=0.89,
    articles_ok=7,
    gold_events=67,
    precision=0.46,
    recall=0.46,
    f1=0.46,
    fields_right=22,
)
globals().update(make_tests(HERE, FLOORS))


def test_set_shape() -> None:
    """Eight dumps (7 French, 1 English), 15-160 lines, one with two articles, two untitled
    (the agency rewrite and the Mastodon thread), four with comments."""
    langs = [a["lang"] for n in NAMES for a in DOCS[n]["articles"][:1]]
    assert len(NAMES) == 8 and langs.count("fr") == 7 and langs.count("en") == 1
    assert sum(len(DOCS[n]["articles"]) == 2 for n in NAMES) == 1
    assert sum(a["title"] is None for n in NAMES for a in DOCS[n]["articles"]) == 2
    assert sum(DOCS[n]["comments"] > 0 for n in NAMES) == 4
    for n in NAMES:
        assert 15 <= len((HERE / f"{n}.txt").read_text("utf-8").splitlines()) <= 160


def test_events_per_dump_and_modalities() -> None:
    """5-10 gold events per dump; every modality occurs; undated events are never asserted."""
    mods: set[str] = set()
    for n in NAMES:
        events = [e for a in DOCS[n]["articles"] for e in a["events"]]
        assert 5 <= len(events) <= 10, n
        for e in events:
            mods.add(e["modality"])
            if e["modality"] in ("planned", "speculative", "denied"):
                assert e["date"] is None, e["evidence"]
            if e["date"] is None:
                assert e["modality"] != "asserted", e["evidence"]
    assert mods == {"asserted", "reported", "denied", "planned", "speculative"}


def test_background_years_differ_from_story_year() -> None:
    """At least five articles date a background event in a year before their publication."""
    older = 0
    for n in NAMES:
        for a in DOCS[n]["articles"]:
            year = a["published"][:4]
            older += any(e["date"] and e["date"][:4] < year for e in a["events"])
    assert older >= 5
