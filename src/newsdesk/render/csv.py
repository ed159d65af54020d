"""CSV (RFC 4180): one table for the run (`--table`, `tables.TableWriter`), one row per
item with its article's `source`; the header first, then rows as the records come."""

from __future__ import annotations

from newsdesk.model import Brief, Failure
from newsdesk.render import Layout, Terminal
from newsdesk.render.documents import Collected

DIALECT = "csv"


def render(brief: Brief, terminal: Terminal) -> str:
    """One input's `articles` row, after the header."""
    return render_as(DIALECT, brief)


def render_as(dialect: str, brief: Brief) -> str:
    """One input's `articles` row, after the header, in `dialect` (csv or tsv)."""
    one = Collected(dialect, Layout())
    return one.add(brief) + one.close()


def separator(terminal: Terminal) -> str:
    return ""


def failure(failure: Failure) -> str | None:
    return None


def document(terminal: Terminal, layout: Layout) -> Collected:
    return Collected(DIALECT, layout)
