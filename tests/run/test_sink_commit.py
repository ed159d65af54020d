"""A finished run's `-o` document is never lost when it cannot be renamed over its target
(a bind-mounted file: EBUSY; another device: EXDEV), and a target with other hard links
keeps them (review 11b, finding 2)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from newsdesk.run import sink
from newsdesk.run.sink import OutputFile


def _write_whole(target: Path, text: str) -> None:
    out = OutputFile(target, resume=False, whole=True)
    stream = out.open()
    stream.write(text)
    stream.close()
    out.commit()


@pytest.mark.parametrize("code", [errno.EBUSY, errno.EXDEV])
def test_a_failed_rename_copies_the_document_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    target = tmp_path / "out.json"
    target.write_text("OLD OLD OLD OLD\n")

    def refuse(src: object, dst: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(sink.os, "replace", refuse)
    _write_whole(target, "[1]\n")
    assert target.read_text() == "[1]\n"
    assert not list(tmp_path.glob(".*.part"))


def test_every_hard_link_of_the_target_gets_the_new_document(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("OLD\n")
    other = tmp_path / "hard.json"
    os.link(target, other)
    _write_whole(target, '{"new": 1}\n')
    assert target.read_text() == other.read_text() == '{"new": 1}\n'
    assert target.stat().st_ino == other.stat().st_ino
    assert not list(tmp_path.glob(".*.part"))


def test_a_single_link_target_is_still_replaced_by_a_rename(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("OLD\n")
    before = target.stat().st_ino
    _write_whole(target, "new\n")
    assert target.read_text() == "new\n"
    assert target.stat().st_ino != before  # renamed over it, not written in place
