"""English event extraction on sentences written for these tests (mentions placed by hand)."""

from __future__ import annotations

from helpers import one


def test_liberation_by_state_forces_is_government_regains_territory(extract) -> None:
    text = "On November 3, Syrian forces liberated Deir Ezzor after a month of fighting."
    e = one(
        extract(
            text,
            actors=[("Syrian forces", "Military Forces of Syria")],
            places=[("Deir Ezzor", "Deir ez-Zor")],
            dates=[("November 3", "2017-11-03")],
        )
    )
    assert (e.event_type, e.sub_event_type) == ("Battles", "Government regains territory")
    assert e.actor1 == "Military Forces of Syria" and e.inter1 == 1
    assert e.location == "Deir ez-Zor" and e.geonameid == 170794 and e.geo_precision == 1
    assert (e.country, e.iso) == ("Syria", 760)
    assert (e.event_date, e.year, e.time_precision) == ("2017-11-03", 2017, 1)
    assert e.modality == "asserted" and e.claimant is None
    assert "plover: FIGHT" in (e.tags or "")
    assert e.notes and e.notes.startswith("Military Forces of Syria regained territory")


def test_capture_by_armed_group_is_non_state_actor_overtakes_territory(extract) -> None:
    text = "Islamic State fighters captured Al-Qaim on 5 June 2014 after heavy fighting."
    e = one(
        extract(
            text,
            actors=[("Islamic State", "Islamic State")],
            places=[("Al-Qaim", "Al-Qaim")],
            dates=[("5 June 2014", "2014-06-05")],
        ),
        "Non-state actor overtakes territory",
    )
    assert e.actor1 == "Islamic State" and e.inter1 == 2 and e.country == "Iraq"


def test_taking_a_town_after_a_withdrawal_is_non_violent(extract) -> None:
    text = (
        "Iraqi forces took control of Kirkuk on 16 October 2017 after the withdrawal of "
        "Kurdish fighters."
    )
    e = one(
        extract(
            text,
            actors=[("Iraqi forces", "Military Forces of Iraq")],
            places=[("Kirkuk", "Kirkuk")],
            dates=[("16 October 2017", "2017-10-16")],
        )
    )
    assert (e.event_type, e.sub_event_type) == (
        "Strategic developments",
        "Non-violent transfer of territory",
    )


def test_bombers_striking_is_an_air_strike_against_the_object(extract) -> None:
    text = "Russian bombers struck Islamic State positions near Raqqa on Tuesday."
    e = one(
        extract(
            text,
            actors=[
                ("Russian bombers", "Military Forces of Russia"),
                ("Islamic State", "Islamic State"),
            ],
            places=[("Raqqa", "Raqqa", 2)],
            dates=[("Tuesday", "2017-06-13")],
        )
    )
    assert e.sub_event_type == "Air/drone strike"
    assert e.event_type == "Explosions/Remote violence"
    assert (e.actor1, e.actor2) == ("Military Forces of Russia", "Islamic State")
    assert e.interaction == 12 and e.geo_precision == 2


def test_cruise_missiles_are_shelling_and_the_area_points_back(extract) -> None:
    text = (
        "Heavy fighting continued around Abu Kamal. "
        "A Russian submarine also launched six cruise missiles on positions in the area "
        "on November 3."
    )
    events = extract(
        text,
        places=[("Abu Kamal", "Abu Kamal")],
        dates=[("November 3", "2017-11-03")],
    )
    e = one(events, "Shelling/artillery/missile attack")
    assert e.location == "Abu Kamal" and e.geo_precision == 2
    assert e.event_date == "2017-11-03"


def test_clash_between_armed_groups(extract) -> None:
    text = "Hayat Tahrir al-Sham fighters clashed with Syrian troops near Idlib on 3 May 2018."
    e = one(
        extract(
            text,
            actors=[
                ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"),
                ("Syrian troops", "Military Forces of Syria"),
            ],
            places=[("Idlib", "Idlib", 2)],
            dates=[("3 May 2018", "2018-05-03")],
        )
    )
    assert e.sub_event_type == "Armed clash"
    assert e.actor1 == "Hayat Tahrir al-Sham" and e.actor2 == "Military Forces of Syria"
    assert e.interaction == 12


def test_gunmen_killing_civilians_is_an_attack_with_fatalities(extract) -> None:
    text = "Unidentified gunmen shot dead two civilians in Homs on 2 March 2018."
    e = one(extract(text, places=[("Homs", "Homs")], dates=[("2 March 2018", "2018-03-02")]))
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.fatalities == 2
    assert e.civilian_targeting == "Civilian targeting"


def test_roadside_bomb_and_dozens_killed(extract) -> None:
    text = "A roadside bomb exploded in Mosul on 12 July 2017, killing dozens of people."
    e = one(extract(text, places=[("Mosul", "Mosul")], dates=[("12 July 2017", "2017-07-12")]))
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.fatalities == 12


