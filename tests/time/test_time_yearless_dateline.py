"""A dispatch's dateline without a year, and background years, when inferring publication.

Cause (held-out set 4): "BAGDAD, 1er avril (Agence) -" has no year, and the article was dated
2014-06 from the background "en juin 2014"; "après 2003" dated another article 2003.
"""

from __future__ import annotations

from datetime import date

from newsift.time.infer import infer_anchor

TODAY = date(2026, 1, 1)
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


def test_yearless_dateline_comes_after_the_background_on_a_named_weekday() -> None:
    # 3 June is a Friday in 2016 (and a Wednesday in 2015): after "en août 2015", on "vendredi"
    text = (
        "ALEP, 3 juin (Agence) - Les rebelles ont repris vendredi deux villages au nord de la "
        "ville, selon l'OSDH. La ville était tombée aux mains des jihadistes en août 2015."
    )
    inf = infer(text)
    assert (inf.published, inf.precision) == ("2016-06-03", "day")
    assert text[inf.start : inf.end] == "3 juin"


def test_weekday_alone_pins_the_year_in_the_plausible_range() -> None:
    # 12 March is a Sunday in 2006, 2017 and 2023; only 2017 is in 2011-2019
    text = (
        "BEYROUTH, 12 mars (Agence) - Des frappes aériennes ont tué dimanche au moins huit "
        "civils dans la province d'Idleb, selon une ONG."
    )
    assert infer(text).published == "2017-03-12"


def test_comment_stamps_give_the_year_of_a_yearless_dateline() -> None:
    text = (
        "DAMASCUS, May 4 (Agency) - Government forces shelled rebel positions in the east of "
        "the capital, a monitor said."
    )
    inf = infer(text, "en", context=[2018])
    assert inf.published == "2018-05-04"


def test_yearless_date_inside_a_sentence_is_no_dateline() -> None:
    text = (
        "Les rebelles avaient promis de quitter la ville le 4 mai, selon un accord conclu en "
        "avril 2018 sous l'égide de la Russie."
    )
    assert infer(text).published == "2018-04"


def test_background_years_in_and_outside_the_range_give_no_year() -> None:
    # (session 4, held-out set 9: the pluperfect "avaient pris la ville en 2015" is over
    # before the story; it no longer gives the story its year)
    text = (
        "La province est le cœur de l'insurrection sunnite après 2003. Les jihadistes avaient "
        "pris la ville en 2015, et l'armée a repris le centre lundi."
    )
    assert infer(text) is None


def test_a_story_year_outside_the_range_yields_to_a_plausible_one() -> None:
    text = (
        "La province est le cœur de l'insurrection sunnite après 2003. L'armée a repris le "
        "centre de la ville en 2015."
    )
    assert infer(text).published == "2015"


def test_stage_takes_the_year_from_the_comment_stamps() -> None:
    from newsift.model import Article, Document, Segment
    from newsift.time.stage import TimeStage

    title = "Government forces shell the eastern suburbs"
    body = (
        "DAMASCUS, May 4 (Agency) - Government forces shelled rebel positions in the east of "
        "the capital on Friday, a monitor said."
    )
    # 4 May is a Friday in 2012 and 2018: the comment, written that day, says which
    comment = "Sami K. - 4 May 2012 at 15:20: Again the suburbs pay the price."
    text = "\n".join([title, body, comment])
    a, b = len(title) + 1, len(title) + 1 + len(body) + 1
    segs = [
        Segment(0, a, "title", 1, "en"),
        Segment(a, b, "body", 1, "en"),
        Segment(b, len(text), "comment", None, "en"),
    ]
    doc = Document("d", "t", "t.txt", "txt", text, segments=segs, articles=[Article(k=1)])
    TimeStage(plausible_years=[2011, 2019]).process(doc)
    art = doc.articles[0]
    assert (art.published, art.published_basis) == ("2012-05-04", "inferred")
    friday = next(m for m in doc.mentions if m.kind == "date" and m.text == "Friday")
    assert friday.value == "2012-05-04"
