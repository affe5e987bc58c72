"""Kinds of session 7 (newsift.events.kinds, newsift.events.means), each a class of phrasing
with varied sentences (French and English, several verbs, tenses and word orders) and a near
miss that must keep its kind: a capture that is only the purpose of an operation being launched
or a planned storming is a clash to come; a siege broken by the besieged themselves is a
breakout fight; a state force named first with its allied militias regains ground; troops sent,
deployed, massed or arriving are no event; a short quoted label someone speaks of or denounces
is no act; a gas word that names a programme or a site does not make a strike chemical.
Sentences written for these tests (mentions placed by hand)."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO

from newsift.model import Event

_PLACES = {
    "Palmyra": {"geonameid": 163345, "lat": 34.5604, "lon": 38.2805, "country": "SY"},
    "Hit": {"geonameid": 95788, "lat": 33.6416, "lon": 42.8251, "country": "IQ"},
    "Rutba": {"geonameid": 90150, "lat": 33.0381, "lon": 40.2848, "country": "IQ"},
    "Jobar": {"geonameid": 170654, "lat": 33.5333, "lon": 36.3333, "country": "SY"},
    "Kuweires": {"geonameid": 167961, "lat": 36.1867, "lon": 37.5836, "country": "SY"},
    "Qusayr": {"geonameid": 166869, "lat": 34.5091, "lon": 36.5797, "country": "SY"},
    "Tal Abyad": {"geonameid": 163344, "lat": 36.6975, "lon": 38.9567, "country": "SY"},
    "Jamraya": {"geonameid": 169060, "lat": 33.5186, "lon": 36.2461, "country": "SY"},
}

CAPTURES = {
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
}


@pytest.fixture(autouse=True)
def _places() -> None:
    """The places these tests name, in the helpers' table (set per test: other files edit it)."""
    for name, geo in _PLACES.items():
        GEO.setdefault(name, geo)


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.location, e.modality) for e in events]


def subs(events: list[Event]) -> set[str]:
    return {e.sub_event_type for e in events}


ARMY_SY = [("l'armée syrienne", "Military Forces of Syria")]
ARMY_IQ = [("the Iraqi army", "Military Forces of Iraq")]


# ---------------------------------------------------------------- an operation's purpose
def test_en_counter_offensive_launched_to_retake_is_a_clash_to_come(extract) -> None:
    text = (
        "Commanders said on Monday that the Iraqi army plans to launch a counter-offensive "
        "to retake Hit within days."
    )
    events = extract(text, actors=ARMY_IQ, places=[("Hit", "Hit")], lang="en")
    assert "Armed clash" in subs(events), rows(events)
    assert not subs(events) & CAPTURES, rows(events)


def test_fr_offensive_prepared_to_retake_is_a_clash_to_come(extract) -> None:
    text = (
        "Selon un officier, l'armée syrienne prépare une vaste offensive pour reprendre "
        "Palmyre avant l'hiver."
    )
    events = extract(text, actors=ARMY_SY, places=[("Palmyre", "Palmyra")], lang="fr")
    assert not subs(events) & CAPTURES, rows(events)


def test_en_preparing_to_storm_is_a_clash_to_come(extract) -> None:
    text = "According to a military source, government troops are preparing to storm Jobar."
    events = extract(text, places=[("Jobar", "Jobar")], lang="en")
    assert "Armed clash" in subs(events), rows(events)
    assert not subs(events) & CAPTURES, rows(events)


def test_en_assault_mounted_to_seize_is_no_capture(extract) -> None:
    text = "Officers said the Iraqi army would mount an assault to seize Rutba next week."
    events = extract(text, actors=ARMY_IQ, places=[("Rutba", "Rutba")], lang="en")
    assert not subs(events) & CAPTURES, rows(events)


def test_en_promised_liberation_stays_a_capture(extract) -> None:
    """Near miss: a capture promised as such (no operation) stays a capture to come."""
    text = "On Monday the minister said the Iraqi army will liberate Hit within days."
    events = extract(text, actors=ARMY_IQ, places=[("Hit", "Hit")], lang="en")
    assert "Government regains territory" in subs(events), rows(events)


