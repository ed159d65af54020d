"""The terminal report takes its terminal facts (width, colour: NO_COLOR, a dumb TERM) from
the `Environment` handed to `cli.main`, never from the process: each case here sets them in
the fake environment only, and one shows the process's own variables change nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from harness import GOOD, on_terminal

ANSI_RE = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "harbour.txt"
    path.write_text(f"Harbour works\n\n{GOOD}\n\n{GOOD}\n", encoding="utf-8")
    return str(path)


def _widest(stdout: str) -> int:
    return max(len(line) for line in ANSI_RE.sub("", stdout).splitlines())


@pytest.mark.parametrize("width", [60, 140])
def test_the_report_is_as_wide_as_the_terminal_it_was_handed(article: str, width: int) -> None:
    run = on_terminal(["clean", article], width=width)
    assert run.code == 0, run.stderr
    assert "╭" in run.stdout  # the rich report
    assert _widest(run.stdout) == width


@pytest.mark.parametrize("term", ["dumb", "unknown"])
def test_a_dumb_term_gets_the_report_without_colour(article: str, term: str) -> None:
    run = on_terminal(["clean", article], environ={"TERM": term})
    assert run.code == 0, run.stderr
    assert "╭" in run.stdout and "\x1b[" not in run.stdout
    assert _widest(run.stdout) == 100  # the terminal's own width still, not rich's 80


def test_a_colour_term_gets_colour_and_no_color_takes_it_away(article: str) -> None:
    coloured = on_terminal(["clean", article], environ={"TERM": "xterm-256color"})
    assert "\x1b[" in coloured.stdout
    plain = on_terminal(["clean", article], environ={"TERM": "xterm-256color", "NO_COLOR": "1"})
    assert "╭" in plain.stdout and "\x1b[" not in plain.stdout
    assert ANSI_RE.sub("", coloured.stdout) == plain.stdout


@pytest.mark.parametrize(
    "name,value",
    [
        ("TERM", "dumb"),  # rich alone would print 80 columns
        ("COLUMNS", "40"),
        ("LINES", "3"),
        ("NO_COLOR", "1"),
        ("FORCE_COLOR", "1"),
        ("TTY_COMPATIBLE", "0"),
    ],
)
def test_the_process_environment_plays_no_part(
    article: str, name: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed = on_terminal(["clean", article], width=120, environ={"TERM": "xterm"})
    monkeypatch.setenv(name, value)  # the process's, which the CLI was not handed
    again = on_terminal(["clean", article], width=120, environ={"TERM": "xterm"})
    assert again.stdout == handed.stdout
    assert "\x1b[" in again.stdout and _widest(again.stdout) == 120
