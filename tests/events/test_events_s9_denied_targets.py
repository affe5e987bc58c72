"""Missed events, session 9: a denial naming a target of its own is a denied event (sentences
written for these tests, French and English).

The class: strikes are told at a town, then a state denies that its aircraft hit a market, a
convoy, a hospital there ("a démenti que ses appareils aient bombardé le marché de X",
"denied that its aircraft struck an aid convoy at X"). The earlier sentence never named that
target: the denial is about another act, a denied event of its own (CONVENTIONS section 6),
not a denial of the strikes told before. Near miss: the denial names the target the claim
named ("le marché") -- one reported event, contested.
"""

from __future__ import annotations

from helpers import at_place, show

STRIKE = "Air/drone strike"


def _denied(events, place: str) -> list:  # noqa: ANN001 - events of the extract fixture
    return [e for e in at_place(events, place) if e.modality == "denied"]


def test_fr_denied_market_after_strikes_on_positions(extract) -> None:
    events = extract(
        "Des militants ont affirmé que des avions russes avaient frappé lundi des positions "
        "rebelles près de Hama. Le ministère russe de la Défense a démenti mercredi que ses "
        "appareils aient bombardé le marché de Hama.",
        lang="fr",
        places=[("Hama", "Hama"), ("Hama@2", "Hama")],
        dates=[("lundi", "2016-04-18"), ("mercredi", "2016-04-20")],
        actors=[
            ("russes", "Military Forces of Russia"),
            ("ministère russe de la Défense", "Military Forces of Russia"),
        ],
        published="2016-04-21",
    )
    found = _denied(events, "Hama")
    assert [e.sub_event_type for e in found] == [STRIKE], show(events)


def test_en_denied_aid_convoy_after_pounding(extract) -> None:
    events = extract(
        "Activists said Russian jets pounded rebel positions near Idlib on Monday. Moscow has "
        "denied that its aircraft struck an aid convoy at Idlib.",
        places=[("Idlib", "Idlib"), ("Idlib@2", "Idlib")],
        dates=[("Monday", "2016-04-18")],
        actors=[("Russian", "Military Forces of Russia"), ("Moscow", "Military Forces of Russia")],
        published="2016-04-21",
    )
    found = _denied(events, "Idlib")
    assert [e.event_date for e in found] == [None], show(events)


def test_fr_denied_hospital_after_raids_told_by_a_monitor(extract) -> None:
    events = extract(
        "Selon l'OSDH, l'aviation du régime a mené dimanche des raids sur Saraqib. Damas a "
        "démenti que ses hélicoptères aient bombardé l'hôpital de Saraqib.",
        lang="fr",
        places=[("Saraqib", "Saraqib"), ("Saraqib@2", "Saraqib")],
        dates=[("dimanche", "2016-04-17")],
        actors=[("Damas", "Military Forces of Syria")],
        published="2016-04-21",
    )
    assert _denied(events, "Saraqib"), show(events)


def test_en_denied_school_after_strikes_on_fighters(extract) -> None:
    events = extract(
        "Turkish jets hit militant hideouts near Mosul on Friday, the army said. Ankara denied "
        "that its planes bombed a school near Mosul.",
        places=[("Mosul", "Mosul"), ("Mosul@2", "Mosul")],
        dates=[("Friday", "2016-04-15")],
        actors=[("Turkish", "Military Forces of Turkey"), ("Ankara", "Military Forces of Turkey")],
        published="2016-04-21",
    )
    assert _denied(events, "Mosul"), show(events)


# ------------------------------------------------------------------ near miss
def test_fr_denial_of_the_market_told_before_adds_no_row(extract) -> None:
    events = extract(
        "Des militants ont affirmé que des avions russes avaient bombardé lundi le marché de "
        "Hama. Moscou a démenti mercredi que ses appareils aient bombardé le marché.",
        lang="fr",
        places=[("Hama", "Hama")],
        dates=[("lundi", "2016-04-18"), ("mercredi", "2016-04-20")],
        actors=[("russes", "Military Forces of Russia"), ("Moscou", "Military Forces of Russia")],
        published="2016-04-21",
    )
    assert not _denied(events, "Hama"), show(events)
    assert [e.event_date for e in at_place(events, "Hama")] == ["2016-04-18"], show(events)
