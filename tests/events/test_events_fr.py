"""French event extraction on sentences written for these tests (mentions placed by hand)."""

from __future__ import annotations

from helpers import one


def fr(extract, text: str, **kwargs: object):  # noqa: ANN001, ANN201
    return extract(text, lang="fr", **kwargs)


def test_reprendre_le_controle_with_a_weekday_date(extract) -> None:
    text = "L’armée syrienne et ses alliés ont repris dimanche le contrôle total d’Albou Kamal."
    e = one(
        fr(
            extract,
            text,
            actors=[("L’armée syrienne", "Military Forces of Syria")],
            places=[("Albou Kamal", "Abu Kamal")],
            dates=[("dimanche", "2017-11-19")],
        )
    )
    assert e.sub_event_type == "Government regains territory"
    assert e.actor1 == "Military Forces of Syria"
    assert (e.event_date, e.time_precision) == ("2017-11-19", 1)
    assert e.location == "Abu Kamal" and e.lang == "fr"
    assert e.notes and "regained territory" in e.notes  # the summary is in English


def test_nominal_prise_by_armed_group(extract) -> None:
    text = "La prise de Raqqa par les Forces démocratiques syriennes a été annoncée en octobre."
    events = fr(
        extract,
        text,
        actors=[("Forces démocratiques syriennes", "Syrian Democratic Forces")],
        places=[("Raqqa", "Raqqa")],
        dates=[("en octobre", "2017-10")],
    )
    e = one(events, "Non-state actor overtakes territory")
    assert e.actor1 == "Syrian Democratic Forces"
    assert (e.event_date, e.time_precision) == ("2017-10", 3)


def test_battles_listed_are_one_event_per_place(extract) -> None:
    text = (
        "Après les batailles d’Alep, de Deir Ezzor et d’Al-Mayadin, cette nouvelle victoire "
        "assure l’unité du pays."
    )
    events = fr(
        extract,
        text,
        places=[("Alep", "Aleppo"), ("Deir Ezzor", "Deir ez-Zor"), ("Al-Mayadin", "Al-Mayadin")],
    )
    assert {e.location for e in events} == {"Aleppo", "Deir ez-Zor", "Al-Mayadin"}
    assert {e.event_type for e in events} == {"Battles"}


def test_selon_gives_reported_air_strike_with_fatalities(extract) -> None:
    text = (
        "Selon l’Observatoire syrien des droits de l’homme, des frappes aériennes russes ont "
        "tué douze civils à Idlib jeudi."
    )
    e = one(
        fr(extract, text, places=[("Idlib", "Idlib")], dates=[("jeudi", "2018-02-08")]),
    )
    assert e.sub_event_type == "Air/drone strike"
    assert e.modality == "reported" and e.claimant and "Observatoire" in e.claimant
    assert e.fatalities == 12


def test_dementent_is_denied(extract) -> None:
    text = (
        "Les autorités turques démentent avoir bombardé des villages près d’Idlib avec leur "
        "artillerie."
    )
    e = one(fr(extract, text, places=[("Idlib", "Idlib", 2)]))
    assert e.modality == "denied"


def test_compte_lancer_une_offensive_is_planned(extract) -> None:
    text = "L’armée syrienne compte lancer une offensive sur Idlib."
    e = one(
        fr(
            extract,
            text,
            actors=[("L’armée syrienne", "Military Forces of Syria")],
            places=[("Idlib", "Idlib")],
        )
    )
    assert e.modality == "planned" and e.event_type == "Battles"


def test_conditional_mood_is_speculative(extract) -> None:
    text = "Les forces syriennes pourraient reprendre Raqqa avant la fin de l’année."
    e = one(
        fr(
            extract,
            text,
            actors=[("Les forces syriennes", "Military Forces of Syria")],
            places=[("Raqqa", "Raqqa")],
        )
    )
    assert e.modality == "speculative"


def test_prevented_bombing_is_not_an_event(extract) -> None:
    text = (
        "Les États-Unis ont décrété une zone tampon pour empêcher l’aviation syrienne de "
        "bombarder les convois près de Deir Ezzor."
    )
    events = fr(extract, text, places=[("Deir Ezzor", "Deir ez-Zor", 2)])
    assert "Air/drone strike" not in {e.sub_event_type for e in events}


def test_arrestations_and_manifestation(extract) -> None:
    arrests = fr(
        extract,
        "La police a arrêté cinq militants à Homs mardi.",
        places=[("Homs", "Homs")],
        dates=[("mardi", "2018-03-06")],
    )
    assert one(arrests).sub_event_type == "Arrests"
    demo = fr(
        extract,
        "Des centaines de manifestants ont été dispersés à coups de gaz lacrymogènes à Homs.",
        places=[("Homs", "Homs")],
    )
    assert one(demo).sub_event_type == "Protest with intervention"


def test_quoted_official_is_not_the_author(extract) -> None:
    text = (
        "Hassan Nasrallah a affirmé que «les combattants du Hezbollah ont libéré Abou Kamal "
        "samedi»."
    )
    e = one(
        fr(
            extract,
            text,
            persons=["Hassan Nasrallah"],
            actors=[("Hezbollah", "Hezbollah")],
            places=[("Abou Kamal", "Abu Kamal")],
            dates=[("samedi", "2017-11-18")],
        ),
    )
    assert e.modality == "reported" and e.claimant == "Hassan Nasrallah"
