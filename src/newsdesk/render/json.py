"""JSON: one indented record per input (`Brief.to_dict` or the error record), data exact."""

from __future__ import annotations

import json

from ..model import Brief, Failure, JSONDict
from . import Terminal

INDENT = 2


def dumps(record: JSONDict, indent: int | None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent) + "\n"


def render(brief: Brief, terminal: Terminal) -> str:
    return dumps(brief.to_dict(), INDENT)


def separator(terminal: Terminal) -> str:
    return ""


def failure(failure: Failure) -> str | None:
    return dumps(failure.to_dict(), INDENT)
