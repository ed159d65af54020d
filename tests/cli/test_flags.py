"""The CLI's shared flag set (written once, on both commands) and its pure flag checks."""

from __future__ import annotations

import inspect
import io
import sys
from dataclasses import fields
from pathlib import Path

import pytest
import typer.main
from typer.core import TyperGroup

from newsdesk.cli import (
    Environment,
    Request,
    Shared,
    app,
    arrange,
    check_analysis,
    check_flags,
    terminal_of,
)
from newsdesk.errors import OptionError
from newsdesk.labels import NOTHING
from newsdesk.render import Format
from newsdesk.render.tables import Table, TableChoice
from newsdesk.run.options import Options


def _p(name: str) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None)


def test_own_flags_follow_the_shared_flag_they_name_and_the_rest_go_last() -> None:
    shared = [_p("a"), _p("b"), _p("c")]
    own = [_p("x"), _p("y"), _p("z")]
    placed = arrange(shared, own, {"y": "a", "x": "a"})
    # own flags keep the command's order among themselves
    assert [p.name for p in placed] == ["a", "x", "y", "b", "c", "z"]


@pytest.mark.parametrize("after", [{"x": "nowhere"}, {"nobody": "a"}])
def test_a_flag_placed_after_nothing_is_refused(after: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="placed after no shared flag"):
        arrange([_p("a")], [_p("x")], after)


def test_every_shared_flag_is_on_both_commands_once() -> None:
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    shared = {f.name for f in fields(Shared)}
    for name in ("clean", "analyze"):
        params = [p.name for p in group.commands[name].params]
        assert len(params) == len(set(params)), name
        assert shared <= set(params), (name, shared - set(params))
    clean_own = {p.name for p in group.commands["clean"].params} - shared
    analyze_own = {p.name for p in group.commands["analyze"].params} - shared
    assert clean_own == {"body"}
    assert {"model", "no_clean", "min_strength", "max_chars", "dask_scheduler"} == analyze_own


def _request(**given: object) -> Request:
    settings: dict[str, object] = {
        "names": ["story.html"],
        "explicit": True,
        "fmt": Format.auto,
        "jsonl": False,
        "output": None,
        "resume": False,
        "glob": "*",
        "quiet": False,
        "verbose": False,
    }
    settings.update(given)
    return Request(**settings)  # type: ignore[arg-type]  # the fields, by name


def _fmt(request: Request, *, stdin_tty: bool = False, stdout_tty: bool = False) -> Format:
    return check_flags(request, stdin_tty=stdin_tty, stdout_tty=stdout_tty)


def test_auto_is_the_report_on_a_terminal_and_text_elsewhere() -> None:
    assert _fmt(_request(), stdout_tty=True) is Format.rich
    assert _fmt(_request(), stdout_tty=False) is Format.text
    # -o goes to a file, even when stdout is a terminal
    assert _fmt(_request(output=Path("out.txt")), stdout_tty=True) is Format.text
    assert _fmt(_request(fmt=Format.json), stdout_tty=True) is Format.json


def test_body_is_its_own_format_and_takes_no_other() -> None:
    assert _fmt(_request(body=True), stdout_tty=True) is Format.body
    assert _fmt(_request(body=True, fmt=Format.text)) is Format.body
    with pytest.raises(OptionError, match=r"--body .* takes no --format"):
        _fmt(_request(body=True, fmt=Format.json))


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"names": ["-", "-"]}, "stdin"),
        ({"resume": True}, "--resume needs --output"),
        ({"resume": True, "output": Path("o.json"), "fmt": Format.json}, "--format jsonl"),
        ({"table": Table.people, "fmt": Format.json}, "--table goes with"),
    ],
)
def test_flags_that_cannot_work_together(given: dict[str, object], message: str) -> None:
    with pytest.raises(OptionError, match=message):
        _fmt(_request(**given))


def test_stdin_from_a_terminal_is_no_input_unless_named() -> None:
    default = _request(names=["-"], explicit=False)
    with pytest.raises(OptionError, match="no input"):
        _fmt(default, stdin_tty=True)
    assert _fmt(default, stdin_tty=False) is Format.text  # piped in
    assert _fmt(_request(names=["-"], explicit=True), stdin_tty=True) is Format.text


def test_resume_and_tables_that_fit() -> None:
    resumed = _request(resume=True, output=Path("o.jsonl"), fmt=Format.jsonl)
    assert _fmt(resumed) is Format.jsonl
    assert _fmt(_request(table=Table.people, fmt=Format.tsv)) is Format.tsv


def test_what_only_an_analysis_gives_is_refused_to_clean() -> None:
    cleaning, analysing = Options(extract=NOTHING), Options()
    with pytest.raises(OptionError, match="newsdesk analyze"):
        check_analysis(Format.geojson, None, cleaning)
    with pytest.raises(OptionError, match="--table people needs an analysis"):
        check_analysis(Format.csv, Table.people, cleaning)
    check_analysis(Format.csv, Table.articles, cleaning)
    with pytest.raises(OptionError, match="--table all needs an analysis"):
        check_analysis(Format.csv, None, cleaning, all_tables=True)
    check_analysis(Format.csv, None, analysing, all_tables=True)
    check_analysis(Format.geojson, Table.people, analysing)


def _streams(*, tty: bool, no_color: bool) -> Environment:
    environ = {"NO_COLOR": "1"} if no_color else {}
    return Environment(None, None, io.StringIO(), False, tty, False, width=88, environ=environ)


def test_colour_only_on_a_terminal_without_no_color_and_never_into_a_file() -> None:
    on_terminal = terminal_of(_streams(tty=True, no_color=False), to_file=False)
    assert (on_terminal.tty, on_terminal.color, on_terminal.width) == (True, True, 88)
    assert not terminal_of(_streams(tty=True, no_color=True), to_file=False).color
    to_file = terminal_of(_streams(tty=True, no_color=False), to_file=True)
    assert (to_file.tty, to_file.color, to_file.width) == (False, False, None)
    assert not terminal_of(_streams(tty=False, no_color=False), to_file=False).tty


def test_no_color_comes_from_the_environment_with_the_streams(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert Environment.current().no_color
    monkeypatch.delenv("NO_COLOR")
    assert not Environment.current().no_color


def test_a_missing_stderr_opens_no_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    stderr = Environment.current().stderr
    assert stderr.write("newsdesk: error: nowhere\n") == len("newsdesk: error: nowhere\n")
    with pytest.raises(OSError):  # no file behind it: nothing opened, nothing to close
        stderr.fileno()


@pytest.mark.parametrize("choice", list(TableChoice))
def test_clean_refuses_every_table_but_articles_by_one_rule(choice: TableChoice) -> None:
    """Session 27: `--table all` and a single table are one rule of `check_analysis`; the same
    refusal, naming the table asked for, for each of them (a refactor: passes before it)."""
    cleaning = Options(extract=NOTHING)
    every = choice is TableChoice.all
    table = None if every else Table(choice)
    if choice is TableChoice.articles:
        check_analysis(Format.csv, table, cleaning, all_tables=every)
        return
    with pytest.raises(OptionError, match=rf"^--table {choice} needs an analysis: use `newsdesk"):
        check_analysis(Format.csv, table, cleaning, all_tables=every)
