"""Announced, conjectured and denied events (sentences written for these tests).

An announced or conjectured event is written at the place it targets, with the type it would
have, modality planned / speculative and no date unless the text gives the future event its
own day (not the statement's day, a deadline, the previous sentence's day or the publication
date). A denial is the event with modality denied, dated by the event's own day; a blanket
denial of an event told just before adds no row.
"""

from __future__ import annotations

from helpers import at_place, one

PUB = "2018-03-24"


# ------------------------------------------------------------------ announced moves
def test_announced_push_towards_a_besieged_city_is_a_planned_clash_with_no_date(extract) -> None:
    text = (
        "L'état-major a indiqué jeudi que l'armée comptait désormais pousser vers l'est pour "
        "desserrer l'étau autour de Hama, où des milliers de civils sont encerclés."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("l'armée", "Military Forces of Syria")],
        places=[("Hama", "Hama")],
        dates=[("jeudi", "2018-03-22")],
        published=PUB,
    )
    e = one(at_place(events, "Hama"), "Armed clash")
    assert e.modality == "planned"
    assert e.event_date is None  # "jeudi" is the day of the statement
    assert e.actor1 == "Military Forces of Syria"


def test_could_turn_to_a_province_is_a_speculative_clash_there(extract) -> None:
    text = (
        "According to analysts, the SDF could now turn to the eastern bank of the Euphrates, "
        "in Deir ez-Zor province."
    )
    events = extract(
        text,
        actors=[("SDF", "Syrian Democratic Forces")],
        places=[("Deir ez-Zor", "Deir ez-Zor", 3)],
        published=PUB,
    )
    e = one(events, "Armed clash")
    assert e.location == "Deir ez-Zor"
    assert e.modality == "speculative"
    assert e.event_date is None


def test_a_move_told_as_done_is_no_announced_operation(extract) -> None:
    text = "Mercredi, les soldats syriens se sont dirigés vers Manbij."
    events = extract(
        text,
        lang="fr",
        actors=[("soldats syriens", "Military Forces of Syria")],
        places=[("Manbij", "Manbij")],
        dates=[("Mercredi", "2018-03-21")],
    )
    assert not [e for e in events if e.sub_event_type == "Armed clash"], [
        (e.sub_event_type, e.modality) for e in events
    ]


def test_operation_to_be_extended_to_a_town_is_planned_there(extract) -> None:
    text = (
        "Dimanche, le président turc a prévenu que l'opération serait étendue ensuite à "
        "Manbij, plus à l'est."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Manbij", "Manbij")],
        dates=[("Dimanche", "2018-03-18")],
        published=PUB,
    )
    e = one(events, "Armed clash")
    assert e.location == "Manbij"
    assert e.modality == "planned"
    assert e.event_date is None


def test_announced_launch_of_an_operation_on_a_region_is_planned(extract) -> None:
    text = (
        "On Tuesday, the prime minister announced the imminent launch of a vast operation in "
        "the countryside of Hama against the last jihadists."
    )
    events = extract(
        text,
        places=[("Hama", "Hama")],
        dates=[("Tuesday", "2018-03-20")],
        published=PUB,
    )
    e = one(events, "Armed clash")
    assert e.location == "Hama"
    assert e.modality == "planned"
    assert e.event_date is None


