"""A dateline ends a sentence: a pipeline component placed before the parser.

Wire copy opens a story with a dateline in capitals, the town, a qualifier, an agency or a
date, and a dash, a colon or the date: "BERLIN --", "HARARE 1996-12-06", "NEW DELHI:",
"ST. JOSEPH, Mich. (AP) —", "VANCOUVER, British Columbia, Feb 26 -". spaCy's small model
parses the dateline and the story's first sentence as one clause, and makes the town the
subject of the first verb ("VANCOUVER … - Versatile Corp said it agreed to sell …": the
subject "VANCOUVER", the company hung on it), so that the first sentence's commitment went to
the town and its reported speech to nobody (session 26's gate: 16 of 53 actors). This component
marks the first token of a dateline and the token after it as sentence starts, as
`paragraphs` does for a blank line; the parser keeps them and decides the rest. The entities
stage reads the datelines it found as places (`entities/document/datelines.py`), from the Doc
(`dateline_groups`): the pattern runs once an article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.analysis.doctext import doc_text
from newsdesk.analysis.paragraphs import add_before_parser

NAME = "newsdesk_datelines"
# A month's name, so that "DETROIT 4 Kansas City 1" (a results line) is no dateline.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
_DATE = rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH}|{_MONTH}\.?\s+\d{{1,2}})"
# At a line's start: the town in capitals (group 1), an optional ", Qualifier" (group 2), an
# optional "(Agency)" and ", Date", then a dash, a colon or a date.
DATELINE_RE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'’ -]{1,40}?[A-Z.])(?:,\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}))?\s*"
    rf"(?:\([^)\n]{{1,40}}\))?(?:,\s*{_DATE})?\s*(?:(?:—|–|--|-)\s|:\s|{_DATE}\b)",
    re.MULTILINE,
)


# A dateline as character offsets of the Doc's text: its town (group 1), its qualifier (group
# 2, None when it has none) and its end. Plain tuples: they are kept in the Doc's `user_data`.
Offsets = tuple[int, int]
Groups = tuple[Offsets, Offsets | None, int]
# Where the component keeps the datelines it found, for the entities stage
# (`entities/document/datelines.py`), which reads the same Doc's text
_KEY = "newsdesk.datelines"


def datelines(text: str) -> Iterator[re.Match[str]]:
    """Every dateline of `text`."""
    return DATELINE_RE.finditer(text)


def _groups(text: str) -> list[Groups]:
    return [
        (m.span(1), None if m.group(2) is None else m.span(2), m.end()) for m in datelines(text)
    ]


def dateline_groups(doc: Doc) -> list[Groups]:
    """The datelines of `doc`'s text: those the component found (kept in the Doc: the text is
    the Doc's, whoever reads it), else found now (a Doc the component did not run on: a
    pipeline without a parser, a Doc made by hand)."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = _groups(doc_text(doc))
    return cast(list[Groups], found)


def mark_datelines(doc: Doc) -> Doc:
    """Set `is_sent_start` on the first token of each dateline and on the first token of words
    after it (the other tokens are left as they are, for the parser)."""
    for (start, end), _, match_end in dateline_groups(doc):
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None:
            continue
        after = _token_at(doc, match_end, first.end)
        if after is None:
            continue
        if first.start > 0:
            doc[first.start].is_sent_start = True
        if after > first.start:
            doc[after].is_sent_start = True
            _keep_name_whole(doc, after)
    return doc


# The tagger's tags of a proper noun's words ('Nordvik', 'ASA').
_NAME_TAGS = frozenset({"NNP", "NNPS"})


def _keep_name_whole(doc: Doc, start: int) -> None:
    """(Session 27) A sentence start set on the word after a dateline made the small parser end
    that sentence after its first word ("OSLO, Feb 12 - Nordvik | ASA said it agreed …", the
    firm's name cut and the record left with no actor): the words of a proper noun that opens
    the sentence, and the word after them, start no sentence (where the tagger has run)."""
    k = start + 1
    while k < len(doc) and doc[k].tag_ in _NAME_TAGS and not doc[k].is_space:
        doc[k].is_sent_start = False
        k += 1
    if doc[start].tag_ in _NAME_TAGS and k < len(doc) and not doc[k].is_space:
        doc[k].is_sent_start = False


def _token_at(doc: Doc, char: int, start: int) -> int | None:
    """The index of the first token of words starting at or after `char`, looked for from token
    `start` on (the dateline's own tokens; None at the end)."""
    for tok in doc[start:]:
        if tok.idx >= char and not tok.is_space:
            return tok.i
    return None


@Language.component(NAME)
def datelines_component(doc: Doc) -> Doc:
    return mark_datelines(doc)


def add_to(nlp: Language) -> None:
    """Put the component before the parser (once); a pipeline with no parser is left alone."""
    add_before_parser(nlp, NAME)


__all__ = ["DATELINE_RE", "NAME", "add_to", "dateline_groups", "datelines", "mark_datelines"]
