"""A part of a day told before: "ce matin-là", "le soir même", "that morning" (session 10).

Class: "Ce matin-là" was read as "ce matin" (the publication's morning) and "that morning",
"le soir même", "the night before" were no date at all, so the act of that sentence took the
publication day or the sentence before's; they count from the day told before, as "la veille".
"""

from __future__ import annotations

from datetime import date

from newsift.time.resolve import tag_spans


def test_that_morning_is_the_day_told_before_not_today() -> None:
    pub = date(2017, 3, 10)
    fr = "Le 3 mars, les rebelles ont attaqué. Ce matin-là, deux obus sont tombés sur le marché."
    got = {e.text: e.value for e in tag_spans(fr, [(0, len(fr), "fr")], pub)}
    assert got["Ce matin-là"] == "2017-03-03"
    en = "On March 3, the rebels attacked. That morning, two shells hit the market."
    got = {e.text: e.value for e in tag_spans(en, [(0, len(en), "en")], pub)}
    assert got["That morning"] == "2017-03-03"
    same = "Le 3 mars, une frappe a tué trois soldats ; le président a appelé Ankara le soir même."
    got = {e.text: e.value for e in tag_spans(same, [(0, len(same), "fr")], pub)}
    assert got["le soir même"] == "2017-03-03"
    chain = "Le 3 mars, l'armée est entrée. Le lendemain matin, les rebelles ont fui."
    got = {e.text: e.value for e in tag_spans(chain, [(0, len(chain), "fr")], pub)}
    assert got["Le lendemain matin"] == "2017-03-04"


def test_near_miss_ce_matin_alone_is_the_publication_morning() -> None:
    text = "Le 3 mars, les rebelles ont attaqué. Ce matin, l'armée est entrée dans la ville."
    got = {e.text: e.value for e in tag_spans(text, [(0, len(text), "fr")], date(2017, 3, 10))}
    assert got["Ce matin"] == "2017-03-10"
