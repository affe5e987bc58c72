"""Main-event scoring against FA-KES-style records: one place, date and toll per article.

A FA-KES-style record (JSONL: ``id, text, published, location, casualties{children, civilians,
noncivilians, women}, label``) describes the one event an article is about, so each article's
predicted events are reduced to one MAIN event and compared with it. The rules, plainly:

Main event. Candidates are the article's events whose modality is ``asserted`` or ``reported``
(all its events if none is); of those, only the lowest-numbered article's (a row is normally one
article); of those, the ones dated to a day (an ``event_date`` ``YYYY-MM-DD`` with ACLED
``time_precision`` 1 or 2), if any: an ACLED event is one day at one place, while a tally dated
to a month or a year ("230,000 killed since 2011") is background, not the article's news. The
main event is the candidate with the most fatalities (> 0); if no candidate gives a toll, the
most confident violent one (``Battles``, ``Explosions/Remote violence``, ``Violence against
civilians``); else the most confident one. Ties go to the higher confidence, then to the
earlier evidence.

Place. The record's ``location`` is a governorate or a city. Its spellings are the name itself,
plus, when the name is one of a first-level division's names in the project's admin1 table
(``newsift/data/places/admin1.tsv``: GeoNames admin1 names and their written variants), every
spelling of that division (so "hasakeh" also reads "Al-Hasakah", "lattakia" "Latakia";
governorate = admin1). Names are compared after :func:`newsift.eval.events.norm_place` (case,
accents, punctuation, spaces, Arabic article prefixes ignored). An event is at the record's
place when its ``location`` or its ``admin1`` is one of those spellings. Three figures: the main
event's ``location`` alone; its ``location`` or ``admin1``; any event's ``location`` or
``admin1``. Damascus (city, admin1 "Dimashq") and Rif Dimashq (its countryside) are different
divisions, so an event in Douma does not match a record saying "damascus".

Date. With P the record's ``published`` day and N = 0, 1, 7: the main event's day (or day range,
``date range:`` tag) overlaps ``[P - N, P]``, i.e. it happened on the publication day or at most
N days before it. A month- or year-precision date or no date never matches.

Fatalities. The record's total T is read two ways: the four fields' sum (``sum``), and
civilians + noncivilians where children and women are counted among the civilians, as they
usually are in FA-KES ("six civilians including a child": civilians 6, children 1);
``nested`` = noncivilians + max(civilians, children + women). Our figure F is the main event's
``fatalities``. F matches T when ``|F - T| <= 0.1 * T`` (so exact counts always match; with
T = 0, only F = 0 or no figure matches). No main event, or no figure, is a miss.

Every share is over all articles of the column (an article with no event misses every check),
reported for all records and split by label (1/credible, 0/fake). Predictions come from a run's
``events.csv`` (``documents.jsonl`` beside it maps ``doc_id`` to the row ``id``), or, without one,
from running the default pipeline on the gold file into a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from newsift.eval.events import as_float, as_int, norm_place, pred_interval, predictions_from_csv

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
KEPT_MODALITIES = {"asserted", "reported", ""}
DATE_WINDOWS = (0, 1, 7)
TOLERANCE = 0.10
CASUALTY_FIELDS = ("children", "civilians", "noncivilians", "women")
LABELS = {"1": "credible", "credible": "credible", "true": "credible"}
LABELS.update({"0": "fake", "fake": "fake", "false": "fake"})


# ------------------------------------------------------------------ small readers


def label_of(record: dict[str, Any]) -> str:
    """``credible`` | ``fake`` | ``unknown`` from FA-KES's 1/0 (or the words themselves)."""
    return LABELS.get(str(record.get("label")).strip().casefold(), "unknown")


def read_records(path: Path) -> list[dict[str, Any]]:
    """The gold JSONL's rows (blank lines skipped); a row without ``id`` is numbered."""
    out: list[dict[str, Any]] = []
    with Path(path).open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            row.setdefault("id", str(n))
            out.append(row)
    return out


# ------------------------------------------------------------------ place
_ADMIN1: list[set[str]] | None = None


def admin1_spellings() -> list[set[str]]:
    """Each first-level division's normalised names (name + aliases) from the places table."""
    global _ADMIN1
    if _ADMIN1 is None:
        table = resources.files("newsift.data.places").joinpath("admin1.tsv")
        groups: list[set[str]] = []
        for line in table.read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            names = [cols[1]] + (cols[3].split("|") if len(cols) > 3 else [])
            groups.append({n for n in (norm_place(x) for x in names) if n})
        _ADMIN1 = groups
    return _ADMIN1


def place_spellings(location: str | None) -> set[str]:
    """The record's place name and, if it names an admin1 division, all that division's names."""
    key = norm_place(location)
    if not key:
        return set()
    out = {key}
    for group in admin1_spellings():
        if key in group:
            out |= group
    return out


def at_place(event: dict[str, Any], spellings: set[str], admin1: bool = True) -> bool:
    """The event's ``location`` (or, with ``admin1``, its ``admin1``) is one of ``spellings``."""
    if norm_place(event.get("location")) in spellings:
        return True
    return admin1 and norm_place(event.get("admin1")) in spellings


