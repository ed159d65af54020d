"""JSON Lines: one record per line, the format `--resume` reads back."""

from __future__ import annotations

from newsdesk.model import Brief, Failure
from newsdesk.render import Terminal
from newsdesk.render.json import dumps


def render(brief: Brief, terminal: Terminal) -> str:
    return dumps(brief.to_dict(), None)


def separator(terminal: Terminal) -> str:
    return ""


def failure(failure: Failure) -> str | None:
    return dumps(failure.to_dict(), None)
