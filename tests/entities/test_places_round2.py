"""Places, round 2: homonyms abroad and war villages missing from cities500.

A document about Syria names "Hamdaniyeh" or "Salah Eddin" (quarters of Aleppo): not the Iraqi
town or governorate of that name; a loose match in a country the text never points to is no
place. Villages of the wars that cities500 lacks (Dabiq, Zummar, Amirli, al-Lataminah, Jobar)
resolve through the curated features table, with their own coordinates. Sentences written for
this file.
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


def _places(st: PlacesStage, text: str, lang: str = "en") -> list[Mention]:
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


def test_an_aleppo_quarter_is_not_an_iraqi_governorate(stage: PlacesStage) -> None:
    text = "In Aleppo, government forces shelled the Salah Eddin neighbourhood on Monday."
    ms = _places(stage, text)
    m = _on(ms, text, "Salah Eddin")
    assert m is None or m.country == "SY", (m.canonical, m.country) if m else None
    assert _on(ms, text, "Aleppo") is not None


def test_a_loose_match_abroad_is_no_place(stage: PlacesStage) -> None:
    text = "Four fighters were killed in Rami in Idlib province, Syria, on Sunday."
    m = _on(_places(stage, text), text, "Rami")
    assert m is None or m.country == "SY", (m.canonical, m.country) if m else None


def test_a_town_of_the_text_country_still_resolves_far_away(stage: PlacesStage) -> None:
    # the abroad rule must not touch a town of the country the text is about
    text = "Syrian troops entered Abu Kamal after shelling Palmyra in Syria."
    ms = _places(stage, text)
    assert {m.country for m in ms if m.text in ("Abu Kamal", "Palmyra")} == {"SY"}


@pytest.mark.parametrize(
    ("text", "name", "canonical", "country", "admin1"),
    [
        ("Rebels recaptured Dabiq, a village north of Aleppo.", "Dabiq", "Dabiq", "SY", "Aleppo"),
        (
            "Les peshmergas ont repris Zoummar, au nord-ouest de Mossoul.",
            "Zoummar",
            "Zummar",
            "IQ",
            "Nineveh",
        ),
        (
            "Iraqi forces broke the siege of Amerli, north of Baghdad.",
            "Amerli",
            "Amirli",
            "IQ",
            "Salah ad Din",
        ),
        (
            "The army retook Morek, Kafr Zita and al-Lataminah in Hama province.",
            "al-Lataminah",
            "al-Lataminah",
            "SY",
            "Hama",
        ),
        (
            "Mortars hit the Jobar district east of Damascus centre.",
            "Jobar",
            "Jobar",
            "SY",
            "Dimashq",
        ),
    ],
)
def test_war_villages_missing_from_cities500(
    stage: PlacesStage, text: str, name: str, canonical: str, country: str, admin1: str
) -> None:
    lang = "fr" if "Les " in text else "en"
    m = _on(_places(stage, text, lang), text, name)
    assert m is not None, f"{name} not found"
    assert (m.canonical, m.country, m.admin1, m.precision) == (canonical, country, admin1, 1)
    # a village of its own: not the id of the GeoNames town it lies near (Kafr Zita is not
    # al-Lataminah, and a list of both is two places)
    assert m.geonameid is None and m.kb_id == f"feature:{canonical}"


def test_a_village_keeps_its_own_coordinates(stage: PlacesStage) -> None:
    text = "Islamic State fighters withdrew from Dabiq near the Turkish border."
    m = _on(_places(stage, text), text, "Dabiq")
    assert m is not None and m.lat is not None and m.lon is not None
    assert abs(m.lat - 36.54) < 0.05 and abs(m.lon - 37.27) < 0.05


def test_spellings_that_do_not_fold_to_geonames(stage: PlacesStage) -> None:
    text = "Gunmen attacked a mosque in Bir al-Abed in Egypt's North Sinai, killing 305 people."
    m = _on(_places(stage, text), text, "Bir al-Abed")
    assert m is not None and m.country == "EG" and m.geonameid == 410142


def test_a_quneitra_village_is_not_hatra_in_iraq(stage: PlacesStage) -> None:
    text = "Rebels clashed with the army in Hadar in Quneitra province, Syria, on Monday."
    m = _on(_places(stage, text), text, "Hadar")
    assert m is None or m.country == "SY", (m.canonical, m.country) if m else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Iraqi forces advanced towards Hatra, south of Mosul, in Iraq.", "Hatra"),
        ("Iraqi troops retook al-Hamdaniya, east of Mosul, Iraq.", "al-Hamdaniya"),
    ],
)
def test_the_same_names_at_home_still_resolve(stage: PlacesStage, text: str, name: str) -> None:
    m = _on(_places(stage, text), text, name)
    assert m is not None and m.country == "IQ" and m.admin1 == "Nineveh"


def test_an_arabic_name_is_not_a_turkish_town_without_its_article(stage: PlacesStage) -> None:
    text = "Syrian air strikes killed 12 civilians in Al Kalassa on Monday, the monitor said."
    m = _on(_places(stage, text), text, "Al Kalassa")
    assert m is None or m.country != "TR", (m.canonical, m.country) if m else None