# ------------------------------------------------------------------ main event
def _article(event: dict[str, Any]) -> int:
    k = as_int(event.get("article"))
    return 1 if k is None else k


def _dated_to_day(event: dict[str, Any]) -> bool:
    """An ``event_date`` naming a day, with ACLED time precision 1 (day) or 2 (week/range)."""
    day = len(str(event.get("event_date") or "")) >= 10
    return day and as_int(event.get("time_precision")) in (1, 2)


def main_event(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The article's main event by the module's rule, or ``None`` without events."""
    if not events:
        return None
    kept = [e for e in events if (e.get("modality") or "").strip() in KEPT_MODALITIES]
    pool = kept or list(events)
    first = min(_article(e) for e in pool)
    pool = [e for e in pool if _article(e) == first]
    pool = [e for e in pool if _dated_to_day(e)] or pool

    def order(e: dict[str, Any]) -> tuple[float, float]:
        start = as_float(e.get("evidence_start"))
        return (-(as_float(e.get("confidence")) or 0.0), start if start is not None else 1e18)

    with_toll = [e for e in pool if (as_int(e.get("fatalities")) or 0) > 0]
    if with_toll:
        return min(with_toll, key=lambda e: (-(as_int(e.get("fatalities")) or 0), *order(e)))
    violent = [e for e in pool if e.get("event_type") in VIOLENT]
    return min(violent or pool, key=order)


# ------------------------------------------------------------------ date
def days_before(event: dict[str, Any], published: str | None, window: int) -> bool:
    """The event's day (range) overlaps ``[published - window, published]``."""
    if not published:
        return False
    try:
        pub = dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return False
    span = pred_interval(event)
    if span is None or span[2] != "day":
        return False
    start, end, _ = span
    return start <= pub and end >= pub - dt.timedelta(days=window)


# ------------------------------------------------------------------ fatalities
def gold_totals(casualties: dict[str, Any] | None) -> dict[str, int]:
    """``sum`` of the four fields and ``nested`` (children, women within civilians)."""
    c = {k: as_int((casualties or {}).get(k)) or 0 for k in CASUALTY_FIELDS}
    nested = c["noncivilians"] + max(c["civilians"], c["children"] + c["women"])
    return {"sum": sum(c.values()), "nested": nested}


def toll_matches(ours: int | None, total: int) -> bool:
    """Within ±10 % of the record's total (exact always; T = 0 wants 0 or no figure)."""
    if total == 0:
        return not ours
    if ours is None:
        return False
    return abs(ours - total) <= TOLERANCE * total


# ------------------------------------------------------------------ scoring
CHECKS = (
    "any_event",
    "place_main_location",
    "place_main",
    "place_any_event",
    *(f"date_{n}d" for n in DATE_WINDOWS),
    "fatalities_sum",
    "fatalities_nested",
)


def score_record(record: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """Every check of one record against its article's predicted events."""
    spellings = place_spellings(record.get("location"))
    main = main_event(events)
    totals = gold_totals(record.get("casualties"))
    ours = as_int(main.get("fatalities")) if main else None
    checks: dict[str, bool] = {
        "any_event": bool(events),
        "place_main_location": bool(main) and at_place(main, spellings, admin1=False),
        "place_main": bool(main) and at_place(main, spellings),
        "place_any_event": any(at_place(e, spellings) for e in events),
    }
    for n in DATE_WINDOWS:
        checks[f"date_{n}d"] = bool(main) and days_before(main, record.get("published"), n)
    checks["fatalities_sum"] = bool(main) and toll_matches(ours, totals["sum"])
    checks["fatalities_nested"] = bool(main) and toll_matches(ours, totals["nested"])
    return {
        "id": str(record.get("id")),
        "label": label_of(record),
        "location": record.get("location"),
        "published": record.get("published"),
        "totals": totals,
        "events": len(events),
        "main": main,
        "checks": checks,
    }


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    counts = {k: sum(r["checks"][k] for r in rows) for k in CHECKS}
    return {
        "articles": n,
        "counts": counts,
        "shares": {k: (v / n if n else None) for k, v in counts.items()},
    }


def score_records(
    records: list[dict[str, Any]], predictions: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    """Score every record; ``predictions`` maps a row id (or doc_id) to its events."""
    rows = [score_record(r, predictions.get(str(r.get("id")), [])) for r in records]
    by_label = {
        lab: _summary([r for r in rows if r["label"] == lab])
        for lab in ("credible", "fake", "unknown")
        if any(r["label"] == lab for r in rows)
    }
    return {"records": rows, "overall": _summary(rows), "by_label": by_label}


# ------------------------------------------------------------------ inputs
def _document_status(events_csv: Path) -> dict[str, Any]:
    """Row ids present in ``documents.jsonl`` beside the events, and those with an error."""
    docs = events_csv.parent / "documents.jsonl"
    seen: set[str] = set()
    doc_ids: dict[str, str] = {}
    errors: dict[str, str] = {}
    if docs.exists():
        for line in docs.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            key = str(d.get("external_id") or d.get("doc_id"))
            seen.add(key)
            doc_ids[key] = str(d.get("doc_id"))
            if d.get("error"):
                errors[key] = str(d["error"])
    return {"known": docs.exists(), "seen": seen, "doc_ids": doc_ids, "errors": errors}


def run_pipeline(gold: Path, out_dir: Path, workers: int | None = None) -> Path:
    """``newsift run GOLD --out OUT_DIR`` in-process (default config); returns events.csv."""
    from newsift.config import load_config
    from newsift.pipeline import run_job

    out_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{(out_dir / 'newsift.db').resolve()}"
    run_job([str(gold)], out_dir, url, load_config(None, {}), workers, None, False)
    return out_dir / "events.csv"


def evaluate_main_event(
    gold: Path, predictions: Path | None = None, workers: int | None = None
) -> dict[str, Any]:
    """Score ``events.csv`` (or a fresh pipeline run) against the records of ``gold``."""
    records = read_records(Path(gold))
    if predictions is None:
        with tempfile.TemporaryDirectory(prefix="newsift-mainevent-") as tmp:
            events_csv = run_pipeline(Path(gold), Path(tmp), workers)
            preds = _read_events(events_csv)
            status = _document_status(events_csv)
    else:
        events_csv = Path(predictions)
        if events_csv.is_dir():
            events_csv = events_csv / "events.csv"
        preds = _read_events(events_csv)
        status = _document_status(events_csv)
    # a row id reaches its events through its doc_id (ids with dots are not file stems)
    for ext, doc_id in status["doc_ids"].items():
        if doc_id in preds:
            preds[ext] = preds[doc_id]
    result = score_records(records, preds)
    ids = [str(r.get("id")) for r in records]
    result["gold"] = str(gold)
    result["predictions"] = str(predictions) if predictions else "(pipeline run)"
    result["missing"] = [i for i in ids if status["known"] and i not in status["seen"]]
    result["doc_errors"] = {i: status["errors"][i] for i in ids if i in status["errors"]}
    return result


def _read_events(events_csv: Path) -> dict[str, list[dict[str, Any]]]:
    """Events by document (``doc_id`` and the row id), via the events scorer's reader."""
    if not events_csv.is_file():
        raise FileNotFoundError(f"predictions not found: {events_csv}")
    return predictions_from_csv(events_csv)


# ------------------------------------------------------------------ output
LABEL_TEXT = {
    "any_event": "any event",
    "place_main_location": "place: main event's location",
    "place_main": "place: main location or admin1",
    "place_any_event": "place: any event's loc./admin1",
    "date_0d": "date: main = published day",
    "date_1d": "date: main 0-1 day before",
    "date_7d": "date: main 0-7 days before",
    "fatalities_sum": "toll ±10%: sum of 4 fields",
    "fatalities_nested": "toll ±10%: civ.+noncivilians",
}


def _cell(summary: dict[str, Any], key: str) -> str:
    share = summary["shares"][key]
    return "     -      " if share is None else f"{share:6.3f} {summary['counts'][key]:>5}"


def format_main_event(result: dict[str, Any], errors: bool = False) -> str:
    """A plain-text table (shares and counts; all, then per label); ``errors`` lists misses."""
    cols = [("all", result["overall"])] + list(result["by_label"].items())
    head = f"{'check':<32}" + "".join(
        f" {name + ' (' + str(s['articles']) + ')':>14}" for name, s in cols
    )
    rows = [head, "-" * len(head)]
    for key in CHECKS:
        rows.append(f"{LABEL_TEXT[key]:<32}" + "".join(f" {_cell(s, key):>14}" for _, s in cols))
    if result.get("missing"):
        rows.append(f"not in documents.jsonl: {len(result['missing'])}")
    if result.get("doc_errors"):
        rows.append(f"documents with an error: {len(result['doc_errors'])}")
    if errors:
        for r in result["records"]:
            c, m = r["checks"], r["main"] or {}
            if not r["events"]:
                rows.append(f"  NONE  {r['id']} [{r['label']}] {r['location']} {r['published']}")
                continue
            if not c["place_main"]:
                rows.append(
                    f"  PLACE {r['id']} [{r['label']}] gold {r['location']} / main "
                    f"{m.get('location')} ({m.get('admin1')}) any={int(c['place_any_event'])}"
                )
            if not c["date_7d"]:
                rows.append(
                    f"  DATE  {r['id']} [{r['label']}] published {r['published']} / main "
                    f"{m.get('event_date') or '-'}"
                )
            if not c["fatalities_sum"] and not c["fatalities_nested"]:
                t = r["totals"]
                rows.append(
                    f"  TOLL  {r['id']} [{r['label']}] gold sum {t['sum']} nested {t['nested']}"
                    f" / main {m.get('fatalities') or '-'} | {str(m.get('evidence_text'))[:60]}"
                )
    return "\n".join(rows)
