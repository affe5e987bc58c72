"""Events' place, round 2: an event the sentence places only in a country happened in the town
the article names in that country ("a suspected gas attack in Syria" ... "hospitals in Idlib").
Sentences written for these tests; places are placed by hand (see helpers.make_doc)."""

from __future__ import annotations

from test_events_en import one


def test_a_country_level_event_goes_to_the_article_town(extract) -> None:  # noqa: ANN001
    text = (
        "An air strike in Syria killed 20 civilians on Tuesday, rescuers said. "
        "Doctors in Idlib treated dozens of wounded people after the raid."
    )
    events = extract(
        text,
        places=[("Syria", "Syria"), ("Idlib", "Idlib")],
        dates=[("Tuesday", "2017-04-04")],
    )
    e = one(events, "Air/drone strike")
    assert e.location == "Idlib", [(x.sub_event_type, x.location) for x in events]
    assert e.geo_precision == 2


def test_a_town_of_another_country_does_not_replace_the_country(extract) -> None:  # noqa: ANN001
    text = (
        "An air strike in Syria killed 20 civilians on Tuesday, rescuers said. "
        "The foreign ministry in Ankara called for an inquiry."
    )
    events = extract(
        text,
        places=[("Syria", "Syria"), ("Ankara", "Ankara")],
        dates=[("Tuesday", "2017-04-04")],
    )
    assert one(events, "Air/drone strike").location == "Syria"


def test_a_town_in_the_sentence_stays(extract) -> None:  # noqa: ANN001
    text = (
        "Doctors in Idlib treated wounded people on Monday. "
        "On Tuesday an air strike hit Saraqib in Syria, killing 20 civilians."
    )
    events = extract(
        text,
        places=[("Idlib", "Idlib"), ("Saraqib", "Saraqib"), ("Syria", "Syria")],
        dates=[("Monday", "2017-04-03"), ("Tuesday", "2017-04-04")],
    )
    assert one(events, "Air/drone strike").location == "Saraqib"
