"""A change of hands to come whose town an aside cut off (session 6, wave B; sentences written
for these tests).

Class: "X, <aside naming another place>, pourrait être reprise / devrait être libérée", "X, on
the road to Y, could be retaken": a passive retaking or fall under a modal, whose own verb has
no subject because the aside cut the parse (the town is the modal's subject, or the modal hangs
on its name), happens at X -- not at the place of the aside, nor at another town of the
sentence -- and stays hypothetical and undated. Must not fire: an asserted retaking, a
hypothetical move that is no change of hands.
"""

from __future__ import annotations

import pytest

PUB = "2016-05-12"
ACTORS = [("l'armée", "Military Forces of Syria"), ("the army", "Military Forces of Syria")]
PLACES = [
    ("Saraqib", "Saraqib"),
    ("Manbij", "Manbij"),
    ("Jarabulus", "Jarabulus"),
    ("Alep", "Aleppo"),
    ("Aleppo", "Aleppo"),
    ("Hama", "Hama"),
]
GRT = "Government regains territory"


def _run(extract, text: str, lang: str):
    return extract(
        text,
        lang=lang,
        actors=[a for a in ACTORS if a[0] in text],
        places=[p for p in PLACES if p[0] in text],
        published=PUB,
    )


def _show(events):
    return [(e.sub_event_type, e.location, e.event_date, e.modality, e.actor1) for e in events]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "fr",
            "Une source a indiqué que l'armée s'apprête à lancer l'assaut sur Saraqib, et "
            "plusieurs analystes estiment que Manbij, sur la route d'Alep, pourrait être "
            "reprise avant l'été.",
            "Manbij",
        ),
        (
            "fr",
            "Jarabulus, à une heure de route d'Alep, devrait être libérée d'ici la fin du mois, "
            "estime un général.",
            "Jarabulus",
        ),
        (
            "fr",
            "Selon un officier, Saraqib, dernier verrou avant Hama, pourrait être reprise d'ici "
            "quelques jours.",
            "Saraqib",
        ),
        (
            "en",
            "Analysts believe Manbij, on the road to Aleppo, could be retaken before the summer.",
            "Manbij",
        ),
        (
            "en",
            "Saraqib, the last rebel town on the highway to Aleppo, may fall to the army within "
            "days, an officer said.",
            "Saraqib",
        ),
    ],
)
def test_hypothetical_retaking_cut_off_by_an_aside_is_at_its_town(
    extract, lang: str, text: str, place: str
) -> None:
    events = _run(extract, text, lang)
    hyp = [e for e in events if e.sub_event_type == GRT and e.modality != "asserted"]
    assert hyp and all(e.location == place for e in hyp), _show(events)
    assert all(e.event_date is None for e in hyp), _show(events)


def test_planned_assault_beside_the_guess_keeps_its_own_row(extract) -> None:
    text = (
        "Une source a indiqué que l'armée s'apprête à lancer l'assaut sur Saraqib, et "
        "plusieurs analystes estiment que Manbij, sur la route d'Alep, pourrait être "
        "reprise avant l'été."
    )
    events = _run(extract, text, "fr")
    at = [e for e in events if e.location == "Saraqib" and e.modality == "planned"]
    assert at and at[0].sub_event_type == "Armed clash", _show(events)


def test_asserted_retaking_and_hypothetical_deployment_are_not_this_rule(extract) -> None:
    events = _run(extract, "Saraqib, sur la route d'Alep, a été reprise mardi par l'armée.", "fr")
    assert [e.modality for e in events if e.sub_event_type == GRT] == ["asserted"], _show(events)
    events = _run(
        extract, "Selon Damas, l'armée pourrait être déployée à Hama, sur la route d'Alep.", "fr"
    )
    assert not [e for e in events if e.sub_event_type == GRT], _show(events)
