"""Held-out set 2: newsift scored on eight web dumps written apart from the stages.

Why: the stages were tuned on the seeds, the example corpus and tests/heldout, so their scores
there are optimistic. These dumps (7 French, 1 English; README.md) were written for the kind of
input, with their gold, before newsift was run on them. The floors sit below the figures
measured then (README.md), so they catch regressions rather than chase a target. The first
tests check the gold itself, which stays true whatever the stages do.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
NAMES = sorted(p.name[: -len(".lines.tsv")] for p in HERE.glob("*.lines.tsv"))
ROOT = HERE.parents[1]


def _text(name: str) -> str:
    with (HERE / f"{name}.txt").open(encoding="utf-8-sig", newline="") as fh:
        return fh.read()


def _labels(name: str) -> list[str]:
    rows = (HERE / f"{name}.lines.tsv").read_text(encoding="utf-8").splitlines()
    return [r.split("\t")[1] for r in rows if r]


def _gold(name: str) -> dict[str, Any]:
    return json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))


# ------------------------------------------------------------------ the gold itself
def test_set_shape() -> None:
    """Eight dumps, 7 French and 1 English, each 30-200 lines, the kind the brief names."""
    assert len(NAMES) == 8
    langs = [a["lang"] for n in NAMES for a in _gold(n)["articles"]]
    assert langs.count("en") == 1 and set(langs) == {"fr", "en"}
    for name in NAMES:
        assert 30 <= len(_text(name).splitlines()) <= 200, name


def test_check_gold_tool_passes() -> None:
    """The project's gold checker finds no problem: one valid label per line, `empty` exactly on
    blank lines, titles on their title lines, evidence quoting its own article, ACLED names,
    modalities, and comments counted iff there are any."""
    tool = ROOT / "examples" / "tools" / "check_gold.py"
    res = subprocess.run(
        [sys.executable, str(tool), str(HERE), str(HERE)], capture_output=True, text=True
    )
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.parametrize("name", NAMES)
def test_article_gold_conventions(name: str) -> None:
    """What the checker leaves to each set: an untitled article has no title line, and only
    asserted events lack a source."""
    labels, gold = _labels(name), _gold(name)
    for art in gold["articles"]:
        if art["title"] is None:
            assert f"title:{art['k']}" not in labels
        for ev in art["events"]:
            assert (ev["source"] is None) == (ev["modality"] == "asserted"), ev["evidence"]


# ------------------------------------------------------------------ segments (clean stage)
def test_segments_floor() -> None:
    """Line labels from the clean stage: floors below the figures of README.md."""
    from newsift.eval.segments import evaluate_segments

    o = evaluate_segments(HERE, HERE)["overall"]
    assert o["documents"] == 8 and o["missing"] == 0
    assert o["accuracy"] >= 0.78  # measured 0.832
    assert o["article_text"]["f1"] >= 0.83  # measured 0.876
    assert o["comment"]["f1"] >= 0.80  # measured 0.863
    assert o["articles_ok"] >= 6  # measured 7 of 8


# ------------------------------------------------------------------ full run (slow)
@pytest.fixture(scope="module")
def run_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`newsift run` on the eight dumps (only the .txt: the folder also holds sources)."""
    out = tmp_path_factory.mktemp("h2out")
    docs = [str(HERE / f"{n}.txt") for n in NAMES]
    proc = subprocess.run(
        [sys.executable, "-m", "newsift", "run", *docs, "--out", str(out), "-q"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    if proc.returncode != 0:
        pytest.skip(f"newsift run failed: {proc.stderr[-300:]}")
    return out


@pytest.mark.slow
def test_events_floor(run_out: Path) -> None:
    """Events matched by place, date and type (DESIGN.md rule)."""
    from newsift.eval.events import evaluate_events

    o = evaluate_events(HERE, HERE, run_out / "events.csv")["overall"]
    assert o["gold"] == 59
    assert o["precision"] >= 0.30  # measured 0.393
    assert o["recall"] >= 0.30  # measured 0.373
    assert o["f1"] >= 0.30  # measured 0.383


@pytest.mark.slow
def test_article_fields_floor(run_out: Path) -> None:
    """Title, published, author and outlet per article k, and the number of articles."""
    rows = [json.loads(x) for x in (run_out / "documents.jsonl").read_text("utf-8").splitlines()]
    by_name = {Path(r["source"]).stem: r for r in rows}
    right = total = count_ok = 0
    for name in NAMES:
        gold, pred = _gold(name)["articles"], by_name[name]["articles"]
        count_ok += len(gold) == len(pred)
        by_k = {a["k"]: a for a in pred}
        for ga in gold:
            pa = by_k.get(ga["k"], {})
            for field in ("title", "published", "author", "outlet"):
                g, p = ga[field], pa.get(field)
                if field == "published" and isinstance(p, str) and isinstance(g, str):
                    p = p[: len(g)] if len(p) > len(g) else p
                total += 1
                right += (g or "").strip().casefold() == (p or "").strip().casefold()
    assert total == 36
    assert right >= 20  # measured 23 of 36
    assert count_ok >= 6  # measured 7 of 8
