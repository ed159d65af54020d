"""A command's run as a row of steps: the URL list, the flag checks, the settings and
inputs, the output, the progress bar and sink, the engine, the closing log lines; every
failure turned into one line on stderr and an `ExitCode`."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newsdesk.cli.checks import Request, check_analysis, check_flags, several
from newsdesk.cli.env import Environment, terminal_of
from newsdesk.cli.interrupts import Terminated
from newsdesk.cli.status import ExitCode, Stop
from newsdesk.cli.targets import Targets, sink_of
from newsdesk.cliui import Say, progress_bar, setup_logging
from newsdesk.errors import InputError, ModelNotFoundError, NewsdeskError, OptionError, OutputError
from newsdesk.render import Format, Layout
from newsdesk.render.summary import plural
from newsdesk.render.tables import Table, table_files
from newsdesk.run.work import MAX_MESSAGE_CHARS

if TYPE_CHECKING:
    from rich.progress import Progress

    from newsdesk.render import Emitter
    from newsdesk.run.engine import Summary
    from newsdesk.run.items import Inputs
    from newsdesk.run.options import Options
    from newsdesk.run.sink import OutputFile, RecordSink

log = logging.getLogger("newsdesk")

# The library's errors name its own options in backquotes ("the `encoding` option"); the CLI
# adds the flag that sets each, as it adds (--model) to a missing pipeline's error.
OPTION_FLAGS = {
    "encoding": "--encoding",
    "glob": "--glob",
    "timeout": "--timeout",
    "fifo_wait": "--fifo-wait",
    "published": "--published",
    "published_fallback": "--published-fallback",
    "scheduler": "--dask-scheduler",
}


def with_flags(message: str) -> str:
    """`message` with the command-line flags of the library options it names."""
    flags = [flag for option, flag in OPTION_FLAGS.items() if f"`{option}`" in message]
    return f"{message} ({', '.join(flags)})" if flags else message


class FlagSay(Say):
    """`Say`, with the flag beside each library option an error or a warning names (an
    input's failure included: the record keeps the library's words)."""

    def error(self, message: str) -> None:
        super().error(with_flags(message))

    def warning(self, message: str) -> None:
        super().warning(with_flags(message))


def run_command(env: Environment, request: Request, options: Callable[[], Options]) -> ExitCode:
    """A command's run in `env`: what was asked (`request`), the settings made on demand
    (`options`: their errors are usage errors, said like the others). Every way it ends is
    an `ExitCode`, with its message on `env.stderr`: never a traceback."""
    say = FlagSay(env.stderr, quiet=request.quiet)
    setup_logging(say, quiet=request.quiet, verbose=request.verbose)
    try:
        return _run(request, options, env, say)
    except Stop as stop:
        return stop.code
    except Terminated:  # SIGTERM, ended as Ctrl-C is
        say.error("terminated")
        return ExitCode.TERMINATED
    except KeyboardInterrupt:  # Ctrl-C (`cli.interrupts`: a second one ends the process)
        say.error("interrupted")
        return ExitCode.INTERRUPTED
    except Exception as exc:  # a bug of newsdesk's own: still one line, never a traceback
        detail = (str(exc).splitlines() or [""])[0][:MAX_MESSAGE_CHARS]
        say.error(f"internal error ({type(exc).__name__}: {detail}); please report it")
        return ExitCode.FAILED


def _usage(say: Say, message: str) -> Stop:
    """A usage error said in the one error style; raise what it returns (exit 2)."""
    say.error(message)
    return Stop(ExitCode.USAGE)


def _run(
    request: Request, make_options: Callable[[], Options], env: Environment, say: Say
) -> ExitCode:
    """The run as a row of steps: the URL list, the flag checks, the settings and inputs,
    the output, the progress bar and sink, the engine, the closing log lines."""
    from newsdesk.render import Emitter
    from newsdesk.run.items import count

    request = _with_url_list(request, say)
    try:
        fmt = check_flags(request, stdin_tty=env.stdin_tty, stdout_tty=env.stdout_tty)
    except OptionError as exc:
        raise _usage(say, str(exc)) from None
    options, inputs, outfile = _prepare(request, fmt, make_options, env, say)
    if outfile is not None and outfile.cut is not None:
        say.warning(
            f"{outfile.label}: line {outfile.cut.line} is not a whole record; the file is cut "
            f"there ({outfile.cut.dropped} lines) and those inputs are done again"
        )
    layout = Layout(
        many=several(request.names, jsonl=request.jsonl, urls=request.urls is not None),
        table=request.table or Table.articles,
        raw_cells=request.raw_cells,
        directory=request.output if request.all_tables else None,
    )
    emit = Emitter(fmt, terminal_of(env, to_file=outfile is not None), layout)
    targets = Targets(outfile, env.stdout)
    done = len(outfile.finished()) if outfile is not None else 0

    def left() -> int | None:  # what the bar counts: the inputs not already in the output
        total = count(inputs)
        return None if total is None else max(0, total - done)

    progress = progress_bar(
        env.stderr, env.environ, watched=not request.quiet and env.stderr_tty, total=left
    )
    say.live = progress
    sink = sink_of(targets, emit, outfile, say, progress)
    _log_start(inputs, fmt, options)
    started = time.perf_counter()
    summary = _execute(inputs, options, sink, emit, targets, progress, say, env.stdout)
    _log_end(summary, time.perf_counter() - started, request.output)
    if outfile is not None:
        _resumed(outfile, summary, say)
    return ExitCode.FAILED if summary.failed or summary.failed_before else ExitCode.OK


def _resumed(outfile: OutputFile, summary: Summary, say: Say) -> None:
    """--resume: what the file held that this run did not do (failures kept) or could not
    match (records of other inputs, or of these from another directory)."""
    if summary.failed_before:
        say.warning(
            f"{outfile.label}: {plural(summary.failed_before, 'input')} failed in an earlier "
            "run, not tried again (their error records are kept; delete those lines to try "
            "them again)"
        )
    held = len(outfile.finished())
    if held and not summary.skipped:
        # records written before session 12 have no resume key: their relative sources are
        # resolved from this run's directory, which may not be the one they were written from
        why = (
            " (was it written from another directory? records without a `resume_key`, "
            "written by an older newsdesk, are matched by their source, a relative one "
            "resolved from the directory the run starts in)"
            if outfile.unkeyed
            else ""
        )
        say.warning(
            f"{outfile.label}: none of its {plural(held, 'record')} is one of these inputs, so "
            f"every input was done{why}"
        )


def _with_url_list(request: Request, say: Say) -> Request:
    """`--urls FILE`: its URLs after the named inputs (or instead of the default stdin)."""
    if request.urls is None:
        return request
    from newsdesk.read.fetch import read_url_list

    try:
        listed = read_url_list(request.urls)
    except InputError as exc:
        raise _usage(say, f"--urls {exc}") from None
    names = [*(request.names if request.explicit else []), *listed] or request.names
    return replace(request, names=names, explicit=request.explicit or bool(listed))


def _prepare(
    request: Request, fmt: Format, make_options: Callable[[], Options], env: Environment, say: Say
) -> tuple[Options, Inputs, OutputFile | None]:
    """The settings, the inputs listed and the -o file checked (not yet opened), before any
    input is read: what is wrong with them (an -o that names a directory, or a file in a
    directory that does not exist, included) is a usage error, exit 2."""
    from newsdesk.run.items import STDIN, gather
    from newsdesk.run.sink import (
        Maker,
        OutputFile,
        OutputIsInputError,
        OutputPathError,
        ResumeMismatchError,
        check_not_an_input,
    )

    try:
        options = make_options()
        check_analysis(fmt, request.table, options, all_tables=request.all_tables)
        inputs = gather(
            request.names,
            glob=request.glob,
            jsonl=request.jsonl,
            stdin=env.stdin,
            fifo_wait=options.fifo_wait,
            published=request.published,
            published_fallback=request.published_fallback,
            # an earlier run's records, written inside a folder this run reads: not an input
            output=request.output if fmt.one_record_per_line and _ours(request.output) else None,
        )
        outfile = None
        if request.output is not None:
            stdin = env.stdin if STDIN in request.names else None
            read = [*inputs.files, *([request.urls] if request.urls is not None else [])]
            if request.all_tables:  # -o DIR: the tables' files are checked, none opened here
                for path in table_files(request.output, fmt, request.names):
                    check_not_an_input(path, read, stdin)
                _warn_oversubscribed(options, say)
                return options, inputs, None
            check_not_an_input(request.output, read, stdin)  # the --urls list is read too
            outfile = OutputFile(
                request.output,
                resume=request.resume,
                whole=not fmt.one_record_per_line,
                maker=Maker(_model_name(options) if options.analyzes else None),
            )
    except (OptionError, OutputIsInputError) as exc:
        raise _usage(say, str(exc)) from None
    except ResumeMismatchError as exc:
        raise _usage(say, f"--resume: {exc}") from None
    except OutputPathError as exc:  # -o names a directory, or a file in none: a usage error too
        raise _usage(say, str(exc)) from None
    except OutputError as exc:  # the -o file to resume cannot be read (I/O): a failure, exit 1
        say.error(str(exc))
        raise Stop(ExitCode.FAILED) from None
    _warn_oversubscribed(options, say)
    return options, inputs, outfile


def _warn_oversubscribed(options: Options, say: Say) -> None:
    """`--workers N` above the cores this process may use: one warning, and the run goes on
    as asked (N processes sharing the cores thrash: each article takes longer, and each
    worker of `analyze` holds its own copy of the model). Not on Dask (its own workers)."""
    from newsdesk.run.options import default_workers

    cores = default_workers()
    if options.scheduler is not None or options.workers is None or options.workers <= cores:
        return
    say.warning(
        f"--workers {options.workers} is more than the {plural(cores, 'core')} this machine "
        f"gives newsdesk: the workers will share them, each article taking longer (and, for "
        f"analyze, each worker holding its own copy of the model); going on with "
        f"{options.workers} (--workers {cores} or fewer uses the machine best)"
    )


def _ours(output: Path | None) -> bool:
    from newsdesk.run.sink import holds_records

    return output is not None and holds_records(output)


def _execute(
    inputs: Inputs,
    options: Options,
    sink: RecordSink,
    emit: Emitter,
    targets: Targets,
    progress: Progress | None,
    say: Say,
    stdout: TextIO | None,
) -> Summary:
    """The engine over the inputs, the document ended; the bar stopped and the -o file
    closed whatever happens. A setting the engine refuses is a usage error; a model, input
    or output that fails the run, a failure."""
    from newsdesk.run import engine
    from newsdesk.run.sink import ReaderGoneError

    try:
        if progress is not None:
            progress.start()
        summary = engine.run(inputs.items(), options, sink)
        targets.end(emit.close())
        targets.finish()
    except KeyboardInterrupt:
        emit.discard()  # --table all -o DIR: the tables begun removed, not put in place
        targets.interrupted(emit)
        raise
    except OptionError as exc:
        raise _usage(say, str(exc)) from None
    except ReaderGoneError as exc:  # `| head -1`: the reader wanted no more; nothing to say
        _silence_stdout(exc, stdout)
        raise Stop(ExitCode.READER_GONE) from None
    except ModelNotFoundError as exc:  # the library's words, and the flag that names a pipeline
        say.error(f"{exc} (--model)")
        _silence_stdout(exc, stdout)
        raise Stop(ExitCode.FAILED) from None
    except (OutputError, NewsdeskError) as exc:
        say.error(str(exc))
        _silence_stdout(exc, stdout)
        raise Stop(ExitCode.FAILED) from None
    finally:
        if progress is not None:
            progress.stop()
        targets.close(say)
        emit.discard()  # a run that failed: --table all's tables begun removed (after close: none)
    return summary


def _log_start(inputs: Inputs, fmt: Format, options: Options) -> None:
    """`-v`: what the run will do (counting JSON Lines reads them once more)."""
    from newsdesk.run.items import count

    if not log.isEnabledFor(logging.INFO):
        return
    total = count(inputs)
    log.info(
        "%s, format %s, %s, %s a batch",
        "stdin" if total is None else plural(total, "input"),
        fmt.value,
        f"model {_model_name(options)}" if options.analyzes else "no model (clean)",
        plural(options.batch_size, "article"),
    )


def _log_end(summary: Summary, elapsed: float, output: Path | None) -> None:
    """`-v`: what the run did: inputs resumed, time per stage, records and rate."""
    if summary.skipped:
        log.info("resumed: %d inputs already in %s", summary.skipped, output)
    if summary.seconds:
        log.info(
            "time per stage, summed over inputs and workers: %s",
            ", ".join(
                f"{stage} {summary.seconds[stage]:.2f} s"
                for stage in ("read+clean", "parse", "analysis")
                if stage in summary.seconds
            ),
        )
    log.info(
        "%s (%d failed) in %.2f s, %.2f articles/s",
        plural(summary.written, "record"),
        summary.failed,
        elapsed,
        summary.written / elapsed if elapsed > 0 else 0.0,
    )


def _model_name(options: Options) -> str:
    from newsdesk.analysis.nlp import model_name

    return model_name(options.model)


def _silence_stdout(exc: NewsdeskError, stdout: TextIO | None) -> None:
    """After stdout failed (a full disk, a closed pipe), point it at /dev/null so that the
    interpreter's last flush cannot print a traceback."""
    if stdout is None or not isinstance(exc, OutputError) or "stdout" not in str(exc):
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
