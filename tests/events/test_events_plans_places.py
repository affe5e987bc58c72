"""Announced and conjectured moves and where they go; denials of one's own act; places that a
person or a far town shares with the story (sentences written for these tests, EN + FR).

- a movement verb's first destination is the move's place ("se diriger vers X puis Y": X);
- the other side of a "next target" copula is the target, whatever the parse makes of it;
- a nominal trigger followed by "will begin" / "pourrait éclater" is planned / speculative, and
  "s'attendre à ce que" makes a conjecture; "entendre reprendre" is an intention;
- "X pourrait tomber" is a conjectured fall of X;
- a place where the people giving a viewpoint are posted ("pour des diplomates en poste à
  Ankara") is not where the event happens;
- "Ankara a démenti avoir tiré" after Syrian raids is a second, denied event;
- "le quartier de X" linked to a town far from the story's town is a quarter of that town.
"""

from __future__ import annotations

from helpers import GEO, at_place, one

PUB = "2019-08-24"

GEO.setdefault(
    # a homonym far away: the Iraqi province seat that shares a Mosul quarter's name (public
    # GeoNames facts)
    "Al Qadisiyah",
    {"geonameid": 99022, "lat": 31.82, "lon": 44.92, "country": "IQ"},
)


def test_first_destination_of_a_movement_is_the_planned_clash_place(extract) -> None:
    text = (
        "D'après une source militaire, les unités engagées doivent désormais se diriger vers "
        "Maaret al-Noomane puis Saraqeb, afin de rouvrir l'autoroute."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Maaret al-Noomane", "Maarat al-Numan"), ("Saraqeb", "Saraqib")],
        published=PUB,
    )
    e = one(events, "Armed clash")
    assert e.location == "Maarat al-Numan"
    assert e.modality == "planned" and e.event_date is None


def test_the_next_target_is_the_place_after_the_copula(extract) -> None:
    text = (
        "The next target, militia commanders say, is Raqqa, the stronghold that controls "
        "the road to Manbij."
    )
    events = extract(text, places=[("Raqqa", "Raqqa"), ("Manbij", "Manbij")], published=PUB)
    e = one(events, "Armed clash")
    assert e.location == "Raqqa"
    assert e.modality == "planned" and e.event_date is None


def test_a_counter_offensive_that_will_begin_is_planned(extract) -> None:
    text = "Officials say a counter-offensive to retake Mosul will begin within days."
    events = extract(text, places=[("Mosul", "Mosul")], published=PUB)
    assert events and all(e.modality == "planned" for e in events)
    assert all(e.event_date is None for e in events)


def test_a_clash_that_could_erupt_is_speculative_and_not_where_diplomats_sit(extract) -> None:
    text = (
        "Pour plusieurs diplomates en poste à Ankara, un affrontement direct entre forces "
        "turques et forces syriennes pourrait éclater autour de Manbij."
    )
    events = extract(
        text, lang="fr", places=[("Ankara", "Ankara"), ("Manbij", "Manbij")], published=PUB
    )
    e = one(events, "Armed clash")
    assert e.location == "Manbij"
    assert e.modality == "speculative" and e.event_date is None


def test_observers_expecting_an_offensive_is_a_conjecture(extract) -> None:
    text = (
        "Plusieurs observateurs s'attendent à ce que Hayat Tahrir al-Cham lance une "
        "contre-offensive sur Saraqeb dans les prochains jours."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("Hayat Tahrir al-Cham", "Hayat Tahrir al-Sham")],
        places=[("Saraqeb", "Saraqib")],
        published=PUB,
    )
    e = one(events, "Armed clash")
    assert e.location == "Saraqib" and e.modality == "speculative"
    assert e.event_date is None


