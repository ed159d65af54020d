"""How a command ends: its `ExitCode`, and `Stop` to end it early with one."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # an input got an error record, or the run could not go on (model, writing)
    USAGE = 2  # the flags cannot work together, or -o cannot be an output (an input, a folder)
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    READER_GONE = 141  # stdout's reader stopped reading (128 + SIGPIPE, as `cat | head` gives)
    TERMINATED = 143  # SIGTERM (128 + SIGTERM): kill, systemctl stop, a batch scheduler


# What each code means, as --help says it under every command's description; every member
# has one (`exit_codes_help` raises KeyError otherwise, and a test checks the help).
MEANINGS: dict[ExitCode, str] = {
    ExitCode.OK: "all inputs done",
    ExitCode.FAILED: "an input failed (the others still get their results; with --resume, "
    "also one kept from the earlier run)",
    ExitCode.USAGE: "usage error (a flag or its value; an -o that names an input, a directory "
    "or a file in a missing directory)",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
    ExitCode.READER_GONE: "stdout's reader stopped reading (| head): the run stopped there",
    ExitCode.TERMINATED: "terminated (SIGTERM)",
}


# What else ends with `FAILED` a command that loads a language model (`analyze`; `clean`
# loads none).
MODEL_FAILED = "or the model is not installed"


def meaning(code: ExitCode, *, loads_model: bool) -> str:
    """What `code` means for a command that loads a model or not, as its --help says it."""
    if loads_model and code is ExitCode.FAILED:
        return f"{MEANINGS[code]} {MODEL_FAILED}"
    return MEANINGS[code]


def exit_codes_help(*, loads_model: bool) -> str:
    """The exit codes line of a command's --help, one entry per `ExitCode` member, in their
    order (`loads_model`: the command loads a language model, which may be missing)."""
    entries = (f"{int(c)} {meaning(c, loads_model=loads_model)}" for c in ExitCode)
    return "Exit codes: " + "; ".join(entries) + "."


class Stop(Exception):
    """Ends a command with an exit code (its message already on stderr)."""

    def __init__(self, code: ExitCode) -> None:
        self.code = code
