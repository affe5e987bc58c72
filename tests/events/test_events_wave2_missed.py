"""Events the clause rules overlooked, and a few non-events (sentences written for these tests).

A clause of time told in the past ("lorsque l'EI s'empara de X", "once the army had retaken
X") is an event, dated by the date it hangs on; one in the future stays a condition. A town
passing back under a side's control, a flag raised over a town, an air campaign with its start
date, a second target ("ainsi que", "and then to"), looting after an entry (dated by the
entry) are events; a vowed advance is planned and undated. A referendum only named, and a
passive claim that a strike's missiles were intercepted, are no events.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import GEO, at_place, one

from newsift.model import Event

PUB = "2017-10-20"


@pytest.fixture(autouse=True)
def _baghdad() -> Iterator[None]:
    """A capital for the 'back under the control of' tests (a public GeoNames fact)."""
    GEO["Baghdad"] = {"geonameid": 98182, "lat": 33.3406, "lon": 44.4009, "country": "IQ"}
    yield
    GEO.pop("Baghdad", None)


def _subs(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.sub_event_type, e.location, e.event_date, e.modality) for e in events]


# ------------------------------------------------------------------ clauses of time
def test_fr_past_lorsque_clause_is_an_event(extract) -> None:
    text = (
        "Tout a basculé en juin 2014. Lorsque l'EI s'empara de Mossoul, l'armée irakienne "
        "se replia vers le sud en abandonnant ses armes."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("EI", "Islamic State")],
        places=[("Mossoul", "Mosul")],
        dates=[("juin 2014", "2014-06")],
        published=PUB,
    )
    e = one(at_place(events, "Mosul"))
    assert e.sub_event_type == "Non-state actor overtakes territory", _subs(events)
    assert e.modality == "asserted"  # "s'empara" is a passé simple, not a future
    assert e.actor1 == "Islamic State"


def test_fr_lorsque_clause_takes_the_date_it_hangs_on(extract) -> None:
    text = (
        "La ville vit dans la peur depuis août 2014, lorsque des jihadistes avaient enlevé "
        "à Raqqa une trentaine de soldats."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Raqqa", "Raqqa")],
        dates=[("août 2014", "2014-08")],
        published=PUB,
    )
    e = one(events, "Abduction/forced disappearance")
    assert e.location == "Raqqa"
    assert e.event_date == "2014-08"


def test_fr_future_lorsque_clause_stays_a_condition(extract) -> None:
    text = "Lorsque l'armée reprendra Raqqa, les civils pourront rentrer chez eux."
    events = extract(
        text,
        lang="fr",
        places=[("Raqqa", "Raqqa")],
        published=PUB,
    )
    assert not [e for e in events if e.modality == "asserted"], _subs(events)


# ------------------------------------------------------------------ captures told otherwise
def test_fr_town_back_under_control_of_a_capital_is_placed_at_the_town(extract) -> None:
    text = "Le 16 octobre, Kirkouk repassait elle aussi sous le contrôle de Bagdad."
    events = extract(
        text,
        lang="fr",
        places=[("Kirkouk", "Kirkuk"), ("Bagdad", "Baghdad")],
        dates=[("16 octobre", "2017-10-16")],
        published=PUB,
    )
    e = one(events)
    assert e.sub_event_type == "Government regains territory"
    assert e.location == "Kirkuk"
    assert e.event_date == "2017-10-16"


def test_en_back_into_the_hands_of_a_group_is_that_group_capture(extract) -> None:
    text = "On Tuesday, Manbij fell back into the hands of the Islamic State after a week."
    events = extract(
        text,
        actors=[("Islamic State", "Islamic State")],
        places=[("Manbij", "Manbij")],
        dates=[("Tuesday", "2017-10-17")],
        published=PUB,
    )
    e = one(events)
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert e.actor1 == "Islamic State"
    assert e.location == "Manbij"


def test_flag_raised_over_a_town_is_its_capture(extract) -> None:
    en = extract(
        "On Sunday, Iraqi troops raised the national flag over the government compound in Mosul.",
        actors=[("Iraqi troops", "Military Forces of Iraq")],
        places=[("Mosul", "Mosul")],
        dates=[("Sunday", "2017-10-15")],
        published=PUB,
    )
    e = one(en)
    assert (e.sub_event_type, e.location, e.event_date) == (
        "Government regains territory",
        "Mosul",
        "2017-10-15",
    )
    fr = extract(
        "Le drapeau syrien a été hissé jeudi sur un bâtiment du centre d'Alep.",
        lang="fr",
        places=[("Alep", "Aleppo")],
        dates=[("jeudi", "2017-10-19")],
        published=PUB,
    )
    e = one(fr)
    assert (e.sub_event_type, e.location) == ("Government regains territory", "Aleppo")


def test_fr_dated_air_campaign_is_a_strike_and_undated_one_is_not(extract) -> None:
    events = extract(
        "La campagne aérienne déclenchée le 18 février sur Idlib avait fait des centaines de "
        "morts.",
        lang="fr",
        places=[("Idlib", "Idlib")],
        dates=[("18 février", "2017-02-18")],
        published=PUB,
    )
    e = one(events, "Air/drone strike")
    assert (e.location, e.event_date) == ("Idlib", "2017-02-18")
    none = extract(
        "La campagne aérienne russe a changé le cours de la guerre à Idlib.",
        lang="fr",
        places=[("Idlib", "Idlib")],
        published=PUB,
    )
    assert not [e for e in none if e.sub_event_type == "Air/drone strike"], _subs(none)


# ------------------------------------------------------------------ second places
def test_second_target_added_with_ainsi_que_or_as_well_as(extract) -> None:
    fr = extract(
        "Des missiles ont frappé samedi un centre de recherches à Hama, ainsi que deux sites "
        "près de Homs.",
        lang="fr",
        places=[("Hama", "Hama"), ("Homs", "Homs")],
        dates=[("samedi", "2017-10-14")],
        published=PUB,
    )
    assert {e.location for e in fr if e.event_date == "2017-10-14"} >= {"Hama", "Homs"}, _subs(fr)
    en = extract(
        "On Saturday, cruise missiles struck a research centre in Hama as well as two sites "
        "near Homs.",
        places=[("Hama", "Hama"), ("Homs", "Homs")],
        dates=[("Saturday", "2017-10-14")],
        published=PUB,
    )
    assert {e.location for e in en} >= {"Hama", "Homs"}, _subs(en)


def test_en_vowed_push_to_two_towns_is_two_planned_undated_clashes(extract) -> None:
    text = (
        "Turkish-backed rebels captured Jarabulus on Friday. President Erdogan has vowed "
        "to push on to Manbij and then to Raqqa."
    )
    events = extract(
        text,
        actors=[("Erdogan", "Military Forces of Turkey")],
        places=[("Jarabulus", "Jarabulus"), ("Manbij", "Manbij"), ("Raqqa", "Raqqa")],
        dates=[("Friday", "2017-10-13")],
        published=PUB,
    )
    for town in ("Manbij", "Raqqa"):
        e = one(at_place(events, town))
        assert (e.sub_event_type, e.modality, e.event_date) == ("Armed clash", "planned", None)


def test_en_looting_after_an_entry_takes_the_entry_day(extract) -> None:
    text = (
        "On October 15, Hayat Tahrir al-Sham captured Manbij. On Friday, a jet hit a bakery "
        "in Hama. "
        "Within hours of entering the city, Popular Mobilization Forces fighters were filmed "
        "looting shops in Manbij."
    )
    events = extract(
        text,
        actors=[("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham")],
        places=[("Manbij", "Manbij"), ("Hama", "Hama"), ("Manbij@2", "Manbij")],
        dates=[("October 15", "2017-10-15"), ("Friday", "2017-10-13")],
        published=PUB,
    )
    e = one(events, "Looting/property destruction")
    assert (e.location, e.event_date) == ("Manbij", "2017-10-15")


# ------------------------------------------------------------------ non-events
def test_fr_passive_interception_claim_after_a_strike_is_no_event(extract) -> None:
    text = (
        "Des missiles de croisière ont frappé samedi un centre militaire à Homs. Selon "
        "l'armée syrienne, la plupart des missiles ont été interceptés."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Homs", "Homs")],
        dates=[("samedi", "2017-10-14")],
        published=PUB,
    )
    assert not [e for e in events if e.sub_event_type == "Disrupted weapons use"], _subs(events)
    assert [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]


def test_fr_interception_by_a_named_defence_stays(extract) -> None:
    text = (
        "Des missiles de croisière ont frappé samedi un centre militaire à Homs. La défense "
        "antiaérienne syrienne a intercepté 71 missiles."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Homs", "Homs")],
        dates=[("samedi", "2017-10-14")],
        published=PUB,
    )
    assert [e for e in events if e.sub_event_type == "Disrupted weapons use"], _subs(events)


def test_referendum_named_is_no_event_but_organised_one_is(extract) -> None:
    named = extract(
        "Le référendum du 25 septembre devait transformer ce fait accompli à Kirkouk en droit.",
        lang="fr",
        places=[("Kirkouk", "Kirkuk")],
        dates=[("25 septembre", "2017-09-25")],
        published=PUB,
    )
    assert not [e for e in named if e.sub_event_type == "Other"], _subs(named)
    held = extract(
        "On September 25, the regional government organised a referendum on independence "
        "in Kirkuk.",
        places=[("Kirkuk", "Kirkuk")],
        dates=[("September 25", "2017-09-25")],
        published=PUB,
    )
    assert [e for e in held if e.sub_event_type == "Other"], _subs(held)


# ------------------------------------------------------------------ update paragraphs
def test_fr_update_paragraph_weekday_falls_after_publication(extract) -> None:
    text = (
        "L'armée a lancé vendredi une offensive contre les jihadistes près de Hama.\n"
        "MISE À JOUR, samedi 9h30 - L'armée a pris samedi matin le contrôle de Saraqib."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("L'armée", "Military Forces of Syria")],
        places=[("Hama", "Hama"), ("Saraqib", "Saraqib")],
        dates=[("vendredi", "2017-07-21"), ("samedi", "2017-07-15"), ("samedi@2", "2017-07-15")],
        published="2017-07-21",
    )
    e = one(at_place(events, "Saraqib"))
    assert e.event_date == "2017-07-22", _subs(events)


def test_en_weekday_outside_an_update_keeps_the_week_before(extract) -> None:
    text = (
        "Syrian troops launched an offensive near Hama on Friday.\n"
        "On Saturday, the army had captured Saraqib after heavy fighting."
    )
    events = extract(
        text,
        actors=[("Syrian troops", "Military Forces of Syria")],
        places=[("Hama", "Hama"), ("Saraqib", "Saraqib")],
        dates=[("Friday", "2017-07-21"), ("Saturday", "2017-07-15")],
        published="2017-07-21",
    )
    e = one(at_place(events, "Saraqib"))
    assert e.event_date == "2017-07-15", _subs(events)
