"""A log of what the entity filters dropped, for the benches that count what each filter
costs and saves (`people/drops.py`, `places/drops.py`).

Recording is off unless a caller opens `recording()`; then each record is appended to that
caller's list (a context variable: concurrent analyses do not mix their records)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Generic, TypeVar

T = TypeVar("T")


class DropLog(Generic[T]):
    """One kind of drop record, logged while a caller records."""

    def __init__(self, name: str) -> None:
        self._log: ContextVar[list[T] | None] = ContextVar(name, default=None)

    def add(self, item: T) -> None:
        """Log the record (no-op when no `recording()` is open)."""
        log = self._log.get()
        if log is not None:
            log.append(item)

    @contextmanager
    def recording(self) -> Iterator[list[T]]:
        """Collect the records of the analyses run inside the block."""
        log: list[T] = []
        token = self._log.set(log)
        try:
            yield log
        finally:
            self._log.reset(token)
