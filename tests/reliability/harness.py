"""What every reliability case checks: the exit code, stderr as one sanitised line per
message and never a traceback, stdout valid for its format, and one record per input."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from newsdesk import cli

NEWSDESK = str(Path(sys.executable).with_name("newsdesk"))
runner = CliRunner()

# What a terminal would obey: any C0 control but newline and tab, DEL, C1, and the bidi
# controls that reorder text (embeddings, overrides, isolates; not the direction marks).
RAW_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
GOOD = (
    "The harbour board will dredge the eastern channel next spring, its chair said on Monday. "
    "Work on the new quay is planned to start once the dredging is finished."
)


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


def invoke(args: list[str], stdin: str | bytes | None = None) -> Run:
    """The CLI in this process (typer's runner), stdout and stderr apart."""
    result = runner.invoke(cli.app, args, input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


# How long a CLI process may run before a case calls it a hang (seconds): far past what a
# case takes (seconds, even on a loaded machine), so only a hang meets it.
PROCESS_LIMIT = 300.0


def process(
    args: list[str] | str,
    stdin: bytes | None = None,
    *,
    shell: bool = False,
    timeout: float = PROCESS_LIMIT,
) -> Run:
    """The CLI as its own process (closed streams, devices, pipes), in its own process group:
    past `timeout` the whole group is killed (a shell line's every command: `yes | newsdesk`,
    where killing the shell alone would leave both running) and the case fails."""
    command = args if shell else [NEWSDESK, *args]
    with subprocess.Popen(
        command,  # type: ignore[arg-type]
        stdin=subprocess.PIPE if stdin is not None else None,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        shell=shell,
        start_new_session=True,
    ) as proc:
        try:
            out, err = proc.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise
    return Run(
        proc.returncode,
        out.decode("utf-8"),  # the output is valid UTF-8 or this raises
        err.decode("utf-8"),
    )


def check(
    run: Run,
    code: int,
    *,
    records: int | None = None,
    fmt: str = "jsonl",
    errors: int | None = None,
) -> list[dict[str, object]]:
    """The four promises; returns the JSON records (for jsonl/json output)."""
    assert run.code == code, (run.code, run.stderr)
    assert "Traceback" not in run.stderr and "Traceback" not in run.stdout
    lines = run.stderr.splitlines()
    for line in lines:
        assert (
            line.startswith("newsdesk: ")
            or line.startswith("Usage:")
            or "│" in line
            or (line.startswith("Try ") or line.startswith("╭") or line.startswith("╰"))
        ), line
        assert not RAW_CONTROL_RE.search(line), line
    if errors is not None:
        assert sum(1 for line in lines if line.startswith("newsdesk: error")) == errors, run.stderr
    found: list[dict[str, object]] = []
    if fmt == "jsonl":
        found = [json.loads(line) for line in run.stdout.splitlines()]
        assert all(isinstance(r, dict) for r in found)
    elif fmt == "json" and run.stdout.strip():
        decoder = json.JSONDecoder()
        text, pos = run.stdout, 0
        while pos < len(text.rstrip()):
            record, end = decoder.raw_decode(text, pos)
            found.append(record)
            pos = end + 1
    else:
        assert not RAW_CONTROL_RE.search(run.stdout), repr(run.stdout[:200])
    if records is not None:
        assert len(found) == records, (len(found), run.stdout[:500])
    return found


def on_terminal(
    args: list[str],
    *,
    color: bool = True,
    stdin: bool = False,
    width: int = 100,
    environ: dict[str, str] | None = None,
) -> Run:
    """The CLI through `cli.main` in a fake environment whose stdout and stderr (and stdin
    if `stdin`) are a terminal `width` columns wide (a colour one unless `color` is False:
    NO_COLOR set), with `environ` as its process environment (the real one is never read).
    The one fake terminal of the tests (tests/cli/test_cli.py imports it too)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    env = cli.Environment(
        stdin=io.BytesIO(b""),
        stdout=stdout,
        stderr=stderr,
        stdin_tty=stdin,
        stdout_tty=True,
        stderr_tty=True,
        width=width,
        environ={**(environ or {}), **({} if color else {"NO_COLOR": "1"})},
    )
    code = cli.main(args, env)
    return Run(code, stdout.getvalue(), stderr.getvalue())


def jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


# In the worker processes, reading an input named SLOW sleeps far longer than any case
# waits (SLOW_SLEEP): only ending the worker can end it (a `sitecustomize` hook on
# PYTHONPATH). Every input read is noted, one line each, in the file READS_LOG beside the
# hook, so that a case can wait for a worker's progress instead of for a number of seconds;
# and in the parent, every input whose chunk's result has arrived (its future is done, so an
# interrupt from now on gives it: `run.executors.finished`) in DONE_LOG.
SLOW_SLEEP = 600
READS_LOG = "reads.log"
DONE_LOG = "done.log"
SLOW_HOOK = (
    "import os, time\nimport concurrent.futures as cf\nimport newsdesk.read as r\n"
    "_read = r.read\n_set_result = cf.Future.set_result\n"
    f"_log = os.path.join(os.path.dirname(__file__), {READS_LOG!r})\n"
    f"_done = os.path.join(os.path.dirname(__file__), {DONE_LOG!r})\n"
    "def _note(path, names):\n"
    "    with open(path, 'a', encoding='utf-8') as fh:\n"
    "        fh.write(''.join(os.path.basename(str(n)) + '\\n' for n in names))\n"
    "def read(source, **kw):\n"
    "    _note(_log, [source])\n"
    f"    if 'SLOW' in str(source):\n        time.sleep({SLOW_SLEEP})\n"
    "    return _read(source, **kw)\n"
    "def set_result(self, result):\n"
    "    _set_result(self, result)\n"
    "    if isinstance(result, list):\n"
    "        items = [getattr(o, 'item', None) for o in result]\n"
    "        _note(_done, [i.source for i in items if i is not None])\n"
    "r.read = read\ncf.Future.set_result = set_result\n"
)
SLOW_INPUTS = 12  # the inputs of a slow run, one of them stuck


def slow_run(
    root: Path, slow_at: int, fmt: str = "jsonl"
) -> tuple[subprocess.Popen[bytes], Path, list[str]]:
    """`newsdesk clean` over `SLOW_INPUTS` inputs whose `slow_at`-th is stuck in its worker,
    run with two workers and one input a batch in its own process group (as a terminal's job):
    the process, its `-o` file and its arguments after `newsdesk` without the pool's."""
    hook = root / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SLOW_HOOK, encoding="utf-8")
    corpus = root / "corpus"
    corpus.mkdir()
    for n in range(SLOW_INPUTS):
        name = f"{n:02d}-SLOW.txt" if n == slow_at else f"{n:02d}.txt"
        (corpus / name).write_text(f"{GOOD} Number {n}.", encoding="utf-8")
    out = root / f"out.{fmt}"
    args = ["clean", str(corpus), "-f", fmt, "-o", str(out)]
    proc = subprocess.Popen(
        [NEWSDESK, *args, "-w", "2", "--batch-size", "1"],
        stderr=subprocess.PIPE,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(hook), os.environ.get("PYTHONPATH", "")]),
        },
        start_new_session=True,
    )
    return proc, out, args
