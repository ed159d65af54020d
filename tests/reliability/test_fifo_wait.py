"""A named pipe never blocks a run for ever, whatever its writer does: a writer that opens
after the wait, one that writes and then stops without closing, one that opens and stays
silent. Each is given up after the wait (a short one here: `fifo_wait`, or the module's
`FIFO_WAIT_SECONDS` set low for a whole run) with a typed error, and in a batch the other
inputs keep their results. A writer that keeps writing is read to its end, however long."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

import pytest
from harness import GOOD, page

import newsdesk.read as reader
from newsdesk.errors import EmptyInputError, InputError
from newsdesk.read import StalledPipeError, read
from newsdesk.run import Collect, Options, gather, run

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")

WAIT = 0.3
# How long a test lets a read (or a run) go on before calling it a hang (seconds): far past
# the wait, and past loading the model on a loaded machine, so only a hang meets it ...
HANG_SECONDS = 120.0
# ... and how long a stalled, silent or late writer holds out if the test does not release
# it (seconds): far past HANG_SECONDS, so a read that returns has given the writer up rather
# than outlasted it, however loaded the machine (session 15: a 1.2 s late writer against a
# 1.2 s bound, and writes 0.15 s apart against a 0.3 s wait, were races load could lose).
HOLD = 600.0
# A producer that keeps writing: TRICKLE_PIECES pieces TRICKLE_WAIT / 10 apart, read with a
# wait of TRICKLE_WAIT: each silence a tenth of the wait, all of them longer than it.
TRICKLE_WAIT = 1.0
TRICKLE_PIECES = 15
FIRST = "The ferry operator said on Friday it will add a second boat on the island route"
REST = " in June. Fares stay the same until the end of the year, its manager told the paper."


class Writer:
    """A thread writing to a FIFO as a producer would: `script(fh)` after the open (which
    blocks until a reader has the pipe open). `release()` lets a stalled script finish,
    and lets a writer still waiting in `open` through, so no thread outlives its test."""

    def __init__(self, fifo: Path, script: Callable[[Writer, TextIO], None], delay: float = 0.0):
        self.fifo = fifo
        self.go = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(script, delay), daemon=True)
        self.thread.start()

    def _run(self, script: Callable[[Writer, TextIO], None], delay: float) -> None:
        self.go.wait(delay)  # (`release` cuts a late writer's delay short)
        with self.fifo.open("w", encoding="utf-8") as fh:
            script(self, fh)

    def release(self) -> None:
        self.go.set()
        if self.thread.is_alive():  # still in `open`: a reader lets it through
            fd = os.open(self.fifo, os.O_RDONLY | os.O_NONBLOCK)
            self.thread.join(timeout=HANG_SECONDS)
            os.close(fd)
        assert not self.thread.is_alive()


def stall(writer: Writer, fh: TextIO) -> None:
    """Write the first half, flush it, then hold the pipe open without writing."""
    fh.write(FIRST)
    fh.flush()
    writer.go.wait(timeout=HOLD)


def whole(writer: Writer, fh: TextIO) -> None:
    fh.write(FIRST + REST)


def trickle(writer: Writer, fh: TextIO) -> None:
    """Write in TRICKLE_PIECES pieces, each a tenth of TRICKLE_WAIT after the last: longer
    than the wait in all."""
    text = FIRST + REST
    step = len(text) // TRICKLE_PIECES + 1
    for start in range(0, len(text), step):
        fh.write(text[start : start + step])
        fh.flush()
        time.sleep(TRICKLE_WAIT / 10)


def silent(writer: Writer, fh: TextIO) -> None:
    writer.go.wait(timeout=HOLD)


@pytest.fixture
def writers() -> Iterator[list[Writer]]:
    made: list[Writer] = []
    yield made
    for w in made:
        w.release()


def _within(work: Callable[[], object]) -> tuple[object, float]:
    """`work()` in a thread: (what it returned or raised, seconds); still running after
    HANG_SECONDS, it fails the test instead of hanging it (the daemon thread is left)."""
    box: dict[str, object] = {}

    def go() -> None:
        try:
            box["out"] = work()
        except Exception as exc:
            box["out"] = exc

    started = time.monotonic()
    thread = threading.Thread(target=go, daemon=True)
    thread.start()
    thread.join(timeout=HANG_SECONDS)
    assert not thread.is_alive(), "the read hangs"
    return box["out"], time.monotonic() - started


def _read_or_hang(fifo: Path) -> tuple[object, float]:
    return _within(lambda: read(fifo, fifo_wait=WAIT))


def test_a_writer_that_writes_then_stops_without_closing_is_given_up(
    tmp_path: Path, writers: list[Writer]
) -> None:
    fifo = tmp_path / "stalled.txt"
    os.mkfifo(fifo)
    writers.append(Writer(fifo, stall))
    out, seconds = _read_or_hang(fifo)
    assert isinstance(out, StalledPipeError) and isinstance(out, InputError)
    assert f"{len(FIRST)} bytes read" in str(out) and "stalled.txt" in str(out)
    assert seconds > WAIT * 0.8  # (and before HANG_SECONDS, long before the writer's HOLD)


def test_a_writer_opening_after_the_wait_is_not_waited_for(
    tmp_path: Path, writers: list[Writer]
) -> None:
    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)
    writers.append(Writer(fifo, whole, delay=HOLD))  # (released at the test's end)
    out, seconds = _read_or_hang(fifo)
    assert isinstance(out, EmptyInputError) and "named pipe" in str(out)
    assert seconds > WAIT * 0.8  # (and before HANG_SECONDS, long before the writer opens)


def test_a_writer_that_opens_and_stays_silent_is_given_up(
    tmp_path: Path, writers: list[Writer]
) -> None:
    fifo = tmp_path / "silent.txt"
    os.mkfifo(fifo)
    writers.append(Writer(fifo, silent))
    out, _ = _read_or_hang(fifo)
    assert isinstance(out, EmptyInputError)  # before HANG_SECONDS, long before its HOLD


def test_a_writer_that_keeps_writing_is_read_to_its_end(
    tmp_path: Path, writers: list[Writer]
) -> None:
    fifo = tmp_path / "slow.txt"
    os.mkfifo(fifo)
    writers.append(Writer(fifo, trickle))
    out, seconds = _within(lambda: read(fifo, fifo_wait=TRICKLE_WAIT))
    assert getattr(out, "content", None) == FIRST + REST
    assert seconds > TRICKLE_WAIT  # longer than the wait in all: only a silence is given up


def test_a_stalled_pipe_in_a_batch_does_not_hold_the_others(
    tmp_path: Path, writers: list[Writer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "FIFO_WAIT_SECONDS", WAIT)
    names = []
    for n, text in enumerate([GOOD, None, FIRST + REST, None, GOOD]):
        if text is None:
            fifo = tmp_path / f"{n}.html"
            os.mkfifo(fifo)
            writers.append(Writer(fifo, stall))
            names.append(str(fifo))
        else:
            path = tmp_path / f"{n}.html"
            path.write_text(page(f"<p>{text}</p>"), encoding="utf-8")
            names.append(str(path))
    sink = Collect()
    summary, _ = _within(lambda: run(gather(names).items(), Options(clean=False), sink))
    kinds = [o.failure.kind if o.failure else None for o in sink.outcomes]
    assert kinds == [None, "StalledPipeError", None, "StalledPipeError", None]
    assert summary.written == 5 and summary.failed == 2  # type: ignore[attr-defined]
    assert "ferry operator" in sink.outcomes[2].brief.article.text  # type: ignore[union-attr]


def test_a_json_lines_pipe_that_stalls_keeps_the_records_read(
    tmp_path: Path, writers: list[Writer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "FIFO_WAIT_SECONDS", WAIT)
    fifo = tmp_path / "records.jsonl"
    os.mkfifo(fifo)

    def two_then_stall(writer: Writer, fh: TextIO) -> None:
        for n, text in enumerate([GOOD, FIRST + REST]):
            fh.write(json.dumps({"id": str(n), "text": text}) + "\n")
        fh.flush()
        writer.go.wait(timeout=HOLD)

    writers.append(Writer(fifo, two_then_stall))
    sink = Collect()
    _within(lambda: run(gather([str(fifo)], jsonl=True).items(), Options(clean=False), sink))
    kinds = [o.failure.kind if o.failure else None for o in sink.outcomes]
    assert kinds == [None, None, "StalledPipeError"]


def _pausing_records(pause: float) -> Callable[[Writer, TextIO], None]:
    """Three JSON Lines records, `pause` seconds apart, the pipe kept open between them (a
    crawler with a rate limit); released (the test over), it writes no more."""

    def script(writer: Writer, fh: TextIO) -> None:
        for n, text in enumerate([GOOD, FIRST + REST, GOOD]):
            if n and writer.go.wait(pause):
                return
            fh.write(json.dumps({"id": str(n), "text": text}) + "\n")
            fh.flush()

    return script


def test_fifo_wait_0_reads_every_record_of_a_producer_that_pauses(
    tmp_path: Path, writers: list[Writer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "FIFO_WAIT_SECONDS", WAIT)
    fifo = tmp_path / "records.jsonl"
    os.mkfifo(fifo)
    writers.append(Writer(fifo, _pausing_records(WAIT * 3)))
    sink = Collect()
    items = gather([str(fifo)], jsonl=True, fifo_wait=reader.FIFO_WAIT_FOREVER).items()
    _within(lambda: run(items, Options(clean=False, fifo_wait=0), sink))
    assert [o.failure for o in sink.outcomes] == [None, None, None]
    assert [o.item.id for o in sink.outcomes] == ["0", "1", "2"]


def test_the_default_limit_cuts_that_producer_after_the_records_read(
    tmp_path: Path, writers: list[Writer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "FIFO_WAIT_SECONDS", WAIT)
    fifo = tmp_path / "records.jsonl"
    os.mkfifo(fifo)
    # (a pause of HOLD: the limit, WAIT, cuts it however late the reader comes back)
    writers.append(Writer(fifo, _pausing_records(HOLD)))
    sink = Collect()
    _within(lambda: run(gather([str(fifo)], jsonl=True).items(), Options(clean=False), sink))
    kinds = [o.failure.kind if o.failure else None for o in sink.outcomes]
    assert kinds == [None, "StalledPipeError"]


@pytest.mark.parametrize("flag", ["0", "60"])  # no limit; one far past the pauses
def test_cli_fifo_wait_keeps_every_record_of_a_pausing_producer(
    tmp_path: Path, writers: list[Writer], monkeypatch: pytest.MonkeyPatch, flag: str
) -> None:
    from typer.testing import CliRunner

    from newsdesk.cli import app

    monkeypatch.setattr(reader, "FIFO_WAIT_SECONDS", WAIT)  # the default would cut it
    fifo = tmp_path / "records.jsonl"
    os.mkfifo(fifo)
    writers.append(Writer(fifo, _pausing_records(WAIT * 3)))
    args = ["clean", str(fifo), "--input-format", "jsonl", "-f", "jsonl", "--fifo-wait", flag]
    result, _ = _within(lambda: CliRunner().invoke(app, args))
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    records = [json.loads(line) for line in result.stdout.splitlines()]  # type: ignore[attr-defined]
    assert [r["id"] for r in records] == ["0", "1", "2"]
    assert all("error" not in r for r in records)


def test_a_negative_fifo_wait_is_refused() -> None:
    from typer.testing import CliRunner

    from newsdesk.cli import app
    from newsdesk.errors import OptionError

    with pytest.raises(OptionError, match="fifo_wait"):
        Options(fifo_wait=-1)
    result = CliRunner().invoke(app, ["clean", "-", "--fifo-wait", "-1"], input="x")
    assert result.exit_code == 2


def test_ctrl_c_ends_a_run_waiting_for_ever_on_a_silent_pipe(
    tmp_path: Path, writers: list[Writer]
) -> None:
    import signal
    import subprocess

    from harness import NEWSDESK

    fifo = tmp_path / "records.jsonl"
    os.mkfifo(fifo)
    opened = threading.Event()

    def hold(writer: Writer, fh: TextIO) -> None:  # the pipe open, nothing written
        opened.set()
        writer.go.wait(timeout=HOLD)

    writers.append(Writer(fifo, hold))
    args = [NEWSDESK, "clean", str(fifo), "--input-format", "jsonl", "--fifo-wait", "0"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # newsdesk has the pipe open (its handlers are set before): it waits with no limit
        assert opened.wait(timeout=HANG_SECONDS * 3)
        time.sleep(WAIT * 3)
        assert proc.poll() is None
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=HANG_SECONDS * 3)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=HANG_SECONDS)
    assert proc.returncode == 130, err
    assert err.decode().strip().splitlines()[-1] == "newsdesk: error: interrupted"
