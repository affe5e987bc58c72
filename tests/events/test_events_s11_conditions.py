"""Conditions told before the main clause are no events (session 11; CONVENTIONS section 3:
"as soon as X is liberated, ..." is a condition), through the whole pipeline on texts written
for these tests:

- an elided condition word ("Dès qu'Alep sera reprise, ...", "Une fois qu'elle sera
  libérée") opens a condition as "dès que" does;
- a condition the parser made the main clause, with "dès" read as a preposition of the
  subject ("Dès que Raqqa sera libérée, nous assure-t-on, la région sera sûre") is one too;
- a clause of time told in the past ("Dès que l'armée a repris la ville, ...")
  still tells an event.
"""

from __future__ import annotations

from typing import Any

from helpers import pipeline_run  # noqa: F401 (fixtures)

FR_COND = (
    "DAMAS, 3 juin 2016 - Les rebelles ont pris mercredi la ville de Maaret al-Noomane, selon "
    "l'OSDH.\n\n"
    "Dès qu'Idlib sera reprise, nous répète-t-on à Damas, la côte sera enfin en sécurité.\n\n"
    "Dès que Raqqa sera libérée, nous assure-t-on, la région sera sûre.\n"
)

FR_PAST_WHEN = (
    "DAMAS, 3 juin 2016 - Dès que l'armée a repris mercredi la ville de Palmyre, les démineurs "
    "se sont mis au travail.\n"
)

EN_COND = (
    "DAMASCUS, June 3, 2016 - Rebels seized the town of Maarat al-Numan on Wednesday, the "
    "Observatory said.\n\n"
    "As soon as Idlib is liberated, we are told, the coast will be safe.\n"
)


def _rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["sub_event_type"], e["location"], e["event_date"], e["modality"]) for e in events]


def _told_in(events: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    return [e for e in events if words in (e.get("evidence_text") or "")]


def test_fr_conditions_opening_the_sentence_are_no_events(run) -> None:  # noqa: ANN001
    events = run(FR_COND)
    assert not _told_in(events, "sera reprise"), _rows(events)
    assert not _told_in(events, "sera libérée"), _rows(events)
    assert _told_in(events, "ont pris mercredi"), _rows(events)


def test_fr_clause_of_time_in_the_past_stays_an_event(run) -> None:  # noqa: ANN001
    events = run(FR_PAST_WHEN)
    assert [e for e in events if e["event_date"] == "2016-06-01"], _rows(events)


def test_en_condition_opening_the_sentence_is_no_event(run) -> None:  # noqa: ANN001
    events = run(EN_COND)
    assert not _told_in(events, "is liberated"), _rows(events)
    assert _told_in(events, "seized"), _rows(events)
