"""The output side of a run: a file (or stdout) that records are written to, safely.

- `-o` naming one of the inputs (or the file stdin is read from) is refused before anything
  is opened; the output is opened only when the run starts (after the inputs are known and
  the model is there), so a refused run leaves an existing file as it was.
- Each record is one write of whole lines, flushed; a run killed mid-write leaves at most a
  partial last line.
- `--resume` reads the existing output and keeps it only up to its first line that is not a
  complete, valid UTF-8 JSON record (a partial line, garbage, NUL bytes): the file is cut
  there, the cut is reported, and the inputs from there on are done again.
- Writing never raises anything but `OutputError` (full disk, closed pipe, read-only file).
"""

from __future__ import annotations

import io
import json
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from newsdesk.errors import OutputError
from newsdesk.model import Brief, Failure
from newsdesk.read import printable_path
from newsdesk.run.items import resume_key
from newsdesk.run.work import MAX_MESSAGE_CHARS, Outcome


class OutputIsInputError(OutputError):
    """`-o` names a file the run reads."""


@dataclass(frozen=True, slots=True)
class Cut:
    """Where `--resume` cut the output: the 1-based line, and how many lines went with it."""

    line: int
    dropped: int


def check_not_an_input(path: Path, inputs: Iterable[Path], stdin: BinaryIO | None) -> None:
    """Refuse an output that is one of the inputs (however spelled, links included)."""
    label = printable_path(path)
    try:
        out = path.stat()
    except OSError:
        return  # does not exist yet: cannot be an input
    same = [(out.st_dev, out.st_ino)]
    for one in inputs:
        try:
            st = one.stat()
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in same:
            raise OutputIsInputError(f"-o {label} is one of the inputs; it would be overwritten")
    if stdin is not None:
        try:
            st = os.fstat(stdin.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            return
        if stat.S_ISREG(st.st_mode) and (st.st_dev, st.st_ino) in same:
            raise OutputIsInputError(f"-o {label} is the file stdin reads; it would be overwritten")


class OutputFile:
    """The `-o` file: checked now, read for `--resume`, opened (and cut) at `open()`."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        self.path = path
        self.label = printable_path(path)
        self.resume = resume
        self.cut: Cut | None = None
        self._keep: int | None = None  # bytes of the existing file kept (resume)
        self._keys: list[str] = []
        try:
            if path.is_dir():
                raise OutputError(f"-o {self.label}: is a directory")
            parent = path.parent
            if not parent.is_dir():
                raise OutputError(f"-o {self.label}: no such directory {printable_path(parent)}")
        except OSError as exc:
            raise OutputError(f"-o {self.label}: cannot write ({exc.strerror or exc})") from None
        if resume:
            self._scan()

    def _scan(self) -> None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise OutputError(f"-o {self.label}: cannot read ({exc.strerror or exc})") from None
        lines = data.split(b"\n")
        keep, bad_at = 0, None
        for number, line in enumerate(lines[:-1], 1):  # the last piece has no newline
            key = _record_key(line)
            if key is None:
                bad_at = number
                break
            self._keys.append(key)
            keep += len(line) + 1
        if bad_at is None and lines[-1]:
            bad_at = len(lines)  # a partial last line
        if bad_at is not None:
            self.cut = Cut(bad_at, sum(1 for line in lines[bad_at - 1 :] if line))
        self._keep = keep

    def finished(self) -> list[str]:
        return self._keys

    def open(self) -> TextIO:
        binary: BinaryIO
        try:
            if self.resume and self._keep is not None:
                binary = self.path.open("r+b")
                binary.truncate(self._keep)
                binary.seek(self._keep)
            else:
                binary = self.path.open("ab" if self.resume else "wb")
        except OSError as exc:
            raise OutputError(f"-o {self.label}: cannot write ({exc.strerror or exc})") from None
        return io.TextIOWrapper(binary, encoding="utf-8", errors="replace", newline="\n")


def _record_key(line: bytes) -> str | None:
    """The resume key of one output line, or None when it is not a whole valid record."""
    try:
        record = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(record, dict) or not isinstance(record.get("source"), str):
        return None
    return resume_key(record["source"])


class Writer:
    """Writes text to a stream, turning every failure into `OutputError` (once)."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label
        self.failed = False

    def write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError, UnicodeError) as exc:
            self.failed = True
            why = getattr(exc, "strerror", None) or str(exc)
            raise OutputError(f"cannot write to {self.label}: {why}") from None

    def close(self) -> None:
        """Close the stream; after a failed write, quietly (the failure is already told)."""
        try:
            self.stream.close()
        except (OSError, ValueError) as exc:
            if not self.failed:
                why = getattr(exc, "strerror", None) or str(exc)
                raise OutputError(f"cannot write to {self.label}: {why}") from None


class RecordSink:
    """A `run.engine.Sink` that renders each outcome with `render`, reports it through
    `report` (stderr lines, progress) and writes it; `target` opens the stream when the run
    starts. An outcome that cannot be rendered becomes its input's error record."""

    def __init__(
        self,
        target: Callable[[], Writer],
        render: Callable[[Brief | Failure], str],
        *,
        finished: Iterable[str] = (),
        report: Callable[[Outcome], None] | None = None,
    ) -> None:
        self._target = target
        self._render = render
        self._finished = list(finished)
        self._report = report
        self.writer: Writer | None = None

    def finished(self) -> Iterable[str]:
        return self._finished

    def open(self) -> None:
        self.writer = self._target()

    def write(self, outcome: Outcome) -> None:
        assert self.writer is not None
        try:
            text = self._render(outcome.record)
        except Exception as exc:
            kind = type(exc).__name__
            detail = (str(exc).splitlines() or [""])[0][:MAX_MESSAGE_CHARS]
            source = outcome.item.source
            outcome.brief = None
            outcome.failure = Failure(
                source, kind, f"{source}: cannot be shown ({kind}: {detail})", outcome.item.id
            )
            text = self._render(outcome.failure)
        if self._report is not None:
            self._report(outcome)
        self.writer.write(text)
