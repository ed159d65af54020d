"""Products and things the model took for people ('Magic Keyboard', 'Best Smartwatch', 'a blue
Yeti')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.analysis.entities.people.nouns import is_person_noun
from newsdesk.analysis.entities.people.tree import span_root
from newsdesk.analysis.entities.spans import (
    NameSpan,
    is_title,
)
from newsdesk.analysis.entities.words import (
    ROLE_NOUNS,
    THING_WORDS,
    words,
)

# Adjectives that go before a person's name after an article ('the late John Smith').
_PERSON_ADJECTIVES = words("person_adjectives")


def thing(doc: Doc, span: NameSpan, lowercase: frozenset[str]) -> bool:
    """A product or a thing the model took for a person: its last word names a thing ('Magic
    Keyboard', 'Smart Charger'); it opens with a superlative ('Best Smartwatch', a heading of
    a buying guide); it is a brand modifying the common noun after it ('Xtensa
    microcontrollers', 'Samsung smart TVs'); or it takes an article ('a blue Yeti', 'the
    Suunto Run')."""
    first, last = doc[span.start], doc[span.end - 1]
    if span.end - span.start > 1 and last.lower_ in THING_WORDS:
        return True
    if first.tag_ in ("JJS", "JJR") or (first.lower_.endswith("est") and first.lower_ in lowercase):
        return True  # 'Best Smartwatch', 'Best Overall' (the article writes 'best' too)
    root = span_root(doc, span)
    head = root.head
    if (
        root.dep_ in ("compound", "nmod", "amod")
        and head.i >= span.end
        and head.tag_ == "NNS"
        and head.is_lower
        and all(doc[i].pos_ in ("ADJ", "NOUN") for i in range(span.end, head.i))
    ):
        return True
    if root.dep_ == "appos" and head.i < span.start and is_person_noun(head):
        return False  # 'my favorite author, the iconic Ann Lee': a person's apposition
    return any(
        c.dep_ == "det"
        and c.lower_ in ("a", "an", "the")
        and span.start - _MAX_DET_GAP <= c.i < span.start
        and all(_product_modifier(doc[i]) for i in range(c.i + 1, span.start))
        for c in root.children
    )


# 'the Garmin Forerunner', 'a blue Yeti': at most this many words between the article and the name.
_MAX_DET_GAP = 3


def _product_modifier(tok: Token) -> bool:
    """A word between an article and a product's name: a lower-case adjective ('blue') or a
    brand ('Garmin'), never a title ('the late President Kennedy')."""
    if tok.pos_ == "ADJ":
        return tok.is_lower and tok.lower_ not in _PERSON_ADJECTIVES
    return tok.pos_ == "PROPN" and not is_title(tok) and tok.lower_ not in ROLE_NOUNS
