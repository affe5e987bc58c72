"""Captors, dawn raids, fire from rebel-held ground, the forces of
a named government, and places across live-page entries. Sentences written for these tests
(mentions placed by hand).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsift.events import actors
from newsift.model import Event, Mention


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.location, e.event_date) for e in events]


# ------------------------------------------------------------------ the captor decides
def test_fr_fell_to_the_same_coalition_is_an_overtake(extract) -> None:
    text = (
        "Les combattants de Hayat Tahrir al-Cham se sont emparés samedi de Maaret al-Noomane. "
        "C'est la deuxième ville à échapper au contrôle du régime : Saraqeb était tombée le "
        "12 mars aux mains de la même coalition."
    )
    events = extract(
        text,
        actors=[
            ("Hayat Tahrir al-Cham", "Hayat Tahrir al-Sham"),
            ("régime", "Military Forces of Syria"),
            ("coalition", "Global Coalition Against Daesh"),
        ],
        places=[("Maaret al-Noomane", "Maarat al-Numan"), ("Saraqeb", "Saraqib")],
        dates=[("samedi", "2015-04-25"), ("12 mars", "2015-03-12")],
        lang="fr",
    )
    fall = [e for e in events if e.location == "Saraqib"]
    assert fall, rows(events)
    assert fall[0].sub_event_type == "Non-state actor overtakes territory", rows(events)
    assert fall[0].actor1 == "Hayat Tahrir al-Sham", rows(events)


def test_en_fell_to_is_is_an_overtake(extract) -> None:
    text = "Government troops withdrew overnight and Mosul fell to the Islamic State on Tuesday."
    events = extract(
        text,
        actors=[("Islamic State", "Islamic State")],
        places=[("Mosul", "Mosul")],
        dates=[("Tuesday", "2014-06-10")],
    )
    subs = [e.sub_event_type for e in events if e.location == "Mosul"]
    assert "Non-state actor overtakes territory" in subs, rows(events)
    assert "Government regains territory" not in subs, rows(events)


# ------------------------------------------------------------------ raids at dawn
def test_fr_russian_raids_at_dawn_are_air_strikes(extract) -> None:
    text = "Des raids russes ont frappé à l'aube la ville de Saraqeb, selon une ONG."
    events = extract(
        text,
        actors=[("russes", "Military Forces of Russia")],
        places=[("Saraqeb", "Saraqib")],
        lang="fr",
        published="2018-02-05",
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], rows(events)


def test_fr_a_dawn_police_raid_is_no_air_strike(extract) -> None:
    text = "Un raid de la police à l'aube a permis l'arrestation de trois suspects à Homs."
    events = extract(
        text,
        places=[("Homs", "Homs")],
        lang="fr",
        published="2018-02-05",
    )
    assert "Air/drone strike" not in [e.sub_event_type for e in events], rows(events)


# ------------------------------------------------------------------ fire from rebel ground
def test_en_rockets_fired_from_rebel_held_ground(extract) -> None:
    text = (
        "Rockets fired from rebel-held Idlib province hit a residential district of Latakia "
        "on Monday, killing two civilians."
    )
    events = extract(
        text,
        places=[("Idlib province", "Idlib province"), ("Latakia", "Latakia")],
        dates=[("Monday", "2018-03-05")],
    )
    hits = [e for e in events if e.location == "Latakia"]
    assert hits and hits[0].actor1 == "Opposition Rebels (Syria)", rows(events)


def test_en_rockets_fired_from_a_place_not_called_rebel_held(extract) -> None:
    text = "Rockets fired from Idlib province hit a district of Latakia on Monday, killing two."
    events = extract(
        text,
        places=[("Idlib province", "Idlib province"), ("Latakia", "Latakia")],
        dates=[("Monday", "2018-03-05")],
    )
    assert all(e.actor1 != "Opposition Rebels (Syria)" for e in events), rows(events)


# ------------------------------------------------------------------ a named government's forces
def test_fr_government_forces_are_the_named_governments(
    monkeypatch: pytest.MonkeyPatch, nlp_stage, events_stage
) -> None:  # noqa: ANN001
    from helpers import fake_kb, make_doc

    kb = fake_kb()

    def rec(kb_id: str, name: str, kind: str, parent: str | None) -> None:
        kb[kb_id] = {"id": kb_id, "name": name, "inter": 1, "kind": kind, "country": "LY",
                     "parent": parent}  # fmt: skip

    rec("ly-government", "Government of Libya", "government", None)
    rec("ly-military", "Military Forces of Libya", "state_force", "ly-government")
    rec("ly-gna", "Government of Libya", "government", "ly-government")
    rec("ly-gna-forces", "Military Forces of Libya (GNA)", "state_force", "ly-gna")
    monkeypatch.setattr(actors, "_kb", lambda: kb)
    actors.actor_info.cache_clear()
    text = (
        "Le Gouvernement d'union nationale a appelé au calme. Dimanche, les forces "
        "gouvernementales ont attaqué les positions adverses à Sirte."
    )
    doc = make_doc(text, places=[("Sirte", "Sirte")], dates=[("Dimanche", "2019-04-14")],
                   lang="fr")  # fmt: skip
    for surface, kb_id in (("Gouvernement d'union nationale", "ly-gna"),
                           ("forces \ngouvernementales", "ly-military")):  # fmt: skip
        surface = surface.replace(" \n", " ")
        start = doc.text.find(surface)
        name = kb[kb_id]["name"]
        doc.mentions.append(Mention(start, start + len(surface), surface, "actor", kb_id=kb_id,
                                    canonical=name, extractor="test", article=1))  # fmt: skip
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    nlp_stage.process(doc)
    events_stage.process(doc)
    fights = [e for e in doc.events if e.location == "Sirte"]
    assert fights and fights[0].actor1 == "Military Forces of Libya (GNA)", rows(doc.events)


def test_fr_rebels_driving_out_jihadists_overtake(extract) -> None:
    text = (
        "Manbij libérée après deux mois de siège. Les combattants des Forces démocratiques "
        "syriennes ont chassé vendredi les derniers jihadistes de Manbij."
    )
    events = extract(
        text,
        actors=[("Forces démocratiques syriennes", "Syrian Democratic Forces")],
        places=[("Manbij", "Manbij"), ("Manbij@2", "Manbij")],
        dates=[("vendredi", "2016-08-12")],
        lang="fr",
    )
    subs = {e.sub_event_type for e in events if e.actor1 == "Syrian Democratic Forces"}
    assert subs == {"Non-state actor overtakes territory"}, rows(events)
