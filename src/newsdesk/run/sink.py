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

import contextlib
import glob
import io
import json
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from newsdesk.errors import OutputError
from newsdesk.model import Brief, Failure
from newsdesk.read import MAX_BYTES, printable_path
from newsdesk.read.fetch import is_url
from newsdesk.render.sanitize import json_safe
from newsdesk.run.items import resume_key
from newsdesk.run.work import MAX_MESSAGE_CHARS, Outcome

# The `-o` documents being written (`.NAME.<pid>-<hex>.part` beside their target) in this
# process: `remove_temporaries()` deletes them when a second Ctrl-C ends the process at once
# (`os._exit` runs no `finally`).
_LIVE_TEMPORARIES: set[Path] = set()
# The field of a JSON Lines `-o` file's record that `--resume` matches inputs by: the input's
# real absolute path (`:N` added for a JSON Lines input's Nth line), so that the file can be
# resumed from any directory (`source` keeps the name as given). Only where it differs from
# `source` (a relative path, a link): a URL, `<stdin>` or a real absolute path is its own key.
KEY_FIELD = "resume_key"
# A temporary file's name: its target's name, the pid of the run that wrote it, a random part.
_TEMPORARY_RE = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]+\.part")


def remove_temporaries() -> None:
    """Delete this process's unfinished `-o` documents (the process is about to end at once)."""
    for temp in list(_LIVE_TEMPORARIES):
        with contextlib.suppress(OSError):
            temp.unlink()
        _LIVE_TEMPORARIES.discard(temp)


def _remove_stale_temporaries(target: Path) -> None:
    """Delete the `.NAME.<pid>-<hex>.part` files beside `target` left by a run that no longer
    runs (killed with SIGKILL, out of memory, a power loss). Only where a pid can be probed
    without harm (POSIX `kill(pid, 0)`; on Windows `os.kill` would end the process): elsewhere
    they are left."""
    if os.name != "posix":
        return
    try:
        beside = list(target.parent.glob(f".{glob.escape(target.name)}.*.part"))
    except OSError:
        return
    for temp in beside:
        found = _TEMPORARY_RE.fullmatch(temp.name)
        if found is None or found["name"] != target.name or temp in _LIVE_TEMPORARIES:
            continue
        pid = int(found["pid"])
        if pid != os.getpid() and _running(pid):
            continue
        with contextlib.suppress(OSError):
            temp.unlink()


