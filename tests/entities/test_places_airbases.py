"""Places, session 4 (fixer P): military airbases, war villages, road names, actor names.

- The airbases and airports of the Syrian and Iraqi wars (data/places/airbases.tsv), in the
  press's forms (airbase_forms.txt: "aéroport militaire de X", "X air base", "base aérienne
  d'X"), resolve near the base (geo_precision 2), not to the province capital.
- Villages of the wars missing from cities500 (Khan Tuman, Saqlawiyah, Amiriyat al-Fallujah)
  resolve to their own point instead of a far town of similar spelling.
- A road's name that only resembles a town ("la route du Castello") is no place; a town's exact
  name on a road ("la route de Palmyre") still is.
- An organisation's name that only resembles a town ("Al-Qaïda") is no place.
Sentences written for this file.
"""

from __future__ import annotations

import math

import pytest

from newsift.entities.places_stage import PlacesStage
from newsift.model import Document, Mention, NerSpan, Segment


@pytest.fixture(scope="module")
def stage() -> PlacesStage:
    st = PlacesStage()
    st.setup()
    return st


def _places(
    st: PlacesStage,
    text: str,
    lang: str = "en",
    actors: list[str] | None = None,
    loc_hints: list[str] | None = None,
) -> list[Mention]:
    doc = Document(
        doc_id="t",
        source="test",
        external_id="t",
        format="txt",
        text=text,
        segments=[Segment(0, len(text), "body", 1, lang)],
    )
    for name in actors or []:
        s = text.index(name)
        doc.mentions.append(Mention(s, s + len(name), name, "actor", extractor="test"))
    for name in loc_hints or []:  # what a statistical NER model may say
        s = text.index(name)
        doc.ner.append(NerSpan(s, s + len(name), "LOC", "test"))
    return [m for m in st.process(doc).mentions if m.kind == "place"]


def _on(mentions: list[Mention], text: str, name: str) -> Mention | None:
    start = text.index(name)
    return next((m for m in mentions if m.start <= start < m.end), None)


