"""Build ``assets/world_110m.json`` (country outlines for the report map) from Natural Earth.

The source is Natural Earth's 1:110m admin-0 countries (public domain) exactly as the
``geopandas`` 0.14.4 wheel on PyPI ships it (``geopandas/datasets/naturalearth_lowres``). The
generated JSON is committed, so neither geopandas nor any network is needed to write a report.
Regenerate with::

    pip download --no-deps -d /tmp/gp geopandas==0.14.4
    python -m newsift.report.worldgen /tmp/gp/geopandas-0.14.4-py3-none-any.whl

The shapefile and dBase readers below cover exactly what that file uses (polygons, character
and numeric fields), so the build needs the standard library only.
"""

from __future__ import annotations

import json
import math
import struct
import sys
import zipfile
from pathlib import Path

MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
OUT = Path(__file__).parent / "assets" / "world_110m.json"


def read_shp(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Polygon records (shape type 5) of a .shp file as lists of rings of (lon, lat)."""
    shapes: list[list[list[tuple[float, float]]]] = []
    pos = 100
    while pos < len(data):
        _num, words = struct.unpack(">ii", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + words * 2]
        pos += 8 + words * 2
        (stype,) = struct.unpack("<i", body[:4])
        if stype != 5:
            shapes.append([])
            continue
        nparts, npoints = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{nparts}i", body[44 : 44 + 4 * nparts]))
        off = 44 + 4 * nparts
        pts = [struct.unpack("<dd", body[off + 16 * i : off + 16 * i + 16]) for i in range(npoints)]
        parts.append(npoints)
        shapes.append([pts[parts[i] : parts[i + 1]] for i in range(nparts)])
    return shapes


def read_dbf(data: bytes) -> list[dict[str, str]]:
    """Records of a dBase III file as dicts of stripped strings."""
    nrec, hlen, rlen = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\x00")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(nrec):
        rec = data[hlen + i * rlen : hlen + (i + 1) * rlen]
        off = 1  # deletion flag
        row = {}
        for name, width in fields:
            row[name] = rec[off : off + width].decode("utf-8", "replace").strip()
            off += width
        rows.append(row)
    return rows


def ring_path(ring: list[tuple[float, float]], digits: int = 1) -> str:
    """SVG path of one ring in plain lon/-lat coordinates, rounded and de-duplicated."""
    out: list[tuple[float, float]] = []
    for lon, lat in ring:
        p = (round(lon, digits), round(-lat, digits))
        if not out or out[-1] != p:
            out.append(p)
    if len(out) < 3:
        return ""
    body = "L".join(f"{x:g},{y:g}" for x, y in out)
    return f"M{body}Z"


def label_point(rings: list[list[tuple[float, float]]]) -> tuple[float, float, float]:
    """Centroid (lon, lat) of the largest ring and the square root of its area in degrees."""
    best = (0.0, 0.0, 0.0)
    for ring in rings:
        a = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            cross = x0 * y1 - x1 * y0
            a += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if a and abs(a) / 2 > best[2]:
            best = (cx / (3 * a), cy / (3 * a), abs(a) / 2)
    return round(best[0], 2), round(best[1], 2), round(math.sqrt(best[2]), 2)


def build(source: Path) -> dict[str, object]:
    """Read the shapefile (from the geopandas wheel or a folder) and return the asset dict."""
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as zf:
            shp = zf.read(MEMBER + ".shp")
            dbf = zf.read(MEMBER + ".dbf")
    else:
        shp = (source / "naturalearth_lowres.shp").read_bytes()
        dbf = (source / "naturalearth_lowres.dbf").read_bytes()
    countries = []
    for rec, rings in zip(read_dbf(dbf), read_shp(shp), strict=True):
        if rec.get("continent") == "Antarctica":
            continue
        d = "".join(ring_path(r) for r in rings)
        if d:
            lon, lat, size = label_point(rings)
            countries.append([rec.get("iso_a3", ""), rec.get("name", ""), d, lon, lat, size])
    return {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), as shipped in the "
        "geopandas 0.14.4 wheel (geopandas/datasets/naturalearth_lowres); Antarctica dropped",
        "format": "countries: [iso_a3, name, SVG path in (lon, -lat) degrees, label lon, "
        "label lat, sqrt(area of largest ring) in degrees]",
        "countries": countries,
    }


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        raise SystemExit("usage: python -m newsift.report.worldgen GEOPANDAS_WHEEL_OR_DIR [OUT]")
    out = Path(args[1]) if len(args) > 1 else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(build(Path(args[0])), separators=(",", ":")), "utf-8")
    print(f"wrote {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
