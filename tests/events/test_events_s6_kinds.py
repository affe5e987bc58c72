"""Kinds of session 6 (newsift.events.kinds): classes of phrasing, each with varied sentences
and a near miss that must still fire. An agreement noun used as an opinion ("d'accord", "in
agreement") or as one end of a rhetorical range ("des accords de X aux ruines de Y"); a state's
diplomatic protest; protests told as an act's outcome; a state withdrawing its own troops with
no place left; property wrecked by armed men or with tools; air sorties; launched weapons
stopped in flight; "occupied with doing". Sentences written for these tests (mentions placed by
hand)."""

from __future__ import annotations

from typing import Any

from newsift.model import Event

PROTEST_KINDS = {"Peaceful protest", "Protest with intervention"}
CAPTURE_KINDS = {
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
}


def rows(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.sub_event_type, e.actor1, e.location, e.event_date) for e in events]


def subs(events: list[Event]) -> list[str]:
    return [e.sub_event_type for e in events]


# ---------------------------------------------------------------- agreement noun, no deal
def test_fr_pour_une_fois_d_accord_is_no_agreement(extract) -> None:
    text = (
        "En avril 1991, l'armée irakienne écrasa la révolte kurde à Kirkuk. "
        "Londres et Moscou, pour une fois d'accord, condamnèrent la répression."
    )
    events = extract(
        text, places=[("Kirkuk", "Kirkuk")], dates=[("avril 1991", "1991-04")], lang="fr"
    )
    assert "Agreement" not in subs(events), rows(events)


def test_fr_se_dire_d_accord_is_no_agreement(extract) -> None:
    text = (
        "Le ministre turc s'est dit d'accord mardi avec Moscou sur la nécessité de protéger Manbij."
    )
    events = extract(
        text, places=[("Manbij", "Manbij")], dates=[("mardi", "2017-03-07")], lang="fr"
    )
    assert "Agreement" not in subs(events), rows(events)


def test_en_for_once_in_agreement_is_no_agreement(extract) -> None:
    text = "Moscow and London, for once in agreement, condemned the crackdown in Kirkuk on Tuesday."
    events = extract(
        text, places=[("Kirkuk", "Kirkuk")], dates=[("on Tuesday", "2017-03-07")], lang="en"
    )
    assert "Agreement" not in subs(events), rows(events)


def test_fr_tomber_d_accord_is_a_deal(extract) -> None:
    text = "Le gouvernement et les rebelles sont tombés d'accord mardi sur une trêve à Homs."
    events = extract(text, places=[("Homs", "Homs")], dates=[("mardi", "2017-03-07")], lang="fr")
    assert "Agreement" in subs(events), rows(events)


def test_fr_range_of_history_is_no_agreement(extract) -> None:
    text = (
        "Des accords de Sykes-Picot aux ruines de Mossoul, les Arabes ont toujours payé la "
        "facture des puissances."
    )
    events = extract(text, places=[("Mossoul", "Mosul")], lang="fr", published="2017-03-07")
    assert "Agreement" not in subs(events), rows(events)


def test_en_range_of_history_is_no_agreement(extract) -> None:
    text = (
        "From the Oslo accords to the ruins of Mosul, the region has always paid the bill "
        "of the great powers."
    )
    events = extract(text, places=[("Mosul", "Mosul")], lang="en", published="2017-03-07")
    assert "Agreement" not in subs(events), rows(events)


def test_fr_accord_concluded_is_a_deal(extract) -> None:
    text = (
        "Un accord de cessez-le-feu a été conclu mardi à Homs entre le gouvernement et les "
        "rebelles."
    )
    events = extract(text, places=[("Homs", "Homs")], dates=[("mardi", "2017-03-07")], lang="fr")
    assert "Agreement" in subs(events), rows(events)


# ---------------------------------------------------------------- diplomatic protests
def test_fr_chancelleries_protested_is_no_protest(extract) -> None:
    text = "Les chancelleries européennes protestèrent à peine contre le massacre de Kirkuk."
    events = extract(text, places=[("Kirkuk", "Kirkuk")], lang="fr", published="2017-03-07")
    assert not PROTEST_KINDS & set(subs(events)), rows(events)


