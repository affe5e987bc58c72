"""Events the trigger lexicons missed, and non-events they found (session 5, wave 2; sentences
written for these tests).

A town that "est tombée samedi dernier" / "fell last Saturday" (a bare fall told as done with a
day of its own) is a capture that day; a place "perdue le 20 mai" / "lost on May 20" is taken
by the other side that day; soldiers who "ont brisé l'encerclement" / "broke the encirclement"
take ground back; "a government air raid" told after a capture in the same sentence is the
state's strike, not the capturers'. Reinforcements "envoyés de Homs" / "sent from Homs", a
"redéploiement" / "redeployment" and executions "no NGO reported" are no events.
"""

from __future__ import annotations

from helpers import at_place, one

from newsift.model import Event

PUB = "2015-06-12"  # a Friday: "samedi dernier" is 2015-06-06
TERRITORY = {
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
}


def _subs(events: list[Event]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date, e.actor1) for e in events]


# ------------------------------------------------------------------ a fall told as done
def test_fr_town_fell_last_saturday(extract) -> None:
    text = "Plus au sud, Saraqib est tombée samedi dernier, selon le ministère de la Défense."
    events = extract(
        text,
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("samedi dernier", "2015-06-06")],
        published=PUB,
    )
    e = one(at_place(events, "Saraqib"))
    assert e.sub_event_type in TERRITORY, _subs(events)
    assert e.event_date == "2015-06-06"


def test_en_town_fell_last_saturday(extract) -> None:
    text = "Further south, Manbij fell last Saturday, the Defence Ministry said."
    events = extract(
        text,
        places=[("Manbij", "Manbij")],
        dates=[("last Saturday", "2015-06-06")],
        published=PUB,
    )
    e = one(at_place(events, "Manbij"))
    assert e.sub_event_type in TERRITORY, _subs(events)
    assert e.event_date == "2015-06-06"


def test_prices_that_fell_are_no_capture(extract) -> None:
    fr = extract(
        "Les prix du pain sont tombés samedi dernier à Saraqib.",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("samedi dernier", "2015-06-06")],
        published=PUB,
    )
    en = extract(
        "Bread prices fell in Manbij last Saturday.",
        places=[("Manbij", "Manbij")],
        dates=[("last Saturday", "2015-06-06")],
        published=PUB,
    )
    assert not [e for e in fr + en if e.sub_event_type in TERRITORY], _subs(fr + en)


# ------------------------------------------------------------------ a place lost on a day
def test_fr_place_lost_on_a_day_is_taken_by_the_other_side(extract) -> None:
    text = "Puis vint le tour de Saraqib, perdue le 20 mai au terme de trois jours d'assauts."
    events = extract(
        text,
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("20 mai", "2015-05-20"), ("trois jours", "P3D")],
        published=PUB,
    )
    e = one(at_place(events, "Saraqib"))
    assert e.sub_event_type == "Non-state actor overtakes territory", _subs(events)
    assert e.event_date == "2015-05-20"


def test_fr_place_lost_with_no_day_is_no_event(extract) -> None:
    text = "Saraqib, perdue depuis longtemps, reste un symbole pour les habitants."
    events = extract(text, lang="fr", places=[("Saraqib", "Saraqib")], published=PUB)
    assert not [e for e in events if e.sub_event_type in TERRITORY], _subs(events)


# ------------------------------------------------------------------ a siege broken
def test_fr_besieged_soldiers_broke_the_encirclement(extract) -> None:
    text = (
        "Mercredi, les soldats assiégés dans l'hôpital de Saraqib ont brisé l'encerclement "
        "et rejoint les lignes de l'armée."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("Mercredi", "2015-06-10")],
        published=PUB,
    )
    e = one(at_place(events, "Saraqib"))
    assert e.event_type == "Battles", _subs(events)
    assert e.event_date == "2015-06-10"


def test_en_besieged_soldiers_broke_the_encirclement(extract) -> None:
    text = (
        "On Wednesday, the soldiers besieged in the hospital of Saraqib broke the "
        "encirclement and reached army lines."
    )
    events = extract(
        text,
        places=[("Saraqib", "Saraqib")],
        dates=[("Wednesday", "2015-06-10")],
        published=PUB,
    )
    e = one(at_place(events, "Saraqib"))
    assert e.event_type == "Battles", _subs(events)


# ------------------------------------------------------------------ a government air raid
def test_en_government_air_raid_after_a_capture_is_the_states(extract) -> None:
    text = (
        "Hayat Tahrir al-Sham seized Saraqib in December 2012, days after a government air "
        "raid on a mosque. The Syrian army has not commented."
    )
    events = extract(
        text,
        actors=[
            ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"),
            ("Syrian army", "Military Forces of Syria"),
        ],
        places=[("Saraqib", "Saraqib")],
        dates=[("December 2012", "2012-12")],
        published=PUB,
    )
    strike = one(at_place(events, "Saraqib"), "Air/drone strike")
    assert strike.actor1 == "Military Forces of Syria", _subs(events)
    assert one(at_place(events, "Saraqib"), "Non-state actor overtakes territory")


