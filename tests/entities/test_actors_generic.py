"""Generic references ("the army", "l'armée", "les forces gouvernementales") take the country of
a ground force named just before, not a sponsor's air force, ministry or capital; agency
datelines do not make the article's country. Sentences written for these tests."""

from __future__ import annotations

from actor_docs import run

from newsift.entities.actors_stage import ActorsStage
from newsift.model import Document
from newsift.nlp.stage import NlpStage


def ids_of(doc: Document, surface: str) -> list[str | None]:
    return [m.kb_id for m in doc.mentions if m.kind == "actor" and m.text == surface]


def basis_of(doc: Document, surface: str) -> str | None:
    m = next(m for m in doc.mentions if m.kind == "actor" and m.text == surface)
    return doc.meta["actors.generic_basis"].get(f"{m.start}:{m.end}")


def test_fr_sponsor_air_force_does_not_name_the_army(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "Les soldats syriens, appuyés par l'aviation russe, ont repris dimanche la ville de "
        "Palmyre en Syrie. Le commandement de l'armée a annoncé que la cité était sécurisée.",
        "fr",
    )
    assert ids_of(doc, "commandement de l'armée") == ["sy-defence-ministry"]


def test_en_russian_jets_then_the_army_is_the_local_army(
    nlp: NlpStage, actors: ActorsStage
) -> None:
    doc = run(
        nlp,
        actors,
        "Russian jets pounded rebel positions in Syria overnight, and the army advanced "
        "towards the town at dawn.",
        "en",
    )
    assert ids_of(doc, "army") == ["sy-military"]
    assert basis_of(doc, "army") == "focus"


def test_fr_a_named_ground_force_still_names_the_troops(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "En Syrie, l'armée turque a franchi la frontière lundi ; les troupes ont installé un "
        "poste d'observation près d'Idleb.",
        "fr",
    )
    assert ids_of(doc, "troupes") == ["tr-military"]
    assert basis_of(doc, "troupes") == "named"


def test_fr_dateline_city_is_not_the_article_country(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "BEYROUTH, 18 mars (Agence) - Les forces gouvernementales ont bombardé samedi un "
        "quartier de Homs, dans le centre de la Syrie, tuant au moins cinq civils.",
        "fr",
    )
    assert ids_of(doc, "forces gouvernementales") == ["sy-military"]
    assert ids_of(doc, "civils") == ["sy-civilians"]


def test_en_dateline_then_the_country_story(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "AMMAN (Agency) - Government forces shelled villages in southern Syria on Tuesday, "
        "residents said.",
        "en",
    )
    assert ids_of(doc, "Government forces") == ["sy-military"]
