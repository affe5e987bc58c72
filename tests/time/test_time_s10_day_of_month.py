"""A day of the month told alone: "Le 5, ...", "le 3 courant", "On the 5th," (session 10).

Class: after "le 2 mars" or under a "Février 2017 :" heading, a chronology or a dispatch names
the next days by their number alone; they were no date, so their acts took the last day told.
They take the month told before (the current month after "courant"); never an ordinal ("le 5e
régiment"), a bare number inside a clause, a day after the publication, nor a year's month.
"""

from __future__ import annotations

from datetime import date

from newsift.time.resolve import tag_spans


def _values(text: str, lang: str = "fr", anchor: date = date(2017, 3, 15)) -> dict[str, str]:
    return {e.text: e.value for e in tag_spans(text, [(0, len(text), lang)], anchor) if e.value}


def test_a_day_told_alone_takes_the_month_told_before() -> None:
    got = _values(
        "Le 2 mars, les rebelles ont lancé l'assaut. Le 5 au matin, l'armée est entrée dans "
        "la ville, que les jihadistes ont reprise le 11."
    )
    assert got["Le 5"] == "2017-03-05"
    assert got["le 11"] == "2017-03-11"
    # under a month heading of a chronology
    got = _values(
        "Février 2017 :\nLe 3, les FDS prennent le barrage ; le 9, elles entrent à Tabqa."
    )
    assert got["Le 3"] == "2017-02-03"
    assert got["le 9"] == "2017-02-09"
    assert (
        _values("On March 2, rebels attacked. On the 5th, troops entered the town.", "en")[
            "On the 5th"
        ]
        == "2017-03-05"
    )
    assert _values("Le 3 courant, l'armée a repris la colline.")["Le 3 courant"] == "2017-03-03"


def test_near_misses_of_a_day_told_alone() -> None:
    # no month told before; an ordinal; a number with no date's punctuation; a day after the
    # publication; a year range is no month
    assert "Le 1er" not in _values("Le 1er, l'armée a lancé l'offensive.")
    assert not any(
        k.startswith("Le 5") for k in _values("Le 2 mars 2017, X. Le 5e régiment est arrivé.")
    )
    assert "le 5" not in _values(
        "Le 2 mars, X. L'offensive lancée le 5 a permis de reprendre la ville."
    )
    assert "le 28" not in _values("Le 2 mars, l'armée est entrée ; le 28, elle a quitté la ville.")
    assert "Le 11" not in _values(
        "Entre 2012 et 2016, la ville a changé de mains. Le 11, elle tombe."
    )
