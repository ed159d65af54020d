"""Datelines ("BERLIN --", "HARARE 1996-12-06", "NEW DELHI:", "ST. JOSEPH, Mich. (AP) —") are
places, whatever the model made of them."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis.datelines import datelines
from newsdesk.analysis.entities.document.common import char_span
from newsdesk.analysis.entities.spans import (
    DocView,
    NameSpan,
)
from newsdesk.analysis.gazetteer import Gazetteer


def dateline_spans(doc: Doc, view: DocView, gaz: Gazetteer) -> list[NameSpan]:
    """The places of every dateline: at a line's start, in capitals, before a dash, a colon or
    a date, with an optional ', Qualifier' and '(Agency)'."""
    found: list[NameSpan] = []
    for match in datelines(view.text):
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
