"""Places: world coverage and words that are not places, on sentences written for this file.

Regions and countries anywhere resolve to themselves with geo_precision 3 (Catalonia, Scotland,
Texas, the Kurdistan Region), former country names to today's country (Rhodesia); peoples,
demonyms and languages ("the Kikuyus", "Catalan", "English"), river banks ("the west bank of
the Tigris"), common headline nouns ("Trêve", "Canal") and date phrases ("Le 13 décembre") are
no places; a building named after a far-away town ("Hajjah Hospital" in Eastern Ghouta) is not
that town; a facility with its own coordinates (the T4 air base) gets them. NER spans are given
by hand as a small model labels them.
"""

from __future__ import annotations

import pytest

from newsift.entities.gazetteer import get_gazetteer
from newsift.entities.places import haversine_km
from newsift.entities.places_stage import PlacesStage
from newsift.model import Document, Mention, NerSpan, Segment


@pytest.fixture(scope="module")
def stage() -> PlacesStage:
    st = PlacesStage()
    st.setup()
    return st


def _ner(text: str, labels: dict[str, str]) -> list[NerSpan]:
    out = []
    for words, label in labels.items():
        start = text.index(words)
        out.append(NerSpan(start, start + len(words), label, "test"))
    return out


def _places(st: PlacesStage, text: str, labels: dict[str, str] | None = None,
            lang: str = "en", kind: str = "body") -> list[Mention]:  # fmt: skip
    doc = Document(
        doc_id="t",
        source="test",
        external_id="t",
        format="txt",
        text=text,
        segments=[Segment(0, len(text), kind, 1, lang)],
        ner=_ner(text, labels or {}),
    )
    return [m for m in st.process(doc).mentions if m.kind == "place"]


def _on(mentions: list[Mention], text: str, name: str) -> Mention | None:
    start = text.index(name)
    return next((m for m in mentions if m.start <= start < m.end), None)


def _listed(name: str, country: str) -> bool:
    """The gazetteer lists a namesake in that country (else the test proves nothing)."""
    g = get_gazetteer()
    return any(g.cc[h.row] == country for h in g.lookup(name))


# --------------------------------------------------------------------------- regions
@pytest.mark.parametrize(
    ("text", "name", "country", "lat", "lon"),
    [
        ("Separatists in Catalonia held a vote that Madrid called illegal.", "Catalonia", "ES",
         41.8, 1.5),
        ("Les indépendantistes de Catalogne ont manifesté à Barcelone.", "Catalogne", "ES",
         41.8, 1.5),
        ("Protests spread from Scotland to Wales within a week.", "Scotland", "GB", 56.8, -4.2),
        ("Floods hit Texas and Louisiana after the hurricane.", "Texas", "US", 31.2, -99.5),
        ("Farmers in Bavaria blocked roads near Munich.", "Bavaria", "DE", 48.9, 11.4),
    ],
)  # fmt: skip
def test_a_region_of_the_world_resolves_to_itself(
    stage: PlacesStage, text: str, name: str, country: str, lat: float, lon: float
) -> None:
    labels = {name: "GPE"}
    found = _places(stage, text, labels, lang="fr" if "Catalogne" in text else "en")
    m = _on(found, text, name)
    assert m is not None
    assert m.country == country
    assert m.precision == 3
    assert m.lat is not None and m.lon is not None
    assert haversine_km(m.lat, m.lon, lat, lon) < 250


def test_iraqi_kurdistan_is_a_region_not_the_erbil_governorate(stage: PlacesStage) -> None:
    text = "Oil from Iraqi Kurdistan reaches Ceyhan through a Turkish pipeline."
    found = _places(stage, text, {"Kurdistan": "GPE", "Ceyhan": "GPE"})
    m = _on(found, text, "Kurdistan")
    assert m is not None and m.country == "IQ" and m.precision == 3
    assert m.canonical == "Iraqi Kurdistan"  # the common English name (alias: Kurdistan Region)
    assert m.geonameid is None and m.kb_id == "region:Iraqi Kurdistan"


