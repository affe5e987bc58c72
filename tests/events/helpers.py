"""Build parsed documents with hand-placed mentions, standing in for the upstream stages.

The nlp stage runs for real (spaCy); actor, place and date mentions are placed by hand so the
events rules are tested on their own, whatever the state of the linking stages.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from newsift.model import Article, Document, Event, Mention, Segment, content_id

GEO: dict[str, dict[str, Any]] = {
    # name: geonameid, lat, lon, country -- public GeoNames facts used by the tests
    "Abu Kamal": {"geonameid": 173446, "lat": 34.4506, "lon": 40.9171, "country": "SY"},
    "Deir ez-Zor": {"geonameid": 170794, "lat": 35.3359, "lon": 40.1408, "country": "SY"},
    "Raqqa": {"geonameid": 172955, "lat": 35.9528, "lon": 39.0079, "country": "SY"},
    "Aleppo": {"geonameid": 170063, "lat": 36.2021, "lon": 37.1343, "country": "SY"},
    "Al-Mayadin": {"geonameid": 170843, "lat": 35.0208, "lon": 40.4514, "country": "SY"},
    "Al-Qaim": {"geonameid": 99608, "lat": 34.3697, "lon": 41.0942, "country": "IQ"},
    "Homs": {"geonameid": 169577, "lat": 34.7268, "lon": 36.7234, "country": "SY"},
    "Idlib": {"geonameid": 169389, "lat": 35.9306, "lon": 36.6339, "country": "SY"},
    "Mosul": {"geonameid": 99072, "lat": 36.335, "lon": 43.1189, "country": "IQ"},
    "Baghdad": {"geonameid": 98182, "lat": 33.3406, "lon": 44.4009, "country": "IQ"},
    "Kirkuk": {"geonameid": 94787, "lat": 35.4681, "lon": 44.3922, "country": "IQ"},
    "Dhaka": {"geonameid": 1185241, "lat": 23.7104, "lon": 90.4074, "country": "BD"},
    "Latakia": {"geonameid": 173576, "lat": 35.5313, "lon": 35.7909, "country": "SY"},
    "Tripoli": {"geonameid": 2210247, "lat": 32.8874, "lon": 13.1873, "country": "LY"},
    "Benghazi": {"geonameid": 88319, "lat": 32.1149, "lon": 20.0686, "country": "LY"},
    "Misrata": {"geonameid": 2214846, "lat": 32.3754, "lon": 15.0925, "country": "LY"},
    "Sirte": {"geonameid": 2210554, "lat": 31.2089, "lon": 16.5887, "country": "LY"},
    "Ankara": {"geonameid": 323786, "lat": 39.9199, "lon": 32.8543, "country": "TR"},
    "Kismayo": {"geonameid": 55671, "lat": -0.3582, "lon": 42.5454, "country": "SO"},
    "Nairobi": {"geonameid": 184745, "lat": -1.2833, "lon": 36.8167, "country": "KE"},
    "Maiduguri": {"geonameid": 2331447, "lat": 11.8469, "lon": 13.1571, "country": "NG"},
    "Kabul": {"geonameid": 1138958, "lat": 34.5281, "lon": 69.1723, "country": "AF"},
    "Moscow": {"geonameid": 524901, "lat": 55.752, "lon": 37.6178, "country": "RU"},
    "Washington": {"geonameid": 4140963, "lat": 38.8951, "lon": -77.0364, "country": "US"},
    "Hama": {"geonameid": 170017, "lat": 35.1318, "lon": 36.7578, "country": "SY"},
    "Kilis": {"geonameid": 307864, "lat": 36.7161, "lon": 37.115, "country": "TR"},
    "Saraqib": {"geonameid": 164816, "lat": 35.8645, "lon": 36.8059, "country": "SY"},
    "Maarat al-Numan": {"geonameid": 167611, "lat": 35.6483, "lon": 36.6769, "country": "SY"},
    "Kafr Nubl": {"geonameid": 168661, "lat": 35.6138, "lon": 36.5645, "country": "SY"},
    "Manbij": {"geonameid": 167357, "lat": 36.5282, "lon": 37.955, "country": "SY"},
    "Jarabulus": {"geonameid": 169179, "lat": 36.8175, "lon": 38.0111, "country": "SY"},
    "Syria": {"geonameid": 163843, "lat": 35.0, "lon": 38.0, "country": "SY", "precision": 3},
    "Kikuyu": {"geonameid": 192126, "lat": -1.2463, "lon": 36.6629, "country": "KE"},
    "Kenya": {"geonameid": 192950, "lat": 1.0, "lon": 38.0, "country": "KE", "precision": 3},
    "United States": {
        "geonameid": 6252001,
        "lat": 39.76,
        "lon": -98.5,
        "country": "US",
        "precision": 3,
    },
    "United Kingdom": {
        "geonameid": 2635167,
        "lat": 54.76,
        "lon": -2.7,
        "country": "GB",
        "precision": 3,
    },
    "Libya": {"geonameid": 2215636, "lat": 28.0, "lon": 17.0, "country": "LY", "precision": 3},
    "Russia": {"geonameid": 2017370, "lat": 60.0, "lon": 100.0, "country": "RU", "precision": 3},
    "Idlib province": {
        "geonameid": 169387,
        "lat": 35.75,
        "lon": 36.67,
        "country": "SY",
        "precision": 3,
    },
    "Iraq": {"geonameid": 99237, "lat": 33.0, "lon": 44.0, "country": "IQ", "precision": 3},
}

ACTORS: dict[str, tuple[str, int, str | None]] = {
    # canonical name -> (kb_id, ACLED inter code, country): a small stand-in actor KB
    "Military Forces of Syria": ("sy-mil", 1, "SY"),
    "Military Forces of Russia": ("ru-mil", 1, "RU"),
    "Military Forces of Iraq": ("iq-mil", 1, "IQ"),
    "Military Forces of Turkey": ("tr-mil", 1, "TR"),
    "Military Forces of Libya": ("ly-mil", 1, "LY"),
    "Global Coalition Against Daesh": ("coalition", 8, None),
    "Police Forces of Bangladesh": ("bd-pol", 1, "BD"),
    "Islamic State": ("isis", 2, None),
    "Hezbollah": ("hezbollah", 2, "LB"),
    "Popular Mobilization Forces": ("pmf", 3, "IQ"),
    "Syrian Democratic Forces": ("sdf", 2, "SY"),
    "Hayat Tahrir al-Sham": ("hts", 2, "SY"),
    "Civilians (Syria)": ("sy-civ", 7, "SY"),
    "Protesters (Bangladesh)": ("bd-prot", 6, "BD"),
    "SANA": ("sana", 8, "SY"),
}


def fake_kb() -> dict[str, dict[str, Any]]:
    """The stand-in KB in the shape of the actors stage's ``load_actor_kb()``."""
    out: dict[str, dict[str, Any]] = {}
    for name, (kb_id, inter, country) in ACTORS.items():
        kind = "media" if kb_id == "sana" else "state_force" if inter == 1 else "armed_group"
        out[kb_id] = {
            "id": kb_id,
            "name": name,
            "inter": inter,
            "kind": kind,
            "country": country,
            "parent": None,
        }
    return out