def test_suicide_bomber_wins_over_the_explosion(extract) -> None:
    text = "A suicide bomber blew himself up at a checkpoint in Kirkuk, killing several soldiers."
    e = one(extract(text, places=[("Kirkuk", "Kirkuk")]))
    assert e.sub_event_type == "Suicide bomb"
    assert e.fatalities == 3


def test_protest_family(extract) -> None:
    peaceful = extract(
        "Hundreds of students held a peaceful rally in Dhaka on 1 January 2010.",
        places=[("Dhaka", "Dhaka")],
        dates=[("1 January 2010", "2010-01-01")],
    )
    assert one(peaceful).sub_event_type == "Peaceful protest"
    dispersed = extract(
        "Police fired tear gas to disperse protesters who rallied in Dhaka against fuel prices.",
        places=[("Dhaka", "Dhaka")],
    )
    assert one(dispersed).sub_event_type == "Protest with intervention"
    violent = extract(
        "Protesters threw stones at police and torched two buses in Dhaka.",
        places=[("Dhaka", "Dhaka")],
    )
    assert one(violent).sub_event_type == "Violent demonstration"
    assert one(violent).event_type == "Riots"


def test_arrests_and_agreement(extract) -> None:
    arrests = extract(
        "Police arrested five activists in Dhaka on Sunday.",
        places=[("Dhaka", "Dhaka")],
        dates=[("Sunday", "2010-01-03")],
    )
    assert one(arrests).sub_event_type == "Arrests"
    deal = extract(
        "Turkey and Russia signed a ceasefire agreement for Idlib on 17 September 2018.",
        places=[("Idlib", "Idlib")],
        dates=[("17 September 2018", "2018-09-17")],
    )
    assert one(deal).sub_event_type == "Agreement"
    assert one(deal).event_type == "Strategic developments"


def test_nominal_event(extract) -> None:
    text = "The liberation of Deir ez-Zor ended a siege of three years."
    e = one(extract(text, places=[("Deir ez-Zor", "Deir ez-Zor")]), "Government regains territory")
    assert e.location == "Deir ez-Zor"


def test_modality_reported_with_local_sources(extract) -> None:
    text = "According to local sources, Syrian troops recaptured Al-Mayadin on 14 October 2017."
    e = one(
        extract(
            text,
            actors=[("Syrian troops", "Military Forces of Syria")],
            places=[("Al-Mayadin", "Al-Mayadin")],
            dates=[("14 October 2017", "2017-10-14")],
        )
    )
    assert e.modality == "reported" and e.claimant == "local sources"
    assert e.notes and e.notes.startswith("Reported by local sources")


def test_modality_denied_planned_speculative(extract) -> None:
    denied = extract(
        "The Turkish army denied that its artillery shelled villages near Idlib.",
        actors=[("Turkish army", "Military Forces of Turkey")],
        places=[("Idlib", "Idlib", 2)],
    )
    assert one(denied).modality == "denied"
    planned = extract(
        "The Syrian army is preparing an offensive on Idlib.",
        actors=[("Syrian army", "Military Forces of Syria")],
        places=[("Idlib", "Idlib")],
    )
    assert one(planned).modality == "planned"
    maybe = extract(
        "Syrian forces may recapture Raqqa within weeks.",
        actors=[("Syrian forces", "Military Forces of Syria")],
        places=[("Raqqa", "Raqqa")],
    )
    assert one(maybe).modality == "speculative"


def test_negated_and_conditional_triggers_are_not_events(extract) -> None:
    assert extract("No clashes were reported in Homs on Friday.", places=[("Homs", "Homs")]) == []
    cond = extract(
        "As soon as Raqqa is liberated, the road to Deir ez-Zor will reopen.",
        places=[("Raqqa", "Raqqa"), ("Deir ez-Zor", "Deir ez-Zor")],
    )
    assert cond == []


def test_multi_day_campaign_is_one_event_with_its_range(extract) -> None:
    text = (
        "On November 1, November 2, November 3 and November 4, Russian bombers carried out "
        "massive strikes on depots near Abu Kamal."
    )
    events = extract(
        text,
        actors=[("Russian bombers", "Military Forces of Russia")],
        places=[("Abu Kamal", "Abu Kamal", 2)],
        dates=[
            ("November 1", "2017-11-01"),
            ("November 2", "2017-11-02"),
            ("November 3", "2017-11-03"),
            ("November 4", "2017-11-04"),
        ],
    )
    e = one(events)
    assert e.sub_event_type == "Air/drone strike"
    assert e.event_date == "2017-11-01" and e.time_precision == 1
    assert "date range: 2017-11-01/2017-11-04" in (e.tags or "")


