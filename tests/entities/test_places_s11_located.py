"""Places, session 11 (fixer A): a name the text locates by a town right after it ("X, à
l'ouest de Y", "X, north of Y") lies near that town. A reading of the name far from it -- a
namesake elsewhere in the country, loosely spelt -- is no reading of it: the name is a small
place the gazetteer lacks, at the locating town (precision 2), in all its mentions. Sentences
written for this file.
"""

from __future__ import annotations

import pytest

from newsift.entities.places import haversine_km
from newsift.entities.places_stage import PlacesStage
from newsift.model import Document, Mention, Segment

JISR = (35.8137, 36.3184)  # Jisr al-Shughur
HAMA = (35.1318, 36.7578)


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


def _all_on(mentions: list[Mention], text: str, name: str) -> list[Mention | None]:
    out: list[Mention | None] = []
    at = text.find(name)
    while at >= 0:
        out.append(next((m for m in mentions if m.start <= at < m.end), None))
        at = text.find(name, at + 1)
    return out


def _km(m: Mention, point: tuple[float, float]) -> float:
    assert m.lat is not None and m.lon is not None
    return haversine_km(m.lat, m.lon, *point)


@pytest.mark.parametrize(
    ("text", "lang", "name", "town"),
    [
        (
            "Samedi, l'armée a lancé un nouvel assaut contre la colline de Manbaj, à l'ouest de "
            "Jisr al-Choghour. Lundi, l'aviation a bombardé des positions rebelles près de "
            "Manbaj.",
            "fr",
            "Manbaj",
            JISR,
        ),
        (
            "On Saturday government troops stormed Tabqi, a few miles north of Hama, after days of "
            "shelling. Rebels said they still held the ridge above Tabqi on Sunday.",
            "en",
            "Tabqi",
            HAMA,
        ),
    ],
)
def test_name_located_by_a_town_is_not_a_far_namesake(
    stage: PlacesStage, text: str, lang: str, name: str, town: tuple[float, float]
) -> None:
    ms = _all_on(_places(stage, text, lang), text, name)
    assert len(ms) == 2
    for m in ms:
        assert m is not None and m.canonical == name and m.precision == 2, m
        assert _km(m, town) < 10, m


@pytest.mark.parametrize(
    ("text", "lang", "name", "canonical"),
    [
        # a literal reading a long way off, but said so: it stays
        (
            "Les avions ont frappé Raqqa, à l'est d'Alep, dans la nuit de mardi.",
            "fr",
            "Raqqa",
            "Raqqa",
        ),
        # a reading near the locating town stays
        (
            "Rebels shelled Saraqib, south-east of Idlib, on Tuesday.",
            "en",
            "Saraqib",
            "Saraqib",
        ),
    ],
)
def test_a_reading_near_enough_stays(
    stage: PlacesStage, text: str, lang: str, name: str, canonical: str
) -> None:
    ms = _all_on(_places(stage, text, lang), text, name)
    assert ms and ms[0] is not None and ms[0].canonical == canonical, ms
    assert ms[0].geonameid is not None


def test_tail_of_a_longer_name_makes_no_place(stage: PlacesStage) -> None:
    text = (
        "Le Hezbollah combat aux côtés de l'armée syrienne à Yabroud et à Qousseir. La riposte "
        "n'a pas tardé : lundi soir, une voiture piégée a explosé à Nabi Othmane, près de "
        "Hermel, dans la Békaa libanaise."
    )
    ms = _places(stage, text, "fr")
    at = text.index("Othmane")
    assert not any(m.start <= at < m.end and m.canonical == "Othmane" for m in ms), ms