def test_an_explicit_future_day_does_not_date_the_announced_offensive(extract) -> None:
    # tests/CONVENTIONS.md section 7: every planned and speculative event is undated (the
    # act has not happened; every gold set leaves "entrera jeudi" and the like undated)
    text = "L'armée compte lancer l'offensive sur Saraqib le 2 avril, a affirmé un général."
    events = extract(
        text,
        lang="fr",
        actors=[("L'armée", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")],
        dates=[("le 2 avril", "2018-04-02")],
        published=PUB,
    )
    e = one(events, "Armed clash")
    assert e.modality == "planned"
    assert e.event_date is None


# ------------------------------------------------------------------ conjectured outcomes
def test_town_that_could_be_retaken_within_a_week_has_no_date(extract) -> None:
    text = (
        "Un officier estime que la petite ville de Saraqib, à une vingtaine de kilomètres au "
        "sud, pourrait être reprise « d'ici une semaine »."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("d'ici une semaine", "2018-03-24/2018-03-31")],
        published=PUB,
    )
    e = one(events, "Government regains territory")
    assert e.location == "Saraqib"
    assert e.modality == "speculative"
    assert e.event_date is None  # a deadline is not the event's day


def test_expected_completion_of_a_recapture_is_speculative_and_undated(extract) -> None:
    text = (
        "Army units pushed into the last districts of Hama on Sunday. Syrian commanders "
        "expect to complete the recapture of the old city within days."
    )
    events = extract(
        text,
        actors=[("Army units", "Military Forces of Syria")],
        places=[("Hama", "Hama")],
        dates=[("Sunday", "2018-03-18")],
        published=PUB,
    )
    e = one(events, "Government regains territory")
    assert e.modality == "speculative"
    assert e.location == "Hama"
    assert e.event_date is None  # not Sunday, the day of the previous sentence


def test_an_agreement_that_could_be_found_is_speculative_with_no_borrowed_date(extract) -> None:
    text = (
        "Mercredi, les premiers bus ont quitté Saraqib. Selon un responsable russe, un accord "
        "pourrait néanmoins être trouvé « dans les prochains jours » pour Kafr Nubl."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Saraqib", "Saraqib"), ("Kafr Nubl", "Kafr Nubl")],
        dates=[("Mercredi", "2018-03-21")],
        published=PUB,
    )
    e = one(at_place(events, "Kafr Nubl"), "Agreement")
    assert e.modality == "speculative"
    assert e.event_date is None


def test_a_conjecture_about_the_past_keeps_its_day(extract) -> None:
    text = "Russian jets may have killed 12 civilians in Saraqib on Friday, activists said."
    events = extract(
        text,
        places=[("Saraqib", "Saraqib")],
        dates=[("Friday", "2018-03-23")],
        published=PUB,
    )
    e = one(events)
    assert e.modality == "speculative"
    assert e.event_date == "2018-03-23"


# ------------------------------------------------------------------ the next target
def test_next_target_after_a_recapture_is_a_planned_offensive(extract) -> None:
    text = (
        "Iraqi forces recaptured Mosul on Sunday. The next target will be Kirkuk, where "
        "militia units are already massing, a spokesman said on Monday."
    )
    events = extract(
        text,
        actors=[("Iraqi forces", "Military Forces of Iraq")],
        places=[("Mosul", "Mosul"), ("Kirkuk", "Kirkuk")],
        dates=[("Sunday", "2017-07-09"), ("Monday", "2017-07-10")],
        published="2017-07-11",
    )
    e = one(at_place(events, "Kirkuk"))
    assert e.sub_event_type == "Armed clash"
    assert e.modality == "planned"
    assert e.event_date is None


def test_next_areas_after_hand_overs_are_planned_hand_overs_one_per_place(extract) -> None:
    text = (
        "Mardi, les rebelles se sont retirés sans combattre de Saraqib, où les soldats syriens "
        "sont entrés dans la soirée. Selon un conseiller, les prochaines zones concernées "
        "seraient Kafr Nubl et Maarat al-Numan."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("les rebelles", "Hayat Tahrir al-Sham"),
            ("soldats syriens", "Military Forces of Syria"),
        ],
        places=[
            ("Saraqib", "Saraqib"),
            ("Kafr Nubl", "Kafr Nubl"),
            ("Maarat al-Numan", "Maarat al-Numan"),
        ],
        dates=[("Mardi", "2018-02-06")],
        published="2018-02-07",
    )
    for town in ("Kafr Nubl", "Maarat al-Numan"):
        e = one(at_place(events, town))
        assert e.sub_event_type == "Non-violent transfer of territory"
        assert e.modality == "planned"
        assert e.event_date is None


