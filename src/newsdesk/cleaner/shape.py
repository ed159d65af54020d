"""A block's text measured once: its size, its words' shape and the model's text features.

The rules (`rules.alone`, the second opinion's running text) and the model's features read
the same counts of the same text; each was computing them again (a `\\w+` scan, a pass per
character class). `shape_of(text)` computes them once, and remembers the text: menus, share
bars and footers repeat on a page and across the pages of a site.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from newsdesk.read import meta as m
from newsdesk.read.blocks import SENTENCE_END_RE, WORD_RE, text_size

# Texts remembered (about 1 KB each at most): a few pages' worth of blocks.
SHAPE_CACHE = 8192
# A block of fewer words than this is "few_words" (a label, a button, a name).
FEW_WORDS = 4
# Link density (the share of a block's characters inside links) over this: a short block is a
# link with a caption, a line among article text is not article either (the rules' `alone`
# and `why_bad`, which says "links"), nor is it running text (`recover`).
LINKY = 0.3

_PUNCT_RE = re.compile(r"[^\w\s]")
_STOPWORDS_HAS = m.ALL_STOPWORDS.__contains__
_first = itemgetter(0)
# In ASCII text str.isdigit, str.isupper and str.isalpha hold for exactly these bytes, so a
# count is the bytes `bytes.translate` deletes (one C pass instead of a call per character).
_ASCII_DIGITS = b"0123456789"
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LETTERS = _ASCII_UPPER + _ASCII_UPPER.lower()


class Shape(NamedTuple):
    size: int  # characters, a Chinese or Japanese character counted as three (`text_size`)
    nsize: int  # words, likewise
    capitals: float  # share of the words that start with a capital
    sentence: bool  # ends like a sentence (or a quotation, or a lead-in)
    # the model's features of the text alone, in `features.FEATURES` order: log_chars ..
    # punctuation (before the markup's), then few_words .. digit_end (after it)
    before: tuple[float, ...]
    after: tuple[float, ...]


def _counts(text: str) -> tuple[int, int, int]:
    """Digits, upper-case letters and letters, as str.isdigit/isupper/isalpha count them."""
    if text.isascii():
        raw = text.encode("ascii")
        n = len(raw)
        return (
            n - len(raw.translate(None, _ASCII_DIGITS)),
            n - len(raw.translate(None, _ASCII_UPPER)),
            n - len(raw.translate(None, _ASCII_LETTERS)),
        )
    return sum(map(str.isdigit, text)), sum(map(str.isupper, text)), sum(map(str.isalpha, text))


@lru_cache(maxsize=SHAPE_CACHE)
def shape_of(text: str) -> Shape:
    chars = len(text)
    words = WORD_RE.findall(text)
    nwords = max(1, len(words))
    size, nsize = text_size(text, words)
    capitals = sum(map(str.isupper, map(_first, words))) / nwords
    sentence = bool(SENTENCE_END_RE.search(text))
    digits, upper, letters = _counts(text)
    before = (
        math.log1p(size),
        math.log1p(nsize),
        1.0 if sentence else 0.0,
        capitals,
        sum(map(_STOPWORDS_HAS, map(str.lower, words))) / nwords,
        digits / chars,
        len(_PUNCT_RE.findall(text)) / chars,
    )
    after = (
        1.0 if nsize < FEW_WORDS else 0.0,
        1.0 if text.endswith(("...", "…")) else 0.0,
        upper / max(1, letters),
        1.0 if text[:1] in "\"“„«‘'「" else 0.0,
        1.0 if text[-1:].isdigit() else 0.0,
    )
    return Shape(size, nsize, capitals, sentence, before, after)
