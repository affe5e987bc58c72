"""Relative expressions: anchored on the publication date, or on the previous date."""

from __future__ import annotations

import pytest

from newsift.time.resolve import parse_dates

TUESDAY = "2017-11-21"  # a Tuesday


def found(text: str, lang: str = "en", anchor: str | None = TUESDAY) -> dict[str, str | None]:
    return {e.text: e.value for e in parse_dates(text, lang, anchor)}


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("en", "Yesterday the army entered the town.", "Yesterday", "2017-11-20"),
        ("en", "The minister spoke today in Moscow.", "today", "2017-11-21"),
        ("en", "The army entered the town two days ago.", "two days ago", "2017-11-19"),
        ("en", "The army entered the town on Sunday.", "Sunday", "2017-11-19"),
        ("en", "The army entered the town last Tuesday.", "last Tuesday", "2017-11-14"),
        ("en", "The envoy will arrive on Friday.", "Friday", "2017-11-24"),
        ("en", "Talks will resume next Monday.", "next Monday", "2017-11-27"),
        ("en", "Fighting intensified this week.", "this week", "2017-W47"),
        ("en", "Fighting intensified last week.", "last week", "2017-W46"),
        ("en", "The town was retaken earlier this month.", "earlier this month", "2017-11"),
        ("en", "Elections are due next year.", "next year", "2018"),
        ("en", "The town fell a year ago.", "a year ago", "2016"),
        ("fr", "Hier, l'armée est entrée dans la ville.", "Hier", "2017-11-20"),
        ("fr", "Le ministre s'est exprimé aujourd'hui à Moscou.", "aujourd'hui", "2017-11-21"),
        ("fr", "L'armée a repris la ville dimanche.", "dimanche", "2017-11-19"),
        ("fr", "L'armée a repris la ville il y a deux jours.", "il y a deux jours", "2017-11-19"),
        ("fr", "L'armée a repris la ville mardi dernier.", "mardi dernier", "2017-11-14"),
        ("fr", "L'émissaire arrivera vendredi prochain.", "vendredi prochain", "2017-11-24"),
        (
            "fr",
            "Les combats se sont intensifiés la semaine dernière.",
            "la semaine dernière",
            "2017-W46",
        ),
        ("fr", "Les combats se sont intensifiés cette semaine.", "cette semaine", "2017-W47"),
        ("fr", "La ville a été reprise l'an dernier.", "l'an dernier", "2016"),
        ("fr", "La ville a été reprise plus tôt ce mois-ci.", "plus tôt ce mois-ci", "2017-11"),
        ("fr", "Le sommet se tiendra demain à Sotchi.", "demain", "2017-11-22"),
    ],
)
def test_anchor_relative(lang: str, text: str, expr: str, value: str) -> None:
    got = found(text, lang)
    assert got.get(expr) == value, got


def test_weekday_on_the_publication_day_is_that_day_in_past_reports() -> None:
    # Reuters style: "said on Tuesday" in an article of Tuesday
    assert found("The ministry said on Tuesday that the town had fallen.")["Tuesday"] == TUESDAY


def test_next_day_and_eve_count_from_the_previous_date_not_the_anchor() -> None:
    text = "On September 5 the army broke the siege. The next day, troops reached the airport."
    got = found(text)
    assert got["September 5"] == "2017-09-05"
    assert got["The next day"] == "2017-09-06"
    fr = found(
        "Le siège a été brisé le 5 septembre. "
        "Le lendemain, les troupes ont atteint l'aéroport. La veille, rien.",
        "fr",
    )
    assert fr["Le lendemain"] == "2017-09-06"
    assert fr["La veille"] == "2017-09-05"


def test_chain_without_previous_date_falls_back_to_the_anchor_with_lower_confidence() -> None:
    (e,) = parse_dates("Le lendemain, les troupes sont entrées.", "fr", TUESDAY)
    assert e.value == "2017-11-22"
    assert e.confidence < 0.6


def test_two_days_later_counts_from_the_previous_date() -> None:
    got = found("The strike hit on March 5. Two days later, rescuers arrived.", anchor="2017-04-01")
    assert got["Two days later"] == "2017-03-07"


def test_relative_expressions_record_their_anchor() -> None:
    (e,) = parse_dates("Yesterday the army entered the town.", "en", TUESDAY)
    assert e.relative and e.anchor == TUESDAY
    (a,) = parse_dates("On 3 November 2017 the army entered the town.", "en", TUESDAY)
    assert not a.relative


