"""Acts told with no trigger noun (session 15, fixer S), through the whole pipeline on texts
written for these tests, each with a near miss that must stay no event:

* a strike verb with no means ("viser", "frapper", "strike") said of a named place as a guess
  or a threat is a speculative or planned act there, undated, of the kind the article told
  before (told as done, or demanded, it stays no event);
* a simple past the parser reads as a modifier ("l'armée bombarda/ADV(amod) la mosquée");
* a car bomb named by its vehicle ("deux camions piégés avaient dévasté ...");
* "se heurter aux combattants" (an armed side named: a clash; "se heurter au refus": none);
* an armed side that "se soulève contre" an occupier (a clash; an unarmed population: none);
* a present participle after an article is the doer's noun ("contre l'occupant"), no act.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)


def _rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [
        (e["sub_event_type"], e["location"], e["event_date"], e["modality"], e["actor1"])
        for e in events
    ]


def _plain(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _at(events: list[dict[str, Any]], place: str) -> list[dict[str, Any]]:
    """The events at ``place`` (gazetteer names with or without their diacritics: "Kōya")."""
    return [e for e in events if _plain(e["location"] or "") == place]


HEAD_FR = "Chronique du Kurdistan\nLes milices et la capitale kurde\nPublié le 14 mars 2021\n\n"
HEAD_EN = "Kurdistan notebook\nMilitias and the Kurdish capital\nPublished March 14, 2021\n\n"


# ---------------------------------------------------------------- threats with no means
FR_THREAT = HEAD_FR + (
    "Samedi, des roquettes tirées par des miliciens pro-iraniens ont frappé la base de la "
    "coalition à l'aéroport d'Erbil.\n\n"
    "Selon un responsable kurde, les factions pourraient désormais viser le consulat à Kirkouk.\n"
)


def test_fr_guess_to_target_a_place_repeats_the_kind_told_before(run) -> None:  # noqa: ANN001
    events = run(FR_THREAT)
    kirkuk = _at(events, "Kirkuk")
    assert [(e["sub_event_type"], e["modality"], e["event_date"]) for e in kirkuk] == [
        ("Shelling/artillery/missile attack", "speculative", None)
    ], _rows(events)


def test_fr_threat_to_strike_a_camp_is_planned(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_FR + "Le commandant des Gardiens de la révolution a menacé de frapper les camps "
        "du PDKI près de Kirkouk.\n"
    )
    assert [(e["event_type"], e["modality"], e["event_date"]) for e in _at(events, "Kirkuk")] == [
        ("Explosions/Remote violence", "planned", None)
    ], _rows(events)


def test_fr_strike_verb_with_no_means_told_as_done_stays_no_event(run) -> None:  # noqa: ANN001
    # only a guess or a threat: a done act whose means are unknown is left to the lexicon
    events = run(HEAD_FR + "Le ministre a visé le gouverneur de Kirkouk dans son discours.\n")
    assert not _at(events, "Kirkuk"), _rows(events)


def test_fr_demand_to_strike_is_no_event(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_FR + "Les députés chiites exigent que le gouvernement frappe les camps près de Koya.\n"
    )
    assert not [e for e in _at(events, "Koya") if e["modality"] == "planned"], _rows(events)


def test_fr_pronoun_doer_of_a_promise_after_its_strike(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_FR + "Le 12 mars, les Gardiens de la révolution ont tiré douze missiles balistiques "
        "sur Erbil.\n\nIls ont promis de frapper de nouveau les bases américaines à Kirkouk.\n"
    )
    assert [(e["sub_event_type"], e["modality"]) for e in _at(events, "Kirkuk")] == [
        ("Shelling/artillery/missile attack", "planned")
    ], _rows(events)


def test_en_state_could_strike_bases_is_a_speculative_air_strike(run) -> None:  # noqa: ANN001
    events = run(HEAD_EN + "Iran could strike the bases at Kirkuk, officials fear.\n")
    kirkuk = _at(events, "Kirkuk")
    assert [(e["sub_event_type"], e["modality"], e["event_date"]) for e in kirkuk] == [
        ("Air/drone strike", "speculative", None)
    ], _rows(events)


# ---------------------------------------------------------------- plain past verbs
def test_fr_simple_past_misread_as_modifier_is_the_act(run) -> None:  # noqa: ANN001
    events = run(HEAD_FR + "En avril 1964, l'armée bombarda la mosquée de Souleimaniye.\n")
    rows = [(e["event_type"], e["event_date"]) for e in _at(events, "Sulaymaniyah")]
    assert rows == [("Explosions/Remote violence", "1964-04")], _rows(events)


def test_fr_car_bombs_named_by_their_vehicle(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_FR + "Le 3 mai 2004, deux camions piégés avaient dévasté les ministères à Bagdad.\n"
    )
    rows = [(e["sub_event_type"], e["event_date"]) for e in _at(events, "Baghdad")]
    assert rows == [("Remote explosive/landmine/IED", "2004-05-03")], _rows(events)


def test_fr_clash_told_by_se_heurter_aux_combattants(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_FR + "Le 2 février 2015, les peshmergas se sont heurtés aux combattants de l'EI "
        "à Sinjar.\n\nLe projet de Bagdad se heurte au refus de l'armée à Kirkouk.\n"
    )
    assert [(e["sub_event_type"], e["event_date"]) for e in _at(events, "Sinjar")] == [
        ("Armed clash", "2015-02-02")
    ], _rows(events)
    assert not _at(events, "Kirkuk"), _rows(events)


def test_fr_armed_rising_against_occupier_is_a_clash(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_FR + "Le 1er août 1944, les combattants de la Résistance se soulevèrent à Varsovie "
        "contre l'occupant allemand.\n\n"
        "En 1920, la population de Najaf se souleva contre l'occupant britannique.\n\n"
        "Le 14 novembre 1919, les insurgés se soulèvent à Deir ez-Zor contre la garnison.\n"
    )
    # the present's stem takes a grave accent ("soulève"): read too
    assert [e["sub_event_type"] for e in _at(events, "Deir ez-Zor")] == ["Armed clash"]
    assert [(e["sub_event_type"], e["event_date"]) for e in _at(events, "Warsaw")] == [
        ("Armed clash", "1944-08-01")
    ], _rows(events)
    # an unarmed population rising is no clash, and "l'occupant" is the occupier, no capture
    assert not _at(events, "Najaf"), _rows(events)


def test_fr_defeat_of_an_armed_side_is_a_clash(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_FR + "En juillet 1925, à Soueïda, les cavaliers druzes anéantissent la colonne du "
        "capitaine Normand.\n\nLe 3 juin 2016, les peshmergas ont vaincu les djihadistes à "
        "Sinjar.\n\nEn 2014, le parti a écrasé la concurrence aux élections de Hama.\n\n"
        "Le 5 mai 2015, les rebelles ont battu en retraite à Idlib.\n"
    )
    assert [(e["sub_event_type"], e["event_date"]) for e in _at(events, "Sinjar")] == [
        ("Armed clash", "2016-06-03")
    ], _rows(events)
    assert [e["sub_event_type"] for e in _at(events, "As-Suwayda")] == ["Armed clash"]
    # no armed side crushed (an election), a retreat: no clash
    assert not _at(events, "Hama") and not _at(events, "Idlib"), _rows(events)


def test_en_drones_sent_against_a_base_and_a_vow_to_take_a_dam(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_EN + "Analysts warn that the militia could next send drones against the air base "
        "of Harir.\n\nSNA commanders have vowed to take the dam of Tabqa.\n\n"
        "The minister took part in talks in Raqqa on Monday.\n"
    )
    assert [(e["sub_event_type"], e["modality"]) for e in _at(events, "Harir")] == [
        ("Air/drone strike", "speculative")
    ], _rows(events)
    tabqa = _at(events, "Tabqa")
    # a change of hands promised (which side's type is the actor typing's business)
    assert [(e["event_type"], e["modality"], e["event_date"]) for e in tabqa] == [
        ("Battles", "planned", None)
    ], _rows(events)
    assert "territory" in tabqa[0]["sub_event_type"], _rows(events)
    assert not _at(events, "Raqqa"), _rows(events)


def test_fr_burning_buildings_is_property_destruction(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_FR + "Le 26 janvier 2015, les miliciens ont brûlé une vingtaine de maisons à "
        "Baaqouba.\n\nLe commandant a nié que des mosquées aient aussi été brûlées à Mossoul."
        "\n\nLe gouvernement veut brûler les étapes à Kirkouk.\n"
    )
    rows = [(e["sub_event_type"], e["event_date"], e["modality"]) for e in events]
    assert ("Looting/property destruction", "2015-01-26", "asserted") in rows, _rows(events)
    assert [(e["sub_event_type"], e["modality"]) for e in _at(events, "Mosul")] == [
        ("Looting/property destruction", "denied")
    ], _rows(events)
    assert not _at(events, "Kirkuk"), _rows(events)


def test_en_burning_buildings_is_property_destruction(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_EN + "On January 26, 2015, militia fighters burned at least 40 buildings in "
        "Kirkuk.\n\nThe candidates burned the midnight oil in Mosul.\n"
    )
    assert [(e["sub_event_type"], e["event_date"]) for e in _at(events, "Kirkuk")] == [
        ("Looting/property destruction", "2015-01-26")
    ], _rows(events)
    assert not _at(events, "Mosul"), _rows(events)


def test_en_no_armed_doer_no_threatened_strike(run) -> None:  # noqa: ANN001
    events = run(HEAD_EN + "Rising bread prices could hit the poorest families of Kirkuk.\n")
    assert not _at(events, "Kirkuk"), _rows(events)
