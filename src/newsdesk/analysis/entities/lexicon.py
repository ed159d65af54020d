"""Two word lists the entity rules consult: given names (data/first-names.txt, US Census
1990 via PyPI `names`) and English words (the default model's WordNet lemma index)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.strings import get_string_id

from newsdesk.analysis.nlp import DEFAULT_MODEL, load_model


@cache
def first_names() -> frozenset[str]:
    path = resources.files("newsdesk").joinpath("data/first-names.txt")
    lines = path.read_text("utf-8").splitlines()
    return frozenset(n for n in lines if n and not n.startswith("#"))


@cache
def english_words(parts: tuple[str, ...] = ("noun", "verb", "adj", "adv")) -> frozenset[str]:
    """The lower-case words of the default model's lemmatizer index (WordNet's nouns, verbs,
    adjectives and adverbs, shipped with en_core_web_sm): an English dictionary read once.
    WordNet's nouns hold famous people and places too ('Darfur', 'Goering'); its verbs,
    adjectives and adverbs hardly any. Empty when the model has no such table (then the rules
    that need it do nothing)."""
    lemmatizer = load_model(DEFAULT_MODEL).get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    names = {str(p) for p in parts}
    return frozenset(
        w for pos in table for w in table[pos] if w.isalpha() and _pos_name(pos) in names
    )


def _pos_name(key: object) -> str:
    """lemma_index is keyed by the hashes of 'noun', 'verb', ... in some versions."""
    for name in ("noun", "verb", "adj", "adv"):
        if key in (name, get_string_id(name)):
            return name
    return ""


def is_english_word(word: str, nouns: bool = True) -> bool:
    w = word.lower()
    known = english_words() if nouns else english_words(("verb", "adj", "adv"))
    return (
        w in known
        or (w.endswith("s") and w[:-1] in known)
        or (w.endswith("ing") and w[:-3] in known)
    )


__all__ = ["english_words", "first_names", "is_english_word"]
