"""Actor1 names of events: a group's ACLED name by the event's date (al-Nusra before 2017, HTS
after), and a merged territory change re-typed by the actor1 the merge brought in. Sentences
written for these tests (mentions placed by hand)."""

from __future__ import annotations

from typing import Any

import pytest

from newsift.events.periods import period_name
from newsift.model import Event, Mention


@pytest.fixture()
def extra_actors() -> dict[str, dict[str, Any]]:
    return {
        "sy-nusra-front": {
            "id": "sy-nusra-front",
            "name": "Jabhat al-Nusra",
            "acled": "Hayat Tahrir al-Sham",
            "inter": 2,
            "kind": "armed_group",
            "country": "SY",
            "parent": None,
        }
    }


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.location, e.event_date) for e in events]


def nusra(doc: Any, surface: str) -> None:
    start = doc.text.index(surface)
    doc.mentions.append(
        Mention(
            start,
            start + len(surface),
            surface,
            "actor",
            kb_id="sy-nusra-front",
            canonical="Jabhat al-Nusra",
            extractor="test",
            article=1,
        )  # fmt: skip
    )


def test_period_name_table() -> None:
    import datetime as dt

    assert period_name("sy-nusra-front", dt.date(2016, 5, 6)) == "Jabhat al-Nusra"
    assert period_name("sy-nusra-front", dt.date(2017, 3, 1)) is None
    assert period_name("sy-hts", dt.date(2016, 5, 6)) is None


@pytest.mark.parametrize(
    ("text", "day", "lang", "expected"),
    [
        (
            "Les combattants du Front al-Nosra se sont emparés samedi de Saraqeb.",
            "2015-06-13",
            "fr",
            "Jabhat al-Nusra",
        ),
        (
            "Fighters of the Nusra Front captured Saraqeb on Saturday.",
            "2015-06-13",
            "en",
            "Jabhat al-Nusra",
        ),
        (  # the same words in 2019: the group is coded as HTS
            "Les combattants du Front al-Nosra se sont emparés samedi de Saraqeb.",
            "2019-06-15",
            "fr",
            "Hayat Tahrir al-Sham",
        ),
    ],
)
def test_nusra_is_named_by_the_event_date(
    process, text: str, day: str, lang: str, expected: str
) -> None:  # noqa: ANN001
    from helpers import make_doc

    when = "samedi" if lang == "fr" else "Saturday"
    doc = make_doc(text, places=[("Saraqeb", "Saraqib")], dates=[(when, day)], lang=lang)
    nusra(doc, "Front al-Nosra" if lang == "fr" else "Nusra Front")
    events = process(doc)
    taken = [e for e in events if e.location == "Saraqib"]
    assert taken, rows(events)
    assert taken[0].sub_event_type == "Non-state actor overtakes territory", rows(events)
    assert taken[0].actor1 == expected, rows(events)


def test_undated_event_takes_the_publication_year(process) -> None:  # noqa: ANN001
    from helpers import make_doc

    text = "Le Front al-Nosra menace de lancer une offensive sur Saraqeb."
    doc = make_doc(text, places=[("Saraqeb", "Saraqib")], lang="fr", published="2016-03-02")
    nusra(doc, "Front al-Nosra")
    events = process(doc)
    named = [e.actor1 for e in events if e.actor1]
    assert "Hayat Tahrir al-Sham" not in named, rows(events)


# ------------------------------------------------------------------ merge re-types territory
def _cand(sub: str, sent: int, actor: tuple[str, str, int] | None) -> Any:
    import datetime as dt

    from newsift.events.extract import Cand, Place
    from newsift.events.index import MentionRef
    from newsift.events.resources import Trigger
    from newsift.events.when import When

    town = Mention(0, 7, "Saraqeb", "place", kb_id="geonames:164816", canonical="Saraqib",
                   country="SY", geonameid=164816, precision=1)  # fmt: skip
    c = Cand(sub=sub, trig=Trigger(sub=sub), tok=0, start=0, end=1, sent=sent)
    c.place = Place(MentionRef(town, [0], 0, sent), "clause", 1)
    c.when = When("2019-06-15", dt.date(2019, 6, 15), dt.date(2019, 6, 15), 1)
    c.date_basis, c.confidence = "clause", 0.7
    if actor is not None:
        kb_id, name, _ = actor
        m = Mention(10, 20, name, "actor", kb_id=kb_id, canonical=name)
        c.actor1 = MentionRef(m, [1], 1, sent)
    return c


