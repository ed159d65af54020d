"""Review 12c, finding 6: every field a `-f jsonl -o FILE` record carries is a row of a field
table in docs/output.md or the README's JSON contract."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import cli
from project_paths import ROOT

STORY = "The ferry company will add a second evening crossing from June, its manager said."


def test_the_resume_key_of_a_record_written_to_a_file_is_documented(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli.app, ["clean", "pages", "-f", "jsonl", "-o", "out.jsonl"])
    assert result.exit_code == 0, result.stderr
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    rows = set(re.findall(r"^\| `(\w+)` \|", (ROOT / "docs" / "output.md").read_text(), re.M))
    rows |= set(re.findall(r"^\| `(\w+)` \|", (ROOT / "README.md").read_text(), re.M))
    assert "resume_key" in record
    assert "resume_key" in rows
