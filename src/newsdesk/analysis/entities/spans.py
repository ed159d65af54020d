"""Shared span logic: the trimmed entity spans every rule works on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import ORTH, POS, SPACY
from spacy.tokens import Doc, Token

from newsdesk.analysis.doctext import doc_text
from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.words import (
    BOILERPLATE_WORDS,
    DETERMINERS,
    ORG_WORDS,
    ROLE_NOUNS,
    TITLES,
    table,
    words,
)
from newsdesk.analysis.gazetteer import fold
from newsdesk.model import Mention

# PRODUCT: people the model took for products are recovered ("Marcel Granollers and ...").
LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT")
# The model's labels of places (countries, cities, states; other locations).
PLACE_LABELS = ("GPE", "LOC")
# The same with a facility's (FAC), which the model gives a named site, a district or a town's
# part as often as a building: the rules that read a place by the model's label alone.
SITE_LABELS = frozenset({*PLACE_LABELS, "FAC"})
# Marks a name never runs over ("Christopher D. Battin: Dealing").
_NAME_BREAKS = {":", ";", "(", ")", "|", "—", "–"}
# The possessive ending as the tokenizer splits it off ("Acme's", "Acme’s").
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
# (Session 19) Words of a unit inside a building an address may end with ("Suite C103").
UNIT_WORDS = words("unit_words")
# A house number: digits, and at most one letter after them ("114", "12B"); not "1." (a list's
# marker), not "²" (a footnote's).
_HOUSE_NUMBER = re.compile(r"[0-9]+[A-Za-z]?")


@dataclass(frozen=True, slots=True)
class DocView:
    """What the rules read of every token, taken from the Doc once per article: walking a
    Doc token by token builds a Python object per token, and the rules walk it several times."""

    text: str
    words: list[str]
    pos: list[str]
    # the words the article writes in lower case somewhere ('best', 'mobile'): a name that is
    # also one of them is weaker evidence of a person or a place
    lowercase: frozenset[str]

    @staticmethod
    def of(doc: Doc) -> DocView:
        if not len(doc):
            return DocView(doc_text(doc), [], [], frozenset())
        # the token attributes as arrays (as Python ints: one C call), without building a
        # Token per token; the Doc's text from the same words
        orth, tags, spaces = doc.to_array([ORTH, POS, SPACY]).T.tolist()
        strings = doc.vocab.strings
        words = [strings[h] for h in orth]
        names: dict[int, str] = {}
        pos = [names.get(p) or names.setdefault(p, strings[p]) for p in tags]
        lowercase = frozenset(w for w in words if w.islower())
        return DocView(doc_text(doc, (words, spaces)), words, pos, lowercase)


@dataclass(slots=True)
class NameSpan:
    """A name the entity rules work on: token offsets, label, text and character offsets
    into the doc. A plain record of newsdesk's own, not spaCy's `Span`."""

    start: int  # token indices into the doc
    end: int
    label: str
    text: str
    start_char: int
    end_char: int

    def relabel(self, label: str) -> NameSpan:
        return NameSpan(self.start, self.end, label, self.text, self.start_char, self.end_char)


def make_span(doc: Doc, start: int, end: int, label: str) -> NameSpan:
    sub = doc[start:end]
    return NameSpan(start, end, label, sub.text, sub.start_char, sub.end_char)


def clean_span(doc: Doc, start: int, end: int, label: str) -> NameSpan | None:
    """Trim 'the', possessive 's and punctuation; never cross a line break."""
    if label not in LABELS:
        return None
    # cut at every line break inside the span, keeping the longest line (the first of equals)
    lines = _lines(doc, start, end)
    start, end = max(lines, key=lambda side: (_side_size(doc, side, label), -side[0]))
    while start < end and (
        doc[start].lower_ in DETERMINERS
        or doc[start].is_punct
        or doc[start].lower_ in POSSESSIVE_MARKS
        or (doc[start].like_num and not _place_ordinal(doc, start, end, label))
    ):
        start += 1
    for i in range(start + 1, end):
        # nor over a possessive inside it ("Jeff Bezos's Blue Origin" names Jeff Bezos)
        if doc[i].text in _NAME_BREAKS or (label == "PERSON" and doc[i].lower_ in POSSESSIVE_MARKS):
            end = i
            break
        # (session 14) nor over a comma before an office ('Noam Vander, CISO'): the office is
        # the role, not a word of the name ('Martin Luther King, Jr.' keeps its suffix)
        if label == "PERSON" and doc[i].text == "," and _office_after(doc, i + 1, end):
            end = i
            break
    # nor ends in a score or a number ("J. Ratcliffe 63", "Kent 108-3")
    while end > start and (
        doc[end - 1].lower_ in (*POSSESSIVE_MARKS, "'", "’")
        or doc[end - 1].is_punct
        or any(c.isdigit() for c in doc[end - 1].text)
    ):
        end -= 1
    if start >= end:
        return None
    span = make_span(doc, start, end, label)
    if span.text.lower() in BOILERPLATE_WORDS or not any(c.isalpha() for c in span.text):
        return None
    return span


