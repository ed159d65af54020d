"""How the command line presents itself: `-h`, examples under each command's help, one
error style for every failure (`newsdesk: error: …`, exit 2 for usage), model install hints.

Kept apart from the commands themselves so that any command layer can use it: the typer app
passes `CONTEXT_SETTINGS` and `EXAMPLES[name]`, and `main()` returns `run(app, ...)`. Every
message goes to the stream it is handed (the CLI's `Environment`), never to `sys.stderr`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol, TextIO, cast

from newsdesk.render.sanitize import line as sanitized

if TYPE_CHECKING:
    import typer
    from rich.console import Console
    from rich.progress import Progress

    from newsdesk.run.work import Outcome

# `-h` as well as `--help`, on every command.
CONTEXT_SETTINGS: dict[str, list[str]] = {"help_option_names": ["-h", "--help"]}

# Shown under each command's --help. Typer's rich help keeps "\n\n" as line breaks.
EXAMPLES: dict[str, str] = {
    "analyze": "\n\n".join(
        [
            "[bold]Examples[/bold]",
            "newsdesk analyze article.txt                        [dim]# the brief, on the terminal[/dim]",
            "newsdesk analyze page.html -f html -o brief.html    [dim]# a page to open or print[/dim]",
            "newsdesk analyze https://example.org/story.html     [dim]# fetch, then brief[/dim]",
            "newsdesk analyze corpus/ -f csv --table commitments [dim]# one row per commitment[/dim]",
            "newsdesk analyze corpus/ -f jsonl -o briefs.jsonl   [dim]# all cores, streamed[/dim]",
        ]
    ),
    "clean": "\n\n".join(
        [
            "[bold]Examples[/bold]",
            "newsdesk clean page.html                            [dim]# text and metadata[/dim]",
            "newsdesk clean page.html --body                     [dim]# the article text alone[/dim]",
            "newsdesk clean corpus/ -f csv > articles.csv        [dim]# one row per article[/dim]",
            "newsdesk clean --urls list.txt -f jsonl             [dim]# one URL a line[/dim]",
        ]
    ),
}


def error(message: str, code: int, stderr: TextIO) -> int:
    """`message` in the one error style on `stderr`; returns `code`."""
    stderr.write(f"newsdesk: error: {message}\n")
    stderr.flush()
    return code


def run(app: typer.Typer, args: list[str] | None, *, obj: object, stderr: TextIO) -> int:
    """Run a typer app with newsdesk's error style and return its exit code: click's usage
    errors (unknown option, bad value, missing argument) become one line on `stderr` and
    exit code 2, like newsdesk's own usage errors, instead of click's box. `obj` is the
    click context's object (the CLI's `Environment`)."""
    import typer
    import typer.main

    # Typer vendors click from 0.28 on, so the exception classes are found through it.
    usage_error = _base(typer.BadParameter, "UsageError")
    click_exception = _base(typer.BadParameter, "ClickException")
    command = typer.main.get_command(app)
    try:
        code = command.main(args=args, prog_name="newsdesk", standalone_mode=False, obj=obj)
    except typer.Abort:
        return error("aborted", 130, stderr)
    except click_exception as caught:
        exc = cast(_ClickError, caught)  # click's class, vendored by typer from 0.28
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `newsdesk`: the help itself
            stderr.write(exc.format_message() + "\n")
            return 2
        if isinstance(caught, usage_error):
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            return error(exc.format_message() + hint, 2, stderr)
        return error(exc.format_message(), exc.exit_code, stderr)
    return code if isinstance(code, int) else 0


class _ClickError(Protocol):
    """What newsdesk uses of a click exception (its class moved into typer in 0.28)."""

    exit_code: int

    def format_message(self) -> str: ...


def _base(cls: type, name: str) -> type[Exception]:
    found: type[Exception] = next(c for c in cls.__mro__ if c.__name__ == name)
    return found


def stderr_line(line: str, console: Console) -> None:
    """Write one line for a person through a live progress bar's console, so the line goes
    above the bar, whole (no wrapping at the terminal's width) and literal (a '[tag]' in a
    file name is not rich markup)."""
    from rich.text import Text

    console.print(Text(line), soft_wrap=True, highlight=False)


class LineHandler(logging.Handler):
    """Log records as lines through `write` (the CLI's stderr writer, which knows about the
    progress bar), instead of a stream bound before the bar started."""

    def __init__(self, write: Callable[[str], None]) -> None:
        super().__init__()
        self.write = write

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.write(self.format(record))
        except Exception:
            self.handleError(record)


class Say:
    """One line per message on stderr, sanitised (no data can forge a line or a colour).
    While a progress bar is live, through its console: the line goes above the bar, whole."""

    def __init__(self, stderr: TextIO, *, quiet: bool) -> None:
        self.stderr = stderr
        self.quiet = quiet
        self.live: Progress | None = None

    def _line(self, message: str) -> None:
        text = f"newsdesk: {sanitized(message)}"
        try:
            if self.live is not None and self.live.live.is_started:
                stderr_line(text, self.live.console)
                return
            self.stderr.write(text + "\n")
            self.stderr.flush()
        except (OSError, ValueError):
            pass  # nowhere left to say it

    def log(self, message: str) -> None:
        """A log record's line (`-v`; the logging level decides what comes here)."""
        self._line(message)

    def error(self, message: str) -> None:
        self._line(f"error: {message}")

    def warning(self, message: str) -> None:
        if not self.quiet:
            self._line(f"warning: {message}")

    def outcome(self, outcome: Outcome) -> None:
        if outcome.failure is not None:
            self.error(outcome.failure.message)
        elif outcome.brief is not None:
            for warning in outcome.brief.warnings:
                self.warning(warning)


class ForeignFilter(logging.Filter):
    """Another library's records (the loggers of what a run may start, a Dask cluster and the
    web server under it: `run.executors.DASK_LOGGERS`, which set their own levels, Dask's
    INFO, so the root logger's level does not hold them back): its warnings and errors only,
    and none under --quiet (newsdesk says itself what failed)."""

    def __init__(self, *, quiet: bool) -> None:
        from newsdesk.run.executors import DASK_LOGGERS  # (the engine, loaded on demand)

        super().__init__()
        self.quiet = quiet
        self.foreign = DASK_LOGGERS

    def filter(self, record: logging.LogRecord) -> bool:
        name = record.name
        if not any(name == n or name.startswith(f"{n}.") for n in self.foreign):
            return True
        return not self.quiet and record.levelno >= logging.WARNING


def setup_logging(say: Say, *, quiet: bool, verbose: bool) -> None:
    """Log records as `say`'s lines (above a live progress bar). The handler has the level
    too: a logger that sets its own lower one (Dask's INFO) is not let through by it."""
    level = logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING
    handler = LineHandler(say.log)
    handler.setLevel(level)
    handler.addFilter(ForeignFilter(quiet=quiet))
    logging.basicConfig(level=level, handlers=[handler], format="%(message)s", force=True)


def progress_bar(
    stderr: TextIO,
    environ: Mapping[str, str],
    *,
    watched: bool,
    total: Callable[[], int | None],
) -> Progress | None:
    """A progress bar on `stderr`, only for a person `watched` it (a terminal, not --quiet)
    and a real batch (`total`, asked only then: counting JSON Lines reads them). Rich reads
    the process environment (`COLUMNS`, `FORCE_COLOR`, ...) from `environ`, not `os.environ`."""
    if not watched:
        return None
    count = total()
    if count is not None and count <= 1:
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
        console=Console(file=stderr, force_terminal=True, _environ=environ),
        transient=True,
    )
    progress.add_task("articles", total=count)
    return progress
