"""``newsift eval places``: geoparsing scores on a gold JSONL of toponyms.

Gold rows: ``{"id", "text", "lang"?, "toponyms": [{"start", "end", "lat", "lon",
"geonameid"?}]}``. Each row becomes a one-segment document run through the ``nlp`` stage (when
it can be loaded; otherwise gazetteer scanning alone) and the ``places`` stage.

Scores, as the geoparsing literature reports them:
* ``found_share`` -- gold toponyms with a place mention overlapping their span;
* ``acc161`` -- of the found ones, the share resolved within 161 km (100 miles);
* ``auc`` -- area under the curve of sorted ``log(1 + error_km)`` normalised by
  ``log(20039)`` (half the Earth's circumference), as in Gritta et al. (2018), "What's
  missing in geographical parsing?": 0 is perfect, lower is better;
* mean and median error (km), and how many predicted places match no gold toponym.
"""

from __future__ import annotations

import json
import math
import statistics
import time
from pathlib import Path
from typing import Any

from newsift.geo import haversine_km
from newsift.model import Article, Document, Segment, content_id

MAX_ERROR_KM = 20039.0


def auc_of_errors(errors_km: list[float]) -> float | None:
    """Gritta et al.'s AUC: trapezoid area under sorted log(1+error), normalised to [0, 1]."""
    if not errors_km:
        return None
    scaled = sorted(math.log(1 + e) / math.log(MAX_ERROR_KM) for e in errors_km)
    if len(scaled) == 1:
        return scaled[0]
    area = sum((a + b) / 2 for a, b in zip(scaled, scaled[1:], strict=False))
    return area / (len(scaled) - 1)


