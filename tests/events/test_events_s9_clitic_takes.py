"""Missed events, session 9: a capture whose object is a clitic pronoun standing for the town
or post just named (sentences written for these tests, French and English).

The class: "Le poste de X commande la route. L'EI l'avait pris à l'armée en mai 2015, et des
rebelles l'ont repris en mars 2016." -- the place is in the sentence before (or before the verb
in the same one), the clause holds only "l'" / "le" / "la". Each verb is a capture of that place
on its own date. The plain verb "prendre" needs the side it was taken from ("pris à l'armée"):
"le ministre l'a prise lundi" (a decision) is no capture; nor is "l'ont prise pour cible" (a
target). English reads "seized it" through its town anaphors already.
"""

from __future__ import annotations

from helpers import at_place, show

CAPTURES = {"Non-state actor overtakes territory", "Government regains territory"}


def _dates(events, place: str) -> list:  # noqa: ANN001 - events of the extract fixture
    return sorted(
        e.event_date or "" for e in at_place(events, place) if e.sub_event_type in CAPTURES
    )


def test_fr_post_taken_from_the_army_with_a_pronoun(extract) -> None:
    events = extract(
        "Le poste-frontière de Jarabulus commande la route de l'Irak. L'EI l'avait pris à "
        "l'armée syrienne en mai 2015.",
        lang="fr",
        places=[("Jarabulus", "Jarabulus")],
        dates=[("mai 2015", "2015-05")],
        actors=[("EI", "Islamic State"), ("armée syrienne", "Military Forces of Syria")],
        published="2017-06-10",
    )
    assert _dates(events, "Jarabulus") == ["2015-05"], show(events)


def test_fr_town_retaken_with_a_pronoun_passe_compose(extract) -> None:
    events = extract(
        "Les jihadistes tenaient Manbij depuis deux ans. Les FDS l'ont reprise le 12 août après "
        "dix semaines de siège.",
        lang="fr",
        places=[("Manbij", "Manbij")],
        dates=[("12 août", "2016-08-12")],
        actors=[("FDS", "Syrian Democratic Forces")],
        published="2016-09-10",
    )
    assert "2016-08-12" in _dates(events, "Manbij"), show(events)


def test_fr_town_conquered_after_a_siege_with_a_pronoun(extract) -> None:
    events = extract(
        "Les rebelles encerclaient Hama depuis l'été. Ils l'ont conquise en novembre 2014 au "
        "terme d'un long siège.",
        lang="fr",
        places=[("Hama", "Hama")],
        dates=[("novembre 2014", "2014-11")],
        published="2016-09-10",
    )
    assert "2014-11" in _dates(events, "Hama"), show(events)


def test_en_town_seized_it_from_the_army(extract) -> None:
    events = extract(
        "The border post of Jarabulus controls the road to Iraq. ISIS had seized it from the "
        "Syrian army in May 2015.",
        places=[("Jarabulus", "Jarabulus")],
        dates=[("May 2015", "2015-05")],
        actors=[("ISIS", "Islamic State"), ("Syrian army", "Military Forces of Syria")],
        published="2017-06-10",
    )
    assert _dates(events, "Jarabulus") == ["2015-05"], show(events)


# ------------------------------------------------------------------ near misses
def test_fr_pronoun_beside_another_town_is_not_placed_there(extract) -> None:
    events = extract(
        "Le poste de Jarabulus est stratégique. Ce poste, sur l'autoroute de Homs, l'EI l'avait "
        "pris à l'armée syrienne en mai 2015.",
        lang="fr",
        places=[("Jarabulus", "Jarabulus"), ("Homs", "Homs")],
        dates=[("mai 2015", "2015-05")],
        actors=[("EI", "Islamic State"), ("armée syrienne", "Military Forces of Syria")],
        published="2017-06-10",
    )
    assert not _dates(events, "Homs"), show(events)


def test_fr_decision_taken_is_no_capture(extract) -> None:
    events = extract(
        "Le gouverneur de Homs a évoqué une nouvelle décision. Le ministre l'a prise lundi.",
        lang="fr",
        places=[("Homs", "Homs")],
        dates=[("lundi", "2016-09-05")],
        published="2016-09-10",
    )
    assert not _dates(events, "Homs"), show(events)


def test_fr_taken_as_a_target_is_no_capture(extract) -> None:
    events = extract(
        "Un convoi de l'armée roulait près de Homs. Les rebelles l'ont pris pour cible à leur "
        "tour mardi.",
        lang="fr",
        places=[("Homs", "Homs")],
        dates=[("mardi", "2016-09-06")],
        published="2016-09-10",
    )
    assert not _dates(events, "Homs"), show(events)
