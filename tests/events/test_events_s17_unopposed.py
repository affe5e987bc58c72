"""Entries and captures told as unopposed are hand-overs (session 17, fixer E): "sans combat",
"without a fight", "unopposed", "à l'invitation de", a place the other side had left. Sentences
written for these tests; French and English; a fought capture in the same shape stays one."""

from __future__ import annotations

from helpers import one

NVT = "Non-violent transfer of territory"


def test_entered_without_a_fight_fr(extract) -> None:
    text = (
        "Mardi, les soldats syriens sont entrés sans combat à Saraqib, selon la télévision d'État."
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
    assert e.sub_event_type == NVT


def test_entered_at_the_invitation_of_the_other_side_fr(extract) -> None:
    text = (
        "Vendredi, l'armée syrienne est entrée à Manbij, à l'invitation des combattants kurdes "
        "qui tenaient la ville."
    )
    e = one(
        extract(
            text,
            lang="fr",
            actors=[("l'armée syrienne", "Military Forces of Syria")],
            places=[("Manbij", "Manbij")],
            dates=[("Vendredi", "2018-12-28")],
        )
    )
    assert e.sub_event_type == NVT


def test_retaken_from_a_town_the_fighters_had_left_fr(extract) -> None:
    text = (
        "Dimanche, l'armée irakienne a repris Kirkouk, que les peshmergas avaient évacuée "
        "pendant la nuit."
    )
    e = one(
        extract(
            text,
            lang="fr",
            actors=[("l'armée irakienne", "Military Forces of Iraq")],
            places=[("Kirkouk", "Kirkuk")],
            dates=[("Dimanche", "2017-10-15")],
        )
    )
    assert e.sub_event_type == NVT


def test_marched_in_unopposed_en(extract) -> None:
    text = "On Tuesday, Syrian troops marched into Jarabulus unopposed, state television said."
    e = one(
        extract(
            text,
            lang="en",
            actors=[("Syrian troops", "Military Forces of Syria")],
            places=[("Jarabulus", "Jarabulus")],
            dates=[("On Tuesday", "2018-02-06")],
        )
    )
    assert e.sub_event_type == NVT


def test_retook_without_a_fight_en(extract) -> None:
    text = "On Sunday, the Iraqi army retook Kirkuk without a fight after a night of talks."
    e = one(
        extract(
            text,
            lang="en",
            actors=[("the Iraqi army", "Military Forces of Iraq")],
            places=[("Kirkuk", "Kirkuk")],
            dates=[("On Sunday", "2017-10-15")],
        )
    )
    assert e.sub_event_type == NVT


def test_fought_capture_stays_a_capture(extract) -> None:
    text = (
        "Dimanche, l'armée irakienne a repris Kirkouk après de violents combats ; les blessés "
        "ont été évacués par hélicoptère."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("l'armée irakienne", "Military Forces of Iraq")],
        places=[("Kirkouk", "Kirkuk")],
        dates=[("Dimanche", "2017-10-15")],
    )
    assert events and all(e.sub_event_type != NVT for e in events)


def test_no_resistance_beside_fighting_elsewhere_stays_a_capture(extract) -> None:
    text = (
        "On Sunday, the army retook Mosul without much resistance in the east, while "
        "heavy clashes raged in the old city."
    )
    events = extract(
        text,
        lang="en",
        actors=[("the army", "Military Forces of Iraq")],
        places=[("Mosul", "Mosul")],
        dates=[("On Sunday", "2017-07-09")],
    )
    assert events and all(e.sub_event_type != NVT for e in events)


def test_unopposed_taking_of_another_town_leaves_the_first_capture(extract) -> None:
    text = (
        "En juin 2014, lorsque l'EI s'empara de Mossoul, l'armée irakienne abandonna Kirkouk, "
        "que les peshmergas occupèrent sans combattre."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("l'EI", "Islamic State"),
            ("l'armée irakienne", "Military Forces of Iraq"),
        ],
        places=[("Mossoul", "Mosul"), ("Kirkouk", "Kirkuk")],
        dates=[("En juin 2014", "2014-06")],
    )
    at_mosul = [e for e in events if e.location == "Mosul"]
    assert at_mosul and all(e.sub_event_type != NVT for e in at_mosul)


def test_jihadist_sweep_stays_an_overtaking(extract) -> None:
    text = (
        "En mai 2015, l'EI a pris Palmyre sans rencontrer de véritable résistance, et les "
        "habitants ont fui vers le sud."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("l'EI", "Islamic State")],
        places=[("Palmyre", "Homs")],
        dates=[("En mai 2015", "2015-05")],
    )
    assert events and all(e.sub_event_type != NVT for e in events)


def test_defenders_deserting_by_the_hundreds_is_no_hand_over(extract) -> None:
    text = (
        "En mars 2013, des insurgés ont pris le contrôle du centre de Saraqib, et les soldats "
        "avaient déserté par centaines."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("des insurgés", "Hayat Tahrir al-Sham"), ("soldats", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")],
        dates=[("En mars 2013", "2013-03")],
    )
    assert all(e.sub_event_type != NVT for e in events)
