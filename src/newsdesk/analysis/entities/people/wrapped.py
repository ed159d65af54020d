"""(Session 18) A name the model tagged a person whole across a line break: 'Ben\\nKelly' in a
wrapped line, 'Ken\\nGreen' in a results list whose lines break inside an item.

`spans.clean_span` never lets a name cross a line break and keeps the longer side, so one of
the two words was lost, and the other, a one-word name met once, fell to the lone-word filter.
Here both words come back, each a mention of one person named by the two together: the model
read them as one name, and a known given name before the break says they are a person's."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.analysis.entities.lexicon import first_names
from newsdesk.analysis.entities.spans import NameSpan, is_title, make_span
from newsdesk.analysis.gazetteer import fold


def _title_case(tok: Token) -> bool:
    """A word of letters written with a capital first and lower case after ('Kelly', 'McAteer';
    not 'TAVILDARA', a dateline's town in capitals, nor '3')."""
    letters = tok.text.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and tok.text[:1].isupper() and not tok.text.isupper()


def wrapped_names(doc: Doc) -> list[tuple[NameSpan, NameSpan]]:
    """The (given name, surname) pairs of the model's PERSON entities cut by a line break right
    after their first word: that word a known given name in title case and no title, the first
    word after the break a title-case word of letters and no title ('Ricky\\nPonting', 'Jane\\n
    Quigley ( USA'). A longer name before the break ('Yuri Kushko\\nTAVILDARA', a dateline after
    a byline) or a first word of no given name ('Jayasuriya 3\\nG. McGrath') is none."""
    pairs: list[tuple[NameSpan, NameSpan]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        first = doc[ent.start]
        k = ent.start + 1
        if "\n" not in first.whitespace_:
            # the break as a token of its own ('Ken', '\n', 'Green')
            if not (doc[k].is_space and "\n" in doc[k].text):
                continue
            k += 1
        if k >= ent.end:
            continue
        second = doc[k]
        if (
            _title_case(first)
            and fold(first.text) in first_names()
            and not is_title(first)
            and _title_case(second)
            and not is_title(second)
        ):
            pairs.append(
                (
                    make_span(doc, first.i, first.i + 1, "PERSON"),
                    make_span(doc, second.i, second.i + 1, "PERSON"),
                )
            )
    return pairs


def wrapped_people(doc: Doc, people: list[NameSpan]) -> list[NameSpan]:
    """The words of `wrapped_names` that no person span holds yet (the side `clean_span` cut
    off), each a one-word person span."""
    taken = {i for s in people for i in range(s.start, s.end)}
    return [
        s
        for pair in wrapped_names(doc)
        for s in pair
        if not any(i in taken for i in range(s.start, s.end))
    ]


__all__ = ["wrapped_names", "wrapped_people"]
