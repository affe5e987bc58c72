"""Kinds and non-events of session 5 (newsift.events.kinds, merge, actors.territory_by_inter):
an air strike inside a battle's frame, a march of a named armed group, a coalition's bombing,
mortar fire, a foreign army entering a city; taking up arms, a fighter's description, a fight
remembered, ground held, a fall expected, troops freed, the side driven out, weeks of fighting,
a toll pointing back at strikes; an offensive launched by suicide bombs. Sentences written for
these tests (mentions placed by hand)."""

from __future__ import annotations

from typing import Any

import pytest

from newsift.events.actors import GRT, NSO, territory_by_inter
from newsift.model import Event

CAPTURES = (GRT, NSO)


@pytest.fixture()
def extra_actors() -> dict[str, dict[str, Any]]:
    """An air coalition, a foreign army and one more armed group."""
    return {
        "nato": {
            "id": "nato",
            "name": "NATO",
            "inter": 8,
            "kind": "coalition",
            "country": None,
            "parent": None,
        },
        "us-mil": {
            "id": "us-mil",
            "name": "Military Forces of the United States",
            "inter": 1,
            "kind": "state_force",
            "country": "US",
            "parent": None,
        },
    }


@pytest.fixture(autouse=True)
def named_actors(monkeypatch: pytest.MonkeyPatch) -> None:
    """The names the hand-placed mentions of this module use for the extra actors."""
    import helpers

    monkeypatch.setitem(helpers.ACTORS, "NATO", ("nato", 8, None))
    monkeypatch.setitem(helpers.ACTORS, "Military Forces of the United States", ("us-mil", 1, "US"))


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [
        (e.sub_event_type, e.actor1, e.actor2, e.location, e.event_date, e.modality) for e in events
    ]


def subs(events: list[Event]) -> list[str]:
    return [e.sub_event_type for e in events]


# ------------------------------------------------------------------ one step
def test_territory_by_inter() -> None:
    assert territory_by_inter(1) == GRT
    assert territory_by_inter(2) == NSO and territory_by_inter(4) == NSO
    assert territory_by_inter(None) == GRT
    assert territory_by_inter(None, None, None) is None
    assert territory_by_inter(8) == NSO and territory_by_inter(8, other=None) is None
    # a state force abroad: a non-state take-over, or what the caller says (an entry: a fight)
    assert territory_by_inter(1, home="US", where="iq") == NSO
    assert territory_by_inter(1, home="US", where="IQ", foreign="Armed clash") == "Armed clash"
    assert territory_by_inter(1, home="IQ", where="IQ", foreign="Armed clash") == GRT


# ------------------------------------------------------------------ wrong types
def test_fr_strike_inside_a_battle_frame(extract) -> None:
    text = (
        "La bataille d'Alep a aussi connu un épisode tragique : le 9 février, une frappe russe "
        "a tué par erreur trois soldats turcs près d'Alep."
    )
    events = extract(
        text,
        actors=[
            ("russe", "Military Forces of Russia"),
            ("soldats turcs", "Military Forces of Turkey"),
        ],
        places=[("Alep", "Aleppo"), ("Alep@2", "Aleppo")],
        dates=[("le 9 février", "2017-02-09")],
        lang="fr",
        published="2017-02-20",
    )
    assert "Air/drone strike" in subs(events), rows(events)
    assert "Armed clash" not in subs(events), rows(events)


def test_fr_named_group_marches_on_a_town(extract) -> None:
    text = "Un commandant a assuré que les FDS s'apprêtent désormais à marcher sur Raqqa."
    events = extract(
        text,
        actors=[("FDS", "Syrian Democratic Forces")],
        places=[("Raqqa", "Raqqa")],
        lang="fr",
        published="2017-06-10",
    )
    assert "Peaceful protest" not in subs(events), rows(events)
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash and clash[0].actor1 == "Syrian Democratic Forces", rows(events)
    assert clash[0].modality == "planned", rows(events)


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        ("En mars 2011, l'Otan a commencé à bombarder Tripoli.", "fr", "mars 2011"),
        ("En mars 2011, les bombardements de l'Otan sur Tripoli ont commencé.", "fr", "mars 2011"),
    ],
)
def test_coalition_bombing_is_an_air_strike(extract, text: str, lang: str, when: str) -> None:
    actor = "Otan" if lang == "fr" else "NATO"
    events = extract(
        text,
        actors=[(actor, "NATO")],
        places=[("Tripoli", "Tripoli")],
        dates=[(when, "2011-03")],
        lang=lang,
        published="2016-05-01",
    )
    assert "Shelling/artillery/missile attack" not in subs(events), rows(events)
    assert "Air/drone strike" in subs(events), rows(events)


