"""Session 5: a night across two days is one 2-day range; "May last year" is one date."""

from __future__ import annotations

from datetime import date

from newsift.time.resolve import DateExpr, parse_dates

ANCHOR = "2017-11-21"  # a Tuesday


def dates(text: str, lang: str = "en", anchor: str = ANCHOR) -> list[DateExpr]:
    return parse_dates(text, lang, anchor)


def test_french_night_of_two_days_with_month_is_both_days() -> None:
    (e,) = dates("Des missiles ont frappé l'aéroport dans la nuit du 9 au 10 mars.", "fr")
    assert (e.value, e.precision) == ("2017-03-09/2017-03-10", "range")
    assert [p.value for p in e.parts] == ["2017-03-09", "2017-03-10"]


def test_english_night_forms_are_both_days() -> None:
    (e,) = dates("Rockets fell on the camp on the night of March 9 to 10.")
    assert e.value == "2017-03-09/2017-03-10"
    (f,) = dates("Rockets fell on the camp during the night of 9 to 10 March 2016.")
    assert f.value == "2016-03-09/2016-03-10"


def test_night_without_month_takes_the_previous_date_month() -> None:
    text = (
        "Le 2 février, l'armée est entrée dans la ville. "
        "Dans la nuit du 4 au 5, elle a été bombardée."
    )
    first, night = dates(text, "fr")
    assert first.value == "2017-02-02"
    assert night.value == "2017-02-04/2017-02-05"


def test_night_of_weekdays_is_one_range_not_two_days() -> None:
    (e,) = dates("Des raids ont visé le village dans la nuit de dimanche à lundi.", "fr")
    assert (e.value, e.precision) == ("2017-11-19/2017-11-20", "range")
    (f,) = dates("Jets pounded the village on Sunday night into Monday.")
    assert f.value == "2017-11-19/2017-11-20"
    (g,) = dates("Jets pounded the village overnight from Sunday to Monday.")
    assert g.value == "2017-11-19/2017-11-20"


def test_non_consecutive_days_are_no_night() -> None:
    found = dates("Des raids ont visé le village dans la nuit de vendredi à lundi.", "fr")
    assert all(e.precision != "range" for e in found)
    # a plain range of days stays a range of its own
    (e,) = dates("Les pourparlers ont duré du 9 au 12 mars.", "fr")
    assert e.value == "2017-03-09/2017-03-12" and e.rule == "day_range"


def test_month_of_last_year_is_one_date_in_the_year_before() -> None:
    (e,) = dates("L'armée avait repris la colline en mars l'an dernier.", "fr")
    assert (e.value, e.precision) == ("2016-03", "month")
    (f,) = dates("L'armée avait repris la colline le 8 mars de l'année dernière.", "fr")
    assert (f.value, f.precision) == ("2016-03-08", "day")
    (g,) = dates("The army had retaken the hill in March of last year.")
    assert g.value == "2016-03"
    (h,) = dates("The army had retaken the hill on March 8 last year.")
    assert h.value == "2016-03-08"


def test_month_and_a_later_last_year_stay_apart() -> None:
    found = dates("En mars, l'armée a repris la colline ; l'an dernier elle l'avait perdue.", "fr")
    assert [e.value for e in found] == ["2017-03", "2016"]


def test_weekday_dateline_is_the_last_such_day_up_to_the_anchor() -> None:
    # the story's future tense does not push the dispatch's own day forward
    (e,) = dates("DAMAS, dimanche (Agence) - L'armée lancera une offensive sur Deraa.", "fr")
    assert e.value == "2017-11-19"
    (f,) = dates("AMMAN, Sunday (Agency) - The army will launch an offensive on Deraa.")
    assert f.value == "2017-11-19"
    (g,) = dates("AMMAN, Tuesday (Agency) - The army will launch an offensive on Deraa.")
    assert g.value == "2017-11-21"


def test_weekday_in_the_story_still_follows_its_tense() -> None:
    (e,) = dates("L'armée lancera dimanche une offensive sur Deraa, selon une source.", "fr")
    assert e.value == "2017-11-26"


def _inferred(text: str, lang: str) -> tuple[str, str, str] | None:
    from newsift.time.infer import infer_anchor

    r = infer_anchor(text, [(0, len(text), lang)], today=date(2026, 11, 21))
    return None if r is None else (r.published, r.precision, r.reason)


def test_broadcast_line_dates_the_page_to_the_day() -> None:
    fr = (
        "Le Journal du soir — diffusé le mardi 10 février 2015 — 24 min\n"
        "Bonsoir. Les forces irakiennes ont repris hier le village de Dour, au sud de Tikrit."
    )
    assert _inferred(fr, "fr") == ("2015-02-10", "day", "broadcast line")
    en = (
        "Evening Report\nFirst broadcast: Tuesday 10 February 2015\n"
        "Good evening. Iraqi forces retook the village of Dour yesterday."
    )
    assert _inferred(en, "en") == ("2015-02-10", "day", "broadcast line")


def test_a_video_broadcast_in_a_sentence_does_not_date_the_page() -> None:
    text = (
        "Titre de la page\nUne vidéo diffusée le 3 février 2015 montre les combats.\n"
        "Les forces irakiennes ont repris le village le 28 février 2015."
    )
    got = _inferred(text, "fr")
    assert got is not None and got[2] != "broadcast line"


def test_compound_numbers_of_hours() -> None:
    (e,) = dates("Les combats ont duré quarante-huit heures.", "fr")
    assert e.value == "PT48H"
    (f,) = dates("The fighting lasted seventy-two hours.")
    assert f.value == "PT72H"