def test_fr_regime_air_raid_after_a_capture_is_the_states(extract) -> None:
    text = (
        "HTC s'est emparé de Saraqib en décembre 2012, quelques jours après un raid aérien du "
        "régime contre une mosquée. L'armée syrienne n'a pas commenté."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("HTC", "Hayat Tahrir al-Sham"), ("armée syrienne", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")],
        dates=[("décembre 2012", "2012-12")],
        published=PUB,
    )
    strike = one(at_place(events, "Saraqib"), "Air/drone strike")
    assert strike.actor1 == "Military Forces of Syria", _subs(events)


# ------------------------------------------------------------------ non-events
def test_reinforcements_sent_from_a_city_are_no_event(extract) -> None:
    fr = extract(
        "L'armée attend des renforts envoyés de Homs pour reprendre l'initiative.",
        lang="fr",
        actors=[("armée", "Military Forces of Syria")],
        places=[("Homs", "Homs")],
        published=PUB,
    )
    en = extract(
        "The army is waiting for reinforcements sent from Homs.",
        actors=[("army", "Military Forces of Syria")],
        places=[("Homs", "Homs")],
        published=PUB,
    )
    assert not fr and not en, _subs(fr + en)


def test_redeployment_is_no_event(extract) -> None:
    fr = extract(
        "Une source militaire parle d'un « redéploiement » vers les collines au sud de Hama.",
        lang="fr",
        places=[("Hama", "Hama")],
        published=PUB,
    )
    en = extract(
        'A military source spoke of a "redeployment" to the hills south of Hama.',
        places=[("Hama", "Hama")],
        published=PUB,
    )
    assert not [e for e in fr + en if e.sub_event_type == "Change to group/activity"], _subs(
        fr + en
    )


def test_executions_nobody_reported_are_no_event(extract) -> None:
    fr = extract(
        "Aucune ONG, pas même l'OSDH, n'a fait état d'exécutions à Saraqib.",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        published=PUB,
    )
    en = extract(
        "No NGO reported executions in Saraqib.", places=[("Saraqib", "Saraqib")], published=PUB
    )
    assert not fr and not en, _subs(fr + en)


def test_executions_an_ngo_reported_are_an_event(extract) -> None:
    text = "Plusieurs ONG ont fait état d'exécutions sommaires à Saraqib mardi."
    events = extract(
        text,
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("mardi", "2015-06-09")],
        published=PUB,
    )
    assert one(at_place(events, "Saraqib")).event_type == "Violence against civilians", _subs(
        events
    )


# ------------------------------------------------------------------ departures under a deal
def test_fr_first_buses_leaving_under_a_deal_are_an_agreement(extract) -> None:
    text = (
        "L'accord d'évacuation a été conclu le 2 juin entre le gouvernement et les rebelles de "
        "Saraqib. Les premiers bus transportant des combattants et leurs familles ont quitté "
        "Saraqib lundi 8 juin."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Saraqib", "Saraqib"), ("Saraqib@2", "Saraqib")],
        dates=[("2 juin", "2015-06-02"), ("lundi 8 juin", "2015-06-08")],
        published=PUB,
    )
    days = {e.event_date for e in events if e.sub_event_type == "Agreement"}
    assert days == {"2015-06-02", "2015-06-08"}, _subs(events)


def test_en_first_buses_leaving_under_a_deal_are_an_agreement(extract) -> None:
    text = (
        "The evacuation deal was reached on June 2 between the government and the rebels of "
        "Saraqib. The first buses carrying fighters and their families left Saraqib on "
        "Monday, June 8."
    )
    events = extract(
        text,
        places=[("Saraqib", "Saraqib"), ("Saraqib@2", "Saraqib")],
        dates=[("June 2", "2015-06-02"), ("Monday, June 8", "2015-06-08")],
        published=PUB,
    )
    days = {e.event_date for e in events if e.sub_event_type == "Agreement"}
    assert days == {"2015-06-02", "2015-06-08"}, _subs(events)


def test_a_bus_bombing_that_left_dead_is_no_agreement(extract) -> None:
    text = (
        "The evacuation deal for Saraqib was reached on June 2. A bus bombing left 20 people "
        "dead in Homs on Tuesday."
    )
    events = extract(
        text,
        places=[("Saraqib", "Saraqib"), ("Homs", "Homs")],
        dates=[("June 2", "2015-06-02"), ("Tuesday", "2015-06-09")],
        published=PUB,
    )
    assert not [e for e in at_place(events, "Homs") if e.sub_event_type == "Agreement"], _subs(
        events
    )


# ------------------------------------------------------------------ foreign armour entering
def test_fr_foreign_tanks_entering_a_town_take_it(extract) -> None:
    # dated before the publication day: a month after it would be a prediction (undated)
    text = "Les chars turcs entrèrent dans Manbij en mars 2015, sans rencontrer de résistance."
    events = extract(
        text,
        lang="fr",
        places=[("Manbij", "Manbij")],
        dates=[("mars 2015", "2015-03")],
        published=PUB,
    )
    e = one(at_place(events, "Manbij"))
    assert e.event_type == "Battles" or e.sub_event_type in TERRITORY, _subs(events)
    assert e.sub_event_type != "Government regains territory"
    assert e.event_date == "2015-03"


def test_en_foreign_tanks_entering_a_town_take_it(extract) -> None:
    text = "Turkish tanks rolled into Manbij in March 2015."
    events = extract(
        text, places=[("Manbij", "Manbij")], dates=[("March 2015", "2015-03")], published=PUB
    )
    e = one(at_place(events, "Manbij"))
    assert e.sub_event_type == "Non-state actor overtakes territory", _subs(events)
