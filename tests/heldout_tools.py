"""Build and report tools shared by the held-out sets written as `src/NAME.src` (heldout3 on).

Why: the line labels live next to the text (`TAG|text`: `X` boiler, `C` comment, `T<k>`,
`B<k>`, `M<k>` title/body/meta of article k; an empty line or a lone `|` is `empty`), so they
cannot drift. `build` writes each set's `NAME.txt`, `NAME.lines.tsv` and `NAME.json` from its
sources and `gold_data.DOCS`, checking that every title sits on its title line and every
evidence is an exact quote inside its own article's title/body lines. `report` prints where a
newsift run disagrees with a set's gold (failing lines, article fields), to group by cause.
Each set's `build.py` and `report.py` only point these at their folder.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

KINDS = {"T": "title", "B": "body", "M": "meta"}
FIELDS = ("title", "published", "author", "outlet")

# a gold place: latitude, longitude, GeoNames id (None where cities500 does not list it)
Place = tuple[float | None, float | None, int | None]


def event_maker(
    places: dict[str, Place], country: Callable[[str], str]
) -> Callable[..., dict[str, Any]]:
    """The sets' `ev(...)`: gold events written in one line each, their place looked up in
    the set's `places` table and its ISO country given by `country(location)`."""

    def ev(
        date: str | None,
        prec: int,
        etype: str,
        sub: str,
        a1: str,
        a2: str | None,
        loc: str,
        geo: int,
        modality: str,
        evidence: str,
        *,
        end: str | None = None,
        assoc: str | None = None,
        source: str | None = None,
        fat: int | None = None,
    ) -> dict[str, Any]:
        """One gold event in the seed gold's key order, with the place's coordinates."""
        lat, lon, gid = places[loc]
        return {
            "date": date,
            "date_end": end,
            "time_precision": prec,
            "event_type": etype,
            "sub_event_type": sub,
            "actor1": a1,
            "assoc_actor_1": assoc,
            "actor2": a2,
            "location": loc,
            "country": country(loc),
            "geo_precision": geo,
            "modality": modality,
            "source": source,
            "fatalities": fat,
            "evidence": evidence,
            "lat": lat,
            "lon": lon,
            "geonameid": gid,
        }

    return ev


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


def check(name: str, lines: list[str], labels: list[str], gold: dict[str, Any]) -> list[str]:
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


def build(here: Path, docs: dict[str, dict[str, Any]]) -> int:
    """Write the set's dumps and gold files; print a line per dump and every problem found."""
    errs: list[str] = []
    for name, gold in docs.items():
        lines, labels = parse(here / "src" / f"{name}.src")
        errs += check(name, lines, labels, gold)
        text = "\n".join(lines) + "\n"
        (here / f"{name}.txt").write_text(text, encoding="utf-8")
        assert text.splitlines() == lines
        tsv = "".join(f"{i}\t{lab}\n" for i, lab in enumerate(labels, 1))
        (here / f"{name}.lines.tsv").write_text(tsv, encoding="utf-8")
        arts = [
            {"k": k, **{key: a[key] for key in ("title", "lang", "published", "published_basis",
                                                "author", "outlet", "events")},
             "claims": [], "numbers": []}
            for k, a in enumerate(gold["articles"], 1)
        ]  # fmt: skip
        out = {"doc": f"{name}.txt", "articles": arts, "comments": {"count": gold["comments"]}}
        (here / f"{name}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        n_ev = sum(len(a["events"]) for a in arts)
        print(f"{name}: {len(lines)} lines, {len(arts)} articles, {n_ev} events")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


def compare(here: Path, doc: dict[str, Any]) -> tuple[int, int, int, int]:
    """Print differences for one document; return (lines ok, lines, fields ok, fields)."""
    from newsift.eval.segments import line_labels

    name = Path(doc["source"]).stem
    gold = json.loads((here / f"{name}.json").read_text(encoding="utf-8"))
    rows = (here / f"{name}.lines.tsv").read_text(encoding="utf-8").splitlines()
    glabels = [r.split("\t")[1] for r in rows]
    text = (here / f"{name}.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    spans = [(s["start"], s["end"], s["kind"], s["article"]) for s in doc["segments"]]
    plabels = line_labels(text, spans)
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


def report(here: Path, path: str) -> None:
    """Differences of every document of a run's documents.jsonl that belongs to the set."""
    tot = [0, 0, 0, 0]
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if (here / f"{Path(doc['source']).stem}.json").exists():
            tot = [a + b for a, b in zip(tot, compare(here, doc), strict=True)]
    print(f"lines {tot[0]}/{tot[1]}  article fields {tot[2]}/{tot[3]}")
