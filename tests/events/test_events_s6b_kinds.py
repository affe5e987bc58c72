"""Non-events of session 6 wave B (newsift.events.kinds), each a class of phrasing with varied
sentences and a near miss that must still fire: a frequency idiom ending on a capture noun ("à
plusieurs reprises" = repeatedly); trigger words inside the quoted title of a book or film; a
web page's cache; questions (CONVENTIONS section 3). Sentences written for these tests
(mentions placed by hand)."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO

from newsift.model import Event

_PLACES = {
    "Palmyra": {"geonameid": 163345, "lat": 34.5604, "lon": 38.2805, "country": "SY"},
    "Baiji": {"geonameid": 98861, "lat": 34.9311, "lon": 43.4866, "country": "IQ"},
    "Erbil": {"geonameid": 95446, "lat": 36.1926, "lon": 44.0106, "country": "IQ"},
    "Baghdad": {"geonameid": 98182, "lat": 33.3406, "lon": 44.4009, "country": "IQ"},
}


@pytest.fixture(autouse=True)
def _places() -> None:
    """The places these tests name, in the helpers' table (set per test: other files edit it)."""
    for name, geo in _PLACES.items():
        GEO.setdefault(name, geo)


CAPTURE_KINDS = {
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
}


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.location, e.event_date) for e in events]


def subs(events: list[Event]) -> set[str]:
    return {e.sub_event_type for e in events}


# ---------------------------------------------------------------- "à plusieurs reprises"
def test_fr_strike_repeatedly_is_a_strike_not_a_retaking(extract) -> None:
    text = (
        "Samedi, l'aviation russe a bombardé à plusieurs reprises les positions rebelles "
        "autour de Hreitan, tuant une vingtaine de combattants."
    )
    events = extract(
        text, places=[("Hreitan", "Aleppo")], dates=[("Samedi", "2016-05-07")], lang="fr"
    )
    assert not subs(events) & CAPTURE_KINDS, rows(events)
    assert "Air/drone strike" in subs(events), rows(events)


def test_fr_shelled_twice_is_no_retaking(extract) -> None:
    text = "Mardi, les insurgés ont pilonné à deux reprises le quartier de Salaheddine à Alep."
    events = extract(text, places=[("Alep", "Aleppo")], dates=[("Mardi", "2016-05-10")], lang="fr")
    assert not subs(events) & CAPTURE_KINDS, rows(events)


def test_fr_counterattacked_many_times_is_no_retaking(extract) -> None:
    text = (
        "Les jihadistes avaient contre-attaqué à maintes reprises près de Baiji en mars, "
        "selon un officier."
    )
    events = extract(text, places=[("Baiji", "Baiji")], dates=[("en mars", "2015-03")], lang="fr")
    assert not subs(events) & CAPTURE_KINDS, rows(events)


def test_fr_part_in_the_retaking_still_fires(extract) -> None:
    text = "Dimanche, l'armée syrienne a achevé la reprise de Palmyre après trois semaines."
    events = extract(
        text, places=[("Palmyre", "Palmyra")], dates=[("Dimanche", "2016-03-27")], lang="fr"
    )
    assert "Government regains territory" in subs(events), rows(events)


# ---------------------------------------------------------------- a work's title
def test_fr_book_title_after_author_is_no_event(extract) -> None:
    text = (
        "Paul Renaud est historien, auteur de « La ville libérée » (Éditions du Phare, 2015), "
        "consacré à Mossoul."
    )
    events = extract(
        text,
        places=[("Mossoul", "Mosul")],
        dates=[("2015", "2015")],
        lang="fr",
        published="2016-05-07",
    )
    assert events == [], rows(events)


def test_fr_confiscated_title_with_publisher_is_no_event(extract) -> None:
    text = "Son dernier essai, « Les armes confisquées » (Éditions Nord, 2013), parle d'Alep."
    events = extract(
        text,
        places=[("Alep", "Aleppo")],
        dates=[("2013", "2013")],
        lang="fr",
        published="2016-05-07",
    )
    assert "Disrupted weapons use" not in subs(events), rows(events)


def test_en_book_title_is_no_event(extract) -> None:
    text = 'John Miles is a former officer and the author of "The Siege of Homs" (2014).'
    events = extract(
        text,
        places=[("Homs", "Homs")],
        dates=[("2014", "2014")],
        lang="en",
        published="2016-05-07",
    )
    assert events == [], rows(events)


