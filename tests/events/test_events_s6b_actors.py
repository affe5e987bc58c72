"""Actor1 classes (session 6, wave B), through the whole pipeline on sentences written for
these tests:

- the Peshmerga in Kurdish/Turkish spellings ("Peşmerge", "pêşmerge") are the KRG's Peshmerga.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_run  # noqa: F401 (fixtures)

PESH = "Peshmerga (Kurdistan Regional Government)"


@pytest.mark.parametrize(
    "text",
    [
        "ERBIL, 8 août 2014 - Les Peşmerge ont repris jeudi le contrôle de Makhmour.",
        "ERBIL, 8 août 2014 - Jeudi, les combattants pêşmerge ont repris Makhmour aux jihadistes.",
        "ERBIL, Aug. 8, 2014 - Peshmerge units retook Makhmour on Thursday.",
        "ERBIL, 8 août 2014 - Les pechmerga ont reconquis Makhmour jeudi.",
    ],
)
def test_peshmerga_spellings(run, text: str) -> None:  # noqa: ANN001
    events = run(text)
    assert events, "the retaking is an event"
    assert events[0]["actor1"] == PESH


def test_peshmerga_near_miss(run) -> None:  # noqa: ANN001
    text = "BAGDAD, 8 août 2014 - L'armée irakienne a repris jeudi le contrôle de Samarra."
    assert all(e.get("actor1") != PESH for e in run(text))
