"""Places, session 7 (fixer P): a loose transliteration match (the vowel-less skeleton) must
still be a spelling of the place's name, vowels included -- "Khales" is not Hillah, "Baloun" not
Belen -- and an unknown name after a spatial preposition ("près de Kx", "north of Kx") is a
place of its own, like one after a settlement noun. Sentences and village names written for
this file.
"""

from __future__ import annotations

import pytest
from place_docs import place_mentions

from newsift.entities.place_text import spelling_similarity
from newsift.entities.places_stage import PlacesStage
from newsift.model import Mention


@pytest.fixture(scope="module")
def stage() -> PlacesStage:
    st = PlacesStage()
    st.setup()
    return st


def _places(st: PlacesStage, text: str, lang: str) -> list[Mention]:
    return place_mentions(st, text, lang)


def _on(mentions: list[Mention], text: str, name: str) -> list[Mention]:
    at = text.find(name)
    return [m for m in mentions if m.start <= at < m.end]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Baaqouba", "Baqubah"), ("Mossoul", "Mosul"), ("Jarablous", "Jarabulus"),
     ("Qamichli", "Qamishli"), ("Khan Cheikhoun", "Khan Shaykhun"), ("Deir Ezzor", "Dayr az Zawr")],
)  # fmt: skip
def test_spellings_of_one_name_are_alike(a: str, b: str) -> None:
    assert spelling_similarity(a, b) >= 0.62


@pytest.mark.parametrize(
    ("a", "b"),
    [("Khales", "Hillah"), ("Baloun", "Belen"), ("Kocho", "Kisii"),
     ("al-Baghaliyah", "An Nu‘mānīyah")],
)  # fmt: skip
def test_names_sharing_only_consonants_are_not(a: str, b: str) -> None:
    assert spelling_similarity(a, b) < 0.62


@pytest.mark.parametrize(
    ("text", "lang", "name", "not_canonical"),
    [
        (
            "Un obus de mortier est tombé mardi sur le marché de Khales, dans la province de "
            "Diyala, tuant quatre civils.",
            "fr",
            "Khales",
            "Hillah",
        ),
        (
            "The convoy was hit by an air strike near Baloun in southern Idlib late on Thursday.",
            "en",
            "Baloun",
            "Belen",
        ),
        (
            "Selon des rescapés, les hommes de Kocho avaient été rassemblés dans l'école avant "
            "d'être emmenés vers Sinjar.",
            "fr",
            "Kocho",
            "Kisii",
        ),
        (
            "Jihadists overran the al-Baghaliyah district of Deir ez-Zor on Saturday, the "
            "monitor reported.",
            "en",
            "al-Baghaliyah",
            "An Nu‘mānīyah",
        ),
    ],
)
def test_skeleton_match_with_other_vowels_is_refused(
    stage: PlacesStage, text: str, lang: str, name: str, not_canonical: str
) -> None:
    assert all(m.canonical != not_canonical for m in _on(_places(stage, text, lang), text, name))


@pytest.mark.parametrize(
    ("text", "lang", "name", "cc"),
    [
        (
            "Deux soldats ont été tués lundi dans une embuscade près de Tall Wardiq, à l'est de "
            "Hama, selon l'agence officielle.",
            "fr",
            "Tall Wardiq",
            "SY",
        ),
        (
            "Les peshmergas contrôlent désormais une dizaine de hameaux autour de Zarkhan, au "
            "sud-ouest d'Erbil.",
            "fr",
            "Zarkhan",
            "IQ",
        ),
        (
            "Kurdish forces said they had shelled militant positions near Qabr Shawish, south "
            "of Kirkuk.",
            "en",
            "Qabr Shawish",
            "IQ",
        ),
        (
            "Les jihadistes s'étaient emparés d'une colline au nord d'Umm Sirwal, dans la "
            "province de Deir ez-Zor, avant d'être repoussés.",
            "fr",
            "Umm Sirwal",
            "SY",
        ),
        (
            "Government troops pushed east of Bir Qassab on Sunday after a night of shelling "
            "around Damascus.",
            "en",
            "Bir Qassab",
            "SY",
        ),
    ],
)
def test_unknown_name_after_spatial_preposition_is_a_place(
    stage: PlacesStage, text: str, lang: str, name: str, cc: str
) -> None:
    hits = _on(_places(stage, text, lang), text, name)
    assert hits and hits[0].canonical == name and hits[0].country == cc
    assert hits[0].precision == 2


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Il y a près de 300 combattants autour de Raqqa, venus de Tunisie.", "fr", "300"),
        ("The truce held around Christmas in Aleppo, residents said.", "en", "Christmas"),
        ("Les renforts sont arrivés près de Daech, au sud de Mossoul.", "fr", "Daech"),
    ],
)  # fmt: skip
def test_spatial_preposition_before_no_place_makes_none(
    stage: PlacesStage, text: str, lang: str, word: str
) -> None:
    assert not _on(_places(stage, text, lang), text, word)


@pytest.mark.parametrize(
    ("text", "lang", "name", "cc"),
    [
        (
            "L'armée a repris mardi Kharbat Naïm, bourg stratégique du plateau, après deux jours "
            "de combats à l'est de Deraa.",
            "fr",
            "Kharbat Naïm",
            "SY",
        ),
        (
            "Ce mois-ci, l'armée irakienne a repris Koubarna, dans la province d'Anbar, selon "
            "le ministère de la Défense.",
            "fr",
            "Koubarna",
            "IQ",
        ),
        (
            "Troops entered Zawiyat Hamdan, a town in Anbar province, on Monday.",
            "en",
            "Zawiyat Hamdan",
            "IQ",
        ),
        (
            "Des avions ont bombardé les positions de l'armée sur le mont Zirgha, au sud de "
            "Deir ez-Zor.",
            "fr",
            "Zirgha",
            "SY",
        ),
    ],
)
def test_unknown_name_in_apposition_or_hill_is_a_place(
    stage: PlacesStage, text: str, lang: str, name: str, cc: str
) -> None:
    hits = _on(_places(stage, text, lang), text, name)
    assert hits and hits[0].canonical == name and hits[0].country == cc


def test_known_town_in_apposition_keeps_its_reading(stage: PlacesStage) -> None:
    # must NOT fire: a listed town before "ville du centre" stays the gazetteer's
    text = "Les rebelles ont attaqué Hama, ville du centre du pays, et Homs."
    hits = _on(_places(stage, text, "fr"), text, "Hama")
    assert hits and hits[0].extractor != "places:unlisted"
