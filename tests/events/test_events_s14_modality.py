"""Acts to come told in the French conditional (session 14, fixer M), through the whole
pipeline on texts written for these tests.

A simple conditional of an act in a main clause ("les troupes entreraient dans X avant la fin
du mois, affirme un officier", "selon un responsable, l'armée lancerait une offensive") is a
future in the past: planned and undated, also when the speech verb trails the clause or "selon"
introduces it (the hearsay of a done act takes the compound "seraient entrées", "auraient
pris", which stays reported with its own day). Below a verb that is no speech verb, the
conditional of a narration ("s'emparaient du poste, que Tsahal ne reprendrait qu'à la fin du
conflit") tells what happened later, no plan.
"""

from __future__ import annotations

from typing import Any

from helpers import pipeline_run  # noqa: F401 (fixtures)


def _rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["sub_event_type"], e["location"], e["event_date"], e["modality"]) for e in events]


FR_COND = (
    "HAMA, 14 mars 2017 - Les forces gouvernementales ont repris lundi le village de Souran, au "
    "nord de Hama, après deux jours de combats.\n\n"
    "Les troupes du régime entreraient dans Kafr Zita avant la fin du mois, affirme un officier.\n"
    "Selon des militants, les rebelles auraient pris dimanche le village de Maarkaba.\n"
)


def test_fr_simple_conditional_of_an_act_is_planned_and_undated(run) -> None:  # noqa: ANN001
    events = run(FR_COND)
    kafr = [e for e in events if e["location"] == "Kafr Zita"]
    assert kafr, _rows(events)
    assert all(e["modality"] == "planned" and not e["event_date"] for e in kafr), _rows(events)


def test_fr_compound_conditional_stays_hearsay_with_its_day(run) -> None:  # noqa: ANN001
    events = run(FR_COND)
    told = [e for e in events if e["location"] == "Maarkaba"]
    assert told, _rows(events)
    assert told[0]["modality"] == "reported" and told[0]["event_date"] == "2017-03-12"


FR_NARRATED = (
    "Notes du Golan\nLa profondeur stratégique\nPublié le 3 mars 2019\n\n"
    "Le 6 octobre 1973, des commandos héliportés syriens s'emparaient du poste israélien du mont "
    "Hermon, que Tsahal ne reprendrait qu'à la fin du conflit.\n"
)


def test_fr_a_narrated_conditional_below_another_verb_is_no_plan(run) -> None:  # noqa: ANN001
    # the future in the past of a narration ("que l'armée ne reprendrait qu'à la fin"), under a
    # verb that is no speech verb, tells what happened later: nothing planned
    events = run(FR_NARRATED)
    assert not [e for e in events if e["modality"] == "planned"], _rows(events)
