"""Session 14 (fixer P): mountains, plains and lava fields of the wars (features.tsv) are
places of their own at their approximate centre with geo_precision 2, instead of no place (the
act then falls to the story's town) or a namesake abroad (Hermon, Maine; Tharda elsewhere).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from place_docs import place_mentions

from newsift.entities.places_stage import PlacesStage
from newsift.geo import haversine_km


@pytest.mark.parametrize(
    ("text", "name", "lang", "point"),
    [
        (
            "Les jihadistes repliés dans le Tulul al-Safa, à l'est de Soueïda, ont été "
            "bombardés mardi.",
            "Tulul al-Safa",
            "fr",
            (33.1, 37.1),
        ),
        (
            "L'aviation turque a pilonné dimanche les monts Qandil, dans le nord de l'Irak.",
            "Qandil",
            "fr",
            (36.43, 44.98),
        ),
        (
            "Les peshmergas veulent nettoyer les villages du bassin de Hamrin, au nord de Baqouba.",
            "Hamrin",
            "fr",
            (34.4, 44.7),
        ),
        (
            "Israeli artillery shelled Syrian positions on Mount Hermon overnight, near Quneitra.",
            "Hermon",
            "en",
            (33.38, 35.84),
        ),
        (
            "Une offensive de l'armée est attendue dans la plaine du Ghab, à l'ouest de Hama.",
            "Ghab",
            "fr",
            (35.6, 36.35),
        ),
        (
            "Coalition jets struck army positions on Jabal Tharda, south of Deir ez-Zor airport.",
            "Tharda",
            "en",
            (35.27, 40.17),
        ),
    ],
)
def test_region_is_its_own_place(
    places: PlacesStage, text: str, name: str, lang: str, point: tuple[float, float]
) -> None:
    got = [m for m in place_mentions(places, text, lang) if name in m.text]
    assert got, [(m.text, m.canonical) for m in place_mentions(places, text, lang)]
    m = got[0]
    assert m.lat is not None and m.lon is not None
    assert haversine_km(m.lat, m.lon, *point) < 10, (m.text, m.canonical, m.lat, m.lon)
    assert m.precision == 2


def test_jabal_druze_is_suwayda(places: PlacesStage) -> None:
    text = "En 1954, l'artillerie bombarda le Djebel druze pendant trois jours."
    got = [m for m in place_mentions(places, text, "fr") if "Djebel" in m.text]
    assert got and got[0].geonameid == 172408, [(m.text, m.canonical) for m in got]


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        (
            "Les peshmergas ont repris la ville de Jaloula, dans la province de Diyala.",
            "Jaloula",
            (34.272, 45.165),
        ),
        (
            "Des miliciens ont incendié des maisons à Saadiya, au nord de Baqouba.",
            "Saadiya",
            (34.19, 45.12),
        ),
        (
            "Les hélicoptères ont largué des barils sur Bousra al-Harir, près de Deraa.",
            "Bousra al-Harir",
            (32.842, 36.345),
        ),
    ],
)
def test_war_towns_cities500_lacks(
    places: PlacesStage, text: str, name: str, point: tuple[float, float]
) -> None:
    # towns of the wars missing from GeoNames' cities500 fell to their province's seat or to
    # a far namesake (Saadiya ~ a town of Arabia 800 km away)
    got = [m for m in place_mentions(places, text, "fr") if m.text == name]
    assert got, [(m.text, m.canonical) for m in place_mentions(places, text, "fr")]
    assert got[0].lat is not None and got[0].lon is not None
    m = got[0]
    assert haversine_km(m.lat, m.lon, *point) < 5, (m.canonical, m.lat, m.lon)
