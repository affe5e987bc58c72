"""The actor knowledge base: who fights, governs, reports -- one id across languages.

Data (``src/newsift/data/actors/``, see its README):

* ``countries.tsv`` -- one row per country: names, adjectives, demonyms, capitals in
  EN/FR/RU/AR/DE/ES;
* ``state_templates.toml`` -- turns each country into its state actors (government, military,
  police, air force, navy, ministries, civilians, protesters, rioters) with aliases;
* ``kb/*.toml`` -- hand-written actors (units, armed groups, coalitions, agencies, media,
  leaders); an entry whose id matches a generated actor adds aliases or overrides fields;
* ``context.toml`` -- words used by the linker (verbs for metonymy, generic references,
  aircraft nouns).

Public helpers for other stages (e.g. events): :func:`load_actor_kb` (``{id: Actor}``),
:func:`actor_inter` and :func:`acled_name` (the ACLED-style actor name an event should carry:
units roll up to their state force, ministries to their government).
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

KINDS: tuple[str, ...] = (
    "state_force",
    "government",
    "armed_group",
    "party",
    "agency",
    "media",
    "person",
    "coalition",
    "org",
)
ROLES: tuple[str, ...] = (
    "government",
    "military",
    "police",
    "air_force",
    "navy",
    "defence_ministry",
    "foreign_ministry",
    "civilians",
    "protesters",
    "rioters",
)
LANGS: tuple[str, ...] = ("en", "fr", "ru", "ar", "de", "es")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Alias:
    text: str
    lang: str
    weak: bool = False  # matched with lower confidence, only when the context fits


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor of the KB. ``inter`` is ACLED's actor-type code (1 state forces ... 8 other)."""

    id: str
    name: str
    inter: int
    kind: str
    country: str | None = None
    parent: str | None = None
    acled: str | None = None  # ACLED-style name for events when it differs from ``name``
    scope: tuple[str, ...] = ()  # other countries where the actor operates
    aliases: tuple[Alias, ...] = ()
    role: str | None = None  # for generated state actors: one of ROLES

    @property
    def countries(self) -> tuple[str, ...]:
        return ((self.country,) if self.country else ()) + self.scope


@dataclass(frozen=True, slots=True)
class Country:
    """A row of countries.tsv; every field is a tuple of variants (first = preferred)."""

    iso: str
    fields: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def get(self, name: str) -> tuple[str, ...]:
        return self.fields.get(name, ())

    @property
    def power(self) -> bool:
        return self.get("power")[:1] == ("1",)


def _data(path: str) -> str:
    return resources.files("newsift.data").joinpath(f"actors/{path}").read_text("utf-8")


@lru_cache(maxsize=1)
def load_countries() -> dict[str, Country]:
    """Countries of the KB by ISO2 code."""
    lines = [ln for ln in _data("countries.tsv").splitlines() if ln and not ln.startswith("#")]
    out: dict[str, Country] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"):
        iso = row["iso2"].strip().upper()
        fields = {
            k: tuple(v.strip() for v in (val or "").split("|") if v.strip())
            for k, val in row.items()
            if k != "iso2"
        }
        out[iso] = Country(iso=iso, fields=fields)
    return out


@lru_cache(maxsize=1)
def load_context() -> dict[str, Any]:
    """The linker's word lists (context.toml)."""
    return tomllib.loads(_data("context.toml"))


def _strip_accent_last(word: str) -> str:
    chars = list(word)
    for i in range(len(chars) - 1, -1, -1):
        base = unicodedata.normalize("NFD", chars[i])
        if len(base) > 1 and base[0] in "aeiou":
            chars[i] = base[0]
            break
    return "".join(chars)


def _fr_plural(word: str) -> str:
    return word if word[-1:] in "sx" else word + "s"


def _es_plural(word: str) -> str:
    if word[-1:] in "aeiou":
        return word + "s"
    if word[-1:] in "áéíóú":
        return word + "es"
    return _strip_accent_last(word) + "es"


def _placeholders(country: Country) -> dict[str, tuple[str, ...]]:
    ph = dict(country.fields)
    ph["iso"] = (country.iso.lower(),)
    ph["name_en1"] = country.get("name_en")[:1]
    ph["adj_en1"] = country.get("adj_en")[:1]
    ph["adj_fr_mp"] = tuple(_fr_plural(a) for a in country.get("adj_fr_m"))
    ph["adj_fr_fp"] = tuple(_fr_plural(a) for a in country.get("adj_fr_f"))
    ph["adj_es_mp"] = tuple(_es_plural(a) for a in country.get("adj_es_m"))
    ph["adj_es_fp"] = tuple(_es_plural(a) for a in country.get("adj_es_f"))
    ph["adj_ar_m"] = tuple("ال" + a for a in country.get("adj_ar"))
    ph["adj_ar_f"] = tuple("ال" + a + "ة" for a in country.get("adj_ar"))
    ph["adj_de_e"] = tuple(a if a.endswith("-") else a + "e" for a in country.get("adj_de"))
    ph["adj_de_en"] = tuple(a if a.endswith("-") else a + "en" for a in country.get("adj_de"))
    return ph


def _expand(template: str, ph: dict[str, tuple[str, ...]]) -> list[str]:
    names = _PLACEHOLDER.findall(template)
    pools = [ph.get(n, ()) for n in names]
    if any(not p for p in pools):
        return []
    out = []
    for combo in itertools.product(*pools):
        text = template
        for n, v in zip(names, combo, strict=True):
            text = text.replace("{" + n + "}", v, 1)
        out.append(re.sub(r"\s+", " ", text.replace("- ", "-")).strip())
    return out


