"""Event kinds and background non-events (newsift.events.kinds): launched offensives, planned
mop-ups, attacks on a region, denied withdrawals, gas shells, "the latter" as captor; the war's
origin, mines left behind, alliances told in a relative clause, autonomous-region titles and
sieges since a season are no events. Sentences written for these tests (mentions placed by
hand).
"""

from __future__ import annotations

from typing import Any

from newsift.model import Event

CAPTURES = ("Government regains territory", "Non-state actor overtakes territory")


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.location, e.event_date, e.modality) for e in events]


# ------------------------------------------------------------------ launched offensives
def test_fr_launch_told_later_is_a_clash_not_the_capture(extract) -> None:
    text = (
        "Les forces irakiennes ont repris jeudi le contrôle de Kirkouk, a annoncé l'armée. "
        "L'offensive avait été lancée le mois dernier, le 2 septembre, avec l'appui des tribus."
    )
    events = extract(
        text,
        actors=[("forces irakiennes@2", "Military Forces of Iraq")],
        places=[("Kirkouk@2", "Kirkuk")],
        dates=[
            ("jeudi", "2016-10-06"),
            ("le mois dernier", "2016-09"),
            ("2 septembre", "2016-09-02"),
        ],
        lang="fr",
        published="2016-10-07",
        title="Les forces irakiennes reprennent Kirkouk",
    )
    launch = [e for e in events if e.event_date and e.event_date.startswith("2016-09")]
    assert [e.sub_event_type for e in launch] == ["Armed clash"], rows(events)
    assert launch[0].event_date == "2016-09-02", rows(events)
    caps = [e for e in events if e.sub_event_type in CAPTURES]
    assert caps and all(e.event_date == "2016-10-06" for e in caps), rows(events)


def test_en_launch_told_later_is_a_clash_not_the_capture(extract) -> None:
    text = (
        "Iraqi forces retook Kirkuk on Thursday, the army said. "
        "The offensive had been launched last month, on September 2, with tribal support."
    )
    events = extract(
        text,
        actors=[("Iraqi forces@2", "Military Forces of Iraq")],
        places=[("Kirkuk@2", "Kirkuk")],
        dates=[
            ("Thursday", "2016-10-06"),
            ("last month", "2016-09"),
            ("September 2", "2016-09-02"),
        ],
        published="2016-10-07",
        title="Iraqi forces retake Kirkuk",
    )
    launch = [e for e in events if e.event_date and e.event_date.startswith("2016-09")]
    assert [e.sub_event_type for e in launch] == ["Armed clash"], rows(events)
    assert not [e for e in events if e.sub_event_type in CAPTURES and e in launch]


def test_en_operation_to_clear_a_pocket_is_a_planned_clash(extract) -> None:
    # CONVENTIONS sections 4 and 6 (and the seeds' gold): "will launch an operation to clear
    # the pocket" is a planned Armed clash, not a capture (session 7 reversed this case)
    text = "The army is expected to launch an operation to clear the last pocket around Al-Mayadin."
    events = extract(
        text,
        actors=[("army", "Military Forces of Syria")],
        places=[("Al-Mayadin", "Al-Mayadin")],
        published="2017-11-20",
    )
    subs = {e.sub_event_type for e in events if e.modality == "planned"}
    assert "Armed clash" in subs, rows(events)
    assert "Government regains territory" not in subs, rows(events)


# ------------------------------------------------------------------ planned mop-ups
def test_fr_planned_mop_up_is_a_clash(extract) -> None:
    text = (
        "Un officier a indiqué que ses soldats comptaient désormais nettoyer les fermes "
        "situées autour de Manbij."
    )
    events = extract(
        text,
        actors=[("soldats", "Military Forces of Syria")],
        places=[("Manbij", "Manbij")],
        lang="fr",
        published="2017-02-20",
    )
    planned = [e for e in events if e.modality == "planned"]
    assert planned and all(e.sub_event_type == "Armed clash" for e in planned), rows(events)


