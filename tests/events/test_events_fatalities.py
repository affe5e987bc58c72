"""Fatalities: the event's own dead, ACLED-style (sentences written for these tests).

Lowest figure of a range or of differing figures, sides' dead summed, sub-counts ("including
11 children"), wounded counts and war-wide tallies ("300,000 killed since 2011") left out, a
toll raised later in the article updating the event.
"""

from __future__ import annotations

from helpers import make_doc, one

from newsift.events.extract import ArticleExtractor
from newsift.events.index import DocIndex


def figure(nlp_stage, text: str, lang: str = "en", **mentions: object) -> int | None:  # noqa: ANN001
    """The fatalities figure of the (single-sentence) parsed text."""
    doc = make_doc(text, lang=lang, **mentions)  # type: ignore[arg-type]
    nlp_stage.process(doc)
    ix = DocIndex.build(doc)
    ext = ArticleExtractor(ix, 1, doc.articles[0], lang)
    return ext.fatalities(ext.views[ext.sents[0]])


# ------------------------------------------------------------------ figures, English
def test_the_counted_people_not_the_article_of_the_weapon(nlp_stage) -> None:  # noqa: ANN001
    assert figure(nlp_stage, "A car bomb killed seven people near the market on Friday.") == 7
    assert figure(nlp_stage, "A mortar round hit a school, killing a teacher.") == 1


def test_wounded_counts_are_not_deaths(nlp_stage) -> None:  # noqa: ANN001
    text = "The shelling killed 9 civilians and wounded 40 others in the old city."
    assert figure(nlp_stage, text) == 9
    assert figure(nlp_stage, "Four soldiers died and dozens more were injured.") == 4
    assert figure(nlp_stage, "Three medics were killed and a driver badly hurt.") == 3
    assert figure(nlp_stage, "At least 14 wounded were taken to hospital.") is None
    assert figure(nlp_stage, "27 killed and injured in rocket fire on the town.") is None


def test_ranges_give_their_lowest_figure(nlp_stage) -> None:  # noqa: ANN001
    assert figure(nlp_stage, "Between 20 and 30 fighters were killed in the ambush.") == 20
    assert figure(nlp_stage, "The raid killed 8 to 10 villagers.") == 8


def test_sub_counts_are_part_of_the_toll(nlp_stage) -> None:  # noqa: ANN001
    text = "At least 31 people, including nine children and two women, died in the strikes."
    assert figure(nlp_stage, text) == 31
    assert figure(nlp_stage, "Five women were among the 17 dead in the bombing.") == 17
    assert figure(nlp_stage, "The blast killed 12 people, four of them children.") == 12


def test_the_dead_of_both_sides_are_summed(nlp_stage) -> None:  # noqa: ANN001
    text = "The battle killed 40 jihadists and 11 government soldiers overnight."
    assert figure(nlp_stage, text) == 51
    assert figure(nlp_stage, "At least 6 rebels and 3 policemen were killed.") == 9


def test_number_words_and_compounds(nlp_stage) -> None:  # noqa: ANN001
    assert figure(nlp_stage, "Forty-two people were killed in the attack.") == 42
    assert figure(nlp_stage, "Dozens of civilians were killed in the raids.") == 12


def test_a_death_toll_without_a_death_word_is_read(nlp_stage) -> None:  # noqa: ANN001
    text = "The death toll from the explosion at the bus station climbed to at least 63."
    assert figure(nlp_stage, text) == 63


def test_killers_counted_are_not_the_dead(nlp_stage) -> None:  # noqa: ANN001
    text = "Three gunmen killed 16 worshippers at the mosque."
    assert figure(nlp_stage, text) == 16


def test_dates_and_ages_are_not_counts(nlp_stage) -> None:  # noqa: ANN001
    assert figure(nlp_stage, "12 March 2016 An air strike killed 19 people in the town.") == 19
    text = "A 6-year-old girl was among those killed in the four-year conflict."
    assert figure(nlp_stage, text) is None


