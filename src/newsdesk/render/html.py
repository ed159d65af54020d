"""HTML: one self-contained page for the run (`report_html.render_page`, through
`collect.HtmlWriter`): the page needs every record (the corpus index, the map), so it is
written when the run ends. Every piece of data is HTML-escaped there; then control and
bidirectional characters are shown escaped (`sanitize.block`), as in every human format: the
page has none of its own, and a page printed on a terminal obeys none from the data."""

from __future__ import annotations

from newsdesk.model import Brief, Failure
from newsdesk.render import Layout, Terminal
from newsdesk.render.documents import Collected
from newsdesk.render.sanitize import block


class _Page(Collected):
    def close(self) -> str:
        return block(super().close())


def render(brief: Brief, terminal: Terminal) -> str:
    """One input's page."""
    from newsdesk.render.page import render_page

    return block(render_page([brief.to_dict()]))


def separator(terminal: Terminal) -> str:
    return ""


def failure(failure: Failure) -> str | None:
    return None


def document(terminal: Terminal, layout: Layout) -> Collected:
    return _Page("html", layout)
