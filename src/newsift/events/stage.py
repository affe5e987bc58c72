"""The ``events`` stage: ACLED-style events from each article's title and body.

Reads what the upstream stages filled -- ``doc.segments`` / ``doc.articles`` (clean),
``doc.sentences`` / ``doc.tokens`` (nlp), ``doc.mentions`` of kind actor, place, person, org and
date (actors, places, time) -- and writes ``doc.events`` (:class:`newsift.model.Event`).
Comments and boilerplate are never read; near-duplicates (``doc.duplicate_of``) are skipped.

Meta: ``doc.meta["events.stats"]`` = ``{"candidates": n, "events": m}`` for diagnostics.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import urlparse

from newsift.events.actors import actor_info, interaction, ref_info
from newsift.events.extract import ArticleExtractor, Cand
from newsift.events.index import DocIndex
from newsift.events.learned import LEARNED_LABEL, Decision, Typing, mark
from newsift.events.merge import merge
from newsift.events.periods import dated_names
from newsift.events.resources import countries, lexicon, schema
from newsift.events.sides import (
    agreement_party,
    branch_name,
    civilians_of,
    local_state,
    named_government_forces,
)
from newsift.events.vetting import Vetter
from newsift.events.when import act_date, parse_point
from newsift.model import Document, Event
from newsift.stage import DocumentStage

EXTRACTOR = "newsift.events:rules-v1"


def event_id(
    doc_id: str, article: int | None, sub: str, location: str | None, date: str | None
) -> str:
    """Stable id: a hash of document, article, type, location and date."""
    key = "\x00".join([doc_id, str(article), sub, location or "", date or ""])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _outlet(doc: Document, k: int | None) -> str | None:
    art = doc.article(k) if k is not None else None
    if art is not None and art.outlet:
        return art.outlet
    for key in ("outlet", "site_name", "publisher"):
        if isinstance(doc.meta.get(key), str) and doc.meta[key]:
            return doc.meta[key]
    url = doc.meta.get("url")
    if isinstance(url, str) and url:
        host = urlparse(url).netloc
        return host[4:] if host.startswith("www.") else host or None
    return None


def _notes(e: Event) -> str:
    """A one-line English summary of the event."""
    verb = schema().verb.get(e.sub_event_type, "was involved in an event")
    if e.actor2:
        verb = verb.replace("{a2}", e.actor2)
    else:
        verb = re.sub(r"\s+(?:with|from|on|against|at)\s+\{a2\}", "", verb).replace(" {a2}", "")
    who = e.actor1 or "Unidentified actors"
    if e.assoc_actor_1:
        who += f" (with {e.assoc_actor_1})"
    where = f" in {e.location}" if e.location else ""
    if e.location and e.geo_precision == 2:
        where = f" near {e.location}"
    when = ""
    if e.event_date:
        when = f" on {e.event_date}" if len(e.event_date) == 10 else f" in {e.event_date}"
    text = f"{who} {verb}{where}{when}"
    if e.fatalities:
        text += f"; {e.fatalities} reported killed"
    prefix = {
        "reported": f"Reported by {e.claimant or 'a source'}: ",
        "denied": f"Denied by {e.claimant or 'a party'}: ",
        "planned": "Planned: ",
        "speculative": "Possible: ",
    }.get(e.modality, "")
    return (prefix + text + ".").replace("..", ".")


_FIGHTING = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _local_sides(doc: Document, c: Cand, e: Event) -> None:
    """Civilians and unnamed state forces take the event's country (newsift.events.sides)."""
    iso2 = (c.place.ref.m.country or "").upper() if c.place is not None else ""
    for ref, attr in ((c.actor1, "1"), (c.actor2, "2")):
        local = local_state(doc, ref, iso2)
        if local is not None:
            setattr(e, f"actor{attr}", local[0])
            setattr(e, f"inter{attr}", local[1])
        branch = branch_name(ref, iso2)
        if branch and getattr(e, f"actor{attr}") == actor_info(ref.m.kb_id, None).name:  # type: ignore[union-attr]
            setattr(e, f"actor{attr}", branch)
    if (
        e.actor1
        and e.actor1.startswith("Government of ")
        and (e.event_type in _FIGHTING or e.sub_event_type == "Non-violent transfer of territory")
    ):
        # a state fights through its forces, also when a merge brought "le régime" in; its
        # forces take over ground handed over ("Bagdad entend reprendre le poste-frontière")
        e.actor1 = "Military Forces of " + e.actor1[len("Government of ") :]
    agreement_party(e)  # a deal's state party is its government (newsift.events.sides)
    for attr in ("actor1", "actor2"):  # "forces gouvernementales" of the government it names
        own = named_government_forces(doc, getattr(e, attr), iso2)
        if own is not None:
            setattr(e, attr, own)
    e.actor1 = civilians_of(e.actor1, e.country)
    e.actor2 = civilians_of(e.actor2, e.country)
    if e.assoc_actor_1:
        e.assoc_actor_1 = "; ".join(
            civilians_of(n, e.country) or n for n in e.assoc_actor_1.split("; ")
        )
    e.interaction = interaction(e.inter1, e.inter2) if (e.actor1 or e.actor2) else None


