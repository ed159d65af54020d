"""`clean --body`: the article text alone (what trafilatura prints by default), one article
after another with a blank line between; a failed input writes nothing (its error is on
stderr). Controls in the text are escaped (`sanitize.block`)."""

from __future__ import annotations

from newsdesk.model import Brief, Failure
from newsdesk.render import Terminal
from newsdesk.render.sanitize import block


def render(brief: Brief, terminal: Terminal) -> str:
    return block(brief.article.text).rstrip("\n") + "\n"


def separator(terminal: Terminal) -> str:
    return "\n"


def failure(failure: Failure) -> str | None:
    return None
