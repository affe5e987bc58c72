"""Session 16 (fixer P): camps the gazetteer lacks fail safe.

- A camp named after its noun ("le camp de réfugiés de Kx", "au camp de Kx" in an article about
  refugees, "the Kx refugee camp") is a place of its own name, located at the town the text
  ties it to, not dropped nor read as a far namesake (unlisted.toml `nouns`, `camp_nouns`,
  `suffixes`).
- A bare "le camp de Kx" outside an article about refugees is a side ("le camp d'Aoun"), no
  place.
- "le camp", "the camp" after a named camp is that camp (cues.toml [site_anaphor]); after an
  unresolved "camp de Kx" it is not the camp named before it.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from place_docs import place_mentions

from newsift.entities.places_stage import PlacesStage
from newsift.model import Mention


def _at(mentions: list[Mention], text: str, name: str, nth: int = 0) -> list[Mention]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return [m for m in mentions if m.start <= start < m.end]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Des réfugiés palestiniens ont fui mardi le camp de Bourj Hammoud Jdid, au nord de "
            "Tripoli, après que l'armée libanaise eut pilonné le camp toute la nuit.",
            "fr",
            "Bourj Hammoud Jdid",
        ),
        (
            "L'artillerie libanaise a visé le camp de réfugiés de Nahr Sabil près de Saïda, "
            "selon l'UNRWA. Trois civils ont été tués à l'intérieur du camp.",
            "fr",
            "Nahr Sabil",
        ),
        (
            "Lebanese troops shelled the Nahr Sabil refugee camp near Sidon on Monday, and "
            "hundreds of Palestinian civilians fled the camp overnight.",
            "en",
            "Nahr Sabil",
        ),
    ],
)
def test_unlisted_camp_is_its_own_place_and_the_camp_after_it(
    places: PlacesStage, text: str, lang: str, name: str
) -> None:
    ms = place_mentions(places, text, lang)
    own = _at(ms, text, name)
    assert len(own) == 1 and own[0].canonical == name
    assert own[0].country == "LB" and own[0].precision == 2
    later = [m for m in ms if m.start > own[0].end and text[m.start : m.end] == "camp"]
    assert later and all(m.canonical == name for m in later)


def test_bare_camp_of_a_side_is_no_place(places: PlacesStage) -> None:
    text = (
        "À Beyrouth, plusieurs députés chrétiens ont rejoint le camp d'Aoun, et le camp "
        "adverse dénonce une trahison."
    )
    ms = place_mentions(places, text, "fr")
    assert not _at(ms, text, "Aoun")
    assert not _at(ms, text, "camp adverse")


def test_camp_anaphor_skips_an_earlier_camp_after_an_unresolved_one(
    places: PlacesStage,
) -> None:
    text = (
        "À Damas, des obus sont tombés sur le camp de Yarmouk. Plus tard, des miliciens ont "
        "attaqué le camp de Kx, près de Beyrouth, puis incendié le camp."
    )
    ms = place_mentions(places, text, "fr")
    last = [m for m in ms if m.start >= text.rindex("le camp") + 3]
    assert all(m.canonical != "Yarmouk camp" for m in last)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "À Beyrouth, les miliciens ont encerclé les camps de Sabra et de Chatila, où des "
            "centaines de réfugiés palestiniens ont été tués en septembre 1982.",
            "fr",
            "Sabra",
        ),
        (
            "Militiamen surrounded the camps of Sabra and Shatila in west Beirut, where "
            "hundreds of Palestinian refugees were killed in September 1982.",
            "en",
            "Sabra",
        ),
    ],
)
def test_small_settlement_read_as_a_far_town_abroad_gives_way(
    places: PlacesStage, text: str, lang: str, name: str
) -> None:
    """ "les camps de Sabra" in a story about Beirut is no reading of Sabratha, Libya (a
    country the story never names, 2,000 km away): a camp the gazetteer lacks, in Lebanon."""
    ms = _at(place_mentions(places, text, lang), text, name)
    assert len(ms) == 1 and ms[0].canonical == name and ms[0].country == "LB"


def test_far_town_abroad_stays_when_its_country_is_named(places: PlacesStage) -> None:
    text = (
        "En Libye, les miliciens ont encerclé le village de Sabratha, à l'ouest de Tripoli, "
        "tandis qu'à Beyrouth le gouvernement appelait au calme."
    )
    ms = _at(place_mentions(places, text, "fr"), text, "Sabratha")
    assert ms and ms[0].country == "LY"


def test_camp_told_in_a_country_in_parentheses_takes_a_town_of_it(places: PlacesStage) -> None:
    """ "né au camp de Kx (Liban)" in a story that names Syrian towns more often: the camp is
    in Lebanon, at the Lebanese town the article names, not at Damascus."""
    text = (
        "Le requérant, réfugié palestinien, est né au camp de Nahr Sabil (Liban), puis a "
        "vécu à Damas, à Alep et à Homs avant de fuir. Sa famille est restée près de Tripoli."
    )
    ms = _at(place_mentions(places, text, "fr"), text, "Nahr Sabil")
    assert len(ms) == 1 and ms[0].country == "LB" and ms[0].precision == 2


def test_camp_takes_the_town_of_its_own_sentence(places: PlacesStage) -> None:
    """An essay about Iraq recalls a massacre in Beirut's camps: the camp is at Beirut, which
    its own sentence names, not at the Iraqi town the essay names most."""
    text = (
        "Le Liban a connu la même pente. En 1982, des miliciens ont tué des centaines de "
        "réfugiés palestiniens dans les camps de Kxa et de Kxb, à Beyrouth. À Bagdad, à "
        "Mossoul et à Bassora, les milices ont fait pire."
    )
    ms = _at(place_mentions(places, text, "fr"), text, "Kxa")
    assert len(ms) == 1 and ms[0].country == "LB"
