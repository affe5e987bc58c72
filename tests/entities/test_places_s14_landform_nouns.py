"""Session 14 (fixer P): a landform noun a text capitalises for a region it has named ("la
Montagne" for the Jabal Druze, "the Valley" for the Bekaa) is not the small French or American
town GeoNames gives that noun to, even when the text names Paris or Washington in passing
(Montagne, Gironde, by Paris's alternate names; La Plaine-sur-Mer).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from place_docs import place_mentions

from newsift.entities.places_stage import PlacesStage
from newsift.model import NerSpan


@pytest.mark.parametrize(
    ("text", "noun", "lang"),
    [
        (
            "Les notables de Soueïda refusent la conscription, comme sous le mandat français, "
            "quand Paris bombardait Damas. Depuis un siècle, la Montagne négocie seule avec "
            "Damas, et la Montagne a encore été bombardée jeudi.",
            "Montagne",
            "fr",
        ),
        (
            "Des obus sont tombés sur Chahba, a-t-on appris à Paris. Dans la Plaine, au sud de "
            "Soueïda, les paysans ont fui vers Deraa.",
            "Plaine",
            "fr",
        ),
        (
            "Hezbollah fighters moved from Baalbek and Hermel into the Valley on Sunday, "
            "while shells fell on Arsal, officials in Washington said.",
            "Valley",
            "en",
        ),
    ],
)
def test_landform_noun_is_no_town(places: PlacesStage, text: str, noun: str, lang: str) -> None:
    # the statistical model tags the capitalised noun LOC, as it does in running text
    ner = [NerSpan(i, i + len(noun), "LOC", "test") for i in _starts(text, noun)]
    far = [
        m
        for m in place_mentions(places, text, lang, ner)
        if noun in m.text and m.lat is not None and (m.country or "") not in ("SY", "LB")
    ]
    assert not far, [(m.text, m.canonical, m.country) for m in far]


def _starts(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def test_named_places_still_resolve(places: PlacesStage) -> None:
    text = "Les notables de Soueïda ont reçu un émissaire; la Montagne refuse la conscription."
    got = {m.text: m.country for m in place_mentions(places, text, "fr")}
    assert got.get("Soueïda") == "SY", got