def to_event(doc: Document, c: Cand, k: int | None, lang: str) -> Event:
    """Fill every Event field from a merged candidate."""
    sch = schema()
    e = Event(
        event_type=sch.event_type[c.sub],
        sub_event_type=c.sub,
        doc_id=doc.doc_id,
        article=k,
        lang=lang,
        modality=c.modality,
        claimant=c.claimant,
        evidence_start=c.ev_start,
        evidence_end=c.ev_end,
        evidence_text=doc.text[c.ev_start : c.ev_end],
        extractor=EXTRACTOR,
        confidence=c.confidence,
        fatalities=c.fatalities,
        source=_outlet(doc, k),
    )
    i1, i2 = c.info1(), c.info2()
    if i1 is not None:
        e.actor1, e.inter1 = i1.name, i1.inter
    elif c.actor1_name:
        e.actor1, e.inter1 = c.actor1_name, c.actor1_inter
    if c.assoc:
        names = []
        for r in c.assoc:
            info = ref_info(r)
            if info.name and info.name not in names and info.name != e.actor1:
                names.append(info.name)
        e.assoc_actor_1 = "; ".join(names) or None
    if i2 is not None:
        e.actor2, e.inter2 = i2.name, i2.inter
    e.interaction = interaction(e.inter1, e.inter2) if (e.actor1 or e.actor2) else None
    if e.inter2 == 7 or (e.event_type == "Violence against civilians" and e.inter2 in (None, 7)):
        e.civilian_targeting = "Civilian targeting"
    if c.place is not None:
        m = c.place.ref.m
        e.location = m.name
        e.latitude, e.longitude = m.lat, m.lon
        e.geonameid = m.geonameid
        e.admin1 = m.admin1
        e.geo_precision = c.place.precision
        country = countries().get((m.country or "").upper())
        if country is not None:
            e.iso, e.country = country.isonumeric, country.name
    _local_sides(doc, c, e)
    art = doc.article(k) if k is not None else None
    pub = parse_point(art.published) if art is not None and art.published else None
    c.when = act_date(c.modality, c.when, pub.end if pub else None)  # CONVENTIONS 7: undated
    if c.when is not None:
        e.event_date = c.when.value
        e.year = c.when.year
        e.time_precision = c.when.precision
    art = doc.article(k) if k is not None else None
    refs = {"actor1": c.actor1, "actor2": c.actor2}
    refs.update({f"assoc:{n}": r for n, r in enumerate(c.assoc)})
    dated_names(e, refs, art.published if art else None)
    tags = [f"plover: {c.trig.plover or sch.plover[c.sub]}"]
    if c.when is not None and c.when.range_end and c.when.range_end != c.when.value:
        tags.append(f"date range: {c.when.value}/{c.when.range_end}")
    if c.date_basis in ("inherited", "published"):
        tags.append(f"date basis: {c.date_basis}")
    if c.place is not None and c.place.basis in ("anaphor", "previous", "focus"):
        tags.append(f"location basis: {c.place.basis}")
    if c.contested:
        tags.append(f"contested by: {', '.join(c.contested)}")
    e.tags = "; ".join(tags)
    e.notes = _notes(e)
    e.event_id = event_id(doc.doc_id, k, e.sub_event_type, e.location, e.event_date)
    return e


