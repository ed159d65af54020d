"""The process a command runs in, handed to it: `Environment` (httpie's pattern), how a
command finds it (`environment_of`), and what the output is (`terminal_of`)."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from io import TextIOBase
from typing import BinaryIO, TextIO, cast

import typer

from newsdesk.render import Terminal

# $TERM values of a terminal that shows escape sequences as text (rich's `is_dumb_terminal`).
DUMB_TERMS = frozenset({"dumb", "unknown"})


@dataclass(frozen=True, slots=True)
class Environment:
    """What the CLI knows of its process, handed to it (httpie's `Environment`): the standard
    streams, whether each is a terminal, the terminal's width and the process environment.
    Nothing in the CLI reads `sys.std*` or `os.environ` but `Environment.current()`; tests
    pass a fake one to `main(argv, env)` (a fake terminal among them); `$NEWSDESK_MODEL` and
    `$NEWSDESK_USER_AGENT` are read from `environ` by `run.options.settle`. Click itself still
    prints `--help` to `sys.stdout`."""

    stdin: BinaryIO | None
    stdout: TextIO | None
    stderr: TextIO
    stdin_tty: bool
    stdout_tty: bool
    stderr_tty: bool
    width: int | None = None
    environ: Mapping[str, str] = field(default_factory=dict)

    @property
    def no_color(self) -> bool:
        """$NO_COLOR is set (https://no-color.org): a terminal without colour."""
        return "NO_COLOR" in self.environ

    @property
    def dumb_terminal(self) -> bool:
        """$TERM names a terminal that obeys no escape sequence (`dumb`, as Emacs' shell
        sets it, or `unknown`; rich's own list): a terminal without colour."""
        return self.environ.get("TERM", "").strip().lower() in DUMB_TERMS

    @classmethod
    def current(cls) -> Environment:
        """This process's: the one place the CLI looks at `sys` and `os.environ`."""
        stdin = sys.stdin
        try:
            binary: BinaryIO | None = stdin.buffer if stdin is not None else None
        except (AttributeError, ValueError):
            binary = None
        width = None
        try:
            width = (
                os.get_terminal_size(sys.stdout.fileno()).columns if _isatty(sys.stdout) else None
            )
        except (OSError, ValueError, AttributeError):
            width = None
        return cls(
            stdin=binary,
            stdout=_unicode_safe(_buffered(sys.stdout)),
            stderr=sys.stderr if sys.stderr is not None else cast(TextIO, _Nowhere()),
            stdin_tty=_isatty(stdin),
            stdout_tty=_isatty(sys.stdout),
            stderr_tty=_isatty(sys.stderr),
            width=width,
            environ=dict(os.environ),
        )


def _buffered(stdout: TextIO | None) -> TextIO | None:
    """stdout with a buffered writer under its text layer. In Python's unbuffered mode
    (`PYTHONUNBUFFERED=1`, `python -u`: common in containers) `sys.stdout` writes straight
    to the raw file, and a write the pipe takes only in part (its reader gone after 64 KiB of
    an HTML report: `| head -c 10`; a signal mid-write) loses the rest without an error: the
    run ended 0, not 141. A buffered writer writes it all or raises. (Writes still go out at
    once: `Writer` flushes each record.)"""
    raw = getattr(stdout, "buffer", None)
    if stdout is None or not isinstance(raw, io.RawIOBase):
        return stdout
    try:
        fileno = stdout.fileno()
        return io.TextIOWrapper(
            io.BufferedWriter(io.FileIO(fileno, "w", closefd=False)),
            encoding=stdout.encoding,
            errors=stdout.errors,
            line_buffering=bool(stdout.line_buffering),
        )
    except (OSError, ValueError, AttributeError):
        return stdout


def _unicode_safe(stdout: TextIO | None) -> TextIO | None:
    """stdout, able to write any text whatever the locale. Under a locale that is not UTF-8
    (`LC_ALL=C` with Python's UTF-8 mode off, `LANG=en_US.ISO-8859-1`) Python encodes stdout
    in ASCII or Latin-1, and the first article with a character outside it cost the whole
    run ("cannot write to stdout: 'ascii' codec can't encode …", exit 1). Piped or
    redirected, the output is data (JSON must be UTF-8, RFC 8259): written in UTF-8. On a
    terminal of such a locale, a character it cannot show is shown escaped (`\\u0161`)."""
    if stdout is None:
        return None
    encoding = (getattr(stdout, "encoding", None) or "utf-8").lower().replace("_", "-")
    reconfigure = getattr(stdout, "reconfigure", None)
    if encoding in ("utf-8", "utf8") or reconfigure is None:
        return stdout
    try:
        if _isatty(stdout):
            reconfigure(errors="backslashreplace")
        else:
            reconfigure(encoding="utf-8")
    except (ValueError, OSError, LookupError):
        pass  # (a stream already written to cannot change its encoding: left as it is)
    return stdout


class _Nowhere(TextIOBase):
    """Where messages go when the process has no stderr: a writable stream that keeps nothing
    (no file opened, so none left open)."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


def _isatty(stream: object) -> bool:
    try:
        return bool(getattr(stream, "isatty", lambda: False)())
    except (ValueError, OSError):
        return False


def environment_of(ctx: typer.Context) -> Environment:
    """The `Environment` `main` handed to the app (`ctx.obj`), or this process's when the app
    is invoked without one (typer's `CliRunner`, which swaps `sys.std*` itself)."""
    env = ctx.find_object(Environment)
    return env if env is not None else Environment.current()


def terminal_of(env: Environment, *, to_file: bool) -> Terminal:
    """What the output is: the terminal (with colour unless NO_COLOR or a dumb TERM) only
    for stdout; every fact from `env`, none from the process, so the renderers (the rich
    report's Console included) see only what the CLI was handed."""
    return Terminal(
        tty=not to_file and env.stdout_tty,
        color=not to_file and env.stdout_tty and not env.no_color and not env.dumb_terminal,
        width=env.width if not to_file else None,
        # a file is written in UTF-8; stdout in its own encoding (`_unicode_safe`)
        encoding="utf-8" if to_file else getattr(env.stdout, "encoding", None) or "utf-8",
    )
