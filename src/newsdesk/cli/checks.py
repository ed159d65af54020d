"""What the user asked for (`Request`, from the shared flags), the checks of flags that
cannot work together (pure: run before anything is read or loaded) and `several`, the one
shape of `-f json` output the command line decides."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.cli.flags import InputFlag, Shared
from newsdesk.errors import OptionError
from newsdesk.render import Format
from newsdesk.render.tables import Table, TableChoice

if TYPE_CHECKING:
    from newsdesk.run.options import Options


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
    all_tables: bool = False  # -f csv/tsv --table all: every table, one file each in -o DIR
    raw_cells: bool = False  # -f csv/tsv: cells not guarded against spreadsheet formulas
    urls: Path | None = None  # --urls FILE
    body: bool = False  # clean --body
    published: str | None = None  # --published DATE: checked by `run.items.gather`
    published_fallback: str | None = None  # --published-fallback DATE: likewise


# The `-o` name that means stdout.
STDOUT = "-"


def request_of(shared: Shared, *, body: bool = False) -> Request:
    """The `Request` the shared flags (and `clean --body`) make."""
    return Request(
        names=shared.inputs or ["-"],
        explicit=bool(shared.inputs),
        fmt=Format(shared.fmt.value),
        jsonl=shared.input_format == InputFlag.jsonl,
        # `-o -` is stdout, as `-` is for the inputs and for every Unix tool's output (it
        # wrote a file named "-" before session 13; such a file is `-o ./x/-` or absolute)
        output=None if shared.output == Path(STDOUT) else shared.output,
        resume=shared.resume,
        glob=shared.glob,
        quiet=shared.quiet,
        verbose=shared.verbose,
        table=None if shared.table in (None, TableChoice.all) else Table(shared.table),
        all_tables=shared.table == TableChoice.all,
        raw_cells=shared.raw_cells,
        urls=shared.urls,
        body=body,
        published=shared.published,
        published_fallback=shared.published_fallback,
    )


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
    if (request.table is not None or request.all_tables) and fmt not in (Format.csv, Format.tsv):
        raise OptionError("--table goes with --format csv or tsv")
    if request.all_tables and request.output is None:
        raise OptionError("--table all writes one file per table: name their directory, -o DIR")
    if request.raw_cells and fmt not in (Format.csv, Format.tsv):
        raise OptionError("--raw-cells goes with --format csv or tsv")
    if request.body:
        if fmt not in (Format.auto, Format.text):
            raise OptionError("--body prints the article text alone: it takes no --format")
        fmt = Format.body
    if fmt == Format.auto:
        fmt = Format.rich if request.output is None and stdout_tty else Format.text
    if request.resume and not fmt.one_record_per_line:
        raise OptionError("--resume needs --format jsonl, one record per line")
    return fmt


def check_analysis(
    fmt: Format, table: Table | None, options: Options, *, all_tables: bool = False
) -> None:
    """What only an analysis gives (places, people, commitments) asked of `clean`: an
    `OptionError` naming the command that gives it (`all_tables`: `--table all`)."""
    if fmt.needs_analysis and not options.analyzes:
        raise OptionError(f"--format {fmt} needs places: use `newsdesk analyze`")
    asked = TableChoice.all if all_tables else table  # (every table: the articles' and more)
    if asked not in (None, Table.articles) and not options.analyzes:
        raise OptionError(f"--table {asked} needs an analysis: use `newsdesk analyze`")


def several(names: list[str], *, jsonl: bool, urls: bool = False) -> bool:
    """Whether the command line names more than one article: several names, a directory,
    JSON Lines, or a `--urls` list (`urls`), whatever it holds. Then `-f json` prints an array,
    else one object — decided from the command line, not from how many records came or how
    many URLs the file lists, so a script sees one shape per call."""
    if jsonl or urls or len(names) != 1:
        return True
    try:
        return Path(names[0]).is_dir()
    except OSError:
        return False
