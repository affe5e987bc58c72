"""Kinds read from the act (act rules of newsift.events.kinds): a town taken by "prendre" /
"take", a monument blown up (a remote explosive), gassing (chemical weapon), entries into a town
(captures), armed men marching on a town (a clash to come), a town fallen to an unnamed
jihadist organisation, the launcher of an offensive; "positions de combat" and a spared
massacre are no events. Sentences written for these tests (mentions placed by hand).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsift.model import Event

CAPTURES = ("Government regains territory", "Non-state actor overtakes territory")


@pytest.fixture()
def extra_actors() -> dict[str, dict[str, Any]]:
    """A country's forces under the id the rules derive from a nationality adjective."""
    return {
        "iq-military": {
            "id": "iq-military",
            "name": "Military Forces of Iraq",
            "inter": 1,
            "kind": "state_force",
            "country": "IQ",
            "parent": None,
        }
    }


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.location, e.event_date, e.modality) for e in events]


def subs(events: list[Event]) -> list[str]:
    return [e.sub_event_type for e in events]


# ------------------------------------------------------------------ taking a town
def test_fr_taken_town_and_blown_citadel(extract) -> None:
    text = (
        "Pour mémoire, l'EI avait pris Raqqa en janvier 2014 et dynamité la citadelle de la "
        "vieille ville en mars de la même année."
    )
    events = extract(
        text,
        actors=[("EI", "Islamic State")],
        places=[("Raqqa", "Raqqa")],
        dates=[("janvier 2014", "2014-01"), ("mars", "2014-03"), ("la même année", "2014")],
        lang="fr",
        published="2017-10-20",
    )
    caps = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert caps and caps[0].event_date == "2014-01", rows(events)
    # blowing up a building is a remote explosive (CONVENTIONS section 4, session 11)
    blown = [e.event_date for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert blown == ["2014-03"], rows(events)  # "mars de la même année": one date, the month
    assert "Looting/property destruction" not in subs(events), rows(events)


def test_en_took_a_town_is_a_capture_but_not_took_a_decision(extract) -> None:
    events = extract(
        "Islamic State fighters took Homs in May 2015.",
        actors=[("Islamic State", "Islamic State")],
        places=[("Homs", "Homs")],
        dates=[("May 2015", "2015-05")],
        published="2016-03-27",
    )
    assert subs(events) == ["Non-state actor overtakes territory"], rows(events)
    none = extract(
        "In Homs, Islamic State took the decision to pay its fighters in May 2015.",
        actors=[("Islamic State", "Islamic State")],
        places=[("Homs", "Homs")],
        dates=[("May 2015", "2015-05")],
        published="2016-03-27",
    )
    assert not [e for e in none if e.sub_event_type in CAPTURES], rows(none)


# ------------------------------------------------------------------ gas
def test_fr_gassed_town_is_a_chemical_weapon(extract) -> None:
    events = extract(
        "En mars 1988, l'aviation irakienne avait gazé la ville de Kirkouk, tuant 300 civils.",
        actors=[("aviation irakienne", "Military Forces of Iraq")],
        places=[("Kirkouk", "Kirkuk")],
        dates=[("mars 1988", "1988-03")],
        lang="fr",
        published="2017-10-20",
    )
    assert subs(events) == ["Chemical weapon"], rows(events)


def test_en_killing_without_gas_stays_an_attack(extract) -> None:
    events = extract(
        "Iraqi soldiers killed 30 civilians in Kirkuk in March 1988.",
        actors=[("Iraqi soldiers", "Military Forces of Iraq")],
        places=[("Kirkuk", "Kirkuk")],
        dates=[("March 1988", "1988-03")],
        published="2017-10-20",
    )
    assert "Chemical weapon" not in subs(events), rows(events)


# ------------------------------------------------------------------ entries
def test_en_entry_into_a_town_is_a_capture_not_into_its_outskirts(extract) -> None:
    events = extract(
        "Islamic State fighters entered the centre of Manbij on Friday.",
        actors=[("Islamic State", "Islamic State")],
        places=[("Manbij", "Manbij")],
        dates=[("Friday", "2016-08-12")],
        published="2016-08-13",
    )
    assert subs(events) == ["Non-state actor overtakes territory"], rows(events)
    outskirts = extract(
        "Islamic State fighters entered the outskirts of Manbij on Friday.",
        actors=[("Islamic State", "Islamic State")],
        places=[("Manbij", "Manbij")],
        dates=[("Friday", "2016-08-12")],
        published="2016-08-13",
    )
    assert not [e for e in outskirts if e.sub_event_type in CAPTURES], rows(outskirts)


def test_en_withdrawal_before_the_entry_is_no_handover_and_no_massacre(extract) -> None:
    events = extract(
        "Islamic State fighters entered the centre of Manbij on Friday, after the "
        "Syrian Democratic Forces withdrew to spare the civilians from a massacre.",
        actors=[
            ("Islamic State", "Islamic State"),
            ("Syrian Democratic Forces", "Syrian Democratic Forces"),
        ],
        places=[("Manbij", "Manbij")],
        dates=[("Friday", "2016-08-12")],
        published="2016-08-13",
    )
    assert subs(events) == ["Non-state actor overtakes territory"], rows(events)


# ------------------------------------------------------------------ marches, invasions
def test_fr_men_marching_on_a_town_is_a_planned_clash(extract) -> None:
    events = extract(
        "Un commandant des Forces démocratiques syriennes a affirmé que ses hommes "
        "s'apprêtaient à marcher sur Raqqa.",
        actors=[("Forces démocratiques syriennes", "Syrian Democratic Forces")],
        places=[("Raqqa", "Raqqa")],
        lang="fr",
        published="2016-08-13",
    )
    assert [(e.sub_event_type, e.actor1, e.modality) for e in events] == [
        ("Armed clash", "Syrian Democratic Forces", "planned")
    ], rows(events)


def test_fr_protesters_marching_stay_a_protest(extract) -> None:
    events = extract(
        "Samedi, des milliers de manifestants ont marché sur Idlib contre la corruption.",
        places=[("Idlib", "Idlib")],
        dates=[("Samedi", "2016-08-13")],
        lang="fr",
        published="2016-08-14",
    )
    assert "Armed clash" not in subs(events), rows(events)


def test_fr_invading_a_country_is_a_clash(extract) -> None:
    events = extract(
        "En mars 2003, les troupes irakiennes envahirent la Libye sans prévenir.",
        actors=[("troupes irakiennes", "Military Forces of Iraq")],
        places=[("Libye", "Libya")],
        dates=[("mars 2003", "2003-03")],
        lang="fr",
        published="2017-10-20",
    )
    assert "Armed clash" in subs(events), rows(events)
    assert not [e for e in events if e.sub_event_type in CAPTURES], rows(events)


# ------------------------------------------------------------------ captors, launchers
def test_fr_fallen_to_the_terrorist_organisation(extract) -> None:
    text = (
        "Les forces irakiennes ont repris dimanche Mossoul à l'EI. "
        "Mossoul était tombée aux mains de l'organisation terroriste en juin 2014."
    )
    events = extract(
        text,
        actors=[("forces irakiennes", "Military Forces of Iraq"), ("EI", "Islamic State")],
        places=[("Mossoul", "Mosul"), ("Mossoul@2", "Mosul")],
        dates=[("dimanche", "2017-07-09"), ("juin 2014", "2014-06")],
        lang="fr",
        published="2017-07-10",
    )
    old = [e for e in events if e.event_date == "2014-06"]
    assert [e.sub_event_type for e in old] == ["Non-state actor overtakes territory"], rows(events)
    assert old[0].actor1 != "Military Forces of Iraq", rows(events)


def test_fr_launch_with_no_side_takes_the_side_just_told(extract) -> None:
    text = (
        "Les Forces démocratiques syriennes ont pris vendredi le contrôle de Manbij. "
        "L'offensive avait été lancée le 31 mai avec l'appui aérien de la coalition."
    )
    events = extract(
        text,
        actors=[("Forces démocratiques syriennes", "Syrian Democratic Forces")],
        places=[("Manbij", "Manbij")],
        dates=[("vendredi", "2016-08-12"), ("31 mai", "2016-05-31")],
        lang="fr",
        published="2016-08-13",
    )
    launch = [e for e in events if e.event_date == "2016-05-31"]
    assert [(e.sub_event_type, e.actor1) for e in launch] == [
        ("Armed clash", "Syrian Democratic Forces")
    ], rows(events)


# ------------------------------------------------------------------ no events
def test_fr_combat_positions_are_no_clash(extract) -> None:
    events = extract(
        "Des frappes aériennes de la coalition ont détruit samedi des positions de combat à Raqqa.",
        actors=[("coalition", "Global Coalition Against Daesh")],
        places=[("Raqqa", "Raqqa")],
        dates=[("samedi", "2016-08-13")],
        lang="fr",
        published="2016-08-14",
    )
    assert subs(events) == ["Air/drone strike"], rows(events)


# ------------------------------------------------------------------ civilians taken along
def test_fr_civilians_taken_along_fold_the_headline(extract) -> None:
    text = (
        "Les Forces démocratiques syriennes ont pris vendredi le contrôle de Manbij. "
        "Selon les FDS, l'EI a emmené avec lui quelque 2 000 civils lors de sa retraite."
    )
    events = extract(
        text,
        actors=[
            ("Forces démocratiques syriennes", "Syrian Democratic Forces"),
            ("FDS", "Syrian Democratic Forces"),
            ("EI", "Islamic State"),
        ],
        places=[("Manbij", "Manbij"), ("Manbij@2", "Manbij")],
        dates=[("vendredi", "2016-08-12")],
        lang="fr",
        published="2016-08-13",
        title="Manbij tombe, l'EI s'enfuit avec des civils en otage",
    )
    taken = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert [(e.event_date, e.modality) for e in taken] == [("2016-08-12", "reported")], rows(events)


def test_en_civilians_taken_along_but_not_documents(extract) -> None:
    events = extract(
        "The jihadists took hundreds of civilians with them when they left Manbij on Friday.",
        places=[("Manbij", "Manbij")],
        dates=[("Friday", "2016-08-12")],
        published="2016-08-13",
    )
    assert "Abduction/forced disappearance" in subs(events), rows(events)
    none = extract(
        "The jihadists took their archives with them when they left Manbij on Friday.",
        places=[("Manbij", "Manbij")],
        dates=[("Friday", "2016-08-12")],
        published="2016-08-13",
    )
    assert "Abduction/forced disappearance" not in subs(none), rows(none)


def test_fr_civilians_taken_along_happen_where_they_left(extract) -> None:
    events = extract(
        "Selon l'OSDH, les jihadistes ont quitté Manbij vendredi en emmenant avec eux des "
        "centaines de civils, vers Jarablous.",
        places=[("Manbij", "Manbij"), ("Jarablous", "Jarabulus")],
        dates=[("vendredi", "2016-08-12")],
        lang="fr",
        published="2016-08-13",
    )
    taken = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert [e.location for e in taken] == ["Manbij"], rows(events)


def test_en_mosque_blown_up_stays_an_explosion(extract) -> None:
    events = extract(
        "Islamic State militants blew up the great mosque in Mosul on Wednesday night.",
        actors=[("Islamic State", "Islamic State")],
        places=[("Mosul", "Mosul")],
        dates=[("Wednesday", "2017-06-21")],
        published="2017-06-22",
    )
    assert "Looting/property destruction" not in subs(events), rows(events)


def test_fr_national_tanks_marching_on_a_town_are_that_army(extract) -> None:
    events = extract(
        "Selon un député, les chars irakiens pourraient marcher sur Kirkouk si les "
        "négociations échouent.",
        places=[("Kirkouk", "Kirkuk")],
        lang="fr",
        published="2017-10-20",
    )
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert [(e.actor1, e.modality) for e in clashes] == [
        ("Military Forces of Iraq", "speculative")
    ], rows(events)


def test_fr_entry_in_progress_is_a_clash_an_announced_entry_a_capture(extract) -> None:
    going = extract(
        "Le même jour, les forces irakiennes entraient dans Mossoul.",
        actors=[("forces irakiennes", "Military Forces of Iraq")],
        places=[("Mossoul", "Mosul")],
        dates=[("Le même jour", "2017-01-10")],
        lang="fr",
        published="2017-01-11",
    )
    assert not [e for e in going if e.sub_event_type in CAPTURES], rows(going)
    announced = extract(
        "Le Premier ministre a assuré que les forces irakiennes entreraient dans Mossoul "
        "très bientôt.",
        actors=[("forces irakiennes", "Military Forces of Iraq")],
        places=[("Mossoul", "Mosul")],
        lang="fr",
        published="2017-01-11",
    )
    assert "Government regains territory" in subs(announced), rows(announced)
