"""Experiment (session 7, helper L): can a small learned classifier drop spurious predicted
events (a precision filter) without hurting sets it was not trained on?  RESULT: NO -- negative.

What was tried: logistic regression (scikit-learn, already in .venv; also
HistGradientBoostingClassifier) over ~60 run-time features of an Event and its Document (type,
modality, precisions, confidence, tags/bases, actors present, fatalities, evidence length and
surface cues, place word inside evidence, position in the body, events per article / sharing the
evidence / same type / same place, date distance to publication, lang; optionally evidence
words). Label = the real scorer pairs the prediction with a gold event. Leave-one-set-out over
the 20 gold sets; the drop threshold is chosen by an inner leave-one-set-out on the training
sets only; the held-out set is re-scored with newsift.eval.events.score_document after dropping.

LOSO, events F1 before -> after (train and apply on this code's predictions, /tmp/ms-s7a-*):
  seeds .806->.717  corpus .818->.824  heldout .980->.980  heldout2 .880->.878
  heldout3 .875->.884  heldout4 .916->.916  heldout5 .830->.846  heldout6 .836->.833
  heldout7 .750->.757  heldout8 .915->.915  heldout9 .876->.882  heldout10 .923->.930
  heldout11 .894->.886  heldout12 .794->.824  heldout13 .843->.850  heldout14 .884->.882
  heldout15 .576->.595  heldout16 .667->.672  heldout17 .662->.677  heldout18 .513->.513
  micro heldout9-18: P/R/F1 .757/.773/.765 -> .778/.770/.774 (+0.0085); seeds -0.089.
  LOSO AUC 0.746. Fails the bar (>= +0.01 micro, no set down by > 0.02). No fixed threshold
  (0.15-0.40), C (0.05-1), GBT, dropping type features or adding evidence words got above +0.009
  (and those were picked looking at the held-out sets, so they are optimistic anyway).

Why: these predictions are in sample for the RULES (every set was used to tune them), so their
residual spurious rows (~20 %) are the hard ones and look like true events; and what marks a
prediction as "spurious" is largely a set's gold conventions (seeds code "Other" events and
focus-placed rows that the other sets do not), so the filter learns conventions and hurts the
set that differs (seeds).

Fresh-document proxy: each of heldout9..18 run with the code it was blind to (git archive of
the commit named in its README, /tmp/L-blind-SET), where precision is ~0.5 like on new French
documents. Train on the other sets' blind predictions, apply to the held-out set's blind
predictions (inner-LOSO threshold), per set F1 blind -> filtered: heldout9 .406->.408,
10 .582->.602, 11 .586->.611, 12 .507->.522, 13 .526->.544, 14 .596->.629, 15 .375->.368,
16 .555->.540, 17 .552->.593, 18 .375->.404; micro .509/.503/.506 -> .613/.457/.524 (+0.017,
worst -0.015, AUC 0.757). So on the old code's fresh-document errors a filter does help a
little. But the filter must run on THIS code's output, and there it does not transfer: trained
on the blind predictions and applied to this code's predictions (LOSO), micro heldout9-18
.765 -> .771 (+0.006) with seeds .806->.565, heldout .980->.894, heldout7 .750->.692,
heldout2 -.048, heldout3 -.042, heldout9 -.030 (the old code's errors are not this code's);
training on blind + current predictions is as bad (seeds .806->.512, heldout .980->.939).
Not wired in. (b) "pick a better place/date/type
among alternatives" was not tried: the alternatives are not on the Event output, they live in
extract.py's candidates, which other helpers were editing.

Usage: python examples/tools/train_filter.py [--tag s7a] [--model lr|gbt] [--c C] [--fixed T]
       [--train current|blind|both] [--eval current|blind] [--drop PREFIXES] [--words]
Blind runs: for each heldoutN, ``git archive COMMIT src | tar -x -C /tmp/L-code-COMMIT`` and
``PYTHONPATH=/tmp/L-code-COMMIT/src newsift run tests/heldoutN/*.txt --out /tmp/L-blind-heldoutN``
(COMMIT: 9,10 2f731aa; 11-13 787b919; 14 d0a4f5b; 15-18 1b4937a).

Data: every gold event set of the repo (seeds, corpus, heldout, heldout2..heldout18) and the
baseline predictions in /tmp/ms-TAG-SET/ (events.csv + documents.jsonl, as written by
``bash /work/notes/measure.sh``). A prediction's label is 1 iff the real scorer
(:func:`newsift.eval.events.score_document`) pairs it with a gold event.

Features come only from what the pipeline holds at run time for an Event and its Document
(fields, tags, evidence, position in the article, date distance to publication, events sharing
the evidence, article kind/lang); nothing identifies a document or set.

Evaluation: leave-one-set-out. For each set S, train on all other sets, choose the drop
threshold by an inner leave-one-set-out over the training sets only (the threshold maximising
their micro F1 after filtering), apply to S, and re-score S with the real scorer.
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import json
import math
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

from newsift.eval.events import as_float, as_int, gold_events, score_document
from newsift.eval.gold import read_gold_json

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SETS: dict[str, tuple[Path, Path]] = {
    "seeds": (SHARED / "samples/seeds/gold", SHARED / "samples/seeds"),
    "corpus": (ROOT / "tests/gold/corpus", ROOT / "examples/corpus"),
    "heldout": (ROOT / "tests/heldout/events", ROOT / "tests/heldout/events"),
}
for _n in range(2, 19):
    SETS[f"heldout{_n}"] = (ROOT / f"tests/heldout{_n}", ROOT / f"tests/heldout{_n}")
RECENT = [f"heldout{n}" for n in range(9, 19)]

SUBS = [
    "Armed clash",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Sexual violence",
    "Attack",
    "Abduction/forced disappearance",
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
    "Mob violence",
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
]
MODALITIES = ["asserted", "reported", "denied", "planned", "speculative"]


def _days(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        if len(value) >= 10:
            return dt.date.fromisoformat(value[:10])
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 15)
        if len(value) == 4:
            return dt.date(int(value), 7, 1)
    except ValueError:
        return None
    return None


def features(ev: dict[str, Any], ctx: dict[str, Any]) -> dict[str, float]:
    """Run-time features of one event (``ev``: Event fields; ``ctx``: its document context:
    ``text``, ``articles`` {k: published}, ``segments`` [(kind, article, start, end)],
    ``events`` (all event dicts of the document))."""
    f: dict[str, float] = {}
    sub = ev.get("sub_event_type") or ""
    f[f"sub={sub}"] = 1.0
    f[f"type={ev.get('event_type') or ''}"] = 1.0
    mod = ev.get("modality") or "asserted"
    f[f"mod={mod}"] = 1.0
    f[f"lang={ev.get('lang') or ''}"] = 1.0
    gp = as_int(ev.get("geo_precision"))
    tp = as_int(ev.get("time_precision"))
    f[f"geo_prec={gp}"] = 1.0
    f[f"time_prec={tp}"] = 1.0
    f["no_location"] = float(not ev.get("location"))
    f["no_date"] = float(not ev.get("event_date"))
    f["no_geonameid"] = float(not ev.get("geonameid"))
    f["confidence"] = as_float(ev.get("confidence")) or 0.0
    f["no_actor1"] = float(not ev.get("actor1"))
    f["no_actor2"] = float(not ev.get("actor2"))
    f["assoc"] = float(bool(ev.get("assoc_actor_1")))
    f["claimant"] = float(bool(ev.get("claimant")))
    f["fatalities"] = float(bool(as_int(ev.get("fatalities"))))
    f["civ_target"] = float(bool(ev.get("civilian_targeting")))
    inter1 = as_int(ev.get("inter1"))
    inter2 = as_int(ev.get("inter2"))
    f[f"inter1={inter1}"] = 1.0
    f[f"inter2={inter2}"] = 1.0
    tags = ev.get("tags") or ""
    for key in ("date range", "contested by", "learned"):
        f[f"tag:{key}"] = float(key in tags)
    m = re.search(r"date basis: (\w+)", tags)
    f[f"date_basis={m.group(1) if m else 'own'}"] = 1.0
    m = re.search(r"location basis: (\w+)", tags)
    f[f"loc_basis={m.group(1) if m else 'own'}"] = 1.0
    m = re.search(r"plover: (\w+)", tags)
    f[f"plover={m.group(1) if m else ''}"] = 1.0
    ev_text = ev.get("evidence_text") or ""
    f["ev_len"] = math.log1p(len(ev_text)) / 6
    f["ev_words"] = math.log1p(len(ev_text.split())) / 4
    loc = (ev.get("location") or "").casefold()
    low = ev_text.casefold()
    f["place_in_ev"] = float(bool(loc) and loc.split(",")[0].split(" (")[0] in low)
    # position in the article, among its events
    start = as_int(ev.get("evidence_start")) or 0
    art = ev.get("article")
    art_k = as_int(art)
    segs = [s for s in ctx["segments"] if s[1] == art_k and s[0] in ("title", "body")]
    body = [s for s in segs if s[0] == "body"]
    if body:
        lo, hi = min(s[2] for s in body), max(s[3] for s in body)
        f["pos_in_body"] = min(1.0, max(0.0, (start - lo) / max(1, hi - lo)))
        f["body_len"] = math.log1p(hi - lo) / 10
    f["in_title"] = float(any(s[0] == "title" and s[2] <= start < s[3] for s in segs))
    f["n_articles"] = math.log1p(len(ctx["articles"]))
    same_art = [e for e in ctx["events"] if as_int(e.get("article")) == art_k]
    f["n_events_art"] = math.log1p(len(same_art)) / 3
    f["rank_in_art"] = sum(
        1 for e in same_art if (as_int(e.get("evidence_start")) or 0) < start
    ) / max(1, len(same_art))
    f["share_ev"] = math.log1p(
        sum(1 for e in same_art if e.get("evidence_start") == ev.get("evidence_start")) - 1
    )
    f["same_sub_art"] = math.log1p(sum(1 for e in same_art if e.get("sub_event_type") == sub) - 1)
    f["same_loc_art"] = math.log1p(
        sum(1 for e in same_art if loc and (e.get("location") or "").casefold() == loc) - 1
    )
    pub = _days(ctx["articles"].get(art_k))
    day = _days(ev.get("event_date"))
    f["no_pub"] = float(pub is None)
    if pub is not None and day is not None:
        d = (day - pub).days
        f["future"] = float(d > 1)
        f["age_log"] = math.log1p(max(0, -d)) / 8
        f["same_day_pub"] = float(abs(d) <= 1)
    # cue words of the evidence (closed, language-agnostic surface cues)
    f["ev_quote"] = float(any(q in ev_text for q in ('"', "«", "“")))
    f["ev_question"] = float("?" in ev_text)
    f["ev_digits"] = float(bool(re.search(r"\d", ev_text)))
    f["ev_year_old"] = float(bool(re.search(r"\b(19\d\d|200\d|201[0-3])\b", ev_text)))
    if WORDS:
        for w in set(re.findall(r"\w+", low)):
            if not w.isdigit():
                f[f"w={w}"] = 0.3
    return f


WORDS = "--words" in sys.argv


# ------------------------------------------------------------------ data


def run_dir(name: str, source: str, tag: str) -> Path:
    """Where a set's predictions are: ``current`` = /tmp/ms-TAG-SET (this code's run, in sample
    for the rules), ``blind`` = /tmp/L-blind-SET (the code the set was blind to)."""
    return Path(f"/tmp/ms-{tag}-{name}" if source == "current" else f"/tmp/L-blind-{name}")


def load_set(name: str, run: Path) -> list[dict[str, Any]]:
    """One record per scored document: its predictions (CSV rows), gold, and context."""
    gold_dir, _docs_dir = SETS[name]
    docs: dict[str, dict[str, Any]] = {}
    for line in (run / "documents.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            docs[d["doc_id"]] = d
    rows: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    with (run / "events.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rows[row["doc_id"]].append(row)
    by_stem = {Path(str(d.get("external_id") or d["source"])).stem: d for d in docs.values()}
    out = []
    for gpath in sorted(gold_dir.glob("*.json")):
        d = by_stem.get(gpath.stem)
        gold = gold_events(read_gold_json(gpath))
        pred = rows.get(d["doc_id"], []) if d else []
        ctx = {
            "articles": {a["k"]: a.get("published") for a in (d or {}).get("articles") or []},
            "segments": [
                (s["kind"], s["article"], s["start"], s["end"])
                for s in (d or {}).get("segments") or []
            ],
            "events": pred,
        }
        res = score_document(gold, pred)
        pos = {j for _, j in res["pairs"]}
        out.append(
            {
                "set": name,
                "doc": gpath.stem,
                "gold": gold,
                "pred": pred,
                "labels": [int(j in pos) for j in range(len(pred))],
                "feats": [features(p, ctx) for p in pred],
            }
        )
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs: list[dict[str, Any]], keep: list[list[bool]] | None) -> tuple[int, int, int]:
    """(matched, predicted, gold) with the real scorer after dropping unkept predictions."""
    tp = npred = ngold = 0
    for i, d in enumerate(docs):
        pred = (
            d["pred"] if keep is None else [p for p, k in zip(d["pred"], keep[i], strict=True) if k]
        )
        res = score_document(d["gold"], pred)
        tp += res["matched"]
        npred += res["pred"]
        ngold += res["gold"]
    return tp, npred, ngold


# ------------------------------------------------------------------ model


class Vectorizer:
    def __init__(self, dicts: list[dict[str, float]], min_count: int = 3) -> None:
        counts: collections.Counter[str] = collections.Counter()
        for f in dicts:
            counts.update(k for k, v in f.items() if v)
        self.names = sorted(k for k, c in counts.items() if c >= min_count)
        self.index = {k: i for i, k in enumerate(self.names)}

    def transform(self, dicts: list[dict[str, float]]) -> np.ndarray:
        x = np.zeros((len(dicts), len(self.names)))
        for r, f in enumerate(dicts):
            for k, v in f.items():
                i = self.index.get(k)
                if i is not None:
                    x[r, i] = v
        return x


def fit(docs: list[dict[str, Any]], kind: str, c: float) -> Any:
    feats = [f for d in docs for f in d["feats"]]
    y = np.array([lab for d in docs for lab in d["labels"]])
    vec = Vectorizer(feats)
    x = vec.transform(feats)
    if kind == "gbt":
        from sklearn.ensemble import HistGradientBoostingClassifier

        model = HistGradientBoostingClassifier(
            max_iter=150, learning_rate=0.05, max_leaf_nodes=8, min_samples_leaf=20
        )
    else:
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    return vec, model


def predict(m: Any, docs: list[dict[str, Any]]) -> list[np.ndarray]:
    vec, model = m
    out = []
    for d in docs:
        if not d["feats"]:
            out.append(np.zeros(0))
            continue
        out.append(model.predict_proba(vec.transform(d["feats"]))[:, 1])
    return out


THRESHOLDS = [0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]


def keep_mask(probs: list[np.ndarray], thr: float) -> list[list[bool]]:
    return [[bool(p >= thr) for p in ps] for ps in probs]


def choose_threshold(train: dict[str, list[dict[str, Any]]], kind: str, c: float) -> float:
    """Inner leave-one-set-out over the training sets: the threshold with the best micro F1."""
    probs: dict[str, list[np.ndarray]] = {}
    for s in train:
        m = fit([d for t, ds in train.items() if t != s for d in ds], kind, c)
        probs[s] = predict(m, train[s])
    best = (-1.0, 0.0)
    for thr in THRESHOLDS:
        tp = npred = ngold = 0
        for s, ds in train.items():
            a, b, g = score(ds, keep_mask(probs[s], thr))
            tp, npred, ngold = tp + a, npred + b, ngold + g
        f1 = prf(tp, npred, ngold)[2]
        if f1 > best[0] + 1e-9:
            best = (f1, thr)
    return best[1]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tag", default="s7a")
    ap.add_argument("--model", default="lr", choices=["lr", "gbt"])
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--fixed", type=float, default=None, help="fixed threshold (no inner CV)")
    ap.add_argument("--train", default="current", choices=["current", "blind", "both"])
    ap.add_argument("--eval", default="current", choices=["current", "blind"])
    ap.add_argument("--drop", default="", help="comma-separated feature prefixes left out")
    ap.add_argument("--words", action="store_true", help="evidence words as features")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    drop = tuple(p for p in args.drop.split(",") if p)
    srcs = ["current", "blind"] if args.train == "both" else [args.train]
    pool: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for src in {*srcs, args.eval}:
        pool[src] = {}
        for s in SETS:
            run = run_dir(s, src, args.tag)
            if (run / "events.csv").exists():
                pool[src][s] = load_set(s, run)
    if drop:
        for sets in pool.values():
            for ds in sets.values():
                for d in ds:
                    d["feats"] = [
                        {k: v for k, v in f.items() if not k.startswith(drop)} for f in d["feats"]
                    ]
    evaluated = pool[args.eval]
    data = {s: [d for src in srcs for d in pool[src].get(s, [])] for s in SETS}
    data = {s: ds for s, ds in data.items() if ds}
    n = sum(len(d["labels"]) for ds in data.values() for d in ds)
    pos = sum(sum(d["labels"]) for ds in data.values() for d in ds)
    print(f"{n} predicted events, {pos} positive ({pos / n:.3f})")
    rows = []
    all_y: list[int] = []
    all_p: list[float] = []
    tot: collections.Counter[str] = collections.Counter()
    for s in evaluated:
        train = {t: ds for t, ds in data.items() if t != s}
        thr = args.fixed if args.fixed is not None else choose_threshold(train, args.model, args.c)
        m = fit([d for ds in train.values() for d in ds], args.model, args.c)
        probs = predict(m, evaluated[s])
        for d, ps in zip(evaluated[s], probs, strict=True):
            all_y.extend(d["labels"])
            all_p.extend(ps.tolist())
        before = score(evaluated[s], None)
        after = score(evaluated[s], keep_mask(probs, thr))
        f0, f1 = prf(*before)[2], prf(*after)[2]
        rows.append((s, thr, before, after, f0, f1))
        print(
            f"{s:10} thr={thr:.2f} before tp/pred/gold={before} F1={f0:.3f}  "
            f"after={after} F1={f1:.3f}  {f1 - f0:+.3f}",
            flush=True,
        )
        if s in RECENT:
            tot["b_tp"] += before[0]
            tot["b_pred"] += before[1]
            tot["b_gold"] += before[2]
            tot["a_tp"] += after[0]
            tot["a_pred"] += after[1]
            tot["a_gold"] += after[2]
    from sklearn.metrics import roc_auc_score

    print(f"LOSO AUC (all evaluated predictions): {roc_auc_score(all_y, all_p):.3f}")
    fb = prf(tot["b_tp"], tot["b_pred"], tot["b_gold"])
    fa = prf(tot["a_tp"], tot["a_pred"], tot["a_gold"])
    print(f"micro heldout9-18: before P/R/F1={fb[0]:.3f}/{fb[1]:.3f}/{fb[2]:.3f}")
    print(f"micro heldout9-18: after  P/R/F1={fa[0]:.3f}/{fa[1]:.3f}/{fa[2]:.3f}")
    worst = min(r[5] - r[4] for r in rows)
    print(f"gain {fa[2] - fb[2]:+.4f}; worst set {worst:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
