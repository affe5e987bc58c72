"""Triggers that tell no act (session 11), through the whole pipeline on texts written for
these tests, French and English:

- a verb whose subject is a negative pronoun, through modal and control verbs ("Rien ne
  semble pouvoir arrêter l'escalade", "nothing can stop the escalation") tells no arrest;
- an act in the conditional caused by a hypothetical subject ("toute riposte entraînerait
  des frappes sur X", "any retaliation would bring strikes on X") is a consequence imagined,
  no planned strike (CONVENTIONS section 3: conditions are no events);
- the act a promised answer answers ("ont promis de répondre aux frappes", "vowed to
  retaliate for the strikes") is the act told before, not a new planned one;
- a strike told as done stays an event.
"""

from __future__ import annotations

from typing import Any

from helpers import pipeline_run  # noqa: F401 (fixtures)

FR_TEXT = (
    "BAGDAD, 6 janvier 2020 (AFP) - Des avions américains ont bombardé dimanche des dépôts "
    "d'armes des Kataeb Hezbollah à Al-Qaïm.\n\n"
    "Les Kataeb Hezbollah ont juré de riposter à ces frappes.\n\n"
    "Le ministre iranien a averti que toute riposte américaine entraînerait des frappes sur "
    "Erbil et Kirkouk.\n\n"
    "Rien ne semble pouvoir arrêter l'escalade.\n"
)

EN_TEXT = (
    "BAGHDAD, Jan. 6, 2020 - US aircraft bombed Kataib Hezbollah weapons depots in Al-Qaim on "
    "Sunday.\n\n"
    "Kataib Hezbollah vowed to retaliate for the strikes.\n\n"
    "Tehran warned that any American retaliation would bring missile strikes on Erbil and "
    "Kirkuk.\n"
)


def _rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["sub_event_type"], e["location"], e["event_date"], e["modality"]) for e in events]


def _told_in(events: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    return [e for e in events if words in (e.get("evidence_text") or "")]


def test_fr_imagined_answers_and_negative_subjects_are_no_events(run) -> None:  # noqa: ANN001
    events = run(FR_TEXT)
    assert _told_in(events, "ont bombardé dimanche"), _rows(events)
    assert not _told_in(events, "riposter à ces frappes"), _rows(events)
    assert not _told_in(events, "toute riposte"), _rows(events)
    assert not _told_in(events, "Rien ne semble"), _rows(events)


def test_en_imagined_answers_are_no_events(run) -> None:  # noqa: ANN001
    events = run(EN_TEXT)
    assert _told_in(events, "bombed"), _rows(events)
    assert not _told_in(events, "retaliate for the strikes"), _rows(events)
    assert not _told_in(events, "any American retaliation"), _rows(events)
