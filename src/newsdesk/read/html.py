"""The HTML reader: a saved page becomes metadata and blocks, each with its markup as evidence.

One job a module: `read/html_parse.py` parses the (hostile) page once and removes what a
browser never renders; `read/html_meta.py` reads the metadata (meta tags, JSON-LD, <time>);
`read/markup.py` walks the body into blocks, each with its `read.evidence.MarkupEvidence`.
Only HTML imports these (and lxml): text pays nothing for them.
"""

from __future__ import annotations

from newsdesk.labels import Cause, InputFormat
from newsdesk.read.html_meta import html_meta, is_site_name
from newsdesk.read.html_parse import parse_page, strip_unrendered, unrendered_text
from newsdesk.read.markup import page_blocks
from newsdesk.read.page import Page

__all__ = ["html_meta", "is_site_name", "read_page"]


def read_page(html: str) -> Page:
    """Read a page's metadata and its blocks, each with the markup's evidence."""
    root, html = parse_page(html)
    meta = html_meta(root)
    dropped: list[tuple[str, Cause]] = []
    strip_unrendered(root, html)
    body = root.find("body")
    if body is None:
        body = root
    blocks = page_blocks(body, dropped)
    # no block: say what the page holds that a browser would not show, if anything
    unrendered = "" if blocks else unrendered_text(html)
    return Page(meta, blocks, InputFormat.html, tuple(dropped), unrendered)
