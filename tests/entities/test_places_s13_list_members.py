"""Places, session 13 (fixer L): a name the gazetteer lacks, listed with a known town as a
member of one coordination ("ont repris Kafr Zita, Kx et Morek", "shelled Khan Shaykhun and
Kx", "à X, à Kx et à Ky"), is a village of its own near that town (precision 2), so that the
act on the list is one event per place. A range ("de X à Kx"), a list never closed by
"et"/"and" ("À Alep, Kx a déclaré"), a calendar word or a name opening the sentence are not
taken. Invented village names; sentences written for this file.
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


def _on(mentions: list[Mention], text: str, name: str) -> Mention | None:
    at = text.find(name)
    return next((m for m in mentions if m.start <= at < m.end), None)


@pytest.mark.parametrize(
    ("text", "lang", "names", "town"),
    [
        (
            "Jeudi, les troupes gouvernementales ont reconquis Kafr Zita, Qarmoudé et Morek "
            "après trois jours de combats.",
            "fr",
            ["Qarmoudé"],
            "Kafr Zita",
        ),
        (
            "L'aviation a bombardé Khan Cheikhoun et Al-Zawriyé, deux bourgs de la zone "
            "démilitarisée.",
            "fr",
            ["Al-Zawriyé"],
            "Khan Cheikhoun",
        ),
        (
            "Des hommes armés ont tué six paysans à Morek, à Tell Ghazwan et à Hboubé.",
            "fr",
            ["Tell Ghazwan", "Hboubé"],
            "Morek",
        ),
        (
            "Government forces shelled Khan Shaykhun, Sukayyik and al-Mazrouqa overnight.",
            "en",
            ["Sukayyik", "al-Mazrouqa"],
            "Khan Shaykhun",
        ),
        (
            "Kurdish fighters seized Manbij and Tell Qurmuz after a week of clashes.",
            "en",
            ["Tell Qurmuz"],
            "Manbij",
        ),
    ],
)
def test_listed_unknown_name_is_a_village_near_its_list(
    stage: PlacesStage, text: str, lang: str, names: list[str], town: str
) -> None:
    found = place_mentions(stage, text, lang)
    known = _on(found, text, town)
    assert known is not None and known.precision == 1
    for name in names:
        m = _on(found, text, name)
        assert m is not None, name
        assert m.text == name and m.precision == 2 and m.geonameid is None
        assert m.country == known.country
        assert (m.lat, m.lon) == (known.lat, known.lon)  # near the town it is listed with


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # a range is one road, not a list
        ("Les rebelles ont coupé la route de Khan Cheikhoun à Qarmoudé mardi.", "fr", "Qarmoudé"),
        ("Convoys drove from Manbij to Tell Qurmuz under fire.", "en", "Tell Qurmuz"),
        # a comma after a fronted place opens a clause: no closing "et"
        ("À Alep, Qarmoudi a déclaré que la trêve tenait.", "fr", "Qarmoudi"),
        # a sentence opened by the unknown name: no verb or preposition leads the list
        ("Zawriyé et Alep ont été bombardées.", "fr", "Zawriyé"),
        # a calendar word joined to a town
        ("Rebels shelled Aleppo and Monday's market was closed.", "en", "Monday"),
    ],
)
def test_not_a_listed_village(stage: PlacesStage, text: str, lang: str, name: str) -> None:
    found = place_mentions(stage, text, lang)
    m = _on(found, text, name)
    assert m is None or m.extractor != "places:unlisted", m


def test_list_of_quarters_is_not_villages(stage: PlacesStage) -> None:
    text = (
        "Les derniers quartiers tenus par les jihadistes à Deir Ezzor, Al-Hamidiya, Qarmoudé "
        "et Hboubé, sont tombés vendredi."
    )
    found = place_mentions(stage, text, "fr")
    for name in ("Qarmoudé", "Hboubé"):
        m = _on(found, text, name)
        assert m is None or m.extractor != "places:unlisted", m


def test_comma_and_after_one_town_opens_a_clause(stage: PlacesStage) -> None:
    text = "Jets bombed the palace in Santiago, and Ramon Quintero died inside it."
    found = place_mentions(stage, text, "en")
    m = _on(found, text, "Ramon Quintero")
    assert m is None or m.extractor != "places:unlisted", m


def test_list_before_a_quarter_noun_is_not_villages(stage: PlacesStage) -> None:
    text = (
        "Army units fought the jihadists in Al-Hamidiya and Qarmoudi neighborhoods of Deir Ezzor."
    )
    found = place_mentions(stage, text, "en")
    m = _on(found, text, "Qarmoudi")
    assert m is None or m.extractor != "places:unlisted", m
