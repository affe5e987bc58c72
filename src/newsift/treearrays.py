"""Gradient-boosted trees as plain arrays, and the on-disk cache of fitted models.

Why: the clean stage's line corrector (multiclass) and the events stage's vetter (binary) both
train a scikit-learn HistGradientBoostingClassifier at setup and predict with numpy alone, so
that a worker with a cached model never imports scikit-learn (~180 MB). They shared the export,
the prediction walk, the ``.npz`` format and the "cached, else trained, then written under a
temporary name and renamed" dance, each in its own copy; this top-level module holds them once
(clean and events do not import each other). Each user keeps only its own feature encoding.

:class:`TreeModel` sums the trees in scikit-learn's order (baseline, then every iteration's
tree in turn), so its raw scores are scikit-learn's bit for bit; probabilities are a sigmoid
(two classes, one tree per iteration) or a softmax (more classes, one tree per class and
iteration). Saved as one ``.npz`` (``allow_pickle=False``): the node arrays and a JSON header.
numpy is imported inside functions so that importing this module is cheap.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

FORMAT = "newsift-treearrays-1"
STALE_CACHE_SECONDS = 7 * 24 * 3600  # another key's cached model is kept this long unused
_ARRAYS = (
    "baseline",
    "tree_class",
    "starts",
    "feature",
    "threshold",
    "missing_left",
    "left",
    "right",
    "leaf",
    "value",
)

T = TypeVar("T")


@dataclass(slots=True)
class TreeModel:
    """A fitted gradient-boosted classifier as plain arrays (every tree's nodes, concatenated).

    ``starts``/``tree_class`` give each tree's first node and the score column it adds to
    (trees in scikit-learn's order: iteration by iteration, class by class); nodes hold
    feature, threshold, missing-goes-left, children (indexes within the tree), is-leaf and leaf
    value. ``columns`` names the input columns; ``info`` is the user's own JSON metadata (a
    vocabulary, ...), saved with the arrays."""

    columns: list[str]
    classes: list[str]
    baseline: Any  # (n_scores,) raw score before the trees: 1 for two classes, else n_classes
    tree_class: Any  # (n_trees,)
    starts: Any  # (n_trees,)
    feature: Any
    threshold: Any
    missing_left: Any
    left: Any
    right: Any
    leaf: Any
    value: Any
    info: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_sklearn(
        cls, model: Any, columns: list[str], info: dict[str, Any] | None = None
    ) -> TreeModel:
        """Export a fitted HistGradientBoostingClassifier (numeric features only)."""
        import numpy as np

        starts, tree_class, parts = [], [], []
        offset = 0
        for per_iter in model._predictors:  # noqa: SLF001 - exported once, to plain arrays
            for c, pred in enumerate(per_iter):
                starts.append(offset)
                tree_class.append(c)
                parts.append(pred.nodes)
                offset += len(pred.nodes)
        nodes = np.concatenate(parts)
        base = np.asarray(model._baseline_prediction, dtype=np.float64).ravel()  # noqa: SLF001
        classes = [str(c) for c in model.classes_]
        if len(base) != (1 if len(classes) == 2 else len(classes)):
            raise ValueError("unexpected baseline shape")
        return cls(
            columns=list(columns),
            classes=classes,
            baseline=base,
            tree_class=np.asarray(tree_class, dtype=np.int64),
            starts=np.asarray(starts, dtype=np.int64),
            feature=nodes["feature_idx"].astype(np.int64),
            threshold=nodes["num_threshold"].astype(np.float64),
            missing_left=nodes["missing_go_to_left"].astype(bool),
            left=nodes["left"].astype(np.int64),
            right=nodes["right"].astype(np.int64),
            leaf=nodes["is_leaf"].astype(bool),
            value=nodes["value"].astype(np.float64),
            info=dict(info or {}),
        )

    def leaves(self, x: Any) -> Any:
        """The leaf value each tree gives each row: (n_trees, n_rows). Every tree at once, one
        level down per loop (a Python loop per tree cost ~60 ms a document for ~750 trees)."""
        import numpy as np

        n = len(x)
        rows = np.arange(n)[None, :]
        node = np.zeros((len(self.starts), n), dtype=np.int64)
        starts = self.starts[:, None]
        while n:
            g = starts + node
            live = ~self.leaf[g]
            if not live.any():
                break
            vals = x[rows, self.feature[g]]
            go_left = np.where(np.isnan(vals), self.missing_left[g], vals <= self.threshold[g])
            node = np.where(live, np.where(go_left, self.left[g], self.right[g]), node)
        return self.value[starts + node]

    def decision(self, x: Any) -> Any:
        """Raw scores (n_rows, n_scores): the baseline plus each tree's leaf, added one tree
        after another as scikit-learn does (so the floats are its own)."""
        import numpy as np

        x = np.asarray(x, dtype=np.float64)
        leaves = self.leaves(x)
        raw = np.empty((len(x), len(self.baseline)), dtype=np.float64)
        for c, base in enumerate(self.baseline):
            mine = leaves[self.tree_class == c]
            # a reduction over axis 0 adds row after row: base + t0 + t1 + ... in tree order
            stacked = np.concatenate([np.full((1, len(x)), base), mine], axis=0)
            raw[:, c] = np.add.reduce(stacked, axis=0)
        return raw

    def predict_proba(self, x: Any) -> Any:
        """Class probabilities (n_rows, n_classes), columns in ``self.classes`` order."""
        import numpy as np

        raw = self.decision(x)
        if len(self.classes) == 2:
            p = 1.0 / (1.0 + np.exp(-raw[:, 0]))
            return np.stack([1.0 - p, p], axis=1)
        raw -= raw.max(axis=1, keepdims=True)
        e = np.exp(raw)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: str | Path) -> None:
        """One ``.npz`` at ``path`` (arrays and a JSON header; nothing pickled)."""

        meta = {
            "format": FORMAT,
            "columns": self.columns,
            "classes": self.classes,
            "info": self.info,
        }
        write_npz(path, meta, {k: getattr(self, k) for k in _ARRAYS})

    @classmethod
    def load(cls, path: str | Path) -> TreeModel:
        """A saved model; ValueError when the file is damaged, truncated or another format."""
        meta, z = read_npz(path, FORMAT)
        try:
            arrays = {k: z[k] for k in _ARRAYS}
            model = cls(
                columns=[str(c) for c in meta["columns"]],
                classes=[str(c) for c in meta["classes"]],
                info=dict(meta.get("info") or {}),
                **arrays,
            )
        except (KeyError, TypeError, AttributeError) as exc:  # a header or array missing
            raise ValueError(str(exc)) from exc
        n_nodes, n_trees = len(model.value), len(model.starts)
        if (
            len(model.classes) < 2
            or len(model.baseline) != (1 if len(model.classes) == 2 else len(model.classes))
            or len(model.tree_class) != n_trees
            or any(len(getattr(model, k)) != n_nodes for k in _ARRAYS[3:])
        ):
            raise ValueError("array shapes")
        return model


def write_npz(path: str | Path, meta: dict[str, Any], arrays: dict[str, Any]) -> None:
    """One ``.npz`` at ``path``: the arrays and ``meta`` as a JSON header (nothing pickled)."""
    import numpy as np

    head = {"meta": np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)}
    with open(path, "wb") as fh:
        np.savez(fh, **head, **arrays)


def read_npz(path: str | Path, fmt: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The JSON header and the arrays of a file :func:`write_npz` wrote with ``meta["format"]
    == fmt``; ValueError when it is damaged, truncated or of another format."""
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(bytes(z["meta"]).decode())
            arrays = {k: z[k] for k in z.files if k != "meta"}
    except Exception as exc:  # zip, JSON, key, decoding errors: all one damaged file
        raise ValueError(str(exc)) from exc
    if not isinstance(meta, dict) or meta.get("format") != fmt:
        raise ValueError(f"not a {fmt} file")
    return meta, arrays


def sklearn_version() -> str:
    """The installed scikit-learn's version, from its metadata: importing it costs ~180 MB."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("scikit-learn")
    except PackageNotFoundError:
        return "none"


def cached_model(
    cache_dir: str | Path | None,
    prefix: str,
    key: str,
    load: Callable[[Path], T],
    train: Callable[[], T | None],
    save: Callable[[T, Path], None],
    *,
    legacy: tuple[str, ...] = (),
    stale_seconds: float = STALE_CACHE_SECONDS,
) -> T | None:
    """``cache_dir/prefix-key.npz`` read by ``load`` when it is there and sound, else
    ``train()`` (None: nothing to cache) written by ``save`` under a temporary name, then
    renamed (workers may race: each writes its own file, the last rename wins). A damaged file
    (``load`` raises ValueError/OSError) is retrained and rewritten; an unwritable cache only
    costs the next run a training. Reading a file marks it in use; after a write, the
    ``prefix-*`` files of other keys unused for ``stale_seconds`` (another newsift sharing the
    cache may be loading a recent one now) and the ``legacy`` globs (older formats) go."""
    cache = Path(cache_dir).expanduser() / f"{prefix}-{key}.npz" if cache_dir else None
    if cache is not None and cache.exists():
        try:
            model = load(cache)
        except (ValueError, OSError):
            pass
        else:
            with contextlib.suppress(OSError):
                os.utime(cache)
            return model
    model = train()
    if model is None or cache is None:
        return model
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.stem}.{os.getpid()}.tmp")
        save(model, tmp)
        tmp.replace(cache)
        for pattern in legacy:
            for old in cache.parent.glob(pattern):
                old.unlink(missing_ok=True)
    except OSError:
        return model
    now = time.time()
    for old in cache.parent.glob(f"{prefix}-*"):
        with contextlib.suppress(OSError):  # another process may remove it first
            if old != cache and now - old.stat().st_mtime > stale_seconds:
                old.unlink(missing_ok=True)
    return model
