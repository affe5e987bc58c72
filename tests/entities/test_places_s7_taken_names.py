"""Places, session 7 (lead): a town named as what is taken, lost or hit is a place even when
the small NER model calls it a person -- "Les rebelles ont arraché Tafqa à l'EI", "Tafqa a été
reprise", "the town fell" -- as fr_core_news_md does with many Arabic toponyms. The verbs are
cue words of data/places/cues.toml. Sentences written for this file; the names are real
Syrian and Iraqi towns of the gazetteer.
"""

from __future__ import annotations

import pytest
from place_docs import place_mentions

from newsift.entities.places_stage import PlacesStage
from newsift.model import Mention, NerSpan


@pytest.fixture(scope="module")
def stage() -> PlacesStage:
    st = PlacesStage()
    st.setup()
    return st


def _places(st: PlacesStage, text: str, lang: str, person: str) -> list[Mention]:
    """Place mentions of ``text`` when the NER model tagged ``person`` as a person."""
    at = text.find(person)
    return place_mentions(st, text, lang, [NerSpan(at, at + len(person), "PER", "test")])


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Les rebelles ont arraché Hajin à l'État islamique après deux semaines de combats.",
            "fr",
            "Hajin",
        ),
        (
            "Maaloula a été reprise par l'armée syrienne et le Hezbollah au printemps.",
            "fr",
            "Maaloula",
        ),
        (
            "Selon l'OSDH, Hajin est tombée jeudi aux mains des Forces démocratiques syriennes.",
            "fr",
            "Hajin",
        ),
        (
            "The militants overran Maaloula before dawn, a monastery official said.",
            "en",
            "Maaloula",
        ),
        (
            "After a week of street fighting, Hajin fell to the SDF, the coalition said.",
            "en",
            "Hajin",
        ),
    ],
)
def test_a_town_taken_is_a_place_though_tagged_a_person(
    stage: PlacesStage, text: str, lang: str, name: str
) -> None:
    at = text.find(name)
    assert any(m.start <= at < m.end for m in _places(stage, text, lang, name))


def test_without_the_verb_the_person_tag_still_keeps_it_out(stage: PlacesStage) -> None:
    text = "Hajin a déclaré hier qu'il ne reviendrait pas sur sa décision."
    at = text.find("Hajin")
    assert not any(m.start <= at < m.end for m in _places(stage, text, "fr", "Hajin"))
