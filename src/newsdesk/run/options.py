"""`Options`: everything that decides what a run does to each input, in one frozen record.

The library (`newsdesk.clean`, `newsdesk.analyze`) and the CLI build the same `Options` and
hand it to the same engine, so they give the same results and the same errors. Each field is
used in one place, listed in docs/architecture.md.
"""

from __future__ import annotations

import codecs
import importlib.util
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import Enum

from newsdesk.errors import OptionError
from newsdesk.labels import EVERYTHING, NOTHING, Extract, InputFormat, Strength
from newsdesk.labels import label_of as _label
from newsdesk.read.fetch import USER_AGENT_VARIABLE

# Measured on 2 cores (README): 16 texts a batch keep memory low at full speed when
# analyzing; cleaning alone is cheap per article, so bigger batches cost nothing.
DEFAULT_BATCH_SIZE = 16
CLEAN_BATCH_SIZE = 64
# spaCy's own limit on a text's length (error E088); longer texts get an error record.
DEFAULT_MAX_CHARS = 1_000_000
# The longest `timeout` and `fifo_wait` (seconds, a week: far past any article or pause).
# Longer ones ("inf", 1e308) cannot be timed at all: the interval timer and poll() take
# them as C integers and raised OverflowError for every input of the run (session 13).
MAX_SECONDS = 7 * 24 * 3600


def _not_a_text_encoding(name: str) -> str | None:
    """Why `name` cannot decode an input's bytes to text ("unknown encoding", "not a text
    encoding"), or None when it can. `b"".decode(name)` would not do: CPython returns "" for
    empty bytes without looking the codec up; one byte is decoded by the codec itself, which
    refuses a bytes-to-bytes codec (base64, hex, zlib) or rot13 with a `LookupError`."""
    try:
        codecs.lookup(name)  # an unknown name: LookupError; a NUL in it: ValueError
    except (LookupError, ValueError, TypeError):
        return "unknown encoding"
    try:
        b"x".decode(name, "replace")
    except LookupError:
        return "not a text encoding"
    except ValueError:
        pass  # a text codec that refuses the byte or the error handler (idna): still one
    return None


@dataclass(frozen=True, slots=True)
class Options:
    """What to do with every input of a run.

    extract:      what the analysis extracts; empty means clean only (no spaCy at all)
    clean:        False when the input is article text already (kept as it is)
    input_format: html or text for every input; None detects per input
    encoding:     decode every input with this encoding; None detects
    model:        the spaCy pipeline (package name or path); None: the default pipeline
                  (`settle` fills it from $NEWSDESK_MODEL when it is set)
    min_strength: keep only commitments at least this firm
    max_chars:    longest article text analyzed; longer gets a `TextTooLongError`
    timeout:      seconds one input may take (reading, cleaning and analysis)
    workers:      worker processes; None: the machine's cores. Only used for more than
                  `POOL_AFTER_BATCHES` batches of inputs (see `run.engine`)
    batch_size:   inputs a worker takes at a time (and parses together)
    scheduler:    a Dask scheduler's address, or "local"/"local:N" for a local cluster
    fifo_wait:    seconds a named pipe may stay silent before it is given up; None:
                  `read.FIFO_WAIT_SECONDS`; 0: no limit (a producer that pauses)
    user_agent:   the User-Agent a URL input is fetched with; None: newsdesk's own
                  (`read.fetch.USER_AGENT`; `settle` fills it from $NEWSDESK_USER_AGENT)

    The environment is read once, by `settle`, never by the run: what a run does (in this
    process, a worker process or on a Dask worker) is this record and nothing else.
    """

    extract: frozenset[Extract] = EVERYTHING
    clean: bool = True
    input_format: InputFormat | None = None
    encoding: str | None = None
    model: str | None = None
    min_strength: Strength | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    timeout: float | None = None
    workers: int | None = 1
    batch_size: int = DEFAULT_BATCH_SIZE
    scheduler: str | None = None
    fifo_wait: float | None = None
    user_agent: str | None = None

    def __post_init__(self) -> None:
        # the library may give labels as plain strings: checked and turned into enums here
        try:
            if self.input_format is not None:
                object.__setattr__(self, "input_format", InputFormat(self.input_format))
            if self.min_strength is not None:
                object.__setattr__(self, "min_strength", Strength(self.min_strength))
            object.__setattr__(self, "extract", frozenset(Extract(e) for e in self.extract))
        except ValueError as exc:
            raise OptionError(str(exc)) from None
        if self.encoding is not None:
            # checked once here, not once per input when it is decoded (a mistyped name
            # would give every input of a corpus its own error record)
            why = _not_a_text_encoding(self.encoding)
            if why is not None:
                raise OptionError(
                    f"{why} {self.encoding!r} in the `encoding` option "
                    "(a Python codec name: utf-8, cp1251, shift_jis, …)"
                )
        if self.fifo_wait is not None and not 0 <= self.fifo_wait <= MAX_SECONDS:
            raise OptionError(
                "the `fifo_wait` option must be 0 (no limit) or a positive number of seconds "
                f"up to {MAX_SECONDS} (a week), not {self.fifo_wait:g}"
            )
        if self.batch_size < 1:
            raise OptionError(f"batch_size must be at least 1, not {self.batch_size}")
        if self.max_chars < 1:
            raise OptionError(f"max_chars must be at least 1, not {self.max_chars}")
        if self.workers is not None and self.workers < 1:
            raise OptionError(f"workers must be at least 1, not {self.workers}")
        if self.timeout is not None and not 0 < self.timeout <= MAX_SECONDS:
            raise OptionError(
                "the `timeout` option must be a positive number of seconds up to "
                f"{MAX_SECONDS} (a week; leave it out for no limit), not {self.timeout:g}"
            )
        # checked before any work: a mistyped `local:N` or a missing Dask is a usage error
        if self.scheduler is not None and (why := scheduler_problem(self.scheduler)):
            raise OptionError(why)
        if self.timeout is not None and self.scheduler is not None:
            raise OptionError(
                "a time limit cannot be enforced on Dask workers: drop `timeout` or `scheduler`"
            )

    @property
    def analyzes(self) -> bool:
        return self.extract != NOTHING

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers is not None else default_workers()


