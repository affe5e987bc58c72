"""The striker named in the strike's own words (session 7, sides), through the whole pipeline
on sentences written for these tests: an actor name that spans the strike's trigger ("des
frappes de la coalition", "coalition air strikes") is actor1, not the target; a force named
as the object of a strike ("jets bombed coalition forces") stays the target.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)

COALITION = "Global Coalition Against Daesh"


def _strikes(events: list[dict]) -> list[dict]:
    return [e for e in events if e.get("sub_event_type") == "Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Euphrate\n\nPublié le 12 mars 2018\n\nSamedi, huit civils ont été tués dans des "
        "frappes de la coalition sur le village de Hajin, selon l'OSDH.\n",
        "Raqqa\n\nPosted on March 12, 2018\n\nAt least nine people were killed on Saturday in "
        "coalition air strikes on the village of Kasrat, activists said.\n",
        "Raqqa\n\nPublié le 12 juin 2017\n\nLes avions de la coalition ont pilonné dimanche "
        "les positions de l'EI à Tabqa.\n",
        "Hasakah\n\nPosted on February 16, 2016\n\nCoalition warplanes hit an Islamic State "
        "convoy near Shaddadi on Monday, the Pentagon said.\n",
    ],
)
def test_striker_named_in_the_strike_is_actor1(run, text: str) -> None:  # noqa: ANN001
    rows = _strikes(run(text))
    assert rows, "the strike is an event"
    assert all(e["actor1"] == COALITION for e in rows), [(e["actor1"], e["actor2"]) for e in rows]
    assert all(e.get("actor2") != COALITION for e in rows)


def test_force_struck_stays_the_target(run) -> None:  # noqa: ANN001
    text = (
        "Tanf\n\nPosted on June 9, 2017\n\nOn Thursday, Syrian government jets bombed "
        "coalition forces near al-Tanf, a US official said.\n"
    )
    rows = _strikes(run(text))
    assert rows
    assert all(e["actor1"] == "Military Forces of Syria" for e in rows), rows
    assert any(e.get("actor2") == COALITION for e in rows)
