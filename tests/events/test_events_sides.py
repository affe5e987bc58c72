"""Who the sides of an event are (newsift.events.sides and the role rules of the extractor):
nationality adjectives and genitive agents of event nouns, the speaker's own forces, the group
"les jihadistes" stands for, civilians coded by the event's country, "entre X et Y", "tombée aux
mains de X", and events told with different means never merged. Sentences written for these
tests; mentions placed by hand (helpers.make_doc)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from helpers import actor_mentions, kb_entries, make_doc

from newsift.model import Document, Event

EXTRA = {
    # kb id: (canonical name, inter, country, kind) -- the generated state actors the rules use
    "ru-military": ("Military Forces of Russia", 1, "RU", "state_force"),
    "us-military": ("Military Forces of the United States", 1, "US", "state_force"),
    "sy-military": ("Military Forces of Syria", 1, "SY", "state_force"),
    "tr-military": ("Military Forces of Turkey", 1, "TR", "state_force"),
    "ru-defence-ministry": ("Russian Ministry of Defence", 1, "RU", "government"),
    "iq-military": ("Military Forces of Iraq", 1, "IQ", "state_force"),
    "jihadists-generic": ("Unidentified Armed Group", 2, None, "armed_group"),
    "is": ("Islamic State", 2, None, "armed_group"),
    "is-libya": ("Islamic State (Libya)", 2, "LY", "armed_group"),
    "is-ally": ("Jaysh al-Test", 2, "SY", "armed_group"),
    "krg-peshmerga": ("Peshmerga (Kurdistan Regional Government)", 1, "IQ", "state_force"),
}


@pytest.fixture()
def extra_actors() -> dict[str, dict[str, Any]]:
    """The generated ids these rules look up, added to the shared stand-in KB (conftest)."""
    return kb_entries(EXTRA, parents={"is-libya": "is", "is-ally": "is"})


@pytest.fixture()
def run(process: Callable[[Document], list[Event]]) -> Callable[..., list[Event]]:
    """``run(text, extra=[(surface, kb_id, extractor)], meta={...}, **make_doc kwargs)``."""

    def go(
        text: str,
        extra: list[tuple[str, str, str]] | None = None,
        meta: dict | None = None,
        **kw: object,
    ) -> list[Event]:
        doc: Document = make_doc(text, **kw)  # type: ignore[arg-type]
        doc.mentions += actor_mentions(doc.text, extra or [], EXTRA)  # "EI@2": the 2nd "EI"
        doc.meta.update(meta or {})
        return process(doc)

    return go


def sides(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in events]


# ------------------------------------------------------------------ the event noun's words
def test_fr_nationality_adjective_of_strikes_is_the_state_force(run) -> None:
    events = run(
        "Au moins douze civils ont été tués mardi par des frappes russes sur Saraqib.",
        actors=[("civils", "Civilians (Syria)")],
        places=[("Saraqib", "Saraqib")],
        dates=[("mardi", "2018-07-17")],
        lang="fr",
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1 == "Military Forces of Russia", sides(events)


def test_en_us_airstrikes_and_russias_submarine(run) -> None:
    events = run(
        "US airstrikes hit Islamic State positions near Raqqa on Monday.",
        actors=[("Islamic State", "Islamic State")],
        places=[("Raqqa", "Raqqa")],
        dates=[("Monday", "2017-06-12")],
    )
    assert [e.actor1 for e in events] == ["Military Forces of the United States"], sides(events)
    events = run(
        "Russia's submarine Kolpino launched four cruise missiles on Islamic State positions "
        "near Deir ez-Zor on Friday.",
        actors=[("Islamic State", "Islamic State")],
        places=[("Deir ez-Zor", "Deir ez-Zor")],
        dates=[("Friday", "2017-09-22")],
    )
    assert [e.actor1 for e in events] == ["Military Forces of Russia"], sides(events)


def test_fr_genitive_agent_of_the_shelling(run) -> None:
    events = run(
        "Le mois dernier, au moins 12 civils avaient été tués dans des bombardements des "
        "forces gouvernementales sur Homs.",
        actors=[
            ("civils", "Civilians (Syria)"),
            ("forces gouvernementales", "Military Forces of Syria"),
        ],
        places=[("Homs", "Homs")],
        lang="fr",
        published="2017-03-18",
    )
    assert events and events[0].actor1 == "Military Forces of Syria", sides(events)
    assert events[0].actor2 == "Civilians (Syria)"


def test_speakers_own_aircraft(run) -> None:
    events = run(
        "Le ministère russe de la Défense a affirmé dimanche que ses bombardiers avaient "
        "frappé samedi des positions de l'EI près de Palmyre.",
        extra=[("ministère russe de la Défense", "ru-defence-ministry", "test")],
        actors=[("EI", "Islamic State")],
        places=[("Palmyre", "Hama")],
        dates=[("dimanche", "2016-03-27"), ("samedi", "2016-03-26")],
        lang="fr",
    )
    assert events and events[0].actor1 == "Military Forces of Russia", sides(events)
    assert events[0].modality == "reported"


def test_en_aircraft_no_owner_without_a_state_speaker(run) -> None:
    events = run(
        "Warplanes struck a market in Saraqib on Monday, killing nine people, local activists "
        "said.",
        places=[("Saraqib", "Saraqib")],
        dates=[("Monday", "2017-11-13")],
    )
    # no state owns them; tests/CONVENTIONS.md codes the author ACLED's unnamed state forces
    assert events and events[0].actor1 == "Unidentified Military Forces", sides(events)


# ------------------------------------------------------------------ generic references
def test_fr_jihadists_stand_for_the_group_the_article_names(run) -> None:
    events = run(
        "L'EI contrôle encore plusieurs quartiers de Raqqa. Mercredi, les jihadistes ont "
        "attaqué une position de l'armée près d'Al-Mayadin.",
        extra=[("jihadistes", "jihadists-generic", "actors:alias"), ("EI", "is", "actors:alias")],
        places=[("Raqqa", "Raqqa"), ("Al-Mayadin", "Al-Mayadin")],
        dates=[("Mercredi", "2017-10-18")],
        lang="fr",
    )
    attacks = [e for e in events if e.location == "Al-Mayadin"]
    assert attacks and attacks[0].actor1 == "Islamic State", sides(events)


def test_en_jihadists_stay_generic_when_no_group_is_named(run) -> None:
    events = run(
        "On Wednesday, jihadists attacked an army post near Al-Mayadin.",
        extra=[("jihadists", "jihadists-generic", "actors:alias")],
        places=[("Al-Mayadin", "Al-Mayadin")],
        dates=[("Wednesday", "2017-10-18")],
    )
    assert events and events[0].actor1 == "Unidentified Armed Group", sides(events)


def test_civilians_are_coded_by_the_event_country(run) -> None:
    events = run(
        "Gunmen from Syria killed two civilians in Kilis on Sunday.",
        actors=[("civilians", "Civilians (Syria)")],
        places=[("Syria", "Syria"), ("Kilis", "Kilis")],
        dates=[("Sunday", "2018-01-21")],
    )
    hits = [e for e in events if e.location == "Kilis"]
    assert hits and hits[0].actor2 == "Civilians (Turkey)", sides(events)


def test_army_from_the_article_focus_takes_the_event_country(run) -> None:
    text = "In Iraq, the army shelled villages near Mosul on Monday."
    start = text.index("army")
    events = run(
        text,
        extra=[("army", "sy-military", "actors:context")],
        meta={"actors.generic_basis": {f"{start}:{start + 4}": "focus"}},
        places=[("Iraq", "Iraq"), ("Mosul", "Mosul")],
        dates=[("Monday", "2017-03-20")],
    )
    assert events and events[0].actor1 == "Military Forces of Iraq", sides(events)
    # a generic reference that took a named force's country keeps it
    events = run(
        text,
        extra=[("army", "sy-military", "actors:context")],
        meta={"actors.generic_basis": {f"{start}:{start + 4}": "named"}},
        places=[("Iraq", "Iraq"), ("Mosul", "Mosul")],
        dates=[("Monday", "2017-03-20")],
    )
    assert events and events[0].actor1 == "Military Forces of Syria", sides(events)


# ------------------------------------------------------------------ sides named by phrases
def test_fr_both_sides_of_entre(run) -> None:
    events = run(
        "Des affrontements ont éclaté mardi à Kirkouk, au sud de la ville, entre les "
        "peshmergas et les combattants du Hachd.",
        extra=[("peshmergas", "krg-peshmerga", "actors:alias")],
        actors=[("Hachd", "Popular Mobilization Forces")],
        places=[("Kirkouk", "Kirkuk")],
        dates=[("mardi", "2017-10-17")],
        lang="fr",
    )
    assert sides(events) == [
        (
            "Armed clash",
            "Peshmerga (Kurdistan Regional Government)",
            "Popular Mobilization Forces",
        )
    ]


def test_captor_after_the_fall_phrase(run) -> None:
    events = run(
        "Jarablus était tombée aux mains de l'État islamique en juin 2014.",
        actors=[("État islamique", "Islamic State")],
        places=[("Jarablus", "Jarabulus")],
        dates=[("juin 2014", "2014-06")],
        lang="fr",
    )
    assert events and events[0].actor1 == "Islamic State", sides(events)
    events = run(
        "Mosul fell to the Islamic State in June 2014.",
        actors=[("Islamic State", "Islamic State")],
        places=[("Mosul", "Mosul")],
        dates=[("June 2014", "2014-06")],
    )
    assert events and events[0].actor1 == "Islamic State", sides(events)


def test_fr_mislabelled_passive_subject_is_the_actor(run) -> None:
    events = run(
        "Des avions de la coalition ont également frappé des positions jihadistes près de "
        "Raqqa samedi.",
        actors=[("coalition", "Global Coalition Against Daesh")],
        places=[("Raqqa", "Raqqa")],
        dates=[("samedi", "2017-10-14")],
        lang="fr",
    )
    assert events and events[0].actor1 == "Global Coalition Against Daesh", sides(events)


def test_en_agent_of_another_verb_is_not_the_actor(run) -> None:
    events = run(
        "IS seized Tabqa in August 2014, in one of the worst defeats suffered by the Syrian army.",
        actors=[("IS", "Islamic State"), ("Syrian army", "Military Forces of Syria")],
        places=[("Tabqa", "Raqqa")],
        dates=[("August 2014", "2014-08")],
    )
    assert events and events[0].actor1 == "Islamic State", sides(events)
    assert events[0].sub_event_type == "Non-state actor overtakes territory"


# ------------------------------------------------------------------ merging and speakers
def test_air_strike_and_suicide_bomb_are_two_events(run) -> None:
    events = run(
        "Russian jets struck Islamic State positions around Al-Mayadin. "
        "On Friday, a suicide car bomb killed 14 soldiers at the southern entrance of "
        "Al-Mayadin.",
        actors=[("Islamic State", "Islamic State")],
        places=[("Al-Mayadin", "Al-Mayadin"), ("Al-Mayadin@2", "Al-Mayadin")],
        dates=[("Friday", "2017-10-13")],
        published="2017-10-15",
    )
    types = {e.sub_event_type: e.actor1 for e in events}
    assert "Air/drone strike" in types and "Suicide bomb" in types, sides(events)
    assert types["Suicide bomb"] != "Military Forces of Russia"


def test_fr_closing_speaker_with_a_relative_clause_reports(run) -> None:
    events = run(
        "Les forces irakiennes ont repris lundi le centre de Mossoul, a affirmé un porte-parole "
        "de l'armée, qui a salué « une victoire pour tous les Irakiens ».",
        actors=[("forces irakiennes", "Military Forces of Iraq")],
        places=[("Mossoul", "Mosul")],
        dates=[("lundi", "2017-07-10")],
        lang="fr",
    )
    assert events and events[0].modality == "reported", [(e.modality, e.claimant) for e in events]
    assert events[0].claimant and "porte-parole" in events[0].claimant


def test_fr_residents_reporting_shelling_are_the_claimant(run) -> None:
    events = run(
        "Dès le lendemain, des habitants signalaient de nouveaux bombardements sur Homs.",
        places=[("Homs", "Homs")],
        lang="fr",
        published="2017-11-30",
    )
    assert events and events[0].modality == "reported", [(e.modality, e.claimant) for e in events]


def test_fr_monitor_counting_the_dead_reports(run) -> None:
    events = run(
        "L'Observatoire a recensé vendredi au moins huit civils tués dans des raids de "
        "l'aviation syrienne sur Saraqib.",
        actors=[("civils", "Civilians (Syria)")],
        places=[("Saraqib", "Saraqib")],
        dates=[("vendredi", "2018-03-23")],
        lang="fr",
    )
    assert events and events[0].modality == "reported", [(e.modality, e.claimant) for e in events]


def test_fr_relative_pronoun_speaker_is_the_antecedent(run) -> None:
    events = run(
        "Les avions ont mené mercredi des raids près de Saraqib, a indiqué le ministère russe "
        "de la Défense, qui affirme avoir détruit des dépôts de munitions à Idleb.",
        extra=[("ministère russe de la Défense", "ru-defence-ministry", "test")],
        places=[("Saraqib", "Saraqib"), ("Idleb", "Idlib")],
        dates=[("mercredi", "2016-02-17")],
        lang="fr",
    )
    assert events and all(e.modality == "reported" for e in events), [
        (e.sub_event_type, e.modality, e.claimant) for e in events
    ]
    assert all(e.claimant == "Russian Ministry of Defence" for e in events)


def test_agent_of_a_participle_describing_the_weapon_is_the_actor(run) -> None:
    events = run(
        "On Sunday, a rocket fired by Islamic State militants landed in Kilis, killing two people.",
        actors=[("Islamic State militants", "Islamic State")],
        places=[("Kilis", "Kilis")],
        dates=[("Sunday", "2016-04-24")],
    )
    assert events and events[0].actor1 == "Islamic State", sides(events)


def test_fr_country_subject_of_the_strike_is_its_military(run) -> None:
    events = run(
        "La Russie a bombardé lundi des positions rebelles près de Saraqib.",
        places=[("Russie", "Russia"), ("Saraqib", "Saraqib")],
        dates=[("lundi", "2016-02-15")],
        lang="fr",
    )
    strikes = [e for e in events if e.location == "Saraqib"]
    assert strikes and strikes[0].actor1 == "Military Forces of Russia", sides(events)


def test_a_transnational_group_takes_its_branch_in_the_event_country(run) -> None:
    text = "L'EI a repris lundi le contrôle du quartier 3 de Syrte."
    events = run(
        text,
        extra=[("EI", "is", "actors:alias")],
        places=[("Syrte", "Sirte")],
        dates=[("lundi", "2016-08-01")],
        lang="fr",
    )
    assert events and events[0].actor1 == "Islamic State (Libya)", sides(events)
    # in Syria the group keeps its name: an allied Syrian group is not its branch
    text = "L'EI a repris lundi le contrôle du quartier 3 de Raqqa."
    events = run(
        text,
        extra=[("EI", "is", "actors:alias")],
        places=[("Raqqa", "Raqqa")],
        dates=[("lundi", "2016-08-01")],
        lang="fr",
    )
    assert events and events[0].actor1 == "Islamic State", sides(events)


def test_fr_the_accused_did_it(run) -> None:
    events = run(
        "Washington et Londres accusent la Russie d'avoir bombardé le 7 avril l'hôpital de "
        "Saraqib.",
        places=[("Russie", "Russia"), ("Saraqib", "Saraqib")],
        dates=[("7 avril", "2018-04-07")],
        lang="fr",
    )
    hits = [e for e in events if e.location == "Saraqib"]
    assert hits and hits[0].actor1 == "Military Forces of Russia", sides(events)
    assert hits[0].modality == "reported"


def test_clash_told_by_its_victims_takes_the_articles_fighting_force(run) -> None:
    events = run(
        "Les Forces démocratiques syriennes ont pris jeudi le village de Manbij. "
        "Les Forces démocratiques syriennes encerclent désormais la ville. "
        "Vendredi, au moins 12 jihadistes ont été tués dans des combats près de Raqqa.",
        actors=[
            ("Forces démocratiques syriennes", "Syrian Democratic Forces"),
            ("Forces démocratiques syriennes@2", "Syrian Democratic Forces"),
            ("jihadistes", "Islamic State"),
        ],
        places=[("Manbij", "Manbij"), ("Raqqa", "Raqqa")],
        dates=[("jeudi", "2017-06-01"), ("Vendredi", "2017-06-02")],
        lang="fr",
    )
    clashes = [e for e in events if e.sub_event_type == "Armed clash" and e.location == "Raqqa"]
    assert clashes and clashes[0].actor1 == "Syrian Democratic Forces", sides(events)
    assert clashes[0].actor2 == "Islamic State", sides(events)


def test_unclaimed_suicide_bombing_in_an_article_on_a_jihadist_group(run) -> None:
    text = (
        "L'EI tient encore le sud de Raqqa. Vendredi, un kamikaze s'est fait exploser à un "
        "barrage de l'armée à l'entrée d'Al-Mayadin, tuant 14 soldats. L'armée accuse l'EI."
    )
    events = run(
        text,
        extra=[("EI", "is", "actors:alias"), ("EI@2", "is", "actors:alias")],
        places=[("Raqqa", "Raqqa"), ("Al-Mayadin", "Al-Mayadin")],
        dates=[("Vendredi", "2017-10-13")],
        lang="fr",
    )
    bombs = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert bombs and bombs[0].actor1 == "Islamic State", sides(events)
    events = run(
        "Vendredi, un kamikaze s'est fait exploser à un barrage de l'armée à l'entrée "
        "d'Al-Mayadin, tuant 14 soldats.",
        places=[("Al-Mayadin", "Al-Mayadin")],
        dates=[("Vendredi", "2017-10-13")],
        lang="fr",
    )
    bombs = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert bombs and bombs[0].actor1 != "Islamic State", sides(events)


def test_unclaimed_attack_stays_unidentified(run) -> None:
    text = (
        "Vendredi, un kamikaze s'est fait exploser sur une place de Mossoul, tuant 31 "
        "personnes. L'attentat n'a pas été revendiqué. L'EI avait perdu la ville en juillet et "
        "l'EI y garde des cellules."
    )
    events = run(
        text,
        extra=[("EI", "is", "actors:alias"), ("EI@2", "is", "actors:alias")],
        places=[("Mossoul", "Mosul")],
        dates=[("Vendredi", "2018-01-12")],
        lang="fr",
    )
    bombs = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert bombs and bombs[0].actor1 != "Islamic State", sides(events)