def test_times_of_day_are_days_for_newsift_and_times_for_timeml() -> None:
    (e,) = parse_dates("Yesterday morning, jets struck the market.", "en", TUESDAY)
    assert (e.value, e.precision, e.timex_type, e.timex_value) == (
        "2017-11-20",
        "day",
        "TIME",
        "2017-11-20TMO",
    )
    (f,) = parse_dates("Hier soir, des avions ont frappé le marché.", "fr", TUESDAY)
    assert f.value == "2017-11-20" and f.timex_type == "TIME"


def test_unresolvable_without_anchor() -> None:
    (e,) = parse_dates("Yesterday the army entered the town.", "en", None)
    assert e.value is None and e.relative


class TestConsistency:
    def test_agreeing_relative_and_absolute_day_are_confirmed(self) -> None:
        exprs = parse_dates(
            "Hier, lundi 20 novembre, Poutine a reçu Assad à Sotchi.", "fr", TUESDAY
        )
        assert [(e.text, e.value) for e in exprs] == [
            ("Hier", "2017-11-20"),
            ("lundi 20 novembre", "2017-11-20"),
        ]
        assert all("confirmed" in e.flags and "inconsistent" not in e.flags for e in exprs)

    def test_disagreeing_days_are_flagged_with_lower_confidence(self) -> None:
        exprs = parse_dates(
            "Hier, lundi 13 novembre, Poutine a reçu Assad à Sotchi.", "fr", TUESDAY
        )
        assert all("inconsistent" in e.flags for e in exprs)
        assert all(e.confidence <= 0.5 for e in exprs)

    def test_english_yesterday_with_weekday(self) -> None:
        exprs = parse_dates("Yesterday (Monday), the talks collapsed.", "en", TUESDAY)
        assert all("confirmed" in e.flags for e in exprs)
        exprs = parse_dates("Yesterday, Friday, the talks collapsed.", "en", TUESDAY)
        assert all("inconsistent" in e.flags for e in exprs)

    def test_weekday_contradicting_a_full_date_is_flagged(self) -> None:
        (e,) = parse_dates("The talks opened on Friday, November 21, 2017.", "en", TUESDAY)
        assert "weekday_mismatch" in e.flags and e.confidence <= 0.5

    def test_weekday_chooses_the_year_of_a_partial_date(self) -> None:
        # 20 November is a Monday in 2017, not in 2018: with an anchor in early 2019
        # the weekday wins over the nearest-year rule
        (e,) = parse_dates("Lundi 20 novembre, Poutine a reçu Assad.", "fr", "2019-01-10")
        assert e.value == "2017-11-20"


def test_parts_of_the_current_period() -> None:
    got = {
        e.text: (e.value, e.mod)
        for e in parse_dates("The deal should close by the end of the year.", "en", TUESDAY)
    }
    assert got["the end of the year"] == ("2017", "END")
    fr = {
        e.text: e.value
        for e in parse_dates("Les prix baissent depuis le début de l'année.", "fr", TUESDAY)
    }
    # the determiner of a period phrase is inside the expression (TimeBank, "la fin du mois")
    assert fr["le début de l'année"] == "2017"


def test_vague_numbers_are_references_not_dates() -> None:
    (e,) = parse_dates("Il y a quelques jours, les combats ont repris.", "fr", TUESDAY)
    assert (e.value, e.timex_value) == (None, "PAST_REF")
    assert not e.is_mention
    (d,) = parse_dates("The talks lasted several weeks.", "en", TUESDAY)
    assert (d.value, d.timex_type) == ("PXW", "DURATION")


def test_dated_post_modifier_sets_the_direction() -> None:
    got = {
        e.text: e.value
        for e in parse_dates(
            "Le 15 février dernier, les syndicats ont manifesté.", "fr", "1999-03-12"
        )
    }
    assert got["15 février dernier"] == "1999-02-15"
    got = {
        e.text: e.value
        for e in parse_dates("Rendez-vous le 10 janvier prochain.", "fr", "2017-12-20")
    }
    assert got["10 janvier prochain"] == "2018-01-10"


def test_tense_is_read_in_the_clause_of_the_expression() -> None:
    text = "The merger, announced in January, is expected to close later."
    got = {e.text: e.value for e in parse_dates(text, "en", "1998-11-27")}
    assert got["January"] == "1998-01"
    text = "Officials said elections will be held in May."
    got = {e.text: e.value for e in parse_dates(text, "en", "2017-11-21")}
    assert got["May"] == "2018-05"
