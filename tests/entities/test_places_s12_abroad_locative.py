"""Places, session 12 (fixer P).

* A partisan site abroad writes about the war to its own country ("Nous demandons à la
  France d'agir", "Paris must act"): that country, the text's most named one, is not the
  story's, so a town of a war theatre is no "homonym abroad" (it read as an unlisted village
  placed at the centre of France).
* A village the gazetteer lacks, written as a detached locative adjunct ("À Zorvak et à
  Qasrouk, le même jour, ...", "Le 3 mai, à Zorvak, les hommes ...", "In Zorvak, fighters
  ..."), is a place of its own -- not the far namesake nor the article's focus; a dative after
  a verb ("a écrit à Dupontel que") is none.
* A name written with the Arabic article ("al-Maadi") that only a loose spelling links to a
  town without it (Madaya), far from every other place of the text, is a local place the
  gazetteer lacks, in any country -- not that far town (a quarter of the text's city).
* A village the gazetteer lacks, told "à une trentaine de km au nord de Y" / "40 km west of
  Y", takes Y's point moved by that distance and bearing (a Y-placed row is off by as much).

Invented village names (Zorvak, Qasrouk, Hevrikan); sentences written for this file.
"""

from __future__ import annotations

import pytest
from place_docs import place_mentions

from newsift.entities.places_stage import PlacesStage
from newsift.model import Mention, NerSpan


@pytest.fixture(scope="module")
def stage() -> PlacesStage:
    st = PlacesStage()
    st.setup()
    return st


def _on(mentions: list[Mention], text: str, name: str, nth: int = 0) -> Mention | None:
    at = -1
    for _ in range(nth + 1):
        at = text.find(name, at + 1)
    return next((m for m in mentions if m.start <= at < m.end), None)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Depuis des mois, les obus tombent près de Tal Hamis. Les familles assyriennes "
            "ont fui Tal Hamis pour Hassaké. Nous demandons à la France d'agir, et à la France "
            "seule, avant qu'il ne soit trop tard.",
            "fr",
            "Tal Hamis",
        ),
        (
            "Shells keep falling near Tal Hamis, and families have fled Tal Hamis. We call on "
            "France, and on France alone, to act before it is too late.",
            "en",
            "Tal Hamis",
        ),
    ],
)
def test_theatre_town_not_abroad_for_an_addressee_country(
    stage: PlacesStage, text: str, lang: str, name: str
) -> None:
    mentions = place_mentions(stage, text, lang)
    m = _on(mentions, text, name)
    assert m is not None, [(x.text, x.country) for x in mentions]
    assert m.country == "SY", (m.text, m.country, m.extractor)


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Le 3 août 2014, les jihadistes ont pris Sinjar. À Zorvak et à Qasrouk, le même "
            "jour, des centaines de femmes furent enlevées.",
            "fr",
            ["Zorvak", "Qasrouk"],
        ),
        (
            "Les jihadistes ont pris Sinjar en août. Le 15 août, à Hevrikan, les hommes du "
            "village furent rassemblés puis abattus.",
            "fr",
            ["Hevrikan"],
        ),
        (
            "The jihadists took Sinjar in August. In Hevrikan, the men of the village were "
            "rounded up and shot; at Zorvak and at Qasrouk, women were abducted.",
            "en",
            ["Hevrikan", "Zorvak", "Qasrouk"],
        ),
    ],
)
def test_detached_locative_village(
    stage: PlacesStage, text: str, lang: str, names: list[str]
) -> None:
    mentions = place_mentions(stage, text, lang)
    for name in names:
        m = _on(mentions, text, name)
        assert m is not None, (name, [(x.text, x.country) for x in mentions])
        assert m.text == name and m.country == "IQ" and m.precision == 2, m


def test_dative_is_no_village(stage: PlacesStage) -> None:
    text = (
        "Les jihadistes ont pris Sinjar en août. Le ministre a écrit à Dupontel que "
        "l'aide arriverait, et à Mercier, qui la demandait."
    )
    mentions = place_mentions(stage, text, "fr")
    assert _on(mentions, text, "Dupontel") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "À Alep, l'armée a repris mardi le quartier de Bab Antakya, aux portes de la "
            "citadelle d'Alep. Les rebelles ne tiennent plus que celui d'al-Maadi, plus au sud.",
            "fr",
        ),
        (
            "In Aleppo, the army retook the Bab Antakya quarter by the citadel of Aleppo on "
            "Tuesday; the rebels now hold only al-Maadi, further south.",
            "en",
        ),
    ],
)
def test_arabic_name_far_at_home_is_local(stage: PlacesStage, text: str, lang: str) -> None:
    """A name with the Arabic article matched only loosely to a town without it, far from
    every other place of the text (Madaya, 300 km away by Damascus), is a local place."""
    at = text.find("al-Maadi")
    ner = [NerSpan(at, at + len("al-Maadi"), "LOC", "test")]  # as the statistical model tags it
    mentions = place_mentions(stage, text, lang, ner)
    m = _on(mentions, text, "al-Maadi")
    assert m is None or (m.lat is not None and abs(m.lat - 36.2) < 0.3), m


@pytest.mark.parametrize(
    ("text", "lang", "town", "dlat", "dlon"),
    [
        (
            "Des centaines de jihadistes ont attaqué à l'aube le village de Zorvak, tenu par "
            "les peshmergas, à une trentaine de km au nord de Mossoul.",
            "fr",
            "Mossoul",
            0.27,
            0.0,
        ),
        (
            "Militants stormed the village of Zorvak, some 40 km (25 miles) west of Erbil, "
            "at dawn on Tuesday.",
            "en",
            "Erbil",
            0.0,
            -0.45,
        ),
    ],
)
def test_village_moved_by_distance_and_bearing(
    stage: PlacesStage, text: str, lang: str, town: str, dlat: float, dlon: float
) -> None:
    """A village "à une trentaine de km au nord de Y" / "40 km west of Y" the gazetteer lacks
    takes Y's point moved by that distance and bearing, not Y's own point."""
    mentions = place_mentions(stage, text, lang)
    village, near = _on(mentions, text, "Zorvak"), _on(mentions, text, town)
    assert village is not None and near is not None, [(x.text, x.lat) for x in mentions]
    assert village.precision == 2 and village.lat is not None and village.lon is not None
    assert near.lat is not None and near.lon is not None
    assert abs(village.lat - near.lat - dlat) < 0.03, (village.lat, near.lat)
    assert abs(village.lon - near.lon - dlon) < 0.03, (village.lon, near.lon)
