"""Places, session 6 wave B (fixer P): a village the gazetteer lacks, named after a settlement
noun ("les hameaux de Zorvak", "the village of Qurtaba"), is a place of its own (the country of
the nearest known place), not the bigger town named beside it as a landmark; its later bare
mentions are the same village. Invented village names; sentences written for this file.
"""

from __future__ import annotations

import pytest
from place_docs import place_mentions

from newsift.entities.places_stage import PlacesStage
from newsift.model import Mention


@pytest.fixture(scope="module")
def stage() -> PlacesStage:
    st = PlacesStage()
    st.setup()
    return st


def _places(st: PlacesStage, text: str, lang: str) -> list[Mention]:
    return place_mentions(st, text, lang)


def _all_on(mentions: list[Mention], text: str, name: str) -> list[Mention]:
    out, at = [], text.find(name)
    while at >= 0:
        out.extend(m for m in mentions if m.start <= at < m.end)
        at = text.find(name, at + 1)
    return out


@pytest.mark.parametrize(
    ("text", "lang", "name", "cc"),
    [
        (
            "Les peshmergas ont repris mardi trois hameaux de Zorvak, au sud d'Erbil, après des "
            "combats acharnés. Les jihadistes tenaient Zorvak depuis l'été.",
            "fr",
            "Zorvak",
            "IQ",
        ),
        (
            "Selon un commandant, l'aviation a bombardé les positions ennemies sur le front de "
            "Qasrouk, à l'ouest de Mossoul.",
            "fr",
            "Qasrouk",
            "IQ",
        ),
        (
            "Rebels stormed the village of Tell Burqan north of Aleppo on Friday; by Sunday "
            "government troops had retaken Tell Burqan.",
            "en",
            "Tell Burqan",
            "SY",
        ),
        (
            "Militants shelled the small town of Qurtaba, on the road between Baghdad and "
            "Baquba, killing two farmers.",
            "en",
            "Qurtaba",
            "IQ",
        ),
        (
            "La bourgade chrétienne de Bakhdirane, proche de Mossoul, était tombée en août.",
            "fr",
            "Bakhdirane",
            "IQ",
        ),
    ],
)
def test_unlisted_village(stage: PlacesStage, text: str, lang: str, name: str, cc: str) -> None:
    found = _all_on(_places(stage, text, lang), text, name)
    assert found, name
    assert all(m.canonical == name and m.country == cc and m.precision == 2 for m in found)
    assert len(found) == text.count(name)


def test_known_town_after_noun_unchanged(stage: PlacesStage) -> None:
    text = "L'armée est entrée dans la ville de Mossoul mardi."
    found = _all_on(_places(stage, text, "fr"), text, "Mossoul")
    assert found and found[0].canonical == "Mosul" and found[0].geonameid is not None


def test_no_place_from_organisation_or_river(stage: PlacesStage) -> None:
    text = (
        "Le Front de Libération a tenu une réunion à Bagdad. Les fermes de la vallée du Tigre "
        "ont été inondées, au nord de Bagdad."
    )
    found = _places(stage, text, "fr")
    assert not any(m.text in ("Libération", "Tigre") for m in found)
    assert not _all_on(found, text, "Libération")


@pytest.mark.parametrize(
    ("text", "lang", "name", "cc"),
    [
        (
            "Des miliciens ont exécuté des prisonniers à Zahrouk, une petite bourgade au nord de "
            "Bagdad.",
            "fr",
            "Zahrouk",
            "IQ",
        ),
        (
            "Gunmen ambushed a patrol near al-Qassirah, a small desert town south of Ramadi.",
            "en",
            "al-Qassirah",
            "IQ",
        ),
    ],
)
def test_unlisted_village_apposition(
    stage: PlacesStage, text: str, lang: str, name: str, cc: str
) -> None:
    found = _all_on(_places(stage, text, lang), text, name)
    assert found and all(m.canonical == name and m.country == cc for m in found)


def test_apposition_not_a_person(stage: PlacesStage) -> None:
    text = "Le porte-parole, Ahmed, un habitant du village, a parlé à Mossoul."
    assert not _all_on(_places(stage, text, "fr"), text, "Ahmed")


def test_sentence_opening_word_is_no_village(stage: PlacesStage) -> None:
    text = (
        "Hier, le village a été bombardé près de Mossoul. Meanwhile, the town of Ramadi was quiet."
    )
    found = _places(stage, text, "fr")
    assert not any(m.text in ("Hier", "Meanwhile") for m in found)


def test_title_case_headline_keeps_known_town(stage: PlacesStage) -> None:
    text = "The Town of Mosul Falls To Militants After Days Of Fighting"
    found = _all_on(_places(stage, text, "en"), text, "Mosul")
    assert found and found[0].canonical == "Mosul" and found[0].geonameid is not None
