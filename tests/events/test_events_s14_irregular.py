"""French irregular verbs opening a trigger phrase read every tense, as first-group verbs do:
essays and chronologies write "les rebelles prirent le contrôle de", "ils mirent le feu au
poste", "l'armée ouvre le feu sur la foule" (passé simple, présent de narration), and the
lexicon lists the participle only. Near misses: the noun "prise de" never reads "prend de",
and "premier ministre" is no verb. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from newsift.events.resources import lexicon, phrase_needle, phrase_regex


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("pris le contrôle", "les rebelles prirent le contrôle du village"),
        ("pris le contrôle", "les FDS prennent le contrôle de la ville"),
        ("repris le contrôle", "l'armée reprenait le contrôle du quartier"),
        ("repris le contrôle", "ils avaient repris le contrôle de la route"),
        ("mis le feu", "les insurgés mirent le feu au commissariat"),
        ("mis le feu", "des miliciens mettent le feu aux maisons"),
        ("ouvert le feu", "les soldats ouvrirent le feu sur la foule"),
        ("ouvert le feu", "la police ouvre le feu sur les manifestants"),
        ("fait sauter", "les djihadistes firent sauter le pont"),
        ("fait sauter", "ils font sauter le temple"),
        ("mis en déroute", "les Kurdes mettent en déroute une colonne"),
        ("fait disparaître", "les services firent disparaître des opposants"),
        ("abattu un drone", "la DCA abattit un drone au-dessus du port"),
    ],
)
def test_an_irregular_verb_reads_every_tense(phrase: str, text: str) -> None:
    rx = re.compile(phrase_regex(phrase, 2, fr_verbs=True))
    assert rx.search(text)
    assert phrase_needle(phrase, True) in text


def test_nouns_and_adjectives_stay_unconjugated() -> None:
    assert not re.search(phrase_regex("prise de", 2, fr_verbs=True), "la crise prend de l'ampleur")
    chiefs = re.compile(phrase_regex("premier ministre", 2, fr_verbs=True))
    assert chiefs.search("les premiers ministres se sont réunis")
    assert not chiefs.search("il premia ministre")
    # English phrases are never conjugated
    assert not re.search(phrase_regex("took control", 2), "take control")


def test_french_cue_phrases_read_every_tense() -> None:
    lethal = lexicon("fr").cue_phrases["lethal"]
    assert lethal is not None and lethal.search("les soldats ouvrirent le feu sur la foule")


def test_a_told_form_never_reads_the_infinitive_or_the_future() -> None:
    # "pris base" tells a capture; "a tenté de prendre d'assaut la base" is an attempt
    took = re.compile(phrase_regex("pris base", 2, fr_verbs=True))
    assert took.search("les rebelles prirent la base")
    assert not took.search("Daech avait tenté de prendre d'assaut la base")
    assert not took.search("les rebelles prendront la base")
    # a phrase written in the infinitive reads every form
    take = re.compile(phrase_regex("prendre le contrôle", 2, fr_verbs=True))
    assert take.search("les rebelles prirent le contrôle du quartier")
    assert take.search("pour prendre le contrôle du quartier")