def test_war_tallies_are_no_event_figure(nlp_stage) -> None:  # noqa: ANN001
    assert figure(nlp_stage, "Over 250,000 people have died since the war began in 2011.") is None
    assert figure(nlp_stage, "The conflict has killed more than 360,000 people.") is None
    assert figure(nlp_stage, "Some 90000 people were killed in the civil war.") is None
    assert figure(nlp_stage, "More than 5000 fighters have died in three years.") is None
    text = "Air strikes killed 8 people on Tuesday, the deadliest raid since 2016."
    assert figure(nlp_stage, text) == 8  # a comparison, not a tally


def test_approximations_and_participles(nlp_stage) -> None:  # noqa: ANN001
    text = "The gas attack claimed the lives of some 70 people in the village."
    assert figure(nlp_stage, text) == 70
    text = "A truck bomb hit a market in one of three frontline towns, killing 41 people."
    assert figure(nlp_stage, text) == 41  # "three towns" are not the dead


def test_running_periods_are_tallies(nlp_stage) -> None:  # noqa: ANN001
    text = "Over 2,500 people have been killed in the province during the past month."
    assert figure(nlp_stage, text) is None
    text = "Since then, the monitor says, the death toll may have reached 350000."
    assert figure(nlp_stage, text) is None
    assert figure(nlp_stage, "Nine people were killed last month in a raid.") == 9


# ------------------------------------------------------------------ figures, French
def test_french_figures(nlp_stage) -> None:  # noqa: ANN001
    assert figure(nlp_stage, "L'explosion a fait au moins 17 morts jeudi.", "fr") == 17
    assert figure(nlp_stage, "Une dizaine de tués ont été recensés dans le village.", "fr") == 10
    assert figure(nlp_stage, "Le bombardement a fait 4 victimes civiles.", "fr") == 4
    text = "Le bilan de l'attaque s'est alourdi à 26 morts, dont 7 enfants."
    assert figure(nlp_stage, text, "fr") == 26
    assert figure(nlp_stage, "Les tirs ont fait 5 morts et 22 blessés.", "fr") == 5
    assert figure(nlp_stage, "Les frappes ont tué entre 9 et 13 civils.", "fr") == 9
    text = "Au moins 8 soldats et 14 jihadistes ont été tués dans les combats."
    assert figure(nlp_stage, text, "fr") == 22


def test_french_war_tallies(nlp_stage) -> None:  # noqa: ANN001
    text = "Plus de 350 000 personnes ont été tuées depuis le début de la guerre en 2011."
    assert figure(nlp_stage, text, "fr") is None
    assert figure(nlp_stage, "Le conflit a fait plus de 380 000 morts.", "fr") is None


# ------------------------------------------------------------------ events
def test_a_war_tally_is_not_an_event(extract) -> None:
    text = (
        "A car bomb killed nine people in Azaz on Sunday. "
        "More than 400,000 people have been killed since the conflict began in 2011."
    )
    events = extract(
        text, places=[("Azaz", "Aleppo")], dates=[("Sunday", "2017-01-08"), ("2011", "2011")]
    )
    assert all((e.fatalities or 0) < 1000 for e in events)
    e = one([x for x in events if x.fatalities])
    assert e.fatalities == 9


def test_a_raised_toll_updates_the_event(extract) -> None:
    text = (
        "A suicide bomber killed 18 people at a checkpoint in Jarabulus on Monday. "
        "The death toll later rose to 24, the monitor said."
    )
    events = extract(text, places=[("Jarabulus", "Jarabulus")], dates=[("Monday", "2017-01-09")])
    e = one(events)
    assert e.fatalities == 24


def test_a_french_raised_toll_updates_the_event(extract) -> None:
    text = (
        "Un attentat à la voiture piégée a tué 11 personnes mardi à Manbij. "
        "Le bilan s'est alourdi à 19 morts, selon une ONG."
    )
    events = extract(
        text, lang="fr", places=[("Manbij", "Manbij")], dates=[("mardi", "2017-01-10")]
    )
    e = one(events)
    assert e.fatalities == 19


def test_a_later_partial_count_keeps_the_lead_figure(extract) -> None:
    text = (
        "Government air strikes killed 30 civilians in Saraqib on Friday. "
        "Seven of the dead were killed in the strikes on Saraqib's market."
    )
    events = extract(
        text,
        places=[("Saraqib", "Saraqib"), ("Saraqib@2", "Saraqib")],
        dates=[("Friday", "2018-02-09")],
    )
    assert max(e.fatalities or 0 for e in events) == 30