def test_merge_retypes_a_regain_by_the_rebel_taker_it_brings_in() -> None:
    """ "Saraqeb libérée" (no taker) + a repeat naming the rebels: they overtook it."""
    from newsift.events.merge import merge

    free = _cand("Government regains territory", 0, None)
    rebels = _cand("Government regains territory", 1, ("hts", "Hayat Tahrir al-Sham", 2))
    out = merge([free, rebels])
    assert len(out) == 1
    assert out[0].sub == "Non-state actor overtakes territory"


def test_merge_keeps_a_regain_by_the_army() -> None:
    from newsift.events.merge import merge

    free = _cand("Government regains territory", 0, None)
    army = _cand("Government regains territory", 1, ("sy-mil", "Military Forces of Syria", 1))
    out = merge([free, army])
    assert len(out) == 1
    assert out[0].sub == "Government regains territory"


def test_army_retaking_stays_a_regain(extract) -> None:  # noqa: ANN001
    text = (
        "Saraqeb a été libérée samedi. L'armée syrienne a repris Saraqeb samedi après deux "
        "jours de combats."
    )
    events = extract(
        text,
        actors=[("armée syrienne", "Military Forces of Syria")],
        places=[("Saraqeb", "Saraqib"), ("Saraqeb@2", "Saraqib")],
        dates=[("samedi", "2019-06-15"), ("samedi@2", "2019-06-15")],
        lang="fr",
    )
    at = [e for e in events if e.location == "Saraqib"]
    assert at and all(e.sub_event_type == "Government regains territory" for e in at), rows(events)


# ------------------------------------------------------------------ sides named by the words
@pytest.mark.parametrize(
    ("text", "lang", "actors", "dates"),
    [
        (
            "Mardi, de violents affrontements ont opposé les combattants des FDS aux jihadistes "
            "de l'EI à Manbij.",
            "fr",
            [("FDS", "Syrian Democratic Forces"), ("EI", "Islamic State")],
            [("Mardi", "2016-06-07")],
        ),
        (
            "On Tuesday, fierce clashes pitted SDF fighters against Islamic State militants "
            "in Manbij.",
            "en",
            [("SDF", "Syrian Democratic Forces"), ("Islamic State", "Islamic State")],
            [("Tuesday", "2016-06-07")],
        ),
    ],
)
def test_opposed_sides_first_is_actor1(extract, text, lang, actors, dates) -> None:  # noqa: ANN001
    events = extract(text, actors=actors, places=[("Manbij", "Manbij")], dates=dates, lang=lang)
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash, rows(events)
    assert clash[0].actor1 == "Syrian Democratic Forces", rows(events)
    assert clash[0].actor2 == "Islamic State", rows(events)


@pytest.mark.parametrize(
    ("text", "lang", "actors"),
    [
        (
            "Selon un commandant des FDS, elles s'apprêtent à lancer l'assaut final sur Manbij.",
            "fr",
            [("FDS", "Syrian Democratic Forces")],
        ),
        (
            "According to an SDF commander, they are preparing to launch the final assault on "
            "Manbij.",
            "en",
            [("SDF", "Syrian Democratic Forces")],
        ),
    ],
)
def test_pronoun_is_the_sources_side(extract, text, lang, actors) -> None:  # noqa: ANN001
    events = extract(text, actors=actors, places=[("Manbij", "Manbij")], lang=lang)
    assault = [e for e in events if e.location == "Manbij"]
    assert assault, rows(events)
    assert assault[0].actor1 == "Syrian Democratic Forces", rows(events)


def test_media_source_is_no_side(extract) -> None:  # noqa: ANN001
    text = "According to SANA, they shelled the town of Manbij on Tuesday."
    events = extract(
        text,
        actors=[("SANA", "SANA")],
        places=[("Manbij", "Manbij")],
        dates=[("Tuesday", "2016-06-07")],
    )
    assert all(e.actor1 != "SANA" for e in events), rows(events)


# ------------------------------------------------------------------ unnamed gunners in Syria
@pytest.mark.parametrize(
    ("text", "lang", "place", "day"),
    [
        (
            "Mardi, des obus de mortier tirés par les terroristes sont tombés sur un quartier "
            "résidentiel de Homs, blessant quatre civils.",
            "fr",
            ("Homs", "Homs"),
            ("Mardi", "2016-03-08"),
        ),
        (
            "On Tuesday, mortar shells fired by insurgents fell on a residential district of "
            "Aleppo, wounding four civilians.",
            "en",
            ("Aleppo", "Aleppo"),
            ("Tuesday", "2016-03-08"),
        ),
    ],
)
def test_unnamed_shelling_in_syria_is_the_rebels(extract, text, lang, place, day) -> None:  # noqa: ANN001
    events = extract(text, places=[place], dates=[day], lang=lang)
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling, rows(events)
    assert shelling[0].actor1 == "Opposition Rebels (Syria)", rows(events)


