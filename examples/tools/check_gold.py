"""Check the gold of the example corpus (tests/gold/corpus/) against its documents.

Why: gold written by hand drifts from the text it annotates. This catches the mistakes that
would silently corrupt `newsift eval`: wrong line counts, `empty` on a non-blank line, evidence
that is not an exact quote of the article it belongs to, ACLED names misspelt.

Run: .venv/bin/python examples/tools/check_gold.py [CORPUS_DIR GOLD_DIR]
Exit status 1 when a problem is found.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ACLED: dict[str, set[str]] = {
    "Battles": {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    },
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    },
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
MODALITIES = {"asserted", "reported", "denied", "planned", "speculative"}
EVENT_KEYS = [
    "date",
    "date_end",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "location",
    "country",
    "geo_precision",
    "modality",
    "source",
    "fatalities",
    "evidence",
    "lat",
    "lon",
]
LABEL_RE = re.compile(r"^(?:(title|body|meta):([1-9]\d*)|comment|boiler|empty)$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def line_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line of text.splitlines(), as offsets into text."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.splitlines()[0] if line.splitlines() else ""
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def check_doc(txt: Path, gold_dir: Path) -> list[str]:
    """Return the problems found for one document."""
    name = txt.stem
    errs: list[str] = []
    raw = txt.read_bytes()
    text = raw.decode("utf-8-sig")
    lines = text.splitlines()
    tsv = gold_dir / f"{name}.lines.tsv"
    gjson = gold_dir / f"{name}.json"
    if not tsv.exists() or not gjson.exists():
        return [f"{name}: missing {tsv.name} or {gjson.name}"]
    rows = [r.split("\t") for r in tsv.read_text(encoding="utf-8").splitlines() if r]
    if len(rows) != len(lines):
        errs.append(f"{name}: {len(rows)} label rows for {len(lines)} lines")
    labels: list[str] = []
    for i, row in enumerate(rows, 1):
        if len(row) != 2 or row[0] != str(i) or not LABEL_RE.match(row[1]):
            errs.append(f"{name}: bad row {i}: {row!r}")
            labels.append("?")
            continue
        labels.append(row[1])
        if i <= len(lines) and (row[1] == "empty") != (not lines[i - 1].strip()):
            errs.append(f"{name}: line {i} empty/non-empty mismatch ({row[1]})")
    gold = json.loads(gjson.read_text(encoding="utf-8"))
    if gold.get("doc") != txt.name:
        errs.append(f"{name}: doc field {gold.get('doc')!r} != {txt.name!r}")
    ks = [a["k"] for a in gold["articles"]]
    if ks != list(range(1, len(ks) + 1)):
        errs.append(f"{name}: article k values {ks}")
    used_k = {int(lab.split(":")[1]) for lab in labels if ":" in lab}
    if used_k != set(ks):
        errs.append(f"{name}: line labels use articles {sorted(used_k)}, json has {ks}")
    n_comment_lines = labels.count("comment")
    count = gold.get("comments", {}).get("count")
    if not isinstance(count, int) or (count > 0) != (n_comment_lines > 0):
        errs.append(f"{name}: comments.count={count} with {n_comment_lines} comment lines")
    spans = line_spans(text)
    for art in gold["articles"]:
        k = art["k"]
        own = [spans[i] for i, lab in enumerate(labels) if lab in (f"title:{k}", f"body:{k}")]
        if art.get("title") is not None:
            titled = [lines[i].strip() for i, lab in enumerate(labels) if lab == f"title:{k}"]
            if art["title"] not in titled:
                errs.append(f"{name}: article {k} title not on a title:{k} line")
        if art.get("published") and not DATE_RE.match(art["published"]):
            errs.append(f"{name}: article {k} published {art['published']!r}")
        for j, ev in enumerate(art["events"], 1):
            where = f"{name}: article {k} event {j}"
            missing = [key for key in EVENT_KEYS if key not in ev]
            if missing:
                errs.append(f"{where}: missing {missing}")
                continue
            if ev["sub_event_type"] not in ACLED.get(ev["event_type"], set()):
                errs.append(f"{where}: {ev['event_type']!r}/{ev['sub_event_type']!r} not ACLED")
            if ev["modality"] not in MODALITIES:
                errs.append(f"{where}: modality {ev['modality']!r}")
            if ev["time_precision"] not in (1, 2, 3) or ev["geo_precision"] not in (1, 2, 3):
                errs.append(f"{where}: precision out of range")
            for key in ("date", "date_end"):
                if ev[key] is not None and not DATE_RE.match(ev[key]):
                    errs.append(f"{where}: {key} {ev[key]!r}")
            quote = ev["evidence"]
            starts = [m.start() for m in re.finditer(re.escape(quote), text)] if quote else []
            if not starts:
                errs.append(f"{where}: evidence not in document: {quote[:60]!r}")
            elif not any(any(s <= st < e for s, e in own) for st in starts):
                errs.append(f"{where}: evidence not inside article {k} text: {quote[:60]!r}")
    return errs


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else ROOT / "examples" / "corpus"
    gold_dir = Path(argv[2]) if len(argv) > 2 else ROOT / "tests" / "gold" / "corpus"
    docs = sorted(corpus.glob("*.txt"))
    problems = [p for txt in docs for p in check_doc(txt, gold_dir)]
    for p in problems:
        print(p)
    print(f"{len(docs)} documents checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
