"""The Doc's text, joined once for the whole analysis: `Doc.text` joins every token's text on
each call; the entity rules need it once a Doc and the commitment rules once a record (a
heading above a subject, quotation marks, list lines). Also the bounds of a token's line, in
characters and in tokens, shared by the rules that read lines."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_KEY = "newsdesk.doc_text"


def doc_text(doc: Doc, tokens: tuple[list[str], list[int]] | None = None) -> str:
    """`doc.text`, kept in the Doc's `user_data` after the first call. `tokens`, the words and
    their trailing-space flags when the caller has read them already (`DocView.of`), spare
    reading every token again: `doc.text` is each token's text and its space, joined."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        if tokens is None:
            text = doc.text
        else:
            words, spaces = tokens
            text = "".join([w + " " if s else w for w, s in zip(words, spaces, strict=True)])
        doc.user_data[_KEY] = text
    return text


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the line of `text` that holds `text[start:end]`: from after the line
    break before `start` to the line break after `end`, or the end of the text."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def opens_line(doc: Doc, i: int) -> bool:
    """Token i is the first of its line: the text's first token, or the token before it holds
    a line break in its text or its trailing space."""
    return i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text


def line_start(doc: Doc, i: int) -> int:
    """The first token of token i's line: after the last token before it that holds a line
    break in its text or its trailing space."""
    while not opens_line(doc, i):
        i -= 1
    return i


def line_end(doc: Doc, end: int) -> int:
    """The end (exclusive) of the line of the token before `end`: at the first line break in
    a token's trailing space, or before a token whose text holds one."""
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and "\n" not in doc[end].text:
        end += 1
    return end


def token_line(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token bounds (`end` exclusive) of the line that holds tokens `start` to `end`."""
    return line_start(doc, start), line_end(doc, end)


def same_line(a: Token, b: Token) -> bool:
    """No line break between two tokens of a Doc (the parse may tie a heading to the next
    line's words)."""
    lo, hi = sorted((a.idx, b.idx))
    return "\n" not in doc_text(a.doc)[lo:hi]
