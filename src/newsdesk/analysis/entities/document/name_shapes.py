"""Words no person's name has: adverbs and verbs taken for names, heading words
('Attendance:'), digits and lower-case words inside a 'name'."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis.entities.spans import (
    NameSpan,
    make_span,
)
from newsdesk.analysis.entities.words import NAME_PARTICLES

# Parts of speech a one-word 'person' cannot have ("Oftentimes", "Seek", "Elementary").
NOT_NAME_POS = ("ADV", "ADJ", "VERB", "ADP", "PRON", "DET", "AUX", "SCONJ", "CCONJ")


def _odd_word(doc: Doc, i: int) -> bool:
    """A digit, or a lower-case word that is no name particle and not the tail of a hyphenated
    name ('Tsai Ing-wen')."""
    word = doc[i].text
    if any(c.isdigit() for c in word):
        return True
    hyphenated = i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
    if doc[i].pos_ == "PRON":  # 'Tools You Need'
        return True
    return word.islower() and word not in NAME_PARTICLES and doc[i].is_alpha and not hyphenated


def not_name_shaped(doc: Doc, span: NameSpan) -> bool:
    """'Approx 6-8 minutes', 'Tools You Need', 'Reputation Took a Hit'."""
    return any(_odd_word(doc, i) for i in range(span.start, span.end))


def name_tail(doc: Doc, span: NameSpan) -> NameSpan | None:
    """The capitalised words after the last odd one, if they can be a name."""
    last = max(i for i in range(span.start, span.end) if _odd_word(doc, i))
    if last + 1 >= span.end or not doc[last + 1].text[:1].isupper():
        return None
    return make_span(doc, last + 1, span.end, span.label)


def heading_word(doc: Doc, span: NameSpan) -> bool:
    """'Attendance: 200': a common noun heading a line, not a person."""
    tok = doc[span.start]
    return (
        span.end - span.start == 1
        and tok.pos_ != "PROPN"
        and span.end < len(doc)
        and doc[span.end].text == ":"
    )
