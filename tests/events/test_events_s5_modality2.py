"""Denials, debunked claims, guesses and declarations (session 5, wave 2; sentences written
for these tests).

- A renewed threat that names its target ("could strike again, this time at the heart of
  Damascus") is guessed at that place, not in the country.
- A claim a fact-check calls false ("un message évoque …", then "c'est FAUX") is not dated by
  the day of the event told in the paragraph before: it is undated unless its own words give a
  day.
- An act the author states in an "after" clause of a declaration ("the army declared the city
  secure after retaking the camp") is asserted: the declaration only confirms it.
- Denials: a denied loss of ground around a place; a denial whose verb comes before its subject
  (translated French); a denied execution "during that breakout" takes the breakout's day.
"""

from __future__ import annotations

from helpers import one

from newsift.model import Event


def _denied(events: list[Event]) -> list[Event]:
    return [e for e in events if e.modality == "denied"]


def _show(events: list[Event]) -> list[tuple[object, ...]]:
    return [(e.sub_event_type, e.location, e.event_date, e.modality, e.actor1) for e in events]


# ------------------------------------------------------------------ renewed threat, target
def test_fr_renewed_threat_naming_its_target_is_guessed_there(extract) -> None:
    text = (
        "Le 12 mai, des avions russes ont bombardé des positions rebelles près de Homs. "
        "Selon plusieurs experts, Moscou pourrait frapper de nouveau, cette fois au cœur d'Idlib."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("Moscou", "Military Forces of Russia")],
        places=[("Homs", "Homs"), ("Idlib", "Idlib")],
        dates=[("12 mai", "2018-05-12")],
        published="2018-05-14",
    )
    guess = [e for e in events if e.modality == "speculative"]
    assert guess, _show(events)
    assert guess[0].location == "Idlib"
    assert guess[0].event_date is None


# ------------------------------------------------------------------ debunked claims
def test_fr_debunked_claim_is_not_dated_by_the_paragraph_before(extract) -> None:
    text = (
        "La photo montre en réalité les victimes d'un massacre commis à Homs le 3 juin 2013. "
        "Un autre message évoque une frappe aérienne russe sur un convoi de civils près de "
        "Hama. C'est FAUX : aucune frappe de ce genre n'a eu lieu."
    )
    events = extract(
        text,
        lang="fr",
        actors=[],
        places=[("Homs", "Homs"), ("Hama", "Hama")],
        dates=[("3 juin 2013", "2013-06-03")],
        published="2018-05-16",
    )
    strike = one(events, "Air/drone strike")
    assert strike.event_date is None, _show(events)
    assert strike.modality in ("reported", "denied")


def test_en_claim_with_its_own_day_keeps_it(extract) -> None:
    """Must not fire: a rumour that names its own day keeps that day."""
    text = (
        "Residents fled Hama on Monday. A video shared online claims that Russian jets struck a "
        "convoy near Hama on Tuesday. That is FALSE: no such strike took place."
    )
    events = extract(
        text,
        actors=[],
        places=[("Hama", "Hama"), ("Hama@2", "Hama")],
        dates=[("Monday", "2018-05-14"), ("Tuesday", "2018-05-15")],
        published="2018-05-17",
    )
    strike = one(events, "Air/drone strike")
    assert str(strike.event_date) == "2018-05-15", _show(events)


# ------------------------------------------------------------------ declared after an act
def test_en_declaration_after_a_stated_recapture_keeps_it_asserted(extract) -> None:
    text = (
        "On Monday, the Syrian army declared Hama and its countryside secure after retaking "
        "the town of Saraqib from Hayat Tahrir al-Sham."
    )
    events = extract(
        text,
        actors=[
            ("the Syrian army", "Military Forces of Syria"),
            ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"),
        ],
        places=[("Hama", "Hama"), ("Saraqib", "Saraqib")],
        dates=[("Monday", "2018-05-21")],
        published="2018-05-23",
    )
    e = one(events, "Government regains territory")
    assert e.modality == "asserted", _show(events)


