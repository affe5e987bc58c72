"""A season named from the publication ("l'été dernier", "last summer") dates an act told in
the past by its year, as a season with its year written does ("l'été 2016": a year, precision
3, CONVENTIONS 7). Session 8: such seasons were left without a value, and the act took another
date of its sentence. Near miss: a season to come ("l'été prochain") stays undated.
"""

from __future__ import annotations

import pytest

from newsift.time.resolve import parse_dates

SATURDAY = "2017-03-18"


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("fr", "Les FDS l'avaient chassé à l'été dernier.", "l'été dernier", "2016"),
        ("fr", "L'armée a repris la colline l'automne dernier.", "l'automne dernier", "2016"),
        ("en", "Kurdish fighters drove the jihadists out last summer.", "last summer", "2016"),
        ("en", "The town fell to the rebels last winter.", "last winter", "2016"),
    ],
)
def test_a_past_season_dates_the_act_by_its_year(
    lang: str, text: str, expr: str, value: str
) -> None:
    got = {e.text: e for e in parse_dates(text, lang, SATURDAY)}
    assert got[expr].value == value
    assert got[expr].precision == "year"


def test_near_miss_a_season_to_come_has_no_value() -> None:
    got = {e.text: e for e in parse_dates("L'offensive reprendra l'été prochain.", "fr", SATURDAY)}
    assert got["l'été prochain"].value is None
