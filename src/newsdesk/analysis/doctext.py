"""The Doc's text, joined once for the whole analysis: `Doc.text` joins every token's text on
each call; the entity rules need it once a Doc and the commitment rules once a record (a
heading above a subject, quotation marks, list lines)."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "newsdesk.doc_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in the Doc's `user_data` after the first call."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_KEY] = doc.text
    return text
