"""Datelines ("BERLIN --", "HARARE 1996-12-06", "NEW DELHI:", "ST. JOSEPH, Mich. (AP) —") are
places, whatever the model made of them."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsdesk.analysis.entities.document.common import char_span
from newsdesk.analysis.entities.spans import (
    DocView,
    NameSpan,
)
from newsdesk.analysis.gazetteer import Gazetteer

# A month's name, so that "DETROIT 4 Kansas City 1" (a results line) is no dateline.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
_DATE = rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH}|{_MONTH}\.?\s+\d{{1,2}})"
_DATELINE_RE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'’ -]{1,40}?[A-Z.])(?:,\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}))?\s*"
    rf"(?:\([^)\n]{{1,40}}\))?\s*(?:(?:—|–|--|-)\s|:\s|{_DATE}\b)",
    re.MULTILINE,
)


def dateline_spans(doc: Doc, view: DocView, gaz: Gazetteer) -> list[NameSpan]:
    """The places of every dateline: at a line's start, in capitals, before a dash, a colon or
    a date, with an optional ', Qualifier' and '(Agency)'."""
    found: list[NameSpan] = []
    for match in _DATELINE_RE.finditer(view.text):
        qualified = match.group(2) is not None and bool(gaz.lookup(match.group(2).strip()))
        for group in (1, 2):
            text = match.group(group)
            # the town of 'ST. JOSEPH, Mich. (AP) —' is a place even if the gazetteer lacks it
            if text is None or not (gaz.lookup(text.strip()) or (group == 1 and qualified)):
                continue
            start = match.start(group)
            span = char_span(doc, start, start + len(text.rstrip()), "GPE")
            if span is not None:
                found.append(span)
    return found
