"""Lists closed by a plural place noun ("Berrien, Cass and Van Buren counties") are places."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis.entities.document.labels import PLACE
from newsdesk.analysis.entities.places import LIST_JOINERS
from newsdesk.analysis.entities.spans import (
    DocView,
    NameSpan,
    make_span,
)
from newsdesk.analysis.entities.words import PLURAL_PLACE_NOUNS


def listed_places(doc: Doc, view: DocView, spans: list[NameSpan]) -> list[NameSpan]:
    """'Berrien, Cass and Van Buren counties': every name of a list closed by a plural place
    noun is a place, whatever the model made of it."""
    found: list[NameSpan] = []
    for k in (k for k, w in enumerate(view.words) if w in PLURAL_PLACE_NOUNS):
        tok = doc[k]
        items: list[NameSpan] = []
        joined = False  # a list has its 'and' ('Trump, Emery states' is a sentence's verb)
        i = tok.i - 1
        while i >= 0:
            end = i + 1
            while i >= 0 and doc[i].text[:1].isupper() and doc[i].is_alpha:
                i -= 1
            if i + 1 == end:
                break
            if not any(t.ent_type_ == "NORP" or t.pos_ == "ADJ" for t in doc[i + 1 : end]):
                items.append(make_span(doc, i + 1, end, PLACE))  # not 'Arab states'
            else:
                break
            while i >= 0 and doc[i].lower_ in LIST_JOINERS:
                joined = joined or doc[i].lower_ != ","
                i -= 1
            if i >= 0 and not (doc[i].text[:1].isupper() and doc[i].is_alpha):
                break
        if joined:
            found += items
    if not found:
        return spans
    taken = {i for s in found for i in range(s.start, s.end)}
    kept = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
    return sorted([*kept, *found], key=lambda s: s.start)
