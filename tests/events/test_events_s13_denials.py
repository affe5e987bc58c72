"""Denials of a new act (session 13), through the whole pipeline on texts written for these
tests, French and English:

- a denial whose complement clause has its own subject and a target it introduces ("a nié que
  ses avions aient frappé des quartiers résidentiels", "denied that its guards had shot a
  woman") is a denied event of its own when the act told before has no known doer; a
  definite target ("le marché", "the village") still contests the act told before;
- aircraft firing on people or homes ("que ses hélicoptères aient tiré sur des habitations",
  "its helicopters had fired on homes") is an air strike, also inside a denial;
- a denial of taking part in a named act ("toute participation à l'attaque de mercredi contre
  X", "a nié que des militaires russes aient pris part à cette attaque", "denied any part in
  the attack") is a denied event of the act told before: its type (a vague "attaque" takes
  the rocket fire or the clash told) and its day; a day in the named act's own words ("la
  frappe du 27 février") dates it, it is not the denial's day.
"""

from __future__ import annotations

from typing import Any

from helpers import pipeline_run  # noqa: F401 (fixtures)


def _rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["sub_event_type"], e["location"], e["event_date"], e["modality"]) for e in events]


def _denied(events: list[dict[str, Any]], sub: str) -> list[dict[str, Any]]:
    return [e for e in events if e["modality"] == "denied" and e["sub_event_type"] == sub]


FR_NEW_TARGET = (
    "RAQQA, 20 novembre 2015 - Un avion non identifié a frappé jeudi le marché du quartier "
    "al-Machlab à Raqqa, tuant neuf civils, selon des militants locaux.\n\n"
    "Le ministère russe de la Défense a nié que ses avions aient frappé des quartiers "
    "résidentiels à Raqqa.\n"
)

EN_NEW_TARGET = (
    "RAQQA, November 20, 2015 - An unidentified aircraft struck the vegetable market of Raqqa "
    "on Thursday, killing nine civilians, local activists said.\n\n"
    "The Russian defence ministry denied that its jets had struck residential districts in "
    "Raqqa.\n"
)

FR_TOLD_TARGET = (
    "RAQQA, 20 novembre 2015 - Un avion non identifié a frappé jeudi le marché aux légumes de "
    "Raqqa, tuant neuf civils, selon des militants locaux.\n\n"
    "Le ministère russe de la Défense a nié que ses avions aient frappé le marché.\n"
)

EN_TOLD_TARGET = (
    "IDLIB, May 12, 2017 - An air strike hit a bakery in the village of Kafr Nubl on Thursday, "
    "killing nine civilians, rescuers said.\n\n"
    "The coalition denied that its aircraft had targeted the village.\n"
)

FR_HELICOPTERS = (
    "HASSAKÉ, 22 janvier 2022 - Des combattants de l'État islamique ont attaqué jeudi soir la "
    "prison de Ghwayran à Hassaké, selon l'OSDH.\n\n"
    "Le commandement militaire américain a démenti que ses hélicoptères aient tiré sur des "
    "habitations à Hassaké.\n"
)

EN_HELICOPTERS = (
    "HASAKAH, January 22, 2022 - Islamic State fighters attacked the Ghwayran prison in Hasakah "
    "on Thursday night, the Syrian Observatory said.\n\n"
    "The US military command denied that its helicopters had fired on homes in Hasakah.\n"
)


def test_fr_denial_of_a_new_target_is_its_own_event(run) -> None:  # noqa: ANN001
    events = run(FR_NEW_TARGET)
    assert _denied(events, "Air/drone strike"), _rows(events)
    assert [e for e in events if e["modality"] == "reported"], _rows(events)


def test_en_denial_of_a_new_target_is_its_own_event(run) -> None:  # noqa: ANN001
    events = run(EN_NEW_TARGET)
    assert _denied(events, "Air/drone strike"), _rows(events)


