"""Session 15 (fixer P): namesakes abroad and missing spellings.

- A one-word name is no "head" of a far town abroad that only shares its consonants with it:
  "la Badiya" (the Syrian steppe) in an essay that also names Bucharest is not Buda
  Crăciunești, a Romanian village near Bucharest (_head_of_longer).
- A name of towns in several countries is the one its own sentence or the sentence before
  points to ("le modèle libyen ... Tripoli tomba"), not the namesake next to the text's towns
  (_told_country).
- A name whose literal readings are all small towns abroad is also read with the other
  writings of its final vowel: "Koya" is Koysinjaq (GeoNames lists "Koye"), not Kōya, Japan.

Sentences written for these tests.
"""

from __future__ import annotations

import re

import pytest
from place_docs import place_mentions

from newsift.entities.places_stage import PlacesStage
from newsift.model import Mention, NerSpan


def _run(places: PlacesStage, marked: str, lang: str) -> tuple[str, list[Mention]]:
    """The mentions of ``marked``, whose [bracketed] names stand for the model's LOC spans."""
    text, ner = "", []
    for part in re.split(r"(\[[^\]]+\])", marked):
        if part.startswith("["):
            ner.append(NerSpan(len(text), len(text) + len(part) - 2, "LOC", "test"))
            text += part[1:-1]
        else:
            text += part
    return text, place_mentions(places, text, lang, ner)


def _at(mentions: list[Mention], text: str, name: str) -> list[Mention]:
    start = text.index(name)
    return [m for m in mentions if m.start <= start < m.end]


@pytest.mark.parametrize(
    ("marked", "lang"),
    [
        (
            "En décembre 1989, la foule de [Bucarest] renversa Ceausescu. Demain, les cellules "
            "de l'État islamique pourraient reprendre pied dans la Badiya, autour de [Palmyre].",
            "fr",
        ),
        (
            "In 1989 crowds in [Bucharest] toppled Ceausescu. Islamic State cells could regroup "
            "in the Badiya desert around [Palmyra], officials said.",
            "en",
        ),
    ],
)
def test_region_word_is_no_head_of_a_town_abroad(
    places: PlacesStage, marked: str, lang: str
) -> None:
    text, mentions = _run(places, marked, lang)
    abroad = [m for m in _at(mentions, text, "Badiya") if m.country not in (None, "SY")]
    assert not abroad, [(m.text, m.canonical, m.country) for m in abroad]


def test_head_of_a_town_at_home_still_read(places: PlacesStage) -> None:
    # the rule it narrows: a short name near the text's towns is the longer local name
    text, mentions = _run(
        places, "Clashes broke out south of [Kirkuk], near [Taza], as Iraqi troops moved up.", "en"
    )
    (m,) = _at(mentions, text, "Taza")
    assert m.country == "IQ"


@pytest.mark.parametrize(
    ("marked", "lang", "cc"),
    [
        (
            "Le modèle libyen hante les chancelleries. [Tripoli] tomba en août 2011 aux mains "
            "des rebelles. À [Damas], le pouvoir est tombé en une nuit et les chars sont "
            "entrés à [Homs].",
            "fr",
            "LY",
        ),
        (
            "The Libyan precedent haunts diplomats. [Tripoli] fell to the rebels in August 2011. "
            "In [Damascus], the regime collapsed overnight, and tanks rolled into [Homs].",
            "en",
            "LY",
        ),
        (
            # the country named in the sentence before, not an adjective
            "La guerre civile reprend en [Libye]. À [Tripoli], des milices se sont affrontées "
            "jeudi, pendant que l'armée syrienne bombardait [Idleb] et [Alep].",
            "fr",
            "LY",
        ),
        (
            # and the same rule keeps the Lebanese city when Lebanon is told
            "L'armée libanaise a déployé des renforts. À [Tripoli], des tirs ont visé jeudi un "
            "quartier alaouite, pendant que l'aviation frappait [Idleb].",
            "fr",
            "LB",
        ),
    ],
)
def test_namesake_of_the_country_told_nearby(
    places: PlacesStage, marked: str, lang: str, cc: str
) -> None:
    text, mentions = _run(places, marked, lang)
    (m,) = _at(mentions, text, "Tripoli")
    assert m.country == cc, (m.canonical, m.country)


@pytest.mark.parametrize(
    ("marked", "lang"),
    [
        (
            "Les pasdarans ont frappé mercredi des camps de réfugiés kurdes iraniens autour de "
            "[Koya], près d'[Erbil].",
            "fr",
        ),
        (
            "Iranian drones struck the camps of Iranian Kurdish parties near [Koya] on "
            "Wednesday, Kurdish officials in [Erbil] said.",
            "en",
        ),
    ],
)
def test_final_vowel_spelling_of_a_local_town(places: PlacesStage, marked: str, lang: str) -> None:
    text, mentions = _run(places, marked, lang)
    (m,) = _at(mentions, text, "Koya")
    assert m.country == "IQ" and m.geonameid == 94220, (m.canonical, m.geonameid)


def test_far_town_of_that_name_kept_when_told(places: PlacesStage) -> None:
    # a foreign town the text is about keeps its literal reading
    text, mentions = _run(
        places,
        "Au Japon, les pèlerins affluent à [Koya], sur le mont sacré, près d'[Osaka].",
        "fr",
    )
    (m,) = _at(mentions, text, "Koya")
    assert m.country == "JP", (m.canonical, m.country)


@pytest.mark.parametrize(
    ("marked", "name"),
    [
        ("L'artillerie turque a pilonné jeudi [Hajin], sur l'Euphrate.", "Hajin"),
        ("Des drones turcs ont frappé [Tafas] et [Deraa] jeudi.", "Tafas"),
    ],
)
def test_strikers_adjective_moves_no_town_of_the_focus(
    places: PlacesStage, marked: str, name: str
) -> None:
    # "turque" names who fires, not where the Syrian town lies (Turkish towns share alternate
    # names with Hajin and Tafas)
    text, mentions = _run(places, marked, "fr")
    (m,) = _at(mentions, text, name)
    assert m.country == "SY", (m.canonical, m.country)
