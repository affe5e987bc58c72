"""A bare verb of striking with an air power for subject is an air strike (session 17, fixer
E): "la coalition a frappé ...", "Washington pourrait frapper ...", "... en frappant ...".
Sentences written for these tests; French and English; sanctions and deals are no strikes."""

from __future__ import annotations

from helpers import one

AIR = "Air/drone strike"


def test_coalition_struck_positions_fr(extract) -> None:
    text = (
        "Jeudi, la coalition a frappé des dépôts de munitions de l'EI à Raqqa, selon son "
        "porte-parole."
    )
    e = one(
        extract(
            text,
            lang="fr",
            actors=[("la coalition", "Global Coalition Against Daesh"), ("l'EI", "Islamic State")],
            places=[("Raqqa", "Raqqa")],
            dates=[("Jeudi", "2017-06-08")],
        )
    )
    assert e.sub_event_type == AIR


def test_gerund_takes_the_main_verbs_subject_fr(extract) -> None:
    text = "Le 3 mars, Moscou a riposté en frappant une vingtaine de cibles des rebelles à Saraqib."
    e = one(
        extract(
            text,
            lang="fr",
            actors=[("Moscou", "Military Forces of Russia")],
            places=[("Saraqib", "Saraqib")],
            dates=[("Le 3 mars", "2018-03-03")],
        )
    )
    assert e.sub_event_type == AIR


def test_could_strike_again_en(extract) -> None:
    text = "Analysts say the coalition could strike the bridges near Deir ez-Zor again next week."
    events = extract(
        text,
        lang="en",
        actors=[("the coalition", "Global Coalition Against Daesh")],
        places=[("Deir ez-Zor", "Deir ez-Zor")],
        dates=[],
    )
    e = one(events)
    assert e.sub_event_type == AIR
    assert e.modality == "speculative"


def test_sanctions_are_no_strike(extract) -> None:
    text = "Lundi, Moscou a frappé de nouvelles taxes les exportations de blé vers Idlib."
    events = extract(
        text,
        lang="fr",
        actors=[("Moscou", "Military Forces of Russia")],
        places=[("Idlib", "Idlib")],
        dates=[("Lundi", "2019-06-03")],
    )
    assert not events


def test_a_rebel_subject_is_no_air_strike_en(extract) -> None:
    text = "On Monday, the rebels struck an army checkpoint near Hama."
    events = extract(
        text,
        lang="en",
        actors=[("the rebels", "Hayat Tahrir al-Sham")],
        places=[("Hama", "Hama")],
        dates=[("On Monday", "2016-05-02")],
    )
    assert all(e.sub_event_type != AIR for e in events)


def test_a_country_struck_is_no_event_of_its_own(extract) -> None:
    text = "Ce week-end-là, la coalition a frappé la Syrie, rappelle l'éditorialiste."
    events = extract(
        text,
        lang="fr",
        actors=[("la coalition", "Global Coalition Against Daesh")],
        places=[("Syrie", "Syria")],
        dates=[],
    )
    assert all(e.sub_event_type != AIR for e in events)


def test_a_capital_for_its_state(extract) -> None:
    text = (
        "Washington pourrait frapper de nouveau les milices installées à Abu Kamal, selon des "
        "diplomates."
    )
    events = extract(
        text,
        lang="fr",
        actors=[],
        places=[("Washington", "Washington"), ("Abu Kamal", "Abu Kamal")],
        dates=[],
    )
    e = one(events)
    assert e.sub_event_type == AIR
    assert e.location == "Abu Kamal"
