"""How a command ends: its `ExitCode`, and `Stop` to end it early with one."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # an input got an error record, or the run could not go on (model, output)
    USAGE = 2  # the flags cannot work together, or -o names an input
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    TERMINATED = 143  # SIGTERM (128 + SIGTERM): kill, systemctl stop, a batch scheduler


class Stop(Exception):
    """Ends a command with an exit code (its message already on stderr)."""

    def __init__(self, code: ExitCode) -> None:
        self.code = code
