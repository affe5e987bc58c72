"""Named days, "later that year", planned events, noun uses of reference words, appositions.

Each test names the cause it guards against: holidays were not dates, "that year" did not
follow the previous date, "is scheduled for Friday" looked back, "the future of" was a
FUTURE_REF, and a chained day ("La veille") kept a wrong base beside an explicit weekday.
"""

from __future__ import annotations

import pytest

from newsift.time.resolve import parse_dates

TUESDAY = "2017-11-21"  # a Tuesday
EARLY_JAN = "2018-01-04"  # a Thursday


def values(text: str, lang: str = "en", anchor: str = TUESDAY) -> dict[str, str | None]:
    return {e.text: e.timex_value for e in parse_dates(text, lang, anchor)}


# --------------------------------------------------------------------------- named days
@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("en", "Shelling has not stopped since Christmas Day.", "Christmas Day", "2017-12-25"),
        (
            "en",
            "Two car bombs exploded on New Year's Eve in Kirkuk.",
            "New Year's Eve",
            "2017-12-31",
        ),
        ("en", "The curfew was lifted on New Year's Day.", "New Year's Day", "2018-01-01"),
        ("en", "A ceasefire will hold over Christmas.", "Christmas", "2018-12-25"),
        ("en", "Kurds in Afrin celebrated Nowruz under fire.", "Nowruz", "2017-03-21"),
        ("fr", "Les tirs n'ont pas cessé depuis Noël.", "Noël", "2017-12-25"),
        ("fr", "Un attentat a frappé Bagdad le jour de l'An.", "jour de l'An", "2018-01-01"),
        (
            "fr",
            "Le convoi a été attaqué au premier jour de l'année.",
            "premier jour de l'année",
            "2018-01-01",
        ),
        ("fr", "La trêve a été rompue à la Saint-Sylvestre.", "Saint-Sylvestre", "2017-12-31"),
    ],
)
def test_fixed_holidays_are_days(lang: str, text: str, expr: str, value: str) -> None:
    assert values(text, lang, EARLY_JAN).get(expr) == value


def test_orthodox_christmas_in_russian() -> None:
    got = values("Боевики обстреляли город на Рождество.", "ru", "2018-01-09")
    assert got["Рождество"] == "2018-01-07"


def test_holiday_year_follows_the_tense_and_an_explicit_year() -> None:
    # before Christmas: a past-tense Christmas is last year's, a future one this year's
    assert values("The town fell at Christmas.")["Christmas"] == "2016-12-25"
    assert values("Talks will resume after Christmas.")["Christmas"] == "2017-12-25"
    assert values("The siege began on Christmas Eve 2016.")["Christmas Eve 2016"] == "2016-12-24"


def test_movable_feasts_come_from_the_table_by_year() -> None:
    assert values("A truce was declared for Eid al-Fitr.", "en", "2016-08-01") == {
        "Eid al-Fitr": "2016-07-06"
    }
    assert values("L'armée a promis une trêve pour l'Aïd el-Kébir.", "fr", "2017-11-21") == {
        "Aïd el-Kébir": "2017-09-01"
    }
    assert (
        values("Eid al-Adha 2014 was marked by a prisoner swap.")["Eid al-Adha 2014"]
        == "2014-10-04"
    )
    assert values("قصفت الطائرات البلدة في أول أيام عيد الفطر", "ar", "2015-08-01") == {
        "عيد الفطر": "2015-07-17"
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Supplies reached Christmas Island by boat."),
        ("en", "Shops in Beijing prepared for the Chinese New Year."),
        ("en", "Protesters burned a Christmas tree in the square."),
        ("fr", "Le Nouvel An chinois a été fêté à Paris."),
    ],
)
def test_names_that_are_not_the_holiday(lang: str, text: str) -> None:
    assert [e.text for e in parse_dates(text, lang, EARLY_JAN) if e.value] == []


