"""Build held-out TimeML files from compact sources.

Why: hand-typed TIMEX3 tags drift (unclosed tags, duplicated tids); the sources mark each
expression inline and this writes well-formed TimeML with sequential tids.

Source format (`*.src`): first line `DCT YYYY-MM-DD LANG`; then the text, where each temporal
expression is written `{text|TYPE|value}` with TYPE D (DATE), U (DURATION), T (TIME), S (SET).
Run: .venv/bin/python tests/heldout/build_timeml.py SRC_DIR OUT_DIR
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

MARK = re.compile(r"\{([^{}|]+)\|([DUTS])\|([^{}|]+)\}")
TYPES = {"D": "DATE", "U": "DURATION", "T": "TIME", "S": "SET"}


def build(src: Path) -> str:
    """TimeML text for one source file."""
    head, _, body = src.read_text(encoding="utf-8").partition("\n")
    _, dct, lang = head.split()
    out: list[str] = []
    pos = 0
    for tid, m in enumerate(MARK.finditer(body), 1):
        out.append(escape(body[pos : m.start()]))
        kind, value = TYPES[m.group(2)], m.group(3)
        out.append(
            f'<TIMEX3 tid="t{tid}" type="{kind}" value={quoteattr(value)}>'
            f"{escape(m.group(1))}</TIMEX3>"
        )
        pos = m.end()
    out.append(escape(body[pos:]))
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError(f"{src.name}: unparsed mark-up")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<TimeML xml:lang="{lang}">\n'
        f"<DOCID>newsift-heldout-{src.stem}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        f"<TEXT>\n{text}</TEXT>\n</TimeML>\n"
    )


def main(argv: list[str]) -> int:
    src_dir, out_dir = Path(argv[1]), Path(argv[2])
    for src in sorted(src_dir.glob("*.src")):
        (out_dir / f"{src.stem}.tml").write_text(build(src), encoding="utf-8")
        print(f"built {src.stem}.tml")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
