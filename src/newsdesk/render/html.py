"""HTML: one self-contained page for the run (`report_html.render_page`, through
`collect.HtmlWriter`): the page needs every record (the corpus index, the map), so it is
written when the run ends. Every piece of data is escaped there."""

from __future__ import annotations

from ..model import Brief, Failure
from . import Layout, Terminal
from .documents import Collected


def render(brief: Brief, terminal: Terminal) -> str:
    """One input's page."""
    from ..report_html import render_page

    return render_page([brief.to_dict()])


def separator(terminal: Terminal) -> str:
    return ""


def failure(failure: Failure) -> str | None:
    return None


def document(terminal: Terminal, layout: Layout) -> Collected:
    return Collected("html", layout)