def test_a_later_event_is_not_placed_at_an_announced_target(extract) -> None:
    text = (
        "Mardi, les rebelles se sont retirés sans combattre de Saraqib. Les prochaines cibles "
        "seraient Kafr Nubl et Maarat al-Numan. Le lendemain, des manifestants se sont "
        "rassemblés pour dénoncer la trahison."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("les rebelles", "Hayat Tahrir al-Sham")],
        places=[
            ("Saraqib", "Saraqib"),
            ("Kafr Nubl", "Kafr Nubl"),
            ("Maarat al-Numan", "Maarat al-Numan"),
        ],
        dates=[("Mardi", "2018-02-06")],
        published="2018-02-07",
    )
    protests = [e for e in events if e.event_type == "Protests"]
    assert protests
    assert all(e.location not in ("Kafr Nubl", "Maarat al-Numan") for e in protests)


def test_return_under_state_authority_is_planned_government_regains_territory(extract) -> None:
    text = (
        "Lundi, les combats ont cessé autour d'Idlib. Moscou a salué l'accord, tout en "
        "prévenant que la province reviendrait « tôt ou tard » sous l'autorité de l'État."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("Moscou", "Military Forces of Russia")],
        places=[("Idlib", "Idlib"), ("Moscou", "Moscow")],
        dates=[("Lundi", "2018-09-17")],
        published="2018-09-18",
    )
    e = one(events, "Government regains territory")
    assert e.modality == "planned"
    assert e.location == "Idlib"  # not Moscow, who speaks
    assert e.event_date is None


def test_averted_offensive_is_no_event(extract) -> None:
    text = (
        "L'accord conclu lundi éloigne la perspective d'une offensive de l'armée syrienne "
        "contre Idlib."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("l'armée syrienne", "Military Forces of Syria")],
        places=[("Idlib", "Idlib")],
        dates=[("lundi", "2018-09-17")],
        published="2018-09-18",
    )
    assert not [e for e in events if e.event_type in ("Battles",)]
    assert not [e for e in events if e.sub_event_type == "Non-violent transfer of territory"]


