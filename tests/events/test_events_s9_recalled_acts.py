"""Missed events, session 9: past acts recalled inside the author's rhetoric (sentences written
for these tests, French and English).

The class: an essay asks "who still remembers that ..." or tells the reader "il faut se
souvenir de ...", and the act it recalls, told in a past tense with a date of its own in a
clause below the main verb, happened: "qui se souvient encore qu'à X des soldats tuèrent le 12
mai 2007 neuf villageois ?", "Remember X, the district the army retook in March ...?", "Qui
se souvient des recrues que les jihadistes avaient fusillées en juin 2014 ?". So is an act told
inside a denial that a question closes ("X a démenti que son armée ait bombardé Y, mais qui
croit encore ses démentis ?"): a denied event. Not events: the question's own verb ("L'armée
a-t-elle repris X lundi ?", "Did the rebels really take X in May?"), a wish in the subjunctive
("il faudrait que l'armée reprenne X en juin").
"""

from __future__ import annotations

from helpers import at_place, show

PUB = "2016-04-20"
CAPTURES = {"Non-state actor overtakes territory", "Government regains territory"}


def test_fr_who_remembers_soldiers_killed_villagers(extract) -> None:
    events = extract(
        "Et qui se souvient encore qu'à Saraqib, des soldats tuèrent le 12 mai 2007 neuf "
        "villageois lors d'une perquisition nocturne ?",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("12 mai 2007", "2007-05-12")],
        published=PUB,
    )
    found = [e for e in at_place(events, "Saraqib") if e.event_date == "2007-05-12"]
    assert found and found[0].event_type == "Violence against civilians", show(events)


def test_en_remember_the_district_the_army_retook(extract) -> None:
    events = extract(
        "Remember Hama, the district the army retook in March after a long siege, and which "
        "the same pundits had sworn would become a second Benghazi?",
        places=[("Hama", "Hama"), ("Benghazi", "Benghazi")],
        dates=[("March", "2016-03")],
        published=PUB,
    )
    found = [e for e in at_place(events, "Hama") if e.sub_event_type in CAPTURES]
    assert [(e.event_date, e.modality) for e in found] == [("2016-03", "asserted")], show(events)


def test_fr_who_remembers_villagers_shot_by_jihadists(extract) -> None:
    events = extract(
        "Qui se souvient des villageois de Homs que les jihadistes avaient alignés puis "
        "fusillés en juin 2014, et dont les familles attendent toujours ?",
        lang="fr",
        places=[("Homs", "Homs")],
        dates=[("juin 2014", "2014-06")],
        published=PUB,
    )
    found = [e for e in at_place(events, "Homs") if e.event_date == "2014-06"]
    assert found, show(events)


def test_fr_told_under_rhetoric_seized_on_monday(extract) -> None:
    events = extract(
        "On ne dira jamais assez que les jihadistes s'étaient emparés lundi d'un tronçon de la "
        "route au nord de Hama, coupant Alep du reste du pays.",
        lang="fr",
        places=[("Hama", "Hama")],
        dates=[("lundi", "2016-04-18")],
        published=PUB,
    )
    found = [e for e in at_place(events, "Hama") if e.sub_event_type in CAPTURES]
    assert found and found[0].event_date == "2016-04-18", show(events)


def test_fr_denial_closed_by_a_question_is_a_denied_event(extract) -> None:
    events = extract(
        "Ankara a d'ailleurs démenti en octobre que son armée ait tiré des obus sur Manbij, "
        "comme l'affirmaient des témoins, mais qui croit encore à ces démentis ?",
        lang="fr",
        actors=[("Ankara", "Military Forces of Turkey")],
        places=[("Manbij", "Manbij")],
        dates=[("octobre", "2015-10")],
        published=PUB,
    )
    found = at_place(events, "Manbij")
    assert found and found[0].modality == "denied" and found[0].event_date is None, show(events)


# ------------------------------------------------------------------ near misses
def test_fr_question_own_verb_is_no_event(extract) -> None:
    events = extract(
        "L'armée a-t-elle vraiment repris Manbij lundi ?",
        lang="fr",
        places=[("Manbij", "Manbij")],
        dates=[("lundi", "2016-04-18")],
        published=PUB,
    )
    assert not [e for e in at_place(events, "Manbij") if e.sub_event_type in CAPTURES], show(events)


def test_en_question_own_verb_is_no_event(extract) -> None:
    events = extract(
        "Did the rebels really take Manbij in May?",
        places=[("Manbij", "Manbij")],
        dates=[("May", "2016-05")],
        published=PUB,
    )
    assert not [e for e in at_place(events, "Manbij") if e.sub_event_type in CAPTURES], show(events)


def test_fr_wish_in_subjunctive_is_no_event(extract) -> None:
    events = extract(
        "Il faudrait que l'armée reprenne Manbij en juin, avant l'été ?",
        lang="fr",
        places=[("Manbij", "Manbij")],
        dates=[("juin", "2016-06")],
        published=PUB,
    )
    assert not [e for e in at_place(events, "Manbij") if e.modality == "asserted"], show(events)
