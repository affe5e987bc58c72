"""Actor linking, session 11 (fixer G).

- A weak alias (a common noun: "coalition", "alliance") after an indefinite or "another"
  describes some group, it does not name the US-led coalition ("Jaych al-Fateh, une coalition
  dominée par al-Nosra"); "la même coalition" points back to the group described before.
- A weak alias in apposition after a comma ("Les FDS, la coalition kurdo-arabe soutenue par
  Washington, ...") describes the actor just named: it is linked to that actor.
- A country named as the agent of a military verb ("missiles tirés par les États-Unis",
  "a convoy struck by Turkey") is its armed forces; of a speech verb, its government.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from actor_docs import run

from newsift.entities.actors_stage import ActorsStage
from newsift.model import Document
from newsift.nlp.stage import NlpStage

GCAD = "Global Coalition Against Daesh"


def canonical(doc: Document, surface: str) -> list[str | None]:
    return [m.canonical for m in doc.mentions if m.kind == "actor" and surface in m.text]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Les combattants de l'Armée de la conquête, une coalition dominée par le Front "
            "al-Nosra, ont pris Idleb. La même coalition menace désormais Ariha.",
            "fr",
        ),
        (
            "Fighters of the Army of Conquest, a coalition dominated by the Nusra Front, took "
            "Idlib. The same coalition now threatens Ariha.",
            "en",
        ),
    ],
)
def test_a_described_coalition_is_not_the_us_led_one(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str
) -> None:
    doc = run(nlp, actors, body, lang)
    linked = canonical(doc, "oalition")
    assert GCAD not in linked, linked
    # the apposition names the group told just before, "la même coalition" points back to it
    assert linked == ["Jaysh al-Fatah", "Jaysh al-Fatah"], linked


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Les avions de la coalition internationale ont frappé Hajin. La coalition a aussi "
            "visé Baghouz, et la même coalition promet d'autres raids en Syrie.",
            "fr",
        ),
        (
            "US-led coalition jets struck Hajin in Syria. The coalition also hit Baghuz, and the "
            "same coalition promises more raids.",
            "en",
        ),
    ],
)
def test_the_coalition_named_before_stays_linked(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str
) -> None:
    linked = canonical(run(nlp, actors, body, lang), "oalition")
    assert linked and all(c == GCAD for c in linked), linked
    assert len(linked) == 3, linked


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Les FDS, la coalition kurdo-arabe soutenue par Washington, ont repris vendredi leur "
            "offensive sur Baghouz, en Syrie.",
            "fr",
        ),
        (
            "The SDF, the Kurdish-led coalition backed by Washington, resumed its offensive on "
            "Baghuz in Syria on Friday.",
            "en",
        ),
    ],
)
def test_a_coalition_in_apposition_is_the_actor_named(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str
) -> None:
    linked = canonical(run(nlp, actors, body, lang), "oalition")
    assert linked == ["Syrian Democratic Forces"], linked


@pytest.mark.parametrize(
    ("body", "lang", "surface", "expected"),
    [
        (
            "Samedi, des missiles de croisière tirés par les États-Unis ont frappé un centre de "
            "recherche près de Damas, en Syrie.",
            "fr",
            "États-Unis",
            "Military Forces of the United States",
        ),
        (
            "On Saturday a convoy was struck by Turkey near Afrin, in northern Syria.",
            "en",
            "Turkey",
            "Military Forces of Turkey",
        ),
        (
            "The report on the fighting in Syria was denied by Moscow on Sunday.",
            "en",
            "Moscow",
            "Government of Russia",
        ),
    ],
)
def test_agent_of_a_military_verb_is_the_army(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str, surface: str, expected: str
) -> None:
    assert canonical(run(nlp, actors, body, lang), surface) == [expected]
