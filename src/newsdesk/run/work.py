"""The unit of work: `process_chunk`, from a list of items to one `Outcome` each, in order.

The same picklable function runs in this process, in worker processes and on Dask workers,
so every executor gives the same records. It never raises for one input: whatever an input
raises (a typed `NewsdeskError`, or anything else a parser may throw) becomes that input's
`Failure`, with the exception's class as its `kind`. Only a failure of the whole run (the
model cannot load) is raised.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from time import monotonic, sleep
from types import FrameType
from typing import TYPE_CHECKING

from newsdesk.errors import (
    ModelNotFoundError,
    NewsdeskError,
    OptionError,
    TextTooLongError,
    TimeLimitError,
)
from newsdesk.labels import Extract
from newsdesk.model import Article, Brief, Failure
from newsdesk.run.items import Given, Item
from newsdesk.run.options import Options

if TYPE_CHECKING:
    from newsdesk.read.page import Page

NO_TEXT = "no article text found (everything read was boilerplate, markup or blank)"
# An unexpected exception's message is cut to this many characters in its error record.
MAX_MESSAGE_CHARS = 300


@dataclass(slots=True)
class Outcome:
    """One input's result: its `Brief`, or the `Failure` that stopped it."""

    item: Item
    brief: Brief | None = None
    failure: Failure | None = None
    # the exception itself, in this process only (the library re-raises it)
    exception: BaseException | None = None
    # seconds spent per stage on this input ("read+clean", "parse", "analysis"), for `-v`
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def record(self) -> Brief | Failure:
        if self.brief is not None:
            return self.brief
        assert self.failure is not None
        return self.failure


def failed(item: Item, exc: BaseException, seconds: dict[str, float] | None = None) -> Outcome:
    """The error record of `item` stopped by `exc`: a typed error's own message, or the
    unexpected exception's class and first line (`seconds`: the stages it went through)."""
    if isinstance(exc, NewsdeskError):
        if exc.source is None:
            exc.source = item.source
        kind, message = exc.kind, named(str(exc), item.source)
    else:
        kind = type(exc).__name__
        detail = (str(exc).splitlines() or [""])[0][:MAX_MESSAGE_CHARS]
        message = f"{item.source}: failed unexpectedly ({kind}" + (
            f": {detail})" if detail else ")"
        )
    failure = Failure(item.source, kind, message, item.id)
    return Outcome(item, failure=failure, exception=exc, seconds=dict(seconds or {}))


def named(message: str, source: str) -> str:
    """An input's error `message` as its line says it: naming the input first, as every
    error of one input does ("page.html: the input is empty"), so that in a batch the line
    tells which input failed; a message that does not is given the input's name."""
    return message if message.startswith(f"{source}:") else f"{source}: {message}"


def time_limit_enforceable() -> str | None:
    """Why a time limit cannot be enforced in this thread, or None when it can."""
    if not hasattr(signal, "setitimer"):
        return "this platform has no interval timer"
    if threading.current_thread() is not threading.main_thread():
        return "it is enforced by a signal, which only the main thread receives"
    return None


# In a worker process, a watchdog thread ends the process when an input overruns its time
# limit by this factor (and at least HARD_LIMIT_GRACE seconds): the signal cannot interrupt
# a long call into C (an lxml XPath). The parent sees the worker die, retries the input alone
# and reports it (`WorkerDiedError`), so a batch never hangs on one input.
HARD_LIMIT_FACTOR = 2.0
HARD_LIMIT_GRACE = 2.0
# How often the watchdog looks (seconds): the overrun is caught within this much.
WATCH_INTERVAL = 0.25
_hard_deadline: float | None = None  # monotonic; None when no input is being timed


def enable_watchdog() -> None:
    """Start the watchdog (worker processes only: it ends the whole process)."""

    def watch() -> None:
        while True:
            sleep(WATCH_INTERVAL)
            deadline = _hard_deadline
            if deadline is not None and monotonic() > deadline:
                os._exit(HARD_LIMIT_EXIT)

    threading.Thread(target=watch, name="newsdesk-watchdog", daemon=True).start()


HARD_LIMIT_EXIT = 70  # EX_SOFTWARE


