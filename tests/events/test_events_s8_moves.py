"""Missed events, session 8: an armed party's move toward a place (sentences written for these
tests, French and English).

The class: a verb of moving (pousser, progresser, avancer, se diriger, marcher; push, advance,
head, move) whose goal phrase ("vers X", "sur X", "toward X", "for X") holds a place, with an
armed party for subject, told in a form or word order no trigger phrase lists -- the verb
parted from its preposition by an adverb or a day ("pousse ensuite vers", "progressaient mardi
vers", "push on toward"), a subjunctive under a hedge ("il n'est pas exclu que l'armée pousse"),
an infinitive under a modal ("pourraient pousser dans les prochains jours vers"). It is an
Armed clash at the goal; done, planned or guessed is the modality's to say. Not events:
refugees or an aid convoy heading somewhere, people pushed toward a place (an object).
"""

from __future__ import annotations

from helpers import at_place

from newsift.model import Event

PUB = "2016-04-20"
CLASH = "Armed clash"
HYPOTHETICAL = {"planned", "speculative"}


def _subs(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.sub_event_type, e.location, e.event_date, e.modality) for e in events]


def _clashes(events: list[Event], location: str) -> list[Event]:
    return [e for e in at_place(events, location) if e.sub_event_type == CLASH]


def test_fr_subjunctive_move_under_hedge(extract) -> None:
    events = extract(
        "L'armée a repris Saraqib lundi. Il n'est pas exclu que l'armée pousse ensuite vers "
        "Maarat al-Numan.",
        lang="fr",
        places=[("Saraqib", "Saraqib"), ("Maarat al-Numan", "Maarat al-Numan")],
        dates=[("lundi", "2016-04-18")],
        published=PUB,
    )
    found = _clashes(events, "Maarat al-Numan")
    assert found and found[0].modality in HYPOTHETICAL, _subs(events)
    assert found[0].event_date is None, _subs(events)


def test_fr_imperfect_move_day_between_verb_and_goal(extract) -> None:
    events = extract(
        "Les combats se poursuivent dans la région. Les loyalistes progressaient mardi vers "
        "Kafr Nubl, à l'ouest.",
        lang="fr",
        places=[("Kafr Nubl", "Kafr Nubl")],
        dates=[("mardi", "2016-04-19")],
        published=PUB,
    )
    assert "2016-04-19" in [e.event_date for e in _clashes(events, "Kafr Nubl")], _subs(events)


def test_fr_modal_infinitive_move_with_span_between(extract) -> None:
    events = extract(
        "Selon des observateurs, les soldats pourraient pousser dans les prochains jours vers "
        "Idlib.",
        lang="fr",
        places=[("Idlib", "Idlib")],
        published=PUB,
    )
    found = _clashes(events, "Idlib")
    assert found and found[0].modality in HYPOTHETICAL, _subs(events)


def test_fr_reported_advance_on_town(extract) -> None:
    events = extract(
        "Selon l'OSDH, les forces gouvernementales avançaient mardi soir sur Saraqib.",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("mardi", "2016-04-19")],
        published=PUB,
    )
    found = _clashes(events, "Saraqib")
    assert found and found[0].modality == "reported", _subs(events)


def test_en_named_group_may_next_head_for_town(extract) -> None:
    events = extract(
        "Analysts believe the SDF may next head for Raqqa once the dam is secured.",
        actors=[("SDF", "Syrian Democratic Forces")],
        places=[("Raqqa", "Raqqa")],
        published=PUB,
    )
    found = _clashes(events, "Raqqa")
    assert found and found[0].modality in HYPOTHETICAL, _subs(events)


def test_en_named_group_could_then_advance_on_town(extract) -> None:
    events = extract(
        "Hayat Tahrir al-Sham could then slowly advance on Saraqib, a commander warned.",
        actors=[("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham")],
        places=[("Saraqib", "Saraqib")],
        published=PUB,
    )
    found = _clashes(events, "Saraqib")
    assert found and found[0].modality in HYPOTHETICAL, _subs(events)


def test_en_group_marched_on_town_in_the_past(extract) -> None:
    events = extract(
        "In March 2013 Hayat Tahrir al-Sham marched quickly on Idlib from the north.",
        actors=[("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham")],
        places=[("Idlib", "Idlib")],
        dates=[("March 2013", "2013-03")],
        published=PUB,
    )
    assert "2013-03" in [e.event_date for e in _clashes(events, "Idlib")], _subs(events)


# ------------------------------------------------------------------ near misses
def test_fr_refugees_heading_toward_town_are_no_clash(extract) -> None:
    events = extract(
        "Des milliers de réfugiés se dirigent vers Kilis depuis mardi.",
        lang="fr",
        places=[("Kilis", "Kilis")],
        dates=[("mardi", "2016-04-19")],
        published=PUB,
    )
    assert not _clashes(events, "Kilis"), _subs(events)


def test_en_aid_convoy_moving_toward_town_is_no_clash(extract) -> None:
    events = extract(
        "An aid convoy was moving toward Aleppo on Tuesday.",
        places=[("Aleppo", "Aleppo")],
        dates=[("Tuesday", "2016-04-19")],
        published=PUB,
    )
    assert not _clashes(events, "Aleppo"), _subs(events)


def test_fr_people_pushed_toward_town_are_no_move(extract) -> None:
    events = extract(
        "La sécheresse a poussé les éleveurs vers Hama cet été.",
        lang="fr",
        places=[("Hama", "Hama")],
        published=PUB,
    )
    assert not _clashes(events, "Hama"), _subs(events)


def test_en_fighters_headed_for_town_told_as_done_is_no_move(extract) -> None:
    events = extract(
        "On Tuesday the fighters of Hayat Tahrir al-Sham headed quietly for Idlib to rest.",
        actors=[("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham")],
        places=[("Idlib", "Idlib")],
        dates=[("Tuesday", "2016-04-19")],
        published=PUB,
    )
    assert not _clashes(events, "Idlib"), _subs(events)


def test_fr_advance_on_split_name_with_day_between(extract) -> None:
    events = extract(
        "Les miliciens avançaient dimanche vers al-Mayadin, à une trentaine de kilomètres au "
        "sud, selon l'agence officielle.",
        lang="fr",
        places=[("al-Mayadin", "Al-Mayadin")],
        dates=[("dimanche", "2016-04-17")],
        published=PUB,
    )
    found = _clashes(events, "Al-Mayadin")
    assert "2016-04-17" in [e.event_date for e in found], _subs(events)
