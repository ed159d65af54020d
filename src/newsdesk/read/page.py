"""A read page: what the read room hands the cleaner, for both input formats.

Reading ends here. An HTML page is parsed once (`read.html`) into blocks with their markup's
evidence and the markup's metadata; a plain-text input is split into blocks
(`read.blocks.text_blocks`). The cleaner takes a `Page` and never parses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from newsdesk.errors import InputTooLargeError
from newsdesk.labels import Cause, InputFormat
from newsdesk.read import RawDocument
from newsdesk.read.blocks import LINE_ENDS, Block, text_blocks, unify_breaks


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


# An input of more blocks than this is refused: no article has them (of the bench's 2,677
# pages the most has 6,569 blocks, of their dumps 2,655), and the cleaner pays per block:
# about 1 KB and 20-60 µs for a dump's line, 3.5 KB and 40-130 µs for a page's paragraph (a
# quiet machine to a loaded one). A 2 MB dump of one-letter lines took 18 s and 1.15 GB, and
# the 20 MB input limit allows ten million such lines. What is counted: a page's blocks as the
# HTML reader makes them; a dump's non-blank lines, before they are split (a hard-wrapped
# dump, which gives one block per paragraph, is counted by its lines too). The cap is set so
# that the input limit of lines of 77 characters or more (78 bytes with the line break) is
# still read: 20 MiB / 78 bytes = 268,865 lines, under 270,000; so is a page of 80-character
# `<p>` paragraphs (87 bytes each, 241,000). At most about 16 s and 0.3 GB for such a dump,
# 31 s and 0.9 GB for such a page, on a loaded machine.
MAX_BLOCKS = 270_000


def page_of(doc: RawDocument) -> Page:
    """Read a decoded document into a `Page` (lxml is imported only for HTML input)."""
    if doc.input_format == InputFormat.html:
        from newsdesk.read.html import read_page

        try:
            page = read_page(doc.content)
        except InputTooLargeError as exc:  # (more than MAX_BLOCKS: the reader stops there)
            raise InputTooLargeError(
                f"{doc.source}: {exc} (no article has that many)",
                source=doc.source,
                limit=MAX_BLOCKS,  # (blocks, not bytes: the message says so)
            ) from None
        return replace(page, blocks=[b for b in page.blocks if b.text], source=doc.source)
    # (counted before the lines are split, which would hold them all at once)
    if sum(doc.content.count(c) for c in LINE_ENDS) > MAX_BLOCKS:
        text = unify_breaks(doc.content)
        _check_blocks(sum(1 for _ in _LINE_RE.finditer(text)), "lines", doc.source)
    blocks = [b for b in text_blocks(doc.content) if b.text]
    return Page(PageMeta(), blocks, doc.input_format, source=doc.source, text=doc.content)


# One match per line of a dump with something on it (each gives at most one block)
_LINE_RE = re.compile(r"^[^\S\n]*+\S", re.M)


def _check_blocks(count: int, what: str, label: str) -> None:
    if count > MAX_BLOCKS:
        raise InputTooLargeError(
            f"{label}: {count:,} {what}, more than {MAX_BLOCKS:,} (no article has that many)",
            source=label,
            limit=MAX_BLOCKS,
            size=count,
        )
