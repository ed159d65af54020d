"""Typed exceptions of the library. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base class of every error newsdesk raises on purpose."""


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
    """The input is larger than the size limit."""


class ModelNotFoundError(NewsdeskError):
    """The spaCy pipeline asked for is not installed."""
