"""Events' place, session 10 (fixer C): a capital named for the government that backs, leads or
sends a group ("les supplétifs d'Ankara", "rebels backed by Ankara", "les frappes de Washington")
is an actor reference, never the place of what the group does; a capital where something
happens ("un attentat à Ankara") stays a place. See place_topic.toml ``capital_forces``.
Sentences written for these tests; places are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any


def _rows(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


def test_fr_proxies_of_a_capital_act_elsewhere(extract) -> None:  # noqa: ANN001
    text = (
        "Pendant que la diplomatie piétine, les supplétifs d'Ankara ont pilonné mardi "
        "les faubourgs de Manbij."
    )
    events = extract(
        text,
        places=[("Ankara", "Ankara"), ("Manbij", "Manbij")],
        dates=[("mardi", "2018-12-25")],
        lang="fr",
        published="2018-12-27",
    )
    assert events, _rows(events)
    assert "Ankara" not in {e.location for e in events}, _rows(events)


def test_fr_group_backed_by_a_capital_acts_elsewhere(extract) -> None:  # noqa: ANN001
    text = "Mercredi, des rebelles soutenus par Ankara ont attaqué un poste kurde."
    events = extract(
        text,
        places=[("Ankara", "Ankara")],
        dates=[("Mercredi", "2018-03-14")],
        lang="fr",
        published="2018-03-15",
    )
    assert "Ankara" not in {e.location for e in events}, _rows(events)


def test_en_group_backed_by_a_capital_acts_elsewhere(extract) -> None:  # noqa: ANN001
    text = "On Tuesday, militias loyal to Moscow shelled the outskirts of Hama."
    events = extract(
        text,
        places=[("Moscow", "Moscow"), ("Hama", "Hama")],
        dates=[("Tuesday", "2019-05-07")],
        lang="en",
        published="2019-05-08",
    )
    assert events, _rows(events)
    assert "Moscow" not in {e.location for e in events}, _rows(events)


def test_fr_attack_in_the_capital_stays_there(extract) -> None:  # noqa: ANN001
    text = "Mardi, un kamikaze s'est fait exploser à Ankara devant un commissariat."
    events = extract(
        text,
        places=[("Ankara", "Ankara")],
        dates=[("Mardi", "2016-02-16")],
        lang="fr",
        published="2016-02-17",
    )
    assert "Ankara" in {e.location for e in events}, _rows(events)


def test_fr_a_capitals_denials_are_no_place(extract) -> None:  # noqa: ANN001
    text = (
        "Les combats ne faiblissent pas autour de Hama. Mardi, des chasseurs ont bombardé un "
        "convoi de l'armée, malgré les démentis répétés de Moscou."
    )
    events = extract(
        text,
        places=[("Hama", "Hama"), ("Moscou", "Moscow")],
        dates=[("Mardi", "2019-05-14")],
        lang="fr",
        published="2019-05-15",
    )
    assert "Moscow" not in {e.location for e in events}, _rows(events)


def test_en_a_capitals_green_light_is_no_place(extract) -> None:  # noqa: ANN001
    text = (
        "Fighting raged again around Hama. On Monday, warplanes bombed a rebel convoy after the "
        "green light from Moscow."
    )
    events = extract(
        text,
        places=[("Hama", "Hama"), ("Moscow", "Moscow")],
        dates=[("Monday", "2019-05-13")],
        lang="en",
        published="2019-05-14",
    )
    assert "Moscow" not in {e.location for e in events}, _rows(events)


def test_fr_a_government_named_before_is_no_later_place(extract) -> None:  # noqa: ANN001
    text = (
        "Les combats font rage autour de Manbij depuis une semaine. Dimanche, les supplétifs "
        "d'Ankara ont reçu des renforts. Lundi, ils ont attaqué un poste des forces kurdes."
    )
    events = extract(
        text,
        places=[("Manbij", "Manbij"), ("Ankara", "Ankara")],
        dates=[("Dimanche", "2018-12-23"), ("Lundi", "2018-12-24")],
        lang="fr",
        published="2018-12-25",
    )
    assert events, _rows(events)
    assert "Ankara" not in {e.location for e in events}, _rows(events)


def test_en_a_sponsor_named_before_is_no_later_place(extract) -> None:  # noqa: ANN001
    text = (
        "Fighting has raged around Manbij for a week. On Sunday, a truce was agreed under the "
        "auspices of Moscow. On Monday, rebels attacked an army checkpoint."
    )
    events = extract(
        text,
        places=[("Manbij", "Manbij"), ("Moscow", "Moscow")],
        dates=[("Sunday", "2018-12-23"), ("Monday", "2018-12-24")],
        lang="en",
        published="2018-12-25",
    )
    assert events, _rows(events)
    assert "Moscow" not in {e.location for e in events}, _rows(events)
