"""The statement's date is not the event's: the violent clause dates the event.

Sentences written for these tests (mentions placed by hand).
"""

from __future__ import annotations

from newsift.model import Event


def subs(events: list[Event]) -> list[tuple[str, str | None, str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.modality, e.location, e.event_date) for e in events]


# ------------------------------------------------------------------ statement date
def test_en_event_date_is_the_attack_clause_not_the_statement(extract) -> None:
    text = (
        "The interior ministry said on Saturday that 41 worshippers were killed when gunmen "
        "attacked a mosque in Maiduguri on Friday."
    )
    events = extract(
        text,
        places=[("Maiduguri", "Maiduguri")],
        dates=[("Saturday", "2018-03-10"), ("Friday", "2018-03-09")],
    )
    assert len(events) == 1, subs(events)
    e = events[0]
    assert e.event_date == "2018-03-09" and e.fatalities == 41, subs(events)


def test_fr_statement_day_is_not_the_killing_day(extract) -> None:
    text = (
        "L'armée a indiqué lundi que 9 villageois avaient été tués quand des hommes armés "
        "ont attaqué un marché de Maiduguri dimanche."
    )
    events = extract(
        text,
        places=[("Maiduguri", "Maiduguri")],
        dates=[("lundi", "2018-03-12"), ("dimanche", "2018-03-11")],
        lang="fr",
    )
    assert len(events) == 1, subs(events)
    e = events[0]
    assert e.event_date == "2018-03-11" and e.fatalities == 9, subs(events)
