"""Session 13 (fixer P): which mention places an act.

* A foreign capital (the seat of a country other than the article's) that no locative
  preposition introduces names a government that speaks or judges ("le jour même où Moscou,
  qui ..., préférait se taire"): when it is the sentence's only place, the act is placed where
  the story is, not in that capital. "à Moscou" / "in Moscow", or a capital right after a verb
  ("la terreur a gagné Moscou"), stays a place.

Sentences written for these tests; places are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any

import pytest


def _rows(events: list[Any]) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Les forces kurdes encerclaient Raqqa depuis le mois de juin. Les derniers réduits "
            "de l'EI ont été repris mardi par les FDS, le jour même où Moscou, qui tenait la "
            "bataille pour interminable, préférait se taire.",
            "fr",
            "mardi",
        ),
        (
            "Kurdish-led forces had encircled Raqqa since June. On Tuesday the SDF captured "
            "the last districts held by ISIS, the very day Moscow, which had called the "
            "battle endless, chose to stay silent.",
            "en",
            "Tuesday",
        ),
    ],
)
def test_foreign_capital_judging_is_no_place(extract, text: str, lang: str, day: str) -> None:  # noqa: ANN001
    events = extract(
        text,
        actors=[("FDS" if lang == "fr" else "SDF", "Syrian Democratic Forces")],
        places=[("Raqqa", "Raqqa"), ("Moscou" if lang == "fr" else "Moscow", "Moscow")],
        dates=[(day, "2017-10-17")],
        lang=lang,
        published="2017-10-19",
    )
    took = [e for e in events if e.sub_event_type.endswith("territory")]
    assert took, _rows(events)
    assert all(e.location == "Raqqa" for e in took), _rows(events)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Une bombe a explosé mardi à Moscou, dans une station de métro du centre.", "fr", "mardi"),
        ("A bomb exploded on Tuesday in Moscow, in a metro station downtown.", "en", "Tuesday"),
        (
            "La terreur a gagné Moscou mardi : une bombe a explosé dans une station de métro.",
            "fr",
            "mardi",
        ),
    ],
)
def test_act_in_a_foreign_capital_stays_there(extract, text: str, lang: str, day: str) -> None:  # noqa: ANN001
    events = extract(
        "Les forces kurdes encerclaient Raqqa depuis le mois de juin. " + text
        if lang == "fr"
        else "Kurdish-led forces had encircled Raqqa since June. " + text,
        places=[("Raqqa", "Raqqa"), ("Moscou" if lang == "fr" else "Moscow", "Moscow")],
        dates=[(day, "2017-10-17")],
        lang=lang,
        published="2017-10-19",
    )
    bombs = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert bombs, _rows(events)
    assert all(e.location == "Moscow" for e in bombs), _rows(events)
