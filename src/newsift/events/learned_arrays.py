"""The learned typer as plain arrays: prediction without scikit-learn.

Why: a pipeline worker that unpickled the scikit-learn pipeline imported scikit-learn (about
180 MB of resident memory) and held float64 coefficients, only to compute a sparse dot product
and a sigmoid. Training still uses scikit-learn (:class:`newsift.events.learned.LearnedTyper`);
:meth:`ArrayTyper.from_sklearn` then exports what prediction needs -- each TF-IDF part's
vocabulary, idf weights and analyser settings, the linear SVM coefficients and intercepts of
every calibrated classifier and their sigmoid parameters -- and this module reimplements the
vectorisers' ``transform``, the SVM's ``decision_function`` and the calibrated ``predict_proba``
with numpy alone. Coefficients are kept as float32 (probabilities move by about 1e-8; the argmax
label is unchanged on every training sentence and case4 snippet), the rest as float64. The
vocabulary is a sorted array of UTF-8 terms searched with ``searchsorted`` (about 1.6 MB for
84k terms, where a dict of strings takes about 12 MB), exact since each hit is compared whole.

Saved as one ``.npz`` file (no pickle: ``allow_pickle=False``) holding the arrays and a JSON
header (``meta``: format, classes, analyser settings), so that a cache file is written and
renamed in one step. numpy is imported inside functions so that importing this module is cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsift.events.learned import normalise
from newsift.treearrays import read_npz, write_npz

FORMAT = "newsift-typer-arrays-1"
_WHITE_SPACES = re.compile(r"\s\s+")  # what scikit-learn's char analysers collapse


class CacheError(ValueError):
    """A saved typer that cannot be read back (damaged, truncated, another format)."""


@dataclass(slots=True)
class Part:
    """One TF-IDF vectoriser: its analyser settings, vocabulary and idf weights."""

    analyzer: str  # "word" or "char_wb"
    ngram_range: tuple[int, int]
    token_pattern: str
    sublinear_tf: bool
    norm: str | None
    terms: Any  # the vocabulary: UTF-8 terms, sorted bytes (numpy "S" array, ~1.6 MB
    cols: Any  # where a dict of 84k strings takes ~12 MB); int32 column of each term
    idf: Any  # float64 array, one weight per column (None: no idf)
    offset: int = 0  # the part's first column in the union

    def __len__(self) -> int:
        return len(self.terms)

    @staticmethod
    def sorted_vocabulary(vocab: dict[str, int]) -> tuple[Any, Any]:
        """A vocabulary dict as sorted UTF-8 terms and their columns (for searchsorted)."""
        import numpy as np

        enc = [t.encode("utf-8") for t in vocab]
        if any(not t or t.endswith(b"\0") for t in enc):  # numpy "S" drops trailing NULs
            raise ValueError("a term numpy cannot store")
        terms = np.array(enc)
        cols = np.fromiter(vocab.values(), dtype=np.int32, count=len(vocab))
        order = np.argsort(terms, kind="stable")
        return terms[order], cols[order]

    def lookup(self, terms: list[str]) -> Any:
        """The column of each term (-1 when not in the vocabulary)."""
        import numpy as np

        if not terms or not len(self.terms):
            return np.full(len(terms), -1, dtype=np.int64)
        # one encode for the batch: a normalised text's n-grams hold no newline
        enc = "\n".join(terms).encode("utf-8").split(b"\n")
        if len(enc) != len(terms):
            enc = [t.encode("utf-8") for t in terms]
        q = np.array(enc)
        pos = np.searchsorted(self.terms, q)
        pos[pos == len(self.terms)] = 0
        return np.where(self.terms[pos] == q, self.cols[pos], -1).astype(np.int64)

    def ngrams(self, norm_text: str, memo: dict[str, list[str]] | None = None) -> list[str]:
        """The n-grams scikit-learn's analyser makes of an already normalised text (``memo``:
        a word's character n-grams, kept across the texts of a batch)."""
        lo, hi = self.ngram_range
        if self.analyzer == "word":
            tokens = re.findall(self.token_pattern, norm_text)
            out = list(tokens) if lo == 1 else []
            for n in range(max(lo, 2), min(hi + 1, len(tokens) + 1)):
                out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
            return out
        memo = {} if memo is None else memo
        out = []
        for word in _WHITE_SPACES.sub(" ", norm_text).split():
            grams = memo.get(word)
            if grams is None:
                w = f" {word} "
                w_len = len(w)
                grams = []
                for n in range(lo, hi + 1):
                    if w_len <= n:  # a word as short as n or shorter counts once, whole
                        grams.append(w)
                        break
                    grams.extend([w[i : i + n] for i in range(w_len - n + 1)])
                memo[word] = grams
            out.extend(grams)
        return out

    def rows(self, norm_texts: list[str]) -> list[tuple[Any, Any]]:
        """Column indices (in the union) and TF-IDF values of each normalised text; one
        vocabulary lookup for the whole batch."""
        memo: dict[str, list[str]] = {}
        grams = [self.ngrams(t, memo) for t in norm_texts]
        found = self.lookup([g for gs in grams for g in gs])
        out = []
        start = 0
        for gs in grams:
            out.append(self.row(found[start : start + len(gs)]))
            start += len(gs)
        return out

    def row(self, found: Any) -> tuple[Any, Any]:
        """Column indices and TF-IDF values of one text's looked-up n-grams."""
        import numpy as np

        idx, counts = np.unique(found[found >= 0], return_counts=True)
        val = counts.astype(np.float64)
        if self.sublinear_tf:
            val = np.log(val) + 1.0
        if self.idf is not None:
            val = val * self.idf[idx]
        if self.norm == "l2" and len(val):
            val = val / np.sqrt(np.dot(val, val))
        elif self.norm == "l1" and len(val):
            val = val / np.abs(val).sum()
        return idx + self.offset, val


