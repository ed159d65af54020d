"""People a citation names (round 11): the first author of 'Marwick et al.', and each author of
a reference list's line ('Halvorsen, K., Dunne, P. T., & Okoro, B. (2019). Soil carbon ...').
Read from the line's shape, never from the model's labels, which split and mislabel such lines
('K.' a nationality, 'P. T. ,' a person): a reference line opens with authors, each a
capitalised surname, a comma and initials, joined by commas and '&', and the year in brackets
right after them.

(Session 30) An in-text citation names its authors in brackets: '(Dietrichson, Bøg, Filges,
Klint Jørgensen, 2017)', '(Hale and Moreno; Ito, 2020)'. A group of the brackets (they open it, or
a semicolon does) that lists two names or more, joined by commas, 'and' or '&', and ends at a
year, the closing bracket or a semicolon, is a list of authors when each name ends in a known
surname or a word of no English ('Bøg'; not '(Heights Hike and Bike Trail)', a trail's other
name) and the model tags one of its names a person (a bracket of places or firms, '(Brazil,
Chile)', has none)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsdesk.analysis.doctext import opens_line
from newsdesk.analysis.entities.lexicon import is_english_word, surnames
from newsdesk.analysis.entities.spans import NameSpan, make_span
from newsdesk.analysis.gazetteer import fold

# A surname of a reference list has at most this many words ('Van Buren', 'De la Cruz').
_MAX_SURNAME_WORDS = 3
# Initials after the comma: at most this many ('P. T.', 'M. A. K.'; 'P.T.' is one token).
_MAX_INITIALS = 3
_INITIALS_RE = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)*")
# The year that closes the authors: '(2019)', '(2019a)', '(n.d.)'.
_YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?|n\.d\.?")
# Marks that may open a reference list's line before its first author ('3.', '-', '•', '[4]').
_LIST_MARKS = frozenset({"-", "•", "*", "–", "[", "]", "."})


def _surname_word(tok: Token) -> bool:
    """'Halvorsen', 'Smith-Jones', "O'Neill": capitalised letters, hyphens, apostrophes."""
    return tok.text[:1].isupper() and all(c.isalpha() or c in "-'’" for c in tok.text)


def _authors(doc: Doc, k: int) -> list[tuple[int, int]]:
    """The author items of a reference line that opens at token k, as (start, end) token
    ranges ('Halvorsen , K.'); none unless the year in brackets follows the last one."""
    while k < len(doc) and (doc[k].like_num or doc[k].text in _LIST_MARKS):
        k += 1  # '3.', '- '
    items: list[tuple[int, int]] = []
    while k < len(doc):
        start = k
        while k < len(doc) and k - start < _MAX_SURNAME_WORDS and _surname_word(doc[k]):
            k += 1
        if k == start or k >= len(doc) or doc[k].text != ",":
            return []
        k += 1
        first = k
        while k < len(doc) and k - first < _MAX_INITIALS and _INITIALS_RE.fullmatch(doc[k].text):
            k += 1
        if k == first:
            return []
        items.append((start, k))
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].text in ("&", "and"):
            k += 1
        if k < len(doc) and doc[k].text == "(":
            year = "".join(t.text for t in doc[k + 1 : k + 4]).split(")")[0]
            return items if _YEAR_RE.fullmatch(year) else []
        if any("\n" in t.whitespace_ for t in doc[start:k]):
            return []  # a line break before the year: no reference line
    return []


# (Session 30) An in-text citation's bracket holds at most this many tokens before its close.
_MAX_BRACKET_TOKENS = 40
# A bracketed group of authors lists at least this many names ('(Hale, Moreno, 2019)').
_MIN_BRACKET_AUTHORS = 2
_AUTHOR_JOINS = frozenset({",", "&", "and"})


def _bracket_group(doc: Doc, k: int) -> tuple[list[tuple[int, int]], int]:
    """The author names of the group of an in-text citation that opens at token k (after '('
    or ';'), as (start, end) token ranges, none unless the group ends at a year, ')' or ';';
    and the token after the group's end."""
    items: list[tuple[int, int]] = []
    while k < len(doc):
        start = k
        while k < len(doc) and k - start < _MAX_SURNAME_WORDS and _surname_word(doc[k]):
            k += 1
        if k == start:
            return [], k
        items.append((start, k))
        while k < len(doc) and doc[k].text in _AUTHOR_JOINS:
            k += 1  # ', ', ' and ', ', & '
        if k >= len(doc) or "\n" in doc[k - 1].whitespace_:
            return [], k
        if doc[k].text in (")", ";") or _YEAR_RE.fullmatch(doc[k].text):
            return items, k
        if doc[k - 1].text not in _AUTHOR_JOINS:
            return [], k  # 'Smith said': no author list
    return [], k


