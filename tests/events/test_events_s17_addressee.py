"""Events' place, session 17 (fixer P): a country or capital a statement accuses, blames, urges
or warns ("accusant Damas de", "a sommé Bagdad de", "accused Baghdad of", "urged Beirut to")
names a government, never the place of the act the sentence tells: the act's own region or the
story's place is used instead. A capital where something happens stays a place. See
place_roles.toml ``addressee``.
Sentences written for these tests; places are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any


def _rows(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


def test_fr_the_accused_capital_is_no_place(extract) -> None:  # noqa: ANN001
    text = (
        "Mardi, des drones turcs ont bombardé un camp de combattants kurdes près de Kirkouk, "
        "Ankara accusant Bagdad de fermer les yeux sur leur présence."
    )
    events = extract(
        text,
        places=[("Kirkouk", "Kirkuk"), ("Bagdad", "Baghdad")],
        dates=[("Mardi", "2019-05-14")],
        lang="fr",
        published="2019-05-15",
    )
    assert events, _rows(events)
    assert {e.location for e in events} == {"Kirkuk"}, _rows(events)


def test_en_the_urged_capital_is_no_place(extract) -> None:  # noqa: ANN001
    text = (
        "On Sunday, drones struck a convoy near Qaim, and Washington urged Baghdad to rein in "
        "the militias."
    )
    events = extract(
        text,
        places=[("Qaim", "Al-Qaim"), ("Washington", "Washington"), ("Baghdad", "Baghdad")],
        dates=[("Sunday", "2020-03-15")],
        lang="en",
        published="2020-03-16",
    )
    assert events, _rows(events)
    assert "Baghdad" not in {e.location for e in events}, _rows(events)


def test_fr_a_capital_where_it_happens_stays(extract) -> None:  # noqa: ANN001
    text = "Mardi, une voiture piégée a explosé à Bagdad, tuant six personnes, selon la police."
    events = extract(
        text,
        places=[("Bagdad", "Baghdad")],
        dates=[("Mardi", "2016-07-05")],
        lang="fr",
        published="2016-07-06",
    )
    assert events and {e.location for e in events} == {"Baghdad"}, _rows(events)
