"""Session 5 aliases of the actor KB: "les loyalistes" / "the loyalists" and a government's
aircraft are the generic state force; "the Marines" of an article on the US army are that
army. Sentences written for these tests."""

from __future__ import annotations

import pytest
from actor_docs import run

from newsift.entities.actors_stage import ActorsStage
from newsift.model import Document
from newsift.nlp.stage import NlpStage


def canonical(doc: Document, surface: str) -> list[str | None]:
    return [m.canonical for m in doc.mentions if m.kind == "actor" and surface in m.text]


@pytest.mark.parametrize(
    ("body", "lang", "surface"),
    [
        (
            "L'armée syrienne avance à Alep. Les loyalistes pourraient se tourner vers Idleb.",
            "fr",
            "loyalistes",
        ),
        (
            "The Syrian army advanced near Aleppo. The loyalists could now turn to Idlib.",
            "en",
            "loyalists",
        ),
        (
            "L'armée syrienne avance à Alep. L'aviation gouvernementale a bombardé Idleb.",
            "fr",
            "aviation gouvernementale",
        ),
        (
            "The Syrian army advanced near Aleppo. Government warplanes struck Idlib.",
            "en",
            "Government warplanes",
        ),
    ],
)
def test_loyalists_and_government_aircraft_are_the_state_force(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str, surface: str
) -> None:
    assert canonical(run(nlp, actors, body, lang), surface) == ["Military Forces of Syria"]


def test_en_marines_of_an_article_on_the_us_army(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "US troops have been deployed to Iraq since 2003. The Marines fought in Fallujah in "
        "November 2004.",
        "en",
    )
    assert canonical(doc, "Marines") == ["Military Forces of the United States"]


def test_en_marines_alone_are_not_linked(nlp: NlpStage, actors: ActorsStage) -> None:
    """Must NOT link: a weak alias needs the US talked about in the article."""
    doc = run(nlp, actors, "The Marines held a parade in Portsmouth on Sunday.", "en")
    assert canonical(doc, "Marines") == []
