"""Event dates (session 6): an act told as an adverbial dependent of another dated act's verb
takes that verb's day.

Cause: "Mardi, les peshmergas ont quitté X sans combattre": the withdrawal ("sans
combattre") hangs on "ont quitté", which carries "Mardi"; as "quitté" was another trigger's
verb, the day was left to it and the withdrawal took the publication date. An act joined to a
dated verb by a manner or time link ("after shelling it", "en bombardant", "recapturing")
happens on that verb's day; one in a describing clause or a pluperfect does not (near miss).
Sentences written for these tests; the mentions are placed by hand as the time stage would.
"""

from __future__ import annotations

from helpers import make_doc

from newsift.model import Event


def dated(events: list[Event], place: str) -> set[str | None]:
    return {e.event_date for e in events if e.location == place}


def test_withdrawal_without_a_fight_on_the_fronted_weekday_fr(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "Le 25 avril, des drones turcs ont frappé Mossoul.\n"
        "Et tout a basculé. Mardi, les peshmergas ont quitté Kirkouk sans combattre, et les "
        "miliciens y sont entrés dans la journée.",
        places=[("Mossoul", "Mosul"), ("Kirkouk", "Kirkuk")],
        dates=[("25 avril", "2017-04-25"), ("Mardi", "2017-10-17")],
        lang="fr",
        published="2017-10-21",
    )
    assert dated(process(doc), "Kirkuk") == {"2017-10-17"}


def test_shelling_before_entering_en(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "Jets struck Idlib on May 2.\n"
        "On Friday, government troops entered Raqqa after shelling it for hours, the monitor "
        "said.",
        places=[("Idlib", "Idlib"), ("Raqqa", "Raqqa")],
        dates=[("May 2", "2017-05-02"), ("Friday", "2017-05-12")],
        published="2017-05-14",
    )
    assert dated(process(doc), "Raqqa") == {"2017-05-12"}


def test_gerund_strike_while_taking_fr(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "Le 2 mai, l'aviation a frappé Idleb.\n"
        "Jeudi, les rebelles se sont emparés de Saraqib en bombardant les positions de "
        "l'armée.",
        places=[("Idleb", "Idlib"), ("Saraqib", "Saraqib")],
        dates=[("2 mai", "2019-05-02"), ("Jeudi", "2019-05-23")],
        lang="fr",
        published="2019-05-25",
    )
    assert dated(process(doc), "Saraqib") == {"2019-05-23"}


def test_participle_recapturing_en(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "Jets struck Raqqa on March 2.\nSyrian troops pushed north on Sunday, recapturing "
        "Manbij from the jihadists after a week of fighting.",
        places=[("Raqqa", "Raqqa"), ("Manbij", "Manbij")],
        dates=[("March 2", "2016-03-02"), ("Sunday", "2016-03-27")],
        published="2016-03-29",
    )
    assert dated(process(doc), "Manbij") == {"2016-03-27"}


def test_essay_paragraph_keeps_the_fronted_weekday_fr(process) -> None:  # noqa: ANN001
    # an essay (years long past): an undated act would take the publication, not "Mardi"
    doc = make_doc(
        "En 1991, Bagdad perdait le nord. En 2003, les Américains envahissaient le pays. En "
        "2007, des camions piégés frappaient les villages.\n"
        "Le 25 avril, des drones turcs ont frappé Mossoul.\n"
        "Et tout a basculé. Mardi, les peshmergas ont quitté Kirkouk sans combattre, et les "
        "miliciens y sont entrés dans la journée.",
        places=[("Mossoul", "Mosul"), ("Kirkouk", "Kirkuk")],
        dates=[
            ("1991", "1991"),
            ("2003", "2003"),
            ("2007", "2007"),
            ("25 avril", "2017-04-25"),
            ("Mardi", "2017-10-17"),
        ],
        lang="fr",
        published="2017-10-21",
    )
    assert dated(process(doc), "Kirkuk") == {"2017-10-17"}


# ------------------------------------------------------------------ a colon opens a clause
def only_sub(events: list[Event], sub: str) -> set[str | None]:
    return {e.event_date for e in events if e.sub_event_type == sub}


