"""One test per cause of error found on unseen dumps (sentences written for these tests).

Places and dates come from the event's own clause, headlines and restatements merge, closing
attributions make events reported, ACLED type rules and generic actors apply.
"""

from __future__ import annotations

from helpers import one


def fr(extract, text: str, **kwargs: object):  # noqa: ANN001, ANN201
    return extract(text, lang="fr", **kwargs)


# ------------------------------------------------------------------ places
def test_reference_point_is_not_the_event_place(extract) -> None:
    text = (
        "Mardi, trois soldats ont été tués par une bombe artisanale au passage de leur convoi "
        "à Sirte, à quelque 230 kilomètres à l’est de Misrata."
    )
    e = one(
        fr(
            extract,
            text,
            places=[("Sirte", "Sirte"), ("Misrata", "Misrata")],
            dates=[("Mardi", "2018-01-16")],
        )
    )
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.location == "Sirte"


def test_english_reference_point(extract) -> None:
    text = "A roadside bomb killed two soldiers in Sirte, 230 km east of Misrata, on Monday."
    e = one(
        extract(
            text,
            places=[("Sirte", "Sirte"), ("Misrata", "Misrata")],
            dates=[("Monday", "2018-01-15")],
        )
    )
    assert e.location == "Sirte"


def test_a_place_far_from_its_reference_point_is_a_bad_link(extract) -> None:
    text = "On Monday, rebels captured Kati Island north of Latakia."
    e = one(
        extract(
            text,
            places=[("Kati", "Maiduguri"), ("Latakia", "Latakia")],  # "Kati" linked far away
            dates=[("Monday", "2018-01-15")],
        )
    )
    assert e.location == "Latakia"


def test_where_someone_spoke_is_not_an_antecedent(extract) -> None:
    text = (
        "Les rebelles ont pris dimanche le contrôle de Latakia. « Les terroristes ont fui », a "
        "déclaré le président lors d’un discours à Ankara. Des combattants ont ensuite pillé "
        "des magasins dans le centre-ville."
    )
    events = fr(
        extract,
        text,
        places=[("Latakia", "Latakia"), ("Ankara", "Ankara")],
        dates=[("dimanche", "2018-03-18")],
    )
    e = one(events, "Looting/property destruction")
    assert e.location == "Latakia"


def test_a_counterpart_is_not_the_place_of_an_agreement(extract) -> None:
    text = "Les rebelles de la province d’Idlib ont accepté jeudi un accord avec la Russie."
    e = one(
        fr(
            extract,
            text,
            places=[("province d’Idlib", "Idlib province"), ("Russie", "Russia")],
            dates=[("jeudi", "2018-07-05")],
        )
    )
    assert e.sub_event_type == "Agreement"
    assert e.location == "Idlib province"


def test_the_capital_is_the_capital_named_in_the_article(extract) -> None:
    text = (
        "Militias in Tripoli signed a truce on Tuesday. The deal was signed by envoys of the "
        "Ninth Brigade from Sirte, which launched an offensive on the capital on August 26."
    )
    events = extract(
        text,
        places=[("Tripoli", "Tripoli"), ("Sirte", "Sirte")],
        dates=[("Tuesday", "2018-09-04"), ("August 26", "2018-08-26")],
    )
    clash = one(events, "Armed clash")
    assert (clash.location, clash.event_date) == ("Tripoli", "2018-08-26")
    assert all(
        e.event_date != "2018-08-26" for e in events if e.sub_event_type == "Agreement"
    )  # the offensive's date belongs to the offensive


def test_a_new_kind_of_event_happens_in_the_town_of_the_headline(extract) -> None:
    text = (
        "Des policiers ont arrêté mardi quatre suspects à Misrata. Mardi toujours, des "
        "centaines de personnes ont manifesté pacifiquement sur une place toute proche."
    )
    events = fr(
        extract,
        text,
        title="Benghazi : au moins douze morts dans un attentat",
        places=[("Benghazi", "Benghazi"), ("Misrata", "Misrata")],
        dates=[("mardi", "2018-01-16"), ("Mardi", "2018-01-16")],
    )
    e = one(events, "Peaceful protest")
    assert e.location == "Benghazi"
    assert e.actor1 == "Protesters (Libya)"


# ------------------------------------------------------------------ dates
def test_a_date_in_a_side_clause_does_not_date_the_event(extract) -> None:
    text = "Samedi, l’armée a repris le poste-frontière d’Idlib, fermé depuis 2015."
    e = one(
        fr(
            extract,
            text,
            actors=[("l’armée", "Military Forces of Syria")],
            places=[("Idlib", "Idlib")],
            dates=[("Samedi", "2018-07-07"), ("2015", "2015")],
        )
    )
    assert e.sub_event_type == "Government regains territory"
    assert e.event_date == "2018-07-07"