# ------------------------------------------------------------------ modality details
def test_french_imperfect_is_not_a_conditional(extract) -> None:
    text = "Le même jour, les soldats syriens entraient dans Saraqib."
    events = extract(
        text,
        lang="fr",
        actors=[("soldats syriens", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")],
        dates=[("Le même jour", "2018-02-06")],
    )
    assert events
    assert all(e.modality == "asserted" for e in events)


def test_french_conditional_of_the_same_verb_is_speculative(extract) -> None:
    text = "Selon une source locale, les soldats syriens entreraient bientôt dans Saraqib."
    events = extract(
        text,
        lang="fr",
        actors=[("soldats syriens", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")],
        published=PUB,
    )
    assert events
    assert all(e.modality in ("speculative", "planned") for e in events)


def test_a_deal_that_plans_a_departure_is_itself_no_plan(extract) -> None:
    text = "L'accord, conclu mercredi, prévoit le départ des rebelles de Saraqib."
    events = extract(
        text,
        lang="fr",
        actors=[("rebelles", "Hayat Tahrir al-Sham")],
        places=[("Saraqib", "Saraqib")],
        dates=[("mercredi", "2018-03-21")],
        published=PUB,
    )
    e = one(events, "Agreement")
    assert e.modality != "planned"
    assert e.event_date == "2018-03-21"


# ------------------------------------------------------------------ denials
def test_denied_bombing_is_dated_neither_by_the_denial_nor_by_the_claim(extract) -> None:
    # tests/CONVENTIONS.md section 7: a denied act is undated unless its own words give its
    # time; "la veille" dates the rescuers' claim, not the bombing (heldout2's gold: undated)
    text = (
        "Moscou a démenti jeudi avoir largué des bombes incendiaires sur Saraqib, comme "
        "l'affirmaient des secouristes la veille."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("Moscou", "Military Forces of Russia")],
        dates=[("jeudi", "2018-03-22"), ("la veille", "2018-03-21")],
        places=[("Saraqib", "Saraqib")],
        published=PUB,
    )
    e = one(events, "Air/drone strike")
    assert e.modality == "denied"
    assert e.location == "Saraqib"
    assert e.claimant == "Military Forces of Russia"
    assert e.event_date is None


def test_denied_arson_takes_the_story_day_not_the_denial_day(extract) -> None:
    text = (
        "Les forces irakiennes ont repris Kirkuk le mois dernier. Le Hachd a démenti mardi "
        "toute responsabilité dans les incendies de maisons kurdes survenus lors de son "
        "arrivée."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("forces irakiennes", "Military Forces of Iraq"),
            ("Hachd", "Popular Mobilization Forces"),
        ],
        places=[("Kirkuk", "Kirkuk")],
        dates=[("le mois dernier", "2017-10"), ("mardi", "2017-11-21")],
        published="2017-11-22",
    )
    e = one(events, "Looting/property destruction")
    assert e.modality == "denied"
    assert e.claimant == "Popular Mobilization Forces"
    assert e.event_date == "2017-10"
    assert e.location == "Kirkuk"


def test_a_denial_with_no_day_of_its_own_leaves_the_act_undated(extract) -> None:
    """Gold writers of five sets agree: "a démenti mardi avoir incendié ..." after a dated
    capture gives no day for the arson (the denial's day is not the act's, nor the capture's)."""
    text = (
        "Les miliciens sont entrés dimanche dans la ville de Kirkuk. Leur commandant a démenti "
        "mardi soir avoir incendié des maisons et des commerces sunnites."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("miliciens", "Popular Mobilization Forces")],
        places=[("Kirkuk", "Kirkuk")],
        dates=[("dimanche", "2015-03-29"), ("mardi soir", "2015-03-31")],
        published="2015-04-01",
    )
    e = one(events, "Looting/property destruction")
    assert e.modality == "denied"
    assert e.event_date is None


def test_an_english_denial_is_undated_unless_tied_to_the_act_told_before(extract) -> None:
    base = "Coalition jets struck Islamic State positions near Mosul on Sunday. "
    loose = base + "Ankara denied on Monday that Turkish jets had bombed a village near Mosul."
    tied = base + "Ankara denied on Monday that Turkish jets had bombed a village during the raid."
    kw = dict(
        lang="en",
        actors=[
            ("Coalition jets", "Global Coalition Against Daesh"),
            ("Turkish jets", "Military Forces of Turkey"),
        ],
        places=[("Mosul", "Mosul")],
        dates=[("Sunday", "2016-05-15"), ("Monday", "2016-05-16")],
        published="2016-05-17",
    )
    denied = [e for e in extract(loose, **kw) if e.modality == "denied"]
    assert denied and all(e.event_date is None for e in denied)
    tied_events = [e for e in extract(tied, **kw) if e.modality == "denied"]
    assert all(e.event_date in (None, "2016-05-15") for e in tied_events)


def test_blanket_denial_contests_the_earlier_attack_and_adds_no_row(extract) -> None:
    text = (
        "Samedi, une attaque au chlore a frappé Saraqib, tuant au moins 40 civils, selon des "
        "secouristes. Damas et Moscou ont démenti toute attaque."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("Moscou", "Military Forces of Russia")],
        places=[("Saraqib", "Saraqib")],
        dates=[("Samedi", "2018-04-07")],
        published="2018-04-08",
    )
    assert len(events) == 1, [(e.sub_event_type, e.location, e.modality) for e in events]
    e = events[0]
    assert e.location == "Saraqib"
    assert e.modality != "denied"
    assert "contested by: Military Forces of Russia" in (e.tags or "")


def test_english_denial_of_dropping_bombs_is_a_denied_air_strike(extract) -> None:
    text = "Russia's defence ministry denied that its jets had dropped bombs on Saraqib."
    events = extract(
        text,
        actors=[("defence ministry", "Military Forces of Russia")],
        places=[("Saraqib", "Saraqib")],
        published=PUB,
    )
    e = one(events, "Air/drone strike")
    assert e.modality == "denied"


def test_no_servicemen_in_the_area_denies_the_fight_for_that_actor(extract) -> None:
    text = (
        "Coalition jets and artillery killed dozens of pro-government fighters near Hama on "
        "Wednesday after clashes with the SDF. Moscow insisted on Thursday that no Russian "
        "servicemen were in the area."
    )
    events = extract(
        text,
        actors=[
            ("SDF", "Syrian Democratic Forces"),
            ("Russian servicemen", "Military Forces of Russia"),
        ],
        places=[("Hama", "Hama")],
        dates=[("Wednesday", "2018-02-07"), ("Thursday", "2018-02-08")],
        published="2018-02-10",
    )
    denied = [e for e in events if e.modality == "denied"]
    assert len(denied) == 1, [(e.sub_event_type, e.modality, e.actor1) for e in events]
    e = denied[0]
    assert e.sub_event_type == "Armed clash"
    assert e.actor1 == "Military Forces of Russia"
    assert e.location == "Hama"
    assert e.event_date == "2018-02-07"  # the fight's day, not the statement's
    assert [x for x in events if x.modality != "denied"]  # the fight itself stays


