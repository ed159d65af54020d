"""What several document rules share: a span from characters."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis.entities.spans import (
    NameSpan,
    make_span,
)

# Longest run of words read as one untagged country name ("Bosnia and Herzegovina").
MAX_COUNTRY_WORDS = 3


def char_span(doc: Doc, start: int, end: int, label: str) -> NameSpan | None:
    """The span of tokens covering characters `start` to `end` (None where none does)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else make_span(doc, span.start, span.end, label)
