"""The stage interface and the stage registry.

A stage is a small object with one method over documents:

* :class:`DocumentStage` -- ``process(doc) -> doc``; runs in worker processes, one document at
  a time, so it must not keep state across documents (beyond loaded models).
* :class:`CorpusStage` -- ``run(docs) -> docs``; runs in the main process over the stream, for
  work that needs to see several documents (near-duplicates, clustering).

Heavy resources (spaCy models, gazetteers) are loaded in :meth:`Stage.setup`, which the engine
calls once per worker before the first document, never at import time.

Stages are found by name in the registry: built-in names map to ``module:Class`` paths imported
lazily (so ``newsift --version`` never loads spaCy), and plug-ins may add names with
:func:`register` or name a ``module:Class`` directly in the config.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from newsift.model import Document


class Stage(ABC):  # noqa: B024 - base of the two stage kinds
    name: ClassVar[str] = ""

    def __init__(self, **settings: Any) -> None:
        self.settings = settings

    def setup(self) -> None:  # noqa: B027 - optional hook
        """Load heavy resources; called once per worker before the first document."""


class DocumentStage(Stage):
    @abstractmethod
    def process(self, doc: Document) -> Document:
        """Annotate one document in place and return it."""


class CorpusStage(Stage):
    @abstractmethod
    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Annotate a stream of documents; must stream (never hold the whole corpus)."""


BUILTIN_STAGES: dict[str, str] = {
    "clean": "newsift.clean.stage:CleanStage",
    "boilerplate": "newsift.link.boilerplate:RepeatedLinesStage",
    "dedup": "newsift.link.dedup:DedupStage",
    "nlp": "newsift.nlp.stage:NlpStage",
    "actors": "newsift.entities.actors_stage:ActorsStage",
    "places": "newsift.entities.places_stage:PlacesStage",
    "time": "newsift.time.stage:TimeStage",
    "events": "newsift.events.stage:EventsStage",
}

_registered: dict[str, type[Stage]] = {}


class UnknownStageError(LookupError):
    pass


def register(name: str):  # noqa: ANN201 - decorator
    """Class decorator adding a stage under ``name`` (for plug-ins and tests)."""

    def deco(cls: type[Stage]) -> type[Stage]:  # noqa: ANN202
        cls.name = name
        _registered[name] = cls
        return cls

    return deco


def stage_class(name: str) -> type[Stage]:
    """Resolve a stage name (or a ``module:Class`` path) to its class."""
    if name in _registered:
        return _registered[name]
    path = BUILTIN_STAGES.get(name, name)
    if ":" not in path:
        known = ", ".join(sorted({*BUILTIN_STAGES, *_registered}))
        raise UnknownStageError(f"unknown stage {name!r} (known: {known})")
    module, _, attr = path.partition(":")
    try:
        cls = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise UnknownStageError(f"cannot load stage {name!r} from {path}: {exc}") from exc
    if not (isinstance(cls, type) and issubclass(cls, Stage)):
        raise UnknownStageError(f"{path} is not a Stage")
    if not cls.name:
        cls.name = name
    return cls


def build_stage(name: str, settings: dict[str, Any] | None = None) -> Stage:
    return stage_class(name)(**(settings or {}))
