"""Dates an essay tells in an older year: a season with its year, a day and month after a full
date of the same paragraph, and "since" years that are no point of the story.

Causes (session 6): "Au printemps 2011, l'OTAN bombardait Tripoli" gave no date at all (a
season was only a TimeML value), so the act took the publication day; "Ce n'est qu'en novembre
2015 que la ville fut reprise. Le 13 novembre, ..." put the 13th in the year before the
publication; "le plus meurtrier depuis 2003. Sept ans plus tard, ..." counted the seven years
from the bound of the comparison instead of the last told date.
"""

from __future__ import annotations

from datetime import date

from newsift.time.resolve import tag_spans

PUB = date(2017, 10, 21)


def values(text: str, lang: str, anchor: date = PUB) -> dict[str, str | None]:
    return {e.text: e.value for e in tag_spans(text, [(0, len(text), lang)], anchor, "day")}


# ---------------------------------------------------------------- seasons with their year
def test_season_with_year_is_that_year_fr() -> None:
    v = values("Au printemps 2011, l'OTAN bombardait Tripoli sans relâche.", "fr")
    assert v["printemps 2011"] == "2011"


def test_season_of_year_en() -> None:
    v = values("In the summer of 2014, the jihadists overran Mosul and Tal Afar.", "en")
    assert v["the summer of 2014"] == "2014"


def test_season_year_anchors_a_later_chain_fr() -> None:
    text = (
        "À l'automne 2012, les rebelles entrèrent dans les quartiers est. Trois ans plus tard, "
        "l'aviation russe commençait ses frappes."
    )
    v = values(text, "fr")
    assert v["l'automne 2012"] == "2012"
    assert v["Trois ans plus tard"] == "2015"


def test_winter_year_en_told_in_present_perfect() -> None:
    v = values("The town has been under siege since it was cut off in winter 2013.", "en")
    assert v["winter 2013"] == "2013"


def test_near_miss_season_without_year_gives_no_value() -> None:
    v = values("Au printemps, l'armée a repris la ville.", "fr")
    assert v.get("printemps") is None


# ---------------------------------------------------------------- a paragraph's year
def test_day_month_after_a_month_year_of_the_paragraph_fr() -> None:
    text = (
        "Ce n'est qu'en novembre 2015 que la ville fut reprise. Le 13 novembre, les peshmergas "
        "reprenaient le centre en quelques heures."
    )
    assert values(text, "fr")["13 novembre"] == "2015-11-13"


def test_day_month_after_a_full_day_en() -> None:
    text = (
        "On August 3, 2014, the jihadists stormed the town. On August 15, they executed "
        "hundreds of men in a nearby village."
    )
    assert values(text, "en")["August 15"] == "2014-08-15"


def test_day_month_later_in_the_same_paragraph_fr_passe_simple() -> None:
    text = (
        "La bataille commença le 4 mars 2016 au sud de la ville ; les rebelles cédèrent le "
        "quartier le 27 mars, après trois semaines de siège."
    )
    assert values(text, "fr")["27 mars"] == "2016-03-27"


def test_chain_from_the_day_in_the_older_year_en() -> None:
    text = (
        "In June 2014 the army collapsed. On June 10, militants seized the airport; the next "
        "day they reached Tikrit."
    )
    v = values(text, "en")
    assert v["June 10"] == "2014-06-10"
    assert v["the next day"] == "2014-06-11"


def test_near_miss_new_paragraph_keeps_the_publication_year() -> None:
    text = (
        "La ville était tombée en juin 2014.\nLe 16 octobre, les forces fédérales sont entrées "
        "dans la ville sans combattre."
    )
    assert values(text, "fr")["16 octobre"] == "2017-10-16"


def test_near_miss_last_and_earlier_day_keep_their_year() -> None:
    text = (
        "Le groupe avait pris la ville le 10 juin 2014. Le 25 avril dernier, l'aviation turque "
        "a frappé la montagne, et le 3 mai, des drones ont visé les environs."
    )
    v = values(text, "fr")
    assert v["25 avril dernier"] == "2017-04-25"
    assert v["3 mai"] == "2017-05-03"  # before 10 June: not later that year


# ---------------------------------------------------------------- "since" years
def test_since_year_is_no_point_for_a_chain_fr() -> None:
    text = (
        "Le 14 août 2007, des camions piégés frappaient deux villages, l'attentat le plus "
        "meurtrier depuis 2003. Sept ans plus tard, le scénario se répéta."
    )
    assert values(text, "fr")["Sept ans plus tard"] == "2014"


def test_since_year_is_no_point_for_a_chain_en() -> None:
    text = (
        "On May 2, 2011, the raid killed him, the biggest blow to the group since 2001. Three "
        "years later, the group had a new name."
    )
    assert values(text, "en")["Three years later"] == "2014"


def test_near_miss_recent_day_after_an_old_month_is_news() -> None:
    text = (
        "La ville était tombée en septembre 2014. Le 16 octobre, l'armée l'a reprise sans "
        "combattre."
    )
    assert values(text, "fr", date(2017, 10, 20))["16 octobre"] == "2017-10-16"


def test_near_miss_day_long_after_the_told_date_keeps_the_anchor_year() -> None:
    text = "The town fell to the jihadists in January 2014. On September 2, the army retook it."
    assert values(text, "en")["September 2"] == "2017-09-02"
