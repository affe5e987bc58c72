"""A capture "as the other side retreated" is a non-violent transfer only when no fighting is
told: "after little resistance", "après une faible résistance" still tell a fight, so the
capture stays a capture (CONVENTIONS 4). Whole pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import pipeline_run  # noqa: F401 (fixtures)

CAPTURES = {"Non-state actor overtakes territory", "Government regains territory"}


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2014, Islamic State fighters seized Hit, the second town of Anbar to fall, "
        "as government forces retreated after little resistance.",
        "Le 3 juin 2014, les combattants de l'État islamique ont pris Hit, deuxième ville de "
        "la province à tomber, alors que les forces gouvernementales se retiraient après une "
        "faible résistance.",
    ],
)
def test_capture_after_some_resistance_stays_a_capture(run, text: str) -> None:  # noqa: ANN001
    subs = {e["sub_event_type"] for e in run(text)}
    assert subs & CAPTURES, subs
    assert "Non-violent transfer of territory" not in subs, subs


def test_capture_as_the_army_melted_away_is_a_transfer(run) -> None:  # noqa: ANN001
    """Near miss: no resistance told at all."""
    text = (
        "On 3 June 2014, Islamic State fighters seized Hit as government forces abandoned their "
        "positions."
    )
    subs = {e["sub_event_type"] for e in run(text)}
    assert "Non-violent transfer of territory" in subs, subs
