"""Raids by a state force are air raids even without an aircraft word.

Sentences written for these tests (mentions placed by hand).
"""

from __future__ import annotations

from newsift.model import Event


def subs(events: list[Event]) -> list[tuple[str, str | None, str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.modality, e.location, e.event_date) for e in events]


# ------------------------------------------------------------------ raids are air strikes
def test_en_russian_raids_are_air_strikes(extract) -> None:
    text = "Russian raids killed eleven civilians in Saraqib on Tuesday."
    events = extract(
        text,
        actors=[("Russian", "Military Forces of Russia")],
        places=[("Saraqib", "Saraqib")],
        dates=[("Tuesday", "2018-02-06")],
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], subs(events)
    assert events[0].actor1 == "Military Forces of Russia"


def test_fr_raids_aeriens_du_regime_are_air_strikes(extract) -> None:
    text = "Les raids du régime ont fait neuf morts mercredi à Kafr Nubl, selon une ONG."
    events = extract(
        text,
        actors=[("régime", "Military Forces of Syria")],
        places=[("Kafr Nubl", "Kafr Nubl")],
        dates=[("mercredi", "2018-02-07")],
        lang="fr",
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], subs(events)


def test_fr_raids_russes_killing_are_air_strikes(extract) -> None:
    text = "Des raids russes ont tué quatre civils jeudi à Maarat al-Numan."
    events = extract(
        text,
        actors=[("russes", "Military Forces of Russia")],
        places=[("Maarat al-Numan", "Maarat al-Numan")],
        dates=[("jeudi", "2018-02-08")],
        lang="fr",
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], subs(events)


def test_en_police_raids_are_not_air_strikes(extract) -> None:
    text = "Police raids in Dhaka arrested 30 suspected militants on Monday."
    events = extract(
        text,
        actors=[("Police", "Police Forces of Bangladesh")],
        places=[("Dhaka", "Dhaka")],
        dates=[("Monday", "2018-02-12")],
    )
    assert "Air/drone strike" not in [e.sub_event_type for e in events], subs(events)


def test_fr_raids_de_bandits_are_not_air_strikes(extract) -> None:
    text = "Des raids de bandits ont fait six morts lundi près de Maiduguri."
    events = extract(
        text,
        places=[("Maiduguri", "Maiduguri")],
        dates=[("lundi", "2018-02-12")],
        lang="fr",
    )
    assert "Air/drone strike" not in [e.sub_event_type for e in events], subs(events)
