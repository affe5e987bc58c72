"""Missed events, session 9: an accusation stated in a clause of its own is a reported event
(sentences written for these tests, French and English).

The class: an accusation verb with its own subject, hung below the sentence's main clause (after
a colon, in a relative "où ...", coordinated after "but"), whose complement tells the act ("des
combattants accusent les peshmergas d'avoir incendié jeudi des maisons", "where rights groups
accuse the militia of executing dozens of men"): a claim told as such, a reported event
(CONVENTIONS section 6), not the motive of another act. Not events: a participle giving a
protest's grievance ("..., accusing the operators of helping drone strikes", "accusant").
"""

from __future__ import annotations

from helpers import at_place, show


def test_fr_accusation_after_a_colon(extract) -> None:
    events = extract(
        "La victoire a ses zones d'ombre : plusieurs combattants accusent les peshmergas "
        "d'avoir incendié jeudi des maisons à Homs, ce que le commandement a démenti vendredi.",
        lang="fr",
        places=[("Homs", "Homs")],
        dates=[("jeudi", "2016-07-07"), ("vendredi", "2016-07-08")],
        published="2016-07-10",
    )
    found = [e for e in at_place(events, "Homs") if e.event_date == "2016-07-07"]
    assert [e.modality for e in found] == ["reported"], show(events)


def test_en_accusation_in_a_relative_where(extract) -> None:
    events = extract(
        "Residents fled toward Hama, where rights groups accuse the militia of executing dozens "
        "of men in June.",
        places=[("Hama", "Hama")],
        dates=[("June", "2016-06")],
        published="2016-07-10",
    )
    found = [e for e in at_place(events, "Hama") if e.event_type == "Violence against civilians"]
    assert found and found[0].modality == "reported", show(events)


def test_en_accusation_coordinated_after_but(extract) -> None:
    events = extract(
        "The army says the town is calm, but activists accuse its soldiers of executing twelve "
        "men in Manbij on Monday.",
        places=[("Manbij", "Manbij")],
        dates=[("Monday", "2016-07-04")],
        published="2016-07-10",
    )
    found = [e for e in at_place(events, "Manbij") if e.event_type == "Violence against civilians"]
    assert found and found[0].modality == "reported", show(events)


def test_fr_accusation_coordinated_after_mais(extract) -> None:
    events = extract(
        "L'armée affirme que la ville est calme, mais des militants accusent ses soldats "
        "d'avoir exécuté douze hommes à Manbij lundi.",
        lang="fr",
        places=[("Manbij", "Manbij")],
        dates=[("lundi", "2016-07-04")],
        published="2016-07-10",
    )
    found = [e for e in at_place(events, "Manbij") if e.event_type == "Violence against civilians"]
    assert found and found[0].modality == "reported", show(events)


# ------------------------------------------------------------------ near misses
def test_en_grievance_participle_is_no_strike(extract) -> None:
    events = extract(
        "Hundreds marched in Homs on Friday, accusing the operators of helping drone strikes.",
        places=[("Homs", "Homs")],
        dates=[("Friday", "2016-07-08")],
        published="2016-07-10",
    )
    assert not [e for e in events if e.sub_event_type == "Air/drone strike"], show(events)


def test_fr_grievance_participle_is_no_strike(extract) -> None:
    events = extract(
        "Des centaines de personnes ont manifesté vendredi à Homs, accusant l'opérateur "
        "d'avoir aidé les frappes de drones.",
        lang="fr",
        places=[("Homs", "Homs")],
        dates=[("vendredi", "2016-07-08")],
        published="2016-07-10",
    )
    assert not [e for e in events if e.sub_event_type == "Air/drone strike"], show(events)
