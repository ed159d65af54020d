"""Review 13, F12: the analyst tables. Every item table has its item's `index` in its record;
commitments have the trigger and action offsets; people, places and organisations the texts
of their mentions; `--table all -o DIR` writes the five tables from one run; the columns
tables had before session 13 keep their place (new ones are added at the end)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from contract_records import brief
from newsdesk.cli import app
from newsdesk.errors import OptionError
from newsdesk.render.tables import (
    LIST_SEPARATOR,
    Dialect,
    Table,
    TableFiles,
    TableWriter,
    table_files,
)
from project_paths import ROOT

runner = CliRunner()

# The columns each table had before session 13, in their order: they must stay first.
BEFORE = {
    Table.people: ("source", "id", "name", "role", "aliases", "mentions"),
    Table.places: (
        "source",
        "id",
        "name",
        "kind",
        "country_code",
        "latitude",
        "longitude",
        "geonames_id",
        "mentions",
    ),
    Table.organizations: ("source", "id", "name", "aliases", "mentions"),
    Table.commitments: (
        "source",
        "id",
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
    ),
}
ITEMS = {
    Table.people: "people",
    Table.places: "places",
    Table.organizations: "organizations",
    Table.commitments: "commitments",
}


def _table(records: list[dict[str, Any]], table: Table) -> list[dict[str, str]]:
    out = io.StringIO()
    writer = TableWriter(out, table)
    for record in records:
        writer.write(record)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def _two_people() -> dict[str, Any]:
    record = brief()
    text = record["text"]
    second = {"name": "Harbour Board", "aliases": [], "role": None, "mentions": []}
    record["people"] = [*record["people"], second]
    record["commitments"] = [*record["commitments"], dict(record["commitments"][0])]
    assert "Okafor" in text
    return record


# What a user reads under each of those columns in the row of `brief()` (a column left out
# here is checked by its header alone).
SEEN = {
    Table.people: {
        "source": "notes/ferry.txt",
        "name": "Ines Okafor",
        "role": "Mayor",
        "aliases": "Okafor",
        "mentions": "2",
    },
    Table.places: {
        "name": "Lisbon",
        "kind": "city",
        "country_code": "PT",
        "latitude": "38.72",
        "longitude": "-9.14",
        "geonames_id": "2267057",
        "mentions": "1",
    },
    Table.organizations: {"name": "Harbour Board", "aliases": "", "mentions": "1"},
    Table.commitments: {
        "strength": "intention",
        "actors": "Harbour Board",
        "actor_text": "The Harbour Board",
        "trigger": "plans to",
        "action": "hire forty pilots",
        "negated": "false",
        "attribution_text": "Ines Okafor",
        "attribution_kind": "reported",
        "sentence": "The Harbour Board plans to hire forty pilots, Okafor added.",
        "confidence": "0.8",
    },
}


def _rows(record: dict[str, Any], table: Table) -> list[list[str]]:
    """The table as a user's CSV reader gets it: the header row, then the rows."""
    out = io.StringIO()
    TableWriter(out, table).write(record)
    return list(csv.reader(io.StringIO(out.getvalue())))


def test_old_columns_keep_their_place() -> None:
    # the rendered header starts with the old columns in their order, and the cells of the
    # row sit under them: a reader that picks a column by its position still gets its value
    for table, before in BEFORE.items():
        header, row = _rows(brief(), table)
        assert tuple(header[: len(before)]) == before, table
        by_place = dict(zip(before, row, strict=False))
        assert {k: by_place[k] for k in SEEN[table]} == SEEN[table], table


def test_every_item_table_has_the_items_index() -> None:
    record = _two_people()
    for table, key in ITEMS.items():
        rows = _table([record, record], table)
        expected = [str(n) for n in range(len(record[key]))] * 2
        assert [r["index"] for r in rows] == expected, table
    header, row = _rows(record, Table.articles)
    assert "index" not in header and len(row) == len(header)  # an article has no item index


def test_index_joins_a_row_to_its_item() -> None:
    record = _two_people()
    for row in _table([record], Table.people):
        assert record["people"][int(row["index"])]["name"] == row["name"]


