"""Inputs that are not plain files, or stop being files mid-run: a named pipe (with and
without a writer), a directory, an unreadable file, a file that vanishes or turns into a
directory between the listing and its turn. Each gets one record (an error line for a bad
one), in order, and the others keep their briefs."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from harness import GOOD, check, page, process

import newsdesk.read as reader
from newsdesk.errors import EmptyInputError
from newsdesk.read import read
from newsdesk.run import Collect, Options, gather, run

OTHER = (
    "The ferry operator said on Friday it will add a second boat on the island route in June. "
    "Fares stay the same until the end of the year, its manager told the local paper."
)


# A pipe's wait (seconds) far past anything a test waits for: a read that returns well
# before it was ended by its writer, not by the wait, however loaded the machine.
LONG_WAIT = 600.0


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(page(f"<p>{text}</p>"), encoding="utf-8")
    return str(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_nothing_writes_to_is_one_error_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    names = [_file(tmp_path, "a.html", GOOD), str(fifo), _file(tmp_path, "b.html", OTHER)]
    found = check(process(["clean", *names, "-f", "jsonl"]), 1, records=3, errors=1)
    assert [r["source"] for r in found] == names
    assert found[1]["kind"] == "EmptyInputError" and "named pipe" in str(found[1]["error"])
    assert "harbour board" in str(found[0]["text"]) and "ferry operator" in str(found[2]["text"])


def _writer(fifo: Path, text: str, delay: float = 0.0) -> threading.Thread:
    """A thread that opens `fifo` for writing after `delay` seconds (its open blocks until a
    reader has the pipe open) and writes `text`, started already."""

    def write() -> None:
        time.sleep(delay)
        with fifo.open("w", encoding="utf-8") as fh:
            fh.write(text)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("delay", [0.0, 0.5])
def test_a_named_pipe_with_a_writer_is_read_to_its_end(tmp_path: Path, delay: float) -> None:
    # (whichever opens first, the run or the writer, and a writer that opens late)
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    writer = _writer(fifo, page(f"<p>{OTHER}</p>"), delay)
    sink = Collect()
    run(gather([_file(tmp_path, "a.html", GOOD), str(fifo)]).items(), Options(clean=False), sink)
    writer.join(timeout=30)
    assert not writer.is_alive()
    briefs = [o.brief for o in sink.outcomes]
    assert all(b is not None for b in briefs), [o.failure for o in sink.outcomes]
    assert "ferry operator" in briefs[1].article.text  # type: ignore[union-attr]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_writer_opening_half_a_second_late_is_waited_for(tmp_path: Path) -> None:
    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)
    started = time.monotonic()  # (before the writer starts: its half second is all waited)
    writer = _writer(fifo, OTHER, delay=0.5)
    doc = read(fifo)  # the default wait, FIFO_WAIT_SECONDS: twenty times the writer's delay
    writer.join(timeout=30)
    # read to its end, so waited for; the wait did not end it (a pipe silent past the wait
    # reads as empty, the test below)
    assert doc.content == OTHER and not writer.is_alive()
    assert time.monotonic() - started > 0.45


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_silent_past_the_wait_is_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = reader.FIFO_WAIT_SECONDS
    monkeypatch.setattr(reader, "FIFO_WAIT_SECONDS", 0.3)
    fifo = tmp_path / "silent.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(EmptyInputError, match="named pipe"):
        read(fifo)
    # the module's wait as it is at the call (0.3 s), not as it was at import: thirty times
    # shorter, so load cannot make the one look like the other
    assert 0.25 < time.monotonic() - started < default


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_writer_that_closes_without_writing_is_not_waited_for(tmp_path: Path) -> None:
    fifo = tmp_path / "closed.txt"
    os.mkfifo(fifo)
    writer = _writer(fifo, "", delay=0.2)
    started = time.monotonic()
    with pytest.raises(EmptyInputError, match="named pipe"):
        read(fifo, fifo_wait=LONG_WAIT)
    writer.join(timeout=30)
    assert time.monotonic() - started < LONG_WAIT / 4  # the close ended it, not the wait


def test_unreadable_file_is_one_error_line(tmp_path: Path) -> None:
    # (/proc/self/mem cannot be read at its start, even by root: EIO)
    if not Path("/proc/self/mem").exists():
        pytest.skip("no /proc")
    link = tmp_path / "mem.html"
    link.symlink_to("/proc/self/mem")
    names = [_file(tmp_path, "a.html", GOOD), str(link), _file(tmp_path, "b.html", OTHER)]
    found = check(process(["clean", *names, "-f", "jsonl"]), 1, records=3, errors=1)
    assert found[1]["kind"] == "InputError" and "cannot read" in str(found[1]["error"])
    assert "error" not in found[0] and "error" not in found[2]


def test_a_directory_among_the_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    names = [_file(tmp_path, "a.html", GOOD), str(empty), _file(tmp_path, "b.html", OTHER)]
    found = check(process(["clean", *names, "-f", "jsonl"]), 1, records=3, errors=1)
    assert found[1]["kind"] == "InputError" and "directory" in str(found[1]["error"])


def test_files_that_vanish_or_become_directories_mid_run(tmp_path: Path) -> None:
    names = [_file(tmp_path, f"{n}.html", GOOD if n % 2 else OTHER) for n in range(5)]
    inputs = gather(names)  # listed, then changed before their turn
    os.unlink(names[1])
    os.unlink(names[3])
    os.mkdir(names[3])
    sink = Collect()
    summary = run(inputs.items(), Options(clean=False), sink)
    kinds = [o.failure.kind if o.failure else None for o in sink.outcomes]
    assert kinds == [None, "InputNotFoundError", None, "InputError", None]
    assert summary.written == 5 and summary.failed == 2
    assert "is a directory" in sink.outcomes[3].failure.message  # type: ignore[union-attr]
