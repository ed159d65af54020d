"""Where a run's records go: the -o file (opened when the first record comes) or stdout,
and the engine's sink that writes there and says each outcome."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from newsdesk.cliui import Say
from newsdesk.errors import OutputError

if TYPE_CHECKING:
    from rich.progress import Progress

    from newsdesk.render import Emitter
    from newsdesk.run.sink import OutputFile, RecordSink, Writer
    from newsdesk.run.work import Outcome


class Targets:
    """Where the records go: the -o file (opened when the first record comes) or stdout;
    every writer kept, so that the end of a document goes to the last and the file closes."""

    def __init__(self, outfile: OutputFile | None, stdout: TextIO | None) -> None:
        self.outfile = outfile
        self.stdout = stdout
        self.writers: list[Writer] = []

    def open(self) -> Writer:
        from newsdesk.run.sink import Writer

        if self.outfile is not None:
            self.writers.append(Writer(self.outfile.open(), self.outfile.label))
        elif self.stdout is None:
            raise OutputError("cannot write to stdout: it is closed")
        else:
            self.writers.append(Writer(self.stdout, "stdout"))
        return self.writers[-1]

    def end(self, text: str) -> None:
        """What ends a document (a JSON array's ']', the HTML page), after the last record."""
        if text and self.writers:
            self.writers[-1].write(text)

    def finish(self) -> None:
        """The run has ended: the -o file closed and (a whole document) put in its place;
        a failure raised (`OutputError`)."""
        if self.outfile is None:
            return
        for writer in self.writers:
            writer.close()
        self.outfile.commit()

    def interrupted(self, emit: Emitter) -> None:
        """Ctrl-C: on stdout (a pipe, a terminal), what ends the document (a JSON array's
        `]`, the HTML page) is still written, so the records written make one that parses;
        an -o document is dropped instead (`close`), the file left as it was."""
        if self.outfile is None and self.writers:
            with contextlib.suppress(OutputError):
                self.end(emit.close())

    def close(self, say: Say) -> None:
        """Close the -o file (stdout stays open); a failed close is said, not raised. A whole
        document not committed by `finish` (an interrupt, a failure) is removed."""
        if self.outfile is None:
            return
        for writer in self.writers:
            try:
                writer.close()
            except OutputError as exc:
                say.error(str(exc))
        self.outfile.discard()


def sink_of(
    targets: Targets,
    emit: Emitter,
    outfile: OutputFile | None,
    say: Say,
    progress: Progress | None,
) -> RecordSink:
    """The engine's sink: records to `targets`, each outcome said and counted on the bar."""
    from newsdesk.run.sink import RecordSink

    advance: Callable[[], None] = (
        (lambda: progress.advance(progress.task_ids[0])) if progress is not None else lambda: None
    )

    def report(outcome: Outcome) -> None:
        say.outcome(outcome)
        advance()

    return RecordSink(
        targets.open,
        emit,
        finished=outfile.finished() if outfile is not None else (),
        failed_before=outfile.failed_before() if outfile is not None else (),
        report=report,
        keyed=outfile is not None and emit.fmt.one_record_per_line,  # what --resume reads
    )