def test_colon_after_a_relative_clause_fr(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "Le 4 avril, des civils ont péri à Idleb.\n"
        "Ce que personne ne conteste, c'est la suite : dans la nuit du 6 au 7 avril, des "
        "missiles de croisière s'abattaient sur la base aérienne près de Homs.",
        places=[("Idleb", "Idlib"), ("Homs", "Homs")],
        dates=[("4 avril", "2017-04-04"), ("nuit du 6 au 7 avril", "2017-04-06")],
        lang="fr",
        published="2017-04-12",
    )
    assert dated(process(doc), "Homs") == {"2017-04-06"}


def test_colon_after_what_clause_en(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "On April 4, dozens died in Idlib.\n"
        "What nobody disputes is what came next: on April 7, cruise missiles fired from two "
        "destroyers slammed into the airbase near Homs.",
        places=[("Idlib", "Idlib"), ("Homs", "Homs")],
        dates=[("April 4", "2017-04-04"), ("April 7", "2017-04-07")],
        published="2017-04-12",
    )
    assert dated(process(doc), "Homs") == {"2017-04-07"}


def test_near_miss_relative_clause_date_is_not_the_shelling_s(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "The army shelled Hama on Monday, a town which the rebels had stormed on May 3.",
        places=[("Hama", "Hama")],
        dates=[("Monday", "2016-05-09"), ("May 3", "2016-05-03")],
        published="2016-05-11",
    )
    assert only_sub(process(doc), "Shelling/artillery/missile attack") == {"2016-05-09"}


# ------------------------------------------------------------------ announced acts: undated
PROSPECTS = ("planned", "speculative")


def prospects(events: list[Event], place: str) -> list[tuple[str, str | None]]:
    return [(e.modality, e.event_date) for e in events if e.location == place]


def test_evacuation_due_on_a_weekday_is_undated_fr(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "Selon un responsable rebelle, les derniers combattants de Homs doivent être évacués "
        "mercredi vers Idleb.",
        places=[("Homs", "Homs"), ("Idleb", "Idlib")],
        dates=[("mercredi", "2017-04-19")],
        lang="fr",
        published="2017-04-17",
    )
    got = prospects(process(doc), "Homs")
    assert got and all(m in PROSPECTS and d is None for m, d in got)


def test_promised_liberation_in_a_year_is_undated_en(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "The prime minister promised on Sunday that Mosul would be liberated in 2016.",
        places=[("Mosul", "Mosul")],
        dates=[("Sunday", "2015-12-27"), ("2016", "2016")],
        published="2015-12-28",
    )
    got = prospects(process(doc), "Mosul")
    assert got and all(m in PROSPECTS and d is None for m, d in got)


def test_announced_entry_on_thursday_is_undated_fr(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "« L'armée entrera jeudi dans les quartiers évacués de Homs », a annoncé le gouverneur.",
        places=[("Homs", "Homs")],
        dates=[("jeudi", "2014-05-08")],
        lang="fr",
        published="2014-05-07",
    )
    got = prospects(process(doc), "Homs")
    assert all(m in PROSPECTS and d is None for m, d in got)


def test_could_storm_before_the_end_of_the_month_is_undated_en(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "Analysts say the army could storm Raqqa before the end of the month.",
        places=[("Raqqa", "Raqqa")],
        dates=[("the end of the month", "2017-06")],
        published="2017-06-10",
    )
    got = prospects(process(doc), "Raqqa")
    assert all(m in PROSPECTS and d is None for m, d in got)


def test_near_miss_a_done_act_keeps_its_day(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "The army retook Raqqa on Sunday after a week of fighting, state media said.",
        places=[("Raqqa", "Raqqa")],
        dates=[("Sunday", "2017-06-11")],
        published="2017-06-12",
    )
    assert ("reported", "2017-06-11") in prospects(process(doc), "Raqqa")


def test_near_miss_two_days_on_the_governor_stay_one_campaign_en(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "Coalition aircraft carried out four air strikes near Mosul on Saturday and Sunday, "
        "destroying two vehicles, the command said.",
        places=[("Mosul", "Mosul")],
        dates=[("Saturday", "2015-02-14"), ("Sunday", "2015-02-15")],
        published="2015-02-16",
    )
    strikes = [e for e in process(doc) if e.sub_event_type == "Air/drone strike"]
    assert [e.event_date for e in strikes] == ["2015-02-14"]
