"""Actor1 of events (session 5, wave 2): the subject of a French motion verb conjugated with
"être" ("sont entrés") does the act; an accused named after a day ("a accusé lundi les YPG")
did it. Sentences written for these tests; mentions placed by hand (helpers.make_doc)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from helpers import GEO, locate, make_doc

from newsift.model import Document, Event, Mention

GEO.setdefault(
    "Damascus", {"geonameid": 170654 + 1, "lat": 33.5102, "lon": 36.2913, "country": "SY"}
)
GEO.setdefault("Tal Abyad", {"geonameid": 163270, "lat": 36.6975, "lon": 38.9567, "country": "SY"})

EXTRA = {
    # kb id: (canonical name, inter, country, kind)
    "sy-ypg": ("People's Protection Units", 2, "SY", "armed_group"),
    "sy-military": ("Military Forces of Syria", 1, "SY", "state_force"),
    "iq-military": ("Military Forces of Iraq", 1, "IQ", "state_force"),
    "tr-government": ("Government of Turkey", 1, "TR", "government"),
    "sy-government": ("Government of Syria", 1, "SY", "government"),
    "sy-opposition": ("Opposition Rebels (Syria)", 2, "SY", "armed_group"),
    "ru-air-force": ("Military Forces of Russia", 1, "RU", "state_force"),
    "sy-air-force": ("Military Forces of Syria", 1, "SY", "state_force"),
}


@pytest.fixture()
def extra_actors() -> dict[str, dict[str, Any]]:
    return {
        kb_id: {
            "id": kb_id,
            "name": name,
            "inter": inter,
            "kind": kind,
            "country": country,
            "parent": None,
        }
        for kb_id, (name, inter, country, kind) in EXTRA.items()
    }


@pytest.fixture()
def run(process: Callable[[Document], list[Event]]) -> Callable[..., list[Event]]:
    """``run(text, extra=[(surface, kb_id)], **make_doc kwargs)``."""

    def go(text: str, extra: list[tuple[str, str]] | None = None, **kw: object) -> list[Event]:
        doc: Document = make_doc(text, **kw)  # type: ignore[arg-type]
        for spec, kb_id in extra or []:
            s, e, surface = locate(doc.text, spec)
            doc.mentions.append(
                Mention(
                    s,
                    e,
                    surface,
                    "actor",
                    kb_id=kb_id,
                    canonical=EXTRA[kb_id][0],
                    extractor="actors:alias",
                    article=1,
                )
            )
        doc.mentions.sort(key=lambda m: (m.start, -m.end))
        return process(doc)

    return go


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.location, e.modality) for e in events]


# ------------------------------------------------------------------ "sont entrés"
def test_fr_subject_of_entered_is_actor1(run) -> None:
    events = run(
        "Mardi, les soldats irakiens sont entrés dans Mossoul sans rencontrer de résistance.",
        extra=[("soldats irakiens", "iq-military")],
        places=[("Mossoul", "Mosul")],
        dates=[("Mardi", "2017-01-24")],
        lang="fr",
    )
    assert events, rows(events)
    assert events[0].actor1 == "Military Forces of Iraq", rows(events)
    assert events[0].actor2 != "Military Forces of Iraq", rows(events)


def test_fr_real_passive_subject_stays_the_target(run) -> None:
    """Must NOT fire: "ont été attaqués" is a true passive, its subject the target."""
    events = run(
        "Mardi, les soldats irakiens ont été attaqués à Mossoul par des inconnus.",
        extra=[("soldats irakiens", "iq-military")],
        places=[("Mossoul", "Mosul")],
        dates=[("Mardi", "2017-01-24")],
        lang="fr",
    )
    assert all(e.actor1 != "Military Forces of Iraq" for e in events), rows(events)


# ------------------------------------------------------------------ "a accusé lundi X"
def test_fr_accused_after_a_day_is_actor1(run) -> None:
    events = run(
        "Ankara a accusé lundi les YPG d'avoir incendié des maisons à Tal Abyad.",
        extra=[("YPG", "sy-ypg")],
        places=[("Tal Abyad", "Tal Abyad")],
        lang="fr",
    )
    assert events, rows(events)
    assert events[0].actor1 == "People's Protection Units", rows(events)


def test_en_accused_after_a_day_is_actor1(run) -> None:
    events = run(
        "Ankara accused on Monday the YPG of torching houses in Tal Abyad.",
        extra=[("YPG", "sy-ypg")],
        places=[("Tal Abyad", "Tal Abyad")],
    )
    assert events, rows(events)
    assert events[0].actor1 == "People's Protection Units", rows(events)
