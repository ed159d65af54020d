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
    # (those the `newsdesk_datelines` component found: `view.text` is the Doc's own text)
    for town, qualifier, _ in dateline_groups(doc):
        qualifier_text = None if qualifier is None else view.text[slice(*qualifier)]
        qualified = qualifier_text is not None and bool(gaz.lookup(qualifier_text.strip()))
        for group, offsets in ((1, town), (2, qualifier)):
            if offsets is None:
                continue
            start, end = offsets
            text = view.text[start:end]
            # the town of 'ST. JOSEPH, Mich. (AP) —' is a place even if the gazetteer lacks it
            if not (gaz.lookup(text.strip()) or (group == 1 and qualified)):
                continue
            span = char_span(doc, start, start + len(text.rstrip()), "GPE")
            if span is not None:
                found.append(span)
    return found
