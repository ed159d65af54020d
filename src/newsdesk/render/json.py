"""JSON, data exact (`sanitize.json_safe`: a terminal's and a line splitter's characters
written as `\\u` escapes, the same value): the record of one input (`Brief.to_dict` or the error record) as one
object; with several inputs (`Layout.many`) one array of the records (`collect.JsonWriter`),
written as they come."""

from __future__ import annotations

import json

from newsdesk.model import Brief, Failure, Record
from newsdesk.render import Layout, Terminal
from newsdesk.render.documents import Collected
from newsdesk.render.sanitize import json_safe

INDENT = 2


def dumps(record: Record, indent: int | None) -> str:
    return json_safe(json.dumps(record, ensure_ascii=False, indent=indent)) + "\n"


def render(brief: Brief, terminal: Terminal) -> str:
    return dumps(brief.to_dict(), INDENT)


def separator(terminal: Terminal) -> str:
    return ""


def failure(failure: Failure) -> str | None:
    return dumps(failure.to_dict(), INDENT)


def document(terminal: Terminal, layout: Layout) -> Collected:
    return Collected("json", layout)
