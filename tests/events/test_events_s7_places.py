"""Events' place, session 7 (fixer P), with the places stage run on the text (no hand-placed
places): a village the gazetteer lacks named after "la région de" / "près de" is the event's
place, not the region of an actor's name nor a town it is located by; a capital that speaks
("Damas dément") is no antecedent of a later "la ville"; a foreign capital acting in a clause
("une frappe que Washington a qualifiée d'erreur") is no event place; "l'aéroport" stands for
the airport named before, not another base. Invented village names; sentences written here.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import make_doc

from newsift.entities.places_stage import PlacesStage


@pytest.fixture(scope="module")
def places_stage() -> PlacesStage:
    st = PlacesStage()
    st.setup()
    return st


def _run(nlp_stage: Any, places_stage: PlacesStage, events_stage: Any, doc: Any) -> list[Any]:
    nlp_stage.process(doc)
    places_stage.process(doc)
    events_stage.process(doc)
    return doc.events


def _rows(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "date", "village", "not_place"),
    [
        (
            "Les forces de sécurité du Kurdistan ont libéré mercredi quatre villages dans la "
            "région de Zorvak, a déclaré le Conseil de sécurité de la région du Kurdistan.",
            "fr",
            ("mercredi", "2015-01-21"),
            "Zorvak",
            "Iraqi Kurdistan",
        ),
        (
            "Kurdish forces recaptured five villages in the area of Zarkhan, south-west of "
            "Erbil, on Wednesday, the Kurdistan Region Security Council said.",
            "en",
            ("Wednesday", "2015-01-21"),
            "Zarkhan",
            "Erbil",
        ),
        (
            "Deux soldats syriens ont été tués lundi dans une embuscade de l'EI près de Tall "
            "Wardiq, à l'est de Hama.",
            "fr",
            ("lundi", "2017-03-13"),
            "Tall Wardiq",
            "Hama",
        ),
        (
            "Islamic State militants ambushed a Syrian army patrol near Bir Qassab, east of "
            "Damascus, on Monday, killing three soldiers.",
            "en",
            ("Monday", "2017-03-13"),
            "Bir Qassab",
            "Damascus",
        ),
    ],
)
def test_unlisted_village_is_the_event_place(  # noqa: PLR0913
    nlp_stage: Any,
    places_stage: PlacesStage,
    events_stage: Any,
    text: str,
    lang: str,
    date: tuple[str, str],
    village: str,
    not_place: str,
) -> None:
    doc = make_doc(text, dates=[date], lang=lang, published=date[1])
    events = _run(nlp_stage, places_stage, events_stage, doc)
    assert events, text
    assert events[0].location == village, _rows(events)
    assert not any(e.location == not_place for e in events), _rows(events)


@pytest.mark.parametrize(
    ("text", "lang", "dates", "town"),
    [
        (
            "Samedi, l'aviation a bombardé une boulangerie de Kafr Zita, tuant douze civils. "
            "Moscou affirme n'avoir visé que des dépôts d'armes. La ville était tombée aux mains "
            "des rebelles en mars 2013.",
            "fr",
            [("Samedi", "2016-04-16"), ("mars 2013", "2013-03")],
            "Kafr Zita",
        ),
        (
            "On Saturday, jets struck a bakery in Kafr Zita, killing twelve civilians. Moscow "
            "said it had only hit arms depots. The town had been captured by rebels in March "
            "2013.",
            "en",
            [("Saturday", "2016-04-16"), ("March 2013", "2013-03")],
            "Kafr Zita",
        ),
    ],
)
def test_speaking_capital_is_no_antecedent(  # noqa: PLR0913
    nlp_stage: Any,
    places_stage: PlacesStage,
    events_stage: Any,
    text: str,
    lang: str,
    dates: list[tuple[str, str]],
    town: str,
) -> None:
    doc = make_doc(text, dates=dates, lang=lang, published="2016-04-17")
    events = _run(nlp_stage, places_stage, events_stage, doc)
    fall = [e for e in events if (e.event_date or "").startswith("2013")]
    assert fall, _rows(events)
    assert all(e.location == town for e in fall), _rows(events)
    assert not any(e.location == "Moscow" for e in events), _rows(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "En septembre 2016, des avions de la coalition avaient bombardé les positions de "
            "l'armée syrienne sur le mont Zirgha, tuant 60 soldats, une frappe que Washington "
            "avait présentée comme une erreur.",
            "fr",
        ),
    ],
)
def test_foreign_capital_acting_is_no_place(
    nlp_stage: Any, places_stage: PlacesStage, events_stage: Any, text: str, lang: str
) -> None:
    doc = make_doc(
        "L'armée syrienne tient toujours Deir ez-Zor. " + text,
        dates=[("septembre 2016", "2016-09")],
        lang=lang,
        published="2017-09-05",
    )
    events = _run(nlp_stage, places_stage, events_stage, doc)
    strikes = [e for e in events if (e.event_date or "").startswith("2016")]
    assert strikes, _rows(events)
    assert not any(e.location == "Washington" for e in strikes), _rows(events)


@pytest.mark.parametrize(
    ("text", "lang", "dates"),
    [
        (
            "Les miliciens ont pris mardi la crête qui domine Maaloula, d'où les rebelles "
            "surveillaient les routes qui descendent vers Damas. Le village lui-même avait été "
            "repris par l'armée en mai 2014.",
            "fr",
            [("mardi", "2015-05-12"), ("mai 2014", "2014-05")],
        ),
        (
            "Militiamen on Tuesday took the ridge above Maaloula, from which rebels watched the "
            "roads running down towards Damascus. The village itself had been retaken by the "
            "army in May 2014.",
            "en",
            [("Tuesday", "2015-05-12"), ("May 2014", "2014-05")],
        ),
    ],
)
def test_village_anaphor_is_no_capital_headed_for(
    nlp_stage: Any,
    places_stage: PlacesStage,
    events_stage: Any,
    text: str,
    lang: str,
    dates: list[tuple[str, str]],
) -> None:
    doc = make_doc(text, dates=dates, lang=lang, published="2015-05-13")
    events = _run(nlp_stage, places_stage, events_stage, doc)
    old = [e for e in events if (e.event_date or "").startswith("2014")]
    assert old, _rows(events)
    assert not any(e.location == "Damascus" for e in old), _rows(events)
