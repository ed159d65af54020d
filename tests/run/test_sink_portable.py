"""The `-o` document written beside its target works without the POSIX-only names
(`os.O_CLOEXEC`, `os.fchmod`), as on Windows (review 11b, finding 1)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from newsdesk.run.sink import OutputFile


def _write_whole(target: Path, text: str) -> None:
    out = OutputFile(target, resume=False, whole=True)
    stream = out.open()
    stream.write(text)
    stream.close()
    out.commit()


def test_a_whole_document_is_written_without_cloexec_or_fchmod(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "O_CLOEXEC", raising=False)
    monkeypatch.delattr(os, "fchmod", raising=False)
    target = tmp_path / "out.json"
    target.write_text("OLD\n")
    target.chmod(0o640)
    _write_whole(target, '{"new": true}\n')
    assert target.read_text() == '{"new": true}\n'
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not list(tmp_path.glob(".*.part"))


def test_a_new_whole_document_without_the_posix_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "O_CLOEXEC", raising=False)
    monkeypatch.delattr(os, "fchmod", raising=False)
    target = tmp_path / "new.csv"
    _write_whole(target, "a,b\n")
    assert target.read_text() == "a,b\n"
