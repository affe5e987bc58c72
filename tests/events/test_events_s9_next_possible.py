"""A possibility modal over "the next one to fall" (session 9; sentences written for these
tests).

"X pourrait être la prochaine à être reprise, estime un officier", "X could be the next town
to be retaken": the plan word "prochaine"/"next" sits under a modal of possibility, so the
capture is a guess (speculative), also when the parser hangs the capture on "prochaine".
Near-miss: "X sera la prochaine à être reprise, a annoncé le ministre" stays planned.
"""

from __future__ import annotations

from helpers import modality_at

PUB = "2018-07-20"


def _fr(extract, text: str):  # type: ignore[no-untyped-def]
    return extract(text, lang="fr", places=[("Saraqib", "Saraqib")], published=PUB)


def test_fr_could_be_next_to_be_retaken_says_officer(extract) -> None:
    text = (
        "La ville de Saraqib, plus à l'est, pourrait être la prochaine à être reprise, estime "
        "un officier joint par téléphone."
    )
    modality_at(_fr(extract, text), "Saraqib", "speculative", undated=True)


def test_fr_could_be_next_to_fall(extract) -> None:
    text = "Selon des analystes, la ville de Saraqib pourrait être la prochaine à tomber."
    modality_at(_fr(extract, text), "Saraqib", "speculative", undated=True)


def test_en_could_be_next_town_to_be_retaken(extract) -> None:
    text = "Saraqib could be the next town to be retaken by the army, an officer said."
    events = extract(
        text, places=[("Saraqib", "Saraqib")], published=PUB,
        actors=[("the army", "Military Forces of Syria")],
    )  # fmt: skip
    modality_at(events, "Saraqib", "speculative", undated=True)


def test_fr_will_be_next_stays_planned(extract) -> None:
    text = "La ville de Saraqib sera la prochaine à être reprise, a annoncé le ministre."
    modality_at(_fr(extract, text), "Saraqib", "planned", undated=True)
