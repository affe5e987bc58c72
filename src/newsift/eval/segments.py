"""Segment scoring against line-labelled gold (DESIGN.md, "segments" rule), exactly.

For each ``NAME.lines.tsv`` (+ ``NAME.json``) of a gold folder, the document ``NAME.txt`` is read
(UTF-8, BOM removed, newlines untouched) and its lines are ``text.splitlines()``. A line's
predicted label is the kind (with article k) of the segment covering most of its non-space
characters; gold ``empty`` lines are skipped. Reported per document and micro-averaged:
line accuracy (exact label with k; gold ``boiler`` = predicted ``boilerplate``), precision /
recall / F1 of article-text lines (``title:*`` and ``body:*`` against the rest) and of
``comment`` lines, and whether the number of articles is right.

Predicted segments come from a ``documents.jsonl`` (matched by ``external_id``, or the file
name of ``source``) or, without one, from running the clean stage on the text.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsift.eval.gold import read_gold_lines, read_text

Span = tuple[int, int, str, int | None]  # start, end, kind, article


def _pred_label(kind: str | None, article: int | None) -> str:
    if kind is None:
        return "none"
    if kind in ("title", "body", "meta"):
        return f"{kind}:{article}"
    if kind == "boilerplate":
        return "boiler"
    return kind


def line_labels(text: str, segments: Iterable[Span]) -> list[str]:
    """Predicted label of every line of ``text.splitlines()`` (majority of non-space chars)."""
    segs = sorted(segments, key=lambda s: (s[0], s[1]))
    out: list[str] = []
    pos = 0
    si = 0
    for raw in text.splitlines(keepends=True):
        start = pos
        pos += len(raw)
        chars = [start + i for i, c in enumerate(raw) if not c.isspace()]
        while si < len(segs) and segs[si][1] <= start:
            si += 1
        votes: dict[tuple[str, int | None], int] = {}
        for off in chars:
            j = si
            while j < len(segs) and segs[j][0] <= off:
                if segs[j][0] <= off < segs[j][1]:
                    key = (segs[j][2], segs[j][3])
                    votes[key] = votes.get(key, 0) + 1
                    break
                j += 1
        if votes:
            kind, art = max(votes.items(), key=lambda kv: kv[1])[0]
            out.append(_pred_label(kind, art))
        else:
            out.append("none")
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | None]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    if p is None and r is None:
        f = None
    elif not p or not r:
        f = 0.0
    else:
        f = 2 * p * r / (p + r)
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def _is_text(label: str) -> bool:
    return label.startswith(("title:", "body:"))


def score_document(gold: list[str], pred: list[str]) -> dict[str, Any]:
    """Counts and scores for one document (``gold`` and ``pred`` are per-line labels)."""
    n = correct = 0
    at = [0, 0, 0]  # tp fp fn for article text
    cm = [0, 0, 0]
    confusion: dict[str, int] = {}
    for i, g in enumerate(gold):
        if g == "empty":
            continue
        p = pred[i] if i < len(pred) else "none"
        n += 1
        if p == g:
            correct += 1
        else:
            key = f"{g} -> {p}"
            confusion[key] = confusion.get(key, 0) + 1
        for counts, test in ((at, _is_text), (cm, lambda x: x == "comment")):
            gt, pt = test(g), test(p)
            if gt and pt:
                counts[0] += 1
            elif pt:
                counts[1] += 1
            elif gt:
                counts[2] += 1
    return {
        "lines": n,
        "correct": correct,
        "accuracy": correct / n if n else None,
        "article_text": _prf(*at),
        "comment": _prf(*cm),
        "errors": dict(sorted(confusion.items(), key=lambda kv: -kv[1])),
    }


def _predictions_from_jsonl(path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            keys = {str(row.get("external_id") or "")}
            source = str(row.get("source") or "")
            if source:
                keys.add(Path(source.split("::", 1)[0]).name)
            for key in keys:
                if key:
                    out.setdefault(key, row)
                    out.setdefault(Path(key).stem, row)
    return out


def _run_clean(name: str, text: str, stage: Any) -> dict[str, Any]:
    from newsift.model import Document, content_id

    doc = Document(
        doc_id=content_id(text.encode("utf-8")),
        source=name,
        external_id=name,
        format="txt",
        text=text,
    )
    doc = stage.process(doc)
    return {
        "segments": [s.to_dict() for s in doc.segments],
        "articles": [a.to_dict() for a in doc.articles],
    }


def evaluate_segments(
    gold_dir: Path, docs_dir: Path | None = None, predictions: Path | None = None
) -> dict[str, Any]:
    """Score predicted segments against every ``*.lines.tsv`` in ``gold_dir``."""
    gold_dir = Path(gold_dir)
    docs_dir = Path(docs_dir) if docs_dir else gold_dir.parent
    preds = _predictions_from_jsonl(Path(predictions)) if predictions else None
    stage = None
    per_doc: list[dict[str, Any]] = []
    for tsv in sorted(gold_dir.glob("*.lines.tsv")):
        name = tsv.name[: -len(".lines.tsv")]
        txt = docs_dir / f"{name}.txt"
        gold_lines = read_gold_lines(tsv)
        gold_json_path = gold_dir / f"{name}.json"
        gold_json = json.loads(gold_json_path.read_text("utf-8")) if gold_json_path.exists() else {}
        gold_articles = len(gold_json.get("articles") or [])
        if not txt.exists():
            per_doc.append({"doc": name, "missing": f"no document {txt}"})
            continue
        text = read_text(txt)
        if preds is not None:
            row = preds.get(f"{name}.txt") or preds.get(name)
            if row is None:
                per_doc.append({"doc": name, "missing": "no prediction in documents.jsonl"})
                continue
        else:
            if stage is None:
                from newsift.clean.stage import CleanStage

                stage = CleanStage()
                stage.setup()
            row = _run_clean(f"{name}.txt", text, stage)
        spans: list[Span] = [
            (int(s["start"]), int(s["end"]), str(s["kind"]), s.get("article"))
            for s in row.get("segments") or []
        ]
        pred = line_labels(text, spans)
        gold = [gold_lines.get(i + 1, "empty") for i in range(len(pred))]
        result = score_document(gold, pred)
        pred_articles = len(row.get("articles") or [])
        if not pred_articles:
            pred_articles = len(
                {s[3] for s in spans if s[2] in ("title", "body") and s[3] is not None}
            )
        result.update(
            doc=name,
            gold_articles=gold_articles,
            pred_articles=pred_articles,
            articles_ok=gold_articles == pred_articles,
        )
        per_doc.append(result)
    scored = [d for d in per_doc if "missing" not in d]
    n = sum(d["lines"] for d in scored)
    correct = sum(d["correct"] for d in scored)

    def micro(key: str) -> dict[str, float | None]:
        return _prf(*(sum(d[key][c] for d in scored) for c in ("tp", "fp", "fn")))

    overall = {
        "documents": len(scored),
        "missing": len(per_doc) - len(scored),
        "lines": n,
        "accuracy": correct / n if n else None,
        "article_text": micro("article_text"),
        "comment": micro("comment"),
        "articles_ok": sum(1 for d in scored if d["articles_ok"]),
    }
    return {"gold": str(gold_dir), "documents": per_doc, "overall": overall}


def _f(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def format_segments(result: dict[str, Any]) -> str:
    """A plain-text table of :func:`evaluate_segments`' result."""
    head = (
        f"{'document':<32} {'lines':>5} {'acc':>6} {'text P':>6} {'text R':>6} {'text F1':>7} "
        f"{'com P':>6} {'com R':>6} {'com F1':>6} {'articles':>9}"
    )
    rows = [head, "-" * len(head)]
    for d in result["documents"]:
        if "missing" in d:
            rows.append(f"{d['doc']:<32} {d['missing']}")
            continue
        at, cm = d["article_text"], d["comment"]
        arts = f"{d['pred_articles']}/{d['gold_articles']}{'' if d['articles_ok'] else ' X'}"
        rows.append(
            f"{d['doc'][:32]:<32} {d['lines']:>5} {_f(d['accuracy'])} {_f(at['precision'])} "
            f"{_f(at['recall'])} {_f(at['f1']):>7} {_f(cm['precision'])} {_f(cm['recall'])} "
            f"{_f(cm['f1'])} {arts:>9}"
        )
    o = result["overall"]
    at, cm = o["article_text"], o["comment"]
    rows.append("-" * len(head))
    arts = f"{o['articles_ok']}/{o['documents']} ok"
    rows.append(
        f"{'overall (micro)':<32} {o['lines']:>5} {_f(o['accuracy'])} {_f(at['precision'])} "
        f"{_f(at['recall'])} {_f(at['f1']):>7} {_f(cm['precision'])} {_f(cm['recall'])} "
        f"{_f(cm['f1'])} {arts:>9}"
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score segments against line-labelled gold.")
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--docs", type=Path, default=None)
    ap.add_argument("--predictions", type=Path, default=None)
    ap.add_argument("--errors", action="store_true", help="show the confusions per document")
    args = ap.parse_args(argv)
    result = evaluate_segments(args.gold, args.docs, args.predictions)
    print(format_segments(result))
    if args.errors:
        for d in result["documents"]:
            if d.get("errors"):
                print(f"\n{d['doc']}: " + ", ".join(f"{k} ({v})" for k, v in d["errors"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
