"""Events the clause rules used to miss, and the modality of intended recaptures (sentences
written for these tests).

A capture told in the pluperfect, in a relative clause of a place or as the predicate of a
place is an event of its own, dated by its own date; an advance told as "closing in on" is a
clash on the day of the news; a road cut is ground taken; fighting "in the district of X" is an
event of the story's town; a denied bombing by an air power is a denied air strike at the
place it names (not at the reference point beside it); a truce agreed between capitals is
located at the country it covers; an intended recapture is planned and undated.
"""

from __future__ import annotations

from helpers import at_place, one

from newsift.model import Event

PUB = "2017-11-20"


def _subs(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.sub_event_type, e.location, e.event_date, e.modality) for e in events]


# ------------------------------------------------------------------ background captures
def test_en_pluperfect_capture_is_an_event_dated_by_its_year(extract) -> None:
    text = (
        "Iraqi forces recaptured Mosul on Friday. Islamic State had overrun Kirkuk in "
        "June 2014, days after it swept through the north."
    )
    events = extract(
        text,
        actors=[("Iraqi forces", "Military Forces of Iraq"), ("Islamic State", "Islamic State")],
        places=[("Mosul", "Mosul"), ("Kirkuk", "Kirkuk")],
        dates=[("Friday", "2017-11-17"), ("June 2014", "2014-06")],
        published=PUB,
    )
    e = one(at_place(events, "Kirkuk"))
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert e.event_date == "2014-06"
    assert e.actor1 == "Islamic State"


def test_fr_capture_as_predicate_of_a_town_is_placed_at_that_town(extract) -> None:
    text = (
        "Raqqa avait été la première ville à tomber aux mains de l'EI, en janvier 2014, "
        "bien avant la chute de Mossoul."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("EI", "Islamic State")],
        places=[("Raqqa", "Raqqa"), ("Mossoul", "Mosul")],
        dates=[("janvier 2014", "2014-01")],
        published=PUB,
    )
    e = one(events, "Non-state actor overtakes territory")
    assert e.location == "Raqqa", _subs(events)
    assert e.event_date == "2014-01"


# ------------------------------------------------------------------ advances and prospects
def test_en_closing_in_is_a_clash_today_and_expected_retaking_is_speculative(extract) -> None:
    text = (
        "Al-Qaim fell to government forces on November 3. Across the border, Syrian troops "
        "were closing in on Abu Kamal, which an officer said he expected to be retaken "
        "within days."
    )
    events = extract(
        text,
        actors=[("Syrian troops", "Military Forces of Syria")],
        places=[("Al-Qaim", "Al-Qaim"), ("Abu Kamal", "Abu Kamal")],
        dates=[("November 3", "2017-11-03")],
        published=PUB,
    )
    here = at_place(events, "Abu Kamal")
    clash = one(here, "Armed clash")
    assert clash.event_date == PUB  # the news of the day, not November 3
    assert clash.modality == "asserted"
    retake = one(here, "Government regains territory")
    assert retake.modality == "speculative"
    assert retake.event_date is None


def test_en_intended_recapture_is_planned_not_asserted(extract) -> None:
    text = (
        "Iraqi forces recaptured Kirkuk on Thursday. Baghdad now means to retake Mosul, "
        "the last city held by the jihadists."
    )
    events = extract(
        text,
        actors=[
            ("Iraqi forces", "Military Forces of Iraq"),
            ("Baghdad", "Military Forces of Iraq"),
        ],
        places=[("Kirkuk", "Kirkuk"), ("Mosul", "Mosul")],
        dates=[("Thursday", "2017-11-16")],
        published=PUB,
    )
    e = one(at_place(events, "Mosul"))
    assert e.modality == "planned"
    assert e.event_date is None


def test_fr_intended_recapture_is_planned_not_asserted(extract) -> None:
    text = "Après Kirkouk, Bagdad entend désormais reprendre Mossoul."
    events = extract(
        text,
        lang="fr",
        actors=[("Bagdad", "Military Forces of Iraq")],
        places=[("Kirkouk", "Kirkuk"), ("Mossoul", "Mosul")],
        published=PUB,
    )
    e = one(at_place(events, "Mosul"))
    assert e.sub_event_type == "Government regains territory"
    assert e.modality == "planned"
    assert e.event_date is None


def test_fr_road_cut_is_ground_taken(extract) -> None:
    text = "Mercredi, l'armée syrienne a coupé la route principale au nord de Hama."
    events = extract(
        text,
        lang="fr",
        actors=[("l'armée syrienne", "Military Forces of Syria")],
        places=[("Hama", "Hama")],
        dates=[("Mercredi", "2017-11-15")],
        published=PUB,
    )
    e = one(events)
    assert e.sub_event_type == "Government regains territory"
    assert e.location == "Hama"
    assert e.event_date == "2017-11-15"


def test_fr_fighting_in_an_unknown_district_is_a_clash_of_the_story_town(extract) -> None:
    text = (
        "Le Premier ministre s'est rendu lundi à Mossoul. Les combats se poursuivent dans le "
        "quartier de Zanjili, selon un officier."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Mossoul", "Mosul")],
        dates=[("lundi", "2017-11-20")],
        published=PUB,
    )
    clash = one(events, "Armed clash")
    assert clash.location == "Mosul"
    assert "quartier" in clash.evidence_text


