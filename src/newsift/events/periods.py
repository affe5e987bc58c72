"""ACLED actor names that depend on the event's date (``data/events/actor_periods.toml``).

Why: the actor KB gives each group one ACLED name, its latest ("Hayat Tahrir al-Sham" for
every mention of al-Nusra). ACLED codes the group's events before the change under the name it
bore then, and the press of 2013-2016 reports those events: "le Front al-Nosra s'est emparé"
in 2016 is Jabhat al-Nusra, in 2019 HTS.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from newsift.events.actors import actor_info, interaction
from newsift.events.index import MentionRef
from newsift.events.resources import data_toml
from newsift.model import Event

_NEVER = dt.date.min


@cache
def _periods() -> dict[str, tuple[tuple[dt.date, dt.date, str], ...]]:
    out: dict[str, list[tuple[dt.date, dt.date, str]]] = {}
    for row in data_toml("actor_periods.toml").get("period", []):
        since = dt.date.fromisoformat(str(row["from"])) if "from" in row else _NEVER
        out.setdefault(str(row["kb_id"]), []).append(
            (since, dt.date.fromisoformat(str(row["before"])), str(row["name"]))
        )
    return {k: tuple(sorted(v)) for k, v in out.items()}


def period_name(kb_id: str | None, day: dt.date | None) -> str | None:
    """The name ``kb_id`` bore on ``day`` when it differs from its KB name, "" when the group
    did not exist yet on that day, else None."""
    if not kb_id or day is None:
        return None
    for since, before, name in _periods().get(kb_id, ()):
        if since <= day < before:
            return name
    return None


def _day(value: str | None) -> dt.date | None:
    """The first day of an ISO date value ("2016-05-06", "2016-05", "2016")."""
    if not value:
        return None
    parts = value.split("/")[0].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        d = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1
        return dt.date(y, m, d)
    except (ValueError, IndexError):
        return None


def dated_names(e: Event, refs: dict[str, MentionRef | None], published: str | None) -> None:
    """Rename ``e``'s actors (``refs``: "actor1"/"actor2" -> the mention behind each, and
    "assoc" mentions under "assoc:<n>") by the name their group bore on the event's date."""
    day = _day(e.event_date) or _day(published)
    if day is None:
        return
    for attr in ("actor1", "actor2"):
        ref = refs.get(attr)
        if ref is None:
            continue
        name = period_name(ref.m.kb_id, day)
        if name is None or getattr(e, attr) != actor_info(ref.m.kb_id, None).name:
            continue
        if name:
            setattr(e, attr, name)
        elif attr == "actor1" and e.country and e.event_date:  # no such group yet
            e.actor1, e.inter1 = f"Unidentified Armed Group ({e.country})", 3
            e.interaction = interaction(e.inter1, e.inter2)
    if e.assoc_actor_1:
        renamed = {}
        for key, ref in refs.items():
            if key.startswith("assoc") and ref is not None:
                name = period_name(ref.m.kb_id, day)
                if name:
                    renamed[actor_info(ref.m.kb_id, None).name] = name
        if renamed:
            e.assoc_actor_1 = "; ".join(renamed.get(n, n) for n in e.assoc_actor_1.split("; "))
