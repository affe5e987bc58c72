"""General mechanisms, not sentence-fitted cues (sentences and short articles written for these
tests; none paraphrases an evaluation document).

Families: one event per listed place; denials and attributions change the modality of the event
they govern and create none; follow-ups that add a toll merge into the event they refer back to;
commentary and quoted slogans are no events; the place comes from the trigger's own arguments;
dates bind to the trigger's verb; French future/conditional and intention verbs plan; polysemous
trigger words need their object's class; the means named in the subject types the strike.
"""

from __future__ import annotations

from helpers import one

from newsift.model import Event


def fr(extract, text: str, **kwargs: object) -> list[Event]:  # noqa: ANN001
    return extract(text, lang="fr", **kwargs)


def subs(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.sub_event_type, e.location, e.event_date, e.modality) for e in events]


# ------------------------------------------------------------------ one event per listed place
def test_fr_strikes_on_a_list_of_towns_give_one_event_per_town(extract) -> None:
    text = (
        "Mardi, l'aviation syrienne a bombardé Kafranbel, Maarat al-Nouman et Saraqeb, "
        "selon des militants."
    )
    events = fr(
        extract,
        text,
        places=[
            ("Kafranbel", "Kafr Nubl"),
            ("Maarat al-Nouman", "Maarat al-Numan"),
            ("Saraqeb", "Saraqib"),
        ],
        dates=[("Mardi", "2018-02-06")],
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert sorted(e.location for e in strikes) == ["Kafr Nubl", "Maarat al-Numan", "Saraqib"]
    assert all(e.event_date == "2018-02-06" for e in strikes)
    assert all(e.modality == "reported" for e in strikes)


def test_en_shelling_of_towns_after_a_preposition_gives_one_event_each(extract) -> None:
    text = "On Monday, Turkish artillery shelled positions in Manbij and Jarabulus."
    events = extract(
        text,
        actors=[("Turkish", "Military Forces of Turkey")],
        places=[("Manbij", "Manbij"), ("Jarabulus", "Jarabulus")],
        dates=[("Monday", "2018-01-22")],
    )
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert sorted(e.location for e in shelling) == ["Jarabulus", "Manbij"]


def test_fr_truce_announced_for_two_towns_gives_two_agreements(extract) -> None:
    text = "Vendredi, les rebelles ont accepté une trêve à Saraqeb et à Maarat al-Nouman."
    events = fr(
        extract,
        text,
        places=[("Saraqeb", "Saraqib"), ("Maarat al-Nouman", "Maarat al-Numan")],
        dates=[("Vendredi", "2018-02-09")],
    )
    agreements = [e for e in events if e.sub_event_type == "Agreement"]
    assert sorted(e.location for e in agreements) == ["Maarat al-Numan", "Saraqib"]


# ------------------------------------------------------------------ denials and attributions
def test_fr_denial_alone_gives_the_denied_event(extract) -> None:
    text = "L'armée russe a démenti mercredi avoir mené des frappes aériennes sur Saraqeb."
    e = one(
        fr(
            extract,
            text,
            actors=[("L'armée russe", "Military Forces of Russia")],
            places=[("Saraqeb", "Saraqib")],
            dates=[("mercredi", "2018-02-07")],
        )
    )
    assert e.sub_event_type == "Air/drone strike"
    assert e.modality == "denied"
    assert e.location == "Saraqib"


def test_fr_denial_after_a_report_is_no_new_event(extract) -> None:
    text = (
        "Selon des militants, des frappes aériennes russes ont tué neuf civils lundi à Saraqeb. "
        "Moscou a démenti mardi toute implication dans ces frappes."
    )
    events = fr(
        extract,
        text,
        places=[("Saraqeb", "Saraqib"), ("Moscou", "Moscow")],
        dates=[("lundi", "2018-02-05"), ("mardi", "2018-02-06")],
    )
    e = one(events)
    assert e.sub_event_type == "Air/drone strike" and e.location == "Saraqib"
    assert e.modality == "reported" and e.event_date == "2018-02-05"
    assert e.fatalities == 9


def test_en_denial_of_a_reported_strike_is_no_new_event(extract) -> None:
    text = (
        "Activists said a drone strike killed four fighters near Raqqa on Sunday. "
        "The coalition denied on Monday that its aircraft had struck the area."
    )
    events = extract(
        text,
        actors=[("coalition", "Global Coalition Against Daesh")],
        places=[("Raqqa", "Raqqa")],
        dates=[("Sunday", "2017-06-11"), ("Monday", "2017-06-12")],
    )
    e = one(events)
    assert e.sub_event_type == "Air/drone strike" and e.event_date == "2017-06-11"
    assert e.modality == "reported"


def test_fr_denial_that_a_group_took_part_keeps_the_event_denied(extract) -> None:
    text = (
        "Le Hezbollah a nié lundi que ses combattants aient participé aux combats de Hama "
        "la semaine dernière."
    )
    events = fr(
        extract,
        text,
        actors=[("Hezbollah", "Hezbollah")],
        places=[("Hama", "Hama")],
        dates=[("lundi", "2018-03-05")],
    )
    assert all(e.modality == "denied" for e in events), subs(events)


# ------------------------------------------------------------------ follow-ups merge
def test_fr_follow_up_toll_merges_into_the_raid(extract) -> None:
    text = (
        "Des avions russes ont bombardé lundi plusieurs quartiers de Hama. "
        "Ces raids ont tué au moins onze civils, dont quatre enfants, selon l'OSDH."
    )
    events = fr(
        extract,
        text,
        places=[("Hama", "Hama")],
        dates=[("lundi", "2018-03-05")],
    )
    e = one(events)
    assert e.sub_event_type == "Air/drone strike" and e.location == "Hama"
    assert e.fatalities == 11


def test_en_follow_up_toll_merges_into_the_strike(extract) -> None:
    text = (
        "Turkish jets struck villages near Manbij on Friday. "
        "The raids killed at least seven civilians, a monitoring group said."
    )
    events = extract(
        text,
        actors=[("Turkish", "Military Forces of Turkey")],
        places=[("Manbij", "Manbij")],
        dates=[("Friday", "2018-01-26")],
    )
    e = one(events)
    assert e.sub_event_type == "Air/drone strike" and e.fatalities == 7


def test_fr_standfirst_toll_then_body_is_one_event(extract) -> None:
    text = (
        "Au moins six civils ont été tués samedi dans des bombardements aériens sur Saraqeb. "
        "Les avions du régime ont visé samedi matin le marché central de Saraqeb."
    )
    events = fr(
        extract,
        text,
        places=[("Saraqeb", "Saraqib"), ("Saraqeb@2", "Saraqib")],
        dates=[("samedi", "2018-02-10"), ("samedi matin", "2018-02-10")],
    )
    e = one(events)
    assert e.sub_event_type == "Air/drone strike" and e.fatalities == 6


# ------------------------------------------------------------------ commentary and quotes
def test_fr_copular_commentary_is_no_event(extract) -> None:
    text = "La reprise de Hama est une victoire pour tous les Syriens, a déclaré le ministre."
    events = fr(extract, text, places=[("Hama", "Hama")])
    assert events == [], subs(events)


def test_en_copular_commentary_is_no_event(extract) -> None:
    text = "The capture of Mosul is a message to every terrorist group in the region."
    events = extract(text, places=[("Mosul", "Mosul")])
    assert events == [], subs(events)


def test_fr_place_in_a_shouted_slogan_is_not_the_event_place(extract) -> None:
    text = (
        "Jeudi soir, un homme armé a tué deux passants devant le consulat à Tripoli en criant "
        "« Souvenez-vous de Benghazi ! »."
    )
    events = fr(
        extract,
        text,
        places=[("Tripoli", "Tripoli"), ("Benghazi", "Benghazi")],
        dates=[("Jeudi soir", "2018-05-03")],
    )
    e = one(events)
    assert e.sub_event_type == "Attack" and e.location == "Tripoli"


def test_en_slogan_in_quotes_is_no_event(extract) -> None:
    text = (
        'Hundreds of protesters marched in Ankara on Sunday, chanting "Liberate Aleppo!" and '
        "waving flags."
    )
    events = extract(
        text,
        places=[("Ankara", "Ankara"), ("Aleppo", "Aleppo")],
        dates=[("Sunday", "2016-12-18")],
    )
    e = one(events)
    assert e.sub_event_type == "Peaceful protest" and e.location == "Ankara"


# ------------------------------------------------------------------ place from the arguments
def test_fr_place_of_the_arrest_is_its_own_argument(extract) -> None:
    text = (
        "Mardi, la police de Kirkouk a annoncé l'arrestation de vingt suspects dans la ville "
        "de Mossoul."
    )
    e = one(
        fr(
            extract,
            text,
            places=[("Kirkouk", "Kirkuk"), ("Mossoul", "Mosul")],
            dates=[("Mardi", "2017-11-21")],
        )
    )
    assert e.sub_event_type == "Arrests" and e.location == "Mosul"


def test_fr_launch_origin_is_not_where_the_shell_fell(extract) -> None:
    text = "Dimanche, un obus tiré depuis la Syrie s'est abattu sur un marché de Kilis."
    e = one(
        fr(
            extract,
            text,
            places=[("Syrie", "Syria"), ("Kilis", "Kilis")],
            dates=[("Dimanche", "2018-01-21")],
        )
    )
    assert e.sub_event_type == "Shelling/artillery/missile attack" and e.location == "Kilis"


def test_en_launch_origin_is_not_where_the_rocket_fell(extract) -> None:
    text = "A rocket fired from Syria hit a house in Kilis on Sunday, wounding two children."
    e = one(
        extract(
            text,
            places=[("Syria", "Syria"), ("Kilis", "Kilis")],
            dates=[("Sunday", "2018-01-21")],
        )
    )
    assert e.location == "Kilis"


# ------------------------------------------------------------------ dates of the trigger's verb
def test_fr_date_of_the_event_not_of_the_report(extract) -> None:
    text = (
        "Mercredi, le ministère a indiqué que des rebelles avaient attaqué lundi un convoi "
        "près de Hama."
    )
    events = fr(
        extract,
        text,
        places=[("Hama", "Hama")],
        dates=[("Mercredi", "2018-03-07"), ("lundi", "2018-03-05")],
    )
    assert events and all(e.event_date == "2018-03-05" for e in events), subs(events)


def test_en_date_of_the_event_not_of_the_statement(extract) -> None:
    text = "On Thursday the army said militants had ambushed a patrol near Mosul on Tuesday."
    events = extract(
        text,
        places=[("Mosul", "Mosul")],
        dates=[("Thursday", "2017-03-09"), ("Tuesday", "2017-03-07")],
    )
    assert events and all(e.event_date == "2017-03-07" for e in events), subs(events)


def test_fr_a_deadline_is_no_asserted_event(extract) -> None:
    text = "Les combattants doivent se retirer de Saraqeb d'ici au 15 octobre, selon l'accord."
    events = fr(
        extract,
        text,
        places=[("Saraqeb", "Saraqib")],
        dates=[("15 octobre", "2018-10-15")],
    )
    assert all(e.modality in ("planned", "speculative") for e in events), subs(events)


# ------------------------------------------------------------------ planned and speculative
def test_fr_sapprete_a_is_planned(extract) -> None:
    text = "L'armée syrienne s'apprête à lancer une offensive contre les rebelles à Saraqeb."
    e = one(
        fr(
            extract,
            text,
            actors=[("L'armée syrienne", "Military Forces of Syria")],
            places=[("Saraqeb", "Saraqib")],
        )
    )
    assert e.sub_event_type == "Armed clash" and e.modality == "planned"


def test_fr_future_in_a_promise_is_planned(extract) -> None:
    text = "Le gouverneur affirme que l'armée reprendra Saraqeb avant la fin de l'année."
    e = one(
        fr(
            extract,
            text,
            places=[("Saraqeb", "Saraqib")],
        )
    )
    assert e.sub_event_type == "Government regains territory"
    assert e.modality == "planned"


def test_fr_conditional_after_a_warning_is_planned(extract) -> None:
    text = "Le président turc a prévenu jeudi que l'offensive serait étendue à Manbij."
    e = one(
        fr(
            extract,
            text,
            places=[("Manbij", "Manbij")],
            dates=[("jeudi", "2018-01-25")],
        )
    )
    assert e.sub_event_type == "Armed clash" and e.modality == "planned"


def test_fr_could_be_reached_is_speculative(extract) -> None:
    text = (
        "Un accord sur le sort des rebelles de Hama pourrait être conclu dans les prochains jours."
    )
    e = one(fr(extract, text, places=[("Hama", "Hama")]))
    assert e.sub_event_type == "Agreement" and e.modality == "speculative"


def test_en_preparing_an_offensive_is_planned(extract) -> None:
    text = "The Syrian army is preparing to launch an offensive on Saraqib, a commander said."
    e = one(
        extract(
            text,
            actors=[("Syrian army", "Military Forces of Syria")],
            places=[("Saraqib", "Saraqib")],
        )
    )
    assert e.modality == "planned"


def test_fr_intends_to_push_on_is_planned(extract) -> None:
    text = "Pour Ankara, l'armée turque compte porter ses opérations jusqu'à Manbij."
    events = fr(
        extract,
        text,
        actors=[("l'armée turque", "Military Forces of Turkey")],
        places=[("Ankara", "Ankara"), ("Manbij", "Manbij")],
    )
    assert all(e.modality == "planned" for e in events), subs(events)


# ------------------------------------------------------------------ polysemous trigger words
def test_fr_violating_a_truce_is_no_sexual_violence(extract) -> None:
    text = (
        "Samedi, les rebelles ont violé le cessez-le-feu près de Hama en tirant des obus sur "
        "un quartier résidentiel."
    )
    events = fr(
        extract,
        text,
        places=[("Hama", "Hama")],
        dates=[("Samedi", "2018-03-10")],
    )
    assert not [e for e in events if e.sub_event_type == "Sexual violence"], subs(events)
    assert not [e for e in events if e.sub_event_type == "Agreement"], subs(events)
    one(events, "Shelling/artillery/missile attack")


def test_fr_violating_airspace_is_no_sexual_violence(extract) -> None:
    text = "Selon Ankara, un avion syrien a violé lundi l'espace aérien turc près de Kilis."
    events = fr(
        extract,
        text,
        places=[("Ankara", "Ankara"), ("Kilis", "Kilis")],
        dates=[("lundi", "2018-02-12")],
    )
    assert not [e for e in events if e.sub_event_type == "Sexual violence"], subs(events)


def test_fr_rape_of_people_is_still_sexual_violence(extract) -> None:
    text = "Des miliciens ont violé deux femmes dimanche dans un village près de Hama."
    events = fr(
        extract,
        text,
        places=[("Hama", "Hama")],
        dates=[("dimanche", "2018-03-11")],
    )
    one(events, "Sexual violence")


def test_fr_seizing_an_opportunity_is_no_seizure(extract) -> None:
    text = "Les islamistes ont saisi l'occasion pour renforcer leur emprise sur Saraqeb."
    events = fr(extract, text, places=[("Saraqeb", "Saraqib")])
    assert not [e for e in events if e.sub_event_type == "Disrupted weapons use"], subs(events)


# ------------------------------------------------------------------ the means types the strike
def test_en_warplanes_that_kill_make_an_air_strike(extract) -> None:
    text = "Coalition warplanes killed at least 20 militants near Raqqa on Monday."
    e = one(
        extract(
            text,
            places=[("Raqqa", "Raqqa")],
            dates=[("Monday", "2017-06-12")],
        )
    )
    assert e.sub_event_type == "Air/drone strike" and e.fatalities == 20


def test_fr_coalition_strikes_that_kill_make_an_air_strike(extract) -> None:
    text = "Les frappes de la coalition ont tué au moins quinze civils vendredi à Raqqa."
    e = one(
        fr(
            extract,
            text,
            actors=[("coalition", "Global Coalition Against Daesh")],
            places=[("Raqqa", "Raqqa")],
            dates=[("vendredi", "2017-06-09")],
        )
    )
    assert e.sub_event_type == "Air/drone strike" and e.fatalities == 15


def test_fr_gunmen_burning_trucks_is_property_destruction(extract) -> None:
    text = "Dimanche, des hommes armés ont incendié trois camions d'aide près de Hama."
    e = one(
        fr(
            extract,
            text,
            places=[("Hama", "Hama")],
            dates=[("Dimanche", "2018-03-11")],
        )
    )
    assert e.sub_event_type == "Looting/property destruction" and e.location == "Hama"


def test_fr_evacuation_deal_concluded_is_an_agreement(extract) -> None:
    text = "Un accord d'évacuation a été conclu mardi pour les quartiers rebelles de Hama."
    e = one(
        fr(
            extract,
            text,
            places=[("Hama", "Hama")],
            dates=[("mardi", "2018-03-06")],
        )
    )
    assert e.sub_event_type == "Agreement" and e.location == "Hama"
