"""Render stage: one module per output format; each takes a `Brief` and decides nothing.

A format module (named after its `Format` value) provides

    render(brief: Brief, terminal: Terminal) -> str      the text of one record
    separator(terminal: Terminal) -> str                 what goes between two records
    failure(failure: Failure) -> str | None              an error record (None: stderr only)

so a new format is one module and one `Format` member. Human-readable formats pass all data
through `render.sanitize`; JSON keeps it exact.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from ..model import Brief, Failure


class Format(StrEnum):
    auto = "auto"  # rich on a terminal, text otherwise (resolved by the CLI, not a module)
    rich = "rich"
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    geojson = "geojson"

    @property
    def one_record_per_line(self) -> bool:
        """Whether the output is a file of records that --resume can read."""
        return self is Format.jsonl

    @property
    def needs_analysis(self) -> bool:
        return self is Format.geojson


@dataclass(frozen=True, slots=True)
class Terminal:
    """What the output stream is: a terminal (and whether it takes colour), and its width."""

    tty: bool = False
    color: bool = False
    width: int | None = None


class Renderer(Protocol):
    def render(self, brief: Brief, terminal: Terminal) -> str: ...

    def separator(self, terminal: Terminal) -> str: ...

    def failure(self, failure: Failure) -> str | None: ...


def renderer(fmt: Format) -> Renderer:
    """The module of `fmt` (imported on first use: rich only for the rich report)."""
    if fmt is Format.auto:
        raise ValueError("Format.auto is resolved to rich or text before rendering")
    module: Renderer = importlib.import_module(f"{__name__}.{fmt.value}")
    return module


class Emitter:
    """Turns a run's records, in order, into the text of one output stream."""

    def __init__(self, fmt: Format, terminal: Terminal) -> None:
        self.module = renderer(fmt)
        self.terminal = terminal
        self.shown = 0

    def __call__(self, record: Brief | Failure) -> str:
        if isinstance(record, Failure):
            text = self.module.failure(record)
            if text is None:
                return ""  # the error is on stderr
        else:
            text = self.module.render(record, self.terminal)
        if self.shown:
            text = self.module.separator(self.terminal) + text
        self.shown += 1
        return text


__all__ = ["Emitter", "Format", "Renderer", "Terminal", "renderer"]
