"""The word lists the entity rules consult: given names and surnames (data/first-names.txt,
data/surnames.txt: US Census 1990 via PyPI `names`) and English words (the default model's
WordNet lemma index)."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from spacy.lookups import Lookups
from spacy.strings import get_string_id

from newsdesk.analysis.nlp import DEFAULT_MODEL, loaded
from newsdesk.lexicons import first_names, name_list

PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


@cache
def surnames() -> frozenset[str]:
    """The 25,000 most frequent US surnames (lower case): 'tan', 'long', 'young' are names too."""
    return name_list("surnames.txt")


@cache
def _lemma_index() -> dict[str, frozenset[str]]:
    """Part of speech -> the words of the default model's lemmatizer index
    (WordNet's nouns, verbs, adjectives and adverbs, shipped with en_core_web_sm), read from
    the running pipeline when it is that model, else from the installed package's files with
    spaCy's `Lookups` (7 ms): a run on another pipeline never loads a second model. Empty when the package or the table
    is missing (then the rules that need it do nothing)."""
    nlp = loaded(DEFAULT_MODEL)
    if nlp is not None and "lemmatizer" in nlp.component_names:
        # the running pipeline's own tables, already in memory
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if isinstance(lookups, Lookups):
            return _by_part(lookups)
    try:
        spec = importlib.util.find_spec(DEFAULT_MODEL)
        locations = spec.submodule_search_locations if spec else None
        if not locations:
            return {}
        folder = next(Path(next(iter(locations))).glob("*/lemmatizer/lookups"))
        lookups = Lookups().from_disk(folder)
    except (ImportError, ValueError, StopIteration, OSError):
        return {}
    return _by_part(lookups)


def _by_part(lookups: Lookups) -> dict[str, frozenset[str]]:
    if not lookups.has_table("lemma_index"):
        return {}
    table = lookups.get_table("lemma_index")
    out: dict[str, frozenset[str]] = {}
    for name in PARTS_OF_SPEECH:
        for key in (name, get_string_id(name)):  # keyed by the name's hash in some versions
            if key in table:
                out[name] = frozenset(table[key])  # C speed: 170,000 words
    return out


def english_words(parts: tuple[str, ...] = PARTS_OF_SPEECH) -> frozenset[str]:
    """The English words of these parts of speech (a new set: for tests and reading; the
    rules ask `is_english_word`, which looks in the per-part sets without joining them)."""
    index = _lemma_index()
    return frozenset().union(*(index.get(p, frozenset()) for p in parts))


def is_english_word(word: str, nouns: bool = True) -> bool:
    """A word (alphabetic; the index's "'hood" or ".22" never count) WordNet knows, or its
    plural or -ing form. WordNet's nouns hold famous people and places too ('Darfur',
    'Goering'); its verbs, adjectives and adverbs hardly any: `nouns=False` leaves them out."""
    w = word.lower()
    if not w.isalpha():
        return False
    index = _lemma_index()
    sets = [index[p] for p in (PARTS_OF_SPEECH if nouns else PARTS_OF_SPEECH[1:]) if p in index]
    return any(f in known for f in _base_forms(w) for known in sets)


def _base_forms(w: str) -> list[str]:
    """The word and the stems it may be inflected from: 'maps' map, 'boxes' box, 'stories'
    story, 'making' make, 'getting' get, 'used' use, 'stopped' stop."""
    forms = [w]
    if w.endswith("ies"):
        forms.append(w[:-3] + "y")
    if w.endswith("s"):
        forms.append(w[:-1])
    if w.endswith(("ses", "xes", "zes", "ches", "shes")):
        forms.append(w[:-2])  # 'boxes', 'watches'; not 'Paes'
    for suffix in ("ing", "ed"):
        stem = w[: -len(suffix)] if w.endswith(suffix) else ""
        if len(stem) >= _MIN_STEM:
            forms += [stem, stem + "e"]
            if stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # 'getting', 'stopped'
    return forms


# Shortest stem read off an -ing or -ed word ('sing' and 'red' are no inflections).
_MIN_STEM = 2


__all__ = ["english_words", "first_names", "is_english_word", "surnames"]
