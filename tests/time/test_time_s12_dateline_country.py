"""A wire dateline naming its city and country before a yearless day ("KOBANI, Syria, Nov 4
(Wire) -") dates the dispatch (session 12, fixer D): see newsift.time.infer._DATELINE_PLACE.

Cause: only "CITY, day" and "CITY (Region), day" were datelines; with the country after a comma
the dispatch fell back to a year-only anchor, and its weekdays ("on Thursday") lost their day.
Texts written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsift.time.infer import infer_anchor


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Car bomb kills 9 in Kobani\nKOBANI, Syria, Nov 4 (Levant Wire) - A car bomb "
            "exploded near a checkpoint on Wednesday, killing nine people. The group had "
            "seized the area in June 2014.",
            "en",
            "2015-11-04",
        ),
        (
            "Explosion à Kobané\nKOBANÉ, Syrie, 4 novembre (Levant Presse) - Une voiture "
            "piégée a explosé mercredi près d'un barrage, tuant neuf personnes. Le groupe "
            "avait pris la zone en juin 2014.",
            "fr",
            "2015-11-04",
        ),
    ],
)
def test_dateline_with_a_country_dates_the_dispatch(text: str, lang: str, want: str) -> None:
    inf = infer_anchor(text, [(0, len(text), lang)], [2015], today=date(2020, 1, 1))
    assert inf is not None and inf.published == want, inf


def test_a_sentence_with_two_places_and_a_colon_is_no_dateline() -> None:
    text = (
        "Rapport annuel\nÀ Alep, à Homs et à Hama, les combats ont continué tout "
        "l'hiver ; le 4 novembre, une trêve fut signée."
    )
    inf = infer_anchor(text, [(0, len(text), "fr")], [2015], today=date(2020, 1, 1))
    assert inf is None or inf.reason != "dateline without a year", inf
