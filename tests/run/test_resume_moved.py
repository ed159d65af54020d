"""Review 12c, finding 1: `--resume` after the project folder is moved (or seen through another
mount) matches each keyed record by its source resolved from the current directory, so no input
is done twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import cli
from newsdesk.run.sink import KEY_FIELD

STORY = (
    "The ferry company will add a second evening crossing from June, its manager said on "
    "Tuesday. Tickets for the new sailing go on sale next week at the harbour office."
)
runner = CliRunner()


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_resume_after_the_folder_is_moved_does_each_input_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "desk-one"
    (first / "pages").mkdir(parents=True)
    for n in range(3):
        (first / "pages" / f"{n}.txt").write_text(f"{STORY} Number {n}.", encoding="utf-8")
    monkeypatch.chdir(first)
    args = ["clean", "pages", "-f", "jsonl", "-o", "out.jsonl"]
    assert runner.invoke(cli.app, args).exit_code == 0
    lines = (first / "out.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (first / "out.jsonl").write_text("".join(lines[:2]), encoding="utf-8")  # an interrupted run
    moved = tmp_path / "desk-two"
    first.rename(moved)
    monkeypatch.chdir(moved)
    result = runner.invoke(cli.app, [*args, "--resume"])
    assert result.exit_code == 0, result.stderr
    assert "none of its" not in result.stderr
    records = _records(moved / "out.jsonl")
    assert [r["source"] for r in records] == [f"pages/{n}.txt" for n in range(3)]
    assert records[2][KEY_FIELD] == str((moved / "pages" / "2.txt").resolve())


def test_a_keyed_record_whose_file_still_exists_is_matched_by_its_key_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # same relative names in another folder are other inputs: they are done, not skipped
    for desk in ("a", "b"):
        (tmp_path / desk / "pages").mkdir(parents=True)
        (tmp_path / desk / "pages" / "0.txt").write_text(f"{STORY} Desk {desk}.", "utf-8")
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tmp_path / "a")
    assert runner.invoke(cli.app, ["clean", "pages", "-f", "jsonl", "-o", str(out)]).exit_code == 0
    monkeypatch.chdir(tmp_path / "b")
    result = runner.invoke(cli.app, ["clean", "pages", "-f", "jsonl", "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.stderr
    assert [r[KEY_FIELD] for r in _records(out)] == [
        str((tmp_path / d / "pages" / "0.txt").resolve()) for d in ("a", "b")
    ]