def _find(text: str, surface: str, nth: int = 1) -> int:
    pos = -1
    for _ in range(nth):
        pos = text.find(surface, pos + 1)
        if pos < 0:
            raise AssertionError(f"{surface!r} not in the test text")
    return pos


def locate(text: str, spec: str) -> tuple[int, int, str]:
    """Start, end and surface of ``spec`` in ``text``: ``"EI@2"`` is the second "EI"."""
    surface, _, nth = spec.partition("@")
    start = _find(text, surface, int(nth or 1))
    return start, start + len(surface), surface


def one(events: list[Event], sub: str | None = None) -> Event:
    """The only event (of sub-event type ``sub``); fails listing the events found otherwise."""
    found = [e for e in events if sub is None or e.sub_event_type == sub]
    assert len(found) == 1, [(e.sub_event_type, e.location, e.event_date) for e in events]
    return found[0]


def kb_entries(
    extra: dict[str, tuple[str, int, str | None, str]], parents: dict[str, str] | None = None
) -> dict[str, dict[str, Any]]:
    """Stand-in KB entries for ``extra`` (kb id -> (name, inter, country, kind)), the form the
    events conftest's ``extra_actors`` fixture adds to the stand-in KB."""
    return {
        kb_id: {
            "id": kb_id,
            "name": name,
            "inter": inter,
            "kind": kind,
            "country": country,
            "parent": (parents or {}).get(kb_id),
        }
        for kb_id, (name, inter, country, kind) in extra.items()
    }


def actor_mentions(
    text: str, specs: list[tuple[str, ...]], names: dict[str, tuple[Any, ...]]
) -> list[Mention]:
    """Actor mentions placed by hand: ``(spec, kb_id)`` or ``(spec, kb_id, extractor)`` (spec as
    in :func:`locate`), canonical name from ``names[kb_id][0]``."""
    out = []
    for spec, kb_id, *rest in specs:
        s, e, surface = locate(text, spec)
        extractor = rest[0] if rest else "actors:alias"
        canonical = names[kb_id][0]
        out.append(
            Mention(
                s,
                e,
                surface,
                "actor",
                kb_id=kb_id,
                canonical=canonical,
                extractor=extractor,
                article=1,
            )
        )
    return out


def at_place(events: list[Event], location: str) -> list[Event]:
    """The events placed at ``location`` (a canonical place name)."""
    return [e for e in events if e.location == location]


def show(events: list[Event]) -> list[tuple[object, ...]]:
    """Type, place, date and modality of each event: an assertion message that reads."""
    return [(e.sub_event_type, e.location, e.event_date, e.modality) for e in events]


def modality_at(
    events: list[Event], place: str, modality: str, *, undated: bool = False
) -> list[Event]:
    """Assert events are placed at ``place`` and all have ``modality`` (and no date when
    ``undated``); return them."""
    at = at_place(events, place)
    assert at, show(events)
    assert all(e.modality == modality and (not undated or e.event_date is None) for e in at), show(
        events
    )
    return at


