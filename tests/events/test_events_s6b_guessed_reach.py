"""A side guessed to reach a town (session 6, wave B; sentences written for these tests).

Class: a verb of arrival ("atteindre", "reach") under a possibility modal ("pourraient",
"could", "might"), whose subject is an armed side and whose object is a named town, is a
speculative change of hands there (the state's forces regain it, a group takes it), undated --
whatever the deadline, the attribution or the clause that follows. Near-misses that must not
fire: a toll that "could reach" a figure, an asserted arrival, evacuated fighters who "could
go to" a town ("pourraient gagner X": a journey under a deal, not a capture).
"""

from __future__ import annotations

import pytest

PUB = "2016-05-12"
ACTORS = [
    ("les soldats", "Military Forces of Syria"),
    ("government troops", "Military Forces of Syria"),
    ("les rebelles", "Hayat Tahrir al-Sham"),
    ("the rebels", "Hayat Tahrir al-Sham"),
]
PLACES = [
    ("Saraqib", "Saraqib"),
    ("Idleb", "Idlib"),
    ("Manbij", "Manbij"),
    ("Jarabulus", "Jarabulus"),
    ("Hama", "Hama"),
]


def _run(extract, text: str, lang: str, dates=None):
    return extract(
        text,
        lang=lang,
        actors=[a for a in ACTORS if a[0] in text],
        places=[p for p in PLACES if p[0] in text],
        dates=dates,
        published=PUB,
    )


def _show(events):
    return [(e.sub_event_type, e.location, e.event_date, e.modality, e.actor1) for e in events]


@pytest.mark.parametrize(
    ("lang", "text", "place", "sub"),
    [
        (
            "fr",
            "Un officier joint par téléphone pense que les soldats pourraient atteindre Saraqib "
            "et la route M4 « d'ici quelques jours », ce qui mettrait la ville d'Idleb à portée "
            "de tir.",
            "Saraqib",
            "Government regains territory",
        ),
        (
            "fr",
            "Selon un commandant, les rebelles pourraient atteindre Hama avant la fin du mois.",
            "Hama",
            "Non-state actor overtakes territory",
        ),
        (
            "en",
            "An officer said government troops could reach Jarabulus by the end of the month.",
            "Jarabulus",
            "Government regains territory",
        ),
        (
            "en",
            "If the front holds, the rebels might reach Manbij within days, analysts believe.",
            "Manbij",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_side_guessed_to_reach_a_town_is_a_speculative_change_of_hands(
    extract, lang: str, text: str, place: str, sub: str
) -> None:
    events = _run(extract, text, lang)
    at = [e for e in events if e.location == place and e.modality == "speculative"]
    assert at and at[0].sub_event_type == sub, _show(events)
    assert all(e.event_date is None for e in at), _show(events)


def test_toll_that_could_reach_a_figure_is_no_event(extract) -> None:
    events = _run(extract, "Le bilan pourrait atteindre cinquante morts à Saraqib.", "fr")
    assert not [e for e in events if "territory" in e.sub_event_type], _show(events)


def test_asserted_arrival_is_not_guessed(extract) -> None:
    events = _run(
        extract, "Mardi, les soldats ont atteint Saraqib.", "fr", dates=[("Mardi", "2016-05-10")]
    )
    assert not [e for e in events if e.modality == "speculative"], _show(events)


def test_evacuees_who_could_go_to_a_town_take_nothing(extract) -> None:
    text = "Selon l'accord, les rebelles pourraient gagner Idleb avec leurs armes légères."
    events = _run(extract, text, "fr")
    assert not [e for e in events if "territory" in e.sub_event_type], _show(events)
