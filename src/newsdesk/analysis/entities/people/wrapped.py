"""(Session 18) A name the model tagged a person whole across a line break: 'Ben\\nKelly' in a
wrapped line, 'Ken\\nGreen' in a results list whose lines break inside an item.

`spans.clean_span` never lets a name cross a line break and keeps the longest line, so one of
the two words was lost, and the other, a one-word name met once, fell to the lone-word filter.
Here both words come back, each a mention of one person named by the two together: the model
read them as one name, and a known given name before the break says they are a person's.
(Fix round) Only a name of two words over one break: never a list of one word a line, never a
given name before a name of its own on the next line."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.analysis.doctext import opens_line
from newsdesk.analysis.entities.lexicon import first_names
from newsdesk.analysis.entities.spans import NameSpan, is_title, make_span
from newsdesk.analysis.gazetteer import fold


def _title_case(text: str) -> bool:
    """A word of letters written with a capital first and lower case after ('Kelly', 'McAteer',
    'Westbrook-Hale'; not 'TAVILDARA', a dateline's town in capitals, nor '3')."""
    letters = text.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and text[:1].isupper() and not text.isupper()


def _one_break(tok: Token) -> bool:
    """A token of whitespace holding exactly one line break (a wrapped line; not a paragraph's
    end)."""
    return tok.is_space and tok.text.count("\n") == 1


def _word_end(doc: Doc, k: int, end: int) -> int:
    """Where the word that opens at token k ends inside the entity: through its hyphens,
    which the tokenizer splits off ('Westbrook', '-', 'Hale')."""
    j = k + 1
    while (
        j + 1 < end
        and doc[j - 1].whitespace_ == ""
        and doc[j].text == "-"
        and doc[j].whitespace_ == ""
        and doc[j + 1].is_alpha
    ):
        j += 2
    return j


def _line_goes_on(doc: Doc, j: int) -> bool:
    """After the word that ends before token j, its line goes on (no line break, no end of the
    text)."""
    return j < len(doc) and "\n" not in doc[j - 1].whitespace_ and "\n" not in doc[j].text


# A wrapped name: its given name's span and its surname's, one word each.
WrappedName = tuple[NameSpan, NameSpan]


def wrapped_names(doc: Doc) -> list[WrappedName]:
    """The (given name, surname) pairs of the model's PERSON entities cut by one line break right
    after their first word and by no other: the first word a known given name in title case and no title, last
    on its line; the word after the break a title-case word of letters and no title
    ('Ricky\\nPonting', 'Westbrook-Hale'), then the line's end or a word or mark that opens no
    name of its own ('Jane\\nQuigley ( USA', 'Ben\\nKelly said').

    None where the entity holds a further line break ('Austin\\nHouston\\nDallas', a list), where
    both words are alone on their lines (a list of one word a line, 'Jordan\\nKelly'), where a
    capitalised word follows the second on its line ('Mark\\nLewis Hamilton': a name of its
    own), where a longer name comes before the break ('Yuri Kushko\\nTAVILDARA', a dateline
    after a byline) or the first word is no given name ('Jayasuriya 3\\nG. McGrath')."""
    pairs: list[WrappedName] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        first = doc[ent.start]
        k = ent.start + 1
        if "\n" in first.whitespace_:
            if first.whitespace_.count("\n") != 1:
                continue
        elif _one_break(doc[k]):
            k += 1  # the break as a token of its own ('Ken', '\n', 'Green')
        else:
            continue
        if k >= ent.end:
            continue
        j = _word_end(doc, k, ent.end)
        if any("\n" in doc[i].text for i in range(k, ent.end)) or any(
            "\n" in doc[i].whitespace_ for i in range(k, ent.end - 1)
        ):
            continue  # a further line break inside: a list's lines
        goes_on = _line_goes_on(doc, j)
        if goes_on and doc[j].text[:1].isupper():
            continue  # 'Mark\nLewis Hamilton': the next line opens a name of its own
        if opens_line(doc, first.i) and not goes_on:
            continue  # one word a line: a list, not a name wrapped
        surname = make_span(doc, k, j, "PERSON")
        if (
            _title_case(first.text)
            and fold(first.text) in first_names()
            and not is_title(first)
            and _title_case(surname.text)
            and not is_title(doc[k])
        ):
            pairs.append((make_span(doc, first.i, first.i + 1, "PERSON"), surname))
    return pairs


def wrapped_people(pairs: list[WrappedName], people: list[NameSpan]) -> list[NameSpan]:
    """The words of the article's `wrapped_names` (`pairs`) that no person span holds yet (the
    side `clean_span` cut off), each a one-word person span."""
    taken = {i for s in people for i in range(s.start, s.end)}
    return [s for pair in pairs for s in pair if not any(i in taken for i in range(s.start, s.end))]


__all__ = ["WrappedName", "wrapped_names", "wrapped_people"]
