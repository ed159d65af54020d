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


@pytest.mark.parametrize("name", ["base64", "hex", "rot13", "zlib"])
def test_a_codec_that_is_not_a_text_encoding_is_refused_up_front(name: str) -> None:
    with pytest.raises(OptionError, match=f"not a text encoding {name!r}"):
        Options(encoding=name)


def test_a_name_with_a_nul_is_an_option_error_not_a_value_error() -> None:
    with pytest.raises(OptionError, match="unknown encoding"):
        Options(encoding="utf\x00")


def test_the_cli_refuses_base64_once_before_any_input(tmp_path: Path) -> None:
    for n in range(2):
        (tmp_path / f"story{n}.txt").write_text(f"Story {n}: the council met on Monday.\n")
    result = runner.invoke(app, ["clean", str(tmp_path), "--encoding", "base64", "-f", "csv"])
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert "not a text encoding 'base64'" in line and "--encoding" in line


def test_text_encodings_that_refuse_one_byte_still_pass() -> None:
    # utf-16 cannot decode a lone byte, idna refuses the "replace" handler: both decode text
    for name in ("utf-16", "utf-32", "idna"):
        assert Options(encoding=name).encoding == name
