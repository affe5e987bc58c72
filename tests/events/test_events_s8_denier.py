"""An act known only through its denial, whose words name no doer, is the denier's (session 8,
merge._denier_side; CONVENTIONS 3 and 6), through the whole pipeline on sentences written for
these tests; near miss: a denial that names the doer keeps it.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)


def _denied(events: list[dict]) -> list[dict]:
    return [e for e in events if e.get("modality") == "denied"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Kobané\n\nLe 10 février 2016\n\nL'état-major turc a démenti mardi tout tir "
            "d'artillerie en direction de Kobané.\n",
            "Military Forces of Turkey",
        ),
        (
            "Balad\n\nLe 12 mars 2015\n\nLa coalition menée par Washington a pour sa part "
            "démenti que ses avions aient frappé par erreur une position de l'armée irakienne "
            "près de Balad.\n",
            "Global Coalition Against Daesh",
        ),
        (
            "Idlib\n\nOctober 3, 2015\n\nThe Russian Defence Ministry denied on Friday that any "
            "aircraft had struck a hospital in Sarmin.\n",
            "Military Forces of Russia",
        ),
        (
            "Tabqa\n\nLe 12 mai 2017\n\nUn commandant des FDS a démenti mercredi que des "
            "jihadistes aient été autorisés à quitter Tabqa en vertu d'un accord.\n",
            "Syrian Democratic Forces",
        ),
    ],
)
def test_denied_act_is_the_deniers(run, text: str, actor: str) -> None:  # noqa: ANN001
    rows = _denied(run(text))
    assert rows, "no denied event"
    assert rows[0]["actor1"] == actor, rows


def test_denial_naming_the_doer_keeps_it_fr(run) -> None:  # noqa: ANN001
    text = (
        "Alep\n\nLe 5 décembre 2016\n\nLe Hezbollah a démenti lundi que l'armée syrienne ait "
        "bombardé le marché de Bustan al-Qasr.\n"
    )
    rows = _denied(run(text))
    assert rows, "no denied event"
    assert rows[0]["actor1"] == "Military Forces of Syria", rows
