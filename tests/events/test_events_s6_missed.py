"""Missed events, session 6 (sentences written for these tests, French and English).

Classes of phrasing, not instances:

* a departure carried out under a deal, told by its vehicles (first/last, counted, carrying
  people: also when the parser hangs the verb under the participle) or by its passengers on
  board of them, with the deal named in the sentences before or after;
* a capture told as a past participle in apposition with a date of its own ("la ville,
  tombée aux mains de X en 2012, ...", "the town, seized by X in 2012, ...");
* an aircraft shot down (abattre / shoot down / down) is a Disrupted weapons use by the
  shooter, whatever the voice; a person shot is not;
* a verb whose object the parser lost keeps its other sense ("violé son espace aérien").
"""

from __future__ import annotations

from helpers import at_place, one

from newsift.model import Event

PUB = "2016-04-20"
TERRITORY = {
    "Non-state actor overtakes territory",
    "Government regains territory",
    "Non-violent transfer of territory",
}
DWU = "Disrupted weapons use"


def _subs(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.sub_event_type, e.location, e.event_date, e.modality) for e in events]


def _agreements(events: list[Event], location: str) -> list[Event]:
    return [e for e in at_place(events, location) if e.sub_event_type == "Agreement"]


# ------------------------------------------------------------------ departures under a deal
def test_fr_buses_carrying_fighters_deal_told_after(extract) -> None:
    events = extract(
        "Les premiers autocars transportant des combattants et leurs familles ont quitté "
        "vendredi Saraqib. Le départ se fait en vertu d'un accord conclu lundi entre le "
        "gouvernement et les insurgés.",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("vendredi", "2016-04-15"), ("lundi", "2016-04-11")],
        published=PUB,
    )
    assert [e.event_date for e in _agreements(events, "Saraqib")].count("2016-04-15") == 1, _subs(
        events
    )


def test_fr_counted_buses_leave(extract) -> None:
    events = extract(
        "La trêve conclue sous l'égide de l'ONU est entrée en vigueur mercredi. Jeudi, 40 bus "
        "ont quitté Kafr Nubl, selon la télévision d'État.",
        lang="fr",
        places=[("Kafr Nubl", "Kafr Nubl")],
        dates=[("mercredi", "2016-04-13"), ("Jeudi", "2016-04-14")],
        published=PUB,
    )
    assert [e.event_date for e in _agreements(events, "Kafr Nubl")].count("2016-04-14") == 1, _subs(
        events
    )


def test_fr_evacuees_on_board_of_buses(extract) -> None:
    events = extract(
        "L'accord d'évacuation avait été signé dimanche. Quelque 800 personnes, dont 300 "
        "combattants et leurs proches, ont quitté mercredi Saraqib à bord d'une vingtaine "
        "d'autobus.",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("dimanche", "2016-04-17"), ("mercredi", "2016-04-20")],
        published=PUB,
    )
    assert [e.event_date for e in _agreements(events, "Saraqib")].count("2016-04-20") == 1, _subs(
        events
    )


def test_en_buses_carrying_families_deal_after(extract) -> None:
    events = extract(
        "Buses carrying rebels and their families left Homs on Friday. The evacuation deal "
        "was brokered by the UN last week.",
        places=[("Homs", "Homs")],
        dates=[("Friday", "2016-04-15")],
        published=PUB,
    )
    assert [e.event_date for e in _agreements(events, "Homs")].count("2016-04-15") == 1, _subs(
        events
    )


def test_en_counted_buses_under_truce(extract) -> None:
    events = extract(
        "On Thursday, 40 buses left Idlib under the truce, state television said.",
        places=[("Idlib", "Idlib")],
        dates=[("Thursday", "2016-04-14")],
        published=PUB,
    )
    assert [e.event_date for e in _agreements(events, "Idlib")].count("2016-04-14") == 1, _subs(
        events
    )


def test_en_bus_bombing_left_dead_is_no_departure(extract) -> None:
    events = extract(
        "The evacuation deal held on Tuesday. A bus bombing near Homs left 20 dead on Wednesday.",
        places=[("Homs", "Homs")],
        dates=[("Tuesday", "2016-04-19"), ("Wednesday", "2016-04-20")],
        published=PUB,
    )
    assert not [
        e for e in events if e.sub_event_type == "Agreement" and e.event_date == "2016-04-20"
    ], _subs(events)


def test_fr_buses_leave_with_no_deal_is_no_agreement(extract) -> None:
    events = extract(
        "Les premiers bus ont quitté Homs jeudi matin, bondés de voyageurs.",
        lang="fr",
        places=[("Homs", "Homs")],
        dates=[("jeudi", "2016-04-14")],
        published=PUB,
    )
    assert not [e for e in events if e.sub_event_type == "Agreement"], _subs(events)


# ------------------------------------------------------------------ dated participles
def test_fr_town_fallen_in_apposition(extract) -> None:
    events = extract(
        "Des raids ont frappé mardi Kafr Nubl, tuant six civils. La ville, tombée aux mains de "
        "l'opposition en août 2012, abrite une radio libre.",
        lang="fr",
        places=[("Kafr Nubl", "Kafr Nubl")],
        dates=[("mardi", "2016-04-19"), ("août 2012", "2012-08")],
        published=PUB,
    )
    got = [e for e in at_place(events, "Kafr Nubl") if e.sub_event_type in TERRITORY]
    assert [e.event_date for e in got] == ["2012-08"], _subs(events)


def test_fr_named_town_retaken_in_apposition(extract) -> None:
    events = extract(
        "Saraqib, reprise par l'armée le 3 février 2016, reste une ville déserte.",
        lang="fr",
        actors=[("l'armée", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")],
        dates=[("3 février 2016", "2016-02-03")],
        published=PUB,
    )
    got = [e for e in at_place(events, "Saraqib") if e.sub_event_type in TERRITORY]
    assert [e.event_date for e in got] == ["2016-02-03"], _subs(events)


def test_en_town_seized_in_apposition(extract) -> None:
    events = extract(
        "Jets struck Kafr Nubl on Tuesday. The town, seized by insurgents in July 2012, hosts "
        "a free radio.",
        places=[("Kafr Nubl", "Kafr Nubl")],
        dates=[("Tuesday", "2016-04-19"), ("July 2012", "2012-07")],
        published=PUB,
    )
    got = [e for e in at_place(events, "Kafr Nubl") if e.sub_event_type in TERRITORY]
    assert [e.event_date for e in got] == ["2012-07"], _subs(events)


def test_en_named_town_captured_in_apposition(extract) -> None:
    events = extract(
        "Manbij, captured by the SDF on August 12, 2015, is now calm.",
        actors=[("SDF", "Syrian Democratic Forces")],
        places=[("Manbij", "Manbij")],
        dates=[("August 12, 2015", "2015-08-12")],
        published=PUB,
    )
    got = [e for e in at_place(events, "Manbij") if e.sub_event_type in TERRITORY]
    assert [e.event_date for e in got] == ["2015-08-12"], _subs(events)


def test_fr_town_held_since_is_no_event(extract) -> None:
    events = extract(
        "La ville de Saraqib, tenue par les rebelles depuis 2012, abrite une radio libre.",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("2012", "2012")],
        published=PUB,
    )
    assert not [e for e in events if e.sub_event_type in TERRITORY], _subs(events)


def test_en_present_participle_label_is_no_event(extract) -> None:
    events = extract(
        "Armed groups fighting near Idlib in 2015 signed a truce on Monday.",
        places=[("Idlib", "Idlib")],
        dates=[("2015", "2015"), ("Monday", "2016-04-18")],
        published=PUB,
    )
    assert not [e for e in events if e.event_date == "2015"], _subs(events)


# ------------------------------------------------------------------ aircraft shot down
def test_fr_jets_shoot_down_bomber(extract) -> None:
    events = extract(
        "Mardi, la chasse turque a abattu un bombardier russe près de Latakia.",
        lang="fr",
        actors=[
            ("chasse turque", "Military Forces of Turkey"),
            ("russe", "Military Forces of Russia"),
        ],
        places=[("Latakia", "Latakia")],
        dates=[("Mardi", "2016-04-19")],
        published=PUB,
    )
    e = one(at_place(events, "Latakia"))
    assert e.sub_event_type == DWU, _subs(events)
    assert e.actor1 == "Military Forces of Turkey"


def test_fr_helicopter_shot_down_passive(extract) -> None:
    events = extract(
        "Un hélicoptère syrien a été abattu dimanche par les combattants de Hayat Tahrir "
        "al-Sham près d'Idlib.",
        lang="fr",
        actors=[("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham")],
        places=[("Idlib", "Idlib")],
        dates=[("dimanche", "2016-04-17")],
        published=PUB,
    )
    e = one(at_place(events, "Idlib"))
    assert e.sub_event_type == DWU, _subs(events)
    assert e.actor1 == "Hayat Tahrir al-Sham"


def test_en_jets_shoot_down_bomber(extract) -> None:
    events = extract(
        "On Tuesday, Turkish F-16 jets shot down a Russian bomber near Latakia.",
        actors=[
            ("Turkish F-16 jets", "Military Forces of Turkey"),
            ("Russian", "Military Forces of Russia"),
        ],
        places=[("Latakia", "Latakia")],
        dates=[("Tuesday", "2016-04-19")],
        published=PUB,
    )
    e = one(at_place(events, "Latakia"))
    assert e.sub_event_type == DWU, _subs(events)
    assert e.actor1 == "Military Forces of Turkey"


def test_en_rebels_downed_helicopter(extract) -> None:
    events = extract(
        "Hayat Tahrir al-Sham fighters downed a Syrian helicopter near Idlib on Sunday.",
        actors=[("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham")],
        places=[("Idlib", "Idlib")],
        dates=[("Sunday", "2016-04-17")],
        published=PUB,
    )
    e = one(at_place(events, "Idlib"))
    assert e.sub_event_type == DWU, _subs(events)
    assert e.actor1 == "Hayat Tahrir al-Sham"


def test_fr_soldiers_shot_are_no_disrupted_weapon(extract) -> None:
    events = extract(
        "Les combattants de Hayat Tahrir al-Sham ont abattu trois soldats près d'Idlib samedi.",
        lang="fr",
        actors=[("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham")],
        places=[("Idlib", "Idlib")],
        dates=[("samedi", "2016-04-16")],
        published=PUB,
    )
    assert events and not [e for e in events if e.sub_event_type == DWU], _subs(events)


def test_en_soldiers_shot_are_no_disrupted_weapon(extract) -> None:
    events = extract(
        "Gunmen shot down three soldiers near Idlib on Saturday.",
        places=[("Idlib", "Idlib")],
        dates=[("Saturday", "2016-04-16")],
        published=PUB,
    )
    assert events and not [e for e in events if e.sub_event_type == DWU], _subs(events)


def test_fr_airspace_violated_is_no_sexual_violence(extract) -> None:
    events = extract(
        "Le même jour, la chasse turque a abattu un avion de combat syrien près de Latakia, "
        "Ankara affirmant qu'il avait violé son espace aérien.",
        lang="fr",
        places=[("Latakia", "Latakia")],
        dates=[("Le même jour", "2016-04-19")],
        published=PUB,
    )
    assert not [e for e in events if e.sub_event_type == "Sexual violence"], _subs(events)
    assert [e.sub_event_type for e in at_place(events, "Latakia")] == [DWU], _subs(events)


# ------------------------------------------------------------------ acts recalled or awaited
def test_fr_abduction_not_forgotten_is_told(extract) -> None:
    events = extract(
        "Nous n'oublions pas l'enlèvement de deux prêtres par les combattants de l'EI près "
        "d'Aleppo, le 9 février 2013.",
        lang="fr",
        actors=[("EI", "Islamic State")],
        places=[("Aleppo", "Aleppo")],
        dates=[("9 février 2013", "2013-02-09")],
        published=PUB,
    )
    got = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert [e.event_date for e in got] == ["2013-02-09"], _subs(events)


def test_fr_abduction_negated_is_no_event(extract) -> None:
    events = extract(
        "Les combattants de l'EI n'ont pas enlevé les deux prêtres près d'Aleppo le 9 février "
        "2013.",
        lang="fr",
        actors=[("EI", "Islamic State")],
        places=[("Aleppo", "Aleppo")],
        dates=[("9 février 2013", "2013-02-09")],
        published=PUB,
    )
    assert not [
        e
        for e in events
        if e.sub_event_type == "Abduction/forced disappearance" and e.modality == "asserted"
    ], _subs(events)


def test_fr_waited_until_date_for_the_retaking(extract) -> None:
    events = extract(
        "Il a fallu attendre le 18 août pour que l'armée irakienne, appuyée par l'aviation "
        "américaine, reprenne Mosul.",
        lang="fr",
        actors=[("l'armée irakienne", "Military Forces of Iraq")],
        places=[("Mosul", "Mosul")],
        dates=[("18 août", "2015-08-18")],
        published=PUB,
    )
    got = [e for e in at_place(events, "Mosul") if e.sub_event_type in TERRITORY]
    assert [e.event_date for e in got] == ["2015-08-18"], _subs(events)


def test_fr_purpose_clause_stays_no_event(extract) -> None:
    events = extract(
        "L'armée irakienne a pilonné la périphérie de Kirkuk lundi pour que les jihadistes "
        "évacuent Mosul.",
        lang="fr",
        actors=[("L'armée irakienne", "Military Forces of Iraq")],
        places=[("Kirkuk", "Kirkuk"), ("Mosul", "Mosul")],
        dates=[("lundi", "2016-04-18")],
        published=PUB,
    )
    assert not [e for e in events if e.sub_event_type in TERRITORY], _subs(events)


def test_fr_airport_besieged_for_years_is_no_event(extract) -> None:
    events = extract(
        "L'armée a brisé mardi le siège de l'aéroport de Latakia, encerclé depuis près de "
        "trois ans par les jihadistes.",
        lang="fr",
        actors=[("L'armée", "Military Forces of Syria")],
        places=[("Latakia", "Latakia")],
        dates=[("mardi", "2016-04-19"), ("depuis près de trois ans", "2013")],
        published=PUB,
    )
    assert all(e.event_date == "2016-04-19" for e in events), _subs(events)


# ------------------------------------------------------------------ evacuation begun
def test_fr_evacuation_began_after_deal(extract) -> None:
    events = extract(
        "Un accord sur le départ des insurgés de Homs a été conclu mardi. L'évacuation a "
        "finalement commencé jeudi.",
        lang="fr",
        places=[("Homs", "Homs")],
        dates=[("mardi", "2016-04-12"), ("jeudi", "2016-04-14")],
        published=PUB,
    )
    assert "2016-04-14" in [e.event_date for e in _agreements(events, "Homs")], _subs(events)


def test_en_evacuation_started_deal_after(extract) -> None:
    events = extract(
        "Rebels and their families gathered in the old city of Homs. The evacuation started on "
        "Thursday. It follows a truce agreed on Tuesday.",
        places=[("Homs", "Homs")],
        dates=[("Thursday", "2016-04-14"), ("Tuesday", "2016-04-12")],
        published=PUB,
    )
    assert "2016-04-14" in [e.event_date for e in _agreements(events, "Homs")], _subs(events)


def test_fr_evacuation_of_wounded_with_no_deal_is_no_agreement(extract) -> None:
    events = extract(
        "Des raids ont frappé Homs mardi. L'évacuation des blessés a commencé jeudi.",
        lang="fr",
        places=[("Homs", "Homs")],
        dates=[("mardi", "2016-04-12"), ("jeudi", "2016-04-14")],
        published=PUB,
    )
    assert not [e for e in events if e.sub_event_type == "Agreement"], _subs(events)


# ------------------------------------------------------------------ relative clauses
def test_fr_relative_capture_hung_on_main_verb(extract) -> None:
    events = extract(
        "Saraqib, que les jihadistes de l'EI avaient envahie en septembre 2013, reste un symbole.",
        lang="fr",
        actors=[("EI", "Islamic State")],
        places=[("Saraqib", "Saraqib")],
        dates=[("septembre 2013", "2013-09")],
        published=PUB,
    )
    got = [e for e in at_place(events, "Saraqib") if e.sub_event_type in TERRITORY]
    assert [e.event_date for e in got] == ["2013-09"], _subs(events)


def test_en_relative_capture_of_named_town(extract) -> None:
    events = extract(
        "Manbij, which the SDF had seized in August 2015, remains a symbol.",
        actors=[("SDF", "Syrian Democratic Forces")],
        places=[("Manbij", "Manbij")],
        dates=[("August 2015", "2015-08")],
        published=PUB,
    )
    got = [e for e in at_place(events, "Manbij") if e.sub_event_type in TERRITORY]
    assert [e.event_date for e in got] == ["2015-08"], _subs(events)


def test_fr_relative_subject_is_no_capture(extract) -> None:
    events = extract(
        "Saraqib, qui avait pris le nom de son fondateur en 1920, reste un symbole.",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("1920", "1920")],
        published=PUB,
    )
    assert not [e for e in events if e.sub_event_type in TERRITORY], _subs(events)
