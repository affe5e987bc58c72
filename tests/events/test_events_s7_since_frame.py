"""A date ending a phrase opened by "depuis"/"since" dates no act of the sentence.

Cause (session 7, G:date): "la Turquie a perdu jeudi soir 33 soldats dans une frappe ..., la
plus lourde perte de l'armée depuis son entrée en Syrie en 2016" gave the strike a second row
dated 2016 (two dates in the clause make one event per date). The year bounds a comparison
("since its entry", "since the war began"), it is no time of the strike.
``data/events/dates.toml`` since_frame. Sentences written for these tests.
"""

from __future__ import annotations

from test_events_dates import subs


def test_fr_since_phrase_year_gives_no_second_row(extract) -> None:
    text = (
        "L'armée turque a perdu jeudi soir au moins 20 soldats dans une frappe aérienne près "
        "de Saraqeb, une frappe qui constitue la plus lourde perte de ses troupes depuis leur "
        "entrée en Syrie en 2016."
    )
    events = extract(
        text,
        places=[("Saraqeb", "Saraqib"), ("Syrie", "Syria")],
        dates=[("jeudi soir", "2020-02-27"), ("2016", "2016")],
        actors=[("armée turque", "Military Forces of Turkey")],
        lang="fr",
        published="2020-02-29",
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes, subs(events)
    assert all(e.event_date == "2020-02-27" for e in strikes), subs(events)


def test_en_since_clause_year_gives_no_second_row(extract) -> None:
    text = (
        "Jets struck a market in Maarat al-Numan on Monday, killing 40 people in the deadliest "
        "raid on the town since the war began in 2011."
    )
    events = extract(
        text,
        places=[("Maarat al-Numan", "Maarat al-Numan")],
        dates=[("Monday", "2019-07-22"), ("2011", "2011")],
        lang="en",
        published="2019-07-23",
    )
    assert events, subs(events)
    assert all(e.event_date == "2019-07-22" for e in events), subs(events)


def test_fr_year_of_the_act_after_a_since_place_is_kept(extract) -> None:
    # near miss: "depuis" names where the troops came from, the year is the capture's
    text = "Les forces turques ont avancé depuis la frontière et ont pris Jarablus en 2016."
    events = extract(
        text,
        places=[("Jarablus", "Jarabulus")],
        dates=[("2016", "2016")],
        actors=[("forces turques", "Military Forces of Turkey")],
        lang="fr",
        published="2019-01-10",
    )
    assert events, subs(events)
    assert all(e.event_date == "2016" for e in events), subs(events)