def test_fr_mortar_fire_stays_shelling(extract) -> None:
    text = (
        "Des obus de mortier tirés depuis Idleb ont tué deux civils lundi à Alep, selon "
        "l'agence officielle."
    )
    events = extract(
        text,
        places=[("Idleb", "Idlib"), ("Alep", "Aleppo")],
        dates=[("lundi", "2018-01-01")],
        lang="fr",
        published="2018-01-02",
    )
    assert "Shelling/artillery/missile attack" in subs(events), rows(events)
    assert "Air/drone strike" not in subs(events), rows(events)


@pytest.mark.parametrize(
    ("who", "canonical", "expected"),
    [
        ("US troops", "Military Forces of the United States", "Armed clash"),
        ("Iraqi troops", "Military Forces of Iraq", GRT),  # its own army: regained
    ],
)
def test_foreign_army_entering_a_city_fights_there(
    extract, who: str, canonical: str, expected: str
) -> None:
    events = extract(
        f"{who} entered the centre of Mosul on Friday.",
        actors=[(who, canonical)],
        places=[("Mosul", "Mosul")],
        dates=[("on Friday", "2017-07-07")],
        published="2017-07-10",
    )
    mosul = [e for e in events if e.location == "Mosul"]
    assert [(e.sub_event_type, e.actor1) for e in mosul] == [(expected, canonical)], rows(events)


# ------------------------------------------------------------------ non-events
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I picked up a rifle the week after the fall of Mosul.", "en"),
        ("I picked up a gun the week after the fall of Mosul.", "en"),
    ],
)
def test_taking_up_arms_is_no_event(extract, text: str, lang: str) -> None:
    events = extract(text, places=[("Mosul", "Mosul")], lang=lang, published="2017-11-20")
    assert not {"Arrests", "Attack"} & set(subs(events)), rows(events)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "We reached Omar Saleh, a militia commander who fought in the battle of Mosul, "
            "by phone on Sunday.",
            "en",
            "on Sunday",
        ),
        (
            "Nous avons joint dimanche par téléphone Omar Saleh, un commandant qui a combattu "
            "à Mossoul.",
            "fr",
            "dimanche",
        ),
    ],
)
def test_a_fighter_described_is_no_clash(extract, text: str, lang: str, day: str) -> None:
    place = "Mosul" if lang == "en" else "Mossoul"
    events = extract(
        text,
        places=[(place, "Mosul")],
        dates=[(day, "2017-11-19")],
        lang=lang,
        published="2017-11-20",
    )
    assert "Armed clash" not in subs(events), rows(events)


def test_a_fight_told_stays(extract) -> None:
    """Must not fire: fighters named as such fought on a day."""
    events = extract(
        "Hezbollah fighters fought the army in Homs on Monday.",
        actors=[("Hezbollah", "Hezbollah"), ("the army", "Military Forces of Syria")],
        places=[("Homs", "Homs")],
        dates=[("on Monday", "2016-05-02")],
        published="2016-05-03",
    )
    assert "Armed clash" in subs(events), rows(events)


