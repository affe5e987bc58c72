"""Year-less days in the paragraph after a year told alone or by its season (session 14, fixer
M): see newsift.time.resolve._told_year and ``_old_year``.

Causes: (1) a season with its year ("À l'été 1982", "in the summer of 1982") did not count as a
told year, so the days after it ("Le 12 août") fell in a year near the publication; (2) in the
NEXT paragraph, a year told alone gave its year only when the publication's year read the day
more than half a year back, so an essay published in spring or autumn put "Le 12 août" a few
weeks before or after its own date. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsift.time.resolve import tag_spans


def values(text: str, lang: str, anchor: date) -> dict[str, str | None]:
    return {e.text: e.value for e in tag_spans(text, [(0, len(text), lang)], anchor, "day")}


ESSAY_FR = (
    "À l'été 1982, c'est Beyrouth qui est assiégée.\n\n"
    "Le 12 août, l'aviation pilonne les quartiers ouest. Le 21 août, les combattants embarquent."
)
ESSAY_EN = (
    "In the summer of 1982 the army laid siege to Beirut.\n\n"
    "On 12 August, jets pounded the western districts. On 21 August the fighters sailed away."
)


@pytest.mark.parametrize("anchor", [date(2016, 3, 5), date(2019, 6, 1), date(2016, 10, 1)])
@pytest.mark.parametrize(
    ("text", "lang", "day"), [(ESSAY_FR, "fr", "12 août"), (ESSAY_EN, "en", "12 August")]
)
def test_the_next_paragraph_goes_on_in_an_old_told_year(
    text: str, lang: str, day: str, anchor: date
) -> None:
    assert values(text, lang, anchor)[day] == "1982-08-12"


def test_a_season_with_its_year_on_the_line_gives_its_year() -> None:
    text = "Au printemps 1982, la tension monte. Le 12 août, l'aviation a bombardé la ville."
    assert values(text, "fr", date(2016, 3, 5))["12 août"] == "1982-08-12"


def test_last_year_told_alone_leaves_the_next_paragraph_to_the_news() -> None:
    # a year told alone only a year back is no essay's past: the day stays the news day
    text = "En 2015, la guerre continue.\n\nLe 12 septembre, l'aviation a bombardé Alep."
    assert values(text, "fr", date(2016, 10, 1))["12 septembre"] == "2016-09-12"


def test_a_recent_day_in_the_next_paragraph_stays_a_news_day() -> None:
    text = "En 1982, la ville était tombée.\n\nLe 2 juin, l'armée a bombardé le centre."
    assert values(text, "fr", date(2016, 6, 20))["2 juin"] == "2016-06-02"


def test_a_full_date_years_back_opening_its_sentence_frames_the_next_paragraph() -> None:
    # read against the publication, "2 décembre" falls four months back, in the wrong decade
    text = (
        "Le 4 septembre 2013, un kamikaze a fait sauter son camion au poste de contrôle. "
        "Le 7 septembre, les assaillants entraient dans le bourg.\n\n"
        "Le 2 décembre, douze religieuses furent enlevées et emmenées vers le nord."
    )
    assert values(text, "fr", date(2024, 4, 14))["2 décembre"] == "2013-12-02"


def test_a_year_told_in_an_aside_leaves_the_next_paragraph_to_the_news() -> None:
    text = (
        "La station de pompage, tombée aux mains des insurgés en 2012, alimente la capitale.\n"
        "Selon le gouvernement, les insurgés ont saboté la station le 22 décembre."
    )
    assert values(text, "fr", date(2017, 1, 30))["22 décembre"] == "2016-12-22"
