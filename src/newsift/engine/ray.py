"""Ray engine: the same stage groups as the local engine, run as Ray tasks.

For corpora that outgrow one machine: ``newsift run --engine ray`` connects to the cluster in
``RAY_ADDRESS`` if set, else starts a local one. Each Ray worker process keeps its stage chains
(models loaded once per worker), exactly as a local pool worker does. Documents still stream
through a bounded window of in-flight batches; the store stays in the driver.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from newsift.engine import worker
from newsift.engine.local import OnTimings
from newsift.engine.worker import StageSpec, Timings
from newsift.model import Document


def _run_batch(
    groups: list[list[StageSpec]], group: int, docs: list[Document]
) -> tuple[list[Document], Timings]:
    if worker._specs != groups:
        worker.init_worker(groups)
    return worker.run_batch(group, docs)


class RayEngine:
    def __init__(self, groups: list[list[StageSpec]], workers: int, batch: int = 8) -> None:
        self.groups = groups
        self.workers = max(1, workers)
        self.batch = max(1, batch)
        self._started = False
        self._remote: Any = None

    def __enter__(self) -> RayEngine:
        import ray

        if not ray.is_initialized():
            if os.environ.get("RAY_ADDRESS"):
                ray.init(address=os.environ["RAY_ADDRESS"], log_to_driver=False)
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False)
            self._started = True
        self._remote = ray.remote(_run_batch)
        return self

    def __exit__(self, *exc: object) -> None:
        import ray

        if self._started:
            ray.shutdown()

    def map(
        self, group: int, docs: Iterable[Document], on_timings: OnTimings
    ) -> Iterator[Document]:
        import ray

        it = iter(docs)
        groups_ref = ray.put(self.groups)
        window = self.workers * 3
        pending: list[Any] = []
        while True:
            while len(pending) < window:
                chunk = list(islice(it, self.batch))
                if not chunk:
                    break
                pending.append(self._remote.remote(groups_ref, group, chunk))
            if not pending:
                return
            done, pending = ray.wait(pending, num_returns=1)
            out, timings = ray.get(done[0])
            on_timings(timings)
            yield from out
