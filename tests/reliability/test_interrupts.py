"""Review 11, findings 1 and 4: an interrupted worker-pool run (Ctrl-C, twice, or SIGTERM)
ends at once with its exit code, keeps whole records of what was written, and leaves no
worker process behind. Each case is a process with a time limit, so a hang fails it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import pytest
from harness import DONE_LOG, GOOD, READS_LOG, SLOW_INPUTS, SLOW_SLEEP, invoke, slow_run

from newsdesk.run.items import Item
from newsdesk.run.work import Outcome

FAST = 6  # inputs before the slow one
# How long a run (and its workers) may take to end after its signal (seconds): far below the
# stuck input's sleep (SLOW_SLEEP), so a run that ends within it did not wait for that input,
# and far above what ending takes on a loaded machine (a second or two; session 15: a 15 s
# bound is no proof of anything a 600 s sleep does not prove better).
ENDS_WITHIN = 60
# How long a case waits for the run to get going (seconds) before calling it broken.
GETS_GOING = 120
assert ENDS_WITHIN < SLOW_SLEEP / 4


def _read_so_far(tmp_path: Path, log: str = READS_LOG) -> list[str]:
    """The names of the inputs the run's workers have begun to read (the hook's log; with
    `DONE_LOG`, those whose results the run has received)."""
    path = tmp_path / "hook" / log
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def _wait_until(done: Callable[[], bool], proc: subprocess.Popen[bytes]) -> None:
    """Poll `done` until it holds; after GETS_GOING seconds, kill the run and fail."""
    deadline = time.monotonic() + GETS_GOING
    while time.monotonic() < deadline:
        if done():
            return
        time.sleep(0.1)
    for pid in [*_descendants(proc.pid), proc.pid]:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    proc.communicate()
    pytest.fail("the run never got going")


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _start(tmp_path: Path, fmt: str = "jsonl") -> tuple[subprocess.Popen[bytes], Path]:
    proc, out, _ = slow_run(tmp_path, FAST, fmt)
    return proc, out


def _wait_for_workers(proc: subprocess.Popen[bytes], out: Path, lines: int) -> list[int]:
    """Once `lines` records are written (jsonl) or the pool is up, and the slow input is in
    a worker (the hook's log says so), the pool's processes."""
    root = out.parent

    def going() -> bool:
        text = out.read_bytes() if out.exists() else b""
        stuck = any("SLOW" in name for name in _read_so_far(root))
        return text.count(b"\n") >= lines and len(_children(proc.pid)) >= 2 and stuck

    _wait_until(going, proc)
    return _children(proc.pid)


def _ended(proc: subprocess.Popen[bytes], within: float, below: list[int]) -> str:
    """stderr, once the run has ended; fails (every process of the run killed) if it has
    not within `within` seconds, or its workers (`below`) still hold its stderr open."""
    try:
        _, err = proc.communicate(timeout=within)
    except subprocess.TimeoutExpired:
        for pid in [proc.pid, *below]:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"still running (or its workers) {within} s after the signal")
    return err.decode()


def _gone(pids: list[int], within: float = ENDS_WITHIN) -> list[int]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    left = [p for p in pids if _alive(p)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left


@pytest.mark.slow
def test_ctrl_c_in_a_pool_run_ends_at_once_and_ends_the_workers(tmp_path: Path) -> None:
    proc, out = _start(tmp_path)
    workers = _wait_for_workers(proc, out, FAST)
    started = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    err = _ended(proc, ENDS_WITHIN, workers)
    assert time.monotonic() - started < ENDS_WITHIN, "the interrupt waited for the slow input"
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1] == "newsdesk: error: interrupted"
    assert "Traceback" not in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    _finished_in_order(records)
    assert _gone(workers) == []


@pytest.mark.slow
def test_a_second_ctrl_c_never_leaves_newsdesk_alive(tmp_path: Path) -> None:
    proc, out = _start(tmp_path)
    workers = _wait_for_workers(proc, out, FAST)
    os.killpg(proc.pid, signal.SIGINT)
    time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)
    err = _ended(proc, ENDS_WITHIN, workers)
    # 130, or death by SIGINT when the second lands in the interpreter's last steps (which
    # put the default handler back): a shell's $? is 130 either way
    assert proc.returncode in (130, -signal.SIGINT), err
    assert "Traceback" not in err
    for line in out.read_text(encoding="utf-8").splitlines():
        json.loads(line)  # whole records only
    assert _gone(workers) == []


def _descendants(pid: int) -> list[int]:
    """The processes below `pid`: the pool's workers and the resource tracker."""
    found, todo = [], [pid]
    while todo:
        for child in _children(todo.pop()):
            found.append(child)
            todo.append(child)
    return found


@pytest.mark.slow
def test_sigterm_ends_a_pool_run_as_ctrl_c_does(tmp_path: Path) -> None:
    # review 11, finding 4: `kill PID` (the main process only, as systemctl and batch
    # schedulers send it) left both workers and the resource tracker running
    proc, out = _start(tmp_path)
    _wait_for_workers(proc, out, FAST)
    below = _descendants(proc.pid)
    proc.send_signal(signal.SIGTERM)
    err = _ended(proc, ENDS_WITHIN, below)
    assert proc.returncode == 143, err
    assert err.strip().splitlines()[-1] == "newsdesk: error: terminated"
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    _finished_in_order(records)
    assert _gone(below) == []


@pytest.mark.slow
def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    # SIGKILL cannot be handled: the workers notice the parent is gone and end themselves
    proc, out = _start(tmp_path)
    _wait_for_workers(proc, out, FAST)
    below = _descendants(proc.pid)
    proc.kill()
    _ended(proc, ENDS_WITHIN, below)  # stderr ends only once the workers holding it have gone
    assert _gone(below) == []


def _finished_in_order(records: list[dict[str, object]]) -> None:
    """The records of an interrupted run: every input before the stuck one, then (session 12)
    those finished after it, in input order; never the stuck one."""
    names = [Path(str(r["source"])).name for r in records]
    assert names[:FAST] == [f"{n:02d}.txt" for n in range(FAST)]
    assert names == sorted(names) and all("SLOW" not in name for name in names)


def _outcome(n: int) -> Outcome:
    return Outcome(Item(n, f"d{n}", content=GOOD))


def test_an_interrupt_gives_the_finished_chunks_in_order() -> None:
    from newsdesk.run.executors import finished

    done: list[Future[list[Outcome]]] = [Future() for _ in range(4)]
    done[0].set_result([_outcome(0)])
    done[1].set_result([_outcome(1)])
    done[3].set_result([_outcome(3)])  # done after one that is not: given too (session 12)
    pending = [([Item(n, f"d{n}", content=GOOD)], future) for n, future in enumerate(done)]
    given = [o.item.index for chunk in finished(pending) for o in chunk]
    assert given == [0, 1, 3]
    failed: Future[list[Outcome]] = Future()
    failed.set_exception(RuntimeError("broken"))
    assert [o.item.index for c in finished([([], failed), pending[0]]) for o in c] == [0]


@pytest.mark.slow
def test_an_interrupted_pool_run_writes_what_finished_after_a_stuck_input(
    tmp_path: Path,
) -> None:
    # session 12 (moved from tests/run/test_interrupted_pools.py, review 12c, 12): the chunks
    # finished after the stuck one are written, in input order; --resume fills the gaps
    proc, out, args = slow_run(tmp_path, FAST)
    try:
        # the run has received the result of the chunk queued after the stuck one (its
        # future is done: the hook's log in the run's own process), so the interrupt must
        # give it; waited for by that log, not by a number of seconds that load can outlast
        # (session 15: the 3 s this slept could pass before any was done; a worker reading
        # the input after it proved the result sent, not yet received)
        after = f"{FAST + 1:02d}.txt"
        _wait_until(
            lambda: (
                out.exists()
                and out.read_bytes().count(b"\n") >= FAST
                and after in _read_so_far(tmp_path, DONE_LOG)
            ),
            proc,
        )
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=ENDS_WITHIN)
    finally:
        for pid in [*_descendants(proc.pid), proc.pid]:
            if _alive(pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
    assert proc.returncode == 130, err.decode()
    written = [int(Path(str(r["source"])).name[:2]) for r in _records(out)]
    assert written == sorted(written), "an interrupted file keeps input order"
    assert FAST not in written
    assert written[:FAST] == list(range(FAST))
    assert FAST + 1 in written, "a chunk finished after the stuck one was lost"
    # --resume (the stuck input now fast: this process has no hook) does only the inputs
    # that have no record
    run = invoke([*args, "--resume", "-v"])
    assert run.code == 0, run.stderr
    assert f"resumed: {len(written)} inputs already" in run.stderr
    final = [int(Path(str(r["source"])).name[:2]) for r in _records(out)]
    assert sorted(final) == list(range(SLOW_INPUTS))
    assert final[: len(written)] == written  # the gaps are filled at the end, in input order
    assert final[len(written) :] == sorted(set(range(SLOW_INPUTS)) - set(written))


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