def test_fr_capital_protested_to_ambassador_is_no_protest(extract) -> None:
    text = (
        "Ankara a vivement protesté mardi auprès de l'ambassadeur américain après la livraison "
        "d'armes aux YPG à Manbij."
    )
    events = extract(
        text,
        places=[("Ankara", "Ankara", 1), ("Manbij", "Manbij")],
        dates=[("mardi", "2017-03-07")],
        lang="fr",
    )
    assert not PROTEST_KINDS & set(subs(events)), rows(events)


def test_en_ministry_protested_is_no_protest(extract) -> None:
    text = (
        "The Russian foreign ministry protested on Tuesday over the coalition strike near "
        "Deir ez-Zor."
    )
    events = extract(
        text,
        places=[("Deir ez-Zor", "Deir ez-Zor")],
        dates=[("on Tuesday", "2017-03-07")],
        lang="en",
    )
    assert not PROTEST_KINDS & set(subs(events)), rows(events)


def test_en_capital_protested_is_no_protest(extract) -> None:
    text = "Moscow formally protested on Tuesday after the strike near Deir ez-Zor."
    events = extract(
        text,
        places=[("Moscow", "Moscow", 1), ("Deir ez-Zor", "Deir ez-Zor")],
        dates=[("on Tuesday", "2017-03-07")],
        lang="en",
    )
    assert not PROTEST_KINDS & set(subs(events)), rows(events)


def test_fr_residents_protested_is_a_protest(extract) -> None:
    text = "Des milliers d'habitants ont protesté mardi à Kirkuk contre la fermeture de l'aéroport."
    events = extract(
        text, places=[("Kirkuk", "Kirkuk")], dates=[("mardi", "2017-03-07")], lang="fr"
    )
    assert PROTEST_KINDS & set(subs(events)), rows(events)


def test_en_students_protested_is_a_protest(extract) -> None:
    text = "Hundreds of students protested in Aleppo on Monday against the closure of the campus."
    events = extract(
        text, places=[("Aleppo", "Aleppo")], dates=[("on Monday", "2017-03-06")], lang="en"
    )
    assert PROTEST_KINDS & set(subs(events)), rows(events)


# ---------------------------------------------------------------- protests as an outcome
def test_fr_attack_sparking_protests_is_the_attack(extract) -> None:
    text = (
        "Le mois dernier, les jihadistes de HTS avaient attaqué le quartier général d'une "
        "brigade rebelle à Maarat al-Noumane, déclenchant des manifestations d'habitants."
    )
    events = extract(
        text,
        actors=[("HTS", "Hayat Tahrir al-Sham")],
        places=[("Maarat al-Noumane", "Maarat al-Numan")],
        dates=[("Le mois dernier", "2017-02")],
        lang="fr",
        published="2017-03-07",
    )
    assert not PROTEST_KINDS & set(subs(events)), rows(events)
    assert {"Armed clash", "Attack"} & set(subs(events)), rows(events)


def test_en_attack_prompting_protests_is_the_attack(extract) -> None:
    text = (
        "On Monday HTS gunmen attacked an army post in Saraqib, killing four soldiers and "
        "prompting angry protests in the town."
    )
    events = extract(
        text,
        actors=[("HTS", "Hayat Tahrir al-Sham")],
        places=[("Saraqib", "Saraqib")],
        dates=[("On Monday", "2017-03-06")],
        lang="en",
    )
    assert not PROTEST_KINDS & set(subs(events)), rows(events)


# ---------------------------------------------------------------- own troops withdrawn
def test_fr_president_withdrew_his_troops_is_no_transfer(extract) -> None:
    text = (
        "En octobre 1983, un attentat-suicide tua 241 soldats à Tripoli. Le président "
        "américain retira ses troupes quelques mois plus tard, sans que personne à Moscou ne "
        "s'en émeuve."
    )
    events = extract(
        text,
        places=[("Tripoli", "Tripoli"), ("Moscou", "Moscow", 1)],
        dates=[("octobre 1983", "1983-10")],
        lang="fr",
        published="2016-03-07",
    )
    assert not CAPTURE_KINDS & set(subs(events)), rows(events)


