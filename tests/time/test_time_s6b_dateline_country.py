"""A wire dateline whose place carries its country in brackets is still a dateline.

Class (session 6, wave B): "BAAQOUBA (Irak), 27 janvier (Agence) -", "MOSUL (Iraq), March 3
(Wire) -": the bracketed country hid the yearless dateline, so the dispatch's day was only
guessed from the story's bounds and the publication came out at month precision.
"""

from __future__ import annotations

from newsift.time.infer import infer_anchor


def anchor(text: str, lang: str = "fr"):  # type: ignore[no-untyped-def]
    return infer_anchor(text, [(0, len(text), lang)])


def test_french_dateline_with_country_gives_the_day() -> None:
    text = (
        "HILLA (Irak), 3 mars (Agence) - Les jihadistes de l'État islamique (EI) ont attaqué "
        "lundi un poste de police, selon la police. La ville avait été visée en 2014."
    )
    got = anchor(text)
    assert got is not None and got.precision == "day"
    assert (got.anchor.month, got.anchor.day) == (3, 3)
    assert got.reason == "dateline without a year"


def test_english_dateline_with_country_gives_the_day() -> None:
    text = (
        "MOSUL (Iraq), March 7 (Wire) - Iraqi troops retook a district on Tuesday, "
        "officers said, after militants had seized it in June 2014."
    )
    got = anchor(text, "en")
    assert got is not None and got.precision == "day"
    assert (got.anchor.month, got.anchor.day) == (3, 7)


def test_a_bracketed_aside_in_a_sentence_is_no_dateline() -> None:
    text = (
        "Les combattants (selon la police), 3 mars, un jour de marché, ont attaqué le poste "
        "de Hilla en 2016 puis se sont repliés."
    )
    got = anchor(text)
    assert got is None or got.reason != "dateline without a year"
