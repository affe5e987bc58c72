"""Near-duplicate documents (syndicated copies) with MinHash + LSH.

Each document's *article text* (title and body segments; the whole text when it has none) is
shingled into word 5-grams and summarised by a 128-permutation MinHash. An LSH index finds
earlier documents whose estimated Jaccard similarity reaches ``threshold``; the most similar
becomes ``doc.duplicate_of`` and ``doc.meta["dedup"] = {"jaccard": ...}``. The signature is
kept in ``doc.meta["minhash"]`` (a list of ints) so a resumed run can rebuild the index from
stored documents with :meth:`DedupStage.prime` instead of re-reading their text.

Comments and boilerplate are left out on purpose: two pages of one site share their chrome,
and the same article under two comment threads is still the same article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from newsift.model import Document
from newsift.stage import CorpusStage

_WORD = re.compile(r"\w+", re.U)
SHINGLE = 5
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch >= 2.0 default; stored signatures are only valid with it


def article_text(doc: Document) -> str:
    """The text facts come from: title and body segments, else the whole text."""
    parts = [doc.text[s.start : s.end] for s in doc.segments if s.kind in ("title", "body")]
    return "\n".join(parts) if parts else doc.text


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Word ``size``-grams of the lower-cased text (the whole text if shorter)."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


class DedupStage(CorpusStage):
    """Mark near-duplicates of earlier documents (settings: ``threshold``, default 0.8)."""

    name = "dedup"

    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        self.threshold = float(settings.get("threshold", 0.8))
        self.num_perm = int(settings.get("num_perm", NUM_PERM))
        self._lsh: Any = None
        self._sigs: dict[str, Any] = {}

    def setup(self) -> None:
        if self._lsh is None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)

    def _minhash(self, values: Iterable[int] | None = None, grams: set[bytes] | None = None) -> Any:
        from datasketch import MinHash

        if values is not None:
            import numpy as np

            return MinHash(
                num_perm=self.num_perm,
                seed=SEED,
                scheme=SCHEME,
                hashvalues=np.array(list(values), dtype=np.uint64),
            )
        mh = MinHash(num_perm=self.num_perm, seed=SEED, scheme=SCHEME)
        if grams:
            mh.update_batch(list(grams))
        return mh

    def _index(self, doc_id: str, mh: Any) -> None:
        if doc_id not in self._sigs:
            self._lsh.insert(doc_id, mh)
            self._sigs[doc_id] = mh

    def prime(self, docs: Iterable[Document]) -> None:
        """Index documents already stored by an earlier run, from their ``meta["minhash"]``."""
        self.setup()
        for doc in docs:
            values = doc.meta.get("minhash")
            if not values or len(values) != self.num_perm or doc.duplicate_of:
                continue
            self._index(doc.doc_id, self._minhash(values=values))

    def check(self, doc: Document) -> Document:
        """Sign one document, link it to its closest earlier near-duplicate, index it."""
        self.setup()
        grams = shingles(article_text(doc))
        if not grams:
            return doc
        mh = self._minhash(grams=grams)
        doc.meta["minhash"] = [int(v) for v in mh.hashvalues]
        if doc.doc_id in self._sigs:
            return doc  # the same document again (idempotent re-run)
        best: tuple[float, str] | None = None
        for other in self._lsh.query(mh):
            j = float(mh.jaccard(self._sigs[other]))
            if j >= self.threshold and (
                best is None or j > best[0] or (j == best[0] and other < best[1])
            ):
                best = (j, other)
        if best is not None:
            doc.duplicate_of = best[1]
            doc.meta["dedup"] = {"jaccard": round(best[0], 4)}
        else:
            # only originals are indexed, so every copy points at the first version
            self._index(doc.doc_id, mh)
        return doc

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self.check(doc)
