"""Events' place, session 6 (fixer P): see newsift.events.where and data/events/place_roles.toml.

- A country named as the second of a deal's sponsors, after one that is no place ("sous
  l'égide de l'ONU et de l'Iran", "brokered by the UN and Russia"), is a sponsor too, not the
  deal's place.
Sentences written for these tests; places are placed by hand (see helpers.make_doc).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import GEO, make_doc

_EXTRA: dict[str, dict[str, Any]] = {
    # public GeoNames facts for the places these tests name
    "Iran": {"geonameid": 130758, "lat": 32.0, "lon": 53.0, "country": "IR", "precision": 3},
    "Russia": {"geonameid": 2017370, "lat": 60.0, "lon": 100.0, "country": "RU", "precision": 3},
    "Qatar": {"geonameid": 289688, "lat": 25.5, "lon": 51.25, "country": "QA", "precision": 3},
    "Hermel": {"geonameid": 278913, "lat": 34.3943, "lon": 36.3844, "country": "LB"},
    "Beqaa": {"geonameid": 6201373, "lat": 33.85, "lon": 35.9, "country": "LB", "precision": 3},
    "Palmyra": {"geonameid": 163345, "lat": 34.5601, "lon": 38.2803, "country": "SY"},
    "Homs Governorate": {
        "geonameid": 169575,
        "lat": 34.5,
        "lon": 37.75,
        "country": "SY",
        "precision": 3,
    },
    "Washington": {"geonameid": 4140963, "lat": 38.8951, "lon": -77.0364, "country": "US"},
    "Maaloula": {"geonameid": 170517, "lat": 33.8439, "lon": 36.5465, "country": "SY"},
    "Damascus": {"geonameid": 170654, "lat": 33.5102, "lon": 36.2913, "country": "SY"},
}


@pytest.fixture(autouse=True)
def _more_places(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, geo in _EXTRA.items():
        monkeypatch.setitem(GEO, name, geo)


def _rows(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


def _deal(events: list[Any]) -> Any:
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals, _rows(events)
    return deals[0]


def test_fr_second_sponsor_after_the_un_is_no_place(process) -> None:  # noqa: ANN001
    text = (
        "Les derniers insurgés du centre de Homs ont commencé à partir. Un accord a été conclu "
        "vendredi entre le gouvernement et les rebelles sous l'égide de l'ONU et de l'Iran. "
        "Les combats avaient ravagé Homs pendant deux ans."
    )
    doc = make_doc(
        text,
        places=[("Homs", "Homs"), ("Homs@2", "Homs"), ("Iran", "Iran")],
        dates=[("vendredi", "2014-05-02")],
        lang="fr",
        published="2014-05-03",
    )
    e = _deal(process(doc))
    assert e.location == "Homs", _rows(doc.events)


def test_fr_sponsored_by_two_and_a_country_last(process) -> None:  # noqa: ANN001
    text = (
        "À Idleb, la trêve négociée par les Nations unies et la Russie a été signée mardi "
        "par les deux camps."
    )
    doc = make_doc(
        text,
        places=[("Idleb", "Idlib"), ("Russie", "Russia")],
        dates=[("mardi", "2016-09-13")],
        lang="fr",
        published="2016-09-14",
    )
    events = process(doc)
    assert not [e for e in events if e.location == "Russia"], _rows(events)


def test_en_second_sponsor_after_the_un_is_no_place(process) -> None:  # noqa: ANN001
    text = (
        "Rebels in Homs began to leave their last enclave. The deal was reached on Friday under "
        "the auspices of the United Nations and Iran. Two years of siege had ruined Homs."
    )
    doc = make_doc(
        text,
        places=[("Homs", "Homs"), ("Homs@2", "Homs"), ("Iran", "Iran")],
        dates=[("on Friday", "2014-05-02")],
        published="2014-05-03",
    )
    e = _deal(process(doc))
    assert e.location == "Homs", _rows(doc.events)


def test_en_deal_brokered_by_the_un_and_qatar(process) -> None:  # noqa: ANN001
    text = (
        "A local truce for Idlib, brokered by the UN and Qatar, was agreed on Tuesday between "
        "the government and the armed groups."
    )
    doc = make_doc(
        text,
        places=[("Idlib", "Idlib"), ("Qatar", "Qatar")],
        dates=[("on Tuesday", "2016-09-13")],
        published="2016-09-14",
    )
    events = process(doc)
    assert not [e for e in events if e.location == "Qatar"], _rows(events)


def test_fr_deal_concluded_in_a_country_after_a_sponsor_stays_there(process) -> None:  # noqa: ANN001
    # near miss: a country that is not in the sponsors' list (after a comma, a new clause)
    text = (
        "Sous l'égide de l'ONU, les délégués ont ensuite signé vendredi un accord de "
        "cessez-le-feu au Qatar."
    )
    doc = make_doc(
        text,
        places=[("Qatar", "Qatar")],
        dates=[("vendredi", "2016-09-16")],
        lang="fr",
        published="2016-09-17",
    )
    events = process(doc)
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert not deals or deals[0].location == "Qatar", _rows(events)


# "la ville" after a sentence that names another town only as a comparison ("the second
# provincial capital after Raqqa", "comme à Alep") stands for the town the sentence is about.


def _strike_place(process, text: str, places: list, dates: list, lang: str) -> list[Any]:  # noqa: ANN001
    doc = make_doc(text, places=places, dates=dates, lang=lang, published="2015-03-30")
    events = process(doc)
    return [e for e in events if e.sub_event_type in ("Air/drone strike", "Armed clash")]


def test_fr_second_capital_after_raqqa_is_no_antecedent(process) -> None:  # noqa: ANN001
    text = (
        "Les insurgés ont pris samedi le contrôle d'Idleb, deuxième chef-lieu de province à "
        "tomber après Rakka. Dimanche, des avions ont bombardé plusieurs quartiers de la ville."
    )
    got = _strike_place(
        process,
        text,
        [("Idleb", "Idlib"), ("Rakka", "Raqqa")],
        [("samedi", "2015-03-28"), ("Dimanche", "2015-03-29")],
        "fr",
    )
    assert got and got[0].location == "Idlib", _rows(got)


def test_en_largest_city_after_mosul_is_no_antecedent(process) -> None:  # noqa: ANN001
    text = (
        "Rebels overran Idlib on Saturday, the second provincial capital to fall after Raqqa. "
        "On Sunday, jets struck several districts of the city."
    )
    got = _strike_place(
        process,
        text,
        [("Idlib", "Idlib"), ("Raqqa", "Raqqa")],
        [("on Saturday", "2015-03-28"), ("On Sunday", "2015-03-29")],
        "en",
    )
    assert got and got[0].location == "Idlib", _rows(got)


def test_fr_as_in_aleppo_is_no_antecedent(process) -> None:  # noqa: ANN001
    text = (
        "Les rebelles tiennent désormais Idleb, comme à Alep quatre ans plus tôt. Lundi, "
        "l'aviation a frappé le centre de la ville."
    )
    got = _strike_place(
        process,
        text,
        [("Idleb", "Idlib"), ("Alep", "Aleppo")],
        [("Lundi", "2015-03-30")],
        "fr",
    )
    assert got and got[0].location == "Idlib", _rows(got)


def test_en_just_as_in_homs_is_no_antecedent(process) -> None:  # noqa: ANN001
    text = (
        "The army has encircled Idlib, just as in Homs two years earlier. On Monday, "
        "helicopters dropped barrel bombs on the town."
    )
    got = _strike_place(
        process,
        text,
        [("Idlib", "Idlib"), ("Homs", "Homs")],
        [("On Monday", "2015-03-30")],
        "en",
    )
    assert got and got[0].location == "Idlib", _rows(got)


def test_fr_town_named_last_without_comparison_is_the_antecedent(process) -> None:  # noqa: ANN001
    # near miss: a town told plainly after another is what "la ville" names next
    text = (
        "Après Idleb, les insurgés ont attaqué samedi Saraqeb. Dimanche, des avions "
        "ont bombardé plusieurs quartiers de la ville."
    )
    got = _strike_place(
        process,
        text,
        [("Idleb", "Idlib"), ("Saraqeb", "Saraqib")],
        [("samedi", "2015-03-28"), ("Dimanche", "2015-03-29")],
        "fr",
    )
    assert got and got[0].location == "Saraqib", _rows(got)


# A village the gazetteer lacks, retaken, in a sentence whose only place is where a road leads
# ("harcelaient la route de Damas", "the road to Damascus"): the story's town, not the capital.


def _retaking(process, text: str, places: list, dates: list, lang: str) -> list[Any]:  # noqa: ANN001
    doc = make_doc(text, places=places, dates=dates, lang=lang, published="2014-04-15")
    events = process(doc)
    return [e for e in events if e.sub_event_type == "Government regains territory"]


def test_fr_neighbouring_village_by_the_road_to_damascus(process) -> None:  # noqa: ANN001
    text = (
        "L'armée syrienne a repris lundi Maaloula, le village chrétien du Qalamoun. Le même "
        "jour, les soldats ont aussi repris le village voisin de Kfar Safra, d'où des tireurs "
        "harcelaient la route de Damas."
    )
    got = _retaking(
        process,
        text,
        [("Maaloula", "Maaloula"), ("Damas", "Damascus")],
        [("lundi", "2014-04-14")],
        "fr",
    )
    assert got and all(e.location == "Maaloula" for e in got), _rows(got)


def test_en_nearby_village_by_the_road_to_damascus(process) -> None:  # noqa: ANN001
    text = (
        "Syrian troops retook Maaloula on Monday. The same day they also recaptured the nearby "
        "village of Kfar Safra, from which snipers had harassed the road to Damascus."
    )
    got = _retaking(
        process,
        text,
        [("Maaloula", "Maaloula"), ("Damascus", "Damascus")],
        [("on Monday", "2014-04-14")],
        "en",
    )
    assert got and all(e.location == "Maaloula" for e in got), _rows(got)


def test_fr_christian_hamlet_cut_off_the_highway(process) -> None:  # noqa: ANN001
    text = (
        "Les combats se concentrent autour de Maaloula depuis samedi. Dimanche, l'armée a "
        "reconquis la bourgade chrétienne de Deir Mar Sarkis, qui surplombe l'autoroute de "
        "Damas."
    )
    got = _retaking(
        process,
        text,
        [("Maaloula", "Maaloula"), ("Damas", "Damascus")],
        [("samedi", "2014-04-12"), ("Dimanche", "2014-04-13")],
        "fr",
    )
    assert got and all(e.location != "Damascus" for e in got), _rows(got)


def test_fr_retaking_on_the_road_itself_keeps_its_town(process) -> None:  # noqa: ANN001
    # near miss: no unlisted village in the trigger's phrase, the road's town stays
    text = "Lundi, l'armée a repris le contrôle de Maaloula, sur la route de Damas."
    got = _retaking(
        process,
        text,
        [("Maaloula", "Maaloula"), ("Damas", "Damascus")],
        [("Lundi", "2014-04-14")],
        "fr",
    )
    assert got and got[0].location == "Maaloula", _rows(got)


# An unlisted place given "near" a town, with a region also named ("à X, près de Hermel, dans
# la Békaa", "10 km north of Palmyra, in Homs province"): the town, not the region.


def _first(process, text: str, places: list, dates: list, lang: str) -> list[Any]:  # noqa: ANN001
    doc = make_doc(text, places=places, dates=dates, lang=lang, published="2014-03-17")
    return process(doc)


def test_fr_suicide_car_bomb_near_a_town_in_a_valley(process) -> None:  # noqa: ANN001
    text = (
        "Dimanche soir, un kamikaze a fait exploser sa voiture piégée à Tell Ghazal, près de "
        "Hermel, dans la Békaa, tuant trois personnes."
    )
    events = _first(
        process,
        text,
        [("Hermel", "Hermel"), ("Békaa", "Beqaa")],
        [("Dimanche soir", "2014-03-16")],
        "fr",
    )
    assert events and events[0].location == "Hermel", _rows(events)


def test_en_suicide_bomber_near_a_town_in_a_valley(process) -> None:  # noqa: ANN001
    text = (
        "On Sunday evening, a suicide bomber blew up his car in Tell Ghazal near Hermel, in the "
        "Bekaa valley, killing three people."
    )
    events = _first(
        process,
        text,
        [("Hermel", "Hermel"), ("Bekaa", "Beqaa")],
        [("On Sunday evening", "2014-03-16")],
        "en",
    )
    assert events and events[0].location == "Hermel", _rows(events)


def test_fr_clash_kilometres_from_a_town_in_a_province(process) -> None:  # noqa: ANN001
    text = (
        "Mardi, des combats ont opposé l'armée aux jihadistes à une vingtaine de kilomètres "
        "de Palmyre, dans la province de Homs."
    )
    events = _first(
        process,
        text,
        [("Palmyre", "Palmyra"), ("province de Homs", "Homs Governorate")],
        [("Mardi", "2016-03-15")],
        "fr",
    )
    assert events and events[0].location == "Palmyra", _rows(events)


def test_en_shelling_north_of_a_town_in_a_province(process) -> None:  # noqa: ANN001
    text = (
        "Government artillery shelled jihadist positions 15 km north of Palmyra in Homs "
        "province on Tuesday, a monitor said."
    )
    events = _first(
        process,
        text,
        [("Palmyra", "Palmyra"), ("Homs province", "Homs Governorate")],
        [("on Tuesday", "2016-03-15")],
        "en",
    )
    assert events and events[0].location == "Palmyra", _rows(events)


def test_fr_town_of_its_own_stays_before_its_reference(process) -> None:  # noqa: ANN001
    # near miss: the event's own town is known, the reference town comes after it
    text = (
        "Dimanche, un kamikaze s'est fait exploser à Hermel, près de Palmyre selon la radio, "
        "dans la Békaa."
    )
    events = _first(
        process,
        text,
        [("Hermel", "Hermel"), ("Palmyre", "Palmyra"), ("Békaa", "Beqaa")],
        [("Dimanche", "2014-03-16")],
        "fr",
    )
    assert events and events[0].location == "Hermel", _rows(events)


# "la ville" in the trigger's own phrase while the sentence's only place is a government named
# by its capital ("pour que Washington daigne s'en soucier"): the town told before.


def _town_strike(process, text: str, places: list, dates: list, lang: str) -> list[Any]:  # noqa: ANN001
    doc = make_doc(text, places=places, dates=dates, lang=lang, published="2014-09-02")
    return [e for e in process(doc) if e.sub_event_type == "Air/drone strike"]


def test_fr_strike_around_the_town_while_washington_waits(process) -> None:  # noqa: ANN001
    text = (
        "Les jihadistes encerclaient Kirkouk depuis juin. Samedi, des avions ont frappé leurs "
        "positions autour de la ville : il avait fallu des semaines pour que Washington daigne "
        "s'en soucier."
    )
    got = _town_strike(
        process,
        text,
        [("Kirkouk", "Kirkuk"), ("Washington", "Washington")],
        [("Samedi", "2014-08-30")],
        "fr",
    )
    assert got and got[0].location == "Kirkuk", _rows(got)


def test_en_strike_on_the_town_after_moscow_hesitated(process) -> None:  # noqa: ANN001
    text = (
        "Rebels had besieged Idlib for weeks. On Saturday, jets bombed their positions around "
        "the city, after Moscow had hesitated for days."
    )
    got = _town_strike(
        process,
        text,
        [("Idlib", "Idlib"), ("Moscow", "Moscow")],
        [("On Saturday", "2014-08-30")],
        "en",
    )
    assert got and got[0].location == "Idlib", _rows(got)


def test_fr_named_town_after_the_anaphor_stays(process) -> None:  # noqa: ANN001
    # near miss: the trigger's phrase names its own town
    text = (
        "Les jihadistes encerclaient Kirkouk depuis juin. Samedi, des avions ont frappé leurs "
        "positions autour de la ville de Mossoul, a annoncé Washington."
    )
    got = _town_strike(
        process,
        text,
        [("Kirkouk", "Kirkuk"), ("Mossoul", "Mosul"), ("Washington", "Washington")],
        [("Samedi", "2014-08-30")],
        "fr",
    )
    assert got and got[0].location == "Mosul", _rows(got)
