"""The pipeline's orchestration: grouping, worker processes, failures, skipping stored documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from newsift.config import Config
from newsift.model import Document, Mention, Reject, content_id
from newsift.pipeline import Pipeline, plan
from newsift.stage import CorpusStage, DocumentStage, register


@register("test_upper_count")
class CountCapitals(DocumentStage):
    """Marks every capitalised word as a mention; fails on documents containing 'BOOM'."""

    def process(self, doc: Document) -> Document:
        if "BOOM" in doc.text:
            raise ValueError("cannot handle this document")
        pos = 0
        for word in doc.text.split():
            start = doc.text.index(word, pos)
            pos = start + len(word)
            if word[:1].isupper():
                doc.mentions.append(Mention(start, pos, word, "org", extractor="test"))
        return doc


@register("test_corpus_order")
class MarkOrder(CorpusStage):
    """Numbers documents in stream order (a stand-in for cross-document stages)."""

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for i, doc in enumerate(docs):
            doc.meta["order"] = i
            yield doc


class MemoryStore:
    def __init__(self) -> None:
        self.docs: dict[str, Document] = {}
        self.keys: dict[str, str | None] = {}

    def stored_keys(self, ids: Iterable[str]) -> dict[str, str | None]:
        return {i: self.keys[i] for i in ids if i in self.docs}

    def add_document(self, doc: Document, key: str | None = None, replace: bool = False) -> bool:
        if doc.doc_id in self.docs and not replace:
            return False
        self.docs[doc.doc_id] = doc
        self.keys[doc.doc_id] = key
        return True

    def iter_documents(self, with_text: bool = True) -> Iterator[Document]:
        yield from self.docs.values()


def make_docs(texts: list[str]) -> list[Document]:
    return [
        Document(content_id(t.encode()), f"mem/{i}.txt", f"{i}.txt", "txt", t)
        for i, t in enumerate(texts)
    ]


# Worker processes are spawned: they find test stages by module path, as they would a plug-in's.
COUNT = f"{__name__}:CountCapitals"
CONFIG = Config(
    run={"batch": 2},
    stages=[(COUNT, {}), ("test_corpus_order", {}), (COUNT, {})],
)


def test_plan_groups_document_stages_between_corpus_stages() -> None:
    steps = plan(CONFIG.stages)
    assert isinstance(steps[0], list) and [n for n, _ in steps[0]] == [COUNT]
    assert isinstance(steps[1], MarkOrder)
    assert isinstance(steps[2], list)


@pytest.mark.parametrize("workers", [1, 2])
def test_run_annotates_every_document_and_records_failures(workers: int) -> None:
    texts = [f"Syrian Army entered town {i} on Sunday" for i in range(9)] + ["a BOOM here"]
    store = MemoryStore()
    rejects: list[Reject] = []
    items: list[Document | Reject] = [*make_docs(texts), Reject("bad.bin", "ingest", "binary")]
    summary = Pipeline(CONFIG, store, workers=workers).run(items, rejects.append)
    assert summary.documents_new == 10
    assert len(store.docs) == 10
    ok = [d for d in store.docs.values() if "BOOM" not in d.text]
    # two passes of the capitals stage: each of the 3 capitalised words twice
    assert all(len(d.mentions) == 6 for d in ok)
    boom = next(d for d in store.docs.values() if "BOOM" in d.text)
    assert boom.error and "cannot handle" in boom.error
    assert [r.stage for r in rejects] == ["ingest"]
    assert [r.stage for r in boom.stage_rejects] == ["test_upper_count", "test_upper_count"]
    assert summary.rejected == 1 + 2  # the ingest reject and the two failing stage passes
    assert sorted(d.meta["order"] for d in store.docs.values()) == list(range(10))
    assert summary.stages["test_upper_count"]["documents"] == 20
    assert summary.stages["test_upper_count"]["errors"] == 2
    assert summary.stages["test_corpus_order"]["documents"] == 10


def test_ray_engine_runs_the_same_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("ray", reason="Ray is an optional engine (pip install '.[ray]')")
    from pathlib import Path

    # Ray workers import the test stages by module path, like a plug-in installed on the cluster.
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).parent))
    config = Config(run={"batch": 2, "engine": "ray"}, stages=CONFIG.stages)
    texts = [f"Iraqi Forces entered Al Qaim on Friday {i}" for i in range(6)] + ["BOOM"]
    store = MemoryStore()
    summary = Pipeline(config, store, workers=2).run(make_docs(texts), lambda r: None)
    assert summary.documents_new == 7
    ok = [d for d in store.docs.values() if d.text != "BOOM"]
    assert all(len(d.mentions) == 10 for d in ok)  # 5 capitalised words, two passes
    assert store.docs[content_id(b"BOOM")].error
    assert summary.stages["test_upper_count"]["errors"] == 2


def test_stored_and_repeated_documents_are_skipped() -> None:
    docs = make_docs(["One Text", "Two Text", "Three Text"])
    store = MemoryStore()
    store.add_document(docs[0], Pipeline(CONFIG, store).key)
    repeated = make_docs(["Two Text"])  # same bytes -> same id, twice in one run
    summary = Pipeline(CONFIG, store, workers=1).run([*docs, *repeated], lambda r: None)
    assert summary.documents_seen == 4
    assert summary.documents_new == 2
    assert summary.documents_skipped == 2
    assert docs[0].mentions == []  # the stored copy was not processed again


def test_documents_stored_by_another_pipeline_are_replaced() -> None:
    docs = make_docs(["One Text", "Two Text"])
    store = MemoryStore()
    store.add_document(docs[0], "an older pipeline")
    store.add_document(docs[1], None)  # stored before keys existed
    fresh = make_docs(["One Text", "Two Text"])
    summary = Pipeline(CONFIG, store, workers=1).run(fresh, lambda r: None)
    assert summary.documents_reprocessed == 2 and summary.documents_new == 0
    assert all(len(d.mentions) == 4 for d in store.docs.values())  # the new copies
    assert set(store.keys.values()) == {Pipeline(CONFIG, store).key}
    other = Config(run={"batch": 2}, stages=[(COUNT, {"unused": 1})])
    assert Pipeline(other, store).key != Pipeline(CONFIG, store).key
    forced = Pipeline(CONFIG, store, workers=1, reprocess=True).run(
        make_docs(["One Text"]), lambda r: None
    )
    assert forced.documents_reprocessed == 1 and forced.documents_skipped == 0
