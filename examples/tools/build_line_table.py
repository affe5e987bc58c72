"""Build src/newsift/data/clean/line_table.tsv, the learned line corrector's training table,
and check the corrector leave-one-set-out (LOSO).

Rows: every non-blank line with line gold of every tuned set (tests/heldout/{events,segments},
tests/heldout2..heldout26), under two sources of rule labels ("regimes"):
  fresh   -- the clean stage of the code just BEFORE the set entered the repo (``git archive
             PARENT src``, run in a subprocess): the rules' errors on a layout they had not
             seen; for heldout23-26 the code of 4d82e19 (their blind run). ``heldout`` has none.
  current -- this checkout's clean stage with the corrector off.
Columns: set, regime, gold kind, then the features of newsift.clean.line_features (no text).
The blind sets (heldout27.., heldout_case5) are never read.

Run (one thread; fresh outputs are cached under --fresh-dir):
    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python examples/tools/build_line_table.py \
        --write src/newsift/data/clean/line_table.tsv --loso 0.9,0.95
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
TUNED = [f"heldout{n}" for n in range(2, 27)]
FLIPS: dict[tuple[str, float, str], Counter[str]] = defaultdict(Counter)
BLIND_RUN = {f"heldout{n}": "4d82e19" for n in (23, 24, 25, 26)}

_RUN_CLEAN = """
import json, sys
from pathlib import Path
from newsift.model import Document, content_id
from newsift.clean.stage import CleanStage
folder, out = Path(sys.argv[1]), Path(sys.argv[2])
kw = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
st = CleanStage(**kw); st.setup()
rows = []
for tsv in sorted(folder.glob("*.lines.tsv")):
    name = tsv.name[: -len(".lines.tsv")]
    with (folder / f"{name}.txt").open(encoding="utf-8-sig", newline="") as fh:
        text = fh.read()
    doc = Document(doc_id=content_id(text.encode()), source=f"{name}.txt",
                   external_id=f"{name}.txt", format="txt", text=text)
    doc = st.process(doc)
    rows.append({"external_id": f"{name}.txt", "segments": [s.to_dict() for s in doc.segments]})