def test_en_fight_remembered_is_no_event(extract) -> None:
    events = extract(
        "Q: Many older residents remember the Americans fighting in Mosul too.",
        places=[("Mosul", "Mosul")],
        published="2017-11-20",
    )
    assert "Armed clash" not in subs(events), rows(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rappel : le quartier, tenu par les rebelles, était tenu depuis 2013 à Homs.", "fr"),
        ("Le quartier de Homs était tenu depuis 2013 par les rebelles.", "fr"),
        ("Reminder: the district of Homs was held by rebels for years.", "en"),
    ],
)
def test_ground_held_is_a_state(extract, text: str, lang: str) -> None:
    events = extract(
        text,
        places=[("Homs", "Homs")],
        dates=[("2013", "2013")] if "2013" in text else None,
        lang=lang,
        published="2017-12-30",
    )
    assert not set(CAPTURES) & set(subs(events)), rows(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La chute de Raqqa, attendue depuis des semaines, libère des unités pour Idleb.", "fr"),
        ("The fall of Raqqa, expected for weeks, frees troops for the Idlib front.", "en"),
    ],
)
def test_expected_fall_and_freed_troops(extract, text: str, lang: str) -> None:
    places = [("Raqqa", "Raqqa"), ("Idleb" if lang == "fr" else "Idlib", "Idlib")]
    events = extract(text, places=places, lang=lang, published="2017-12-30")
    assert not set(CAPTURES) & set(subs(events)), rows(events)


def test_fr_side_driven_out_is_the_loser(extract) -> None:
    text = (
        "Raqqa, que l'EI avait prise en janvier 2014 après en avoir chassé Hayat Tahrir "
        "al-Cham, reste un symbole."
    )
    events = extract(
        text,
        actors=[("EI", "Islamic State"), ("Hayat Tahrir al-Cham", "Hayat Tahrir al-Sham")],
        places=[("Raqqa", "Raqqa")],
        dates=[("janvier 2014", "2014-01")],
        lang="fr",
        published="2017-10-20",
    )
    caps = [e for e in events if e.sub_event_type in CAPTURES]
    assert [e.actor1 for e in caps] == ["Islamic State"], rows(events)  # no capture by HTS
    assert caps[0].actor2 in (None, "Hayat Tahrir al-Sham"), rows(events)


def test_fr_expelling_subject_still_takes(extract) -> None:
    """Must not fire: the subject who drove the other side out took the town."""
    events = extract(
        "Les FDS ont chassé l'EI de Raqqa le 17 octobre 2017.",
        actors=[("FDS", "Syrian Democratic Forces"), ("EI", "Islamic State")],
        places=[("Raqqa", "Raqqa")],
        dates=[("17 octobre 2017", "2017-10-17")],
        lang="fr",
        published="2017-10-20",
    )
    caps = [e for e in events if e.sub_event_type in CAPTURES]
    assert caps and caps[0].actor1 == "Syrian Democratic Forces", rows(events)


def test_fr_weeks_of_siege_and_fighting(extract) -> None:
    text = (
        "Vendredi, un accord a été conclu entre le gouvernement et les rebelles de Homs, après "
        "plusieurs semaines de siège et de combats."
    )
    events = extract(
        text,
        places=[("Homs", "Homs")],
        dates=[("Vendredi", "2017-12-29")],
        lang="fr",
        published="2017-12-30",
    )
    assert "Agreement" in subs(events), rows(events)
    assert "Armed clash" not in subs(events), rows(events)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Lundi, l'aviation russe a mené des dizaines de raids sur Idleb. L'OSDH fait état "
            "d'au moins 12 civils tués dans ces bombardements.",
            "fr",
            "Lundi",
        ),
        (
            "On Monday, Russian jets carried out dozens of raids on Idlib. The Observatory said "
            "at least 12 civilians were killed in these strikes.",
            "en",
            "On Monday",
        ),
    ],
)
def test_toll_of_the_strikes_is_no_attack(extract, text: str, lang: str, day: str) -> None:
    actor = "aviation russe" if lang == "fr" else "Russian jets"
    events = extract(
        text,
        actors=[(actor, "Military Forces of Russia")],
        places=[("Idleb" if lang == "fr" else "Idlib", "Idlib")],
        dates=[(day, "2017-10-16")],
        lang=lang,
        published="2017-10-17",
    )
    assert "Air/drone strike" in subs(events), rows(events)
    assert "Attack" not in subs(events), rows(events)


