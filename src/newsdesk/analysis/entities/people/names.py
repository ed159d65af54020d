"""What of a span is a name: a lead word, a title run into its end or a symbol cut off; spans
no name is made of ('Key Insights', 'E ← F', 'macOS X', 'Sara Lind Photography')."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.people.titles import tail_start
from newsdesk.analysis.entities.people.tree import is_joined
from newsdesk.analysis.entities.spans import (
    NameSpan,
    is_title,
    make_span,
    street_address,
)
from newsdesk.analysis.entities.words import (
    NAME_PARTICLES,
    people_words,
    table,
    words,
)
from newsdesk.analysis.gazetteer import fold


def strip_lead(doc: Doc, span: NameSpan, lowercase: frozenset[str]) -> NameSpan:
    """'Questioning Vindman' -> 'Vindman': a name starts with a proper noun; an adjective the
    article also writes in lower case is none ('Recent Samsung')."""
    start = span.start
    while start < span.end - 1 and (
        (doc[start].pos_ in ("VERB", "ADV", "ADP", "PRON", "DET") and _word_of_speech(doc[start]))
        or (doc[start].pos_ == "ADJ" and doc[start].lower_ in lowercase)
    ):
        start += 1
    if (
        span.end - start >= _MIN_WORDS_TO_STRIP_LEAD
        and fold(doc[start + 1].text) in first_names()
        # (session 17) a whole word, not the first part of a hyphenated given name: 'Chun' of
        # 'Chen Chun-yeh', 'Chan' of 'Park Chan-Wook' (the surname first) is no given name
        # alone; unless the hyphenated word is a firm's ('Reynard [Mercedes-Benz]')
        and (bool(doc[start + 1].whitespace_) or word_of_entity(doc, _word_at(doc, start + 1)))
        and fold(doc[start].text) not in first_names()
        and not is_title(doc[start])
        and (doc[start].lower_ in lowercase or is_english_word(doc[start].text))
    ):
        start += 1  # 'Photo David Diemar', 'Chefs Fabio Viviani': a word before a given name
    return span if start == span.start else make_span(doc, start, span.end, span.label)


def _word_at(doc: Doc, i: int) -> str:
    """The word token i opens, up to the next whitespace ('Chun-yeh' of 'Chun', '-', 'yeh')."""
    end = i
    while end < len(doc) - 1 and not doc[end].whitespace_:
        end += 1
    return doc[i : end + 1].text


def word_of_entity(doc: Doc, word: str) -> bool:
    """(Session 17) The word is one of an entity of the model's that is no person's
    ('Mercedes-Benz' of 'Penske Mercedes-Benz', a firm's)."""
    return any(e.label_ != "PERSON" and word in e.text.split() for e in doc.ents)


# A word is stripped before a given name only from a name of this many words or more
# ('Photo Jason Leung'); 'Guest Ann' stays whole (two words say too little).
_MIN_WORDS_TO_STRIP_LEAD = 3


def split_at_title(doc: Doc, span: NameSpan) -> NameSpan:
    """'Texas Gov. Greg Abbott' -> 'Gov. Greg Abbott' (round 12): a title word inside a name
    splits it; what precedes is the title's qualifier ('Texas'), read into the role by
    `titles.title_before`, and the title itself is stripped after. The title word is
    abbreviated with a dot ('Gov.', 'Sen.') or no given name or surname ('Secretary'; 'King' of
    'Martin Luther King Jr.' is one), a name follows it in capitals, and it is no word names
    are made of ('St.' of 'John St. Clair'; `name_title_words`)."""
    for k in range(span.start + 1, span.end - 1):
        tok = doc[k]
        key = tok.lower_.rstrip(".")
        if (
            tok.text[:1].isupper()
            and (is_title(tok) or key in table("title_abbreviations"))
            and key not in people_words("name_title_words")
            and (
                tok.text.endswith(".")
                or (fold(key) not in first_names() and fold(key) not in surnames())
            )
            and doc[k + 1].text[:1].isupper()
        ):
            return make_span(doc, k, span.end, span.label)
    return span


def strip_tail(doc: Doc, span: NameSpan) -> NameSpan:
    """'Emma Ryan Lead Writer' -> 'Emma Ryan': a byline's title run into the name
    is cut off (`title_after` reads it as the role)."""
    k = tail_start(doc, span.start, span.end)
    return span if k == span.end else make_span(doc, span.start, k, span.label)


def _word_of_speech(tok: Token) -> bool:
    """A word the tagger calls a verb, adverb, preposition, pronoun or determiner that is one
    ('Questioning', 'Meet'): the tagger also calls given names it does not know verbs ('PhD
    candidates Deokkyun Yoon and ...'), and those are no English words."""
    return not tok.is_alpha or is_english_word(tok.text)


def not_a_name(doc: Doc, span: NameSpan, lowercase: frozenset[str]) -> bool:
    """A 'person' the model made of an ordinary word ('Marijuana', 'Challenges' opening a
    sentence, when the text also writes it in lower case) or of a street address."""
    last = doc[span.end - 1]
    if odd_word(doc, span):
        return True
    if span.end - span.start > 1:
        if all(doc[i].lower_ in lowercase for i in range(span.start, span.end)):
            return True  # 'Key Insights', 'Immune Support': every word is an ordinary one
        return street_address(doc, span)  # (session 19) '114 W. Adams St. Suite C103'
    return last.lower_ in lowercase


def cut_at_symbol(doc: Doc, span: NameSpan) -> NameSpan:
    """A name ends before a symbol the model ran it into: a photo credit's slash
    ('Ezra Acayan / Getty Images' -> 'Ezra Acayan'), a quoting mark ('Jim Clendenen >')."""
    for i in range(span.start + 1, span.end):
        tok = doc[i]
        if tok.text == "&":
            break  # 'Key & Peele', 'Procter & Gamble': a firm's name, dropped whole
        if not tok.is_space and any(not (c.isalnum() or c in _NAME_MARKS) for c in tok.text):
            return make_span(doc, span.start, i, span.label)
    return span


def firm_name(doc: Doc, span: NameSpan) -> bool:
    """'Sara Lind Photography', 'Beth Moss Events': a small firm named after its
    founder (`firm_name_tails`)."""
    return span.end - span.start > 1 and doc[span.end - 1].lower_ in words("firm_name_tails")


# Characters a name's words may hold besides letters ("O'Brien", 'Jean-Paul', 'J.', "D’Arcy").
_NAME_MARKS = frozenset("'’-.‐")


def odd_word(doc: Doc, span: NameSpan) -> bool:
    """A 'person' no name is made of: a word with a symbol or a digit in it ('E ←
    F', 'Blob/ File', 'Air Max 90'); a word in lower case that is no particle of names
    ('macOS X'; 'van', 'bin', "d'Alembert" and 'al-Assad' are); initials alone ('H. C.', 'Z');
    a placeholder ending in a letter ('Supplier X')."""
    toks = [doc[i] for i in range(span.start, span.end)]
    for tok in toks:
        if tok.is_space:
            continue  # names of a list the model ran together over line breaks
        if any(not (c.isalpha() or c in _NAME_MARKS) for c in tok.text):
            return True
        low = tok.text[:1].islower()
        particle = tok.lower_ in NAME_PARTICLES or re.match(r"[a-z]{1,3}['’-]", tok.text)
        joined = tok.whitespace_ == "" and tok.i + 1 < span.end  # 'al' of 'al-Assad'
        after_hyphen = tok.i > span.start and is_joined(doc[tok.i - 1])  # 'wen' of 'Ing-wen'
        if (
            low
            and tok.is_alpha
            and not particle
            and not after_hyphen
            and not (joined and len(tok.text) <= 3)
        ):
            return True
    # a placeholder: a word of no name, then one capital letter with no dot
    # ('Supplier X', 'Patient B'); a given name or a surname first is a name ('Malcolm X', a
    # reference list's 'Okafor N')
    words = [t for t in toks if not t.is_space]
    if (
        len(words) >= 2
        and len(words[-1].text) == 1
        and words[-1].text.isupper()
        and fold(words[0].text) not in first_names()
        and fold(words[0].text) not in surnames()
    ):
        return True
    letters = [t.text.rstrip(".") for t in toks if t.is_alpha or t.text.endswith(".")]
    return all(len(w) <= 1 for w in letters)
