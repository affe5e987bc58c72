"""The command line end to end: exit codes, user errors, re-runs, resuming a killed run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
ARTICLE = (
    "Syrian troops enter Al-Mayadin\n\n"
    "By Leila Haddad | November {day}, 2017\n\n"
    "Syrian government forces entered the town of Al-Mayadin on Saturday after two weeks of "
    "fighting with Islamic State militants, the state news agency reported. Report {i}.\n\n"
    "Share this: Facebook Twitter\n"
)
FAST = '[pipeline]\nstages = ["clean"]\n'


def newsift(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsift", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def write_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"doc{i:03d}.txt").write_text(ARTICLE.format(day=1 + i % 28, i=i), "utf-8")
    return folder


@pytest.fixture()
def fast_config(tmp_path: Path) -> Path:
    path = tmp_path / "fast.toml"
    path.write_text(FAST, "utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_version() -> None:
    proc = newsift("--version")
    assert proc.returncode == 0
    assert proc.stdout.startswith("newsift ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "does/not/exist"], "input not found"),
        (["run", "{corpus}", "--config", "{tmp}/missing.toml"], "config file not found"),
        (["run", "{corpus}", "--config", "{tmp}/bad.toml"], "not valid TOML"),
        (["run", "{corpus}", "--config", "{tmp}/unknown.toml"], "unknown stage"),
        (["run", "{corpus}", "--out", "{tmp}/afile/out"], "cannot write to output folder"),
        (["run", "{corpus}", "--anchor-date", "21/11/2017"], "--anchor-date"),
        (["run", "{corpus}", "--field-map", "text"], "--field-map"),
        (["run", "{corpus}", "--workers", "0"], "workers"),
    ],
)
def test_user_errors_exit_2_with_one_clear_line(
    tmp_path: Path, args: list[str], message: str
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 1)
    (tmp_path / "bad.toml").write_text("[pipeline\nstages=", "utf-8")
    (tmp_path / "unknown.toml").write_text('[pipeline]\nstages = ["clean", "nope"]\n', "utf-8")
    (tmp_path / "afile").write_text("a file, not a folder", "utf-8")
    argv = [a.format(corpus=corpus, tmp=tmp_path) for a in args]
    if "--out" not in argv:
        argv += ["--out", str(tmp_path / "out")]
    proc = newsift(*argv)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_broken_folder_exits_3_and_keeps_the_good_documents(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 3)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "rows.jsonl").write_text(
        '{"id": "r1", "text": "Clashes were reported near Raqqa on Monday."}\n'
        "{not json\n"
        '{"id": "r3", "text": "Air strikes hit Idlib province overnight."}\n',
        "utf-8",
    )
    (corpus / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out"
    proc = newsift("run", str(corpus), "--out", str(out), "--quiet")
    assert proc.returncode == 3, proc.stderr
    rejects = read_jsonl(out / "rejects.jsonl")
    failed = {Path(r["source"].split("#")[0]).name for r in rejects}
    assert {"empty.txt", "binary.txt", "rows.jsonl", "gone.txt"} <= failed
    assert all(r["stage"] and r["error"] for r in rejects)
    docs = read_jsonl(out / "documents.jsonl")
    names = sorted(d["external_id"] for d in docs)
    assert names == ["doc000.txt", "doc001.txt", "doc002.txt", "r1", "r3"]
    header = (out / "events.csv").read_text("utf-8").splitlines()[0]
    assert header.startswith("event_id,event_date,year,time_precision,event_type")
    # The store holds the same rejects.
    with sqlite3.connect(out / "newsift.db") as db:
        assert db.execute("select count(*) from rejects").fetchone()[0] == len(rejects)


def test_rerun_is_idempotent(tmp_path: Path, fast_config: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 5)
    out = tmp_path / "out"
    first = newsift("run", str(corpus), "--out", str(out), "--config", str(fast_config), "-q")
    assert first.returncode == 0, first.stderr
    before = (out / "documents.jsonl").read_bytes()
    second = newsift("run", str(corpus), "--out", str(out), "--config", str(fast_config), "-q")
    assert second.returncode == 0, second.stderr
    assert (out / "documents.jsonl").read_bytes() == before
    stats = json.loads((out / "run_stats.json").read_text("utf-8"))
    assert stats["documents_new"] == 0 and stats["documents_skipped"] == 5
    with sqlite3.connect(out / "newsift.db") as db:
        assert db.execute("select count(*) from documents").fetchone()[0] == 5


def test_documents_stored_by_other_settings_are_processed_again_and_replaced(
    tmp_path: Path, fast_config: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 2)
    (corpus / "odd.txt").write_text("Clashes near Raqqa. BOOM goes the parser.\n", "utf-8")
    explode = tmp_path / "explode.toml"
    explode.write_text('[pipeline]\nstages = ["clean", "stages_for_tests:Explode"]\n', "utf-8")
    env = {"PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    out = tmp_path / "out"
    first = newsift("run", str(corpus), "--out", str(out), "--config", str(explode), "-q", env=env)
    assert first.returncode == 3, first.stderr
    assert len(read_jsonl(out / "rejects.jsonl")) == 1

    # Other stages: every stored document is processed again; its old stage reject goes with it.
    second = newsift("run", str(corpus), "--out", str(out), "--config", str(fast_config), "-q")
    assert second.returncode == 0, second.stderr
    stats = json.loads((out / "run_stats.json").read_text("utf-8"))
    assert stats["documents_reprocessed"] == 3 and stats["documents_new"] == 0
    assert read_jsonl(out / "rejects.jsonl") == []
    docs = {d["external_id"]: d for d in read_jsonl(out / "documents.jsonl")}
    assert len(docs) == 3 and docs["odd.txt"]["error"] is None
    with sqlite3.connect(out / "newsift.db") as db:
        assert db.execute("select count(*) from documents").fetchone()[0] == 3
        keys = db.execute("select distinct pipeline_key from documents").fetchall()
        assert len(keys) == 1 and keys[0][0]

    # The same settings again: nothing to do; --reprocess forces it and changes nothing.
    before = (out / "documents.jsonl").read_bytes()
    third = newsift("run", str(corpus), "--out", str(out), "--config", str(fast_config), "-q")
    assert json.loads((out / "run_stats.json").read_text("utf-8"))["documents_skipped"] == 3
    forced = newsift(
        "run", str(corpus), "--out", str(out), "--config", str(fast_config), "-q", "--reprocess"
    )
    assert third.returncode == 0 and forced.returncode == 0, forced.stderr
    assert json.loads((out / "run_stats.json").read_text("utf-8"))["documents_reprocessed"] == 3
    assert (out / "documents.jsonl").read_bytes() == before


def test_killed_run_resumes_with_exactly_the_documents_of_an_uninterrupted_run(
    tmp_path: Path,
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 40)
    config = tmp_path / "slow.toml"
    config.write_text(
        '[pipeline]\nstages = ["clean", "stages_for_tests:Slow"]\n'
        '[stages."stages_for_tests:Slow"]\nseconds = 0.1\n',
        "utf-8",
    )
    env = {"PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    whole = tmp_path / "whole"
    proc = newsift("run", str(corpus), "--out", str(whole), "--config", str(config), "-q", env=env)
    assert proc.returncode == 0, proc.stderr

    out = tmp_path / "killed"
    argv = [sys.executable, "-m", "newsift", "run", str(corpus), "--out", str(out)]
    argv += ["--config", str(config), "--workers", "2", "-q"]
    run = subprocess.Popen(
        argv, env={**os.environ, **env}, stdin=subprocess.DEVNULL, start_new_session=True
    )
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and run.poll() is None:
        try:
            with sqlite3.connect(out / "newsift.db", timeout=1) as db:
                stored = db.execute("select count(*) from documents").fetchone()[0]
        except sqlite3.Error:
            stored = 0
        if stored >= 8:
            break
        time.sleep(0.05)
    assert run.poll() is None, "the run finished before it could be killed"
    os.killpg(run.pid, signal.SIGKILL)  # the run and its workers, as an OOM killer would
    run.wait()
    assert 8 <= stored < 40

    again = newsift("run", str(corpus), "--out", str(out), "--config", str(config), "-q", env=env)
    assert again.returncode == 0, again.stderr
    assert (out / "documents.jsonl").read_bytes() == (whole / "documents.jsonl").read_bytes()
    with sqlite3.connect(out / "newsift.db") as db:
        assert db.execute("select count(*) from documents").fetchone()[0] == 40


def test_a_failing_stage_keeps_the_document_and_records_the_reject(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 2)
    (corpus / "odd.txt").write_text("Clashes near Raqqa. BOOM goes the parser.\n", "utf-8")
    config = tmp_path / "explode.toml"
    config.write_text('[pipeline]\nstages = ["clean", "stages_for_tests:Explode"]\n', "utf-8")
    env = {"PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    out = tmp_path / "out"
    proc = newsift("run", str(corpus), "--out", str(out), "--config", str(config), "-q", env=env)
    assert proc.returncode == 3, proc.stderr
    rejects = read_jsonl(out / "rejects.jsonl")
    assert [(Path(r["source"]).name, r["stage"]) for r in rejects] == [
        ("odd.txt", "stages_for_tests:Explode")
    ]
    assert "stage bug on this document" in rejects[0]["error"]
    docs = {d["external_id"]: d for d in read_jsonl(out / "documents.jsonl")}
    assert len(docs) == 3
    assert docs["odd.txt"]["error"] and docs["odd.txt"]["segments"]  # kept, with its segments
    assert docs["doc000.txt"]["error"] is None
