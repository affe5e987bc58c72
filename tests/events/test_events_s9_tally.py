"""Acts a source reports as a count or a noun, or ascribes in a relative clause (session 9;
sentences written for these tests).

"L'OSDH a fait état de la mort de 14 civils dans des frappes", "the monitor recorded 30 air
strikes on X", "des frappes que l'OSDH attribue à l'aviation russe": the act is the source's
report, `reported`, the source as claimant.
Near-misses: the author's own count ("Au moins 30 frappes ont visé X jeudi") and a relative
clause that only describes ("des frappes qui ont tué 12 civils") stay asserted.
"""

from __future__ import annotations

from helpers import modality_at

PUB = "2017-10-14"
JEUDI = ("jeudi", "2017-10-12")


def _fr(extract, text: str):  # type: ignore[no-untyped-def]
    return extract(text, lang="fr", places=[("Idlib", "Idlib")], dates=[JEUDI], published=PUB)


def _en(extract, text: str):  # type: ignore[no-untyped-def]
    return extract(
        text, places=[("Idlib", "Idlib")], dates=[("Thursday", "2017-10-12")], published=PUB
    )


def test_fr_made_state_of_deaths_in_strikes(extract) -> None:
    text = (
        "L'Observatoire a par ailleurs fait état de la mort de 14 civils dans des frappes "
        "aériennes menées jeudi sur Idlib."
    )
    modality_at(_fr(extract, text), "Idlib", "reported")


def test_fr_strikes_ascribed_in_relative(extract) -> None:
    text = (
        "Jeudi, des frappes aériennes que l'Observatoire attribue à l'aviation russe ont tué "
        "12 civils à Idlib."
    )
    modality_at(_fr(extract, text.replace("Jeudi", "jeudi", 1)), "Idlib", "reported")


def test_en_monitor_recorded_strikes(extract) -> None:
    text = "The monitor recorded at least 30 air strikes on Idlib on Thursday."
    modality_at(_en(extract, text), "Idlib", "reported")


def test_en_observatory_documented_strikes(extract) -> None:
    text = "The Observatory documented dozens of air strikes on Idlib on Thursday."
    modality_at(_en(extract, text), "Idlib", "reported")


# ------------------------------------------------------------------ near-misses
def test_fr_authors_own_count_stays_asserted(extract) -> None:
    text = "Au moins 30 frappes aériennes ont visé Idlib jeudi."
    modality_at(_fr(extract, text), "Idlib", "asserted")


def test_en_describing_relative_stays_asserted(extract) -> None:
    text = "Air strikes that killed 12 civilians hit Idlib on Thursday."
    modality_at(_en(extract, text), "Idlib", "asserted")