# ------------------------------------------------------------------ denials
def test_fr_denied_bombing_at_a_named_town_is_a_new_denied_air_strike(extract) -> None:
    text = (
        "Des avions russes ont bombardé mardi Idleb, selon l'OSDH. Le ministère russe de la "
        "Défense a démenti avoir bombardé un hôpital à Saraqeb, à l'est d'Idleb."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("ministère russe de la Défense", "Military Forces of Russia")],
        places=[("Idleb", "Idlib"), ("Saraqeb", "Saraqib"), ("Idleb@2", "Idlib")],
        dates=[("mardi", "2017-11-14")],
        published=PUB,
    )
    denied = [e for e in events if e.modality == "denied"]
    e = one(denied)
    assert e.location == "Saraqib"
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1 == "Military Forces of Russia"


# ------------------------------------------------------------------ agreements
def test_fr_truce_between_capitals_is_located_at_the_country(extract) -> None:
    text = (
        "Les rebelles ont attaqué jeudi les positions de l'armée à Alep. Cette offensive viole "
        "la « cessation des hostilités » conclue fin février entre Moscou et Washington."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Alep", "Aleppo"), ("Moscou", "Moscow")],
        dates=[("jeudi", "2017-11-16"), ("fin février", "2017-02")],
        published=PUB,
    )
    e = one(events, "Agreement")
    assert e.location == "Syria"
    assert e.geo_precision == 3


def test_en_ceasefire_agreed_by_two_states_is_at_the_country_it_covers(extract) -> None:
    text = "Russia and Turkey agreed a ceasefire in Syria on Tuesday, officials in Ankara said."
    events = extract(
        text,
        places=[("Russia", "Russia"), ("Syria", "Syria"), ("Ankara", "Ankara")],
        dates=[("Tuesday", "2017-11-14")],
        published=PUB,
    )
    e = one(events, "Agreement")
    assert e.location == "Syria"


def test_fr_local_truce_under_a_sponsor_stays_in_its_town(extract) -> None:
    """Must NOT fire: a sponsor is no party; the truce stays where it was agreed."""
    text = (
        "De violents affrontements ont opposé jeudi les deux milices à Manbij. Une trêve a "
        "été conclue vendredi sous l'égide de la Russie."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Manbij", "Manbij"), ("Russie", "Russia")],
        dates=[("jeudi", "2017-11-16"), ("vendredi", "2017-11-17")],
        published=PUB,
    )
    e = one(events, "Agreement")
    assert e.location == "Manbij"


def test_en_soldiers_fighting_keep_the_story_day(extract) -> None:
    """Must NOT fire: only advances told in the progressive take the day of the news."""
    text = (
        "Coalition aircraft struck Abu Kamal on Wednesday. State media said the soldiers were "
        "fighting in Abu Kamal."
    )
    events = extract(
        text,
        actors=[("Coalition", "Global Coalition Against Daesh")],
        places=[("Abu Kamal", "Abu Kamal"), ("Abu Kamal@2", "Abu Kamal")],
        dates=[("Wednesday", "2017-11-15")],
        published=PUB,
    )
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash and all(e.event_date == "2017-11-15" for e in clash), _subs(events)


# ------------------------------------------------------------------ more advances and plans
def test_fr_troops_closing_in_on_a_town_is_a_clash_there(extract) -> None:
    text = "Mardi, les troupes syriennes se rapprochent de Raqqa, selon une source militaire."
    events = extract(
        text,
        lang="fr",
        actors=[("les troupes syriennes", "Military Forces of Syria")],
        places=[("Raqqa", "Raqqa")],
        dates=[("Mardi", "2017-11-14")],
        published=PUB,
    )
    e = one(events, "Armed clash")
    assert e.location == "Raqqa"
    assert e.event_date == "2017-11-14"


def test_en_offensive_launched_days_after_a_statement_is_an_event(extract) -> None:
    text = (
        "On Monday the army announced an operation to retake Hama. Two days after the "
        "announcement, the army launched an offensive on Hama."
    )
    events = extract(
        text,
        actors=[("the army@2", "Military Forces of Syria")],
        places=[("Hama@2", "Hama")],
        dates=[("Monday", "2017-11-13")],
        published=PUB,
    )
    launched = [e for e in events if "launched" in e.evidence_text]
    assert launched, _subs(events)
    assert launched[0].sub_event_type == "Armed clash"
    assert launched[0].modality == "asserted"


def test_fr_advance_told_in_the_near_future_of_the_past_is_planned(extract) -> None:
    text = (
        "Un responsable militaire a affirmé jeudi que l'armée allait désormais poursuivre son "
        "avancée vers Raqqa."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("l'armée", "Military Forces of Syria")],
        places=[("Raqqa", "Raqqa")],
        dates=[("jeudi", "2017-11-16")],
        published=PUB,
    )
    e = one(events, "Armed clash")
    assert e.modality == "planned"
    assert e.event_date is None


def test_fr_taking_a_hill_is_a_capture_but_taking_the_floor_is_not(extract) -> None:
    text = "Les combattants de l'EI ont pris hier la colline stratégique qui domine Hama."
    events = extract(
        text,
        lang="fr",
        actors=[("l'EI", "Islamic State")],
        places=[("Hama", "Hama")],
        dates=[("hier", "2017-11-19")],
        published=PUB,
    )
    e = one(events)
    assert e.sub_event_type == "Non-state actor overtakes territory"
    floor = extract(
        "Le gouverneur a pris la parole hier devant la foule à Hama.",
        lang="fr",
        places=[("Hama", "Hama")],
        dates=[("hier", "2017-11-19")],
        published=PUB,
    )
    assert not [e for e in floor if "territory" in e.sub_event_type]