def test_a_siege_since_a_year_is_a_state_not_an_event(extract) -> None:
    text = "Les habitants de Latakia sont assiégés depuis 2013 par les forces du régime."
    assert fr(extract, text, places=[("Latakia", "Latakia")], dates=[("2013", "2013")]) == []


# ------------------------------------------------------------------ duplicates
def test_a_headline_restating_the_body_is_one_event(extract) -> None:
    text = "Armed groups signed a ceasefire in Misrata on Tuesday evening, the UN mission said."
    events = extract(
        text,
        title="Libya truce signed after a week of militia fighting",
        places=[("Misrata", "Misrata"), ("Libya", "Libya")],
        dates=[("Tuesday", "2018-09-04")],
        published="2018-09-05",
    )
    e = one(events)
    assert (e.sub_event_type, e.location, e.event_date) == ("Agreement", "Misrata", "2018-09-04")


def test_a_country_level_restatement_merges_into_the_town_event(extract) -> None:
    text = (
        "Rockets struck a market in Misrata on Friday, killing four people. The government "
        "said the rocket attack on Libya on Friday was the work of criminals."
    )
    events = extract(
        text,
        places=[("Misrata", "Misrata"), ("Libya", "Libya")],
        dates=[("Friday", "2018-08-31"), ("Friday@2", "2018-08-31")],
    )
    e = one(events)
    assert (e.sub_event_type, e.location) == ("Shelling/artillery/missile attack", "Misrata")


def test_fighters_signing_a_truce_is_an_agreement_not_a_clash(extract) -> None:
    text = (
        "Armed groups fighting in Benghazi signed a ceasefire in Misrata on Tuesday, after a "
        "week of clashes that have killed dozens of people."
    )
    events = extract(
        text,
        places=[("Benghazi", "Benghazi"), ("Misrata", "Misrata")],
        dates=[("Tuesday", "2018-09-04")],
    )
    e = one(events)
    assert (e.sub_event_type, e.location) == ("Agreement", "Misrata")


# ------------------------------------------------------------------ modality
def test_french_closing_attribution_is_reported(extract) -> None:
    text = (
        "Deux kamikazes se sont fait exploser lundi sur un marché de Kismayo, tuant au moins "
        "12 personnes, a annoncé le ministère de la Santé."
    )
    e = one(fr(extract, text, places=[("Kismayo", "Kismayo")], dates=[("lundi", "2018-01-15")]))
    assert e.sub_event_type == "Suicide bomb"
    assert e.modality == "reported"
    assert e.claimant and "ministère de la Santé" in e.claimant
    assert e.actor1 == "Unidentified Armed Group (Somalia)"
    assert e.fatalities == 12


def test_french_closing_attribution_with_an_organisation(extract) -> None:
    text = (
        "Samedi, une bombe artisanale a explosé au passage d’un camion militaire à Latakia, "
        "tuant deux soldats, a indiqué l’agence officielle SANA."
    )
    e = one(
        fr(
            extract,
            text,
            actors=[("SANA", "SANA")],
            places=[("Latakia", "Latakia")],
            dates=[("Samedi", "2018-03-17")],
        )
    )
    assert e.modality == "reported" and e.claimant == "SANA"


def test_an_unnamed_speaker_is_a_claimant(extract) -> None:
    text = "Government jets pounded militant hideouts near Sirte on Saturday, the army said."
    e = one(extract(text, places=[("Sirte", "Sirte", 2)], dates=[("Saturday", "2018-01-13")]))
    assert e.sub_event_type == "Air/drone strike"
    assert e.modality == "reported" and e.claimant == "army"


def test_a_planned_push_to_a_town(extract) -> None:
    text = (
        "Le président a promis dimanche que les opérations se poursuivraient jusqu’à Latakia, "
        "plus à l’ouest."
    )
    e = one(fr(extract, text, places=[("Latakia", "Latakia")], dates=[("dimanche", "2018-03-18")]))
    assert (e.sub_event_type, e.modality, e.location) == ("Armed clash", "planned", "Latakia")


def test_a_possible_handover_is_speculative(extract) -> None:
    text = (
        "La partie de la ville de Latakia encore contrôlée par les rebelles pourrait être "
        "remise à l’armée dans les prochains jours."
    )
    e = one(
        fr(
            extract,
            text,
            actors=[("l’armée", "Military Forces of Syria")],
            places=[("Latakia", "Latakia")],
        )
    )
    assert e.sub_event_type == "Non-violent transfer of territory"
    assert e.modality == "speculative"
    assert e.actor1 == "Military Forces of Syria"  # the receiver gains the ground