def test_two_days_in_one_sentence_are_two_events(extract) -> None:
    text = "The army lifted the siege of Deir ez-Zor on September 5 and took Raqqa on September 10."
    events = extract(
        text,
        places=[("Deir ez-Zor", "Deir ez-Zor"), ("Raqqa", "Raqqa")],
        dates=[("September 5", "2017-09-05"), ("September 10", "2017-09-10")],
    )
    got = {(e.location, e.event_date) for e in events}
    assert ("Deir ez-Zor", "2017-09-05") in got


def test_repeats_merge_into_one_row_with_best_evidence(extract) -> None:
    text = (
        "Syrian forces liberated Raqqa. "
        "The liberation of Raqqa by Syrian forces on 20 October 2017 ended the siege."
    )
    events = extract(
        text,
        actors=[
            ("Syrian forces", "Military Forces of Syria"),
            ("Syrian forces@2", "Military Forces of Syria"),
        ],
        places=[("Raqqa", "Raqqa"), ("Raqqa@2", "Raqqa")],
        dates=[("20 October 2017", "2017-10-20")],
        published="2017-10-22",
    )
    e = one(events, "Government regains territory")
    assert e.event_date == "2017-10-20"
    assert "20 October 2017" in e.evidence_text


def test_evidence_offsets_are_an_exact_slice(extract, nlp_stage, events_stage) -> None:
    from helpers import make_doc

    text = "Intro line.\n\nOn November 3, Syrian forces liberated Deir Ezzor."
    doc = make_doc(
        text,
        title="Deir Ezzor freed",
        actors=[("Syrian forces", "Military Forces of Syria")],
        places=[("Deir Ezzor@2", "Deir ez-Zor")],
        dates=[("November 3", "2017-11-03")],
    )
    nlp_stage.process(doc)
    events_stage.process(doc)
    assert doc.events
    for e in doc.events:
        assert doc.text[e.evidence_start : e.evidence_end] == e.evidence_text
        assert e.evidence_text.strip() == e.evidence_text
        assert e.doc_id == doc.doc_id and e.article == 1 and e.lang == "en"
        assert e.extractor and 0 < e.confidence <= 1


def test_comments_are_ignored(extract) -> None:
    events = extract(
        "The weather in Homs was mild on Friday.",
        places=[("Homs", "Homs")],
        comment="Syrian jets bombed Homs yesterday, killing ten civilians!",
    )
    assert events == []


def test_duplicates_are_skipped(nlp_stage, events_stage) -> None:
    from helpers import make_doc

    doc = make_doc(
        "Syrian forces liberated Raqqa on 20 October 2017.",
        places=[("Raqqa", "Raqqa")],
        dates=[("20 October 2017", "2017-10-20")],
    )
    doc.duplicate_of = "0123456789abcdef"
    nlp_stage.process(doc)
    events_stage.process(doc)
    assert doc.events == []


def test_event_ids_are_stable_and_distinct(extract) -> None:
    text = "Turkish artillery shelled Idlib on 1 May 2018. Russian jets bombed Homs on 2 May 2018."
    kwargs = dict(
        places=[("Idlib", "Idlib"), ("Homs", "Homs")],
        dates=[("1 May 2018", "2018-05-01"), ("2 May 2018", "2018-05-02")],
    )
    a = extract(text, **kwargs)
    b = extract(text, **kwargs)
    assert [e.event_id for e in a] == [e.event_id for e in b]
    assert len({e.event_id for e in a}) == len(a) == 2


def test_without_a_parse_triggers_still_match(events_stage) -> None:
    from helpers import make_doc

    doc = make_doc(
        "Gunmen abducted three aid workers near Homs on 4 April 2018.",
        places=[("Homs", "Homs", 2)],
        dates=[("4 April 2018", "2018-04-04")],
    )
    events_stage.process(doc)  # no nlp stage: regex sentences, no dependency parse
    e = one(doc.events)
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert e.location == "Homs" and e.event_date == "2018-04-04"


def test_killing_told_as_the_outcome_of_a_bomb_is_the_bombing(extract) -> None:
    text = "An IED planted on the roadside exploded in Kirkuk, killing two police officers."
    e = one(extract(text, places=[("Kirkuk", "Kirkuk")]))
    assert e.sub_event_type == "Remote explosive/landmine/IED" and e.fatalities == 2


def test_entering_without_a_fight_is_a_non_violent_transfer(extract) -> None:
    text = "The Syrian army entered Raqqa without a fight on 14 October 2019."
    e = one(
        extract(
            text,
            actors=[("Syrian army", "Military Forces of Syria")],
            places=[("Raqqa", "Raqqa")],
            dates=[("14 October 2019", "2019-10-14")],
        )
    )
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_unlinked_rebels_taking_a_town_overtake_territory(extract) -> None:
    text = "Rebels seized control of Homs after heavy fighting on 8 June 2019."
    e = one(extract(text, places=[("Homs", "Homs")], dates=[("8 June 2019", "2019-06-08")]))
    assert e.sub_event_type == "Non-state actor overtakes territory"