# --------------------------------------------------------------------------- that year
def test_later_that_year_is_the_year_of_the_previous_date() -> None:
    got = values("The rebels seized Raqqa in March 2013 and lost it to IS later that year.")
    assert got["later that year"] == "2013"
    got = values("In June 2015 the army lost Palmyra; it returned that same year.")
    assert got["that same year"] == "2015"
    got = values("Mosul fell on 10 June 2014. Earlier that month, Samarra was attacked.")
    assert got["Earlier that month"] == "2014-06"


def test_la_meme_annee_is_the_year_of_the_previous_date() -> None:
    got = values("Daech a pris Ramadi en mai 2015, et Palmyre la même année.", "fr")
    assert got["la même année"] == "2015"


# --------------------------------------------------------------------------- planned events
@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        (
            "en",
            "A new round of talks is scheduled for Thursday, diplomats said.",
            "Thursday",
            "2017-11-23",
        ),
        (
            "en",
            "The handover, planned for Saturday, was confirmed by Baghdad.",
            "Saturday",
            "2017-11-25",
        ),
        ("fr", "Le retrait est programmé samedi, a indiqué l'état-major.", "samedi", "2017-11-25"),
        # "originally / initialement": the planned day has passed
        ("en", "The vote, originally scheduled for Friday, was delayed.", "Friday", "2017-11-17"),
        (
            "fr",
            "Le sommet, initialement prévu lundi, avait été repoussé par Ankara.",
            "lundi",
            "2017-11-20",
        ),
    ],
)
def test_plans_look_forward_and_original_plans_back(
    lang: str, text: str, expr: str, value: str
) -> None:
    assert values(text, lang)[expr] == value


# --------------------------------------------------------------------------- not references
@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("en", "Leaders met in Ankara to discuss the future of Raqqa.", "the future"),
        ("en", "Twelve civilians were killed in the past 48 hours.", "in the past"),
        ("en", "Aid has been blocked over the past three weeks.", "the past"),
        ("fr", "Les ministres ont débattu de l'avenir de la Syrie.", "l'avenir"),
    ],
)
def test_reference_words_used_as_nouns_or_periods_are_not_dates(
    lang: str, text: str, absent: str
) -> None:
    assert absent not in values(text, lang)


def test_reference_words_still_refer_in_their_own_right() -> None:
    assert values("The talks may resume in the future.")["in the future"] == "FUTURE_REF"
    assert values("In the past, the road was open.")["In the past"] == "PAST_REF"


# --------------------------------------------------------------------------- spans
def test_the_determiner_of_a_period_phrase_is_inside_it() -> None:
    got = values("Le Parlement doit voter la loi avant la fin du mois.", "fr")
    assert got.get("la fin du mois") == "2017-11"
    got = values("Les renforts sont arrivés depuis la mi-octobre.", "fr")
    assert got.get("la mi-octobre") == "2017-10"


def test_an_ordinal_day_of_a_range_keeps_its_suffix() -> None:
    (rng,) = parse_dates("Des frappes ont visé la ville du 1er au 4 octobre.", "fr", TUESDAY)
    assert [p.text for p in rng.parts] == ["1er", "4 octobre"]


# --------------------------------------------------------------------------- appositions
def test_an_explicit_weekday_corrects_a_chained_day_beside_it() -> None:
    text = (
        "Un kamikaze s'est fait exploser lundi à Kirkouk. L'attaque est la pire depuis la "
        "reprise de la ville, le 17 octobre. La veille, dimanche, une patrouille avait été "
        "visée à Hawija. Le lendemain, des renforts sont arrivés."
    )
    got = [(e.text, e.value) for e in parse_dates(text, "fr", TUESDAY)]
    assert ("La veille", "2017-11-19") in got
    assert ("dimanche", "2017-11-19") in got
    # the next chain counts from the corrected day
    assert ("Le lendemain", "2017-11-20") in got


def test_a_chained_day_that_agrees_with_its_weekday_is_kept() -> None:
    text = (
        "Le 2 novembre, l'armée est entrée dans la ville. Le lendemain, vendredi, elle l'a quittée."
    )
    got = dict((e.text, e.value) for e in parse_dates(text, "fr", TUESDAY))
    assert got["Le lendemain"] == "2017-11-03"
    assert got["vendredi"] == "2017-11-03"  # the weekday names the chained day
