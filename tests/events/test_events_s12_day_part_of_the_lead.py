"""A part of the day with no day right after the sentence that told the lead's day is that
day's (session 12, fixer D): see ArticleExtractor._news_of_the_day.

Cause: a post of Thursday opening on "L'aviation a frappé mercredi ..." read the next
sentence's "Dans la soirée" as the publication day, because the lead's day lay within a day of
the publication. Sentences written for these tests (mentions placed by hand, as the time stage
would).
"""

from __future__ import annotations

from newsift.model import Event


def only(events: list[Event], sub: str) -> list[Event]:
    return [e for e in events if e.sub_event_type == sub]


def test_fr_evening_after_the_leads_day_is_that_evening(extract) -> None:
    text = (
        "Des avions russes ont bombardé mardi la ville de Maarat al-Noumane. "
        "Dans la soirée, les rebelles ont attaqué les positions de l'armée syrienne près de "
        "Saraqeb."
    )
    events = extract(
        text,
        places=[("Maarat al-Noumane", "Maarat al-Numan"), ("Saraqeb", "Saraqib")],
        dates=[("mardi", "2019-05-14")],
        lang="fr",
        published="2019-05-15",
    )
    clash = only(events, "Armed clash")
    assert clash and clash[0].event_date == "2019-05-14", [
        (e.sub_event_type, e.event_date) for e in events
    ]


def test_en_evening_after_the_leads_day_is_that_evening(extract) -> None:
    text = (
        "Russian jets bombed the town of Maarat al-Numan on Tuesday. "
        "Later that evening, rebels attacked Syrian army positions near Saraqib."
    )
    events = extract(
        text,
        places=[("Maarat al-Numan", "Maarat al-Numan"), ("Saraqib", "Saraqib")],
        dates=[("Tuesday", "2019-05-14")],
        lang="en",
        published="2019-05-15",
    )
    clash = only(events, "Armed clash")
    assert clash and clash[0].event_date == "2019-05-14", [
        (e.sub_event_type, e.event_date) for e in events
    ]
