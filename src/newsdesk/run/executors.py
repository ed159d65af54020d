"""Where chunks run: in this process, in a pool of worker processes, or on Dask workers.

Each executor yields one list of outcomes per chunk, in submission order, with at most a few
chunks in flight (bounded memory). A worker that dies mid-chunk (the OOM killer, a crash in a
parser's C code) never hangs the run: the chunks it may have held are retried once, item by
item, each alone, and an item that kills its worker again gets a `WorkerDiedError` record.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsdesk.errors import NewsdeskError, OptionError, SchedulerError, WorkerDiedError
from newsdesk.model import Failure
from newsdesk.run.items import Item
from newsdesk.run.options import Options
from newsdesk.run.work import (
    Outcome,
    enable_watchdog,
    process_chunk,
    process_remote,
    warm_up,
)

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from distributed import Client
    from distributed import Future as DaskFuture

# A worker process is replaced after this many chunks, so that spaCy's string store, which
# grows with every new word it sees, cannot grow without bound over a corpus.
CHUNKS_PER_WORKER = 500
# Chunks in flight per worker: one running, one waiting, so no worker idles between chunks.
AHEAD_PER_WORKER = 2
# When a pool is stopped (an interrupt, an error), how long a terminated worker is given to go
# before it is killed: a worker ends on SIGTERM at once unless it is deep in C code.
STOP_WAIT = 2.0
# How often a worker looks whether its parent is still there (seconds): a worker whose
# parent was killed ends within this much, with this exit code (EX_UNAVAILABLE).
PARENT_WATCH_INTERVAL = 0.5
PARENT_GONE_EXIT = 69
# glibc's threshold for giving freed memory back to the system in Dask worker processes.
# Measured with bench/dask_bench.py (README): Dask's own 65536 and 32 MiB gave the same
# speed and CPU time for newsdesk's work here, so local clusters keep Dask's value, set
# explicitly so that a change of Dask's default does not change newsdesk silently.
DASK_WORKER_ENV = {"MALLOC_TRIM_THRESHOLD_": "65536"}
# Dask's loggers (and those of the web server under it): a run holds them at WARNING (`quiet_dask`).
DASK_LOGGERS = ("distributed", "dask", "tornado", "bokeh")


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def in_process(groups: Iterable[list[Item]], options: Options) -> Iterator[list[Outcome]]:
    """Each group in this process; with a time limit, the process warmed up first (once per
    process: `warm_up`), so that the first input's limit does not pay for the loading."""
    for n, group in enumerate(groups):
        if n == 0 and options.timeout is not None:
            warm_up(options)
        yield process_chunk(group, options)


# ---------------------------------------------------------------- worker processes


def _worker_init(options: Options, parent: int) -> None:
    # Ctrl-C is the parent's to handle; workers just stop when it ends the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with(parent)
    if options.timeout is not None:
        enable_watchdog()
    warm_up(options)  # reader, cleaner (and analysis, model) loaded before the first limit
    if options.analyzes:
        from newsdesk.analysis.nlp import load_model, model_name

        # Load now so the first chunk does not wait; a failure is left for process_chunk to
        # raise and report (raising here would break the pool).
        with contextlib.suppress(NewsdeskError):
            load_model(model_name(options.model))


