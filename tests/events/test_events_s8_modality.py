"""Told plans, expected outcomes and imagined objections (session 8; sentences written for
these tests).

Classes, each with French and English phrasings and near-misses that must not fire:
- a "next target" said through a speech verb, also in the conditional or the perfect ("a
  répété que la prochaine cible serait X", "a fait savoir que la prochaine étape serait X")
  is an announced plan: planned, undated, an offensive on X even after a hand-over (a target is
  attacked); a modal of possibility or expectation keeps it a guess (speculative);
- a capture or fall only expected ("X devrait être libérée d'ici la fin du mois", "the last
  districts should fall within days") is a forecast, speculative; an operation expected to be
  launched ("l'armée devrait lancer l'assaut") stays planned;
- an objection the author imagines ("On nous répondra que la Russie a bombardé des
  hôpitaux", "Some will say that the coalition bombed ...") is no event; the same act under a
  speech verb told as said ("le ministère a répété que ...") is reported.
"""

from __future__ import annotations

from helpers import at_place, modality_at, show

from newsift.model import Event

PUB = "2017-03-14"
ARMY = ("l'armée", "Military Forces of Syria")


def _planned_clash(events: list[Event], place: str) -> None:
    at = modality_at(events, place, "planned", undated=True)
    assert all(e.sub_event_type == "Armed clash" for e in at), show(events)


# ------------------------------------------------------------------ told next targets
def test_fr_repeated_next_target_in_conditional_is_planned(extract) -> None:
    text = (
        "Le président turc a répété mardi que la prochaine cible de ses troupes serait Manbij, "
        "qu'il veut voir vidée des milices kurdes."
    )
    events = extract(
        text, lang="fr", places=[("Manbij", "Manbij")], dates=[("mardi", "2017-03-14")],
        published=PUB,
    )  # fmt: skip
    _planned_clash(events, "Manbij")


def test_fr_made_known_next_step_is_planned(extract) -> None:
    text = "Le commandement a fait savoir dimanche que la prochaine étape serait Saraqib."
    events = extract(
        text, lang="fr", places=[("Saraqib", "Saraqib")], dates=[("dimanche", "2017-03-12")],
        published=PUB,
    )  # fmt: skip
    _planned_clash(events, "Saraqib")


def test_fr_next_target_after_handover_is_an_offensive(extract) -> None:
    text = (
        "Lundi, les rebelles ont remis Kafr Nubl à l'armée sans combattre. Le ministre a "
        "redit que la prochaine cible serait Saraqib."
    )
    events = extract(
        text, lang="fr", actors=[ARMY, ("les rebelles", "Hayat Tahrir al-Sham")],
        places=[("Kafr Nubl", "Kafr Nubl"), ("Saraqib", "Saraqib")],
        dates=[("Lundi", "2017-03-13")], published=PUB,
    )  # fmt: skip
    _planned_clash(events, "Saraqib")


def test_en_reiterated_next_target_is_planned(extract) -> None:
    text = "The defence minister reiterated on Monday that the next target would be Idlib."
    events = extract(
        text, lang="en", places=[("Idlib", "Idlib")], dates=[("Monday", "2017-03-13")],
        published=PUB,
    )  # fmt: skip
    _planned_clash(events, "Idlib")


def test_fr_next_target_under_could_stays_speculative(extract) -> None:
    text = "Selon des analystes, Hama pourrait être la prochaine cible des rebelles."
    events = extract(text, lang="fr", places=[("Hama", "Hama")], published=PUB)
    modality_at(events, "Hama", "speculative", undated=True)


