"""The one output sanitiser: what data may show on a terminal or in a document.

Every human-readable renderer (text, Markdown, the rich report, the HTML page, the cells of
CSV and TSV tables) and every stderr message passes data through here. Data is shown, never obeyed:

- control characters (C0 but newline and tab, DEL, C1) and the bidirectional controls that
  can reorder text (the embeddings, overrides and isolates: U+202A–U+202E, U+2066–U+2069) are
  shown escaped (`\\x1b`, `\\u202e`), so no escape sequence reaches a terminal and no line is
  forged. The direction marks (U+200E LRM, U+200F RLM, U+061C ALM) are kept: they are common
  in Persian, Arabic and Hebrew text and cannot reorder strong characters. A backslash is not
  escaped, so a literal `\\x1b` in the data looks like an escaped ESC: JSON has the exact text;
- in a one-line field (a title, a name, a file name in a message) newlines, tabs and the
  Unicode line separators are escaped too;
- Rich markup is never interpreted (the rich renderer builds `Text` objects only);
- in Markdown, raw HTML, links and images from the data are escaped (`markdown`).

JSON output is not sanitised: it keeps the data exact.
"""

from __future__ import annotations

import re

_BIDI = "\u202a-\u202e\u2066-\u2069"
_BLOCK_RE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_LINE_RE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\u2028\u2029\x85]")
# Markdown's characters that start raw HTML and autolinks (<) and links and images ([ ]),
# and the backslash, so that an escape in the data cannot undo one added here.
_MARKDOWN_RE = re.compile(r"([\\\[\]<])")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def block(text: str) -> str:
    """Multi-line text (an article body): newlines and tabs kept, other controls escaped."""
    return _BLOCK_RE.sub(_escape, text)


def line(text: str) -> str:
    """One-line text (a title, a name, a message): every control escaped, newlines too."""
    return _LINE_RE.sub(_escape, text)


def markdown(text: str) -> str:
    """Multi-line text for Markdown: `block`, then Markdown's active characters escaped, so
    the data cannot inject HTML, links or images."""
    return _MARKDOWN_RE.sub(r"\\\1", block(text))


def markdown_line(text: str) -> str:
    """One-line text for Markdown (a heading, a table cell): `line`, Markdown escaped, and
    the table's column bar escaped."""
    return _MARKDOWN_RE.sub(r"\\\1", line(text)).replace("|", "\\|")
