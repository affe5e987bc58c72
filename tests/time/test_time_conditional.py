"""French conditionals of -dre/-ttre/-rir verbs ("reprendrait", "mettraient", "mourrait") look
forward like the other futures: "l'offensive reprendrait mardi soir" in a Monday article is the
next day, not the Tuesday before (held-out 5: an announcement dated a week back). Imperfects
("ouvraient", "entraient") still look back."""

from __future__ import annotations

import pytest

from newsift.time.resolve import parse_dates

MONDAY = "2017-11-20"


def values(text: str) -> dict[str, str | None]:
    return {e.text: e.value for e in parse_dates(text, "fr", MONDAY)}


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        (
            "Le président a prévenu que l'offensive reprendrait mardi soir.",
            "mardi soir",
            "2017-11-21",
        ),
        ("Il a assuré que l'armée prendrait la ville vendredi.", "vendredi", "2017-11-24"),
        ("Selon l'état-major, les renforts se mettraient en route jeudi.", "jeudi", "2017-11-23"),
        # imperfects of -vrer/-trer verbs are no conditionals
        ("Les soldats ouvraient le feu mardi soir, selon des témoins.", "mardi soir", "2017-11-14"),
        ("Les blindés entraient dans la ville jeudi, selon des témoins.", "jeudi", "2017-11-16"),
    ],
)
def test_conditional_looks_forward_imperfect_back(text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value
