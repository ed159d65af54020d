"""A name's neighbours decide it: a name the model typed a place or firm among a
list of people is a person; a person's name that only modifies a proper name after it ('the
Robert Wood Johnson Medical School') is part of that name, no mention of a person."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from newsdesk.analysis.deps import BESIDE
from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.people.tree import span_root
from newsdesk.analysis.entities.spans import NameSpan
from newsdesk.analysis.entities.words import BUILDING_WORDS, ORG_WORDS, people_words, words
from newsdesk.analysis.gazetteer import fold

# A listed name the model typed otherwise has two to four words (one word alone is too often a
# firm or a place in a list of people: 'Ann Lee, Bo Kim and Acme').
_MIN_LISTED_WORDS = 2
_MAX_LISTED_WORDS = 4
# A list is read as a list of people when at least this many of its other items are people ...
MIN_PEOPLE_IN_LIST = 2
# ... and at least this share of them (a list of people with one firm in it, 'Ann Lee, Bo Kim
# and Acme', still names a firm; 'Martin Demaine, Anna Lubiw, Hiro Ito and Po-Ru Loh' does not).
MIN_PEOPLE_SHARE = 0.6


def _coordinated(root: Token) -> list[Token]:
    """The heads of the items of the list `root` is an item of ('A, B, C and D': conj and
    appos links, which the parse uses for a comma list of names)."""
    top = root
    while top.dep_ in BESIDE and top.head.i < top.i:
        top = top.head
    items = [top]
    stack = [top]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in BESIDE and child.i > tok.i:
                items.append(child)
                stack.append(child)
    return items


def _initial(tok: Token) -> bool:
    """'D.', a capital and its dot."""
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


def _person_shaped(doc: Doc, span: NameSpan) -> bool:
    """Two to four capitalised proper nouns, a known given name first or a known surname that
    is no English word last ('Hiro Ito', 'Po-Ru Loh'; not 'Tensor Parallelism')."""
    tokens = list(doc[span.start : span.end])
    # (session 14) a middle initial between ('Carla D. Moss') is no word of the count
    tokens = [t for k, t in enumerate(tokens) if not (0 < k < len(tokens) - 1 and _initial(t))]
    alpha = [t for t in tokens if t.is_alpha]
    if not (
        _MIN_LISTED_WORDS <= len(alpha) <= _MAX_LISTED_WORDS
        and all(t.text in "-’'" or t.is_alpha for t in tokens)  # 'Po-Ru Loh'
        and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in alpha)
        and not any(t.lower_ in ORG_WORDS for t in alpha)
    ):
        return False
    last = alpha[-1].text
    return fold(alpha[0].text) in first_names() or (
        fold(last) in surnames() and not is_english_word(last)
    )


def listed_person(doc: Doc, span: NameSpan, labels: dict[int, str]) -> bool:
    """A name the model typed a place or a firm is a person when it is an item of a list whose
    other items are mostly people (`MIN_PEOPLE_IN_LIST`, `MIN_PEOPLE_SHARE`) and it is shaped as
    a person's name (`_person_shaped`). `labels`: each token's span label."""
    if not _person_shaped(doc, span):
        return False
    root = span_root(doc, span)
    others = [t for t in _coordinated(root) if not span.start <= t.i < span.end]
    if len(others) < MIN_PEOPLE_IN_LIST:
        return False
    people = sum(labels.get(t.i) == "PERSON" for t in others)
    return people >= MIN_PEOPLE_IN_LIST and people >= MIN_PEOPLE_SHARE * len(others)


@cache
def _naming_nouns() -> frozenset[str]:
    """Last words of a proper name that can be named after a person: firms, buildings, events,
    venues, and named posts and awards ('Endowed Chair', 'Fulbright Scholarship')."""
    return (
        ORG_WORDS
        | BUILDING_WORDS
        | words("event_words")
        | words("venue_words")
        | people_words("named_post_nouns")
    )


def inside_proper_name(doc: Doc, span: NameSpan) -> bool:
    """The name modifies a capitalised proper noun after it on the same line, with only
    capitalised words between, and that noun is a word of things named after people
    ('Robert Wood [Johnson Medical School]', 'Mary Monroe [Endowed Chair]'): the name is part of
    another proper name, no mention of a person (the annotation rules' 'Lincoln Center')."""
    root = span_root(doc, span)
    head = root.head
    if root.dep_ != "compound" or head.i < span.end or head.pos_ != "PROPN":
        return False
    between = doc[span.end - 1 : head.i]
    if any("\n" in t.whitespace_ or not t.whitespace_ for t in between):
        return False  # a line break or a joined symbol: no one proper name
    if not all(t.text[:1].isupper() and t.is_alpha for t in doc[span.end : head.i + 1]):
        return False
    return head.lower_ in _naming_nouns()
