"""A people's fighters named by the people only ("les forces kurdes", "the Kurds", "Kurdish
fighters") are the people's armed force of the article's country (``[people_forces]`` of
context.toml: the YPG in Syria, the Peshmerga in Iraq); a Kurdish person or population is no
actor. Sentences written for these tests."""

from __future__ import annotations

from actor_docs import run

from newsift.entities.actors_stage import ActorsStage
from newsift.model import Document
from newsift.nlp.stage import NlpStage


def ids(doc: Document) -> list[tuple[str, str | None]]:
    return [(m.text, m.kb_id) for m in doc.mentions if m.kind == "actor"]


def kurdish(doc: Document) -> list[str | None]:
    return [m.kb_id for m in doc.mentions if m.kind == "actor" and "urd" in m.text]


def test_fr_kurdish_forces_in_syria_are_the_ypg(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "À Hassaké, dans le nord-est de la Syrie, l'agence officielle a accusé lundi les "
        "forces kurdes d'avoir enlevé des employés de la province syrienne.",
        "fr",
    )
    assert kurdish(doc) == ["sy-ypg"], ids(doc)


def test_fr_the_kurds_repelled_in_syria(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "Les Kurdes ont repoussé vendredi un assaut près de Qamichli, en Syrie, où l'armée "
        "syrienne tient encore l'aéroport.",
        "fr",
    )
    assert kurdish(doc) == ["sy-ypg"], ids(doc)


def test_en_kurdish_fighters_in_iraq_are_the_peshmerga(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "Kurdish fighters clashed with Iraqi troops near Altun Kupri, north of Kirkuk in Iraq, "
        "on Monday, as Baghdad pressed its claim over the Iraqi province.",
        "en",
    )
    assert kurdish(doc) == ["krg-peshmerga"], ids(doc)


def test_en_the_kurds_withdrew_in_iraq(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "The Kurds withdrew from Sinjar in northern Iraq on Tuesday, and Iraqi forces moved "
        "in without a fight.",
        "en",
    )
    assert kurdish(doc) == ["krg-peshmerga"], ids(doc)


def test_near_miss_a_kurdish_person_or_people_is_no_actor(
    nlp: NlpStage, actors: ActorsStage
) -> None:
    doc = run(
        nlp,
        actors,
        "Un commandant kurde a déclaré que la population kurde de Syrie attendait la fin "
        "des combats.",
        "fr",
    )
    assert kurdish(doc) == [], ids(doc)


def rebels(doc: Document) -> list[str | None]:
    return [
        m.kb_id
        for m in doc.mentions
        if m.kind == "actor" and m.kb_id in ("sy-sna", "sy-opposition")
    ]


def test_en_turkish_backed_fighters_unnamed_are_the_opposition(
    nlp: NlpStage, actors: ActorsStage
) -> None:
    doc = run(
        nlp,
        actors,
        "Turkish-backed groups captured the village of Rajo in northern Syria on Saturday.",
        "en",
    )
    assert rebels(doc) == ["sy-opposition"], ids(doc)


def test_fr_pro_turkish_rebels_unnamed_are_the_opposition(
    nlp: NlpStage, actors: ActorsStage
) -> None:
    doc = run(
        nlp,
        actors,
        "Samedi, de violents accrochages ont opposé les rebelles pro-turcs aux combattants "
        "kurdes près de Jarablus, en Syrie.",
        "fr",
    )
    assert rebels(doc) == ["sy-opposition"], ids(doc)


def test_near_miss_the_named_national_army_stays_itself(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "The Turkish-backed Syrian National Army said on Sunday it had entered Tal Abyad in Syria.",
        "en",
    )
    assert rebels(doc) == ["sy-sna"], ids(doc)
