"""A French trigger phrase opened by a first-group verb reads every tense: essays and
chronologies tell history in the historic present, the passé simple and the imperfect ("X
tombe aux mains de", "les rebelles lancèrent l'offensive", "ils échangeaient des tirs"), and
bombers that "rasent" a town strike it from the air. Near misses: a noun the present tense
spells ("le livre à lire", "une tombe") stays no event. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from newsift.events.resources import lexicon, phrase_needle, phrase_regex


@pytest.mark.parametrize(
    "text",
    [
        "tombe aux mains",
        "tomba aux mains",
        "tombèrent aux mains",
        "tombait aux mains",
        "tombée aux mains",
        "tombera aux mains",
    ],
)
def test_a_fall_phrase_reads_every_tense(text: str) -> None:
    rx = re.compile(phrase_regex("tombée aux mains", 2, fr_verbs=True))
    assert rx.search(text)
    assert phrase_needle("tombée aux mains", True) in text


def test_cedilla_and_soft_g_stems() -> None:
    launch = re.compile(phrase_regex("lancer une offensive", 2, fr_verbs=True))
    assert launch.search("les rebelles lancèrent une offensive")
    assert launch.search("ils lançaient une vaste offensive")
    swap = re.compile(phrase_regex("échangé des tirs", 2, fr_verbs=True))
    assert swap.search("les deux camps échangeaient des tirs")
    assert swap.search("ils échangèrent des tirs")


def test_no_conjugation_without_a_content_word_after_the_verb() -> None:
    # "livré à": the present "livre à" would read the noun (book)
    rx = re.compile(phrase_regex("livré à", 2, fr_verbs=True))
    assert not rx.search("un livre consacré à la guerre")
    assert rx.search("la ville fut livrée à l'armée")


def test_other_words_and_english_are_not_conjugated() -> None:
    assert not re.search(phrase_regex("tombeau des rois", 2, fr_verbs=True), "tomba des rois")
    assert phrase_regex("took control", 2) == phrase_regex("took control", 2, fr_verbs=False)
    en = lexicon("en")
    assert all("(?:er|é|" not in rx.pattern for rx, _, _ in en.phrases)


def test_french_lexicon_reads_the_historic_present(extract) -> None:
    events = extract(
        "Le 3 février 2014, Manbij tombe aux mains des rebelles après deux jours de combats.",
        places=[("Manbij", "Manbij")],
        dates=[("3 février 2014", "2014-02-03")],
        lang="fr",
        published="2015-05-12",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Non-state actor overtakes territory", "2014-02-03")
    ]


def test_bombers_razing_a_town_is_an_air_strike(extract) -> None:
    events = extract(
        "Le 4 mars 2015, les bombardiers de la coalition rasaient le centre de Raqqa.",
        places=[("Raqqa", "Raqqa")],
        dates=[("4 mars 2015", "2015-03-04")],
        lang="fr",
        published="2015-05-12",
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
