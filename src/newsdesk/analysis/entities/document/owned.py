"""(Session 31) A place after a person's possessive inside one of the model's names:
"Chan's Hong Kong action films" (one FAC), "Chan's Hollywood debut", "Walker's
Greensboro-area seat" (one PERSON each). The model ran the owner and the owned name together;
the person's name is cut before its possessive (`spans.clean_span` does it for a PERSON) and
the place after it was lost. It is a place mention: the rules count a place's name used as a
modifier."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsdesk.analysis.entities.places import big_place
from newsdesk.analysis.entities.spans import LABELS, POSSESSIVE_MARKS, NameSpan, make_span
from newsdesk.analysis.entities.words import DETERMINERS
from newsdesk.analysis.gazetteer import Gazetteer, fold

# The words of the owned place's name, at most ("Hong Kong", "Rio de Janeiro" has a small word
# and is not read: a run of capitalised words only).
_MAX_PLACE_WORDS = 3


def owned_places(
    doc: Doc, ents: tuple[Span, ...], gaz: Gazetteer
) -> list[tuple[NameSpan, NameSpan]]:
    """(owner, place) for each of the model's entities that holds a possessive with a person's
    name before it and a big place's main name right after it: the owner is a person, its last
    word the last word of a name the model tagged a person elsewhere in the article ("Jackie
    Chan ... Chan's Hong Kong action films"); the place, a run of capitalised proper nouns of
    the entity right after the possessive, is the main name of a country, a first-level region
    or a town of 100,000 people or more (`places.big_place`: a famous name, as a reader takes
    it). Labels: the owner PERSON, the place GPE."""
    people = {fold(e[-1].text) for e in ents if e.label_ == "PERSON"}
    found: list[tuple[NameSpan, NameSpan]] = []
    for e in ents:
        if e.label_ not in LABELS:
            continue
        mark = next(
            (i for i in range(e.start + 1, e.end - 1) if doc[i].lower_ in POSSESSIVE_MARKS), None
        )
        if mark is None:
            continue
        start = e.start
        while start < mark and doc[start].lower_ in DETERMINERS:
            start += 1
        if start == mark or fold(doc[mark - 1].text) not in people:
            continue
        end = mark + 1
        while end < e.end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if not 0 < end - (mark + 1) <= _MAX_PLACE_WORDS:
            continue
        text = doc[mark + 1 : end].text
        if any(primary and big_place(p) for p, primary in gaz.lookup(text)):
            found.append(
                (make_span(doc, start, mark, "PERSON"), make_span(doc, mark + 1, end, "GPE"))
            )
    return found
