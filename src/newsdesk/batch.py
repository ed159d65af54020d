"""Batch processing: many inputs, all cores (or a Dask cluster), results in input order.

The unit of work is `process_chunk`: a plain, picklable function from a list of `Item`s to
a list of `Outcome`s. Run in this process, in a pool of worker processes, or on Dask
workers, it is the same function, so every executor gives the same records. Each worker
loads the spaCy pipeline once; a chunk's texts go through `nlp.pipe` together.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO, Literal

from .errors import InputError, NewsdeskError
from .fetch import fetch_text, is_url
from .model import STRENGTHS, Analysis, Article, InputFormat, Strength

BatchFormat = Literal["html", "text", "jsonl"]

# Measured on 2 cores (README): 16 texts a batch keep memory low at full speed.
DEFAULT_BATCH_SIZE = 16
# spaCy's own limit on a text's length; longer texts get an error record.
DEFAULT_MAX_CHARS = 1_000_000
# A worker process is replaced after this many chunks, so that spaCy's string store,
# which grows with every new word it sees, cannot grow without bound over a corpus.
CHUNKS_PER_WORKER = 500


@dataclass(frozen=True, slots=True)
class Item:
    """One input: a file to read, or content already in hand (a JSON Lines record, stdin)."""

    index: int
    source: str
    id: str | None = None
    path: Path | None = None
    content: str | bytes | None = None
    input_format: InputFormat | None = None
    error: str | None = None  # the input was broken before it could be read

    @property
    def key(self) -> str:
        """What identifies the input in an output file, for --resume."""
        return self.id if self.id is not None else self.source


@dataclass(frozen=True, slots=True)
class Job:
    """What to do with each input: the same for every item of a run."""

    analyse: bool = True
    clean: bool = True
    model: str | None = None
    encoding: str | None = None
    timeout: float | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    min_strength: Strength | None = None
    # False when the output shows no commitments (GeoJSON): the lemmatizer and the
    # commitment rules are then not run.
    commitments: bool = True


@dataclass(slots=True)
class Outcome:
    item: Item
    result: Article | Analysis | None = None
    error: str | None = None

    def record(self) -> dict[str, Any]:
        """The JSON record: the result (with the input's id), or {"source", "id", "error"}."""
        if self.result is None:
            rec: dict[str, Any] = {"source": self.item.source}
            if self.item.id is not None:
                rec["id"] = self.item.id
            rec["error"] = self.error
            return rec
        data = self.result.to_dict()
        if self.item.id is not None:
            data = {"id": self.item.id, **data}
        return data


# ---------------------------------------------------------------- inputs


def iter_items(
    names: Iterable[str],
    *,
    input_format: BatchFormat | None = None,
    glob: str = "*",
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Expand files, directories (recursively, by `glob`), stdin and JSON Lines into items."""
    expanded = _expand(names, input_format, glob, stdin)
    for index, item in enumerate(expanded):
        yield replace(item, index=index)


def _expand(
    names: Iterable[str], input_format: BatchFormat | None, glob: str, stdin: BinaryIO | None
) -> Iterator[Item]:
    fmt: InputFormat | None = None if input_format == "jsonl" else input_format
    for name in names:
        if name == "-":
            data = stdin.read() if stdin is not None else b""
            if input_format == "jsonl":
                yield from _jsonl_items(data.decode("utf-8", "replace").splitlines(), "<stdin>")
            else:
                yield Item(0, "<stdin>", content=data, input_format=fmt)
            continue
        if is_url(name):  # fetched by the worker that processes it (newsdesk.fetch)
            yield Item(0, name, input_format=fmt)
            continue
        path = Path(name)
        paths = _files(path, glob)
        if not paths:
            yield Item(0, str(path), error=f"{path}: a directory with no files matching {glob!r}")
        for one in paths:
            if input_format == "jsonl" and one.is_file():
                yield from _jsonl_file(one)
            else:
                yield Item(0, str(one), path=one, input_format=fmt)


def _files(path: Path, glob: str) -> list[Path]:
    """A directory's files matching `glob` (recursively, sorted), or the path itself."""
    return sorted(p for p in path.rglob(glob) if p.is_file()) if path.is_dir() else [path]


def count_items(
    names: Iterable[str], *, input_format: BatchFormat | None = None, glob: str = "*"
) -> int | None:
    """How many items `iter_items` will give, without reading them (None for stdin)."""
    names = list(names)
    if "-" in names:
        return None
    total = 0
    for name in names:
        files = _files(Path(name), glob)
        total += 0 if files else 1  # an empty directory still gives one (error) record
        if input_format != "jsonl":
            total += len(files)
            continue
        for f in files:
            try:
                with f.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
    return total


def _jsonl_file(path: Path) -> Iterator[Item]:
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            yield from _jsonl_items(fh, str(path))
    except OSError as exc:
        yield Item(0, str(path), error=f"{path}: cannot read ({exc.strerror or exc})")


def _jsonl_items(lines: Iterable[str], label: str) -> Iterator[Item]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        source = f"{label}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(0, source, error=f"{source}: not a JSON object ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield Item(0, source, error=f"{source}: not a JSON object")
            continue
        rid = record.get("id")
        rid = None if rid is None else str(rid)
        html, text = record.get("html"), record.get("text")
        if isinstance(html, str) and html.strip():
            yield Item(0, source, id=rid, content=html, input_format="html")
        elif isinstance(text, str):
            yield Item(0, source, id=rid, content=text, input_format="text")
        else:
            yield Item(0, source, id=rid, error=f"{source}: no 'text' or 'html' field")


# ---------------------------------------------------------------- the unit of work


class DocumentTimeout(NewsdeskError):
    """A document took longer than the per-document time limit."""


@contextmanager
def _time_limit(seconds: float | None, label: str) -> Iterator[None]:
    """Interrupt work on one document after `seconds` (main thread of a process only)."""
    usable = (
        seconds
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise DocumentTimeout(f"{label}: took longer than the {seconds:g} s limit")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, float(seconds))  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_chunk(items: list[Item], job: Job) -> list[Outcome]:
    """Read, clean and (if asked) analyse a chunk of items; never raises for one bad input."""
    from .cleaning import clean_document
    from .read import read

    outcomes: list[Outcome] = []
    for item in items:
        if item.error is not None:
            outcomes.append(Outcome(item, error=item.error))
            continue
        try:
            with _time_limit(job.timeout, item.source):
                source: Any = item.path if item.path is not None else item.content
                if source is None and is_url(item.source):
                    source = fetch_text(item.source, encoding=job.encoding)
                doc = read(
                    source, input_format=item.input_format, encoding=job.encoding, name=item.source
                )
                article = clean_document(doc, clean=job.clean)
            if job.analyse and len(article.text) > job.max_chars:
                raise InputError(
                    f"{item.source}: {len(article.text)} characters of article text is over the "
                    f"{job.max_chars}-character limit"
                )
            outcomes.append(Outcome(item, result=article))
        except NewsdeskError as exc:
            outcomes.append(Outcome(item, error=str(exc)))
    if job.analyse:
        _analyse_outcomes([o for o in outcomes if o.result is not None], job)
    return outcomes


def _analyse_outcomes(outcomes: list[Outcome], job: Job) -> None:
    from .analyse import analyse_article, analysis_from_doc, language_warnings
    from .nlp import load_model, model_name

    name = model_name(job.model)
    nlp = load_model(name)  # ModelNotFoundError stops the run: no input could succeed
    articles = [o.result for o in outcomes if isinstance(o.result, Article)]
    if job.timeout:
        # one document at a time, so that the time limit covers the model's work too
        for outcome, article in zip(outcomes, articles, strict=True):
            try:
                with _time_limit(job.timeout, article.source):
                    outcome.result = _floor(analyse_article(article, model=name), job)
            except NewsdeskError as exc:
                outcome.result, outcome.error = None, str(exc)
        return
    disable = [] if job.commitments or "lemmatizer" not in nlp.pipe_names else ["lemmatizer"]
    with nlp.select_pipes(disable=disable):
        docs = list(nlp.pipe((a.text for a in articles), batch_size=max(1, len(articles))))
    for outcome, article, doc in zip(outcomes, articles, docs, strict=True):
        try:
            brief = analysis_from_doc(
                article, doc, name, language_warnings(article), commitments=job.commitments
            )
            outcome.result = _floor(brief, job)
        except NewsdeskError as exc:
            outcome.result, outcome.error = None, str(exc)


def _floor(analysis: Analysis, job: Job) -> Analysis:
    if job.min_strength is not None:
        floor = STRENGTHS.index(job.min_strength)
        analysis.commitments = [
            c for c in analysis.commitments if STRENGTHS.index(c.strength) <= floor
        ]
    return analysis


# ---------------------------------------------------------------- executors


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(
    items: Iterable[Item],
    job: Job,
    *,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    dask_scheduler: str | Any | None = None,
) -> Iterator[Outcome]:
    """Process every item and yield its outcome, in input order, with bounded memory."""
    groups = chunks(items, batch_size)
    if dask_scheduler is not None:
        yield from _run_dask(groups, job, dask_scheduler)
    elif workers <= 1:
        for group in groups:
            yield from process_chunk(group, job)
    else:
        yield from _run_pool(groups, job, workers)


def _worker_init(model: str | None, analyse: bool) -> None:
    # Ctrl-C is the parent's to handle; workers just stop when it ends the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if analyse:
        from .nlp import load_model, model_name

        # Load now so the first chunk does not wait; a failure here would make the pool
        # restart the worker forever, so it is left for process_chunk to raise and report.
        with contextlib.suppress(NewsdeskError):
            load_model(model_name(model))


def _run_pool(groups: Iterator[list[Item]], job: Job, workers: int) -> Iterator[Outcome]:
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")  # no inherited threads or half-loaded state
    with ctx.Pool(
        workers,
        initializer=_worker_init,
        initargs=(job.model, job.analyse),
        maxtasksperchild=CHUNKS_PER_WORKER,
    ) as pool:
        yield from _ordered(
            lambda g: pool.apply_async(process_chunk, (g, job)).get, groups, 2 * workers
        )


def _ordered(
    submit: Callable[[list[Item]], Callable[[], list[Outcome]]],
    groups: Iterator[list[Item]],
    ahead: int,
) -> Iterator[Outcome]:
    """Keep at most `ahead` chunks in flight; hand results back in submission order."""
    pending: deque[Callable[[], list[Outcome]]] = deque()
    for group in groups:
        pending.append(submit(group))
        if len(pending) >= ahead:
            yield from pending.popleft()()
    while pending:
        yield from pending.popleft()()


# glibc's threshold for giving freed memory back to the system in Dask worker processes.
# Measured with bench/dask_bench.py (README): Dask's own 65536 and 32 MiB gave the same
# speed and CPU time for newsdesk's work here, so local clusters keep Dask's value, set
# explicitly so that a change of Dask's default does not change newsdesk silently.
DASK_WORKER_ENV = {"MALLOC_TRIM_THRESHOLD_": "65536"}


def _run_dask(groups: Iterator[list[Item]], job: Job, scheduler: str | Any) -> Iterator[Outcome]:
    """On an existing cluster (its scheduler's address or a Client), or on `local[:N]`, a
    cluster of N worker processes started here."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise NewsdeskError("--dask-scheduler needs Dask: pip install 'newsdesk[dask]'") from None
    cluster = None
    if isinstance(scheduler, Client):
        client = scheduler
    elif isinstance(scheduler, str) and (scheduler == "local" or scheduler.startswith("local:")):
        n = int(scheduler.split(":", 1)[1]) if ":" in scheduler else default_workers()
        environ = {
            f"distributed.nanny.pre-spawn-environ.{k}": v for k, v in DASK_WORKER_ENV.items()
        }
        with dask.config.set(environ):
            cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None
            )
        client = Client(cluster)  # type: ignore[no-untyped-call]
    else:
        client = Client(scheduler)  # type: ignore[no-untyped-call]
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _ordered(
            lambda g: client.submit(process_chunk, g, job, pure=False).result, groups, 2 * workers
        )
    finally:
        if client is not scheduler:
            client.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------- resume


def finished_keys(path: Path) -> set[str]:
    """The inputs an output file already holds; a half-written last line is cut off first."""
    if not path.exists():
        return set()
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        # a run killed mid-write left a partial record: drop it, it will be done again
        with path.open("r+b") as fh:
            fh.truncate(end)
    keys: set[str] = set()
    for line in data[:end].splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict):
            key = rec.get("id", rec.get("source"))
            if key is not None:
                keys.add(str(key))
    return keys


def default_workers() -> int:
    return max(
        1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )
