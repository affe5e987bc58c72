"""Military airbases and airports of the Syrian and Iraqi wars as named facilities.

GeoNames' cities500 lists none of them, so "l'aéroport militaire de Kuweires" fell to the
province capital 30 km away. Each base (data/places/airbases.tsv) is spelled in the forms the
press uses (data/places/airbase_forms.txt: "X airbase", "base aérienne de X", "مطار X") and
resolves like a features.tsv facility: the nearest listed place, geo_precision 2, the base's
own point when that place lies far off.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from newsift.entities.place_text import script_of

Feature = tuple[str, int, int, tuple[float, float] | None, str | None]


def _lines(name: str) -> list[str]:
    text = resources.files("newsift.data.places").joinpath(name).read_text("utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _names(cell: str) -> list[str]:
    return [n.strip() for n in cell.split("|") if n.strip()]


@cache
def airbase_forms() -> tuple[str, ...]:
    """The forms of airbase_forms.txt, each with one "{}"."""
    return tuple(ln.strip() for ln in _lines("airbase_forms.txt") if "{}" in ln)


def _formed(name: str) -> list[str]:
    """Every form of one name, the Arabic forms for an Arabic name and the others otherwise."""
    arabic = script_of(name) == "ar"
    return [f.format(name) for f in airbase_forms() if (script_of(f) == "ar") == arabic]


@cache
def airbase_rows() -> tuple[tuple[str, tuple[str, ...], int, tuple[float, float] | None], ...]:
    """(canonical name, every name it is written as, GeoNames id, own point or None) per base."""
    out = []
    for line in _lines("airbases.tsv"):
        cols = [c.strip() for c in line.split("\t")]
        cols = [c for c in cols if not c.startswith("#")] + [""] * 7
        canonical, alone, formed, literal, gid, lat, lon = cols[:7]
        names: list[str] = [canonical]
        for n in _names(alone):
            names += [n, *_formed(n)]
        for n in _names(formed):
            names += _formed(n)
        names += _names(literal)
        point = (float(lat), float(lon)) if lat and lon else None
        out.append((canonical, tuple(dict.fromkeys(names)), int(gid), point))
    return tuple(out)


def airbase_features() -> list[Feature]:
    """The bases as features.tsv entries: (name, GeoNames id, precision 2, own point, None)."""
    return [(n, gid, 2, point, None) for _, names, gid, point in airbase_rows() for n in names]


def airbase_names() -> dict[str, str]:
    """A base's name as written (casefolded) -> its canonical name."""
    out: dict[str, str] = {}
    for canonical, names, _, _ in airbase_rows():
        for n in names:
            out.setdefault(n.casefold(), canonical)
    return out
