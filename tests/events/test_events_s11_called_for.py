"""Moves called for or announced, not told as done (session 11), through the whole pipeline on
texts written for these tests, French and English:

- a protest someone calls people to ("a appelé ses partisans à un rassemblement", "urged his
  followers to rally", "called for protests") is planned and undated (CONVENTIONS section 6),
  not an asserted protest on the day of the call; a protest held "à l'appel de" X stays held;
- an operation noun announced ("a annoncé une contre-offensive pour reprendre X", "announced
  a counter-offensive to retake X") is a planned ``Armed clash``, undated; an offensive the
  announcement says was launched stays a dated act;
- a quoted name of the act right after a determiner (une « marche de la colère ») names the
  act; it is no slogan.
"""

from __future__ import annotations

from typing import Any

from helpers import pipeline_run  # noqa: F401 (fixtures)

FR_CALL = (
    "BAGDAD, 14 mars 2021 (AFP) - Le courant sadriste a appelé samedi ses partisans à un grand "
    "rassemblement devant le siège du gouvernement à Bagdad pour dénoncer la corruption.\n"
)

FR_NAME = (
    "BASSORA, 2 avril 2021 (AFP) - Le mouvement des chômeurs appelle à une « marche de la "
    "colère » dans les rues de Bassora contre les coupures d'électricité.\n"
)

FR_HELD = (
    "BAGDAD, 14 mars 2021 (AFP) - Des milliers de manifestants se sont rassemblés samedi "
    "devant le siège du gouvernement à Bagdad, à l'appel du courant sadriste.\n"
)

EN_CALL = (
    "BAGHDAD, March 14, 2021 - The Sadrist movement on Saturday called for a mass rally outside "
    "the parliament in Baghdad to protest against corruption.\n"
)

FR_OP = (
    "DAMAS, 3 juin 2016 - Les rebelles ont pris mercredi la ville de Maaret al-Noomane, "
    "selon l'OSDH.\n\n"
    "L'armée syrienne a annoncé jeudi une contre-offensive pour reprendre Maaret al-Noomane.\n"
)

EN_OP = (
    "DAMASCUS, June 3, 2016 - Rebels seized the town of Maarat al-Numan on Wednesday, the "
    "Observatory said.\n\n"
    "The Syrian army on Thursday announced a counter-offensive to retake Maarat al-Numan.\n"
)

EN_LAUNCHED = (
    "DAMASCUS, June 3, 2016 - The Syrian army announced on Thursday that it had launched an "
    "offensive on the rebel-held town of Maarat al-Numan.\n"
)


def _rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["sub_event_type"], e["location"], e["event_date"], e["modality"]) for e in events]


def _told_in(events: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    return [e for e in events if words in (e.get("evidence_text") or "")]


def test_fr_protest_called_for_is_planned_and_undated(run) -> None:  # noqa: ANN001
    events = run(FR_CALL)
    called = _told_in(events, "rassemblement")
    assert called and called[0]["modality"] == "planned", _rows(events)
    assert not called[0]["event_date"], _rows(events)
    assert called[0]["event_type"] == "Protests", _rows(events)


def test_fr_quoted_name_of_a_march_is_no_slogan(run) -> None:  # noqa: ANN001
    events = run(FR_NAME)
    march = _told_in(events, "marche de la")
    assert march and march[0]["modality"] == "planned", _rows(events)
    assert march[0]["location"] in ("Basra", "Basrah"), _rows(events)


def test_fr_protest_held_at_a_call_stays_held(run) -> None:  # noqa: ANN001
    events = run(FR_HELD)
    held = [e for e in events if e["event_type"] == "Protests"]
    assert held and held[0]["modality"] != "planned", _rows(events)
    assert held[0]["event_date"] == "2021-03-13", _rows(events)


def test_en_protest_called_for_is_planned_and_undated(run) -> None:  # noqa: ANN001
    events = run(EN_CALL)
    called = [e for e in events if e["event_type"] == "Protests"]
    assert called and called[0]["modality"] == "planned", _rows(events)
    assert not called[0]["event_date"], _rows(events)


def test_fr_announced_counter_offensive_is_planned_clash(run) -> None:  # noqa: ANN001
    events = run(FR_OP)
    op = _told_in(events, "contre-offensive")
    assert op and op[0]["modality"] == "planned", _rows(events)
    assert op[0]["sub_event_type"] == "Armed clash" and not op[0]["event_date"], _rows(events)


def test_en_announced_counter_offensive_is_planned_clash(run) -> None:  # noqa: ANN001
    events = run(EN_OP)
    op = _told_in(events, "counter-offensive")
    assert op and op[0]["modality"] == "planned", _rows(events)
    assert op[0]["sub_event_type"] == "Armed clash" and not op[0]["event_date"], _rows(events)


def test_en_offensive_announced_as_launched_stays_dated(run) -> None:  # noqa: ANN001
    events = run(EN_LAUNCHED)
    op = _told_in(events, "offensive")
    assert op and op[0]["modality"] != "planned", _rows(events)
