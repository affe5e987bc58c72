"""Measure on the shared real dumps when they are present (skipped otherwise)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsift.eval.segments import evaluate_segments

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "samples" / "seeds"


def test_seed_dumps_meet_the_issue_targets() -> None:
    gold = SEEDS / "gold"
    if not gold.is_dir():
        pytest.skip(f"shared samples absent ({gold})")
    o = evaluate_segments(gold, SEEDS)["overall"]
    assert o["article_text"]["f1"] >= 0.97
    assert o["comment"]["f1"] >= 0.95
    assert o["articles_ok"] == o["documents"]
