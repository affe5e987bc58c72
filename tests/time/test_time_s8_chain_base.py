"""What "la veille" / "the day before" counts from (session 8).

Classes: (1) a sentence that opens on the eve or morrow of a named event ("La veille du départ,
...", "Le lendemain de l'assaut, ...", "The day before the evacuation, ...") counts from the day
of the act the story leads with, not from the last day told (often a background's); (2) a day
that only starts a span ("les combats, qui duraient depuis vendredi", "since Sunday") is no
point the story is on: a later "La veille" does not count from it. Near misses: a bare
"Le lendemain," still counts from the last day told; "la veille du 14" is a date, not an event.
"""

from __future__ import annotations

from newsift.time.resolve import parse_dates

SATURDAY = "2017-03-18"  # a Saturday


def found(text: str, lang: str = "fr", anchor: str = SATURDAY) -> dict[str, str | None]:
    return {e.text: e.value for e in parse_dates(text, lang, anchor)}


def test_the_eve_of_the_departure_is_the_day_before_the_lead_act() -> None:
    got = found(
        "Un premier convoi a quitté samedi le quartier, en application de l'accord signé "
        "lundi. L'accord avait été négocié pendant des semaines et signé lundi soir. "
        "La veille du départ, des roquettes avaient visé un quartier voisin."
    )
    assert got["La veille"] == "2017-03-17"


def test_the_morrow_of_the_assault_in_another_sentence_order() -> None:
    got = found(
        "Les rebelles ont lancé mercredi l'assaut contre la colline. Le 2 mars, un premier "
        "raid avait échoué.\nLe lendemain de l'assaut, l'armée a bombardé leurs positions."
    )
    assert got["Le lendemain"] == "2017-03-16"


def test_english_day_before_the_evacuation() -> None:
    got = found(
        "The last rebels left the district on Thursday under a deal signed on Monday. "
        "The day before the evacuation, shells hit a nearby neighbourhood.",
        "en",
    )
    assert got["The day before"] == "2017-03-15"


def test_a_since_day_is_no_base_for_the_eve() -> None:
    got = found(
        "Les YPG ont pris mardi le contrôle de la ville. « Les combats, qui duraient depuis "
        "vendredi, ont fait 40 morts », a déclaré l'OSDH.\nLa veille, les Kurdes étaient "
        "entrés dans la bourgade voisine."
    )
    assert got["vendredi"] == "2017-03-17"  # the span's start keeps its own value
    assert got["La veille"] == "2017-03-13"
    en = found(
        "Troops took the town on Thursday after clashes that had raged since Sunday. "
        "The day before, jets had struck the bridge.",
        "en",
    )
    assert en["The day before"] == "2017-03-15"


def test_near_misses_a_bare_morrow_and_a_dated_eve_keep_the_last_day_told() -> None:
    got = found(
        "L'armée a repris jeudi la colline. Le 2 mars, les rebelles avaient attaqué un poste. "
        "Le lendemain, ils se sont retirés."
    )
    assert got["Le lendemain"] == "2017-03-03"
    got = found(
        "L'armée a repris jeudi la colline. Le 9 mars, un raid a visé le dépôt. "
        "Le lendemain, ils ont riposté."
    )
    assert got["Le lendemain"] == "2017-03-10"
