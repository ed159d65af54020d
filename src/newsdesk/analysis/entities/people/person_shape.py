"""(Session 15) Is a run of words shaped like a person's name: one predicate for the rules
that read a name the model did not tag a person (a trade noun or an employer beside a full name,
`document.firms`; a role label before it, `people.detect`; the owner of an authored work,
`people.missed`), which had each their own reading of the shape. (Session 15 review) One
definition, `person_shaped`, read with each rule's `NameShape`: the rules weigh the shape as
their other evidence needs (`TRADE_SHAPE`, `LABEL_SHAPE`, `AUTHOR_SHAPE`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from spacy.tokens import Doc, Token

from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.words import (
    ORG_WORDS,
    file_words,
    people_words,
    words,
)
from newsdesk.analysis.gazetteer import fold

# A person's full name: a given name and a surname at least, a middle initial or name between
# ('Carla D. Moss', 'Ana María Ruiz Soto'); five words are a firm's or a title's more often.
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
_INITIAL_RE = re.compile(r"[^\W\d_]\.")
# The marks a word of a name may hold inside: an apostrophe ("O'Neill", 'O’Dwyer') or a hyphen
# (U+2010, U+2011: 'Jean‑Paul' stays one token); spaCy splits an ASCII hyphen between letters
# off as a token of its own, so 'Jean-Paul Sartre' is four tokens and no name of this shape.
_INNER_MARKS = "'’-‐‑"
# A surname prefix that puts a capital inside a person's name ("McCarthy", "DeSantis").
_NAME_PREFIXES = words("surname_prefixes")
_CAMEL_RE = re.compile(r"^([A-Z][a-z]+)[A-Z]")

# Words of a firm's name, wherever they stand in it: the shared organisation lists, the
# organisations stage's own firm words (data/org-words.json) and the people rules' firm tails
# ('Meta Platforms', 'Bloomsbury Publishing', 'Warner Bros', 'Harbor Bank').
FIRM_NAME_WORDS = (
    ORG_WORDS
    | words("corporate_suffixes")
    | words("org_common_nouns")
    | words("firm_name_tails")
    | people_words("firm_tail_words")
    | file_words("org-words.json", "firm_words")
)
# Last words of firms' names: the shared organisation words and the people rules' firm tails
# ('Harbor Bank', 'Meta Platforms'); the trade-noun and employer rules' test, as in session 14.
FIRM_TAIL_WORDS = ORG_WORDS | people_words("firm_tail_words")


def product_shaped(text: str) -> bool:
    """'SpaceX', 'GoDaddy', 'JumpCloud': a capital inside one word, not after a name prefix."""
    m = _CAMEL_RE.match(text)
    return m is not None and " " not in text and m.group(1).lower() not in _NAME_PREFIXES


def name_word(text: str, products: bool = False) -> bool:
    """A capitalised word of letters ('Stålenhag'), an apostrophe or a hyphen the tokenizer
    leaves inside it allowed ("O'Neill", 'Jean‑Paul' with U+2011; see `_INNER_MARKS`), not all
    capitals ('ACME'), and no product's shape ('GoPro') unless `products`."""
    core = text
    for mark in _INNER_MARKS:
        core = core.replace(mark, "")
    return (
        text[:1].isupper()
        and core.isalpha()
        and any(c.islower() for c in core)
        and text[-1:] not in _INNER_MARKS
        and (products or not product_shaped(text))
    )


def known_or_foreign(tok: Token) -> bool:
    """A known given name or surname, or no English word ('Djokovic', 'Tatsu'; not 'Harbor')."""
    w = fold(tok.text)
    return w in first_names() or w in surnames() or not is_english_word(tok.text)


class Evidence(Enum):
    """How the words of a name, beyond their shape, show a person's rather than a firm's."""

    # a known given name first or a surname no English word has last ('Ann Ray', 'Ana
    # Torvalds'; not 'Devolver Digital', 'Blue Origin')
    GIVEN_OR_FOREIGN_LAST = "given-or-foreign-last"
    # a known given name first or a known surname last ('Woodson Martin', 'JaMarr Chase'; not
    # 'Bandai Namco', 'FromSoftware')
    GIVEN_OR_SURNAME_LAST = "given-or-surname-last"
    # every word a known given name or surname or no English word ('Yukinobu Tatsu'; not
    # 'Crimson Harbor', 'Austin Energy', 'Florence Fashion')
    EVERY_WORD = "every-word"


@dataclass(frozen=True)
class NameShape:
    """How strictly a rule reads a person's shape: `firm_words`, words its last word may not
    be (any of its words, with `firm_word_anywhere`); `products`: a word of a product's shape
    ('JaMarr', 'GoPro') may stand in it; `evidence`: how its words show a person."""

    firm_words: frozenset[str]
    firm_word_anywhere: bool
    products: bool
    evidence: Evidence


# (Session 15 review) Each rule's reading, as session 14 had it where it was right:
# - a trade noun or an employer beside the name ('developer Ann Ray', 'Ann Ray, Head at Acme'):
#   the last word no firm's last word of the organisation lists ('Anna Marsh Bank'; one
#   inside or a surname the wider lists hold, 'Carla Press Moss', 'Russell Brand', is a
#   name's as often), no product's shape;
TRADE_SHAPE = NameShape(
    FIRM_TAIL_WORDS,
    firm_word_anywhere=False,
    products=False,
    evidence=Evidence.GIVEN_OR_FOREIGN_LAST,
)
# - a role label before it ('CEO: Woodson Martin'): a label is a person's role far more often
#   than a firm's, so neither a firm's word ('CEO: Russell Brand') nor a capital inside a
#   given name ('CEO: JaMarr Chase') undoes it; a known name must still stand at an end
#   ('Publisher: Bandai Namco' is a firm);
LABEL_SHAPE = NameShape(
    frozenset(), firm_word_anywhere=False, products=True, evidence=Evidence.GIVEN_OR_SURNAME_LAST
)
# - the owner of an authored work ("Austin Energy's latest book"): firms and imprints own works
#   as often as people, so no firm's word anywhere ('Bloomsbury Publishing', 'Faber Books') and
#   every word a known name or no English word.
AUTHOR_SHAPE = NameShape(
    FIRM_NAME_WORDS, firm_word_anywhere=True, products=False, evidence=Evidence.EVERY_WORD
)


def person_shaped(doc: Doc, start: int, end: int, shape: NameShape) -> bool:
    """Tokens start..end are shaped like a person's full name as `shape` reads it: two to four
    capitalised words of letters (an initial among them), no firm's word where `shape` looks
    for one, and the words' evidence of a person `shape` asks for."""
    toks = [doc[i] for i in range(start, end)]
    names = [t for t in toks if not _INITIAL_RE.fullmatch(t.text)]
    if not (MIN_NAME_WORDS <= len(toks) <= MAX_NAME_WORDS and len(names) >= MIN_NAME_WORDS):
        return False
    if not all(name_word(t.text, shape.products) for t in names):
        return False
    checked = toks if shape.firm_word_anywhere else toks[-1:]
    if any(t.lower_ in shape.firm_words for t in checked):
        return False
    first, last = names[0], names[-1]
    given = fold(first.text) in first_names()
    if shape.evidence is Evidence.GIVEN_OR_FOREIGN_LAST:
        return given or not is_english_word(last.text)
    if shape.evidence is Evidence.GIVEN_OR_SURNAME_LAST:
        return given or fold(last.text) in surnames()
    return all(known_or_foreign(t) for t in names)
