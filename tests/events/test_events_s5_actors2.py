"""Actor1 of events (session 5, wave 2): the subject of a French motion verb conjugated with
"être" ("sont entrés") does the act; an accused named after a day ("a accusé lundi les YPG")
did it. Sentences written for these tests; mentions placed by hand (helpers.make_doc)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from helpers import GEO, actor_mentions, kb_entries, make_doc

from newsift.model import Document, Event

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
    "is": ("Islamic State", 2, None, "armed_group"),
    "sy-hts": ("Hayat Tahrir al-Sham", 2, "SY", "armed_group"),
}


@pytest.fixture()
def extra_actors() -> dict[str, dict[str, Any]]:
    return kb_entries(EXTRA)


@pytest.fixture()
def run(process: Callable[[Document], list[Event]]) -> Callable[..., list[Event]]:
    """``run(text, extra=[(surface, kb_id)], **make_doc kwargs)``."""

    def go(text: str, extra: list[tuple[str, str]] | None = None, **kw: object) -> list[Event]:
        doc: Document = make_doc(text, **kw)  # type: ignore[arg-type]
        doc.mentions += actor_mentions(doc.text, extra or [], EXTRA)  # "EI@2": the 2nd "EI"
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


# ------------------------------------------------------------------ "les terroristes" of a story
def test_fr_unnamed_terrorists_are_the_storys_jihadist_group(run) -> None:
    events = run(
        "Daech avait pris Mossoul en juin 2014. Mardi, les gangs terroristes ont fait exploser "
        "une voiture piégée contre un barrage de l'armée à Mossoul.",
        extra=[("Daech", "is")],
        places=[("Mossoul", "Mosul"), ("Mossoul@2", "Mosul")],
        dates=[("juin 2014", "2014-06"), ("Mardi", "2016-04-12")],
        lang="fr",
    )
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert bombs and bombs[0].actor1 == "Islamic State", rows(events)


def test_en_terrorists_stay_unnamed_when_two_jihadist_groups_are_named(run) -> None:
    """Must NOT fire: two jihadist groups named once each, no lead."""
    events = run(
        "IS and HTS have both sent fighters to the front. On Tuesday, terrorists detonated a "
        "car bomb at an army checkpoint in Homs.",
        extra=[("IS", "is"), ("HTS", "sy-hts")],
        places=[("Homs", "Homs")],
        dates=[("On Tuesday", "2017-02-14")],
    )
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert bombs, rows(events)
    assert bombs[0].actor1 not in ("Islamic State", "Hayat Tahrir al-Sham"), rows(events)


# ------------------------------------------------------------------ "Syrian and Russian jets"
def test_en_first_nationality_of_a_coordinated_pair_is_actor1(run) -> None:
    events = run(
        "On Tuesday, Syrian and Russian warplanes pounded Idlib.",
        extra=[("Russian warplanes", "ru-air-force")],
        places=[("Idlib", "Idlib")],
        dates=[("On Tuesday", "2017-02-14")],
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1 == "Military Forces of Syria", rows(events)


# ------------------------------------------------------------------ a deal's government party
def test_fr_government_party_of_a_deal_is_actor1(run) -> None:
    events = run(
        "Les rebelles et le gouvernement syrien ont signé un accord à Homs le 5 mars 2017.",
        extra=[("rebelles", "sy-opposition"), ("gouvernement syrien", "sy-government")],
        places=[("Homs", "Homs")],
        dates=[("5 mars 2017", "2017-03-05")],
        lang="fr",
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals, rows(events)
    assert deals[0].actor1 == "Government of Syria", rows(events)
    assert deals[0].actor2 == "Opposition Rebels (Syria)", rows(events)


def test_en_deal_between_two_groups_keeps_the_first_named(run) -> None:
    """No state party: the first named stays actor1, the second is actor2 (not an ally)."""
    events = run(
        "The YPG and Daesh struck a deal in Raqqa on October 12, 2017.",
        extra=[("YPG", "sy-ypg"), ("Daesh", "is")],
        places=[("Raqqa", "Raqqa")],
        dates=[("October 12, 2017", "2017-10-12")],
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals, rows(events)
    assert deals[0].actor1 == "People's Protection Units", rows(events)
    assert deals[0].actor2 == "Islamic State", rows(events)


# ------------------------------------------------------------------ "imputé à", "blamed on"
def test_fr_act_attributed_to_a_side_has_that_side_as_actor1(run) -> None:
    events = run(
        "Le massacre de Homs, le 25 mai 2012, que l'ONU a imputé à l'armée syrienne, avait "
        "fait 108 morts.",
        extra=[("armée syrienne", "sy-military")],
        places=[("Homs", "Homs")],
        dates=[("25 mai 2012", "2012-05-25")],
        lang="fr",
    )
    assert events, rows(events)
    assert events[0].actor1 == "Military Forces of Syria", rows(events)


def test_en_attack_blamed_on_a_group_has_that_group_as_actor1(run) -> None:
    events = run(
        "A car bomb attack that killed 12 people in Homs on May 3, 2017 was blamed on the "
        "Islamic State by officials.",
        extra=[("Islamic State", "is")],
        places=[("Homs", "Homs")],
        dates=[("May 3, 2017", "2017-05-03")],
    )
    assert events, rows(events)
    assert events[0].actor1 == "Islamic State", rows(events)
