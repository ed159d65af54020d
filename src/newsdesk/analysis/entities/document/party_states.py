"""Party-state abbreviations ("D-Minn.", "R-Texas") name a US state."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsdesk.analysis.entities.document.common import char_span
from newsdesk.analysis.entities.spans import (
    DocView,
    NameSpan,
)
from newsdesk.analysis.gazetteer import Gazetteer
from newsdesk.labels import PlaceKind

_PARTY_STATE_RE = re.compile(r"\b[DRI]-([A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)")


def party_state_spans(doc: Doc, view: DocView, gaz: Gazetteer) -> list[NameSpan]:
    """'Sen. Amy Klobuchar (D-Minn.)': the state after a party letter."""
    found: list[NameSpan] = []
    for match in _PARTY_STATE_RE.finditer(view.text):
        text = match.group(1)
        if not any(
            p.kind == PlaceKind.region and p.country_code == "US" for p, _ in gaz.lookup(text)
        ):
            continue
        span = char_span(doc, match.start(1), match.end(1), "GPE")
        if span is not None:
            found.append(span)
    return found
