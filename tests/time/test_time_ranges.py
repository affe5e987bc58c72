"""Ranges, lists and durations."""

from __future__ import annotations

from newsift.time.resolve import DateExpr, parse_dates

ANCHOR = "2017-11-21"


def top(text: str, lang: str = "en", anchor: str = ANCHOR) -> list[DateExpr]:
    return parse_dates(text, lang, anchor)


def test_list_of_consecutive_days_is_one_range_with_its_member_dates() -> None:
    text = (
        "On November 1, November 2, November 3 and November 4, Russian bombers struck al-Bukamal."
    )
    (e,) = top(text)
    assert e.kind == "list"
    assert (e.value, e.precision) == ("2017-11-01/2017-11-04", "range")
    assert e.text == "November 1, November 2, November 3 and November 4"
    assert [p.value for p in e.parts] == ["2017-11-01", "2017-11-02", "2017-11-03", "2017-11-04"]
    assert [p.text for p in e.parts] == ["November 1", "November 2", "November 3", "November 4"]


def test_list_of_scattered_days_is_not_a_range() -> None:
    (e,) = top("Strikes were reported on November 1 and November 9.")
    assert e.precision == "list" and e.value is None
    assert [p.value for p in e.parts] == ["2017-11-01", "2017-11-09"]


def test_list_of_bare_days_shares_the_month() -> None:
    (e,) = top("Les frappes ont eu lieu les 1er, 2 et 3 novembre.", "fr")
    assert e.value == "2017-11-01/2017-11-03"
    assert [p.value for p in e.parts] == ["2017-11-01", "2017-11-02", "2017-11-03"]


def test_french_du_au() -> None:
    (e,) = top("Les combats ont duré du 1er au 4 novembre.", "fr")
    assert (e.value, e.precision, e.text) == (
        "2017-11-01/2017-11-04",
        "range",
        "du 1er au 4 novembre",
    )
    assert [p.value for p in e.parts] == ["2017-11-01", "2017-11-04"]


def test_between_and() -> None:
    (e,) = top("The siege was lifted between 5 and 10 September.")
    assert e.value == "2017-09-05/2017-09-10"
    (f,) = top("Le siège a été levé entre le 5 et le 10 septembre 2016.", "fr")
    assert f.value == "2016-09-05/2016-09-10"


def test_month_day_dash_range() -> None:
    (e,) = top("Talks were held November 14-17 in Astana.")
    assert e.value == "2017-11-14/2017-11-17"


def test_range_of_full_expressions() -> None:
    (e,) = top("The truce held from November 1 to November 4.")
    assert e.value == "2017-11-01/2017-11-04"
    (f,) = top("La trêve a tenu du 1er novembre au 4 novembre.", "fr")
    assert f.value == "2017-11-01/2017-11-04"
    (y,) = top("Aleppo was divided from 2012 to 2016.")
    assert y.value == "2012/2016"


def test_range_crossing_a_year_end() -> None:
    (e,) = top("The offensive ran from December 28 to January 3.", anchor="2018-01-20")
    assert e.value == "2017-12-28/2018-01-03"


def test_durations_are_kept_as_durations() -> None:
    text = (
        "The SAA lifted the three-years long ISIS siege. "
        "Troops needed less than a month to advance."
    )
    got = {e.text: (e.value, e.precision, e.timex_type) for e in top(text)}
    assert got["three-years long"] == ("P3Y", "duration", "DURATION")
    assert got["less than a month"] == ("P1M", "duration", "DURATION")
    fr = {
        e.text: e.value
        for e in top(
            "Un siège de trois ans, levé en moins d'un mois, après 48 heures de combats.", "fr"
        )
    }
    assert fr["trois ans"] == "P3Y"
    assert fr["moins d'un mois"] == "P1M"
    assert fr["48 heures"] == "PT48H"


def test_ago_is_a_date_not_a_duration() -> None:
    (e,) = top("The town fell three years ago.")
    assert (e.value, e.timex_type) == ("2014", "DATE")
