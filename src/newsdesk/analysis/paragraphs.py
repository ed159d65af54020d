"""A paragraph break is a sentence boundary: a pipeline component placed before the parser.

The cleaned article joins its paragraphs with a blank line. Nothing in spaCy's small model makes
that a boundary, so a paragraph ending without a full stop (a caption credit, a quote closing on
its quotation mark, a heading) ran on into the next one, and the commitment stages read the two
as one sentence (a quote given to the next paragraph's speaker, an actor "Tyvak \\n\\n Blue
Origin"). This component marks the first token after a whitespace token holding a blank line as
a sentence start; spaCy's parser keeps sentence starts already set and decides the others.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "newsdesk_paragraphs"
# A blank line: two line breaks in one whitespace token (spaces between them allowed).
_BLANK_LINE_BREAKS = 2


def is_paragraph_break(text: str) -> bool:
    """Whether whitespace `text` holds a blank line."""
    return text.count("\n") >= _BLANK_LINE_BREAKS


def mark_paragraphs(doc: Doc) -> Doc:
    """Set `is_sent_start` on each token after a whitespace token holding a blank line (the
    other tokens are left unset, for the parser)."""
    for tok in doc[:-1]:
        if tok.is_space and is_paragraph_break(tok.text):
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


@Language.component(NAME)
def paragraphs_component(doc: Doc) -> Doc:
    return mark_paragraphs(doc)


def add_to(nlp: Language) -> None:
    """Put the component before the parser (once); a pipeline with no parser is left alone."""
    if NAME in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    nlp.add_pipe(NAME, before="parser")


__all__ = ["NAME", "add_to", "is_paragraph_break", "mark_paragraphs"]
