"""Missed events (session 10). Sentences written for these tests; mentions placed by hand.

A place's fall named by a noun and announced on a day of its own ("les FDS ont annoncé samedi
la chute de X", "the army announced on Sunday the fall of X") is that place's capture, told as
done that day, whatever the parser makes of the noun; undated, or denied, it names no capture.
"""

from __future__ import annotations

from helpers import GEO, show

from newsift.model import Event

GEO.setdefault("Baghuz", {"geonameid": 6955706, "lat": 34.4547, "lon": 40.9447, "country": "SY"})
TERRITORY = {
    "Non-state actor overtakes territory",
    "Government regains territory",
    "Non-violent transfer of territory",
}


def _captures(events: list[Event], place: str) -> list[Event]:
    return [e for e in events if e.sub_event_type in TERRITORY and e.location == place]


def test_fr_fall_announced_on_a_day(extract) -> None:
    events = extract(
        "Les combattants kurdes ont annoncé samedi la chute de Baghouz, dernier réduit du "
        "groupe sur l'Euphrate. L'aviation a frappé Raqqa.",
        lang="fr",
        places=[("Baghouz", "Baghuz"), ("Raqqa", "Raqqa")],
        dates=[("samedi", "2019-03-23")],
        published="2019-03-24",
    )
    caps = _captures(events, "Baghuz")
    assert [e.event_date for e in caps] == ["2019-03-23"], show(events)


def test_en_fall_announced_on_a_day(extract) -> None:
    events = extract(
        "Kurdish-led fighters announced on Saturday the fall of Baghuz, the group's last "
        "enclave on the Euphrates. Jets struck Raqqa.",
        places=[("Baghuz", "Baghuz"), ("Raqqa", "Raqqa")],
        dates=[("Saturday", "2019-03-23")],
        published="2019-03-24",
    )
    caps = _captures(events, "Baghuz")
    assert [e.event_date for e in caps] == ["2019-03-23"], show(events)


def test_fr_fall_announced_undated_or_denied_is_no_capture(extract) -> None:
    for text in (
        "Selon un commandant, les combattants kurdes ont annoncé la chute de Baghouz. "
        "L'aviation a frappé Raqqa samedi.",
        "Samedi, le commandement a démenti la chute de Baghouz. L'aviation a frappé Raqqa.",
    ):
        events = extract(
            text,
            lang="fr",
            places=[("Baghouz", "Baghuz"), ("Raqqa", "Raqqa")],
            dates=[("samedi", "2019-03-23")] if "samedi" in text else [("Samedi", "2019-03-23")],
            published="2019-03-24",
        )
        assert not _captures(events, "Baghuz"), show(events)
