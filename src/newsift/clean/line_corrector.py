"""The learned line corrector: the clean stage's last pass over a plain dump's line kinds.

Why: the rules are near perfect on the layouts they were tuned on and err on new ones
(0.89 line accuracy on sets they had not seen). A gradient-boosted classifier over generic
per-line features (``line_features.py``), trained on the rules' outputs on every tuned set --
both the outputs of the rules as they were before each set existed ("fresh": the errors of an
unseen layout) and today's -- and allowed to overturn the rule kind only when it is very sure
(p > threshold), gained out of sample (leave one set out, and on four then-blind sets) and
changes almost nothing on the tuned sets' current outputs. It changes KINDS only: never an
article number or boundary (a line turned title/body/meta keeps its article, else its nearest
article line's).

Training data: ``data/clean/line_table.tsv`` (features and gold kind per line; no text), built
by ``examples/tools/build_line_table.py``. The model is trained at the stage's setup with
scikit-learn (fixed random_state: deterministic) and exported to plain arrays
(:class:`newsift.treearrays.TreeModel`); prediction is numpy alone. With a cache directory the
arrays are saved as one ``.npz`` (no pickle) keyed by the table's bytes, the model settings and
the scikit-learn version (``treearrays.cached_model``), so a worker with a cached model never
imports scikit-learn.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsift.clean.line_features import correct_labels, doc_features, feature_names, kind_of
from newsift.treearrays import FORMAT as ARRAYS_FORMAT
from newsift.treearrays import TreeModel, cached_model, sklearn_version

if TYPE_CHECKING:
    from newsift.clean.lines import Line
    from newsift.clean.segmenter import Labelled

FORMAT = "newsift-line-corrector-2"  # -2: the arrays of newsift.treearrays
TABLE = "line_table.tsv"
# The changes made by default: those right far more often than wrong when the model was tested
# leave-one-set-out on fresh rule outputs and harmless on the tuned sets' current ones
# (examples/tools/build_line_table.py --loso; see the stage settings in default.toml).
# (comment->boiler and body->meta were right more often than wrong too, but they took a
# thread's user-name lines for chrome and a "Posted by" byline for meta on layouts the rules
# read right: left out.)
DEFAULT_CHANGES = ("body->boiler", "boiler->meta", "body->comment", "boiler->comment")
PARAMS: dict[str, Any] = {
    "max_iter": 150,
    "learning_rate": 0.08,
    "max_leaf_nodes": 15,
    "min_samples_leaf": 20,
    "l2_regularization": 1.0,
    "class_weight": "balanced",
    "random_state": 0,
}


def table_bytes() -> bytes:
    """The shipped training table."""
    return files("newsift.data.clean").joinpath(TABLE).read_bytes()


def read_table(raw: bytes) -> tuple[list[str], Any, list[str], list[str]]:
    """(feature columns, X, gold kinds, set of each row) of a training table.

    Format: ``#`` comment lines, then a tab-separated header ``set regime kind <features...>``
    and one row per non-blank line of a tuned set's document."""
    import numpy as np

    rows = [ln for ln in raw.decode("utf-8").splitlines() if ln and not ln.startswith("#")]
    head = rows[0].split("\t")
    cols = head[3:]
    sets, kinds, vals = [], [], []
    for ln in rows[1:]:
        parts = ln.split("\t")
        sets.append(parts[0])
        kinds.append(parts[2])
        vals.append([float(v) for v in parts[3:]])
    return cols, np.asarray(vals, dtype=float).reshape(len(vals), len(cols)), kinds, sets


def fit_sklearn(x: Any, y: list[str]) -> Any:
    """The scikit-learn model (HistGradientBoosting, class-weighted, random_state 0)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(**PARAMS).fit(x, y)


def cache_key(raw: bytes) -> str:
    """The table's bytes, the model settings, the format and the scikit-learn version."""
    head = f"{FORMAT}|{ARRAYS_FORMAT}|{sklearn_version()}|{sorted(PARAMS.items())}"
    h = hashlib.sha256(head.encode())
    h.update(raw)
    return h.hexdigest()[:24]


def train(raw: bytes | None = None) -> TreeModel:
    """Fit on a training table (the shipped one by default) and export the arrays."""
    raw = table_bytes() if raw is None else raw
    cols, x, y, _sets = read_table(raw)
    return TreeModel.from_sklearn(fit_sklearn(x, y), cols)


def load_model(cache_dir: str | Path | None = None) -> TreeModel:
    """The corrector: from the cache when it holds this table's model, else trained (and cached
    when ``cache_dir`` is set; an unwritable cache only costs the next run a training)."""
    raw = table_bytes()
    model = cached_model(
        cache_dir, "linecorr", cache_key(raw), TreeModel.load, lambda: train(raw), TreeModel.save
    )
    if model is None:  # train() always gives one
        raise RuntimeError("the line corrector could not be trained")
    return model