def test_en_president_pulled_his_troops_is_no_transfer(extract) -> None:
    text = "Two years later the president withdrew his troops, and nobody in Moscow asked why."
    events = extract(text, places=[("Moscow", "Moscow", 1)], lang="en", published="2016-03-07")
    assert not CAPTURE_KINDS & set(subs(events)), rows(events)


def test_fr_troops_withdrawn_from_a_town_is_a_transfer(extract) -> None:
    text = "L'armée turque a retiré ses troupes de Jarablus mardi, laissant la ville aux rebelles."
    events = extract(
        text,
        actors=[("L'armée turque", "Military Forces of Turkey")],
        places=[("Jarablus", "Jarabulus")],
        dates=[("mardi", "2017-03-07")],
        lang="fr",
        published="2017-03-08",
    )
    assert CAPTURE_KINDS & set(subs(events)), rows(events)


# ---------------------------------------------------------------- property wrecked
def test_fr_ruins_wrecked_with_hammers_is_property_destruction(extract) -> None:
    text = (
        "Mardi, l'armée a repris Palmyre. Le musée, que les jihadistes de l'EI avaient "
        "saccagé à coups de masse en mai 2015, a rouvert."
    )
    events = extract(
        text,
        actors=[("l'EI", "Islamic State")],
        places=[("Palmyre", "Homs")],
        dates=[("Mardi", "2017-03-07"), ("mai 2015", "2015-05")],
        lang="fr",
    )
    assert "Looting/property destruction" in subs(events), rows(events)
    assert "Mob violence" not in subs(events), rows(events)


def test_en_museum_ransacked_by_militants_is_property_destruction(extract) -> None:
    text = "Islamic State militants ransacked the Mosul museum on Tuesday, smashing statues."
    events = extract(
        text,
        actors=[("Islamic State", "Islamic State")],
        places=[("Mosul", "Mosul")],
        dates=[("on Tuesday", "2015-02-24")],
        lang="en",
    )
    assert "Mob violence" not in subs(events), rows(events)


def test_fr_rioters_wrecking_shops_stay_a_mob(extract) -> None:
    text = "Mardi, des émeutiers ont saccagé les boutiques du quartier chrétien de Homs."
    events = extract(text, places=[("Homs", "Homs")], dates=[("Mardi", "2017-03-07")], lang="fr")
    assert "Looting/property destruction" not in subs(events), rows(events)


# ---------------------------------------------------------------- air sorties
def test_fr_combat_sorties_are_air_strikes(extract) -> None:
    text = (
        "Selon Moscou, l'aviation russe a effectué la semaine dernière plus de 200 sorties de "
        "combat dans la province d'Idleb, détruisant des dépôts de munitions."
    )
    events = extract(
        text,
        actors=[("l'aviation russe", "Military Forces of Russia")],
        places=[("Idleb", "Idlib province")],
        dates=[("la semaine dernière", "2017-02-27")],
        lang="fr",
        published="2017-03-07",
    )
    assert "Air/drone strike" in subs(events), rows(events)
    assert "Armed clash" not in subs(events), rows(events)


def test_fr_combat_missions_of_aircraft_are_air_strikes(extract) -> None:
    text = (
        "Mardi, les avions de la coalition ont mené une quarantaine de missions de combat "
        "autour de Raqqa."
    )
    events = extract(
        text,
        actors=[("la coalition", "Global Coalition Against Daesh")],
        places=[("Raqqa", "Raqqa")],
        dates=[("Mardi", "2017-03-07")],
        lang="fr",
    )
    assert "Armed clash" not in subs(events), rows(events)


def test_fr_ground_fighting_stays_a_clash(extract) -> None:
    text = "Mardi, de violents combats ont opposé l'armée aux jihadistes de l'EI à Hama."
    events = extract(
        text,
        actors=[("l'armée", "Military Forces of Syria"), ("l'EI", "Islamic State")],
        places=[("Hama", "Hama")],
        dates=[("Mardi", "2017-03-07")],
        lang="fr",
    )
    assert "Armed clash" in subs(events), rows(events)


