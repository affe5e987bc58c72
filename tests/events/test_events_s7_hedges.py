"""Hedged plans and dated asides (session 7; sentences written for these tests).

Classes, each with French and English phrasings and near-misses that must not fire:
- a possibility modal in a present, future or conditional form governing the act ("X pourrait
  être la prochaine à tomber", "could be the next to fall", "the army might storm X") makes
  it a guess, speculative and undated, even when a plan word ("prochaine", "launch") is near;
  "a pu reprendre" (managed to) and an announced intention ("compte lancer") are not guesses;
- a negated verb of ruling out ("n'exclut pas que l'armée attaque X", "did not rule out that
  the army would storm X") holds the act possible: speculative, undated;
- an act told in passing with its own time, in a participle or relative clause on a noun
  ("l'offensive lancée le 2 mars", "the army, which retook X in May 2016, ...") is the author's
  fact: the sentence's attribution ("..., selon l'OSDH", "the Observatory said") or hedge is
  about its main clause, which stays reported.
"""

from __future__ import annotations

from helpers import at_place, modality_at, show

PUB = "2017-03-14"
ARMY = ("l'armée", "Military Forces of Syria")
IS_FR = ("l'État islamique", "Islamic State")


# ------------------------------------------------------------------ possibility modals
def test_fr_next_to_fall_under_conditional_modal_is_speculative(extract) -> None:
    text = "La ville de Manbij, plus au nord, pourrait être la prochaine à tomber, juge un colonel."
    events = extract(text, lang="fr", places=[("Manbij", "Manbij")], published=PUB)
    modality_at(events, "Manbij", "speculative", undated=True)


def test_en_next_to_be_retaken_under_could_is_speculative(extract) -> None:
    text = "Jarabulus could be the next town to be retaken, a Turkish commander believes."
    events = extract(text, lang="en", places=[("Jarabulus", "Jarabulus")], published=PUB)
    modality_at(events, "Jarabulus", "speculative", undated=True)


