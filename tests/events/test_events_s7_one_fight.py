"""One fight told from both sides is one event (session 7, merge), through the whole pipeline
on sentences written for these tests:

- in one sentence, an attack and its repulse, or a withdrawal and the entry of the other side,
  read as two battle rows with opposite actor1: one row, actor1 the side attacking or moving
  in, the other side actor2 (ACLED: one event per actors + place + day);
- across sentences, a clash at the place and on the day of a capture (the assault that led
  to it, the dead of the fighting for it) is part of the capture (CONVENTIONS 3);
- near misses: a clash at the same place on another day stays an event of its own.
"""

from __future__ import annotations

import unicodedata

import pytest
from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)

PESH = "Peshmerga (Kurdistan Regional Government)"
BATTLES = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")
NVT = "Non-violent transfer of territory"


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _at(events: list[dict], town: str, subs: tuple[str, ...]) -> list[dict]:
    return [
        e
        for e in events
        if e.get("sub_event_type") in subs and town in _plain(e.get("location") or "")
    ]


def test_attack_and_repulse_in_one_sentence_are_one_clash(run) -> None:  # noqa: ANN001
    text = (
        "Sukhnah: army holds the line\n\nPosted on March 20, 2017\n\n"
        "Islamic State fighters stormed army checkpoints in Sukhnah on Sunday but were "
        "repelled by Syrian government troops, a military source said.\n"
    )
    rows = _at(run(text), "sukhnah", BATTLES)
    assert len(rows) == 1, rows
    assert rows[0]["actor1"] == "Islamic State"
    assert rows[0]["actor2"] == "Military Forces of Syria"


@pytest.mark.parametrize(
    ("text", "town", "taker"),
    [
        (
            "Nord de l'Irak\n\nPublié le 18 octobre 2017\n\nMercredi, les peshmergas se sont "
            "retirés de Makhmour, où les combattants du Hachd al-Chaabi sont entrés sans "
            "rencontrer de résistance.\n",
            "makhmour",
            "Popular Mobilization Forces",
        ),
        (
            "Kirkuk province\n\nPosted on October 18, 2017\n\nOn Tuesday, Kurdish Peshmerga "
            "forces withdrew from Dibis, which Iraqi troops entered without a fight.\n",
            "dibis",
            "Military Forces of Iraq",
        ),
    ],
)
def test_withdrawal_and_entry_are_one_hand_over(  # noqa: ANN201
    run,  # noqa: ANN001
    text: str,
    town: str,
    taker: str,
):
    rows = _at(run(text), town, (NVT, *BATTLES))
    assert len(rows) == 1, rows
    assert rows[0]["actor1"] == taker
    assert rows[0]["actor2"] == PESH


@pytest.mark.parametrize(
    ("text", "town", "taker"),
    [
        (
            "Frontline report\n\nPosted on February 27, 2016\n\nSyrian troops retook "
            "Khanasser on Friday, state media said.\n\nDozens of rebels were killed on Friday "
            "in the fighting for Khanasser, the Observatory said.\n",
            "khanasir",
            "Military Forces of Syria",
        ),
        (
            "Anbar\n\nPosted on June 18, 2017\n\nIraqi forces recaptured the town of Rutba on "
            "Saturday, the Joint Operations Command said.\n\nThe final assault on the town "
            "centre began at dawn on Saturday, according to military sources.\n",
            "rutba",
            "Military Forces of Iraq",
        ),
        (
            "Homs\n\nPublié le 4 avril 2016\n\nL'armée syrienne a repris dimanche le contrôle "
            "de Qaryatayn, au sud-est de Homs.\n\nSelon l'OSDH, des dizaines de jihadistes de "
            "l'EI ont été tués dimanche dans les combats à Qaryatayn.\n",
            "qaryatayn",
            "Military Forces of Syria",
        ),
    ],
)
def test_clash_on_the_day_of_a_capture_is_the_capture(  # noqa: ANN201
    run,  # noqa: ANN001
    text: str,
    town: str,
    taker: str,
):
    rows = _at(run(text), town, BATTLES)
    assert rows, "the capture is an event"
    assert all(e["sub_event_type"] != "Armed clash" for e in rows), rows
    assert all(e["actor1"] == taker for e in rows)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Anbar\n\nPosted on November 30, 2017\n\nIraqi forces retook Rawa on Monday, the "
            "Joint Operations Command said.\n\nOn Wednesday, Islamic State fighters clashed "
            "with Iraqi troops in Rawa, a police officer said.\n",
            "rawa",
        ),
        (
            "Front de Tadef\n\nPublié le 16 mars 2017\n\nL'armée syrienne a repris lundi le "
            "contrôle du village de Tadef.\n\nMercredi, de violents combats ont opposé l'armée "
            "aux jihadistes de l'EI à Tadef.\n",
            "tadif",
        ),
    ],
)
def test_clash_on_another_day_stays_apart(run, text: str, town: str) -> None:  # noqa: ANN001
    rows = _at(run(text), town, BATTLES)
    assert {e["sub_event_type"] for e in rows} >= {"Armed clash"}, rows
    assert len(rows) >= 2


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Nineveh\n\nPosted on March 3, 2016\n\nIn August 2014, Islamic State fighters "
            "captured the town of Zumar, which Peshmerga forces retook a few days later.\n",
            "zumm",
        ),
        (
            "Salaheddine\n\nPublié le 3 mars 2016\n\nEn juin 2014, les jihadistes de l'EI "
            "s'étaient emparés de la ville de Baïji, reprise par l'armée irakienne quelques "
            "jours plus tard.\n",
            "baiji",
        ),
    ],
)
def test_lost_and_retaken_in_one_sentence_are_two_events(run, text: str, town: str) -> None:  # noqa: ANN001
    rows = _at(run(text), town, BATTLES)
    assert {e["sub_event_type"] for e in rows} == {
        "Non-state actor overtakes territory",
        "Government regains territory",
    }, rows
