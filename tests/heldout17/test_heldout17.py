"""Held-out set 17: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (5c28b6d) before newsift ever ran on it, so it
measures generalisation. Blind (README: the session's starting code, worktree /work/wt-base at
1b4937a, run right after the gold commit): segments acc 0.903, article-text F1 0.894, comment
F1 0.943, articles 8/8; events P 0.521 R 0.587 F1 0.552 (main's strict scorer); fields 27/36.
The floors sit a little below those figures: they are regression gates, not targets. The shared
checks live in tests/heldout_kit.py (which pops any cached `build`/`gold_data` module of another
set before importing this folder's); this module keeps the set's own shape.
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
    lines=289,
    accuracy=0.88,
    text_f1=0.87,
    comment_f1=0.92,
    articles_ok=7,
    gold_events=63,
    precision=0.49,
    recall=0.55,
    f1=0.52,
    fields_right=25,
)
globals().update(make_tests(HERE, FLOORS))


def test_set_shape() -> None:
    """Eight dumps (7 French, 1 English), 15-160 lines, one with two articles, one untitled."""
    langs = [a["lang"] for n in NAMES for a in DOCS[n]["articles"][:1]]
    assert len(NAMES) == 8 and langs.count("fr") == 7 and langs.count("en") == 1
    assert sum(len(DOCS[n]["articles"]) == 2 for n in NAMES) == 1
    assert sum(a["title"] is None for n in NAMES for a in DOCS[n]["articles"]) == 1
    for n in NAMES:
        assert 15 <= len((HERE / f"{n}.txt").read_text("utf-8").splitlines()) <= 160


def test_events_per_dump_and_modalities() -> None:
    """5-10 gold events per dump; every modality occurs; planned and speculative events are
    undated; a denial is dated only when the denied act's own words give its day (both kinds
    occur here); undated events are never asserted."""
    mods: set[str] = set()
    denied_dated = denied_undated = 0
    for n in NAMES:
        events = [e for a in DOCS[n]["articles"] for e in a["events"]]
        assert 5 <= len(events) <= 10, n
        for e in events:
            mods.add(e["modality"])
            if e["modality"] in ("planned", "speculative"):
                assert e["date"] is None, e["evidence"]
            if e["modality"] == "denied":
                denied_dated += e["date"] is not None
                denied_undated += e["date"] is None
            if e["date"] is None:
                assert e["modality"] != "asserted", e["evidence"]
    assert mods == {"asserted", "reported", "denied", "planned", "speculative"}
    assert denied_dated >= 1 and denied_undated >= 3


def test_background_years_differ_from_story_year() -> None:
    """At least six articles date a background event in a year before their publication."""
    older = 0
    for n in NAMES:
        for a in DOCS[n]["articles"]:
            year = a["published"][:4]
            older += any(e["date"] and e["date"][:4] < year for e in a["events"])
    assert older >= 6
