"""Build held-out plain-text dumps and their line gold from labelled sources.

Why: writing a dump and its `NAME.lines.tsv` by hand separately drifts; here each source line
carries its label, so text and gold stay in step.

Source format (`*.src`, UTF-8): one line of the dump per line, written `TAG|text`.
TAG is `X` (boiler), `C` (comment), `T<k>`, `B<k>`, `M<k>` (title, body, meta of article k).
An empty source line is an empty dump line (label `empty`). `W|   ` writes a whitespace-only
line (also `empty`). The dump is written without a trailing newline, as collected dumps are.

Run: .venv/bin/python tests/heldout/build_docs.py SRC_DIR OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

TAGS = {"X": "boiler", "C": "comment"}
PARTS = {"T": "title", "B": "body", "M": "meta"}


def label(tag: str) -> str:
    """Gold label for a source tag."""
    if tag in TAGS:
        return TAGS[tag]
    if tag[0] in PARTS and tag[1:].isdigit():
        return f"{PARTS[tag[0]]}:{int(tag[1:])}"
    raise ValueError(f"unknown tag {tag!r}")


def build(src: Path, out_dir: Path) -> None:
    """Write NAME.txt and NAME.lines.tsv for one source file."""
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
        if tag == "W":
            lines.append(text)
            labels.append("empty")
            continue
        lines.append(text)
        labels.append(label(tag))
    name = src.stem
    (out_dir / f"{name}.txt").write_text("\n".join(lines), encoding="utf-8")
    rows = "".join(f"{i}\t{lab}\n" for i, lab in enumerate(labels, 1))
    (out_dir / f"{name}.lines.tsv").write_text(rows, encoding="utf-8")


def main(argv: list[str]) -> int:
    src_dir, out_dir = Path(argv[1]), Path(argv[2])
    for src in sorted(src_dir.glob("*.src")):
        build(src, out_dir)
        print(f"built {src.stem}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