def test_unnamed_shelling_elsewhere_stays_unidentified(extract) -> None:  # noqa: ANN001
    text = (
        "On Tuesday, mortar shells fired by insurgents fell on a residential district of Mosul, "
        "wounding four civilians."
    )
    events = extract(text, places=[("Mosul", "Mosul")], dates=[("Tuesday", "2016-03-08")])
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling, rows(events)
    assert shelling[0].actor1 != "Opposition Rebels (Syria)", rows(events)


# ------------------------------------------------------------------ "ces derniers", "the latter"
@pytest.mark.parametrize(
    ("text", "lang", "actors", "when"),
    [
        (
            "La ville est restée à l'écart des combats entre l'armée et les combattants de "
            "Hayat Tahrir al-Cham depuis que ces derniers se sont emparés de Saraqeb en mars 2015.",
            "fr",
            [
                ("armée", "Military Forces of Syria"),
                ("Hayat Tahrir al-Cham", "Hayat Tahrir al-Sham"),
            ],
            [("mars 2015", "2015-03")],
        ),
        (
            "The town has stayed out of the fighting between the army and Hayat Tahrir al-Sham "
            "since the latter captured Saraqeb in March 2015.",
            "en",
            [
                ("army", "Military Forces of Syria"),
                ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"),
            ],
            [("March 2015", "2015-03")],
        ),
    ],
)
def test_the_latter_took_it(extract, text, lang, actors, when) -> None:  # noqa: ANN001
    events = extract(text, actors=actors, places=[("Saraqeb", "Saraqib")], dates=when, lang=lang)
    taken = [e for e in events if e.event_date == "2015-03" and "territory" in e.sub_event_type]
    assert taken, rows(events)
    assert taken[0].actor1 == "Hayat Tahrir al-Sham", rows(events)
    assert taken[0].sub_event_type == "Non-state actor overtakes territory", rows(events)


# ------------------------------------------------------------------ a capital's forces take over
@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        (
            "Damas a pris dimanche le contrôle de Saraqeb sans combattre, après le départ des "
            "derniers rebelles.",
            "fr",
            ("dimanche", "2018-03-04"),
        ),
        (
            "Damascus took control of Saraqeb without a fight on Sunday after the last rebels "
            "left.",
            "en",
            ("Sunday", "2018-03-04"),
        ),
    ],
)
def test_capital_taking_over_ground_is_its_forces(process, text, lang, when) -> None:  # noqa: ANN001
    from helpers import make_doc

    from newsift.events import actors

    kb = actors._kb()
    kb["sy-government"] = {"id": "sy-government", "name": "Government of Syria", "inter": 1,
                           "kind": "government", "country": "SY", "parent": None}  # fmt: skip
    actors.actor_info.cache_clear()
    doc = make_doc(text, places=[("Saraqeb", "Saraqib")], dates=[when], lang=lang)
    name = "Damas" if lang == "fr" else "Damascus"
    doc.mentions.append(
        Mention(
            0,
            len(name),
            name,
            "actor",
            kb_id="sy-government",
            canonical="Government of Syria",
            extractor="test",
            article=1,
        )  # fmt: skip
    )
    events = process(doc)
    moved = [e for e in events if e.location == "Saraqib"]
    assert moved, rows(events)
    assert moved[0].actor1 == "Military Forces of Syria", rows(events)


# ------------------------------------------------------------------ parties of a truce
@pytest.mark.parametrize(
    ("text", "lang", "actors"),
    [
        (
            "Mardi, un accord entre le Hezbollah et Hayat Tahrir al-Cham a été conclu à Homs.",
            "fr",
            [("Hezbollah", "Hezbollah"), ("Hayat Tahrir al-Cham", "Hayat Tahrir al-Sham")],
        ),
        (
            "On Tuesday, an agreement between Hezbollah and Hayat Tahrir al-Sham was reached in "
            "Homs.",
            "en",
            [("Hezbollah", "Hezbollah"), ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham")],
        ),
    ],
)
def test_agreement_between_two_parties(extract, text, lang, actors) -> None:  # noqa: ANN001
    when = ("Mardi", "2017-07-25") if lang == "fr" else ("Tuesday", "2017-07-25")
    events = extract(text, actors=actors, places=[("Homs", "Homs")], dates=[when], lang=lang)
    deal = [e for e in events if e.sub_event_type == "Agreement"]
    assert deal, rows(events)
    assert deal[0].actor1 == "Hezbollah", rows(events)
    assert deal[0].actor2 == "Hayat Tahrir al-Sham", rows(events)
