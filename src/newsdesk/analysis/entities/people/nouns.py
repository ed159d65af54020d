"""Nouns of people: which common nouns name a person by an office, a trade or a tie
('coach', 'herder', 'wife'), read by the lists and by their endings; singular and plural."""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.analysis.entities.lexicon import is_english_word
from newsdesk.analysis.entities.words import (
    PERSON_NOUNS,
    ROLE_NOUNS,
    people_words,
    words,
)


def is_role_noun(tok: Token, wide: bool = False) -> bool:
    """A noun of the role lists; `wide`: any noun of a person (`is_person_noun`)."""
    w = tok.lower_.rstrip(".")
    return w in ROLE_NOUNS or (wide and is_person_noun(tok))


# Endings of nouns of people's work ('visualizer', 'editor', 'scientist', 'historian'): a
# credits line's role (`credit_role`).
AGENT_ENDINGS = tuple(sorted(people_words("agent_endings")))


# Endings of nouns of people: agents and members ('planner', 'herder', 'pessimist',
# 'magician', 'retiree', 'millionaire', 'consultant', 'fisherman', 'spokesperson'). Not '-ent'
# ('event', 'component').
# ('man': 'woman' too)
_PERSON_ENDINGS = (*AGENT_ENDINGS, *sorted(people_words("person_endings")))


# The shortest stem an '-er'/'-or' noun is read off ('doer' says nothing).
_MIN_AGENT_STEM = 3


def is_person_noun(tok: Token) -> bool:
    """A common noun that names a person by what they do or are to someone: a role noun of the
    lists, a noun of a tie ('wife', 'coworker'), or an agent noun: '-ist', '-ian', '-ee',
    '-aire', '-ant' nouns WordNet knows, and '-er'/'-or' nouns made of a verb ('planner',
    'herder', 'shareholder'; not 'paper', 'water'). Written in lower case (or opening its
    sentence: 'Researchers Beth Smith and ...'); never a noun of the things lists."""
    text = tok.text
    if not (text.islower() or is_plural(tok)):
        return False  # 'Rival Lowe's': a capitalised word opening a sentence only in a plural
    w = text.lower().rstrip(".")
    if w in ROLE_NOUNS or w in PERSON_NOUNS:
        return True
    return tok.pos_ in ("NOUN", "PROPN") and person_word(singular(tok))


def person_word(lemma: str) -> bool:
    """`is_person_noun` for a word in the singular, lower case."""
    if lemma in words("person_noun_stops"):
        return False
    if lemma in ROLE_NOUNS or lemma in PERSON_NOUNS:
        return True  # a plural: 'researchers', 'friends'
    base = lemma.rsplit("-", 1)[-1]
    if lemma in words("thing_nouns") or base.endswith("ment") or not base.isalpha():
        return False
    if base.endswith(("er", "or")):
        return _agent_noun(base)
    return base.endswith(_PERSON_ENDINGS) and is_english_word(base)


def _agent_noun(word: str) -> bool:
    """'planner' (plan), 'herder' (herd), 'retailer', 'shareholder' (hold): an '-er'/'-or'
    noun whose stem, or the stem of one of its tails, is an English verb."""
    for i in range(0, len(word) - _MIN_AGENT_STEM - 2):
        tail = word[i:]
        stem = tail[:-2]
        for form in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
            if len(form) >= _MIN_AGENT_STEM and is_english_word(form, nouns=False):
                return is_english_word(word) or i > 0
    return False


def singular(tok: Token) -> str:
    """'researchers' -> 'researcher', 'figures' -> 'figure' (the lemma; a capitalised plural
    the tagger took for a name: its -s dropped)."""
    w = tok.text.lower()
    lemma = tok.lemma_.lower() or w
    if lemma == w and is_plural(tok):
        return w[:-3] + "y" if w.endswith("ies") else w[:-1]
    return lemma


def is_plural(tok: Token) -> bool:
    """A plural noun; also one opening its sentence that the tagger took for a name
    ('Researchers Beth Smith and ...')."""
    opening = bool(tok.is_sent_start) and tok.tag_ == "NNP" and tok.text[1:].islower()
    return (tok.tag_ in ("NNS", "NNPS") or opening) and tok.lower_.endswith("s")
