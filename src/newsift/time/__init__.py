"""newsift.time: date expressions found, normalised to ISO 8601 and anchored.

* :class:`newsift.time.stage.TimeStage` -- the pipeline stage ("time"): date mentions for
  every article, publication dates inferred when missing.
* :func:`newsift.time.resolve.parse_dates` -- the pure function behind it
  ``(text, lang, anchor) -> list[DateExpr]``, for other stages and tools.
* :func:`newsift.time.infer.infer_anchor` -- a publication date inferred from a text.

Per-language words live in ``newsift/data/time/<lang>.toml`` (en fr de es ru ar).
"""
