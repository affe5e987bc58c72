"""Places: a town abroad that nothing else in the text points to gives way to a namesake in
the text's own country near its places, even a loosely spelt one and even when the foreign
town is big, after a settlement cue ("le village de"). Sentences written for this file.
"""

from __future__ import annotations

import pytest

from newsift.entities.gazetteer import get_gazetteer
from newsift.entities.places_stage import PlacesStage
from newsift.model import Document, Mention, NerSpan, Segment


@pytest.fixture(scope="module")
def stage() -> PlacesStage:
    st = PlacesStage()
    st.setup()
    return st


def _places(st: PlacesStage, text: str, labels: dict[str, str], lang: str) -> list[Mention]:
    ner = []
    for words, label in labels.items():
        start = text.index(words)
        ner.append(NerSpan(start, start + len(words), label, "test"))
    doc = Document(
        doc_id="t",
        source="test",
        external_id="t",
        format="txt",
        text=text,
        segments=[Segment(0, len(text), "body", 1, lang)],
        ner=ner,
    )
    return [m for m in st.process(doc).mentions if m.kind == "place"]


def _on(mentions: list[Mention], text: str, name: str) -> Mention | None:
    start = text.index(name)
    return next((m for m in mentions if m.start <= start < m.end), None)


def _namesakes(name: str) -> set[str]:
    g = get_gazetteer()
    return {g.cc[h.row] for h in g.lookup(name)}


def test_fr_village_near_raqqa_is_the_syrian_one(stage: PlacesStage) -> None:
    text = (
        "Syrie : les Forces démocratiques syriennes ont pris lundi le village d'al-Mansoura, "
        "à l'ouest de Raqqa, après des combats avec les jihadistes, selon l'OSDH."
    )
    assert {"EG", "SY"} <= _namesakes("al-Mansoura")  # else the test proves nothing
    found = _places(stage, text, {"Syrie": "LOC", "al-Mansoura": "LOC", "Raqqa": "LOC"}, "fr")
    m = _on(found, text, "al-Mansoura")
    assert m is not None and m.country == "SY", m


def test_en_big_foreign_city_without_settlement_cue_stays(stage: PlacesStage) -> None:
    text = (
        "Syrian officials met Egyptian envoys in Mansoura on Monday, while fighting went on "
        "around Raqqa and Deir ez-Zor in eastern Syria."
    )
    found = _places(
        stage,
        text,
        {"Mansoura": "GPE", "Raqqa": "GPE", "Deir ez-Zor": "GPE", "Syria": "GPE"},
        "en",
    )
    m = _on(found, text, "Mansoura")
    assert m is None or m.country != "SY", m


def test_fr_al_tanf_is_in_syria(stage: PlacesStage) -> None:
    text = "Un convoi s'approchait de la base d'al-Tanf, dans le sud-est de la Syrie, jeudi."
    found = _places(stage, text, {"al-Tanf": "LOC", "Syrie": "LOC"}, "fr")
    m = _on(found, text, "al-Tanf")
    assert m is not None and m.country == "SY", m
