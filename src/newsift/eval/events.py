"""Event scoring against the gold format of DESIGN.md ("events" rule), exactly.

A gold and a predicted event match when

* the location is the same place: the same GeoNames id, or the same name after normalisation
  (case, accents, punctuation, spaces, Arabic article prefixes and parentheses ignored), or
  coordinates within 25 km;
* the dates are within one day: the predicted day (or range) overlaps the gold day (or
  ``date``..``date_end`` range) widened by one day on each side; where the gold precision is 3,
  the same month (or the same year when the gold gives only a year). A gold event with no date
  (planned, speculative, an undated denial) matches only a predicted event with no date: a date
  borrowed from the story is not "within one day" of nothing. A predicted event with no date, or
  only a month or year, never matches a gold day;
* the ``event_type`` is the same.

Matching is one-to-one and greedy by predicted confidence (highest first); each predicted event
takes the unmatched gold event that also agrees on sub-event type, then actor1, then is closest
in time. Reported: precision, recall, F1 (micro over documents), then the share of matched
events whose ``sub_event_type``, ``actor1`` and ``modality`` agree.

Predictions come from an ``events.csv`` (with ``documents.jsonl`` beside it mapping ``doc_id``
to the input's file name), or, without one, from running the pipeline in-process on the gold's
documents (``NAME.txt`` in ``docs_dir``, default the gold folder's parent).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from newsift.eval.gold import read_gold_json, read_text
from newsift.geo import haversine_km

MAX_KM = 25.0
_PAREN = re.compile(r"\([^)]*\)")
_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
_ACRONYM = re.compile(r"^\s*[A-Z][A-Za-z0-9-]{1,9}:\s+(?=\S)")  # ACLED's "SDF: Syrian ..."
_ARTICLE = re.compile(r"\b(?:al|el|ad|ar|as|az|ash|an|at|the|le|la|les|l)\b")
_RANGE = re.compile(r"date range:\s*(\S+?)/(\S+?)(?:;|$)")


# ------------------------------------------------------------------ normalisation
def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold()


def norm_place(name: str | None) -> str:
    """A place name for comparison: "Deir ez-Zor" = "Deir Ezzor", "al-Qaim" = "Qaim"."""
    if not name:
        return ""
    text = _plain(_PAREN.sub(" ", name))
    text = re.sub(r"[\W_]+", " ", text)
    text = _ARTICLE.sub(" ", text)
    return re.sub(r"\s+", "", text)


def norm_actor(name: str | None) -> str:
    """An actor name for comparison: ACLED's "(2000-)" period suffixes and its acronym
    prefixes ("YPG: People's Protection Units" = "People's Protection Units") are ignored."""
    if not name:
        return ""
    text = _plain(_YEARS.sub(" ", _ACRONYM.sub("", name)))
    return re.sub(r"[\W_]+", " ", text).strip()


def as_float(x: Any) -> float | None:
    try:
        return None if x in (None, "") else float(x)
    except (TypeError, ValueError):
        return None


def as_int(x: Any) -> int | None:
    try:
        return None if x in (None, "") else int(float(x))
    except (TypeError, ValueError):
        return None


def same_place(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    gid, pid = as_int(gold.get("geonameid")), as_int(pred.get("geonameid"))
    if gid is not None and pid is not None and gid == pid:
        return True
    gn, pn = norm_place(gold.get("location")), norm_place(pred.get("location"))
    if gn and gn == pn:
        return True
    glat, glon = as_float(gold.get("lat")), as_float(gold.get("lon"))
    plat, plon = as_float(pred.get("latitude")), as_float(pred.get("longitude"))
    if None not in (glat, glon, plat, plon):
        return haversine_km(glat, glon, plat, plon) <= MAX_KM  # type: ignore[arg-type]
    return False


# ------------------------------------------------------------------ dates
def _span(value: str | None) -> tuple[dt.date, dt.date, str] | None:
    """``(first day, last day, kind)`` of an ISO day, month or year; kind day|month|year."""
    if not value:
        return None
    value = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
            d = dt.date.fromisoformat(value[:10])
            return d, d, "day"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = int(value[:4]), int(value[5:7])
            last = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
            return dt.date(y, m, 1), last, "month"
        if re.fullmatch(r"\d{4}", value):
            y = int(value)
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    except ValueError:
        return None
    return None


def pred_interval(pred: dict[str, Any]) -> tuple[dt.date, dt.date, str] | None:
    span = _span(pred.get("event_date"))
    if span is None:
        return None
    m = _RANGE.search(pred.get("tags") or "")
    if m and span[2] == "day":
        end = _span(m.group(2))
        if end is not None and end[1] >= span[0]:
            return span[0], end[1], "day"
    return span


def date_distance(gold: dict[str, Any], pred: dict[str, Any]) -> float | None:
    """Days between the gold and predicted dates if they match by the rule, else ``None``."""
    g = _span(gold.get("date"))
    p = pred_interval(pred)
    if g is None:
        return 0.0 if not gold.get("date") and p is None else None
    if p is None:
        return None
    g_end = _span(gold.get("date_end"))
    gs, ge = g[0], (g_end[1] if g_end else g[1])
    ps, pe = p[0], p[1]
    if as_int(gold.get("time_precision")) == 3 or g[2] != "day":
        if g[2] == "year" and not g_end:
            return 0.0 if ps.year <= ge.year and pe.year >= gs.year else None
        months = {(gs.year, gs.month), (ge.year, ge.month)}
        y, m = gs.year, gs.month
        while (y, m) < (ge.year, ge.month):
            m += 1
            if m > 12:
                y, m = y + 1, 1
            months.add((y, m))
        return 0.0 if (ps.year, ps.month) in months or (pe.year, pe.month) in months else None
    if p[2] != "day":
        return None
    if ps <= ge + dt.timedelta(days=1) and pe >= gs - dt.timedelta(days=1):
        if pe < gs:
            return float((gs - pe).days)
        if ps > ge:
            return float((ps - ge).days)
        return 0.0
    return None


# ------------------------------------------------------------------ matching
def match_events(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one matches ``(gold index, predicted index)``, greedy by confidence."""
    order = sorted(range(len(pred)), key=lambda j: -(as_float(pred[j].get("confidence")) or 0.0))
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for j in order:
        p = pred[j]
        best: tuple[tuple[int, int, float], int] | None = None
        for i, g in enumerate(gold):
            if i in taken or (g.get("event_type") or "") != (p.get("event_type") or ""):
                continue
            if not same_place(g, p):
                continue
            dist = date_distance(g, p)
            if dist is None:
                continue
            key = (
                0 if g.get("sub_event_type") == p.get("sub_event_type") else 1,
                0 if norm_actor(g.get("actor1")) == norm_actor(p.get("actor1")) else 1,
                dist,
            )
            if best is None or key < best[0]:
                best = (key, i)
        if best is not None:
            taken.add(best[1])
            pairs.append((best[1], j))
    return pairs


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | None]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def score_document(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    pairs = match_events(gold, pred)
    agree = {"sub_event_type": 0, "actor1": 0, "modality": 0}
    details = []
    for i, j in pairs:
        g, p = gold[i], pred[j]
        if g.get("sub_event_type") == p.get("sub_event_type"):
            agree["sub_event_type"] += 1
        if norm_actor(g.get("actor1")) == norm_actor(p.get("actor1")):
            agree["actor1"] += 1
        if (g.get("modality") or "asserted") == (p.get("modality") or "asserted"):
            agree["modality"] += 1
        details.append((i, j))
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    return {
        "gold": len(gold),
        "pred": len(pred),
        "matched": len(pairs),
        "agree": agree,
        "pairs": details,
        "missed": [i for i in range(len(gold)) if i not in matched_g],
        "spurious": [j for j in range(len(pred)) if j not in matched_p],
        **_prf(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs)),
    }


