"""Kinds of session 5, wave 2 (newsift.events.kinds): a car bomb driven by a suicide bomber,
captives executed, fighting that could spread, gunmen the author mocks as "peaceful
protesters", a town that fell after the other side withdrew. Sentences written for these tests
(mentions placed by hand)."""

from __future__ import annotations

from typing import Any

from newsift.model import Event


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.location, e.event_date) for e in events]


def subs(events: list[Event]) -> list[str]:
    return [e.sub_event_type for e in events]


def test_fr_car_bombs_driven_by_suicide_bombers(extract) -> None:
    text = (
        "Mardi, deux véhicules piégés conduits par des suicidaires ont explosé contre un barrage "
        "de l'armée à l'entrée de Saraqeb, tuant six soldats."
    )
    events = extract(
        text,
        actors=[("l'armée", "Military Forces of Syria")],
        places=[("Saraqeb", "Saraqib")],
        dates=[("Mardi", "2017-03-14")],
        lang="fr",
        published="2017-03-15",
    )
    assert "Suicide bomb" in subs(events), rows(events)
    assert "Remote explosive/landmine/IED" not in subs(events), rows(events)


def test_fr_plain_car_bomb_stays_remote(extract) -> None:
    text = "Mardi, une voiture piégée a explosé près d'un barrage de l'armée à Saraqeb."
    events = extract(
        text,
        actors=[("l'armée", "Military Forces of Syria")],
        places=[("Saraqeb", "Saraqib")],
        dates=[("Mardi", "2017-03-14")],
        lang="fr",
        published="2017-03-15",
    )
    assert "Suicide bomb" not in subs(events), rows(events)


def test_en_fighting_could_spread_is_a_clash(extract) -> None:
    text = "Residents fear the fighting could spread to Kafr Nubl in the coming days."
    events = extract(text, places=[("Kafr Nubl", "Kafr Nubl")], lang="en", published="2017-03-15")
    assert subs(events) and set(subs(events)) == {"Armed clash"}, rows(events)


def test_fr_gunmen_mocked_as_peaceful_protesters(extract) -> None:
    text = (
        "En mars 2011 déjà, 40 policiers y avaient été tués à Saraqeb par des hommes armés que "
        "les médias qualifiaient de « manifestants pacifiques »."
    )
    events = extract(
        text,
        places=[("Saraqeb", "Saraqib")],
        dates=[("mars 2011", "2011-03")],
        lang="fr",
        published="2017-03-15",
    )
    assert "Armed clash" in subs(events), rows(events)
    assert "Excessive force against protesters" not in subs(events), rows(events)


def test_en_police_killing_quoted_protesters_stays_a_protest(extract) -> None:
    text = 'On Friday police killed three "peaceful protesters" in Dhaka, the opposition said.'
    events = extract(
        text,
        actors=[("police", "Police Forces of Bangladesh")],
        places=[("Dhaka", "Dhaka")],
        dates=[("Friday", "2017-03-10")],
        lang="en",
        published="2017-03-12",
    )
    assert "Armed clash" not in subs(events), rows(events)


def test_en_town_fell_after_the_others_withdrew(extract) -> None:
    text = (
        "The town of Manbij had fallen to Islamic State in early 2014, after the other rebel "
        "factions withdrew."
    )
    events = extract(
        text,
        actors=[("Islamic State", "Islamic State")],
        places=[("Manbij", "Manbij")],
        dates=[("early 2014", "2014")],
        lang="en",
        published="2017-03-15",
    )
    assert subs(events) == ["Non-violent transfer of territory"], rows(events)
    assert events[0].actor1 == "Islamic State", rows(events)


def test_en_town_stormed_stays_a_capture(extract) -> None:
    text = "The town of Manbij had fallen to Islamic State in early 2014 after heavy fighting."
    events = extract(
        text,
        actors=[("Islamic State", "Islamic State")],
        places=[("Manbij", "Manbij")],
        dates=[("early 2014", "2014")],
        lang="en",
        published="2017-03-15",
    )
    assert "Non-violent transfer of territory" not in subs(events), rows(events)


def test_fr_captives_executed_is_an_attack(extract) -> None:
    text = (
        "En mai 2014, les jihadistes de l'EI avaient exécuté plus de 200 recrues près de Mossoul."
    )
    events = extract(
        text,
        actors=[("l'EI", "Islamic State")],
        places=[("Mossoul", "Mosul")],
        dates=[("mai 2014", "2014-05")],
        lang="fr",
        published="2017-03-15",
    )
    assert "Attack" in subs(events), rows(events)
    assert "Armed clash" not in subs(events), rows(events)