# ---------------------------------------------------------------- a breakout
def test_fr_besieged_soldiers_breaking_out_is_a_clash(extract) -> None:
    text = (
        "Jeudi, les quelque 200 soldats encerclés dans la prison de Kuweires ont brisé "
        "l'encerclement et rejoint les lignes de l'armée."
    )
    events = extract(
        text, places=[("Kuweires", "Kuweires")], dates=[("Jeudi", "2016-03-10")], lang="fr"
    )
    assert "Armed clash" in subs(events), rows(events)
    assert not subs(events) & CAPTURES, rows(events)


def test_en_trapped_garrison_breaking_out_is_a_clash(extract) -> None:
    text = (
        "On Thursday the trapped soldiers of the Kuweires garrison broke the encirclement "
        "and reached army lines."
    )
    events = extract(
        text, places=[("Kuweires", "Kuweires")], dates=[("Thursday", "2016-03-10")], lang="en"
    )
    assert not subs(events) & CAPTURES, rows(events)


def test_fr_siege_broken_from_outside_stays_a_retaking(extract) -> None:
    """Near miss: the relief from outside breaks the siege: ground regained."""
    text = "Dimanche, l'armée syrienne a brisé le siège de Kuweires."
    events = extract(
        text,
        actors=ARMY_SY,
        places=[("Kuweires", "Kuweires")],
        dates=[("Dimanche", "2016-03-06")],
        lang="fr",
    )
    assert "Government regains territory" in subs(events), rows(events)


# ---------------------------------------------------------------- state force named first
def test_fr_army_and_allied_militias_regain(extract) -> None:
    text = "Dimanche, l'armée et les milices alliées ont brisé le siège de Kuweires."
    events = extract(
        text, places=[("Kuweires", "Kuweires")], dates=[("Dimanche", "2016-03-06")], lang="fr"
    )
    assert "Non-state actor overtakes territory" not in subs(events), rows(events)


def test_fr_rebels_and_allies_still_overtake(extract) -> None:
    """Near miss: the armed group named first takes the ground."""
    text = "Dimanche, les rebelles et leurs alliés ont pris le contrôle de Kuweires."
    events = extract(
        text, places=[("Kuweires", "Kuweires")], dates=[("Dimanche", "2016-03-06")], lang="fr"
    )
    assert "Government regains territory" not in subs(events), rows(events)


# ---------------------------------------------------------------- troops moved
def test_fr_reinforcements_sent_are_no_event(extract) -> None:
    text = "Le régime a envoyé mercredi des renforts vers Hama."
    events = extract(text, places=[("Hama", "Hama")], dates=[("mercredi", "2016-03-09")], lang="fr")
    assert "Change to group/activity" not in subs(events), rows(events)


def test_en_reinforcements_sent_are_no_event(extract) -> None:
    text = "The regime sent reinforcements to Deir ez-Zor on Friday, a monitor said."
    events = extract(
        text,
        places=[("Deir ez-Zor", "Deir ez-Zor")],
        dates=[("Friday", "2016-03-11")],
        lang="en",
    )
    assert "Change to group/activity" not in subs(events), rows(events)


def test_fr_fighters_mobilised_are_no_event(extract) -> None:
    text = "Le Hezbollah a mobilisé samedi des centaines de combattants à Qousseir."
    events = extract(
        text,
        actors=[("Hezbollah", "Hezbollah")],
        places=[("Qousseir", "Qusayr")],
        dates=[("samedi", "2016-03-12")],
        lang="fr",
    )
    assert "Change to group/activity" not in subs(events), rows(events)


def test_en_reinforcements_arrived_are_no_event(extract) -> None:
    text = "Army reinforcements arrived in Hama late on Tuesday, a military source said."
    events = extract(text, places=[("Hama", "Hama")], dates=[("Tuesday", "2016-03-08")], lang="en")
    assert "Change to group/activity" not in subs(events), rows(events)


# ---------------------------------------------------------------- quoted labels
def test_fr_media_speaking_of_quoted_looting_is_no_event(extract) -> None:
    text = "La télévision kurde parle déjà de « pillages » à Tal Abyad."
    events = extract(text, places=[("Tal Abyad", "Tal Abyad")], lang="fr")
    assert events == [], rows(events)


def test_fr_denounced_quoted_aggression_is_no_event(extract) -> None:
    text = "Damas a dénoncé mardi une « agression caractérisée » contre Alep."
    events = extract(text, places=[("Alep", "Aleppo")], dates=[("mardi", "2016-03-08")], lang="fr")
    assert "Attack" not in subs(events), rows(events)