def make_doc(
    text: str,
    actors: list[tuple[str, str]] | None = None,
    places: list[tuple[str, str] | tuple[str, str, int]] | None = None,
    dates: list[tuple[str, str]] | None = None,
    persons: list[str] | None = None,
    lang: str = "en",
    published: str | None = None,
    title: str | None = None,
    comment: str | None = None,
    outlet: str | None = None,
) -> Document:
    """A document: optional title line, the body, an optional comment; mentions placed by
    surface string (``"text@2"`` = second occurrence). Not parsed yet: see ``parse``."""
    parts = []
    segs: list[Segment] = []
    full = ""
    if title:
        segs.append(Segment(0, len(title), "title", 1, lang))
        full = title + "\n\n"
    body_start = len(full)
    full += text
    segs.append(Segment(body_start, len(full), "body", 1, lang))
    if comment:
        full += "\n\n"
        segs.append(Segment(len(full), len(full) + len(comment), "comment", None, lang))
        full += comment
    del parts
    doc = Document(
        doc_id=content_id(full.encode()),
        source="test.txt",
        external_id="test.txt",
        format="txt",
        text=full,
    )
    doc.segments = segs
    doc.articles = [
        Article(
            k=1,
            title=title,
            lang=lang,
            published=published,
            published_precision="day" if published and len(published) == 10 else None,
            outlet=outlet,
        )
    ]

    def at(surface: str) -> tuple[int, int, str]:
        return locate(full, surface)

    for surface, canonical in actors or []:
        s, e, t = at(surface)
        kb_id = ACTORS[canonical][0]
        doc.mentions.append(
            Mention(s, e, t, "actor", kb_id=kb_id, canonical=canonical, extractor="test", article=1)
        )
    for item in places or []:
        surface, name = item[0], item[1]
        s, e, t = at(surface)
        g = GEO[name]
        prec = item[2] if len(item) > 2 else g.get("precision", 1)  # type: ignore[misc]
        doc.mentions.append(
            Mention(
                s,
                e,
                t,
                "place",
                kb_id=f"geonames:{g['geonameid']}",
                canonical=name,
                lat=g["lat"],
                lon=g["lon"],
                country=g["country"],
                geonameid=g["geonameid"],
                precision=prec,
                extractor="test",
                article=1,
            )
        )
    for surface, value in dates or []:
        s, e, t = at(surface)
        prec = {10: "day", 7: "month", 4: "year"}.get(len(value), "range")
        doc.mentions.append(
            Mention(s, e, t, "date", value=value, precision=prec, extractor="test", article=1)
        )
    for surface in persons or []:
        s, e, t = at(surface)
        doc.mentions.append(Mention(s, e, t, "person", canonical=t, extractor="test", article=1))
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    return doc


def real_kb() -> Any:
    """The actor KB the actors stage loads (not the stand-in of the events tests)."""
    from newsift.entities.actors import load_actor_kb

    return load_actor_kb()


@contextlib.contextmanager
def real_actor_kb() -> Iterator[None]:
    """Inside, the events stage reads the real actor KB; the stand-in comes back after."""
    from newsift.events import actors

    saved = actors._kb
    actors._kb = functools.cache(real_kb)
    actors.actor_info.cache_clear()
    try:
        yield
    finally:
        actors._kb = saved
        actors.actor_info.cache_clear()


def full_pipeline() -> Callable[[str], list[dict[str, Any]]]:
    """The default pipeline's stages, set up once, as a callable from a text to its events
    (as dicts): the tests that read whole sentences through every stage."""
    from newsift.config import default_toml
    from newsift.stage import DocumentStage, build_stage

    conf = default_toml()
    stages = []
    for name in conf.get("pipeline", {}).get("stages", []):
        stage = build_stage(name, conf.get("stages", {}).get(name) or {})
        stage.setup()
        stages.append(stage)

    def go(text: str) -> list[dict[str, Any]]:
        doc = Document(
            doc_id=content_id(text.encode()),
            source="t.txt",
            external_id="t.txt",
            format="txt",
            text=text,
        )
        docs = [doc]
        for stage in stages:
            docs = (
                [stage.process(d) for d in docs]
                if isinstance(stage, DocumentStage)
                else list(stage.run(docs))
            )
        return [e.to_dict() for e in docs[0].events]

    return go


@pytest.fixture(scope="module", name="run")
def pipeline_run() -> Iterator[Callable[[str], list[dict[str, Any]]]]:
    """Fixture ``run``: every stage of the default pipeline, with the real actor KB (import it
    into a test module to use it)."""
    pytest.importorskip("spacy")
    with real_actor_kb():
        yield full_pipeline()


@pytest.fixture(autouse=True, name="stand_in_actor_kb")
def real_kb_here() -> Iterator[None]:
    """Overrides conftest's stand-in KB where imported: the events stage reads the real KB."""
    with real_actor_kb():
        yield
