"""The benchmark's corpus generator and its measuring helpers (no timing is asserted)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

make_corpus = pytest.importorskip("make_corpus")
run_bench = pytest.importorskip("run_bench")


def test_corpus_has_article_length_mixed_languages_and_is_seeded(tmp_path: Path) -> None:
    docs = make_corpus.generate(80, tmp_path / "a", seed=5)
    assert len(list((tmp_path / "a").glob("*.txt"))) == 80
    assert all(1500 <= len(d.text) <= 6000 for d in docs)
    langs = [d.lang for d in docs]
    assert set(langs) <= {"en", "fr", "ru", "ar"}
    assert langs.count("en") + langs.count("fr") > 0.7 * len(langs)
    assert {"ru", "ar"} & set(langs)
    # the file name carries the language the floor groups by
    assert all(d.path.stem.endswith("_" + d.lang) for d in docs)
    # same seed, same bytes; another seed, another corpus
    again = make_corpus.generate(80, tmp_path / "b", seed=5)
    assert [d.text for d in again] == [d.text for d in docs]
    other = make_corpus.generate(10, tmp_path / "c", seed=6)
    assert other[0].text != docs[0].text


def test_corpus_documents_look_like_scraped_dumps(tmp_path: Path) -> None:
    docs = make_corpus.generate(60, tmp_path, seed=11)
    with_comments = 0
    for d in docs:
        lines = d.text.splitlines()
        assert lines[-1].startswith("\u00a9"), "a footer closes the page"
        assert any("bc1q" in line or "USDT" in line for line in lines), "donation appeal"
        if any("\u00b7" in line for line in lines):
            with_comments += 1
        if d.lang == "fr":
            assert " de le " not in d.text and " de les " not in d.text
    assert with_comments > len(docs) // 2
    # some articles are republished by another outlet (near-duplicates for dedup)
    many = make_corpus.generate(300, tmp_path / "many", seed=11)
    copies = [d for d in many if d.copy_of is not None]
    assert copies
    for d in copies:
        original = many[d.copy_of].text
        paragraphs = [p for p in d.text.split("\n\n") if len(p) > 200 and "\n" not in p]
        assert paragraphs and all(p in original for p in paragraphs[:2])


def test_measure_sees_the_memory_of_the_process_tree(tmp_path: Path) -> None:
    child = (
        "import subprocess, sys; subprocess.run([sys.executable, '-c', "
        "'import time; b = bytearray(120_000_000); time.sleep(1.0)'])"
    )
    r = run_bench.measure([sys.executable, "-c", child], tmp_path / "log")
    assert r["exit_code"] == 0
    assert r["max_processes"] >= 2
    assert r["peak_tree_rss_mb"] >= 110
    assert r["peak_single_rss_mb"] >= 110


def test_markdown_table_and_ratio(tmp_path: Path) -> None:
    res = {
        "machine": {
            "cpu": "Test CPU",
            "cores": 2,
            "ram_gb": 8.0,
            "python": "3.11",
            "load_avg_at_start": [0.5, 0.5, 0.5],
        },
        "workers": 2,
        "corpus": {"documents": 100, "words": 60000, "chars": 400000, "by_lang": {"en": 100}},
        "pipeline": {
            "wall_s": 50.0,
            "docs_per_s": 2.0,
            "words_per_s": 1200.0,
            "peak_tree_pss_mb": 900.0,
            "peak_tree_rss_mb": 1200.0,
            "peak_single_rss_mb": 700.0,
            "stages": {"nlp": {"documents": 100, "errors": 0, "seconds": 40.0}},
        },
        "floor": {
            "wall_s": 20.0,
            "docs_per_s": 5.0,
            "words_per_s": 3000.0,
            "peak_tree_pss_mb": 600.0,
            "peak_tree_rss_mb": 800.0,
            "peak_single_rss_mb": 500.0,
            "languages": {},
        },
        "ratio": {"time": 2.5, "memory": 1.5},
    }
    md = run_bench.markdown(res)
    assert "| newsift run | 50.0 | 2.0 | 1,200 | 900 |" in md
    assert "2.50× the time" in md
    assert "| nlp | 100 | 0 | 40.00 | 2.5 | 100% |" in md
    json.dumps(res)
