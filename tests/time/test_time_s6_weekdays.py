"""A yearless dateline's year, when the story also names a weekday it announces for later.

Cause (session 6): "VILLE, 7 mai (Agence) - ... ont quitté mercredi ... « L'armée entrera jeudi
dans les quartiers »": the announced Thursday was read as a news day of the story, so the
dispatch was put on a Thursday 7 May (a year off) instead of the Wednesday its lead names. A
weekday told in the future (future tense, "will", an announced next step) is no day the story
has reached; a weekday told in the past after the lead's still is (near miss below).
"""

from __future__ import annotations

from datetime import date

from newsift.time.infer import infer_anchor

TODAY = date(2026, 1, 1)
RANGE = (2011, 2019)


def published(text: str, lang: str) -> str | None:
    inf = infer_anchor(text, [(0, len(text), lang)], None, today=TODAY, plausible_years=RANGE)
    return inf.published if inf else None


def test_announced_thursday_does_not_move_a_wednesday_dispatch_fr() -> None:
    # 7 May: a Wednesday in 2014, a Thursday in 2015
    text = (
        "ALEP, 7 mai (Agence) - Les derniers rebelles ont évacué mercredi le quartier, assiégé "
        "depuis mars 2012, selon un photographe. « Les troupes entreront jeudi dans les rues "
        "évacuées », a affirmé le gouverneur."
    )
    assert published(text, "fr") == "2014-05-07"


def test_will_on_monday_does_not_move_a_sunday_dispatch_en() -> None:
    # 12 March: a Sunday in 2017, a Monday in 2018
    text = (
        "DAMASCUS, March 12 (Agency) - Rebel fighters left the district on Sunday under a deal "
        "with the government, a monitor said. Troops will enter the area on Monday, the governor "
        "told reporters. The district had been besieged since 2013."
    )
    assert published(text, "en") == "2017-03-12"


def test_future_verb_first_then_past_lead_fr() -> None:
    # 1 April: a Saturday in 2017, a Sunday in 2018
    text = (
        "BAGDAD, 1er avril (Agence) - Les forces irakiennes ont repris samedi le village, tenu "
        "par les jihadistes depuis juin 2014. L'offensive reprendra dimanche vers l'ouest, a "
        "indiqué un porte-parole."
    )
    assert published(text, "fr") == "2017-04-01"


def test_buses_will_leave_the_next_day_en() -> None:
    # 14 October: a Friday in 2016, a Saturday in 2017
    text = (
        "BEIRUT, Oct 14 (Agency) - Government forces entered the town on Friday after rebels "
        "agreed to leave, state media reported. Buses will take the last fighters to Idlib on "
        "Saturday. The town fell to the rebels in 2012."
    )
    assert published(text, "en") == "2016-10-14"


def test_near_miss_next_day_told_in_the_past_still_moves_the_dispatch() -> None:
    # told as done ("est entrée jeudi matin"), the Thursday is a news day: filed on Thursday
    text = (
        "ALEP, 7 mai (Agence) - Les derniers rebelles ont évacué mercredi le quartier, assiégé "
        "depuis mars 2012, selon un photographe. Jeudi matin, l'armée est entrée dans les rues "
        "évacuées, a constaté un journaliste."
    )
    assert published(text, "fr") == "2015-05-07"
