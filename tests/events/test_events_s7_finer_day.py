"""A month and a day of that month in one sentence, outside the trigger's clause: the day.

Cause (session 7, G:date): "Last month Turkish troops crossed into X and began setting up
observation posts ..., the first of them near the village of Y on October 13" dated the posts
October (the nearest date) though the sentence gives their day. Both dates lie outside the
trigger's clause; the finer one, within the coarser, dates the act (as "le mois dernier, le
23 mai" inside one clause does). Sentences written for these tests.
"""

from __future__ import annotations

from test_events_dates import subs


def test_en_day_within_last_month_dates_the_act(extract) -> None:
    text = (
        "Last month Turkish troops crossed into Idlib province and began setting up "
        "observation posts under the Astana deal, the first of them near the town of Saraqeb "
        "on October 13."
    )
    events = extract(
        text,
        places=[("Idlib province", "Idlib province"), ("Saraqeb", "Saraqib")],
        dates=[("Last month", "2017-10"), ("October 13", "2017-10-13")],
        actors=[("Turkish troops", "Military Forces of Turkey")],
        lang="en",
        published="2017-11-14",
    )
    assert events, subs(events)
    assert all(e.event_date == "2017-10-13" for e in events), subs(events)


def test_en_day_owned_by_another_act_leaves_the_month(extract) -> None:
    # near miss: the day is the capture's; the shelling keeps its month
    text = (
        "In October, government forces shelled villages around Saraqeb, and rebels took "
        "the town of Kafr Nubl on October 13."
    )
    events = extract(
        text,
        places=[("Saraqeb", "Saraqib"), ("Kafr Nubl", "Kafr Nubl")],
        dates=[("October", "2017-10"), ("October 13", "2017-10-13")],
        actors=[("government forces", "Military Forces of Syria")],
        lang="en",
        published="2017-11-14",
    )
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling, subs(events)
    assert all(e.event_date == "2017-10" for e in shelling), subs(events)


def test_fr_month_in_the_trigger_clause_stays(extract) -> None:
    # near miss: "En octobre" is the strikes' own time; the day told of one raid is not theirs
    text = (
        "En octobre, l'armée turque a frappé les positions kurdes autour de Manbij, le raid "
        "le plus meurtrier ayant visé la ville de Jarablus le 13 octobre."
    )
    events = extract(
        text,
        places=[("Manbij", "Manbij"), ("Jarablus", "Jarabulus")],
        dates=[("octobre", "2017-10"), ("13 octobre", "2017-10-13")],
        actors=[("armée turque", "Military Forces of Turkey")],
        lang="fr",
        published="2017-11-14",
    )
    manbij = [e for e in events if e.location == "Manbij"]
    assert manbij, subs(events)
    assert all(e.event_date == "2017-10" for e in manbij), subs(events)
