"""TSV (no quoting: a tab or line break in a value becomes a space): one table for the run (`--table`, `tables.TableWriter`), one row per
item with its article's `source`; the header first, then rows as the records come."""

from __future__ import annotations

from newsdesk.model import Brief, Failure
from newsdesk.render import Layout, Terminal
from newsdesk.render.documents import Collected

DIALECT = "tsv"


def render(brief: Brief, terminal: Terminal) -> str:
    """One input's `articles` row, after the header."""
    one = Collected(DIALECT, Layout())
    return one.add(brief) + one.close()


def separator(terminal: Terminal) -> str:
    return ""


def failure(failure: Failure) -> str | None:
    return None


def document(terminal: Terminal, layout: Layout) -> Collected:
    return Collected(DIALECT, layout)
