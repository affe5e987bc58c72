"""Fixtures the actor tests share: the NLP and actors stages, loaded once per module (a test
module that defines its own `nlp` or `actors` fixture overrides these)."""

from __future__ import annotations

import pytest

from newsift.entities.actors_stage import ActorsStage
from newsift.nlp.stage import NlpStage


@pytest.fixture(scope="module")
def nlp() -> NlpStage:
    """The NLP stage (spaCy models), loaded once per test module."""
    pytest.importorskip("spacy")
    st = NlpStage()
    st.setup()
    return st


@pytest.fixture(scope="module")
def actors() -> ActorsStage:
    """The actors stage, loaded once per test module."""
    st = ActorsStage()
    st.setup()
    return st