def test_entendre_reprendre_is_an_intention_but_hearing_shots_is_not(extract) -> None:
    text = "Bagdad entend désormais reprendre Kirkouk, a déclaré jeudi le porte-parole."
    events = extract(
        text,
        lang="fr",
        places=[("Kirkouk", "Kirkuk")],
        dates=[("jeudi", "2019-08-22")],
        published=PUB,
    )
    assert events and all(e.modality == "planned" for e in at_place(events, "Kirkuk"))
    heard = extract(
        "Jeudi, des habitants entendent des tirs et des explosions à Kirkouk.",
        lang="fr",
        places=[("Kirkouk", "Kirkuk")],
        dates=[("Jeudi", "2019-08-22")],
        published=PUB,
    )
    assert all(e.modality != "planned" for e in heard)


def test_a_town_that_could_fall_is_a_conjectured_capture(extract) -> None:
    text = "Selon un commandant kurde, Manbij pourrait tomber « dans les prochains jours »."
    events = extract(text, lang="fr", places=[("Manbij", "Manbij")], published=PUB)
    e = one(at_place(events, "Manbij"))
    assert e.event_type == "Battles" and e.modality == "speculative"
    fell = extract(
        "Samedi, des obus sont tombés sur Manbij, tuant deux civils.",
        lang="fr",
        places=[("Manbij", "Manbij")],
        dates=[("Samedi", "2019-08-24")],
        published=PUB,
    )
    assert all(
        e.sub_event_type
        not in ("Government regains territory", "Non-state actor overtakes territory")
        for e in fell
    )


def test_denying_ones_own_fire_after_anothers_raids_is_a_second_event(extract) -> None:
    text = (
        "Dimanche, l'aviation syrienne a mené au moins 20 raids sur Hama. "
        "L'armée turque a par ailleurs démenti avoir tiré le moindre obus sur Hama."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("l'aviation syrienne", "Military Forces of Syria"),
            ("L'armée turque", "Military Forces of Turkey"),
        ],
        places=[("Hama", "Hama"), ("Hama@2", "Hama")],
        dates=[("Dimanche", "2019-08-18")],
        published=PUB,
    )
    strike = one(events, "Air/drone strike")
    assert strike.modality == "asserted"
    shelling = one(events, "Shelling/artillery/missile attack")
    assert shelling.modality == "denied" and shelling.actor1 == "Military Forces of Turkey"


def test_a_quarter_linked_far_away_belongs_to_the_story_town(extract) -> None:
    text = (
        "Au moins 12 combattants ont péri mercredi dans l'explosion d'engins piégés laissés "
        "dans des maisons du quartier de Qadissiya."
    )
    events = extract(
        text,
        lang="fr",
        title="Mossoul : les forces irakiennes reprennent le centre de Mossoul",
        places=[("Mossoul", "Mosul"), ("Mossoul@2", "Mosul"), ("Qadissiya", "Al Qadisiyah")],
        dates=[("mercredi", "2019-08-21")],
        published=PUB,
    )
    blasts = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert blasts and all(e.location == "Mosul" for e in blasts)


def test_a_hope_or_a_threat_is_no_event(extract) -> None:
    text = (
        "He hoped to annex Raqqa. Turkey threatened a military intervention in Manbij. "
        "The army plans to retake Aleppo."
    )
    events = extract(
        text,
        actors=[("Turkey", "Military Forces of Turkey")],
        places=[("Raqqa", "Raqqa"), ("Manbij", "Manbij"), ("Aleppo", "Aleppo")],
        published=PUB,
    )
    assert not at_place(events, "Raqqa") and not at_place(events, "Manbij")
    assert [e.modality for e in at_place(events, "Aleppo")] == ["planned"]


def test_a_town_singled_out_of_an_area_is_the_place(extract) -> None:
    text = (
        "Début septembre, des frappes de l'aviation russe sur le sud de la province d'Idleb, "
        "notamment autour de Saraqeb, avaient fait au moins 20 morts."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("l'aviation russe", "Military Forces of Russia")],
        places=[("province d'Idleb", "Idlib province"), ("Saraqeb", "Saraqib")],
        dates=[("Début septembre", "2018-09")],
        published=PUB,
    )
    assert one(events, "Air/drone strike").location == "Saraqib"