def test_commitments_have_the_offsets() -> None:
    record = brief()
    c = record["commitments"][0]
    c["action_start"] = record["text"].index(c["action"])
    c["action_end"] = c["action_start"] + len(c["action"])
    (row,) = _table([record], Table.commitments)
    for key in ("trigger_start", "trigger_end", "action_start", "action_end"):
        assert row[key] == str(c[key])
    text = record["text"]
    assert text[int(row["trigger_start"]) : int(row["trigger_end"])] == c["trigger"]
    assert text[int(row["action_start"]) : int(row["action_end"])] == c["action"]


def test_item_tables_have_their_mention_texts() -> None:
    record = brief()
    (person,) = _table([record], Table.people)
    assert person["texts"] == LIST_SEPARATOR.join(["Ines Okafor", "Okafor"])
    (place,) = _table([record], Table.places)
    assert place["texts"] == "Lisbon"
    (org,) = _table([record], Table.organizations)
    assert org["texts"] == "Harbour Board"


def test_table_files_refuses_what_is_not_a_directory(tmp_path: Path) -> None:
    afile = tmp_path / "tables.csv"
    afile.write_text("x", encoding="utf-8")
    for wrong in (afile, tmp_path / "missing"):
        with pytest.raises(OptionError, match="must be a directory"):
            table_files(wrong, "csv")
    assert [p.name for p in table_files(tmp_path, "tsv")] == [f"{t.value}.tsv" for t in Table]


def test_table_files_writes_what_each_table_writes(tmp_path: Path) -> None:
    records = [brief(source="a.txt"), _two_people()]
    files = TableFiles(tmp_path, Dialect.csv)
    for record in records:
        files.write(record)
    files.close()
    for table in Table:
        out = io.StringIO()
        writer = TableWriter(out, table)
        for record in records:
            writer.write(record)
        assert (tmp_path / f"{table.value}.csv").read_text(encoding="utf-8") == out.getvalue()


STORY = (
    "Harbour plan approved\n\n"
    "Mayor Dana Whitlock said the council of Oban will open the new quay next spring.\n\n"
    "The Oban Boatmen's Guild pledged to repaint the lighthouse by June, Whitlock said.\n"
)


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("in") / "quay.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_cli_table_all_writes_the_five_tables_of_one_run(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    out.mkdir()
    result = runner.invoke(
        app, ["analyze", str(story), "-f", "csv", "--table", "all", "-o", f"{out}/"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t.value}.csv" for t in Table)
    for table in Table:
        one = runner.invoke(app, ["analyze", str(story), "-f", "csv", "--table", table.value])
        assert one.exit_code == 0, one.output
        assert (out / f"{table.value}.csv").read_text(encoding="utf-8") == one.stdout, table
    assert len((out / "articles.csv").read_text(encoding="utf-8").splitlines()) == 2


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["-f", "csv", "--table", "all"], "-o DIR"),
        (["-f", "json", "--table", "all", "-o", "."], "--format csv or tsv"),
    ],
)
def test_cli_table_all_refusals(story: Path, args: list[str], says: str) -> None:
    result = runner.invoke(app, ["analyze", str(story), *args])
    assert result.exit_code == 2
    assert says in result.stderr


def test_cli_table_all_refuses_a_file_as_output(story: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    target.write_text("kept\n", encoding="utf-8")
    result = runner.invoke(
        app, ["analyze", str(story), "-f", "csv", "--table", "all", "-o", str(target)]
    )
    assert result.exit_code == 2
    assert "must be a directory" in result.stderr
    assert target.read_text(encoding="utf-8") == "kept\n"
    missing = runner.invoke(
        app, ["analyze", str(story), "-f", "csv", "--table", "all", "-o", str(tmp_path / "nope")]
    )
    assert missing.exit_code == 2 and "does not exist" in missing.stderr
    assert not (tmp_path / "nope").exists()


def test_docs_give_the_pandas_dtypes_and_table_all() -> None:
    text = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    assert 'dtype={"id": str, "source": str}' in text
    assert "--table all -o" in text


def test_table_files_refuses_a_directory_inside_an_input_directory(tmp_path: Path) -> None:
    inner = tmp_path / "tables"
    inner.mkdir()
    with pytest.raises(OptionError, match="inside the input directory"):
        table_files(inner, "csv", [str(tmp_path)])
    assert table_files(inner, "csv", [str(tmp_path / "story.txt")])  # a file input: fine