def test_en_might_storm_is_speculative(extract) -> None:
    text = "Diplomats fear the army might then storm Saraqib before the summer."
    events = extract(
        text, lang="en", actors=[("the army", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")], published=PUB,
    )  # fmt: skip
    modality_at(events, "Saraqib", "speculative")


def test_fr_managed_to_retake_is_told_as_done(extract) -> None:
    text = "Mardi, l'armée a pu reprendre le contrôle de Saraqib après deux jours de combats."
    events = extract(
        text, lang="fr", actors=[ARMY], places=[("Saraqib", "Saraqib")],
        dates=[("Mardi", "2017-03-14")], published=PUB,
    )  # fmt: skip
    modality_at(events, "Saraqib", "asserted")


def test_fr_announced_intention_stays_planned(extract) -> None:
    text = "L'armée compte lancer une offensive contre Saraqib dans les prochains jours."
    events = extract(
        text, lang="fr", actors=[("L'armée", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")], published=PUB,
    )  # fmt: skip
    modality_at(events, "Saraqib", "planned")


# ------------------------------------------------------------------ not ruled out
def test_fr_not_ruled_out_attack_is_speculative_and_undated(extract) -> None:
    text = (
        "Un colonel joint par téléphone n'exclut pas que ses troupes attaquent ensuite la "
        "ville de Manbij."
    )
    events = extract(text, lang="fr", places=[("Manbij", "Manbij")], published=PUB)
    modality_at(events, "Manbij", "speculative", undated=True)


def test_en_not_ruled_out_offensive_is_speculative(extract) -> None:
    text = "A senior officer did not rule out that the army would launch an offensive on Hama."
    events = extract(
        text, lang="en", actors=[("the army", "Military Forces of Syria")],
        places=[("Hama", "Hama")], published=PUB,
    )  # fmt: skip
    modality_at(events, "Hama", "speculative")


# ------------------------------------------------------------------ dated asides
def test_en_relative_clause_with_its_own_date_is_asserted(extract) -> None:
    text = (
        "Turkish troops, who captured Jarabulus in August 2016, shelled Kurdish positions near "
        "Manbij on Tuesday, the Observatory said."
    )
    events = extract(
        text, lang="en", actors=[("Turkish troops", "Military Forces of Turkey")],
        places=[("Jarabulus", "Jarabulus"), ("Manbij", "Manbij")],
        dates=[("August 2016", "2016-08"), ("Tuesday", "2017-03-14")], published=PUB,
    )  # fmt: skip
    aside = at_place(events, "Jarabulus")
    assert aside and all(e.modality == "asserted" for e in aside), show(events)
    main = at_place(events, "Manbij")
    assert main and all(e.modality == "reported" for e in main), show(events)


def test_fr_relative_clause_under_hedge_is_asserted(extract) -> None:
    text = (
        "Les rebelles, qui avaient pris Saraqib au début du mois, pourraient marcher sur Idlib "
        "d'ici l'été, estiment des experts."
    )
    events = extract(
        text, lang="fr", actors=[("Les rebelles", "Hayat Tahrir al-Sham")],
        places=[("Saraqib", "Saraqib"), ("Idlib", "Idlib")],
        dates=[("au début du mois", "2017-03")], published=PUB,
    )  # fmt: skip
    aside = at_place(events, "Saraqib")
    assert aside and all(e.modality == "asserted" for e in aside), show(events)
    guess = at_place(events, "Idlib")
    assert all(e.modality in ("speculative", "planned") for e in guess), show(events)


def test_fr_dated_participle_on_event_noun_is_asserted(extract) -> None:
    text = (
        "L'offensive lancée le 2 mars contre Hama a déjà fait plus de 80 morts parmi les "
        "civils, selon l'OSDH."
    )
    events = extract(
        text, lang="fr", places=[("Hama", "Hama")], dates=[("le 2 mars", "2017-03-02")],
        published=PUB,
    )  # fmt: skip
    at = [e for e in at_place(events, "Hama") if e.sub_event_type == "Armed clash"]
    assert all(e.modality == "asserted" for e in at), show(events)


def test_fr_main_clause_with_trailing_attribution_stays_reported(extract) -> None:
    text = "Des combats ont opposé mardi les rebelles à l'armée près de Hama, selon l'OSDH."
    events = extract(
        text, lang="fr", actors=[("les rebelles", "Hayat Tahrir al-Sham"), ARMY],
        places=[("Hama", "Hama")], dates=[("mardi", "2017-03-14")], published=PUB,
    )  # fmt: skip
    at = at_place(events, "Hama")
    assert at and all(e.modality == "reported" for e in at), show(events)


def test_fr_cleft_relative_clause_is_the_news_and_stays_reported(extract) -> None:
    text = (
        "Selon des sources locales, ce sont des miliciens venus d'Irak, encadrés par des "
        "officiers iraniens, qui ont repris mardi la ville de Hama."
    )
    events = extract(
        text, lang="fr", places=[("Hama", "Hama")], dates=[("mardi", "2017-03-14")],
        published=PUB,
    )  # fmt: skip
    at = at_place(events, "Hama")
    assert at and all(e.modality == "reported" for e in at), show(events)


# ------------------------------------------------------------------ questions, opinions, unreal
def test_fr_direct_question_is_no_event(extract) -> None:
    text = "L'armée va-t-elle reprendre Saraqib avant l'été ?"
    events = extract(
        text, lang="fr", actors=[("L'armée", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")], published=PUB,
    )  # fmt: skip
    assert not at_place(events, "Saraqib"), show(events)


def test_en_direct_question_is_no_event(extract) -> None:
    text = "Will the rebels storm Hama before the winter?"
    events = extract(text, lang="en", places=[("Hama", "Hama")], published=PUB)
    assert not at_place(events, "Hama"), show(events)


def test_fr_act_before_a_question_after_colon_stays(extract) -> None:
    text = "Les jihadistes ont attaqué mardi la ville de Hama : combien de temps tiendra-t-elle ?"
    events = extract(
        text, lang="fr", places=[("Hama", "Hama")], dates=[("mardi", "2017-03-14")],
        published=PUB,
    )  # fmt: skip
    assert at_place(events, "Hama"), show(events)


def test_fr_opinion_on_what_should_happen_is_no_event(extract) -> None:
    text = "Il faudrait que l'armée reprenne Saraqib au plus vite, juge l'éditorialiste."
    events = extract(
        text, lang="fr", actors=[("l'armée", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")], published=PUB,
    )  # fmt: skip
    assert not at_place(events, "Saraqib"), show(events)


def test_fr_consequence_of_unreal_condition_is_no_event(extract) -> None:
    text = (
        "Soyons clairs : si Hama tombait, ce serait un désastre, avec des églises dynamitées "
        "et des civils massacrés."
    )
    events = extract(text, lang="fr", places=[("Hama", "Hama")], published=PUB)
    assert not events, show(events)


def test_en_consequence_of_unreal_condition_is_no_event(extract) -> None:
    text = (
        "Make no mistake: if Idlib fell, it would be a catastrophe, with churches blown up "
        "and villagers massacred."
    )
    events = extract(text, lang="en", places=[("Idlib", "Idlib")], published=PUB)
    assert not events, show(events)


def test_fr_guess_under_a_real_condition_stays_speculative(extract) -> None:
    text = (
        "Selon un commandant kurde, Manbij pourrait tomber « dans les prochains jours » si la "
        "pression se maintient."
    )
    events = extract(text, lang="fr", places=[("Manbij", "Manbij")], published=PUB)
    at = at_place(events, "Manbij")
    assert at and all(e.modality == "speculative" for e in at), show(events)


def test_fr_reminder_after_il_faut_is_still_told(extract) -> None:
    text = (
        "Il faut le rappeler : selon le Pentagone, des avions russes avaient bombardé le 16 juin "
        "2016 un camp rebelle près de Hama."
    )
    events = extract(
        text, lang="fr", places=[("Hama", "Hama")], dates=[("le 16 juin 2016", "2016-06-16")],
        published=PUB,
    )  # fmt: skip
    assert at_place(events, "Hama"), show(events)


def test_fr_fresh_act_in_a_relative_clause_stays_reported(extract) -> None:
    text = (
        "Les rebelles, qui avaient pris Saraqib lundi, ont attaqué mardi les faubourgs de Hama, "
        "selon l'OSDH."
    )
    events = extract(
        text, lang="fr", actors=[("Les rebelles", "Hayat Tahrir al-Sham")],
        places=[("Saraqib", "Saraqib"), ("Hama", "Hama")],
        dates=[("lundi", "2017-03-13"), ("mardi", "2017-03-14")], published=PUB,
    )  # fmt: skip
    aside = at_place(events, "Saraqib")
    assert all(e.modality == "reported" for e in aside), show(events)
