"""A yearless dateline's year and a radio page's broadcast line (session 5, wave 3).

Causes (held-out sets 12 and 13): a wire rewrite "VILLE, 26 avril (Agence) -" whose lead names
the day before ("ont pris samedi") and whose story goes on to the dateline's own day
("Dimanche matin, …") was put in the year the dateline fell on the lead's weekday, a year
early; a season told in the past ("depuis l'été 2013") did not bound the dispatch; and a radio
page whose "Diffusée le …" line the cleaner read as chrome fell back on a background month.
"""

from __future__ import annotations

from datetime import date

from newsift.model import Article, Document, Segment
from newsift.time.infer import broadcast_day, infer_anchor
from newsift.time.stage import TimeStage

TODAY = date(2026, 1, 1)
RANGE = (2011, 2019)


def infer(text: str, lang: str = "fr"):  # noqa: ANN201
    return infer_anchor(text, [(0, len(text), lang)], None, today=TODAY, plausible_years=RANGE)


# 12 May: a Saturday in 2012 and 2018, a Sunday in 2013 and 2019
def test_story_reaching_the_day_after_its_lead_dates_the_dispatch_that_day() -> None:
    text = (
        "HOMS, 12 mai (Agence) - Les rebelles ont pris samedi le village de Kafr Nan après deux "
        "jours de combats, selon l'OSDH.\n\n"
        "Dimanche matin, des hélicoptères ont largué des barils d'explosifs sur le village. La "
        "guerre déclenchée en 2011 a fait des dizaines de milliers de morts."
    )
    assert infer(text).published == "2013-05-12"


def test_story_reaching_the_day_after_its_lead_dates_the_dispatch_that_day_en() -> None:
    text = (
        "HOMS, May 12 (Agency) - Rebels seized the village of Kafr Nan on Saturday after two "
        "days of fighting, the Observatory said.\n\n"
        "On Sunday morning, helicopters dropped barrel bombs on the village. The war that "
        "broke out in 2011 has killed tens of thousands."
    )
    assert infer(text, "en").published == "2013-05-12"


def test_lead_weekday_alone_still_dates_the_dispatch_on_that_day() -> None:
    # must NOT fire: no later weekday named, the dateline falls on the lead's own day
    text = (
        "HOMS, 12 mai (Agence) - Les rebelles ont pris samedi le village de Kafr Nan après deux "
        "jours de combats, selon l'OSDH. La guerre déclenchée en 2011 a fait des milliers de "
        "morts."
    )
    assert infer(text).published == "2012-05-12"


# 5 June: a Tuesday in 2012 and 2018, a Wednesday in 2013 and 2019
def test_season_told_in_the_past_bounds_the_dispatch_to_its_next_year() -> None:
    text = (
        "ALEP, 5 juin (Agence) - L'armée a repris mardi la colline qui domine le quartier, a "
        "annoncé la télévision d'État. Le quartier n'avait plus connu de tels combats depuis "
        "l'été 2012, quand les rebelles y étaient entrés."
    )
    assert infer(text).published == "2013-06-05"


def test_season_told_in_the_past_bounds_the_dispatch_en() -> None:
    text = (
        "ALEPPO, June 5 (Agency) - The army retook the hill overlooking the district on "
        "Tuesday, state television said. The district had not seen such fighting since "
        "summer 2012, when the rebels entered it."
    )
    assert infer(text, "en").published == "2013-06-05"


def _radio_page(date_line: str, lang: str = "fr") -> Document:
    chrome = f"RADIO EXEMPLE — 101.2 FM\nÉmissions › Le monde arabe\n{date_line}\n"
    body = (
        "[00:00:12] JOURNALISTE : En août 2012, les rebelles avaient encerclé la ville. Samedi, "
        "une voiture piégée a explosé près des bus."
    )
    text = chrome + body
    return Document(
        "d1",
        "test",
        "t.txt",
        "txt",
        text,
        segments=[
            Segment(0, len(chrome), "boilerplate", None, lang),
            Segment(len(chrome), len(text), "body", 1, lang),
        ],
        articles=[Article(k=1, lang=lang)],
    )


def test_broadcast_line_read_as_chrome_still_dates_the_radio_page() -> None:
    doc = _radio_page("Diffusée le dimanche 16 mars 2014 de 18h00 à 18h30")
    TimeStage(plausible_years=[2011, 2019]).process(doc)
    assert doc.articles[0].published == "2014-03-16"
    assert doc.meta["time_anchors"]["1"]["reason"] == "broadcast line"


def test_a_chrome_date_without_a_broadcast_cue_does_not_date_the_page() -> None:
    # must NOT fire: a date in the menu bar is no broadcast line
    doc = _radio_page("Archives : 16 mars 2014")
    TimeStage(plausible_years=[2011, 2019]).process(doc)
    assert doc.articles[0].published != "2014-03-16"


def test_broadcast_day_en() -> None:
    text = "Morning Show\nBroadcast on March 16, 2014\n"
    got = broadcast_day(text, [(0, len(text), "en")], TODAY)
    assert got is not None and got.published == "2014-03-16"
