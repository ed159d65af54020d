"""Session 13: `--workers N` above the machine's cores is said once on stderr (a laptop
asked for 16 thrashes), and the run goes on as asked. Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import cli
from newsdesk.run import options as run_options

STORY = (
    "The ferry company will add a second boat to the island route in June, its director "
    "said on Tuesday. Tickets for the summer go on sale next week."
)
runner = CliRunner()


def _corpus(root: Path, count: int) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for n in range(count):
        (corpus / f"{n:02d}.txt").write_text(f"{STORY} Note {n}.", encoding="utf-8")
    return corpus


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run_options, "default_workers", lambda: 2)


@pytest.mark.usefixtures("two_cores")
def test_more_workers_than_cores_is_warned_once_and_the_run_goes_on(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 3)
    result = runner.invoke(cli.app, ["clean", str(corpus), "-f", "jsonl", "--workers", "16"])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3
    assert all(json.loads(line)["text"].startswith(STORY) for line in result.stdout.splitlines())
    said = [line for line in result.stderr.splitlines() if "--workers 16" in line]
    assert len(said) == 1
    assert said[0].startswith("newsdesk: warning: ")
    assert "more than the 2 cores" in said[0] and "going on with 16" in said[0]


@pytest.mark.usefixtures("two_cores")
@pytest.mark.parametrize(
    "extra",
    [
        ["--workers", "2"],
        ["--workers", "1"],
        [],  # the default is the cores
        ["--workers", "16", "--quiet"],
    ],
)
def test_no_warning_within_the_cores_or_when_quiet(tmp_path: Path, extra: list[str]) -> None:
    corpus = _corpus(tmp_path, 2)
    result = runner.invoke(cli.app, ["clean", str(corpus), "-f", "jsonl", *extra])
    assert result.exit_code == 0, result.stderr
    assert "--workers" not in result.stderr


@pytest.mark.usefixtures("two_cores")
def test_the_warning_says_the_cores_this_process_may_use(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 1)
    result = runner.invoke(cli.app, ["clean", str(corpus), "-f", "jsonl", "-w", "3"])
    assert result.exit_code == 0
    assert "--workers 3 is more than the 2 cores" in result.stderr
    assert "--workers 2 or fewer" in result.stderr