def test_en_condemned_what_it_called_aggression_is_no_event(extract) -> None:
    text = 'Moscow condemned on Tuesday what it called an "act of aggression" against Homs.'
    events = extract(text, places=[("Homs", "Homs")], dates=[("Tuesday", "2016-03-08")], lang="en")
    assert events == [], rows(events)


def test_en_speaking_of_quoted_looting_is_no_event(extract) -> None:
    text = 'Kurdish media are already speaking of "looting" in Tal Abyad.'
    events = extract(text, places=[("Tal Abyad", "Tal Abyad")], lang="en")
    assert events == [], rows(events)


def test_fr_quoted_witness_account_still_fires(extract) -> None:
    """Near miss: a full quoted sentence tells the act."""
    text = "« Les miliciens ont pillé toutes les maisons de Tal Abyad », a déclaré un habitant."
    events = extract(text, places=[("Tal Abyad", "Tal Abyad")], lang="fr")
    assert "Looting/property destruction" in subs(events), rows(events)


# ---------------------------------------------------------------- chemical labels
def test_fr_missiles_on_chemical_programme_site_are_no_chemical_attack(extract) -> None:
    text = (
        "Les États-Unis ont tiré samedi des missiles de croisière contre un centre de "
        "recherche lié au programme chimique syrien à Jamraya."
    )
    events = extract(
        text, places=[("Jamraya", "Jamraya")], dates=[("samedi", "2018-04-14")], lang="fr"
    )
    assert "Chemical weapon" not in subs(events), rows(events)
    assert events, rows(events)


def test_en_strikes_on_chemical_weapons_facilities_are_no_chemical_attack(extract) -> None:
    text = (
        "Western jets struck three chemical weapons facilities near Jamraya on Saturday, "
        "the Pentagon said."
    )
    events = extract(
        text, places=[("Jamraya", "Jamraya")], dates=[("Saturday", "2018-04-14")], lang="en"
    )
    assert "Chemical weapon" not in subs(events), rows(events)


def test_en_chlorine_barrel_bombs_stay_chemical(extract) -> None:
    """Near miss: the gas is the munition's."""
    text = (
        "On Saturday helicopters dropped barrel bombs that released a chlorine cloud "
        "over Jobar, killing six people."
    )
    events = extract(
        text, places=[("Jobar", "Jobar")], dates=[("Saturday", "2018-04-14")], lang="en"
    )
    assert "Chemical weapon" in subs(events), rows(events)


# ---------------------------------------------------------------- falling back towards
def test_fr_fighters_falling_back_towards_hills_hand_nothing_over(extract) -> None:
    text = "Les combattants de l'EI se sont repliés mardi vers les collines proches de Jobar."
    events = extract(
        text,
        actors=[("l'EI", "Islamic State")],
        places=[("Jobar", "Jobar")],
        dates=[("mardi", "2017-09-19")],
        lang="fr",
    )
    assert "Non-violent transfer of territory" not in subs(events), rows(events)


def test_fr_rebels_withdrawn_at_night_towards_town_hand_nothing_over(extract) -> None:
    text = "Selon l'OSDH, les rebelles se sont retirés dans la nuit vers Hama, au nord."
    events = extract(text, places=[("Hama", "Hama")], lang="fr")
    assert "Non-violent transfer of territory" not in subs(events), rows(events)


def test_en_fighters_withdrew_towards_desert_hand_nothing_over(extract) -> None:
    text = "Islamic State fighters withdrew on Tuesday towards the desert near Palmyra."
    events = extract(
        text,
        actors=[("Islamic State", "Islamic State")],
        places=[("Palmyra", "Palmyra")],
        dates=[("Tuesday", "2017-09-19")],
        lang="en",
    )
    assert "Non-violent transfer of territory" not in subs(events), rows(events)


def test_en_units_retreating_toward_town_hand_nothing_over(extract) -> None:
    text = "Officers said the rebel units retreated on Sunday toward Hama after the strikes."
    events = extract(text, places=[("Hama", "Hama")], lang="en")
    assert "Non-violent transfer of territory" not in subs(events), rows(events)


def test_fr_withdrawal_from_town_stays_a_transfer(extract) -> None:
    """Near miss: the side left the place the event is at."""
    text = "Mardi, les rebelles se sont retirés de Kuweires sans combattre, l'armée y entre."
    events = extract(
        text, places=[("Kuweires", "Kuweires")], dates=[("Mardi", "2017-09-19")], lang="fr"
    )
    assert "Non-violent transfer of territory" in subs(events), rows(events)
