"""Fixtures of the events tests: one real nlp stage per session (spaCy loads once)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from helpers import fake_kb, make_doc  # noqa: E402

from newsift.events.stage import EventsStage  # noqa: E402
from newsift.model import Document, Event  # noqa: E402


@pytest.fixture(scope="session")
def nlp_stage():  # noqa: ANN201 - the nlp stage
    pytest.importorskip("spacy")
    from newsift.nlp.stage import NlpStage

    stage = NlpStage()
    stage.setup()
    return stage


@pytest.fixture()
def extra_actors() -> dict[str, dict[str, Any]]:
    """KB entries a test module adds to the stand-in KB (override it in the module)."""
    return {}


@pytest.fixture(autouse=True)
def stand_in_actor_kb(
    monkeypatch: pytest.MonkeyPatch, extra_actors: dict[str, dict[str, Any]]
) -> Iterator[None]:
    """The events rules are tested against a small stand-in actor KB (not the real one)."""
    from newsift.events import actors

    kb = {**fake_kb(), **extra_actors}
    monkeypatch.setattr(actors, "_kb", lambda: kb)
    actors.actor_info.cache_clear()
    yield
    actors.actor_info.cache_clear()


@pytest.fixture(scope="session")
def events_stage() -> EventsStage:
    stage = EventsStage()
    stage.setup()
    return stage


@pytest.fixture()
def process(nlp_stage, events_stage) -> Callable[[Document], list[Event]]:  # noqa: ANN001
    """``process(doc)`` -> the events of a document built with ``make_doc`` (and adjusted)."""

    def run(doc: Document) -> list[Event]:
        nlp_stage.process(doc)
        events_stage.process(doc)
        return doc.events

    return run


@pytest.fixture()
def extract(process: Callable[[Document], list[Event]]) -> Callable[..., list[Event]]:
    """``extract(text, **mentions)`` -> the events of a parsed document."""

    def run(text: str, **kwargs: object) -> list[Event]:
        return process(make_doc(text, **kwargs))  # type: ignore[arg-type]

    return run
