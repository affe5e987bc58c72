"""Held-out set 3: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed before newsift ever ran on it, so its figures
are the honest ones. The floors sit a little below the figures measured when it was written
(README.md); a drop under them means a change hurt input the stages were not tuned on. The
shared checks live in tests/heldout_kit.py; this module keeps the set's own shape and floors.
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
    lines=243,
    accuracy=0.87,
    text_f1=0.91,
    comment_f1=0.92,
    articles_ok=4,
    gold_events=47,
    precision=0.40,
    recall=0.38,
    f1=0.40,
    fields_right=20,
)
globals().update(make_tests(HERE, FLOORS))


def test_set_shape() -> None:
    """Six dumps, five French and one English, 30-150 lines, one with two articles, one untitled."""
    langs = [a["lang"] for n in NAMES for a in DOCS[n]["articles"][:1]]
    assert len(NAMES) == 6 and langs.count("fr") == 5 and langs.count("en") == 1
    assert any(len(DOCS[n]["articles"]) == 2 for n in NAMES)
    assert any(a["title"] is None for n in NAMES for a in DOCS[n]["articles"])
    for n in NAMES:
        assert 30 <= len((HERE / f"{n}.txt").read_text("utf-8").splitlines()) <= 150
