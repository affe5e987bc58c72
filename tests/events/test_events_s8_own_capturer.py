"""A capture's own subject took the ground (session 8, belligerent.own_capturer), through the
whole pipeline on sentences written for these tests:

- a relative or background clause with a capture verb and an armed non-state subject of its
  own ("une ville que les jihadistes de Daech avaient conquise en 2014", "que Jound al-Aqsa
  avait déjà conquise", "a town that Islamic State militants had seized", "which ISIS
  fighters captured"): the subject overtook the ground, not the state force of the main clause;
- near miss: a state retaking verb with the army as its own subject stays the army's.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)

NSO = "Non-state actor overtakes territory"
GRT = "Government regains territory"


def _in_year(events: list[dict], year: str) -> list[dict]:
    return [e for e in events if (e.get("event_date") or "").startswith(year)]


@pytest.mark.parametrize(
    ("text", "year", "actor"),
    [
        (
            "Tal Afar\n\nLe 27 août 2017\n\nLes forces irakiennes progressent dans Tal Afar, "
            "une ville que les jihadistes de Daech avaient conquise dès le 16 juin 2014.\n",
            "2014",
            "Islamic State",
        ),
        (
            "Hama\n\nLe 23 mars 2017\n\nLes rebelles ont attaqué mercredi les positions de "
            "l'armée près de Hama. Taybet el-Imam, que Jound al-Aqsa avait déjà conquise en "
            "septembre 2016, est de nouveau menacée.\n",
            "2016",
            "Jund al-Aqsa",
        ),
        (
            "Rawa\n\nNovember 18, 2017\n\nIraqi troops entered Rawa on Friday, a town that "
            "Islamic State militants had seized in June 2014.\n",
            "2014",
            "Islamic State",
        ),
        (
            "Palmyra\n\nMarch 2, 2017\n\nThe Syrian army is closing in on Palmyra, which ISIS "
            "fighters captured in May 2015.\n",
            "2015",
            "Islamic State",
        ),
    ],
)
def test_capture_in_a_relative_clause_is_its_subjects(run, text, year, actor) -> None:  # noqa: ANN001
    rows = _in_year(run(text), year)
    assert rows, "no background capture"
    assert rows[0]["sub_event_type"] == NSO, rows
    assert rows[0]["actor1"] == actor, rows


def test_army_retaking_in_a_relative_clause_stays_the_armys(run) -> None:  # noqa: ANN001
    text = (
        "Palmyre\n\nLe 3 mars 2017\n\nLes jihadistes de l'EI ont lancé jeudi une attaque "
        "contre Palmyre, que l'armée syrienne avait reprise le 27 mars 2016.\n"
    )
    rows = _in_year(run(text), "2016")
    assert rows, "no background retaking"
    assert rows[0]["sub_event_type"] == GRT, rows
    assert rows[0]["actor1"] == "Military Forces of Syria", rows
