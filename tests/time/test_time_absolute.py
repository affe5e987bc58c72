"""Absolute and partial dates, months, years, and the traps that are not dates."""

from __future__ import annotations

import pytest

from newsift.time.resolve import parse_dates


def found(text: str, lang: str = "en", anchor: str | None = "2017-11-21") -> dict[str, str | None]:
    return {e.text: e.value for e in parse_dates(text, lang, anchor)}


@pytest.mark.parametrize(
    ("text", "lang", "expr", "value"),
    [
        ("Talks resumed on November 3, 2017 in Geneva.", "en", "November 3, 2017", "2017-11-03"),
        ("Talks resumed on 3 November 2017 in Geneva.", "en", "3 November 2017", "2017-11-03"),
        ("Talks resumed on the 3rd of November 2017.", "en", "3rd of November 2017", "2017-11-03"),
        ("Talks resumed on November 3rd, 2017.", "en", "November 3rd, 2017", "2017-11-03"),
        ("The file is dated 2017-11-03.", "en", "2017-11-03", "2017-11-03"),
        (
            "Les pourparlers ont repris le 3 novembre 2017 à Genève.",
            "fr",
            "3 novembre 2017",
            "2017-11-03",
        ),
        (
            "La trêve est entrée en vigueur le 1er novembre 2017.",
            "fr",
            "1er novembre 2017",
            "2017-11-01",
        ),
        ("Communiqué du 03/11/2017 du ministère.", "fr", "03/11/2017", "2017-11-03"),
        ("Communiqué du 3.11.2017 du ministère.", "fr", "3.11.2017", "2017-11-03"),
    ],
)
def test_full_dates(text: str, lang: str, expr: str, value: str) -> None:
    assert found(text, lang)[expr] == value


def test_numeric_dates_follow_the_locale_day_month_order() -> None:
    # English (US) reads 03/11 as March 11; French reads it as 3 November
    assert found("The memo of 03/11/2017 was leaked.", "en")["03/11/2017"] == "2017-03-11"
    assert found("La note du 03/11/2017 a fuité.", "fr")["03/11/2017"] == "2017-11-03"
    # a part above 12 settles the order whatever the language
    assert found("The memo of 25/11/2017 was leaked.", "en")["25/11/2017"] == "2017-11-25"


def test_abbreviated_month() -> None:
    assert found("Rebels shelled the city on Nov. 3, officials said.")["Nov. 3"] == "2017-11-03"


@pytest.mark.parametrize(
    ("anchor", "text", "expr", "value"),
    [
        # past tense: the most recent past date, across the new year
        (
            "2018-01-05",
            "Rebels shelled the district on December 28, activists said.",
            "December 28",
            "2017-12-28",
        ),
        # past tense in March: September is last year's
        ("2018-03-01", "The army lifted the siege on September 10.", "September 10", "2017-09-10"),
        # future tense: the next such date
        ("2017-12-20", "Talks will resume on January 10 in Astana.", "January 10", "2018-01-10"),
        (
            "2017-11-21",
            "On November 3, Syrian forces liberated Deir Ezzor.",
            "November 3",
            "2017-11-03",
        ),
        (
            "2017-11-21",
            "Les forces syriennes ont libéré Deir ez-Zor le 3 novembre.",
            "3 novembre",
            "2017-11-03",
        ),
        (
            "2018-01-05",
            "Le régime a bombardé la ville le 28 décembre.",
            "28 décembre",
            "2017-12-28",
        ),
        (
            "2017-12-20",
            "Les négociations reprendront le 10 janvier à Astana.",
            "10 janvier",
            "2018-01-10",
        ),
    ],
)
def test_partial_dates_take_the_year_in_the_direction_of_the_tense(
    anchor: str, text: str, expr: str, value: str
) -> None:
    lang = "fr" if " le " in text else "en"
    assert found(text, lang, anchor)[expr] == value


def test_months_and_years() -> None:
    got = found(
        "The offensive began in October and the city fell "
        "in 2016; in October 2015 Russia intervened."
    )
    assert got["October"] == "2017-10"
    assert got["2016"] == "2016"
    assert got["October 2015"] == "2015-10"
    fr = found("L'offensive a commencé en octobre 2017, après l'échec de la trêve de 2016.", "fr")
    assert fr["octobre 2017"] == "2017-10"
    assert fr["2016"] == "2016"


def test_month_parts_keep_the_month() -> None:
    got = found("Fighting resumed in early November and mid-October.")
    assert got["early November"] == "2017-11"
    assert got["mid-October"] == "2017-10"
    fr = found("Les combats ont repris début novembre, puis fin 2016.", "fr")
    assert fr["début novembre"] == "2017-11"
    assert fr["fin 2016"] == "2016"


@pytest.mark.parametrize(
    "text",
    [
        "Donations of 2,500 $ and 5,000 $ were received.",
        "A Russian-made T-90 battle tank was spotted near al-Qaim.",
        "Russian Tu-22M3 strategic bombers conducted massive strikes.",
        "The submarine launched six Kalibr cruise missiles.",
        "Moscow deployed S-400 air defence systems to Hmeimim.",
        "Call the hotline on +33 1 23 45 67 89 or 06.12.34.56.78 for details.",
        "The convoy left at 12:30 and arrived at 14.45.",
        "Some 2000 soldiers and 1500 fighters joined the offensive.",
        "Theresa May and Angela Merkel may meet.",
        "The march on Damascus was stopped.",
    ],
)
def test_non_dates_are_ignored(text: str) -> None:
    dates = [e for e in parse_dates(text, "en", "2017-11-21") if e.timex_type == "DATE"]
    assert dates == [], [(e.text, e.value) for e in dates]


def test_french_traps() -> None:
    text = (
        "Un char T-90, 2 500 soldats et des missiles S-400 ont été vus à 12h30. "
        "La Syrie a été frappée."
    )
    assert [e.text for e in parse_dates(text, "fr", "2017-11-21")] == []


def test_offsets_point_at_the_expression() -> None:
    text = "Report. On November 4, the SAA secured Kati Island."
    (e,) = parse_dates(text, "en", "2017-11-21")
    assert text[e.start : e.end] == "November 4" == e.text
    assert e.precision == "day"
