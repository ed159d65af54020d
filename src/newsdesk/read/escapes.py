"""A terminal's escape sequences (ECMA-48) in an article's text, removed whole.

A page saved from a terminal (a log, a captured session) can carry them: the HTML reader
blanks the ESC with the other control characters (`html_parse.CONTROL_RE`), which left the
sequence's printable tail in the text (`<title>\\x1b[2JHi</title>` read "[2JHi"). A text dump
keeps them, as it keeps every control character (JSON keeps its data exact, the other formats
show them escaped: tests/reliability/test_injection.py), so it has no tail to remove.
"""

from __future__ import annotations

import re

# CSI: ESC [, parameter bytes (0x30-0x3F), intermediate bytes (0x20-0x2F), a final byte
# (0x40-0x7E). A control string: OSC (ESC ]), DCS (ESC P), SOS (ESC X), PM (ESC ^) or APC
# (ESC _), up to its BEL or ST (ESC \); one never ended is its two bytes alone (what follows
# is text: how far a terminal would swallow it is no reader's guess). Else ESC, intermediate
# bytes, a final byte (ESC c, ESC 7, ESC ( B). Possessive, so one pass never backtracks. An
# ESC that starts none of them (at the end, before a space or a letter past 0x7E) is left to
# the control-character rule.
ESCAPE_RE = re.compile(
    "\x1b(?:"
    r"\[[0-?]*+[ -/]*+[@-~]"
    r"|[\]PX^_][^\x07\x1b]*+(?:\x07|\x1b\\)"
    r"|[ -/]*+[0-~]"
    ")"
)


def without_escapes(text: str) -> str:
    """`text` without the terminal escape sequences it holds (`ESCAPE_RE`)."""
    return ESCAPE_RE.sub("", text) if "\x1b" in text else text