# ------------------------------------------------------------------ types
def test_a_foreign_army_taking_a_town_is_coded_as_non_state(extract) -> None:
    text = "Les forces turques ont pris dimanche le contrôle total de la ville de Latakia."
    e = one(
        fr(
            extract,
            text,
            actors=[("forces turques", "Military Forces of Turkey")],
            places=[("Latakia", "Latakia")],
            dates=[("dimanche", "2018-03-18")],
        )
    )
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert e.actor1 == "Military Forces of Turkey"


def test_a_rally_denouncing_an_attack_is_peaceful(extract) -> None:
    text = (
        "Thousands of supporters rallied in Tripoli on Friday to denounce the attack, chanting "
        "slogans."
    )
    e = one(extract(text, places=[("Tripoli", "Tripoli")], dates=[("Friday", "2018-08-10")]))
    assert e.sub_event_type == "Peaceful protest"


def test_a_protest_dispersed_with_tear_gas(extract) -> None:
    text = (
        "Police fired tear gas to disperse hundreds of students protesting against fee "
        "increases in Nairobi on Wednesday."
    )
    e = one(extract(text, places=[("Nairobi", "Nairobi")], dates=[("Wednesday", "2018-01-17")]))
    assert e.sub_event_type == "Protest with intervention"


def test_rioters_stoning_police_is_a_violent_demonstration(extract) -> None:
    text = "Rioters threw stones at police and set fire to vehicles in Maiduguri on Friday."
    events = extract(text, places=[("Maiduguri", "Maiduguri")], dates=[("Friday", "2018-01-19")])
    assert {e.sub_event_type for e in events} == {"Violent demonstration"}


def test_a_defused_bomb_is_disrupted_weapons_use(extract) -> None:
    text = "Soldiers defused a car bomb near Kabul on Monday before it could be detonated."
    events = extract(text, places=[("Kabul", "Kabul", 2)], dates=[("Monday", "2018-01-15")])
    assert {e.sub_event_type for e in events} == {"Disrupted weapons use"}


def test_a_would_be_suicide_bomber_shot_dead(extract) -> None:
    text = (
        "Police in Maiduguri shot dead a would-be suicide bomber before she could reach a "
        "crowded market on Sunday."
    )
    events = extract(text, places=[("Maiduguri", "Maiduguri")], dates=[("Sunday", "2018-01-14")])
    assert {e.sub_event_type for e in events} == {"Disrupted weapons use"}


def test_a_motive_clause_is_not_an_event(extract) -> None:
    text = (
        "Fighters destroyed telecommunication masts near Kismayo on Sunday, accusing the "
        "operators of helping drone strikes."
    )
    events = extract(text, places=[("Kismayo", "Kismayo", 2)], dates=[("Sunday", "2018-01-14")])
    assert {e.sub_event_type for e in events} == {"Looting/property destruction"}


def test_an_attack_launched_on_a_base_is_a_clash(extract) -> None:
    text = (
        "Mardi, les combattants de Hayat Tahrir al-Cham ont lancé une attaque contre la base "
        "militaire d’Idlib."
    )
    e = one(
        fr(
            extract,
            text,
            actors=[("Hayat Tahrir al-Cham", "Hayat Tahrir al-Sham")],
            places=[("Idlib", "Idlib")],
            dates=[("Mardi", "2017-11-14")],
        )
    )
    assert e.sub_event_type == "Armed clash"


# ------------------------------------------------------------------ actors
def test_arrests_by_security_forces_are_police_arrests(extract) -> None:
    text = "Les forces de sécurité ont arrêté mardi quatre suspects à Benghazi."
    e = one(
        fr(
            extract,
            text,
            actors=[("forces de sécurité", "Military Forces of Libya")],
            places=[("Benghazi", "Benghazi")],
            dates=[("mardi", "2018-01-16")],
        )
    )
    assert (e.sub_event_type, e.actor1, e.inter1) == ("Arrests", "Police Forces of Libya", 1)


def test_an_unclaimed_bombing_has_an_unidentified_armed_group(extract) -> None:
    text = "A roadside bomb exploded near a patrol in Kismayo on Saturday, killing two soldiers."
    e = one(extract(text, places=[("Kismayo", "Kismayo")], dates=[("Saturday", "2018-01-13")]))
    assert e.actor1 == "Unidentified Armed Group (Somalia)" and e.inter1 == 3


