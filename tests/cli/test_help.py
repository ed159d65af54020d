"""--help offers what the command accepts (review 11, finding 15): `clean --table` only
`articles`; the inputs include URLs; both commands give their exit codes."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
import typer
from typer.core import TyperGroup
from typer.testing import CliRunner

from newsdesk.cli import ExitCode, app

runner = CliRunner()
CTX = click.Context(click.Command("newsdesk"))


def _help(command: str) -> str:
    result = runner.invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    return " ".join(result.stdout.split())  # rich wraps and boxes: compare words


def _table_option(command: str) -> click.Parameter:
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    (table,) = [p for p in group.commands[command].params if p.name == "table"]
    return table


def test_clean_offers_only_the_articles_table_and_analyze_every_table() -> None:
    assert "--table <articles>" in _help("clean")  # what --help shows
    assert "people" not in " ".join(_table_option("clean").get_help_record(CTX) or ())
    analyze = " ".join(_help("analyze").split("--table", 2)[2].split())
    assert "people" in analyze and "row per person" in analyze


@pytest.mark.parametrize("command", ["clean", "analyze"])
def test_help_names_urls_and_the_exit_codes(command: str) -> None:
    text = _help(command)
    assert "http(s) URLs" in text
    assert "Exit codes: 0 all inputs done" in text
    assert "2 usage error" in text and "130 interrupted" in text


def test_clean_refuses_an_item_table_as_usage_and_takes_articles(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The harbour board met on Monday to discuss the new pier.\n")
    refused = runner.invoke(app, ["clean", str(story), "-f", "csv", "--table", "people"])
    assert refused.exit_code == ExitCode.USAGE and refused.stdout == ""
    assert "newsdesk analyze" in refused.stderr  # the one line says where that table is
    taken = runner.invoke(app, ["clean", str(story), "-f", "csv", "--table", "articles"])
    assert taken.exit_code == 0
    assert taken.stdout.startswith("source,id,title,")


def test_clean_refuses_all_tables_naming_analyze(tmp_path: Path) -> None:
    """`clean --table all` was click's bare "'all' is not one of 'people', 'places', …",
    listing tables `clean` then refuses; it is refused as every other item table is."""
    story = tmp_path / "story.txt"
    story.write_text("The harbour board met on Monday to discuss the new pier.\n")
    tables = tmp_path / "tables"
    tables.mkdir()
    args = ["clean", str(story), "-f", "csv", "--table", "all", "-o", str(tables)]
    refused = runner.invoke(app, args)
    assert refused.exit_code == ExitCode.USAGE and refused.stdout == ""
    assert "--table all needs an analysis" in refused.stderr
    assert "newsdesk analyze" in refused.stderr and "not one of" not in refused.stderr
    assert list(tables.iterdir()) == []


@pytest.mark.parametrize("command", ["clean", "analyze"])
def test_every_exit_code_is_in_the_help(command: str) -> None:
    from newsdesk.cli.status import meaning

    text = " ".join(_help(command).split())  # rich wraps the description
    for code in ExitCode:
        said = meaning(code, loads_model=command == "analyze")
        assert f"{int(code)} {' '.join(said.split())}" in text, code
    assert "143 terminated" in text and "--resume" in text.split("Exit codes:")[1]


def test_each_command_help_says_what_that_command_does() -> None:
    """`clean --help` showed `analyze`'s exit-code line ("the model is not installed") and
    its `--published` help (relative times resolve against it), though `clean` loads no
    model and resolves no time (session 27, from reading `clean --help`)."""
    clean, analyze = _help("clean"), _help("analyze")
    assert "model is not installed" not in clean and "model is not installed" in analyze
    assert "relative times" not in clean and "relative times" in analyze
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    (published,) = [p for p in group.commands["clean"].params if p.name == "published"]
    said = " ".join(published.get_help_record(CTX) or ())
    assert "): it wins over a date the page shows" in said  # what it does in clean


@pytest.mark.parametrize("command", ["clean", "analyze"])
def test_urls_names_the_file_its_help_speaks_of(command: str) -> None:
    """The help says "the URLs listed in FILE" (the README: `--urls FILE`); the value was
    shown as <path>, so FILE named nothing on the line (session 28, usereyes)."""
    shown = " ".join(_help(command).replace("│", " ").split())  # the box's borders out
    assert "--urls FILE Also read the http(s) URLs listed in FILE" in shown
