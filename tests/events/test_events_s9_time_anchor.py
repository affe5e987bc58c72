"""Events named only as the measure of a time (session 9; sentences written for these tests).

"Un mois après la chute de X", "un an après le massacre de X", "three years after the fall of
X": the nominal event dates the sentence, it is not news of the article; with no day in its own
phrase it is no event. Near-misses: the same lead with the event's own day ("deux semaines après
la reprise de X par l'armée, le 12 janvier") stays an event; "après la chute de X" with no
length of time is left to the other rules (an undated background act).
"""

from __future__ import annotations

from helpers import at_place, show

PUB = "2017-01-29"


def test_fr_month_after_the_fall(extract) -> None:
    text = "Un mois après la chute de Raqqa, les pourparlers doivent s'ouvrir à Astana."
    events = extract(text, lang="fr", places=[("Raqqa", "Raqqa")], published=PUB)
    assert not at_place(events, "Raqqa"), show(events)


def test_fr_year_after_the_massacre(extract) -> None:
    text = "Un an après le massacre de Manbij, le silence de l'Occident reste assourdissant."
    events = extract(text, lang="fr", places=[("Manbij", "Manbij")], published=PUB)
    assert not at_place(events, "Manbij"), show(events)


def test_en_three_years_after_the_fall(extract) -> None:
    text = "Three years after the fall of Mosul, the old city still lies in ruins."
    events = extract(text, places=[("Mosul", "Mosul")], published=PUB)
    assert not at_place(events, "Mosul"), show(events)


def test_en_weeks_after_the_bombing(extract) -> None:
    text = "Two weeks after the bombing of Idlib, aid convoys were still waiting at the border."
    events = extract(text, places=[("Idlib", "Idlib")], published=PUB)
    assert not at_place(events, "Idlib"), show(events)


# ------------------------------------------------------------------ near-misses
def test_fr_anchor_with_its_own_day_stays(extract) -> None:
    text = (
        "Deux semaines après la reprise de Raqqa par l'armée, le 12 janvier, la ville reste "
        "déserte."
    )
    events = extract(
        text, lang="fr", places=[("Raqqa", "Raqqa")], dates=[("le 12 janvier", "2017-01-12")],
        actors=[("l'armée", "Military Forces of Syria")], published=PUB,
    )  # fmt: skip
    at = at_place(events, "Raqqa")
    assert at and at[0].event_date == "2017-01-12", show(events)


def test_fr_after_the_fall_without_length_stays(extract) -> None:
    text = "Après la chute de Manbij, l'armée a repris Raqqa jeudi."
    events = extract(
        text, lang="fr", places=[("Manbij", "Manbij"), ("Raqqa", "Raqqa")],
        dates=[("jeudi", "2017-01-26")], actors=[("l'armée", "Military Forces of Syria")],
        published=PUB,
    )  # fmt: skip
    assert at_place(events, "Raqqa"), show(events)