@contextmanager
def time_limit(deadline: float | None, label: str, seconds: float | None) -> Iterator[None]:
    """Raise `TimeLimitError` in the work on one input once `deadline` (monotonic) passes."""
    global _hard_deadline
    if deadline is None or seconds is None:
        yield
        return
    why = time_limit_enforceable()
    if why is not None:
        raise OptionError(f"a time limit cannot be enforced here: {why}")
    left = deadline - monotonic()
    message = f"{label}: took longer than the {seconds:g} s limit"
    if left <= 0:
        raise TimeLimitError(message)

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitError(message)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, left)
    _hard_deadline = deadline + max(HARD_LIMIT_GRACE, (HARD_LIMIT_FACTOR - 1) * seconds)
    try:
        yield
    finally:
        _hard_deadline = None
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """An item read and cleaned, waiting for its analysis."""

    pos: int  # its place in the chunk
    article: Article
    left: float | None  # seconds of its time limit left for the analysis (None: no limit)
    seconds: float  # what reading and cleaning took


def process_chunk(items: list[Item], options: Options) -> list[Outcome]:
    """Read, clean and (if asked) analyze a chunk of items; one outcome per item, in order."""
    outcomes: list[Outcome | None] = [None] * len(items)
    pending: list[Cleaned] = []
    for pos, item in enumerate(items):
        if item.failure is not None:
            outcomes[pos] = Outcome(item, failure=item.failure)
            continue
        started = monotonic()
        deadline = None if options.timeout is None else started + options.timeout
        try:
            with time_limit(deadline, item.source, options.timeout):
                article = clean_item(item, options)
        except OptionError:
            raise
        except Exception as exc:  # its time counts in -v's time per stage too
            outcomes[pos] = failed(item, exc, {"read+clean": monotonic() - started})
            continue
        seconds = monotonic() - started
        if options.analyzes:
            # the time limit is per input: what cleaning used is taken from its analysis
            left = None if options.timeout is None else options.timeout - seconds
            pending.append(Cleaned(pos, article, left, seconds))
        else:
            brief = Brief(article, warnings=_warnings(article), id=item.id)
            outcomes[pos] = Outcome(item, brief=brief, seconds={"read+clean": seconds})
    if pending:
        _analyze(items, pending, outcomes, options)
    done = [o for o in outcomes if o is not None]
    assert len(done) == len(items)
    return done


# What a process reads and cleans (and, for an analysis, analyses) once, before its first
# input (`warm_up`).
# (it names a person, a place, an organisation and a commitment, so that the analysis loads
# the data of each: the gazetteer, the word lists)
WARM_UP_TEXT = (
    "A short text, read once by each process before its inputs. Mayor Jane Doe of Leeds "
    "said on Monday that the Leeds City Council will open a new library in York next year."
)
# What this process has warmed up for (`warm_up`): "clean", and "analyze" with the model's
# name (each model is its own load); a later call for the same is nothing.
_WARMED: set[str] = set()


def warm_up(options: Options) -> None:
    """Once per process (and model): read and clean a short text, and for an analysis parse
    and analyse it, outside any time limit: the reader's, the cleaner's and the analysis's
    imports, data files (gazetteer, word lists) and model are then loaded before the first
    input's `timeout` starts (about a second to clean, ~0.45 s more to analyse, more on a
    loaded machine: a short limit would otherwise fail a process's first input for what it had
    to load). Called where a time limit applies in every executor: each pool worker, this
    process (`executors.in_process`: a small run, `-w 1`, the library's `run.one`), each Dask
    task's process (`process_remote`). Whatever fails here is left for the inputs to meet and
    report."""
    wanted = f"analyze {options.model}" if options.analyzes else "clean"
    if wanted in _WARMED:
        return
    _WARMED.add(wanted)
    # (the inputs will meet the same failure, as their own records)
    with suppress(Exception):
        item = Item(0, "<warm-up>", content=WARM_UP_TEXT)
        article = clean_item(item, replace(options, encoding=None))
        _WARMED.add("clean")
        if options.analyzes:
            from newsdesk.analysis import brief_from_doc
            from newsdesk.analysis.nlp import load_model, model_name

            name = model_name(options.model)
            doc = load_model(name)(article.text)
            brief_from_doc(article, doc, name, extract=options.extract)


def _warnings(article: Article) -> list[str]:
    """The article's own warnings (the reader's doubts about the decoding), then no text."""
    if article.text.strip():
        return list(article.warnings)
    return [*article.warnings, f"{article.source}: {NO_TEXT}"]


