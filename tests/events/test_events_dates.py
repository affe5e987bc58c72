"""Event dates follow the story's own timeline; past events told with a date are found.

Sentences written for these tests (mentions placed by hand, as the time stage would).
"""

from __future__ import annotations

import datetime as dt

from newsift.events.story import date_cues, forward_weekday, moves_story, named_past
from newsift.events.when import parse_point
from newsift.model import Event


def subs(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.sub_event_type, e.location, e.event_date, e.evidence_text[:40]) for e in events]


def only(events: list[Event], sub: str) -> list[Event]:
    return [e for e in events if e.sub_event_type == sub]


# ------------------------------------------------------------------ background dates
def test_fr_background_month_does_not_date_the_next_sentences(extract) -> None:
    text = (
        "Les forces irakiennes ont lancé lundi une offensive contre Kirkouk, ville tombée aux "
        "mains des jihadistes en juin 2014. Dès le premier jour, les soldats ont repris six "
        "villages près de Mossoul, selon l'armée."
    )
    events = extract(
        text,
        places=[("Kirkouk", "Kirkuk"), ("Mossoul", "Mosul")],
        dates=[("lundi", "2016-10-17"), ("juin 2014", "2014-06")],
        actors=[("forces irakiennes", "Military Forces of Iraq")],
        lang="fr",
        published="2016-10-19",
    )
    retake = [e for e in events if e.location == "Mosul"]
    assert retake, subs(events)
    assert all(e.event_date == "2016-10-17" for e in retake), subs(events)


def test_en_background_month_in_a_no_event_sentence_is_not_the_story_day(extract) -> None:
    text = (
        "ISIS militants blew up the old mosque in Mosul on Wednesday night, the army said. "
        "It was from this mosque that the group's leader spoke in July 2014. "
        "The group quickly claimed that a US aircraft had destroyed the mosque."
    )
    events = extract(
        text,
        places=[("Mosul", "Mosul")],
        dates=[("Wednesday night", "2017-06-21"), ("July 2014", "2014-07")],
        actors=[("ISIS", "Islamic State")],
        published="2017-06-22",
    )
    assert events, subs(events)
    assert all(e.event_date == "2017-06-21" for e in events), subs(events)


def test_en_story_day_outlives_three_sentences(extract) -> None:
    text = (
        "Coalition aircraft killed dozens of soldiers near Abu Kamal late on Wednesday. "
        "A US official said the troops had come close to an allied base. "
        "The coalition gave no figure. Damascus told another story. "
        "State media said the soldiers were fighting jihadists near Abu Kamal when they were hit."
    )
    events = extract(
        text,
        places=[("Abu Kamal", "Abu Kamal"), ("Abu Kamal@2", "Abu Kamal")],
        dates=[("Wednesday", "2018-02-07")],
        published="2018-02-10",
    )
    fighting = [e for e in events if "fighting" in e.evidence_text]
    assert fighting, subs(events)
    assert all(e.event_date == "2018-02-07" for e in fighting), subs(events)


# ------------------------------------------------------------------ relative days
def test_fr_weekday_after_a_day_by_day_flashback_resolves_forward(extract) -> None:
    text = (
        "Le 13 décembre, un accord d'évacuation a été conclu à Alep. "
        "Dès le lendemain, les rebelles ont rompu la trêve. "
        "Des obus ont été tirés mercredi matin sur les positions de l'armée à Alep."
    )
    events = extract(
        text,
        places=[("Alep", "Aleppo"), ("Alep@2", "Aleppo")],
        dates=[
            ("13 décembre", "2016-12-13"),
            ("Dès le lendemain", "2016-12-14"),
            ("mercredi matin", "2016-12-21"),  # resolved from the publication date
        ],
        lang="fr",
        published="2016-12-23",
    )
    shells = only(events, "Shelling/artillery/missile attack")
    assert shells and shells[0].event_date == "2016-12-14", subs(events)


def test_fr_weekday_days_after_a_flashback_stays_in_the_publication_week(extract) -> None:
    text = (
        "Le 4 mai, la police a arrêté un chef tribal à Raqqa. "
        "Dès le lendemain, des hommes armés ont attaqué un barrage de l'armée à Raqqa. "
        "Vendredi, l'armée a repris le contrôle du quartier de Raqqa, selon un communiqué."
    )
    events = extract(
        text,
        places=[("Raqqa", "Raqqa"), ("Raqqa@2", "Raqqa"), ("Raqqa@3", "Raqqa")],
        dates=[
            ("4 mai", "2021-05-04"),
            ("Dès le lendemain", "2021-05-05"),
            ("Vendredi", "2021-05-14"),
        ],
        lang="fr",
        published="2021-05-15",
    )
    retaken = [e for e in events if "repris" in e.evidence_text]
    assert retaken and retaken[0].event_date == "2021-05-14", subs(events)


