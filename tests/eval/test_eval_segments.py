"""The segments scorer follows DESIGN.md's rule: majority of non-space characters, empty skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsift.eval.segments import evaluate_segments, format_segments, line_labels

TEXT = "Title here\n\nBody one.\nBody two.\nNotify of\nnice post\n   \nbye"
# lines:  1 title:1   2 empty  3 body:1  4 body:1  5 boiler  6 comment  7 empty  8 comment
GOLD = ["title:1", "empty", "body:1", "body:1", "boiler", "comment", "empty", "comment"]


def _seg(start: int, end: int, kind: str, article: int | None = None) -> dict:
    return {"start": start, "end": end, "kind": kind, "article": article, "lang": "en"}


def _write_gold(root: Path) -> Path:
    gold = root / "gold"
    gold.mkdir()
    (root / "doc1.txt").write_text(TEXT, encoding="utf-8")
    (gold / "doc1.lines.tsv").write_text(
        "".join(f"{i}\t{lab}\n" for i, lab in enumerate(GOLD, start=1)), encoding="utf-8"
    )
    (gold / "doc1.json").write_text(
        json.dumps({"doc": "doc1.txt", "articles": [{"k": 1}], "comments": {"count": 2}}),
        encoding="utf-8",
    )
    return gold


def test_majority_of_non_space_characters_decides() -> None:
    text = "ab   cdef\nxy"
    # "ab" (2 chars) in body, "cdef" (4 chars) in comment: the line is a comment
    labels = line_labels(text, [(0, 3, "body", 1), (3, len(text), "comment", None)])
    assert labels == ["comment", "comment"]


def test_scores_by_hand(tmp_path: Path) -> None:
    gold = _write_gold(tmp_path)
    t = TEXT
    i_body2 = t.index("Body two.")
    i_notify = t.index("Notify of")
    i_nice = t.index("nice post")
    segments = [
        _seg(0, i_body2, "body", 1),  # title predicted as body (wrong), body one right
        _seg(i_body2, i_nice, "body", 1),  # body two right, "Notify of" predicted body (wrong)
        _seg(i_nice, len(t), "comment"),  # both comments right
    ]
    preds = tmp_path / "documents.jsonl"
    row = {"external_id": "doc1.txt", "segments": segments, "articles": [{"k": 1}, {"k": 2}]}
    preds.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert i_notify > i_body2
    res = evaluate_segments(gold, predictions=preds)
    d = res["documents"][0]
    assert d["lines"] == 6  # two empty lines skipped
    assert d["correct"] == 4
    # article text: gold {1,3,4}; predicted {1,3,4,5} -> tp 3, fp 1, fn 0
    at = d["article_text"]
    assert (at["tp"], at["fp"], at["fn"]) == (3, 1, 0)
    assert at["precision"] == pytest.approx(0.75)
    assert at["f1"] == pytest.approx(2 * 0.75 / 1.75)
    cm = d["comment"]
    assert (cm["tp"], cm["fp"], cm["fn"]) == (2, 0, 0)
    assert d["gold_articles"] == 1 and d["pred_articles"] == 2 and not d["articles_ok"]
    assert res["overall"]["accuracy"] == pytest.approx(4 / 6)
    assert res["overall"]["articles_ok"] == 0
    table = format_segments(res)
    assert "doc1" in table and "overall" in table


def test_boilerplate_equals_gold_boiler(tmp_path: Path) -> None:
    gold = _write_gold(tmp_path)
    t = TEXT
    segs = [
        _seg(0, t.index("Body one."), "title", 1),
        _seg(t.index("Body one."), t.index("Notify of"), "body", 1),
        _seg(t.index("Notify of"), t.index("nice post"), "boilerplate"),
        _seg(t.index("nice post"), len(t), "comment"),
    ]
    preds = tmp_path / "documents.jsonl"
    preds.write_text(
        json.dumps({"external_id": "doc1.txt", "segments": segs, "articles": [{"k": 1}]}) + "\n",
        encoding="utf-8",
    )
    o = evaluate_segments(gold, predictions=preds)["overall"]
    assert o["accuracy"] == 1.0
    assert o["article_text"]["f1"] == 1.0 and o["comment"]["f1"] == 1.0
    assert o["articles_ok"] == 1


def test_runs_the_clean_stage_without_predictions(tmp_path: Path) -> None:
    gold = _write_gold(tmp_path)
    res = evaluate_segments(gold)
    d = res["documents"][0]
    assert d["lines"] == 6
    assert "missing" not in d


def test_missing_document_is_reported(tmp_path: Path) -> None:
    gold = _write_gold(tmp_path)
    (tmp_path / "doc1.txt").unlink()
    res = evaluate_segments(gold)
    assert "missing" in res["documents"][0]
    assert res["overall"]["documents"] == 0
