"""Flat tables from the JSON contract records, for spreadsheets, csvkit and sqlite-utils.

One table at a time (`Table`): one row per person, place, organisation, commitment or
article, each with the `source` (and `id`, empty for files) of its article; or all five from
one run (`--table all -o DIR`: `TableFiles`, one file per table in DIR). An item's row has its
`index`, its place in its record's list (`record["people"][index]`). Columns are only ever
added at the end, so a script that reads them by position keeps working. Cells hold
plain values: lists are joined with "; ", nested objects are spread over columns, never
JSON. The header does not depend on the records, so rows can be written as they come.

A text cell that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`,
a tab or a carriage return: OWASP's "CSV injection" list, or blank space before one of the
first four) is written with a leading apostrophe, so Excel and LibreOffice read it as text
and never evaluate it (`=HYPERLINK(...)`, DDE); numbers (coordinates, offsets, counts), and
text that is a plain number ("-5", "-0.5"), are never touched. `raw_cells` writes every cell as it is, for tools that read the values
(csvkit, sqlite-utils, pandas).
"""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING

from newsdesk.errors import OptionError, OutputError
from newsdesk.model import Record
from newsdesk.read import printable_path
from newsdesk.render.sanitize import block, line

if TYPE_CHECKING:
    from newsdesk.run.sink import OutputFile

# Joins a list (aliases, actors, authors, tags) into one cell; "; " because names and
# tags hold commas ("Washington, D.C.") far more often than semicolons.
LIST_SEPARATOR = "; "
# What a spreadsheet reads as the start of a formula in a text cell (OWASP, "CSV Injection":
# =, +, - and @ start one, and a tab or carriage return first is guarded too, as some
# spreadsheets skip it; so is other blank space before =, +, - or @: TSV writes a tab as a
# space) ...
FORMULA_STARTS = "=+-@"
_FORMULA_RE = re.compile(rf"[{re.escape(FORMULA_STARTS)}\t\r]|\s+[{re.escape(FORMULA_STARTS)}]")
# ... and what goes before such a cell: with an apostrophe first a spreadsheet reads the cell
# as text (OWASP's advice); the formula is shown, never evaluated.
FORMULA_GUARD = "'"
# A text cell that is a plain number ("-5", "+3", "-0.5", "1e-3") is not guarded: a
# spreadsheet reads it as that number, never as a formula, and a key column (`id` "-5")
# stays equal to its JSON value.
_PLAIN_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


class Table(StrEnum):
    people = "people"
    places = "places"
    organizations = "organizations"
    commitments = "commitments"
    articles = "articles"


class TableChoice(StrEnum):
    """What `--table` takes: one of the tables, or `all` of them (each to its own file)."""

    people = "people"
    places = "places"
    organizations = "organizations"
    commitments = "commitments"
    articles = "articles"
    all = "all"


class Dialect(StrEnum):
    csv = "csv"
    tsv = "tsv"


KEYS = ("source", "id")

# Added at the end of every item table (session 13): the item's place in its record's list,
# and for people, places and organisations the distinct texts of their mentions.
ITEM_INDEX = "index"
MENTION_TEXTS = "texts"
# The offsets the commitments table adds at its end (session 13), into the article's `text`.
OFFSETS = ("trigger_start", "trigger_end", "action_start", "action_end")

COLUMNS: dict[Table, tuple[str, ...]] = {
    Table.people: (*KEYS, "name", "role", "aliases", "mentions", ITEM_INDEX, MENTION_TEXTS),
    Table.places: (
        *KEYS,
        "name",
        "kind",
        "country_code",
        "latitude",
        "longitude",
        "geonames_id",
        "mentions",
        ITEM_INDEX,
        MENTION_TEXTS,
    ),
    Table.organizations: (*KEYS, "name", "aliases", "mentions", ITEM_INDEX, MENTION_TEXTS),
    Table.commitments: (
        *KEYS,
        "strength",
        "actors",
        "actor_text",
        "trigger",
        "action",
        "negated",
        "conditional",
        "time_text",
        "time_value",
        "attribution_text",
        "attribution_kind",
        "sentence",
        "start",
        "end",
        "confidence",
        ITEM_INDEX,
        *OFFSETS,
    ),
    Table.articles: (
        *KEYS,
        "title",
        "published",
        "published_utc",
        "authors",
        "publisher",
        "language",
        "tags",
        "input_format",
        "characters",
        "people",
        "places",
        "organizations",
        "commitments",
        "removed",
        "repairs",
        "warnings",
        "error",
        "kind",
    ),
}


