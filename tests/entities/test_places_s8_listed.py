"""Places, session 8 (fixer P), on sentences written for these tests:

- a town of a postal address (a publisher's or a charity's box: "BP 12, 69002 Lyon Cedex 02",
  "75011 Paris") is no place mention: nothing happens there, and a later "la ville" must not
  read it as its town; a town named plainly stays one;
- a name the text calls a village ("X, a small village near Afrin") that the scan left
  unaccepted takes the gazetteer's own entry of that name near the place that locates it
  (its own coordinates, precision 1), not the borrowed coordinates of the locating town; an
  entry of that name far away is not taken.
"""

from __future__ import annotations

import pytest
from place_docs import place_mentions

from newsift.entities.places_stage import PlacesStage, postal_address
from newsift.entities.unlisted import unlisted_places
from newsift.model import Mention, Segment


@pytest.fixture(scope="module")
def st() -> PlacesStage:
    stage = PlacesStage()
    stage.setup()
    return stage


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("Dons : Association du Levant, BP 12, 69002 Lyon Cedex 02.", "fr", "Lyon"),
        ("Chèques à l'ordre de l'association, 75011 Paris.", "fr", "Paris"),
        ("Send your gifts to our office, 13001 Marseille, before Christmas.", "en", "Marseille"),
        ("Écrire à la rédaction, Toulouse Cedex 9.", "fr", "Toulouse"),
    ],
)
def test_postal_address_names_no_place(st: PlacesStage, text: str, lang: str, town: str) -> None:
    assert all(m.text != town for m in place_mentions(st, text, lang))


def test_plain_town_stays_a_place(st: PlacesStage) -> None:
    """Near miss: no postcode, no Cedex; a number before a town is no postcode either."""
    ms = place_mentions(st, "Une manifestation a réuni samedi 20 000 personnes à Lyon.", "fr")
    assert any(m.text == "Lyon" for m in ms)
    assert not postal_address("en 2015 Alep", 8, 12)
    assert not postal_address("plus de 20 000 Alep", 15, 19)


def _afrin() -> Mention:
    return Mention(
        start=0,
        end=5,
        text="Afrin",
        kind="place",
        canonical="Afrin",
        precision=1,
        lat=36.5119,
        lon=36.8697,
        country="SY",
        geonameid=174186,
        article=1,
    )


@pytest.mark.parametrize("name", ["Rajoo", "Rajo", "Shurane"])
def test_village_listed_near_its_locating_town(st: PlacesStage, name: str) -> None:
    own = st._finder._listed_village(name, _afrin())
    assert own is not None and own.precision == 1 and own.geonameid not in (None, 174186)
    assert abs(own.lat - 36.51) < 0.6 and abs(own.lon - 36.87) < 0.6


def test_namesake_far_away_is_not_taken(st: PlacesStage) -> None:
    """Near miss: the only villages of that name lie far from Deir ez-Zor."""
    deir = Mention(
        start=0,
        end=11,
        text="Deir ez-Zor",
        kind="place",
        precision=1,
        lat=35.3359,
        lon=40.1408,
        country="SY",
        geonameid=170794,
        article=1,
    )
    assert st._finder._listed_village("Bolbol", deir) is None


def test_unlisted_village_takes_the_listed_entry() -> None:
    """The unlisted-village reader uses the entry it is given, for the name and its repeats."""
    text = "Les supplétifs ont pris Qarawa, un village au nord d'Afrine. Qarawa est tombé lundi."
    afrin = _afrin()
    afrin.start, afrin.end = text.index("Afrine"), text.index("Afrine") + 6
    own = Mention(
        start=0,
        end=0,
        text="Qarawa",
        kind="place",
        canonical="Qarawah",
        precision=1,
        lat=36.6,
        lon=36.9,
        country="SY",
        geonameid=123456,
        extractor="places:unlisted+gazetteer",
    )
    seg = Segment(0, len(text), "body", 1, "fr")
    added, _ = unlisted_places(text, [seg], [afrin], None, lambda n, near: own)
    assert [(m.text, m.geonameid, m.precision) for m in added] == [
        ("Qarawa", 123456, 1),
        ("Qarawa", 123456, 1),
    ]
    assert [m.start for m in added] == [text.index("Qarawa"), text.rindex("Qarawa")]


def test_big_namesake_near_is_not_taken(st: PlacesStage) -> None:
    """Near miss: "Saïda, une localité à l'est de Deraa" is no As-Suwayda, a provincial capital
    some 40 km away whose name shares the skeleton: a town that big the scan reads itself."""
    deraa = Mention(
        start=0,
        end=5,
        text="Deraa",
        kind="place",
        precision=1,
        lat=32.6189,
        lon=36.1021,
        country="SY",
        geonameid=170592,
        article=1,
    )
    own = st._finder._listed_village("Saïda", deraa)
    assert own is None or "suwayd" not in (own.canonical or "").lower()


def test_loose_skeleton_is_not_taken(st: PlacesStage) -> None:
    """Near miss: a village whose name shares only a loose skeleton with a listed one nearby
    ("Bolbol" beside Bulbul, "Sarkha" beside Sirghaya) stays unlisted."""
    assert st._finder._listed_village("Bolbol", _afrin()) is None
