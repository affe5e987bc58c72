"""An article whose only years are background ones gets no year from them.

Cause (held-out set 9): an agency rewrite opening on "Beyrouth, dimanche -" (no date) and
telling only background years ("tenue par l'opposition depuis 2012", "déclenché en 2011") was
dated from "depuis 2012" with its "23 décembre": 2012-12, five years early. A background year
is a lower bound of the story, never its year; the story's own year still dates it.
"""

from __future__ import annotations

from datetime import date

from newsift.time.infer import infer_anchor

TODAY = date(2026, 1, 1)
RANGE = (2011, 2019)


def infer(text: str, lang: str = "fr", hint: list[int] | None = None):  # noqa: ANN201
    return infer_anchor(text, [(0, len(text), lang)], hint, today=TODAY, plausible_years=RANGE)


def test_only_background_years_give_no_year_fr() -> None:
    text = (
        "Tripoli, lundi - Les milices ont repris dimanche le contrôle du port, selon un "
        "responsable local. Le blocus avait commencé le 12 novembre. Le quartier, tenu par "
        "les islamistes depuis 2013, reste sans électricité. La guerre, déclenchée en 2011, "
        "a fait des milliers de morts."
    )
    assert infer(text) is None


def test_only_background_years_give_no_year_en() -> None:
    text = (
        "Sanaa, Tuesday - Rebels seized the airport road on Monday, residents said. Fuel "
        "convoys were stopped on 3 March. The city has been held by the rebels since 2014."
    )
    assert infer(text, "en") is None


def test_the_story_own_year_still_dates_it() -> None:
    # must fire: "le 2 février 2016" is the story's own, "depuis 2013" the background
    text = (
        "Les rebelles ont repris le 2 février 2016 la localité, tenue par les jihadistes "
        "depuis 2013, selon l'OSDH."
    )
    inf = infer(text)
    assert inf is not None and inf.published == "2016-02"


def test_a_hint_from_another_article_dates_the_partial_days() -> None:
    text = (
        "Les rebelles ont repris le 23 décembre la localité, tenue par les jihadistes "
        "depuis 2013, selon l'OSDH."
    )
    inf = infer(text, hint=[2016])
    assert inf is not None and inf.published == "2016-12"