# ------------------------------------------------------------------ attacks on a region
def test_fr_army_could_attack_a_region_is_a_clash(extract) -> None:
    text = "Selon des sources militaires, l'armée pourrait attaquer Al-Qaïm dès mardi prochain."
    events = extract(
        text,
        actors=[("armée", "Military Forces of Iraq")],
        places=[("Al-Qaïm", "Al-Qaim")],
        lang="fr",
        published="2017-10-06",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"], rows(events)
    assert events[0].modality == "speculative", rows(events)


def test_en_army_could_attack_a_region_is_a_clash(extract) -> None:
    text = "The army could attack Al-Qaim as early as next week, military sources said."
    events = extract(
        text,
        actors=[("army", "Military Forces of Iraq")],
        places=[("Al-Qaim", "Al-Qaim")],
        published="2017-10-06",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"], rows(events)


def test_en_gunmen_killing_villagers_stays_an_attack(extract) -> None:
    # must NOT fire: civilians are named as the victims
    text = "Islamic State gunmen attacked Hama on Monday, killing five villagers."
    events = extract(
        text,
        actors=[("Islamic State", "Islamic State")],
        places=[("Hama", "Hama")],
        dates=[("Monday", "2017-10-02")],
    )
    assert "Attack" in {e.sub_event_type for e in events}, rows(events)


# ------------------------------------------------------------------ denied withdrawals
def test_fr_denied_withdrawal_is_a_denied_overtake(extract) -> None:
    text = (
        "Le commandement de l'armée a démenti samedi que ses unités se soient retirées de "
        "Saraqeb, évoquant une rumeur."
    )
    events = extract(
        text,
        actors=[("armée", "Military Forces of Syria")],
        places=[("Saraqeb", "Saraqib")],
        dates=[("samedi", "2016-05-07")],
        lang="fr",
    )
    denied = [e for e in events if e.modality == "denied"]
    assert [e.sub_event_type for e in denied] == ["Non-state actor overtakes territory"], rows(
        events
    )


def test_en_denied_withdrawal_is_a_denied_overtake(extract) -> None:
    text = "Army command denied on Saturday that its units had withdrawn from Saraqib."
    events = extract(
        text,
        actors=[("Army", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")],
        dates=[("Saturday", "2016-05-07")],
    )
    subs = {e.sub_event_type for e in events if e.modality == "denied"}
    assert subs == {"Non-state actor overtakes territory"}, rows(events)


# ------------------------------------------------------------------ gas shells
def test_fr_shells_of_coloured_gas_are_chemical(extract) -> None:
    text = "Des obus contenant « un gaz verdâtre » ont été tirés lundi soir sur Manbij."
    events = extract(
        text, places=[("Manbij", "Manbij")], dates=[("lundi soir", "2016-04-04")], lang="fr"
    )
    assert [e.sub_event_type for e in events] == ["Chemical weapon"], rows(events)


def test_en_shells_of_suffocating_gas_are_chemical(extract) -> None:
    text = "Shells releasing a suffocating gas were fired at Manbij on Monday evening."
    events = extract(text, places=[("Manbij", "Manbij")], dates=[("Monday evening", "2016-04-04")])
    assert [e.sub_event_type for e in events] == ["Chemical weapon"], rows(events)


# ------------------------------------------------------------------ "the latter" took it
def test_fr_ces_derniers_names_the_captor(extract) -> None:
    text = (
        "Le quartier est resté à l'écart des combats entre l'armée et les insurgés depuis que "
        "ces derniers se sont emparés de l'est d'Alep en juillet 2012."
    )
    events = extract(
        text,
        actors=[("armée", "Military Forces of Syria")],
        places=[("Alep", "Aleppo")],
        dates=[("juillet 2012", "2012-07")],
        lang="fr",
        published="2016-04-08",
    )
    caps = [e for e in events if e.sub_event_type in CAPTURES]
    assert caps, rows(events)
    assert all(e.sub_event_type == "Non-state actor overtakes territory" for e in caps), rows(
        events
    )


# ------------------------------------------------------------------ background non-events
def test_fr_war_started_by_protests_is_no_protest(extract) -> None:
    text = (
        "La guerre en Syrie, déclenchée en 2011 par la répression de manifestations, a fait "
        "plus de 300 000 morts. Des centaines de manifestants se sont rassemblés vendredi à Homs."
    )
    events = extract(
        text,
        places=[("Homs", "Homs")],
        dates=[("2011", "2011"), ("vendredi", "2016-04-08")],
        lang="fr",
        published="2016-04-09",
    )
    protests = [e for e in events if e.event_type == "Protests"]
    # the protest of the day stays (must NOT fire), the war's origin goes
    assert [e.event_date for e in protests] == ["2016-04-08"], rows(events)


def test_en_war_that_began_with_protests_is_no_protest(extract) -> None:
    text = (
        "The war in Syria, which began with the 2011 protests against the government, has "
        "killed more than 300,000 people."
    )
    events = extract(text, dates=[("2011", "2011")], published="2016-04-09")
    assert not [e for e in events if e.event_type == "Protests"], rows(events)


def test_fr_mines_left_behind_are_no_event_found_ones_are_disrupted(extract) -> None:
    text = (
        "Les jihadistes ont laissé des centaines de mines dans les fermes autour de Manbij. "
        "Des démineurs ont découvert mardi des dizaines d'engins explosifs à Jarablous."
    )
    events = extract(
        text,
        places=[("Manbij", "Manbij"), ("Jarablous", "Jarabulus")],
        dates=[("mardi", "2016-08-30")],
        lang="fr",
    )
    assert not [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"], rows(
        events
    )
    assert "Disrupted weapons use" in {e.sub_event_type for e in events}, rows(events)


def test_en_mines_left_behind_are_no_event_an_exploding_one_is(extract) -> None:
    text = (
        "The jihadists left hundreds of mines behind in the farms around Manbij. "
        "On Tuesday a landmine exploded near Jarabulus, killing two farmers."
    )
    events = extract(
        text,
        places=[("Manbij", "Manbij"), ("Jarabulus", "Jarabulus")],
        dates=[("Tuesday", "2016-08-30")],
    )
    ied = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [e.location for e in ied] == ["Jarabulus"], rows(events)


def test_fr_fight_describing_an_alliance_is_no_clash(extract) -> None:
    text = (
        "Les miliciens qui combattent aux côtés de l'armée sont tenus de respecter la trêve à Homs."
    )
    events = extract(
        text,
        actors=[("armée", "Military Forces of Syria")],
        places=[("Homs", "Homs")],
        lang="fr",
        published="2016-05-07",
    )
    assert not [e for e in events if e.sub_event_type == "Armed clash"], rows(events)


def test_en_fight_describing_an_alliance_is_no_clash(extract) -> None:
    text = "The militias that fight alongside the army are bound to respect the truce in Homs."
    events = extract(
        text,
        actors=[("army", "Military Forces of Syria")],
        places=[("Homs", "Homs")],
        published="2016-05-07",
    )
    assert not [e for e in events if e.sub_event_type == "Armed clash"], rows(events)


def test_fr_autonomous_region_in_a_title_is_no_event(extract) -> None:
    text = (
        "Les peshmergas ont repris vendredi Kirkouk, a annoncé le président de la région "
        "autonome du Kurdistan."
    )
    events = extract(
        text,
        places=[("Kirkouk", "Kirkuk")],
        dates=[("vendredi", "2017-10-13")],
        lang="fr",
    )
    assert "Other" not in {e.sub_event_type for e in events}, rows(events)


def test_en_autonomous_province_created_is_other(extract) -> None:
    # must NOT fire: the autonomy is founded
    text = "On Friday the Yazidis created their own autonomous province near Mosul."
    events = extract(text, places=[("Mosul", "Mosul")], dates=[("Friday", "2017-07-21")])
    assert "Other" in {e.sub_event_type for e in events}, rows(events)


def test_fr_siege_since_a_season_is_no_clash_of_the_day(extract) -> None:
    text = (
        "L'armée a brisé mardi le siège de Kuweires. La base était encerclée depuis le "
        "printemps 2013 par les jihadistes, près d'Alep."
    )
    events = extract(
        text,
        actors=[("armée", "Military Forces of Syria")],
        places=[("Alep", "Aleppo")],
        dates=[("mardi", "2015-11-10")],
        lang="fr",
    )
    assert not [e for e in events if e.sub_event_type == "Armed clash"], rows(events)


def test_en_siege_since_a_season_is_no_clash_of_the_day(extract) -> None:
    text = "The town of Homs has been besieged since autumn 2014 by rebel groups."
    events = extract(text, places=[("Homs", "Homs")], published="2016-03-14")
    assert not [e for e in events if e.event_type == "Battles"], rows(events)


# ------------------------------------------------------------------ the captor of the clause
def test_fr_captor_is_the_subject_of_the_governing_verb(extract) -> None:
    text = "Selon un analyste, les rebelles pourraient chercher à reprendre Idleb cet hiver."
    events = extract(text, places=[("Idleb", "Idlib")], lang="fr", published="2016-10-20")
    caps = [e for e in events if e.sub_event_type in CAPTURES]
    assert [e.sub_event_type for e in caps] == ["Non-state actor overtakes territory"], rows(events)


def test_fr_attack_told_in_a_relative_clause_on_a_region_is_a_clash(extract) -> None:
    text = (
        "Il ne reste aux jihadistes que la région d'Al-Qaïm, que l'armée pourrait attaquer "
        "dans les prochains jours, selon des sources militaires."
    )
    events = extract(
        text,
        actors=[("armée", "Military Forces of Iraq")],
        places=[("Al-Qaïm", "Al-Qaim")],
        lang="fr",
        published="2017-10-06",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"], rows(events)


def test_fr_whoever_left_the_mines_owns_the_one_that_goes_off(extract) -> None:
    text = (
        "Les jihadistes de l'EI ont laissé des dizaines d'engins explosifs à Manbij. Mercredi, "
        "trois soldats ont été tués par une bombe artisanale près du marché."
    )
    events = extract(
        text,
        actors=[("EI", "Islamic State")],
        places=[("Manbij", "Manbij")],
        dates=[("Mercredi", "2016-09-21")],
        lang="fr",
    )
    ied = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [(e.actor1, e.event_date) for e in ied] == [("Islamic State", "2016-09-21")], rows(
        events
    )


def test_en_protests_that_broke_out_against_the_war_stay(extract) -> None:
    # must NOT fire: the protest is the subject of the start verb, the war its motive
    text = "Protests broke out in Homs on Friday against the war."
    events = extract(text, places=[("Homs", "Homs")], dates=[("Friday", "2016-04-08")])
    assert [e.event_type for e in events] == ["Protests"], rows(events)