def test_fr_weekday_of_the_current_week_is_kept(extract) -> None:
    text = (
        "Le 9 novembre, l'armée avait annoncé la chute de la ville. "
        "Des obus ont été tirés dimanche sur un marché de Alep."
    )
    events = extract(
        text,
        places=[("Alep", "Aleppo")],
        dates=[("9 novembre", "2017-11-09"), ("dimanche", "2017-11-19")],
        lang="fr",
        published="2017-11-22",
    )
    shells = only(events, "Shelling/artillery/missile attack")
    assert shells and shells[0].event_date == "2017-11-19", subs(events)


def test_fr_day_after_an_event_yields_to_the_clause_weekday(extract) -> None:
    text = (
        "Au lendemain du lancement de l'opération, les troupes turques ont attaqué dimanche "
        "les positions kurdes près de Manbij."
    )
    events = extract(
        text,
        places=[("Manbij", "Manbij")],
        dates=[("Au lendemain", "2018-01-22"), ("dimanche", "2018-01-21")],
        actors=[("troupes turques", "Military Forces of Turkey")],
        lang="fr",
        published="2018-01-21",
    )
    dated = {e.event_date for e in events}
    assert dated == {"2018-01-21"}, subs(events)


# ------------------------------------------------------------------ not new events
def test_fr_attacks_named_by_a_yearless_date_long_ago_are_no_event(extract) -> None:
    text = (
        "Voir tomber les jihadistes à Raqqa, d'où furent préparés les attentats du 13 novembre, "
        "est une bonne chose."
    )
    events = extract(
        text,
        places=[("Raqqa", "Raqqa")],
        dates=[("13 novembre", "2016-11-13")],
        lang="fr",
        published="2017-10-19",
    )
    assert not only(events, "Remote explosive/landmine/IED"), subs(events)


def test_fr_since_the_start_of_the_offensive_is_a_frame(extract) -> None:
    text = (
        "Selon une ONG, les frappes de la coalition ont tué au moins 300 civils à Raqqa depuis "
        "le début de l'offensive, en juin."
    )
    events = extract(
        text,
        places=[("Raqqa", "Raqqa")],
        dates=[("juin", "2017-06")],
        actors=[("coalition", "Global Coalition Against Daesh")],
        lang="fr",
        published="2017-10-19",
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], subs(events)
    assert events[0].event_date == "2017-06", subs(events)


# ------------------------------------------------------------------ missed past events
def test_fr_blowing_up_a_mosque_is_an_explosive_event(extract) -> None:
    text = "Le 21 juin dernier, l'EI a fait sauter la grande mosquée de Mossoul."
    events = extract(
        text,
        places=[("Mossoul", "Mosul")],
        dates=[("21 juin dernier", "2017-06-21")],
        actors=[("EI", "Islamic State")],
        lang="fr",
        published="2017-07-10",
    )
    blown = only(events, "Remote explosive/landmine/IED")
    assert blown, subs(events)
    assert blown[0].event_date == "2017-06-21" and blown[0].location == "Mosul", subs(events)


def test_en_blew_up_a_bridge(extract) -> None:
    text = "Islamic State fighters blew up a bridge over the river in Raqqa on Monday."
    events = extract(
        text,
        places=[("Raqqa", "Raqqa")],
        dates=[("Monday", "2017-06-19")],
        actors=[("Islamic State", "Islamic State")],
        published="2017-06-20",
    )
    blown = only(events, "Remote explosive/landmine/IED")
    assert blown and blown[0].event_date == "2017-06-19", subs(events)


def test_fr_raising_a_flag_over_a_town_takes_it(extract) -> None:
    text = (
        "Mardi 17 octobre, les Forces démocratiques syriennes ont hissé leur drapeau sur le "
        "stade de Raqqa."
    )
    events = extract(
        text,
        places=[("Raqqa", "Raqqa")],
        dates=[("Mardi 17 octobre", "2017-10-17")],
        actors=[("Forces démocratiques syriennes", "Syrian Democratic Forces")],
        lang="fr",
        published="2017-10-19",
    )
    taken = only(events, "Non-state actor overtakes territory")
    assert taken and taken[0].event_date == "2017-10-17", subs(events)


# ------------------------------------------------------------------ the rules themselves
def test_moves_story_rules() -> None:
    pub = parse_point("2016-10-19")
    monday = parse_point("2016-10-17")
    june_2014 = parse_point("2014-06")
    last_month = parse_point("2016-10")
    assert june_2014 is not None and monday is not None and last_month is not None
    assert not moves_story(None, june_2014, pub)  # long before the publication
    assert not moves_story(monday, june_2014, pub)  # before the story's day
    assert moves_story(None, last_month, pub)
    assert moves_story(june_2014, monday, pub)  # a day always moves it


