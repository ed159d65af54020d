"""The `.NAME.<pid>-<hex>.part` files an `-o` document is written to: deleted when a second
Ctrl-C ends the process at once, and those of a run that no longer runs (SIGKILL, out of
memory) deleted by the next run that writes the same output (review 11b, finding 6)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newsdesk.run.sink import OutputFile, remove_temporaries

posix_only = pytest.mark.skipif(os.name != "posix", reason="pids probed with kill(pid, 0)")


def _finished_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", ""])
    child.wait(timeout=60)
    return child.pid


@posix_only
def test_the_next_run_deletes_the_part_files_of_a_dead_run_only(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("OLD\n")
    dead = tmp_path / f".out.json.{_finished_pid()}-0badc0de.part"
    dead.write_text("half a document")
    live = tmp_path / f".out.json.{os.getppid()}-0badc0de.part"  # a running process's
    live.write_text("being written")
    other = tmp_path / f".other.json.{_finished_pid()}-0badc0de.part"  # another target's
    other.write_text("not ours")
    out = OutputFile(target, resume=False, whole=True)
    stream = out.open()
    assert not dead.exists()
    assert live.exists() and other.exists()
    stream.write("[]\n")
    stream.close()
    out.commit()
    assert target.read_text() == "[]\n"
    assert {p.name for p in tmp_path.glob(".*.part")} == {live.name, other.name}


def test_remove_temporaries_deletes_the_documents_being_written(tmp_path: Path) -> None:
    out = OutputFile(tmp_path / "out.csv", resume=False, whole=True)
    stream = out.open()
    stream.write("a,b\n")
    stream.flush()
    assert len(list(tmp_path.glob(".out.csv.*.part"))) == 1
    remove_temporaries()
    assert not list(tmp_path.glob(".*.part"))
    stream.close()
    out.discard()


SCRIPT = textwrap.dedent(
    """
    import os, signal, sys, time
    from pathlib import Path
    from newsdesk.cli.interrupts import interrupts
    from newsdesk.run.sink import OutputFile

    out = OutputFile(Path(sys.argv[1]), resume=False, whole=True)
    with interrupts(sys.stderr, own_process=True):
        stream = out.open()
        stream.write("half a document")
        stream.flush()
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(30)
        except KeyboardInterrupt:
            os.kill(os.getpid(), signal.SIGINT)  # the second: os._exit at once
            time.sleep(30)
    sys.exit(3)
    """
)


@posix_only
def test_a_second_ctrl_c_leaves_no_part_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("OLD\n")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(target)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 130, done.stderr
    assert "interrupted again" in done.stderr
    assert target.read_text() == "OLD\n"
    assert not list(tmp_path.glob(".*.part"))