def test_fr_withdrawal_under_fire_stays_a_capture(extract) -> None:
    text = (
        "Dimanche, l'EI a pris le contrôle de Manbij après le retrait de l'armée sous les tirs "
        "et de violents combats."
    )
    events = extract(
        text,
        actors=[("l'EI", "Islamic State"), ("l'armée", "Military Forces of Syria")],
        places=[("Manbij", "Manbij")],
        dates=[("Dimanche", "2017-03-12")],
        lang="fr",
        published="2017-03-15",
    )
    assert "Non-violent transfer of territory" not in subs(events), rows(events)


def test_fr_background_gas_attack(extract) -> None:
    text = (
        "En mars 1988, l'aviation irakienne gazait la ville de Halabja, tuant des milliers "
        "de civils."
    )
    events = extract(
        text,
        actors=[("l'aviation irakienne", "Military Forces of Iraq")],
        places=[("Halabja", "Mosul")],
        dates=[("mars 1988", "1988-03")],
        lang="fr",
        published="2017-03-15",
    )
    assert "Chemical weapon" in subs(events), rows(events)
    assert "Air/drone strike" not in subs(events), rows(events)


def test_fr_planned_liberation_operation_is_a_clash(extract) -> None:
    text = (
        "Les forces irakiennes se préparent maintenant à lancer l'opération de libération de "
        "Mossoul, selon un responsable local."
    )
    events = extract(
        text,
        actors=[("forces irakiennes", "Military Forces of Iraq")],
        places=[("Mossoul", "Mosul")],
        lang="fr",
        published="2016-10-01",
    )
    assert "Armed clash" in subs(events), rows(events)
    assert "Government regains territory" not in subs(events), rows(events)


def test_en_promised_liberation_stays_a_recapture(extract) -> None:
    text = "The minister said Mosul will be liberated before the end of the year."
    events = extract(
        text,
        places=[("Mosul", "Mosul")],
        lang="en",
        published="2016-10-01",
    )
    assert "Armed clash" not in subs(events), rows(events)


def test_en_month_long_bombardment_sums_up(extract) -> None:
    text = "The final assault on Raqqa followed a month-long bombardment."
    events = extract(text, places=[("Raqqa", "Raqqa")], lang="en", published="2017-10-20")
    assert "Shelling/artillery/missile attack" not in subs(events), rows(events)
    assert "Air/drone strike" not in subs(events), rows(events)


def test_fr_bombardment_of_weeks_sums_up_but_a_dated_one_counts(extract) -> None:
    text = (
        "L'assaut final sur Raqqa a suivi un pilonnage de plusieurs semaines. Lundi, un "
        "bombardement de l'armée a tué cinq civils à Idleb."
    )
    events = extract(
        text,
        actors=[("l'armée", "Military Forces of Syria")],
        places=[("Raqqa", "Raqqa"), ("Idleb", "Idlib")],
        dates=[("Lundi", "2017-10-16")],
        lang="fr",
        published="2017-10-20",
    )
    strikes = [e for e in events if e.sub_event_type.startswith(("Shelling", "Air"))]
    assert [e.location for e in strikes] == ["Idlib"], rows(events)


def test_en_city_declared_secure_after_retaking_a_district(extract) -> None:
    text = (
        'On Monday, the army declared Aleppo "completely secure" after retaking the town of '
        "Manbij from Islamic State."
    )
    events = extract(
        text,
        actors=[("the army", "Military Forces of Syria"), ("Islamic State", "Islamic State")],
        places=[("Aleppo", "Aleppo"), ("Manbij", "Manbij")],
        dates=[("On Monday", "2018-05-21")],
        lang="en",
        published="2018-05-22",
    )
    caps = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert [e.location for e in caps] == ["Manbij"], rows(events)


def test_fr_city_secured_on_its_own_stays(extract) -> None:
    text = "Lundi, l'armée a sécurisé Manbij après trois jours de combats contre l'EI."
    events = extract(
        text,
        actors=[("l'armée", "Military Forces of Syria"), ("l'EI", "Islamic State")],
        places=[("Manbij", "Manbij")],
        dates=[("Lundi", "2018-05-21")],
        lang="fr",
        published="2018-05-22",
    )
    assert "Government regains territory" in subs(events), rows(events)


def test_en_human_shields_taken_when_retreating(extract) -> None:
    text = (
        "On Friday Islamic State fighters took some 2,000 civilians with them as human shields "
        "when they retreated from Manbij, the SDF said."
    )
    events = extract(
        text,
        actors=[("Islamic State", "Islamic State"), ("the SDF", "Syrian Democratic Forces")],
        places=[("Manbij", "Manbij")],
        dates=[("On Friday", "2016-08-12")],
        lang="en",
        published="2016-08-13",
    )
    assert "Abduction/forced disappearance" in subs(events), rows(events)
    assert not {"Attack", "Non-violent transfer of territory"} & set(subs(events)), rows(events)
