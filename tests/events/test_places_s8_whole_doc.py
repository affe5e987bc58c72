"""Events' place, session 8 (fixer P): decisions taken on the whole article's evidence, through
every stage of the pipeline, on texts written for these tests (EN + FR):

- a town abroad whose country the article points to (by naming the country, two of its towns,
  or a nationality adjective in the sentence) is the place of its own clause's event, not
  outranked by a town of the article's home country named in the same sentence (essays
  recalling Sirte 2011, Ramadi 2015, Mosul 2017 in a story about Syria);
- a place only headed for in the previous sentence ("en direction de Jarablous", "heading
  for Idlib") is no antecedent of a place-less event told next; a town anaphor may still
  stand for it ("avance vers X ... à l'entrée de la ville");
- a sentence opening on a bare place noun ("Le bourg, que ...", "The town, which ...") tells
  of the town told before, not of a town of a clause nested below the trigger;
- a postal address ("69241 Lyon Cedex 04") names no place at all.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator

import pytest
from helpers import real_actor_kb


@pytest.fixture(autouse=True)
def stand_in_actor_kb() -> Iterator[None]:
    """The real KB here, not the events tests' stand-in."""
    with real_actor_kb():
        yield


@pytest.fixture(scope="module")
def run() -> Iterator[Callable[[str], list[dict]]]:
    """Every stage of the default pipeline, with the real actor KB."""
    pytest.importorskip("spacy")
    from helpers import full_pipeline

    with real_actor_kb():
        yield full_pipeline()


def _plain(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _places_of(events: list[dict], word: str) -> list[str]:
    """The locations of the events whose evidence holds ``word``."""
    return [_plain(e.get("location")) for e in events if word in (e.get("evidence_text") or "")]


# ------------------------------------------------------------------ a town abroad pointed to
ABROAD = [
    (
        "Syrie : Alep, la bataille et les leçons oubliées\n\n"
        "Publié le 20 décembre 2016\n\n"
        "L'armée syrienne a repris lundi le dernier quartier rebelle d'Alep.\n\n"
        "Rappelons-nous la Libye : les avions de l'OTAN avaient bombardé Benghazi en mars "
        "2011, bien avant que les rebelles d'Alep ne reçoivent leurs premières armes.\n",
        "bombardé",
        "benghazi",
    ),
    (
        "Syria: Palmyra and the lessons of 2015\n\n"
        "Published on 4 March 2017\n\n"
        "Syrian troops retook Palmyra on Thursday after weeks of fighting.\n\n"
        "Two years ago, Islamic State fighters captured Ramadi on 17 May 2015 as Iraqi troops "
        "fled, and four days later their columns were at the gates of Palmyra.\n",
        "captured",
        "ramadi",
    ),
    (
        "Raqqa : la fin d'un califat\n\n"
        "Publié le 18 octobre 2017\n\n"
        "Les Forces démocratiques syriennes ont annoncé mardi la prise de Raqqa.\n\n"
        "Comme à Mossoul, reconquise en juillet par les troupes irakiennes, la victoire de "
        "Raqqa laisse une ville en ruines.\n",
        "reconquise",
        "mosul",
    ),
]


@pytest.mark.parametrize(("text", "word", "town"), ABROAD)
def test_town_abroad_pointed_to_is_the_place(
    run: Callable[[str], list[dict]], text: str, word: str, town: str
) -> None:
    places = _places_of(run(text), word)
    assert any(town in p for p in places), places


def test_home_town_outranks_an_unpointed_foreign_capital(
    run: Callable[[str], list[dict]],
) -> None:
    """Near miss: a foreign capital named beside a home town, its country never pointed to,
    does not become the place of the home town's shelling."""
    text = (
        "Syrie : Homs sous les obus\n\n"
        "Publié le 5 mai 2016\n\n"
        "Les rebelles ont bombardé mardi le quartier de Zahra à Homs, alors que Washington "
        "appelait à la retenue.\n"
    )
    places = _places_of(run(text), "bombardé")
    assert places and all("homs" in p for p in places), places


# ------------------------------------------------------------------ destinations
DEPARTURES = [
    (
        "Syrie : les derniers rebelles quittent Baba Amr\n\n"
        "Publié le 22 mai 2017\n\n"
        "Dimanche, le dernier convoi de combattants a quitté le quartier de Baba Amr, à Homs, "
        "en direction de Jarablous.\n\n"
        "L'accord, conclu le 13 mars sous l'égide de Moscou, prévoyait leur départ.\n",
        "accord",
        "homs",
        "jarabulus",
    ),
    (
        "Syria: the last fighters leave Daraya\n\n"
        "Published on 28 August 2016\n\n"
        "On Saturday the last buses left Daraya, near Damascus, heading for Idlib.\n\n"
        "The deal was concluded on Thursday after four years of siege.\n",
        "deal",
        "daraya",
        "idlib",
    ),
]


@pytest.mark.parametrize(("text", "word", "town", "not_town"), DEPARTURES)
def test_destination_is_no_antecedent(
    run: Callable[[str], list[dict]], text: str, word: str, town: str, not_town: str
) -> None:
    places = _places_of(run(text), word)
    assert places, "the deal is an event"
    assert all(not_town not in p for p in places), places


def test_town_anaphor_may_stand_for_a_destination(run: Callable[[str], list[dict]]) -> None:
    """Near miss: "la ville" after "avancent vers Deir Hafer" is that town."""
    text = (
        "Syrie : l'armée avance vers Deir Hafer\n\n"
        "Publié le 10 mars 2017\n\n"
        "Parties de Kuweires, les troupes syriennes avancent vers Deir Hafer.\n\n"
        "De violents combats les ont opposées mercredi aux jihadistes à l'entrée de la ville.\n"
    )
    places = _places_of(run(text), "combats")
    assert places and all("hafer" in p for p in places), places


# ------------------------------------------------------------------ a sentence's theme noun
THEMES = [
    (
        "Syrie : Soukhna, une ville oubliée\n\n"
        "Publié le 24 octobre 2017\n\n"
        "Soukhna est une petite ville de la steppe, entre Palmyre et Deir ez-Zor, que "
        "personne ne regarde.\n\n"
        "La ville, que l'État islamique avait conquise en mai 2015 lors de l'offensive qui lui "
        "avait déjà livré Palmyre, a vécu deux ans sous le drapeau noir.\n",
        "conquise",
        "palmyra",
    ),
    (
        "Iraq: Baiji, a refinery town between two fronts\n\n"
        "Published on 16 October 2015\n\n"
        "Baiji lies on the Tigris, north of Tikrit and south of Mosul.\n\n"
        "The town, which Islamic State seized in June 2014 during the offensive that had "
        "given it Mosul, was retaken on Thursday.\n",
        "seized",
        "mosul",
    ),
]


@pytest.mark.parametrize(("text", "word", "not_town"), THEMES)
def test_theme_noun_is_the_town_told_before(
    run: Callable[[str], list[dict]], text: str, word: str, not_town: str
) -> None:
    places = _places_of(run(text), word)
    assert places, "the capture is an event"
    assert all(not_town not in p for p in places), places


def test_named_town_in_the_theme_keeps_its_place(run: Callable[[str], list[dict]]) -> None:
    """Near miss: "La ville de Tikrit, que ..." names its own town."""
    text = (
        "Irak : Tikrit, un an après\n\n"
        "Publié le 2 avril 2016\n\n"
        "La ville de Tikrit, que l'EI avait prise en juin 2014, a été reprise en avril 2015.\n"
    )
    places = _places_of(run(text), "prise")
    assert places and all("tikrit" in p for p in places), places