def _end_with(parent: int) -> None:
    """A worker ends itself once its parent (`parent`, the pid that started the pool) is
    gone (killed with SIGKILL, or ended without stopping its pool), so that no worker, and
    no resource tracker waiting on the workers, is left running for ever."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_WATCH_INTERVAL)
        os._exit(PARENT_GONE_EXIT)

    threading.Thread(target=watch, name="newsdesk-parent-watch", daemon=True).start()


def _pool(workers: int, options: Options) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),  # no inherited threads or half state
        initializer=_worker_init,
        initargs=(options, os.getpid()),
        max_tasks_per_child=CHUNKS_PER_WORKER,
    )


def in_pool(
    groups: Iterable[list[Item]], options: Options, workers: int
) -> Iterator[list[Outcome]]:
    """Chunks on `workers` processes; after a worker's death, the chunks in flight are retried
    item by item and the pool is started again for the rest."""
    from concurrent.futures.process import BrokenProcessPool  # only runs with workers import it

    pending: deque[tuple[list[Item], Future[list[Outcome]]]] = deque()
    executor = _pool(workers, options)

    def restart() -> Iterator[list[Outcome]]:
        nonlocal executor
        executor.shutdown(wait=True, cancel_futures=True)
        lost = list(pending)
        pending.clear()
        yield from _after_death(lost, options)
        executor = _pool(workers, options)

    def drain(keep: int) -> Iterator[list[Outcome]]:
        """The oldest chunks' outcomes, in order, until at most `keep` are in flight."""
        while len(pending) > keep:
            try:
                result = pending[0][1].result()
            except BrokenProcessPool:
                yield from restart()
                continue
            pending.popleft()
            yield result

    try:
        for group in groups:
            try:
                future = executor.submit(process_remote, group, options)
            except BrokenProcessPool:
                yield from restart()
                future = executor.submit(process_remote, group, options)
            pending.append((group, future))
            yield from drain(AHEAD_PER_WORKER * workers - 1)
        yield from drain(0)
        executor.shutdown(wait=True, cancel_futures=True)  # every chunk taken: a quick end
    except KeyboardInterrupt:
        # Ctrl-C (or SIGTERM, which the CLI turns into the same): the workers are ended at
        # once, not waited for, and every chunk they had already finished is still given,
        # in input order (skipping the unfinished ones), so it is written and `--resume`
        # does only the inputs that were not finished; then the interrupt goes on.
        stop(executor)
        yield from finished(pending)
        raise
    finally:
        # Any other end (an error, the consumer gone, an interrupt) ends the workers without
        # waiting for their chunks; after a normal end it has nothing left to do.
        stop(executor)


def finished(
    pending: Iterable[tuple[list[Item], Future[list[Outcome]]]],
) -> Iterator[list[Outcome]]:
    """The outcomes of every chunk that is done, in input order; the chunks not done
    (running, cancelled, broken by the stop) are skipped, so the records of an interrupted
    run keep input order with gaps where inputs were not finished (the documented order of
    an interrupted output; `--resume` fills the gaps at the end of the file)."""
    for _, future in pending:
        if future.done() and not future.cancelled() and future.exception() is None:
            yield future.result()


def stop(executor: ProcessPoolExecutor) -> None:
    """End a pool now: the chunks not started are cancelled, the worker processes terminated
    (they ignore SIGINT), then killed if they have not gone within `STOP_WAIT` seconds. Never
    waits for a chunk, so an interrupt is answered at once."""
    processes = list((executor._processes or {}).values())  # no public way in 3.11
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.terminate()
    deadline = time.monotonic() + STOP_WAIT
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join(STOP_WAIT)


def _after_death(
    lost: list[tuple[list[Item], Future[list[Outcome]]]], options: Options
) -> Iterator[list[Outcome]]:
    """The chunks that were in flight when a worker died: the finished ones as they are, the
    others again item by item, each in a fresh worker of its own."""
    for group, future in lost:
        if future.done() and not future.cancelled() and future.exception() is None:
            yield future.result()
        else:
            yield _alone(group, options)


def _alone(group: list[Item], options: Options) -> list[Outcome]:
    from concurrent.futures.process import BrokenProcessPool

    outcomes: list[Outcome] = []
    executor = _pool(1, options)
    try:
        for item in group:
            try:
                outcomes += executor.submit(process_remote, [item], options).result()
            except BrokenProcessPool:
                outcomes.append(_died(item, _why_died(options)))
                executor.shutdown(wait=True, cancel_futures=True)
                executor = _pool(1, options)
    finally:
        stop(executor)  # every item is taken, or an interrupt: nothing to wait for
    return outcomes


def _why_died(options: Options) -> str:
    if options.timeout is None:
        return "the worker process died (killed, or out of memory)"
    return (
        "the worker process died (killed, out of memory, or stopped when stuck past the "
        f"{options.timeout:g} s limit in code the limit cannot interrupt)"
    )


def _died(item: Item, why: str = "the worker process died (killed, or out of memory)") -> Outcome:
    error = WorkerDiedError(f"{item.source}: {why}, twice")
    return Outcome(item, failure=Failure(item.source, error.kind, str(error), item.id))


# ---------------------------------------------------------------- Dask


