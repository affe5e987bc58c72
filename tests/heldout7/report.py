"""Print where a newsift run disagrees with the held-out-7 gold: lines and article fields.

Why: `newsift eval` gives figures; this shows the failing lines (line, gold, predicted, text)
and the article fields (title, published, author, outlet) that differ, to group by cause.
Run: .venv/bin/python tests/heldout7/report.py /tmp/h7out/documents.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("title", "published", "author", "outlet")


def line_labels(text: str, segments: list[dict]) -> list[str]:
    """Predicted label per line: the segment covering most of its non-space characters."""
    out: list[str] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.splitlines()[0] if raw.splitlines() else ""
        counts: dict[str, int] = {}
        for i, ch in enumerate(line):
            if ch.isspace():
                continue
            off = pos + i
            for s in segments:
                if s["start"] <= off < s["end"]:
                    kind = s["kind"] if s["kind"] in ("comment", "boilerplate") else None
                    lab = {"comment": "comment", "boilerplate": "boiler"}.get(
                        s["kind"], f"{s['kind']}:{s['article']}"
                    )
                    counts[kind or lab] = counts.get(kind or lab, 0) + 1
                    break
        if not line.strip():
            out.append("empty")
        else:
            best = max(counts, key=counts.__getitem__) if counts else "none"
            out.append({"boilerplate": "boiler"}.get(best, best))
        pos += len(raw)
    return out


def compare(doc: dict) -> tuple[int, int, int, int]:
    """Print differences for one document; return (lines ok, lines, fields ok, fields)."""
    name = Path(doc["source"]).stem
    gold = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
    rows = (HERE / f"{name}.lines.tsv").read_text(encoding="utf-8").splitlines()
    glabels = [r.split("\t")[1] for r in rows]
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    plabels = line_labels(text, doc["segments"])
    print(f"== {name}")
    ok = n = 0
    for i, (g, p) in enumerate(zip(glabels, plabels, strict=True), 1):
        if g == "empty":
            continue
        n += 1
        ok += g == p
        if g != p:
            print(f"  L{i:<3} gold {g:<8} got {p:<8} {lines[i - 1][:80]}")
    preds = {a["k"]: a for a in doc["articles"]}
    fok = fn = 0
    for art in gold["articles"]:
        got = preds.get(art["k"], {})
        for f in FIELDS:
            fn += 1
            fok += got.get(f) == art[f]
            if got.get(f) != art[f]:
                print(f"  article {art['k']} {f}: gold {art[f]!r} got {got.get(f)!r}")
    if len(doc["articles"]) != len(gold["articles"]):
        print(f"  articles: gold {len(gold['articles'])} got {len(doc['articles'])}")
    return ok, n, fok, fn


def main(path: str) -> None:
    tot = [0, 0, 0, 0]
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if (HERE / f"{Path(doc['source']).stem}.json").exists():
            tot = [a + b for a, b in zip(tot, compare(doc), strict=True)]
    print(f"lines {tot[0]}/{tot[1]}  article fields {tot[2]}/{tot[3]}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/h7out/documents.jsonl")