def _parse_alias(text: str, lang: str) -> Alias:
    text = text.strip()
    weak = text.startswith("~")
    return Alias(text=text.lstrip("~").strip(), lang=lang, weak=weak)


def _generated() -> dict[str, dict[str, Any]]:
    templates = tomllib.loads(_data("state_templates.toml"))
    out: dict[str, dict[str, Any]] = {}
    for country in load_countries().values():
        ph = _placeholders(country)
        for role, tpl in templates.items():
            need = tpl.get("requires")
            if need and country.get(need)[:1] != ("1",):
                continue
            first = {k: v[:1] for k, v in ph.items()}
            aid = _expand(tpl["id"], first)[0]
            names = _expand(tpl["name"], first)
            if not names:
                continue
            parent = _expand(tpl["parent"], first) if tpl.get("parent") else []
            acled = _expand(tpl["acled"], first) if tpl.get("acled") else []
            aliases: list[Alias] = []
            for lang in LANGS:
                for t in tpl.get(lang, []):
                    aliases.extend(_parse_alias(a, lang) for a in _expand(t, ph))
            out[aid] = {
                "id": aid,
                "name": names[0],
                "inter": int(tpl["inter"]),
                "kind": tpl["kind"],
                "country": country.iso,
                "parent": parent[0] if parent else None,
                "acled": acled[0] if acled else None,
                "aliases": aliases,
                "role": role,
            }
    return out


def _hand_written() -> list[dict[str, Any]]:
    base = resources.files("newsift.data").joinpath("actors/kb")
    entries: list[dict[str, Any]] = []
    for item in sorted(base.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            data = tomllib.loads(item.read_text("utf-8"))
            for entry in data.get("actor", []):
                entry["_file"] = item.name
                entries.append(entry)
    return entries


class KBError(ValueError):
    """The actor data files are inconsistent (duplicate id, missing field...)."""


@lru_cache(maxsize=1)
def load_actor_kb() -> dict[str, Actor]:
    """Every actor by id (generated state actors merged with the hand-written entries).

    Cached per process: the first call parses the data files (~0.1 s), later calls are free.
    """
    records = _generated()
    seen: set[str] = set()
    for entry in _hand_written():
        aid = entry.get("id", "")
        if not aid or aid in seen:
            raise KBError(f"{entry.get('_file')}: missing or duplicate actor id {aid!r}")
        seen.add(aid)
        rec = records.get(aid)
        if rec is None:
            missing = [k for k in ("name", "inter", "kind") if k not in entry]
            if missing:
                raise KBError(f"{entry['_file']}: actor {aid!r} lacks {', '.join(missing)}")
            rec = {"id": aid, "aliases": [], "role": None, "country": None, "parent": None}
            records[aid] = rec
        for key in ("name", "inter", "kind", "country", "parent", "acled", "scope"):
            if key in entry:
                rec[key] = entry[key]
        for lang in LANGS:
            rec["aliases"].extend(_parse_alias(a, lang) for a in entry.get(lang, []))
    out: dict[str, Actor] = {}
    for aid, rec in records.items():
        # The canonical name is an alias too -- a weak one if the data marks it weak.
        name = rec["name"].casefold()
        weak_name = any(a.weak and a.text.casefold() == name for a in rec["aliases"])
        aliases = [Alias(text=rec["name"], lang="en", weak=weak_name), *rec["aliases"]]
        uniq: dict[tuple[str, str], Alias] = {}
        for a in aliases:
            if a.text and (a.text, a.lang) not in uniq:
                uniq[(a.text, a.lang)] = a
        out[aid] = Actor(
            id=aid,
            name=rec["name"],
            inter=int(rec["inter"]),
            kind=rec["kind"],
            country=(rec.get("country") or None),
            parent=(rec.get("parent") or None),
            acled=(rec.get("acled") or None),
            scope=tuple(rec.get("scope") or ()),
            aliases=tuple(uniq.values()),
            role=rec.get("role"),
        )
    return out


def state_actor_id(iso: str, role: str) -> str:
    """Id of a generated state actor: ``state_actor_id("SY", "air_force") == "sy-air-force"``."""
    return f"{iso.lower()}-{role.replace('_', '-')}"


def actor_inter(kb_id: str) -> int | None:
    """ACLED inter code (1-8) of an actor id, None if unknown."""
    actor = load_actor_kb().get(kb_id)
    return actor.inter if actor else None


def acled_name(kb_id: str) -> str | None:
    """The ACLED-style actor name events should use for ``kb_id``.

    An explicit ``acled`` field wins; a state unit (Tiger Forces, an air force) rolls up to the
    top state force of its country ("Military Forces of Syria"); a person, ministry or agency
    rolls up through its parents to the first actor that is not a person/ministry/agency.
    """
    kb = load_actor_kb()
    actor = kb.get(kb_id)
    if actor is None:
        return None
    seen: set[str] = set()
    cur = actor
    while cur.id not in seen:
        seen.add(cur.id)
        if cur.acled:
            return cur.acled
        parent = kb.get(cur.parent) if cur.parent else None
        if parent is None:
            return cur.name
        if cur.kind in ("person", "agency") or (cur.kind == "government" and cur.role is None):
            cur = parent
            continue
        if cur.kind == "state_force" and parent.kind == "state_force":
            cur = parent
            continue
        if cur.role in ("defence_ministry", "foreign_ministry"):
            cur = parent
            continue
        return cur.name
    return actor.name