def test_aucun_militaire_present_denies_the_fight_in_french(extract) -> None:
    text = (
        "Mercredi, des combats ont opposé l'armée syrienne aux rebelles près de Saraqib. "
        "Moscou a affirmé jeudi qu'aucun militaire russe n'était présent dans la zone."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("l'armée syrienne", "Military Forces of Syria"),
            ("militaire russe", "Military Forces of Russia"),
        ],
        places=[("Saraqib", "Saraqib")],
        dates=[("Mercredi", "2018-02-07"), ("jeudi", "2018-02-08")],
        published="2018-02-10",
    )
    denied = [e for e in events if e.modality == "denied"]
    assert len(denied) == 1, [(e.sub_event_type, e.modality, e.actor1) for e in events]
    assert denied[0].actor1 == "Military Forces of Russia"
    assert denied[0].event_date == "2018-02-07"


def test_a_named_presence_is_no_denial(extract) -> None:
    text = (
        "Mercredi, des combats ont opposé l'armée syrienne aux rebelles près de Saraqib. "
        "Moscou a affirmé jeudi que des militaires russes étaient présents dans la zone."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("l'armée syrienne", "Military Forces of Syria"),
            ("militaires russes", "Military Forces of Russia"),
        ],
        places=[("Saraqib", "Saraqib")],
        dates=[("Mercredi", "2018-02-07"), ("jeudi", "2018-02-08")],
        published="2018-02-10",
    )
    assert not [e for e in events if e.modality == "denied"]


def test_promised_hand_over_of_a_city_is_a_planned_transfer(extract) -> None:
    text = (
        "Les FDS assurent qu'elles remettront l'administration de Raqqa au Conseil civil dès "
        "que la ville sera déminée."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("FDS", "Syrian Democratic Forces")],
        places=[("Raqqa", "Raqqa")],
        published="2017-10-21",
    )
    e = one(events, "Non-violent transfer of territory")
    assert e.location == "Raqqa"
    assert e.modality == "planned"
    assert e.event_date is None


def test_english_promised_hand_over_of_control_is_planned(extract) -> None:
    text = "The SDF said on Friday they would hand over control of Manbij to a local council."
    events = extract(
        text,
        actors=[("SDF", "Syrian Democratic Forces")],
        places=[("Manbij", "Manbij")],
        dates=[("Friday", "2018-06-01")],
        published="2018-06-02",
    )
    e = one(events, "Non-violent transfer of territory")
    assert e.location == "Manbij"
    assert e.modality in ("planned", "speculative")
    assert e.event_date is None  # Friday is when they said it


def test_denial_of_a_strike_told_earlier_contests_it_and_gives_its_day(extract) -> None:
    text = (
        "At least 19 civilians were killed when warplanes struck a house in Saraqib, local "
        "activists said. Residents pulled bodies from the rubble until late at night. Photos "
        "shared online show four destroyed buildings. Contacted by e-mail, the coalition "
        "denied that its aircraft had carried out any strike in Saraqib on Friday."
    )
    events = extract(
        text,
        title="Coalition strike kills 19 civilians in Saraqib, activists say",
        actors=[("coalition", "Global Coalition Against Daesh")],
        places=[("Saraqib", "Saraqib"), ("Saraqib@2", "Saraqib"), ("Saraqib@3", "Saraqib")],
        dates=[("Friday", "2017-11-17")],
        published="2017-11-19",
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1, [(e.sub_event_type, e.modality, e.event_date) for e in events]
    e = strikes[0]
    assert e.modality != "denied"
    assert e.event_date == "2017-11-17"  # the day the denial names
    assert "contested by: Global Coalition Against Daesh" in (e.tags or "")