def test_en_declared_recapture_stays_reported(extract) -> None:
    """Must not fire: the recapture is what the army declares (its clause), not the author's."""
    text = "On Monday, the Syrian army declared that it had retaken the town of Saraqib."
    events = extract(
        text,
        actors=[("the Syrian army", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")],
        dates=[("Monday", "2018-05-21")],
        published="2018-05-23",
    )
    e = one(events, "Government regains territory")
    assert e.modality == "reported", _show(events)


# ------------------------------------------------------------------ denials
def test_fr_denied_loss_of_positions_around_a_place(extract) -> None:
    text = (
        "Les jihadistes de Hayat Tahrir al-Cham ont pris mardi la ville de Saraqib. Les "
        "rebelles affirment que l'aéroport militaire de Hama est désormais à portée de leurs "
        "roquettes. Une source militaire a démenti toute perte de positions autour de "
        "l'aéroport."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("Hayat Tahrir al-Cham", "Hayat Tahrir al-Sham")],
        places=[("Saraqib", "Saraqib"), ("Hama", "Hama")],
        dates=[("mardi", "2017-03-21")],
        published="2017-03-23",
    )
    e = one(_denied(events))
    assert e.sub_event_type == "Non-state actor overtakes territory", _show(events)
    assert e.location == "Hama"
    assert e.event_date is None


def test_fr_denial_with_verb_before_subject(extract) -> None:
    text = (
        "Les forces irakiennes ont repris jeudi la ville de Mosul. Mardi, des kamikazes de l'EI "
        "ont lancé cinq voitures piégées contre les forces irakiennes à Mosul. "
        "Et a nié le porte-parole de "
        "la Mobilisation populaire l'existence de toute exactions contre les familles déplacées "
        "de Mosul."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("Les forces irakiennes", "Military Forces of Iraq"),
            ("l'EI", "Islamic State"),
            ("Mobilisation populaire", "Popular Mobilization Forces"),
        ],
        places=[("Mosul", "Mosul"), ("Mosul@2", "Mosul"), ("Mosul@3", "Mosul")],
        dates=[("jeudi", "2016-04-14"), ("Mardi", "2016-04-12")],
        published="2016-04-16",
    )
    assert _denied(events), _show(events)
    e = one(_denied(events))
    assert e.sub_event_type == "Attack", _show(events)
    assert e.location == "Mosul"
    assert e.event_date is None
    bomb = one(events, "Suicide bomb")  # the blanket denial of abuses does not contest it
    assert bomb.modality == "asserted"
    assert "contested" not in str(bomb.tags)


def test_fr_denied_execution_during_that_breakout_takes_its_day(extract) -> None:
    text = (
        "Vendredi, les soldats assiégés dans l'hôpital de Saraqib ont brisé l'encerclement et "
        "rejoint les lignes de l'armée. Hayat Tahrir al-Cham a démenti avoir exécuté des "
        "soldats blessés capturés lors de cette sortie."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("les soldats", "Military Forces of Syria"),
            ("Hayat Tahrir al-Cham", "Hayat Tahrir al-Sham"),
        ],
        places=[("Saraqib", "Saraqib")],
        dates=[("Vendredi", "2015-05-22")],
        published="2015-05-29",
    )
    e = one(_denied(events))
    assert e.sub_event_type == "Attack", _show(events)
    assert e.location == "Saraqib"
    assert str(e.event_date) == "2015-05-22"


def test_fr_declaration_after_a_stated_recapture_keeps_it_asserted(extract) -> None:
    text = (
        "Lundi, l'armée syrienne a déclaré Hama sécurisée après avoir repris la ville de "
        "Saraqib à Hayat Tahrir al-Cham."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("l'armée syrienne", "Military Forces of Syria"),
            ("Hayat Tahrir al-Cham", "Hayat Tahrir al-Sham"),
        ],
        places=[("Hama", "Hama"), ("Saraqib", "Saraqib")],
        dates=[("Lundi", "2018-05-21")],
        published="2018-05-23",
    )
    e = one(events, "Government regains territory")
    assert e.modality == "asserted", _show(events)


def test_en_said_troops_withdrew_after_a_recapture_stays_reported(extract) -> None:
    """Must not fire: the "after" clause hangs on a told clause with its own subject."""
    text = (
        "On Monday, the Syrian army said its troops had withdrawn after retaking the town of "
        "Saraqib."
    )
    events = extract(
        text,
        actors=[("the Syrian army", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")],
        dates=[("Monday", "2018-05-21")],
        published="2018-05-23",
    )
    e = one(events, "Government regains territory")
    assert e.modality == "reported", _show(events)


# ------------------------------------------------------------------ hedged next step
def test_fr_next_step_hedged_in_the_next_sentence_is_speculative(extract) -> None:
    text = (
        "Les FDS ont pris dimanche la ville de Manbij. Prochaine étape : la ville de Jarabulus. "
        "Selon un commandant joint par téléphone, l'encerclement pourrait être achevé en "
        "quelques semaines."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("Les FDS", "Syrian Democratic Forces")],
        places=[("Manbij", "Manbij"), ("Jarabulus", "Jarabulus")],
        dates=[("dimanche", "2016-08-14")],
        published="2016-08-16",
    )
    step = [e for e in events if e.location == "Jarabulus"]
    assert step and step[0].modality == "speculative", _show(events)
    assert step[0].event_date is None


def test_fr_stated_intention_stays_planned_despite_a_guess_after(extract) -> None:
    """Must not fire: a verb of intention ("s'apprête à") keeps the step planned."""
    text = (
        "Les FDS ont pris dimanche la ville de Manbij. Les FDS s'apprêtent à marcher sur "
        "Jarabulus. Selon un commandant, cela pourrait prendre quelques semaines."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("Les FDS", "Syrian Democratic Forces"), ("Les FDS@2", "Syrian Democratic Forces")],
        places=[("Manbij", "Manbij"), ("Jarabulus", "Jarabulus")],
        dates=[("dimanche", "2016-08-14")],
        published="2016-08-16",
    )
    step = [e for e in events if e.location == "Jarabulus"]
    assert step and step[0].modality == "planned", _show(events)
