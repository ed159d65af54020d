"""TSV (no quoting: a tab or line break in a value becomes a space): one table for the run
(`--table`, `tables.TableWriter`), one row per item with its article's `source`; the header
first, then rows as the records come. Everything but the dialect is CSV's."""

from __future__ import annotations

from newsdesk.model import Brief
from newsdesk.render import Layout, Terminal
from newsdesk.render.csv import failure, render_as, separator
from newsdesk.render.documents import Collected

DIALECT = "tsv"
__all__ = ["document", "failure", "render", "separator"]


def render(brief: Brief, terminal: Terminal) -> str:
    """One input's `articles` row, after the header."""
    return render_as(DIALECT, brief)


def document(terminal: Terminal, layout: Layout) -> Collected:
    return Collected(DIALECT, layout)