def _running(pid: int) -> bool:
    """Whether process `pid` is running (POSIX only: signal 0 probes it, sends nothing)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process (EPERM), or cannot tell: kept
    return True


class OutputIsInputError(OutputError):
    """`-o` names a file the run reads."""


class OutputPathError(OutputError):
    """`-o` names what cannot be an output, found before any input is read: a directory, a
    file in a missing directory or under a file, a name the system refuses (a usage error;
    an output that fails when read or written is an `OutputError`)."""


class ResumeMismatchError(OutputError):
    """A file to resume holds records that another command (or another model) wrote."""


@dataclass(frozen=True, slots=True)
class Maker:
    """What wrote a record: `newsdesk clean` (`model` None) or `newsdesk analyze` with
    `model` (a record's `model` field); a file is resumed only by the maker of its records."""

    model: str | None

    @classmethod
    def of(cls, record: dict[str, object]) -> Maker | None:
        """The maker of a brief's record; None for an error record (any command writes
        those)."""
        if "error" in record:
            return None
        model = record.get("model")
        return cls(model if isinstance(model, str) else None)

    def __str__(self) -> str:
        return "`newsdesk clean`" if self.model is None else f"`newsdesk analyze` ({self.model})"


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
    """The `-o` file: checked now, read for `--resume`, opened (and cut) at `open()`.

    `whole`: the output is one document (JSON, GeoJSON, HTML, a table, a report), promised
    whole or not at all: it is written to a temporary file beside the target and put in its
    place by `commit()` when the run has ended, so an interrupted or failed run (`discard()`)
    leaves an existing file as it was and never a truncated one. Otherwise (JSON Lines) the
    records go straight into the file, each whole, as `--resume` reads them."""

    def __init__(
        self, path: Path, *, resume: bool, whole: bool = False, maker: Maker | None = None
    ) -> None:
        self.path = path
        self.maker = maker  # what this run writes; a file to resume must hold its records
        self.label = printable_path(path)
        self.resume = resume
        self.whole = whole and not resume
        self._temp: Path | None = None  # the file written, until commit() puts it in place
        self._target: Path | None = None  # the file it replaces (links followed)
        self.cut: Cut | None = None
        self._keep: int | None = None  # bytes of the existing file kept (resume)
        self._keys: list[str] = []
        self._failed: list[str] = []  # the keys of the error records among them
        # records of relative sources without `KEY_FIELD` (written before session 12): keyed
        # by their source resolved from the directory this run starts in
        self.unkeyed = 0
        try:
            if path.is_dir():
                raise OutputPathError(f"-o {self.label}: is a directory")
            parent = path.parent
            if not parent.is_dir():
                folder = printable_path(parent)
                why = (
                    f"{folder} is not a directory"
                    if parent.exists()
                    else f"no such directory {folder}"
                )
                raise OutputPathError(f"-o {self.label}: {why}")
        except OSError as exc:  # a name the system refuses (too long)
            raise OutputPathError(
                f"-o {self.label}: cannot write ({exc.strerror or exc})"
            ) from None
        if resume:
            self._scan()

    def _scan(self) -> None:
        try:
            if self.path.exists() and not self.path.is_file():
                # a device or a named pipe (`-o /dev/null`, `-o fifo`): nothing to resume
                # from; reading a pipe would wait for ever for a writer, and a device cannot
                # be cut (EINVAL): it is appended to as it is
                return
            data = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise OutputError(f"-o {self.label}: cannot read ({exc.strerror or exc})") from None
        lines = data.split(b"\n")
        keep, bad_at = 0, None
        for number, line in enumerate(lines[:-1], 1):  # the last piece has no newline
            record = _record(line)
            if record is None and number == 1:
                # a whole first line that is no record: not a file newsdesk wrote (a JSON
                # report, notes), which cutting would destroy; a run killed in its first
                # record leaves a partial line with no newline, cut below
                raise ResumeMismatchError(
                    f"-o {self.label}: line 1 is not a newsdesk JSON Lines record; resume only "
                    "a file newsdesk wrote (this one is left as it is)"
                )
            if record is None:
                bad_at = number
                break
            self._check_maker(record, number)
            key = _key_of(record)
            if not isinstance(record.get(KEY_FIELD), str) and _relative(str(record["source"])):
                self.unkeyed += 1
            self._keys.append(key)
            if "error" in record:
                self._failed.append(key)
            keep += len(line) + 1
        if bad_at is None and lines[-1]:
            bad_at = len(lines)  # a partial last line
        if bad_at is not None:
            self.cut = Cut(bad_at, sum(1 for line in lines[bad_at - 1 :] if line))
        self._keep = keep

    def _check_maker(self, record: dict[str, object], number: int) -> None:
        """Refuse a file whose records another command (or model) wrote: resuming it would
        take inputs for done that this run has not done (an analysis over `clean` records)."""
        if self.maker is None:
            return
        maker = Maker.of(record)
        if maker is not None and maker != self.maker:
            raise ResumeMismatchError(
                f"-o {self.label}: line {number} is a record of {maker}, not of this run's "
                f"{self.maker}; resume only a file the same command wrote"
            )

    def finished(self) -> list[str]:
        """The resume keys of the records kept, one per record, in file order."""
        return self._keys

    def failed_before(self) -> list[str]:
        """The keys of the error records among them (inputs that failed in an earlier run)."""
        return self._failed

    def open(self) -> TextIO:
        binary: BinaryIO
        _remove_stale_temporaries(Path(os.path.realpath(self.path)))
        try:
            if self.whole and (temp := self._temporary()) is not None:
                binary = temp
            elif self.resume and self._keep is not None:
                binary = self.path.open("r+b")
                binary.truncate(self._keep)
                binary.seek(self._keep)
            else:
                binary = self.path.open("ab" if self.resume else "wb")
        except OSError as exc:
            raise OutputError(f"-o {self.label}: cannot write ({exc.strerror or exc})") from None
        return io.TextIOWrapper(binary, encoding="utf-8", errors="replace", newline="\n")

    def _temporary(self) -> BinaryIO | None:
        """A new file beside the target, with the target's permissions (or those a new file
        gets), to be renamed over it; None when the target is not a regular file (a device,
        a pipe: written in place) or no file can be made beside it (written in place too)."""
        target = Path(os.path.realpath(self.path))
        try:
            mode: int | None = stat.S_IMODE(target.stat().st_mode)
            if not target.is_file() or not os.access(target, os.W_OK):
                return None  # in place: a device or pipe as ever; a read-only file refused
        except OSError:
            mode = None  # no such file yet
        temp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
        # O_CLOEXEC and O_BINARY exist on one system each (0 elsewhere); descriptors are
        # not inherited by default anyway (PEP 446).
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
        flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(temp, flags, 0o666)
        except OSError:
            return None
        try:
            binary = os.fdopen(fd, "wb")
        except OSError:
            os.close(fd)
            temp.unlink(missing_ok=True)
            return None
        if mode is not None:
            try:
                os.chmod(temp, mode)  # portable (os.fchmod is on Windows only from 3.13)
            except OSError:
                binary.close()
                temp.unlink(missing_ok=True)
                return None
        self._temp, self._target = temp, target
        _LIVE_TEMPORARIES.add(temp)
        return binary

    def commit(self) -> None:
        """The run has ended: the whole document takes the target's place (nothing to do when
        it was written in place): renamed over it, or, when the target has other hard links
        or the rename fails (a file bind-mounted into a container, or held open on Windows:
        EBUSY; another device: EXDEV), copied into it in place."""
        if self._temp is None or self._target is None:
            return
        try:
            linked = self._target.stat().st_nlink > 1
        except OSError:
            linked = False  # no target yet
        if not linked:
            try:
                os.replace(self._temp, self._target)
            except OSError:
                pass  # a bind-mounted or held-open target (EBUSY), another device (EXDEV)
            else:
                _LIVE_TEMPORARIES.discard(self._temp)
                self._temp = None
                return
        # Renaming would break the target's other hard links, or cannot be done: the finished
        # document is copied into the target in place rather than lost.
        try:
            with self._temp.open("rb") as source, self._target.open("r+b") as sink:
                sink.truncate(0)
                shutil.copyfileobj(source, sink)
        except OSError as exc:
            self.discard()
            raise OutputError(f"-o {self.label}: cannot write ({exc.strerror or exc})") from None
        self.discard()

    def discard(self) -> None:
        """The run did not end: the document begun is removed, the target left as it was."""
        if self._temp is not None:
            with contextlib.suppress(OSError):
                self._temp.unlink()
            _LIVE_TEMPORARIES.discard(self._temp)
            self._temp = None


def _key_of(record: dict[str, object]) -> str:
    """A record's resume key: its `KEY_FIELD` (the input's real absolute path, written since
    session 12), else its `source` resolved from the current directory (an older file,
    resumed from the directory it was written from). A keyed record with a relative source
    whose key names no file any more (the folder was moved, or is seen through another mount:
    a container's `-v $PWD:/data`, NFS) is matched by that source resolved from the current
    directory instead, so a moved folder resumes with no duplicates (review 12c, 1)."""
    key = record.get(KEY_FIELD)
    source = str(record["source"])
    if not isinstance(key, str) or not key:
        return resume_key(source)
    if _relative(source) and not os.path.exists(_path_of(key)):
        return resume_key(source)
    return key


def _path_of(key: str) -> str:
    """The file a resume key names (':N', a JSON Lines record's line, left off)."""
    head, sep, line = key.rpartition(":")
    return head if sep and line.isdigit() and head else key


def _relative(source: str) -> bool:
    """Whether a record's source is a relative path (not a URL, `<stdin>`, or absolute)."""
    return not (source.startswith("<") or is_url(source) or os.path.isabs(source))


def with_key(line: str, key: str) -> str:
    """A JSON Lines record (one object on one line) with `KEY_FIELD` added last."""
    if not line.strip():
        return line
    if line.endswith("}\n") and line.count("\n") == 1 and line.rstrip()[:-1].rstrip() != "{":
        return f"{line[:-2]}, {json.dumps(KEY_FIELD)}: {json_safe(json.dumps(key, ensure_ascii=False))}}}\n"
    record = json.loads(line)  # (not reached with newsdesk's own renderer)
    record[KEY_FIELD] = key
    return json_safe(json.dumps(record, ensure_ascii=False)) + "\n"


def holds_records(path: Path) -> bool:
    """Whether `path` is a JSON Lines file of newsdesk's records (its first line one): an
    output of an earlier run, which a run writing it again inside a folder it reads leaves
    out of its inputs (`run.items.gather`'s `output`) instead of refusing it as an input."""
    try:
        if not path.is_file():
            return False  # (opening a named pipe to read would wait for a writer)
        with path.open("rb") as fh:
            first = fh.readline(MAX_BYTES + 1)
    except OSError:
        return False
    return first.endswith(b"\n") and _record(first) is not None


def _record(line: bytes) -> dict[str, object] | None:
    """One output line's record, or None when it is not a whole valid record (a JSON object
    with a `source`)."""
    try:
        record = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(record, dict) or not isinstance(record.get("source"), str):
        return None
    return record


class ReaderGoneError(OutputError):
    """stdout is a pipe whose reader has stopped reading (`newsdesk … | head -1`): the run
    ends there, quietly, as `grep` or `cat` would (the reader wanted no more)."""


class Writer:
    """Writes text to a stream, turning every failure into `OutputError` (once); on stdout, a
    pipe closed by its reader into `ReaderGoneError`."""

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
            if isinstance(exc, BrokenPipeError) and self.label == "stdout":
                raise ReaderGoneError("stdout: its reader has stopped reading") from None
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
        failed_before: Iterable[str] = (),
        report: Callable[[Outcome], None] | None = None,
        keyed: bool = False,
    ) -> None:
        self._target = target
        self._keyed = keyed  # a JSON Lines -o file: records get their input's resume key
        self._render = render
        self._finished = list(finished)
        self._failed_before = list(failed_before)
        self._report = report
        self.writer: Writer | None = None

    def finished(self) -> Iterable[str]:
        return self._finished

    def failed_before(self) -> Iterable[str]:
        return self._failed_before

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
        if self._keyed and (key := outcome.item.key) != outcome.item.source:
            text = with_key(text, key)
        if self._report is not None:
            self._report(outcome)
        self.writer.write(text)
