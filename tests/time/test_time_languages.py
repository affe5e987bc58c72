"""Russian, Arabic, German and Spanish: absolute dates, weekdays and common relatives."""

from __future__ import annotations

import pytest

from newsift.time.resolve import parse_dates

TUESDAY = "2017-11-21"


def found(text: str, lang: str) -> dict[str, str | None]:
    return {e.text: e.value for e in parse_dates(text, lang, TUESDAY)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Am 3. November 2017 griffen Rebellen Damaskus an.",
            {"3. November 2017": "2017-11-03"},
        ),
        (
            "de",
            "Gestern besuchte Assad Sotschi, am Sonntag fiel Abu Kamal.",
            {"Gestern": "2017-11-20", "Sonntag": "2017-11-19"},
        ),
        (
            "de",
            "Vor zwei Tagen und letzte Woche gab es Angriffe.",
            {"Vor zwei Tagen": "2017-11-19", "letzte Woche": "2017-W46"},
        ),
        (
            "es",
            "El 3 de noviembre de 2017 los rebeldes atacaron Damasco.",
            {"3 de noviembre de 2017": "2017-11-03"},
        ),
        (
            "es",
            "Ayer Assad visitó Sochi; el domingo cayó Abu Kamal.",
            {"Ayer": "2017-11-20", "domingo": "2017-11-19"},
        ),
        (
            "es",
            "Hace dos días y la semana pasada hubo ataques.",
            {"Hace dos días": "2017-11-19", "la semana pasada": "2017-W46"},
        ),
        (
            "ru",
            "3 ноября 2017 года боевики атаковали Дамаск.",
            {"3 ноября 2017 года": "2017-11-03"},
        ),
        (
            "ru",
            "Вчера Асад посетил Сочи, в воскресенье пал Абу-Кемаль.",
            {"Вчера": "2017-11-20", "воскресенье": "2017-11-19"},
        ),
        (
            "ru",
            "Два дня назад и на прошлой неделе были удары.",
            {"Два дня назад": "2017-11-19", "на прошлой неделе": "2017-W46"},
        ),
        (
            "ar",
            "في 3 تشرين الثاني/نوفمبر 2017 هاجم المسلحون دمشق.",
            {"3 تشرين الثاني/نوفمبر 2017": "2017-11-03"},
        ),
        (
            "ar",
            "زار الأسد سوتشي أمس، وسقطت البوكمال يوم الأحد.",
            {"أمس": "2017-11-20", "يوم الأحد": "2017-11-19"},
        ),
        (
            "ar",
            "وقعت غارات منذ يومين والأسبوع الماضي.",
            {"منذ يومين": "2017-11-19", "الأسبوع الماضي": "2017-W46"},
        ),
        ("ar", "في ٣ نوفمبر ٢٠١٧ هاجم المسلحون دمشق.", {"٣ نوفمبر ٢٠١٧": "2017-11-03"}),
    ],
)
def test_other_languages(lang: str, text: str, expected: dict[str, str]) -> None:
    got = found(text, lang)
    for expr, value in expected.items():
        assert got.get(expr) == value, got


def test_numeric_dates_in_german_and_russian() -> None:
    assert found("Am 03.11.2017 wurde Damaskus beschossen.", "de")["03.11.2017"] == "2017-11-03"
    assert found("03.11.2017 Дамаск подвергся обстрелу.", "ru")["03.11.2017"] == "2017-11-03"


def test_german_morning_is_not_tomorrow() -> None:
    got = found("Am Morgen griffen Jets an.", "de")
    assert "Morgen" not in got


def test_unsupported_language_falls_back_to_numeric_and_iso_dates() -> None:
    assert found("Atak 2017-11-03 roku.", "pl")["2017-11-03"] == "2017-11-03"