def features_for(model: TreeModel, lines: list[str], rule: list[str]) -> tuple[Any, list[int]]:
    """Feature rows in the model's column order (a column the code no longer computes is 0)."""
    import numpy as np

    x, idx = doc_features(lines, rule)
    names = feature_names()
    pos = {n: c for c, n in enumerate(names)}
    out = np.zeros((len(idx), len(model.columns)), dtype=float)
    for c, name in enumerate(model.columns):
        if name in pos:
            out[:, c] = x[:, pos[name]]
    return out, idx


def corrected(
    model: TreeModel,
    lines: list[str],
    rule: list[str],
    threshold: float,
    allow: Collection[str] | None = None,
) -> list[str]:
    """The rule labels of a document's lines after the corrector (same label format); ``allow``
    limits the changes made ("body->boiler", ...; None: any but to or from a title)."""
    x, idx = features_for(model, lines, rule)
    if not idx:
        return list(rule)
    return correct_labels(rule, idx, model.predict_proba(x), model.classes, threshold, allow=allow)


def rule_labels(lines: list[Line], lab: Labelled) -> list[str]:
    """The Labelled's kinds as line labels ("body:1", "boiler", "comment", "none"), as the
    segment evaluation reads them off the tiled segments (a non-blank line labelled empty joins
    the run before it)."""
    out: list[str] = []
    prev = "none"
    for i, ln in enumerate(lines):
        kind = lab.kinds[i]
        if not ln.text:
            out.append("none")
            continue
        if kind == "empty":
            out.append(prev)
            continue
        if kind in ("title", "body", "meta"):
            label = f"{kind}:{lab.arts[i]}"
        elif kind == "boilerplate":
            label = "boiler"
        else:
            label = kind
        out.append(label)
        prev = label
    return out


def relabel(
    text: str,
    lines: list[Line],
    lab: Labelled,
    model: TreeModel,
    threshold: float,
    allow: Collection[str] | None = None,
) -> int:
    """Overturn the line kinds the model is sure the rules got wrong; returns how many changed.

    Never empties an article of its body (its flips are undone), never renumbers an article;
    an article whose title line changed kind loses the title, one without a title gains a line
    the model makes its title."""
    raw_lines = [text[ln.start : ln.end] for ln in lines]
    before = rule_labels(lines, lab)
    after = corrected(model, raw_lines, before, threshold, allow)
    changed = [i for i in range(len(lines)) if after[i] != before[i] and lines[i].text]
    if not changed:
        return 0
    kinds, arts = list(lab.kinds), list(lab.arts)
    for i in changed:
        kind = kind_of(after[i])
        if kind in ("title", "body", "meta"):
            kinds[i], arts[i] = kind, int(after[i].split(":", 1)[1])
        else:
            kinds[i], arts[i] = ("boilerplate" if kind == "boiler" else kind), None
    # an article left without body keeps the rules' labels
    kept = {a for k, a in zip(kinds, arts, strict=True) if k == "body"}
    undo = {
        i
        for i in changed
        if (lab.arts[i] is not None and lab.arts[i] not in kept)
        or (arts[i] is not None and arts[i] not in kept)
    }
    changed = [i for i in changed if i not in undo]
    for i in undo:
        kinds[i], arts[i] = lab.kinds[i], lab.arts[i]
    if not changed:
        return 0
    lab.kinds[:], lab.arts[:] = kinds, arts
    _fix_comment_starts(lines, lab, changed)
    by_k = {a.k: a for a in lab.articles}
    for i in changed:
        for a in lab.articles:
            if a.title_line == i and kinds[i] != "title":
                a.title_line = None
        k = arts[i]
        if kinds[i] == "title" and k is not None and k in by_k and by_k[k].title_line is None:
            by_k[k].title_line = i
    return len(changed)


def _fix_comment_starts(lines: list[Line], lab: Labelled, changed: list[int]) -> None:
    """A line turned comment after a non-comment line opens a comment; one turned something
    else hands its opening to the comment line after it."""
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    at = {i: j for j, i in enumerate(nonblank)}
    for i in changed:
        j = at[i]
        prev_kind = lab.kinds[nonblank[j - 1]] if j > 0 else None
        if lab.kinds[i] == "comment":
            if prev_kind != "comment":
                lab.comment_starts.add(i)
        else:
            was_start = i in lab.comment_starts
            lab.comment_starts.discard(i)
            if j + 1 < len(nonblank):
                nxt = nonblank[j + 1]
                if lab.kinds[nxt] == "comment" and (was_start or prev_kind != "comment"):
                    lab.comment_starts.add(nxt)