# ------------------------------------------------------------------ duplicates
def test_fr_offensive_launched_by_suicide_bombs(extract) -> None:
    text = (
        "Dimanche, les jihadistes de HTS ont lancé leur offensive contre Hama. L'attaque a "
        "commencé par deux voitures piégées conduites par des kamikazes contre les positions "
        "de l'armée."
    )
    events = extract(
        text,
        actors=[("HTS", "Hayat Tahrir al-Sham"), ("l'armée", "Military Forces of Syria")],
        places=[("Hama", "Hama")],
        dates=[("Dimanche", "2017-03-19")],
        lang="fr",
        published="2017-03-20",
    )
    sunday = [e for e in events if e.event_date == "2017-03-19"]
    assert subs(sunday) == ["Suicide bomb"], rows(events)
    assert sunday[0].actor1 == "Hayat Tahrir al-Sham", rows(events)


def test_fr_taking_up_position_is_a_deployment(extract) -> None:
    events = extract(
        "Dimanche, l'armée a repris position le long de la route de Homs.",
        actors=[("l'armée", "Military Forces of Syria")],
        places=[("Homs", "Homs")],
        dates=[("Dimanche", "2018-07-22")],
        lang="fr",
        published="2018-07-23",
    )
    assert not {"Armed clash", *CAPTURES} & set(subs(events)), rows(events)


def test_fr_taking_a_post_is_still_an_event(extract) -> None:
    """Must not fire: "les positions de HTS" (an article) are posts taken."""
    events = extract(
        "Dimanche, l'armée a repris les positions de HTS le long de la route de Homs.",
        actors=[("HTS", "Hayat Tahrir al-Sham"), ("l'armée", "Military Forces of Syria")],
        places=[("Homs", "Homs")],
        dates=[("Dimanche", "2018-07-22")],
        lang="fr",
        published="2018-07-23",
    )
    assert {"Armed clash", *CAPTURES} & set(subs(events)), rows(events)


def test_town_liberated_is_still_a_capture(extract) -> None:
    """Must not fire (troops freed): a verb of freeing with a town as object takes it."""
    events = extract(
        "On Monday, Syrian troops liberated Saraqib and freed HTS prisoners.",
        actors=[("Syrian troops", "Military Forces of Syria"), ("HTS", "Hayat Tahrir al-Sham")],
        places=[("Saraqib", "Saraqib")],
        dates=[("On Monday", "2020-02-03")],
        published="2020-02-04",
    )
    caps = [e for e in events if e.sub_event_type in CAPTURES]
    assert caps and caps[0].actor1 == "Military Forces of Syria", rows(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Synthèse. Le mois de janvier a vu les rebelles reprendre Saraqib, tandis que "
            "l'armée bombardait Idleb.\n\n1. Saraqib. Lundi, les rebelles ont repris Saraqib.",
            "fr",
        ),
        (
            "Summary: January saw the rebels retake Saraqib while the army shelled Idlib.\n\n"
            "1. Saraqib. On Monday, the rebels retook Saraqib.",
            "en",
        ),
    ],
)
def test_digest_summary_line_restates(extract, text: str, lang: str) -> None:
    day = "Lundi" if lang == "fr" else "On Monday"
    events = extract(
        text,
        actors=[("rebelles@2" if lang == "fr" else "rebels@2", "Hayat Tahrir al-Sham")],
        places=[
            ("Saraqib", "Saraqib"),
            ("Saraqib@3", "Saraqib"),
            ("Idleb" if lang == "fr" else "Idlib", "Idlib"),
        ],
        dates=[(day, "2020-01-27")],
        lang=lang,
        published="2020-02-01",
    )
    assert [e.event_date for e in events] == ["2020-01-27"], rows(events)


def test_fr_hard_wrapped_summary_line(extract) -> None:
    """A digest's summary wrapped over two lines: the sentence going on on the second line
    restates the items too."""
    text = (
        "Synthèse. Janvier a vu tomber Saraqib, tandis que\n"
        "Idleb, sous les bombes, voyait les combats reprendre entre HTS et l'armée.\n\n"
        "1. Saraqib. Lundi, les rebelles ont repris Saraqib."
    )
    events = extract(
        text,
        actors=[("rebelles", "Hayat Tahrir al-Sham"), ("HTS", "Hayat Tahrir al-Sham")],
        places=[("Saraqib", "Saraqib"), ("Saraqib@3", "Saraqib"), ("Idleb", "Idlib")],
        dates=[("Lundi", "2020-01-27")],
        lang="fr",
        published="2020-02-01",
    )
    assert [e.location for e in events] == ["Saraqib"], rows(events)
