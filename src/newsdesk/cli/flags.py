"""The flags both commands take, written once (sqlite-utils' `output_options`): the
`--format` enums, the typer option types, `Shared` and the `shared_flags` decorator with
`arrange`, which orders each command's own flags among the shared ones in --help."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from newsdesk.cli.env import environment_of
from newsdesk.cli.status import exit_codes_help
from newsdesk.read import FIFO_WAIT_SECONDS
from newsdesk.render.tables import TableChoice

KEYWORD_ONLY = inspect.Parameter.KEYWORD_ONLY


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


InputsArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, directories or http(s) URLs to read; '-' or nothing reads stdin.",
        show_default=False,
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
# --published's help, in three parts: `clean` leaves out the middle one (it resolves no time)
_PUBLISHED_DATE = "The inputs' publication date, ISO 8601 (2024-02-28, 2024-02-28T09:30:00+01:00): "
_PUBLISHED_RESOLVES = "relative times ('next Tuesday') resolve against it, and "
_PUBLISHED_WINS = (
    "it wins over a date the page shows; a JSON Lines record's own 'published' wins over it."
)
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="DATE",
        help=_PUBLISHED_DATE + _PUBLISHED_RESOLVES + _PUBLISHED_WINS,
        show_default=False,
    ),
]
# `clean --published`: `clean` finds no commitments, so no relative time resolves against it
CleanPublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="DATE",
        help=_PUBLISHED_DATE + _PUBLISHED_WINS,
        show_default=False,
    ),
]
PublishedFallbackOpt = Annotated[
    str | None,
    typer.Option(
        "--published-fallback",
        metavar="DATE",
        help="The publication date, ISO 8601, of an input whose page shows none (no date in "
        "its markup or its lines, no 'published' in its JSON Lines record): a page's own "
        "date is kept. The output's 'published' is the date used. Not with --published.",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file instead of stdout (replaced; --resume appends to it; - is stdout).",
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
        help="Worker processes (default: the machine's cores; more is warned about).",
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
FifoWaitOpt = Annotated[
    float | None,
    typer.Option(
        "--fifo-wait",
        min=0,
        metavar="SECONDS",
        help="Seconds a named pipe may stay silent before it is given up (the records read "
        "stand); 0 waits for ever, for a producer that pauses between records.",
        show_default=f"{FIFO_WAIT_SECONDS:g}",
    ),
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
    TableChoice | None,
    typer.Option(
        "--table",
        help="With -f csv or tsv: one row per person, place, organization, commitment or "
        "article; all: the five tables from one run, one file each in -o DIR.",
        show_default="articles",
    ),
]
# `clean --table`: a cleaned article has no people, places, organizations or commitments,
# so its help offers `articles` alone. The other tables (and `all`) are still parsed, so that
# asking `clean` for one gets the error that names `newsdesk analyze` (`checks.check_analysis`),
# not click's bare "not one of ..." listing the tables `clean` then refuses.
CleanTableOpt = Annotated[
    TableChoice | None,
    typer.Option(
        "--table",
        metavar="<articles>",
        help="With -f csv or tsv: one row per article (the other tables need analyze).",
        show_default="articles",
    ),
]
RawCellsOpt = Annotated[
    bool,
    typer.Option(
        "--raw-cells",
        help="With -f csv or tsv: write cells as they are; by default a text cell starting "
        "with = + - @ (a formula in a spreadsheet) gets a leading '.",
    ),
]
UrlsOpt = Annotated[
    Path | None,
    typer.Option(
        "--urls",
        metavar="FILE",  # the help's and the README's word; typer's "<path>" left FILE unnamed
        help="Also read the http(s) URLs listed in FILE, one a line.",
    ),
]


@dataclass(frozen=True, slots=True)
class Shared:
    """The flags every command takes, as `shared_flags` hands them to the command."""

    inputs: list[str] | None
    fmt: StrEnum  # the command's own --format enum (`AnalyzeFormat`, `CleanFormat`)
    input_format: InputFlag | None
    encoding: str | None
    published: str | None
    published_fallback: str | None
    output: Path | None
    resume: bool
    glob: str
    workers: int | None
    batch_size: int
    timeout: float | None
    fifo_wait: float | None
    quiet: bool
    verbose: bool
    table: TableChoice | None  # one table, or `all` (`clean` refuses all but articles)
    raw_cells: bool
    urls: Path | None


def _flag(name: str, annotation: object, default: object) -> inspect.Parameter:
    return inspect.Parameter(name, KEYWORD_ONLY, annotation=annotation, default=default)


def _shared_parameters(
    format_option: object, format_default: StrEnum, batch_size: int, *, analyzes: bool
) -> list[inspect.Parameter]:
    """`Shared`'s fields as typer parameters, in --help's order: a flag both commands take
    is written here once. --format and --batch-size differ only in their type and default;
    --published and --table in their help (`analyzes`: the command's, `analyze`'s, or
    `clean`'s, which makes no item table and resolves no relative time)."""
    return [
        _flag("inputs", InputsArg, None),
        _flag("fmt", format_option, format_default),
        _flag("input_format", InputFmtOpt, None),
        _flag("encoding", EncodingOpt, None),
        _flag("published", PublishedOpt if analyzes else CleanPublishedOpt, None),
        _flag("published_fallback", PublishedFallbackOpt, None),
        _flag("output", OutputOpt, None),
        _flag("resume", ResumeOpt, False),
        _flag("glob", GlobOpt, "*"),
        _flag("workers", WorkersOpt, None),
        _flag("batch_size", BatchOpt, batch_size),
        _flag("timeout", TimeoutOpt, None),
        _flag("fifo_wait", FifoWaitOpt, None),
        _flag("quiet", QuietOpt, False),
        _flag("verbose", VerboseOpt, False),
        _flag("table", TableOpt if analyzes else CleanTableOpt, None),
        _flag("raw_cells", RawCellsOpt, False),
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
    analyzes: bool,
    after: Mapping[str, str] | None = None,
) -> Callable[[Command], Command]:
    """The one set of flags both commands share (as sqlite-utils' `output_options`): the
    command takes the `Environment` and `Shared` first, then its own flags; typer sees one
    flat signature (the click context, then the flags ordered by `arrange`; `after`: own
    flag -> the shared flag it follows in --help). `analyzes`: the command loads a model and
    analyses (`analyze`), which its --help says (exit codes, --published, --table)."""

    def decorate(command: Command) -> Command:
        own = [  # typer passes every flag by name
            p.replace(kind=KEYWORD_ONLY)
            for p in list(inspect.signature(command, eval_str=True).parameters.values())[2:]
        ]
        shared = _shared_parameters(format_option, format_default, batch_size, analyzes=analyzes)
        names = [p.name for p in shared]

        @functools.wraps(command)
        def with_shared(ctx: typer.Context, **flags: Any) -> None:  # Any: click's values
            shared = Shared(**{name: flags.pop(name) for name in names})
            command(environment_of(ctx), shared, **flags)

        # the exit codes in every command's --help, under its description (README, "Usage",
        # says the same), built from the `ExitCode` enum, so a code added there is in it
        codes = exit_codes_help(loads_model=analyzes)
        with_shared.__doc__ = f"{inspect.cleandoc(command.__doc__ or '')}\n\n{codes}"

        with_shared.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [
                _flag("ctx", typer.Context, inspect.Parameter.empty),
                *arrange(shared, own, after or {}),
            ],
            return_annotation=None,
        )
        return with_shared

    return decorate
