"""Hand-overs without fighting, cruise missiles and word-number fatalities (sentences written
for these tests after a blind evaluation: its causes 3, 4 and 9)."""

from __future__ import annotations

from helpers import one


def test_withdrawal_without_fighting_is_a_non_violent_transfer(extract) -> None:
    text = (
        "Jeudi, les rebelles se sont retirés sans combattre de Saraqib, où les soldats syriens "
        "sont entrés dans la soirée."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("les rebelles", "Hayat Tahrir al-Sham"),
            ("soldats syriens", "Military Forces of Syria"),
        ],
        places=[("Saraqib", "Saraqib")],
        dates=[("Jeudi", "2018-02-08")],
    )
    e = one(events)
    assert e.sub_event_type == "Non-violent transfer of territory"
    assert e.location == "Saraqib"


def test_handed_over_to_the_army_is_a_non_violent_transfer(extract) -> None:
    text = (
        "Mercredi, les positions des miliciens à Manbij ont été remises sans heurts à l'armée "
        "syrienne."
    )
    e = one(
        extract(
            text,
            lang="fr",
            actors=[("l'armée syrienne", "Military Forces of Syria")],
            places=[("Manbij", "Manbij")],
            dates=[("Mercredi", "2018-02-07")],
        )
    )
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_control_announced_after_strikes_is_not_a_strike(extract) -> None:
    text = (
        "Dimanche, l'armée syrienne a annoncé que Saraqib était entièrement sous son contrôle, "
        "après le départ des derniers rebelles, une semaine après les frappes."
    )
    e = one(
        extract(
            text,
            lang="fr",
            actors=[("l'armée syrienne", "Military Forces of Syria")],
            places=[("Saraqib", "Saraqib")],
            dates=[("Dimanche", "2018-02-11")],
        )
    )
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_cruise_missiles_are_missiles_even_from_aircraft(extract) -> None:
    text = (
        "Samedi, des navires et des avions russes ont tiré une trentaine de missiles de croisière "
        "sur des dépôts près d'Idlib."
    )
    e = one(
        extract(
            text,
            lang="fr",
            actors=[("russes", "Military Forces of Russia")],
            places=[("Idlib", "Idlib")],
            dates=[("Samedi", "2018-02-10")],
        )
    )
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_fatalities_written_as_words(extract) -> None:
    text = "Lundi, trois combattants kurdes ont été tués dans une embuscade près de Kirkuk."
    e = one(
        extract(text, lang="fr", places=[("Kirkuk", "Kirkuk")], dates=[("Lundi", "2018-02-05")])
    )
    assert e.fatalities == 3


def test_at_least_count_of_jihadists(extract) -> None:
    text = (
        "Mardi, au moins 26 jihadistes ont péri dans des combats contre l'armée syrienne près de "
        "Hama."
    )
    e = one(
        extract(
            text,
            lang="fr",
            actors=[("l'armée syrienne", "Military Forces of Syria")],
            places=[("Hama", "Hama")],
            dates=[("Mardi", "2018-02-06")],
        )
    )
    assert e.fatalities == 26


def test_english_cruise_missiles_fired_by_ships_and_jets(extract) -> None:
    text = "On Saturday, US warships and British jets fired 40 cruise missiles at depots near Homs."
    e = one(extract(text, places=[("Homs", "Homs")], dates=[("On Saturday", "2018-02-10")]))
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_an_evacuation_made_possible_by_a_deal_is_the_agreement(extract) -> None:
    text = (
        "Samedi, un accord négocié par des chefs tribaux avait permis l'évacuation de quelque "
        "300 combattants et de leurs familles de Manbij."
    )
    e = one(
        extract(text, lang="fr", places=[("Manbij", "Manbij")], dates=[("Samedi", "2018-02-10")])
    )
    assert e.sub_event_type == "Agreement"


def test_a_withdrawal_is_still_a_transfer_without_a_deal(extract) -> None:
    text = "Samedi, les combattants rebelles ont achevé l'évacuation de Manbij, cédée à l'armée."
    e = one(
        extract(text, lang="fr", places=[("Manbij", "Manbij")], dates=[("Samedi", "2018-02-10")])
    )
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_control_taken_almost_without_a_fight_is_a_non_violent_transfer(extract) -> None:
    text = (
        "Les soldats syriens ont pris lundi le contrôle de Saraqib et de ses installations, "
        "quasiment sans combat, après le retrait des rebelles."
    )
    e = one(
        extract(
            text,
            lang="fr",
            actors=[("soldats syriens", "Military Forces of Syria")],
            places=[("Saraqib", "Saraqib")],
            dates=[("lundi", "2018-02-05")],
        )
    )
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_passed_under_the_control_of_the_army(extract) -> None:
    text = (
        "Mardi, les dépôts de Saraqib sont à leur tour passés sous le contrôle des soldats "
        "syriens, a indiqué le ministère."
    )
    e = one(
        extract(
            text,
            lang="fr",
            actors=[("soldats syriens", "Military Forces of Syria")],
            places=[("Saraqib", "Saraqib")],
            dates=[("Mardi", "2018-02-06")],
        )
    )
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_a_capture_after_heavy_fighting_stays_a_capture(extract) -> None:
    text = "Lundi, les soldats syriens ont repris Saraqib après de violents combats."
    e = one(
        extract(
            text,
            lang="fr",
            actors=[("soldats syriens", "Military Forces of Syria")],
            places=[("Saraqib", "Saraqib")],
            dates=[("Lundi", "2018-02-05")],
        )
    )
    assert e.sub_event_type == "Government regains territory"