# ------------------------------------------------------------------ inputs
def gold_events(data: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for art in data.get("articles") or []:
        for ev in art.get("events") or []:
            out.append({**ev, "article": art.get("k")})
    return out


def predictions_from_csv(path: Path) -> dict[str, list[dict[str, Any]]]:
    """events.csv rows grouped by document name (via documents.jsonl beside it)."""
    names: dict[str, set[str]] = {}
    docs = path.parent / "documents.jsonl"
    if docs.exists():
        for line in docs.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            keys = {str(d.get("doc_id"))}
            for field in ("external_id", "source"):
                if d.get(field):
                    keys.add(Path(str(d[field]).split("::")[0]).stem)
            names[str(d.get("doc_id"))] = keys
    out: dict[str, list[dict[str, Any]]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for key in names.get(row.get("doc_id") or "", {row.get("doc_id") or ""}):
                out.setdefault(key, []).append(row)
    return out


def _run_pipeline(paths: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """Run the default pipeline's stages in-process on plain-text documents."""
    from newsift.config import default_toml
    from newsift.model import Document, content_id
    from newsift.stage import CorpusStage, DocumentStage, build_stage

    conf = default_toml()
    stages = []
    for name in conf.get("pipeline", {}).get("stages", []):
        try:
            stage = build_stage(name, conf.get("stages", {}).get(name) or {})
        except Exception:  # noqa: BLE001 - a stage not yet available is skipped, not fatal
            continue
        stage.setup()
        stages.append(stage)
    out: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        text = read_text(path)
        doc = Document(
            doc_id=content_id(path.read_bytes()),
            source=str(path),
            external_id=path.name,
            format="txt",
            text=text,
        )
        docs = [doc]
        for stage in stages:
            if isinstance(stage, DocumentStage):
                docs = [stage.process(d) for d in docs]
            elif isinstance(stage, CorpusStage):
                docs = list(stage.run(docs))
        out[path.stem] = [e.to_dict() for d in docs for e in d.events]
    return out


def evaluate_events(
    gold_dir: Path, docs_dir: Path | None = None, predictions: Path | None = None
) -> dict[str, Any]:
    """Score predicted events against every ``NAME.json`` of ``gold_dir`` (module docstring)."""
    gold_dir = Path(gold_dir)
    docs_dir = Path(docs_dir) if docs_dir else gold_dir.parent
    golds = {p.stem: gold_events(read_gold_json(p)) for p in sorted(gold_dir.glob("*.json"))}
    if predictions is not None:
        preds = predictions_from_csv(Path(predictions))
    else:
        paths = [docs_dir / f"{name}.txt" for name in golds if (docs_dir / f"{name}.txt").exists()]
        preds = _run_pipeline(paths)
    per_doc: list[dict[str, Any]] = []
    for name, gold in golds.items():
        if name not in preds and predictions is None and not (docs_dir / f"{name}.txt").exists():
            per_doc.append({"doc": name, "missing": "no document"})
            continue
        pred = preds.get(name, [])
        res = score_document(gold, pred)
        res["doc"] = name
        res["gold_events"] = gold
        res["pred_events"] = pred
        per_doc.append(res)
    scored = [d for d in per_doc if "missing" not in d]
    tp = sum(d["matched"] for d in scored)
    n_pred = sum(d["pred"] for d in scored)
    n_gold = sum(d["gold"] for d in scored)
    agree = {
        k: (sum(d["agree"][k] for d in scored) / tp if tp else None)
        for k in ("sub_event_type", "actor1", "modality")
    }
    overall = {
        "documents": len(scored),
        "gold": n_gold,
        "pred": n_pred,
        **_prf(tp, n_pred - tp, n_gold - tp),
        "agreement": agree,
    }
    return {"gold": str(gold_dir), "documents": per_doc, "overall": overall}


def _f(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def format_events(result: dict[str, Any], errors: bool = False) -> str:
    """A plain-text table of :func:`evaluate_events`' result (``errors``: list misses)."""
    head = (
        f"{'document':<32} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'sub':>6} {'actor1':>6} {'modal':>6}"
    )
    rows = [head, "-" * len(head)]

    def share(d: dict[str, Any], k: str) -> float | None:
        return d["agree"][k] / d["matched"] if d["matched"] else None

    for d in result["documents"]:
        if "missing" in d:
            rows.append(f"{d['doc'][:32]:<32} {d['missing']}")
            continue
        rows.append(
            f"{d['doc'][:32]:<32} {d['gold']:>5} {d['pred']:>5} {d['matched']:>5} "
            f"{_f(d['precision'])} {_f(d['recall'])} {_f(d['f1'])} "
            f"{_f(share(d, 'sub_event_type'))} {_f(share(d, 'actor1'))} {_f(share(d, 'modality'))}"
        )
    o = result["overall"]
    a = o["agreement"]
    rows.append("-" * len(head))
    rows.append(
        f"{'overall (micro)':<32} {o['gold']:>5} {o['pred']:>5} {o['tp']:>5} "
        f"{_f(o['precision'])} {_f(o['recall'])} {_f(o['f1'])} "
        f"{_f(a['sub_event_type'])} {_f(a['actor1'])} {_f(a['modality'])}"
    )
    if errors:
        for d in result["documents"]:
            if "missing" in d:
                continue
            for i in d["missed"]:
                g = d["gold_events"][i]
                rows.append(
                    f"  MISS {d['doc'][:20]} {g.get('sub_event_type')} | {g.get('location')} | "
                    f"{g.get('date')} | {str(g.get('evidence'))[:70]}"
                )
            for j in d["spurious"]:
                p = d["pred_events"][j]
                rows.append(
                    f"  FP   {d['doc'][:20]} {p.get('sub_event_type')} | {p.get('location')} | "
                    f"{p.get('event_date')} | {str(p.get('evidence_text'))[:70]}"
                )
            for i, j in d["pairs"]:
                g, p = d["gold_events"][i], d["pred_events"][j]
                if g.get("sub_event_type") != p.get("sub_event_type"):
                    rows.append(
                        f"  TYPE {d['doc'][:20]} gold {g.get('sub_event_type')} / pred "
                        f"{p.get('sub_event_type')} | {g.get('location')}"
                    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score events against gold (DESIGN.md rules).")
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--docs", type=Path, default=None)
    ap.add_argument("--predictions", type=Path, default=None)
    ap.add_argument("--errors", action="store_true", help="list misses and spurious events")
    args = ap.parse_args(argv)
    result = evaluate_events(args.gold, args.docs, args.predictions)
    print(format_events(result, errors=args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