def test_a_backer_is_not_the_actor(extract) -> None:
    text = "Coalition-backed government forces clashed with rebels near Misrata on Wednesday."
    e = one(
        extract(
            text,
            actors=[("Coalition", "Global Coalition Against Daesh")],
            places=[("Misrata", "Misrata", 2)],
            dates=[("Wednesday", "2018-08-08")],
        )
    )
    assert e.sub_event_type == "Armed clash"
    assert e.actor1 == "Military Forces of Libya"


def test_civilians_are_never_the_perpetrators(extract) -> None:
    text = "Jeudi, les frappes sur Latakia ont fait au moins 27 morts parmi les civils."
    e = one(
        fr(
            extract,
            text,
            actors=[("civils", "Civilians (Syria)")],
            places=[("Latakia", "Latakia")],
            dates=[("Jeudi", "2017-11-16")],
        )
    )
    assert e.actor1 != "Civilians (Syria)"


# ------------------------------------------------------------------ essays
def test_section_headings_place_the_events_of_their_section(extract) -> None:
    text = (
        "Kenya – a divided country\n\n"
        "In 1952, colonial troops killed hundreds of villagers during the uprising.\n\n"
        "Iraq – a fragile state\n\n"
        "In 1991, the United States and the United Kingdom created two no-fly zones."
    )
    events = extract(
        text,
        places=[
            ("Kenya", "Kenya"),
            ("Iraq", "Iraq"),
            ("United States", "United States"),
            ("United Kingdom", "United Kingdom"),
        ],
        dates=[("1952", "1952"), ("1991", "1991")],
    )
    attack = one(events, "Attack")
    assert (attack.location, attack.event_date, attack.time_precision) == ("Kenya", "1952", 3)
    other = one(events, "Other")
    assert (other.location, other.event_date) == ("Iraq", "1991")  # the creators are actors


def test_a_people_is_not_a_place(extract) -> None:
    text = "Kenya – a divided country\n\nIn 1952, colonial troops killed hundreds of Kikuyus."
    e = one(
        extract(
            text,
            places=[("Kenya", "Kenya"), ("Kikuyus", "Kikuyu")],
            dates=[("1952", "1952")],
        )
    )
    assert (e.sub_event_type, e.location) == ("Attack", "Kenya")


def test_an_attempted_coup_happened(extract) -> None:
    text = "In 1926, army officers attempted a coup d'État in Nairobi."
    e = one(extract(text, places=[("Nairobi", "Nairobi")], dates=[("1926", "1926")]))
    assert (e.sub_event_type, e.location, e.modality) == ("Other", "Nairobi", "asserted")


def test_a_label_place_opens_an_entry(extract) -> None:
    text = "LIBYA: At least 20 people were killed when gunmen attacked a mosque on Friday."
    e = one(extract(text, places=[("LIBYA", "Libya")], dates=[("Friday", "2017-11-24")]))
    assert (e.event_type, e.location) == ("Violence against civilians", "Libya")
    assert e.actor1 == "Unidentified Armed Group (Libya)"


def test_a_claim_names_the_perpetrator_of_the_attack_before(extract) -> None:
    text = (
        "A car bomb exploded near a checkpoint in Kismayo on Saturday, killing four soldiers. "
        "Hayat Tahrir al-Sham claimed the attack in a statement."
    )
    e = one(
        extract(
            text,
            actors=[("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham")],
            places=[("Kismayo", "Kismayo")],
            dates=[("Saturday", "2018-01-13")],
        )
    )
    assert (e.sub_event_type, e.actor1) == ("Remote explosive/landmine/IED", "Hayat Tahrir al-Sham")


def test_an_evacuation_happens_where_people_left_not_where_they_went(extract) -> None:
    text = (
        "Les rebelles ont pris jeudi le contrôle de Latakia. Le lendemain, des dizaines de "
        "combattants ont été évacués vers la province d’Idlib."
    )
    events = fr(
        extract,
        text,
        places=[("Latakia", "Latakia"), ("province d’Idlib", "Idlib province")],
        dates=[("jeudi", "2018-03-15"), ("Le lendemain", "2018-03-16")],
    )
    e = one(events, "Non-violent transfer of territory")
    assert e.location == "Latakia"


def test_bombers_destroying_a_headquarters_is_an_air_strike(extract) -> None:
    text = "Mardi, des bombardiers ont détruit un quartier général des rebelles près de Latakia."
    e = one(fr(extract, text, places=[("Latakia", "Latakia", 2)], dates=[("Mardi", "2018-03-13")]))
    assert e.sub_event_type == "Air/drone strike"
