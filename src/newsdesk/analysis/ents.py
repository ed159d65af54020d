"""The model's entity a token lies in: one lookup that the commitment rules (a product named as
a subject) and the place cues (the countries of a model's place) both make."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity of `doc.ents` that holds token `i`, or None when the model tagged none there."""
    return next((e for e in doc.ents if e.start <= i < e.end), None)