def test_a_former_country_name_is_todays_country(stage: PlacesStage) -> None:
    text = "Rhodesia declared independence from Britain in 1965."
    assert _listed("Rhodesia", "GR")  # Ródos, a skeleton namesake
    found = _places(stage, text, {"Rhodesia": "GPE", "Britain": "GPE", "1965": "DATE"})
    m = _on(found, text, "Rhodesia")
    assert m is not None and m.country == "ZW" and m.precision == 3


# --------------------------------------------------------------------------- not places
def test_peoples_and_languages_are_no_places(stage: PlacesStage) -> None:
    text = (
        "The Kikuyus dominated politics in Kenya after independence. Catalan separatists "
        "spoke English to the press in Barcelona."
    )
    assert _listed("Kikuyu", "KE") and _listed("Catalan", "TR") and _listed("English", "US")
    labels = {"Kikuyus": "ORG", "Kenya": "GPE", "Catalan": "NORP", "English": "LANGUAGE",
              "Barcelona": "GPE"}  # fmt: skip
    found = _places(stage, text, labels)
    for word in ("Kikuyus", "Catalan", "English"):
        assert _on(found, text, word) is None, word
    assert {m.text for m in found} >= {"Kenya", "Barcelona"}


def test_a_river_bank_is_not_the_west_bank(stage: PlacesStage) -> None:
    text = "Iraqi troops crossed to the west bank of the Tigris in Mosul on Sunday."
    found = _places(stage, text, {"the west bank": "GPE", "Mosul": "GPE"})
    assert _on(found, text, "west bank") is None
    assert _on(found, text, "Mosul") is not None
    text2 = "Clashes erupted in the West Bank city of Nablus."
    found2 = _places(stage, text2, {"the West Bank": "GPE", "Nablus": "GPE"})
    m = _on(found2, text2, "West Bank")
    assert m is not None and m.precision == 3  # the territory itself


def test_headline_nouns_and_date_phrases_are_no_places(stage: PlacesStage) -> None:
    title = "Trêve à Alep : les rebelles quittent la ville"
    assert _listed("Trêve", "FR")
    found = _places(stage, title, {"Trêve": "PER", "Alep": "LOC"}, lang="fr", kind="title")
    assert _on(found, title, "Trêve") is None
    assert _on(found, title, "Alep") is not None
    text = "Le 13 décembre, le Canal a été fermé et les navires attendaient au large de Suez."
    found = _places(stage, text, {"Le 13 décembre": "DATE", "Canal": "PER", "Suez": "LOC"},
                    lang="fr")  # fmt: skip
    assert _on(found, text, "Le") is None
    assert _on(found, text, "Canal") is None
    assert _on(found, text, "Suez") is not None


def test_a_hospital_named_after_a_far_town_is_not_that_town(stage: PlacesStage) -> None:
    text = "Airstrikes hit Hajjah Hospital in Ain Tarma, in Eastern Ghouta near Damascus."
    assert _listed("Hajjah", "YE")
    labels = {"Hajjah Hospital": "FAC", "Ain Tarma": "GPE", "Damascus": "GPE"}
    found = _places(stage, text, labels)
    m = _on(found, text, "Hajjah")
    assert m is None or m.country != "YE"
    assert _on(found, text, "Damascus") is not None


def test_a_facility_with_its_own_point_gets_it(stage: PlacesStage) -> None:
    text = "Israeli jets struck the T-4 airbase in Homs province overnight."
    found = _places(stage, text, {"Homs province": "GPE"})
    m = _on(found, text, "T-4")
    assert m is not None and m.precision == 2
    assert m.lat is not None and m.lon is not None
    assert haversine_km(m.lat, m.lon, 34.52, 37.63) < 5
