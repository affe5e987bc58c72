"""A place coordinated after a prepositional phrase is a place, not the clause's actor.

spaCy sometimes hangs the second conjunct of "sur le Sud et la Bekaa" on the verb as its subject;
read as an actor (metonymy, "Damas accuse") it would be dropped and the row would fall to another
place. Sentences written for these tests.
"""

from __future__ import annotations

from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)


def _places(events: list[dict]) -> set[str]:
    return {e.get("location") or "" for e in events}


def test_fr_second_place_after_sur_is_the_place(run) -> None:  # noqa: ANN001
    text = (
        "Liban\n\nLe 2 octobre 2024\n\nLe 1er octobre, les frappes israéliennes sur le Sud et "
        "la Bekaa ont fait 95 morts selon le ministère libanais de la Santé.\n"
    )
    rows = [e for e in run(text) if e["event_type"] == "Explosions/Remote violence"]
    assert rows, "no strike"
    assert _places(rows) == {"Bekaa Valley"}, rows


def test_en_places_after_on_stay_places(run) -> None:  # noqa: ANN001
    text = (
        "Lebanon\n\nOctober 2, 2024\n\nOn October 1, Israeli strikes on Tyre and Nabatieh "
        "killed 95 people, according to the health ministry in Beirut.\n"
    )
    rows = [e for e in run(text) if e["event_type"] == "Explosions/Remote violence"]
    assert rows and "Beirut" not in _places(rows), rows
    assert rows[0]["actor1"] == "Military Forces of Israel", rows


def test_fr_country_subject_stays_an_actor(run) -> None:  # noqa: ANN001
    text = (
        "Syrie\n\nLe 9 mars 2018\n\nLa Russie et la Turquie ont bombardé jeudi des positions "
        "rebelles près d'Idleb.\n"
    )
    rows = [e for e in run(text) if e["event_type"] == "Explosions/Remote violence"]
    assert rows and "Idlib" in _places(rows), rows
    assert not {"Russia", "Turkey"} & _places(rows), rows