def bracket_authors(doc: Doc, k: int) -> list[tuple[int, int]]:
    """(Session 30) The authors of an in-text citation whose bracket opens at token k: every
    group of two names or more, each ending in a surname's word, one of them a person to the
    model (the module's doc)."""
    if doc[k].text != "(":
        return []
    found: list[tuple[int, int]] = []
    i = k + 1
    while i < len(doc) and i - k <= _MAX_BRACKET_TOKENS:
        items, i = _bracket_group(doc, i)
        if (
            len(items) >= _MIN_BRACKET_AUTHORS
            and all(_surname_last(doc[e - 1].text) for _, e in items)
            and any(doc[t].ent_type_ == "PERSON" for s, e in items for t in range(s, e))
        ):
            found += items
        while i < len(doc) and doc[i].text not in (";", ")", "(") and "\n" not in doc[i].text:
            i += 1  # the year, 'p. 4'
        if i >= len(doc) or doc[i].text != ";":
            break
        i += 1
    return found


def _surname_last(word: str) -> bool:
    """A known surname ('Halvorsen', 'White') or a word of no English ('Bøg', 'Filges'): the
    last word of a cited author's name; 'Hike', 'Trail' of a trail's are none."""
    return fold(word) in surnames() or not is_english_word(word)


def _open_bracket(doc: Doc, i: int) -> int | None:
    """The '(' whose bracket token i is in, on its line, within `_MAX_BRACKET_TOKENS`."""
    k = i - 1
    while k >= 0 and i - k <= _MAX_BRACKET_TOKENS:
        text = doc[k].text
        if text == "(":
            return k
        if text == ")" or "\n" in text or "\n" in doc[k].whitespace_:
            return None
        k -= 1
    return None


def _et_al(doc: Doc, i: int) -> bool:
    """'et al.' right after token i ('Marwick et al.’s paper')."""
    return i + 2 < len(doc) and doc[i + 1].lower_ == "et" and doc[i + 2].lower_.rstrip(".") == "al"


def cited_names(doc: Doc) -> list[NameSpan]:
    """The authors a citation names: a capitalised proper noun before 'et al.', and the author
    items of every reference line (`_authors`), and (session 30) of every in-text citation
    in brackets (`bracket_authors`), as PERSON spans."""
    found: list[NameSpan] = []
    for i, tok in enumerate(doc):
        if opens_line(doc, i):
            found += [make_span(doc, s, e, "PERSON") for s, e in _authors(doc, i)]
        if tok.text == "(":
            found += [make_span(doc, s, e, "PERSON") for s, e in bracket_authors(doc, i)]
        if tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and _et_al(doc, i):
            found.append(make_span(doc, _name_start(doc, i), i + 1, "PERSON"))
    return found


# A cited name before 'et al.' has at most this many words ('C. Neuman', 'Ana M. Ruiz').
_MAX_CITED_WORDS = 3


def _name_start(doc: Doc, i: int) -> int:
    """The start of the name that ends at token i: the initials and capitalised proper nouns
    right before it on its line ('C. Neuman et al.', not 'see Marwick et al.')."""
    k = i
    while (
        k > 0
        and i - k + 1 < _MAX_CITED_WORDS
        and not opens_line(doc, k)
        and doc[k - 1].pos_ == "PROPN"
        and (_INITIALS_RE.fullmatch(doc[k - 1].text) or _surname_word(doc[k - 1]))
    ):
        k -= 1
    return k


def citation_form(text: str) -> tuple[str, str] | None:
    """A reference list's 'Surname, I. I.' read as (surname, first initial): ('Halvorsen',
    'K'); None for any other name."""
    surname, comma, initials = text.partition(", ")
    if not comma or not _INITIALS_RE.fullmatch(initials.replace(" ", "")):
        return None
    return surname, initials[0]


def cited(doc: Doc, span: NameSpan) -> bool:
    """The span is a name a citation gives (`cited_names`): as strong a sign of a person as a
    role, since only people author papers in a reference list's shape."""
    if _et_al(doc, span.end - 1):
        return True
    bracket = _open_bracket(doc, span.start)
    if bracket is not None and (span.start, span.end) in bracket_authors(doc, bracket):
        return True
    k = span.start
    while k > 0 and not opens_line(doc, k):
        k -= 1
    return (span.start, span.end) in _authors(doc, k)
