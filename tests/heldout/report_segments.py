"""Line-by-line failures of the clean stage on the held-out dumps, and article fields.

Why: `newsift eval segments` gives the figures; stage owners need the lines behind them.
Run: .venv/bin/python tests/heldout/report_segments.py [GOLD_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from newsift.eval.gold import read_gold_lines, read_text
from newsift.eval.segments import line_labels
from newsift.model import Document, content_id

HERE = Path(__file__).parent


def clean_doc(name: str, text: str, stage: Any) -> Document:
    """Run the clean stage on one plain-text dump."""
    doc = Document(
        doc_id=content_id(text.encode("utf-8")),
        source=name,
        external_id=name,
        format="txt",
        text=text,
    )
    return stage.process(doc)


def report(gold_dir: Path) -> list[str]:
    """One block of failures per document."""
    from newsift.clean.stage import CleanStage

    stage = CleanStage()
    stage.setup()
    out: list[str] = []
    for tsv in sorted(gold_dir.glob("*.lines.tsv")):
        name = tsv.name[: -len(".lines.tsv")]
        text = read_text(gold_dir / f"{name}.txt")
        doc = clean_doc(f"{name}.txt", text, stage)
        spans = [(s.start, s.end, s.kind, s.article) for s in doc.segments]
        pred = line_labels(text, spans)
        gold = read_gold_lines(tsv)
        lines = text.splitlines()
        out.append(f"== {name}")
        for i, line in enumerate(lines, 1):
            g = gold.get(i, "empty")
            if g != "empty" and pred[i - 1] != g:
                out.append(f"  L{i:<3} gold={g:<8} pred={pred[i - 1]:<8} | {line[:90]}")
        gj = json.loads((gold_dir / f"{name}.json").read_text("utf-8"))
        arts = [a.to_dict() for a in doc.articles]
        for ga in gj["articles"]:
            pa = next((a for a in arts if a.get("k") == ga["k"]), {})
            for key in ("title", "lang", "published", "author", "outlet"):
                if (ga.get(key) or None) != (pa.get(key) or None):
                    out.append(
                        f"  article {ga['k']} {key}: gold={ga.get(key)!r} pred={pa.get(key)!r}"
                    )
    return out


if __name__ == "__main__":
    gdir = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "segments"
    print("\n".join(report(gdir)))
