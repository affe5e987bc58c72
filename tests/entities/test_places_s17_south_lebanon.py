"""Places, session 17: south Lebanon's border villages and regions.

cities500 lacks most villages of the Blue Line (Khiam, Maroun al-Ras, Odaïssé) or spells them so
that the press's forms do not fold to it ("Bent Jbaïl"); before features.tsv listed them, an
event there fell to Beirut or to the article's focus. GeoNames names the southern governorate
"South Governorate", a label no report writes: the press says "South Lebanon", "le Sud-Liban",
and the valley "the Bekaa Valley". Sentences written for this file.
"""

from __future__ import annotations

import pytest
from place_helpers import mention_on, places_in

from newsift.entities.places_stage import PlacesStage


@pytest.mark.parametrize(
    ("text", "name", "canonical", "lat", "lon", "lang"),
    [
        (
            "Des soldats israéliens ont dynamité mardi plusieurs maisons à Khiam, a rapporté "
            "l'agence libanaise.",
            "Khiam",
            "Khiam",
            33.33,
            35.61,
            "fr",
        ),
        (
            "Les combats se sont poursuivis toute la nuit à Maroun al-Ras, à la lisière de la "
            "Ligne bleue.",
            "Maroun al-Ras",
            "Maroun al-Ras",
            33.10,
            35.44,
            "fr",
        ),
        (
            "An Israeli drone struck a motorcycle in Aita al-Shaab on Friday, killing its rider.",
            "Aita al-Shaab",
            "Aïta al-Chaab",
            33.10,
            35.33,
            "en",
        ),
        (
            "Hezbollah said its fighters ambushed an Israeli unit in Odaisseh before dawn.",
            "Odaisseh",
            "Odaïssé",
            33.25,
            35.55,
            "en",
        ),
        (
            "Deux roquettes sont tombées près de Bint Jbeil, sans faire de victimes.",
            "Bint Jbeil",
            "Bint Jbeil",
            33.12,
            35.43,
            "fr",
        ),
    ],
)
def test_border_villages_have_their_own_point(
    places: PlacesStage, text: str, name: str, canonical: str, lat: float, lon: float, lang: str
) -> None:
    m = mention_on(places_in(places, text, lang), text, name)
    assert m is not None, f"{name} not found"
    assert (m.canonical, m.country, m.precision) == (canonical, "LB", 1)
    assert m.lat is not None and m.lon is not None
    assert abs(m.lat - lat) < 0.05 and abs(m.lon - lon) < 0.05  # not Beirut (33.89, 35.50)


def test_the_shebaa_farms_are_an_area_not_beirut(places: PlacesStage) -> None:
    text = "Le Hezbollah a de nouveau visé les positions israéliennes des fermes de Chebaa."
    m = mention_on(places_in(places, text, "fr"), text, "Chebaa")
    assert m is not None and m.canonical == "Shebaa Farms" and m.precision == 2
    assert m.lat is not None and abs(m.lat - 33.28) < 0.05


@pytest.mark.parametrize(
    ("text", "name", "canonical", "lang"),
    [
        (
            "L'aviation a multiplié les raids sur le Sud-Liban dans la nuit de dimanche.",
            "Sud-Liban",
            "South Lebanon",
            "fr",
        ),
        (
            "Thousands fled South Lebanon as the strikes widened on Monday.",
            "South Lebanon",
            "South Lebanon",
            "en",
        ),
        (
            "Des frappes ont visé des dépôts dans la plaine de la Bekaa, selon l'armée.",
            "Bekaa",
            "Bekaa Valley",
            "fr",
        ),
    ],
)
def test_regions_are_named_as_the_press_names_them(
    places: PlacesStage, text: str, name: str, canonical: str, lang: str
) -> None:
    m = mention_on(places_in(places, text, lang), text, name)
    assert m is not None and (m.canonical, m.country, m.precision) == (canonical, "LB", 3)


def test_metula_in_french(places: PlacesStage) -> None:
    text = "Des roquettes tirées du Liban ont frappé Metoula, dans le nord d'Israël, sans blessés."
    m = mention_on(places_in(places, text, "fr"), text, "Metoula")
    assert m is not None and m.country == "IL" and m.geonameid == 294247


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        (
            "Un drone a visé une voiture dans le sud du Liban, tuant deux hommes.",
            "sud du Liban",
            "fr",
        ),
        ("An Israeli strike hit a house in southern Lebanon overnight.", "southern Lebanon", "en"),
    ],
)
def test_the_south_of_lebanon_in_lower_case(
    places: PlacesStage, text: str, name: str, lang: str
) -> None:
    m = mention_on(places_in(places, text, lang), text, name)
    assert m is not None and (m.canonical, m.country, m.precision) == ("South Lebanon", "LB", 3)
    assert m.start == text.index(name)  # the region, not the whole country from "Liban"


def test_tower_22_is_the_base_in_jordan(places: PlacesStage) -> None:
    text = "Une attaque de drone contre la Tour 22 a tué trois militaires américains dimanche."
    m = mention_on(places_in(places, text, "fr"), text, "Tour 22")
    assert m is not None and (m.canonical, m.country, m.precision) == ("Tower 22", "JO", 2)
