"""CSV/TSV tables from JSON contract records, and the CLI's --table."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from contract_records import brief
from newsdesk.cli import app
from newsdesk.render.tables import COLUMNS, LIST_SEPARATOR, Dialect, Table, TableWriter, rows

runner = CliRunner()


def write(records: list[dict[str, Any]], table: Table, dialect: Dialect = Dialect.csv) -> str:
    out = io.StringIO()
    writer = TableWriter(out, table, dialect)
    for record in records:
        writer.write(record)
    return out.getvalue()


def parse(text: str, dialect: Dialect = Dialect.csv) -> list[dict[str, str]]:
    if dialect == Dialect.tsv:
        lines = text.splitlines()
        head = lines[0].split("\t")
        return [dict(zip(head, line.split("\t"), strict=True)) for line in lines[1:]]
    return list(csv.DictReader(io.StringIO(text)))


def test_one_row_per_item_with_its_source() -> None:
    a = brief(source="a.txt")
    b = brief(source="b.txt", id="42")
    table = parse(write([a, b], Table.people))
    assert [r["source"] for r in table] == ["a.txt", "b.txt"]
    assert [r["id"] for r in table] == ["", "42"]
    assert table[0]["name"] == "Ines Okafor" and table[0]["mentions"] == "2"
    assert table[0]["aliases"] == "Okafor"


def test_commitments_spread_nested_objects_over_columns() -> None:
    record = brief()
    record["commitments"][0]["time"] = {"text": "next spring", "value": None}
    record["commitments"][0]["actors"] = ["Harbour Board", "City Council"]
    (row,) = parse(write([record], Table.commitments))
    assert row["attribution_text"] == "Ines Okafor" and row["attribution_kind"] == "reported"
    assert row["time_text"] == "next spring" and row["time_value"] == ""
    assert row["actors"] == LIST_SEPARATOR.join(["Harbour Board", "City Council"])
    assert row["negated"] == "false"
    assert not any(v.startswith(("{", "[")) for v in row.values())


def test_header_does_not_depend_on_the_records() -> None:
    for table in Table:
        text = write([], table)
        assert text.strip().split(",") == list(COLUMNS[table])


def test_a_failed_input_is_an_article_row_with_its_error() -> None:
    failed = {"source": "gone.txt", "error": "gone.txt: no such file", "kind": "InputNotFoundError"}
    assert list(rows(Table.people, failed)) == []
    ok, row = parse(write([brief(), failed], Table.articles))
    assert row["error"] == "gone.txt: no such file" and row["characters"] == ""
    # the error's class, to filter on without parsing messages (review 11, finding 8)
    assert row["kind"] == "InputNotFoundError"
    assert ok["error"] == ok["kind"] == ""


def test_articles_counts() -> None:
    (row,) = parse(write([brief()], Table.articles))
    assert (row["people"], row["places"], row["commitments"], row["removed"]) == (
        "1",
        "1",
        "1",
        "2",
    )
    assert row["authors"] == "A. Writer"


def test_csv_quotes_and_tsv_flattens() -> None:
    record = brief()
    record["people"][0]["role"] = 'Mayor, "acting"\tof\nLisbon'
    (row,) = parse(write([record], Table.people))
    assert row["role"] == 'Mayor, "acting"\tof\nLisbon'  # CSV keeps the value whole
    tsv = write([record], Table.people, Dialect.tsv)
    assert len(tsv.splitlines()) == 2  # header and one row: no line break inside a value
    (trow,) = parse(tsv, Dialect.tsv)
    assert trow["role"] == 'Mayor, "acting" of Lisbon'


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_cli_clean_articles_table(data: Path, fmt: str) -> None:
    files = [str(data / "dump.txt"), str(data / "page.html")]
    result = runner.invoke(app, ["clean", *files, "-f", fmt])
    assert result.exit_code == 0, result.stderr
    table = parse(result.stdout, Dialect(fmt))
    assert [r["source"] for r in table] == files
    assert all(int(r["characters"]) > 100 and r["title"] for r in table)


def test_cli_table_needs_csv_and_clean_has_only_articles(example: Path) -> None:
    result = runner.invoke(app, ["analyze", str(example), "--table", "people"])
    assert result.exit_code == 2 and "--table" in result.stderr
    result = runner.invoke(app, ["clean", str(example), "-f", "csv", "--table", "people"])
    assert result.exit_code == 2 and "analyze" in result.stderr
    result = runner.invoke(app, ["analyze", str(example), "-f", "csv", "--table", "nope"])
    assert result.exit_code == 2


def test_the_cli_articles_table_names_the_kind_of_a_failure(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The harbour board met on Monday to discuss the new pier.\n")
    (tmp_path / "b.txt").write_text("")
    result = runner.invoke(app, ["clean", str(tmp_path), "-f", "csv"])
    assert result.exit_code == 1
    good, empty = parse(result.stdout)
    assert good["kind"] == "" and empty["kind"] == "EmptyInputError"
    assert empty["source"].endswith("b.txt") and "empty" in empty["error"]
