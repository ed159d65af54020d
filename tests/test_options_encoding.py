"""A mistyped encoding is a usage error before any input is read (review 11, finding 10):
not one `DecodeError` record per input of a corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsdesk
from newsdesk.cli import ExitCode, app
from newsdesk.errors import OptionError
from newsdesk.run.options import Options, settle

runner = CliRunner()


def test_options_check_the_encoding_name() -> None:
    with pytest.raises(OptionError, match="unknown encoding 'utf-9'"):
        Options(encoding="utf-9")
    with pytest.raises(OptionError, match="`encoding`"):
        settle(encoding="latin-2x")
    # the names Python knows, in any spelling it accepts, pass
    for name in ("utf-8", "UTF8", "latin-1", "cp1251", "shift_jis", "koi8-r"):
        assert Options(encoding=name).encoding == name


def test_the_library_refuses_it_before_reading() -> None:
    with pytest.raises(OptionError):
        newsdesk.clean(b"A short text that is never read.", encoding="bogus")


def test_the_cli_says_it_once_and_exits_2(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"story{n}.txt").write_text(f"Story {n}: the council met on Monday.\n")
    result = runner.invoke(app, ["clean", str(tmp_path), "--encoding", "bogus", "-f", "jsonl"])
    assert result.exit_code == ExitCode.USAGE == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert "unknown encoding 'bogus'" in line and "--encoding" in line
