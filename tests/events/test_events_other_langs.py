"""Russian, Arabic, German and Spanish sentences (no parser for them in the pipeline): the
basic trigger lexicons still yield typed events with place and date (sentences written for
these tests, mentions placed by hand)."""

from __future__ import annotations

from helpers import one


def test_russian_liberation_reported_by_the_ministry(extract) -> None:
    text = (
        "Сирийская армия при поддержке ВКС России в воскресенье освободила город Латакия, "
        "сообщили в Минобороны России."
    )
    events = extract(
        text,
        lang="ru",
        actors=[
            ("Сирийская армия", "Military Forces of Syria"),
            ("ВКС России", "Military Forces of Russia"),
        ],
        places=[("Латакия", "Latakia")],
        dates=[("в воскресенье", "2017-11-19")],
    )
    e = one(events)
    assert e.sub_event_type == "Government regains territory"
    assert e.actor1 == "Military Forces of Syria"  # the backer is not the actor
    assert (e.location, e.event_date) == ("Latakia", "2017-11-19")
    assert e.modality == "reported" and e.lang == "ru"


def test_russian_air_strike_by_bombers(extract) -> None:
    text = "18 ноября бомбардировщики Ту-22М3 нанесли удар по объектам боевиков у Латакии."
    e = one(
        extract(
            text, lang="ru", places=[("Латакии", "Latakia", 2)], dates=[("18 ноября", "2017-11-18")]
        )
    )
    assert e.sub_event_type == "Air/drone strike"


def test_arabic_landmine_with_proclitic(extract) -> None:
    text = "قتل ثلاثة مدنيين بانفجار لغم أرضي في اللاذقية يوم الأربعاء، بحسب مصادر محلية."
    events = extract(
        text,
        lang="ar",
        places=[("اللاذقية", "Latakia")],
        dates=[("يوم الأربعاء", "2017-11-08")],
    )
    e = one(events)
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.location == "Latakia" and e.modality == "reported"


def test_arabic_air_raids_on_a_town_held_by_a_group(extract) -> None:
    text = "شنت طائرات التحالف غارات على بلدة اللاذقية الخاضعة لسيطرة التنظيم يوم الخميس."
    e = one(
        extract(
            text, lang="ar", places=[("اللاذقية", "Latakia")], dates=[("يوم الخميس", "2017-11-09")]
        )
    )
    assert e.sub_event_type == "Air/drone strike"  # "held by the group" is no takeover


def test_german_clashes_and_arrests(extract) -> None:
    text = "Bei Gefechten in Sirte wurden am Montag zwölf Kämpfer getötet."
    e = one(
        extract(text, lang="de", places=[("Sirte", "Sirte")], dates=[("am Montag", "2018-01-15")])
    )
    assert e.event_type == "Battles"
    text = "Die Polizei hat am Dienstag in Benghazi vier Verdächtige festgenommen."
    e = one(
        extract(
            text,
            lang="de",
            places=[("Benghazi", "Benghazi")],
            dates=[("am Dienstag", "2018-01-16")],
        )
    )
    assert (e.sub_event_type, e.actor1) == ("Arrests", "Police Forces of Libya")


def test_spanish_protest_and_agreement(extract) -> None:
    text = "Miles de manifestantes protestaron el viernes en Nairobi contra el gobierno."
    e = one(
        extract(
            text, lang="es", places=[("Nairobi", "Nairobi")], dates=[("el viernes", "2018-01-19")]
        )
    )
    assert e.event_type == "Protests" and e.actor1 == "Protesters (Kenya)"
    text = "Las milicias firmaron un alto el fuego en Misrata el martes."
    e = one(
        extract(
            text, lang="es", places=[("Misrata", "Misrata")], dates=[("el martes", "2018-09-04")]
        )
    )
    assert e.sub_event_type == "Agreement"
