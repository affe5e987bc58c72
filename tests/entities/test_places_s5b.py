"""Places, session 5 wave 2 (fixer P2): a city's half written as one hyphenated word
("Alep-Est", "Mosul-West") is the city at geo_precision 2; the place a transcript's speaker
line says the reporter speaks from ("NAME (en duplex de X) :") is no place mention.
Sentences written for this file.
"""

from __future__ import annotations

import pytest

from newsift.entities.places_stage import PlacesStage
from newsift.model import Document, Mention, Segment


@pytest.fixture(scope="module")
def stage() -> PlacesStage:
    st = PlacesStage()
    st.setup()
    return st


def _places(st: PlacesStage, text: str, lang: str) -> list[Mention]:
    doc = Document(
        doc_id="t",
        source="test",
        external_id="t",
        format="txt",
        text=text,
        segments=[Segment(0, len(text), "body", 1, lang)],
    )
    return [m for m in st.process(doc).mentions if m.kind == "place"]


def _on(mentions: list[Mention], text: str, name: str) -> Mention | None:
    start = text.index(name)
    return next((m for m in mentions if m.start <= start < m.end), None)


def test_city_half_fr(stage: PlacesStage) -> None:
    text = "Les loyalistes avaient reconquis Alep-Est à la fin de l'automne, après un long siège."
    m = _on(_places(stage, text, "fr"), text, "Alep-Est")
    assert m is not None and m.canonical == "Aleppo"
    assert m.precision == 2 and m.text == "Alep-Est"


def test_city_half_en(stage: PlacesStage) -> None:
    text = "Iraqi troops pushed into Mosul-West on Sunday after weeks of street fighting."
    m = _on(_places(stage, text, "en"), text, "Mosul-West")
    assert m is not None and m.canonical == "Mosul" and m.precision == 2


def test_plain_city_keeps_precision(stage: PlacesStage) -> None:
    text = "Des frappes ont visé Alep mardi, selon des habitants."
    m = _on(_places(stage, text, "fr"), text, "Alep")
    assert m is not None and m.canonical == "Aleppo" and m.precision == 1


def test_duplex_speaker_place_dropped_fr(stage: PlacesStage) -> None:
    text = (
        "[19:02:10] ANNE ROUX : Les troupes irakiennes resserrent l'étau sur Mossoul.\n"
        "[19:02:40] LUC PETIT (en duplex de Erbil) : Oui, Anne. L'assaut a commencé ce matin."
    )
    places = _places(stage, text, "fr")
    assert _on(places, text, "Erbil") is None
    assert _on(places, text, "Mossoul") is not None


def test_live_from_speaker_place_dropped_en(stage: PlacesStage) -> None:
    text = "JANE MOORE, live from Baghdad: The offensive on Fallujah began at dawn."
    places = _places(stage, text, "en")
    assert _on(places, text, "Baghdad") is None
    assert _on(places, text, "Fallujah") is not None


def test_reporter_place_in_sentence_kept(stage: PlacesStage) -> None:
    # not a speaker label (no colon after the name): the place stays
    text = "Notre envoyé spécial, joint depuis Erbil, décrit des combats violents dans la ville."
    assert _on(_places(stage, text, "fr"), text, "Erbil") is not None
