"""Session 12 (fixer P): where an act happened.

* Places opening the sentence as a detached locative adjunct, before the verb ("À X et à Y,
  le même jour, des centaines de femmes furent enlevées", "In X and in Y, ...") are each the
  act's place: one event per place (CONVENTIONS §3), as for a list after the verb.

Sentences written for these tests; villages invented (Zorvak, Qasrouk); places placed by hand
(see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO

_EXTRA: dict[str, dict[str, Any]] = {
    # invented villages placed near Sinjar (precision 2, as the places stage places them)
    "Zorvak": {"geonameid": None, "lat": 36.32, "lon": 41.88, "country": "IQ", "precision": 2},
    "Qasrouk": {"geonameid": None, "lat": 36.38, "lon": 42.45, "country": "IQ", "precision": 2},
    "Sinjar": {"geonameid": 448149, "lat": 36.3209, "lon": 41.8766, "country": "IQ"},
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def _where(events: list[Any]) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Les jihadistes ont pris Sinjar le 3 août. À Zorvak et à Qasrouk, le même jour, "
            "des centaines de femmes furent enlevées par les jihadistes.",
            "fr",
            "le 3 août",
        ),
        (
            "The jihadists took Sinjar on August 3. In Zorvak and in Qasrouk, on the same day, "
            "the jihadists abducted hundreds of women.",
            "en",
            "August 3",
        ),
    ],
)
def test_fronted_locative_list(extract, text: str, lang: str, day: str) -> None:  # noqa: ANN001
    events = extract(
        text,
        places=[("Sinjar", "Sinjar"), ("Zorvak", "Zorvak"), ("Qasrouk", "Qasrouk")],
        dates=[(day, "2014-08-03")],
        lang=lang,
        published="2017-08-03",
    )
    abducted = {e.location for e in events if e.sub_event_type.startswith("Abduction")}
    assert {"Zorvak", "Qasrouk"} <= abducted, _where(events)
