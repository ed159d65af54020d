"""Results and roster lines: a name before a bracketed country, seed, minute or code is a
person ("Pete Sampras ( U.S. )"); the bracket's country stays a place."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsdesk.analysis.entities.places import is_country
from newsdesk.analysis.entities.spans import (
    DocView,
    NameSpan,
    make_span,
)
from newsdesk.analysis.entities.words import ORG_WORDS
from newsdesk.analysis.gazetteer import Gazetteer

# In a results line a person's country, seed or minute follows the name in brackets:
# "Pete Sampras ( U.S. )", "Cosmin Contra ( 31st )".
_BRACKETED_NUMBER_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)?|pen|penalty|og")
# ... or a country's or party's code: "Novak Djokovic (SRB)", "Jane Roe (D)".
_BRACKETED_CODE_RE = re.compile(r"[A-Z]{1,3}")
_ROSTER_NAME_WORDS = (2, 4)


def _roster_name(doc: Doc, end: int) -> tuple[int, int] | None:
    """The name-shaped run of tokens ending just before `end`, if there is one."""
    start = end
    lo, hi = _ROSTER_NAME_WORDS
    while (
        start > 0
        and end - start < hi
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ")
        and not doc[start - 1].is_sent_start
    ):
        start -= 1
    if (
        start > 0
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].is_sent_start
        and end - start < hi
    ):
        start -= 1
    if end - start < lo or any(doc[i].lower_ in ORG_WORDS for i in range(start, end)):
        return None
    return start, end


# How many words before a bracket may give an acronym's letters ("Federation of Master Builders").
_ACRONYM_WINDOW = 6


def acronym_of(doc: Doc, end: int, code: str) -> bool:
    """Whether `code`'s letters are, in order, initials of the words before `end`."""
    initials = [t.text[0].upper() for t in doc[max(0, end - _ACRONYM_WINDOW) : end] if t.is_alpha]
    it = iter(initials)
    return len(code) > 1 and all(c in it for c in code)


# A roster's bracket closes within this many tokens of its opening ("( U.S. )", "( Czech
# Republic )"): further, it is an aside, not a country.
_BRACKET_REACH = 5


def roster_people(doc: Doc, view: DocView, spans: list[NameSpan], gaz: Gazetteer) -> list[NameSpan]:
    """Names in results and roster lines ('1 - Pete Sampras ( U.S. ) beat Jiri Novak (
    Czech Republic )') are people whatever the model made of them; the bracket's country
    stays a place."""
    found: list[NameSpan] = []
    for i in (i for i, w in enumerate(view.words) if w == "(" and i >= 2):
        tok = doc[i]
        close = next(
            (
                j
                for j in range(tok.i + 2, min(tok.i + _BRACKET_REACH, len(doc)))
                if doc[j].text == ")"
            ),
            None,
        )
        if close is None:
            continue
        inside = doc[tok.i + 1 : close].text
        if not (
            _BRACKETED_NUMBER_RE.fullmatch(inside.lower())
            or _BRACKETED_CODE_RE.fullmatch(inside)
            or is_country(gaz, inside)
        ):
            continue
        if _BRACKETED_CODE_RE.fullmatch(inside) and acronym_of(doc, tok.i, inside):
            continue  # "Massachusetts General Hospital (MGH)": the name's own initials
        run = _roster_name(doc, tok.i)
        if run is None or gaz.lookup(doc[run[0] : run[1]].text):
            continue
        found.append(make_span(doc, run[0], run[1], "PERSON"))
    if not found:
        return spans
    taken = {i for s in found for i in range(s.start, s.end)}
    kept = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
    return sorted([*kept, *found], key=lambda s: s.start)
