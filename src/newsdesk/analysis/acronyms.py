"""Is this acronym that name? One matcher for the organisations stage (an acronym mention joins
the name it abbreviates: 'EU' and 'European Union') and the commitment actors (an acronym is the
organisation in reach it abbreviates: 'NYMEX' after 'the New York Mercantile Exchange').

An acronym (`letters`) is one word of two to six capitals, dots and spaces aside ('EU', 'U.N.',
'NYMEX', 'UNESCO'). It abbreviates a name (`abbreviates`) when its letters run through the
name's words in order: each word gives its initial and, after it, none or more of its own letters
in the word's order ('NYMEX': New, York, Mercantile, EXchange; 'IBM': International Business
Machines); a small word or a legal form (`SKIPPED`: data/acronyms.json's `skip_words`,
entity-words.json's `corporate_suffixes`) may give none ('FBI': Federal Bureau of
Investigation; 'GM': General Motors Corp); and the name has two words at least that are not
such ('Exxon Corp' has no acronym: 'XON' is its ticker symbol). Words are runs of letters or
digits, an apostrophe inside kept ('Anti-Defamation League' is three words, 'Macy's' one).
Of several names an acronym abbreviates, those it is the initials of come first (`fitting`).

Pure functions of strings; the word lists are read once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

# An acronym has two letters at least ('EU', 'UN'; one capital is an initial) and six at most
# ('UNESCO'); a longer word in capitals is a word written loud ('BREAKING', 'UPDATED').
MIN_LETTERS = 2
MAX_LETTERS = 6
# A name's words as an acronym reads them: letters or digits, an inner apostrophe kept.
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# A name needs this many words an acronym may not skip ('Exxon Corp' has none: one word).
_MIN_NAME_WORDS = 2


def _data(file: str) -> dict[str, object]:
    path = resources.files("newsdesk").joinpath(f"data/{file}")
    data: dict[str, object] = json.loads(path.read_text("utf-8"))
    return data


def _list(file: str, name: str) -> frozenset[str]:
    value = _data(file)[name]
    assert isinstance(value, list)
    return frozenset(str(v) for v in value)


@cache
def skipped() -> frozenset[str]:
    """The words of a name an acronym may leave out: the small words (data/acronyms.json's
    `skip_words`) and the legal forms (entity-words.json's `corporate_suffixes`)."""
    return _list("acronyms.json", "skip_words") | _list("entity-words.json", "corporate_suffixes")


def letters(text: str) -> str | None:
    """The letters of an acronym ('EU', 'U.N.' -> 'UN', 'NYMEX'), or None if the text is none
    ('Apple', 'A', 'AT&T', 'BREAKING')."""
    found = text.replace(".", "").replace(" ", "")
    if MIN_LETTERS <= len(found) <= MAX_LETTERS and found.isalpha() and found.isupper():
        return found
    return None


def abbreviates(acronym: str, name: str) -> bool:
    """`acronym` (its letters, any case) is `name` cut short (see the module's doc)."""
    return _fits(acronym, name, inner=True)


def initials_of(acronym: str, name: str) -> bool:
    """`acronym` is `name`'s initials: each word gives its initial alone, a small word or a
    legal form none ('IBM', 'FBI'; not 'NYMEX')."""
    return _fits(acronym, name, inner=False)


def fitting(acronym: str, names: Iterable[str]) -> list[str]:
    """The names `acronym` abbreviates, in their order: those it is the initials of when there
    are any, else those it abbreviates with letters after a word's initial. Initials are the
    closer reading: 'NSC' is the 'National Security Council' named before, not a 'National
    Security' cut from 'National Security Adviser' (seCurity) named after it."""
    listed = list(names)
    return [n for n in listed if initials_of(acronym, n)] or [
        n for n in listed if abbreviates(acronym, n)
    ]


def _fits(acronym: str, name: str, *, inner: bool) -> bool:
    want = acronym.lower()
    words = [w.lower().replace("'", "").replace("’", "") for w in _WORD_RE.findall(name)]
    skip = skipped()
    if not want or len([w for w in words if w not in skip]) < _MIN_NAME_WORDS:
        return False

    @cache
    def fits(i: int, j: int) -> bool:  # want[i:] through words[j:]
        if j == len(words):
            return i == len(want)
        word = words[j]
        if word in skip and fits(i, j + 1):
            return True
        if i == len(want) or word[0] != want[i]:
            return False
        if not inner:
            return fits(i + 1, j + 1)
        pos = 1
        for k in range(i + 1, len(want) + 1):  # this word gives want[i:k]
            if fits(k, j + 1):
                return True
            if k == len(want):
                return False
            pos = word.find(want[k], pos) + 1
            if pos == 0:
                return False
        return False

    return fits(0, 0)
