"""Session 14 (fixer P): a name the text calls a quarter in an apposition ("al-X, quartier
alaouite de Homs", "al-X, a mostly Christian neighbourhood") is a part of the story's city, and
so are its later bare mentions in the same article ("à l'entrée d'al-X"): not a namesake town
180-390 km away, even one features.tsv lists as a town of its own.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from place_docs import place_mentions

from newsift.entities.places_stage import PlacesStage
from newsift.geo import haversine_km

HOMS, DEIR = (34.72405, 36.72559), (35.336, 40.141)


@pytest.mark.parametrize(
    ("text", "name", "lang", "city"),
    [
        (
            "HOMS – Une voiture piégée a explosé mardi près d'une école d'al-Zahraa, quartier "
            "alaouite de Homs. La semaine dernière, des obus étaient déjà tombés sur al-Zahraa.",
            "al-Zahraa",
            "fr",
            HOMS,
        ),
        (
            "Army units in Deir ez-Zor pushed on Tuesday into al-Hamidiya, a mostly Sunni "
            "neighbourhood near the river. Snipers had held al-Hamidiya for three years.",
            "al-Hamidiya",
            "en",
            DEIR,
        ),
    ],
)
def test_apposed_quarter_and_its_later_mentions_are_the_city(
    places: PlacesStage, text: str, name: str, lang: str, city: tuple[float, float]
) -> None:
    got = [m for m in place_mentions(places, text, lang) if m.text == name]
    assert len(got) == 2, [(m.text, m.canonical) for m in place_mentions(places, text, lang)]
    for m in got:
        assert m.lat is not None and m.lon is not None
        assert haversine_km(m.lat, m.lon, *city) < 5, (m.text, m.canonical, m.lat, m.lon)
        assert m.precision == 2


def test_a_town_not_told_as_a_quarter_keeps_its_point(places: PlacesStage) -> None:
    text = "Des roquettes sont tombées sur Nubl et al-Zahraa, au nord d'Alep, selon l'OSDH."
    got = [m for m in place_mentions(places, text, "fr") if m.text == "al-Zahraa"]
    assert got and got[0].lat is not None and got[0].lat > 36.2, got


def test_unlisted_quarter_stays_in_the_city_it_was_told_in(places: PlacesStage) -> None:
    # "Bayada" is a made-up quarter no gazetteer lists; a later sentence names Damascus as the
    # government that denies, which is no city of that quarter
    text = (
        "L'armée a repris lundi le quartier de Bayada, à Homs, après un mois de combats. "
        "Damas a démenti avoir bombardé l'hôpital de Bayada, comme l'affirmait l'opposition."
    )
    got = [m for m in place_mentions(places, text, "fr") if "Bayada" in m.text]
    assert len(got) == 2, [(m.text, m.canonical) for m in place_mentions(places, text, "fr")]
    for m in got:
        assert m.lat is not None and m.lon is not None
        assert haversine_km(m.lat, m.lon, *HOMS) < 5, (m.text, m.canonical)