def test_fr_denial_of_the_target_told_contests_it(run) -> None:  # noqa: ANN001
    events = run(FR_TOLD_TARGET)
    assert not _denied(events, "Air/drone strike"), _rows(events)
    assert len([e for e in events if e["sub_event_type"] == "Air/drone strike"]) == 1


def test_en_denial_of_the_village_told_contests_it(run) -> None:  # noqa: ANN001
    events = run(EN_TOLD_TARGET)
    assert not _denied(events, "Air/drone strike"), _rows(events)


def test_fr_helicopters_firing_on_homes_is_a_denied_air_strike(run) -> None:  # noqa: ANN001
    events = run(FR_HELICOPTERS)
    assert _denied(events, "Air/drone strike"), _rows(events)


def test_en_helicopters_firing_on_homes_is_a_denied_air_strike(run) -> None:  # noqa: ANN001
    events = run(EN_HELICOPTERS)
    assert _denied(events, "Air/drone strike"), _rows(events)


FR_PART_IN_ATTACK = (
    "BAGDAD, 13 mars 2020 - Une quinzaine de roquettes se sont abattues mercredi soir sur la "
    "base de Taji, au nord de Bagdad, tuant deux soldats américains.\n\n"
    "Les Kataeb Hezbollah ont nié toute participation à l'attaque de mercredi contre Taji.\n"
)

EN_PART_IN_ATTACK = (
    "BAGHDAD, March 13, 2020 - Fifteen rockets slammed into the Taji base north of Baghdad on "
    "Wednesday night, killing two American soldiers.\n\n"
    "Kataib Hezbollah denied any part in the attack on Taji.\n"
)

FR_PART_IN_CLASH = (
    "DEIR EZ-ZOR, 10 février 2018 - Dans la soirée du 7 février, des forces "
    "pro-gouvernementales ont attaqué un quartier général des FDS près de Khasham, à l'est de "
    "Deir ez-Zor.\n\n"
    "L'aviation américaine a riposté pendant plusieurs heures.\n"
    "Moscou a nié que des militaires russes aient pris part à cette attaque.\n"
)

FR_PART_DATED = (
    "ANKARA, 2 mars 2020 - Le 27 février, une frappe aérienne a tué 33 soldats turcs près de "
    "Saraqeb, dans la province d'Idleb.\n\n"
    "Moscou a démenti toute participation de son aviation à la frappe du 27 février.\n"
)


def test_fr_denied_part_in_the_attack_takes_the_rocket_fire_told(run) -> None:  # noqa: ANN001
    events = run(FR_PART_IN_ATTACK)
    denied = [e for e in events if e["modality"] == "denied"]
    assert denied, _rows(events)
    assert denied[0]["sub_event_type"] == "Shelling/artillery/missile attack", _rows(events)
    assert denied[0]["event_date"] == "2020-03-11", _rows(events)


def test_en_denied_part_in_the_attack_takes_the_rocket_fire_told(run) -> None:  # noqa: ANN001
    events = run(EN_PART_IN_ATTACK)
    denied = [e for e in events if e["modality"] == "denied"]
    assert denied, _rows(events)
    assert denied[0]["sub_event_type"] == "Shelling/artillery/missile attack", _rows(events)


def test_fr_denied_part_in_this_attack_is_the_clash_told(run) -> None:  # noqa: ANN001
    events = run(FR_PART_IN_CLASH)
    denied = [e for e in events if e["modality"] == "denied"]
    assert [(e["sub_event_type"], e["event_date"]) for e in denied] == [
        ("Armed clash", "2018-02-07")
    ], _rows(events)


def test_fr_denied_part_in_a_dated_strike_keeps_that_day(run) -> None:  # noqa: ANN001
    events = run(FR_PART_DATED)
    denied = _denied(events, "Air/drone strike")
    assert [e["event_date"] for e in denied] == ["2020-02-27"], _rows(events)
