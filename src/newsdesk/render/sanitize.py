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
- in Markdown, every character that CommonMark, GFM or a common renderer's extension could
  read as syntax is backslash-escaped (`markdown`, `markdown_line`), so the rendered document
  shows the data's characters and the structure (headings, lists, tables) is the report's own;
- in JSON, the characters a terminal or a line splitter could obey (DEL, C1, the
  bidirectional controls, U+2028, U+2029) are written as `\\u` escapes (`json_safe`): the data
  parsed back is exact, and a `-f jsonl` line holds no line break of any kind.
"""

from __future__ import annotations

import re

_BIDI = "\u202a-\u202e\u2066-\u2069"
_BLOCK_RE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_LINE_RE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\u2028\u2029\x85]")
# Markdown (docs/output.md, "Escaping"). Escaped wherever they stand: the backslash (so that
# one in the data cannot undo an escape added here), code (`), emphasis (* _), strikethrough
# and subscript (~), links, images, footnotes and reference definitions ([ ]), raw HTML and
# autolinks (<), block quotes (>), entities (&), table cells (|), headings and their closing
# sequence (#), math ($), superscript (^), attributes and MDX expressions ({ }), highlights
# and setext underlines (=), e-mail autolinks and mentions (@).
_MARKDOWN_RE = re.compile(r"([\\`*_~\[\]<>&|#$^{}=@])")
# Escaped where they stand in syntax: a colon followed by a character (a URL's scheme,
# "http://", "mailto:", an emoji shortcode ":fire:"), and a dot between a word and a letter
# (a domain, "example.org", which linkify turns into a link), and the dot after "www" (GFM
# links "www.1" too).
_MARKDOWN_CONTEXT_RE = re.compile(r"(:(?=\S)|\.(?:(?<=\w\.)(?=[^\W\d_])|(?<=[Ww]{3}\.)))")
# At the start of a line: a list item (- + and "1." "1)"), a definition (:), and setext or
# thematic rules (- =); "#", ">", "*", "_", "=" are escaped everywhere already.
_MARKDOWN_START_RE = re.compile(r"^([-+:])|^(\d+)([.)])", re.MULTILINE)
# Blank space at either end of a line is left out (`_markdown`): four spaces or a tab at the
# start make a code block, two spaces at the end a hard line break; a rendered document never
# shows either.
EDGE_SPACE = " \t"
_JSON_RE = re.compile(f"[\x7f-\x9f{_BIDI}\u2028\u2029]")


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
    """Multi-line text for Markdown: `block`, then every character Markdown could read as
    syntax escaped (see `_MARKDOWN_RE`), so the data renders as its own characters: no
    HTML, link, image, emphasis, code, table, list, heading or rule."""
    return _markdown(block(text))


def markdown_line(text: str) -> str:
    """One-line text for Markdown (a heading, a list item, a table cell): `line` (newlines
    escaped), then Markdown escaped as in `markdown`; the table's column bar is escaped too."""
    return _markdown(line(text))


def _markdown(text: str) -> str:
    text = "\n".join(part.strip(EDGE_SPACE) for part in text.split("\n"))
    text = _MARKDOWN_CONTEXT_RE.sub(r"\\\1", _MARKDOWN_RE.sub(r"\\\1", text))
    # the list marker's last character: "\\- x", "1986\\. A year"
    return _MARKDOWN_START_RE.sub(_start_escape, text)


def _start_escape(match: re.Match[str]) -> str:
    marker, digits, end = match.groups()
    return f"\\{marker}" if marker else f"{digits}\\{end}"


def json_safe(dumped: str) -> str:
    """JSON text (`json.dumps(..., ensure_ascii=False)`) with DEL, the C1 controls, the
    bidirectional controls and the Unicode line and paragraph separators written as `\\u`
    escapes: the same JSON value, which no terminal obeys (`cat briefs.jsonl`) and no line
    splitter (Python's `str.splitlines`, JavaScript before ES2019) breaks. Outside its strings
    `json.dumps` writes ASCII only, so the escapes fall inside strings."""
    return _JSON_RE.sub(_json_escape, dumped)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"
