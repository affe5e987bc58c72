"""Event dates: live entries and posts restart the story; background clauses keep their dates.

Causes (fresh French dumps): a liveblog entry's undated event took the day the previous entry
told ("14h32 - ... mardi"); "ont repris Rutba, tombée aux mains des jihadistes en 2015" dated the
recapture 2015; "au lendemain de la reprise de Kirkouk" was read as the day after publication;
an announced "d'ici mardi" moved the story to a day after the publication. Sentences written
for these tests; the mentions are placed by hand as the time stage would place them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import at_place, make_doc
from test_events_dates import subs

from newsift.events.story import moves_story
from newsift.events.when import parse_point
from newsift.model import Document

# ------------------------------------------------------------------ live entries and posts
LIVE_FR = (
    "14h32 - Les forces irakiennes ont repris mardi le village de Kirkouk, selon l'armée.\n"
    "12h10 - Les peshmergas ont pris le contrôle de plusieurs villages autour de Mossoul."
)


def live_doc(entries: bool) -> Document:
    doc = make_doc(
        LIVE_FR,
        places=[("Kirkouk", "Kirkuk"), ("Mossoul", "Mosul")],
        dates=[("mardi", "2016-10-18")],
        lang="fr",
        published="2016-10-20",
    )
    if entries:
        second = doc.text.index("12h10")
        doc.meta["time_entries"] = {"1": [[0, None], [second, None]]}
    return doc


def test_fr_live_entry_takes_the_page_day_not_the_previous_entry_day(process) -> None:
    events = process(live_doc(entries=True))
    mosul = at_place(events, "Mosul")
    assert mosul, subs(events)
    assert all(e.event_date == "2016-10-20" for e in mosul), subs(events)
    assert all(e.event_date == "2016-10-18" for e in at_place(events, "Kirkuk")), subs(events)


def test_fr_without_entries_the_story_day_carries_on(process) -> None:
    # the same text read as one narrative: the second sentence inherits "mardi"
    events = process(live_doc(entries=False))
    assert [e.event_date for e in at_place(events, "Mosul")] == ["2016-10-18"], subs(events)


def test_en_post_takes_its_stamp_day(process) -> None:
    text = (
        "[03.03.18 20:10] Government forces shelled rebel positions in Idlib on Saturday.\n"
        "[05.03.18 09:15] Rebels attacked an army checkpoint near Hama."
    )
    doc = make_doc(
        text,
        places=[("Idlib", "Idlib"), ("Hama", "Hama")],
        dates=[("Saturday", "2018-03-03")],
        actors=[("Government forces", "Military Forces of Syria")],
        published="2018-03-03",
    )
    second = doc.text.index("[05.03.18")
    doc.meta["time_entries"] = {"1": [[0, "2018-03-03"], [second, "2018-03-05"]]}
    events = process(doc)
    hama = at_place(events, "Hama")
    assert hama, subs(events)
    assert all(e.event_date == "2018-03-05" for e in hama), subs(events)


# ------------------------------------------------------------------ background clauses
def test_fr_participle_background_year_dates_no_recapture(extract) -> None:
    text = "Les forces irakiennes ont repris Mossoul, tombée aux mains des jihadistes en 2014."
    events = extract(
        text,
        places=[("Mossoul", "Mosul")],
        dates=[("2014", "2014")],
        actors=[("forces irakiennes", "Military Forces of Iraq")],
        lang="fr",
        published="2017-07-10",
    )
    regains = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert regains, subs(events)
    assert any(e.event_date != "2014" for e in regains), subs(events)
    assert all(e.event_date in ("2014", "2017-07-10") for e in regains), subs(events)


def test_fr_pluperfect_relative_clause_keeps_its_year(extract) -> None:
    text = "L'armée syrienne a bombardé Raqqa, une ville que l'EI avait conquise en 2014."
    events = extract(
        text,
        places=[("Raqqa", "Raqqa")],
        dates=[("2014", "2014")],
        actors=[("armée syrienne", "Military Forces of Syria"), ("EI", "Islamic State")],
        lang="fr",
        published="2017-06-06",
    )
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling, subs(events)
    assert all(e.event_date == "2017-06-06" for e in shelling), subs(events)
    taken = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert all(e.event_date == "2014" for e in taken), subs(events)


def test_en_which_had_seized_dates_the_capture_not_the_recapture(extract) -> None:
    text = "Iraqi forces recaptured Mosul, which ISIS had seized in June 2014."
    events = extract(
        text,
        places=[("Mosul", "Mosul")],
        dates=[("June 2014", "2014-06")],
        actors=[("Iraqi forces", "Military Forces of Iraq"), ("ISIS", "Islamic State")],
        published="2017-07-10",
    )
    regains = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert regains, subs(events)
    assert all(e.event_date == "2017-07-10" for e in regains), subs(events)
    seized = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert seized and all(e.event_date == "2014-06" for e in seized), subs(events)


def test_en_day_of_the_main_clause_is_kept(extract) -> None:
    # a day far from a participle describing a noun is the main verb's (parser attachments)
    text = (
        "Syrian warplanes struck vehicles used by the attackers in the hills around Hama on "
        "Friday night, the army said."
    )
    events = extract(
        text,
        places=[("Hama", "Hama")],
        dates=[("Friday night", "2017-11-24")],
        actors=[("Syrian warplanes", "Military Forces of Syria")],
        published="2017-11-25",
    )
    assert events, subs(events)
    assert all(e.event_date == "2017-11-24" for e in events), subs(events)


# ------------------------------------------------------------------ days told from an event
def test_fr_au_lendemain_de_dates_the_event_the_day_before(process) -> None:
    text = (
        "Les forces irakiennes ont pris mardi le contrôle de Mossoul, au lendemain de la "
        "reprise de Kirkouk par les forces fédérales."
    )
    doc = make_doc(
        text,
        places=[("Mossoul", "Mosul"), ("Kirkouk", "Kirkuk")],
        dates=[("mardi", "2017-10-17"), ("lendemain", "2017-10-18")],
        actors=[("forces irakiennes", "Military Forces of Iraq")],
        lang="fr",
        published="2017-10-17",
    )
    for m in doc.mentions:
        if m.text == "lendemain":
            m.anchor = "2017-10-17"  # as the time stage resolves it: a day after the anchor
    events = process(doc)
    kirkuk = at_place(events, "Kirkuk")
    assert kirkuk, subs(events)
    assert all(e.event_date == "2017-10-16" for e in kirkuk), subs(events)
    assert all(e.event_date == "2017-10-17" for e in at_place(events, "Mosul")), subs(events)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Après les batailles de Kirkouk et de Mossoul, le Premier ministre a salué mardi une "
            "victoire historique de l'armée irakienne.",
            "fr",
            "mardi",
        ),
        (
            "After the battles of Kirkuk and Mosul, the prime minister hailed on Tuesday a "
            "historic victory of the Iraqi army.",
            "en",
            "Tuesday",
        ),
    ],
)
def test_battles_named_as_past_are_undated(extract, text: str, lang: str, day: str) -> None:
    kirkuk, mosul = ("Kirkouk", "Mossoul") if lang == "fr" else ("Kirkuk", "Mosul")
    army = "armée irakienne" if lang == "fr" else "Iraqi army"
    events = extract(
        text,
        lang=lang,
        places=[(kirkuk, "Kirkuk"), (mosul, "Mosul")],
        dates=[(day, "2017-10-24")],
        actors=[(army, "Military Forces of Iraq")],
        published="2017-10-25",
    )
    assert at_place(events, "Kirkuk") and at_place(events, "Mosul"), subs(events)
    assert all(e.event_date is None for e in events), subs(events)


def test_en_after_the_capture_keeps_a_day_of_its_own(extract) -> None:
    own = "After the capture of Kirkuk on Monday, Iraqi forces advanced toward Mosul on Tuesday."
    loose = "After heavy clashes near Kirkuk, Iraqi forces advanced toward Mosul on Tuesday."
    kw = dict(
        places=[("Kirkuk", "Kirkuk"), ("Mosul", "Mosul")],
        actors=[("Iraqi forces", "Military Forces of Iraq")],
        published="2017-10-25",
    )
    events = extract(own, dates=[("Monday", "2017-10-23"), ("Tuesday", "2017-10-24")], **kw)
    assert all(e.event_date == "2017-10-23" for e in at_place(events, "Kirkuk")), subs(events)
    # an indefinite "after heavy clashes" is the story's own fighting, not a named past event
    events = extract(loose, dates=[("Tuesday", "2017-10-24")], **kw)
    assert all(e.event_date is not None for e in at_place(events, "Kirkuk")), subs(events)


# ------------------------------------------------------------------ the story's day
def test_a_day_after_the_publication_never_moves_the_story() -> None:
    published = parse_point("2017-01-29")
    announced = parse_point("2017-01-31")  # "d'ici mardi"
    told = parse_point("2017-01-28")  # "samedi"
    assert announced is not None and told is not None
    assert not moves_story(None, announced, published)
    assert moves_story(None, told, published)
    assert published is not None and published.start == dt.date(2017, 1, 29)


def test_fr_announced_day_does_not_date_the_next_entry_s_event(extract) -> None:
    text = (
        "Le ministre a annoncé que l'armée entrerait d'ici mardi dans Idleb. "
        "Les bus des insurgés ont quitté la ville de Homs, selon la télévision d'État."
    )
    events = extract(
        text,
        places=[("Idleb", "Idlib"), ("Homs", "Homs")],
        dates=[("d'ici mardi", "2017-01-31")],
        lang="fr",
        published="2017-01-29",
    )
    homs = at_place(events, "Homs")
    assert all(e.event_date != "2017-01-31" for e in homs), subs(events)


def test_en_fronted_day_dates_both_coordinated_verbs(extract) -> None:
    text = (
        "On Monday, government forces pushed on and recaptured the nearby town of Manbij, "
        "according to officials."
    )
    events = extract(
        text,
        places=[("Manbij", "Manbij")],
        dates=[("Monday", "2016-08-15")],
        actors=[("government forces", "Military Forces of Syria")],
        published="2016-08-17",
    )
    town = at_place(events, "Manbij")
    assert town, subs(events)
    assert all(e.event_date == "2016-08-15" for e in town), subs(events)


def test_weekday_of_a_year_only_article_is_only_that_year(process) -> None:
    doc = make_doc(
        "Des frappes aériennes ont tué mardi au moins quinze civils à Idleb.",
        places=[("Idleb", "Idlib")],
        dates=[("mardi", "2013-12-24")],
        lang="fr",
    )
    doc.articles[0].published, doc.articles[0].published_precision = "2013", "year"
    for m in doc.mentions:
        if m.kind == "date":
            m.anchor = "2013-12-31"  # resolved from the year's last day by the time stage
    events = process(doc)
    assert events, subs(events)
    assert all((e.event_date, e.time_precision) == ("2013", 3) for e in events), subs(events)


def test_en_statement_day_dates_the_capture_it_reports(extract) -> None:
    # "operations" is a trigger whose nearest verb is the statement: not another event's date
    text = (
        "On October 17, the SDF announced that military operations in Raqqa were over after "
        "they captured the national hospital and the stadium."
    )
    events = extract(
        text,
        places=[("Raqqa", "Raqqa")],
        dates=[("October 17", "2017-10-17")],
        actors=[("SDF", "Syrian Democratic Forces")],
        published="2017-11-20",
    )
    taken = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken, subs(events)
    assert all(e.event_date == "2017-10-17" for e in taken), subs(events)


def test_fr_clock_entry_under_a_day_line_takes_that_day(process) -> None:
    text = (
        "Jeudi 15 décembre\n"
        "20h40 - Les rebelles ont attaqué un poste de l'armée à Alep.\n"
        "11h05 - L'armée syrienne a bombardé le quartier d'al-Machhad à Homs."
    )
    doc = make_doc(
        text,
        places=[("Alep", "Aleppo"), ("Homs", "Homs")],
        dates=[("Jeudi 15 décembre", "2016-12-15")],
        actors=[("armée syrienne", "Military Forces of Syria")],
        lang="fr",
        published="2016-12-16",
    )
    first, second = doc.text.index("20h40"), doc.text.index("11h05")
    doc.meta["time_entries"] = {"1": [[0, "2016-12-15"], [first, None], [second, None]]}
    events = process(doc)
    homs = at_place(events, "Homs")
    assert homs, subs(events)
    assert all(e.event_date == "2016-12-15" for e in homs), subs(events)