def clean_item(item: Item, options: Options) -> Article:
    """Read (or fetch) and clean one item; checks what the analysis will need of the text."""
    from newsdesk.cleaner import clean_page
    from newsdesk.read import read
    from newsdesk.read.page import page_of

    source = item.path if item.path is not None else item.content
    if item.url is not None:  # fetched here, inside the item's time limit; fails as its record
        from newsdesk.read.fetch import USER_AGENT, fetch_text

        # (the settled User-Agent, never this process's environment: a worker may have another)
        agent = options.user_agent or USER_AGENT
        source = fetch_text(item.url, encoding=options.encoding, user_agent=agent)
    assert source is not None
    doc = read(
        source,
        input_format=item.input_format or options.input_format,
        encoding=options.encoding,
        name=item.source,
        fifo_wait=options.fifo_wait,
    )
    page = seeded(page_of(doc), item.given)
    article = clean_page(page, clean=options.clean)
    if article.published is None and item.given.published_fallback is not None:
        # No date in the markup. Cleaned, the page's lines were read for one too; not cleaned
        # (--no-clean), they are read now, by cleaning it aside (its text stays as given),
        # so that a byline's date wins over the fallback either way. Else the fallback.
        shown = None if options.clean else clean_page(page).published
        article = replace(article, published=shown or item.given.published_fallback)
    repairs = [*item.repairs, *doc.repairs]
    if repairs:
        article = replace(article, repairs=repairs + article.repairs)
    # the reader's doubts ("decoded as cp1252, but …"), and what the caller gave that was unusable
    if doubts := [*item.given.warnings, *doc.warnings]:
        article = replace(article, warnings=[*doubts, *article.warnings])
    if options.analyzes and len(article.text) > options.max_chars:
        raise TextTooLongError(
            f"{item.source}: {len(article.text)} characters of article text is over the "
            f"{options.max_chars}-character limit"
        )
    return article


def seeded(page: Page, stated: Given) -> Page:
    """`page` with the title and date its caller stated (a JSON Lines record's, the library's
    keywords) in its metadata, before cleaning: they win over what the page says."""
    if stated.title is None and stated.published is None:
        return page
    meta = replace(
        page.meta,
        title=stated.title or page.meta.title,
        published=stated.published or page.meta.published,
    )
    return replace(page, meta=meta)


def _analyze(
    items: list[Item],
    pending: list[Cleaned],
    outcomes: list[Outcome | None],
    options: Options,
) -> None:
    """Parse the cleaned texts with `nlp.pipe` and build each brief. The texts go through
    together (batch of the whole chunk); with a time limit, one at a time so that each
    text's parse is its own. When the parser fails on a batch, the rest of it goes again one
    at a time, so the failure is pinned on the text that caused it."""
    from newsdesk.analysis import brief_from_doc
    from newsdesk.analysis.nlp import load_model, model_name

    name = model_name(options.model)
    nlp = load_model(name)  # ModelNotFoundError stops the run: no input could succeed
    skip = Extract.commitments not in options.extract and "lemmatizer" in nlp.pipe_names
    batch = 1 if options.timeout is not None else len(pending)
    queue = pending
    with nlp.select_pipes(disable=["lemmatizer"] if skip else []):
        while queue:
            docs = nlp.pipe((c.article.text for c in queue), batch_size=batch)
            restart: int | None = None
            for n, cleaned in enumerate(queue):
                pos, article, left = cleaned.pos, cleaned.article, cleaned.left
                item = items[pos]
                spent = {"read+clean": cleaned.seconds}
                deadline = None if left is None else monotonic() + left
                began = monotonic()
                try:
                    with time_limit(deadline, item.source, options.timeout):
                        doc = next(docs)
                except (ModelNotFoundError, OptionError):
                    raise
                except Exception as exc:
                    if batch > 1:
                        batch, restart = 1, n
                    else:
                        outcomes[pos], restart = failed(item, exc, spent), n + 1
                    break
                parsed = monotonic()
                try:
                    with time_limit(deadline, item.source, options.timeout):
                        brief = brief_from_doc(
                            article,
                            doc,
                            name,
                            extract=options.extract,
                            min_strength=options.min_strength,
                        )
                    brief.id = item.id
                    brief.warnings = _warnings(article) + brief.warnings
                    # nlp.pipe parses a batch at its first text: the sums are right, not each
                    spent |= {"parse": parsed - began, "analysis": monotonic() - parsed}
                    outcomes[pos] = Outcome(item, brief=brief, seconds=spent)
                except OptionError:
                    raise
                except Exception as exc:
                    outcomes[pos] = failed(item, exc, spent)
            queue = queue[restart:] if restart is not None else []


def process_remote(items: list[Item], options: Options) -> list[Outcome]:
    """`process_chunk` for another process: exceptions stay behind (they may not pickle).
    With a time limit, the process is warmed up first (once: `warm_up`)."""
    if options.timeout is not None:
        warm_up(options)
    return [replace(o, exception=None) for o in process_chunk(items, options)]


__all__ = ["Outcome", "failed", "process_chunk", "process_remote", "time_limit"]
