"""'depuis YEAR' / 'since YEAR' is a lower bound of the story, never its year.

Cause (held-out set 6): an untitled agency piece "BEYROUTH, 18 mars (Agence) -" was dated 2013
from "encerclé ... depuis 2013", so every weekday and month word moved four years back. The lead's
weekday ("ont quitté samedi") picks the dateline's year among those after the bound.
"""

from __future__ import annotations

from datetime import date

from newsift.time.infer import infer_anchor

TODAY = date(2026, 1, 1)
RANGE = (2011, 2019)


def infer(text: str, lang: str = "fr"):  # noqa: ANN201
    return infer_anchor(text, [(0, len(text), lang)], None, today=TODAY, plausible_years=RANGE)


def test_since_year_is_a_floor_and_the_lead_weekday_picks_the_year() -> None:
    # 11 March: Saturday in 2017, Monday in 2013, Tuesday in 2014, Friday in 2016
    text = (
        "BEYROUTH, 11 mars (Agence) - Quelque 800 combattants ont quitté samedi la localité "
        "de Madaya, à bord d'une vingtaine d'autocars.\n\n"
        "L'accord avait été conclu lundi sous l'égide de la Russie. La localité est assiégée par "
        "les forces gouvernementales depuis 2013, et mardi un obus avait blessé deux personnes."
    )
    inf = infer(text)
    assert inf is not None
    assert (inf.published, inf.precision) == ("2017-03-11", "day")


def test_lead_weekday_may_be_the_day_before_the_dateline() -> None:
    # 5 August 2016 is a Friday: the lead tells Thursday's fighting, filed on Friday
    text = (
        "DAMASCUS, Aug 5 (Agency) - Rebels and government forces fought on Thursday for the "
        "artillery school south of the city.\n\n"
        "The district has been under siege since 2012."
    )
    inf = infer(text, "en")
    assert inf is not None
    assert inf.published == "2016-08-05"


def test_since_date_does_not_date_an_article_with_dates_of_its_own() -> None:
    text = (
        "Les habitants de la ville sont privés d'eau depuis juin 2014. Le 3 mars 2016, un "
        "convoi humanitaire a enfin pu entrer dans la ville."
    )
    inf = infer(text)
    assert inf is not None
    assert inf.published == "2016-03"


def test_since_year_alone_gives_no_year() -> None:
    # (session 4, held-out set 9: "depuis 2015" bounds the story; given as its year it dated
    # the story's weekdays years early)
    assert infer("La ville est tenue par les rebelles depuis 2015.") is None
