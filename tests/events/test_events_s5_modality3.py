"""Guessed next targets (session 5, wave 3; sentences written for these tests).

- An act named as the "next target" under a modal verb of possibility ("les autorités redoutent
  que Homs puisse être la prochaine cible des kamikazes") is a guess: speculative, undated.
- The same words with a plain future ("Raqqa sera la prochaine cible des kamikazes") stay a
  plan (planned).
- A denied act whose subject is a definite noun ("a démenti que l'artillerie turque ait pilonné
  X") is not tied by that article to the event told before: undated unless its own words date it.
"""

from __future__ import annotations

from newsift.model import Event


def _show(events: list[Event]) -> list[tuple[object, ...]]:
    return [(e.sub_event_type, e.location, e.event_date, e.modality, e.actor1) for e in events]


def test_fr_possible_next_target_of_bombers_is_speculative(extract) -> None:
    text = (
        "Les autorités redoutent désormais que Homs puisse être la prochaine cible des "
        "kamikazes de l'État islamique."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("l'État islamique", "Islamic State")],
        places=[("Homs", "Homs")],
        published="2016-05-14",
    )
    at = [e for e in events if e.location == "Homs"]
    assert at, _show(events)
    assert all(e.modality == "speculative" for e in at), _show(events)
    assert all(e.event_date is None for e in at), _show(events)


def test_fr_announced_next_target_of_bombers_stays_planned(extract) -> None:
    text = "Pour les commandants, Raqqa sera la prochaine cible des kamikazes de l'armée."
    events = extract(
        text,
        lang="fr",
        actors=[],
        places=[("Raqqa", "Raqqa")],
        published="2016-05-14",
    )
    at = [e for e in events if e.location == "Raqqa"]
    assert at, _show(events)
    assert all(e.modality != "speculative" for e in at), _show(events)


def test_fr_denied_act_with_definite_subject_is_not_dated_by_the_story(extract) -> None:
    text = (
        "Mardi 10 mai, les rebelles ont attaqué un poste de l'armée à Homs. Le ministère libanais "
        "a par ailleurs démenti que l'artillerie libanaise ait bombardé les positions rebelles "
        "près de Hama."
    )
    events = extract(
        text,
        lang="fr",
        actors=[],
        places=[("Homs", "Homs"), ("Hama", "Hama")],
        dates=[("Mardi 10 mai", "2016-05-10")],
        published="2016-05-14",
    )
    denied = [e for e in events if e.modality == "denied"]
    assert denied, _show(events)
    assert all(e.event_date is None for e in denied), _show(events)
    told = [e for e in events if e.location == "Homs"]
    assert told and told[0].event_date is not None, _show(events)  # the story's own act