def _read_gold(path: Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if "text" not in row or "toponyms" not in row:
                raise ValueError(f"{path}:{n}: a gold row needs 'text' and 'toponyms'")
            rows.append(row)
    return rows


def _guess_lang(text: str) -> str | None:
    try:
        from newsift.nlp.lang import guess_lang
    except ImportError:
        return None
    try:
        return guess_lang(text)
    except Exception:
        return None


def _stages() -> tuple[Any, Any, str | None]:
    """(nlp stage or None, places stage, why NER is off)."""
    from newsift.stage import UnknownStageError, build_stage

    nlp = None
    note = None
    try:
        nlp = build_stage("nlp")
        nlp.setup()
    except (UnknownStageError, ImportError, OSError) as exc:
        nlp, note = None, f"nlp stage unavailable, gazetteer only: {exc}"
    places = build_stage("places")
    places.setup()
    return nlp, places, note


def to_document(row: dict[str, Any], source: str) -> Document:
    text = row["text"]
    lang = row.get("lang") or _guess_lang(text)
    return Document(
        doc_id=content_id(text.encode("utf-8")),
        source=source,
        external_id=str(row.get("id", source)),
        format="jsonl",
        text=text,
        segments=[Segment(0, len(text), "body", 1, lang)],
        articles=[Article(k=1, lang=lang)],
    )


def evaluate_places(gold_file: Path, use_nlp: bool = True) -> dict[str, Any]:
    """Run nlp + places over the gold texts and score the toponyms (see module docstring)."""
    gold_file = Path(gold_file)
    rows = _read_gold(gold_file)
    nlp, places, note = _stages() if use_nlp else (None, None, "nlp disabled")
    if places is None:
        from newsift.stage import build_stage

        places = build_stage("places")
        places.setup()
    n_gold = found = 0
    errors: list[float] = []
    predicted = unmatched_pred = 0
    misses: list[dict[str, Any]] = []
    far: list[dict[str, Any]] = []
    extras: list[dict[str, Any]] = []
    t_nlp = t_places = 0.0
    for i, row in enumerate(rows, 1):
        doc = to_document(row, f"{gold_file}::row {i}")
        if nlp is not None:
            t0 = time.perf_counter()
            doc = nlp.process(doc)
            t_nlp += time.perf_counter() - t0
        t0 = time.perf_counter()
        doc = places.process(doc)
        t_places += time.perf_counter() - t0
        mentions = [m for m in doc.mentions if m.kind == "place" and m.lat is not None]
        predicted += len(mentions)
        used: set[int] = set()
        for top in row["toponyms"]:
            n_gold += 1
            s, e = int(top["start"]), int(top["end"])
            over = [
                (min(e, m.end) - max(s, m.start), j, m)
                for j, m in enumerate(mentions)
                if m.start < e and s < m.end
            ]
            if not over:
                misses.append({"id": row.get("id"), "text": doc.text[s:e]})
                continue
            _, j, m = max(over, key=lambda x: x[0])
            used.add(j)
            found += 1
            err = haversine_km(float(top["lat"]), float(top["lon"]), m.lat, m.lon)  # type: ignore[arg-type]
            errors.append(err)
            if err > 161:
                far.append(
                    {
                        "id": row.get("id"),
                        "text": doc.text[s:e],
                        "got": m.canonical,
                        "country": m.country,
                        "km": round(err),
                    }
                )
        for j, m in enumerate(mentions):
            if j in used or any(
                m.start < int(t["end"]) and int(t["start"]) < m.end for t in row["toponyms"]
            ):
                continue
            unmatched_pred += 1
            extras.append({"id": row.get("id"), "text": m.text, "got": m.canonical})
    within = sum(1 for e in errors if e <= 161)
    n_docs = max(1, len(rows))
    return {
        "gold_file": str(gold_file),
        "documents": len(rows),
        "toponyms": n_gold,
        "found": found,
        "found_share": found / n_gold if n_gold else None,
        "acc161": within / found if found else None,
        "auc": auc_of_errors(errors),
        "mean_error_km": statistics.fmean(errors) if errors else None,
        "median_error_km": statistics.median(errors) if errors else None,
        "predicted": predicted,
        "predicted_not_in_gold": unmatched_pred,
        "ner": nlp is not None,
        "note": note,
        "ms_per_doc_nlp": 1000 * t_nlp / n_docs if nlp is not None else None,
        "ms_per_doc_places": 1000 * t_places / n_docs,
        "misses": misses,
        "far": far,
        "extras": extras,
    }


def format_places(result: dict[str, Any]) -> str:
    """A short human-readable report of :func:`evaluate_places`'s result."""

    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{100 * x:.1f} %"

    def num(x: float | None, fmt: str = "{:.1f}") -> str:
        return "n/a" if x is None else fmt.format(x)

    lines = [
        f"places: {result['documents']} documents, {result['toponyms']} gold toponyms"
        + ("" if result.get("ner") else " (no NER)"),
        f"  found (span overlap)   {pct(result['found_share'])}  ({result['found']})",
        f"  accuracy@161km         {pct(result['acc161'])}",
        f"  AUC (log error, lower) {num(result['auc'], '{:.3f}')}",
        f"  mean / median error    {num(result['mean_error_km'])} / "
        f"{num(result['median_error_km'])} km",
        f"  predicted places       {result['predicted']} "
        f"({result['predicted_not_in_gold']} not in gold)",
        f"  time per document      places {num(result['ms_per_doc_places'])} ms"
        + (
            f", nlp {num(result['ms_per_doc_nlp'])} ms"
            if result.get("ms_per_doc_nlp") is not None
            else ""
        ),
    ]
    if result.get("note"):
        lines.append(f"  note: {result['note']}")
    for miss in result.get("misses", [])[:15]:
        lines.append(f"  missed  {miss['id']}: {miss['text']!r}")
    for f in result.get("far", [])[:15]:
        got = f"{f['got']} ({f['country']})"
        lines.append(f"  far     {f['id']}: {f['text']!r} -> {got} {f['km']} km")
    for x in result.get("extras", [])[:15]:
        lines.append(f"  extra   {x['id']}: {x['text']!r} -> {x['got']}")
    return "\n".join(lines)
