"""Render stage: one module per output format; each takes a `Brief` and decides nothing.

A format module (named after its `Format` value) provides

    render(brief: Brief, terminal: Terminal) -> str      the text of one record
    separator(terminal: Terminal) -> str                 what goes between two records
    failure(failure: Failure) -> str | None              an error record (None: stderr only)

(text and Markdown name a failed input only in a report of several inputs, `Layout.many`,
so a saved report says what it lacks, and not on a terminal, where the error already shows
on stderr; one input that fails has no report, only its error on stderr.)

so a new format is one module and one `Format` member. A format whose output is one
document for the whole run (a JSON array, one FeatureCollection, a table with one header, an
HTML page) provides instead

    document(terminal: Terminal, layout: Layout) -> Document

whose `add(record)` gives the text to write for each record as it comes and `close()` the
text that ends the document. Human-readable formats pass all data through `render.sanitize`;
JSON, GeoJSON and the tables keep it exact; the HTML page escapes it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from newsdesk.model import Brief, Failure
from newsdesk.render.tables import Table


class Format(StrEnum):
    auto = "auto"  # rich on a terminal, text otherwise (resolved by the CLI, not a module)
    rich = "rich"
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    geojson = "geojson"
    html = "html"  # one self-contained page for the run (report_html)
    csv = "csv"  # one table (--table) for the run (tables)
    tsv = "tsv"
    body = "body"  # `clean --body`: the article text alone (not a --format value)

    @property
    def one_record_per_line(self) -> bool:
        """Whether the output is a file of records that --resume can read."""
        return self is Format.jsonl

    @property
    def needs_analysis(self) -> bool:
        return self is Format.geojson


@dataclass(frozen=True, slots=True)
class Terminal:
    """What the output stream is: a terminal (and whether it takes colour), its width, and
    the encoding it writes: a terminal of a locale that is not UTF-8 (`LC_ALL=C`, Latin-1)
    gets the rich report in ASCII boxes, the characters it cannot show escaped (`\\u0161`)
    before the report is laid out (docs/output.md, "Escaping")."""

    tty: bool = False
    color: bool = False
    width: int | None = None
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class Layout:
    """How the run's records make one output. `many`: the command line names more than one
    article (a directory, several names, JSON Lines), so `-f json` prints an array; decided
    from the command line, not from how many records came, so a script sees one shape per
    call. `table`: which table `-f csv`/`-f tsv` write; `raw_cells`: their text cells as
    they are, not guarded against spreadsheet formulas (`tables.guarded`). `directory`:
    `--table all -o DIR`: every table, each to its own file in DIR (`tables.TableFiles`);
    then `table` is not read and nothing goes to the run's output stream."""

    many: bool = False
    table: Table = Table.articles
    raw_cells: bool = False
    directory: Path | None = None


# The human reports whose failures are shown only when the run names several inputs.
FAILURES_IN_MANY_ONLY = frozenset({Format.text, Format.markdown})


class Document(Protocol):
    def add(self, record: Brief | Failure) -> str: ...

    def close(self) -> str: ...


class Renderer(Protocol):
    def render(self, brief: Brief, terminal: Terminal) -> str: ...

    def separator(self, terminal: Terminal) -> str: ...

    def failure(self, failure: Failure) -> str | None: ...


def renderer(fmt: Format) -> Renderer:
    """The module of `fmt` (imported on first use: rich only for the rich report)."""
    if fmt is Format.auto:
        raise ValueError("Format.auto is resolved to rich or text before rendering")
    module: Renderer = importlib.import_module(f"{__name__}.{fmt.value}")
    return module


class Emitter:
    """Turns a run's records, in order, into the text of one output stream; `close()` gives
    what ends it (the end of a document format; nothing for the record formats)."""

    def __init__(self, fmt: Format, terminal: Terminal, layout: Layout | None = None) -> None:
        self.module = renderer(fmt)
        make = getattr(self.module, "document", None)  # a document format (see above)
        self.document: Document | None = (
            make(terminal, layout or Layout()) if make is not None else None
        )
        self.terminal = terminal
        self.layout = layout or Layout()
        self.fmt = fmt
        self.shown = 0

    def close(self) -> str:
        return self.document.close() if self.document is not None else ""

    def discard(self) -> None:
        """The run did not end (an interrupt, a failure): files the document writes itself
        (`--table all -o DIR`: `tables.TableFiles`) are removed, the earlier ones left as they
        were; nothing for a document written to the run's output stream (the -o file is the
        CLI's to drop)."""
        writer = getattr(self.document, "writer", None)
        drop = getattr(writer, "discard", None)
        if callable(drop):
            drop()

    def __call__(self, record: Brief | Failure) -> str:
        if self.document is not None:
            return self.document.add(record)
        if isinstance(record, Failure):
            if self.fmt in FAILURES_IN_MANY_ONLY and not self.layout.many:
                return ""  # no report: the error is on stderr
            if self.fmt in FAILURES_IN_MANY_ONLY and self.terminal.tty:
                # the report is read on the terminal, where the CLI's stderr line already
                # shows the error: once is enough (a report saved or piped keeps it)
                return ""
            text = self.module.failure(record)
            if text is None:
                return ""  # the error is on stderr
        else:
            text = self.module.render(record, self.terminal)
        if self.shown:
            text = self.module.separator(self.terminal) + text
        self.shown += 1
        return text


__all__ = ["Document", "Emitter", "Format", "Layout", "Renderer", "Terminal", "renderer"]
