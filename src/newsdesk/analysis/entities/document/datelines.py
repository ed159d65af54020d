"""Datelines ("BERLIN --", "HARARE 1996-12-06", "NEW DELHI:", "ST. JOSEPH, Mich. (AP) —") are
places, whatever the model made of them."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis.datelines import dateline_groups
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

    def add(offsets: tuple[int, int]) -> None:
        start, end = offsets
        span = char_span(doc, start, start + len(view.text[start:end].rstrip()), "GPE")
        if span is not None:
            found.append(span)

    # (those the `newsdesk_datelines` component found: `view.text` is the Doc's own text)
    for town, qualifier, _ in dateline_groups(doc):
        qualified = qualifier is not None and bool(gaz.lookup(view.text[slice(*qualifier)].strip()))
        # the town of 'ST. JOSEPH, Mich. (AP) —' is a place even if the gazetteer lacks it
        if qualified or gaz.lookup(view.text[slice(*town)].strip()):
            add(town)
        if qualifier is not None and qualified:
            add(qualifier)
    return found