def test_where_evacuees_come_from_is_not_where_the_bomb_went_off(extract) -> None:
    text = (
        "Un kamikaze s'est fait exploser samedi à proximité des bus des évacués de Saraqeb et "
        "Maaret al-Noomane, à l'ouest d'Alep."
    )
    events = extract(
        text,
        lang="fr",
        places=[
            ("Saraqeb", "Saraqib"),
            ("Maaret al-Noomane", "Maarat al-Numan"),
            ("Alep", "Aleppo"),
        ],
        dates=[("samedi", "2019-08-24")],
        published=PUB,
    )
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert bombs and {e.location for e in bombs} == {"Aleppo"}


def test_residents_protesting_keep_their_town(extract) -> None:
    text = "Des centaines d'habitants de Saraqeb ont manifesté vendredi contre le régime."
    events = extract(
        text,
        lang="fr",
        places=[("Saraqeb", "Saraqib")],
        dates=[("vendredi", "2019-08-23")],
        published=PUB,
    )
    assert [e.location for e in events if e.event_type == "Protests"] == ["Saraqib"]


def test_a_suicide_bombing_and_a_later_air_strike_stay_two_events(extract) -> None:
    text = (
        "Mercredi à l'aube, trois kamikazes se sont fait exploser dans la ville de Hama, "
        "tuant au moins 20 personnes. Selon l'agence officielle, l'aviation syrienne a "
        "ensuite frappé les positions des terroristes autour de Hama."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("l'aviation syrienne", "Military Forces of Syria")],
        places=[("Hama", "Hama"), ("Hama@2", "Hama")],
        dates=[("Mercredi", "2019-08-21")],
        published=PUB,
    )
    subs = {e.sub_event_type for e in at_place(events, "Hama")}
    assert {"Suicide bomb", "Air/drone strike"} <= subs


def test_a_bombing_years_ago_is_not_todays(extract) -> None:
    text = (
        "Mercredi, des kamikazes se sont fait exploser à Hama, tuant 20 personnes. "
        "En septembre 2015, un cheikh avait déjà été tué dans un attentat à la voiture piégée "
        "à Hama."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Hama", "Hama"), ("Hama@2", "Hama")],
        dates=[("Mercredi", "2019-08-21"), ("septembre 2015", "2015-09")],
        published=PUB,
    )
    days = {e.event_date for e in events if e.event_type == "Explosions/Remote violence"}
    assert {"2019-08-21", "2015-09"} <= days


def test_burned_to_death_in_a_town_named_before_the_speaker(extract) -> None:
    text = (
        "ISIS fighters burned to death some 40 people in Manbij, the town's police chief told "
        "reporters on Tuesday."
    )
    events = extract(
        text,
        actors=[("ISIS fighters", "Islamic State")],
        places=[("Manbij", "Manbij")],
        dates=[("Tuesday", "2019-08-20")],
        published=PUB,
    )
    e = one(events)
    assert e.event_type == "Violence against civilians" and e.location == "Manbij"


def test_a_zone_named_as_a_place_is_no_declaration(extract) -> None:
    text = (
        "With the regrouping of the population in the no-fly zone, a rivalry blew up between "
        "the two families in Raqqa."
    )
    events = extract(text, places=[("Raqqa", "Raqqa")], published=PUB)
    assert not events, [(e.sub_event_type, e.location) for e in events]


def test_where_a_rocket_came_from_comes_after_the_area_it_fell_in(extract) -> None:
    text = (
        "Mardi, une roquette tirée depuis Saraqeb s'est abattue sur un marché, dans la "
        "banlieue de Hama, tuant deux civils."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Saraqeb", "Saraqib"), ("Hama", "Hama")],
        dates=[("Mardi", "2019-08-20")],
        published=PUB,
    )
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and {e.location for e in shelling} == {"Hama"}


