"""Session 15 (fixer P): "the dam", "le barrage" -- a definite site noun without a name of its
own, after the article named a facility of that kind (features.tsv), is that facility, so that
an act "at the dam" in a sentence that also names other towns is placed at the dam.

Sentences written for these tests.
"""

from __future__ import annotations

import re

import pytest
from place_docs import place_mentions

from newsift.entities.places_stage import PlacesStage
from newsift.model import Mention, NerSpan


def _run(places: PlacesStage, marked: str, lang: str) -> tuple[str, list[Mention]]:
    """The mentions of ``marked``, whose [bracketed] names stand for the model's LOC spans."""
    text, ner = "", []
    for part in re.split(r"(\[[^\]]+\])", marked):
        if part.startswith("["):
            ner.append(NerSpan(len(text), len(text) + len(part) - 2, "LOC", "test"))
            text += part[1:-1]
        else:
            text += part
    return text, place_mentions(places, text, lang, ner)


def _nth(text: str, word: str, n: int) -> int:
    return [m.start() for m in re.finditer(re.escape(word), text)][n]


@pytest.mark.parametrize(
    ("marked", "lang", "noun"),
    [
        (
            "A drone strike hit a convoy near the [Tishreen dam] on Monday. Farmers from "
            "[Kobani] and [Tabqa] have camped at the dam for a week, and [Turkey] says the dam "
            "shelters militants.",
            "en",
            "dam",
        ),
        (
            "Des drones ont frappé lundi un convoi près du barrage de Tichrine. Des paysans de "
            "[Kobané] et de [Tabqa] campent au barrage depuis une semaine, et la [Turquie] "
            "accuse les FDS de tenir le barrage.",
            "fr",
            "barrage",
        ),
    ],
)
def test_site_noun_is_the_named_facility(
    places: PlacesStage, marked: str, lang: str, noun: str
) -> None:
    text, mentions = _run(places, marked, lang)
    for n in (1, 2):
        at = _nth(text, noun, n)
        got = [m for m in mentions if m.start <= at < m.end]
        assert got and got[0].canonical == "Tishrin dam" and got[0].precision == 2, (n, got)


@pytest.mark.parametrize(
    ("marked", "lang", "noun"),
    [
        # a checkpoint, not the dam: an indefinite noun with a name of its own after it
        (
            "Des drones ont frappé un convoi près du barrage de Tichrine. Plus tard, un barrage "
            "de l'armée a été attaqué à [Manbij].",
            "fr",
            "barrage",
        ),
        # no dam named before: nothing to stand for
        (
            "Rebels blew up the bridge near [Manbij] on Monday, and the dam was shelled.",
            "en",
            "dam",
        ),
    ],
)
def test_no_site_anaphor_without_antecedent(
    places: PlacesStage, marked: str, lang: str, noun: str
) -> None:
    text, mentions = _run(places, marked, lang)
    at = text.rfind(noun)
    assert not [m for m in mentions if m.start <= at < m.end]
