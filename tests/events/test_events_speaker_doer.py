"""A speaker who did the act is actor1 and claimant; one reporting others' acts is claimant.

Sentences written for these tests (mentions placed by hand).
"""

from __future__ import annotations

from newsift.model import Event


def subs(events: list[Event]) -> list[tuple[str, str | None, str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.modality, e.location, e.event_date) for e in events]


# ------------------------------------------------------------------ speaker as doer
def test_fr_speaker_who_withdrew_is_actor1(extract) -> None:
    text = "Moscou a annoncé mardi avoir retiré ses hommes de Manbij."
    events = extract(
        text,
        actors=[("Moscou", "Military Forces of Russia")],
        places=[("Manbij", "Manbij")],
        dates=[("mardi", "2018-02-13")],
        lang="fr",
    )
    assert events, "the withdrawal is an event"
    e = events[0]
    assert e.actor1 == "Military Forces of Russia", subs(events)


def test_en_army_said_it_had_retaken(extract) -> None:
    text = "The Syrian army said on Sunday it had retaken Jarabulus from Islamic State."
    events = extract(
        text,
        actors=[
            ("The Syrian army", "Military Forces of Syria"),
            ("Islamic State", "Islamic State"),
        ],
        places=[("Jarabulus", "Jarabulus")],
        dates=[("Sunday", "2018-02-11")],
    )
    e = [x for x in events if x.sub_event_type == "Government regains territory"]
    assert len(e) == 1, subs(events)
    assert e[0].actor1 == "Military Forces of Syria"
    assert e[0].claimant == "Military Forces of Syria", e[0].claimant


def test_fr_group_announcing_a_ceasefire_is_actor1(extract) -> None:
    text = "Le groupe Hayat Tahrir al-Sham a annoncé vendredi un cessez-le-feu à Idlib."
    events = extract(
        text,
        actors=[("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham")],
        places=[("Idlib", "Idlib")],
        dates=[("vendredi", "2018-02-09")],
        lang="fr",
    )
    assert events, "the ceasefire is an event"
    assert events[0].actor1 == "Hayat Tahrir al-Sham", subs(events)


def test_en_speaker_reporting_others_is_only_claimant(extract) -> None:
    text = "The Russian army said on Monday that Islamic State fighters attacked Kilis."
    events = extract(
        text,
        actors=[
            ("The Russian army", "Military Forces of Russia"),
            ("Islamic State", "Islamic State"),
        ],
        places=[("Kilis", "Kilis")],
        dates=[("Monday", "2018-02-12")],
    )
    assert events
    e = events[0]
    assert e.actor1 == "Islamic State", subs(events)
    assert e.claimant == "Military Forces of Russia", e.claimant