# ---------------------------------------------------------------- weapons stopped in flight
def test_fr_drones_shot_down_or_jammed_are_disrupted(extract) -> None:
    text = (
        "Dans la nuit de lundi à mardi, une dizaine de drones chargés d'explosifs ont visé "
        "l'aéroport militaire de Hama : tous ont été abattus ou brouillés, selon l'armée."
    )
    events = extract(
        text, places=[("Hama", "Hama")], dates=[("lundi à mardi", "2017-03-06")], lang="fr"
    )
    assert "Disrupted weapons use" in subs(events), rows(events)
    assert "Air/drone strike" not in subs(events), rows(events)


def test_fr_car_bombs_destroyed_before_reaching_are_disrupted(extract) -> None:
    text = (
        "Mardi, cinq voitures piégées conduites par des kamikazes ont été détruites par "
        "l'aviation avant d'atteindre les lignes de l'armée près de Manbij."
    )
    events = extract(
        text, places=[("Manbij", "Manbij")], dates=[("Mardi", "2017-03-07")], lang="fr"
    )
    assert "Disrupted weapons use" in subs(events), rows(events)
    assert "Suicide bomb" not in subs(events), rows(events)


def test_en_drones_shot_down_before_reaching_are_disrupted(extract) -> None:
    text = (
        "On Tuesday rebels launched two explosive-laden drones at Russian positions in "
        "Latakia, but both were jammed before reaching their target, Moscow said."
    )
    events = extract(
        text,
        places=[("Latakia", "Latakia")],
        dates=[("On Tuesday", "2018-01-09")],
        lang="en",
        published="2018-01-10",
    )
    assert "Disrupted weapons use" in subs(events), rows(events)
    assert "Air/drone strike" not in subs(events), rows(events)


def test_fr_drones_that_hit_are_a_strike(extract) -> None:
    text = (
        "Mardi, des drones ont frappé l'aéroport militaire de Hama, détruisant deux "
        "hélicoptères, selon l'armée."
    )
    events = extract(text, places=[("Hama", "Hama")], dates=[("Mardi", "2017-03-07")], lang="fr")
    assert "Disrupted weapons use" not in subs(events), rows(events)


# ---------------------------------------------------------------- "occupied with doing"
def test_fr_busy_selling_arms_takes_no_ground(extract) -> None:
    text = (
        "Les capitales occidentales, alors occupées à vendre des armes à Kirkuk, se turent en 1988."
    )
    events = extract(text, places=[("Kirkuk", "Kirkuk")], dates=[("en 1988", "1988")], lang="fr")
    assert not CAPTURE_KINDS & set(subs(events)), rows(events)


def test_en_occupied_with_arming_takes_no_ground(extract) -> None:
    text = "Western capitals, then occupied with arming the regime in Kirkuk, kept silent in 1988."
    events = extract(text, places=[("Kirkuk", "Kirkuk")], dates=[("in 1988", "1988")], lang="en")
    assert not CAPTURE_KINDS & set(subs(events)), rows(events)


def test_fr_jihadists_occupied_a_town_took_it(extract) -> None:
    text = "Mardi, les jihadistes de l'EI ont occupé Al-Mayadine après le départ de l'armée."
    events = extract(
        text,
        actors=[("l'EI", "Islamic State")],
        places=[("Al-Mayadine", "Al-Mayadin")],
        dates=[("Mardi", "2017-03-07")],
        lang="fr",
    )
    assert CAPTURE_KINDS & set(subs(events)), rows(events)


# ---------------------------------------------------------------- "s'arrêter": no arrest
def test_fr_worth_dwelling_on_is_no_arrest(extract) -> None:
    text = (
        "Ce qui se passe depuis mardi à Hassaké mérite qu'on s'y arrête, car personne n'en parle."
    )
    events = extract(text, places=[("Hassaké", "Hama")], dates=[("mardi", "2016-08-23")], lang="fr")
    assert "Arrests" not in subs(events), rows(events)


def test_fr_convoy_stopped_at_checkpoint_is_no_arrest(extract) -> None:
    text = "Le convoi s'est arrêté mardi à un barrage près de Manbij avant de repartir vers Alep."
    events = extract(
        text, places=[("Manbij", "Manbij")], dates=[("mardi", "2017-03-07")], lang="fr"
    )
    assert "Arrests" not in subs(events), rows(events)


