"""CSV/TSV cells a spreadsheet would evaluate (OWASP "CSV injection"): a text cell that
starts as a formula gets a leading apostrophe unless --raw-cells; numbers never change."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from contract_records import brief
from newsdesk.cli import app
from newsdesk.render.tables import FORMULA_GUARD, Dialect, Table, TableWriter, guarded

runner = CliRunner()

# One payload per character a spreadsheet reads as the start of a formula.
PAYLOADS = {
    "=": '=HYPERLINK("http://example.invalid/x","Click for the full story")',
    "+": "+41 said the ferry operator",
    "-": "-2+3 cmd|' /C calc'!A0",
    "@": "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t": "\t=1+1 behind a tab",
    "\r": "\r=1+1 behind a carriage return",
}


def write(
    records: list[dict[str, Any]],
    table: Table,
    dialect: Dialect = Dialect.csv,
    *,
    raw_cells: bool = False,
) -> list[dict[str, str]]:
    out = io.StringIO()
    writer = TableWriter(out, table, dialect, raw_cells=raw_cells)
    for record in records:
        writer.write(record)
    text = out.getvalue()
    if dialect == Dialect.tsv:
        lines = text.splitlines()
        head = lines[0].split("\t")
        return [dict(zip(head, line.split("\t"), strict=True)) for line in lines[1:]]
    return list(csv.DictReader(io.StringIO(text)))


def _starts_as_formula(cell: str) -> bool:
    """What a spreadsheet could evaluate: a formula character first, or after blank space."""
    return cell[:1] in ("\t", "\r") or cell.lstrip()[:1] in ("=", "+", "-", "@")


@pytest.mark.parametrize("start", list(PAYLOADS))
@pytest.mark.parametrize("dialect", list(Dialect))
def test_a_name_a_quote_and_a_title_starting_as_a_formula_are_guarded(
    start: str, dialect: Dialect
) -> None:
    payload = PAYLOADS[start]
    record = brief()
    record["title"] = payload
    record["people"][0]["name"] = payload
    record["commitments"][0]["sentence"] = payload  # the quote a commitment comes from
    record["commitments"][0]["attribution"] = {"text": payload, "kind": "direct quote"}
    cells = [
        write([record], Table.articles, dialect)[0]["title"],
        write([record], Table.people, dialect)[0]["name"],
        write([record], Table.commitments, dialect)[0]["sentence"],
        write([record], Table.commitments, dialect)[0]["attribution_text"],
    ]
    assert not any(_starts_as_formula(cell) for cell in cells), cells
    if start in "\t\r" and dialect == Dialect.tsv:
        # TSV writes a tab or a line break as a space: blank space before '=' is guarded too
        assert all(cell == FORMULA_GUARD + " " + payload[1:] for cell in cells), cells
    elif start == "\r":
        # in CSV a carriage return is a control character shown escaped, so the cell starts
        # with a backslash and needs no guard
        assert all(cell.startswith("\\x0d=") for cell in cells), cells
    else:
        assert all(cell == FORMULA_GUARD + payload for cell in cells), cells


@pytest.mark.parametrize("dialect", list(Dialect))
def test_a_negative_longitude_and_other_numbers_stay_numbers(dialect: Dialect) -> None:
    record = brief()
    record["places"][0].update(latitude=-33.8688, longitude=-151.2093, geonames_id=2147714)
    record["commitments"][0].update(confidence=-0.5, start=-1)
    (place,) = write([record], Table.places, dialect)
    assert (place["latitude"], place["longitude"]) == ("-33.8688", "-151.2093")
    assert float(place["longitude"]) == -151.2093
    (commitment,) = write([record], Table.commitments, dialect)
    assert (commitment["confidence"], commitment["start"]) == ("-0.5", "-1")


def test_cells_that_do_not_start_as_a_formula_are_unchanged() -> None:
    record = brief()
    record["title"] = "Ferry fares = bus fares, +10% in June, says the board @ 9am"
    record["people"][0]["name"] = "Ines 'Okafor"
    assert write([record], Table.articles)[0]["title"] == record["title"]
    assert write([record], Table.people)[0]["name"] == "Ines 'Okafor"
    assert guarded("2024-05-06") == "2024-05-06" and guarded("") == ""


@pytest.mark.parametrize("dialect", list(Dialect))
def test_raw_cells_writes_them_as_they_are(dialect: Dialect) -> None:
    record = brief()
    record["people"][0]["name"] = PAYLOADS["="]
    record["title"] = PAYLOADS["@"]
    assert write([record], Table.people, dialect, raw_cells=True)[0]["name"] == PAYLOADS["="]
    assert write([record], Table.articles, dialect, raw_cells=True)[0]["title"] == PAYLOADS["@"]


def _page(tmp_path: Path, title: str) -> Path:
    body = (
        "The harbour board will dredge the eastern channel next spring, its chair said on "
        "Monday. Work on the new quay is planned to start once the dredging is finished."
    )
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{body}</p><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_cli_guards_by_default_and_raw_cells_opts_out(tmp_path: Path, fmt: str) -> None:
    title = "=1+2 ferry fares rise"
    page = _page(tmp_path, title)
    guarded_run = runner.invoke(app, ["clean", str(page), "-f", fmt])
    assert guarded_run.exit_code == 0, guarded_run.stderr
    raw_run = runner.invoke(app, ["clean", str(page), "-f", fmt, "--raw-cells"])
    assert raw_run.exit_code == 0, raw_run.stderr
    delimiter = "," if fmt == "csv" else "\t"
    (guarded_row,) = list(csv.DictReader(io.StringIO(guarded_run.stdout), delimiter=delimiter))
    (raw_row,) = list(csv.DictReader(io.StringIO(raw_run.stdout), delimiter=delimiter))
    assert raw_row["title"] == title
    assert guarded_row["title"] == FORMULA_GUARD + title


def test_cli_raw_cells_goes_with_csv_or_tsv(tmp_path: Path) -> None:
    page = _page(tmp_path, "Ferry fares rise")
    result = runner.invoke(app, ["clean", str(page), "-f", "json", "--raw-cells"])
    assert result.exit_code == 2 and "--raw-cells" in result.stderr


@pytest.mark.parametrize("number", ["-5", "+3", "-0.5", "-.5", "1e-3", "-2E+4", "-7."])
def test_a_plain_number_written_as_text_is_not_guarded(number: str) -> None:
    assert guarded(number) == number


@pytest.mark.parametrize("cell", ["-5 said the mayor", "+44 20 7946 0000", "-a", "=5", "- 5"])
def test_text_that_only_begins_with_a_number_is_still_guarded(cell: str) -> None:
    assert guarded(cell) == FORMULA_GUARD + cell


def test_cli_an_id_of_minus_five_stays_the_key_of_its_json_record(tmp_path: Path) -> None:
    text = (
        "The harbour board will dredge the eastern channel next spring, its chair said on "
        "Monday. Work on the new quay is planned to start once the dredging is finished."
    )
    lines = [
        {"id": "-5", "text": text},
        {"id": "5", "text": text},
        {"id": "=cmd", "text": text},
    ]
    source = tmp_path / "ids.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = runner.invoke(app, ["clean", str(source), "--input-format", "jsonl", "-f", "csv"])
    assert result.exit_code == 0, result.stderr
    ids = [row["id"] for row in csv.DictReader(io.StringIO(result.stdout))]
    assert ids == ["-5", "5", FORMULA_GUARD + "=cmd"]
