"""Line-by-line and article-field failures of a newsift run on the held-out-2 set.

Why: the eval commands give figures; stage owners need the failing lines (line, expected, got)
and the article fields (title, published, author, outlet, count) that differ, to fix causes.

Run: .venv/bin/newsift run tests/heldout2/*.txt --out /tmp/h2out -q
     .venv/bin/python tests/heldout2/report.py /tmp/h2out/documents.jsonl [--events]

With --events (events.csv read beside documents.jsonl): every gold event with its match or,
for a miss, the predicted events drawn from the same sentence (type, place, date, modality),
so a miss can be told apart as "not extracted", "wrong type", "wrong place" or "wrong date";
then the spurious events.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsift.eval.events import evaluate_events
from newsift.eval.gold import read_gold_json, read_gold_lines, read_text
from newsift.eval.segments import line_labels

HERE = Path(__file__).resolve().parent
FIELDS = ("title", "published", "author", "outlet")


def norm(value: object) -> object:
    """Compare strings without case and surrounding spaces."""
    return value.strip().casefold() if isinstance(value, str) else value


def load_pred(path: Path) -> dict[str, dict]:
    """documents.jsonl rows keyed by the input's file stem."""
    out: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[Path(str(row["source"]).split("::", 1)[0]).stem] = row
    return out


def article_diffs(gold: dict, pred: dict) -> tuple[int, int, list[str]]:
    """(fields right, fields compared, messages) for one document's articles."""
    right = total = 0
    msgs: list[str] = []
    g_arts, p_arts = gold["articles"], pred.get("articles") or []
    if len(g_arts) != len(p_arts):
        msgs.append(f"  articles: expected {len(g_arts)}, got {len(p_arts)}")
    by_k = {a.get("k"): a for a in p_arts}
    for ga in g_arts:
        pa = by_k.get(ga["k"], {})
        for f in FIELDS:
            total += 1
            g, p = ga.get(f), pa.get(f)
            if f == "published" and isinstance(p, str):
                p = p[: len(g)] if isinstance(g, str) and len(p) > len(g) else p
            if norm(g) == norm(p):
                right += 1
            else:
                msgs.append(f"  article {ga['k']} {f}: expected {g!r}, got {pa.get(f)!r}")
    return right, total, msgs


def _short(p: dict) -> str:
    return (
        f"{p.get('sub_event_type')} | {p.get('location')} | {p.get('event_date')} | "
        f"{p.get('modality')} | {p.get('actor1')}"
    )


def event_report(events_csv: Path) -> None:
    """Print each gold event's fate and the spurious predictions, per document."""
    result = evaluate_events(HERE, HERE, events_csv)
    for d in result["documents"]:
        if "missing" in d:
            continue
        text = read_text(HERE / f"{d['doc']}.txt")
        print(f"== {d['doc']} events")
        matched = dict(d["pairs"])
        for i, g in enumerate(d["gold_events"]):
            head = (
                f"{g['sub_event_type']} | {g['location']} | {g['date']} | {g['modality']} | "
                f"{g['actor1']}"
            )
            if i in matched:
                p = d["pred_events"][matched[i]]
                diffs = [
                    f"{k}={p.get(k)!r}"
                    for k in ("sub_event_type", "actor1", "modality")
                    if (p.get(k) or "") != (g.get(k) or "")
                ]
                print(f"  OK   {head}" + (f"  [differs: {', '.join(diffs)}]" if diffs else ""))
                continue
            start = text.find(g["evidence"])
            end = start + len(g["evidence"])
            near = [
                p
                for p in d["pred_events"]
                if p.get("evidence_start")
                and int(p["evidence_start"]) < end
                and int(p["evidence_end"]) > start
            ]
            print(f"  MISS {head}")
            print(f"       evidence: {g['evidence'][:90]}")
            for p in near:
                print(f"       same sentence -> {_short(p)}")
            if not near:
                print("       same sentence -> nothing extracted")
        for j in d["spurious"]:
            p = d["pred_events"][j]
            print(f"  FP   {_short(p)}")
            print(f"       evidence: {str(p.get('evidence_text'))[:90]}")


def main(argv: list[str]) -> int:
    if "--events" in argv:
        argv = [a for a in argv if a != "--events"]
        event_report(Path(argv[1]).parent / "events.csv")
    pred = load_pred(Path(argv[1]))
    right = total = 0
    for tsv in sorted(HERE.glob("*.lines.tsv")):
        name = tsv.name[: -len(".lines.tsv")]
        text = read_text(HERE / f"{name}.txt")
        gold_lines = read_gold_lines(tsv)
        row = pred.get(name)
        print(f"== {name}")
        if row is None:
            print("  not in predictions")
            continue
        segs = [(s["start"], s["end"], s["kind"], s.get("article")) for s in row["segments"]]
        got = line_labels(text, segs)
        lines = text.splitlines()
        for i, g in sorted(gold_lines.items()):
            p = got[i - 1] if i - 1 < len(got) else "none"
            if g != "empty" and g != p:
                print(f"  line {i:3d} expected {g:9s} got {p:9s} | {lines[i - 1][:70]}")
        r, t, msgs = article_diffs(read_gold_json(HERE / f"{name}.json"), row)
        right, total = right + r, total + t
        print("\n".join(msgs))
    print(f"article fields right: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
