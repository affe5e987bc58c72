"""Events' place, session 6 wave B (fixer P): a unit's home city ("les brigades du Hachd
venues de Kerbala", "militia battalions sent from Basra") is where the unit came from, not where
it fought (data/events/place_roles.toml, origin): the sentence's other place is the event's.
Sentences written for these tests; places are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import make_doc


def _rows(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "places", "date"),
    [
        (
            "Les forces irakiennes, appuyées par les brigades du Hachd al-Chaabi venues de "
            "Kirkouk, ont repris samedi le contrôle total de Mossoul.",
            "fr",
            [("Kirkouk", "Kirkuk"), ("Mossoul", "Mosul")],
            ("samedi", "2017-09-16"),
        ),
        (
            "Des miliciens chiites arrivés la veille de Kirkouk ont attaqué mardi les positions "
            "des jihadistes à Mossoul.",
            "fr",
            [("Kirkouk", "Kirkuk"), ("Mossoul", "Mosul")],
            ("mardi", "2017-09-12"),
        ),
        (
            "Backed by Hashd al-Shaabi brigades coming from Kirkuk, Iraqi troops recaptured "
            "Mosul on Saturday.",
            "en",
            [("Kirkuk", "Kirkuk"), ("Mosul", "Mosul")],
            ("Saturday", "2017-09-16"),
        ),
        (
            "Government troops and militia battalions sent from Latakia clashed with rebels "
            "in Aleppo on Friday.",
            "en",
            [("Latakia", "Latakia"), ("Aleppo", "Aleppo")],
            ("Friday", "2016-09-16"),
        ),
    ],
)
def test_unit_home_city_is_no_place(process, text, lang, places, date) -> None:  # noqa: ANN001
    doc = make_doc(text, places=places, dates=[date], lang=lang, published=date[1])
    events = process(doc)
    assert events, text
    home, fought = places[0][1], places[1][1]
    assert any(e.location == fought for e in events), _rows(events)
    assert not any(e.location == home for e in events), _rows(events)


def test_unit_moving_into_the_town_keeps_it(process) -> None:  # noqa: ANN001
    # the participle is not followed by where the unit came from: the town is the act's
    text = (
        "Les volontaires venus en nombre ont repris samedi Mossoul, à l'ouest de Kirkouk, "
        "selon l'armée."
    )
    doc = make_doc(
        text,
        places=[("Mossoul", "Mosul"), ("Kirkouk", "Kirkuk")],
        dates=[("samedi", "2017-09-16")],
        lang="fr",
        published="2017-09-16",
    )
    events = process(doc)
    assert any(e.location == "Mosul" for e in events), _rows(events)
