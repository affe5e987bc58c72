"""Actor1 classes (session 6, wave B), through the whole pipeline on sentences written for
these tests:

- a hand-over told by the leaver's verb in a relative clause on the place another side moves
  into ("entrées à X, que les Peshmerga venaient d'évacuer", "moved into X, which the YPG had
  abandoned"): actor1 is the side taking over, the leaver actor2; a speech verb's "que" clause
  ("a affirmé que les Peshmerga avaient évacué X") is no such relative;
- the Peshmerga in Kurdish/Turkish spellings ("Peşmerge", "pêşmerge") are the KRG's Peshmerga.
"""

from __future__ import annotations

import functools

import pytest

PESH = "Peshmerga (Kurdistan Regional Government)"
NVT = "Non-violent transfer of territory"
TERRITORY = (NVT, "Government regains territory", "Non-state actor overtakes territory")


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
    ("text", "taker", "leaver"),
    [
        (
            "KIRKOUK, 17 octobre 2017 - Mardi, les unités de l'armée et du Hachd sont entrées à "
            "Dibis, que les Peshmerga venaient d'évacuer, sans un coup de feu.",
            "Military Forces of Iraq",
            PESH,
        ),
        (
            "KIRKOUK, 17 octobre 2017 - Mardi soir, les soldats irakiens sont entrés à Dibis, que "
            "les Peshmerga avaient quittée dans la journée.",
            "Military Forces of Iraq",
            PESH,
        ),
    ],
)
def test_left_place_taker_is_actor1(run, text: str, taker: str, leaver: str) -> None:  # noqa: ANN001
    moves = [e for e in run(text) if e.get("sub_event_type") in TERRITORY]
    assert moves, "the hand-over is an event"
    assert all(e["actor1"] == taker for e in moves)
    assert all(e.get("actor2") in (leaver, None) for e in moves)


def test_speech_que_is_not_a_relative_on_the_place(run) -> None:  # noqa: ANN001
    text = (
        "KIRKOUK, 17 octobre 2017 - L'armée irakienne a affirmé mardi que les Peshmerga avaient "
        "évacué Dibis sans combattre."
    )
    assert all(
        e.get("actor1") != "Military Forces of Iraq" or e.get("sub_event_type") != NVT
        for e in run(text)
    )


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
