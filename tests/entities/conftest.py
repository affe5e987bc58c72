"""Fixtures the entity tests share: the NLP, actors and places stages, loaded once per module (a
test module that defines its own `nlp`, `actors` or `places` fixture overrides these)."""

from __future__ import annotations

import pytest

from newsift.entities.actors_stage import ActorsStage
from newsift.entities.places_stage import PlacesStage
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


@pytest.fixture(scope="module")
def places() -> PlacesStage:
    """The places stage (gazetteer), loaded once per test module."""
    st = PlacesStage()
    st.setup()
    return st
