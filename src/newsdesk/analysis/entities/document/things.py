"""Products and things the model took for people ('Magic Keyboard', 'Best Smartwatch', 'a blue
Yeti')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.analysis.entities.lexicon import first_names, surnames
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
from newsdesk.analysis.gazetteer import fold

# Adjectives that go before a person's name after an article ('the late John Smith').
_PERSON_ADJECTIVES = words("person_adjectives")


def thing(doc: Doc, span: NameSpan, lowercase: frozenset[str]) -> bool:
    """A product or a thing the model took for a person: its last word names a thing ('Magic
    Keyboard', 'Smart Charger'); it opens with a superlative ('Best Smartwatch', a heading of
    a buying guide); it is a brand modifying the common noun after it ('Xtensa
    microcontrollers', 'Samsung smart TVs'); or it takes an article ('a blue Yeti', 'the
    Suunto Run'); (session 30) a full name of a known given name and a known surname takes an
    article as a person's does when it modifies a work ('a Damien Hirst painting')."""
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
    if _known_full_name(doc, span):
        return False  # (session 30) 'a Damien Hirst painting', 'the Ansel Adams print'
    return any(
        c.dep_ == "det"
        and c.lower_ in ("a", "an", "the")
        and span.start - _MAX_DET_GAP <= c.i < span.start
        and all(_product_modifier(doc[i]) for i in range(c.i + 1, span.start))
        for c in root.children
    )


# (Session 30) A full name is this many words: a given name, at most one more, a surname.
_FULL_NAME_WORDS = (2, 3)


def _known_full_name(doc: Doc, span: NameSpan) -> bool:
    """(Session 30) 'Damien Hirst': a known given name first, a known surname last, capitalised
    words of letters (an initial between, 'Edward R. Murrow'), no title among them ('the Queen
    Mary' is a ship). A product takes an article ('a Picasso', 'the Ford'); a person's full name
    after one modifies a work or a thing of theirs ('a Damien Hirst painting')."""
    toks = doc[span.start : span.end]
    if not _FULL_NAME_WORDS[0] <= len(toks) <= _FULL_NAME_WORDS[1]:
        return False
    if any(is_title(t) or not t.text[:1].isupper() for t in toks):
        return False
    if not (toks[0].is_alpha and toks[-1].is_alpha):
        return False
    return fold(toks[0].text) in first_names() and fold(toks[-1].text) in surnames()


# 'the Garmin Forerunner', 'a blue Yeti': at most this many words between the article and the name.
_MAX_DET_GAP = 3


def _product_modifier(tok: Token) -> bool:
    """A word between an article and a product's name: a lower-case adjective ('blue') or a
    brand ('Garmin'), never a title ('the late President Kennedy')."""
    if tok.pos_ == "ADJ":
        return tok.is_lower and tok.lower_ not in _PERSON_ADJECTIVES
    return tok.pos_ == "PROPN" and not is_title(tok) and tok.lower_ not in ROLE_NOUNS
