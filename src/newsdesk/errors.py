"""Typed exceptions of the library. Only the CLI turns them into messages and exit codes.

An error record's `kind` is the name of the exception class that stopped its input. Every
error carries `source`, the input it concerns (a path, a URL, `<bytes>`, `<text>` or the
`name` given), when there is one: `newsdesk.clean()` and `newsdesk.analyze()` always set it,
so a caller looping over inputs never parses the message. The limits carry their values
(`InputTooLargeError.limit`/`.size`, `TimeLimitError.limit`). Attributes are keyword-only, so
the exceptions pickle as they are.
"""

from __future__ import annotations

# How much of a value it refuses a message quotes (a date, a line of a URL list): enough to
# find it, never a whole pasted page; a URL, often long and read whole, gets more.
QUOTED_CHARS = 80
QUOTED_URL_CHARS = 200


class NewsdeskError(Exception):
    """Base class of every error newsdesk raises on purpose. `source`: the input it
    concerns, None for an error of the run as a whole (options, output, the model)."""

    def __init__(self, *args: object, source: str | None = None) -> None:
        super().__init__(*args)
        self.source = source

    @property
    def kind(self) -> str:
        return type(self).__name__


class InputError(NewsdeskError):
    """An input cannot be read or is not an article (missing, empty, binary, undecodable)."""


class InputNotFoundError(InputError):
    """The named file does not exist."""


class EmptyInputError(InputError):
    """The input holds no text at all."""


class BinaryInputError(InputError):
    """The input is a binary file, not HTML or text."""


class DecodeError(InputError):
    """The input's bytes are not text in the encoding asked for or detected."""


class InputTooLargeError(InputError):
    """The input is larger than a size limit (bytes read, blocks of a page or lines of a
    dump, or characters analyzed: the message says which). `limit`: that limit; `size`: the
    input's size in its unit when it was measured (a stream is not read past the limit)."""

    def __init__(
        self,
        *args: object,
        source: str | None = None,
        limit: int | None = None,
        size: int | None = None,
    ) -> None:
        super().__init__(*args, source=source)
        self.limit = limit
        self.size = size


class TextTooLongError(InputTooLargeError):
    """The article text is longer than `Options.max_chars`."""


class TimeLimitError(NewsdeskError):
    """An input took longer than `Options.timeout` (`limit`, in seconds)."""

    def __init__(
        self, *args: object, source: str | None = None, limit: float | None = None
    ) -> None:
        super().__init__(*args, source=source)
        self.limit = limit


class ProcessingError(NewsdeskError):
    """An unexpected failure while processing one input (the cause is chained)."""


class WorkerDiedError(NewsdeskError):
    """The worker process handling an input died (killed, out of memory) even when retried alone."""


class OptionError(NewsdeskError):
    """Options that are invalid, or a limit that cannot be enforced where the run would go."""


class URLAsTextError(InputError, TypeError):
    """An http(s) URL given as a `str`, where a str is the article's text: the library does
    not fetch (`newsdesk.read.fetch.fetch_text` does; the CLI fetches a URL argument)."""


class OutputError(NewsdeskError):
    """The output cannot be opened or written, or would overwrite an input."""


class ModelNotFoundError(NewsdeskError):
    """The spaCy pipeline asked for is not installed."""


class SchedulerError(NewsdeskError):
    """The Dask scheduler named by `Options.scheduler` cannot be reached (its address is
    well-formed; the cluster is down, or not there)."""
