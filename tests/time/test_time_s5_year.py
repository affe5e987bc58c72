"""The year of an undated story: after its background, within its era, pinned by its weekdays.

Cause (session 5, three blind sets): an untitled agency rewrite opening on a yearless dateline
("VILLE, 14 octobre (Agence) -", "Beyrouth, dimanche -"), and a transcript that lost its
broadcast date, were dated a year (or years) early: the latest year they named was taken for
the story's own although the names of the text (a group founded later, an office taken later)
or "l'an dernier, en 2016" said the story was later.
"""

from __future__ import annotations

from datetime import date

from newsift.time.candidates import find_candidates
from newsift.time.era import era_floor, markers, pinned_years
from newsift.time.infer import infer_anchor

TODAY = date(2026, 11, 21)
RANGE = (2011, 2019)


def infer(text: str, lang: str = "fr", context: list[int] | None = None):  # noqa: ANN201
    return infer_anchor(
        text,
        [(0, len(text), lang)],
        None,
        today=TODAY,
        plausible_years=RANGE,
        context_years=context,
    )


def test_era_marker_lifts_a_yearless_dateline_past_the_latest_year_named() -> None:
    # 14 October is a Friday in 2016 and a Saturday in 2017: the lead's "vendredi" fits both
    # (the same day, or the day before the dispatch); the group named was founded in 2017
    text = (
        "IDLEB, 14 octobre (Agence) - Les combattants de Hayat Tahrir al-Cham ont attaqué "
        "vendredi des positions de l'armée au sud de la province. En 2016, le régime a repris "
        "les quartiers est d'Alep, que les rebelles avaient conquis en 2012."
    )
    inf = infer(text)
    assert (inf.published, inf.precision) == ("2017-10-14", "day")


def test_without_the_era_marker_the_same_dispatch_keeps_the_year_named() -> None:
    # the control: nothing but "En 2016" ties the dispatch to a year
    text = (
        "IDLEB, 14 octobre (Agence) - Les rebelles ont attaqué vendredi des positions de "
        "l'armée au sud de la province. En 2016, le régime a repris les quartiers est d'Alep."
    )
    assert infer(text).published == "2016-10-14"


def test_weekday_with_day_and_month_fixes_the_dateline_year() -> None:
    # 5 March is a Sunday in 2017 only, within 2011-2019 and after the 2015 background
    text = (
        "BEYROUTH, dimanche 5 mars (Agence) - Des raids ont frappé la périphérie de Raqqa. La "
        "ville était tombée aux mains des jihadistes en 2014, et les FDS encerclent la ville "
        "depuis 2015."
    )
    inf = infer(text)
    assert (inf.published, inf.precision) == ("2017-03-05", "day")


def test_last_year_beside_a_year_pins_the_story_year_fr() -> None:
    text = (
        "Beyrouth, dimanche - L'armée syrienne a repris la ville au terme de violents combats. "
        "L'an dernier, en 2016, les jihadistes avaient perdu Manbij. La guerre déclenchée en "
        "2011 a fait plus de 300.000 morts."
    )
    inf = infer(text)
    assert (inf.published, inf.precision) == ("2017", "year")


def test_years_ago_beside_a_year_pins_the_story_year_en() -> None:
    text = (
        "In 2015, three years ago, the jihadists overran the town. On Tuesday government "
        "forces retook its northern districts, a monitor said."
    )
    assert infer(text, "en").published == "2018"


def test_transcript_names_that_postdate_its_years_raise_the_year_en() -> None:
    # a radio transcript without its broadcast date: 2014 is the latest year named, but the
    # Trump administration and the SDF put it in 2017 at the earliest
    text = (
        "HOST: Welcome back. In 2014 the Islamic State seized Raqqa and made it its capital. "
        "The Syrian Democratic Forces have now entered the city, and the Trump administration "
        "said it would keep arming the Kurdish fighters."
    )
    inf = infer(text, "en")
    assert (inf.published, inf.precision) == ("2017", "year")
    assert inf.confidence < 0.5


def test_since_the_start_of_a_year_is_the_story_year_fr() -> None:
    # "depuis le début de 2017" names the story's own year; a plain "depuis 2015" only bounds it
    text = (
        "Plus de 5.000 civils ont fui les combats depuis le début de 2017, selon l'ONU. Les "
        "jihadistes contrôlent la ville depuis 2015."
    )
    assert infer(text).published == "2017"


def test_background_years_alone_leave_the_year_unknown() -> None:
    # only background: a pluperfect year and a war "déclenchée en 2011"; no name of an era,
    # no weekday with a date: the story could be of any later year
    text = (
        "Les rebelles avaient pris la ville en 2015. La guerre déclenchée en 2011 a fait des "
        "centaines de milliers de morts, et l'armée a repris le centre lundi."
    )
    assert infer(text) is None


def test_era_names_alone_give_no_year() -> None:
    # an era name bounds the year; it never dates a story that names no year of its own
    text = "Les combattants de Hayat Tahrir al-Cham ont attaqué lundi des positions de l'armée."
    assert infer(text) is None


def test_acronyms_need_their_context() -> None:
    assert era_floor("Les FDS ont repoussé une attaque près de Djibo, au Burkina Faso.") is None
    floor = era_floor("Les FDS ont pris un quartier de Raqqa, en Syrie.")
    assert floor is not None and floor[0] == date(2015, 10, 10)


