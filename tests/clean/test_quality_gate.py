"""Quality gate: segmentation of the example corpus must not fall below these floors.

The gold (tests/gold/corpus/*.lines.tsv) labels every line of examples/corpus/*.txt by hand;
like trafilatura's evaluation set, the floors fail the suite when a change makes the cleaner
worse. Raise them when the cleaner gets better, never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsift.eval.segments import evaluate_segments

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "corpus"
DOCS = ROOT / "examples" / "corpus"

FLOORS = {
    "accuracy": 0.95,
    "article_text_f1": 0.97,
    "comment_f1": 0.97,
    "articles_ok_share": 1.0,
}


@pytest.fixture(scope="module")
def result() -> dict:
    if not GOLD.is_dir() or not any(GOLD.glob("*.lines.tsv")):
        pytest.skip(f"no segment gold in {GOLD}")
    return evaluate_segments(GOLD, DOCS)


def test_every_gold_document_is_scored(result: dict) -> None:
    missing = [d for d in result["documents"] if "missing" in d]
    assert not missing, missing


def test_segmentation_floors(result: dict) -> None:
    o = result["overall"]
    got = {
        "accuracy": o["accuracy"],
        "article_text_f1": o["article_text"]["f1"],
        "comment_f1": o["comment"]["f1"],
        "articles_ok_share": o["articles_ok"] / o["documents"],
    }
    low = {k: round(v, 4) for k, v in got.items() if v < FLOORS[k]}
    assert not low, f"below the floors {FLOORS}: {low}"


def test_no_document_collapses(result: dict) -> None:
    """One bad document hides in a micro-average: each must keep its article text."""
    weak = {
        d["doc"]: round(d["article_text"]["f1"], 3)
        for d in result["documents"]
        if "missing" not in d and (d["article_text"]["f1"] or 0.0) < 0.85
    }
    assert not weak, weak
