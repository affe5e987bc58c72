"""Trees as plain arrays and the model cache (newsift.treearrays), shared by the line corrector
and the event vetter: raw scores equal to scikit-learn's bit for bit (binary and multiclass,
missing values included), a file round trip, damaged files refused, and the cache's
read / retrain / prune rules."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pytest

from newsift.treearrays import STALE_CACHE_SECONDS, TreeModel, cached_model

sk = pytest.importorskip("sklearn.ensemble")


def _data(classes: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(300, 4))
    x[rng.random(x.shape) < 0.15] = np.nan  # missing values take each node's learned side
    if classes == 2:
        y = np.where(np.nan_to_num(x[:, 0]) + 0.3 * np.nan_to_num(x[:, 2]) > 0, "yes", "no")
    else:
        y = np.where(x[:, 0] > 0.4, "a", np.where(x[:, 1] > 0, "b", "c"))
    return x, y


@pytest.mark.parametrize("classes", [2, 3])
def test_scores_are_sklearns_and_survive_a_file(classes: int, tmp_path: Path) -> None:
    x, y = _data(classes)
    clf = sk.HistGradientBoostingClassifier(max_iter=25, random_state=0).fit(x, y)
    tm = TreeModel.from_sklearn(clf, ["w", "x", "y", "z"], {"note": [1, 2]})
    assert np.array_equal(tm.decision(x), clf._raw_predict(x))  # same floats, same order
    p = tm.predict_proba(x)
    assert p.shape == (len(x), classes) and np.allclose(p, clf.predict_proba(x), atol=1e-12)
    assert tm.classes == [str(c) for c in clf.classes_]
    path = tmp_path / "m.npz"
    tm.save(path)
    back = TreeModel.load(path)
    assert back.columns == ["w", "x", "y", "z"] and back.info == {"note": [1, 2]}
    assert np.array_equal(back.predict_proba(x), p)
    assert back.predict_proba(x[:0]).shape == (0, classes)


def test_damaged_or_foreign_files_are_refused(tmp_path: Path) -> None:
    x, y = _data(2)
    clf = sk.HistGradientBoostingClassifier(max_iter=5, random_state=0).fit(x, y)
    path = tmp_path / "m.npz"
    TreeModel.from_sklearn(clf, list("abcd")).save(path)
    good = path.read_bytes()
    foreign = tmp_path / "other.npz"
    np.savez(foreign, meta=np.frombuffer(b'{"format": "something-else"}', dtype=np.uint8))
    for damage in (b"", b"not a zip at all", good[: len(good) // 2]):
        path.write_bytes(damage)
        with pytest.raises(ValueError):
            TreeModel.load(path)
    with pytest.raises(ValueError):
        TreeModel.load(foreign)


class _Box:
    """A stand-in model: one number, saved as text."""

    def __init__(self, n: int) -> None:
        self.n = n

    def save(self, path: Path) -> None:
        path.write_text(str(self.n))

    @classmethod
    def load(cls, path: Path) -> _Box:
        return cls(int(path.read_text()))  # ValueError on a damaged file


def test_cache_reads_retrains_damaged_and_prunes(tmp_path: Path) -> None:
    calls: list[int] = []

    def train() -> _Box:
        calls.append(1)
        return _Box(41 + len(calls))

    def get(key: str = "k1") -> _Box | None:
        return cached_model(
            tmp_path, "box", key, _Box.load, train, _Box.save, legacy=("box-*.pkl",)
        )

    stale = tmp_path / "box-old-version.npz"
    fresh = tmp_path / "box-other-checkout.npz"
    legacy = tmp_path / "box-pickled.pkl"
    unrelated = tmp_path / "typer-old.npz"
    for f in (stale, fresh, legacy, unrelated):
        f.write_text("x")
    old = time.time() - STALE_CACHE_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(unrelated, (old, old))
    first = get()
    assert first is not None and first.n == 42 and len(calls) == 1
    assert (tmp_path / "box-k1.npz").read_text() == "42"
    assert not stale.exists() and not legacy.exists()  # another key, unused a week; old format
    assert fresh.exists() and unrelated.exists()  # maybe in use; another model's file
    assert not list(tmp_path.glob("*.tmp"))
    again = get()
    assert again is not None and again.n == 42 and len(calls) == 1  # read, not retrained
    (tmp_path / "box-k1.npz").write_text("garbage")
    mended = get()
    assert mended is not None and mended.n == 43 and len(calls) == 2
    assert (tmp_path / "box-k1.npz").read_text() == "43"  # rewritten whole


def test_cache_without_dir_unwritable_or_nothing_to_train(tmp_path: Path) -> None:
    assert cached_model(None, "box", "k", _Box.load, lambda: _Box(1), _Box.save).n == 1
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    got = cached_model(blocker / "sub", "box", "k", _Box.load, lambda: _Box(2), _Box.save)
    assert got is not None and got.n == 2  # an unwritable cache costs only a training
    assert cached_model(tmp_path, "box", "k", _Box.load, lambda: None, _Box.save) is None
    assert not list(tmp_path.glob("box-*"))