# (Session 30) The model's labels of places whose names may open with an ordinal ('Third Ward'),
# and the ordinals written as words (data/entity-words.json).
_ORDINAL_PLACE_LABELS = SITE_LABELS
_PLACE_ORDINALS = words("place_ordinals")


def _place_ordinal(doc: Doc, start: int, end: int, label: str) -> bool:
    """(Session 30) A capitalised ordinal written as a word opening a place's name of two
    words or more ('Third Ward', 'Fifth Ward', 'Second Avenue'): the ordinal is the name's
    own; a person's name still loses it, and so does a number ('3rd', '12')."""
    tok = doc[start]
    return (
        label in _ORDINAL_PLACE_LABELS
        and start + 1 < end
        and tok.lower_ in _PLACE_ORDINALS
        and tok.text[:1].isupper()
    )


def _lines(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of tokens start..end between line breaks: a break in a token's trailing space
    ends a part after it, a token of whitespace with a break in it is in none."""
    lines: list[tuple[int, int]] = []
    begin = start
    for i in range(start, end):
        if "\n" in doc[i].text:
            lines.append((begin, i))
            begin = i + 1
        elif "\n" in doc[i].whitespace_ and i + 1 < end:
            lines.append((begin, i + 1))
            begin = i + 1
    lines.append((begin, end))
    return lines


def _side_size(doc: Doc, side: tuple[int, int], label: str) -> int:
    """How long a side of a span cut at a line break is: its tokens; (session 18) for a
    person, its words of letters, so that a dateline's hyphen does not outweigh a byline's name
    ('Sami Aboudi\\nAL-RAM': two words each, the name before the break wins the tie; 'Jayasuriya
    3\\nG. McGrath': the score is no word)."""
    tokens = doc[side[0] : side[1]]
    if label != "PERSON":
        return len(tokens)
    return sum(any(c.isalpha() for c in t.text) for t in tokens)


def _office_after(doc: Doc, i: int, end: int) -> bool:
    """Token i, inside the span, is an office of the role lists ('CISO', 'CEO', 'editor')."""
    return i < end and doc[i].lower_.rstrip(".") in ROLE_NOUNS


def mention(span: NameSpan) -> Mention:
    return Mention(span.text, span.start_char, span.end_char)


def is_title(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in TITLES


# Words before a mention that count against a person ("the Woods") and that no ruler's name
# takes ("the Henry II"): data file, with why it is not the span trimmer's DETERMINERS.
_MENTION_DETERMINERS = words("mention_determiners")
# (Session 20) Tags of a list word that the parse reads as no determiner: 'that' opening a
# clause ('said that bin Laden had gone': IN) or a relative clause ('the book that Lee
# wrote': WDT) is no 'that' of 'that Smith fellow' (DT).
_NOT_DETERMINER_TAGS = frozenset({"IN", "WDT"})


def mention_determiner(tok: Token) -> bool:
    """A determiner before a name ('the', 'a', 'that' of 'that Smith fellow'), not a 'that'
    the parse reads as a conjunction or a relative pronoun ('said that Lee had gone')."""
    return tok.lower_ in _MENTION_DETERMINERS and tok.tag_ not in _NOT_DETERMINER_TAGS


def strip_titles(doc: Doc, span: NameSpan) -> NameSpan:
    """'President Biden' -> 'Biden', 'Magician Penn Jillette' -> 'Penn Jillette' (the title
    is kept as an alias by the caller)."""
    start = span.start
    while start < span.end - 1 and (is_title(doc[start]) or doc[start].lower_ in ROLE_NOUNS):
        start += 1
    if start == span.start or (start == span.end - 1 and stage_name_word(doc[start])):
        return span  # (session 23) 'Lady Gaga': the title word is the name's own
    return make_span(doc, start, span.end, span.label)


def stage_name_word(tok: Token) -> bool:
    """(Session 23) 'Gaga' of 'Lady Gaga', 'Sensible' of 'Captain Sensible': the one word after
    a title is a stage name's, the title word part of the name, when it is no known given name
    or surname and is an English verb, adjective or adverb (a person's own name hardly ever
    is: WordNet's nouns hold famous people, its other parts of speech hardly any). 'President
    Bush', 'Prince Charles', 'Queen Rania' keep their titles."""
    word = fold(tok.text)
    return (
        tok.is_alpha
        and tok.text[:1].isupper()
        and word not in first_names()
        and word not in surnames()
        and is_english_word(tok.text, nouns=False)
    )


def name_shaped(doc: Doc, span: NameSpan) -> bool:
    tokens = list(doc[span.start : span.end])
    return (
        1 <= len(tokens) <= 4
        and all(t.text[:1].isupper() for t in tokens)
        and not any(t.lower_ in ORG_WORDS for t in tokens)
        and all(t.pos_ == "PROPN" for t in tokens)
    )


# (Session 20) The words that end a street's name, and what each names: 'street', or also
# another thing's name ('place': a square's, 'court': a court of law's); data/entity-words.json.
_STREET_WORDS = table("street_words")
_STREET_ALONE = "street"


def street_word(tok: Token, *, other_names: bool = True) -> bool:
    """(Session 20) `tok` is a street's word ('Road', 'St.', 'Ave', 'Row'; an abbreviation's
    dot ignored): the one test of the people rules (`street_name`) and the place rules
    (places.detect.not_a_name, places.resolve). `other_names=False`: not a word that also ends
    the names of other things ('Place' a square's, 'Court' a court of law's)."""
    named = _STREET_WORDS.get(tok.lower_.rstrip("."))
    return named is not None and (other_names or named == _STREET_ALONE)


def street_name(doc: Doc, span: NameSpan) -> bool:
    """(Session 19) The span ends as a street's name does: its last word a `street_word`
    ('Elm Road', 'W. Adams St.'), or that word followed only by a unit of the building and the
    unit's number ('W. Adams St. Suite', 'Elm Road Unit 4'). A street's word inside a name is
    no street's ('John St. Clair', 'Georges St-Pierre')."""
    # the dot of an abbreviation the tokenizer split off ('Ave', '.') is no word
    toks = [doc[i] for i in range(span.start, span.end) if doc[i].text != "."]
    if not toks:
        return False
    folded = [t.lower_.rstrip(".") for t in toks]
    last = len(folded) - 1
    if last >= 1 and folded[last] in UNIT_WORDS:
        last -= 1  # 'W. Adams St. Suite'
    elif last >= 2 and folded[last - 1] in UNIT_WORDS and _unit_number(folded[last]):
        last -= 2  # 'W. Adams St. Suite C103'
    return street_word(toks[last])


def _unit_number(word: str) -> bool:
    """A unit's number or letter: 'C103', '4', 'B'."""
    return any(c.isdigit() for c in word) or (len(word) == 1 and word.isalpha())


def street_address(doc: Doc, span: NameSpan) -> bool:
    """(Session 19) A street address the model tagged as a name: a house number right before
    the span, nothing between ('114 W. Adams St. Suite C103', '12 Elm Road'), and a span that
    is a `street_name`. Not a number a comma or a dot parts from the name ('In 2019, John St.
    Clair', '1. Mary St. James'), nor a number a preposition governs ('In 2021 John Lane
    became …', 'Since 1996 Picabo Street has …': a year). The people rules' test
    (people/names.not_a_name)."""
    if span.start == 0 or not street_name(doc, span):
        return False
    number = doc[span.start - 1]
    return bool(_HOUSE_NUMBER.fullmatch(number.text)) and number.dep_ != "pobj"
