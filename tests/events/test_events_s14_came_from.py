"""Session 14 (fixer P): the place troops came from, or fighters leave for, is not where the
act told happened.

"Des renforts venus de Hama ont repris l'hôpital", "reinforcements arriving from Hama
attacked the rebels", "l'armée a acheminé depuis Hama des renforts": Hama is the base or
the capital that sent them. Even as the sentence's only place it does not place the act: the
act falls to the story's town, as any act told without its own place. Fire "tirée depuis X"
keeps its old rule (kept when the sentence names no other place).

"Les insurgés qui refusent l'accord partiront pour Idlib", "fighters will leave for Idlib":
where they are to go, not where the deal was made (as "évacués vers Idlib").

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
            "La bataille de Homs dure depuis une semaine, selon un officier. Des renforts "
            "venus de Hama ont attaqué mardi les positions rebelles autour de l'hôpital.",
            "fr",
            "mardi",
        ),
        (
            "The battle for Homs has lasted a week, an officer said. Reinforcements arriving "
            "from Hama attacked rebel positions around the hospital on Tuesday.",
            "en",
            "Tuesday",
        ),
    ],
)
def test_troops_origin_is_no_place_of_their_act(
    extract,
    text: str,
    lang: str,
    day: str,  # noqa: ANN001
) -> None:
    events = extract(
        text,
        places=[("Homs", "Homs"), ("Hama", "Hama")],
        dates=[(day, "2016-05-10")],
        lang=lang,
        published="2016-05-12",
    )
    took = [e for e in events if e.event_date == "2016-05-10"]
    assert took, _rows(events)
    assert all(e.location == "Homs" for e in took), _rows(events)


def test_fire_from_a_place_still_places_it_alone(extract) -> None:  # noqa: ANN001
    events = extract(
        "Des obus tirés depuis Hama ont tué mardi trois civils, selon l'OSDH.",
        places=[("Hama", "Hama")],
        dates=[("mardi", "2016-05-10")],
        lang="fr",
        published="2016-05-12",
    )
    assert any(e.location == "Hama" for e in events), _rows(events)


@pytest.mark.parametrize(
    ("text", "lang", "day", "province"),
    [
        (
            "Mardi, les notables et les rebelles de la province d'Idlib ont signé un accord de "
            "reddition : les insurgés qui le refusent partiront pour Jarabulus avec leurs "
            "familles.",
            "fr",
            "Mardi",
            "province d'Idlib",
        ),
        (
            "On Tuesday the elders and rebels of Idlib province signed a surrender deal: "
            "fighters who reject it will leave for Jarabulus with their families.",
            "en",
            "Tuesday",
            "Idlib province",
        ),
    ],
)
def test_where_fighters_leave_for_is_no_place_of_the_deal(
    extract, text: str, lang: str, day: str, province: str  # noqa: ANN001
) -> None:
    events = extract(
        text,
        places=[(province, "Idlib province"), ("Jarabulus", "Jarabulus")],
        dates=[(day, "2016-05-10")],
        lang=lang,
        published="2016-05-12",
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals, _rows(events)
    assert all(e.location != "Jarabulus" for e in deals), _rows(events)
