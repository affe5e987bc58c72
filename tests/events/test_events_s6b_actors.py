"""Actor1 classes (session 6, wave B), through the whole pipeline on sentences written for
these tests:

- the Peshmerga in Kurdish/Turkish spellings ("Peşmerge", "pêşmerge") are the KRG's Peshmerga.
"""

from __future__ import annotations

import functools

import pytest

PESH = "Peshmerga (Kurdistan Regional Government)"


def _real_kb():  # noqa: ANN202 - whatever the actors stage loads
    from newsift.entities.actors import load_actor_kb

    return load_actor_kb()


@pytest.fixture(scope="module")
def run():  # noqa: ANN201 - a callable text -> event dicts
    pytest.importorskip("spacy")
    from newsift.config import default_toml
    from newsift.events import actors
    from newsift.model import Document, content_id
    from newsift.stage import DocumentStage, build_stage

    conf = default_toml()
    stages = []
    for name in conf.get("pipeline", {}).get("stages", []):
        stage = build_stage(name, conf.get("stages", {}).get(name) or {})
        stage.setup()
        stages.append(stage)
    saved = actors._kb
    actors._kb = functools.cache(_real_kb)
    actors.actor_info.cache_clear()

    def go(text: str) -> list[dict]:
        doc = Document(
            doc_id=content_id(text.encode()),
            source="t.txt",
            external_id="t.txt",
            format="txt",
            text=text,
        )
        docs = [doc]
        for stage in stages:
            docs = (
                [stage.process(d) for d in docs]
                if isinstance(stage, DocumentStage)
                else list(stage.run(docs))
            )
        return [e.to_dict() for e in docs[0].events]

    yield go
    actors._kb = saved
    actors.actor_info.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        "ERBIL, 8 août 2014 - Les Peşmerge ont repris jeudi le contrôle de Makhmour.",
        "ERBIL, 8 août 2014 - Jeudi, les combattants pêşmerge ont repris Makhmour aux jihadistes.",
        "ERBIL, Aug. 8, 2014 - Peshmerge units retook Makhmour on Thursday.",
        "ERBIL, 8 août 2014 - Les pechmerga ont reconquis Makhmour jeudi.",
    ],
)
def test_peshmerga_spellings(run, text: str) -> None:  # noqa: ANN001
    events = run(text)
    assert events, "the retaking is an event"
    assert events[0]["actor1"] == PESH


def test_peshmerga_near_miss(run) -> None:  # noqa: ANN001
    text = "BAGDAD, 8 août 2014 - L'armée irakienne a repris jeudi le contrôle de Samarra."
    assert all(e.get("actor1") != PESH for e in run(text))