def on_dask(groups: Iterable[list[Item]], options: Options) -> Iterator[list[Outcome]]:
    """On an existing cluster (its scheduler's address), or on `local[:N]`, a cluster of N
    worker processes started here. Dask retries a task whose worker died; a chunk that still
    fails is retried item by item, and an item that fails alone gets a `WorkerDiedError`."""
    scheduler = options.scheduler
    assert scheduler is not None
    try:
        import dask  # noqa: F401  (imported here first: a missing Dask is an OptionError)
        import distributed  # noqa: F401
    except ImportError:  # (Options checks it; a Dask that fails to import is as missing)
        raise OptionError(
            "the `scheduler` option needs Dask: pip install 'newsdesk[dask]'"
        ) from None
    with quiet_dask():
        yield from _on_cluster(groups, options, scheduler)


def _on_cluster(
    groups: Iterable[list[Item]], options: Options, scheduler: str
) -> Iterator[list[Outcome]]:
    import dask
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler == "local" or scheduler.startswith("local:"):
        size = scheduler.split(":", 1)[1] if ":" in scheduler else ""  # (checked by Options)
        environ = {
            f"distributed.nanny.pre-spawn-environ.{k}": v for k, v in DASK_WORKER_ENV.items()
        }
        with dask.config.set(environ):
            cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=int(size) if size else options.worker_count,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
        client = Client(cluster)  # type: ignore[no-untyped-call]
    else:
        try:
            client = Client(scheduler, timeout="10s")  # type: ignore[no-untyped-call]
        except (OSError, ValueError, TypeError) as exc:
            # OSError: nobody answers; ValueError/TypeError: an address Dask cannot parse
            # (`Options` checks its shape first, but a library caller may pass one straight)
            raise SchedulerError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from None
    try:
        yield from on_client(groups, options, client)
    finally:
        client.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()


@contextlib.contextmanager
def quiet_dask() -> Iterator[None]:
    """Dask's loggers (`DASK_LOGGERS`) held at WARNING while a run uses Dask, then given their
    levels back; the root logger is never touched. Dask logs a cluster's life at INFO ("Start
    Nanny at …", "Scheduler at …", ~24 lines a run) and sets its logger to INFO when imported;
    its own `silence_logs` quiets only the handler Dask adds itself, which it skips when the
    root logger has one (an application's logging, the CLI's): its INFO lines then reached it."""
    loggers = [logging.getLogger(name) for name in DASK_LOGGERS]
    before = [logger.level for logger in loggers]
    for logger in loggers:
        if logger.getEffectiveLevel() < logging.WARNING:
            logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, before, strict=True):
            logger.setLevel(level)


def on_client(
    groups: Iterable[list[Item]], options: Options, client: Client
) -> Iterator[list[Outcome]]:
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    pending: deque[tuple[list[Item], DaskFuture[list[Outcome]]]] = deque()

    def take() -> list[Outcome]:
        group, future = pending.popleft()
        try:
            result: list[Outcome] = future.result()
            return result
        except NewsdeskError:
            raise  # a failure of the whole run (the model), raised by process_chunk
        except Exception:
            return [_dask_alone(client, item, options) for item in group]

    try:
        for group in groups:
            pending.append((group, client.submit(process_remote, group, options, pure=False)))
            if len(pending) >= AHEAD_PER_WORKER * workers:
                yield take()
        while pending:
            yield take()
    except KeyboardInterrupt:
        # as `in_pool`: every task already finished is still given, in input order, the
        # others cancelled; then the interrupt goes on
        yield from _finished_tasks(pending)
        with contextlib.suppress(Exception):
            client.cancel([future for _, future in pending])  # type: ignore[no-untyped-call]
        raise


def _finished_tasks(
    pending: Iterable[tuple[list[Item], DaskFuture[list[Outcome]]]],
) -> Iterator[list[Outcome]]:
    """The outcomes of the Dask tasks that are done (and did not fail), in input order."""
    for _, future in pending:
        if not future.done():  # type: ignore[no-untyped-call]
            continue
        try:
            result: list[Outcome] = future.result()
        except Exception:
            continue  # failed or cancelled: its inputs are not finished
        yield result


def _dask_alone(client: Client, item: Item, options: Options) -> Outcome:
    try:
        result: list[Outcome] = client.submit(process_remote, [item], options, pure=False).result()
        return result[0]
    except NewsdeskError:
        raise
    except Exception as exc:
        return _died(item, f"the Dask worker failed ({type(exc).__name__})")