def article_lang(doc: Document, k: int | None) -> str:
    art = doc.article(k) if k is not None else None
    langs = doc.meta.get("nlp.langs") or {}
    lang = (art.lang if art else None) or langs.get(str(k))
    if not lang:
        seg = next((s for s in doc.article_segments(k) if s.lang), None)
        lang = seg.lang if seg else None
    return (lang or "en").lower()


def extract_events(doc: Document, typing: Typing | None = None) -> list[Event]:
    """Every event of every article of ``doc`` (see the module docstring); with ``typing``,
    the learned typer re-types and ranks them (:mod:`newsift.events.learned`)."""
    if doc.duplicate_of:
        return []
    ix = DocIndex.build(doc)
    ks = sorted({s.article for s in ix.sentences}, key=lambda k: (k is None, k or 0))
    events: list[Event] = []
    stats = {"candidates": 0, "events": 0}
    for k in ks:
        lang = article_lang(doc, k)
        ext = ArticleExtractor(ix, k, doc.article(k) if k is not None else None, lang)
        cands = ext.run()
        learned = typing is not None and typing.used_for(ext.lang)
        if learned and not cands:
            cands = typing.propose(ext)  # type: ignore[union-attr]
        stats["candidates"] += len(cands)
        merged = merge(cands, ext.ix)
        reviewed: list[tuple[Cand, Decision | None]]
        if learned:
            reviewed = list(typing.review(ext, merged, cands))  # type: ignore[union-attr]
        else:
            reviewed = [(c, None) for c in merged]
        for c, d in reviewed:
            e = to_event(doc, c, k, ext.lang)
            mark(e, d, c.trig.label == LEARNED_LABEL)
            events.append(e)
    seen: dict[str, int] = {}
    for e in events:
        n = seen.get(e.event_id, 0)
        seen[e.event_id] = n + 1
        if n:
            e.event_id = f"{e.event_id}-{n + 1}"
    stats["events"] = len(events)
    doc.meta["events.stats"] = stats
    return events


class EventsStage(DocumentStage):
    """ACLED events with modality, claimant and evidence (see the module docstring).

    Settings: ``min_confidence`` (events below are not written; default 0); ``learned`` (a
    table: ``enabled``, ``data`` glob, ``cache_dir``, ``langs``, the thresholds of
    :class:`newsift.events.learned.Settings`, ``propose_min``, ``propose_max_sents``);
    ``vetting`` (a table: ``enabled``, ``data`` glob, ``cache_dir``, ``threshold``, ``keep_min``,
    ``set_confidence``; see :mod:`newsift.events.vetting`).
    """

    name = "events"

    def __init__(
        self,
        min_confidence: float = 0.0,
        learned: dict[str, Any] | None = None,
        vetting: dict[str, Any] | None = None,
        **settings: Any,
    ) -> None:
        super().__init__(**settings)
        self.min_confidence = float(min_confidence)
        self.learned_settings = dict(learned or {})
        self.vetting_settings = dict(vetting or {})
        self.typing: Typing | None = None
        self.vetter: Vetter | None = None

    def setup(self) -> None:
        schema()
        countries()
        for lang in ("en", "fr"):
            lexicon(lang)
        if self.learned_settings.get("enabled", False):
            from newsift.events.learned import typing_from_settings

            self.typing = typing_from_settings(self.learned_settings)
        if self.vetting_settings.get("enabled", False):
            from newsift.events.vetting import vetter_from_settings

            self.vetter = vetter_from_settings(self.vetting_settings)

    def process(self, doc: Document) -> Document:
        events = extract_events(doc, self.typing)
        doc.events = [e for e in events if e.confidence >= self.min_confidence]
        if self.vetter is not None:  # last: a learned second opinion drops unlikely events
            self.vetter.apply(doc)
        return doc
