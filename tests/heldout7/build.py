"""Build the held-out-7 dumps and their gold from `src/NAME.src` and `gold_data.py`.

Why: the line labels live next to the text (`TAG|text`: `X` boiler, `C` comment, `T<k>`,
`B<k>`, `M<k>` title/body/meta of article k; an empty line or a lone `|` is `empty`), so they
cannot drift.
Writes `NAME.txt`, `NAME.lines.tsv` and `NAME.json`, and checks that every title sits on its
title line and every evidence is an exact quote inside its own article's title/body lines.
Run: .venv/bin/python tests/heldout7/build.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gold_data import DOCS  # noqa: E402

KINDS = {"T": "title", "B": "body", "M": "meta"}


def parse(src: Path) -> tuple[list[str], list[str]]:
    """Lines of the dump and their labels."""
    lines: list[str] = []
    labels: list[str] = []
    for raw in src.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.strip() == "|":
            lines.append("")
            labels.append("empty")
            continue
        tag, _, text = raw.partition("|")
        if tag == "X":
            labels.append("boiler")
        elif tag == "C":
            labels.append("comment")
        elif tag[:1] in KINDS and tag[1:].isdigit():
            labels.append(f"{KINDS[tag[0]]}:{tag[1:]}")
        else:
            raise ValueError(f"{src.name}: bad tag {tag!r}")
        if not text.strip():
            raise ValueError(f"{src.name}: blank text under tag {tag!r}")
        lines.append(text)
    return lines, labels


def check(name: str, lines: list[str], labels: list[str], gold: dict) -> list[str]:
    """Problems in one document's gold."""
    errs: list[str] = []
    for k, art in enumerate(gold["articles"], 1):
        mine = (f"title:{k}", f"body:{k}")
        own = [ln for ln, lab in zip(lines, labels, strict=True) if lab in mine]
        titles = [ln.strip() for ln, lab in zip(lines, labels, strict=True) if lab == f"title:{k}"]
        if (art["title"] is None) != (not titles) or (art["title"] and art["title"] not in titles):
            errs.append(f"{name} article {k}: title {art['title']!r} vs lines {titles}")
        for ev in art["events"]:
            if not any(ev["evidence"] in ln for ln in own):
                errs.append(
                    f"{name} article {k}: evidence not in its text: {ev['evidence'][:60]!r}"
                )
            if ev["modality"] != "asserted" and not ev["source"]:
                errs.append(f"{name} article {k}: {ev['modality']} event without source")
    if (gold["comments"] > 0) != ("comment" in labels):
        errs.append(f"{name}: comment count {gold['comments']} vs comment lines")
    return errs


def main() -> int:
    errs: list[str] = []
    for name, gold in DOCS.items():
        lines, labels = parse(HERE / "src" / f"{name}.src")
        errs += check(name, lines, labels, gold)
        text = "\n".join(lines) + "\n"
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        assert text.splitlines() == lines
        tsv = "".join(f"{i}\t{lab}\n" for i, lab in enumerate(labels, 1))
        (HERE / f"{name}.lines.tsv").write_text(tsv, encoding="utf-8")
        arts = [
            {"k": k, **{key: a[key] for key in ("title", "lang", "published", "published_basis",
                                                "author", "outlet", "events")},
             "claims": [], "numbers": []}
            for k, a in enumerate(gold["articles"], 1)
        ]  # fmt: skip
        out = {"doc": f"{name}.txt", "articles": arts, "comments": {"count": gold["comments"]}}
        (HERE / f"{name}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        n_ev = sum(len(a["events"]) for a in arts)
        print(f"{name}: {len(lines)} lines, {len(arts)} articles, {n_ev} events")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
