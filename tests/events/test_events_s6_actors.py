"""Actor1 classes (session 6, wave A), on sentences written for these tests (mentions placed by
hand, helpers.make_doc):

- an announced or expected move whose doer the clause leaves unnamed ("ses hommes comptaient",
  "the assault on X would begin", "l'assaut final pourrait être donné") is carried out by the
  fighting side announcing it; a government speaker's move is its forces'; a media outlet, or
  a clause naming another fighting side, lends nothing;
- a deal's state party is the government, not its army;
- a group is never actor1 of an event dated before it existed (``actor_periods.toml``).
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from helpers import GEO, actor_mentions, kb_entries, make_doc

from newsift.events import periods
from newsift.model import Document, Event

GEO.setdefault("Sinjar", {"geonameid": 97783, "lat": 36.3209, "lon": 41.8754, "country": "IQ"})
GEO.setdefault("Fallujah", {"geonameid": 98860, "lat": 33.3483, "lon": 43.7773, "country": "IQ"})

EXTRA = {
    # kb id: (canonical name, inter, country, kind)
    "krg-peshmerga": ("Peshmerga (Kurdistan Regional Government)", 2, "IQ", "armed_group"),
    "sy-sdf": ("Syrian Democratic Forces", 2, "SY", "armed_group"),
    "iq-military": ("Military Forces of Iraq", 1, "IQ", "state_force"),
    "tr-military": ("Military Forces of Turkey", 1, "TR", "state_force"),
    "tr-government": ("Government of Turkey", 1, "TR", "government"),
    "iq-government": ("Government of Iraq", 1, "IQ", "government"),
    "sy-military": ("Military Forces of Syria", 1, "SY", "state_force"),
    "is": ("Islamic State", 2, None, "armed_group"),
    "sy-hts": ("Hayat Tahrir al-Sham", 2, "SY", "armed_group"),
    "al-qaeda-in-iraq": ("al-Qaeda in Iraq", 2, "IQ", "armed_group"),
    "osdh": ("Syrian Observatory for Human Rights", 8, "GB", "media"),
}


@pytest.fixture()
def extra_actors() -> dict[str, dict[str, Any]]:
    return kb_entries(EXTRA)


@pytest.fixture()
def run(process: Callable[[Document], list[Event]]) -> Callable[..., list[Event]]:
    """``run(text, extra=[(surface, kb_id)], **make_doc kwargs)``."""

    def go(text: str, extra: list[tuple[str, str]] | None = None, **kw: object) -> list[Event]:
        doc: Document = make_doc(text, **kw)  # type: ignore[arg-type]
        doc.mentions += actor_mentions(doc.text, extra or [], EXTRA)  # "EI@2": the 2nd "EI"
        doc.mentions.sort(key=lambda m: (m.start, -m.end))
        return process(doc)

    return go


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.location, e.modality, e.claimant) for e in events]


def prospects(events: list[Event]) -> list[Event]:
    return [e for e in events if e.modality in ("planned", "speculative")]


# ------------------------------------------------------------------ the announcing side
def test_fr_commander_s_men_intend_to_clear(run) -> None:
    events = run(
        "Un commandant des peshmergas a indiqué jeudi que ses hommes comptaient désormais "
        "nettoyer les villages situés au sud de Sinjar.",
        extra=[("peshmergas", "krg-peshmerga")],
        places=[("Sinjar", "Sinjar")],
        lang="fr",
    )
    p = prospects(events)
    assert p, rows(events)
    assert p[0].actor1 == "Peshmerga (Kurdistan Regional Government)", rows(events)


def test_en_commanders_say_nominal_assault_will_begin(run) -> None:
    events = run(
        "SDF commanders said on Tuesday that the assault on Raqqa would begin within weeks.",
        extra=[("SDF", "sy-sdf")],
        places=[("Raqqa", "Raqqa")],
    )
    p = prospects(events)
    assert p, rows(events)
    assert p[0].actor1 == "Syrian Democratic Forces", rows(events)


def test_fr_speculative_passive_with_fronted_source(run) -> None:
    events = run(
        "Selon un officier de l'armée irakienne, l'assaut final contre Fallouja pourrait être "
        "donné d'ici quelques jours.",
        extra=[("armée irakienne", "iq-military")],
        places=[("Fallouja", "Fallujah")],
        lang="fr",
    )
    p = prospects(events)
    assert p, rows(events)
    assert p[0].actor1 == "Military Forces of Iraq", rows(events)


def test_en_possessive_units_after_the_verb(run) -> None:
    events = run(
        "The Peshmerga are preparing, a spokesman for the Peshmerga told reporters, and their "
        "units will advance on Sinjar in the coming days.",
        extra=[("Peshmerga@2", "krg-peshmerga"), ("Peshmerga", "krg-peshmerga")],
        places=[("Sinjar", "Sinjar")],
    )
    p = prospects(events)
    assert p, rows(events)
    assert p[0].actor1 == "Peshmerga (Kurdistan Regional Government)", rows(events)


def test_fr_government_speaker_s_operation_is_its_forces(run) -> None:
    events = run(
        "Ankara a prévenu mardi que l'opération serait étendue ensuite à Manbij.",
        extra=[("Ankara", "tr-government")],
        places=[("Manbij", "Manbij")],
        lang="fr",
    )
    p = prospects(events)
    assert p, rows(events)
    assert p[0].actor1 == "Military Forces of Turkey", rows(events)


def test_fr_head_of_government_announces_recapture_at_home(run) -> None:
    events = run(
        "Le gouvernement irakien a annoncé mardi que la prochaine étape serait la libération "
        "de Mossoul.",
        extra=[("gouvernement irakien", "iq-government")],
        places=[("Mossoul", "Mosul")],
        lang="fr",
    )
    p = prospects(events)
    assert p, rows(events)
    assert p[0].actor1 == "Military Forces of Iraq", rows(events)


def test_near_miss_media_source_lends_no_actor(run) -> None:
    events = run(
        "Selon l'OSDH, une offensive contre Idleb pourrait être lancée dans les prochains jours.",
        extra=[("OSDH", "osdh")],
        places=[("Idleb", "Idlib")],
        lang="fr",
    )
    for e in prospects(events):
        assert e.actor1 != "Syrian Observatory for Human Rights", rows(events)


def test_near_miss_other_side_named_is_the_doer(run) -> None:
    events = run(
        "Selon les FDS, l'EI prépare une contre-attaque contre Raqqa.",
        extra=[("FDS", "sy-sdf"), ("EI", "is")],
        places=[("Raqqa", "Raqqa")],
        lang="fr",
    )
    for e in prospects(events):
        assert e.actor1 != "Syrian Democratic Forces", rows(events)


# ------------------------------------------------------------------ deals
def test_fr_army_concludes_a_deal_as_the_government(run) -> None:
    events = run(
        "L'armée syrienne a conclu mardi un accord d'évacuation avec les insurgés de Homs.",
        extra=[("armée syrienne", "sy-military")],
        places=[("Homs", "Homs")],
        dates=[("mardi", "2017-03-14")],
        lang="fr",
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals, rows(events)
    assert deals[0].actor1 == "Government of Syria", rows(events)


def test_en_army_agrees_a_truce_as_the_government(run) -> None:
    events = run(
        "The Iraqi army agreed a ceasefire with tribal fighters in Fallujah on Sunday.",
        extra=[("Iraqi army", "iq-military")],
        places=[("Fallujah", "Fallujah")],
        dates=[("Sunday", "2014-01-12")],
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals, rows(events)
    assert deals[0].actor1 == "Government of Iraq", rows(events)


def test_near_miss_army_fighting_stays_the_army(run) -> None:
    events = run(
        "L'armée syrienne a repris mardi le contrôle de Homs après de violents combats.",
        extra=[("armée syrienne", "sy-military")],
        places=[("Homs", "Homs")],
        dates=[("mardi", "2017-03-14")],
        lang="fr",
    )
    assert events, rows(events)
    assert all(e.actor1 == "Military Forces of Syria" for e in events), rows(events)


# ------------------------------------------------------------------ actors by date
def _event(actor1: str, date: str | None, country: str = "Lebanon") -> Event:
    return Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        doc_id="d",
        actor1=actor1,
        inter1=2,
        event_date=date,
        country=country,
    )


def _ref(kb_id: str) -> Any:
    return SimpleNamespace(m=SimpleNamespace(kb_id=kb_id))


def test_group_that_did_not_exist_yet_is_unidentified() -> None:
    e = _event("Islamic State", "1983-10-23")
    periods.dated_names(e, {"actor1": _ref("is")}, "2015-11-20")
    assert e.actor1 == "Unidentified Armed Group (Lebanon)"


def test_group_under_its_former_name() -> None:
    e = _event("Islamic State", "2007-08-14", "Iraq")
    periods.dated_names(e, {"actor1": _ref("is")}, "2015-11-20")
    assert e.actor1 == "Islamic State of Iraq"
    e = _event("al-Qaeda in Iraq", "2009-12-08", "Iraq")
    periods.dated_names(e, {"actor1": _ref("al-qaeda-in-iraq")}, "2009-12-09")
    assert e.actor1 == "Islamic State of Iraq"


def test_near_miss_group_existing_keeps_its_name() -> None:
    e = _event("Islamic State", "2015-06-25", "Syria")
    periods.dated_names(e, {"actor1": _ref("is")}, "2015-06-26")
    assert e.actor1 == "Islamic State"
    e = _event("Islamic State", None, "Syria")  # undated: the publication date, still IS
    periods.dated_names(e, {"actor1": _ref("is")}, "2016-01-01")
    assert e.actor1 == "Islamic State"


# ------------------------------------------------------------------ "une autre frappe"
def test_fr_another_strike_is_the_same_doer_s(run) -> None:
    events = run(
        "Mardi, des avions russes ont frappé le marché de Maarat al-Noomane, tuant neuf civils. "
        "Le même jour, une autre frappe a visé Kafranbel, d'après la même source.",
        actors=[("avions russes", "Military Forces of Russia")],
        places=[("Maarat al-Noomane", "Maarat al-Numan"), ("Kafranbel", "Kafr Nubl")],
        dates=[("Mardi", "2019-05-14")],
        lang="fr",
    )
    again = [e for e in events if e.location == "Kafr Nubl"]
    assert again, rows(events)
    assert again[0].actor1 == "Military Forces of Russia", rows(events)


def test_en_second_raid_after_a_sentence_between(run) -> None:
    events = run(
        "Syrian government jets bombed Saraqib on Monday. Rescuers pulled six bodies from the "
        "rubble. Hours later a second air raid hit Maarat al-Numan, activists said.",
        actors=[("Syrian government jets", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib"), ("Maarat al-Numan", "Maarat al-Numan")],
        dates=[("Monday", "2019-05-13")],
    )
    again = [e for e in events if e.location == "Maarat al-Numan"]
    assert again, rows(events)
    assert again[0].actor1 == "Military Forces of Syria", rows(events)


def test_fr_new_shelling_plural(run) -> None:
    events = run(
        "L'armée syrienne a pilonné lundi les quartiers est de Hama. "
        "De nouveaux bombardements ont touché mercredi le centre de Kafranbel.",
        actors=[("armée syrienne", "Military Forces of Syria")],
        places=[("Hama", "Hama"), ("Kafranbel", "Kafr Nubl")],
        dates=[("lundi", "2019-05-13"), ("mercredi", "2019-05-15")],
        lang="fr",
    )
    again = [e for e in events if e.location == "Kafr Nubl"]
    assert again, rows(events)
    assert again[0].actor1 == "Military Forces of Syria", rows(events)


def test_en_another_strike_told_first_in_the_clause(run) -> None:
    events = run(
        "Russian warplanes struck a hospital in Idlib on Sunday, the Observatory said. "
        "On Monday another strike, on a bakery, killed four people in Saraqib.",
        actors=[("Russian warplanes", "Military Forces of Russia")],
        places=[("Idlib", "Idlib"), ("Saraqib", "Saraqib")],
        dates=[("Sunday", "2019-05-12"), ("Monday", "2019-05-13")],
    )
    again = [e for e in events if e.location == "Saraqib"]
    assert again, rows(events)
    assert again[0].actor1 == "Military Forces of Russia", rows(events)


def test_near_miss_another_of_a_different_kind(run) -> None:
    events = run(
        "Lundi, des combattants de l'EI ont attaqué un barrage de l'armée près de Hama. "
        "Le même jour, une autre frappe a visé Kafranbel.",
        actors=[("EI", "Islamic State"), ("armée", "Military Forces of Syria")],
        places=[("Hama", "Hama"), ("Kafranbel", "Kafr Nubl")],
        dates=[("Lundi", "2019-05-13")],
        lang="fr",
    )
    for e in events:
        if e.location == "Kafr Nubl" and e.sub_event_type == "Air/drone strike":
            assert e.actor1 != "Islamic State", rows(events)


def test_near_miss_a_town_that_may_fall_is_not_the_speaker_s(run) -> None:
    events = run(
        "Selon un porte-parole de Hayat Tahrir al-Cham, Idleb pourrait tomber dans les "
        "prochains jours si les renforts n'arrivent pas.",
        extra=[("Hayat Tahrir al-Cham", "sy-hts")],
        places=[("Idleb", "Idlib")],
        lang="fr",
    )
    for e in prospects(events):
        assert e.actor1 != "Hayat Tahrir al-Sham", rows(events)


# ------------------------------------------------------------------ a subject the parse lost
def test_fr_planes_after_a_fronted_source(run) -> None:
    events = run(
        "Selon le commandement des opérations conjointes, des avions irakiens ont bombardé la "
        "veille des positions de l'EI à l'est de Mossoul.",
        extra=[
            ("commandement des opérations conjointes", "iq-military"),
            ("avions irakiens", "iq-military"),
            ("EI", "is"),
        ],
        places=[("Mossoul", "Mosul")],
        lang="fr",
    )
    s = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert s, rows(events)
    assert s[0].actor1 == "Military Forces of Iraq", rows(events)


def test_en_jets_have_struck_after_a_source(run) -> None:
    events = run(
        "According to the Joint Operations Command, Iraqi jets have struck the day before "
        "Islamic State positions east of Mosul.",
        extra=[("Iraqi jets", "iq-military"), ("Islamic State", "is")],
        places=[("Mosul", "Mosul")],
    )
    s = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert s, rows(events)
    assert s[0].actor1 == "Military Forces of Iraq", rows(events)


def test_near_miss_target_before_a_passive_is_no_doer(run) -> None:
    events = run(
        "Selon l'armée, des positions de l'EI ont été bombardées mardi près de Mossoul.",
        extra=[("EI", "is")],
        places=[("Mossoul", "Mosul")],
        lang="fr",
    )
    for e in events:
        assert e.actor1 != "Islamic State", rows(events)
