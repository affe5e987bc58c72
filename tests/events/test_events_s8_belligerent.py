"""A battle that names no side is fought by the story's belligerent (session 8,
newsift.events.belligerent), through the whole pipeline on articles written for these tests:

- an operation carried on or expected with no doer of its own ("l'opération serait étendue
  ensuite à X", "les troupes comptaient se tourner vers X"), fighting told by its noun
  ("Clashes continued on Monday around X"): actor1 is the side most of the article's battles
  are by;
- near misses: a counter-offensive (the losing side's move) and a sentence naming sides of its
  own are left to the sentence's rules.
"""

from __future__ import annotations

from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)


def _at(events: list[dict], town: str) -> list[dict]:
    return [e for e in events if town in (e.get("location") or "").lower()]


def test_operation_extended_fr(run) -> None:  # noqa: ANN001
    text = (
        "Manbij\n\nLe 25 août 2016\n\n"
        "Les chars turcs et les rebelles syriens ont pris mercredi Jarablus à l'État "
        "islamique. L'armée turque a bombardé jeudi les positions des YPG au sud de Jarablus. "
        "Selon Ankara, l'opération serait étendue ensuite à Manbij.\n"
    )
    rows = _at(run(text), "manbij")
    assert rows, "no event at Manbij"
    assert rows[0]["actor1"] == "Military Forces of Turkey", rows


def test_clashes_continued_en(run) -> None:  # noqa: ANN001
    text = (
        "Tal Abyad\n\nOctober 14, 2019\n\n"
        "Turkish troops captured the town of Tal Abyad on Sunday after heavy fighting with the "
        "SDF. Clashes continued on Monday around the village of Suluk.\n"
    )
    rows = [e for e in _at(run(text), "sul") if e["sub_event_type"] == "Armed clash"]
    assert rows, "no clash at Suluk"
    assert rows[0]["actor1"] == "Military Forces of Turkey", rows


def test_troops_turning_next_fr(run) -> None:  # noqa: ANN001
    text = (
        "Ramadi\n\nLe 30 décembre 2015\n\n"
        "Les forces irakiennes ont repris lundi le centre de Ramadi. Les troupes ont pris mardi "
        "le quartier de Hoz. Les troupes comptaient se tourner ensuite vers Fallouja.\n"
    )
    rows = _at(run(text), "fallujah")
    assert rows, "no event at Fallujah"
    assert rows[0]["actor1"] == "Military Forces of Iraq", rows


def test_next_push_en(run) -> None:  # noqa: ANN001
    text = (
        "Kirkuk\n\nOctober 20, 2017\n\n"
        "Iraqi troops retook the town of Altun Kupri on Friday after a three-hour battle with "
        "Peshmerga fighters. Iraqi forces also took the Bai Hassan oil field on Thursday. "
        "The next move could be a push toward Makhmour, analysts said.\n"
    )
    rows = _at(run(text), "makhm")
    assert rows, "no event at Makhmour"
    assert rows[0]["actor1"] == "Military Forces of Iraq", rows


def test_counter_offensive_is_not_the_story_side_en(run) -> None:  # noqa: ANN001
    text = (
        "Hasakah\n\nAugust 20, 2016\n\n"
        "Kurdish YPG fighters seized the Ghwairan district of Hasakah on Friday. Kurdish "
        "fighters also took the Nashwa district on Saturday. A counter-offensive to retake "
        "Ghwairan could be launched within days.\n"
    )
    rows = [e for e in run(text) if e.get("modality") in ("speculative", "planned")]
    assert all(e["actor1"] != "People's Protection Units" for e in rows), rows
