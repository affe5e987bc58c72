"""Actor1 of events (session 5): the names tests/CONVENTIONS.md gives the YPG, the NDF and NATO
(ACLED's full names without the acronym prefix); the target of
"contre X" / "against X" is never the doer; a plan, a conjecture, a definite event noun opening
the sentence or a plural pronoun subject carry on the doer of the operation told just before;
a generic army of a wrong focus country is typed by the event's country. Sentences written for
these tests; mentions placed by hand (helpers.make_doc) except for the KB names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from helpers import GEO, actor_mentions, kb_entries, make_doc

from newsift.model import Document, Event

GEO.setdefault("Tal Abyad", {"geonameid": 163270, "lat": 36.6975, "lon": 38.9567, "country": "SY"})
GEO.setdefault("Suluk", {"geonameid": 163519, "lat": 36.5866, "lon": 39.1433, "country": "SY"})
GEO.setdefault("Palmyra", {"geonameid": 170654, "lat": 34.5604, "lon": 38.2673, "country": "SY"})
GEO.setdefault(
    "Turkey", {"geonameid": 298795, "lat": 39.0, "lon": 35.0, "country": "TR", "precision": 3}
)

EXTRA = {
    # kb id: (canonical name, inter, country, kind)
    "sy-ypg": ("People's Protection Units", 2, "SY", "armed_group"),
    "sy-military": ("Military Forces of Syria", 1, "SY", "state_force"),
    "tr-military": ("Military Forces of Turkey", 1, "TR", "state_force"),
    "iq-peshmerga": ("Peshmerga (Kurdistan Regional Government)", 1, "IQ", "state_force"),
    "sy-jfs": ("Hayat Tahrir al-Sham", 2, "SY", "armed_group"),
    "ru-military": ("Military Forces of Russia", 1, "RU", "state_force"),
    "sy-government": ("Government of Syria", 1, "SY", "government"),
    "sy-rebels": ("Opposition Rebels (Syria)", 2, "SY", "armed_group"),
}


@pytest.fixture()
def extra_actors() -> dict[str, dict[str, Any]]:
    return kb_entries(EXTRA)


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
        doc.mentions.sort(key=lambda m: (m.start, -m.end))
        doc.meta.update(meta or {})
        return process(doc)

    return go


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.location, e.modality) for e in events]


# ------------------------------------------------------------------ ACLED's names
def test_kb_gives_the_full_names() -> None:
    """The full names, without ACLED's "YPG: " / "NDF: " / "NATO: " prefix, as the seeds and
    tests/CONVENTIONS.md write them (the real KB, not the tests' stand-in)."""
    from newsift.entities.actors import acled_name

    assert acled_name("sy-ypg") == "People's Protection Units"
    assert acled_name("sy-ndf") == "National Defense Forces"
    assert acled_name("nato") == "North Atlantic Treaty Organization"
    assert acled_name("is") == "Islamic State"  # no prefix where ACLED writes none


# ------------------------------------------------------------------ the target is no doer
def test_fr_target_of_contre_is_actor2(run) -> None:
    events = run(
        "Dimanche, deux voitures piégées conduites par des kamikazes de Fateh al-Cham ont "
        "explosé contre les positions de l'armée à Homs.",
        extra=[
            ("Fateh al-Cham", "sy-jfs", "actors:alias"),
            ("armée", "sy-military", "actors:alias"),
        ],
        places=[("Homs", "Homs")],
        dates=[("Dimanche", "2017-02-12")],
        lang="fr",
    )
    bombs = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert bombs, rows(events)
    assert bombs[0].actor1 == "Hayat Tahrir al-Sham", rows(events)
    assert bombs[0].assoc_actor_1 != "Military Forces of Syria", rows(events)


def test_en_target_of_against_is_not_the_doer(run) -> None:
    events = run(
        "On Sunday, two car bombs driven by suicide bombers exploded against army positions "
        "in Homs.",
        extra=[("army", "sy-military", "actors:alias")],
        places=[("Homs", "Homs")],
        dates=[("Sunday", "2017-02-12")],
    )
    bombs = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert bombs and bombs[0].actor1 != "Military Forces of Syria", rows(events)


# ------------------------------------------------------------------ the story's doer
def test_fr_next_target_takes_the_captor(run) -> None:
    events = run(
        "Les YPG ont pris mardi le contrôle de Tell Abyad. Raqqa pourrait être la prochaine "
        "cible, selon plusieurs analystes.",
        extra=[("YPG", "sy-ypg", "actors:alias")],
        places=[("Tell Abyad", "Tal Abyad"), ("Raqqa", "Raqqa")],
        dates=[("mardi", "2015-06-16")],
        lang="fr",
    )
    guess = [e for e in events if e.location == "Raqqa"]
    assert guess and guess[0].modality in ("planned", "speculative"), rows(events)
    assert guess[0].actor1 == "People's Protection Units", rows(events)


def test_en_speculated_spread_takes_the_fighting_side(run) -> None:
    events = run(
        "Peshmerga fighters captured the village of Bashiqa near Mosul on Tuesday. Analysts "
        "say the fighting could spread to Kirkuk.",
        extra=[("Peshmerga fighters", "iq-peshmerga", "actors:alias")],
        places=[("Mosul", "Mosul"), ("Kirkuk", "Kirkuk")],
        dates=[("Tuesday", "2016-05-03")],
    )
    guess = [e for e in events if e.location == "Kirkuk"]
    assert guess and guess[0].modality == "speculative", rows(events)
    assert guess[0].actor1 == "Peshmerga (Kurdistan Regional Government)", rows(events)


def test_fr_plural_pronoun_takes_the_previous_captor(run) -> None:
    events = run(
        "Les combattants des YPG ont pris mardi le contrôle de Tell Abyad. La veille, elles "
        "s'étaient emparées de Souloug.",
        extra=[("YPG", "sy-ypg", "actors:alias")],
        places=[("Tell Abyad", "Tal Abyad"), ("Souloug", "Suluk")],
        dates=[("mardi", "2015-06-16"), ("La veille", "2015-06-15")],
        lang="fr",
    )
    took = [e for e in events if e.location == "Suluk"]
    assert took, rows(events)
    assert took[0].actor1 == "People's Protection Units", rows(events)
    assert took[0].sub_event_type == "Non-state actor overtakes territory", rows(events)


def test_fr_definite_event_noun_takes_the_operation_doer(run) -> None:
    events = run(
        "Les jihadistes de Fateh al-Cham ont lancé dimanche une offensive à Homs. L'attaque a "
        "commencé par deux voitures piégées conduites par des kamikazes contre les positions "
        "de l'armée.",
        extra=[
            ("Fateh al-Cham", "sy-jfs", "actors:alias"),
            ("armée", "sy-military", "actors:alias"),
        ],
        places=[("Homs", "Homs")],
        dates=[("dimanche", "2017-02-12")],
        lang="fr",
    )
    bombs = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert bombs and bombs[0].actor1 == "Hayat Tahrir al-Sham", rows(events)
    assert bombs[0].actor2 == "Military Forces of Syria", rows(events)


def test_en_conjecture_far_from_any_operation_keeps_no_doer(run) -> None:
    """Must NOT fire: the last operation is told many sentences before the conjecture."""
    events = run(
        "Peshmerga fighters captured the village of Bashiqa near Mosul on Tuesday. The village "
        "was almost empty. Most families had left in 2014. The school has been closed for "
        "years. Farmers say the harvest will be poor. Analysts say the fighting could spread "
        "to Kirkuk.",
        extra=[("Peshmerga fighters", "iq-peshmerga", "actors:alias")],
        places=[("Mosul", "Mosul"), ("Kirkuk", "Kirkuk")],
        dates=[("Tuesday", "2016-05-03")],
    )
    guess = [e for e in events if e.location == "Kirkuk"]
    assert guess and guess[0].actor1 != "Peshmerga (Kurdistan Regional Government)", rows(events)


def test_fr_sentence_with_its_own_side_keeps_it(run) -> None:
    """Must NOT fire: the conjecture names its own doer."""
    events = run(
        "Les YPG ont pris mardi le contrôle de Tell Abyad. L'armée pourrait reprendre Palmyre "
        "dans les prochains jours.",
        extra=[("YPG", "sy-ypg", "actors:alias"), ("armée", "sy-military", "actors:alias")],
        places=[("Tell Abyad", "Tal Abyad"), ("Palmyre", "Palmyra")],
        dates=[("mardi", "2015-06-16")],
        lang="fr",
    )
    guess = [e for e in events if e.location == "Palmyra"]
    assert guess and guess[0].actor1 == "Military Forces of Syria", rows(events)


# ------------------------------------------------------------------ type after the recode
def test_focus_army_is_typed_by_the_event_country(run) -> None:
    """A generic army that only took the article's focus country (Turkey here) is recoded to
    the army of the country the event happens in: the territory type follows the recoded
    actor (its own government regaining ground), not a foreign takeover."""
    text = "En Turquie, on s'inquiète. Samedi, l'armée a repris le contrôle de Palmyre."
    start = text.index("armée")
    events = run(
        text,
        extra=[("armée", "tr-military", "actors:context")],
        meta={"actors.generic_basis": {f"{start}:{start + len('armée')}": "focus"}},
        places=[("Turquie", "Turkey"), ("Palmyre", "Palmyra")],
        dates=[("Samedi", "2016-03-26")],
        lang="fr",
    )
    took = [e for e in events if e.location == "Palmyra"]
    assert took and took[0].actor1 == "Military Forces of Syria", rows(events)
    assert took[0].sub_event_type == "Government regains territory", rows(events)


def test_named_foreign_army_keeps_the_foreign_takeover(run) -> None:
    """Must NOT fire: a generic army that took a named force's country keeps it, and taking
    ground abroad stays a takeover."""
    text = "L'armée turque avance. Samedi, l'armée a pris le contrôle de Palmyre."
    start = text.index("armée", 10)
    events = run(
        text,
        extra=[
            ("armée turque", "tr-military", "actors:alias"),
            ("armée@2", "tr-military", "actors:context"),
        ],
        meta={"actors.generic_basis": {f"{start}:{start + len('armée')}": "named"}},
        places=[("Palmyre", "Palmyra")],
        dates=[("Samedi", "2016-03-26")],
        lang="fr",
    )
    took = [e for e in events if e.location == "Palmyra"]
    assert took and took[0].actor1 == "Military Forces of Turkey", rows(events)
    assert took[0].sub_event_type == "Non-state actor overtakes territory", rows(events)


# ------------------------------------------------------------------ unnamed doers
def test_fr_possessive_fighters_are_the_denying_side(run) -> None:
    events = run(
        "Le porte-parole des YPG a démenti mardi que ses combattants aient incendié des "
        "maisons arabes à Tell Abyad.",
        extra=[("YPG", "sy-ypg", "actors:alias")],
        places=[("Tell Abyad", "Tal Abyad")],
        dates=[("mardi", "2015-06-16")],
        lang="fr",
    )
    burnt = [e for e in events if e.location == "Tal Abyad"]
    assert burnt and burnt[0].modality == "denied", rows(events)
    assert burnt[0].actor1 == "People's Protection Units", rows(events)


def test_en_air_strike_of_unstated_author(run) -> None:
    """CONVENTIONS: an air strike whose author the text does not give is ACLED's
    "Unidentified Military Forces", never an armed group and never empty."""
    events = run(
        "Air strikes killed at least nine civilians in Saraqeb on Tuesday, activists said.",
        actors=[("civilians", "Civilians (Syria)")],
        places=[("Saraqeb", "Saraqib")],
        dates=[("Tuesday", "2018-01-02")],
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1 == "Unidentified Military Forces", rows(events)


def test_fr_air_strike_with_a_nationality_keeps_it(run) -> None:
    """Must NOT fire: "des frappes russes" names the state."""
    events = run(
        "Des frappes russes ont tué au moins neuf civils mardi à Saraqeb.",
        actors=[("civils", "Civilians (Syria)")],
        places=[("Saraqeb", "Saraqib")],
        dates=[("mardi", "2018-01-02")],
        lang="fr",
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1 == "Military Forces of Russia", rows(events)


def test_en_conjecture_with_a_side_of_its_own_keeps_it(run) -> None:
    """Must NOT fire: "Iraqi commanders" name the side; the air strike told before is no
    ground operation carried on."""
    events = run(
        "Coalition jets struck positions in Mosul on Monday. Iraqi commanders expect to "
        "complete the recapture of the city within days.",
        actors=[("Coalition jets", "Global Coalition Against Daesh")],
        places=[("Mosul", "Mosul")],
        dates=[("Monday", "2017-06-19")],
    )
    ground = [e for e in events if e.event_type == "Battles"]
    assert ground and ground[0].actor1 != "Global Coalition Against Daesh", rows(events)
    assert ground[0].sub_event_type == "Government regains territory", rows(events)


# ------------------------------------------------------------------ the parties of a deal
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "L'accord conclu jeudi sous l'égide russe entre le gouvernement syrien et les "
            "groupes rebelles de Homs prévoyait le départ des combattants.",
            "fr",
        ),
        (
            "Un accord a été conclu jeudi à Homs entre les groupes rebelles et le gouvernement "
            "syrien.",
            "fr",
        ),
        (
            "A deal was reached on Thursday in Homs between the rebel groups and the Syrian "
            "government.",
            "en",
        ),
    ],
)
def test_deal_has_the_government_party_first(run, text: str, lang: str) -> None:
    gov = "gouvernement syrien" if lang == "fr" else "Syrian government"
    rebels = "groupes rebelles" if lang == "fr" else "rebel groups"
    events = run(
        text,
        extra=[(gov, "sy-government", "actors:alias"), (rebels, "sy-rebels", "actors:alias")],
        places=[("Homs", "Homs")],
        dates=[("jeudi" if lang == "fr" else "Thursday", "2018-07-19")],
        lang=lang,
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals, rows(events)
    assert deals[0].actor1 == "Government of Syria", rows(events)
    assert deals[0].actor2 == "Opposition Rebels (Syria)", rows(events)


def test_deal_between_two_armed_groups_keeps_the_text_order(run) -> None:
    """Must NOT reorder: no government party, the first named is actor1."""
    events = run(
        "Un accord de cessez-le-feu a été conclu jeudi à Homs entre les groupes rebelles et "
        "les combattants de Fateh al-Cham.",
        extra=[
            ("groupes rebelles", "sy-rebels", "actors:alias"),
            ("Fateh al-Cham", "sy-jfs", "actors:alias"),
        ],
        places=[("Homs", "Homs")],
        dates=[("jeudi", "2017-07-20")],
        lang="fr",
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals and deals[0].actor1 == "Opposition Rebels (Syria)", rows(events)


# ------------------------------------------------------------------ background captures
def test_fr_pluperfect_capture_and_its_infinitive_have_one_doer(run) -> None:
    """ "que l'EI avait conquise ... après en avoir chassé le Front": the group driven out is
    the object of the infinitive (the parse may call it a subject), never a second captor."""
    events = run(
        "Deir ez-Zor, que l'EI avait conquise en juillet 2014 après en avoir chassé le Front "
        "al-Nosra, servait de refuge aux chefs jihadistes.",
        actors=[("EI", "Islamic State"), ("Front al-Nosra", "Hayat Tahrir al-Sham")],
        places=[("Deir ez-Zor", "Deir ez-Zor")],
        dates=[("juillet 2014", "2014-07")],
        lang="fr",
    )
    taken = [e for e in events if e.event_type == "Battles"]
    assert taken and {e.actor1 for e in taken} == {"Islamic State"}, rows(events)
    assert all(e.sub_event_type == "Non-state actor overtakes territory" for e in taken)


def test_fr_infinitive_before_its_subject_keeps_it(run) -> None:
    """Must NOT fire: the subject named after the infinitive clause is the doer."""
    events = run(
        "Après avoir chassé l'EI de Raqqa mercredi, les FDS ont avancé vers Deir ez-Zor.",
        actors=[("EI", "Islamic State"), ("FDS", "Syrian Democratic Forces")],
        places=[("Raqqa", "Raqqa"), ("Deir ez-Zor", "Deir ez-Zor")],
        dates=[("mercredi", "2017-10-18")],
        lang="fr",
    )
    taken = [e for e in events if e.location == "Raqqa"]
    assert taken and taken[0].actor1 == "Syrian Democratic Forces", rows(events)
