"""Weapons named by a country adjective ("les missiles israéliens", "Turkish shelling") name that
country's armed forces, not its air force; "federal forces" / "troupes fédérales" are the state's
army like "government forces". Sentences written for these tests."""

from __future__ import annotations

import pytest
from actor_docs import run

from newsift.entities.actors_stage import ActorsStage
from newsift.model import Document
from newsift.nlp.stage import NlpStage


def ids(doc: Document) -> dict[str, str | None]:
    return {m.text: m.kb_id for m in doc.mentions if m.kind == "actor"}


@pytest.mark.parametrize(
    ("body", "lang", "surface", "kb_id"),
    [
        (
            "Dans la nuit, des missiles israéliens ont visé un entrepôt près de Damas.",
            "fr",
            "missiles israéliens",
            "il-military",
        ),
        (
            "Lundi, l'artillerie turque a de nouveau pilonné les villages au nord d'Alep.",
            "fr",
            "artillerie turque",
            "tr-military",
        ),
        (
            "Overnight, Turkish shelling hit several villages north of Aleppo, residents said.",
            "en",
            "Turkish shelling",
            "tr-military",
        ),
        (
            "American cruise missiles struck a research centre near Damascus at dawn.",
            "en",
            "American cruise missiles",
            "us-military",
        ),
    ],
)
def test_weapon_with_country_adjective_is_the_military(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str, surface: str, kb_id: str
) -> None:
    assert ids(run(nlp, actors, body, lang)).get(surface) == kb_id


def test_aircraft_still_the_air_force(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(nlp, actors, "Des avions russes ont bombardé la ville de Saraqeb.", "fr")
    assert ids(doc).get("avions russes") == "ru-air-force"


@pytest.mark.parametrize(
    ("body", "lang", "surface"),
    [
        (
            "Les troupes irakiennes avancent vers Mossoul. Mardi, les troupes fédérales ont repris "
            "le quartier de Zanjili aux jihadistes.",
            "fr",
            "troupes fédérales",
        ),
        (
            "Iraqi troops massed south of Kirkuk. On Monday federal forces took the K1 base.",
            "en",
            "federal forces",
        ),
    ],
)
def test_federal_forces_are_the_state_army(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str, surface: str
) -> None:
    assert ids(run(nlp, actors, body, lang)).get(surface) == "iq-military"


@pytest.mark.parametrize(
    ("body", "lang", "surface", "kb_id"),
    [
        (
            "Depuis lundi, les Soukhoï russes pilonnent les collines au sud d'Alep.",
            "fr",
            "Soukhoï russes",
            "ru-air-force",
        ),
        (
            "Les MiG syriens ont largué des barils sur la ville.",
            "fr",
            "MiG syriens",
            "sy-air-force",
        ),
        (
            "Russian Sukhois pounded the hills south of Aleppo.",
            "en",
            "Russian Sukhois",
            "ru-air-force",
        ),
        # the model name is still stepped over when an aircraft noun follows it
        (
            "Russian MiG-29 jets flew low over the base.",
            "en",
            "Russian MiG-29 jets",
            "ru-air-force",
        ),
    ],
)
def test_aircraft_models_name_the_air_force(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str, surface: str, kb_id: str
) -> None:
    assert ids(run(nlp, actors, body, lang)).get(surface) == kb_id
