"""Local engine: per-document stage groups in a process pool, corpus stages in this process.

Documents stream through a bounded window of in-flight batches, so memory stays flat however
large the corpus. Results come back in completion order; outputs are sorted at export time.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice

from newsift.engine import worker
from newsift.engine.worker import StageSpec, Timings
from newsift.model import Document

OnTimings = Callable[[Timings], None]


class LocalEngine:
    def __init__(self, groups: list[list[StageSpec]], workers: int, batch: int = 8) -> None:
        self.groups = groups
        self.workers = max(1, workers)
        self.batch = max(1, batch)
        self._pool: ProcessPoolExecutor | None = None
        worker.init_worker(groups)

    def __enter__(self) -> LocalEngine:
        if self.workers > 1:
            ctx = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=ctx,
                initializer=worker.init_worker,
                initargs=(self.groups,),
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map(
        self, group: int, docs: Iterable[Document], on_timings: OnTimings
    ) -> Iterator[Document]:
        """Apply stage group ``group`` to every document of the stream."""
        it = iter(docs)
        if self._pool is None:
            for doc in it:
                out, timings = worker.run_batch(group, [doc])
                on_timings(timings)
                yield from out
            return
        window = self.workers * 3
        pending: set[Future] = set()
        while True:
            while len(pending) < window:
                chunk = list(islice(it, self.batch))
                if not chunk:
                    break
                pending.add(self._pool.submit(worker.run_batch, group, chunk))
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                out, timings = fut.result()
                on_timings(timings)
                yield from out
