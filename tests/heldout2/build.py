"""Build the held-out-2 dumps and their gold from src/*.src and gold_data.py.

Why: a dump and its `NAME.lines.tsv` written separately drift apart; here each source line
carries its label, so the text and its line gold stay in step, and the JSON comes from one
table of events (gold_data.py).

Source format (`src/NAME.src`, UTF-8): one dump line per source line, written `TAG|text`, TAG
being `X` (boiler), `C` (comment), `T<k>` / `B<k>` / `M<k>` (title, body, meta of article k).
An empty source line is an empty dump line. The dump is written without a trailing newline,
as the collected seed dumps are.

Run: .venv/bin/python tests/heldout2/build.py
Then: .venv/bin/python examples/tools/check_gold.py tests/heldout2 tests/heldout2
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gold_data import GOLD  # noqa: E402

TAGS = {"X": "boiler", "C": "comment"}
PARTS = {"T": "title", "B": "body", "M": "meta"}


def label(tag: str) -> str:
    """Gold label for a source tag."""
    if tag in TAGS:
        return TAGS[tag]
    if tag[:1] in PARTS and tag[1:].isdigit():
        return f"{PARTS[tag[0]]}:{int(tag[1:])}"
    raise ValueError(f"unknown tag {tag!r}")


def build(src: Path, out_dir: Path) -> None:
    """Write NAME.txt, NAME.lines.tsv and NAME.json for one source file."""
    lines: list[str] = []
    labels: list[str] = []
    for n, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            lines.append("")
            labels.append("empty")
            continue
        tag, sep, text = raw.partition("|")
        if not sep:
            raise ValueError(f"{src.name}:{n}: no TAG| prefix")
        lines.append(text)
        labels.append(label(tag))
    name = src.stem
    (out_dir / f"{name}.txt").write_text("\n".join(lines), encoding="utf-8")
    rows = "".join(f"{i}\t{lab}\n" for i, lab in enumerate(labels, 1))
    (out_dir / f"{name}.lines.tsv").write_text(rows, encoding="utf-8")
    gold = GOLD[name]
    doc = {
        "doc": f"{name}.txt",
        "articles": gold["articles"],
        "comments": {"count": gold["comments"]},
    }
    (out_dir / f"{name}.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def main() -> int:
    for src in sorted((HERE / "src").glob("*.src")):
        build(src, HERE)
        print(f"built {src.stem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
