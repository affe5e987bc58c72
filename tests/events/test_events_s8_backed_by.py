""" "X backed by Y": X acts, Y only backs it (session 8, extract._backer), through the whole
pipeline on sentences written for these tests. "Coalition-backed forces" / "forces soutenues
par la coalition" name a backer; the passive "forces backed by the coalition", "aircraft
backed by the air force", "a coalition led by Washington" name the actor first.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Manbij\n\nAugust 13, 2016\n\nSDF fighters backed by US special forces captured "
            "Manbij on Friday.\n",
            "Syrian Democratic Forces",
        ),
        (
            "Mosul\n\nMarch 1, 2015\n\nCoalition aircraft backed by the Iraqi air force "
            "pounded Islamic State positions on the road to Mosul on Saturday.\n",
            "Global Coalition Against Daesh",
        ),
        (
            "Aleppo\n\nAugust 9, 2012\n\nSyrian troops backed by tanks and helicopter gunships "
            "stormed the Salaheddine district of Aleppo on Wednesday.\n",
            "Military Forces of Syria",
        ),
        (
            "Hit\n\nApril 15, 2016\n\nIraqi forces backed by coalition aircraft retook the "
            "town of Hit on Sunday.\n",
            "Military Forces of Iraq",
        ),
    ],
)
def test_passive_backed_by_keeps_the_actor(run, text: str, actor: str) -> None:  # noqa: ANN001
    rows = run(text)
    assert rows, "no event"
    assert rows[0]["actor1"] == actor, rows


def test_prefixed_backer_is_not_the_actor(run) -> None:  # noqa: ANN001
    text = (
        "Jarablus\n\nAugust 25, 2016\n\nTurkish-backed rebels captured the town of Jarablus "
        "from the Islamic State on Wednesday.\n"
    )
    rows = run(text)
    assert rows, "no event"
    assert rows[0]["actor1"] == "Opposition Rebels (Syria)", rows
