"""The engine: owns a run from inputs to records.

`run(items, options, sink)` is the one way through: the library's `clean()`/`analyze()` and
the CLI both call it. It decides, in this order and nowhere else:

1. resume: the inputs the sink already holds are skipped (`Sink.finished`);
2. worker policy: inputs are taken in this process until there is more than
   `POOL_AFTER_BATCHES` batches of work; only then do they spread to worker processes
   (a piped single article never starts a pool);
3. limits that cannot be enforced where the work would run are refused (`OptionError`);
4. the model: loaded here when this process parses, only checked when workers will;
5. the sink is opened (only now: the inputs are known and nothing can fail before them);
6. every item gets exactly one record, in input order, whatever happens to the others.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from newsdesk.errors import OptionError
from newsdesk.run.executors import chunks, in_pool, in_process, on_dask
from newsdesk.run.items import Item
from newsdesk.run.options import Options
from newsdesk.run.work import Outcome, time_limit_enforceable

log = logging.getLogger("newsdesk")

# A pool costs a model load per worker (2-3 s each on 2 cores, README): worth it only for more
# than a couple of batches. Measured: one batch of 16 in process 5.2 s, in a pool 12.0 s.
POOL_AFTER_BATCHES = 2


class Sink(Protocol):
    """Where records go. `finished` (the resume keys of the records already there) and
    `failed_before` (those of them that are error records) are read before the run, `open`
    called once the inputs are known (before the first record), `write` once per item, in
    order."""

    def finished(self) -> Iterable[str]: ...

    def failed_before(self) -> Iterable[str]: ...

    def open(self) -> None: ...

    def write(self, outcome: Outcome) -> None: ...


@dataclass(slots=True)
class Summary:
    written: int = 0
    failed: int = 0
    skipped: int = 0  # already in the output (resumed)
    failed_before: int = 0  # of those, inputs whose record there is an error record
    workers: int = 1
    seconds: dict[str, float] = field(default_factory=dict)  # per stage, summed over inputs


class Collect:
    """A sink that keeps the outcomes (the library's)."""

    def __init__(self) -> None:
        self.outcomes: list[Outcome] = []

    def finished(self) -> Iterable[str]:
        return ()

    def failed_before(self) -> Iterable[str]:
        return ()

    def open(self) -> None:
        pass

    def write(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)


def run(items: Iterable[Item], options: Options, sink: Sink) -> Summary:
    """Process every item, writing one record each to `sink`, in input order."""
    summary = Summary()
    todo = _not_finished(items, Counter(sink.finished()), Counter(sink.failed_before()), summary)
    threshold = POOL_AFTER_BATCHES * options.batch_size
    head = list(itertools.islice(todo, threshold + 1))
    summary.workers = options.worker_count if len(head) > threshold else 1
    if options.scheduler is not None:
        log.info("running on Dask (%s)", options.scheduler)
    elif summary.workers == 1:
        log.info("running in this process (no worker pool for %d inputs or fewer)", threshold)
    else:
        log.info("running in %d worker processes", summary.workers)
    _check_limits(options, summary.workers)
    _prepare_model(options, load_here=summary.workers == 1 and options.scheduler is None)
    sink.open()
    for outcome in _outcomes(itertools.chain(head, todo), options, summary.workers):
        sink.write(outcome)
        summary.written += 1
        summary.failed += outcome.failure is not None
        for stage, spent in outcome.seconds.items():
            summary.seconds[stage] = summary.seconds.get(stage, 0.0) + spent
    return summary


def _not_finished(
    items: Iterable[Item], done: Counter[str], failed: Counter[str], summary: Summary
) -> Iterator[Item]:
    """Items whose record is not in the output yet (an input given twice is done twice);
    those whose record there is an error record are counted (`Summary.failed_before`), not
    tried again: their record is in the output already."""
    for item in items:
        if done[item.key] > 0:
            done[item.key] -= 1
            summary.skipped += 1
            if failed[item.key] > 0:
                failed[item.key] -= 1
                summary.failed_before += 1
            continue
        yield item


def _check_limits(options: Options, workers: int) -> None:
    if options.timeout is None or options.scheduler is not None or workers > 1:
        return  # Dask is refused by Options; worker processes run chunks in their main thread
    why = time_limit_enforceable()
    if why is not None:
        raise OptionError(f"a time limit cannot be enforced here: {why}")


def _prepare_model(options: Options, *, load_here: bool) -> None:
    """Fail before any work when the model is missing; load it only if this process parses."""
    if not options.analyzes or options.scheduler is not None:
        return  # a cluster's workers may have models this machine has not
    from newsdesk.analysis.nlp import check_model, load_model, model_name

    name = model_name(options.model)
    started = time.perf_counter()
    if load_here:
        load_model(name)
        log.info("model %s loaded in %.2f s", name, time.perf_counter() - started)
    else:
        check_model(name)
        log.info("model %s found (each worker loads it)", name)


def _outcomes(items: Iterator[Item], options: Options, workers: int) -> Iterator[Outcome]:
    groups = chunks(items, options.batch_size)
    if options.scheduler is not None:
        results = on_dask(groups, options)
    elif workers > 1:
        results = in_pool(groups, options, workers)
    else:
        results = in_process(groups, options)
    for outcomes in results:
        yield from outcomes