def test_fr_stopping_the_fighting_is_no_arrest(extract) -> None:
    text = "Mardi, les deux camps ont promis d'arrêter les combats autour de Saraqeb."
    events = extract(
        text, places=[("Saraqeb", "Saraqib")], dates=[("Mardi", "2017-03-07")], lang="fr"
    )
    assert "Arrests" not in subs(events), rows(events)


def test_fr_police_arrested_activists_is_an_arrest(extract) -> None:
    text = "Mardi, la police a arrêté trois militants kurdes à Hama, selon leurs proches."
    events = extract(text, places=[("Hama", "Hama")], dates=[("Mardi", "2017-03-07")], lang="fr")
    assert "Arrests" in subs(events), rows(events)


# ---------------------------------------------------------------- kept out of the fighting
def test_fr_district_kept_out_of_the_fighting_is_no_clash(extract) -> None:
    text = (
        "Le quartier kurde d'Alep est resté à l'écart des combats entre l'armée et les "
        "rebelles en 2012."
    )
    events = extract(text, places=[("Alep", "Aleppo")], dates=[("en 2012", "2012")], lang="fr")
    assert "Armed clash" not in subs(events), rows(events)


def test_fr_town_spared_by_the_fighting_is_no_clash(extract) -> None:
    text = "La vieille ville de Manbij a été épargnée par les combats mardi, selon des habitants."
    events = extract(
        text, places=[("Manbij", "Manbij")], dates=[("mardi", "2017-03-07")], lang="fr"
    )
    assert "Armed clash" not in subs(events), rows(events)


def test_en_district_stayed_out_of_the_fighting_is_no_clash(extract) -> None:
    text = (
        "The Kurdish district of Aleppo stayed out of the fighting between the army and the "
        "rebels in 2012."
    )
    events = extract(text, places=[("Aleppo", "Aleppo")], dates=[("in 2012", "2012")], lang="en")
    assert "Armed clash" not in subs(events), rows(events)


def test_en_town_spared_by_the_clashes_is_no_clash(extract) -> None:
    text = "The old town of Manbij was spared by the clashes on Tuesday, residents said."
    events = extract(
        text, places=[("Manbij", "Manbij")], dates=[("on Tuesday", "2017-03-07")], lang="en"
    )
    assert "Armed clash" not in subs(events), rows(events)


def test_fr_fighting_in_the_district_is_a_clash(extract) -> None:
    text = "Mardi, de violents combats ont opposé l'armée aux rebelles dans un quartier d'Alep."
    events = extract(
        text,
        actors=[("l'armée", "Military Forces of Syria")],
        places=[("Alep", "Aleppo")],
        dates=[("Mardi", "2017-03-07")],
        lang="fr",
    )
    assert "Armed clash" in subs(events), rows(events)


# ---------------------------------------------------------------- the toll told back
def test_fr_dead_in_the_strike_told_after_is_no_new_attack(extract) -> None:
    text = (
        "Mardi, l'aviation russe a bombardé le marché de Saraqeb. "
        "Selon Ankara, trois civils avaient été tués dans la frappe."
    )
    events = extract(
        text,
        actors=[("l'aviation russe", "Military Forces of Russia")],
        places=[("Saraqeb", "Saraqib")],
        dates=[("Mardi", "2017-03-07")],
        lang="fr",
    )
    assert "Attack" not in subs(events), rows(events)
    assert subs(events).count("Air/drone strike") == 1, rows(events)


def test_en_dead_in_the_response_told_after_is_no_new_attack(extract) -> None:
    text = (
        "On Tuesday coalition jets struck a column of fighters near Deir ez-Zor. "
        "The coalition put the number of attackers killed in the response at about 100."
    )
    events = extract(
        text,
        actors=[("coalition", "Global Coalition Against Daesh")],
        places=[("Deir ez-Zor", "Deir ez-Zor")],
        dates=[("On Tuesday", "2018-02-07")],
        lang="en",
    )
    assert "Attack" not in subs(events), rows(events)


def test_en_dead_in_the_bombing_told_after_is_no_new_attack(extract) -> None:
    text = (
        "A car bomb exploded on Monday at a checkpoint in Manbij. "
        "Local officials said five people had died in the blast."
    )
    events = extract(
        text,
        places=[("Manbij", "Manbij")],
        dates=[("on Monday", "2017-03-06")],
        lang="en",
    )
    assert "Attack" not in subs(events), rows(events)


