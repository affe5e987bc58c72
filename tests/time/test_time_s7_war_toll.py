"""The Syrian war's death toll, as wire boilerplate gives it, bounds a yearless text's year.

Cause (session 7, G:date): a dispatch "VILLE, 4 juin (Agence) - ... samedi" fits several
years by its weekdays; its closing line "Le conflit en Syrie ... a fait plus de 320.000 morts"
says it cannot be from before late 2016 (a toll only grows). ``data/time/era_markers.toml``.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsift.time.era import era_floor
from newsift.time.infer import infer_anchor

TODAY = date(2026, 1, 1)
RANGE = (2011, 2019)


def infer(text: str, lang: str = "fr"):  # noqa: ANN201
    return infer_anchor(text, [(0, len(text), lang)], None, today=TODAY, plausible_years=RANGE)


@pytest.mark.parametrize(
    ("text", "since"),
    [
        (
            "Le conflit en Syrie, déclenché en 2011, a fait plus de 320.000 morts.",
            date(2016, 11, 1),
        ),
        (
            "En Syrie, la guerre qui dure depuis 2011 a déjà coûté la vie à plus de 250 000 "
            "personnes, selon l'ONU.",
            date(2015, 5, 1),
        ),
        ("The Syrian war has killed more than 340,000 people since it began.", date(2017, 5, 1)),
        (
            "The conflict in Syria has left over 290\u202f000 dead, the monitor says.",
            date(2016, 2, 1),
        ),
        (
            "Selon l'OSDH, la guerre, qui a fait quelque 310 000 morts en Syrie, se poursuit.",
            date(2016, 8, 1),
        ),
    ],
)
def test_the_war_toll_bounds_the_year(text: str, since: date) -> None:
    found = era_floor(text)
    assert found is not None and found[0] == since


@pytest.mark.parametrize(
    "text",
    [
        "Syrie : plus de 300 000 personnes ont fui les combats depuis le début de l'offensive.",
        "Comme en Syrie, la guerre en Irak a fait plus de 200 000 morts civils.",
        "Le conflit a fait plus de 320 000 morts.",  # no Syria: another war
    ],
)
def test_other_figures_bound_nothing(text: str) -> None:
    assert era_floor(text) is None


def test_a_toll_picks_the_year_of_a_yearless_dispatch() -> None:
    # 10 June is a Saturday in 2017 and a Friday in 2016: "vendredi" fits both (the day
    # itself in 2016, the day before in 2017); the toll says 2017
    text = (
        "HOMS, 10 juin (Agence) - Les forces gouvernementales ont repris vendredi le village "
        "de Jazal, à l'est de la ville, a annoncé l'agence officielle.\n\n"
        "Des combats se poursuivaient dans la nuit de jeudi à vendredi, selon une ONG.\n\n"
        "Le conflit en Syrie, déclenché en 2011, a fait plus de 320.000 morts."
    )
    assert infer(text).published == "2017-06-10"
    # the same dispatch without its toll keeps the year the weekday alone gives
    assert infer(text.rsplit("\n\n", 1)[0]).published == "2016-06-10"
