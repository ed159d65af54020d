"""The text reader's line breaks: a dump joined with the Unicode line and paragraph separators
is split where they stand. (Control characters in a dump stay in its text, exact in
JSON and escaped by the renderers: tests/reliability/test_injection.py.)"""

from __future__ import annotations

import pytest

from newsdesk.read.blocks import text_blocks

# (a line longer than a hard-wrapped text's: each line is a block of its own)
_ONE = (
    "The ferry company said on Monday that the winter timetable starts a week early, because "
    "the new boat passed its sea trials in the bay ahead of schedule."
)
_TWO = "Passengers with tickets for the old sailings can change them for free at the office."


@pytest.mark.parametrize("brk", ["\u2028", "\r", "\r\n", "\n"])
def test_a_line_break_of_any_kind_ends_a_line(brk: str) -> None:
    texts = [b.text for b in text_blocks(f"Winter timetable{brk}{_ONE}{brk}{_TWO}{brk}")]
    assert texts == ["Winter timetable", _ONE, _TWO]


def test_the_paragraph_separator_ends_a_paragraph() -> None:
    texts = [b.text for b in text_blocks(f"Winter timetable\u2029{_ONE}\u2029{_TWO}")]
    assert texts == ["Winter timetable", _ONE, _TWO]