def test_fr_new_dated_strike_after_a_strike_is_an_event(extract) -> None:
    text = (
        "Mardi, l'aviation russe a bombardé le marché de Saraqeb. "
        "Mercredi, cinq civils ont été tués dans la frappe d'un drone sur Kafr Nabl."
    )
    events = extract(
        text,
        actors=[("l'aviation russe", "Military Forces of Russia")],
        places=[("Saraqeb", "Saraqib"), ("Kafr Nabl", "Kafr Nubl")],
        dates=[("Mardi", "2017-03-07"), ("Mercredi", "2017-03-08")],
        lang="fr",
    )
    assert [e for e in events if e.location == "Kafr Nubl"], rows(events)


# ---------------------------------------------------------------- a state dismantled
def test_fr_state_dismantled_is_no_disrupted_weapons(extract) -> None:
    text = (
        "En 2003, Kirkuk vit le résultat : un État démantelé, une armée dissoute et des "
        "milliers de fonctionnaires chassés."
    )
    events = extract(text, places=[("Kirkuk", "Kirkuk")], dates=[("En 2003", "2003")], lang="fr")
    assert "Disrupted weapons use" not in subs(events), rows(events)


def test_en_state_dismantled_is_no_disrupted_weapons(extract) -> None:
    text = "In 2003 the Iraqi state was dismantled in Kirkuk and across the country."
    events = extract(text, places=[("Kirkuk", "Kirkuk")], dates=[("In 2003", "2003")], lang="en")
    assert "Disrupted weapons use" not in subs(events), rows(events)


def test_fr_bomb_workshop_dismantled_is_disrupted(extract) -> None:
    text = "Mardi, la police a démantelé un atelier de fabrication d'explosifs à Kirkuk."
    events = extract(
        text, places=[("Kirkuk", "Kirkuk")], dates=[("Mardi", "2017-03-07")], lang="fr"
    )
    assert "Disrupted weapons use" in subs(events), rows(events)


# ---------------------------------------------------------------- a place only aimed at
def test_en_headline_eyes_next_town_takes_only_the_first(extract) -> None:
    events = extract(
        "The Syrian army retook Al-Mayadin on Tuesday after a week of fighting.",
        title="Syrian army retakes Al-Mayadin, eyes Abu Kamal",
        actors=[("Syrian army", "Military Forces of Syria")],
        places=[
            ("Al-Mayadin", "Al-Mayadin"),
            ("Al-Mayadin@2", "Al-Mayadin"),
            ("Abu Kamal", "Abu Kamal"),
        ],
        dates=[("on Tuesday", "2017-10-17")],
        lang="en",
        published="2017-10-18",
    )
    assert not [e for e in events if e.location == "Abu Kamal"], rows(events)


def test_fr_headline_vise_next_town_takes_only_the_first(extract) -> None:
    events = extract(
        "L'armée syrienne a repris mardi Al-Mayadine après une semaine de combats.",
        title="L'armée reprend Al-Mayadine et vise désormais Abou Kamal",
        actors=[("L'armée syrienne", "Military Forces of Syria")],
        places=[
            ("Al-Mayadine", "Al-Mayadin"),
            ("Al-Mayadine@2", "Al-Mayadin"),
            ("Abou Kamal", "Abu Kamal"),
        ],
        dates=[("mardi", "2017-10-17")],
        lang="fr",
        published="2017-10-18",
    )
    assert not [e for e in events if e.location == "Abu Kamal"], rows(events)


def test_en_headline_two_towns_taken_keeps_both(extract) -> None:
    events = extract(
        "Iraqi forces retook Al-Qaim and Mosul's western district on Tuesday.",
        title="Iraqi forces retake Al-Qaim, Mosul",
        actors=[("Iraqi forces", "Military Forces of Iraq")],
        places=[
            ("Al-Qaim", "Al-Qaim"),
            ("Al-Qaim@2", "Al-Qaim"),
            ("Mosul", "Mosul"),
            ("Mosul@2", "Mosul"),
        ],
        dates=[("on Tuesday", "2017-11-07")],
        lang="en",
        published="2017-11-08",
    )
    assert [e for e in events if e.location == "Al-Qaim"], rows(events)
