"""Missed events, session 9: a short quotation holding a modal of possibility is reported
speech, not a slogan (sentences written for these tests, French and English).

The class: a speaker's estimate or warning quoted as a fragment of the sentence ("les
jihadistes « pourraient abandonner X sans combattre »", 'the army "could retake X by summer"',
'his men "might storm X tomorrow"'): three to six words in quotes read as a slogan before, so
the speculative event was lost. A modal of possibility ("pourrait", "could", "might") makes
the quotation speech; the modality rules then read it. Near miss: a chanted imperative
('"Liberate X now!"') stays a slogan.
"""

from __future__ import annotations

from helpers import at_place, show


def _guessed(events, place: str) -> list:  # noqa: ANN001 - events of the extract fixture
    return [e for e in at_place(events, place) if e.modality == "speculative"]


def test_fr_could_abandon_without_a_fight(extract) -> None:
    events = extract(
        "Selon un commandant kurde, les jihadistes « pourraient abandonner Hama sans combattre » "
        "dans les prochains jours.",
        lang="fr",
        places=[("Hama", "Hama")],
        published="2016-07-10",
    )
    found = _guessed(events, "Hama")
    assert [e.event_date for e in found] == [None], show(events)


def test_fr_army_could_retake_by_summer(extract) -> None:
    events = extract(
        "Selon un analyste, l'armée « pourrait reprendre Hama d'ici l'été ».",
        lang="fr",
        places=[("Hama", "Hama")],
        published="2016-07-10",
    )
    assert _guessed(events, "Hama"), show(events)


def test_en_army_could_retake_by_summer(extract) -> None:
    events = extract(
        'An analyst said the army "could retake Hama by summer".',
        places=[("Hama", "Hama")],
        published="2016-07-10",
    )
    assert _guessed(events, "Hama"), show(events)


def test_en_men_might_storm_tomorrow(extract) -> None:
    events = extract(
        'The commander warned that his men "might storm Homs tomorrow".',
        places=[("Homs", "Homs")],
        published="2016-07-10",
    )
    assert _guessed(events, "Homs"), show(events)


# ------------------------------------------------------------------ near miss
def test_en_chanted_imperative_stays_a_slogan(extract) -> None:
    events = extract(
        'The crowd chanted "Liberate Hama now!" outside the embassy.',
        places=[("Hama", "Hama")],
        published="2016-07-10",
    )
    assert not [e for e in at_place(events, "Hama") if e.event_type == "Battles"], show(events)