def test_en_expected_next_target_stays_speculative(extract) -> None:
    text = "Military observers expect Saraqib to be the army's next target."
    events = extract(
        text, lang="en", actors=[("the army", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")], published=PUB,
    )  # fmt: skip
    modality_at(events, "Saraqib", "speculative")


# ------------------------------------------------------------------ expected outcomes
def test_fr_capture_due_is_speculative(extract) -> None:
    text = "Saraqib devrait être reprise par l'armée d'ici la fin du mois, a estimé un général."
    events = extract(text, lang="fr", actors=[ARMY], places=[("Saraqib", "Saraqib")], published=PUB)
    modality_at(events, "Saraqib", "speculative", undated=True)


def test_fr_fall_due_in_plural_is_speculative(extract) -> None:
    text = (
        "Les derniers quartiers de Saraqib devraient tomber aux mains de l'armée d'ici quelques "
        "jours, selon lui."
    )
    events = extract(text, lang="fr", actors=[ARMY], places=[("Saraqib", "Saraqib")], published=PUB)
    modality_at(events, "Saraqib", "speculative")


def test_fr_assault_due_stays_planned(extract) -> None:
    text = (
        "Selon une source militaire, l'armée devrait lancer dans les prochains jours l'assaut "
        "sur Saraqib."
    )
    events = extract(text, lang="fr", actors=[ARMY], places=[("Saraqib", "Saraqib")], published=PUB)
    _planned_clash(events, "Saraqib")


def test_en_retake_expected_is_speculative(extract) -> None:
    text = "The army is expected to retake Saraqib within days, a commander said."
    events = extract(
        text, lang="en", actors=[("The army", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")], published=PUB,
    )  # fmt: skip
    modality_at(events, "Saraqib", "speculative")


# ------------------------------------------------------------------ imagined objections
def test_fr_imagined_reply_is_no_event(extract) -> None:
    text = "On nous répondra que l'aviation russe a bombardé des hôpitaux à Alep."
    events = extract(
        text, lang="fr", actors=[("l'aviation russe", "Military Forces of Russia")],
        places=[("Alep", "Aleppo")], published=PUB,
    )  # fmt: skip
    assert not at_place(events, "Aleppo"), show(events)


def test_fr_imagined_objection_plural_is_no_event(extract) -> None:
    text = "D'aucuns objecteront que les rebelles ont eux aussi pilonné les quartiers d'Alep."
    events = extract(
        text, lang="fr", actors=[("les rebelles", "Hayat Tahrir al-Sham")],
        places=[("Alep", "Aleppo")], published=PUB,
    )  # fmt: skip
    assert not at_place(events, "Aleppo"), show(events)


def test_en_some_will_say_is_no_event(extract) -> None:
    text = "Some will say that the coalition also bombed a hospital in Raqqa."
    events = extract(
        text, lang="en", actors=[("the coalition", "Global Coalition Against Daesh")],
        places=[("Raqqa", "Raqqa")], published=PUB,
    )  # fmt: skip
    assert not at_place(events, "Raqqa"), show(events)


def test_fr_repeated_claim_told_as_said_is_reported(extract) -> None:
    text = (
        "Le ministère a répété mardi que l'aviation russe avait bombardé lundi des positions "
        "jihadistes à Saraqib."
    )
    events = extract(
        text, lang="fr", actors=[("l'aviation russe", "Military Forces of Russia")],
        places=[("Saraqib", "Saraqib")],
        dates=[("mardi", "2017-03-14"), ("lundi", "2017-03-13")], published=PUB,
    )  # fmt: skip
    modality_at(events, "Saraqib", "reported")


def test_fr_clearing_operation_due_stays_planned(extract) -> None:
    text = (
        "Selon une source, l'armée devrait mener dans les prochains jours une opération de "
        "ratissage autour de Saraqib."
    )
    events = extract(text, lang="fr", actors=[ARMY], places=[("Saraqib", "Saraqib")], published=PUB)
    modality_at(events, "Saraqib", "planned")


# ------------------------------------------------------------------ hedges of other clauses
def test_fr_response_not_long_in_coming_is_told_as_done(extract) -> None:
    text = (
        "La riposte ne s'est pas fait attendre : dimanche, l'aviation turque a bombardé des "
        "positions de l'armée près de Saraqib."
    )
    events = extract(
        text, lang="fr", actors=[("l'aviation turque", "Military Forces of Turkey")],
        places=[("Saraqib", "Saraqib")], dates=[("dimanche", "2017-03-12")], published=PUB,
    )  # fmt: skip
    at = at_place(events, "Saraqib")
    assert at, show(events)
    assert all(e.modality == "asserted" and e.event_date == "2017-03-12" for e in at), show(events)


def test_fr_observers_expecting_an_offensive_stays_speculative(extract) -> None:
    text = "Des observateurs s'attendent à ce que les rebelles lancent une offensive sur Saraqib."
    events = extract(
        text, lang="fr", actors=[("les rebelles", "Hayat Tahrir al-Sham")],
        places=[("Saraqib", "Saraqib")], published=PUB,
    )  # fmt: skip
    modality_at(events, "Saraqib", "speculative")


def test_fr_dated_perfect_beside_a_hedged_relative_is_reported(extract) -> None:
    text = (
        "D'après un officier que j'ai pu joindre hier, la base de Kuweires a été visée lundi "
        "par des dizaines d'obus tirés par les jihadistes."
    )
    events = extract(
        text, lang="fr", actors=[("les jihadistes", "Islamic State")],
        places=[("Kuweires", "Saraqib")], dates=[("hier", "2017-03-13"), ("lundi", "2017-03-13")],
        published=PUB,
    )  # fmt: skip
    at = at_place(events, "Saraqib")
    assert at, show(events)
    assert all(e.modality in ("reported", "asserted") for e in at), show(events)
    assert all(e.event_date == "2017-03-13" for e in at), show(events)


def test_fr_perfect_under_could_stays_speculative(extract) -> None:
    text = "Selon des analystes, la base de Saraqib pourrait avoir été visée lundi par des obus."
    events = extract(
        text, lang="fr", places=[("Saraqib", "Saraqib")], dates=[("lundi", "2017-03-13")],
        published=PUB,
    )  # fmt: skip
    at = at_place(events, "Saraqib")
    assert all(e.modality == "speculative" for e in at), show(events)


# ------------------------------------------------------------------ futures in the past
def test_fr_passive_conditional_under_speech_is_planned(extract) -> None:
    text = (
        "Le ministre a affirmé mardi que les quartiers est de Homs seraient repris par l'armée "
        "avant la fin de l'année."
    )
    events = extract(
        text, lang="fr", actors=[ARMY], places=[("Homs", "Homs")], dates=[("mardi", "2017-03-14")],
        published=PUB,
    )  # fmt: skip
    modality_at(events, "Homs", "planned", undated=True)


def test_fr_repeated_that_town_would_be_freed_is_planned(extract) -> None:
    text = "La conseillère du président a répété lundi qu'Idlib serait libérée par l'armée."
    events = extract(
        text, lang="fr", actors=[ARMY], places=[("Idlib", "Idlib")],
        dates=[("lundi", "2017-03-13")], published=PUB,
    )  # fmt: skip
    modality_at(events, "Idlib", "planned", undated=True)


def test_en_said_town_would_be_liberated_is_planned(extract) -> None:
    text = "The minister said on Tuesday that Idlib would be liberated by the army."
    events = extract(
        text, lang="en", actors=[("the army", "Military Forces of Syria")],
        places=[("Idlib", "Idlib")], dates=[("Tuesday", "2017-03-14")], published=PUB,
    )  # fmt: skip
    modality_at(events, "Idlib", "planned", undated=True)


def test_fr_compound_conditional_stays_hearsay(extract) -> None:
    text = "Selon l'OSDH, la localité de Saraqib aurait été reprise lundi par l'armée."
    events = extract(
        text, lang="fr", actors=[ARMY], places=[("Saraqib", "Saraqib")],
        dates=[("lundi", "2017-03-13")], published=PUB,
    )  # fmt: skip
    at = at_place(events, "Saraqib")
    assert at, show(events)
    assert all(e.modality == "reported" and e.event_date == "2017-03-13" for e in at), show(events)
