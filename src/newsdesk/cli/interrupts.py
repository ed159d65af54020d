"""How a command answers Ctrl-C and SIGTERM (`kill`, `systemctl stop`, a batch scheduler):
the first ends the run cleanly (what is done is written, the worker processes are ended,
exit 130, or 143 for SIGTERM); a second, while that cleaning up goes on or while the process
exits, ends the process at once, so that newsdesk never stays alive after it."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from types import FrameType
from typing import TextIO

from newsdesk.run.sink import remove_temporaries

# The signals a command answers.
HANDLED = (signal.SIGINT, signal.SIGTERM)
# How each is named on stderr when a second one ends the process at once.
NAMES: dict[int, str] = {signal.SIGINT: "interrupted", signal.SIGTERM: "terminated"}


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised as an interrupt, so that every path that ends a run on Ctrl-C (the
    pool stopped, the finished work written, the -o document dropped) ends it the same way;
    the command then exits 143 (128 + SIGTERM)."""


@contextlib.contextmanager
def interrupts(stderr: TextIO, *, own_process: bool) -> Iterator[None]:
    """While a command runs (in the main thread; elsewhere signals cannot be handled): the
    first SIGINT raises `KeyboardInterrupt` and the first SIGTERM `Terminated`, which the
    run answers by writing what is done and ending its workers; any later one ends the
    process at once (`os._exit(128 + n)`, one line on `stderr`, the unfinished `-o`
    documents deleted first). The handlers found are put back at the end, but in the
    `newsdesk` process itself (`own_process`) after an interrupt: there the process is about
    to exit, and a second Ctrl-C while it does must still end it at once with its code."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    fired = False

    def again(signum: int, frame: FrameType | None) -> None:
        with contextlib.suppress(Exception):
            remove_temporaries()  # the unfinished -o documents: os._exit runs no `finally`
        with contextlib.suppress(Exception):
            stderr.write(
                f"newsdesk: error: {NAMES.get(signum, 'stopped')} again; stopped at once\n"
            )
            stderr.flush()
        os._exit(128 + signum)

    def first(signum: int, frame: FrameType | None) -> None:
        nonlocal fired
        fired = True
        for handled in HANDLED:
            signal.signal(handled, again)
        raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt

    previous = {handled: signal.getsignal(handled) for handled in HANDLED}
    for handled in HANDLED:
        signal.signal(handled, first)
    try:
        yield
    finally:
        if not (own_process and fired):
            for handled, handler in previous.items():
                signal.signal(handled, handler if handler is not None else signal.SIG_DFL)