def test_elders_from_a_town_do_not_place_the_deal(extract) -> None:
    text = (
        "A convoy left Raqqa. On October 14, the convoy left the city under an agreement "
        "brokered by the civil council and tribal elders from Manbij."
    )
    events = extract(
        text,
        places=[("Raqqa", "Raqqa"), ("Manbij", "Manbij")],
        dates=[("October 14", "2017-10-14")],
        published="2017-10-20",
        title="Raqqa: the deal that let IS fighters go",
    )
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals and all(e.location != "Manbij" for e in deals)


def test_denying_a_strike_on_another_day_is_a_second_event(extract) -> None:
    text = (
        "Le Pentagone assure que ses avions ont mené samedi sept frappes près de Hama. "
        "Le Pentagone a démenti mardi avoir bombardé dimanche soir une position des milices "
        "au nord de Hama, comme l'en accusait un député de la province d'Idleb."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Hama", "Hama"), ("Hama@2", "Hama"), ("province d'Idleb", "Idlib province")],
        dates=[("samedi", "2019-08-17"), ("mardi", "2019-08-20"), ("dimanche", "2019-08-18")],
        published=PUB,
    )
    denied = [e for e in events if e.modality == "denied"]
    assert len(denied) == 1 and denied[0].location == "Hama"
    assert denied[0].event_date == "2019-08-18"
    assert [e.event_date for e in events if e.modality != "denied"] == ["2019-08-17"]


def test_a_brigade_from_a_town_does_not_place_the_deal(extract) -> None:
    text = (
        "Armed groups signed a ceasefire in Misrata on Tuesday. The agreement was signed by "
        "the government and by representatives of the Seventh Brigade from the town of Sirte."
    )
    events = extract(
        text,
        places=[("Misrata", "Misrata"), ("Sirte", "Sirte")],
        dates=[("Tuesday", "2019-08-20")],
        published=PUB,
    )
    assert [e.location for e in events if e.sub_event_type == "Agreement"] == ["Misrata"]


def test_the_fall_named_as_a_time_does_not_place_the_event(extract) -> None:
    text = (
        "In June, IS had overrun most of Raqqa province in a matter of days after the fall "
        "of Mosul."
    )
    events = extract(
        text,
        actors=[("IS", "Islamic State")],
        places=[("Raqqa", "Raqqa", 3), ("Mosul", "Mosul")],
        dates=[("June", "2014-06")],
        published="2014-09-02",
    )
    assert events and all(e.location != "Mosul" for e in events)


def test_a_province_expected_back_under_state_control(extract) -> None:
    text = (
        "Selon un officier, l'ensemble de la province de Hama pourrait être sous contrôle "
        "gouvernemental d'ici la fin du mois. La ville d'Idleb est sous contrôle des rebelles "
        "depuis 2015."
    )
    events = extract(
        text,
        lang="fr",
        places=[("province de Hama", "Hama", 3), ("Idleb", "Idlib")],
        dates=[("2015", "2015")],
        published=PUB,
    )
    e = one(events)
    assert e.location == "Hama" and e.event_type == "Battles"
    assert e.modality == "speculative" and e.event_date is None


def test_the_airfield_is_the_airbase_named_before(extract) -> None:
    text = (
        "The nearby Kirkuk airbase, retaken in July, is being rebuilt as a staging ground. "
        "Officials said hundreds of additional troops would be deployed to the airfield in "
        "the coming weeks."
    )
    events = extract(
        text,
        places=[("Kirkuk airbase", "Kirkuk")],
        published=PUB,
        title="Mosul offensive: the staging ground",
    )
    planned = [e for e in events if e.modality == "planned"]
    assert planned and all(e.location == "Kirkuk" for e in planned)