def _cell(value: object) -> str | int | float:
    """A plain cell: '' for null, 'true'/'false', lists joined; numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def guarded(cell: str) -> str:
    """A text cell a spreadsheet cannot evaluate: one that starts as a formula would gets
    `FORMULA_GUARD` before it (OWASP's advice); any other, and a plain number written as
    text ("-5"), is returned as it is."""
    if _PLAIN_NUMBER_RE.fullmatch(cell):
        return cell
    return FORMULA_GUARD + cell if _FORMULA_RE.match(cell) else cell


def published_cells(value: object) -> tuple[str, str]:
    """The record's `published` in the tables' one form: the date as the page states it
    (`YYYY-MM-DD`, in the page's own zone), and the instant in UTC (`YYYY-MM-DDTHH:MM:SSZ`)
    only when the page gave a time with its offset. The JSON's value mixes date-only, naive
    ("2019-11-18T11:08:00") and offset values; a naive time has no knowable instant, and
    `pandas.to_datetime(..., utc=True)` would silently read it as UTC, so it gets none. A
    value that is no ISO 8601 date is kept as it is, with no instant."""
    if not isinstance(value, str) or not value.strip():
        return "", ""
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            return date.fromisoformat(text).isoformat(), ""
        except ValueError:
            return text, ""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.date().isoformat(), ""
    instant = moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    return moment.date().isoformat(), instant + "Z"


def _count(record: Record, key: str) -> int | str:
    """How many items of a kind; '' when the record has no such list (a `clean` record)."""
    value = record.get(key)
    return len(value) if isinstance(value, list) else ""


def mention_texts(item: Record) -> list[str]:
    """The distinct texts of an item's mentions, sorted ("Okafor", "Ines Okafor"): the forms
    the article uses, as GeoJSON's `texts` gives them."""
    return sorted({str(m.get("text")) for m in item.get("mentions") or []})


def _people(p: Record) -> dict[str, object]:
    return {
        "name": p.get("name"),
        "role": p.get("role"),
        "aliases": p.get("aliases"),
        "mentions": len(p.get("mentions") or []),
        MENTION_TEXTS: mention_texts(p),
    }


def _places(p: Record) -> dict[str, object]:
    row = {k: p.get(k) for k in COLUMNS[Table.places][2:]}
    row["mentions"] = len(p.get("mentions") or [])
    row[MENTION_TEXTS] = mention_texts(p)
    return row


def _orgs(o: Record) -> dict[str, object]:
    return {
        "name": o.get("name"),
        "aliases": o.get("aliases"),
        "mentions": len(o.get("mentions") or []),
        MENTION_TEXTS: mention_texts(o),
    }


def _commitments(c: Record) -> dict[str, object]:
    time = c.get("time") or {}
    attribution = c.get("attribution") or {}
    row = {k: c.get(k) for k in COLUMNS[Table.commitments][2:]}  # the offsets among them
    row.update(
        time_text=time.get("text"),
        time_value=time.get("value"),
        attribution_text=attribution.get("text"),
        attribution_kind=attribution.get("kind"),
    )
    return row


_ITEMS: dict[Table, tuple[str, Callable[[Record], dict[str, object]]]] = {
    Table.people: ("people", _people),
    Table.places: ("places", _places),
    Table.organizations: ("organizations", _orgs),
    Table.commitments: ("commitments", _commitments),
}


def rows(table: Table, record: Record) -> Iterator[list[str | int | float]]:
    """The rows one record gives, in `COLUMNS[table]` order. A failed input gives a row
    in `articles` (with its `error` and `kind`, the exception's class) and none in the item
    tables, which list items only (a failure there would be a row of empty item cells): a
    run's failures are the `articles` rows with an `error`, and its stderr lines."""
    keys = {"source": record.get("source"), "id": record.get("id")}
    if table == Table.articles:
        failed = "error" in record and "text" not in record
        row = {
            **keys,
            **{k: record.get(k) for k in COLUMNS[Table.articles][2:]},
            "characters": "" if failed else len(str(record.get("text") or "")),
        }
        row["published"], row["published_utc"] = published_cells(record.get("published"))
        for key in ("people", "places", "organizations", "commitments", "removed", "repairs"):
            row[key] = _count(record, key)
        yield [_cell(row[c]) for c in COLUMNS[table]]
        return
    key, flatten = _ITEMS[table]
    for index, item in enumerate(record.get(key) or []):
        row = {**keys, **flatten(item), ITEM_INDEX: index}
        yield [_cell(row.get(c)) for c in COLUMNS[table]]


class TableWriter:
    """Writes the header, then each record's rows as they come (flushed per record).

    CSV follows RFC 4180 (fields with commas, quotes or line breaks are quoted). TSV has no
    quoting at all, as `cut`, `awk` and the IANA definition expect: a tab or line break
    inside a value becomes a space. A text cell that would start a formula is `guarded`,
    unless `raw_cells`.
    """

    def __init__(
        self,
        out: IO[str],
        table: Table,
        dialect: Dialect = Dialect.csv,
        *,
        raw_cells: bool = False,
    ) -> None:
        self.out = out
        self.table = table
        self.dialect = dialect
        self.raw_cells = raw_cells
        if dialect == Dialect.csv:
            self.writer = csv.writer(out, lineterminator="\n")
        else:
            self.writer = csv.writer(
                out, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n"
            )
        self._write(list(COLUMNS[table]))

    def _write(self, row: list[str | int | float]) -> None:
        # (a table is printed on a terminal as often as it is opened in a spreadsheet: its
        # cells show control and bidi characters escaped, as every human format does)
        if self.dialect == Dialect.tsv:
            row = [
                line(" ".join(v.replace("\t", " ").splitlines())) if isinstance(v, str) else v
                for v in row
            ]
        else:
            row = [block(v) if isinstance(v, str) else v for v in row]
        if not self.raw_cells:
            row = [guarded(v) if isinstance(v, str) else v for v in row]
        self.writer.writerow(row)

    def write(self, record: Record) -> int:
        """Write one record's rows; returns how many."""
        n = 0
        for row in rows(self.table, record):
            self._write(row)
            n += 1
        self.out.flush()
        return n


def table_path(directory: Path, table: Table, dialect: Dialect) -> Path:
    """Where `--table all -o DIR` writes `table`: DIR/people.csv, DIR/places.tsv, ..."""
    return directory / f"{table.value}.{dialect.value}"


def table_files(directory: Path, dialect: str, inputs: Iterable[str] = ()) -> list[Path]:
    """The files `--table all -o DIR` writes, one per table (`table_path`); an `OptionError`
    when DIR is not an existing directory (it is never created: a mistyped name would
    otherwise scatter five files), or is (inside) a directory named in `inputs`, or is the
    directory that holds a file named in `inputs`: a later run of that directory would read
    the tables as articles."""
    shown = printable_path(directory)
    for name in inputs:
        given = Path(name)
        with contextlib.suppress(OSError, ValueError):
            out = directory.resolve()
            if given.is_dir() and out.is_relative_to(given.resolve()):
                raise OptionError(
                    f"--table all: -o {shown} is inside the input directory "
                    f"{printable_path(given)}; a later run would read its tables as articles"
                )
            if given.is_file() and out == given.resolve().parent:
                raise OptionError(
                    f"--table all: -o {shown} holds the input {printable_path(given)}; a later "
                    "run of that directory would read its tables as articles (name another "
                    "directory)"
                )
    try:
        is_dir = directory.is_dir()
    except OSError:
        is_dir = False
    if not is_dir:
        why = "is a file" if directory.exists() else "does not exist"
        names = ", ".join(table_path(Path(), t, Dialect(dialect)).name for t in Table)
        raise OptionError(
            f"--table all: -o {shown} {why}; it must be a directory, which gets one file per "
            f"table ({names})"
        )
    return [table_path(directory, t, Dialect(dialect)) for t in Table]


class TableFiles:
    """`--table all -o DIR`: every table from one run, each to its own file in `directory`
    (`table_path`), the rows of each record written to all five as it comes. As with every
    `-o` document (`run.sink.OutputFile`), each table is written to a temporary file beside
    its target (`.people.csv.<pid>-<hex>.part`), and the five take their targets' places only
    at `close()`, when the run has ended; `discard()` (an interrupt, a failure) removes them,
    so a run that does not end, or is refused before it starts, leaves an earlier set of
    tables as it was."""

    def __init__(self, directory: Path, dialect: Dialect, *, raw_cells: bool = False) -> None:
        self.directory = directory
        self.dialect = dialect
        self.raw_cells = raw_cells
        self.files: list[IO[str]] = []
        self.writers: list[TableWriter] = []
        self.outputs: list[OutputFile] = []
        self.ended = False  # closed (the tables in place) or discarded: nothing more to do

    def _open(self) -> None:
        from newsdesk.run.sink import OutputFile

        if self.writers or self.ended:
            return
        for table in Table:
            path = table_path(self.directory, table, self.dialect)
            try:
                output = OutputFile(path, resume=False, whole=True)
                out = output.open()
            except OutputError:
                self.discard()
                raise
            self.outputs.append(output)
            self.files.append(out)
            self.writers.append(TableWriter(out, table, self.dialect, raw_cells=self.raw_cells))

    def write(self, record: Record) -> None:
        self._open()
        try:
            for writer in self.writers:
                writer.write(record)
        except OSError as exc:
            raise OutputError(
                f"-o {self.directory}: cannot write ({exc.strerror or exc})"
            ) from None

    def close(self) -> None:
        """The run has ended: the five files closed and put in their targets' places."""
        if self.ended:
            return
        self._open()
        files, self.files = self.files, []
        try:
            for out in files:
                try:
                    out.close()
                except OSError as exc:
                    raise OutputError(
                        f"-o {out.name}: cannot write ({exc.strerror or exc})"
                    ) from None
            for output in self.outputs:
                output.commit()
        except OutputError:
            self.discard()
            raise
        self.ended = True

    def discard(self) -> None:
        """The run did not end: the tables begun are removed, the earlier ones left as they
        were (nothing to do after `close()`)."""
        self.ended = True
        files, self.files = self.files, []
        for out in files:
            with contextlib.suppress(OSError, ValueError):
                out.close()
        outputs, self.outputs = self.outputs, []
        for output in outputs:
            output.discard()
