"""A hand-over is the side moving in's (session 8, merge), and Turkish-backed fighters are the
Syrian opposition (CONVENTIONS 5), through the whole pipeline on sentences written for these
tests:

- a withdrawal and the other side's entry told in one sentence, in either order, as a
  relative clause ("sont entrées à X, que les Y venaient d'évacuer"), a coordinated clause
  ("Y ont quitté X sans combattre, et les unités de Z y sont entrées") or "moved in": the
  side moving in is actor1, the side that left actor2;
- near miss: a withdrawal with no entrant named keeps the side that withdrew;
- "Turkish-backed Syrian fighters", "les supplétifs syriens de l'armée turque", "les
  combattants syriens soutenus par la Turquie" are the Syrian opposition, not an army.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)

NVT = "Non-violent transfer of territory"
PESH = "Peshmerga (Kurdistan Regional Government)"
REBELS = "Opposition Rebels (Syria)"


def _handovers(events: list[dict]) -> list[dict]:
    return [e for e in events if e.get("sub_event_type") == NVT]


def test_entry_then_relative_withdrawal_fr(run) -> None:  # noqa: ANN001
    text = (
        "Dibis\n\nLe 18 octobre 2017\n\n"
        "Mardi, les unités de l'armée et du Hachd sont entrées à Dibis, que les Peshmerga "
        "venaient d'évacuer.\n"
    )
    rows = _handovers(run(text))
    assert rows, "no hand-over"
    assert rows[0]["actor1"] == "Military Forces of Iraq", rows
    assert rows[0]["actor2"] == PESH, rows


def test_withdrawal_then_coordinated_entry_fr(run) -> None:  # noqa: ANN001
    text = (
        "Sinjar\n\nLe 18 octobre 2017\n\n"
        "Mardi, les peshmergas ont quitté Sinjar sans combattre, et les unités du Hachd "
        "al-Chaabi y sont entrées dans la soirée.\n"
    )
    rows = _handovers(run(text))
    assert rows, "no hand-over"
    assert rows[0]["actor1"] == "Popular Mobilization Forces", rows
    assert rows[0]["actor2"] == PESH, rows


def test_pull_out_and_move_in_en(run) -> None:  # noqa: ANN001
    text = (
        "Manbij\n\nJanuary 2, 2019\n\n"
        "The YPG pulled out of the villages west of Manbij on Friday, and Syrian army units "
        "moved in hours later.\n"
    )
    rows = _handovers(run(text))
    assert rows, "no hand-over"
    assert rows[0]["actor1"] == "Military Forces of Syria", rows
    assert rows[0]["actor2"] == "People's Protection Units", rows


def test_withdrawal_handing_over_en(run) -> None:  # noqa: ANN001
    text = (
        "Kirkuk\n\nOctober 18, 2017\n\n"
        "Peshmerga units also withdrew from Dibis on Tuesday, handing the town over to Iraqi "
        "troops.\n"
    )
    rows = _handovers(run(text))
    assert rows, "no hand-over"
    assert rows[0]["actor1"] == "Military Forces of Iraq", rows


def test_withdrawal_with_no_entrant_keeps_its_side_en(run) -> None:  # noqa: ANN001
    text = (
        "Tall Tamr\n\nDecember 10, 2019\n\n"
        "The SDF withdrew from the Tall Tamr road on Monday after the Russian military police "
        "said they would patrol it.\n"
    )
    rows = _handovers(run(text))
    assert rows, "no hand-over"
    assert rows[0]["actor1"] == "Syrian Democratic Forces", rows


@pytest.mark.parametrize(
    "text",
    [
        "Al-Bab\n\nLe 10 janvier 2017\n\nSelon des sources kurdes, les supplétifs syriens de "
        "l'armée turque ont pris mardi le village de Qabasin, près d'al-Bab.\n",
        "Ras al-Ain\n\nOctober 21, 2019\n\nTurkish-backed Syrian fighters captured the "
        "village of Abu Rasin near Ras al-Ain on Sunday.\n",
        "Jarablus\n\nLe 25 août 2016\n\nLes combattants syriens soutenus par la Turquie ont "
        "chassé mercredi l'EI de Jarablus.\n",
        "Al-Bab\n\nLe 10 janvier 2017\n\nLes rebelles soutenus par Ankara ont pris lundi le "
        "village de Qabasin, près d'al-Bab.\n",
    ],
)
def test_turkish_backed_fighters_are_the_opposition(run, text: str) -> None:  # noqa: ANN001
    rows = [e for e in run(text) if e.get("event_type") == "Battles"]
    assert rows, "no battle"
    assert rows[0]["actor1"] == REBELS, rows


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Ras al-Ain\n\nOctober 21, 2019\n\nTurkish-backed Syrian fighters entered Ras al-Ain "
            "on Sunday, hours after the last convoy of the Syrian Democratic Forces left the "
            "town.\n",
            REBELS,
            "Syrian Democratic Forces",
        ),
        (
            "Tabqa\n\nLe 12 mai 2017\n\nLes combattants des FDS sont entrés mercredi dans le "
            "barrage de Tabqa, que les jihadistes de l'EI venaient d'évacuer.\n",
            "Syrian Democratic Forces",
            "Islamic State",
        ),
    ],
)
def test_entry_into_a_place_just_left_is_a_hand_over(run, text, actor1, actor2) -> None:  # noqa: ANN001
    rows = _handovers(run(text))
    assert rows, "no hand-over"
    assert rows[0]["actor1"] == actor1, rows
    assert rows[0]["actor2"] == actor2, rows


def test_entry_after_fighting_stays_a_capture_fr(run) -> None:  # noqa: ANN001
    text = (
        "Manbij\n\nLe 13 août 2016\n\nLes combattants des FDS sont entrés vendredi dans Manbij "
        "après de violents combats contre l'EI.\n"
    )
    rows = [e for e in run(text) if "manbij" in (e.get("location") or "").lower()]
    assert rows, "no event at Manbij"
    assert rows[0]["sub_event_type"] != NVT, rows
