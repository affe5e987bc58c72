"""Plan shadows (session 9; sentences written for these tests).

An announced or conjectured operation describes its target; a trigger inside the plan's own
phrase with no date of its own (the target "encerclé depuis des mois", the fighters who "se
seraient repliés" there, the object noun of a misparsed "compte lancer d'ici quelques semaines
une offensive", "besieged by ISIS for three years") is part of the plan or a state of its
target: one planned event, no second one told as done on the publication day. Near-misses: a
past act with its own verb inside the plan's phrase ("que l'EI avait conquise en 2014") stays
an event; an act told as done in another clause of the sentence stays.
"""

from __future__ import annotations

from helpers import at_place, show

PUB = "2017-08-10"


def _fr(extract, text: str, place: str):  # type: ignore[no-untyped-def]
    return extract(
        text, lang="fr", places=[(place, place)],
        actors=[("l'armée", "Military Forces of Syria")], published=PUB,
    )  # fmt: skip


def _only_planned(events, place: str) -> None:  # type: ignore[no-untyped-def]
    at = at_place(events, place)
    assert at and all(e.modality == "planned" and e.event_date is None for e in at), show(events)


def test_fr_counteroffensive_to_free_encircled_airport(extract) -> None:
    text = (
        "Damas assure que l'armée s'apprête à lancer une contre-offensive pour dégager "
        "l'aéroport de Raqqa, encerclé depuis des mois."
    )
    _only_planned(_fr(extract, text, "Raqqa"), "Raqqa")


def test_fr_operation_on_zone_where_fighters_withdrew(extract) -> None:
    text = (
        "Par ailleurs, l'armée s'apprête à lancer une opération pour nettoyer la zone de "
        "Raqqa, où des dizaines de jihadistes se seraient repliés."
    )
    _only_planned(_fr(extract, text, "Raqqa"), "Raqqa")


def test_fr_counts_to_launch_within_weeks_an_offensive(extract) -> None:
    text = (
        "La suite ne fait guère de doute : l'armée compte lancer d'ici quelques semaines une "
        "offensive sur Deir ez-Zor."
    )
    _only_planned(_fr(extract, text, "Deir ez-Zor"), "Deir ez-Zor")


def test_en_assault_on_town_besieged_by_isis(extract) -> None:
    text = (
        "The army is preparing to launch an assault to relieve Deir ez-Zor, besieged by ISIS "
        "for three years."
    )
    events = extract(
        text, places=[("Deir ez-Zor", "Deir ez-Zor")],
        actors=[("The army", "Military Forces of Syria")], published=PUB,
    )  # fmt: skip
    _only_planned(events, "Deir ez-Zor")


# ------------------------------------------------------------------ near-misses
def test_fr_past_capture_named_in_plan_stays(extract) -> None:
    text = (
        "L'armée s'apprête à lancer une offensive pour reprendre Raqqa, que l'EI avait conquise "
        "en janvier 2014."
    )
    events = extract(
        text, lang="fr", places=[("Raqqa", "Raqqa")], dates=[("janvier 2014", "2014-01")],
        actors=[("L'armée", "Military Forces of Syria"), ("l'EI", "Islamic State")],
        published=PUB,
    )  # fmt: skip
    past = [e for e in at_place(events, "Raqqa") if e.modality != "planned"]
    assert past and past[0].event_date == "2014-01", show(events)


def test_fr_done_strike_in_other_clause_stays(extract) -> None:
    text = (
        "L'aviation a bombardé jeudi les abords de Raqqa, et l'armée s'apprête à lancer une "
        "offensive sur Deir ez-Zor."
    )
    events = extract(
        text, lang="fr", places=[("Raqqa", "Raqqa"), ("Deir ez-Zor", "Deir ez-Zor")],
        dates=[("jeudi", "2017-08-10")], actors=[("l'armée", "Military Forces of Syria")],
        published=PUB,
    )  # fmt: skip
    assert any(e.modality == "asserted" for e in at_place(events, "Raqqa")), show(events)
    _only_planned(events, "Deir ez-Zor")