@dataclass(slots=True)
class Calibrated:
    """One calibrated classifier: a linear model's scores through one sigmoid per class."""

    coef: Any  # float32 (n_features, n_scores): transposed, so a row gathers one feature
    intercept: Any  # float64 (n_scores,)
    class_index: Any  # int64 (n_scores,): each score's class in ArrayTyper.classes
    a: Any  # float64 (n_scores,): sigmoid slopes (method "sigmoid")
    b: Any  # float64 (n_scores,)


class ArrayTyper:
    """TF-IDF features, linear scores and calibrated probabilities in numpy.

    Same interface as the fitted :class:`~newsift.events.learned.LearnedTyper` for prediction:
    ``classes``, :meth:`predict_proba_many`, :meth:`predict_proba`, :meth:`predict`.
    """

    def __init__(
        self, classes: list[str], parts: list[Part], models: list[Calibrated], method: str
    ) -> None:
        self.classes = classes
        self.parts = parts
        self.models = models
        self.method = method  # "sigmoid" (calibrated) or "softmax" (tiny training sets)

    # ------------------------------------------------------------------ prediction
    def _rows(self, texts: list[str]) -> list[tuple[Any, Any]]:
        import numpy as np

        norms = [normalise(t) for t in texts]
        per_part = [p.rows(norms) for p in self.parts]
        return [
            (
                np.concatenate([r[i][0] for r in per_part]),
                np.concatenate([r[i][1] for r in per_part]),
            )
            for i in range(len(texts))
        ]

    def decision_function(self, texts: list[str], model: int = 0) -> Any:
        """The linear scores (n_texts, n_scores) of one calibrated classifier's SVM."""
        import numpy as np

        m = self.models[model]
        out = np.empty((len(texts), len(m.intercept)), dtype=np.float64)
        for i, (idx, val) in enumerate(self._rows(texts)):
            out[i] = val @ m.coef[idx].astype(np.float64) + m.intercept
        return out

    def proba_matrix(self, texts: list[str]) -> Any:
        """Probabilities (n_texts, n_classes), as CalibratedClassifierCV.predict_proba."""
        import numpy as np

        n_classes = len(self.classes)
        rows = self._rows(texts)
        mean = np.zeros((len(texts), n_classes), dtype=np.float64)
        for m in self.models:
            d = np.empty((len(texts), len(m.intercept)), dtype=np.float64)
            for i, (idx, val) in enumerate(rows):
                d[i] = val @ m.coef[idx].astype(np.float64) + m.intercept
            mean += self._proba(m, d, n_classes)
        return mean / len(self.models)

    def _proba(self, m: Calibrated, d: Any, n_classes: int) -> Any:
        import numpy as np

        if self.method == "softmax":  # learned._Softmax
            if d.shape[1] == 1:
                d = np.concatenate([-d, d], axis=1)
            e = np.exp(3.0 * (d - d.max(axis=1, keepdims=True)))
            return e / e.sum(axis=1, keepdims=True)
        proba = np.zeros((d.shape[0], n_classes), dtype=np.float64)
        with np.errstate(over="ignore"):
            sig = 1.0 / (1.0 + np.exp(m.a * d + m.b))  # expit(-(a * d + b))
        for k, cls in enumerate(m.class_index):
            proba[:, cls + 1 if n_classes == 2 else cls] = sig[:, k]
        if n_classes == 2:
            proba[:, 0] = 1.0 - proba[:, 1]
        else:
            den = proba.sum(axis=1, keepdims=True)
            uniform = np.full_like(proba, 1.0 / n_classes)
            proba = np.divide(proba, den, out=uniform, where=den != 0)
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return proba

    def predict_proba_many(self, texts: list[str]) -> list[dict[str, float]]:
        """For each text, the probability of every label."""
        if not texts:
            return []
        probs = self.proba_matrix(texts)
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in probs]

    def predict_proba(self, text: str) -> dict[str, float]:
        """The probability of every label for one sentence or clause."""
        return self.predict_proba_many([text])[0]

    def predict(self, text: str) -> tuple[str, float]:
        """The most probable label and its probability."""
        probs = self.predict_proba(text)
        label = max(probs, key=probs.__getitem__)
        return label, probs[label]

    # ------------------------------------------------------------------ export
    @classmethod
    def from_sklearn(cls, vec: Any, clf: Any) -> ArrayTyper:
        """The arrays of a fitted FeatureUnion of TfidfVectorizers and a classifier
        (CalibratedClassifierCV over LinearSVC with sigmoid calibration, or learned._Softmax).
        Refuses settings this module does not reimplement rather than predicting otherwise."""
        import numpy as np

        if getattr(vec, "transformer_weights", None):
            raise ValueError("weighted feature unions are not supported")
        parts: list[Part] = []
        offset = 0
        for _name, tv in vec.transformer_list:
            if tv.analyzer not in ("word", "char_wb") or tv.preprocessor is not normalise:
                raise ValueError(f"unsupported analyser {tv.analyzer!r}")
            if tv.stop_words is not None or tv.binary or tv.norm not in ("l1", "l2", None):
                raise ValueError("unsupported vectoriser settings")
            vocab = {str(t): int(j) for t, j in tv.vocabulary_.items()}
            terms, cols = Part.sorted_vocabulary(vocab)
            idf = np.asarray(tv.idf_, dtype=np.float64) if tv.use_idf else None
            parts.append(
                Part(
                    tv.analyzer,
                    tuple(tv.ngram_range),
                    tv.token_pattern,
                    bool(tv.sublinear_tf),
                    tv.norm,
                    terms,
                    cols,
                    idf,
                    offset,
                )
            )
            offset += len(vocab)
        classes = [str(c) for c in clf.classes_]
        pos = {c: i for i, c in enumerate(classes)}
        models: list[Calibrated] = []
        if hasattr(clf, "calibrated_classifiers_"):
            if clf.method != "sigmoid":
                raise ValueError(f"unsupported calibration {clf.method!r}")
            method = "sigmoid"
            for cc in clf.calibrated_classifiers_:
                est = cc.estimator
                idx = np.array([pos[str(c)] for c in est.classes_], dtype=np.int64)
                if len(classes) == 2:
                    idx = idx[:1]  # one score, for classes[1] (see _proba)
                models.append(
                    Calibrated(
                        np.ascontiguousarray(est.coef_.T, dtype=np.float32),
                        np.asarray(est.intercept_, dtype=np.float64),
                        idx,
                        np.array([c.a_ for c in cc.calibrators], dtype=np.float64),
                        np.array([c.b_ for c in cc.calibrators], dtype=np.float64),
                    )
                )
        else:  # learned._Softmax over a LinearSVC
            method = "softmax"
            est = clf.clf
            n = est.coef_.shape[0]
            models.append(
                Calibrated(
                    np.ascontiguousarray(est.coef_.T, dtype=np.float32),
                    np.asarray(est.intercept_, dtype=np.float64),
                    np.arange(n, dtype=np.int64),
                    np.zeros(n),
                    np.zeros(n),
                )
            )
        if models[0].coef.shape[0] != offset:
            raise ValueError("coefficients and vocabulary disagree")
        return cls(classes, parts, models, method)

    # ------------------------------------------------------------------ files
    def save(self, path: str | Path) -> None:
        """Write one ``.npz`` file (arrays and a JSON header; nothing pickled)."""
        meta = {
            "format": FORMAT,
            "classes": self.classes,
            "method": self.method,
            "models": len(self.models),
            "parts": [
                {
                    "analyzer": p.analyzer,
                    "ngram_range": list(p.ngram_range),
                    "token_pattern": p.token_pattern,
                    "sublinear_tf": p.sublinear_tf,
                    "norm": p.norm,
                    "size": len(p),
                    "idf": p.idf is not None,
                }
                for p in self.parts
            ],
        }
        arrays: dict[str, Any] = {}
        for k, p in enumerate(self.parts):
            arrays[f"terms{k}"] = p.terms
            arrays[f"cols{k}"] = p.cols
            if p.idf is not None:
                arrays[f"idf{k}"] = p.idf
        for k, m in enumerate(self.models):
            for field in ("coef", "intercept", "class_index", "a", "b"):
                arrays[f"{field}{k}"] = getattr(m, field)
        write_npz(path, meta, arrays)

    @classmethod
    def load(cls, path: str | Path) -> ArrayTyper:
        """Read a saved typer; :class:`CacheError` when the file is damaged or foreign."""
        import numpy as np

        try:
            meta, z = read_npz(path, FORMAT)
            parts: list[Part] = []
            offset = 0
            for k, pm in enumerate(meta["parts"]):
                terms, cols = z[f"terms{k}"], z[f"cols{k}"]
                idf = z[f"idf{k}"] if pm["idf"] else None
                n = int(pm["size"])
                if (
                    terms.dtype.kind != "S"
                    or terms.shape != (n,)
                    or cols.shape != (n,)
                    or (idf is not None and idf.shape != (n,))
                    or (n and not (terms[:-1] < terms[1:]).all())  # sorted, distinct
                    or (n and not np.array_equal(np.sort(cols), np.arange(n)))
                ):
                    raise CacheError("vocabulary")
                lo, hi = pm["ngram_range"]
                parts.append(
                    Part(
                        pm["analyzer"],
                        (int(lo), int(hi)),
                        pm["token_pattern"],
                        bool(pm["sublinear_tf"]),
                        pm["norm"],
                        terms,
                        cols,
                        idf,
                        offset,
                    )
                )
                offset += n
            models = [
                Calibrated(*(z[f"{f}{k}"] for f in ("coef", "intercept", "class_index", "a", "b")))
                for k in range(int(meta["models"]))
            ]
            classes = [str(c) for c in meta["classes"]]
        except CacheError:
            raise
        except Exception as exc:  # zip, JSON, key, decoding errors: all one damaged file
            raise CacheError(str(exc)) from exc
        for m in models:
            n = m.coef.shape[1] if m.coef.ndim == 2 else -1
            if (
                m.coef.shape[0] != offset
                or m.coef.dtype != np.float32
                or not (len(m.intercept) == len(m.class_index) == len(m.a) == len(m.b) == n)
                or (len(m.class_index) and int(m.class_index.max()) >= len(classes))
            ):
                raise CacheError("array shapes")
        if meta["method"] not in ("sigmoid", "softmax") or len(classes) < 2 or not models:
            raise CacheError("model")
        return cls(classes, parts, models, meta["method"])
