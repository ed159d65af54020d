"""Review 13c, findings 2, 5 and 6: `--table all -o DIR` puts its five files in place only
when the run ends (an interrupted run leaves an earlier set as it was); DIR may not be the
directory that holds a named input; `--table all` gets the `--workers` warning. Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from contract_records import brief
from newsdesk.cli import app
from newsdesk.errors import OptionError
from newsdesk.model import Record
from newsdesk.render import tables as tables_mod
from newsdesk.render.tables import Dialect, Table, TableFiles, table_files
from newsdesk.run import options as run_options

runner = CliRunner()
STORY = (
    "Harbour board backs new quay\n\n"
    "The harbour board of Oban said on Tuesday it will open the new quay next spring.\n\n"
    "Fishermen welcomed the plan, which the board will pay for from its own reserves.\n"
)


def _earlier_set(directory: Path) -> dict[str, str]:
    for table in Table:
        (directory / f"{table.value}.csv").write_text(f"earlier {table.value}\n", "utf-8")
    return {p.name: p.read_text("utf-8") for p in directory.iterdir()}


def test_table_files_replace_the_earlier_set_only_when_closed(tmp_path: Path) -> None:
    before = _earlier_set(tmp_path)
    files = TableFiles(tmp_path, Dialect.csv)
    files.write(brief(source="a.txt"))
    # mid-run: the earlier tables are untouched (they were truncated in place before)
    assert {p.name: p.read_text("utf-8") for p in tmp_path.glob("*.csv")} == before
    files.close()
    after = {p.name: p.read_text("utf-8") for p in tmp_path.iterdir()}
    assert sorted(after) == sorted(before)  # no temporary file left
    assert all(text.startswith("source,") for text in after.values())
    assert "a.txt" in after["articles.csv"]


def test_table_files_discarded_leave_the_earlier_set_and_no_temporaries(tmp_path: Path) -> None:
    before = _earlier_set(tmp_path)
    files = TableFiles(tmp_path, Dialect.csv)
    files.write(brief(source="a.txt"))
    files.discard()
    files.close()  # after a discard: nothing (an interrupt ends the document too)
    assert {p.name: p.read_text("utf-8") for p in tmp_path.iterdir()} == before


def test_cli_table_all_interrupted_leaves_the_earlier_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = tmp_path / "in" / "quay.txt"
    story.parent.mkdir()
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "tables"
    out.mkdir()
    before = _earlier_set(out)
    write = tables_mod.TableFiles.write

    def interrupted(self: TableFiles, record: Record) -> None:
        write(self, record)
        raise KeyboardInterrupt

    monkeypatch.setattr(tables_mod.TableFiles, "write", interrupted)
    result = runner.invoke(
        app, ["analyze", str(story), "-f", "csv", "--table", "all", "-o", str(out), "-w", "1"]
    )
    assert result.exit_code == 130, result.stderr  # interrupted (not refused)
    assert "interrupted" in result.stderr
    assert {p.name: p.read_text("utf-8") for p in out.iterdir()} == before


def test_table_files_refuse_the_directory_that_holds_a_named_input(tmp_path: Path) -> None:
    story = tmp_path / "quay.txt"
    story.write_text(STORY, encoding="utf-8")
    with pytest.raises(OptionError, match="holds the input"):
        table_files(tmp_path, "csv", [str(story)])
    elsewhere = tmp_path / "tables"
    elsewhere.mkdir()
    assert len(table_files(elsewhere, "csv", [str(story)])) == len(Table)
    result = runner.invoke(
        app, ["analyze", str(story), "-f", "csv", "--table", "all", "-o", str(tmp_path), "-w", "1"]
    )
    assert result.exit_code == 2
    assert "holds the input" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quay.txt", "tables"]


def test_table_all_gets_the_workers_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_options, "default_workers", lambda: 2)
    story = tmp_path / "in" / "quay.txt"
    story.parent.mkdir()
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "tables"
    out.mkdir()
    result = runner.invoke(
        app, ["analyze", str(story), "-f", "csv", "--table", "all", "-o", str(out), "-w", "9"]
    )
    assert result.exit_code == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if "--workers 9" in line]
    assert len(said) == 1 and "more than the 2 cores" in said[0]
    assert (out / "articles.csv").read_text("utf-8").count("quay.txt") == 1
