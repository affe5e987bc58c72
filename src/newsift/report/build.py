"""Turn documents, rejects and run statistics into the data the report page renders.

The report is one offline HTML file: this module gathers a compact JSON payload (documents with
their text, segments and mentions; events as rows; contested clusters; rejects; stage timings),
and :mod:`newsift.report.html` embeds it beside the inline script and stylesheet. Everything
from the input stays data: it is escaped for the ``<script type="application/json">`` element
here, and the page only ever puts it into the DOM through ``textContent``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

from newsift.geo import haversine_km
from newsift.model import Document, Event, Reject

#: Column order of an event row in the payload (the page reads them by these names).
EVENT_COLUMNS: tuple[str, ...] = (
    "doc",
    "k",
    "date",
    "prec",
    "type",
    "sub",
    "a1",
    "as1",
    "a2",
    "as2",
    "loc",
    "adm1",
    "country",
    "lat",
    "lon",
    "fat",
    "mod",
    "claimant",
    "es",
    "ee",
    "evtext",
    "conf",
    "extractor",
    "outlet",
    "lang",
    "notes",
    "gid",
    "id",
)

MENTION_CODES = {"actor": 0, "place": 1, "date": 2, "person": 3, "org": 4, "number": 5}
CONTEST_KM = 25.0
CONTEST_DAYS = 2
#: Documents without events keep their text only while the total stays under this many chars;
#: past the hard budget no text is embedded at all (events keep their evidence quotes), so a
#: huge corpus still gives a report a browser can open.
TEXT_BUDGET = 40_000_000
HARD_TEXT_BUDGET = 200_000_000


def safe_url(value: Any) -> str | None:
    """``value`` if it is an absolute http(s) URL with a host, else None (never a link target)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if any(ord(c) < 0x21 for c in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return value


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _day(value: str | None) -> date | None:
    """The first day an ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD...``) refers to."""
    if not value or not isinstance(value, str):
        return None
    try:
        if len(value) >= 10:
            return date.fromisoformat(value[:10])
        if len(value) == 7:
            return date.fromisoformat(value + "-01")
        if len(value) == 4:
            return date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def _num(x: Any) -> float | None:
    if isinstance(x, bool) or x is None:
        return None
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _outlet(doc: Document, k: int | None, ev: Event | None = None) -> str:
    art = doc.article(k) if k is not None else (doc.articles[0] if doc.articles else None)
    for cand in (
        art.outlet if art else None,
        ev.source if ev else None,
        doc.meta.get("outlet") if isinstance(doc.meta, dict) else None,
        _host(safe_url(doc.meta.get("url")) if isinstance(doc.meta, dict) else None),
        _host(safe_url(doc.source)),
    ):
        if isinstance(cand, str) and cand.strip():
            return cand.strip()
    return ""


def _lang(doc: Document, k: int | None, ev: Event | None = None) -> str:
    if ev is not None and ev.lang:
        return ev.lang
    art = doc.article(k) if k is not None else (doc.articles[0] if doc.articles else None)
    if art and art.lang:
        return art.lang
    langs = Counter(s.lang for s in doc.segments if s.kind == "body" and s.lang)
    return langs.most_common(1)[0][0] if langs else ""


def _event_row(ev: Event, di: int, doc: Document) -> list[Any]:
    k = ev.article
    return [
        di,
        k,
        ev.event_date,
        ev.time_precision,
        ev.event_type or "",
        ev.sub_event_type or "",
        ev.actor1,
        ev.assoc_actor_1,
        ev.actor2,
        ev.assoc_actor_2,
        ev.location,
        ev.admin1,
        ev.country,
        _num(ev.latitude),
        _num(ev.longitude),
        ev.fatalities if isinstance(ev.fatalities, int) else None,
        ev.modality or "",
        ev.claimant,
        ev.evidence_start,
        ev.evidence_end,
        ev.evidence_text or "",
        round(_num(ev.confidence) or 0.0, 3),
        ev.extractor,
        _outlet(doc, k, ev),
        _lang(doc, k, ev),
        ev.notes,
        ev.geonameid,
        ev.event_id,
    ]


def contested_clusters(
    events: list[dict[str, Any]], km: float = CONTEST_KM, days: int = CONTEST_DAYS
) -> list[dict[str, Any]]:
    """Same event told differently: same type, within ``km`` and ``days`` of a seed event.

    ``events`` are dicts with ``i, type, lat, lon, day, doc, fat, a1, mod, date``. Leader
    clustering (events sorted by date join the first open cluster whose seed is near enough)
    keeps clusters bounded -- single linkage would chain a busy city into one blob -- and a
    grid of ~0.25 degree cells keeps the cost near linear. A cluster is kept when at least two
    different documents (near-duplicates count as one) report it and their figures, dates,
    main actors or modality differ.
    """
    cell = 0.25
    usable = [e for e in events if e["type"] and e["lat"] is not None and e["day"] is not None]
    usable.sort(key=lambda e: (e["day"], e["i"]))
    clusters: list[dict[str, Any]] = []
    grid: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    for e in usable:
        cy, cx = int(math.floor(e["lat"] / cell)), int(math.floor(e["lon"] / cell))
        best = None
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                bucket = grid.get((e["type"], cy + dy, cx + dx))
                if not bucket:
                    continue
                # drop clusters whose seed is too old to match anything later (sorted by day)
                bucket[:] = [c for c in bucket if e["day"] - clusters[c]["day"] <= days]
                for ci in bucket:
                    seed = clusters[ci]
                    if best is not None and ci >= best:
                        continue
                    if haversine_km(seed["lat"], seed["lon"], e["lat"], e["lon"]) <= km:
                        best = ci
        if best is None:
            clusters.append({"day": e["day"], "lat": e["lat"], "lon": e["lon"], "members": [e]})
            grid[(e["type"], cy, cx)].append(len(clusters) - 1)
        else:
            clusters[best]["members"].append(e)
    out = []
    for c in clusters:
        members = c["members"]
        docs = {m["root"] for m in members}
        if len(docs) < 2:
            continue
        diffs = []
        if len({m["fat"] for m in members if m["fat"] is not None}) > 1:
            diffs.append("figures")
        if len({m["date"] for m in members if m["date"]}) > 1:
            diffs.append("dates")
        if len({(m["a1"] or "").strip().lower() for m in members if m["a1"]}) > 1:
            diffs.append("actors")
        if len({m["mod"] for m in members if m["mod"]}) > 1:
            diffs.append("modality")
        if diffs:
            out.append({"ev": [m["i"] for m in members], "docs": len(docs), "diff": diffs})
    out.sort(key=lambda c: (-len(c["diff"]), -c["docs"], c["ev"][0]))
    return out


def _stage_rows(stats: dict[str, Any] | None) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Per-stage rows and the remaining totals, from whatever shape the store returns."""
    if not isinstance(stats, dict):
        return [], {}
    stages = stats.get("stages")
    if not isinstance(stages, dict):
        stages = {k: v for k, v in stats.items() if isinstance(v, dict) and "seconds" in v}
    rows = []
    for name, v in stages.items():
        if not isinstance(v, dict):
            continue
        rows.append(
            {
                "stage": str(name),
                "documents": _num(v.get("documents")),
                "errors": _num(v.get("errors")),
                "seconds": _num(v.get("seconds")),
            }
        )
    totals = {
        str(k): v
        for k, v in stats.items()
        if k != "stages" and isinstance(v, (int, float, str)) and not isinstance(v, bool)
    }
    counts = stats.get("counts")
    if isinstance(counts, dict):
        totals.update({str(k): v for k, v in counts.items() if isinstance(v, (int, float, str))})
    return rows, totals


def build_payload(
    docs: Iterable[Document],
    rejects: Iterable[Reject],
    stats: dict[str, Any] | None = None,
    *,
    title: str = "newsift report",
    text_budget: int = TEXT_BUDGET,
    hard_text_budget: int = HARD_TEXT_BUDGET,
) -> dict[str, Any]:
    """The report's data: one pass over the documents (streamed), then rejects and stats."""
    out_docs: list[dict[str, Any]] = []
    rows: list[list[Any]] = []
    cl_input: list[dict[str, Any]] = []
    id_index: dict[str, int] = {}
    text_used = 0
    n_articles = 0
    art_langs: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    published: list[str] = []
    n_dups = 0
    n_errors = 0
    n_comments = 0
    for doc in docs:
        di = len(out_docs)
        id_index[doc.doc_id] = di
        has_events = bool(doc.events)
        text: str | None = doc.text
        over = text_used + len(doc.text)
        if over > hard_text_budget or (not has_events and over > text_budget):
            text = None
        else:
            text_used += len(doc.text)
        meta = doc.meta if isinstance(doc.meta, dict) else {}
        arts = []
        for a in doc.articles:
            arts.append(
                {
                    "k": a.k,
                    "title": a.title,
                    "lang": a.lang,
                    "pub": a.published,
                    "author": a.author,
                    "outlet": _outlet(doc, a.k),
                }
            )
            n_articles += 1
            art_langs[a.lang or "?"] += 1
            outlets[_outlet(doc, a.k) or "(unknown)"] += 1
            if a.published:
                published.append(a.published)
        comments = sum(1 for s in doc.segments if s.kind == "comment")
        n_comments += comments
        if doc.duplicate_of:
            n_dups += 1
        if doc.error:
            n_errors += 1
        url = safe_url(meta.get("url")) or safe_url(doc.source)
        mentions = [
            [m.start, m.end, MENTION_CODES[m.kind], m.canonical or None, _mention_value(m)]
            for m in sorted(doc.mentions, key=lambda m: (m.start, -m.end))
            if m.kind in MENTION_CODES
        ]
        out_docs.append(
            {
                "id": doc.doc_id,
                "src": doc.source,
                "ext": doc.external_id,
                "fmt": doc.format,
                "url": url,
                "title": meta.get("title") if isinstance(meta.get("title"), str) else None,
                "dup": doc.duplicate_of,
                "err": doc.error,
                "warn": list(doc.warnings[:5]),
                "arts": arts,
                "text": text,
                "chars": len(doc.text),
                "segs": [[s.start, s.end, s.kind, s.article, s.lang] for s in doc.segments],
                "m": mentions,
                "nev": len(doc.events),
                "ncom": comments,
            }
        )
        for ev in doc.events:
            i = len(rows)
            row = _event_row(ev, di, doc)
            rows.append(row)
            day = _day(ev.event_date)
            cl_input.append(
                {
                    "i": i,
                    "type": row[4],
                    "lat": row[13] if row[14] is not None else None,
                    "lon": row[14],
                    "day": day.toordinal() if day else None,
                    "date": ev.event_date,
                    "doc": doc.doc_id,
                    "dup": doc.duplicate_of,
                    "fat": row[15],
                    "a1": ev.actor1,
                    "mod": ev.modality,
                }
            )
    for e in cl_input:  # near-duplicates of a document count as the same source
        e["root"] = e["dup"] if e["dup"] in id_index else e["doc"]
    rej = [
        {"source": r.source, "stage": r.stage, "error": r.error, "doc": r.doc_id} for r in rejects
    ]
    stage_rows, totals = _stage_rows(stats)
    by_type = Counter(r[4] or "(untyped)" for r in rows)
    by_mod = Counter(r[16] or "(none)" for r in rows)
    ev_days = sorted(d for d in (_day(r[2]) for r in rows) if d)
    pub_days = sorted(d for d in (_day(p) for p in published) if d)
    summary = {
        "documents": len(out_docs),
        "articles": n_articles,
        "languages": art_langs.most_common(),
        "outlets": outlets.most_common(),
        "published_span": [pub_days[0].isoformat(), pub_days[-1].isoformat()] if pub_days else None,
        "event_span": [ev_days[0].isoformat(), ev_days[-1].isoformat()] if ev_days else None,
        "events": len(rows),
        "events_by_type": by_type.most_common(),
        "events_by_modality": by_mod.most_common(),
        "rejects": len(rej),
        "duplicates": n_dups,
        "doc_errors": n_errors,
        "comments": n_comments,
        "texts_omitted": sum(1 for d in out_docs if d["text"] is None),
    }
    return {
        "title": title,
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "summary": summary,
        "stages": stage_rows,
        "totals": totals,
        "ecols": list(EVENT_COLUMNS),
        "events": rows,
        "docs": out_docs,
        "contested": contested_clusters(cl_input),
        "rejects": rej,
        "contest_rule": {"km": CONTEST_KM, "days": CONTEST_DAYS},
    }


def _mention_value(m: Any) -> str | None:
    v = m.value
    if v is None or isinstance(v, (dict, list)):
        return None if v is None else str(v)[:80]
    return str(v)[:80]