def test_fr_quoted_speech_still_fires(extract) -> None:
    text = (
        "« Nos hommes ont repris Tadmor ce matin après de durs combats », a déclaré "
        "dimanche un officier."
    )
    events = extract(
        text, places=[("Tadmor", "Palmyra")], dates=[("dimanche", "2016-03-27")], lang="fr"
    )
    assert "Government regains territory" in subs(events), rows(events)


# ---------------------------------------------------------------- web cache
def test_en_google_cache_line_is_no_event(extract) -> None:
    text = "This is Google's cache of http://www.news-example.example/2016/09/30/camp-retaken/."
    events = extract(text, lang="en", published="2016-10-01")
    assert "Disrupted weapons use" not in subs(events), rows(events)


def test_en_weapons_cache_still_fires(extract) -> None:
    text = "On Monday Iraqi police found a large weapons cache in a house in Baiji."
    events = extract(
        text, places=[("Baiji", "Baiji")], dates=[("On Monday", "2016-05-09")], lang="en"
    )
    assert "Disrupted weapons use" in subs(events), rows(events)


# ---------------------------------------------------------------- questions
def test_fr_poll_question_is_no_event(extract) -> None:
    text = "SONDAGE — Quelle sera la prochaine ville libérée par l'armée ?"
    events = extract(text, lang="fr", published="2017-09-16")
    assert events == [], rows(events)


def test_fr_question_on_a_named_town_is_no_event(extract) -> None:
    text = "L'armée reprendra-t-elle Raqqa avant l'hiver ?"
    events = extract(text, places=[("Raqqa", "Raqqa")], lang="fr", published="2017-09-16")
    assert not subs(events) & CAPTURE_KINDS, rows(events)


def test_en_which_town_next_is_no_event(extract) -> None:
    text = "Which town will the Iraqi army liberate next, Mosul or Tal Afar?"
    events = extract(text, places=[("Mosul", "Mosul")], lang="en", published="2017-09-16")
    assert events == [], rows(events)


def test_en_will_they_retake_is_no_event(extract) -> None:
    text = "Will government troops retake Deir ez-Zor before the winter?"
    events = extract(
        text, places=[("Deir ez-Zor", "Deir ez-Zor")], lang="en", published="2017-09-16"
    )
    assert not subs(events) & CAPTURE_KINDS, rows(events)


def test_fr_asserted_act_before_a_rhetorical_question_still_fires(extract) -> None:
    text = "Dimanche, l'armée a repris Palmyre aux jihadistes : qui l'aurait cru il y a un an ?"
    events = extract(
        text, places=[("Palmyre", "Palmyra")], dates=[("Dimanche", "2016-03-27")], lang="fr"
    )
    assert "Government regains territory" in subs(events), rows(events)


# ---------------------------------------------------------------- what the learned typer reads
def test_learned_typer_reads_frequency_idiom_plainly() -> None:
    from newsift.events.learned import _plain

    assert "reprises" not in _plain("Les avions ont frappé à trois reprises les abords de la base.")
    assert "reprises" not in _plain("Jets struck it. À maintes reprises, les obus sont tombés.")
    assert "reprise de" in _plain("Ils ont participé à la reprise de Ramadi.")


# ---------------------------------------------------------------- a vote as a time anchor
def test_fr_referendum_as_time_anchor_is_no_event(extract) -> None:
    text = (
        "Lundi, l'armée est entrée dans Kirkouk, trois semaines à peine après le référendum "
        "organisé par les Kurdes contre l'avis de Bagdad."
    )
    events = extract(
        text,
        places=[("Kirkouk", "Kirkuk"), ("Bagdad", "Baghdad")],
        dates=[("Lundi", "2017-10-16")],
        lang="fr",
    )
    assert "Other" not in subs(events), rows(events)


def test_fr_day_after_the_vote_is_no_event(extract) -> None:
    text = "Au lendemain du référendum organisé à Erbil, Bagdad a fermé l'aéroport de Kirkouk."
    events = extract(
        text,
        places=[("Erbil", "Erbil"), ("Kirkouk", "Kirkuk")],
        dates=[("Au lendemain", "2017-09-26")],
        lang="fr",
    )
    assert "Other" not in subs(events), rows(events)


def test_en_weeks_after_the_referendum_is_no_event(extract) -> None:
    text = (
        "Iraqi troops entered Kirkuk on Monday, just three weeks after the referendum "
        "held by the Kurds in Erbil."
    )
    events = extract(
        text,
        places=[("Kirkuk", "Kirkuk"), ("Erbil", "Erbil")],
        dates=[("on Monday", "2017-10-16")],
        lang="en",
    )
    assert "Other" not in subs(events), rows(events)
