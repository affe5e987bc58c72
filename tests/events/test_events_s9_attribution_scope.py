"""How far an attribution reaches (session 9; sentences written for these tests).

Classes, French and English, with near-misses that must keep the report:
- an attribution inside a relative clause opened after the event, when that clause is told in
  the conditional or the attribution is glued to it ("au terme de combats qui auraient fait
  dix morts, selon une source", "un dépôt dont l'explosion, d'après des habitants, aurait été
  entendue", "after fighting that would have killed 20, according to a source") vouches for
  that clause only: the event stays asserted;
- a hearsay conditional of another clause ("menace que l'on aurait tort de négliger") does not
  make the sentence's acts reported; an act told before a speech verb by "après avoir fait
  bombarder" is the author's;
- a closing attribution followed by the source's own description ("..., d'après l'OSDH, une ONG
  basée à Londres") still covers the sentence; so does "according to" left untranslated in a
  French text;
- near-misses: "l'armée aurait repris X", a closing ", selon une source militaire." after a
  toll participle, and an opening "Selon X," stay reported.
"""

from __future__ import annotations

from helpers import modality_at

PUB = "2017-03-10"
ARMY = ("L'armée syrienne", "Military Forces of Syria")
JEUDI = ("jeudi", "2017-03-09")


def _fr(extract, text: str, place: str, actors=None):  # type: ignore[no-untyped-def]
    actors = [ARMY] if actors is None else actors
    return extract(
        text, lang="fr", places=[(place, place)], dates=[JEUDI], actors=actors, published=PUB
    )


# ------------------------------------------------------------ the relative clause's own source
def test_fr_conditional_toll_in_relative_keeps_capture_asserted(extract) -> None:
    text = (
        "L'armée syrienne a repris jeudi la ville de Saraqib, au terme de combats qui auraient "
        "fait une quinzaine de morts parmi les jihadistes, selon une source militaire."
    )
    modality_at(_fr(extract, text, "Saraqib"), "Saraqib", "asserted")


def test_fr_source_inside_relative_about_a_depot_keeps_strike_asserted(extract) -> None:
    text = (
        "L'aviation russe a frappé jeudi la ville de Saraqib, visant un dépôt dont l'explosion, "
        "d'après des habitants, aurait été entendue à vingt kilomètres."
    )
    actors = [("L'aviation russe", "Military Forces of Russia")]
    modality_at(_fr(extract, text, "Saraqib", actors), "Saraqib", "asserted")


def test_en_would_have_killed_in_relative_keeps_retaking_asserted(extract) -> None:
    text = (
        "Syrian troops recaptured Manbij on Thursday after fighting that would have killed "
        "some twenty militants, according to a military source."
    )
    events = extract(
        text, places=[("Manbij", "Manbij")], dates=[("Thursday", "2017-03-09")],
        actors=[("Syrian troops", "Military Forces of Syria")], published=PUB,
    )  # fmt: skip
    at = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert at and all(e.modality == "asserted" for e in at), [
        (e.sub_event_type, e.modality) for e in events
    ]


def test_fr_hearsay_of_another_clause_and_causative_after(extract) -> None:
    text = (
        "Après avoir fait bombarder en février les positions kurdes près de Manbij, le président "
        "turc a répété que son armée lancerait une offensive, menace que l'on aurait tort de "
        "négliger."
    )
    events = extract(
        text, lang="fr", places=[("Manbij", "Manbij")], dates=[("février", "2017-02")],
        published=PUB,
    )  # fmt: skip
    past = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert past and all(e.modality == "asserted" for e in past), [
        (e.sub_event_type, e.modality) for e in events
    ]


# ------------------------------------------------------------------ closing attributions that cover
def test_fr_closing_source_with_its_description_covers_the_strike(extract) -> None:
    text = (
        "L'aviation a encore bombardé jeudi la ville de Saraqib, tuant au moins neuf civils, "
        "d'après l'OSDH, une ONG basée à Londres qui dispose d'un vaste réseau."
    )
    modality_at(_fr(extract, text, "Saraqib", []), "Saraqib", "reported")


def test_fr_untranslated_according_to_covers_the_counterattack(extract) -> None:
    text = (
        "Les rebelles ont lancé jeudi une contre-attaque autour de Saraqib, tuant une dizaine de "
        "soldats, according to des sources locales."
    )
    actors = [("Les rebelles", "Hayat Tahrir al-Sham")]
    modality_at(_fr(extract, text, "Saraqib", actors), "Saraqib", "reported")


def test_en_closing_source_with_which_clause_covers_the_shelling(extract) -> None:
    text = (
        "Government artillery shelled Idlib on Thursday, killing seven people, according to the "
        "Observatory, which relies on a network of activists."
    )
    events = extract(
        text, places=[("Idlib", "Idlib")], dates=[("Thursday", "2017-03-09")], published=PUB
    )
    modality_at(events, "Idlib", "reported")


# ------------------------------------------------------------------ near-misses: still reported
def test_fr_hearsay_on_the_event_itself_stays_reported(extract) -> None:
    text = "L'armée syrienne aurait repris jeudi le contrôle de Saraqib."
    modality_at(_fr(extract, text, "Saraqib"), "Saraqib", "reported")


def test_fr_closing_source_after_toll_participle_stays_reported(extract) -> None:
    text = (
        "L'armée syrienne a repris jeudi la ville de Saraqib, tuant trente jihadistes, selon "
        "une source militaire."
    )
    modality_at(_fr(extract, text, "Saraqib"), "Saraqib", "reported")


def test_fr_opening_source_with_relative_after_stays_reported(extract) -> None:
    text = (
        "Selon l'OSDH, l'armée syrienne a repris jeudi Saraqib, qui compterait vingt mille "
        "habitants."
    )
    actors = [("l'armée syrienne", "Military Forces of Syria")]
    modality_at(_fr(extract, text, "Saraqib", actors), "Saraqib", "reported")