def test_named_operations_bound_the_year() -> None:
    assert any("operation" in m.note for m in markers())
    floor = era_floor("Pendant l'opération Source de paix, les forces turques ont avancé.")
    assert floor is not None and floor[0].year == 2019


def test_a_relative_year_far_from_the_year_is_not_paired() -> None:
    text = "L'an dernier, l'armée a repris la ville tombée aux mains des jihadistes en 2014."
    cands = [c for c, _ in find_candidates(text, [(0, len(text), "fr")])]
    assert pinned_years(text, cands) == []


def test_former_name_and_told_days_across_new_year_date_a_weekday_dateline() -> None:
    # "l'ex-Front al-Nosra" puts the text after July 2016; the told days run 23 December ->
    # 10 January, so the story is of January 2017, not of December 2016 (nor unknown)
    text = (
        "Beyrouth, dimanche - Les forces gouvernementales ont pris samedi le contrôle d'une "
        "colline stratégique, selon une ONG. Les rebelles, dont des combattants de l'ex-Front "
        "al-Nosra, avaient rompu la trêve le 23 décembre. Le 10 janvier, un négociateur avait "
        "été enlevé dans la région, tenue par l'opposition depuis 2012."
    )
    inf = infer(text)
    assert (inf.published, inf.precision) == ("2017-01", "month")
    assert inf.anchor == date(2017, 1, 10)


def test_told_days_without_a_named_bound_stay_unknown() -> None:
    # the same story without the era name: only a background of unknown age ("depuis 2012")
    text = (
        "Beyrouth, dimanche - Les forces gouvernementales ont pris samedi le contrôle d'une "
        "colline stratégique, selon une ONG. Les rebelles avaient rompu la trêve le 23 "
        "décembre, dans une région tenue par l'opposition depuis 2012."
    )
    assert infer(text) is None


def test_stage_records_how_an_inferred_year_was_reached() -> None:
    from newsift.model import Article, Document, Segment
    from newsift.time.stage import TimeStage

    body = (
        "In 2014 the Islamic State seized Raqqa. The Syrian Democratic Forces have now entered "
        "the city, and the Trump administration said it would keep arming the Kurdish fighters."
    )
    doc = Document(
        "d1",
        "test",
        "t.txt",
        "txt",
        body,
        segments=[Segment(0, len(body), "body", 1, "en")],
        articles=[Article(k=1, lang="en")],
    )
    TimeStage(plausible_years=[2011, 2019]).process(doc)
    got = doc.meta["time_anchors"]["1"]
    assert (got["basis"], doc.articles[0].published) == ("inferred", "2017")
    assert got["confidence"] < 0.5 and "raised" in got["reason"]


def test_an_era_bound_guess_yields_to_another_article_year() -> None:
    from newsift.model import Article, Document, Segment
    from newsift.time.stage import TimeStage

    first = "The coalition said on 12 September 2017 that its strikes on Raqqa would go on."
    second = (
        "The Syrian Democratic Forces said that on October 17 they had taken the stadium, "
        "after a convoy left the city on October 14."
    )
    text = first + "\n" + second
    doc = Document(
        "d1",
        "test",
        "t.txt",
        "txt",
        text,
        segments=[
            Segment(0, len(first), "body", 1, "en"),
            Segment(len(first) + 1, len(text), "body", 2, "en"),
        ],
        articles=[Article(k=1, lang="en"), Article(k=2, lang="en")],
    )
    TimeStage(plausible_years=[2011, 2019]).process(doc)
    assert doc.articles[1].published == "2017-10"


def test_a_told_weekday_with_its_date_fixes_the_dateline_year() -> None:
    # 10 October is a Tuesday in 2017 (and in 2006 and 2023, out of range); nothing else
    # fixes the year: the latest year named is a background 2014
    text = (
        "ALEP, 12 octobre (Agence) - Les rebelles ont repoussé une offensive au sud de la "
        "ville, selon une ONG. Le mardi 10 octobre, l'aviation avait bombardé les quartiers "
        "que les jihadistes avaient conquis en 2014."
    )
    inf = infer(text)
    assert (inf.published, inf.precision) == ("2017-10-12", "day")


def test_a_told_weekday_with_a_later_date_is_of_the_year_before() -> None:
    # dispatch of 3 January; "le vendredi 30 décembre" is 2016 (a Friday), so the dispatch
    # is of 2017
    text = (
        "BAGDAD, 3 janvier (Agence) - Les forces irakiennes ont progressé dans l'est de "
        "Mossoul, selon l'armée. Le vendredi 30 décembre, un attentat avait visé un marché "
        "de la capitale."
    )
    assert infer(text).published == "2017-01-03"


def test_a_background_of_the_story_year_does_not_lift_it() -> None:
    # "l'accord signé en 2017" is told as done, in the story's own year: the story stays 2017
    text = (
        "Les rebelles ont quitté la ville le 3 octobre 2017, en application de l'accord signé "
        "en 2017 sous l'égide de la Russie."
    )
    assert infer(text).published == "2017-10"


def test_an_own_year_before_a_background_period_is_lifted_past_it() -> None:
    # "en 2014" (a passé composé) cannot be the story's year: the town is besieged "depuis
    # 2015", so the story is of 2016 at the earliest
    text = (
        "En 2014, les jihadistes ont pris le contrôle de la région. La ville, assiégée depuis "
        "2015, a reçu lundi un convoi d'aide de l'ONU."
    )
    inf = infer(text)
    assert (inf.published, inf.precision) == ("2016", "year")
