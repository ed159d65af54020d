"""A paragraph break is a sentence boundary: a pipeline component placed before the parser.

The cleaned article joins its paragraphs with a blank line. Nothing in spaCy's small model makes
that a boundary, so a paragraph ending without a full stop (a caption credit, a quote closing on
its quotation mark, a heading) ran on into the next one, and the commitment stages read the two
as one sentence (a quote given to the next paragraph's speaker, an actor "Tyvak \\n\\n Blue
Origin"). This component marks a whitespace token holding a blank line, and the token after
it, as sentence starts (the blank line is a one-token sentence of its own); spaCy's parser keeps
sentence starts already set and decides the others.

Marking only the token after the blank line made the small model's parser cut the next two
tokens apart ('Jesse | Porter is a longtime beverage writer'), and the NER, which never crosses
a sentence boundary, lost the name (5 gold people of real-dev); marking the blank line too does
not (session 12).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

NAME = "newsdesk_paragraphs"
# A blank line: two line breaks in one whitespace token (spaces between them allowed).
_BLANK_LINE_BREAKS = 2


def is_paragraph_break(text: str) -> bool:
    """Whether whitespace `text` holds a blank line."""
    return text.count("\n") >= _BLANK_LINE_BREAKS


def mark_paragraphs(doc: Doc) -> Doc:
    """Set `is_sent_start` on each whitespace token holding a blank line and on the token after
    it (the other tokens are left unset, for the parser)."""
    for tok in doc[1:-1]:
        if tok.is_space and is_paragraph_break(tok.text):
            tok.is_sent_start = True
            doc[tok.i + 1].is_sent_start = True
    return doc


def blank(sent: Span) -> bool:
    """A sentence of whitespace only: the blank line this component makes a sentence of its own."""
    return all(tok.is_space for tok in sent)


def sentence_before(sent: Span) -> Span | None:
    """The sentence of words before `sent`, across the blank lines between paragraphs (None at
    the start of the Doc): guideline 10's "the sentence before" must not stop at a blank line."""
    doc = sent.doc
    i = sent.start - 1
    while i >= 0:
        before = doc[i].sent
        if not blank(before):
            return before
        i = before.start - 1
    return None


def text_sentences(doc: Doc) -> Iterator[Span]:
    """The Doc's sentences that hold words (blank-line sentences left out)."""
    return (sent for sent in doc.sents if not blank(sent))


@Language.component(NAME)
def paragraphs_component(doc: Doc) -> Doc:
    return mark_paragraphs(doc)


def add_to(nlp: Language) -> None:
    """Put the component before the parser (once); a pipeline with no parser is left alone."""
    add_before_parser(nlp, NAME)


def add_before_parser(nlp: Language, name: str) -> None:
    """Put the registered component `name` before the parser, once (a sentence-boundary
    component: this one, `datelines`); a pipeline with no parser is left alone."""
    if name in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    nlp.add_pipe(name, before="parser")


__all__ = [
    "NAME",
    "add_before_parser",
    "add_to",
    "blank",
    "is_paragraph_break",
    "mark_paragraphs",
    "sentence_before",
    "text_sentences",
]