def test_forward_weekday_and_named_past() -> None:
    cues = date_cues("fr")
    story = parse_point("2016-12-14")
    pub = parse_point("2016-12-23")
    wed = parse_point("2016-12-21")
    assert story is not None and wed is not None and pub is not None
    assert forward_weekday(wed, "mercredi matin", story, pub, cues).start == dt.date(2016, 12, 14)
    assert forward_weekday(wed, "mercredi dernier", story, pub, cues) is wed
    assert forward_weekday(wed, "mercredi 21 décembre", story, pub, cues) is wed
    # the story's day after, in English: "The next day ... on Thursday" stays in the flashback
    en = date_cues("en")
    thu = parse_point("2016-12-22")
    assert thu is not None
    assert forward_weekday(thu, "on Thursday", story, pub, en).start == dt.date(2016, 12, 15)
    # two days on or more, the weekday of a dated article is the publication's week
    fri = parse_point("2016-12-16")
    sat = parse_point("2016-12-17")
    pub2 = parse_point("2016-12-21")
    assert fri is not None and sat is not None and pub2 is not None
    assert forward_weekday(sat, "Saturday", parse_point("2016-12-07"), pub2, en) is sat
    # a publication known only by its month: the forward reading still wins
    month = parse_point("2016-12")
    assert month is not None
    assert forward_weekday(sat, "samedi", parse_point("2016-12-07"), month, cues).start == dt.date(
        2016, 12, 10
    )
    nov = parse_point("2016-11-13")
    assert nov is not None
    assert named_past("13 novembre", nov, parse_point("2017-10-19"))
    assert not named_past("13 novembre 2015", nov, parse_point("2017-10-19"))
    assert not named_past("13 novembre", nov, parse_point("2016-11-20"))


# ------------------------------------------------------------------ the day of the news
def test_fr_part_of_the_day_with_no_day_is_the_publication_day(extract) -> None:
    text = (
        "Un camion piégé a explosé mardi matin sur un marché de Kirkouk, tuant 20 personnes. "
        "Vendredi, l'armée avait repris Hawija. Le lendemain, le ministre a annoncé une "
        "enquête. « Les coupables seront punis », a-t-il déclaré. "
        "À Kirkouk, des dizaines d'habitants se sont rassemblés en fin de matinée "
        "devant l'hôpital pour protester."
    )
    events = extract(
        text,
        places=[("Kirkouk", "Kirkuk"), ("Kirkouk@2", "Kirkuk")],
        dates=[
            ("mardi matin", "2017-11-21"),
            ("Vendredi", "2017-11-17"),
            ("Le lendemain", "2017-11-18"),
        ],
        lang="fr",
        published="2017-11-21",
    )
    protest = only(events, "Peaceful protest")
    assert protest and protest[0].event_date == "2017-11-21", subs(events)


def test_fr_fighting_that_goes_on_after_a_victory_is_a_clash_of_the_day(extract) -> None:
    text = (
        "Le Premier ministre a proclamé lundi la victoire à Mossoul, neuf mois après le "
        "lancement de l'offensive, même si des combats sporadiques se poursuivaient dans la "
        "vieille ville de Mossoul."
    )
    events = extract(
        text,
        places=[("Mossoul", "Mosul"), ("Mossoul@2", "Mosul")],
        dates=[("lundi", "2017-07-10")],
        lang="fr",
        published="2017-07-11",
    )
    clash = only(events, "Armed clash")
    assert clash and clash[0].event_date == "2017-07-10", subs(events)
    assert not only(events, "Government regains territory"), subs(events)


# ------------------------------------------------------------------ ground lost
def test_fr_jihadists_who_had_lost_the_town_lost_it_to_the_state(extract) -> None:
    text = (
        "Les jihadistes ont attaqué vendredi l'armée près de Abu Kamal. Les jihadistes, qui "
        "avaient perdu la ville le 19 novembre, ont profité d'une tempête de sable. Les combats "
        "se poursuivaient samedi matin."
    )
    events = extract(
        text,
        places=[("Abu Kamal", "Abu Kamal")],
        dates=[("vendredi", "2018-01-19"), ("19 novembre", "2017-11-19"), ("samedi", "2018-01-20")],
        lang="fr",
        published="2018-01-20",
    )
    lost = only(events, "Government regains territory")
    assert lost and lost[0].event_date == "2017-11-19", subs(events)
    assert lost[0].location == "Abu Kamal", subs(events)
    # the loser's past does not move the story: "samedi" stays this week's Saturday
    assert not any(e.event_date == "2017-11-25" for e in events), subs(events)


def test_en_army_that_lost_control_of_a_town_lost_it_to_non_state_fighters(extract) -> None:
    text = "The Syrian army lost control of Maarat al-Numan on Sunday, a monitor said."
    events = extract(
        text,
        places=[("Maarat al-Numan", "Maarat al-Numan")],
        dates=[("Sunday", "2018-01-21")],
        actors=[("Syrian army", "Military Forces of Syria")],
        published="2018-01-22",
    )
    lost = only(events, "Non-state actor overtakes territory")
    assert lost and lost[0].actor2 == "Military Forces of Syria", subs(events)
    assert lost[0].actor1 != "Military Forces of Syria", subs(events)
