"""A KB person's name inside a place name is no actor ("in al-Baghdadi", "Tell Abyad"), and the
Kurdish security forces' spellings link to them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsift.entities.actors_stage import ActorsStage
from newsift.entities.person_places import is_place_name
from newsift.model import Article, Document, Segment


@pytest.fixture(scope="module")
def actors() -> ActorsStage:
    st = ActorsStage()
    st.setup()
    return st


def linked(actors: ActorsStage, body: str, lang: str) -> list[tuple[str, str | None]]:
    doc = Document(
        doc_id="d",
        source="test",
        external_id="t",
        format="txt",
        text=body,
        segments=[Segment(0, len(body), "body", 1, lang)],
        articles=[Article(k=1, lang=lang)],
    )
    actors.process(doc)
    return [(m.text, m.kb_id) for m in doc.mentions if m.kind == "actor"]


def place_name(text: str, name: str) -> bool:
    i = text.index(name)
    return is_place_name(text, i, i + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heavy fighting was reported in al-Baghdadi on Tuesday.", "al-Baghdadi"),
        ("Rockets hit the Ain al-Asad air base overnight.", "al-Asad"),
        ("The dam near Tell Abyad was shelled.", "Abyad"),
        ("Les combats se poursuivent près de Deir Hafer, à l'est d'Alep.", "Hafer"),
        ("Les jihadistes ont reculé vers la rive du lac Assad.", "Assad"),
        ("Des obus sont tombés à al-Baghdadi dans la nuit.", "al-Baghdadi"),
    ],
)
def test_a_name_in_a_place_is_a_place(text: str, name: str) -> None:
    assert place_name(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A video showed Abu Bakr al-Baghdadi in a mosque.", "Abu Bakr al-Baghdadi"),
        ("Troops loyal to Assad advanced in Aleppo.", "Assad"),
        ("The offensive in Assad's Syria goes on.", "Assad"),
        ("Le Kremlin a présenté à Bachar el-Assad son plan.", "Bachar el-Assad"),
        ("Le ministre a téléphoné à Assad lundi.", "Assad"),
        ("Un message du président Assad a été lu.", "Assad"),
    ],
)
def test_a_person_stays_a_person(text: str, name: str) -> None:
    assert not place_name(text, name)


def test_stage_drops_the_person_in_a_town_but_keeps_the_leader(actors: ActorsStage) -> None:
    found = linked(
        actors,
        "Fighters clashed in al-Baghdadi on Monday. Abu Bakr al-Baghdadi was not seen there.",
        "en",
    )
    texts = [t for t, _ in found]
    assert "Abu Bakr al-Baghdadi" in texts, found
    assert texts.count("al-Baghdadi") == 0, found


def test_fr_stage_drops_the_person_after_a_place_word(actors: ActorsStage) -> None:
    found = linked(
        actors,
        "Les forces kurdes ont repoussé une attaque près du lac Assad. "
        "Le président Bachar el-Assad n'a pas réagi.",
        "fr",
    )
    ids = [k for _, k in found]
    assert ids.count("sy-bashar-al-assad") == 1, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les Asayich ont arrêté trois suspects à Qamichli jeudi.", "fr"),
        ("Selon les Assayiche, la voiture piégée visait un barrage à Hassaké.", "fr"),
        ("The Asayesh detained two men in Qamishli on Friday.", "en"),
    ],
)
def test_kurdish_security_forces_spellings(actors: ActorsStage, text: str, lang: str) -> None:
    ids = [k for _, k in linked(actors, text, lang)]
    assert "sy-asayish" in ids, ids
    assert not any(k and k.endswith("-police") for k in ids), ids
