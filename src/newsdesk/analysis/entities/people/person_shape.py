"""(Session 15) Is a run of words shaped like a person's name: one predicate for the rules
that read a name the model did not tag a person (a trade noun or an employer beside a full name,
`document.firms`; a role label before it, `people.detect`; the owner of an authored work,
`people.missed`), which had each their own reading of the shape."""

from __future__ import annotations

import re

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
# The marks a word of a name may hold inside: "O'Neill", 'Jean-Paul', 'O’Dwyer'.
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


def product_shaped(text: str) -> bool:
    """'SpaceX', 'GoDaddy', 'JumpCloud': a capital inside one word, not after a name prefix."""
    m = _CAMEL_RE.match(text)
    return m is not None and " " not in text and m.group(1).lower() not in _NAME_PREFIXES


def name_word(text: str) -> bool:
    """A capitalised word of letters, with an apostrophe or a hyphen inside ("O'Neill",
    'Jean-Paul', 'Stålenhag'), not all capitals ('ACME') and no product's shape ('GoPro')."""
    core = text
    for mark in _INNER_MARKS:
        core = core.replace(mark, "")
    return (
        text[:1].isupper()
        and core.isalpha()
        and any(c.islower() for c in core)
        and text[-1:] not in _INNER_MARKS
        and not product_shaped(text)
    )


def known_or_foreign(tok: Token) -> bool:
    """A known given name or surname, or no English word ('Djokovic', 'Tatsu'; not 'Harbor')."""
    w = fold(tok.text)
    return w in first_names() or w in surnames() or not is_english_word(tok.text)


def person_shaped(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end are shaped like a person's full name: two to four capitalised words of
    letters (an initial among them), no firm's word anywhere ('Bloomsbury Publishing',
    'Harbor Bank'), and a known given name first or every word a known name or no English word
    ('Yukinobu Tatsu', 'Woodson Martin'; not 'Crimson Harbor', 'Devolver Digital')."""
    toks = [doc[i] for i in range(start, end)]
    names = [t for t in toks if not _INITIAL_RE.fullmatch(t.text)]
    if not (MIN_NAME_WORDS <= len(toks) <= MAX_NAME_WORDS and len(names) >= MIN_NAME_WORDS):
        return False
    if not all(name_word(t.text) for t in names):
        return False
    if any(t.lower_ in FIRM_NAME_WORDS for t in toks):
        return False
    # a surname known last is not enough: 'Crimson Harbor', 'Blue Origin' end in one
    return fold(names[0].text) in first_names() or all(known_or_foreign(t) for t in names)