out.write_text("\\n".join(json.dumps(r) for r in rows) + "\\n")
"""


def folders_of(set_name: str) -> list[Path]:
    if set_name == "heldout":
        return [
            p
            for p in (ROOT / "tests/heldout/events", ROOT / "tests/heldout/segments")
            if p.exists()
        ]
    return [ROOT / "tests" / set_name]


def run_clean(src: Path, folder: Path, out: Path, settings: dict[str, Any]) -> None:
    env = {"PYTHONPATH": str(src), "OMP_NUM_THREADS": "1", "PATH": "/usr/bin:/bin"}
    subprocess.run(
        [sys.executable, "-c", _RUN_CLEAN, str(folder), str(out), json.dumps(settings)],
        env=env,
        check=True,
    )


def fresh_jsonl(set_name: str, workdir: Path) -> Path:
    """The clean output of the code before the set existed (cached under ``workdir``)."""
    out_dir = workdir / set_name
    out = out_dir / "documents.jsonl"
    if out.exists():
        return out
    commit = BLIND_RUN.get(set_name)
    if commit is None:
        added = subprocess.run(
            ["git", "log", "--diff-filter=A", "--format=%H", "--", f"tests/{set_name}/"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()[-1]
        commit = f"{added}^"
    out_dir.mkdir(parents=True, exist_ok=True)
    arch = subprocess.run(
        ["git", "archive", commit, "src"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(out_dir)], input=arch, check=True)
    run_clean(out_dir / "src", ROOT / "tests" / set_name, out, {})
    return out


def current_jsonl(set_name: str, workdir: Path) -> list[Path]:
    outs = []
    for folder in folders_of(set_name):
        out = workdir / f"{set_name}-{folder.name}.jsonl"
        if not out.exists():
            run_clean(ROOT / "src", folder, out, {"corrector": False})
        outs.append(out)
    return outs


def docs_of(set_name: str, jsonls: list[Path]) -> list[dict]:
    """Per document: lines, gold labels, rule labels."""
    from newsift.eval.gold import read_gold_lines, read_text
    from newsift.eval.segments import line_labels

    preds: dict[str, Any] = {}
    for j in jsonls:
        for ln in j.read_text("utf-8").splitlines():
            if ln.strip():
                row = json.loads(ln)
                preds[row["external_id"]] = row
    docs = []
    for folder in folders_of(set_name):
        for tsv in sorted(folder.glob("*.lines.tsv")):
            name = tsv.name[: -len(".lines.tsv")]
            text = read_text(folder / f"{name}.txt")
            row = preds[f"{name}.txt"]
            spans = [
                (int(s["start"]), int(s["end"]), str(s["kind"]), s.get("article"))
                for s in row["segments"]
            ]
            rule = line_labels(text, spans)
            g = read_gold_lines(tsv)
            gold = [g.get(i + 1, "empty") for i in range(len(rule))]
            docs.append(
                {
                    "set": set_name,
                    "doc": name,
                    "lines": text.splitlines(),
                    "gold": gold,
                    "rule": rule,
                }
            )
    return docs


def acc(gold: list[str], pred: list[str]) -> tuple[int, int]:
    n = c = 0
    for g, p in zip(gold, pred, strict=False):
        if g != "empty":
            n += 1
            c += g == p
    return n, c


def main(argv: list[str] | None = None) -> int:
    from newsift.clean.line_features import doc_features, feature_names, kind_of

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fresh-dir", type=Path, default=Path("/tmp/L-fresh"))
    ap.add_argument("--current-dir", type=Path, default=Path("/tmp/L-current"))
    ap.add_argument("--write", type=Path, default=None)
    ap.add_argument(
        "--loso", default="", help="thresholds for a leave-one-set-out check (t+1: titles fixed)"
    )
    ap.add_argument("--folds", default="", help="only these held-out sets (default: all)")
    ap.add_argument("--allow", default="", help='changes allowed, "body->boiler,..." (all)')
    args = ap.parse_args(argv)
    args.current_dir.mkdir(parents=True, exist_ok=True)
    regimes: dict[str, dict[str, list[dict]]] = {"fresh": {}, "current": {}}
    for s in ["heldout", *TUNED]:
        print(f"  {s}", file=sys.stderr, flush=True)
        if s != "heldout":
            regimes["fresh"][s] = docs_of(s, [fresh_jsonl(s, args.fresh_dir)])
        regimes["current"][s] = docs_of(s, current_jsonl(s, args.current_dir))
    names = feature_names()
    feats: dict[tuple[str, str], list[tuple[dict, Any, list[int]]]] = {}
    for reg, sets in regimes.items():
        for s, docs in sets.items():
            feats[(reg, s)] = [(d, *doc_features(d["lines"], d["rule"])) for d in docs]
    if args.write:
        out = [
            "# Training table of the learned line corrector (newsift.clean.line_corrector).",
            "# Source: the clean stage's rule labels on every non-blank gold line of the tuned",
            "# sets tests/heldout{,2..26} -- 'fresh' = the code before the set existed (23-26:",
            "# 4d82e19), 'current' = the code of this commit -- and the gold kind of each line.",
            "# Built by examples/tools/build_line_table.py. No text. Format: tab-separated,",
            "# header: set, regime, kind (gold), then the features of line_features.py by name.",
            "\t".join(["set", "regime", "kind", *names]),
        ]
        for (reg, s), rows in feats.items():
            for d, x, idx in rows:
                for j, i in enumerate(idx):
                    g = d["gold"][i]
                    if g == "empty":
                        continue
                    vals = "\t".join(f"{v:.6g}" for v in x[j])
                    out.append(f"{s}\t{reg}\t{kind_of(g)}\t{vals}")
        args.write.write_text("\n".join(out) + "\n", "utf-8")
        print(f"wrote {len(out) - 7} rows to {args.write}", file=sys.stderr)
    if args.loso:
        allow = args.allow.split(",") if args.allow else None
        folds = args.folds.split(",") if args.folds else None
        loso(feats, [float(t) for t in args.loso.split(",")], allow, folds)
    return 0


def loso(
    feats: dict[tuple[str, str], list],
    thrs: list[float],
    allow: list[str] | None = None,
    folds: list[str] | None = None,
) -> None:
    """Train on every set but one (both regimes), correct the held set's fresh and current
    rule labels; exact line accuracy (article numbers included) per set and micro."""
    from newsift.clean.line_corrector import fit_sklearn
    from newsift.clean.line_features import correct_labels, kind_of

    sets = folds or ["heldout", *TUNED]
    tot: dict[str, list[int]] = {}
    print(
        f"{'set':<10}{'regime':<8}{'lines':>6}{'rules':>8}"
        + "".join(f"{t:>8}" for t in thrs)
        + "   flips(now right/were right) per threshold"
    )
    for held in sets:
        x, y = [], []
        for (_reg, s), rows in feats.items():
            if s == held:
                continue
            for d, f, idx in rows:
                for j, i in enumerate(idx):
                    if d["gold"][i] != "empty":
                        x.append(f[j])
                        y.append(kind_of(d["gold"][i]))
        model = fit_sklearn(np.asarray(x), y)
        classes = [str(c) for c in model.classes_]
        for reg in ("fresh", "current"):
            rows = feats.get((reg, held))
            if not rows:
                continue
            n0 = c0 = 0
            res = {t: [0, 0, 0] for t in thrs}  # correct, now right, were right
            for d, f, idx in rows:
                n, c = acc(d["gold"], d["rule"])
                n0 += n
                c0 += c
                if not idx:
                    for t in thrs:
                        res[t][0] += c
                    continue
                p = model.predict_proba(f)
                for t in thrs:
                    fixed = ("title",) if t >= 1 else ()
                    new = correct_labels(d["rule"], idx, p, classes, t % 1 or t, fixed, allow)
                    res[t][0] += acc(d["gold"], new)[1]
                    for g, a, b in zip(d["gold"], d["rule"], new, strict=True):
                        if g != "empty" and a != b:
                            res[t][1] += g == b
                            res[t][2] += g == a
                            verdict = "right" if g == b else "WRONG" if g == a else "still"
                            FLIPS[(reg, t, f"{kind_of(a)}->{kind_of(b)}")][verdict] += 1
            for key, v in [(f"{reg}:rules", c0), *[(f"{reg}:{t}", res[t][0]) for t in thrs]]:
                tot.setdefault(key, [0, 0])
                tot[key][0] += n0
                tot[key][1] += v
            print(
                f"{held:<10}{reg:<8}{n0:>6}{c0 / n0:>8.3f}"
                + "".join(f"{res[t][0] / n0:>8.3f}" for t in thrs)
                + "   "
                + " ".join(f"{res[t][1]}/{res[t][2]}" for t in thrs),
                flush=True,
            )
    for (reg, t, cls), cnt in sorted(FLIPS.items()):
        print(
            f"flips {reg:<8}{t:<6}{cls:<18}" + " ".join(f"{k}={v}" for k, v in sorted(cnt.items()))
        )
    for reg in ("fresh", "current"):
        n = tot[f"{reg}:rules"][0]
        print(
            f"{'MICRO':<10}{reg:<8}{n:>6}{tot[f'{reg}:rules'][1] / n:>8.3f}"
            + "".join(f"{tot[f'{reg}:{t}'][1] / n:>8.3f}" for t in thrs)
        )


if __name__ == "__main__":
    raise SystemExit(main())
