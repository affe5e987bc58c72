"""Session 11 (fixer C): several places of one act, and history told in rare tenses.

* One act at two or three places gives one event per place, same evidence (CONVENTIONS §3),
  also when an apposition or a short noun phrase stands between the places ("sur la base de X,
  au nord de Y, et sur une base près de Z", "l'un près de X et l'autre près de Y", "à X comme
  à Y", "four in Anbar near X and two in Syria near Y"); a verb between them is another clause.
* The small French parser leaves rare finite forms of history writing unlemmatised and tags
  them as adjectives or nouns ("pilonnaient/ADJ", "assiégea/NOUN"): the guessed infinitive
  still finds the trigger.
* Coups are events whatever the tense ("renversèrent X", "prit le pouvoir"); a bombing by
  "pilots" is an air strike.
* A capture told in a dated passive relative ("X, qui avait été prise par Y en mars 2013") is
  an event of its own. (A verb of doing it again with its own day, "et récidiva le 9 mars":
  tests/events/test_events_again.py.)

Sentences written for these tests; places are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO

_EXTRA: dict[str, dict[str, Any]] = {
    # public GeoNames facts for the places these tests name
    "Baghdad": {"geonameid": 98182, "lat": 33.3406, "lon": 44.4009, "country": "IQ"},
    "Basra": {"geonameid": 99532, "lat": 30.5085, "lon": 47.7804, "country": "IQ"},
    "Erbil": {"geonameid": 95446, "lat": 36.1926, "lon": 44.0106, "country": "IQ"},
    "Tikrit": {"geonameid": 89933, "lat": 34.6071, "lon": 43.6782, "country": "IQ"},
    "Samarra": {"geonameid": 91597, "lat": 34.1959, "lon": 43.8857, "country": "IQ"},
    "Ramadi": {"geonameid": 91697, "lat": 33.4258, "lon": 43.2992, "country": "IQ"},
    "Karbala": {"geonameid": 94824, "lat": 32.616, "lon": 44.0249, "country": "IQ"},
    "Musayyib": {"geonameid": 7838395, "lat": 32.7786, "lon": 44.29, "country": "IQ"},
    "Jaffa": {"geonameid": 293397, "lat": 32.0504, "lon": 34.7522, "country": "IL"},
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def _where(events: list[Any]) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location) for e in events]


# ----------------------------------------------------------------- several places, one act
def test_fr_second_target_after_an_apposition(extract) -> None:  # noqa: ANN001
    text = (
        "Mardi, des roquettes ont été tirées sur la base de Samarra, au nord de Bagdad, et "
        "sur une base américaine près d'Erbil, sans faire de victimes."
    )
    events = extract(
        text,
        places=[("Samarra", "Samarra"), ("Bagdad", "Baghdad"), ("Erbil", "Erbil")],
        dates=[("Mardi", "2020-03-10")],
        lang="fr",
        published="2020-03-11",
    )
    places = {e.location for e in events}
    assert {"Samarra", "Erbil"} <= places, _where(events)
    assert len({e.evidence_text for e in events if e.location in ("Samarra", "Erbil")}) == 1


def test_fr_one_and_the_other(extract) -> None:  # noqa: ANN001
    text = "Les drones ont visé jeudi deux convois, l'un près de Tikrit et l'autre près de Samarra."
    events = extract(
        text,
        places=[("Tikrit", "Tikrit"), ("Samarra", "Samarra")],
        dates=[("jeudi", "2020-03-12")],
        lang="fr",
        published="2020-03-13",
    )
    assert {"Tikrit", "Samarra"} <= {e.location for e in events}, _where(events)


def test_fr_comme_a(extract) -> None:  # noqa: ANN001
    text = (
        "Selon la police, des hommes armés ont attaqué vendredi des militants, à Bagdad comme "
        "à Bassora."
    )
    events = extract(
        text,
        places=[("Bagdad", "Baghdad"), ("Bassora", "Basra")],
        dates=[("vendredi", "2020-03-13")],
        lang="fr",
        published="2020-03-14",
    )
    assert {"Baghdad", "Basra"} <= {e.location for e in events}, _where(events)


def test_fr_airport_of_a_third_town(extract) -> None:  # noqa: ANN001
    text = (
        "Des avions ont bombardé vendredi trois dépôts à Tikrit, à Samarra et à l'aéroport en "
        "construction de Kerbala."
    )
    events = extract(
        text,
        places=[("Tikrit", "Tikrit"), ("Samarra", "Samarra"), ("Kerbala", "Karbala")],
        dates=[("vendredi", "2020-03-13")],
        lang="fr",
        published="2020-03-14",
    )
    assert {"Tikrit", "Samarra", "Karbala"} <= {e.location for e in events}, _where(events)


def test_en_distributed_counts(extract) -> None:  # noqa: ANN001
    text = (
        "The strikes hit six warehouses on Thursday, four in Anbar province near Ramadi and "
        "two in Syria near Deir ez-Zor."
    )
    events = extract(
        text,
        places=[("Ramadi", "Ramadi"), ("Syria", "Syria"), ("Deir ez-Zor", "Deir ez-Zor")],
        dates=[("Thursday", "2020-03-12")],
        published="2020-03-13",
    )
    assert {"Ramadi", "Deir ez-Zor"} <= {e.location for e in events}, _where(events)


def test_coarser_place_after_a_town_is_its_area(extract) -> None:  # noqa: ANN001
    text = (
        "L'attaque chimique du 4 avril à Saraqib et dans les villages voisins de la région "
        "d'Idlib a tué des dizaines de civils."
    )
    events = extract(
        text,
        places=[("Saraqib", "Saraqib"), ("région d'Idlib", "Idlib", 2)],
        dates=[("4 avril", "2017-04-04")],
        lang="fr",
        published="2017-04-06",
    )
    assert {e.location for e in events} == {"Saraqib"}, _where(events)


def test_verb_between_places_is_another_clause(extract) -> None:  # noqa: ANN001
    text = (
        "Des avions ont bombardé vendredi un dépôt à Tikrit et les habitants ont fui vers Samarra."
    )
    events = extract(
        text,
        places=[("Tikrit", "Tikrit"), ("Samarra", "Samarra")],
        dates=[("vendredi", "2020-03-13")],
        lang="fr",
        published="2020-03-14",
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and {e.location for e in strikes} == {"Tikrit"}, _where(events)


# ----------------------------------------------------------------- history in rare tenses
def test_fr_imperfect_tagged_adjective_still_triggers(extract) -> None:  # noqa: ANN001
    text = (
        "Le 3 juin 1936, alors que la ville dormait, les canons britanniques pilonnaient le "
        "palais du gouverneur à Jaffa."
    )
    events = extract(
        text,
        places=[("Jaffa", "Jaffa")],
        dates=[("3 juin 1936", "1936-06-03")],
        lang="fr",
        published="2021-02-14",
    )
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0].location == "Jaffa", _where(events)
    assert shelling[0].event_date == "1936-06-03"


def test_fr_coup_with_a_person_as_object(extract) -> None:  # noqa: ANN001
    text = (
        "Le 25 février 1954, les officiers de l'armée syrienne renversèrent Adib Chichakli à Alep."
    )
    events = extract(
        text,
        places=[("Alep", "Aleppo")],
        dates=[("25 février 1954", "1954-02-25")],
        lang="fr",
        published="2021-02-14",
    )
    assert [(e.sub_event_type, e.location, e.event_date) for e in events] == [
        ("Other", "Aleppo", "1954-02-25")
    ]


def test_fr_overturned_truck_is_no_coup(extract) -> None:  # noqa: ANN001
    text = "Mardi, un camion a renversé un cycliste à Alep."
    events = extract(
        text,
        places=[("Alep", "Aleppo")],
        dates=[("Mardi", "2021-02-09")],
        lang="fr",
        published="2021-02-10",
    )
    assert not [e for e in events if e.sub_event_type == "Other"], _where(events)


def test_fr_overthrow_as_a_purpose_is_no_coup(extract) -> None:  # noqa: ANN001
    text = (
        "En 2011, la résolution devait protéger les civils d'Alep ; elle servit à renverser un "
        "régime."
    )
    events = extract(
        text,
        places=[("Alep", "Aleppo")],
        dates=[("2011", "2011")],
        lang="fr",
        published="2021-02-14",
    )
    assert not [e for e in events if e.sub_event_type == "Other"], _where(events)


def test_fr_seized_power_simple_past(extract) -> None:  # noqa: ANN001
    text = "Le 17 juillet 1968, à Bagdad, le parti Baas prit le pouvoir par un coup de force."
    events = extract(
        text,
        places=[("Bagdad", "Baghdad")],
        dates=[("17 juillet 1968", "1968-07-17")],
        lang="fr",
        published="2021-02-14",
    )
    assert ("Other", "Baghdad") in _where(events)


def test_en_pilots_bombed_is_an_air_strike(extract) -> None:  # noqa: ANN001
    text = (
        "Nor is Iraq new ground for the pilots of Tel Aviv: they bombed a reactor near Baghdad "
        "in 1981."
    )
    events = extract(
        text,
        places=[("Baghdad", "Baghdad")],
        dates=[("1981", "1981")],
        published="2021-02-14",
    )
    assert ("Air/drone strike", "Baghdad") in _where(events)


# ----------------------------------------------------------------- a capture told in a relative
@pytest.mark.parametrize(
    ("text", "lang", "old"),
    [
        (
            "Tikrit, qui avait déjà été prise par l'État islamique en juin 2014, fut reprise par "
            "l'armée le 31 mars 2015.",
            "fr",
            "juin 2014",
        ),
        (
            "Tikrit, which had already been taken by the Islamic State in June 2014, was "
            "recaptured by the army on 31 March 2015.",
            "en",
            "June 2014",
        ),
    ],
)
def test_dated_passive_relative_is_its_own_capture(
    extract,
    text: str,
    lang: str,
    old: str,  # noqa: ANN001
) -> None:
    new = "31 mars 2015" if lang == "fr" else "31 March 2015"
    army = "l'armée" if lang == "fr" else "the army"
    events = extract(
        text,
        actors=[
            (army, "Military Forces of Iraq"),
            ("État islamique" if lang == "fr" else "Islamic State", "Islamic State"),
        ],
        places=[("Tikrit", "Tikrit")],
        dates=[(old, "2014-06"), (new, "2015-03-31")],
        lang=lang,
        published="2021-02-14",
    )
    got = {(e.sub_event_type, e.event_date) for e in events}
    assert ("Non-state actor overtakes territory", "2014-06") in got, got
    assert ("Government regains territory", "2015-03-31") in got, got


def test_undated_passive_relative_only_describes(extract) -> None:  # noqa: ANN001
    text = (
        "Tikrit, qui avait été prise par l'État islamique, fut reprise par l'armée le 31 mars 2015."
    )
    events = extract(
        text,
        actors=[("l'armée", "Military Forces of Iraq"), ("État islamique", "Islamic State")],
        places=[("Tikrit", "Tikrit")],
        dates=[("31 mars 2015", "2015-03-31")],
        lang="fr",
        published="2021-02-14",
    )
    assert [e.sub_event_type for e in events] == ["Government regains territory"], _where(events)