def _km(m: Mention, lat: float, lon: float) -> float:
    assert m.lat is not None and m.lon is not None
    dlat, dlon = math.radians(lat - m.lat), math.radians(lon - m.lon)
    a = (
        math.sin(dlat / 2) ** 2
        + math.cos(math.radians(m.lat)) * math.cos(math.radians(lat)) * math.sin(dlon / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(a))


# (text, lang, the base's name in the text, its real point: public coordinates)
_BASES = [
    (
        "L'armée a brisé mardi le siège de l'aéroport militaire de Kweires, à l'est d'Alep.",
        "fr",
        "Kweires",
        (36.187, 37.583),
    ),
    (
        "Les avions russes ont bombardé les abords de la base aérienne de Jirah, près de Maskana.",
        "fr",
        "Jirah",
        (36.097, 37.936),
    ),
    (
        "Rebels shelled the Abu al-Duhur air base in Idlib province on Sunday.",
        "en",
        "Abu al-Duhur",
        (35.732, 37.104),
    ),
    (
        "US jets took off from the Ain al-Asad airbase in Anbar to strike the militants.",
        "en",
        "Ain al-Asad",
        (33.786, 42.441),
    ),
    (
        "Les jihadistes ont attaqué l'aéroport militaire de Deir ez-Zor dans la nuit.",
        "fr",
        "Deir ez-Zor",
        (35.285, 40.176),
    ),
    (
        "Syrian helicopters flew from the Khalkhalah airbase towards the Lajat area.",
        "en",
        "Khalkhalah",
        (33.063, 36.552),
    ),
]


@pytest.mark.parametrize(("text", "lang", "name", "point"), _BASES)
def test_an_airbase_resolves_near_the_base(
    stage: PlacesStage, text: str, lang: str, name: str, point: tuple[float, float]
) -> None:
    m = _on(_places(stage, text, lang), text, name)
    assert m is not None, text
    assert _km(m, *point) < 20, (m.canonical, m.lat, m.lon)
    assert m.precision == 2
    assert "airbase" in (m.canonical or "") or "airport" in (m.canonical or "")


def test_a_base_named_alone_resolves_too(stage: PlacesStage) -> None:
    text = "Russian jets flew more than 100 sorties against positions around Kuweires."
    m = _on(_places(stage, text), text, "Kuweires")
    assert m is not None and _km(m, 36.187, 37.583) < 20


def test_a_town_sharing_a_base_name_stays_the_town(stage: PlacesStage) -> None:
    # must NOT fire: "Tabqa" alone is the town, not its airbase
    text = "Les Forces démocratiques syriennes sont entrées dans Tabqa, à l'ouest de Raqqa."
    m = _on(_places(stage, text, "fr"), text, "Tabqa")
    assert m is not None and "airbase" not in (m.canonical or "")
    assert m.precision == 1


@pytest.mark.parametrize(
    ("text", "lang", "name", "point"),
    [
        ("Les combats font rage à Khan Touman, au sud-ouest d'Alep.", "fr", "Khan Touman",
         (36.11, 37.06)),
        ("Iraqi troops entered Saqlawiya, north of Fallujah, on Friday.", "en", "Saqlawiya",
         (33.40, 43.68)),
        ("Un kamikaze a visé un barrage à Amiriyat al-Fallouja.", "fr", "Amiriyat al-Fallouja",
         (33.06, 43.86)),
    ],
)  # fmt: skip
def test_war_villages_resolve_to_their_own_point(
    stage: PlacesStage, text: str, lang: str, name: str, point: tuple[float, float]
) -> None:
    m = _on(_places(stage, text, lang), text, name)
    assert m is not None, text
    assert _km(m, *point) < 10, (m.canonical, m.lat, m.lon)


def test_a_quarter_of_hasakah_resolves_to_the_city(stage: PlacesStage) -> None:
    text = "Les jihadistes se sont emparés du quartier de Nachwa, dans le sud de la ville."
    m = _on(_places(stage, text, "fr"), text, "Nachwa")
    assert m is not None and _km(m, 36.50, 40.75) < 10, m
    assert m.precision == 2


def test_a_road_name_is_not_a_far_village(stage: PlacesStage) -> None:
    text = "Les positions kurdes qui dominent la route du Castello ont été attaquées près d'Alep."
    mentions = _places(stage, text, "fr")
    assert _on(mentions, text, "Castello") is None, [(m.text, m.canonical) for m in mentions]
    assert _on(mentions, text, "Alep") is not None


def test_en_road_name_is_not_a_far_village(stage: PlacesStage) -> None:
    text = "Rebels attacked Kurdish fighters along the Castello road north of Aleppo."
    mentions = _places(stage, text)
    assert _on(mentions, text, "Castello") is None, [(m.text, m.canonical) for m in mentions]


def test_a_town_named_in_a_road_stays(stage: PlacesStage) -> None:
    # must NOT fire: an exact town name on a road is still the town
    text = "L'armée a coupé la route de Palmyre, à l'est de Homs."
    m = _on(_places(stage, text, "fr"), text, "Palmyre")
    assert m is not None and m.canonical == "Palmyra"


def test_an_organisation_resembling_a_town_is_no_place(stage: PlacesStage) -> None:
    # a model tagging the group LOC, in a sentence naming Turkey's capital: the group's name
    # only resembles a Turkish town (by its skeleton); the actors stage knows it
    text = (
        "Les alliés de Washington et d'Ankara, le Front al-Nosra, branche syrienne d'Al-Qaïda, "
        "ont pris la ville de Khan Touman."
    )
    mentions = _places(stage, text, "fr", actors=["Al-Qaïda"], loc_hints=["Al-Qaïda"])
    assert _on(mentions, text, "Al-Qaïda") is None, [(m.text, m.canonical) for m in mentions]


def test_a_town_that_is_also_an_actor_span_stays(stage: PlacesStage) -> None:
    # must NOT fire: an exact town name read as an actor ("Damascus said") is still a place
    text = "Damas a affirmé que ses troupes avaient repris Palmyre."
    mentions = _places(stage, text, "fr", actors=["Damas"])
    m = _on(mentions, text, "Damas")
    assert m is not None and m.canonical == "Damascus"
