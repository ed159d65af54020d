"""Typed exceptions of the library. Only the CLI turns them into messages and exit codes.

An error record's `kind` is the name of the exception class that stopped its input.
"""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base class of every error newsdesk raises on purpose."""

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
    """The input is larger than the size limit (bytes read, or characters analyzed)."""


class TextTooLongError(InputTooLargeError):
    """The article text is longer than `Options.max_chars`."""


class TimeLimitError(NewsdeskError):
    """An input took longer than `Options.timeout`."""


class ProcessingError(NewsdeskError):
    """An unexpected failure while processing one input (the cause is chained)."""


class WorkerDiedError(NewsdeskError):
    """The worker process handling an input died (killed, out of memory) even when retried alone."""


class OptionError(NewsdeskError):
    """Options that are invalid, or a limit that cannot be enforced where the run would go."""


class OutputError(NewsdeskError):
    """The output cannot be opened or written, or would overwrite an input."""


class ModelNotFoundError(NewsdeskError):
    """The spaCy pipeline asked for is not installed."""