LOCAL_SCHEDULER = "local"
DASK_MODULES = ("dask", "distributed")


def scheduler_problem(scheduler: str) -> str | None:
    """Why `scheduler` cannot be used, or None: "local" and "local:N" (N workers, at least
    one) start a cluster here; anything else is a scheduler's address (reached when the run
    starts: `SchedulerError`). Either needs Dask installed (looked up, not imported)."""
    if not scheduler.strip():
        return "the `scheduler` option needs a Dask scheduler's address, or local or local:N"
    name, sep, size = scheduler.partition(":")
    if name == LOCAL_SCHEDULER and sep and not (size.isdigit() and int(size) >= 1):
        return (
            f"the `scheduler` option's local:N needs a number of workers (1 or more), not {size!r}"
        )
    if name != LOCAL_SCHEDULER and not SCHEDULER_ADDRESS.fullmatch(scheduler.strip()):
        return (
            f"the `scheduler` option needs a Dask scheduler's address as [scheme://]host:port "
            f"(tcp://10.0.0.5:8786), or local or local:N, not {scheduler!r}"
        )
    if not all(_installed(module) for module in DASK_MODULES):
        return "the `scheduler` option needs Dask: pip install 'newsdesk[dask]'"
    return None


# A scheduler's address as Dask takes it: an optional scheme ("tcp://", "tls://"), a host (a
# name, an IPv4 address or a bracketed IPv6 one) and a port; anything else ("bogus", a missing
# port) is refused before any work instead of failing inside Dask's own parser
SCHEDULER_ADDRESS = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://)?(?:\[[0-9a-fA-F:.]+\]|[^\s:/\[\]]+):\d{1,5}/?", re.IGNORECASE
)


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


class Unset(Enum):
    """A setting not given (where None is a value: `workers=None` means every core)."""

    unset = "unset"


UNSET = Unset.unset
# The process environment's settings, read by `settle` only (and documented as the README's).
MODEL_VARIABLE = "NEWSDESK_MODEL"


def settle(
    base: Options | None = None,
    *,
    extract: Iterable[Extract | str] | None = None,
    clean: bool | None = None,
    input_format: InputFormat | str | None = None,
    encoding: str | None = None,
    model: str | None = None,
    min_strength: Strength | str | None = None,
    max_chars: int | None = None,
    timeout: float | None = None,
    workers: int | Unset | None = UNSET,
    batch_size: int | None = None,
    scheduler: str | None = None,
    fifo_wait: float | None = None,
    user_agent: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Options:
    """`base` (or the defaults) with the settings that were given (not None; `workers`: not
    `UNSET`): the one mapping of settings onto `Options`, for the CLI's flags and the library's
    keyword arguments alike. Labels may be strings; a wrong one is an `OptionError` naming the
    allowed values. A model or User-Agent still unset is taken from `environ` (None: this
    process's, `os.environ`): $NEWSDESK_MODEL, $NEWSDESK_USER_AGENT. This is the one place the
    library reads the environment; the CLI passes its `Environment`'s."""
    base = base or Options()
    environ = os.environ if environ is None else environ
    return replace(
        base,
        extract=base.extract if extract is None else frozenset(_label(Extract, e) for e in extract),
        clean=base.clean if clean is None else clean,
        input_format=base.input_format
        if input_format is None
        else _label(InputFormat, input_format),
        encoding=base.encoding if encoding is None else encoding,
        model=(base.model if model is None else model) or environ.get(MODEL_VARIABLE) or None,
        min_strength=base.min_strength if min_strength is None else _label(Strength, min_strength),
        max_chars=base.max_chars if max_chars is None else max_chars,
        timeout=base.timeout if timeout is None else timeout,
        workers=base.workers if isinstance(workers, Unset) else workers,
        batch_size=base.batch_size if batch_size is None else batch_size,
        scheduler=base.scheduler if scheduler is None else scheduler,
        fifo_wait=base.fifo_wait if fifo_wait is None else fifo_wait,
        user_agent=(base.user_agent if user_agent is None else user_agent)
        or environ.get(USER_AGENT_VARIABLE)
        or None,
    )


def default_workers() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)
