"""A read page: what the read room hands the cleaner, for both input formats.

Reading ends here. An HTML page is parsed once (`read.html`) into blocks with their markup's
evidence and the markup's metadata; a plain-text input is split into blocks
(`read.blocks.text_blocks`). The cleaner takes a `Page` and never parses.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from newsdesk.labels import Cause, InputFormat
from newsdesk.read import RawDocument
from newsdesk.read.blocks import Block, text_blocks


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the markup says about the article (HTML; empty for text). The reader's record:
    the cleaner derives its own values from it and never changes it."""

    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    article_body: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """A document read into blocks: its metadata, its blocks, and notes on what was lost."""

    meta: PageMeta
    blocks: list[Block]
    input_format: InputFormat
    # what the HTML reader removed before any block was made (hover cards, hidden elements)
    dropped: tuple[tuple[str, Cause], ...] = ()
    # text the page holds but a browser would not show (scripts, templates, invisible marks),
    # given only when the page shows no text at all
    unrendered: str = ""
    source: str = ""
    # a plain-text input as given (its offsets are the caller's); empty for HTML
    text: str = field(default="", repr=False)


def page_of(doc: RawDocument) -> Page:
    """Read a decoded document into a `Page` (lxml is imported only for HTML input)."""
    if doc.input_format == InputFormat.html:
        from newsdesk.read.html import read_page

        page = read_page(doc.content)
        return replace(page, blocks=[b for b in page.blocks if b.text], source=doc.source)
    blocks = [b for b in text_blocks(doc.content) if b.text]
    return Page(PageMeta(), blocks, doc.input_format, source=doc.source, text=doc.content)
